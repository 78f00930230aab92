//! Normalizes quote marks and apostrophes, with optional repairs.
//!
//! ```text
//! normalize [--style typographic|guillemets|ascii|keep] [--repair accents,mojibake,nfc|all]
//!           [--lines] [--edits] [--lossy] [FILE]
//! ```
//!
//! Reads FILE, or standard input, and writes the result to standard output,
//! a paragraph at a time (quotes never pair across a blank line), so that
//! memory stays bounded. `--lines` treats every input line as a document of
//! its own; `--edits` prints the edits (byte range, kind, before → after)
//! instead of the text. Run with `--help` for every option.

use std::io::{self, Write};
use std::process::ExitCode;

use italiano::normalize::{Normalizer, QuoteStyle, Repairs};

mod cli;

const SPEC: cli::Spec = cli::Spec {
    name: "normalize",
    usage:
        "usage: normalize [--style STYLE] [--repair REPAIRS] [--lines] [--edits] [--lossy] [FILE]",
    help: "\
Normalizes quote marks and apostrophes in Italian text, with optional repairs.

Reads FILE, or standard input without it or for -, and writes the normalized
text on standard output, a paragraph at a time.

Options:
  --style STYLE      typographic (“ ” ‘ ’, the default), guillemets (« » “ ”),
                     ascii (\" '), or keep (marks as typed)
  --repair REPAIRS   comma-separated: accents (perche' → perché, perchè →
                     perché), mojibake (Ã¨ → è), nfc; or all (default: none)
  --lines            every line is a document of its own
  --edits            print the edits instead of the text: one a line,
                     START..END, kind, \"before\" → \"after\"
  --lossy            replace invalid UTF-8 with U+FFFD and go on (default:
                     stop at it with its line and byte offset)
  -h, --help         this help

Offsets (--edits): without --lines, UTF-8 byte offsets into the whole input;
with --lines, each edit starts with its line number (from 1) and a tab, and
its offsets are within the line.

Exit codes: 0 done, 1 the input cannot be read, holds invalid UTF-8 (without
--lossy), or the output cannot be written, 2 usage error.

Example: normalize --style guillemets --repair all articolo.txt",
    flags: &["--lines", "--edits", "--lossy"],
    values: &["--style", "--repair"],
};

fn main() -> ExitCode {
    let args = match SPEC.parse() {
        Ok(args) => args,
        Err(code) => return code,
    };
    let style: QuoteStyle = match args.value("--style").unwrap_or("typographic").parse() {
        Ok(style) => style,
        Err(e) => return SPEC.usage_error(&e.to_string()),
    };
    let repairs: Repairs = match args.value("--repair").map(str::parse).transpose() {
        Ok(repairs) => repairs.unwrap_or(Repairs::NONE),
        Err(e) => return SPEC.usage_error(&e.to_string()),
    };
    let normalizer = Normalizer::new().style(style).repairs(repairs);
    let (name, input) = match cli::open(args.file.as_deref()) {
        Ok(input) => input,
        Err(problem) => return SPEC.fail(&problem),
    };
    let lines = args.flag("--lines");
    let mut chunks = cli::Chunks::new(SPEC.name, name, input, lines, args.flag("--lossy"));
    let mut out = io::BufWriter::new(io::stdout().lock());
    loop {
        let chunk = match chunks.next_chunk() {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(problem) => {
                let _ = out.flush();
                return SPEC.fail(&problem);
            }
        };
        if let Err(e) = write_chunk(&mut out, &normalizer, &chunk, lines, args.flag("--edits")) {
            return SPEC.fail(&format!("cannot write the output: {e}"));
        }
    }
    match out.flush() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => SPEC.fail(&format!("cannot write the output: {e}")),
    }
}

/// The normalized text of a document, or its edits.
fn write_chunk(
    out: &mut impl Write,
    normalizer: &Normalizer,
    chunk: &cli::Chunk,
    lines: bool,
    edits: bool,
) -> io::Result<()> {
    if !edits {
        out.write_all(normalizer.normalize(&chunk.text).as_bytes())?;
        return if lines { writeln!(out) } else { Ok(()) };
    }
    let text = &chunk.text;
    let (line, shift) = if lines {
        (format!("{}\t", chunk.line), 0)
    } else {
        (String::new(), chunk.offset)
    };
    for edit in normalizer.normalize_with_edits(text).edits() {
        let range = edit.range();
        writeln!(
            out,
            "{line}{}..{}\t{:?}\t{:?} → {:?}",
            range.start + shift,
            range.end + shift,
            edit.kind(),
            &text[range.clone()],
            edit.replacement()
        )?;
    }
    Ok(())
}
