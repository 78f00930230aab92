//! `analyze`: every span of every result is a range of the original text,
//! and the edits inside it turn the original's slice into the text the
//! result reports.

use std::ops::Range;

use italiano::dates::Date;
use italiano::normalize::Edit;
use italiano::{analyze, Analysis, AnalyzeOptions};
use proptest::prelude::*;

fn options() -> AnalyzeOptions {
    AnalyzeOptions::new(Date::new(2024, 6, 18).unwrap())
}

/// The original's slice at `range` with the edits that lie inside it
/// applied; panics if an edit straddles the range's edge.
fn rewritten(original: &str, edits: &[Edit<'_>], range: Range<usize>) -> String {
    let mut out = String::new();
    let mut last = range.start;
    for edit in edits {
        let e = edit.range();
        let inside = e.start >= range.start && e.end <= range.end;
        let outside = e.end <= range.start || e.start >= range.end;
        // An empty edit (removed padding) at an edge is outside.
        assert!(
            inside || outside || e.is_empty(),
            "edit {e:?} straddles {range:?} in {original:?}"
        );
        if inside && !(e.is_empty() && (e.start == range.start || e.end == range.end)) {
            out.push_str(&original[last..e.start]);
            out.push_str(edit.replacement());
            last = e.end;
        }
    }
    out.push_str(&original[last..range.end]);
    out
}

/// Checks every span of `found` against `original`; returns the spans
/// as `(original slice, reported text)` for the caller's own checks.
fn check_spans(original: &str, found: &Analysis<'_>) -> Vec<(String, String)> {
    let edits: Vec<Edit<'_>> = found.normalized().edits().collect();
    let mut spans = Vec::new();
    let mut check = |range: Range<usize>, reported: &str| {
        assert!(
            original.get(range.clone()).is_some(),
            "{range:?} is not a range of {original:?}"
        );
        let rewritten = rewritten(original, &edits, range.clone());
        if rewritten != reported {
            // NFC records a run of composed characters as one edit (`e´«e´`
            // → `é“é`): a range ending inside it covers the run.
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
        spans.push((original[range].to_owned(), reported.to_owned()));
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
    spans
}

/// A result: its original spelling, the text it reports, its value.
type Found = (&'static str, &'static str, &'static str);

/// `(original, [(original spelling, reported text, value)])`: the
/// extraction results of the original, in the order numbers, dates,
/// durations.
const DOCUMENTS: &[(&str, &[Found])] = &[
    (
        "« Sara' pronto lunedi' 3 giugno, costera' ventitrÃ© euro »",
        &[
            ("ventitrÃ© euro", "ventitré euro", "23"),
            ("lunedi' 3 giugno", "lunedì 3 giugno", "2024-06-03"),
        ],
    ),
    (
        "Mercoledi' sara' il giorno: la riunione e' spostata alle 17:30.",
        &[
            ("Mercoledi'", "Mercoledì", "2024-06-19"),
            ("17:30", "17:30", "2024-06-19T17:30"),
        ],
    ),
    (
        "Il corso, che dura tre mesi, costa 1.234,56 euro ed Ã¨ gratuito il 12/03/2025.",
        &[
            ("1.234,56 euro", "1.234,56 euro", "1234.56"),
            ("12/03/2025", "12/03/2025", "2025-03-12"),
            ("tre mesi", "tre mesi", "P3M"),
        ],
    ),
    (
        "L'assessore ha detto: \"  E' finita il 2 aprile  \", poi e' uscito per due ore.",
        &[
            ("2 aprile", "2 aprile", "2024-04-02"),
            ("due ore", "due ore", "PT2H"),
        ],
    ),
    (
        "Perchè  la gara di venerdi' 21 giugno vale il 30%?",
        &[
            ("30%", "30%", "30"),
            ("venerdi' 21 giugno", "venerdì 21 giugno", "2024-06-21"),
        ],
    ),
    (
        "«Dal 3 al 5 marzo il museo resterÃ  chiuso», dice l’avviso; “l'ingresso costerà 12 €”.",
        &[
            ("12 €", "12 €", "12"),
            (
                "Dal 3 al 5 marzo",
                "Dal 3 al 5 marzo",
                "2025-03-03/2025-03-05",
            ),
        ],
    ),
];

#[test]
fn documents_map_back_to_the_original() {
    for &(original, expected) in DOCUMENTS {
        let found = analyze(original, &options());
        check_spans(original, &found);
        let mut results: Vec<(&str, &str, String)> = Vec::new();
        for m in found.numbers() {
            results.push((&original[m.range()], m.text(), m.value().to_string()));
        }
        for m in found.dates() {
            results.push((&original[m.range()], m.text(), m.value().to_string()));
        }
        for m in found.durations() {
            results.push((&original[m.range()], m.text(), m.value().to_string()));
        }
        let expected: Vec<(&str, &str, String)> = expected
            .iter()
            .map(|&(spelling, text, value)| (spelling, text, value.to_owned()))
            .collect();
        assert_eq!(results, expected, "{original:?} → {:?}", found.text());
    }
}

#[test]
fn repairs_change_what_is_read() {
    // `sara'` is a future: the bare weekday after it is the next one.
    let found = analyze("Sara' pronto lunedi'.", &options());
    assert_eq!(found.dates()[0].value().to_string(), "2024-06-24");
    // Read as typed, the mojibake hides the weekday.
    let original = "Il 3 maggio Ã¨ festa; lunedÃ¬ 5 maggio no.";
    let as_typed = italiano::extract(original, &options().extract_options());
    let dates: Vec<&str> = as_typed.dates().iter().map(|m| m.text()).collect();
    assert_eq!(dates, ["3 maggio", "5 maggio"]);
    let found = analyze(original, &options());
    let dates: Vec<&str> = found.dates().iter().map(|m| &original[m.range()]).collect();
    assert_eq!(dates, ["3 maggio", "lunedÃ¬ 5 maggio"]);
}

#[test]
fn removed_padding_stays_outside() {
    let original = "«  12 maggio  » e «  tre giorni  »";
    let found = analyze(original, &options());
    assert_eq!(found.text(), "“12 maggio” e “tre giorni”");
    assert_eq!(&original[found.dates()[0].range()], "12 maggio");
    assert_eq!(&original[found.durations()[0].range()], "tre giorni");
    let quotes: Vec<&str> = found
        .tokens()
        .filter(|(_, t)| t.kind() == italiano::tokenize::TokenKind::Quote)
        .map(|(range, _)| &original[range])
        .collect();
    assert_eq!(quotes, ["«", "»", "«", "»"]);
}

#[test]
fn owned_results_outlive_the_text() {
    let owned = {
        let text = String::from("Dal 3 al 5 marzo, per tre giorni, 1.234,56 euro.");
        analyze(&text, &options()).into_owned()
    };
    assert_eq!(owned.dates()[0].text(), "Dal 3 al 5 marzo");
    assert_eq!(owned.durations()[0].range(), 22..32);
    assert_eq!(owned.numbers()[0].value().to_string(), "1234.56");
}

#[test]
fn unchanged_text_is_borrowed() {
    let original = "Nulla da correggere il 3 maggio.";
    let found = analyze(original, &options());
    assert_eq!(found.normalized().edits().len(), 0);
    let date = &found.dates()[0];
    assert_eq!(date.text().as_ptr(), original[date.range()].as_ptr());
}

/// Pieces of Italian text that normalization rewrites, moves or removes.
fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "'",
        "’",
        "\"",
        "«",
        "»",
        "“",
        "”",
        " ",
        "  ",
        "\n\n",
        "perche'",
        "E'",
        "lunedi'",
        "sara'",
        "Ã¨",
        "Ã¬",
        "â€™",
        "3",
        " marzo",
        "12,5",
        " euro",
        " tre giorni",
        "l'",
        "acqua",
        "e\u{301}",
        ".",
        ",",
        "dal",
        " al ",
        "2024",
    ])
}

proptest! {
    #[test]
    fn every_span_maps_back(pieces in prop::collection::vec(piece(), 0..40)) {
        let original: String = pieces.concat();
        let found = analyze(&original, &options());
        check_spans(&original, &found);
    }
}
