//! Extraction throughput: `numbers()` and `extract()` (numbers, dates,
//! times of day and durations, against a reference with a time), with
//! `tokens()` and
//! unicode-segmentation's word bounds in the same group as baselines.
//!
//! The corpus is the file named by `ITALIANO_BENCH_CORPUS`, or the embedded
//! sample of the `analyze` example when it is unset. On a corpus, every
//! benchmark is measured for 40 seconds (see below).

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use italiano::dates::{Date, Time};
use italiano::ExtractOptions;
use unicode_segmentation::UnicodeSegmentation;

mod common;

use common::corpus;

fn extract(c: &mut Criterion) {
    let (name, text) = corpus();
    let options = ExtractOptions::new(Date::new(2024, 6, 18).expect("valid date"))
        .time(Time::new(10, 30, 0).expect("valid time"));
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(text.len() as u64));
    if std::env::var_os("ITALIANO_BENCH_CORPUS").is_some() {
        // Machines shared with others (virtual machines, cores with a busy
        // sibling) run slower for seconds at a time, and criterion measures
        // one benchmark after the other: a long measurement spreads those
        // spells over every benchmark of the group, so that their ratios
        // hold from run to run.
        group.measurement_time(Duration::from_secs(40));
    }
    group.bench_with_input(BenchmarkId::new("numbers", &name), &text, |b, t| {
        b.iter(|| italiano::numbers(black_box(t)).count())
    });
    group.bench_with_input(BenchmarkId::new("extract", &name), &text, |b, t| {
        b.iter(|| {
            let found = italiano::extract(black_box(t), &options);
            found.numbers().len() + found.dates().len() + found.durations().len()
        })
    });
    group.bench_with_input(BenchmarkId::new("tokens", &name), &text, |b, t| {
        b.iter(|| italiano::tokens(black_box(t)).count())
    });
    group.bench_with_input(
        BenchmarkId::new("baseline-unicode-word-bounds", &name),
        &text,
        |b, t| b.iter(|| black_box(t).split_word_bound_indices().count()),
    );
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
