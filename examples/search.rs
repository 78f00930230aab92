//! Full-text search over an Italian text with tantivy and the Italian
//! tokenizer (feature `tantivy`).
//!
//! ```text
//! cargo run --example search --features tantivy -- [OPTIONS] QUERY [FILE]
//! ```
//!
//! Indexes FILE (standard input for `-`; the embedded sample without it),
//! one document per paragraph (paragraphs are separated by blank lines), in
//! an index in memory, with the analyzer the `italiano::tantivy` docs
//! recommend (the Italian tokenizer, lowercasing, Italian stop words and
//! stems, accents folded). Then it runs QUERY (tantivy's query syntax:
//! words, `"phrases"`, `+must -not`) and prints the best paragraphs, their
//! line, and the matched words in `[brackets]`, found from the tokenizer's
//! offsets into the original text.
//!
//! Options: `--limit N` (paragraphs to print, default 5); `--keep-elisions`
//! (index `l’`, `dell’` as words). Exit codes: 0 (also when nothing
//! matches), 1 for a file that cannot be read, 2 for a usage error.

use std::process::ExitCode;

use italiano::tantivy::ItalianTokenizer;
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED};
use tantivy::snippet::{Snippet, SnippetGenerator};
use tantivy::tokenizer::{AsciiFoldingFilter, Language, LowerCaser, Stemmer, StopWordFilter};
use tantivy::tokenizer::{TextAnalyzer, TextAnalyzerBuilder};
use tantivy::{doc, Index, TantivyDocument};

const SAMPLE: &str = include_str!("sample.txt");

mod cli;

const SPEC: cli::Spec = cli::Spec {
    name: "search",
    usage: "usage: search [--limit N] [--keep-elisions] [--lossy] QUERY [FILE]",
    help: "\
Indexes FILE (- for standard input; the embedded sample without it), one
document per paragraph, in a tantivy index in memory with the Italian
tokenizer, and prints the paragraphs that best match QUERY (tantivy's query
syntax: words, \"phrases\", +must -not), with the matched words in [brackets].

Options:
  --limit N          paragraphs to print (default 5)
  --keep-elisions    index elided articles (l’, dell’) as words
  --lossy            replace invalid UTF-8 with U+FFFD and go on (default:
                     stop at it with its line and byte offset)
  -h, --help         this help

Exit codes: 0 done (also when nothing matches), 1 the file cannot be read or
holds invalid UTF-8, 2 usage error (an invalid query too).

Example: search '\"storia Italia\"' examples/sample.txt",
    flags: &["--keep-elisions", "--lossy"],
    values: &["--limit"],
};

struct Args {
    query: String,
    file: Option<String>,
    limit: usize,
    keep_elisions: bool,
    lossy: bool,
}

/// The arguments (QUERY, then FILE), or the exit code when the help was
/// printed or the command line is wrong.
fn parse_args() -> Result<Args, ExitCode> {
    // QUERY is the first argument that is not an option; the shared parser
    // takes one positional argument, so QUERY is taken out first.
    let parsed = SPEC.parse_with_positionals(2)?;
    let mut positional = parsed.positionals.clone().into_iter();
    let Some(query) = positional.next() else {
        return Err(SPEC.usage_error("a query is needed"));
    };
    let limit = match parsed.value("--limit").map(str::parse::<usize>) {
        None => 5,
        Some(Ok(n)) => n,
        Some(Err(_)) => return Err(SPEC.usage_error("--limit needs a number")),
    };
    Ok(Args {
        query,
        file: positional.next(),
        limit,
        keep_elisions: parsed.flag("--keep-elisions"),
        lossy: parsed.flag("--lossy"),
    })
}

/// The text to index, and its name for messages.
fn read_input(file: Option<&str>, lossy: bool) -> Result<(String, String), String> {
    match file {
        None => Ok(("embedded sample".to_owned(), SAMPLE.to_owned())),
        Some("-") => cli::read_all(SPEC.name, None, lossy),
        Some(path) => cli::read_all(SPEC.name, Some(path), lossy),
    }
}

/// Paragraphs (runs of non-blank lines) with the line each starts on.
fn paragraphs(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            out.extend(current.take());
        } else {
            let (_, paragraph) = current.get_or_insert_with(|| (n + 1, String::new()));
            if !paragraph.is_empty() {
                paragraph.push('\n');
            }
            paragraph.push_str(line);
        }
    }
    out.extend(current);
    out
}

/// The analyzer the `italiano::tantivy` docs recommend.
fn analyzer(keep_elisions: bool) -> TextAnalyzer {
    let builder: TextAnalyzerBuilder<_> =
        TextAnalyzer::builder(ItalianTokenizer::new().keep_elisions(keep_elisions))
            .filter(LowerCaser)
            .filter(StopWordFilter::new(Language::Italian).expect("Italian stop words"))
            .filter(Stemmer::new(Language::Italian))
            .filter(AsciiFoldingFilter);
    builder.build()
}

/// The fragment with every highlighted range in brackets, on one line.
fn highlighted(snippet: &Snippet) -> String {
    let fragment = snippet.fragment();
    let mut out = String::new();
    let mut last = 0;
    for range in snippet.highlighted() {
        out.push_str(&fragment[last..range.start]);
        out.push('[');
        out.push_str(&fragment[range.clone()]);
        out.push(']');
        last = range.end;
    }
    out.push_str(&fragment[last..]);
    out.replace('\n', " ")
}

/// Why a run failed: the query (a usage error), or the input or index.
enum Failure {
    Usage(String),
    Input(String),
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure::Input(message)
    }
}

fn run(args: Args) -> Result<(), Failure> {
    let (name, text) = read_input(args.file.as_deref(), args.lossy)?;
    let indexing = TextFieldIndexing::default()
        .set_tokenizer("italiano")
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let mut schema = Schema::builder();
    let line = schema.add_u64_field("line", STORED);
    let body = schema.add_text_field(
        "body",
        TextOptions::default()
            .set_indexing_options(indexing)
            .set_stored(),
    );
    let index = Index::create_in_ram(schema.build());
    index
        .tokenizers()
        .register("italiano", analyzer(args.keep_elisions));
    let paragraphs = paragraphs(&text);
    let mut writer = index
        .writer(50_000_000)
        .map_err(|e| format!("cannot create the index: {e}"))?;
    for (start, paragraph) in &paragraphs {
        writer
            .add_document(doc!(line => *start as u64, body => paragraph.as_str()))
            .map_err(|e| format!("cannot index: {e}"))?;
    }
    writer.commit().map_err(|e| format!("cannot index: {e}"))?;

    let searcher = index
        .reader()
        .map_err(|e| format!("cannot search: {e}"))?
        .searcher();
    let parser = QueryParser::for_index(&index, vec![body]);
    let query = parser
        .parse_query(&args.query)
        .map_err(|e| Failure::Usage(format!("invalid query {:?}: {e}", args.query)))?;
    let best = searcher
        .search(&query, &TopDocs::with_limit(args.limit))
        .map_err(|e| format!("cannot search: {e}"))?;
    let mut snippets = SnippetGenerator::create(&searcher, &*query, body)
        .map_err(|e| format!("cannot search: {e}"))?;
    snippets.set_max_num_chars(200);
    println!(
        "{} of {} paragraphs of {name} match {:?}",
        best.len(),
        paragraphs.len(),
        args.query
    );
    for (score, address) in best {
        let doc: TantivyDocument = searcher
            .doc(address)
            .map_err(|e| format!("cannot read a match: {e}"))?;
        let start = doc.get_first(line).and_then(|v| v.as_u64()).unwrap_or(0);
        let snippet = snippets.snippet_from_doc(&doc);
        println!();
        println!("line {start} (score {score:.2})");
        println!("  {}", highlighted(&snippet));
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(code) => return code,
    };
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(message)) => SPEC.usage_error(&message),
        Err(Failure::Input(message)) => SPEC.fail(&message),
    }
}
