//! Dates in Italian text, resolved against a reference date.
//!
//! [`dates`] reads the token stream and yields absolute dates (`19 giugno
//! 2024`, `19/06/2024`, `3.4.1962`, `2024-06-19`, `giugno 2023`, `nel
//! 2022`), relative ones (`ieri`, `tre giorni fa`, `fra due settimane`,
//! `l'anno prossimo`, `sabato scorso`), bare weekdays (`giovedì`), periods
//! (`anni '90`, `il Novecento`) and ranges (`dal 3 al 5 marzo`, `da lunedì
//! a mercoledì`, `dal 2000`, `fino al 31 dicembre 2025`), each with its
//! [`DateValue`] at a [`Grain`].
//!
//! Day and month always come in that order, as Italian writes them. Dates
//! that do not exist (`31 febbraio`, `30/02/2023`) are not dates, and no
//! part of them is reported.
//!
//! # Resolution
//!
//! What the text leaves open is taken from the reference date (the day the
//! text was written) and from the tense of the clause:
//!
//! - a day and month without a year (`8 marzo`) take the reference year;
//!   in a clause in the past tense, the latest such day on or before the
//!   reference; in the present or future tense, the first on or after it
//!   (`la scadenza è il primo gennaio` is the coming one);
//!   a weekday named with them settles the year instead (`venerdì 5
//!   luglio` is in the nearest year whose 5 July is a Friday);
//! - a month alone (`a settembre`) follows the same rule at month grain;
//! - a bare weekday (`giovedì`) is the most recent one in the past tense and
//!   the next one otherwise (the reference day itself counts in both);
//!   [`WeekdayPolicy`] can force past, future or nearest;
//! - `martedì prossimo` is the first Tuesday after the reference, one week
//!   on when the reference is itself a Tuesday; `sabato scorso` the last
//!   Saturday before it;
//! - `N giorni fa`, `fra N mesi` use calendar arithmetic at day grain;
//! - the tense is read from the sentence around the date (up to 200 bytes
//!   before it and 24 tokens after): auxiliaries, the endings of the
//!   passato remoto, imperfect and future, `ieri`, `domani`; a sentence
//!   with no such cue leaves the reference year.
//!
//! Spans leave out articles and prepositions (`dell'8 marzo` gives `8
//! marzo`, `l'altro ieri` gives `altro ieri`), except the words that carry
//! meaning: `dal … al …`, `fra`/`tra …`, `… fa`, `scorso`/`prossimo`.
//!
//! Two-digit years (`19/6/24`) are 2000-2069 below 70 and 1970-1999 from
//! 70 up.

mod calendar;
mod civil;
mod combine;
mod expr;
mod named;
mod periods;
mod positions;
pub(crate) mod read;
mod resolve;
pub(crate) mod rules;
mod tense;
mod value;

use std::iter::FusedIterator;
use std::ops::Range;

pub use civil::{Date, Weekday};
pub use value::{DateKind, DateValue, Grain, Period};

use crate::window::Window;

/// How a bare weekday resolves.
///
/// # Examples
///
/// ```
/// use italiano::dates::{Date, DateOptions, WeekdayPolicy};
///
/// let reference = Date::new(2024, 6, 18)?;
/// let options = DateOptions::new().weekdays(WeekdayPolicy::Future);
/// let m = italiano::dates::dates_with("Giovedì ha piovuto.", reference, &options).next().unwrap();
/// assert_eq!(m.value().to_string(), "2024-06-20");
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum WeekdayPolicy {
    /// Past tense: the most recent; otherwise the next (the default).
    #[default]
    ByTense,
    /// Always the most recent, on or before the reference.
    Past,
    /// Always the next, on or after the reference.
    Future,
    /// The closer of the two.
    Nearest,
}

/// Options for [`dates_with`].
///
/// # Examples
///
/// ```
/// use italiano::dates::{DateOptions, WeekdayPolicy};
///
/// const OPTIONS: DateOptions = DateOptions::new().weekdays(WeekdayPolicy::Past);
/// assert_eq!(OPTIONS, DateOptions::default().weekdays(WeekdayPolicy::Past));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct DateOptions {
    weekdays: WeekdayPolicy,
}

impl DateOptions {
    /// The defaults: weekdays resolved by tense.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::dates::DateOptions::new(), Default::default());
    /// ```
    pub const fn new() -> DateOptions {
        DateOptions {
            weekdays: WeekdayPolicy::ByTense,
        }
    }

    /// How bare weekdays resolve.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{DateOptions, WeekdayPolicy};
    ///
    /// let options = DateOptions::new().weekdays(WeekdayPolicy::Nearest);
    /// # let _ = options;
    /// ```
    pub const fn weekdays(mut self, policy: WeekdayPolicy) -> DateOptions {
        self.weekdays = policy;
        self
    }

    /// How bare weekdays resolve.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{DateOptions, WeekdayPolicy};
    ///
    /// let options = DateOptions::new().weekdays(WeekdayPolicy::Past);
    /// assert_eq!(options.weekday_policy(), WeekdayPolicy::Past);
    /// ```
    pub const fn weekday_policy(&self) -> WeekdayPolicy {
        self.weekdays
    }
}

/// A date found in a text.
///
/// # Examples
///
/// ```
/// use italiano::dates::{Date, DateKind};
///
/// let text = "Il volo dell'8 marzo 2024 è stato cancellato.";
/// let m = italiano::dates(text, Date::new(2024, 6, 18)?).next().unwrap();
/// assert_eq!(m.text(), "8 marzo 2024");
/// assert_eq!(&text[m.range()], m.text());
/// assert_eq!(m.kind(), DateKind::Absolute);
/// assert_eq!(m.value().to_string(), "2024-03-08");
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMatch<'a> {
    text: &'a str,
    start: usize,
    kind: DateKind,
    value: DateValue,
    rule: &'static str,
}

impl<'a> DateMatch<'a> {
    /// The matched text, a slice of the caller's string.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::dates::Date;
    /// let m = italiano::dates("Domani piove.", Date::new(2024, 6, 18)?).next().unwrap();
    /// assert_eq!(m.text(), "Domani");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The byte range of the match in the caller's string.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::dates::Date;
    /// let m = italiano::dates("Nel 2022.", Date::new(2024, 6, 18)?).next().unwrap();
    /// assert_eq!(m.range(), 4..8);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }

    /// What the date is.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::dates::{Date, DateKind};
    /// let m = italiano::dates("giovedì", Date::new(2024, 6, 18)?).next().unwrap();
    /// assert_eq!(m.kind(), DateKind::Weekday);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn kind(&self) -> DateKind {
        self.kind
    }

    /// The resolved value.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::dates::Date;
    /// let m = italiano::dates("anni '90", Date::new(2024, 6, 18)?).next().unwrap();
    /// assert_eq!(m.value().to_string(), "1990");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn value(&self) -> DateValue {
        self.value
    }

    /// The name of the rule that read the date, its pattern in the manner
    /// of Duckling (`dal <date> al <date>`, `<count> <unit> fa`): for
    /// diagnostics and tests. Names may change between minor versions.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::dates::Date;
    /// let m = italiano::dates("tre giorni fa", Date::new(2024, 6, 18)?).next().unwrap();
    /// assert_eq!(m.rule(), "<count> <unit> fa");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn rule(&self) -> &'static str {
        self.rule
    }
}

/// The dates of `text`, resolved against `reference` with the default
/// [`DateOptions`].
///
/// # Examples
///
/// ```
/// use italiano::dates::Date;
///
/// let reference = Date::new(2024, 6, 18)?;
/// let found: Vec<String> = italiano::dates("Ieri sera, non il 31 febbraio.", reference)
///     .map(|m| format!("{}={}", m.text(), m.value()))
///     .collect();
/// assert_eq!(found, ["Ieri sera=2024-06-17"]);
/// # Ok::<(), italiano::Error>(())
/// ```
pub fn dates(text: &str, reference: Date) -> DateMatches<'_> {
    dates_with(text, reference, &DateOptions::new())
}

/// The dates of `text`, resolved against `reference` with `options`.
///
/// # Examples
///
/// ```
/// use italiano::dates::{dates_with, Date, DateOptions, WeekdayPolicy};
///
/// let options = DateOptions::new().weekdays(WeekdayPolicy::Past);
/// let m = dates_with("sabato", Date::new(2024, 6, 18)?, &options).next().unwrap();
/// assert_eq!(m.value().to_string(), "2024-06-15");
/// # Ok::<(), italiano::Error>(())
/// ```
pub fn dates_with<'a>(text: &'a str, reference: Date, options: &DateOptions) -> DateMatches<'a> {
    DateMatches {
        window: Window::new(text),
        reader: read::DateReader::new(reference, *options),
    }
}

/// The iterator returned by [`dates`].
///
/// # Examples
///
/// ```
/// # use italiano::dates::Date;
/// let mut found = italiano::dates("oggi e domani", Date::new(2024, 6, 18)?);
/// assert_eq!(found.next().map(|m| m.value().to_string()).as_deref(), Some("2024-06-18"));
/// assert_eq!(found.next().map(|m| m.value().to_string()).as_deref(), Some("2024-06-19"));
/// assert!(found.next().is_none());
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct DateMatches<'a> {
    window: Window<'a>,
    reader: read::DateReader,
}

/// A date match from a hit of the reader, or `None` for an invalid date.
pub(crate) fn to_match<'a>(text: &'a str, hit: read::Hit) -> Option<DateMatch<'a>> {
    let (kind, value) = hit.found?;
    Some(DateMatch {
        text: &text[hit.range.clone()],
        start: hit.range.start,
        kind,
        value,
        rule: hit.rule,
    })
}

impl<'a> Iterator for DateMatches<'a> {
    type Item = DateMatch<'a>;

    fn next(&mut self) -> Option<DateMatch<'a>> {
        loop {
            self.window.skip_to(&rules::FILTER)?;
            match self.reader.hit_at(&mut self.window) {
                Some(hit) => {
                    if let Some(found) = to_match(self.window.text(), hit) {
                        return Some(found);
                    }
                }
                None => self.window.advance(1),
            }
        }
    }
}

impl FusedIterator for DateMatches<'_> {}

/// The fields `extract` prints: `text`, `start`, `end`, `kind`, `grain`,
/// `value` (the string form of [`DateValue`]).
#[cfg(feature = "serde")]
impl serde::Serialize for DateMatch<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("DateMatch", 6)?;
        s.serialize_field("text", self.text)?;
        s.serialize_field("start", &self.range().start)?;
        s.serialize_field("end", &self.range().end)?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("grain", &self.value.grain())?;
        s.serialize_field("value", &self.value.to_string())?;
        s.end()
    }
}
