//! Italian word tables, kept apart from the code that uses them.
//!
//! Every table is a static sorted slice or a `match`, written from Italian
//! grammar and typography (not derived from any annotated corpus). Words are
//! stored lowercase; lookups lowercase ASCII on the fly and compare accented
//! letters as written.

mod accents;

pub(crate) use accents::{accent_for_apostrophe, is_strong_apostrophe};

/// Looks `word` up in a sorted table of lowercase ASCII words, ignoring ASCII
/// case in `word`.
pub(crate) fn contains_ignore_ascii_case(table: &[&str], word: &str) -> bool {
    if word.len() > 24 || !word.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 24];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    table
        .binary_search_by(|probe| probe.as_bytes().cmp(lower))
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted() {
        for table in accents::TABLES {
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
