//! Property tests for quote normalization: no panic, idempotent in every
//! style, edits consistent with the output, borrowed when unchanged, and
//! typographic ↔ guillemets without loss.

use std::borrow::Cow;

use italiano::normalize::{apply_edits, Normalizer, QuoteStyle, Repairs};
use proptest::prelude::*;

const STYLES: [QuoteStyle; 4] = [
    QuoteStyle::Typographic,
    QuoteStyle::Guillemets,
    QuoteStyle::Ascii,
    QuoteStyle::Keep,
];

/// Words of Italian-looking text, including the ones whose final
/// apostrophe is a truncation or an accent (`po`, `perche`, `e`).
const WORDS: &[&str] = &[
    "l",
    "acqua",
    "po",
    "e",
    "E",
    "perche",
    "citta",
    "ciao",
    "vero",
    "ne",
    "la",
    "anni",
    "90",
    "27",
    "6",
    "ndrangheta",
    "O",
    "sole",
    "Sant",
    "Agata",
    "rock",
    "n",
    "roll",
    "disse",
    "te",
    "caffe",
    "Ã¨",
    "â€™",
    "e\u{301}",
    "è",
    "perchè",
    "pò",
    "x=",
    "45",
    "10",
    "un",
    "dell",
    "lodo",
];

/// Marks that stand before a word (openers, elisions) and after one
/// (closers, truncations), in every variant.
const MARKS: &[&str] = &[
    "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‟", "‚", "‛", "‹", "›", "′", "″", "`", "``",
    "''", "´", "ʼ", "« ", " »", "\u{a0}»", "«\u{a0}",
];

/// Punctuation and breaks between words.
const GAPS: &[&str] = &[
    " ", " ", " ", ", ", ". ", ": ", "; ", "! ", "? ", "… ", " (", ") ", " - ", "\n", "\n\n", "",
];

/// Prose-shaped text dense in quote marks: words with marks before, inside
/// and after them, separated by spaces, punctuation and line breaks.
fn italian_like() -> impl Strategy<Value = String> {
    let word = (
        prop::option::weighted(0.3, prop::sample::select(MARKS)),
        prop::sample::select(WORDS),
        prop::option::weighted(
            0.2,
            (prop::sample::select(MARKS), prop::sample::select(WORDS)),
        ),
        prop::option::weighted(0.3, prop::sample::select(MARKS)),
        prop::sample::select(GAPS),
    )
        .prop_map(|(before, word, inside, after, gap)| {
            let mut piece = String::new();
            piece.push_str(before.unwrap_or(""));
            piece.push_str(word);
            if let Some((mark, rest)) = inside {
                piece.push_str(mark);
                piece.push_str(rest);
            }
            piece.push_str(after.unwrap_or(""));
            piece.push_str(gap);
            piece
        });
    prop::collection::vec(word, 0..30).prop_map(|pieces| pieces.concat())
}

/// Any sequence of marks, letters and punctuation, however unlike prose:
/// never a panic, edits always consistent.
fn mark_soup() -> impl Strategy<Value = String> {
    let pieces: Vec<&str> = WORDS.iter().chain(MARKS).chain(GAPS).copied().collect();
    prop::collection::vec(prop::sample::select(pieces), 0..40).prop_map(|pieces| pieces.concat())
}

fn normalizers() -> Vec<Normalizer> {
    let mut all = Vec::new();
    for style in STYLES {
        for repairs in [Repairs::NONE, Repairs::ALL, Repairs::NONE.accents(true)] {
            all.push(Normalizer::new().style(style).repairs(repairs));
        }
    }
    all
}

/// Edits sorted, on char boundaries, not no-ops, and reproducing the
/// output; the output borrowed exactly when nothing changed.
fn check_edits(normalizer: &Normalizer, text: &str) -> Result<(), TestCaseError> {
    let once = normalizer.normalize(text);
    let with_edits = normalizer.normalize_with_edits(text);
    prop_assert_eq!(with_edits.text(), &*once);
    let mut last = 0;
    for edit in with_edits.edits() {
        let range = edit.range();
        prop_assert!(range.start >= last && range.start <= range.end && range.end <= text.len());
        prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        prop_assert_ne!(&text[range.clone()], edit.replacement());
        last = range.end;
    }
    prop_assert_eq!(apply_edits(text, with_edits.edits()), &*once);
    prop_assert_eq!(
        matches!(once, Cow::Borrowed(_)),
        with_edits.edits().len() == 0,
        "borrowed exactly when there are no edits: {:?}",
        text
    );
    if *once == *text {
        prop_assert!(
            matches!(once, Cow::Borrowed(_)),
            "unchanged text not borrowed: {:?}",
            text
        );
    }
    Ok(())
}

fn check(text: &str) -> Result<(), TestCaseError> {
    for normalizer in normalizers() {
        check_edits(&normalizer, text)?;
        let once = normalizer.normalize(text);
        let twice = normalizer.normalize(&once);
        prop_assert_eq!(
            &*twice,
            &*once,
            "not idempotent with {:?} on {:?}",
            normalizer,
            text
        );
    }
    let typographic = Normalizer::new().normalize(text).into_owned();
    let guillemets = Normalizer::new()
        .style(QuoteStyle::Guillemets)
        .normalize(&typographic)
        .into_owned();
    let back = Normalizer::new().normalize(&guillemets);
    prop_assert_eq!(
        &*back,
        &*typographic,
        "typographic → guillemets → typographic on {:?}",
        text
    );
    Ok(())
}

/// Bases and combining marks in long runs: marks of many classes, marks
/// that decompose, bases that compose with several marks (`o` with horn,
/// dot below and acute), bases that decompose, Hangul jamo that compose
/// with each other, and Hebrew points.
fn long_marks() -> impl Strategy<Value = String> {
    const PIECES: &[char] = &[
        'a', 'e', 'o', 'u', 'A', ' ', 'x', 'é', 'ơ', '\u{1100}', '\u{1161}', '\u{11A8}',
        '\u{AC00}', '\u{5D0}', '\u{301}', '\u{300}', '\u{308}', '\u{327}', '\u{323}', '\u{31B}',
        '\u{302}', '\u{304}', '\u{30A}', '\u{344}', '\u{340}', '\u{F71}', '\u{F72}', '\u{F73}',
        '\u{5B8}', '\u{5BC}', '\u{5C1}', '\u{345}', '\u{35C}',
    ];
    prop::collection::vec((0..PIECES.len(), 1..80usize), 1..12).prop_map(|runs| {
        runs.into_iter()
            .flat_map(|(piece, count)| std::iter::repeat_n(PIECES[piece], count))
            .collect()
    })
}

proptest! {
    // 4,000 cases by default (CI runs the debug build); PROPTEST_CASES
    // raises it for a longer search.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(4000),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn quote_rich_italian(text in italian_like()) {
        check(&text)?;
    }

    #[test]
    fn nfc_repair_is_unicode_nfc(text in long_marks()) {
        let nfc = Normalizer::new().style(QuoteStyle::Keep).repairs(Repairs::NONE.nfc(true));
        let expected: String = unicode_normalization::UnicodeNormalization::nfc(text.as_str()).collect();
        prop_assert_eq!(nfc.normalize(&text), expected);
    }

    #[test]
    fn mark_soup_never_breaks_edits(text in mark_soup()) {
        for normalizer in normalizers() {
            check_edits(&normalizer, &text)?;
        }
    }
}

#[test]
fn hostile_inputs_finish() {
    let inputs = [
        "\"".repeat(100_000),
        "'".repeat(100_000),
        "«".repeat(100_000),
        "a'".repeat(50_000),
        "` ".repeat(50_000),
        "=\"".repeat(50_000),
        "x".repeat(1_000_000),
        "\u{301}".repeat(100_000),
        "Ã".repeat(100_000),
        "ÃƒÂ".repeat(50_000),
    ];
    for input in &inputs {
        for normalizer in normalizers() {
            let out = normalizer.normalize_with_edits(input);
            assert_eq!(apply_edits(input, out.edits()), out.text());
        }
    }
}
