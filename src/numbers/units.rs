//! What a quantity is counted in: a percent sign or a currency after it.
//!
//! Units come from tables in `lexicon::numbers` ([`lex::CURRENCIES`], the
//! percent signs): a new currency is one row there.

use super::quantity::Quantity;
use super::{power_of_ten, words, Found, NumberKind, NumberReader};
use crate::lexicon::contains_ignore_ascii_case as is_word;
use crate::lexicon::numbers as lex;
use crate::text::starts_with_digit;
use crate::window::Window;

#[derive(Debug, Clone, Copy)]
pub(super) enum Unit {
    Percent,
    /// The ISO 4217 code and the power of ten of the unit (`centesimi`
    /// are hundredths).
    Money(&'static str, i32),
}

/// The ISO code and power of ten of a currency word or sign.
pub(super) fn currency(word: &str) -> Option<(&'static str, i32)> {
    let lower = crate::text::Lower::new(word)?;
    let w = lower.as_str();
    lex::CURRENCIES
        .iter()
        .find(|(name, _, _)| *name == w)
        .map(|&(_, code, power)| (code, power))
}

impl NumberReader {
    /// A quantity and what follows it: a percent sign, a currency, or the
    /// unit of a range it begins.
    pub(super) fn finish(&self, win: &mut Window<'_>, q: Quantity) -> Found {
        if let Some((len, unit)) = unit_after(win, q.len, q.scaled.is_some()) {
            return with_unit(q, len, unit);
        }
        self.unit_of_range(win, q).unwrap_or_else(|| q.plain())
    }

    /// A range whose unit comes after the second bound: `da 87 a 344
    /// euro`, `tra il 3 e il 5%`: the first bound takes it too.
    fn unit_of_range(&self, win: &mut Window<'_>, mut q: Quantity) -> Option<Found> {
        if !lex::RANGE_LINKS.contains(&win.text_at(q.len)) {
            return None;
        }
        let mut at = q.len + 1;
        if lex::RANGE_ARTICLES.contains(&win.text_at(at)) {
            at += 1;
        }
        let next = win.text_at(at);
        if !starts_with_digit(next) && words::cardinal(next).is_none() {
            return None;
        }
        let mut probe = win.clone();
        probe.advance(at);
        let second = self.quantity(&mut probe, 0)?;
        let (_, unit) = unit_after(&mut probe, second.len, second.scaled.is_some())?;
        if let (None, Some(p)) = (q.scaled, second.scaled) {
            if let Some(v) = power_of_ten(p as i32).and_then(|s| q.value.mul(s).ok()) {
                q.value = v;
            }
        }
        Some(with_unit(q, q.len, unit))
    }
}

/// The quantity with its unit, spanning `len` tokens.
pub(super) fn with_unit(q: Quantity, len: usize, unit: Unit) -> Found {
    match unit {
        Unit::Percent => (len, NumberKind::Percent, q.value, None),
        Unit::Money(code, power) => match power_of_ten(power).and_then(|p| q.value.mul(p).ok()) {
            Some(value) => (len, NumberKind::Money, value, Some(code)),
            None => (q.len, NumberKind::Cardinal, q.value, None),
        },
    }
}

/// A percent sign or a currency after the quantity's `len` tokens: the
/// length with it, and the unit.
pub(super) fn unit_after(win: &mut Window<'_>, len: usize, scaled: bool) -> Option<(usize, Unit)> {
    let next = win.text_at(len);
    if is_word(lex::PERCENT_SIGNS, next) {
        return Some((len + 1, Unit::Percent));
    }
    if is_word(&lex::PERCENT_WORDS[..1], next)
        && is_word(&lex::PERCENT_WORDS[1..], win.text_at(len + 1))
    {
        return Some((len + 2, Unit::Percent));
    }
    // `10 milioni di euro`: `di` only after a scale word.
    let at = if scaled && is_word(lex::SCALE_OF, next) {
        len + 1
    } else {
        len
    };
    let word = win.text_at(at);
    let (code, power) = currency(word)?;
    let qualified = is_word(lex::QUALIFIED_CURRENCIES, word)
        && is_word(lex::CURRENCY_QUALIFIERS, win.text_at(at + 1));
    Some((at + 1 + usize::from(qualified), Unit::Money(code, power)))
}
