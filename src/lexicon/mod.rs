//! Italian word tables, kept apart from the code that uses them.
//!
//! Every table is a static sorted slice or a `match`, written from Italian
//! grammar and typography (not derived from any annotated corpus). Words are
//! stored lowercase; lookups lowercase ASCII on the fly and compare accented
//! letters as written.

mod abbreviations;
mod accents;
mod contractions;
pub(crate) mod dates;
mod hyphenated;
pub(crate) mod numbers;

pub(crate) use abbreviations::{abbreviation_ends_sentence, is_abbreviation, is_title_ending};
pub(crate) use accents::{accent_for_apostrophe, is_strong_apostrophe, is_truncation};
pub(crate) use contractions::{articulated, clitic_split};
pub(crate) use hyphenated::is_whole_hyphenated;

/// Looks `word` up in a short table of lowercase ASCII words, ignoring
/// ASCII case in `word`. Entries of another length are skipped without
/// touching their bytes; long tables use a [`WordSet`].
pub(crate) fn contains_ignore_ascii_case(table: &[&str], word: &str) -> bool {
    table.iter().any(|entry| {
        entry.len() == word.len() && entry.as_bytes().eq_ignore_ascii_case(word.as_bytes())
    })
}

/// A set of lowercase ASCII words for fast lookups that ignore ASCII case.
///
/// Words of up to seven bytes, nearly all of them, are packed with their
/// length into one `u64` each, so a lookup is a binary search over
/// integers; longer words are compared as strings.
pub(crate) struct WordSet {
    packed: Vec<u64>,
    long: Vec<&'static str>,
}

impl WordSet {
    pub(crate) fn new(words: &[&'static str]) -> Self {
        let mut packed: Vec<u64> = words.iter().filter_map(|w| pack(w.as_bytes())).collect();
        packed.sort_unstable();
        let long = words.iter().copied().filter(|w| w.len() > 7).collect();
        WordSet { packed, long }
    }

    pub(crate) fn contains_ignore_ascii_case(&self, word: &str) -> bool {
        match pack(word.as_bytes()) {
            Some(key) => self.packed.binary_search(&key).is_ok(),
            None => contains_ignore_ascii_case(&self.long, word),
        }
    }
}

/// A set of two- or three-letter prefixes (`a`..`z`), one bit each: whether
/// a word may begin one of a table's words is a single load. The
/// extractors use it to pass over most tokens at once.
pub(crate) struct PrefixSet {
    bits: Vec<u64>,
    len: usize,
}

impl PrefixSet {
    /// The set of the first `len` letters (2 or 3) of `words` (lowercase
    /// ASCII; words shorter than that or with other bytes there are left
    /// out).
    pub(crate) fn new(words: &[&str], len: usize) -> PrefixSet {
        let mut bits = vec![0u64; 26usize.pow(len as u32) / 64 + 1];
        for word in words {
            if let Some(bit) = prefix_bit(word.as_bytes(), len) {
                bits[bit / 64] |= 1 << (bit % 64);
            }
        }
        PrefixSet { bits, len }
    }

    /// Whether `word` begins, ignoring ASCII case, with a prefix in the set.
    pub(crate) fn contains(&self, word: &[u8]) -> bool {
        prefix_bit(word, self.len).is_some_and(|bit| self.bits[bit / 64] >> (bit % 64) & 1 == 1)
    }
}

fn prefix_bit(word: &[u8], len: usize) -> Option<usize> {
    if word.len() < len {
        return None;
    }
    word[..len].iter().try_fold(0usize, |acc, &c| {
        let c = c.to_ascii_lowercase();
        c.is_ascii_lowercase().then(|| acc * 26 + usize::from(c - b'a'))
    })
}

/// Up to seven ASCII bytes, lowercased, and their length, in one `u64`.
fn pack(word: &[u8]) -> Option<u64> {
    if word.len() > 7 || !word.is_ascii() {
        return None;
    }
    let mut key = 0u64;
    for &b in word {
        key = key << 8 | u64::from(b.to_ascii_lowercase());
    }
    Some(key << (8 * (7 - word.len())) << 8 | word.len() as u64)
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
        for table in accents::TABLES
            .iter()
            .chain(abbreviations::TABLES)
            .chain(contractions::TABLES)
            .chain(hyphenated::TABLES)
            .chain(numbers::TABLES)
        {
            assert!(
                table.windows(2).all(|w| w[0] < w[1]),
                "unsorted: {:?}",
                table
            );
        }
    }

    #[test]
    fn prefix_sets() {
        let set = PrefixSet::new(&["venti", "mezzo", "un"], 3);
        assert!(set.contains(b"ventitre"));
        assert!(set.contains(b"Mezza"));
        assert!(!set.contains(b"ve"));
        assert!(!set.contains(b"una"));
        assert!(!set.contains("mè".as_bytes()));
        let pairs = PrefixSet::new(&["da", "un"], 2);
        assert!(pairs.contains(b"Dal") && pairs.contains(b"una") && !pairs.contains(b"di"));
    }

    #[test]
    fn word_sets() {
        let set = WordSet::new(&["art", "sig", "contraddittorio"]);
        assert!(set.contains_ignore_ascii_case("Sig"));
        assert!(set.contains_ignore_ascii_case("CONTRADDITTORIO"));
        assert!(!set.contains_ignore_ascii_case("si"));
        assert!(!set.contains_ignore_ascii_case("sigg"));
        assert!(!set.contains_ignore_ascii_case("perché"));
    }

    #[test]
    fn lookup_ignores_ascii_case() {
        assert!(contains_ignore_ascii_case(&["po", "va"], "PO"));
        assert!(!contains_ignore_ascii_case(&["po", "va"], "poi"));
    }
}
