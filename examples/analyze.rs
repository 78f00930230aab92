//! The main example: analyzes Italian text and prints a report.
//!
//! ```text
//! analyze [FILE]
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

const SAMPLE: &str = include_str!("sample.txt");

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (name, text) = match (args.next(), args.next()) {
        (None, _) => ("embedded sample".to_owned(), SAMPLE.to_owned()),
        (Some(path), None) if !path.starts_with('-') => match std::fs::read_to_string(&path) {
            Ok(text) => (path, text),
            Err(e) => {
                eprintln!("analyze: cannot read {path}: {e}");
                return ExitCode::from(1);
            }
        },
        _ => {
            eprintln!("usage: analyze [FILE]");
            return ExitCode::from(2);
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
                let words: Vec<&str> = token.words().collect();
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
    // The sample is dated by its own first line; relative dates in it
    // resolve against that day. Extraction reads the normalized text (a
    // repaired `sara'` is a future, `lunedÃ¬` a weekday); the ranges below
    // are ranges of the input all the same.
    let reference = Date::new(2024, 6, 18).expect("a valid date");
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
