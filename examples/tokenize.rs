//! Tokenizes Italian text: tokens, sentences and multiword tokens.
//!
//! ```text
//! tokenize [--format conllu|jsonl|text] [--lines] [--ud] [FILE]
//! ```
//!
//! Reads FILE, or standard input. `--lines` treats every line as a text of
//! its own (for one tweet per line); `--ud` follows the UD Italian
//! treebanks in everything (`Tokenizer::ud()`: hyphens split, sentences
//! ended at every `:` and `;`), the setting to score against them;
//! `--split-hyphens` only splits hyphenated words. Formats:
//!
//! - `conllu`: Universal Dependencies CoNLL-U with `# sent_id` and `# text`,
//!   multiword ranges (`3-4 della`) followed by their words, `SpaceAfter=No`
//!   where no space follows, and `_` in the columns a tokenizer does not
//!   fill (no tree is invented). FORM is the text as written.
//! - `jsonl`: one object per token, `{"text","start","end","kind","sentence"}`,
//!   with byte offsets.
//! - `text`: tokens separated by spaces, one sentence per line.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use italiano::tokenize::{Sentence, Token, Tokenizer};

mod cli;

const SPEC: cli::Spec = cli::Spec {
    name: "tokenize",
    usage:
        "usage: tokenize [--format conllu|jsonl|text] [--lines] [--ud] [--split-hyphens] [--lossy] [FILE]",
    help: "\
Tokenizes Italian text: tokens, sentences and multiword tokens.

Reads FILE, or standard input without it or for -, a paragraph at a time, and
writes on standard output.

Options:
  --format FORMAT    text (the default): tokens separated by spaces, one
                     sentence a line; jsonl: one object a token, {\"text\",
                     \"start\",\"end\",\"kind\",\"sentence\"}; conllu: Universal
                     Dependencies CoNLL-U with multiword tokens, SpaceAfter=No,
                     and _ in the columns a tokenizer does not fill
  --lines            every line is a text of its own (one tweet a line)
  --ud               follow the UD Italian treebanks (ISDT first) in
                     everything: hyphenated words and numbers joined by a
                     slash split, sentences ended at every : and ; (the
                     setting for scoring against the treebanks)
  --split-hyphens    only split hyphenated words, as UD ISDT mostly does
  --lossy            replace invalid UTF-8 with U+FFFD and go on (default:
                     stop at it with its line and byte offset)
  -h, --help         this help

Offsets (jsonl): without --lines, UTF-8 byte offsets into the whole input;
with --lines, each object has \"line\" (from 1) and offsets within the line.
Sentences are numbered from 0 (jsonl) or 1 (conllu sent_id) over the input.

Exit codes: 0 done, 1 the input cannot be read, holds invalid UTF-8 (without
--lossy), or the output cannot be written, 2 usage error.

Example: tokenize --format conllu --ud articolo.txt",
    flags: &["--lines", "--ud", "--split-hyphens", "--lossy"],
    values: &["--format"],
};

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Conllu,
    Jsonl,
    Text,
}

fn main() -> ExitCode {
    let args = match SPEC.parse() {
        Ok(args) => args,
        Err(code) => return code,
    };
    let format = match args.value("--format").unwrap_or("text") {
        "conllu" => Format::Conllu,
        "jsonl" => Format::Jsonl,
        "text" => Format::Text,
        other => {
            return SPEC.usage_error(&format!(
                "unknown format `{other}` (expected conllu, jsonl or text)"
            ))
        }
    };
    let tokenizer = if args.flag("--ud") {
        Tokenizer::ud()
    } else {
        Tokenizer::new().split_hyphens(args.flag("--split-hyphens"))
    };
    let (name, input) = match cli::open(args.file.as_deref()) {
        Ok(input) => input,
        Err(problem) => return SPEC.fail(&problem),
    };
    let lines = args.flag("--lines");
    let mut chunks = cli::Chunks::new(SPEC.name, name, input, lines, args.flag("--lossy"));
    let mut out = BufWriter::new(io::stdout().lock());
    let mut report = Report {
        out: &mut out,
        format,
        sentence_index: 0,
        line: None,
    };
    loop {
        let chunk = match chunks.next_chunk() {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(problem) => {
                let _ = report.out.flush();
                return SPEC.fail(&problem);
            }
        };
        // With --lines, offsets within the line and its number; else
        // offsets into the whole input.
        let offset = if lines { 0 } else { chunk.offset };
        report.line = lines.then_some(chunk.line);
        for sentence in tokenizer.sentences(&chunk.text) {
            if let Err(e) = report.sentence(&chunk.text, offset, &sentence) {
                return SPEC.fail(&format!("cannot write the output: {e}"));
            }
        }
    }
    match out.flush() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => SPEC.fail(&format!("cannot write the output: {e}")),
    }
}

struct Report<'w, W: Write> {
    out: &'w mut W,
    format: Format,
    sentence_index: usize,
    /// The line of the text, with --lines.
    line: Option<usize>,
}

impl<W: Write> Report<'_, W> {
    fn sentence(
        &mut self,
        document: &str,
        offset: usize,
        sentence: &Sentence<'_>,
    ) -> io::Result<()> {
        let tokens: Vec<Token<'_>> = sentence.tokens().collect();
        let index = self.sentence_index;
        self.sentence_index += 1;
        match self.format {
            Format::Text => {
                let texts: Vec<&str> = tokens.iter().map(|t| t.text()).collect();
                writeln!(self.out, "{}", texts.join(" "))
            }
            Format::Jsonl => {
                let line = self
                    .line
                    .map(|n| format!(",\"line\":{n}"))
                    .unwrap_or_default();
                for token in &tokens {
                    let range = token.range();
                    writeln!(
                        self.out,
                        "{{\"text\":{},\"start\":{},\"end\":{},\"kind\":\"{}\",\"sentence\":{}{line}}}",
                        json_string(token.text()),
                        range.start + offset,
                        range.end + offset,
                        token.kind().as_str(),
                        index
                    )?;
                }
                Ok(())
            }
            Format::Conllu => self.conllu(document, sentence, &tokens, index),
        }
    }

    fn conllu(
        &mut self,
        document: &str,
        sentence: &Sentence<'_>,
        tokens: &[Token<'_>],
        index: usize,
    ) -> io::Result<()> {
        writeln!(self.out, "# sent_id = {}", index + 1)?;
        writeln!(
            self.out,
            "# text = {}",
            sentence.text().replace(['\n', '\r', '\t'], " ")
        )?;
        let mut id = 1;
        for token in tokens {
            let space_after = document[token.range().end..].starts_with(char::is_whitespace)
                || token.range().end == sentence.range().end;
            let misc = if space_after { "_" } else { "SpaceAfter=No" };
            let form = token.text();
            let words: Vec<&str> = token.words_in(document).collect();
            if words.len() > 1 {
                writeln!(
                    self.out,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                    id,
                    id + words.len() - 1,
                    form,
                    misc
                )?;
                for word in words {
                    self.word(id, word, "_")?;
                    id += 1;
                }
            } else {
                self.word(id, form, misc)?;
                id += 1;
            }
        }
        writeln!(self.out)
    }

    /// A word line: ID, FORM and MISC; `_` in the columns a tokenizer
    /// does not fill (no tree is invented).
    fn word(&mut self, id: usize, form: &str, misc: &str) -> io::Result<()> {
        writeln!(self.out, "{id}\t{form}\t_\t_\t_\t_\t_\t_\t_\t{misc}")
    }
}

fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
