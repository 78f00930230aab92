//! Property tests for tokenization: no panic; spans increasing,
//! non-overlapping, on char boundaries; tokens plus the whitespace between
//! them rebuild the input; sentences hold the same tokens; hostile inputs
//! finish.

use italiano::tokenize::{Token, Tokenizer};
use proptest::prelude::*;

/// Pieces dense in what the scanner decides on: apostrophes, quotes,
/// periods, digits, hyphens, URLs, tags, emoji, combining marks.
const PIECES: &[&str] = &[
    "l",
    "'",
    "’",
    "acqua",
    "po",
    "dell",
    "anni",
    "90",
    "11.000",
    "3,5",
    "%",
    "€",
    ".",
    "...",
    "…",
    "!",
    "?",
    ":",
    ";",
    ",",
    "-",
    "e-mail",
    "Sig",
    "S.p.A",
    "art",
    "http://example.org/x",
    "www.",
    "#",
    "@",
    "user",
    ":)",
    "<3",
    "😀",
    "👍🏽",
    "\u{200d}",
    "🇮",
    "\u{301}",
    " ",
    " ",
    "\n",
    "\n\n",
    "\t",
    "\u{a0}",
    "\"",
    "«",
    "»",
    "“",
    "”",
    "`",
    "´",
    "x",
    "D",
    "c",
    "(",
    ")",
    "/",
    "°",
    "è",
    "Ã",
    "della",
    "farlo",
    "'ndr",
    "King",
    "s",
];

fn prose() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|p| p.concat())
}

fn check(tokenizer: &Tokenizer, text: &str) -> Result<(), TestCaseError> {
    let tokens: Vec<Token<'_>> = tokenizer.tokens(text).collect();
    let mut last = 0;
    for token in &tokens {
        let range = token.range();
        prop_assert!(range.start >= last && range.start < range.end && range.end <= text.len());
        prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        prop_assert_eq!(&text[range.clone()], token.text());
        // Only whitespace between tokens: tokens and gaps rebuild the text.
        prop_assert!(
            text[last..range.start].chars().all(char::is_whitespace),
            "lost text before {:?}",
            token
        );
        prop_assert!(token.words().len() >= 1);
        last = range.end;
    }
    prop_assert!(text[last..].chars().all(char::is_whitespace));

    // Sentences cover the tokens, in order, and read them back the same.
    let from_sentences: Vec<Token<'_>> = tokenizer
        .sentences(text)
        .flat_map(|s| s.tokens().collect::<Vec<_>>())
        .collect();
    prop_assert_eq!(from_sentences, tokens);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&Tokenizer::new(), &text)?;
        check(&Tokenizer::new().split_hyphens(true), &text)?;
    }

    #[test]
    fn prose_shaped_strings(text in prose()) {
        check(&Tokenizer::new(), &text)?;
        check(&Tokenizer::new().split_hyphens(true), &text)?;
    }
}

#[test]
fn hostile_inputs_finish() {
    let inputs = [
        "x".repeat(1 << 20),
        "'".repeat(100_000),
        "l'".repeat(100_000),
        "\u{301}".repeat(100_000),
        ".".repeat(100_000),
        "1.".repeat(100_000),
        "a-".repeat(100_000),
        "@".repeat(100_000),
        "😀\u{200d}".repeat(50_000),
        "http://".repeat(50_000),
        "S.".repeat(100_000),
    ];
    for input in &inputs {
        let count = italiano::tokens(input).count();
        assert!(count >= 1);
        let covered: usize = italiano::sentences(input).map(|s| s.text().len()).sum();
        assert!(covered <= input.len());
    }
}
