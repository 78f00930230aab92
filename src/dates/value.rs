//! The values of date matches: grains, periods, ranges, kinds.

use std::fmt;

use super::{Date, DateTime, Time};
use crate::Error;

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
#[non_exhaustive]
#[allow(missing_docs)]
pub enum Grain {
    Second,
    Minute,
    Hour,
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
            Grain::Second => "second",
            Grain::Minute => "minute",
            Grain::Hour => "hour",
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
            Grain::Year => "year",
            Grain::Decade => "decade",
            Grain::Century => "century",
        }
    }

    /// Whether the grain is finer than a day: an hour, a minute, a second.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::Grain;
    ///
    /// assert!(Grain::Minute.is_time_of_day());
    /// assert!(!Grain::Day.is_time_of_day());
    /// ```
    pub fn is_time_of_day(self) -> bool {
        matches!(self, Grain::Second | Grain::Minute | Grain::Hour)
    }

    /// Its length in seconds, for the grains finer than a day.
    fn seconds(self) -> Option<i64> {
        match self {
            Grain::Second => Some(1),
            Grain::Minute => Some(60),
            Grain::Hour => Some(3600),
            _ => None,
        }
    }
}

/// A date at a grain: the first moment of the period and how long it is.
///
/// `Display` writes the conventional form of each grain: `2024-06-19`,
/// `2024-W25`, `2024-06`, `2024-Q2`, `2024`, the first year of a decade
/// (`1990`) or century (`1900`), and for the grains of a time of day
/// `2024-06-19T17:30` (hour and minute) or `2024-06-19T17:30:05` (second).
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Period {
    start: Date,
    /// The time of day of the first moment: midnight for a day and longer.
    time: Time,
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
            Grain::Second | Grain::Minute | Grain::Hour | Grain::Day => date,
            Grain::Week => date.add_days(1 - i64::from(date.weekday().number_from_monday())),
            Grain::Month => first(y, m),
            Grain::Quarter => first(y, (m - 1) / 3 * 3 + 1),
            Grain::Year => first(y, 1),
            Grain::Decade => first(y - y.rem_euclid(10), 1),
            Grain::Century => first(y - y.rem_euclid(100), 1),
        };
        Period {
            start,
            time: Time::MIDNIGHT,
            grain,
        }
    }

    /// The period of `grain` that contains the moment `at`: the hour of
    /// `17:30` is `17:00`.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{DateTime, Grain, Period};
    ///
    /// let at: DateTime = "2024-06-18T17:30:20".parse()?;
    /// assert_eq!(Period::at(at, Grain::Hour).to_string(), "2024-06-18T17:00");
    /// assert_eq!(Period::at(at, Grain::Second).to_string(), "2024-06-18T17:30:20");
    /// assert_eq!(Period::at(at, Grain::Month).to_string(), "2024-06");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn at(at: DateTime, grain: Grain) -> Period {
        let t = at.time();
        let time = match grain {
            Grain::Second => t,
            Grain::Minute => Time::new(t.hour(), t.minute(), 0).unwrap_or(t),
            Grain::Hour => Time::new(t.hour(), 0, 0).unwrap_or(t),
            _ => Time::MIDNIGHT,
        };
        Period {
            time,
            ..Period::new(at.date(), grain)
        }
    }

    /// The first moment of the period.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, Grain, Period};
    ///
    /// let p = Period::new(Date::new(2024, 6, 18)?, Grain::Month);
    /// assert_eq!(p.start_time().to_string(), "2024-06-01T00:00:00");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn start_time(&self) -> DateTime {
        DateTime::new(self.start, self.time)
    }

    /// The first day of the period (its day, for an hour or a minute).
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

    /// The last day of the period (its day, for an hour or a minute).
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, Grain, Period};
    ///
    /// let june = Period::new(Date::new(2024, 6, 18)?, Grain::Month);
    /// assert_eq!(june.end().to_string(), "2024-06-30");
    /// let week = Period::new(Date::new(2024, 12, 31)?, Grain::Week);
    /// assert_eq!(week.end().to_string(), "2025-01-05");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn end(&self) -> Date {
        match self.grain {
            Grain::Second | Grain::Minute | Grain::Hour | Grain::Day => self.start,
            Grain::Week => self.start.add_days(6),
            _ => self.step(1).start.add_days(-1),
        }
    }

    /// Whether `date` falls in the period.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, Grain, Period};
    ///
    /// let q = Period::new(Date::new(2024, 6, 18)?, Grain::Quarter);
    /// assert!(q.contains(Date::new(2024, 4, 1)?));
    /// assert!(!q.contains(Date::new(2024, 7, 1)?));
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn contains(&self, date: Date) -> bool {
        self.start <= date && date <= self.end()
    }

    /// The period `n` grains later (earlier when `n` is negative), at the
    /// same grain: the next month, the week before.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, Grain, Period};
    ///
    /// let q = Period::new(Date::new(2024, 11, 5)?, Grain::Quarter);
    /// assert_eq!(q.step(1).to_string(), "2025-Q1");
    /// assert_eq!(q.step(-4).to_string(), "2023-Q4");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn step(&self, n: i32) -> Period {
        let months = |k: i32| self.start.add_months(n.saturating_mul(k));
        if let Some(seconds) = self.grain.seconds() {
            let at = self
                .start_time()
                .add_seconds(seconds.saturating_mul(i64::from(n)));
            return Period::at(at, self.grain);
        }
        let start = match self.grain {
            Grain::Second | Grain::Minute | Grain::Hour | Grain::Day => {
                self.start.add_days(i64::from(n))
            }
            Grain::Week => self.start.add_days(7 * i64::from(n)),
            Grain::Month => months(1),
            Grain::Quarter => months(3),
            Grain::Year => months(12),
            Grain::Decade => months(120),
            Grain::Century => months(1200),
        };
        Period::new(start, self.grain)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.start;
        let t = self.time;
        match self.grain {
            Grain::Second => write!(f, "{d}T{t}"),
            Grain::Minute | Grain::Hour => {
                write!(f, "{d}T{:02}:{:02}", t.hour(), t.minute())
            }
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
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
    /// The range from `start` to `end`, inclusive, either end open
    /// (`None`), checked: both ends at one grain, and the end not before
    /// the start.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRange`] when both ends are open, their grains
    /// differ, or the end comes before the start.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, DateValue, Grain, Period};
    ///
    /// let day = |d| Date::new(2024, 3, d).map(|d| Period::new(d, Grain::Day));
    /// let range = DateValue::range(Some(day(3)?), Some(day(5)?))?;
    /// assert_eq!(range.to_string(), "2024-03-03/2024-03-05");
    /// assert_eq!(DateValue::range(Some(day(3)?), None)?.to_string(), "2024-03-03/..");
    /// assert!(DateValue::range(Some(day(5)?), Some(day(2)?)).is_err());
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn range(start: Option<Period>, end: Option<Period>) -> Result<DateValue, Error> {
        let range = DateValue::Range { start, end };
        match (start, end) {
            (None, None) => Err(Error::InvalidRange("a range needs at least one end".into())),
            (Some(s), Some(e)) if s.grain != e.grain => Err(Error::InvalidRange(format!(
                "range {range} mixes grains {} and {}",
                s.grain.as_str(),
                e.grain.as_str()
            ))),
            (Some(s), Some(e)) if e.start_time() < s.start_time() => Err(Error::InvalidRange(
                format!("range {range} ends before it starts"),
            )),
            _ => Ok(range),
        }
    }

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

    /// The first day of the value; `None` for a range open at its start.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, Grain, Period, DateValue};
    ///
    /// let june = Period::new(Date::new(2024, 6, 1)?, Grain::Month);
    /// assert_eq!(DateValue::Period(june).first_day(), Some(Date::new(2024, 6, 1)?));
    /// assert_eq!(DateValue::range(None, Some(june))?.first_day(), None);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn first_day(&self) -> Option<Date> {
        match self {
            DateValue::Period(p) => Some(p.start),
            DateValue::Range { start, .. } => start.map(|p| p.start),
        }
    }

    /// The last day of the value (the end is inclusive); `None` for a range
    /// open at its end.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, Grain, Period, DateValue};
    ///
    /// let june = Period::new(Date::new(2024, 6, 1)?, Grain::Month);
    /// let july = june.step(1);
    /// assert_eq!(DateValue::range(Some(june), Some(july))?.last_day(), Some(Date::new(2024, 7, 31)?));
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn last_day(&self) -> Option<Date> {
        match self {
            DateValue::Period(p) => Some(p.end()),
            DateValue::Range { end, .. } => end.map(|p| p.end()),
        }
    }

    /// Whether `date` falls in the value; an open end reaches as far as
    /// dates go.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, Grain, Period, DateValue};
    ///
    /// let from = Period::new(Date::new(2025, 1, 1)?, Grain::Day);
    /// let since = DateValue::range(Some(from), None)?;
    /// assert!(since.contains(Date::new(2030, 5, 1)?));
    /// assert!(!since.contains(Date::new(2024, 12, 31)?));
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn contains(&self, date: Date) -> bool {
        self.first_day().is_none_or(|d| d <= date) && self.last_day().is_none_or(|d| date <= d)
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
    /// A named day: `Ferragosto`.
    Holiday,
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
            DateKind::Holiday => "holiday",
        }
    }
}

crate::string_forms!(
    Grain,
    "grain",
    [
        Grain::Second,
        Grain::Minute,
        Grain::Hour,
        Grain::Day,
        Grain::Week,
        Grain::Month,
        Grain::Quarter,
        Grain::Year,
        Grain::Decade,
        Grain::Century,
    ]
);

crate::string_forms!(
    DateKind,
    "date kind",
    [
        DateKind::Absolute,
        DateKind::Relative,
        DateKind::Weekday,
        DateKind::Range,
        DateKind::Holiday,
    ]
);
