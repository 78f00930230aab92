//! Extracts numbers, dates and durations from Italian text, as JSON.
//!
//! ```text
//! extract [--reference YYYY-MM-DD[THH:MM]] [--lines] [FILE]
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
//! Offsets are UTF-8 byte offsets into the line (or the input), end
//! exclusive.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use italiano::dates::{Date, DateTime};
use italiano::{extract, ExtractOptions};

const USAGE: &str = "usage: extract [--reference YYYY-MM-DD[THH:MM]] [--lines] [FILE]";

fn main() -> ExitCode {
    let mut reference = None;
    let mut time = None;
    let mut lines = false;
    let mut file = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--reference" => match args.next().as_deref().map(reference_of) {
                Some(Ok((date, at))) => (reference, time) = (Some(date), at),
                Some(Err(err)) => return usage(&err.to_string()),
                None => return usage("--reference needs a date"),
            },
            "--lines" => lines = true,
            "-h" | "--help" => return usage(""),
            other if other.starts_with('-') && other != "-" => {
                return usage(&format!("unknown option `{other}`"))
            }
            other if file.is_none() => file = Some(other.to_owned()),
            other => return usage(&format!("unexpected argument `{other}`")),
        }
    }
    let mut options = ExtractOptions::new(reference.unwrap_or_else(today));
    if let Some(time) = time {
        options = options.time(time);
    }
    let mut text = String::new();
    let read = match file.as_deref() {
        None | Some("-") => io::stdin().read_to_string(&mut text),
        Some(path) => std::fs::read_to_string(path).map(|t| {
            text = t;
            text.len()
        }),
    };
    if let Err(err) = read {
        eprintln!("extract: {err}");
        return ExitCode::FAILURE;
    }
    let mut out = BufWriter::new(io::stdout().lock());
    let result = if lines {
        text.lines()
            .try_for_each(|line| writeln!(out, "{}", to_json(line, &options)))
    } else {
        writeln!(out, "{}", to_json(&text, &options))
    };
    match result.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("extract: {err}");
            ExitCode::FAILURE
        }
    }
}

fn to_json(text: &str, options: &ExtractOptions) -> serde_json::Value {
    // The results serialize themselves; a `Value` keeps the keys sorted.
    serde_json::to_value(extract(text, options)).unwrap_or_default()
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

fn usage(problem: &str) -> ExitCode {
    if problem.is_empty() {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    eprintln!("extract: {problem}\n{USAGE}");
    ExitCode::from(2)
}
