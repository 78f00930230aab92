//! Which rules of every reader may read at a token: one lookup of the
//! token and one of the token after it, for the three readers at once.
//!
//! The start filters ([`start`](crate::start)) let through every token that
//! may begin a match, and most of those begin none: `un`, `da`, `questo`,
//! `prima` pass because `un anno fa`, `dal 3 marzo`, `questo weekend` and
//! `prima del 20` begin with them. Whether they do here depends on the next
//! token, and each reader used to find that out on its own, with the same
//! lookups of the same two words. This index answers for all rules of all
//! readers from the rules' own declarations (what may begin each, what may
//! come second), so that [`extract`](crate::extract()) enters a reader only
//! with the rules that may read there, and passes over most tokens with two
//! lookups.
//!
//! A rule set is a `u128` of bits: the date rules in the low 64, the
//! number rules from [`NUMBERS`], the duration forms from [`DURATIONS`].

use once_cell::sync::Lazy;

use crate::lexicon::WordMap;
use crate::start::Start;
use crate::text::{
    is_currency_code, is_elided_number, is_roman_shape, is_vulgar_fraction, starts_with_digit,
};
use crate::window::Window;

/// Rules of the three readers, as bits.
pub(crate) type RuleSet = u128;

/// Where the number rules' bits begin.
pub(crate) const NUMBERS: u32 = 64;
/// Where the duration forms' bits begin.
pub(crate) const DURATIONS: u32 = 96;

/// A rule as the index sees it.
pub(crate) struct Entry {
    /// What its first token may be.
    pub(crate) starts: &'static [Start],
    /// What its second token may be; empty: anything.
    pub(crate) next: &'static [Start],
    /// What the token before it may be; empty: anything.
    pub(crate) after: &'static [Start],
    /// Its start words may carry a final `.` or apostrophe (`dic.`).
    pub(crate) marked: bool,
    /// It reads only at an end of a range, never at the cursor.
    pub(crate) only_end: bool,
}

/// Every rule of every reader, with its bit.
fn entries() -> impl Iterator<Item = (u32, Entry)> {
    let dates = crate::dates::rules::RULES.iter().map(|r| Entry {
        starts: r.starts,
        next: r.next,
        after: r.after,
        marked: r.marked,
        only_end: r.only_end,
    });
    let numbers = crate::numbers::rules::RULES.iter().map(|r| Entry {
        starts: r.starts,
        next: r.next,
        after: &[],
        marked: false,
        only_end: false,
    });
    let durations = crate::durations::FORMS.iter().map(|&(starts, next)| Entry {
        starts,
        next,
        after: &[],
        marked: false,
        only_end: false,
    });
    let at = |base: u32| move |(i, e): (usize, Entry)| (base + i as u32, e);
    let dates = dates.enumerate().map(at(0));
    let numbers = numbers.enumerate().map(at(NUMBERS));
    dates
        .chain(numbers)
        .chain(durations.enumerate().map(at(DURATIONS)))
}

/// Rules by what a token may be, for one list of [`Start`]s of each rule
/// (its starts, or its second token): the words exactly, and the shapes.
struct TokenIndex {
    words: WordMap<RuleSet>,
    digits: RuleSet,
    /// The rules of the digits with a byte in them, by the byte.
    digits_with: Vec<(u8, RuleSet)>,
    elided: RuleSet,
    fractions: RuleSet,
    number_words: RuleSet,
    roman: RuleSet,
    currency_codes: RuleSet,
    dates: RuleSet,
    pauses: RuleSet,
}

impl TokenIndex {
    /// The index of one list of each rule; `bare` for the lists of the
    /// tokens around the first, whose words are kept without a final
    /// apostrophe (`dell'`, as a token `dell'` or `dell’`, is looked up
    /// bare).
    fn of(list: impl Fn(&Entry) -> &'static [Start], bare: bool) -> TokenIndex {
        let trim = |w: &'static str| {
            let trimmed = w.trim_end_matches(['\'', '’']);
            if bare && !trimmed.is_empty() {
                trimmed
            } else {
                w
            }
        };
        let mut index = TokenIndex {
            words: WordMap::new(&[]),
            digits: 0,
            digits_with: Vec::new(),
            elided: 0,
            fractions: 0,
            number_words: 0,
            roman: 0,
            currency_codes: 0,
            dates: 0,
            pauses: 0,
        };
        let mut words: Vec<(&'static str, RuleSet)> = Vec::new();
        for (i, entry) in entries() {
            assert!(i < 128, "the rules fit a u128");
            let bit: RuleSet = 1 << i;
            for start in list(&entry) {
                match *start {
                    Start::Words(list) | Start::Symbols(list) => {
                        words.extend(list.iter().map(|&w| (trim(w), bit)));
                    }
                    Start::Digits => index.digits |= bit,
                    Start::DigitsWith(byte) => {
                        match index.digits_with.iter_mut().find(|(b, _)| *b == byte) {
                            Some((_, bits)) => *bits |= bit,
                            None => index.digits_with.push((byte, bit)),
                        }
                    }
                    Start::Elided => index.elided |= bit,
                    Start::VulgarFraction => index.fractions |= bit,
                    Start::NumberWords => index.number_words |= bit,
                    Start::Roman => index.roman |= bit,
                    Start::CurrencyCode => index.currency_codes |= bit,
                    Start::Date => index.dates |= bit,
                    Start::Pause => index.pauses |= bit,
                }
            }
        }
        // A word of several rules maps to all of them.
        index.words = WordMap::new(&crate::dates::rules::merge_bits(words));
        index
    }

    /// The rules whose list has `word` itself, ASCII case ignored.
    fn word(&self, word: &str) -> RuleSet {
        self.words.get(word).unwrap_or(0)
    }

    /// The rules whose list has the shape of `word`: digits, an elided
    /// year, a number word, a roman numeral, a currency code. A date start
    /// and a pause are tested by [`followed_by`], only when needed.
    fn shapes(&self, word: &str) -> RuleSet {
        self.shapes_of(word, RuleSet::MAX)
    }

    /// [`shapes`](Self::shapes) for the rules of `wanted` only: a shape no
    /// rule in question has is not tested.
    fn shapes_of(&self, word: &str, wanted: RuleSet) -> RuleSet {
        let first = word.as_bytes().first().copied().unwrap_or(b' ');
        if first.is_ascii_digit() {
            let mut rules = self.digits;
            for &(byte, bits) in &self.digits_with {
                if wanted & bits != 0 && word.as_bytes().contains(&byte) {
                    rules |= bits;
                }
            }
            return rules;
        }
        if first == b'\'' || first == 0xE2 || first == 0xC2 {
            return if is_elided_number(word) {
                self.elided
            } else if is_vulgar_fraction(word) {
                self.fractions
            } else {
                0
            };
        }
        let mut rules = 0;
        if wanted & self.number_words != 0 && first.is_ascii_alphabetic() && is_number_word(word) {
            rules |= self.number_words;
        }
        if first.is_ascii_uppercase() {
            if wanted & self.roman != 0 && word.len() <= 15 && is_roman_shape(word) {
                rules |= self.roman;
            }
            if wanted & self.currency_codes != 0 && is_currency_code(word) {
                rules |= self.currency_codes;
            }
        }
        rules
    }
}

/// A number in words (`tre`, `ventitré`, `primo`), by the cheap test of its
/// first letters, since the rules read the number themselves. The test
/// lets every word of three bytes or fewer through; of those, only the few
/// number words are let on here (`da`, `il`, `che` are not).
pub(crate) fn is_number_word(word: &str) -> bool {
    if word.len() <= 3 {
        return crate::lexicon::numbers::is_short_number_word(word);
    }
    Start::NumberWords.matches(word)
}

/// The three indexes: by the first token, the second, the one before.
struct Index {
    starts: TokenIndex,
    /// The rules whose start words may carry a final mark.
    marked: RuleSet,
    next: TokenIndex,
    /// The rules that declare a second token.
    gated: RuleSet,
    after: TokenIndex,
    /// The rules that declare a token before them.
    after_gated: RuleSet,
    /// The rules that may read at the cursor: all but those read only at
    /// an end of a range.
    at_cursor: RuleSet,
}

static INDEX: Lazy<Index> = Lazy::new(|| Index {
    starts: TokenIndex::of(|e| e.starts, false),
    marked: bits_of(|e| e.marked),
    next: TokenIndex::of(|e| e.next, true),
    gated: bits_of(|e| !e.next.is_empty()),
    after: TokenIndex::of(|e| e.after, true),
    after_gated: bits_of(|e| !e.after.is_empty()),
    at_cursor: !bits_of(|e| e.only_end),
});

/// `word` without a final `.` or apostrophe (`dic.`, `dell’`), or `None`
/// when it has none: the test of the last byte first, since most words
/// end in a letter.
fn without_mark(word: &str) -> Option<&str> {
    if !matches!(word.as_bytes().last(), Some(b'.' | b'\'' | 0x99)) {
        return None;
    }
    let bare = word.trim_end_matches(['.', '\'', '’']);
    (bare.len() < word.len() && !bare.is_empty()).then_some(bare)
}

/// The rules for which `test` holds.
fn bits_of(test: impl Fn(&Entry) -> bool) -> RuleSet {
    entries()
        .filter(|(_, e)| test(e))
        .fold(0, |bits, (i, _)| bits | 1 << i)
}

/// The rules a token may begin.
fn starting_with(index: &Index, word: &str) -> RuleSet {
    // No start word is digits or an elided year: their shape says it all.
    if starts_with_digit(word) || is_elided_number(word) {
        return index.starts.shapes(word);
    }
    let mut rules = index.starts.word(word);
    if rules == 0 {
        if let Some(bare) = without_mark(word) {
            rules = index.starts.word(bare) & index.marked;
        }
    }
    rules | index.starts.shapes(word)
}

/// The rules that may read at token `k` of the window: those its word may
/// begin, less those whose second token cannot be the next word.
pub(crate) fn rules_at(win: &mut Window<'_>, k: usize) -> RuleSet {
    rules_among(win, k, RuleSet::MAX)
}

/// The number rules that may read at the cursor, as bits from
/// [`NUMBERS`]: the date and duration rules' second tokens are not
/// tested, as `numbers()` alone does not need them.
pub(crate) fn number_rules_at(win: &mut Window<'_>) -> RuleSet {
    const NUMBER_RULES: RuleSet = (u32::MAX as RuleSet) << NUMBERS;
    rules_among(win, 0, NUMBER_RULES)
}

/// [`rules_at`] the cursor, as the start of a match: not the rules read
/// only at an end of a range (`5` alone in `dal 3 al 5`), so that a
/// number alone enters no date rule.
pub(crate) fn rules_at_cursor(win: &mut Window<'_>) -> RuleSet {
    rules_among(win, 0, INDEX.at_cursor)
}

/// [`rules_at`] for the rules of `among` only.
#[inline]
fn rules_among(win: &mut Window<'_>, k: usize, among: RuleSet) -> RuleSet {
    let index = &*INDEX;
    let mut rules = starting_with(index, win.text_at(k)) & among;
    #[cfg(test)]
    if UNGATED.with(std::cell::Cell::get) {
        return rules;
    }
    if rules & index.gated != 0 {
        rules &= followed_by(index, win.text_at(k + 1), rules);
    }
    if rules & index.after_gated != 0 {
        let previous = match k {
            0 => win.previous_text(),
            _ => win.text_at(k - 1),
        };
        rules &= preceded_by(index, previous);
    }
    rules
}

/// Of `candidates`, the rules that may have `word` as their second token:
/// every rule without a second token, and the others whose list admits it
/// (a final `.` or apostrophe aside: `dic.`, `mln.`).
fn followed_by(index: &Index, word: &str, candidates: RuleSet) -> RuleSet {
    let next = &index.next;
    let mut rules = !index.gated | next.word(word);
    if let Some(bare) = without_mark(word) {
        rules |= next.word(bare);
    }
    // The tests that cost more, made only for the rules still in question.
    rules |= next.shapes_of(word, candidates & !rules);
    let open = candidates & !rules;
    if open & next.dates != 0 && Start::Date.matches(word) {
        rules |= next.dates;
    }
    if open & next.pauses != 0 && Start::Pause.matches(word) {
        rules |= next.pauses;
    }
    rules
}

#[cfg(test)]
thread_local! {
    /// Set by the tests that compare the readers with every rule whose
    /// start matches tried, the second tokens and the tokens before left
    /// unchecked (and the quick tests some readers make before their
    /// reading): the gates must change nothing.
    pub(crate) static UNGATED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The rules that may have `word` just before them: every rule without a
/// list of such words, and the others whose list has it.
fn preceded_by(index: &Index, word: &str) -> RuleSet {
    let mut rules = !index.after_gated | index.after.word(word);
    if let Some(bare) = without_mark(word) {
        rules |= index.after.word(bare);
    }
    rules
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> RuleSet {
        rules_at(&mut Window::new(text), 0)
    }

    #[test]
    fn an_article_begins_rules_only_before_their_second_words() {
        assert_eq!(at("un libro"), 0);
        // `una` is an hour too (`all'una`): only the clock rule stays.
        assert_eq!(at("una volta") >> NUMBERS, 0);
        assert_ne!(at("un anno fa") & u128::from(u64::MAX), 0, "a date rule");
        assert_ne!(
            at("un milione") >> NUMBERS & 0xFFFF_FFFF,
            0,
            "a number rule"
        );
        assert_ne!(at("un'ora") >> DURATIONS, 0, "a duration");
    }

    #[test]
    fn a_preposition_begins_a_range_only_before_a_date() {
        assert_eq!(at("da parte"), 0);
        assert_ne!(at("dal 3 marzo"), 0);
        assert_ne!(at("da lunedì"), 0);
        assert_ne!(at("dopo Natale"), 0);
    }

    #[test]
    fn a_pronoun_one_is_read_before_a_pause() {
        assert_ne!(at("uno.") >> NUMBERS, 0);
        assert_ne!(at("uno") >> NUMBERS, 0);
        assert_eq!(at("uno sciopero"), 0);
    }
}
