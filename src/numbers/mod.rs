//! Numbers in Italian text: digits, words, ordinals, percentages, money.
//!
//! [`numbers`] reads the token stream of a text and yields every quantity it
//! states, with its byte span, its [`NumberKind`] and its exact [`Value`]:
//!
//! - digits in Italian format (`11.000`, `1.234,56`, `-5`, `1 234 567` with
//!   thin or no-break spaces), with scale words (`1,5 miliardi`, `11 mila`,
//!   `2 mln`, `10k`);
//! - number words (`ventitré`, `duemilaventiquattro`, `tre milioni
//!   duecentomila`, `due milioni e mezzo`, `tre virgola cinque`);
//! - ordinals (`primo`, `ventitreesima`, `1°`, `2ª`) and roman numerals
//!   where the context makes them numbers (`Luigi XIV`, `XXI secolo`);
//! - percentages (`3,5%`, `tre per cento`), money (`€ 1.000`, `10 milioni
//!   di euro`, `cinquanta centesimi`) and fractions (`due terzi`, `metà`).
//!
//! What only looks like a number is left out: the article `un`/`una`,
//! `secondo` meaning "according to" and `prima` meaning "before", labels and
//! codes (`art. 21`, `n. 300`, `CAP 00185`, `1.2.3`, phone numbers), and
//! times of day (`alle 14:30`, `alle 7.45`). Numbers that are part of a date
//! are reported by [`extract`](crate::extract), which resolves overlaps;
//! `numbers` alone does not know about dates.
//!
//! # What `3.5` means
//!
//! In Italian `.` groups thousands, so `1.500` is one thousand five hundred.
//! A single `.` followed by other than three digits cannot be a group
//! separator, and is read as an English decimal point (`3.5` = 3.5), except
//! after a word that introduces a time (`alle 7.45`), where it is a time and
//! not a number.
//!
//! # Too large
//!
//! Values are exact, with 38 digits at most. In running text a longer number
//! is skipped; [`parse_number`] returns [`Error::NumberOverflow`].

mod digits;
mod roman;
mod value;
pub(crate) mod words;

use std::iter::FusedIterator;
use std::ops::Range;

pub use value::Value;

use crate::lexicon::{contains_ignore_ascii_case, numbers as lex, HeadSet, StartSet};
use crate::window::Window;
use crate::Error;
use digits::Digits;

/// What a number match is.
///
/// # Examples
///
/// ```
/// use italiano::numbers::NumberKind;
///
/// let kinds: Vec<NumberKind> = italiano::numbers("Il 3° posto vale 1.000 euro, il 5%.")
///     .map(|m| m.kind())
///     .collect();
/// assert_eq!(kinds, [NumberKind::Ordinal, NumberKind::Money, NumberKind::Percent]);
/// assert_eq!(NumberKind::Money.as_str(), "money");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum NumberKind {
    /// A whole number: `11.000`, `ventitré`, `3,2 milioni`.
    Cardinal,
    /// A number with a fractional part: `3,14`, `tre virgola cinque`.
    Decimal,
    /// A position: `primo`, `ventesima`, `1°`, `2ª`.
    Ordinal,
    /// A percentage, valued in percent units: `3,5%` is 3.5.
    Percent,
    /// An amount of money; [`NumberMatch::currency`] gives the currency.
    Money,
    /// A fraction: `due terzi`, `un quarto`, `1/2`, `metà`, `mezzo litro`.
    Fraction,
    /// A roman numeral read as a number: `Luigi XIV`, `XXI secolo`.
    Roman,
}

impl NumberKind {
    /// The kind's lowercase English name, as the `extract` example prints it.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::numbers::NumberKind::Cardinal.as_str(), "cardinal");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Cardinal => "cardinal",
            NumberKind::Decimal => "decimal",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Percent => "percent",
            NumberKind::Money => "money",
            NumberKind::Fraction => "fraction",
            NumberKind::Roman => "roman",
        }
    }
}

/// A number found in a text: its span, kind and exact value.
///
/// # Examples
///
/// ```
/// let text = "La manovra vale 1,5 miliardi di euro.";
/// let m = italiano::numbers(text).next().unwrap();
/// assert_eq!(m.text(), "1,5 miliardi di euro");
/// assert_eq!(&text[m.range()], m.text());
/// assert_eq!(m.value().to_string(), "1500000000");
/// assert_eq!(m.currency(), Some("EUR"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberMatch<'a> {
    text: &'a str,
    start: usize,
    kind: NumberKind,
    value: Value,
    currency: Option<&'static str>,
}

impl<'a> NumberMatch<'a> {
    /// The matched text, a slice of the caller's string.
    ///
    /// # Examples
    ///
    /// ```
    /// let m = italiano::numbers("Sono ventitré.").next().unwrap();
    /// assert_eq!(m.text(), "ventitré");
    /// ```
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The byte range of the match in the caller's string.
    ///
    /// # Examples
    ///
    /// ```
    /// let m = italiano::numbers("Sono 12.").next().unwrap();
    /// assert_eq!(m.range(), 5..7);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }

    /// What the number is.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::numbers::NumberKind;
    ///
    /// let m = italiano::numbers("il 48,7 %").next().unwrap();
    /// assert_eq!(m.kind(), NumberKind::Percent);
    /// ```
    pub fn kind(&self) -> NumberKind {
        self.kind
    }

    /// The exact value (percentages in percent units, money in its
    /// currency's units).
    ///
    /// # Examples
    ///
    /// ```
    /// let m = italiano::numbers("cinquanta centesimi").next().unwrap();
    /// assert_eq!(m.value().to_string(), "0.5");
    /// ```
    pub fn value(&self) -> Value {
        self.value
    }

    /// The ISO 4217 code of an amount of money (`$` is taken as `USD`).
    ///
    /// # Examples
    ///
    /// ```
    /// let m = italiano::numbers("costa $5").next().unwrap();
    /// assert_eq!(m.currency(), Some("USD"));
    /// ```
    pub fn currency(&self) -> Option<&'static str> {
        self.currency
    }
}

/// The numbers of `text`, in order, without overlaps.
///
/// See the [module documentation](self) for what is and is not a number.
///
/// # Examples
///
/// ```
/// let found: Vec<String> = italiano::numbers(
///     "Un uomo di 45 anni ha vinto due milioni e mezzo, secondo l'art. 21.",
/// )
/// .map(|m| format!("{}={}", m.text(), m.value()))
/// .collect();
/// assert_eq!(found, ["45=45", "due milioni e mezzo=2500000"]);
/// ```
pub fn numbers(text: &str) -> NumberMatches<'_> {
    NumberMatches {
        window: Window::new(text),
        reader: NumberReader::new(),
    }
}

/// The value of a whole string that states one number: digits in Italian
/// format, number words, ordinals, roman numerals, percentages, money.
///
/// Context rules that guard running text (an article is not a number, a
/// roman numeral needs a name or `secolo` beside it, `00185` and
/// `3331234567` are codes) do not apply: the caller says the string is a
/// number.
///
/// # Errors
///
/// [`Error::NumberOverflow`] when the value has more than 38 digits, and
/// [`Error::InvalidNumber`] when the string is not one number.
///
/// # Examples
///
/// ```
/// use italiano::numbers::parse_number;
///
/// assert_eq!(parse_number("11.000")?.to_string(), "11000");
/// assert_eq!(parse_number("ventitré")?.to_string(), "23");
/// assert_eq!(parse_number("1,5 miliardi")?.to_string(), "1500000000");
/// assert_eq!(parse_number("XXI")?.to_string(), "21");
/// assert_eq!(parse_number("3200000000")?.to_string(), "3200000000");
/// assert_eq!(parse_number("due terzi")?.to_string(), "2/3");
/// assert_eq!(parse_number(&"9".repeat(500)), Err(italiano::Error::NumberOverflow));
/// assert!(parse_number("11 e 12").is_err());
/// # Ok::<(), italiano::Error>(())
/// ```
pub fn parse_number(text: &str) -> Result<Value, Error> {
    let trimmed = text.trim();
    let mut matches = NumberMatches {
        window: Window::new(trimmed),
        reader: NumberReader { in_context: false },
    };
    if let Some(m) = matches.next() {
        if m.range() == (0..trimmed.len()) {
            return Ok(m.value);
        }
    }
    // No single match: say why when the reason is size.
    if crate::tokens(trimmed).any(|t| digits::read(t.text(), false) == Err(Error::NumberOverflow)) {
        return Err(Error::NumberOverflow);
    }
    Err(Error::InvalidNumber(crate::error::excerpt(text)))
}

/// The iterator returned by [`numbers`].
///
/// # Examples
///
/// ```
/// let mut found = italiano::numbers("tre o quattro");
/// assert_eq!(found.next().map(|m| m.text()), Some("tre"));
/// assert_eq!(found.next().map(|m| m.text()), Some("quattro"));
/// assert!(found.next().is_none());
/// ```
#[derive(Debug, Clone)]
pub struct NumberMatches<'a> {
    window: Window<'a>,
    reader: NumberReader,
}

/// The number rules, applied at a window's cursor; shared by
/// [`NumberMatches`] and [`extract`](crate::extract).
#[derive(Debug, Clone, Copy)]
pub(crate) struct NumberReader {
    /// Apply the rules that tell numbers from look-alikes in running text;
    /// off for [`parse_number`].
    in_context: bool,
}

/// A quantity read at the cursor: its value and where it ends.
#[derive(Debug, Clone, Copy)]
struct Quantity {
    value: Value,
    /// Tokens it spans, from the cursor.
    len: usize,
    /// Ends in a scale word (`milioni`): `di` may come before a currency.
    scaled: Option<u32>,
    /// Written in words (`tre`), not digits.
    words: bool,
}

impl<'a> Iterator for NumberMatches<'a> {
    type Item = NumberMatch<'a>;

    fn next(&mut self) -> Option<NumberMatch<'a>> {
        loop {
            self.window
                .skip_while(|text, head| !may_start_match_head(text, head));
            self.window.get(0)?;
            if let Some(found) = self.reader.next_at(&mut self.window) {
                return Some(found);
            }
        }
    }
}

impl NumberReader {
    pub(crate) fn new() -> NumberReader {
        NumberReader { in_context: true }
    }

    /// The number at the window's cursor, and the cursor moved past it; or
    /// `None` and the cursor moved past what cannot begin one.
    pub(crate) fn next_at<'a>(&self, win: &mut Window<'a>) -> Option<NumberMatch<'a>> {
        match self.match_here(win) {
            Some((len, kind, value, currency)) => {
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
                })
            }
            None => {
                let skip = self.skip_len(win);
                win.advance(skip);
                None
            }
        }
    }
}

impl FusedIterator for NumberMatches<'_> {}

type Found = (usize, NumberKind, Value, Option<&'static str>);

fn is(word: &str, expected: &str) -> bool {
    word.eq_ignore_ascii_case(expected)
}

pub(crate) fn is_currency_code(word: &str) -> bool {
    word.len() == 3 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// The ISO code and power of ten of a currency word or sign.
fn currency(word: &str) -> Option<(&'static str, i32)> {
    let lower = words::Lower::new(word)?;
    let w = lower.as_str();
    lex::CURRENCIES
        .iter()
        .find(|(name, _, _)| *name == w)
        .map(|&(_, code, power)| (code, power))
}

fn is_dash(word: &str) -> bool {
    matches!(word, "-" | "–" | "—")
}

impl NumberReader {
    /// How many tokens to pass over when nothing matches at the cursor: a
    /// whole chain of digits joined by dashes (`978-88-04-12345-6`), or one.
    fn skip_len(&self, win: &mut Window<'_>) -> usize {
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

    fn match_here(&self, win: &mut Window<'_>) -> Option<Found> {
        let text = win.text_at(0);
        let first = text.as_bytes()[0];
        // Callers pass only tokens for which `may_start_match` holds.
        if first.is_ascii_digit() {
            return self.digits_here(win);
        }
        // Signs: `-5`, `+3,5`, `−2`, written against the number.
        if matches!(text, "-" | "+" | "−")
            && win.gap_after(0).is_empty()
            && starts_with_digit(win.text_at(1))
            && (win.behind().is_none() || !win.gap_before().is_empty())
        {
            let q = self.quantity(win, 1)?;
            if q.words {
                return None;
            }
            let value = if text == "+" {
                q.value
            } else {
                q.value.neg().ok()?
            };
            return Some(self.finish(
                win,
                Quantity {
                    value,
                    len: q.len + 1,
                    ..q
                },
            ));
        }
        // A currency before the amount: `€ 1.000`, `$5`, `EUR 100`.
        let currency_first = matches!(text, "€" | "$" | "£" | "¥") || is_currency_code(text);
        if let Some((code, power)) = currency_first.then(|| currency(text)).flatten() {
            let q = self.quantity(win, 1)?;
            let value = q.value.mul(power_of_ten(power)?).ok()?;
            return Some((q.len + 1, NumberKind::Money, value, Some(code)));
        }
        if first.is_ascii_uppercase() && text.len() <= 15 {
            if let Some(found) = self.roman(win) {
                return Some(found);
            }
        }
        self.words_here(win)
    }

    fn digits_here(&self, win: &mut Window<'_>) -> Option<Found> {
        let text = win.text_at(0);
        // A label before it makes a code of it (`art. 21`, `n. 300`), and so
        // do three numbers or more joined by dashes (`978-88-04-12345-6`,
        // phone numbers); two are a score (`2-1`) or a span.
        if self.in_context && (self.after_label(win) || self.skip_len(win) >= 5) {
            return None;
        }
        match digits::read(text, self.in_context).ok()? {
            Digits::Ordinal(v) => Some((1, NumberKind::Ordinal, v, None)),
            Digits::Slash(a, b) => {
                // `1/2`, `3/4`: a fraction; `104/1992`, `13/12`: a code or
                // a date.
                if (2..=10).contains(&b) && a < b && a > 0 {
                    Some((1, NumberKind::Fraction, Value::fraction(a, b).ok()?, None))
                } else {
                    None
                }
            }
            Digits::Other => None,
            Digits::Number(_) | Digits::PointDecimal(_) => {
                let q = self.quantity(win, 0)?;
                Some(self.finish(win, q))
            }
        }
    }

    /// The previous token is a label word (`art.`, `comma`, `n.`).
    fn after_label(&self, win: &mut Window<'_>) -> bool {
        let previous = win.previous_text();
        let previous = previous.strip_suffix('.').unwrap_or(previous);
        // Two capitals before a number make a flight (`AZ 610`).
        let airline = previous.len() == 2 && previous.bytes().all(|b| b.is_ascii_uppercase());
        airline || contains_ignore_ascii_case(lex::LABELS, previous)
    }

    fn after_time_cue(&self, win: &mut Window<'_>) -> bool {
        contains_ignore_ascii_case(lex::TIME_CUES, win.previous_text())
    }

    /// A quantity and what follows it: a percent sign, a currency.
    fn finish(&self, win: &mut Window<'_>, q: Quantity) -> Found {
        let kind = if q.value.is_integer() {
            NumberKind::Cardinal
        } else {
            NumberKind::Decimal
        };
        if let Some((len, unit)) = self.unit_after(win, q.len, q.scaled.is_some()) {
            return self.with_unit(q, len, unit);
        }
        // A range whose unit comes after the second bound: `da 87 a 344
        // euro`, `tra il 3 e il 5%`: the first bound takes it too.
        let link = win.text_at(q.len);
        if matches!(link, "a" | "e" | "-" | "al" | "all'") {
            let mut at = q.len + 1;
            if matches!(win.text_at(at), "il" | "l'") {
                at += 1;
            }
            if starts_with_digit(win.text_at(at)) || words::cardinal(win.text_at(at)).is_some() {
                let mut probe = win.clone();
                probe.advance(at);
                if let Some(second) = self.quantity(&mut probe, 0) {
                    if let Some((_, unit)) =
                        self.unit_after(&mut probe, second.len, second.scaled.is_some())
                    {
                        let mut q = q;
                        if let (None, Some(p)) = (q.scaled, second.scaled) {
                            if let Some(v) =
                                power_of_ten(p as i32).and_then(|s| q.value.mul(s).ok())
                            {
                                q.value = v;
                            }
                        }
                        return self.with_unit(q, q.len, unit);
                    }
                }
            }
        }
        (q.len, kind, q.value, None)
    }

    fn with_unit(&self, q: Quantity, len: usize, unit: Unit) -> Found {
        match unit {
            Unit::Percent => (len, NumberKind::Percent, q.value, None),
            Unit::Money(code, power) => match power_of_ten(power).and_then(|p| q.value.mul(p).ok())
            {
                Some(value) => (len, NumberKind::Money, value, Some(code)),
                None => (q.len, NumberKind::Cardinal, q.value, None),
            },
        }
    }

    /// A percent sign or a currency after the quantity's `len` tokens: the
    /// length with it, and the unit.
    fn unit_after(&self, win: &mut Window<'_>, len: usize, scaled: bool) -> Option<(usize, Unit)> {
        let next = win.text_at(len);
        if next == "%" || is(next, "percento") {
            return Some((len + 1, Unit::Percent));
        }
        if is(next, "per") && is(win.text_at(len + 1), "cento") {
            return Some((len + 2, Unit::Percent));
        }
        // `10 milioni di euro`: `di` only after a scale word.
        let at = if scaled && is(next, "di") {
            len + 1
        } else {
            len
        };
        let word = win.text_at(at);
        let (code, power) = currency(word)?;
        if is(word, "franchi") || is(word, "franco") {
            let next = win.text_at(at + 1);
            if is(next, "svizzeri") || is(next, "svizzero") {
                return Some((at + 2, Unit::Money(code, power)));
            }
        }
        Some((at + 1, Unit::Money(code, power)))
    }

    /// A quantity at token `at`: digits or words, with scale words and
    /// `e mezzo`.
    fn quantity(&self, win: &mut Window<'_>, at: usize) -> Option<Quantity> {
        let text = win.text_at(at);
        let mut len = at + 1;
        let (mut value, words) = if starts_with_digit(text) {
            let value = match digits::read(text, self.in_context).ok()? {
                Digits::Number(v) => v,
                Digits::PointDecimal(v) => {
                    if self.in_context && at == 0 && self.after_time_cue(win) {
                        return None;
                    }
                    v
                }
                _ => return None,
            };
            // `1 234 567`: groups of three after a thin or no-break space.
            let mut value = value;
            if value.is_integer() && text.len() <= 3 {
                while matches!(win.gap_after(len - 1), "\u{a0}" | "\u{202f}" | "\u{2009}")
                    && win.text_at(len).len() == 3
                    && win.text_at(len).bytes().all(|b| b.is_ascii_digit())
                {
                    let group = digits::read(win.text_at(len), self.in_context).ok();
                    let group = match group {
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
            (value, false)
        } else {
            let lower = words::Lower::new(text)?;
            let w = lower.as_str();
            let value = match w {
                "un" | "uno" | "una" if win.text_at(len).parse::<Scale>().is_ok() => Value::from(1),
                "mezzo" | "mezza" if win.text_at(len).parse::<Scale>().is_ok() => {
                    Value::fraction(1, 2).ok()?
                }
                _ => {
                    let v = words::cardinal(text)?;
                    if self.in_context && !self.cardinal_in_context(win, at, w) {
                        return None;
                    }
                    Value::from(i64::from(v))
                }
            };
            (value, true)
        };
        let mut scaled = None;
        if let Ok(Scale(power)) = win.text_at(len).parse::<Scale>() {
            // `mila` only after a number that needs it (`11 mila`, not
            // `duemila mila`).
            value = value.mul(power_of_ten(power as i32)?).ok()?;
            scaled = Some(power);
            len += 1;
            // `due miliardi trecento milioni`, `tre milioni duecentomila`:
            // smaller parts follow, each with a smaller scale or none.
            let mut last = power;
            if words {
                loop {
                    let text = win.text_at(len);
                    let part = match words::cardinal(text) {
                        Some(v) => v,
                        None if is(text, "un") => 1,
                        None => break,
                    };
                    match win.text_at(len + 1).parse::<Scale>() {
                        Ok(Scale(p)) if p < last && p != 3 => {
                            let scaled_part = Value::from(i64::from(part))
                                .mul(power_of_ten(p as i32)?)
                                .ok()?;
                            value = value.add(scaled_part).ok()?;
                            last = p;
                            len += 2;
                        }
                        Ok(_) => break,
                        Err(()) => {
                            if Value::from(i64::from(part)) < power_of_ten(last as i32)? {
                                value = value.add(Value::from(i64::from(part))).ok()?;
                                len += 1;
                            }
                            break;
                        }
                    }
                }
            }
        }
        // `due milioni e mezzo`, `tre e mezzo`.
        if is(win.text_at(len), "e")
            && matches!(win.text_at(len + 1), "mezzo" | "mezza")
            && (words || scaled.is_some())
        {
            let half = power_of_ten(scaled.unwrap_or(0) as i32)?
                .mul(Value::fraction(1, 2).ok()?)
                .ok()?;
            value = value.add(half).ok()?;
            len += 2;
        }
        // `tre virgola cinque`: the digits after the comma, in words.
        if words && scaled.is_none() && is(win.text_at(len), "virgola") {
            if let Some(frac) = words::cardinal(win.text_at(len + 1)) {
                let places = frac.to_string().len() as u32;
                let digits = Value::decimal(i128::from(frac), places).ok()?;
                value = value.add(digits).ok()?;
                len += 2;
            }
        }
        Some(Quantity {
            value,
            len: len - at,
            scaled,
            words,
        })
    }

    /// Whether a cardinal word at `at` is a number here, not an article,
    /// a verb or a noun that shares its spelling.
    fn cardinal_in_context(&self, win: &mut Window<'_>, at: usize, lower: &str) -> bool {
        let previous = if at == 0 {
            win.previous_text()
        } else {
            win.text_at(at - 1)
        };
        match lower {
            // A pronoun (`ne è rimasto uno`) is a number; before a noun it
            // is an article (`uno sciopero`).
            "uno" | "una" => {
                let next = win.text_at(at + 1);
                next.is_empty()
                    || next
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_punctuation())
                    || contains_ignore_ascii_case(PRONOUN_FOLLOWERS, next)
            }
            // `tu sei`, `le sette`, `i venti`.
            "sei" | "sette" | "venti" => {
                let verb_after = lower == "sei"
                    && contains_ignore_ascii_case(
                        &[
                            "stata", "stato", "già", "mai", "sempre", "un", "una", "il", "la",
                            "lo", "tu", "qui", "proprio", "davvero", "ancora", "solo", "sola",
                        ],
                        win.text_at(at + 1),
                    );
                !contains_ignore_ascii_case(lex::NOT_BEFORE_AMBIGUOUS, previous) && !verb_after
            }
            _ => true,
        }
    }

    fn words_here(&self, win: &mut Window<'_>) -> Option<Found> {
        let text = win.text_at(0);
        if !has_number_head(text) {
            return None;
        }
        let lower = words::Lower::new(text)?;
        let w = lower.as_str();
        // Most words that begin like a number are not one: one look at the
        // word alone settles them.
        let special = matches!(w, "metà" | "mezzo" | "mezza" | "un" | "una" | "uno");
        if !special && words::cardinal_lower(w).is_none() && words::ordinal_lower(w).is_none() {
            return None;
        }
        // The article, nearly always: a number only before a scale (`un
        // milione`), as a fraction (`un terzo`) or as a pronoun (`ne è
        // rimasto uno`).
        if matches!(w, "un" | "una" | "uno") && self.in_context {
            let next = win.text_at(1);
            let pronoun = w != "un"
                && (next.is_empty()
                    || next.as_bytes()[0].is_ascii_punctuation()
                    || contains_ignore_ascii_case(PRONOUN_FOLLOWERS, next));
            if !pronoun && next.parse::<Scale>().is_err() && words::ordinal(next).is_none() {
                return None;
            }
        }
        let previous = win.previous_text();
        // `metà`, and `mezzo litro` (not `in mezzo`, `un mezzo`).
        if w == "metà" {
            return Some((1, NumberKind::Fraction, Value::fraction(1, 2).ok()?, None));
        }
        if matches!(w, "mezzo" | "mezza") && win.text_at(1).parse::<Scale>().is_err() {
            {
                let next = words::Lower::new(win.text_at(1))?;
                let measure = contains_ignore_ascii_case(lex::HALF_OF, next.as_str());
                if !self.in_context || measure && !is(previous, "un") && !is(previous, "in") {
                    return Some((1, NumberKind::Fraction, Value::fraction(1, 2).ok()?, None));
                }
                return None;
            }
        }
        // `un terzo`, `un quarto`: a fraction, in words.
        if matches!(w, "un" | "una" | "uno") {
            let next = win.text_at(1);
            if let Some(d) =
                words::ordinal(next).filter(|d| (3..=10).contains(d) || *d == 100 || *d == 1000)
            {
                if words::Lower::new(next)?.as_str().ends_with(['o', 'a']) {
                    if let Some((code, power)) = currency(next) {
                        // `un centesimo`: money.
                        let value = power_of_ten(power)?;
                        return Some((2, NumberKind::Money, value, Some(code)));
                    }
                    return Some((
                        2,
                        NumberKind::Fraction,
                        Value::fraction(1, d as i128).ok()?,
                        None,
                    ));
                }
            }
        }
        if let Some(q) = self.quantity(win, 0) {
            // `due terzi`, `tre quarti`.
            let next = words::Lower::new(win.text_at(q.len))?;
            if let Some(&(_, d)) = lex::FRACTION_PLURALS
                .iter()
                .find(|(p, _)| *p == next.as_str())
            {
                if q.value.is_integer() && q.scaled.is_none() {
                    let n = q.value.as_integer()?;
                    return Some((
                        q.len + 1,
                        NumberKind::Fraction,
                        Value::fraction(n, i128::from(d)).ok()?,
                        None,
                    ));
                }
            }
            return Some(self.finish(win, q));
        }
        let value = words::ordinal(text)?;
        if self.in_context && !self.ordinal_in_context(win, w) {
            return None;
        }
        Some((1, NumberKind::Ordinal, Value::from(value as i64), None))
    }

    fn ordinal_in_context(&self, win: &mut Window<'_>, lower: &str) -> bool {
        let previous = win.previous_text();
        let after_determiner = contains_ignore_ascii_case(lex::ORDINAL_DETERMINERS, previous)
            || previous.ends_with(['\'', '’']) && previous.len() <= 6;
        match lower {
            // "according to", "before", and `a seconda di`.
            "secondo" | "prima" | "secondi" => after_determiner,
            "seconda" => !is(previous, "a"),
            // `cinquanta centesimi` is money, read with the quantity.
            "centesimo" | "centesimi" => after_determiner,
            _ => true,
        }
    }

    fn roman(&self, win: &mut Window<'_>) -> Option<Found> {
        let text = win.text_at(0);
        let value = roman::value(text)?;
        if self.in_context {
            let previous = win.previous_text();
            let previous_plain = previous.strip_suffix('.').unwrap_or(previous);
            let labelled = contains_ignore_ascii_case(lex::ROMAN_BEFORE, previous_plain)
                || contains_ignore_ascii_case(
                    lex::ROMAN_AFTER,
                    win.text_at(1).trim_end_matches('.'),
                );
            // After a name (`Luigi XIV`, `Giovanni Paolo II`), except for the
            // numerals that are also words or acronyms (`MI`, `DI`, `VI`).
            let regnal = is_capitalized_name(previous)
                && !matches!(
                    text,
                    "I" | "V"
                        | "X"
                        | "L"
                        | "C"
                        | "D"
                        | "M"
                        | "DI"
                        | "MI"
                        | "CI"
                        | "LI"
                        | "VI"
                        | "DC"
                        | "CD"
                        | "MC"
                        | "MD"
                        | "DL"
                        | "CL"
                        | "CC"
                        | "MM"
                        | "DM"
                        | "CV"
                        | "XL"
                        | "XXL"
                        | "MIX"
                        | "DIV"
                        | "CIV"
                        | "LIV"
                        | "MIL"
                );
            if !(labelled || regnal) {
                return None;
            }
        }
        Some((1, NumberKind::Roman, Value::from(i64::from(value)), None))
    }
}

/// Words after which `uno`/`una` is a pronoun, a number (`uno dei
/// feriti`), rather than an article.
const PRONOUN_FOLLOWERS: &[&str] = &["dei", "degli", "delle", "di", "fra", "su", "tra"];

/// `Luigi`, `Paolo`: a capital and then lowercase letters.
fn is_capitalized_name(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && word.len() >= 2 && chars.all(char::is_lowercase)
}

/// Whether a token may begin a number expression: digits, a sign, a
/// currency sign or code, a roman numeral, or a word that begins as a
/// number word, an ordinal or `mezzo`/`metà` does. The extractor passes
/// over every other token without looking further.
pub(crate) fn may_start_match(text: &str) -> bool {
    let b = text.as_bytes();
    match b[0] {
        b'0'..=b'9' | b'-' | b'+' | b'$' => true,
        b'A'..=b'Z' | b'a'..=b'z' => {
            may_start_number(b)
                || is_currency_code(text)
                || b.iter().all(|c| b"IVXLCDM".contains(c))
        }
        _ => matches!(text, "−" | "€" | "£" | "¥"),
    }
}

/// [`may_start_match`] from the token's [`head`](crate::lexicon::head): the common answer,
/// a lowercase word that cannot begin a number, without a branch on its
/// length.
#[inline]
pub(crate) fn may_start_match_head(text: &str, head: u32) -> bool {
    let first = head as u8;
    if first.is_ascii_digit() | matches!(first, b'-' | b'+' | b'$') {
        return true;
    }
    if NUMBER_STARTS.contains_head(head, text.len()) && has_number_head(text) {
        return true;
    }
    !first.is_ascii_lowercase() && may_start_match(text)
}

/// See [`may_start_match`]: a word must begin as a number word does.
fn may_start_number(b: &[u8]) -> bool {
    NUMBER_STARTS.contains(b)
}

/// The short number words whole, the longer ones by their first three
/// letters, and `tr` for `tré` (its accent ends the key).
static NUMBER_STARTS: StartSet = StartSet::new(
    &[&["un", "uno", "una", "due", "tre", "sei", "tr"]],
    &[lex::NUMBER_PREFIXES],
);

/// Whether a word begins as a number word does: its first four letters in
/// [`lex::NUMBER_HEADS`]. Shorter words and words with other bytes in
/// their first four pass.
pub(crate) fn has_number_head(word: &str) -> bool {
    NUMBER_HEAD_SET.allows(word.as_bytes())
}

static NUMBER_HEAD_SET: HeadSet = HeadSet::new(&[lex::NUMBER_HEADS]);

fn starts_with_digit(text: &str) -> bool {
    text.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

fn power_of_ten(power: i32) -> Option<Value> {
    let p = 10i128.checked_pow(power.unsigned_abs())?;
    if power >= 0 {
        Some(Value::fraction(p, 1).ok()?)
    } else {
        Value::fraction(1, p).ok()
    }
}

#[derive(Debug, Clone, Copy)]
enum Unit {
    Percent,
    Money(&'static str, i32),
}

/// A scale word's power of ten, through `parse` for brevity at call sites.
struct Scale(u32);

impl std::str::FromStr for Scale {
    type Err = ();

    fn from_str(word: &str) -> Result<Scale, ()> {
        words::scale(word).map(Scale).ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_word_passes_the_first_letter_test() {
        let mut words: Vec<String> = lex::SMALL.iter().map(|(w, _)| w.to_string()).collect();
        words.extend(
            lex::TENS
                .iter()
                .map(|(stem, vowel, _)| format!("{stem}{vowel}")),
        );
        words.extend(
            lex::ORDINAL_STEMS
                .iter()
                .map(|(stem, _)| format!("{stem}o")),
        );
        words.extend(
            [
                "cento",
                "duecento",
                "mille",
                "duemila",
                "milione",
                "miliardo",
                "mezzo",
                "metà",
                "undicesimo",
                "bilione",
            ]
            .map(String::from),
        );
        for word in &words {
            if matches!(word.as_str(), "un" | "una") {
                continue;
            }
            assert!(may_start_match(word), "{word}");
            let capitalized = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
            assert!(may_start_match(&capitalized), "{capitalized}");
        }
        for word in [
            "della", "questo", "sempre", "di", "il", "perché", "è", "Roma",
        ] {
            assert!(!may_start_match(word), "{word}");
        }
    }
}
