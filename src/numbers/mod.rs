//! Numbers in Italian text: digits, words, ordinals, percentages, money
//! and quantities with their unit.
//!
//! [`numbers`] reads the token stream of a text and yields every number it
//! states, with its byte span, its [`NumberKind`], its exact [`Value`] and,
//! for money and measures, its [`Unit`]:
//!
//! - digits in Italian format (`11.000`, `1.234,56`, `-5`, `−3,2`, `,77`,
//!   `1e10`), with groups of three set apart by spaces (`100 000`,
//!   `6 700,54`, `1 234 567` with thin or no-break spaces) and scale words
//!   (`1,5 miliardi`, `11 mila`, `2 mln`, `10k`, `3M`);
//! - number words (`ventitré`, `duemilaventiquattro`, `tre milioni
//!   duecentomila`, `un milione e trecentomila`, `due milioni e mezzo`,
//!   `tre virgola cinque`, `tre dozzine`, `settant'anni`, `meno 5`);
//! - ordinals (`primo`, `ventitreesima`, `1ª`, `21esima`, `10^`, `il 3°
//!   posto`) and roman numerals where the context makes them numbers
//!   (`Luigi XIV`, `XXI secolo`, `la II guerra mondiale`);
//! - fractions (`due terzi`, `tre ventunesimi`, `uno su tre`, `1/2`, `½`,
//!   `2 1/4`, `centotre e due terzi`, `metà`);
//! - percentages (`3,5%`, `tre per cento`, `due per mille`, `3‰`);
//! - money, the currency before or after the amount and the cents after
//!   it (`€ 1.000`, `euro 350,00`, `C$ 20`, `10 milioni di euro`, `3 euro e
//!   50`, `cinquanta centesimi`), with its ISO 4217 code;
//! - quantities with their unit ([`NumberKind::Quantity`]): lengths,
//!   masses, volumes, areas, temperatures, speeds, data, energy and power,
//!   written out, abbreviated or as a symbol (`12,5 chilometri`,
//!   `40.600km`, `mezzo litro`, `−3,2 °C`, `30 gradi`, `80 km/h`, `256 GB`,
//!   `22 kW`); [`Unit::family`] groups them;
//! - round estimates, marked [approximate](NumberMatch::is_approximate)
//!   (`una ventina`, `un migliaio di euro`).
//!
//! What only looks like a number is left out: the article `un`/`una`,
//! `secondo` meaning "according to" and `prima` meaning "before", labels,
//! their lists and codes (`art. 21`, `commi 2 e 3`, `n. 300`, `modello 730`,
//! `CAP 00185`, `1.2.3`, `CIE 3.0`, phone numbers such as `02 1234 5678`),
//! list numbering at a line start, house numbers (`Via Roma, 33`), models
//! (`Alfa Romeo 147`), places (`Sesto San Giovanni`), emergency numbers
//! (`il 118`), footnote marks (`Grigioni[4]`), file names (`(1).pdf`) and
//! times of day (`alle 14:30`, `alle 7.45`). Numbers that are part of a
//! date are reported by [`extract`](crate::extract), which resolves
//! overlaps; `numbers` alone does not know about dates.
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

mod context;
mod digits;
mod quantity;
mod roman;
pub(crate) mod rules;
mod units;
mod value;
pub(crate) mod words;

use std::borrow::Cow;
use std::iter::FusedIterator;
use std::ops::Range;

pub use crate::lexicon::units::UnitFamily;
pub use units::Unit;
pub use value::Value;

pub(crate) use rules::NumberReader;

use crate::lexicon::contains_ignore_ascii_case;
use crate::window::Window;
use crate::Error;

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
    /// A measure with its unit, which [`NumberMatch::unit`] gives: `12,5
    /// chilometri`, `30 gradi`, `256 GB`, `mezzo litro`.
    Quantity,
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
            NumberKind::Quantity => "quantity",
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberMatch<'a> {
    text: Cow<'a, str>,
    start: usize,
    end: usize,
    kind: NumberKind,
    value: Value,
    unit: Option<Unit>,
    approximate: bool,
    rule: &'static str,
}

impl<'a> NumberMatch<'a> {
    /// The matched text: a slice of the caller's string, or, in the
    /// results of [`analyze`](crate::analyze()), the text as normalized
    /// where normalization changed it.
    ///
    /// # Examples
    ///
    /// ```
    /// let m = italiano::numbers("Sono ventitré.").next().unwrap();
    /// assert_eq!(m.text(), "ventitré");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
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
        self.start..self.end
    }

    /// The match with its text owned, free of the caller's string.
    ///
    /// # Examples
    ///
    /// ```
    /// fn first_number(text: String) -> Option<italiano::numbers::NumberMatch<'static>> {
    ///     italiano::numbers(&text).next().map(|m| m.into_owned())
    /// }
    ///
    /// let m = first_number("Costa 12 euro.".to_owned()).unwrap();
    /// assert_eq!((m.text(), m.range()), ("12 euro", 6..13));
    /// ```
    pub fn into_owned(self) -> NumberMatch<'static> {
        NumberMatch {
            text: Cow::Owned(self.text.into_owned()),
            ..self
        }
    }

    /// The match moved to `range` of another text, reporting `text`.
    pub(crate) fn relocated(self, range: Range<usize>, text: Cow<'_, str>) -> NumberMatch<'_> {
        NumberMatch {
            text,
            start: range.start,
            end: range.end,
            ..self
        }
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
        self.unit
            .filter(|u| u.family() == UnitFamily::Currency)
            .map(|u| u.symbol())
    }

    /// The unit of a quantity, or the currency of an amount of money.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::numbers::UnitFamily;
    ///
    /// let m = italiano::numbers("raffiche a 80 km/h").next().unwrap();
    /// let unit = m.unit().unwrap();
    /// assert_eq!((unit.symbol(), unit.family()), ("km/h", UnitFamily::Speed));
    /// ```
    pub fn unit(&self) -> Option<Unit> {
        self.unit
    }

    /// Whether the number is a round estimate: `una ventina` (about
    /// twenty), `un migliaio` (about a thousand).
    ///
    /// # Examples
    ///
    /// ```
    /// let m = italiano::numbers("una ventina di persone").next().unwrap();
    /// assert_eq!((m.text(), m.value().to_string()), ("una ventina", "20".to_owned()));
    /// assert!(m.is_approximate());
    /// ```
    pub fn is_approximate(&self) -> bool {
        self.approximate
    }

    /// The name of the rule that read the number (`<currency> <amount>`,
    /// `<cardinal> [<fraction>]`): for diagnostics and tests. Names may
    /// change between minor versions.
    ///
    /// # Examples
    ///
    /// ```
    /// let m = italiano::numbers("costa € 5").next().unwrap();
    /// assert_eq!(m.rule(), "<currency> <amount>");
    /// ```
    pub fn rule(&self) -> &'static str {
        self.rule
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
/// let text = "tre o quattro";
/// let mut found = italiano::numbers(text);
/// assert_eq!(found.next().map(|m| &text[m.range()]), Some("tre"));
/// assert_eq!(found.next().map(|m| m.range()), Some(6..13));
/// assert!(found.next().is_none());
/// ```
#[derive(Debug, Clone)]
pub struct NumberMatches<'a> {
    window: Window<'a>,
    reader: NumberReader,
}

impl<'a> Iterator for NumberMatches<'a> {
    type Item = NumberMatch<'a>;

    fn next(&mut self) -> Option<NumberMatch<'a>> {
        loop {
            self.window.skip_to(&rules::FILTER)?;
            if let Some(found) = self.reader.next_at(&mut self.window) {
                return Some(found);
            }
        }
    }
}

impl FusedIterator for NumberMatches<'_> {}

crate::string_forms!(
    NumberKind,
    "number kind",
    [
        NumberKind::Cardinal,
        NumberKind::Decimal,
        NumberKind::Ordinal,
        NumberKind::Percent,
        NumberKind::Money,
        NumberKind::Fraction,
        NumberKind::Roman,
        NumberKind::Quantity,
    ]
);

/// The fields `extract` prints: `text`, `start`, `end`, `kind`, `value`
/// (a string), `unit` (the symbol of a quantity's unit or the code of a
/// currency, or null), `approximate`.
#[cfg(feature = "serde")]
impl serde::Serialize for NumberMatch<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("NumberMatch", 7)?;
        s.serialize_field("text", self.text())?;
        s.serialize_field("start", &self.range().start)?;
        s.serialize_field("end", &self.range().end)?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("value", &self.value)?;
        s.serialize_field("unit", &self.unit.map(|u| u.symbol()))?;
        s.serialize_field("approximate", &self.approximate)?;
        s.end()
    }
}

/// What a rule read: its length in tokens, kind, value, unit, and
/// whether it is a round estimate.
#[derive(Debug, Clone, Copy)]
struct Found {
    len: usize,
    kind: NumberKind,
    value: Value,
    unit: Option<Unit>,
    approximate: bool,
    /// Bytes of the match behind the cursor's token (the `,` of `,77`).
    back: usize,
}

impl Found {
    fn new(len: usize, kind: NumberKind, value: Value) -> Found {
        Found {
            len,
            kind,
            value,
            unit: None,
            approximate: false,
            back: 0,
        }
    }

    fn with_unit(self, unit: Unit) -> Found {
        Found {
            unit: Some(unit),
            ..self
        }
    }

    fn approximately(self, approximate: bool) -> Found {
        Found {
            approximate,
            ..self
        }
    }
}

/// A count in a date or duration: digits, a number word, or `un`, `una`,
/// `uno` (`un anno fa`); whole and not negative.
pub(crate) fn count(word: &str) -> Option<i64> {
    if contains_ignore_ascii_case(crate::lexicon::numbers::ONE, word) {
        return Some(1);
    }
    // The common shapes without the whole number reader, which tokenizes
    // its input: plain digits, one cardinal word, and a word that is no
    // number at all (`settimane`), the commonest of all.
    let bytes = word.as_bytes();
    if !bytes.is_empty() && bytes.len() <= 18 && bytes.iter().all(u8::is_ascii_digit) {
        return word.parse().ok();
    }
    if let Some(n) = words::cardinal(word) {
        return Some(i64::from(n));
    }
    let alphabetic = bytes.first().is_some_and(u8::is_ascii_lowercase)
        || bytes.len() > 1 && bytes[1].is_ascii_lowercase();
    if alphabetic && !bytes.iter().any(u8::is_ascii_digit) && words::ordinal(word).is_none() {
        return None;
    }
    // A roman numeral names (`Luigi XIV`, `il XIV secolo`); it counts
    // nothing (`tra XIV anni` is no time from now).
    if crate::text::is_roman_shape(word) {
        return None;
    }
    let value = parse_number(word).ok()?;
    value
        .is_integer()
        .then(|| value.numerator())
        .and_then(|n| i64::try_from(n).ok())
}

/// A cardinal written as one word (`ventitré`,
/// `millenovecentocinquantasette`).
pub(crate) fn cardinal_word(word: &str) -> Option<u32> {
    words::cardinal(word)
}

/// The value of a roman numeral (`XXI`), for the date reader's centuries.
pub(crate) fn roman_value(word: &str) -> Option<u32> {
    roman::value(word)
}

fn power_of_ten(power: i32) -> Option<Value> {
    let p = 10i128.checked_pow(power.unsigned_abs())?;
    if power >= 0 {
        Some(Value::fraction(p, 1).ok()?)
    } else {
        Value::fraction(1, p).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::numbers as lex;

    fn may_start(word: &str) -> bool {
        rules::FILTER.may_start(word, crate::lexicon::head(word.as_bytes(), 0, word.len()))
    }

    #[test]
    fn every_number_word_passes_the_start_filter() {
        let mut words: Vec<String> = (0..=2_000)
            .chain([10_000, 99_999, 123_456, 999_999])
            .map(spell)
            .collect();
        words.extend(lex::ORDINAL_STEMS.iter().flat_map(|(stem, _)| {
            lex::ORDINAL_ENDINGS
                .iter()
                .map(move |e| format!("{stem}{e}"))
        }));
        words.extend(
            [
                "undicesimo",
                "ventitreesima",
                "centesimi",
                "millesimo",
                "milionesimo",
            ]
            .map(String::from),
        );
        words.extend(
            lex::SCALES
                .iter()
                .chain(lex::FRACTION_PLURALS)
                .map(|(w, _)| w.to_string()),
        );
        words.extend(lex::HALVES.iter().map(|w| w.to_string()));
        for word in &words {
            let capitalized = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
            assert!(may_start(word) && may_start(&capitalized), "{word}");
        }
        for rule in rules::RULES {
            for start in rule.starts {
                if let crate::start::Start::Words(words) = start {
                    for word in *words {
                        assert!(may_start(word), "{}: {word}", rule.name);
                    }
                }
            }
        }
        for word in [
            "della", "questo", "sempre", "di", "il", "perché", "è", "Roma", "quando",
        ] {
            assert!(!may_start(word), "{word}");
        }
    }

    /// A cardinal in words, by the grammar of `words` run backwards.
    fn spell(n: u32) -> String {
        let small = |n: u32| {
            lex::SMALL
                .iter()
                .find(|(w, v)| *v == n && !matches!(*w, "un" | "una" | "tré"))
                .map(|(w, _)| w.to_string())
        };
        let below_hundred = |n: u32| -> String {
            if n < 20 {
                return small(n).unwrap_or_default();
            }
            let &(stem, vowel, _) = lex::TENS
                .iter()
                .find(|(_, _, t)| *t == n / 10 * 10)
                .unwrap();
            match n % 10 {
                0 => format!("{stem}{vowel}"),
                1 | 8 => format!("{stem}{}", small(n % 10).unwrap()),
                u => format!("{stem}{vowel}{}", small(u).unwrap()),
            }
        };
        let below_thousand = |n: u32| -> String {
            let (h, rest) = (n / 100, n % 100);
            let hundreds = match h {
                0 => String::new(),
                1 => "cento".into(),
                h => format!("{}cento", small(h).unwrap()),
            };
            if rest == 0 && h > 0 {
                hundreds
            } else {
                format!("{hundreds}{}", below_hundred(rest))
            }
        };
        match (n / 1000, n % 1000) {
            (0, r) => below_thousand(r),
            (1, 0) => "mille".into(),
            (1, r) => format!("mille{}", below_thousand(r)),
            (t, 0) => format!("{}mila", below_thousand(t)),
            (t, r) => format!("{}mila{}", below_thousand(t), below_thousand(r)),
        }
    }

    #[test]
    fn spelled_numbers_read_back() {
        for n in (0..=2_000).chain([99_999, 123_456, 999_999]) {
            assert_eq!(words::cardinal(&spell(n)), Some(n), "{}", spell(n));
        }
    }
}
