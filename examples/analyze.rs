//! The main example: analyzes Italian text and prints a report.
//!
//! ```text
//! analyze [--reference YYYY-MM-DD] [--lossy] [FILE]
//! ```
//!
//! With no argument it analyzes an embedded sample, a news-style passage
//! with the damage real Italian text carries (quotes opened and closed with
//! `“`, `l‘assessore`, `.”La`, `E'` for `È`, `perchè`); with FILE, that
//! file. The report shows the text normalized in the typographic style with
//! every repair, each edit with its byte range in the input, then the
//! sentences of the input with their tokens, kinds and multiword tokens,
//! and last the numbers, dates, times of day and durations it states, read
//! from the normalized text by `italiano::analyze` with byte ranges of the
//! input.

use std::process::ExitCode;

use italiano::dates::Date;
use italiano::AnalyzeOptions;

use italiano::normalize::{Normalizer, QuoteStyle, Repairs};

mod cli;

const SAMPLE: &str = include_str!("sample.txt");

const SPEC: cli::Spec = cli::Spec {
    name: "analyze",
    usage: "usage: analyze [--reference YYYY-MM-DD] [--lossy] [FILE]",
    help: "\
Analyzes Italian text and prints a report: the text normalized (typographic
quotes, every repair) with each edit, the sentences with their tokens, and the
numbers, dates and durations found.

Reads FILE, or standard input for -; with neither, an embedded sample (a
news-style passage dated 2024-06-18, which is then its reference date).

Options:
  --reference DATE   \"today\" for relative dates, YYYY-MM-DD (default: today's
                     date in UTC; 2024-06-18 for the embedded sample)
  --lossy            replace invalid UTF-8 with U+FFFD and go on (default:
                     stop at it with its line and byte offset)
  -h, --help         this help

Offsets are UTF-8 byte offsets into the input, end exclusive.

Exit codes: 0 done, 1 the input cannot be read or holds invalid UTF-8
(without --lossy), 2 usage error.

Example: analyze --reference 2024-06-18 articolo.txt",
    flags: &["--lossy"],
    values: &["--reference"],
};

fn main() -> ExitCode {
    let args = match SPEC.parse() {
        Ok(args) => args,
        Err(code) => return code,
    };
    // The sample is dated by its own first line; other input by today.
    let embedded = args.file.is_none() && !std::env::args().skip(1).any(|a| a == "-");
    let reference = match args.value("--reference").map(str::parse::<Date>) {
        Some(Ok(date)) => date,
        Some(Err(e)) => return SPEC.usage_error(&format!("--reference: {e}")),
        None if embedded => Date::new(2024, 6, 18).expect("a valid date"),
        None => Date::today(),
    };
    let (name, text) = if embedded {
        ("embedded sample".to_owned(), SAMPLE.to_owned())
    } else {
        match cli::read_all(SPEC.name, args.file.as_deref(), args.flag("--lossy")) {
            Ok(input) => input,
            Err(problem) => return SPEC.fail(&problem),
        }
    };

    let normalizer = Normalizer::new()
        .style(QuoteStyle::Typographic)
        .repairs(Repairs::ALL);
    let normalized = normalizer.normalize_with_edits(&text);

    println!("# italiano: analysis of {name} ({} bytes)", text.len());
    println!();
    println!("## Normalized text (typographic quotes, all repairs)");
    println!();
    println!("{}", normalized.text().trim_end());
    println!();
    println!("## Edits ({})", normalized.edits().len());
    println!();
    for edit in normalized.edits() {
        let range = edit.range();
        println!(
            "{:>6}..{:<6} {:<28} {:?} → {:?}",
            range.start,
            range.end,
            format!("{:?}", edit.kind()),
            &text[range.clone()],
            edit.replacement()
        );
    }
    println!();
    let sentences: Vec<_> = italiano::sentences(&text).collect();
    println!("## Sentences and tokens ({} sentences)", sentences.len());
    for (index, sentence) in sentences.iter().enumerate() {
        let range = sentence.range();
        println!();
        println!(
            "{}. [{}..{}] {}",
            index + 1,
            range.start,
            range.end,
            sentence.text().replace('\n', " ")
        );
        let tokens: Vec<String> = sentence
            .tokens()
            .map(|token| {
                let words: Vec<&str> = token.words_in(&text).collect();
                let expansion = if words.len() > 1 {
                    format!(" = {}", words.join(" + "))
                } else {
                    String::new()
                };
                format!("{}/{}{}", token.text(), token.kind().as_str(), expansion)
            })
            .collect();
        println!("   {}", tokens.join("  "));
    }
    // Extraction reads the normalized text (a repaired `sara'` is a
    // future, `lunedÃ¬` a weekday); the ranges below are ranges of the
    // input all the same.
    let found = italiano::analyze(
        &text,
        &AnalyzeOptions::new(reference).normalizer(normalizer),
    );
    println!();
    println!("## Numbers ({})", found.numbers().len());
    println!();
    for m in found.numbers() {
        let unit = m
            .unit()
            .map(|u| format!(" {} ({})", u.symbol(), u.family().as_str()))
            .unwrap_or_default();
        let unit = if m.is_approximate() {
            format!("{unit} (approximate)")
        } else {
            unit
        };
        println!(
            "{:>6}..{:<6} {:<9} {:?} = {}{unit}",
            m.range().start,
            m.range().end,
            m.kind().as_str(),
            m.text(),
            m.value()
        );
    }
    println!();
    println!(
        "## Dates and times ({}, reference {reference})",
        found.dates().len()
    );
    println!();
    for m in found.dates() {
        println!(
            "{:>6}..{:<6} {:<9} {:?} = {}",
            m.range().start,
            m.range().end,
            m.kind().as_str(),
            m.text(),
            m.value()
        );
    }
    println!();
    println!("## Durations ({})", found.durations().len());
    println!();
    for m in found.durations() {
        println!(
            "{:>6}..{:<6} {:?} = {}",
            m.range().start,
            m.range().end,
            m.text(),
            m.value()
        );
    }
    ExitCode::SUCCESS
}
