//! Quote normalization throughput, with the NFC of `unicode-normalization`
//! as the baseline in the same group.
//!
//! The corpus is the file named by `ITALIANO_BENCH_CORPUS`, or the embedded
//! sample of the `analyze` example when it is unset.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use italiano::normalize::{Normalizer, Repairs};
use unicode_normalization::UnicodeNormalization;

mod common;

use common::corpus;

/// The corpus with every quote mark and apostrophe removed: the case where
/// normalization has nothing to do and returns the text borrowed.
fn without_quotes(text: &str) -> String {
    text.chars()
        .filter(|&c| !"\"'`´“”„‟«»‹›‘’‚‛′″ʼ".contains(c))
        .collect()
}

fn normalize(c: &mut Criterion) {
    let (name, text) = corpus();
    let plain = without_quotes(&text);
    let mut group = c.benchmark_group("normalize");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_with_input(BenchmarkId::new("quotes", &name), &text, |b, t| {
        let n = Normalizer::new();
        b.iter(|| n.normalize(black_box(t)).len())
    });
    group.bench_with_input(
        BenchmarkId::new("quotes+all-repairs", &name),
        &text,
        |b, t| {
            let n = Normalizer::new().repairs(Repairs::ALL);
            b.iter(|| n.normalize(black_box(t)).len())
        },
    );
    group.bench_with_input(BenchmarkId::new("baseline-nfc", &name), &text, |b, t| {
        b.iter(|| black_box(t).nfc().collect::<String>().len())
    });
    group.throughput(Throughput::Bytes(plain.len() as u64));
    group.bench_with_input(
        BenchmarkId::new("no-quotes-borrowed", &name),
        &plain,
        |b, t| {
            let n = Normalizer::new();
            b.iter(|| n.normalize(black_box(t)).len())
        },
    );
    group.bench_with_input(
        BenchmarkId::new("no-quotes-baseline-nfc", &name),
        &plain,
        |b, t| b.iter(|| black_box(t).nfc().collect::<String>().len()),
    );
    group.finish();
}

criterion_group!(benches, normalize);
criterion_main!(benches);
