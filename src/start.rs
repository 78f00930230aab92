//! Start filters: which tokens may begin a match, decided from a token's
//! first bytes before any rule is tried.
//!
//! Most tokens of a text begin nothing (`della`, `quando`, `,`), and the
//! readers pass over them with one test each. Every rule declares what
//! may begin it ([`Start`]); the filters are built from those declarations
//! at compile time, so a start word is written once, in its rule's table,
//! and no index can forget it. A filter is a superset: a token that passes
//! may still begin no match, but a token that begins one always passes
//! (each reader has a test over every start word of its rules).

use crate::lexicon::{contains_ignore_ascii_case, HeadSet, StartSet};
use crate::text::{is_currency_code, is_elided_number, is_roman_shape, is_vulgar_fraction};

/// What may begin a rule.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Start {
    /// One of these words, ASCII case ignored (`dal`, `marzo`); a final
    /// `.` or apostrophe is read as the word's (`dic.`, `lunedi'`).
    Words(&'static [&'static str]),
    /// A token that begins with a digit.
    Digits,
    /// A token that begins with a digit and has this byte in it: `17:30`
    /// (a time whatever stands around it), `2012/2013`.
    DigitsWith(u8),
    /// A number word (`tre`, `ventitré`, `primo`), as the number-word
    /// grammar builds them; not an indefinite article (`un`, `una`),
    /// which a rule names when it may begin with one.
    NumberWords,
    /// A number with its first digits elided: `'98`, `’98`.
    Elided,
    /// One of these tokens, whole (`€`, `−`).
    Symbols(&'static [&'static str]),
    /// A fraction in one sign: `½`, `⅙`.
    VulgarFraction,
    /// Three capitals, the shape of a currency code (`EUR`).
    CurrencyCode,
    /// A roman numeral in capitals (`XIV`).
    Roman,
    /// A token that may begin a date: a second token only, for the rules
    /// that go on with a date (`dal <date>`, `dopo <date>`), so that `da
    /// parte` or `dopo aver` try no rule.
    Date,
    /// The end of the text or a punctuation mark: a second token only
    /// (`ne è rimasto uno.`).
    Pause,
}

impl Start {
    /// Whether the token `text` is one of this start's, exactly: the test
    /// a reader makes before it tries a rule.
    #[inline]
    pub(crate) fn matches(&self, text: &str) -> bool {
        let first = text.as_bytes().first().copied().unwrap_or(0);
        match *self {
            Start::Words(words) => {
                first.is_ascii_alphabetic() && contains_ignore_ascii_case(words, text)
            }
            Start::Digits => first.is_ascii_digit(),
            Start::DigitsWith(byte) => first.is_ascii_digit() && text.as_bytes().contains(&byte),
            Start::NumberWords => {
                first.is_ascii_alphabetic()
                    && crate::lexicon::numbers::NUMBER_WORD_HEADS.allows(text.as_bytes())
                    && !crate::lexicon::numbers::is_indefinite_article(text)
            }
            Start::Elided => is_elided_number(text),
            Start::Symbols(symbols) => !first.is_ascii_alphanumeric() && symbols.contains(&text),
            Start::VulgarFraction => is_vulgar_fraction(text),
            Start::CurrencyCode => first.is_ascii_uppercase() && is_currency_code(text),
            Start::Roman => first.is_ascii_uppercase() && text.len() <= 15 && is_roman_shape(text),
            Start::Date => {
                let head = crate::lexicon::head(text.as_bytes(), 0, text.len());
                crate::dates::rules::FILTER.may_start(text, head)
            }
            Start::Pause => text.is_empty() || first.is_ascii_punctuation(),
        }
    }
}

/// The starts of the first `$n` rules of a table, as an array a `const
/// fn` can read.
macro_rules! starts_of {
    ($rules:expr, $n:expr) => {{
        let mut starts: [&[$crate::start::Start]; $n] = [&[]; $n];
        let mut i = 0;
        while i < $n {
            starts[i] = $rules[i].starts;
            i += 1;
        }
        starts
    }};
}
pub(crate) use starts_of;

/// The indices of the rules in a bit set, lowest first: the dispatch
/// visits only the rules a token may begin, not the whole table.
pub(crate) fn rule_indices(set: impl Into<u64>) -> impl Iterator<Item = usize> {
    let mut set: u64 = set.into();
    std::iter::from_fn(move || {
        let i = set.trailing_zeros();
        set &= set.wrapping_sub(1);
        (i < 64).then_some(i as usize)
    })
}

/// The first byte passes at once: a digit, or a one-byte symbol (`+`).
const ALWAYS: u8 = 1;
/// A capital: a code or a roman numeral, when the second byte is a
/// capital too or the token has one byte.
const CAPITAL: u8 = 2;
/// An apostrophe or a byte beyond ASCII: the exact test decides.
const OTHER: u8 = 4;

/// Which tokens may begin a match of a set of rules.
pub(crate) struct StartFilter {
    words: StartSet,
    heads: HeadSet,
    first_byte: [u8; 256],
    symbols: [&'static str; MAX_SYMBOLS],
    elided: bool,
    fractions: bool,
    codes: bool,
    roman: bool,
}

const MAX_SYMBOLS: usize = 8;

impl StartFilter {
    /// The filter that lets nothing through.
    pub(crate) const EMPTY: StartFilter = StartFilter {
        words: StartSet::EMPTY,
        heads: HeadSet::EMPTY,
        first_byte: [0; 256],
        symbols: [""; MAX_SYMBOLS],
        elided: false,
        fractions: false,
        codes: false,
        roman: false,
    };

    /// The filter with what `starts` may begin added.
    pub(crate) const fn with(mut self, starts: &[Start]) -> StartFilter {
        let mut i = 0;
        while i < starts.len() {
            self = match starts[i] {
                Start::Words(words) => {
                    self.words = self.words.with_words(words);
                    self.heads = self.heads.with_words(words);
                    self
                }
                Start::Digits | Start::DigitsWith(_) => self.with_bytes(b'0', b'9', ALWAYS),
                Start::NumberWords => {
                    self.words = self
                        .words
                        .union(&crate::lexicon::numbers::NUMBER_WORD_STARTS);
                    self.heads = self
                        .heads
                        .union(&crate::lexicon::numbers::NUMBER_WORD_HEADS);
                    self
                }
                Start::Elided => {
                    self.elided = true;
                    // `'` and the first byte of `’`.
                    self.with_bytes(b'\'', b'\'', OTHER)
                        .with_bytes(0xE2, 0xE2, OTHER)
                }
                Start::Symbols(symbols) => self.with_symbols(symbols),
                Start::VulgarFraction => {
                    self.fractions = true;
                    self.with_bytes(0xC2, 0xC2, OTHER)
                        .with_bytes(0xE2, 0xE2, OTHER)
                }
                Start::CurrencyCode => {
                    self.codes = true;
                    self.with_bytes(b'A', b'Z', CAPITAL)
                }
                Start::Date | Start::Pause => panic!("only a second token"),
                Start::Roman => {
                    self.roman = true;
                    let mut f = self;
                    let letters = b"IVXLCDM";
                    let mut k = 0;
                    while k < letters.len() {
                        f = f.with_bytes(letters[k], letters[k], CAPITAL);
                        k += 1;
                    }
                    f
                }
            };
            i += 1;
        }
        self
    }

    /// The filter of a table of rules, from the starts of each.
    pub(crate) const fn of(rules: &[&[Start]]) -> StartFilter {
        let mut filter = StartFilter::EMPTY;
        let mut i = 0;
        while i < rules.len() {
            filter = filter.with(rules[i]);
            i += 1;
        }
        filter
    }

    /// What either filter lets through.
    pub(crate) const fn union(mut self, other: &StartFilter) -> StartFilter {
        self.words = self.words.union(&other.words);
        self.heads = self.heads.union(&other.heads);
        let mut b = 0;
        while b < 256 {
            self.first_byte[b] |= other.first_byte[b];
            b += 1;
        }
        let mut s = 0;
        while s < MAX_SYMBOLS {
            if !other.symbols[s].is_empty() {
                self = self.with_symbols(&[other.symbols[s]]);
            }
            s += 1;
        }
        self.elided |= other.elided;
        self.fractions |= other.fractions;
        self.codes |= other.codes;
        self.roman |= other.roman;
        self
    }

    const fn with_bytes(mut self, from: u8, to: u8, class: u8) -> StartFilter {
        let mut b = from as usize;
        while b <= to as usize {
            self.first_byte[b] |= class;
            b += 1;
        }
        self
    }

    const fn with_symbols(mut self, symbols: &[&'static str]) -> StartFilter {
        let mut i = 0;
        while i < symbols.len() {
            let bytes = symbols[i].as_bytes();
            if bytes.len() == 1 {
                self = self.with_bytes(bytes[0], bytes[0], ALWAYS);
            } else {
                self = self.with_bytes(bytes[0], bytes[0], OTHER);
                let mut s = 0;
                while s < MAX_SYMBOLS && !self.symbols[s].is_empty() {
                    s += 1;
                }
                assert!(s < MAX_SYMBOLS, "room for the symbols of a filter");
                self.symbols[s] = symbols[i];
            }
            i += 1;
        }
        self
    }

    /// Whether the token `text`, whose [`head`](crate::lexicon::head) is
    /// `head`, may begin a match.
    ///
    /// Every test is computed, then one branch: most tokens fail them all,
    /// and which one passes is unpredictable.
    #[inline(always)]
    pub(crate) fn may_start(&self, text: &str, head: u32) -> bool {
        let [first, second, _, _] = head.to_le_bytes();
        let class = self.first_byte[usize::from(first)];
        // A capital begins a code (`EUR`) or a roman numeral (`XIV`, `V`)
        // only with another capital or alone.
        let capitals = u8::from(second.is_ascii_uppercase() | (second == 0)) * CAPITAL;
        let word = self.words.contains_head(head, text.len());
        if class & (ALWAYS | OTHER | capitals) == 0 && !word {
            return false;
        }
        if class & ALWAYS != 0 {
            return true;
        }
        if word && self.heads.allows(text.as_bytes()) {
            return true;
        }
        class & (OTHER | capitals) != 0 && self.exact(text)
    }

    /// The test on the tokens whose first byte does not settle it.
    #[cold]
    fn exact(&self, text: &str) -> bool {
        self.symbols.contains(&text)
            || self.elided && is_elided_number(text)
            || self.fractions && is_vulgar_fraction(text)
            || self.codes && is_currency_code(text)
            || self.roman && is_roman_shape(text)
    }
}

impl std::fmt::Debug for StartFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StartFilter").finish_non_exhaustive()
    }
}
