//! The properties every fuzz target checks, shared by the `fuzz/` crate
//! (which includes this file by path) and by `tests/fuzz_regressions.rs`,
//! which replays the inputs the fuzzers once failed on.
//!
//! A fuzz input is bytes: the first few choose options (a quote style, a
//! reference date), the rest is read as text, lossily, so that every input
//! reaches the code under test.

#![allow(dead_code)]

use std::borrow::Cow;
use std::ops::Range;

use italiano::dates::{Date, DateOptions, DateValue, Grain, Period, Time, WeekdayPolicy};
use italiano::normalize::Edit;
use italiano::normalize::{apply_edits, Normalizer, QuoteStyle, Repairs};
use italiano::numbers::Value;
use italiano::tokenize::Tokenizer;
use italiano::{Analysis, AnalyzeOptions, ExtractOptions};

/// A fuzz target's check of one input; it panics on a broken property.
pub type Check = fn(&[u8]);

/// The fuzz targets, by name: the entry point each one drives.
pub const TARGETS: &[(&str, Check)] = &[
    ("normalize", normalize),
    ("tokens", tokens),
    ("sentences", sentences),
    ("words", words),
    ("numbers", numbers),
    ("parse_number", parse_number),
    ("dates", dates),
    ("extract", extract),
    ("durations", durations),
    ("analyze", analyze),
];

/// The first byte of `data` (0 when empty), and the rest as text.
fn split(data: &[u8]) -> (u8, Cow<'_, str>) {
    match data.split_first() {
        Some((&first, rest)) => (first, String::from_utf8_lossy(rest)),
        None => (0, Cow::Borrowed("")),
    }
}

/// Spans in order, non-overlapping, within `text` and on char boundaries,
/// each reading back as the match's text.
fn check_spans<'a>(text: &str, spans: impl IntoIterator<Item = (Range<usize>, &'a str)>) {
    let mut last = 0;
    for (range, matched) in spans {
        assert!(
            last <= range.start && range.start < range.end && range.end <= text.len(),
            "span {range:?} after {last} in a text of {} bytes",
            text.len()
        );
        assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        assert_eq!(&text[range.clone()], matched);
        last = range.end;
    }
}

/// Normalization with the style and repairs the first byte picks: edits
/// sorted, on char boundaries, reproducing the output; the output borrowed
/// exactly when nothing changed; idempotent; and Typographic → Guillemets →
/// Typographic gives back the typographic text.
pub fn normalize(data: &[u8]) {
    let (options, text) = split(data);
    let style = [
        QuoteStyle::Typographic,
        QuoteStyle::Guillemets,
        QuoteStyle::Ascii,
        QuoteStyle::Keep,
    ][usize::from(options & 3)];
    let repairs = Repairs::NONE
        .accents(options & 4 != 0)
        .mojibake(options & 8 != 0)
        .nfc(options & 16 != 0);
    let normalizer = Normalizer::new().style(style).repairs(repairs);
    let once = normalizer.normalize(&text);
    let with_edits = normalizer.normalize_with_edits(&text);
    assert_eq!(with_edits.text(), &*once);
    let mut last = 0;
    for edit in with_edits.edits() {
        let range = edit.range();
        assert!(last <= range.start && range.start <= range.end && range.end <= text.len());
        assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        assert_ne!(&text[range.clone()], edit.replacement());
        last = range.end;
    }
    assert_eq!(apply_edits(&text, with_edits.edits()), &*once);
    assert_eq!(
        matches!(once, Cow::Borrowed(_)),
        with_edits.edits().len() == 0
    );
    let twice = normalizer.normalize(&once);
    assert_eq!(&*twice, &*once, "not idempotent with {normalizer:?}");

    let typographic = Normalizer::new().normalize(&text).into_owned();
    let guillemets = Normalizer::new()
        .style(QuoteStyle::Guillemets)
        .normalize(&typographic)
        .into_owned();
    assert_eq!(&*Normalizer::new().normalize(&guillemets), &*typographic);
}

fn tokenizer(options: u8) -> Tokenizer {
    use italiano::tokenize::Split;
    let split = |bits: u8| match bits & 3 {
        0 => Split::Never,
        1 => Split::BeforeCapital,
        _ => Split::Always,
    };
    let base = if options & 2 != 0 {
        Tokenizer::ud()
    } else {
        Tokenizer::new()
    };
    base.split_hyphens(options & 1 != 0)
        .split_at_colon(split(options >> 2))
        .split_at_semicolon(split(options >> 4))
}

/// Tokens in order, on char boundaries, with only whitespace between them:
/// tokens and whitespace rebuild the input.
pub fn tokens(data: &[u8]) {
    let (options, text) = split(data);
    let tokens: Vec<_> = tokenizer(options).tokens(&text).collect();
    check_spans(&text, tokens.iter().map(|t| (t.range(), t.text())));
    let mut last = 0;
    for token in &tokens {
        assert!(text[last..token.range().start]
            .chars()
            .all(char::is_whitespace));
        last = token.range().end;
    }
    assert!(text[last..].chars().all(char::is_whitespace));
}

/// Sentences in order and on char boundaries, their tokens those of the
/// whole text, each sentence's tokens within it.
pub fn sentences(data: &[u8]) {
    let (options, text) = split(data);
    let tokenizer = tokenizer(options);
    let sentences: Vec<_> = tokenizer.sentences(&text).collect();
    check_spans(&text, sentences.iter().map(|s| (s.range(), s.text())));
    let mut from_sentences = Vec::new();
    for sentence in &sentences {
        for token in sentence.tokens() {
            assert!(sentence.range().start <= token.range().start);
            assert!(token.range().end <= sentence.range().end);
            from_sentences.push(token);
        }
    }
    assert_eq!(from_sentences, tokenizer.tokens(&text).collect::<Vec<_>>());
}

/// Every token has at least one syntactic word, none empty; a token that is
/// not a multiword token is its own single word.
pub fn words(data: &[u8]) {
    let (options, text) = split(data);
    for token in tokenizer(options).tokens(&text) {
        let words: Vec<&str> = token.words().collect();
        assert_eq!(words.len(), token.words().len());
        assert!(!words.is_empty() && words.iter().all(|w| !w.is_empty()));
        assert_eq!(
            token.is_multiword(),
            words.len() > 1 || words[0] != token.text()
        );
        if !token.is_multiword() {
            assert_eq!(words, [token.text()]);
        }
        // Read with the text around it, a token has the same words or is
        // one word.
        let in_text: Vec<&str> = token.words_in(&text).collect();
        assert!(in_text == words || in_text == [token.text()], "{in_text:?}");
    }
}

/// A value printed and parsed again is equal, and orders equal to itself.
fn check_value(value: Value) {
    let printed = value.to_string();
    let back: Value = printed
        .parse()
        .unwrap_or_else(|e| panic!("{printed:?}: {e}"));
    assert_eq!(back, value, "{printed}");
    assert_eq!(back.cmp(&value), std::cmp::Ordering::Equal);
}

/// Numbers in order, on char boundaries; every value prints and parses back.
pub fn numbers(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let found: Vec<_> = italiano::numbers(&text).collect();
    check_spans(&text, found.iter().map(|m| (m.range(), m.text())));
    for m in found {
        check_value(m.value());
        check_unit(&m);
    }
}

/// A quantity has a unit of measure, money a currency, the others none;
/// the currency accessor agrees with the unit.
fn check_unit(m: &italiano::numbers::NumberMatch<'_>) {
    use italiano::numbers::{NumberKind, UnitFamily};
    let family = m.unit().map(|u| u.family());
    match m.kind() {
        NumberKind::Quantity => assert!(
            family.is_some_and(|f| f != UnitFamily::Currency),
            "{:?}",
            m.text()
        ),
        NumberKind::Money => assert_eq!(family, Some(UnitFamily::Currency), "{:?}", m.text()),
        _ => assert_eq!(family, None, "{:?}", m.text()),
    }
    assert_eq!(
        m.currency(),
        m.unit()
            .filter(|u| u.family() == UnitFamily::Currency)
            .map(|u| u.symbol())
    );
}

/// A parsed number printed and parsed again is equal, through the crate's
/// parser as well as through `Value`'s.
pub fn parse_number(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(value) = italiano::parse_number(&text) {
        check_value(value);
        if value.is_integer() {
            let digits = value.to_string();
            assert_eq!(
                italiano::parse_number(&digits).ok(),
                Some(value),
                "{digits}"
            );
        }
    }
    if let Ok(value) = text.parse::<Value>() {
        check_value(value);
    }
}

/// A reference date anywhere in the representable range, from four bytes.
fn reference(data: &[u8]) -> (Date, &[u8]) {
    let (head, rest) = data.split_at(data.len().min(4));
    let mut four = [0u8; 4];
    four[..head.len()].copy_from_slice(head);
    let days = i64::from(u32::from_le_bytes(four) % 7_300_000);
    let start = Date::new(-9999, 1, 1).expect("the first representable day");
    (start.add_days(days), rest)
}

/// A time of day from an options byte, or none: its low bit says whether
/// there is one, the other seven choose it in steps of eleven minutes.
fn time_of(flags: u8) -> Option<Time> {
    let minutes = u32::from(flags >> 1) * 11;
    (flags & 1 == 1).then(|| Time::new(minutes / 60, minutes % 60, 0).expect("a valid time"))
}

/// A period that exists, and whose value string reads back.
fn check_period(period: Period) {
    let start = period.start();
    let again = Date::new(start.year(), start.month(), start.day()).expect("a valid date");
    assert_eq!(again, start);
    assert_eq!(
        start.to_string().parse::<Date>().ok(),
        Some(start),
        "{start}"
    );
    assert!(!period.to_string().is_empty());
}

fn check_date_value(value: DateValue) {
    match value {
        DateValue::Period(p) => check_period(p),
        DateValue::Range { start, end } => {
            assert!(start.is_some() || end.is_some());
            start.into_iter().chain(end).for_each(check_period);
        }
        _ => {}
    }
}

/// Dates against an arbitrary reference date and weekday policy: in order,
/// on char boundaries, every emitted date valid.
pub fn dates(data: &[u8]) {
    let (reference, rest) = reference(data);
    let (options, text) = split(rest);
    let policy = [
        WeekdayPolicy::ByTense,
        WeekdayPolicy::Past,
        WeekdayPolicy::Future,
        WeekdayPolicy::Nearest,
    ][usize::from(options & 3)];
    let options = DateOptions::new().weekdays(policy);
    let found: Vec<_> = italiano::dates::dates_with(&text, reference, &options).collect();
    check_spans(&text, found.iter().map(|m| (m.range(), m.text())));
    for m in found {
        check_date_value(m.value());
    }
}

/// Numbers and dates together: each list in order, no number inside a
/// date, and the dates those of `dates` but where a number was read first
/// (`€ 2 lug`: the amount takes the `2`; `$30 febbraio`: the month is read
/// alone).
pub fn extract(data: &[u8]) {
    let (reference, rest) = reference(data);
    let (flags, text) = split(rest);
    let mut options = ExtractOptions::new(reference);
    let mut date_options = DateOptions::new();
    if let Some(time) = time_of(flags) {
        options = options.time(time);
        date_options = date_options.time(time);
    }
    let found = italiano::extract(&text, &options);
    check_spans(&text, found.numbers().iter().map(|m| (m.range(), m.text())));
    check_spans(&text, found.dates().iter().map(|m| (m.range(), m.text())));
    check_spans(
        &text,
        found.durations().iter().map(|m| (m.range(), m.text())),
    );
    let overlaps = |a: Range<usize>, b: Range<usize>| a.start < b.end && b.start < a.end;
    for n in found.numbers() {
        check_value(n.value());
        check_unit(n);
        let inside = found.dates().iter().any(|d| overlaps(d.range(), n.range()));
        assert!(!inside, "number {:?} overlaps a date", n.text());
        let inside = found
            .durations()
            .iter()
            .any(|d| overlaps(d.range(), n.range()));
        assert!(!inside, "number {:?} overlaps a duration", n.text());
    }
    for d in found.durations() {
        let inside = found.dates().iter().any(|e| overlaps(e.range(), d.range()));
        assert!(!inside, "duration {:?} overlaps a date", d.text());
        assert!(d.value().to_string().starts_with('P'));
    }
    for d in found.dates() {
        check_date_value(d.value());
        let needs_now = d.rule() == "adesso" || d.rule().contains("<minutes>");
        assert!(
            !needs_now || time_of(flags).is_some(),
            "{:?} without a time",
            d.text()
        );
    }
    let alone: Vec<_> = italiano::dates::dates_with(&text, reference, &date_options).collect();
    for d in &alone {
        // A lone time takes the day of the last date before it, which a
        // number read first may have taken (`€ 2 lug … alle 9`).
        let kept = found.dates().iter().any(|e| {
            e == d
                || (e.range() == d.range() && e.value().grain().is_some_and(Grain::is_time_of_day))
        });
        // A number read first (`$8 mar 8 mar`) can shift how the text
        // after it divides into dates; the date is still there.
        let taken = found
            .numbers()
            .iter()
            .any(|n| overlaps(n.range(), d.range()))
            || found
                .durations()
                .iter()
                .any(|n| overlaps(n.range(), d.range()))
            || found.dates().iter().any(|e| overlaps(e.range(), d.range()));
        // Or it divides differently again: after `$2`, `0820/2/12-
        // 0820/2/1` is one range that ends before it starts, which takes
        // its tokens and reports nothing, where `dates()` alone read the
        // last date by itself. The text after the last match before the
        // date must then lose it too.
        let shifted_away = !kept && !taken && {
            let from = last_end_before(&found, d.range().start);
            let shifted = d.range().start - from..d.range().end - from;
            !italiano::dates::dates_with(&text[from..], reference, &date_options)
                .any(|a| overlaps(a.range(), shifted.clone()))
        };
        // The text cut there loses the sentence before, and with it the
        // tense that may put a date out of the calendar's range (`$2
        // luglio alle 1 luglio alle 1`, written in the year -9999: the past
        // July does not exist, and takes its tokens). The whole text with
        // the numbers and durations blanked out keeps it.
        let blanked_away = !kept && !taken && !shifted_away && {
            let blanked = blank(&text, &found);
            !italiano::dates::dates_with(&blanked, reference, &date_options)
                .any(|a| overlaps(a.range(), d.range()))
        };
        assert!(
            kept || taken || shifted_away || blanked_away,
            "date {:?} lost",
            d.text()
        );
    }
    for d in found.dates() {
        let reported = alone.contains(d) || alone.iter().any(|a| overlaps(a.range(), d.range()));
        // `$30 febbraio`: the amount takes the `30`, and `dates()`, which
        // reads `30 febbraio` as one date that does not exist, reports no
        // part of it. What follows the last match before the date must
        // still read as a date on its own.
        let reported = reported || {
            let from = last_end_before(&found, d.range().start);
            let shifted = d.range().start - from..d.range().end - from;
            italiano::dates::dates_with(&text[from..], reference, &date_options)
                .any(|a| overlaps(a.range(), shifted.clone()))
        };
        assert!(reported, "date {:?} not found by dates()", d.text());
    }
}

/// `text` with the numbers and durations of `found` replaced by spaces,
/// byte for byte, so that every other span stays where it was.
fn blank(text: &str, found: &italiano::Extraction<'_>) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let spans = found.numbers().iter().map(|n| n.range());
    for range in spans.chain(found.durations().iter().map(|d| d.range())) {
        bytes[range].fill(b' ');
    }
    String::from_utf8(bytes).expect("whole characters replaced by spaces")
}

/// Where the last match of `found` that ends by `start` ends (0 when none
/// does): where a reader resumed before the match at `start`.
fn last_end_before(found: &italiano::Extraction<'_>, start: usize) -> usize {
    let numbers = found.numbers().iter().map(|n| n.range());
    let durations = found.durations().iter().map(|e| e.range());
    let dates = found.dates().iter().map(|e| e.range());
    numbers
        .chain(durations)
        .chain(dates)
        .map(|r| r.end)
        .filter(|&end| end <= start)
        .max()
        .unwrap_or(0)
}

/// Durations alone: in order, on char boundaries, each an ISO 8601 value
/// with at least one part, and read again the same from its own text
/// after `per` (a word that asks for a length, as `un'ora` alone needs).
pub fn durations(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let found: Vec<_> = italiano::durations::durations(&text).collect();
    check_spans(&text, found.iter().map(|m| (m.range(), m.text())));
    for m in &found {
        let value = m.value();
        let iso = value.to_string();
        assert!(
            iso.starts_with('P') && iso.len() > 2 && iso != "PT0S",
            "{iso}"
        );
        let alone = format!("per {}", m.text());
        let again: Vec<_> = italiano::durations::durations(&alone).collect();
        assert_eq!(again.len(), 1, "{alone:?} read again as {again:?}");
        assert_eq!(again[0].text(), m.text(), "{alone:?}");
        assert_eq!(again[0].value(), value, "{alone:?}");
    }
}

/// `analyze` with the reference, time and repairs the first bytes pick:
/// every result's range is a range of the original, and the edits inside
/// it turn the original's slice into the text the result reports.
pub fn analyze(data: &[u8]) {
    let (reference, rest) = reference(data);
    let (flags, text) = split(rest);
    let mut extract = ExtractOptions::new(reference);
    if let Some(time) = time_of(flags) {
        extract = extract.time(time);
    }
    let repairs = match flags >> 6 {
        0 => Repairs::ALL,
        1 => Repairs::NONE,
        2 => Repairs::NONE.accents(true),
        _ => Repairs::NONE.mojibake(true),
    };
    let options = AnalyzeOptions::new(reference)
        .extract(extract)
        .normalizer(Normalizer::new().repairs(repairs));
    let found = italiano::analyze(&text, &options);
    check_analysis(&text, &found);
    let owned = found.clone().into_owned();
    assert_eq!(owned.dates(), found.dates());
    assert_eq!(owned.numbers(), found.numbers());
}

/// Every span of `found` (matches, tokens, sentences) is a range of
/// `original` on char boundaries, and rewriting the original's slice with
/// the edits inside it gives the reported text: exactly, or, where the
/// range was widened to a whole edit at its edge (an NFC run), a text that
/// contains it.
pub fn check_analysis(original: &str, found: &Analysis<'_>) {
    let edits: Vec<Edit<'_>> = found.normalized().edits().collect();
    let check = |range: Range<usize>, reported: &str| {
        assert!(
            original.get(range.clone()).is_some(),
            "{range:?} is not a range of {original:?}"
        );
        let rewritten = rewritten(original, &edits, range.clone());
        if rewritten != reported {
            let edit_at_edge = edits.iter().any(|e| {
                !e.range().is_empty()
                    && (e.range().start == range.start || e.range().end == range.end)
            });
            assert!(
                edit_at_edge && rewritten.contains(reported),
                "{original:?} at {range:?}: {rewritten:?} is not {reported:?}"
            );
        }
        assert!(found.text().contains(reported));
    };
    for m in found.numbers() {
        check(m.range(), m.text());
    }
    for m in found.dates() {
        check(m.range(), m.text());
    }
    for m in found.durations() {
        check(m.range(), m.text());
    }
    for (range, token) in found.tokens() {
        check(range, token.text());
    }
    for (range, sentence) in found.sentences() {
        check(range, sentence.text());
    }
}

/// The original's slice at `range` with the edits that lie inside it
/// applied; panics if an edit straddles the range's edge. Removed padding
/// (an empty replacement) at an edge is outside.
fn rewritten(original: &str, edits: &[Edit<'_>], range: Range<usize>) -> String {
    let mut out = String::new();
    let mut last = range.start;
    for edit in edits {
        let e = edit.range();
        let inside = e.start >= range.start && e.end <= range.end;
        let outside = e.end <= range.start || e.start >= range.end;
        assert!(
            inside || outside || e.is_empty(),
            "edit {e:?} straddles {range:?} in {original:?}"
        );
        let padding_at_edge =
            edit.replacement().is_empty() && (e.start == range.start || e.end == range.end);
        if inside && !padding_at_edge {
            out.push_str(&original[last..e.start]);
            out.push_str(edit.replacement());
            last = e.end;
        }
    }
    out.push_str(&original[last..range.end]);
    out
}
