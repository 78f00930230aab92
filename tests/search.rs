//! A real tantivy index in RAM, searched with the Italian tokenizer and,
//! as the baseline, with tantivy's default tokenizer.

use italiano::tantivy::ItalianTokenizer;
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, STORED,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{LowerCaser, TextAnalyzer};
use tantivy::{doc, Index, TantivyDocument};

/// The documents, one a line after the comments: numbered from 1.
fn documents() -> Vec<&'static str> {
    include_str!("data/search_documents.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .collect()
}

struct Searchable {
    index: Index,
    id: Field,
    body: Field,
}

/// An index of the [`documents`] whose body is analyzed by `analyzer`
/// (registered as `name`, or tantivy's own `default`).
fn index_with(name: &str, analyzer: Option<TextAnalyzer>) -> Searchable {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(name)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let mut schema = Schema::builder();
    let id = schema.add_u64_field("id", STORED | FAST);
    let body = schema.add_text_field(
        "body",
        TextOptions::default()
            .set_indexing_options(indexing)
            .set_stored(),
    );
    let index = Index::create_in_ram(schema.build());
    if let Some(analyzer) = analyzer {
        index.tokenizers().register(name, analyzer);
    }
    let mut writer = index.writer(15_000_000).unwrap();
    for (n, text) in documents().into_iter().enumerate() {
        writer
            .add_document(doc!(id => n as u64 + 1, body => text))
            .unwrap();
    }
    writer.commit().unwrap();
    Searchable { index, id, body }
}

fn italian() -> Searchable {
    let analyzer = TextAnalyzer::builder(ItalianTokenizer::new())
        .filter(LowerCaser)
        .build();
    index_with("italiano", Some(analyzer))
}

fn baseline() -> Searchable {
    index_with("default", None)
}

impl Searchable {
    /// The ids of the documents `query` finds, sorted.
    fn find(&self, query: &str) -> Vec<u64> {
        let searcher = self.index.reader().unwrap().searcher();
        let parser = QueryParser::for_index(&self.index, vec![self.body]);
        let query = parser.parse_query(query).unwrap();
        let mut ids: Vec<u64> = searcher
            .search(&query, &TopDocs::with_limit(100))
            .unwrap()
            .into_iter()
            .map(|(_, address)| {
                let doc: TantivyDocument = searcher.doc(address).unwrap();
                doc.get_first(self.id).and_then(|v| v.as_u64()).unwrap()
            })
            .collect();
        ids.sort_unstable();
        ids
    }
}

/// `(query, found with the Italian tokenizer, found with the default)`.
const QUERIES: &[(&str, &[u64], &[u64])] = &[
    // Accents typed as apostrophes, the wrong accent, mojibake: one word.
    ("perché", &[3, 4, 5, 7], &[5]),
    // (tantivy's query syntax needs a phrase for an apostrophe)
    ("\"perche'\"", &[3, 4, 5, 7], &[3]),
    ("perchè", &[3, 4, 5, 7], &[4]),
    ("città", &[7, 13, 14], &[14]),
    ("università", &[18, 21], &[21]),
    ("è", &[1, 8, 9, 12, 16, 17], &[1, 8, 9, 12, 17]),
    // Elided articles and prepositions: the word alone, in a phrase, or
    // typed with its article in the query, in either apostrophe.
    ("Italia", &[1, 2, 15], &[1, 2, 15]),
    ("\"storia Italia\"", &[1], &[]),
    ("\"viaggio Italia\"", &[2], &[]),
    ("\"medaglie oro\"", &[15], &[]),
    ("\"dell'Italia\"", &[1, 2, 15], &[1]),
    ("\"dell’Italia\"", &[1, 2, 15], &[1]),
    ("\"amica mi ha scritto estero\"", &[11], &[]),
    // An article is not a word of its own.
    ("dell", &[], &[1, 18]),
    // Numbers in Italian format are one term, not three.
    ("1.234,56", &[6], &[6]),
    ("1.234", &[21], &[6, 21]),
    ("234", &[], &[6, 21]),
    ("000", &[], &[10]),
    ("11.000", &[10], &[10]),
    // Hyphenated words are found by their parts and as a phrase.
    ("destra", &[20], &[20]),
    ("\"centro-destra\"", &[20], &[20]),
];

#[test]
fn italian_tokenizer_finds_what_the_default_misses() {
    let ours = italian();
    let theirs = baseline();
    let mut failures = Vec::new();
    for &(query, expected, expected_default) in QUERIES {
        let found = ours.find(query);
        let found_default = theirs.find(query);
        if found != expected || found_default != expected_default {
            failures.push(format!(
                "{query}: italiano {found:?} (expected {expected:?}), default {found_default:?} (expected {expected_default:?})"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(QUERIES.len() >= 12);
}

#[test]
fn highlights_point_into_the_original_text() {
    let ours = italian();
    let searcher = ours.index.reader().unwrap().searcher();
    let parser = QueryParser::for_index(&ours.index, vec![ours.body]);
    for (query, doc_id, expected) in [
        ("perché", 7, vec!["PerchÃ©"]),
        ("perché", 3, vec!["Perche'"]),
        ("città", 13, vec!["cittÃ\u{a0}"]),
        ("Italia", 1, vec!["Italia"]),
        (
            "\"vinto tre medaglie oro\"",
            15,
            vec!["vinto", "tre", "medaglie", "oro"],
        ),
    ] {
        let query = parser.parse_query(query).unwrap();
        let generator = SnippetGenerator::create(&searcher, &*query, ours.body).unwrap();
        let text = documents()[doc_id - 1];
        let snippet = generator.snippet(text);
        let fragment = snippet.fragment();
        assert!(
            text.contains(fragment),
            "{fragment:?} is not part of {text:?}"
        );
        let highlighted: Vec<&str> = snippet
            .highlighted()
            .iter()
            .map(|range| &fragment[range.clone()])
            .collect();
        assert_eq!(highlighted, expected, "{text:?}");
    }
}

#[test]
fn offsets_and_positions_of_every_token() {
    use tantivy::tokenizer::{TokenStream, Tokenizer};
    let mut tokenizer = ItalianTokenizer::new();
    for text in documents() {
        let mut stream = tokenizer.token_stream(text);
        let mut position = 0;
        while let Some(token) = stream.next() {
            let original = &text[token.offset_from..token.offset_to];
            assert!(!original.is_empty());
            assert_eq!(token.position, position, "{text:?}");
            position += 1;
        }
    }
    // Padding removed inside quotation marks stays outside the words.
    let text = "«  Nessuna  »";
    let mut stream = tokenizer.token_stream(text);
    let token = stream.next().unwrap();
    assert_eq!(&text[token.offset_from..token.offset_to], "Nessuna");
}
