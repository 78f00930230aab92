//! `analyze`: every span of every result is a range of the original text,
//! and the edits inside it turn the original's slice into the text the
//! result reports.

use italiano::dates::Date;
use italiano::{analyze, AnalyzeOptions};
use proptest::prelude::*;

mod fuzz_checks;

use fuzz_checks::check_analysis;

fn options() -> AnalyzeOptions {
    AnalyzeOptions::new(Date::new(2024, 6, 18).unwrap())
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
        check_analysis(original, &found);
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
        check_analysis(&original, &found);
    }
}
