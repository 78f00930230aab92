//! What the example programs share: arguments, input, exit codes.
//!
//! Every example behaves the same way:
//! - `--help`/`-h` prints the full usage on standard output and exits 0;
//! - a usage error prints one line on standard error (the problem and a
//!   hint) and exits 2;
//! - an input or output error names the file and exits 1;
//! - `--opt=value` and `--opt value` both work, and the input is FILE, or
//!   standard input without it or for `-`;
//! - invalid UTF-8 is an error naming its line and byte offset, unless
//!   `--lossy` (where an example offers it) replaces it with U+FFFD.
//!
//! The input is read a document at a time ([`Chunks`]): a line with
//! `--lines`, else a paragraph with the blank lines after it. Paragraphs are
//! safe units: quotes never pair across a blank line, nor does a date or a
//! sentence run across one, so memory is bounded by the largest paragraph,
//! not by the input.

#![allow(dead_code)]

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::process::ExitCode;

/// Exit code of an input or output error.
pub const EXIT_IO: u8 = 1;
/// Exit code of a usage error.
pub const EXIT_USAGE: u8 = 2;

/// An example's command line: its name, one-line usage, the help text
/// after it, and the options it takes.
pub struct Spec {
    pub name: &'static str,
    pub usage: &'static str,
    pub help: &'static str,
    /// Options without a value (`--lines`).
    pub flags: &'static [&'static str],
    /// Options with a value (`--format`).
    pub values: &'static [&'static str],
}

/// Parsed arguments.
pub struct Args {
    flags: Vec<&'static str>,
    values: Vec<(&'static str, String)>,
    /// The input file, `None` for standard input.
    pub file: Option<String>,
    /// The arguments that are not options, `-` kept, in order.
    pub positionals: Vec<String>,
}

impl Args {
    pub fn flag(&self, name: &str) -> bool {
        self.flags.contains(&name)
    }

    pub fn value(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl Spec {
    /// The arguments, or the exit code when the help was printed or the
    /// command line is wrong.
    pub fn parse(&self) -> Result<Args, ExitCode> {
        self.parse_with_positionals(1)
    }

    /// [`Spec::parse`] for a command line of up to `most` arguments that
    /// are not options; the last of them is the input file.
    pub fn parse_with_positionals(&self, most: usize) -> Result<Args, ExitCode> {
        let mut out = Args {
            flags: Vec::new(),
            values: Vec::new(),
            file: None,
            positionals: Vec::new(),
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            if arg == "-h" || arg == "--help" {
                println!("{}\n\n{}", self.usage, self.help);
                return Err(ExitCode::SUCCESS);
            }
            if arg == "-" || !arg.starts_with('-') {
                if out.positionals.len() == most {
                    return Err(self.usage_error(&format!("unexpected argument `{arg}`")));
                }
                out.positionals.push(arg);
                continue;
            }
            let (name, inline) = match arg.split_once('=') {
                Some((name, value)) => (name, Some(value.to_owned())),
                None => (arg.as_str(), None),
            };
            if let Some(&flag) = self.flags.iter().find(|f| **f == name) {
                if inline.is_some() {
                    return Err(self.usage_error(&format!("{flag} takes no value")));
                }
                out.flags.push(flag);
            } else if let Some(&option) = self.values.iter().find(|v| **v == name) {
                match inline.or_else(|| args.next()) {
                    Some(value) => out.values.push((option, value)),
                    None => return Err(self.usage_error(&format!("{option} needs a value"))),
                }
            } else {
                return Err(self.usage_error(&format!("unknown option `{name}`")));
            }
        }
        if out.positionals.len() == most {
            out.file = out.positionals.last().cloned().filter(|f| f != "-");
        }
        Ok(out)
    }

    /// One line on standard error, exit code 2.
    pub fn usage_error(&self, problem: &str) -> ExitCode {
        eprintln!("{}: {problem} (try `{} --help`)", self.name, self.name);
        ExitCode::from(EXIT_USAGE)
    }

    /// One line on standard error, exit code 1.
    pub fn fail(&self, problem: &str) -> ExitCode {
        eprintln!("{}: {problem}", self.name);
        ExitCode::from(EXIT_IO)
    }
}

/// The input: FILE, or standard input.
pub fn open(file: Option<&str>) -> Result<(String, Box<dyn BufRead>), String> {
    match file {
        None => Ok((
            "standard input".to_owned(),
            Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
        )),
        Some(path) => match File::open(path) {
            Ok(f) => Ok((
                path.to_owned(),
                Box::new(BufReader::with_capacity(1 << 16, f)),
            )),
            Err(e) => Err(format!("cannot read {path}: {e}")),
        },
    }
}

/// A document of the input.
pub struct Chunk {
    /// Its text: a line without its line break, or a paragraph with the
    /// blank lines after it.
    pub text: String,
    /// The line it starts on, from 1.
    pub line: usize,
    /// Its byte offset in the input (after `--lossy` replacements).
    pub offset: usize,
}

/// Reads an input a document at a time; see the module docs.
pub struct Chunks {
    program: &'static str,
    name: String,
    input: Box<dyn BufRead>,
    by_line: bool,
    lossy: bool,
    buffer: Vec<u8>,
    /// A line read ahead: the first line of the next paragraph.
    pending: Option<String>,
    /// Lines read, bytes read as given, bytes handed out as text.
    line: usize,
    raw_offset: u64,
    offset: usize,
}

impl Chunks {
    pub fn new(
        program: &'static str,
        name: String,
        input: Box<dyn BufRead>,
        by_line: bool,
        lossy: bool,
    ) -> Chunks {
        Chunks {
            program,
            name,
            input,
            by_line,
            lossy,
            buffer: Vec::new(),
            pending: None,
            line: 0,
            raw_offset: 0,
            offset: 0,
        }
    }

    /// The next line with its break, checked for UTF-8.
    fn read_line(&mut self) -> Result<Option<String>, String> {
        self.buffer.clear();
        let read = self
            .input
            .read_until(b'\n', &mut self.buffer)
            .map_err(|e| format!("cannot read {}: {e}", self.name))?;
        if read == 0 {
            return Ok(None);
        }
        self.line += 1;
        let at = self.raw_offset;
        self.raw_offset += read as u64;
        match std::str::from_utf8(&self.buffer) {
            Ok(line) => Ok(Some(line.to_owned())),
            Err(e) => {
                let problem = format!(
                    "{}: invalid UTF-8 at line {} (byte {})",
                    self.name,
                    self.line,
                    at + e.valid_up_to() as u64
                );
                if !self.lossy {
                    return Err(format!(
                        "{problem}; --lossy replaces invalid bytes with U+FFFD"
                    ));
                }
                eprintln!("{}: {problem}, replaced with U+FFFD", self.program);
                Ok(Some(String::from_utf8_lossy(&self.buffer).into_owned()))
            }
        }
    }

    /// The next document, `None` at the end of the input.
    pub fn next_chunk(&mut self) -> Result<Option<Chunk>, String> {
        let line = self.line;
        let offset = self.offset;
        if self.by_line {
            let Some(text) = self.read_line()? else {
                return Ok(None);
            };
            self.offset += text.len();
            let text = text.trim_end_matches('\n');
            let text = text.strip_suffix('\r').unwrap_or(text).to_owned();
            return Ok(Some(Chunk {
                text,
                line: self.line,
                offset,
            }));
        }
        let mut text = String::new();
        let mut start = line + 1;
        if let Some(first) = self.pending.take() {
            start = self.line;
            text = first;
        }
        let mut content = !text.trim().is_empty();
        let mut after_blank = false;
        while let Some(next) = self.read_line()? {
            let blank = next.trim().is_empty();
            if content && after_blank && !blank {
                self.pending = Some(next);
                break;
            }
            content |= !blank;
            after_blank |= content && blank;
            text.push_str(&next);
        }
        if text.is_empty() {
            return Ok(None);
        }
        self.offset += text.len();
        Ok(Some(Chunk {
            text,
            line: start,
            offset,
        }))
    }
}

/// The whole input, checked for UTF-8 (or repaired with `--lossy`).
pub fn read_all(
    program: &str,
    file: Option<&str>,
    lossy: bool,
) -> Result<(String, String), String> {
    let (name, mut input) = open(file)?;
    let mut bytes = Vec::new();
    input
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {name}: {e}"))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok((name, text)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            let problem = format!("{name}: invalid UTF-8 at line {line} (byte {at})");
            if !lossy {
                return Err(format!(
                    "{problem}; --lossy replaces invalid bytes with U+FFFD"
                ));
            }
            eprintln!("{program}: {problem}, replaced with U+FFFD");
            Ok((name, String::from_utf8_lossy(&bytes).into_owned()))
        }
    }
}
