//! A quantity at a token: digits or words, then scale words and halves.
//!
//! ```text
//! quantity    = first-value [scale-chain] ["dozzine"] [and-more] ["virgola" word]
//! first-value = digits [groups of three] | number-word | "un" scale | "mezzo" scale
//! scale-chain = scale { number-word smaller-scale } [number-word]
//! and-more    = "e" ("mezzo" | fraction | smaller-quantity-with-scale) | " " digit-fraction
//! ```
//!
//! Groups of three digits may be set apart by a space as well as by a thin
//! or no-break space (`100 000`, `6 700,54`): the number reader has
//! already refused the runs of digits that are codes (`02 1234 5678`).

use super::digits::{self, Digits};
use super::value::Value;
use super::{power_of_ten, words, Found, NumberKind, NumberReader};
use crate::lexicon::contains_ignore_ascii_case as is_word;
use crate::lexicon::numbers as lex;
use crate::start::Start;
use crate::text::{lower, starts_with_digit};
use crate::window::Window;

/// A quantity read at the cursor: its value and where it ends.
#[derive(Debug, Clone, Copy)]
pub(super) struct Quantity {
    pub(super) value: Value,
    /// Tokens it spans, from the cursor.
    pub(super) len: usize,
    /// Ends in a scale word (`milioni`): `di` may come before a currency.
    pub(super) scaled: Option<u32>,
    /// Written in words (`tre`), not digits.
    pub(super) words: bool,
    /// A round estimate (`una ventina`).
    pub(super) approximate: bool,
    /// With a fraction added (`due e un quarto`, `2 1/4`).
    pub(super) fraction: bool,
}

impl Quantity {
    /// A cardinal or a decimal, by its value.
    pub(super) fn plain(self) -> Found {
        let kind = if self.fraction {
            NumberKind::Fraction
        } else if self.value.is_integer() {
            NumberKind::Cardinal
        } else {
            NumberKind::Decimal
        };
        Found::new(self.len, kind, self.value).approximately(self.approximate)
    }

    /// A quantity of `len` tokens read by a rule of its own.
    pub(super) fn of(value: Value, len: usize) -> Quantity {
        Quantity {
            value,
            len,
            scaled: None,
            words: true,
            approximate: false,
            fraction: false,
        }
    }
}

/// The power of ten of a scale word at token `k`.
fn scale_at(win: &mut Window<'_>, k: usize) -> Option<u32> {
    words::scale(win.text_at(k))
}

impl NumberReader {
    /// A quantity at token `at`: digits or words, with scale words and
    /// `e mezzo`.
    pub(super) fn quantity(&self, win: &mut Window<'_>, at: usize) -> Option<Quantity> {
        self.quantity_with(win, at, None)
    }

    /// [`quantity`](Self::quantity), with the token at `at` already read
    /// as digits when `read` has it.
    pub(super) fn quantity_with(
        &self,
        win: &mut Window<'_>,
        at: usize,
        read: Option<Digits>,
    ) -> Option<Quantity> {
        let (value, len, words) = if starts_with_digit(win.text_at(at)) {
            let (value, len) = self.digits_value(win, at, read)?;
            (value, len, false)
        } else {
            (self.word_value(win, at)?, at + 1, true)
        };
        let mut q = Quantity {
            words,
            ..Quantity::of(value, len)
        };
        self.scale_chain(win, &mut q)?;
        dozens(win, &mut q)?;
        // Most numbers stand before a word: `e`, or digits with a slash
        // (`2 1/4`), are rare enough to keep their reader out of line.
        let next = win.text_at(q.len);
        if next == "e" || next.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            self.and_more(win, &mut q)?;
        }
        comma_in_words(win, &mut q)?;
        q.len -= at;
        Some(q)
    }

    /// Digits in Italian format, with groups of three after thin or
    /// no-break spaces (`1 234 567`); the token count it spans.
    fn digits_value(
        &self,
        win: &mut Window<'_>,
        at: usize,
        read: Option<Digits>,
    ) -> Option<(Value, usize)> {
        let text = win.text_at(at);
        let mut len = at + 1;
        let read = match read {
            Some(read) => read,
            None => digits::read(text, self.in_context).ok()?,
        };
        let mut value = match read {
            Digits::Number(v) => v,
            Digits::PointDecimal(v) => {
                if self.in_context && at == 0 && self.after_time_cue(win) {
                    return None;
                }
                v
            }
            // `-12e-1`: an exponent with its sign, which the tokenizer
            // splits off.
            Digits::Glued(v, at) if matches!(&text[at..], "e" | "E") => {
                let power = exponent_after(win, len)?;
                len += 2;
                v.mul(power_of_ten(power)?).ok()?
            }
            _ => return None,
        };
        // Groups after a space: a space of one to three bytes, then digits.
        let spaced = (1..=3).contains(&win.gap_len_after(len - 1))
            && win
                .text_at(len)
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_digit);
        if spaced && value.is_integer() && text.len() <= 3 && !text.starts_with('0') {
            (value, len) = spaced_groups(win, value, len)?;
        }
        // A small integer after `alle`, `dalle`, `ore` is an hour.
        if self.in_context
            && at == 0
            && self.after_time_cue(win)
            && value.is_integer()
            && value <= Value::from(24)
        {
            return None;
        }
        Some((value, len))
    }

    /// A number word at token `at`; `un` and `mezzo` only before a scale
    /// (`un milione`, `mezzo miliardo`).
    fn word_value(&self, win: &mut Window<'_>, at: usize) -> Option<Value> {
        let text = win.text_at(at);
        let lowered = crate::text::Lower::new(text)?;
        let w = lowered.as_str();
        let one = is_word(lex::ONE, w);
        if (one || is_word(lex::HALF_OF_NEXT, w)) && scale_at(win, at + 1).is_some() {
            return if one {
                Some(Value::from(1))
            } else {
                Value::fraction(1, 2).ok()
            };
        }
        let v = words::cardinal(text)?;
        if self.in_context && !self.cardinal_in_context(win, at, w) {
            return None;
        }
        Some(Value::from(i64::from(v)))
    }

    /// `1,5 miliardi`, `due miliardi trecento milioni`, `tre milioni
    /// duecentomila`: a scale word, then in words smaller parts, each with
    /// a smaller scale or none.
    fn scale_chain(&self, win: &mut Window<'_>, q: &mut Quantity) -> Option<()> {
        let Some(power) = scale_at(win, q.len) else {
            return Some(());
        };
        q.value = q.value.mul(power_of_ten(power as i32)?).ok()?;
        q.scaled = Some(power);
        q.len += 1;
        if !q.words {
            return Some(());
        }
        let mut last = power;
        loop {
            let text = win.text_at(q.len);
            let part = match words::cardinal(text) {
                Some(v) => Value::from(i64::from(v)),
                None if text.eq_ignore_ascii_case("un") => Value::from(1),
                None => return Some(()),
            };
            match scale_at(win, q.len + 1) {
                // `mila` only after a number that needs it (`11 mila`, not
                // `duemila mila`).
                Some(p) if p < last && p != 3 => {
                    q.value = q.value.add(part.mul(power_of_ten(p as i32)?).ok()?).ok()?;
                    last = p;
                    q.len += 2;
                }
                Some(_) => return Some(()),
                None => {
                    if part < power_of_ten(last as i32)? {
                        q.value = q.value.add(part).ok()?;
                        q.len += 1;
                    }
                    return Some(());
                }
            }
        }
    }
}

/// `100 000`, `6 700,54`: the groups of three after a first group ending
/// before token `len`, and the tokens the number then spans.
#[inline(never)]
fn spaced_groups(win: &mut Window<'_>, value: Value, len: usize) -> Option<(Value, usize)> {
    let (mut grouped, mut end) = (value, len);
    let (mut spaced, mut sure) = (false, false);
    while let Some((group, last)) = group_after(win, end) {
        spaced |= win.gap_after(end - 1) == " ";
        sure |= last || win.text_at(end).starts_with('0');
        grouped = grouped.mul(Value::from(1000)).ok()?.add(group).ok()?;
        end += 1;
        if last {
            break;
        }
    }
    // Digits set apart by plain spaces are as often a list (`255 255
    // 255`): a group led by zero, decimals or a unit after them make one
    // number of them (`100 000`, `6 700,54`).
    if end > len && (!spaced || sure || super::units::unit_at(win, end).is_some()) {
        Some((grouped, end))
    } else {
        Some((value, len))
    }
}

/// A group of three digits after a space at token `k`, and whether it
/// ends the number (`700,54`, with decimals).
fn group_after(win: &mut Window<'_>, k: usize) -> Option<(Value, bool)> {
    // A space of one to three bytes, then digits: the cheap tests first.
    if !(1..=3).contains(&win.gap_len_after(k - 1)) || !starts_with_digit(win.text_at(k)) {
        return None;
    }
    if !is_group_gap(win.gap_after(k - 1)) {
        return None;
    }
    let text = win.text_at(k);
    let bytes = text.as_bytes();
    let digits = |b: &[u8]| !b.is_empty() && b.iter().all(u8::is_ascii_digit);
    if bytes.len() < 3 || !digits(&bytes[..3]) {
        return None;
    }
    if bytes.len() == 3 {
        return Some((Value::from(text.parse::<i64>().ok()?), false));
    }
    if bytes[3] == b',' && digits(&bytes[4..]) {
        let places = (bytes.len() - 4) as u32;
        let whole: String = text.chars().filter(char::is_ascii_digit).collect();
        let v = Value::decimal(whole.parse::<i128>().ok()?, places).ok()?;
        return Some((v, true));
    }
    None
}

/// A space that may set apart groups of three digits: a space, a no-break
/// space, a thin space.
pub(super) fn is_group_gap(gap: &str) -> bool {
    matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
}

/// `tre dozzine`: twelve times.
fn dozens(win: &mut Window<'_>, q: &mut Quantity) -> Option<()> {
    if q.scaled.is_none() && q.value.is_integer() && is_word(lex::DOZENS, win.text_at(q.len)) {
        q.value = q.value.mul(Value::from(12)).ok()?;
        q.len += 1;
    }
    Some(())
}

impl NumberReader {
    /// What `e` adds to a quantity: a half (`due milioni e mezzo`, `5 e
    /// mezzo`), a fraction (`centotre e due terzi`, `2 e 1/4`), a smaller
    /// part with its own scale (`un milione e duecentomila`, `40 milioni
    /// e 883 mila`); and a fraction after a space (`2 1/4`).
    #[inline(never)]
    fn and_more(&self, win: &mut Window<'_>, q: &mut Quantity) -> Option<()> {
        let whole = q.value.is_integer() && q.scaled.is_none();
        if !is_word(lex::AND, win.text_at(q.len)) {
            if whole && !q.words && win.gap_after(q.len - 1) == " " {
                if let Some(f) = digit_fraction(win.text_at(q.len)) {
                    q.value = q.value.add(f).ok()?;
                    q.fraction = true;
                    q.len += 1;
                }
            }
            return Some(());
        }
        let next = win.text_at(q.len + 1);
        if lex::HALF_OF_NEXT.contains(&next) {
            let half = power_of_ten(q.scaled.unwrap_or(0) as i32)?
                .mul(Value::fraction(1, 2).ok()?)
                .ok()?;
            q.value = q.value.add(half).ok()?;
            q.len += 2;
            return Some(());
        }
        if whole {
            if let Some(f) = digit_fraction(next).filter(|_| !q.words) {
                q.value = q.value.add(f).ok()?;
                q.fraction = true;
                q.len += 2;
            } else if let Some((f, n)) = self.fraction_in_words(win, q.len + 1) {
                q.value = q.value.add(f).ok()?;
                q.fraction = true;
                q.len += 1 + n;
            }
            return Some(());
        }
        let Some(power) = q.scaled else {
            return Some(());
        };
        // `sei milioni e due terzi`: a fraction of one, after the whole.
        if q.value.is_integer() && q.words {
            if let Some((f, n)) = self.fraction_in_words(win, q.len + 1) {
                q.value = q.value.add(f).ok()?;
                q.fraction = true;
                q.len += 1 + n;
                return Some(());
            }
        }
        if !(starts_with_digit(next) || words::cardinal(next).is_some()) {
            return Some(());
        }
        let part = self.quantity(win, q.len + 1)?;
        let limit = power_of_ten(power as i32)?;
        let thousands = part.value >= Value::from(1000) && part.value.is_integer();
        if thousands && part.value < limit && (part.words || part.scaled.is_some()) {
            q.value = q.value.add(part.value).ok()?;
            q.scaled = part.scaled;
            q.len += 1 + part.len;
        }
        Some(())
    }

    /// `due terzi`, `un quarto`, `tre ventunesimi` at token `at`: the
    /// fraction and its length in tokens.
    pub(super) fn fraction_in_words(
        &self,
        win: &mut Window<'_>,
        at: usize,
    ) -> Option<(Value, usize)> {
        // A denominator is an ordinal: the cheap test of its first letters.
        if !Start::NumberWords.matches(win.text_at(at + 1)) {
            return None;
        }
        let first = win.text_at(at);
        let n = if is_word(lex::ONE, first) {
            1
        } else {
            words::cardinal(first)?
        };
        let d = denominator(win.text_at(at + 1), n == 1)?;
        // `un quarto d'ora` is a length of time, not a number.
        if is_word(lex::OF_AN_HOUR, win.text_at(at + 2)) {
            return None;
        }
        Some((Value::fraction(i128::from(n), i128::from(d)).ok()?, 2))
    }
}

/// The denominator a word names after a numerator: `terzi`, `quarto`,
/// `ventunesimi`; singular after one, plural after more.
pub(super) fn denominator(word: &str, singular: bool) -> Option<u32> {
    let lower = lower(word);
    let w = lower.as_str();
    if let Some(&(_, d)) = lex::FRACTION_PLURALS.iter().find(|(p, _)| *p == w) {
        return (!singular).then_some(d);
    }
    let d = u32::try_from(words::ordinal(w)?).ok()?;
    let ending = if singular { ['o', 'a'] } else { ['i', 'e'] };
    // Above ten only the `-esimo` ordinals: `un venticinquesimo`.
    let regular = (3..=10).contains(&d) || w.contains("esim");
    (d >= 3 && regular && w.ends_with(ending)).then_some(d)
}

/// The signed power of ten at token `k` after a number that ends in `e`:
/// `-` or `+` and one or two digits, written against it.
fn exponent_after(win: &mut Window<'_>, k: usize) -> Option<i32> {
    let sign = win.text_at(k);
    let digits = win.text_at(k + 1);
    let glued = win.gap_after(k - 1).is_empty() && win.gap_after(k).is_empty();
    if !glued || !matches!(sign, "-" | "+" | "−") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let power: i32 = digits.parse().ok()?;
    Some(if sign == "+" { power } else { -power })
}

/// `1/2`, `3/4`: a proper fraction of small digits.
pub(super) fn digit_fraction(text: &str) -> Option<Value> {
    match digits::read(text, false).ok()? {
        Digits::Slash(a, b) if (2..=10).contains(&b) && a > 0 && a < b => {
            Value::fraction(a, b).ok()
        }
        _ => None,
    }
}

/// `tre virgola cinque`, `tre punto cinque`: the digits after the comma,
/// in words.
fn comma_in_words(win: &mut Window<'_>, q: &mut Quantity) -> Option<()> {
    if q.words && q.scaled.is_none() && is_word(lex::COMMA, win.text_at(q.len)) {
        if let Some(frac) = words::cardinal(win.text_at(q.len + 1)) {
            let places = frac.to_string().len() as u32;
            q.value = q
                .value
                .add(Value::decimal(i128::from(frac), places).ok()?)
                .ok()?;
            q.len += 2;
        }
    }
    Some(())
}

/// Whether `word`, lowercased, is a half (`mezzo`) before a measure.
pub(super) fn is_half_of_measure(next: &str) -> bool {
    is_word(lex::HALF_OF, lower(next).as_str())
}
