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
pub(crate) mod durations;
mod hyphenated;
pub(crate) mod numbers;
pub(crate) mod units;
mod web;

pub(crate) use abbreviations::{
    abbreviation_ends_sentence, is_abbreviation, is_file_extension, is_title_ending,
    opens_sentence, LONGEST_ABBREVIATION,
};
pub(crate) use accents::{accent_for_apostrophe, is_strong_apostrophe, is_truncation};
pub(crate) use contractions::{
    articulated, clitic_split, cue, has_pronoun_ending, is_name_particle, Cue,
};
pub(crate) use hyphenated::is_whole_hyphenated;
pub(crate) use numbers::is_glued_scale;
pub(crate) use web::is_link_domain;

/// The words of a table of word-value pairs, as an array: so that a
/// start filter built at compile time reads the same table as the reader
/// that looks the words up.
pub(crate) const fn keys<T: Copy, const N: usize>(
    table: &[(&'static str, T)],
) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = table[i].0;
        i += 1;
    }
    out
}

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
///
/// A lookup reads a byte of the hash per slot first, in an array of a few
/// kilobytes that stays in the L1 cache; most lookups (every token the
/// extractors test) miss, and a miss then reads no key. With the keys
/// probed first, the load of a key sixteen bytes wide, from a table too big
/// for L1, was the costliest instruction of `extract()`.
pub(crate) struct WordMap<T: Copy> {
    /// Open addressing, at most a quarter full; tag 0 marks an empty slot
    /// (a word's tag is never 0).
    tags: Vec<u8>,
    /// The packed word and its value, at the slot of its tag.
    slots: Vec<(u128, T)>,
    long: Vec<(&'static str, T)>,
}

impl<T: Copy> WordMap<T> {
    pub(crate) fn new(entries: &[(&'static str, T)]) -> Self {
        let size = (entries.len() * 4).next_power_of_two().max(8);
        let mut tags = vec![0u8; size];
        let mut slots = Vec::with_capacity(size);
        let mut long = Vec::new();
        for &(word, value) in entries {
            let Some(key) = pack(word.as_bytes()) else {
                long.push((word, value));
                continue;
            };
            // The vector is filled up to the slots used, in any order.
            if slots.is_empty() {
                slots.resize(size, (0, value));
            }
            let (mut i, tag) = slot(key, size);
            while tags[i] != 0 && slots[i].0 != key {
                i = (i + 1) & (size - 1);
            }
            if tags[i] == 0 {
                tags[i] = tag;
                slots[i] = (key, value);
            }
        }
        WordMap { tags, slots, long }
    }

    /// The value of `word`, ignoring ASCII case.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<T> {
        let Some(key) = pack(word.as_bytes()) else {
            return self.get_long(word);
        };
        let mask = self.tags.len() - 1;
        let (mut i, tag) = slot(key, self.tags.len());
        loop {
            match self.tags[i] {
                0 => return None,
                t if t == tag && self.slots[i].0 == key => return Some(self.slots[i].1),
                _ => i = (i + 1) & mask,
            }
        }
    }

    #[cold]
    fn get_long(&self, word: &str) -> Option<T> {
        self.long
            .iter()
            .find(|(w, _)| {
                w.len() == word.len() && w.as_bytes().eq_ignore_ascii_case(word.as_bytes())
            })
            .map(|&(_, v)| v)
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

/// A slot for a packed word in a table of `size` (a power of two), and its
/// tag, by multiplicative hashing of the key's two halves: the slot from
/// the top bits of the product, the tag from the byte below them.
#[inline]
fn slot(key: u128, size: usize) -> (usize, u8) {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    let hash = folded.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let tag = (hash >> 32) as u8;
    ((hash >> 40) as usize & (size - 1), tag.max(1))
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
                set_with_head_variants(&mut bits, key);
                w += 1;
            }
            t += 1;
        }
        StartSet { bits }
    }

    /// The empty set, to build on with [`StartSet::with_words`].
    pub(crate) const EMPTY: StartSet = StartSet {
        bits: [0; START_WORDS],
    };

    /// The set with `words` added, whole: a word of three letters or less
    /// by itself, a longer one by its first three letters.
    pub(crate) const fn with_words(self, words: &[&str]) -> StartSet {
        self.union(&StartSet::new(&[words], &[]))
    }

    /// The set with every word that begins with one of `prefixes` and goes
    /// on past its third letter.
    pub(crate) const fn with_prefixes(self, prefixes: &[&str]) -> StartSet {
        self.union(&StartSet::new(&[], &[prefixes]))
    }

    /// The words of both sets.
    pub(crate) const fn union(mut self, other: &StartSet) -> StartSet {
        let mut i = 0;
        while i < START_WORDS {
            self.bits[i] |= other.bits[i];
            i += 1;
        }
        self
    }

    /// Whether `word` starts as one of the set's words does.
    #[cfg(test)]
    pub(crate) fn contains(&self, word: &[u8]) -> bool {
        let key = start_key(word, word.len());
        self.bits[key / 64] >> (key % 64) & 1 == 1
    }

    /// [`StartSet::contains`] for a word of `len` bytes whose [`head`] is
    /// `head`: the same answer from three table reads and no branch.
    #[inline]
    pub(crate) fn contains_head(&self, head: u32, len: usize) -> bool {
        let [a, b, c, _] = head.to_le_bytes();
        let key = usize::from(SCALED_SYMBOL[0][usize::from(a)])
            + usize::from(SCALED_SYMBOL[1][usize::from(b)])
            + usize::from(SCALED_SYMBOL[2][usize::from(c)])
            + usize::from(len > 3);
        self.bits[key / 64] >> (key % 64) & 1 == 1
    }
}

/// A token's first four bytes, little-endian, zero past its end: what
/// [`StartSet::contains_head`] reads. `at` is where the token of `len`
/// bytes begins in `text`; the load is one read of four bytes wherever the
/// text goes on for four more, as it does everywhere but at its end.
#[inline]
pub(crate) fn head(text: &[u8], at: usize, len: usize) -> u32 {
    let raw = match text.get(at..at + 4) {
        Some(four) => u32::from_le_bytes([four[0], four[1], four[2], four[3]]),
        None => text
            .get(at..)
            .unwrap_or_default()
            .iter()
            .rev()
            .fold(0, |x, &b| x << 8 | u32::from(b)),
    };
    // Tokens are never empty; a zero length keeps the whole load.
    raw & u32::MAX >> (8 * (4 - len.clamp(1, 4)))
}

/// Sets `key`, and the keys that [`StartSet::contains_head`] computes for
/// the same words. It reads the bytes without ending the word at its first
/// non-letter and counts every byte past the third, so a word whose second
/// byte is not a letter (`l'a…`) may have any third symbol and any length,
/// and a word whose third is not a letter (`più`) may go on.
const fn set_with_head_variants(bits: &mut [u64; START_WORDS], key: usize) {
    const fn set(bits: &mut [u64; START_WORDS], key: usize) {
        bits[key / 64] |= 1 << (key % 64);
    }
    let more = key % 2;
    let c = key / 2 % SYMBOLS;
    let b = key / 2 / SYMBOLS % SYMBOLS;
    let a = key / 2 / SYMBOLS / SYMBOLS;
    assert!(a != END, "a start word begins with an ASCII letter");
    set(bits, key);
    if b == END {
        let mut c = 0;
        while c < SYMBOLS {
            set(bits, ((a * SYMBOLS + END) * SYMBOLS + c) * 2);
            set(bits, ((a * SYMBOLS + END) * SYMBOLS + c) * 2 + 1);
            c += 1;
        }
    } else if c == END && more == 0 {
        set(bits, ((a * SYMBOLS + b) * SYMBOLS + END) * 2 + 1);
    }
}

/// Four-letter word beginnings (`marz`, `vent`): the finer test after a
/// [`StartSet`] for words of four letters or more, in a table built at
/// compile time and probed without hashing strings.
pub(crate) struct HeadSet {
    /// Open addressing on the four letters as a little-endian `u32`, at most
    /// a quarter full; 0 marks an empty slot.
    slots: [u32; HEAD_SLOTS],
}

const HEAD_SLOTS: usize = 1024;

impl HeadSet {
    /// The set of the four-letter lowercase `heads` of some tables.
    #[cfg(test)]
    pub(crate) const fn new(tables: &[&[&str]]) -> HeadSet {
        let mut slots = [0u32; HEAD_SLOTS];
        let mut count = 0;
        let mut t = 0;
        while t < tables.len() {
            let mut w = 0;
            while w < tables[t].len() {
                let b = tables[t][w].as_bytes();
                assert!(b.len() == 4, "a head has four letters");
                let key = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
                let mut i = head_slot(key);
                while slots[i] != 0 && slots[i] != key {
                    i = (i + 1) % HEAD_SLOTS;
                }
                if slots[i] == 0 {
                    count += 1;
                }
                slots[i] = key;
                w += 1;
            }
            t += 1;
        }
        assert!(count * 4 <= HEAD_SLOTS, "a head set at most a quarter full");
        HeadSet { slots }
    }

    /// The empty set, to build on with [`HeadSet::with_words`].
    pub(crate) const EMPTY: HeadSet = HeadSet {
        slots: [0; HEAD_SLOTS],
    };

    /// The set with the heads of `words` added: the first four bytes,
    /// lowercased, of each word that begins with four ASCII letters. Other
    /// words need no head: [`HeadSet::allows`] lets through every token
    /// that does not begin with four letters.
    pub(crate) const fn with_words(mut self, words: &[&str]) -> HeadSet {
        let mut w = 0;
        while w < words.len() {
            let b = words[w].as_bytes();
            if b.len() >= 4
                && b[0].is_ascii_alphabetic()
                && b[1].is_ascii_alphabetic()
                && b[2].is_ascii_alphabetic()
                && b[3].is_ascii_alphabetic()
            {
                let key = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) | 0x2020_2020;
                self = self.with_key(key);
            }
            w += 1;
        }
        self
    }

    /// The set with the heads of the compounds that begin with one of the
    /// three-letter `firsts` and go on with one of `seconds` (`due` +
    /// `cento` gives `duec`): words the grammar builds, not in any table.
    pub(crate) const fn with_joined(mut self, firsts: &[&str], seconds: &[&str]) -> HeadSet {
        let mut f = 0;
        while f < firsts.len() {
            let a = firsts[f].as_bytes();
            let mut s = 0;
            while s < seconds.len() {
                let b = seconds[s].as_bytes();
                if a.len() == 3 && !b.is_empty() {
                    let key = u32::from_le_bytes([a[0], a[1], a[2], b[0]]) | 0x2020_2020;
                    self = self.with_key(key);
                }
                s += 1;
            }
            f += 1;
        }
        self
    }

    /// The heads of both sets.
    pub(crate) const fn union(mut self, other: &HeadSet) -> HeadSet {
        let mut i = 0;
        while i < HEAD_SLOTS {
            if other.slots[i] != 0 {
                self = self.with_key(other.slots[i]);
            }
            i += 1;
        }
        self
    }

    const fn with_key(mut self, key: u32) -> HeadSet {
        let mut i = head_slot(key);
        let mut count = 0;
        while self.slots[i] != 0 && self.slots[i] != key {
            i = (i + 1) % HEAD_SLOTS;
            count += 1;
            assert!(count < HEAD_SLOTS, "a head set has room");
        }
        self.slots[i] = key;
        self
    }

    /// Whether `word` may be one of the words the heads begin: a word whose
    /// first four bytes are ASCII letters (case ignored) must begin with a
    /// head; shorter words, and words with another byte in their first
    /// four, pass.
    #[inline]
    pub(crate) fn allows(&self, word: &[u8]) -> bool {
        let Some(four) = word.get(..4) else {
            return true;
        };
        // OR 0x20 lowercases a letter and makes no other byte a letter.
        let key = u32::from_le_bytes([four[0], four[1], four[2], four[3]]) | 0x2020_2020;
        if !key.to_le_bytes().iter().all(u8::is_ascii_lowercase) {
            return true;
        }
        let mut i = head_slot(key);
        loop {
            match self.slots[i] {
                0 => return false,
                k if k == key => return true,
                _ => i = (i + 1) % HEAD_SLOTS,
            }
        }
    }
}

const fn head_slot(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 22) as usize % HEAD_SLOTS
}

/// [`SYMBOL_OF`] scaled to each position of a key, so that a key is a sum.
const SCALED_SYMBOL: [[u16; 256]; 3] = {
    let mut table = [[0u16; 256]; 3];
    let mut x = 0;
    while x < 256 {
        let symbol = SYMBOL_OF[x] as u16;
        let symbols = SYMBOLS as u16;
        table[0][x] = symbol * symbols * symbols * 2;
        table[1][x] = symbol * symbols * 2;
        table[2][x] = symbol * 2;
        x += 1;
    }
    table
};

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
#[inline]
fn pack(word: &[u8]) -> Option<u128> {
    let n = word.len();
    if n == 0 || n > 15 {
        return None;
    }
    // Two overlapping loads instead of a copy into a buffer (a `memcpy`
    // call per lookup): the second load's bytes that the first already
    // holds are shifted out.
    let x = if n >= 8 {
        let lo = u64::from_le_bytes(word[..8].try_into().unwrap_or_default());
        let hi = u64::from_le_bytes(word[n - 8..].try_into().unwrap_or_default());
        let hi = hi.checked_shr(8 * (16 - n) as u32).unwrap_or(0);
        u128::from(lo) | u128::from(hi) << 64
    } else if n >= 4 {
        let lo = u32::from_le_bytes(word[..4].try_into().unwrap_or_default());
        let hi = u32::from_le_bytes(word[n - 4..].try_into().unwrap_or_default());
        let hi = hi.checked_shr(8 * (8 - n) as u32).unwrap_or(0);
        u128::from(lo) | u128::from(hi) << 32
    } else {
        word.iter()
            .enumerate()
            .fold(0u128, |x, (i, &b)| x | u128::from(b) << (8 * i))
    };
    let x = x | (n as u128) << 120;
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
            .chain(web::TABLES)
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
    fn packed_words_keep_every_byte() {
        // Every length a word may be packed at, against a plain copy.
        let text = "AbcdEfghIjklMnoPq\u{e8}";
        for n in 0..=text.len() {
            let word = &text.as_bytes()[..n];
            let expected = (1..=15).contains(&n).then(|| {
                let mut lanes = [0u8; 16];
                lanes[..n].copy_from_slice(&word.to_ascii_lowercase());
                lanes[15] = n as u8;
                u128::from_le_bytes(lanes)
            });
            assert_eq!(pack(word), expected, "length {n}");
        }
        assert_eq!(pack(b"MARZO"), pack(b"marzo"));
        assert_ne!(pack(b"marzo"), pack(b"marzo\0"));
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
        // The head test agrees with the plain one on every token of a
        // text, wherever the token sits in the text (its end included).
        let text = "ventitre e un x una u tré ve l'acqua s.p.a. più mezzo Non nono ''";
        for token in crate::tokens(text) {
            for text in [text, &text[..token.range().end]] {
                let at = token.range().start;
                let len = token.text().len();
                assert_eq!(
                    set.contains_head(head(text.as_bytes(), at, len), len),
                    set.contains(token.text().as_bytes()),
                    "{token:?}"
                );
            }
        }
        assert_eq!(head(b"ab", 0, 2), u32::from_le_bytes(*b"ab\0\0"));
        assert_eq!(head(b"abcdef", 1, 2), u32::from_le_bytes(*b"bc\0\0"));
    }

    #[test]
    fn head_sets() {
        let set = HeadSet::new(&[&["marz", "vent"], &["mill"]]);
        for word in [
            "marzo",
            "MARZO",
            "Ventitré",
            "millenovecento",
            "vent",
            "mar",
            "a",
            "l'al",
        ] {
            assert!(set.allows(word.as_bytes()), "{word}");
        }
        assert!(set.allows("più".as_bytes()) && set.allows("però".as_bytes()));
        for word in ["mario", "Quando", "vena", "milano", "marx"] {
            assert!(!set.allows(word.as_bytes()), "{word}");
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
    fn word_maps_find_every_word_whatever_the_tags_share() {
        // Enough words that many share a tag byte and probe past each
        // other; a long word beside them.
        let words: Vec<&'static str> = (0..2000)
            .map(|n| &*Box::leak(format!("parola{n}").into_boxed_str()))
            .chain(["precipitevolissimevolmente"])
            .collect();
        let entries: Vec<(&'static str, usize)> =
            words.iter().enumerate().map(|(i, &w)| (w, i)).collect();
        let map = WordMap::new(&entries);
        for (i, word) in words.iter().enumerate() {
            assert_eq!(map.get(&word.to_uppercase()), Some(i), "{word}");
        }
        for word in ["parola2000", "parola", "", "precipitevolissimevolment"] {
            assert_eq!(map.get(word), None, "{word}");
        }
        assert_eq!(WordMap::<u8>::new(&[]).get("art"), None);
    }

    #[test]
    fn lookup_ignores_ascii_case() {
        assert!(contains_ignore_ascii_case(&["po", "va"], "PO"));
        assert!(!contains_ignore_ascii_case(&["po", "va"], "poi"));
    }
}
