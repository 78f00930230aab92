//! Extracts numbers, dates and durations from Italian text, as JSON.
//!
//! ```text
//! extract [--reference YYYY-MM-DD[THH:MM]] [--lines] [--lossy] [FILE]
//! ```
//!
//! Reads FILE, or standard input. The reference date ("today" for relative
//! dates) defaults to today's date in UTC; with a time of day, the times
//! counted from now (`tra un'ora`) are resolved too. Prints one JSON object
//! for the whole input, or one per line with `--lines`:
//!
//! ```text
//! {"numbers":[{"text":"11.000","start":12,"end":18,"kind":"cardinal","value":"11000","unit":null}],
//!  "dates":[{"text":"ieri","start":3,"end":7,"kind":"relative","grain":"day","value":"2024-06-17"}],
//!  "durations":[{"text":"tre giorni","start":40,"end":50,"value":"P3D"}]}
//! ```
//!
//! Offsets are UTF-8 byte offsets into the line (with `--lines`, whose
//! objects carry `"line"`) or the input, end exclusive. The input is read a
//! paragraph at a time, so memory does not grow with it. Run with `--help`
//! for every option.

use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use italiano::dates::{Date, DateTime};
use italiano::{extract, ExtractOptions};
use serde_json::Value;

mod cli;

const SPEC: cli::Spec = cli::Spec {
    name: "extract",
    usage: "usage: extract [--reference YYYY-MM-DD[THH:MM]] [--lines] [--lossy] [FILE]",
    help: "\
Extracts numbers, dates and durations from Italian text, as JSON.

Reads FILE, or standard input without it or for -, a paragraph at a time.

Options:
  --reference DATE   \"today\" for relative dates, YYYY-MM-DD, or with a time
                     of day YYYY-MM-DDTHH:MM for times counted from now
                     (default: today's date in UTC, no time)
  --lines            one JSON object a line of input, each with \"line\"
                     (from 1); default: one object for the whole input
  --lossy            replace invalid UTF-8 with U+FFFD and go on (default:
                     stop at it with its line and byte offset)
  -h, --help         this help

Output: {\"dates\":[…],\"durations\":[…],\"numbers\":[…]} with, for each
match, \"text\", \"start\", \"end\" and its value. Offsets are UTF-8 byte
offsets: into the whole input, or with --lines within the line.

Exit codes: 0 done, 1 the input cannot be read, holds invalid UTF-8 (without
--lossy), or the output cannot be written, 2 usage error.

Example: extract --reference 2024-06-18 --lines notizie.txt",
    flags: &["--lines", "--lossy"],
    values: &["--reference"],
};

fn main() -> ExitCode {
    let args = match SPEC.parse() {
        Ok(args) => args,
        Err(code) => return code,
    };
    let (reference, time) = match args.value("--reference").map(reference_of) {
        None => (today(), None),
        Some(Ok(found)) => found,
        Some(Err(e)) => return SPEC.usage_error(&format!("--reference: {e}")),
    };
    let mut options = ExtractOptions::new(reference);
    if let Some(time) = time {
        options = options.time(time);
    }
    let (name, input) = match cli::open(args.file.as_deref()) {
        Ok(input) => input,
        Err(problem) => return SPEC.fail(&problem),
    };
    let lines = args.flag("--lines");
    let chunks = cli::Chunks::new(SPEC.name, name, input, lines, args.flag("--lossy"));
    let mut out = BufWriter::new(io::stdout().lock());
    let result = if lines {
        by_line(chunks, &options, &mut out)
    } else {
        whole(chunks, &options, &mut out)
    };
    match result.and_then(|()| {
        out.flush()
            .map_err(|e| format!("cannot write the output: {e}"))
    }) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => SPEC.fail(&problem),
    }
}

/// One object a line, with its line number.
fn by_line(
    mut chunks: cli::Chunks,
    options: &ExtractOptions,
    out: &mut impl Write,
) -> Result<(), String> {
    while let Some(chunk) = chunks.next_chunk()? {
        let mut json = serde_json::to_value(extract(&chunk.text, options)).unwrap_or_default();
        if let Value::Object(map) = &mut json {
            map.insert("line".to_owned(), chunk.line.into());
        }
        writeln!(out, "{json}").map_err(|e| format!("cannot write the output: {e}"))?;
    }
    Ok(())
}

/// One object for the whole input, written as the paragraphs are read:
/// the dates straight out, the durations and numbers (which come after
/// them in the object) through two temporary files, so that memory does
/// not grow with the input.
fn whole(
    mut chunks: cli::Chunks,
    options: &ExtractOptions,
    out: &mut impl Write,
) -> Result<(), String> {
    let write_error = |e: io::Error| format!("cannot write the output: {e}");
    let mut later = [Spill::new("durations")?, Spill::new("numbers")?];
    out.write_all(b"{\"dates\":[").map_err(write_error)?;
    let mut first_date = true;
    while let Some(chunk) = chunks.next_chunk()? {
        let found = extract(&chunk.text, options);
        for m in found.dates() {
            if !std::mem::take(&mut first_date) {
                out.write_all(b",").map_err(write_error)?;
            }
            write_shifted(out, m, chunk.offset).map_err(write_error)?;
        }
        later[0].push_all(found.durations(), chunk.offset)?;
        later[1].push_all(found.numbers(), chunk.offset)?;
    }
    for spill in &mut later {
        write!(out, "],\"{}\":[", spill.key).map_err(write_error)?;
        spill.copy_to(out)?;
    }
    out.write_all(b"]}\n").map_err(write_error)
}

/// A match as JSON (keys sorted, as the whole object's), its offsets moved
/// by `shift`.
fn write_shifted(out: &mut impl Write, m: &impl serde::Serialize, shift: usize) -> io::Result<()> {
    let mut json = serde_json::to_value(m).unwrap_or_default();
    if let Value::Object(map) = &mut json {
        for key in ["start", "end"] {
            if let Some(n) = map.get(key).and_then(Value::as_u64) {
                map.insert(key.to_owned(), (n + shift as u64).into());
            }
        }
    }
    write!(out, "{json}")
}

/// The matches of one list, written to a temporary file until their turn.
struct Spill {
    key: &'static str,
    path: std::path::PathBuf,
    file: BufWriter<File>,
    empty: bool,
}

impl Spill {
    fn new(key: &'static str) -> Result<Spill, String> {
        let path = std::env::temp_dir().join(format!(
            "italiano-extract-{}-{key}.json",
            std::process::id()
        ));
        let file = File::options()
            .create(true)
            .truncate(true)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        Ok(Spill {
            key,
            path,
            file: BufWriter::new(file),
            empty: true,
        })
    }

    fn push_all<T: serde::Serialize>(&mut self, matches: &[T], shift: usize) -> Result<(), String> {
        let error = |e: io::Error| format!("cannot write a temporary file: {e}");
        for m in matches {
            if !std::mem::take(&mut self.empty) {
                self.file.write_all(b",").map_err(error)?;
            }
            write_shifted(&mut self.file, m, shift).map_err(error)?;
        }
        Ok(())
    }

    fn copy_to(&mut self, out: &mut impl Write) -> Result<(), String> {
        let error = |e: io::Error| format!("cannot read back a temporary file: {e}");
        self.file.flush().map_err(error)?;
        let file = self.file.get_mut();
        file.rewind().map_err(error)?;
        io::copy(&mut file.take(u64::MAX), out).map_err(error)?;
        Ok(())
    }
}

impl Drop for Spill {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// A reference date, with a time of day or without.
fn reference_of(arg: &str) -> Result<(Date, Option<italiano::dates::Time>), italiano::Error> {
    if arg.contains('T') {
        let at: DateTime = arg.parse()?;
        return Ok((at.date(), Some(at.time())));
    }
    Ok((arg.parse()?, None))
}

/// Today in UTC, from the system clock.
fn today() -> Date {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    Date::new(1970, 1, 1)
        .expect("1970-01-01 is a valid date")
        .add_days(days as i64)
}
