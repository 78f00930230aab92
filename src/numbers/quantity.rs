//! A quantity at a token: digits or words, then scale words and halves.
//!
//! ```text
//! quantity   = first-value [scale-chain] ["e" "mezzo"] ["virgola" word]
//! first-value = digits [groups of three] | number-word | "un" scale | "mezzo" scale
//! scale-chain = scale { number-word smaller-scale } [number-word]
//! ```

use super::digits::{self, Digits};
use super::value::Value;
use super::{power_of_ten, words, Found, NumberKind, NumberReader};
use crate::lexicon::contains_ignore_ascii_case as is_word;
use crate::lexicon::numbers as lex;
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
}

impl Quantity {
    /// A cardinal or a decimal, by its value.
    pub(super) fn plain(self) -> Found {
        let kind = if self.value.is_integer() {
            NumberKind::Cardinal
        } else {
            NumberKind::Decimal
        };
        (self.len, kind, self.value, None)
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
            value,
            len,
            scaled: None,
            words,
        };
        self.scale_chain(win, &mut q)?;
        and_a_half(win, &mut q)?;
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
            _ => return None,
        };
        if value.is_integer() && text.len() <= 3 {
            while matches!(win.gap_after(len - 1), "\u{a0}" | "\u{202f}" | "\u{2009}")
                && win.text_at(len).len() == 3
                && win.text_at(len).bytes().all(|b| b.is_ascii_digit())
            {
                let group = match digits::read(win.text_at(len), self.in_context).ok() {
                    Some(Digits::Number(g)) => g,
                    _ => Value::from(win.text_at(len).parse::<i64>().ok()?),
                };
                value = value.mul(Value::from(1000)).ok()?.add(group).ok()?;
                len += 1;
            }
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

/// `due milioni e mezzo`, `tre e mezzo`.
fn and_a_half(win: &mut Window<'_>, q: &mut Quantity) -> Option<()> {
    if is_word(lex::AND, win.text_at(q.len))
        && lex::HALF_OF_NEXT.contains(&win.text_at(q.len + 1))
        && (q.words || q.scaled.is_some())
    {
        let half = power_of_ten(q.scaled.unwrap_or(0) as i32)?
            .mul(Value::fraction(1, 2).ok()?)
            .ok()?;
        q.value = q.value.add(half).ok()?;
        q.len += 2;
    }
    Some(())
}

/// `tre virgola cinque`: the digits after the comma, in words.
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
