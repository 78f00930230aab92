//! The number rules: one ordered table, each rule a name, what may begin
//! it and a small reader.
//!
//! At each token the rules whose start matches are tried in table order,
//! and the first that reads a number wins. The start filter of the number
//! reader is the union of the rules' starts, built at compile time
//! ([`FILTER`]).

use super::quantity::is_half_of_measure;
use super::units::currency;
use super::value::Value;
use super::{digits, power_of_ten, roman, words, Found, NumberKind, NumberMatch};
use crate::lexicon::contains_ignore_ascii_case as is_word;
use crate::lexicon::numbers as lex;
use crate::start::{Start, StartFilter};
use crate::text::{is_dash, lower, starts_with_digit, CURRENCY_SIGNS, SIGNS};
use crate::window::Window;
use digits::Digits;

/// A named rule.
pub(crate) struct Rule {
    /// The pattern the rule reads: `<currency> <amount>`.
    pub(crate) name: &'static str,
    /// What its first token may be.
    pub(crate) starts: &'static [Start],
    /// What its second token may be, when the rule needs one (`un` only
    /// before a scale or a fraction): checked before the reader runs, so
    /// that the many articles of a text try no rule. Empty: anything.
    pub(crate) next: &'static [Start],
    read: fn(&NumberReader, &mut Window<'_>) -> Option<Found>,
}

const fn rule(
    name: &'static str,
    starts: &'static [Start],
    read: fn(&NumberReader, &mut Window<'_>) -> Option<Found>,
) -> Rule {
    Rule {
        name,
        starts,
        next: &[],
        read,
    }
}

/// A rule whose second token is one of `next`.
const fn then(rule: Rule, next: &'static [Start]) -> Rule {
    Rule { next, ..rule }
}

const SCALE_WORDS: [&str; lex::SCALES.len()] = crate::lexicon::keys(lex::SCALES);

/// The rules, in the order they are tried.
#[rustfmt::skip]
pub(crate) static RULES: &[Rule; RULE_COUNT] = &[
    rule("<digits>", &[Start::Digits], NumberReader::digits),
    then(rule("<sign><digits>", &[Start::Symbols(SIGNS)], NumberReader::signed), &[Start::Digits]),
    rule("<currency> <amount>", CURRENCY, NumberReader::currency_first),
    rule("<roman>", &[Start::Roman], NumberReader::roman),
    rule("metà", &[Start::Words(lex::HALF)], NumberReader::half),
    rule("mezzo <measure>", &[Start::Words(lex::HALF_OF_NEXT)], NumberReader::half_of_measure),
    then(rule("un <fraction>", &[Start::Words(lex::ONE)], NumberReader::one_over), &[Start::Words(lex::UNIT_FRACTIONS)]),
    then(rule("un <scale>", &[Start::Words(lex::ONE)], NumberReader::one_scaled), &[Start::Words(&SCALE_WORDS)]),
    then(rule("uno", &[Start::Words(lex::PRONOUN_ONE)], NumberReader::cardinal), &[Start::Pause, Start::Words(lex::PRONOUN_FOLLOWERS)]),
    rule("<cardinal> [<fraction>]", &[Start::NumberWords], NumberReader::cardinal),
    rule("<ordinal>", &[Start::NumberWords], NumberReader::ordinal),
];

const CURRENCY: &[Start] = &[Start::Symbols(CURRENCY_SIGNS), Start::CurrencyCode];

const RULE_COUNT: usize = 11;

/// Which tokens may begin a number: the union of the rules' starts.
pub(crate) static FILTER: StartFilter =
    StartFilter::of(&crate::start::starts_of!(RULES, RULE_COUNT));

/// The number rules, applied at a window's cursor; shared by
/// [`NumberMatches`](super::NumberMatches) and [`extract`](crate::extract).
#[derive(Debug, Clone, Copy)]
pub(crate) struct NumberReader {
    /// Apply the rules that tell numbers from look-alikes in running text;
    /// off for [`parse_number`](super::parse_number).
    pub(super) in_context: bool,
}

impl NumberReader {
    pub(crate) fn new() -> NumberReader {
        NumberReader { in_context: true }
    }

    /// The number at the window's cursor, and the cursor moved past it; or
    /// `None` and the cursor moved past what cannot begin one.
    pub(crate) fn next_at<'a>(&self, win: &mut Window<'a>) -> Option<NumberMatch<'a>> {
        let rules = rules_at(win);
        self.next_with(win, rules)
    }

    /// [`next_at`](Self::next_at) with the rules that may read at the
    /// cursor already known ([`rules_at`]).
    pub(crate) fn next_with<'a>(
        &self,
        win: &mut Window<'a>,
        rules: u32,
    ) -> Option<NumberMatch<'a>> {
        let found = crate::start::rule_indices(rules)
            .map(|i| &RULES[i])
            .find_map(|rule| Some(((rule.read)(self, win)?, rule.name)));
        let Some(((len, kind, value, currency), rule)) = found else {
            let skip = self.skip_len(win);
            win.advance(skip);
            return None;
        };
        let first = win.get(0)?;
        let last = win.get(len - 1)?;
        let range = first.range().start..last.range().end;
        let text = &win.text()[range.clone()];
        win.advance(len);
        Some(NumberMatch {
            text,
            start: range.start,
            kind,
            value,
            currency,
            rule,
        })
    }

    /// How many tokens to pass over when nothing matches at the cursor: a
    /// whole chain of digits joined by dashes (`978-88-04-12345-6`), or one.
    pub(crate) fn skip_len(&self, win: &mut Window<'_>) -> usize {
        let mut len = 1;
        // At most 29 tokens at a time, within the window's reach; the rest
        // of a longer chain (`1-1-1…`) is passed over as many at a time.
        // A link ends in a letter or digit, as for dates (`0_-1/1/02` is no
        // chain: the date after it stands).
        while len < 29
            && starts_with_digit(win.text_at(len - 1))
            && win
                .text_at(len - 1)
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            && is_dash(win.text_at(len))
            && win.gap_after(len - 1).is_empty()
            && win.gap_after(len).is_empty()
            && starts_with_digit(win.text_at(len + 1))
        {
            len += 2;
        }
        len
    }

    /// `11.000`, `3,5%`, `1°`, `1/2`: a token of digits and what follows.
    fn digits(&self, win: &mut Window<'_>) -> Option<Found> {
        // A label before it makes a code of it (`art. 21`, `n. 300`), and so
        // do three numbers or more joined by dashes (`978-88-04-12345-6`,
        // phone numbers); two are a score (`2-1`) or a span.
        if self.in_context && (self.after_label(win) || self.skip_len(win) >= 5) {
            return None;
        }
        let read = digits::read(win.text_at(0), self.in_context).ok()?;
        match read {
            Digits::Ordinal(v) => Some((1, NumberKind::Ordinal, v, None)),
            // `1/2`, `3/4`: a fraction; `104/1992`, `13/12`: a code or a date.
            Digits::Slash(a, b) if (2..=10).contains(&b) && a < b && a > 0 => {
                Some((1, NumberKind::Fraction, Value::fraction(a, b).ok()?, None))
            }
            Digits::Slash(..) | Digits::Other => None,
            Digits::Number(_) | Digits::PointDecimal(_) => {
                let q = self.quantity_with(win, 0, Some(read))?;
                Some(self.finish(win, q))
            }
        }
    }

    /// `-5`, `+3,5`, `−2`: a sign written against digits, apart from what
    /// comes before it.
    fn signed(&self, win: &mut Window<'_>) -> Option<Found> {
        let sign = win.text_at(0);
        let apart = win.behind().is_none() || !win.gap_before().is_empty();
        if !(win.gap_after(0).is_empty() && starts_with_digit(win.text_at(1)) && apart) {
            return None;
        }
        let q = self.quantity(win, 1)?;
        if q.words {
            return None;
        }
        let value = if sign == crate::text::PLUS {
            q.value
        } else {
            q.value.neg().ok()?
        };
        let q = super::quantity::Quantity {
            value,
            len: q.len + 1,
            ..q
        };
        Some(self.finish(win, q))
    }

    /// `€ 1.000`, `$5`, `EUR 100`: a currency before the amount.
    fn currency_first(&self, win: &mut Window<'_>) -> Option<Found> {
        let (code, power) = currency(win.text_at(0))?;
        let q = self.quantity(win, 1)?;
        let value = q.value.mul(power_of_ten(power)?).ok()?;
        Some((q.len + 1, NumberKind::Money, value, Some(code)))
    }

    /// `Luigi XIV`, `capitolo IV`, `XXI secolo`: a roman numeral where a
    /// name or a label makes it a number.
    fn roman(&self, win: &mut Window<'_>) -> Option<Found> {
        let text = win.text_at(0);
        let value = roman::value(text)?;
        if self.in_context {
            let previous = win.previous_text();
            let previous_plain = previous.strip_suffix('.').unwrap_or(previous);
            let labelled = is_word(lex::ROMAN_BEFORE, previous_plain)
                || is_word(lex::ROMAN_AFTER, win.text_at(1).trim_end_matches('.'));
            // After a name (`Luigi XIV`, `Giovanni Paolo II`), except for the
            // numerals that are also words or acronyms (`MI`, `DI`, `VI`).
            let regnal = is_capitalized_name(previous) && !lex::ROMAN_WORDS.contains(&text);
            if !(labelled || regnal) {
                return None;
            }
        }
        Some((1, NumberKind::Roman, Value::from(i64::from(value)), None))
    }

    /// `metà`.
    fn half(&self, _win: &mut Window<'_>) -> Option<Found> {
        Some((1, NumberKind::Fraction, Value::fraction(1, 2).ok()?, None))
    }

    /// `mezzo litro` (not `in mezzo`, `un mezzo`).
    fn half_of_measure(&self, win: &mut Window<'_>) -> Option<Found> {
        if words::scale(win.text_at(1)).is_some() {
            return None;
        }
        let measure = is_half_of_measure(win.text_at(1));
        let previous = win.previous_text();
        if self.in_context && (!measure || is_word(lex::NOT_BEFORE_HALF, previous)) {
            return None;
        }
        Some((1, NumberKind::Fraction, Value::fraction(1, 2).ok()?, None))
    }

    /// `un terzo`, `un quarto`: a fraction in words; `un centesimo`: money.
    fn one_over(&self, win: &mut Window<'_>) -> Option<Found> {
        let next = win.text_at(1);
        let d = unit_fraction(next)?;
        if let Some((code, power)) = currency(next) {
            return Some((2, NumberKind::Money, power_of_ten(power)?, Some(code)));
        }
        Some((
            2,
            NumberKind::Fraction,
            Value::fraction(1, d as i128).ok()?,
            None,
        ))
    }

    /// `un milione`, `un milione e mezzo`, `un miliardo di euro`: the
    /// article before a scale word.
    fn one_scaled(&self, win: &mut Window<'_>) -> Option<Found> {
        words::scale(win.text_at(1))?;
        self.cardinal(win)
    }

    /// `ventitré`, `tre milioni e mezzo`, `due terzi`, `tre euro`.
    fn cardinal(&self, win: &mut Window<'_>) -> Option<Found> {
        let q = self.quantity(win, 0)?;
        // `due terzi`, `tre quarti`.
        let next = lower(win.text_at(q.len));
        let plural = lex::FRACTION_PLURALS
            .iter()
            .find(|(p, _)| *p == next.as_str());
        if let Some(&(_, d)) = plural.filter(|_| q.value.is_integer() && q.scaled.is_none()) {
            let n = q.value.as_integer()?;
            return Some((
                q.len + 1,
                NumberKind::Fraction,
                Value::fraction(n, i128::from(d)).ok()?,
                None,
            ));
        }
        Some(self.finish(win, q))
    }

    /// `primo`, `ventitreesima`: not `secondo` "according to" nor `prima`
    /// "before".
    fn ordinal(&self, win: &mut Window<'_>) -> Option<Found> {
        let text = win.text_at(0);
        let value = words::ordinal(text)?;
        if self.in_context && !self.ordinal_in_context(win, lower(text).as_str()) {
            return None;
        }
        Some((1, NumberKind::Ordinal, Value::from(value as i64), None))
    }

    fn ordinal_in_context(&self, win: &mut Window<'_>, lower: &str) -> bool {
        let previous = win.previous_text();
        let after_determiner = is_word(lex::ORDINAL_DETERMINERS, previous)
            || previous.ends_with(['\'', '’']) && previous.len() <= 6;
        if lex::NOT_ORDINAL_AFTER
            .iter()
            .any(|&(word, before)| word == lower && previous.eq_ignore_ascii_case(before))
        {
            return false;
        }
        !lex::ORDINALS_AFTER_DETERMINERS.contains(&lower) || after_determiner
    }

    /// Whether a cardinal word at `at` is a number here, not an article,
    /// a verb or a noun that shares its spelling.
    pub(super) fn cardinal_in_context(&self, win: &mut Window<'_>, at: usize, lower: &str) -> bool {
        let previous = if at == 0 {
            win.previous_text()
        } else {
            win.text_at(at - 1)
        };
        let next = win.text_at(at + 1);
        // A pronoun (`ne è rimasto uno`) is a number; before a noun it is
        // an article (`uno sciopero`).
        if lex::PRONOUN_ONE.contains(&lower) {
            return is_pronoun_context(next);
        }
        // `tu sei`, `le sette`, `i venti`.
        if lex::AMBIGUOUS_CARDINALS.contains(&lower) {
            let verb_after =
                lex::VERB_CARDINALS.contains(&lower) && is_word(lex::AFTER_SEI_VERB, next);
            return !is_word(lex::NOT_BEFORE_AMBIGUOUS, previous) && !verb_after;
        }
        true
    }

    /// The previous token is a label word (`art.`, `comma`, `n.`).
    fn after_label(&self, win: &mut Window<'_>) -> bool {
        let previous = win.previous_text();
        let previous = previous.strip_suffix('.').unwrap_or(previous);
        // Two capitals before a number make a flight (`AZ 610`).
        let airline = previous.len() == 2 && previous.bytes().all(|b| b.is_ascii_uppercase());
        airline || is_word(lex::LABELS, previous)
    }

    pub(super) fn after_time_cue(&self, win: &mut Window<'_>) -> bool {
        is_word(lex::TIME_CUES, win.previous_text())
    }
}

/// The rules that may read at the window's cursor, as bits over
/// [`RULES`]: the number rules of the [rule index](crate::rule_index). No
/// rule: no number begins here.
pub(crate) fn rules_at(win: &mut Window<'_>) -> u32 {
    (crate::rule_index::rules_at(win, 0) >> crate::rule_index::NUMBERS) as u32
}

/// The denominator of `terzo`, `quarta`, `centesimo`: what `un` may be
/// the numerator of.
fn unit_fraction(word: &str) -> Option<u64> {
    let d = words::ordinal(word).filter(|d| (3..=10).contains(d) || *d == 100 || *d == 1000)?;
    lower(word).as_str().ends_with(['o', 'a']).then_some(d)
}

/// What may follow `uno` when it is a pronoun, and a number: the end of
/// the text, a punctuation mark, or a partitive (`uno dei feriti`).
fn is_pronoun_context(next: &str) -> bool {
    Start::Pause.matches(next) || is_word(lex::PRONOUN_FOLLOWERS, next)
}

/// `Luigi`, `Paolo`: a capital and then lowercase letters.
fn is_capitalized_name(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && word.len() >= 2 && chars.all(char::is_lowercase)
}
