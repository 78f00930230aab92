//! The number rules: one ordered table, each rule a name, what may begin
//! it and a small reader.
//!
//! At each token the rules whose start matches are tried in table order,
//! and the first that reads a number wins. The start filter of the number
//! reader is the union of the rules' starts, built at compile time
//! ([`FILTER`]).

use std::borrow::Cow;

use super::quantity::{is_half_of_measure, Quantity};
use super::units::{self as units_of, unit_after, with_unit, After, Unit};
use super::value::Value;
use super::{context, digits, power_of_ten, roman, words, Found, NumberKind, NumberMatch};
use crate::lexicon::contains_ignore_ascii_case as is_word;
use crate::lexicon::numbers as lex;
use crate::lexicon::units;
use crate::start::{Start, StartFilter};
use crate::text::{is_dash, lower, starts_with_digit, CURRENCY_SIGNS, SIGNS};

/// The row of a unit or currency by its symbol, in the unit's own size
/// (`EUR`, not its cents).
fn row_of(symbol: &str) -> Option<&'static units::UnitRow> {
    units::UNITS
        .iter()
        .find(|row| row.symbol == symbol && row.scale == 0)
}

/// A unit glued to digits (`40.600km`, `256GB`, `16°C`), or nothing.
#[cold]
fn glued_unit(suffix: &str, value: Value) -> Option<Found> {
    let mut probe = crate::window::Window::new(suffix);
    let (n, row) = units_of::unit_at(&mut probe, 0)?;
    // The whole suffix, and no currency (`5eur` is rare; `3EUR` a code).
    if probe.get(n).is_some() || row.family == units::UnitFamily::Currency {
        return None;
    }
    let value = value.mul(power_of_ten(row.scale)?).ok()?;
    Some(Found::new(1, NumberKind::Quantity, value).with_unit(Unit::from(row)))
}

/// `CIE`, `Web`, `Él`: a word that begins with a capital; the ASCII test
/// first, since most words and marks are ASCII or not letters.
fn starts_upper(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        // Latin letters with accents (`À`–`Ý`) begin with 0xC3.
        Some(0xC3) => word.chars().next().is_some_and(char::is_uppercase),
        _ => false,
    }
}

/// A four-digit year from 1900 to 2099: `Euro 2024`.
fn is_year_shaped(text: &str) -> bool {
    text.len() == 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text.starts_with("19") || text.starts_with("20"))
}

/// The numerator and denominator of a vulgar fraction sign.
fn vulgar(sign: &str) -> Option<(i128, i128)> {
    lex::VULGAR_FRACTION_VALUES
        .iter()
        .find(|(s, _, _)| *s == sign)
        .map(|&(_, n, d)| (i128::from(n), i128::from(d)))
}
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

const ROUND_NOUN_WORDS: [&str; lex::ROUND_NOUNS.len()] = crate::lexicon::keys(lex::ROUND_NOUNS);

/// The rules, in the order they are tried.
#[rustfmt::skip]
pub(crate) static RULES: &[Rule; RULE_COUNT] = &[
    rule("<digits>", &[Start::Digits], NumberReader::digits),
    then(rule("<sign><digits>", &[Start::Symbols(SIGNS)], NumberReader::signed), &[Start::Digits]),
    rule("<currency> <amount>", CURRENCY, NumberReader::currency_first),
    then(rule("meno <amount>", &[Start::Words(lex::MINUS)], NumberReader::minus), &[Start::Digits, Start::NumberWords]),
    rule("<roman>", &[Start::Roman], NumberReader::roman),
    rule("metà", &[Start::Words(lex::HALF)], NumberReader::half),
    rule("mezzo <measure>", &[Start::Words(lex::HALF_OF_NEXT)], NumberReader::half_of_measure),
    rule("<vulgar fraction>", &[Start::VulgarFraction], NumberReader::vulgar_fraction),
    then(rule("un <fraction>", &[Start::Words(lex::ONE)], NumberReader::one_over), &[Start::NumberWords]),
    then(rule("un <scale>", &[Start::Words(lex::ONE)], NumberReader::one_scaled), &[Start::Words(&SCALE_WORDS)]),
    then(rule("un <round noun>", &[Start::Words(lex::ONE)], NumberReader::round_noun), &[Start::Words(&ROUND_NOUN_WORDS)]),
    then(rule("uno", &[Start::Words(lex::PRONOUN_ONE)], NumberReader::cardinal), &[Start::Pause, Start::Words(lex::PRONOUN_FOLLOWERS), Start::Words(lex::OUT_OF)]),
    rule("<cardinal> [<fraction>]", &[Start::NumberWords], NumberReader::cardinal),
    rule("<ordinal>", &[Start::NumberWords], NumberReader::ordinal),
];

const CURRENCY: &[Start] = &[
    Start::Symbols(CURRENCY_SIGNS),
    Start::CurrencyCode,
    Start::Words(units::CURRENCY_NAMES_FIRST),
];

const RULE_COUNT: usize = 14;

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
        let Some((found, rule)) = found else {
            let skip = self.skip_len(win);
            win.advance(skip);
            return None;
        };
        let first = win.get(0)?;
        let last = win.get(found.len - 1)?;
        let range = first.range().start - found.back..last.range().end;
        let text = &win.text()[range.clone()];
        win.advance(found.len);
        win.take_until(range.end);
        Some(NumberMatch {
            text: Cow::Borrowed(text),
            start: range.start,
            end: range.end,
            kind: found.kind,
            value: found.value,
            unit: found.unit,
            approximate: found.approximate,
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
        if self.in_context && (self.skip_len(win) >= 5 || context::is_code(win)) {
            return None;
        }
        if win.previous_text() == "," {
            if let Some(found) = self.after_a_comma(win) {
                return Some(found);
            }
        }
        let read = digits::read(win.text_at(0), self.in_context).ok()?;
        let found = match read {
            Digits::Ordinal(v) => Found::new(1, NumberKind::Ordinal, v),
            Digits::Degrees(v) => self.degrees(win, v),
            Digits::Age(v) | Digits::Minute(v) => Found::new(1, NumberKind::Cardinal, v),
            Digits::Glued(_, at) if matches!(&win.text_at(0)[at..], "e" | "E") => {
                let q = self.quantity_with(win, 0, Some(read))?;
                self.finish(win, q)
            }
            Digits::Glued(v, at) => {
                let suffix = &win.text_at(0)[at..];
                match vulgar(suffix) {
                    // `2½`.
                    Some((n, d)) if v.is_integer() => {
                        let value = v.add(Value::fraction(n, d).ok()?).ok()?;
                        Found::new(1, NumberKind::Fraction, value)
                    }
                    _ => glued_unit(suffix, v)?,
                }
            }
            // `1/2`, `3/4`: a fraction; `104/1992`, `13/12`: a code or a date.
            Digits::Slash(a, b) if (2..=10).contains(&b) && a < b && a > 0 => {
                Found::new(1, NumberKind::Fraction, Value::fraction(a, b).ok()?)
            }
            Digits::Slash(a, b) => self.improper_fraction(win, a, b)?,
            Digits::Other => return None,
            // `CIE 3.0`, `Web 2.0`: a version after a name.
            Digits::PointDecimal(_) if self.in_context && starts_upper(win.previous_text()) => {
                return None
            }
            // `10^ giornata`.
            Digits::Number(v)
                if win.text_at(1) == "^"
                    && win.gap_after(0).is_empty()
                    && !(win.gap_after(1).is_empty() && starts_with_digit(win.text_at(2))) =>
            {
                Found::new(2, NumberKind::Ordinal, v)
            }
            Digits::Number(_) | Digits::PointDecimal(_) => {
                let q = self.quantity_with(win, 0, Some(read))?;
                self.finish(win, q)
            }
        };
        // A label makes a code of a bare number, not of a measure (`art. 3
        // 10 euro` is rare; `nn. 14191` is common).
        let labelled = found.unit.is_none() && self.in_context && context::after_label(win);
        (!labelled).then_some(found)
    }

    /// `,77`, `-,0012G`: a decimal with no units written, its comma (and
    /// sign) against it and apart from what comes before; the match
    /// begins behind the cursor.
    #[cold]
    fn after_a_comma(&self, win: &mut Window<'_>) -> Option<Found> {
        let comma = win
            .behind()
            .filter(|t| t.text() == "," && t.range().start >= win.floor())?;
        let digits = win.text_at(0);
        if !win.gap_before().is_empty() || digits.contains([',', '.']) {
            return None;
        }
        let before = &win.text()[..comma.range().start];
        let (sign, rest) = match before.strip_suffix(['-', '−']) {
            Some(rest) => (true, rest),
            None => (false, before),
        };
        if !(rest.is_empty() || rest.ends_with(char::is_whitespace)) {
            return None;
        }
        let value = match digits::read(&format!("0,{digits}"), false).ok()? {
            Digits::Number(v) => v,
            _ => return None,
        };
        let value = if sign { value.neg().ok()? } else { value };
        let back = before.len() - rest.len() + 1;
        let mut found = self.finish(
            win,
            Quantity {
                words: false,
                ..Quantity::of(value, 1)
            },
        );
        found.back = back;
        Some(found)
    }

    /// `16°`: degrees, or an ordinal after a determiner or before a noun
    /// (`il 3° posto`, `3° classificato`).
    #[cold]
    fn degrees(&self, win: &mut Window<'_>, v: Value) -> Found {
        // `16°C`, which the tokenizer splits after the sign.
        let scale = match win.text_at(1) {
            "C" => Some("°C"),
            "F" => Some("°F"),
            _ => None,
        };
        if let Some(row) = scale
            .filter(|_| win.gap_after(0).is_empty())
            .and_then(row_of)
        {
            return Found::new(2, NumberKind::Quantity, v).with_unit(Unit::from(row));
        }
        if let Some((len, After::Measure(row))) = unit_after(win, 1, false) {
            if row.family == crate::lexicon::units::UnitFamily::Temperature {
                return Found::new(len, NumberKind::Quantity, v).with_unit(Unit::from(row));
            }
        }
        let previous = lower(win.previous_text());
        let next = win.text_at(1);
        let noun_after = next.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
            && !is_word(lex::AFTER_DEGREES, next);
        let ranked = is_word(lex::ORDINAL_DETERMINERS, previous.as_str())
            || lex::RANKING_VERBS.contains(&previous.as_str());
        if ranked || noun_after {
            return Found::new(1, NumberKind::Ordinal, v);
        }
        match row_of("°") {
            Some(row) => Found::new(1, NumberKind::Quantity, v).with_unit(Unit::from(row)),
            None => Found::new(1, NumberKind::Ordinal, v),
        }
    }

    /// `15/2` in arithmetic (`il risultato di 15/2`): a fraction where no
    /// date can be meant: not after an article or a preposition that
    /// introduces a day, and a denominator no month has.
    #[cold]
    fn improper_fraction(&self, win: &mut Window<'_>, a: i128, b: i128) -> Option<Found> {
        let small = (2..=10).contains(&b) && a > 0 && a < 1000;
        let article = is_word(lex::DAY_ARTICLES, lower(win.previous_text()).as_str());
        if !small || article {
            return None;
        }
        Some(Found::new(
            1,
            NumberKind::Fraction,
            Value::fraction(a, b).ok()?,
        ))
    }

    /// `-5`, `+3,5`, `−2`, `(-8,2%)`: a sign written against digits,
    /// apart from what comes before it or just after a bracket.
    fn signed(&self, win: &mut Window<'_>) -> Option<Found> {
        let sign = win.text_at(0);
        let previous = win.previous_text();
        let apart =
            win.behind().is_none() || !win.gap_before().is_empty() || matches!(previous, "(" | "[");
        if !(win.gap_after(0).is_empty() && starts_with_digit(win.text_at(1)) && apart) {
            return None;
        }
        // `(+39)`: a country's telephone prefix.
        if self.in_context && sign == crate::text::PLUS && context::is_phone_prefix(win) {
            return None;
        }
        if let Ok(Digits::Slash(a, b)) = digits::read(win.text_at(1), false) {
            if !(1..=1000).contains(&b) || a > 1000 {
                return None;
            }
            let v = Value::fraction(a, b).ok()?;
            let v = if sign == crate::text::PLUS {
                v
            } else {
                v.neg().ok()?
            };
            return Some(Found::new(2, NumberKind::Fraction, v));
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
        let q = Quantity {
            value,
            len: q.len + 1,
            ..q
        };
        Some(self.finish(win, q))
    }

    /// `meno 5 gradi`, `meno 1.200.000`: a negative number in words; not
    /// a difference (`10 meno 3`) nor a time (`le 9 meno dieci`).
    fn minus(&self, win: &mut Window<'_>) -> Option<Found> {
        let previous = win.previous_text();
        if starts_with_digit(previous) || words::cardinal(previous).is_some() {
            return None;
        }
        if is_word(lex::TIME_CUES, previous) {
            return None;
        }
        let q = self.quantity(win, 1)?;
        let q = Quantity {
            value: q.value.neg().ok()?,
            len: q.len + 1,
            ..q
        };
        Some(self.finish(win, q))
    }

    /// `€ 1.000`, `$5`, `EUR 100`, `euro 350,00`, `C$ 20`: a currency
    /// before the amount.
    fn currency_first(&self, win: &mut Window<'_>) -> Option<Found> {
        if win.text_at(0).len() > 3 && crate::text::is_currency_code(win.text_at(0)) {
            return self.code_glued(win);
        }
        let (n, row) = units_of::unit_at(win, 0)?;
        if row.family != crate::lexicon::units::UnitFamily::Currency || row.scale != 0 {
            return None;
        }
        // `C$ 20`, `hk $ 10`: the country's letters stand behind the sign,
        // and the match begins with them.
        let (row, back) = match self.dollar_of(win) {
            Some((row, back)) => (row, back),
            None => (row, 0),
        };
        let at = n;
        let amount = win.text_at(at);
        if !starts_with_digit(amount) && words::cardinal(amount).is_none() {
            return None;
        }
        let q = self.quantity(win, at)?;
        // `Euro 2024`: a football championship, not an amount.
        let word_first = win.text_at(0).bytes().all(|b| b.is_ascii_alphabetic());
        if word_first && q.len == 1 && is_year_shaped(amount) {
            return None;
        }
        let value = q.value.mul(power_of_ten(row.scale)?).ok()?;
        let mut found = Found::new(q.len + at, NumberKind::Money, value).with_unit(Unit::from(row));
        found.back = back;
        Some(found)
    }

    /// The dollar of a country whose letters stand just behind `$` (`C$`,
    /// `HK$`, `c $`): its row, and the bytes from the letters to the sign.
    #[cold]
    fn dollar_of(&self, win: &mut Window<'_>) -> Option<(&'static units::UnitRow, usize)> {
        if win.text_at(0) != "$" {
            return None;
        }
        let letters = win.behind().filter(|t| t.range().start >= win.floor())?;
        let gap = win.gap_before();
        if !(gap.is_empty() || gap == " ") {
            return None;
        }
        // `a` and `s` are words too (`venduto a $ 5`): only `A$`, `S$`.
        let word = matches!(letters.text(), "a" | "s" | "A" | "S");
        if word && !(gap.is_empty() && letters.text().bytes().all(|b| b.is_ascii_uppercase())) {
            return None;
        }
        let prefix = lower(letters.text());
        let &(_, code) = units::DOLLAR_PREFIXES
            .iter()
            .find(|(p, _)| *p == prefix.as_str())?;
        let row = row_of(code)?;
        let start = win.get(0)?.range().start;
        Some((row, start - letters.range().start))
    }

    /// `USD1,23`, `EUR29,99`: a code glued to its amount, which the
    /// tokenizer splits at the comma.
    #[cold]
    fn code_glued(&self, win: &mut Window<'_>) -> Option<Found> {
        let token = win.text_at(0);
        let (code, whole) = token.split_at(3);
        let row = units_of::currency(code)?;
        if !whole.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let decimals = win.text_at(2);
        let glued = win.gap_after(0).is_empty() && win.gap_after(1).is_empty();
        let (amount, len) =
            if win.text_at(1) == "," && glued && decimals.bytes().all(|b| b.is_ascii_digit()) {
                (format!("{whole},{decimals}"), 3)
            } else {
                (whole.to_owned(), 1)
            };
        let value = match digits::read(&amount, false).ok()? {
            Digits::Number(v) => v,
            _ => return None,
        };
        Some(Found::new(len, NumberKind::Money, value).with_unit(Unit::from(row)))
    }

    /// `Luigi XIV`, `capitolo IV`, `XXI secolo`, `la II guerra mondiale`:
    /// a roman numeral where a name, a label or an article before a noun
    /// makes it a number.
    fn roman(&self, win: &mut Window<'_>) -> Option<Found> {
        let text = win.text_at(0);
        let kind = if self.in_context {
            self.roman_in_context(win, text)?
        } else {
            NumberKind::Roman
        };
        // The context first: most capitals (`IL`, `DI`, `CV`) have none.
        let value = roman::value(text)?;
        Some(Found::new(1, kind, Value::from(i64::from(value))))
    }

    /// What makes a roman numeral a number here: a label (`capitolo IV`,
    /// `XXI secolo`), an article before a noun (an ordinal), a name.
    fn roman_in_context(&self, win: &mut Window<'_>, text: &str) -> Option<NumberKind> {
        let previous = win.previous_text();
        let previous_plain = previous.strip_suffix('.').unwrap_or(previous);
        let labelled = is_word(lex::ROMAN_BEFORE, previous_plain)
            || is_word(lex::ROMAN_AFTER, win.text_at(1).trim_end_matches('.'));
        if labelled {
            return Some(NumberKind::Roman);
        }
        // `la II guerra mondiale`: an article, the numeral, a noun.
        let next = win.text_at(1);
        let article = lex::ROMAN_ARTICLES.contains(&previous);
        let noun = next.len() > 2 && next.bytes().all(|b| b.is_ascii_lowercase());
        if article && noun && !is_word(lex::NOT_ROMAN_NOUNS, next) {
            return Some(NumberKind::Ordinal);
        }
        // After a name (`Luigi XIV`, `Giovanni Paolo II`), except for the
        // numerals that are also words or acronyms (`MI`, `DI`, `VI`), and
        // for street names (`Via XX Settembre`).
        let regnal = is_capitalized_name(previous)
            && !lex::ROMAN_WORDS.contains(&text)
            && !is_word(lex::STREETS, previous);
        regnal.then_some(NumberKind::Roman)
    }

    /// `metà`.
    fn half(&self, _win: &mut Window<'_>) -> Option<Found> {
        Some(Found::new(
            1,
            NumberKind::Fraction,
            Value::fraction(1, 2).ok()?,
        ))
    }

    /// `mezzo litro` (not `in mezzo`, `un mezzo`); `mezza dozzina`, six.
    fn half_of_measure(&self, win: &mut Window<'_>) -> Option<Found> {
        let next = win.text_at(1);
        if words::scale(next).is_some() {
            return None;
        }
        let previous = win.previous_text();
        if self.in_context && is_word(lex::NOT_BEFORE_HALF, previous) {
            return None;
        }
        if is_word(&lex::DOZENS[..1], next) {
            return Some(Found::new(2, NumberKind::Cardinal, Value::from(6)));
        }
        let half = Value::fraction(1, 2).ok()?;
        if let Some((len, after @ After::Measure(_))) = unit_after(win, 1, false) {
            return Some(with_unit(Quantity::of(half, 1), len, after));
        }
        if self.in_context && !is_half_of_measure(next) {
            return None;
        }
        Some(Found::new(1, NumberKind::Fraction, half))
    }

    /// `½`, `⅙`: a fraction in one sign.
    fn vulgar_fraction(&self, win: &mut Window<'_>) -> Option<Found> {
        let (n, d) = vulgar(win.text_at(0))?;
        let q = Quantity {
            fraction: true,
            ..Quantity::of(Value::fraction(n, d).ok()?, 1)
        };
        Some(self.finish(win, q))
    }

    /// `un terzo`, `un venticinquesimo`: a fraction in words; `un
    /// centesimo`: money.
    fn one_over(&self, win: &mut Window<'_>) -> Option<Found> {
        let next = win.text_at(1);
        if let Some(row) = units_of::currency(next).filter(|row| row.scale < 0) {
            let value = power_of_ten(row.scale)?;
            return Some(Found::new(2, NumberKind::Money, value).with_unit(Unit::from(row)));
        }
        let (value, len) = self.fraction_in_words(win, 0)?;
        let q = Quantity {
            fraction: true,
            ..Quantity::of(value, len)
        };
        Some(self.finish(win, q))
    }

    /// `un milione`, `un milione e mezzo`, `un miliardo di euro`: the
    /// article before a scale word.
    fn one_scaled(&self, win: &mut Window<'_>) -> Option<Found> {
        words::scale(win.text_at(1))?;
        self.cardinal(win)
    }

    /// `una ventina`, `un migliaio di euro`: a round number, approximate
    /// (but `una dozzina`, twelve).
    fn round_noun(&self, win: &mut Window<'_>) -> Option<Found> {
        let noun = lower(win.text_at(1));
        let &(word, value) = lex::ROUND_NOUNS.iter().find(|(w, _)| *w == noun.as_str())?;
        let q = Quantity {
            approximate: !lex::DOZENS.contains(&word),
            ..Quantity::of(Value::from(i64::from(value)), 2)
        };
        Some(self.finish(win, q))
    }

    /// `ventitré`, `tre milioni e mezzo`, `due terzi`, `tre euro`, `uno
    /// su tre`.
    fn cardinal(&self, win: &mut Window<'_>) -> Option<Found> {
        let q = self.quantity(win, 0)?;
        // `due terzi`, `tre quarti`, `tre ventunesimi`; `cinque centesimi`
        // is money.
        if q.value.is_integer() && q.scaled.is_none() && q.len == 1 {
            let fraction = self.fraction_in_words(win, 0);
            if let Some((value, len)) = fraction.filter(|_| units_of::unit_at(win, q.len).is_none())
            {
                let q = Quantity {
                    fraction: true,
                    ..Quantity::of(value, len)
                };
                return Some(self.finish(win, q));
            }
            // `uno su tre`: a share, in words.
            if is_word(lex::OUT_OF, win.text_at(1)) {
                if let (Some(n), Some(d)) = (q.value.as_integer(), words::cardinal(win.text_at(2)))
                {
                    if n > 0 && n < i128::from(d) {
                        let value = Value::fraction(n, i128::from(d)).ok()?;
                        return Some(Found::new(3, NumberKind::Fraction, value));
                    }
                }
            }
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
        Some(Found::new(
            1,
            NumberKind::Ordinal,
            Value::from(value as i64),
        ))
    }

    fn ordinal_in_context(&self, win: &mut Window<'_>, lower: &str) -> bool {
        let previous = win.previous_text();
        // `un quarto d'ora`: a length of time.
        if is_word(lex::OF_AN_HOUR, win.text_at(1)) {
            return false;
        }
        // `Sesto San Giovanni`, `Primo Levi`: a name, unless an article
        // stands before it (`la Prima Guerra Mondiale`).
        if starts_upper(win.text_at(0))
            && starts_upper(win.text_at(1))
            && !is_word(lex::ORDINAL_DETERMINERS, previous)
        {
            return false;
        }
        // `D'Ottavi`, `D’Ottavio`: a surname after the capital `D'` of
        // `di`, which no article shares.
        if starts_upper(win.text_at(0)) && matches!(previous, "D'" | "D’") {
            return false;
        }
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

    pub(super) fn after_time_cue(&self, win: &mut Window<'_>) -> bool {
        is_word(lex::TIME_CUES, win.previous_text())
    }
}

/// The rules that may read at the window's cursor, as bits over
/// [`RULES`]: the number rules of the [rule index](crate::rule_index). No
/// rule: no number begins here.
pub(crate) fn rules_at(win: &mut Window<'_>) -> u32 {
    (crate::rule_index::number_rules_at(win) >> crate::rule_index::NUMBERS) as u32
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
