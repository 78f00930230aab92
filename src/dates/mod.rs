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

mod civil;
pub(crate) mod read;

use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;

pub use civil::{Date, Weekday};

use crate::window::Window;

/// How precise a date is: a day, or a whole week, month and so on.
///
/// # Examples
///
/// ```
/// use italiano::dates::{Date, Grain};
///
/// let m = italiano::dates("a settembre", Date::new(2024, 6, 18)?).next().unwrap();
/// assert_eq!(m.value().grain(), Some(Grain::Month));
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum Grain {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Grain {
    /// The grain's lowercase English name.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::dates::Grain::Decade.as_str(), "decade");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
            Grain::Year => "year",
            Grain::Decade => "decade",
            Grain::Century => "century",
        }
    }
}

/// A date at a grain: the first day of the period and how long it is.
///
/// `Display` writes the conventional form of each grain: `2024-06-19`,
/// `2024-W25`, `2024-06`, `2024-Q2`, `2024`, and the first year of a decade
/// (`1990`) or century (`1900`).
///
/// # Examples
///
/// ```
/// use italiano::dates::{Date, Grain, Period};
///
/// let p = Period::new(Date::new(2024, 6, 18)?, Grain::Week);
/// assert_eq!(p.to_string(), "2024-W25");
/// assert_eq!(p.start().to_string(), "2024-06-17");
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    start: Date,
    grain: Grain,
}

impl Period {
    /// The period of `grain` that contains `date`.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, Grain, Period};
    ///
    /// let p = Period::new(Date::new(1994, 5, 3)?, Grain::Decade);
    /// assert_eq!(p.to_string(), "1990");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn new(date: Date, grain: Grain) -> Period {
        let (y, m) = (date.year(), date.month());
        let first = |y: i32, m: u32| Date::new(y, m, 1).unwrap_or(date);
        let start = match grain {
            Grain::Day => date,
            Grain::Week => date.add_days(1 - i64::from(date.weekday().number_from_monday())),
            Grain::Month => first(y, m),
            Grain::Quarter => first(y, (m - 1) / 3 * 3 + 1),
            Grain::Year => first(y, 1),
            Grain::Decade => first(y - y.rem_euclid(10), 1),
            Grain::Century => first(y - y.rem_euclid(100), 1),
        };
        Period { start, grain }
    }

    /// The first day of the period.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, Grain, Period};
    ///
    /// let p = Period::new(Date::new(2024, 8, 9)?, Grain::Quarter);
    /// assert_eq!(p.start().to_string(), "2024-07-01");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn start(&self) -> Date {
        self.start
    }

    /// The period's grain.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, Grain, Period};
    ///
    /// assert_eq!(Period::new(Date::new(2024, 8, 9)?, Grain::Year).grain(), Grain::Year);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn grain(&self) -> Grain {
        self.grain
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.start;
        match self.grain {
            Grain::Day => write!(f, "{d}"),
            Grain::Week => {
                let (y, w) = d.iso_week();
                write!(f, "{y:04}-W{w:02}")
            }
            Grain::Month => write!(f, "{:04}-{:02}", d.year(), d.month()),
            Grain::Quarter => write!(f, "{:04}-Q{}", d.year(), (d.month() - 1) / 3 + 1),
            Grain::Year | Grain::Decade | Grain::Century => write!(f, "{:04}", d.year()),
        }
    }
}

/// The value of a date match: one period, or a range of two (either end
/// may be open).
///
/// `Display` writes a period as [`Period`] does, and a range as
/// `START/END` with an inclusive end and `..` for an open one.
///
/// # Examples
///
/// ```
/// use italiano::dates::Date;
///
/// let reference = Date::new(2024, 6, 18)?;
/// let values: Vec<String> = italiano::dates("dal 3 al 5 marzo, poi dal 2000", reference)
///     .map(|m| m.value().to_string())
///     .collect();
/// assert_eq!(values, ["2024-03-03/2024-03-05", "2000/.."]);
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateValue {
    /// A single period.
    Period(Period),
    /// From `start` to `end`, inclusive; `None` is an open end.
    Range {
        /// The first period, if the range has a start.
        start: Option<Period>,
        /// The last period, if the range has an end.
        end: Option<Period>,
    },
}

impl DateValue {
    /// The grain of the period, or of the range's ends.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, Grain};
    ///
    /// let m = italiano::dates("ieri", Date::new(2024, 6, 18)?).next().unwrap();
    /// assert_eq!(m.value().grain(), Some(Grain::Day));
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn grain(&self) -> Option<Grain> {
        match self {
            DateValue::Period(p) => Some(p.grain),
            DateValue::Range { start, end } => start.or(*end).map(|p| p.grain),
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Period(p) => write!(f, "{p}"),
            DateValue::Range { start, end } => {
                match start {
                    Some(p) => write!(f, "{p}")?,
                    None => f.write_str("..")?,
                }
                f.write_str("/")?;
                match end {
                    Some(p) => write!(f, "{p}"),
                    None => f.write_str(".."),
                }
            }
        }
    }
}

/// What a date match is.
///
/// # Examples
///
/// ```
/// use italiano::dates::{Date, DateKind};
///
/// let m = italiano::dates("tre giorni fa", Date::new(2024, 6, 18)?).next().unwrap();
/// assert_eq!(m.kind(), DateKind::Relative);
/// assert_eq!(m.kind().as_str(), "relative");
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum DateKind {
    /// Stated in the text: `19 giugno 2024`, `nel 2022`, `a settembre`.
    Absolute,
    /// Counted from the reference date: `ieri`, `tre giorni fa`.
    Relative,
    /// A bare weekday, resolved by tense: `giovedì`.
    Weekday,
    /// A range: `dal 3 al 5 marzo`, `dal 2000`.
    Range,
}

impl DateKind {
    /// The kind's lowercase English name.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::dates::DateKind::Range.as_str(), "range");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            DateKind::Absolute => "absolute",
            DateKind::Relative => "relative",
            DateKind::Weekday => "weekday",
            DateKind::Range => "range",
        }
    }
}

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
    let (kind, value) = hit.value?;
    Some(DateMatch {
        text: &text[hit.range.clone()],
        start: hit.range.start,
        kind,
        value,
    })
}

impl<'a> Iterator for DateMatches<'a> {
    type Item = DateMatch<'a>;

    fn next(&mut self) -> Option<DateMatch<'a>> {
        loop {
            self.window
                .skip_while(|text, head| !read::may_start_date_head(text, head));
            self.window.get(0)?;
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
