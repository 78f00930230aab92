//! Hostile input: every entry point on 1 MB and 8 MB of each shape that
//! real scraped text can take at its worst. Work must be linear, so the
//! 8 MB time is at most 10× the 1 MB time (about 8× is expected).
//!
//! `cargo bench --bench worst_case` times every pair. With
//! `ITALIANO_WORST_CASE_TABLE=1` it prints instead, for each shape and entry
//! point, the best of fifteen runs at each size (the sizes alternate, and
//! `ITALIANO_WORST_CASE_TRIES` sets another number), the 8 MB / 1 MB ratio
//! and the peak heap memory as a multiple of the input (counted by a
//! wrapping allocator): the table kept in the closing notes.
//! `ITALIANO_WORST_CASE_SHAPE=name` keeps the shapes whose name contains
//! `name`, in both modes.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use italiano::dates::{Date, Time};
use italiano::normalize::{Normalizer, Repairs};
use italiano::ExtractOptions;

/// The system allocator, counting the bytes live and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let grown = new_size - layout.size();
            let live = LIVE.fetch_add(grown, Ordering::Relaxed) + grown;
            PEAK.fetch_max(live, Ordering::Relaxed);
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const MB: usize = 1 << 20;

/// `piece` repeated up to `size` bytes (cut at a char boundary).
fn repeat_to(piece: &str, size: usize) -> String {
    let mut text = piece.repeat(size / piece.len() + 1);
    let mut end = size.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

/// Builds a shape at a given size in bytes.
type Shape = fn(usize) -> String;

/// The shapes, by name.
fn shapes() -> Vec<(&'static str, Shape)> {
    let only = std::env::var("ITALIANO_WORST_CASE_SHAPE").unwrap_or_default();
    let mut shapes: Vec<(&'static str, Shape)> = vec![
        // A log line or a scraped page with its spaces lost.
        ("no-whitespace", |n| {
            repeat_to(
                "L'11settembre2001,dell'anno«Ciao»,perché1.234,5€e3giornifa;",
                n,
            )
        }),
        ("apostrophes-and-quotes", |n| repeat_to("'\"‘’“”«»‹›`´", n)),
        // 100,000 openings per MB, none closed.
        ("nested-openings", |n| repeat_to("«a “b ‘c ", n)),
        ("digits-dots-commas", |n| repeat_to("1.234,567.8,90", n)),
        ("combining-marks", |n| repeat_to("\u{301}\u{308}\u{327}", n)),
        ("emoji-zwj", |n| repeat_to("👩🏽‍💻👨‍👩‍👧‍👦🏳️‍🌈", n)),
        ("elision-and-digits", |n| repeat_to("l'1l'23l'", n)),
        ("number-word-chain", |n| repeat_to("cento", n)),
        ("quantities-everywhere", |n| {
            repeat_to(
                "un milione e 3 mila e 12 000 000 di euro e mezzo 3 km/h e 2 etti e 1/2 \
                 meno 5 gradi sotto zero C$ 7°C$ ,77 una ventina di 02 1234 5678 255 255 \
                 commi da 41 a 49 e 50 e 51, Via Roma, 33 centotre e due terzi ",
                n,
            )
        }),
        ("digit-groups", |n| repeat_to("1 000 000 000 000 ", n)),
        // Dates everywhere: each needs the tense of its sentence, and the
        // combinators read ahead from every `dal`, `tra`, `entro`.
        ("calendar-everywhere", |n| {
            repeat_to(
                "dal 1 al 2, 3 e 4 giugno tra il 5 e fine luglio Natale il primo lunedì di \
                 questo mese entro il 5. dal dal tra tra il 2024-2025 13-15 ",
                n,
            )
        }),
        // Times and durations everywhere: every time looks back for its
        // day and ahead for a day after `di`; every amount for a longer
        // chain of units.
        ("times-and-durations", |n| {
            repeat_to(
                "alle 17:30 di sabato, dalle 9 alle 13 tra le 8 e le 9 e un quarto stasera \
                 alle 8 entro le 14 11:30-13:30 tre anni e due mesi e un'ora e mezza e ",
                n,
            )
        }),
    ];
    shapes.retain(|(name, _)| name.contains(only.as_str()));
    shapes
}

type Entry = fn(&str) -> usize;

/// Every public entry point, reduced to a count so that nothing is
/// optimized away.
fn entries() -> Vec<(&'static str, Entry)> {
    vec![
        ("normalize", |t| italiano::normalize(t).len()),
        ("normalize-all-repairs", |t| {
            Normalizer::new().repairs(Repairs::ALL).normalize(t).len()
        }),
        // The edit list is output: a few bytes per change.
        ("normalize_with_edits", |t| {
            Normalizer::new()
                .repairs(Repairs::ALL)
                .normalize_with_edits(t)
                .edits()
                .len()
        }),
        ("tokens", |t| italiano::tokens(t).count()),
        ("sentences", |t| italiano::sentences(t).count()),
        ("words", |t| {
            italiano::tokens(t).map(|t| t.words().len()).sum()
        }),
        ("numbers", |t| italiano::numbers(t).count()),
        ("parse_number", |t| {
            usize::from(italiano::parse_number(t).is_ok())
        }),
        ("dates", |t| italiano::dates(t, reference()).count()),
        ("durations", |t| italiano::durations(t).count()),
        ("extract", |t| {
            let options =
                ExtractOptions::new(reference()).time(Time::new(10, 30, 0).expect("a valid time"));
            let found = italiano::extract(t, &options);
            found.numbers().len() + found.dates().len() + found.durations().len()
        }),
    ]
}

fn reference() -> Date {
    Date::new(2024, 6, 18).expect("a valid date")
}

fn worst_case(c: &mut Criterion) {
    if std::env::var_os("ITALIANO_WORST_CASE_TABLE").is_some() {
        table();
        return;
    }
    for (shape, build) in shapes() {
        let mut group = c.benchmark_group(format!("worst_case/{shape}"));
        group
            .sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2));
        for size in [MB, 8 * MB] {
            let text = build(size);
            group.throughput(Throughput::Bytes(text.len() as u64));
            for (entry, run) in entries() {
                let id = BenchmarkId::new(entry, format!("{}MB", size / MB));
                group.bench_with_input(id, &text, |b, t| b.iter(|| run(black_box(t))));
            }
        }
        group.finish();
    }
}

/// The best time of `run` on each of `small` and `large` over `tries`
/// alternating runs, and the peak heap of the runs on `large`. Alternating
/// the sizes makes a slow moment of the machine weigh on both.
fn measure(run: Entry, small: &str, large: &str, tries: usize) -> (Duration, Duration, usize) {
    let mut best = [Duration::MAX; 2];
    let mut peak = 0;
    for _ in 0..tries {
        for (i, text) in [small, large].into_iter().enumerate() {
            let before = LIVE.load(Ordering::Relaxed);
            PEAK.store(before, Ordering::Relaxed);
            let start = Instant::now();
            black_box(run(black_box(text)));
            best[i] = best[i].min(start.elapsed());
            if i == 1 {
                peak = peak.max(PEAK.load(Ordering::Relaxed) - before);
            }
        }
    }
    (best[0], best[1], peak)
}

/// Runs of each pair at each size, the best of which is kept;
/// `ITALIANO_WORST_CASE_TRIES` sets another number.
const TRIES: usize = 15;

fn table() {
    let tries = std::env::var("ITALIANO_WORST_CASE_TRIES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(TRIES);
    println!("| shape | entry point | 1 MB | 8 MB | 8 MB / 1 MB | peak heap / input (8 MB) |");
    println!("|---|---|---|---|---|---|");
    for (shape, build) in shapes() {
        let small = build(MB);
        let large = build(8 * MB);
        for (entry, run) in entries() {
            let (t1, t8, peak) = measure(run, &small, &large, tries);
            println!(
                "| {shape} | {entry} | {:.2} ms | {:.2} ms | {:.1} | {:.2} |",
                t1.as_secs_f64() * 1e3,
                t8.as_secs_f64() * 1e3,
                t8.as_secs_f64() / t1.as_secs_f64(),
                peak as f64 / large.len() as f64,
            );
        }
    }
}

criterion_group!(benches, worst_case);
criterion_main!(benches);
