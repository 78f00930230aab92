//! Tokenizes Italian text: tokens, sentences and multiword tokens.
//!
//! ```text
//! tokenize [--format conllu|jsonl|text] [--lines] [FILE]
//! ```
//!
//! Reads FILE, or standard input. `--lines` treats every line as a text of
//! its own (for one tweet per line); `--split-hyphens` splits hyphenated
//! words, as the UD ISDT treebank mostly does. Formats:
//!
//! - `conllu`: Universal Dependencies CoNLL-U with `# sent_id` and `# text`,
//!   multiword ranges (`3-4 della`) followed by their words, `SpaceAfter=No`
//!   where no space follows, and a trivial tree (first word the root, the
//!   others attached to it) so that the CoNLL 2018 scorer accepts it. FORM
//!   is the text as written.
//! - `jsonl`: one object per token, `{"text","start","end","kind","sentence"}`,
//!   with byte offsets.
//! - `text`: tokens separated by spaces, one sentence per line.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use italiano::tokenize::{Sentence, Token, Tokenizer};

const USAGE: &str =
    "usage: tokenize [--format conllu|jsonl|text] [--lines] [--split-hyphens] [FILE]";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Conllu,
    Jsonl,
    Text,
}

fn main() -> ExitCode {
    let mut format = Format::Text;
    let mut lines = false;
    let mut tokenizer = Tokenizer::new();
    let mut file = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => match args.next().as_deref() {
                Some("conllu") => format = Format::Conllu,
                Some("jsonl") => format = Format::Jsonl,
                Some("text") => format = Format::Text,
                other => return usage(&format!("unknown format {other:?}")),
            },
            "--lines" => lines = true,
            "--split-hyphens" => tokenizer = tokenizer.split_hyphens(true),
            "-h" | "--help" => return usage(""),
            other if other.starts_with('-') && other != "-" => {
                return usage(&format!("unknown option `{other}`"))
            }
            other if file.is_none() => file = Some(other.to_owned()),
            other => return usage(&format!("unexpected argument `{other}`")),
        }
    }
    let text = match read(file.as_deref()) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("tokenize: cannot read input: {e}");
            return ExitCode::from(1);
        }
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let documents: Vec<(usize, &str)> = if lines {
        let mut offset = 0;
        text.split_inclusive('\n')
            .map(|line| {
                let at = offset;
                offset += line.len();
                (at, line.trim_end_matches(['\n', '\r']))
            })
            .collect()
    } else {
        vec![(0, text.as_str())]
    };
    let mut report = Report {
        out: &mut out,
        format,
        sentence_index: 0,
    };
    for (offset, document) in documents {
        for sentence in tokenizer.sentences(document) {
            if let Err(e) = report.sentence(document, offset, &sentence) {
                eprintln!("tokenize: cannot write output: {e}");
                return ExitCode::from(1);
            }
        }
    }
    if let Err(e) = out.flush() {
        eprintln!("tokenize: cannot write output: {e}");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn usage(message: &str) -> ExitCode {
    if !message.is_empty() {
        eprintln!("tokenize: {message}");
    }
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

fn read(file: Option<&str>) -> io::Result<String> {
    match file {
        Some(path) if path != "-" => std::fs::read_to_string(path),
        _ => {
            let mut text = String::new();
            io::stdin().read_to_string(&mut text)?;
            Ok(text)
        }
    }
}

struct Report<'w, W: Write> {
    out: &'w mut W,
    format: Format,
    sentence_index: usize,
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
                for token in &tokens {
                    let range = token.range();
                    writeln!(
                        self.out,
                        "{{\"text\":{},\"start\":{},\"end\":{},\"kind\":\"{}\",\"sentence\":{}}}",
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
            let words: Vec<&str> = token.words().collect();
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

    fn word(&mut self, id: usize, form: &str, misc: &str) -> io::Result<()> {
        let (head, deprel) = if id == 1 { (0, "root") } else { (1, "dep") };
        writeln!(
            self.out,
            "{id}\t{form}\t_\t_\t_\t_\t{head}\t{deprel}\t_\t{misc}"
        )
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
