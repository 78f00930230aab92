//! Tokenization throughput, with unicode-segmentation's word and sentence
//! bounds and a `regex` `\w+|[^\w\s]` tokenizer as baselines in the same
//! groups.
//!
//! The corpus is the file named by `ITALIANO_BENCH_CORPUS`, or the embedded
//! sample of the `analyze` example when it is unset.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use regex::Regex;
use unicode_segmentation::UnicodeSegmentation;

mod common;

use common::corpus;

fn tokenize(c: &mut Criterion) {
    let (name, text) = corpus();
    let words = Regex::new(r"\w+|[^\w\s]").expect("valid pattern");
    let mut group = c.benchmark_group("tokenize");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_with_input(BenchmarkId::new("tokens", &name), &text, |b, t| {
        b.iter(|| italiano::tokens(black_box(t)).count())
    });
    group.bench_with_input(
        BenchmarkId::new("baseline-unicode-word-bounds", &name),
        &text,
        |b, t| b.iter(|| black_box(t).split_word_bound_indices().count()),
    );
    group.bench_with_input(
        BenchmarkId::new("baseline-regex-words", &name),
        &text,
        |b, t| b.iter(|| words.find_iter(black_box(t)).count()),
    );
    group.bench_with_input(BenchmarkId::new("sentences", &name), &text, |b, t| {
        b.iter(|| italiano::sentences(black_box(t)).count())
    });
    let ud = italiano::tokenize::Tokenizer::ud();
    group.bench_with_input(BenchmarkId::new("sentences-ud", &name), &text, |b, t| {
        b.iter(|| ud.sentences(black_box(t)).count())
    });
    group.bench_with_input(
        BenchmarkId::new("baseline-unicode-sentence-bounds", &name),
        &text,
        |b, t| b.iter(|| black_box(t).split_sentence_bound_indices().count()),
    );
    group.bench_with_input(
        BenchmarkId::new("words-with-multiword-expansion", &name),
        &text,
        |b, t| {
            b.iter(|| {
                italiano::tokens(black_box(t))
                    .map(|token| token.words_in(t).len())
                    .sum::<usize>()
            })
        },
    );
    group.finish();
}

criterion_group!(benches, tokenize);
criterion_main!(benches);
