//! Normalizes quote marks and apostrophes, with optional repairs.
//!
//! ```text
//! normalize [--style typographic|guillemets|ascii|keep] [--repair accents,mojibake,nfc|all]
//!           [--lines] [--edits] [FILE]
//! ```
//!
//! Reads FILE, or standard input, and writes the result to standard output.
//! `--lines` treats every input line as a document of its own; `--edits`
//! prints the edits (byte range, kind, before → after) instead of the text.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use italiano::normalize::{Edit, Normalizer, QuoteStyle, Repairs};

const USAGE: &str = "usage: normalize [--style typographic|guillemets|ascii|keep] \
[--repair accents,mojibake,nfc|all] [--lines] [--edits] [FILE]";

struct Args {
    normalizer: Normalizer,
    lines: bool,
    edits: bool,
    file: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut style = QuoteStyle::Typographic;
    let mut repairs = Repairs::NONE;
    let mut args = Args {
        normalizer: Normalizer::new(),
        lines: false,
        edits: false,
        file: None,
    };
    let mut argv = std::env::args().skip(1);
    while let Some(arg) = argv.next() {
        match arg.as_str() {
            "--style" => {
                let value = argv.next().ok_or("--style needs a value")?;
                style = value.parse().map_err(|e| format!("{e}"))?;
            }
            "--repair" => {
                let value = argv.next().ok_or("--repair needs a value")?;
                repairs = value.parse().map_err(|e| format!("{e}"))?;
            }
            "--lines" => args.lines = true,
            "--edits" => args.edits = true,
            "-h" | "--help" => return Err(String::new()),
            other if other.starts_with('-') && other != "-" => {
                return Err(format!("unknown option `{other}`"))
            }
            other if args.file.is_none() => args.file = Some(other.to_owned()),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    args.normalizer = Normalizer::new().style(style).repairs(repairs);
    Ok(args)
}

fn read_input(file: Option<&str>) -> io::Result<String> {
    match file {
        Some(path) if path != "-" => std::fs::read_to_string(path),
        _ => {
            let mut text = String::new();
            io::stdin().read_to_string(&mut text)?;
            Ok(text)
        }
    }
}

fn write_edits<'a>(
    out: &mut impl Write,
    text: &str,
    edits: impl Iterator<Item = Edit<'a>>,
) -> io::Result<()> {
    for edit in edits {
        let range = edit.range();
        writeln!(
            out,
            "{}..{}\t{:?}\t{:?} → {:?}",
            range.start,
            range.end,
            edit.kind(),
            &text[range.clone()],
            edit.replacement()
        )?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("normalize: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = match read_input(args.file.as_deref()) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("normalize: cannot read input: {e}");
            return ExitCode::from(1);
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let documents: Vec<&str> = if args.lines {
        text.lines().collect()
    } else {
        vec![&text]
    };
    for document in documents {
        let result = if args.edits {
            let normalized = args.normalizer.normalize_with_edits(document);
            write_edits(&mut out, document, normalized.edits())
        } else {
            let normalized = args.normalizer.normalize(document);
            out.write_all(normalized.as_bytes()).and_then(|()| {
                if args.lines {
                    writeln!(out)
                } else {
                    Ok(())
                }
            })
        };
        if let Err(e) = result {
            eprintln!("normalize: cannot write output: {e}");
            return ExitCode::from(1);
        }
    }
    if let Err(e) = out.flush() {
        eprintln!("normalize: cannot write output: {e}");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
