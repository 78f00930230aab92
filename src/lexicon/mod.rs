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
    /// Open addressing, at most a quarter full; 0 marks an empty slot (no
    /// packed word is 0).
    slots: Vec<u64>,
    long: Vec<&'static str>,
}

impl WordSet {
    pub(crate) fn new(words: &[&'static str]) -> Self {
        let size = (words.len() * 4).next_power_of_two().max(8);
        let mut slots = vec![0u64; size];
        for key in words.iter().filter_map(|w| pack(w.as_bytes())) {
            let mut i = slot(key, size);
            while slots[i] != 0 && slots[i] != key {
                i = (i + 1) & (size - 1);
            }
            slots[i] = key;
        }
        let long = words
            .iter()
            .copied()
            .filter(|w| pack(w.as_bytes()).is_none())
            .collect();
        WordSet { slots, long }
    }

    pub(crate) fn contains_ignore_ascii_case(&self, word: &str) -> bool {
        match pack(word.as_bytes()) {
            Some(key) => {
                let mask = self.slots.len() - 1;
                let mut i = slot(key, self.slots.len());
                loop {
                    match self.slots[i] {
                        k if k == key => return true,
                        0 => return false,
                        _ => i = (i + 1) & mask,
                    }
                }
            }
            None => contains_ignore_ascii_case(&self.long, word),
        }
    }
}

/// A slot for a packed word in a table of `size` (a power of two), by
/// multiplicative hashing.
fn slot(key: u64, size: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & (size - 1)
}

/// Which words may begin a match, by their first three letters, in one
/// bitmap lookup: the extractors' test on every token.
///
/// A word is keyed by its first three bytes, each an ASCII letter (case
/// ignored) or "end" for the end of the word or any other byte. A short
/// word is entered whole (`un` is `u`,`n`,end); a long one by its first
/// three letters (`venti…` is `v`,`e`,`n`). One lookup answers for words of
/// any length, with no branch on the length and no search.
pub(crate) struct StartSet {
    bits: [u64; START_WORDS],
}

const SYMBOLS: usize = 27;
const END: usize = 26;
const START_WORDS: usize = SYMBOLS * SYMBOLS * SYMBOLS / 64 + 1;

impl StartSet {
    /// The set of the words of `tables` (lowercase ASCII letters in their
    /// first three bytes; a word with another byte there ends at it). A
    /// `const fn`, so that the sets are built at compile time.
    pub(crate) const fn new(tables: &[&[&str]]) -> StartSet {
        let mut bits = [0u64; START_WORDS];
        let mut t = 0;
        while t < tables.len() {
            let mut w = 0;
            while w < tables[t].len() {
                let key = start_key(tables[t][w].as_bytes());
                bits[key / 64] |= 1 << (key % 64);
                w += 1;
            }
            t += 1;
        }
        StartSet { bits }
    }

    /// Whether `word` starts as one of the set's words does.
    #[inline]
    pub(crate) fn contains(&self, word: &[u8]) -> bool {
        let key = start_key(word);
        self.bits[key / 64] >> (key % 64) & 1 == 1
    }
}

#[inline]
const fn start_key(word: &[u8]) -> usize {
    let a = symbol(word, 0);
    // A word ends at its first byte that is not a letter.
    let b = if a == END { END } else { symbol(word, 1) };
    let c = if b == END { END } else { symbol(word, 2) };
    (a * SYMBOLS + b) * SYMBOLS + c
}

/// The letter index of `word[i]`, or [`END`] past the end or for any
/// other byte. `| 0x20` lowers ASCII capitals and moves no other byte into
/// `a..=z`.
#[inline]
const fn symbol(word: &[u8], i: usize) -> usize {
    if i >= word.len() {
        return END;
    }
    let c = ((word[i] | 0x20).wrapping_sub(b'a')) as usize;
    if c < 26 {
        c
    } else {
        END
    }
}

/// Up to seven ASCII bytes, lowercased, and their length, in one `u64`.
fn pack(word: &[u8]) -> Option<u64> {
    if word.is_empty() || word.len() > 7 || !word.is_ascii() {
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
    fn start_sets() {
        let set = StartSet::new(&[&["venti", "mezzo"], &["un", "tr"]]);
        assert!(set.contains(b"ventitre"));
        assert!(set.contains(b"Mezza"));
        assert!(set.contains(b"un"));
        assert!(set.contains("tré".as_bytes()));
        assert!(!set.contains(b"ve"));
        assert!(!set.contains(b"una"));
        assert!(!set.contains(b"u"));
        assert!(!set.contains("mè".as_bytes()));
        assert!(!set.contains(b"tre"));
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
