//! Hyphenated loans written as one word even where compounds are split.
//!
//! The UD ISDT treebank splits most hyphenated compounds into their parts
//! and the hyphen (`Centro` `-` `destra`), but keeps lexicalized loans whole.

/// Lexicalized hyphenated words, lowercase, as `first-second`, sorted.
const WHOLE: &[&str] = &[
    "by-pass",
    "hi-fi",
    "king-size",
    "know-how",
    "mass-media",
    "off-line",
    "on-line",
    "passa-parola",
    "self-service",
    "wi-fi",
];

/// Prefixes that make one word with what follows their hyphen, as the
/// treebanks write them: `ex-presidente`, `super-consulente`.
const WHOLE_PREFIXES: &[&str] = &["ex", "super"];

#[cfg(test)]
pub(super) const TABLES: &[&[&str]] = &[WHOLE, WHOLE_PREFIXES];

/// `first-second` is a lexicalized hyphenated word (`self-service`) or
/// starts with a prefix that stays joined (`ex-sindaco`).
pub(crate) fn is_whole_hyphenated(first: &str, second: &str) -> bool {
    if super::contains_ignore_ascii_case(WHOLE_PREFIXES, first) {
        return true;
    }
    let len = first.len() + 1 + second.len();
    if len > 24 || !first.is_ascii() || !second.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 24];
    buf[..first.len()].copy_from_slice(first.as_bytes());
    buf[first.len()] = b'-';
    buf[first.len() + 1..len].copy_from_slice(second.as_bytes());
    buf[..len].make_ascii_lowercase();
    let Ok(word) = std::str::from_utf8(&buf[..len]) else {
        return false;
    };
    WHOLE.binary_search(&word).is_ok()
}
