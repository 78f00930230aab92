//! Annotates a corpus on every core and writes JSON Lines.
//!
//! ```text
//! corpus [OPTIONS] [FILE]
//! ```
//!
//! Reads FILE (standard input without it, or for `-`) as documents:
//! paragraphs separated by blank lines, or lines with `--lines`. Each
//! document goes through `italiano::analyze` (quotes normalized, every
//! repair, then numbers, dates and durations read from the repaired text)
//! on all cores (rayon; `RAYON_NUM_THREADS` sets how many), and comes out
//! as one JSON object a line, in input order:
//!
//! ```text
//! {"doc":1,"line":1,"numbers":[…],"dates":[…],"durations":[…]}
//! ```
//!
//! `doc` counts documents from 1, `line` is the input line the document
//! starts on; every `start`/`end` is a UTF-8 byte offset into the document
//! as it is in the input (not into the normalized text). With
//! `--normalized` the object has the normalized `text`, with `--tokens` the
//! `tokens` (`text` as normalized, offsets into the document, `kind`).
//!
//! The input is read in batches of a few megabytes, so memory stays flat
//! however large the input. On standard error: a progress bar when it is a
//! terminal, and a last line with documents, megabytes and MB/s.
//!
//! Invalid UTF-8 stops with its line and byte offset (exit code 1), or with
//! `--skip-invalid` skips the document that holds it, says so on standard
//! error, and goes on. Run `corpus --help` for every option.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use italiano::dates::Date;
use italiano::{analyze, AnalyzeOptions};
use rayon::prelude::*;
use serde::Serialize;

mod cli;

const USAGE: &str = "usage: corpus [--lines] [--reference YYYY-MM-DD] [--normalized] [--tokens] [--skip-invalid] [--lossy] [FILE]";

const HELP: &str = "\
Annotates Italian documents on every core and writes one JSON object a
document (JSON Lines) on standard output, in input order.

Input: FILE, or standard input without it (or with -). Documents are
paragraphs separated by blank lines, or lines with --lines.

Options:
  --lines                one document per line (default: paragraphs)
  --reference DATE       today, for relative dates, as YYYY-MM-DD
                         (default: today's date in UTC)
  --normalized           add the normalized text (\"text\")
  --tokens               add the tokens (\"tokens\": text, start, end, kind)
  --skip-invalid         skip a document with invalid UTF-8 and go on
                         (default: stop at it, with its line and byte)
  --lossy                replace invalid UTF-8 with U+FFFD and go on
  -h, --help             this help

Output: {\"doc\":N,\"line\":L,[\"text\",][\"tokens\",]\"numbers\",\"dates\",\"durations\"}
with N counting documents from 1, L the line the document starts on, and
every start/end a UTF-8 byte offset into the document as it is in the input.
Standard error: a progress bar when it is a terminal, then documents, MB
and MB/s. RAYON_NUM_THREADS sets the number of threads (default: all).

Exit codes: 0 done (also when --skip-invalid skipped documents), 1 the
input cannot be read, holds invalid UTF-8 (without --skip-invalid) or the
output cannot be written, 2 usage error.

Example: corpus --lines --reference 2024-06-18 notizie.txt > notizie.jsonl";

/// Input read before a batch is processed: large enough to keep every core
/// busy, small enough that memory does not grow with the input.
const BATCH_BYTES: usize = 8 << 20;

struct Options {
    lines: bool,
    reference: Date,
    normalized: bool,
    tokens: bool,
    skip_invalid: bool,
    lossy: bool,
    file: Option<String>,
}

const SPEC: cli::Spec = cli::Spec {
    name: "corpus",
    usage: USAGE,
    help: HELP,
    flags: &[
        "--lines",
        "--normalized",
        "--tokens",
        "--skip-invalid",
        "--lossy",
    ],
    values: &["--reference"],
};

/// The options, or the exit code when the help was printed or the command
/// line is wrong.
fn parse_args() -> Result<Options, ExitCode> {
    let args = SPEC.parse()?;
    let reference = match args.value("--reference").map(str::parse::<Date>) {
        None => Date::today(),
        Some(Ok(date)) => date,
        Some(Err(e)) => return Err(SPEC.usage_error(&format!("--reference: {e}"))),
    };
    Ok(Options {
        lines: args.flag("--lines"),
        reference,
        normalized: args.flag("--normalized"),
        tokens: args.flag("--tokens"),
        skip_invalid: args.flag("--skip-invalid"),
        lossy: args.flag("--lossy"),
        file: args.file.clone(),
    })
}

/// A document as read: its number, its first line, its text.
struct Document {
    number: usize,
    line: usize,
    text: String,
}

/// Invalid UTF-8 in the input.
struct Invalid {
    line: usize,
    offset: u64,
}

/// Reads documents from a byte stream, line by line, checking UTF-8.
struct Documents<R> {
    input: R,
    /// The input's name, for messages.
    name: String,
    /// Replace invalid UTF-8 with U+FFFD instead of reporting it.
    lossy: bool,
    by_line: bool,
    buffer: Vec<u8>,
    line: usize,
    offset: u64,
    count: usize,
}

impl<R: BufRead> Documents<R> {
    /// The next document, `Ok(None)` at the end; invalid UTF-8 is an
    /// `Err(Ok(..))` after the whole document holding it is consumed, and
    /// an input error `Err(Err(..))`.
    fn next_document(&mut self) -> Result<Option<Document>, Result<Invalid, io::Error>> {
        let mut text = String::new();
        let mut start = 0;
        let mut invalid = None;
        loop {
            self.buffer.clear();
            let read = self
                .input
                .read_until(b'\n', &mut self.buffer)
                .map_err(Err)?;
            if read == 0 {
                break;
            }
            self.line += 1;
            let line_offset = self.offset;
            self.offset += read as u64;
            let repaired;
            let line = match std::str::from_utf8(&self.buffer) {
                Ok(line) => line,
                Err(e) if self.lossy => {
                    eprintln!(
                        "corpus: {}: invalid UTF-8 at line {} (byte {}), replaced with U+FFFD",
                        self.name,
                        self.line,
                        line_offset + e.valid_up_to() as u64
                    );
                    repaired = String::from_utf8_lossy(&self.buffer).into_owned();
                    &repaired
                }
                Err(e) => {
                    invalid.get_or_insert(Invalid {
                        line: self.line,
                        offset: line_offset + e.valid_up_to() as u64,
                    });
                    ""
                }
            };
            let blank = line.trim().is_empty() && invalid.is_none();
            if self.by_line {
                start = self.line;
                text.push_str(line.trim_end_matches(['\n', '\r']));
                break;
            }
            if blank {
                if start == 0 {
                    continue;
                }
                break;
            }
            if start == 0 {
                start = self.line;
            }
            text.push_str(line);
        }
        if let Some(invalid) = invalid {
            self.count += 1;
            return Err(Ok(invalid));
        }
        if start == 0 {
            return Ok(None);
        }
        self.count += 1;
        Ok(Some(Document {
            number: self.count,
            line: start,
            text: if self.by_line {
                text
            } else {
                text.trim_end().to_owned()
            },
        }))
    }
}

/// A token in the output: its text as normalized, its offsets in the
/// document as typed, its kind.
#[derive(Serialize)]
struct TokenOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    kind: &'static str,
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    doc: usize,
    line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tokens: Option<Vec<TokenOut<'a>>>,
    numbers: &'a [italiano::numbers::NumberMatch<'a>],
    dates: &'a [italiano::dates::DateMatch<'a>],
    durations: &'a [italiano::durations::DurationMatch<'a>],
}

/// One JSON line for `document`.
fn annotate(document: &Document, options: &Options, analyze_options: &AnalyzeOptions) -> Vec<u8> {
    let found = analyze(&document.text, analyze_options);
    let tokens = options.tokens.then(|| {
        found
            .tokens()
            .map(|(range, token)| TokenOut {
                text: token.text(),
                start: range.start,
                end: range.end,
                kind: token.kind().as_str(),
            })
            .collect()
    });
    let out = DocumentOut {
        doc: document.number,
        line: document.line,
        text: options.normalized.then(|| found.text()),
        tokens,
        numbers: found.numbers(),
        dates: found.dates(),
        durations: found.durations(),
    };
    let mut json = serde_json::to_vec(&out).unwrap_or_default();
    json.push(b'\n');
    json
}

fn run(options: &Options) -> Result<(usize, u64, usize), String> {
    let (name, input, size): (String, Box<dyn Read>, Option<u64>) = match options.file.as_deref() {
        None => (
            "standard input".to_owned(),
            Box::new(io::stdin().lock()),
            None,
        ),
        Some(path) => {
            let file = File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            let size = file.metadata().ok().map(|m| m.len());
            (path.to_owned(), Box::new(file), size)
        }
    };
    let mut documents = Documents {
        input: BufReader::with_capacity(1 << 20, input),
        name: name.clone(),
        lossy: options.lossy,
        by_line: options.lines,
        buffer: Vec::new(),
        line: 0,
        offset: 0,
        count: 0,
    };
    let progress = if io::stderr().is_terminal() {
        let bar = match size {
            Some(size) => ProgressBar::new(size),
            None => ProgressBar::new_spinner(),
        };
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let analyze_options = AnalyzeOptions::new(options.reference);
    let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let write_error = |e: io::Error| format!("cannot write the output: {e}");
    let (mut written, mut skipped) = (0, 0);
    let mut batch = Vec::new();
    loop {
        // A batch of documents, then all of it on every core.
        let mut bytes = 0;
        let mut end = false;
        let mut stop = None;
        while bytes < BATCH_BYTES {
            match documents.next_document() {
                Ok(Some(document)) => {
                    bytes += document.text.len();
                    batch.push(document);
                }
                Ok(None) => {
                    end = true;
                    break;
                }
                Err(Ok(invalid)) => {
                    let message = format!(
                        "{name}: invalid UTF-8 at line {} (byte {})",
                        invalid.line, invalid.offset
                    );
                    if options.skip_invalid {
                        progress.suspend(|| {
                            eprintln!("corpus: {message}; document {} skipped", documents.count)
                        });
                        skipped += 1;
                    } else {
                        stop = Some(format!("{message}; --skip-invalid skips such documents"));
                        break;
                    }
                }
                Err(Err(e)) => {
                    stop = Some(format!("cannot read {name}: {e}"));
                    break;
                }
            }
        }
        let lines: Vec<Vec<u8>> = batch
            .par_iter()
            .map(|document| annotate(document, options, &analyze_options))
            .collect();
        for line in &lines {
            out.write_all(line).map_err(write_error)?;
        }
        written += batch.len();
        batch.clear();
        progress.set_position(documents.offset);
        if let Some(message) = stop {
            out.flush().map_err(write_error)?;
            progress.finish_and_clear();
            return Err(message);
        }
        if end {
            break;
        }
    }
    out.flush().map_err(write_error)?;
    progress.finish_and_clear();
    Ok((written, documents.offset, skipped))
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(code) => return code,
    };
    let started = Instant::now();
    match run(&options) {
        Ok((documents, bytes, skipped)) => {
            let seconds = started.elapsed().as_secs_f64();
            let mb = bytes as f64 / 1e6;
            let skipped = if skipped > 0 {
                format!(", {skipped} skipped for invalid UTF-8")
            } else {
                String::new()
            };
            eprintln!(
                "corpus: {documents} documents{skipped}, {mb:.1} MB in {seconds:.2} s, {:.1} MB/s on {} threads",
                mb / seconds.max(1e-9),
                rayon::current_num_threads()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("corpus: {message}");
            ExitCode::from(1)
        }
    }
}
