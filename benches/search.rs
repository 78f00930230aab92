//! Indexing throughput with the Italian tokenizer against tantivy's default
//! tokenizer, in the same groups (feature `tantivy`).
//!
//! The documents are those of `tests/search.rs`, repeated to about 10 MB:
//! short sentences full of apostrophes, repairs and numbers, the text the
//! tokenizer does the most work on; and the paragraphs of the corpus named
//! by `ITALIANO_BENCH_CORPUS` (the embedded sample when unset). `analyze`
//! runs the analyzers alone (lowercased tokens, as an index would receive
//! them); `index` builds a whole index in memory, which is what a user
//! waits for.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use italiano::tantivy::ItalianTokenizer;
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::{LowerCaser, TextAnalyzer, TokenStream, TokenizerManager};
use tantivy::{doc, Index};

mod common;

/// The test documents repeated to about `bytes`.
fn documents(bytes: usize) -> Vec<&'static str> {
    let base: Vec<&'static str> = include_str!("../tests/data/search_documents.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .collect();
    let mut out = Vec::new();
    let mut total = 0;
    while total < bytes {
        for doc in &base {
            out.push(*doc);
            total += doc.len();
        }
    }
    out
}

fn italian() -> TextAnalyzer {
    TextAnalyzer::builder(ItalianTokenizer::new())
        .filter(LowerCaser)
        .build()
}

fn default_analyzer() -> TextAnalyzer {
    TokenizerManager::default()
        .get("default")
        .expect("tantivy's default tokenizer")
}

/// Tokens of every document, as the index would receive them.
fn token_count(analyzer: &mut TextAnalyzer, docs: &[&str]) -> usize {
    let mut count = 0;
    for doc in docs {
        let mut stream = analyzer.token_stream(doc);
        while stream.advance() {
            count += 1;
        }
    }
    count
}

/// An index in memory of `docs`, with `analyzer` (or the default).
fn index(analyzer: Option<TextAnalyzer>, docs: &[&str]) -> Index {
    let name = if analyzer.is_some() {
        "italiano"
    } else {
        "default"
    };
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(name)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let mut schema = Schema::builder();
    let body = schema.add_text_field(
        "body",
        TextOptions::default().set_indexing_options(indexing),
    );
    let index = Index::create_in_ram(schema.build());
    if let Some(analyzer) = analyzer {
        index.tokenizers().register(name, analyzer);
    }
    // One indexing thread, so that the two analyzers are compared on the
    // same footing whatever the machine.
    let mut writer = index
        .writer_with_num_threads(1, 200_000_000)
        .expect("an index writer");
    for text in docs {
        writer.add_document(doc!(body => *text)).expect("indexed");
    }
    writer.commit().expect("committed");
    index
}

fn search(c: &mut Criterion) {
    let test_documents = documents(10 << 20);
    let bytes: usize = test_documents.iter().map(|d| d.len()).sum();
    let (corpus_name, corpus) = common::corpus();
    let paragraphs: Vec<&str> = corpus.split("\n\n").collect();
    let inputs = [
        (format!("{}MB-test-documents", bytes >> 20), test_documents),
        (format!("{corpus_name}-paragraphs"), paragraphs),
    ];
    for (group_name, index_them) in [("search-analyze", false), ("search-index", true)] {
        let mut group = c.benchmark_group(group_name);
        group.sample_size(10);
        for (name, docs) in &inputs {
            let bytes: usize = docs.iter().map(|d| d.len()).sum();
            group.throughput(Throughput::Bytes(bytes as u64));
            group.bench_with_input(BenchmarkId::new("italiano", name), docs, |b, d| {
                let mut analyzer = italian();
                b.iter(|| match index_them {
                    true => index(Some(italian()), black_box(d))
                        .searchable_segment_ids()
                        .map_or(0, |s| s.len()),
                    false => token_count(&mut analyzer, black_box(d)),
                })
            });
            group.bench_with_input(
                BenchmarkId::new("baseline-tantivy-default", name),
                docs,
                |b, d| {
                    let mut analyzer = default_analyzer();
                    b.iter(|| match index_them {
                        true => index(None, black_box(d))
                            .searchable_segment_ids()
                            .map_or(0, |s| s.len()),
                        false => token_count(&mut analyzer, black_box(d)),
                    })
                },
            );
        }
        group.finish();
    }
}

criterion_group!(benches, search);
criterion_main!(benches);
