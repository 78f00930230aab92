//! Italian word tables, kept apart from the code that uses them.
//!
//! Every table is a static sorted slice or a `match`, written from Italian
//! grammar and typography (not derived from any annotated corpus). Words are
//! stored lowercase; lookups lowercase ASCII on the fly and compare accented
//! letters as written.

mod abbreviations;
mod accents;
mod contractions;

pub(crate) use abbreviations::{abbreviation_ends_sentence, is_abbreviation, is_title_ending};
pub(crate) use accents::{accent_for_apostrophe, is_strong_apostrophe, is_truncation};
pub(crate) use contractions::{articulated, clitic_split};

/// Looks `word` up in a sorted table of lowercase ASCII words, ignoring ASCII
/// case in `word`.
pub(crate) fn contains_ignore_ascii_case(table: &[&str], word: &str) -> bool {
    // Tables are short words; comparing lengths first skips most entries
    // without touching their bytes.
    word.len() <= 24
        && table
            .iter()
            .any(|entry| entry.len() == word.len() && entry.eq_ignore_ascii_case(word))
}

/// `word` ends with the ASCII `suffix`, ignoring ASCII case.
pub(crate) fn ends_with_ignore_ascii_case(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && word.is_char_boundary(word.len() - suffix.len())
        && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted() {
        for table in accents::TABLES.iter().chain(abbreviations::TABLES).chain(contractions::TABLES) {
            assert!(
                table.windows(2).all(|w| w[0] < w[1]),
                "unsorted: {:?}",
                table
            );
        }
    }

    #[test]
    fn lookup_ignores_ascii_case() {
        assert!(contains_ignore_ascii_case(&["po", "va"], "PO"));
        assert!(!contains_ignore_ascii_case(&["po", "va"], "poi"));
    }
}
