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

/// A map from words to values, for lookups that ignore ASCII case.
///
/// Words of up to fifteen bytes, all of Italian's but a few, are packed
/// with their length into one `u128` and found by hashing, with no
/// comparison of strings; longer words are compared as strings.
pub(crate) struct WordMap<T: Copy> {
    /// Open addressing, at most a quarter full; key 0 marks an empty slot
    /// (no packed word is 0).
    slots: Vec<(u128, Option<T>)>,
    long: Vec<(&'static str, T)>,
}

impl<T: Copy> WordMap<T> {
    pub(crate) fn new(entries: &[(&'static str, T)]) -> Self {
        let size = (entries.len() * 4).next_power_of_two().max(8);
        let mut slots = vec![(0u128, None); size];
        let mut long = Vec::new();
        for &(word, value) in entries {
            let Some(key) = pack(word.as_bytes()) else {
                long.push((word, value));
                continue;
            };
            let mut i = slot(key, size);
            while slots[i].0 != 0 && slots[i].0 != key {
                i = (i + 1) & (size - 1);
            }
            if slots[i].0 == 0 {
                slots[i] = (key, Some(value));
            }
        }
        WordMap { slots, long }
    }

    /// The value of `word`, ignoring ASCII case.
    pub(crate) fn get(&self, word: &str) -> Option<T> {
        let Some(key) = pack(word.as_bytes()) else {
            return self
                .long
                .iter()
                .find(|(w, _)| {
                    w.len() == word.len() && w.as_bytes().eq_ignore_ascii_case(word.as_bytes())
                })
                .map(|&(_, v)| v);
        };
        let mask = self.slots.len() - 1;
        let mut i = slot(key, self.slots.len());
        loop {
            match self.slots[i] {
                (k, value) if k == key => return value,
                (0, _) => return None,
                _ => i = (i + 1) & mask,
            }
        }
    }
}

/// A set of words for lookups that ignore ASCII case: a [`WordMap`] to
/// nothing.
pub(crate) struct WordSet(WordMap<()>);

impl WordSet {
    pub(crate) fn new(words: &[&'static str]) -> Self {
        let entries: Vec<(&'static str, ())> = words.iter().map(|&w| (w, ())).collect();
        WordSet(WordMap::new(&entries))
    }

    pub(crate) fn contains_ignore_ascii_case(&self, word: &str) -> bool {
        self.0.get(word).is_some()
    }
}

/// A slot for a packed word in a table of `size` (a power of two), by
/// multiplicative hashing of the key's two halves.
fn slot(key: u128, size: usize) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & (size - 1)
}

/// Which words may begin a match, by their first three letters, in one
/// bitmap lookup: the extractors' test on every token.
///
/// A word is keyed by its first three bytes, each an ASCII letter (case
/// ignored) or "end" for the end of the word or any other byte, and by
/// whether it goes on after three letters. So `non` and `nono` have
/// different keys, while every word that begins with `ventitre` has one.
/// One lookup answers for words of any length, with no branch on the
/// length and no search.
pub(crate) struct StartSet {
    bits: [u64; START_WORDS],
}

const SYMBOLS: usize = 27;
const END: usize = 26;
const START_WORDS: usize = SYMBOLS * SYMBOLS * SYMBOLS * 2 / 64 + 1;

impl StartSet {
    /// The set of the `words` of some tables, and of every word that
    /// begins with one of the three-letter `prefixes` and goes on. A `const
    /// fn`, so that the sets are built at compile time.
    pub(crate) const fn new(words: &[&[&str]], prefixes: &[&[&str]]) -> StartSet {
        let mut bits = [0u64; START_WORDS];
        let mut t = 0;
        while t < words.len() + prefixes.len() {
            let (table, is_prefix) = if t < words.len() {
                (words[t], false)
            } else {
                (prefixes[t - words.len()], true)
            };
            let mut w = 0;
            while w < table.len() {
                let word = table[w].as_bytes();
                let key = if is_prefix {
                    start_key(word, usize::MAX)
                } else {
                    start_key(word, word.len())
                };
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
        let key = start_key(word, word.len());
        self.bits[key / 64] >> (key % 64) & 1 == 1
    }

    /// [`StartSet::contains`] for a word of `len` bytes whose first three
    /// bytes (or the bytes after it) are `peek`: the same answer, with
    /// selects instead of branches on the length.
    #[inline]
    pub(crate) fn contains_peek(&self, peek: [u8; 3], len: usize) -> bool {
        let symbol = |c: u8| usize::from(SYMBOL_OF[usize::from(c)]);
        // Arithmetic selects: which tokens are short is unpredictable.
        let select = |keep: bool, value: usize| {
            let keep = usize::from(keep);
            value * keep + END * (1 - keep)
        };
        let a = symbol(peek[0]);
        let b = select((len >= 2) & (a != END), symbol(peek[1]));
        let c = select((len >= 3) & (b != END), symbol(peek[2]));
        let more = usize::from((len > 3) & (c != END));
        let key = ((a * SYMBOLS + b) * SYMBOLS + c) * 2 + more;
        self.bits[key / 64] >> (key % 64) & 1 == 1
    }
}

/// The key of a word of `len` bytes that begins with `word`.
#[inline]
const fn start_key(word: &[u8], len: usize) -> usize {
    let a = symbol(word, 0);
    // A word ends at its first byte that is not a letter.
    let b = if a == END { END } else { symbol(word, 1) };
    let c = if b == END { END } else { symbol(word, 2) };
    let more = (len > 3 && c != END) as usize;
    ((a * SYMBOLS + b) * SYMBOLS + c) * 2 + more
}

/// The letter index of `word[i]`, or [`END`] past the end or for any
/// other byte.
#[inline]
const fn symbol(word: &[u8], i: usize) -> usize {
    if i >= word.len() {
        return END;
    }
    SYMBOL_OF[word[i] as usize] as usize
}

/// Each byte's letter index (ASCII case ignored), or [`END`]: a table, so
/// that the test on every token has no branch here.
const SYMBOL_OF: [u8; 256] = {
    let mut table = [END as u8; 256];
    let mut c = 0;
    while c < 26 {
        table[b'a' as usize + c] = c as u8;
        table[b'A' as usize + c] = c as u8;
        c += 1;
    }
    table
};

/// Up to fifteen bytes, ASCII lowercased, and their length, in one `u128`.
fn pack(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > 15 {
        return None;
    }
    let mut lanes = [0u8; 16];
    lanes[..word.len()].copy_from_slice(word);
    lanes[15] = word.len() as u8;
    let x = u128::from_le_bytes(lanes);
    // Lowercase all sixteen lanes at once: 0x20 added where a lane holds
    // `A`..=`Z` (the length lane, at most 15, never does). The tests stay
    // within their lanes, so no carry crosses.
    const ONES: u128 = u128::MAX / 0xFF;
    const LOW7: u128 = ONES * 0x7F;
    const HIGH: u128 = ONES * 0x80;
    let low = x & LOW7;
    let above_at = (low + ONES * (0x80 - b'A' as u128)) & HIGH;
    let above_z = (low + ONES * (0x80 - b'Z' as u128 - 1)) & HIGH;
    let capitals = above_at & !above_z & !x & HIGH;
    Some(x | capitals >> 2)
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
        let set = StartSet::new(&[&["un", "tr", "non"]], &[&["ven", "mez"]]);
        assert!(set.contains(b"ventitre"));
        assert!(set.contains(b"Mezza"));
        assert!(set.contains(b"un"));
        assert!(set.contains("tré".as_bytes()));
        assert!(!set.contains(b"ve"));
        assert!(!set.contains(b"una"));
        assert!(!set.contains(b"u"));
        assert!(!set.contains("mè".as_bytes()));
        assert!(!set.contains(b"tre"));
        assert!(set.contains(b"non") && !set.contains(b"nono"));
        assert!(set.contains(b"mezzo") && !set.contains(b"mez"));
        for (text, len) in [
            ("ventitre e", 8),
            ("un x", 2),
            ("una", 3),
            ("u", 1),
            ("tré", 4),
            ("ve", 2),
        ] {
            let b = text.as_bytes();
            let peek = [
                b[0],
                b.get(1).copied().unwrap_or(0),
                b.get(2).copied().unwrap_or(0),
            ];
            assert_eq!(
                set.contains_peek(peek, len),
                set.contains(&b[..len]),
                "{text}"
            );
        }
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
