//! [`Time`] and [`DateTime`]: a validated civil time of day, and a
//! [`Date`] with one. No time zone and no leap seconds: the times Italian
//! text writes (`alle 17:30`) are wall-clock times of an unnamed place.

use std::fmt;
use std::str::FromStr;

use super::Date;
use crate::error::Field;
use crate::Error;

const SECONDS_PER_DAY: i64 = 86_400;

/// A time of day from 00:00:00 to 23:59:59, always valid.
///
/// `Display` and `FromStr` use ISO 8601: `17:30:00`; `FromStr` also takes
/// `17:30`.
///
/// # Examples
///
/// ```
/// use italiano::dates::Time;
///
/// let t = Time::new(17, 30, 0)?;
/// assert_eq!(t.to_string(), "17:30:00");
/// assert_eq!("08:15".parse::<Time>()?, Time::new(8, 15, 0)?);
/// assert_eq!(Time::new(24, 0, 0).unwrap_err().to_string(), "hour 24 is out of range (0 to 23)");
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Time {
    hour: u8,
    minute: u8,
    second: u8,
}

impl Time {
    /// Midnight, 00:00:00.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::dates::Time::MIDNIGHT.to_string(), "00:00:00");
    /// ```
    pub const MIDNIGHT: Time = Time {
        hour: 0,
        minute: 0,
        second: 0,
    };

    /// The time `hour:minute:second`, validated.
    ///
    /// # Errors
    ///
    /// [`Error::OutOfRange`] when the hour is past 23, or the minute or
    /// second past 59.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::Time;
    ///
    /// assert!(Time::new(12, 60, 0).is_err());
    /// assert_eq!(Time::new(9, 5, 7)?.to_string(), "09:05:07");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn new(hour: u32, minute: u32, second: u32) -> Result<Time, Error> {
        let check = |field, value: u32, max: u32| {
            if value > max {
                Err(Error::OutOfRange {
                    field,
                    value: value.into(),
                    min: 0,
                    max: max.into(),
                    month: None,
                })
            } else {
                Ok(value as u8)
            }
        };
        Ok(Time {
            hour: check(Field::Hour, hour, 23)?,
            minute: check(Field::Minute, minute, 59)?,
            second: check(Field::Second, second, 59)?,
        })
    }

    /// The hour, 0 to 23.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::dates::Time::new(17, 30, 0)?.hour(), 17);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn hour(&self) -> u32 {
        u32::from(self.hour)
    }

    /// The minute, 0 to 59.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::dates::Time::new(17, 30, 0)?.minute(), 30);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn minute(&self) -> u32 {
        u32::from(self.minute)
    }

    /// The second, 0 to 59.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::dates::Time::new(17, 30, 9)?.second(), 9);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn second(&self) -> u32 {
        u32::from(self.second)
    }

    /// Seconds since midnight.
    fn to_seconds(self) -> i64 {
        i64::from(self.hour) * 3600 + i64::from(self.minute) * 60 + i64::from(self.second)
    }

    /// The time `seconds` after midnight, taken modulo a day.
    fn from_seconds(seconds: i64) -> Time {
        let s = seconds.rem_euclid(SECONDS_PER_DAY);
        Time {
            hour: (s / 3600) as u8,
            minute: (s / 60 % 60) as u8,
            second: (s % 60) as u8,
        }
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}:{:02}", self.hour, self.minute, self.second)
    }
}

impl FromStr for Time {
    type Err = Error;

    /// Reads an ISO time, `HH:MM:SS` or `HH:MM`.
    fn from_str(s: &str) -> Result<Time, Error> {
        let invalid = || {
            Error::InvalidTime(format!(
                "`{}` is not a time in the form HH:MM or HH:MM:SS",
                crate::error::excerpt(s)
            ))
        };
        let mut fields = [0u32; 3];
        let mut count = 0;
        for part in s.split(':') {
            if count == 3 || part.len() != 2 || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            fields[count] = part.parse().map_err(|_| invalid())?;
            count += 1;
        }
        if count < 2 {
            return Err(invalid());
        }
        Time::new(fields[0], fields[1], fields[2])
    }
}

/// A date and a time of day.
///
/// `Display` and `FromStr` use ISO 8601: `2024-06-18T17:30:00`; `FromStr`
/// also takes `2024-06-18T17:30`. Arithmetic carries across midnight,
/// month and year ends, and stops at the ends of [`Date`]'s range.
///
/// # Examples
///
/// ```
/// use italiano::dates::{Date, DateTime, Time};
///
/// let new_year = DateTime::new(Date::new(2024, 12, 31)?, Time::new(22, 0, 0)?);
/// assert_eq!(new_year.add_minutes(120).to_string(), "2025-01-01T00:00:00");
/// assert_eq!("2024-06-18T10:30".parse::<DateTime>()?.time().hour(), 10);
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    date: Date,
    time: Time,
}

impl DateTime {
    /// `time` on `date`.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, DateTime, Time};
    ///
    /// let dt = DateTime::new(Date::new(2024, 6, 18)?, Time::new(9, 0, 0)?);
    /// assert_eq!(dt.to_string(), "2024-06-18T09:00:00");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub const fn new(date: Date, time: Time) -> DateTime {
        DateTime { date, time }
    }

    /// The date.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, DateTime};
    ///
    /// let dt: DateTime = "2024-06-18T09:00".parse()?;
    /// assert_eq!(dt.date(), Date::new(2024, 6, 18)?);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn date(&self) -> Date {
        self.date
    }

    /// The time of day.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{DateTime, Time};
    ///
    /// let dt: DateTime = "2024-06-18T09:00".parse()?;
    /// assert_eq!(dt.time(), Time::new(9, 0, 0)?);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn time(&self) -> Time {
        self.time
    }

    /// The date-time `seconds` later (earlier when negative), clamped to
    /// the range of [`Date`].
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::DateTime;
    ///
    /// let dt: DateTime = "2024-02-28T23:59:30".parse()?;
    /// assert_eq!(dt.add_seconds(45).to_string(), "2024-02-29T00:00:15");
    /// assert_eq!(dt.add_seconds(-86_400).to_string(), "2024-02-27T23:59:30");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn add_seconds(self, seconds: i64) -> DateTime {
        let total = self.time.to_seconds().saturating_add(seconds);
        let days = total.div_euclid(SECONDS_PER_DAY);
        let date = self.date.add_days(days);
        if date.days_until(self.date) == -days {
            DateTime::new(date, Time::from_seconds(total))
        } else if days < 0 {
            // Clamped at the first day: its first second.
            DateTime::new(date, Time::MIDNIGHT)
        } else {
            DateTime::new(date, Time::from_seconds(SECONDS_PER_DAY - 1))
        }
    }

    /// The date-time `minutes` later (earlier when negative).
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::DateTime;
    ///
    /// let dt: DateTime = "2025-03-03T08:15".parse()?;
    /// assert_eq!(dt.add_minutes(-60).to_string(), "2025-03-03T07:15:00");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn add_minutes(self, minutes: i64) -> DateTime {
        self.add_seconds(minutes.saturating_mul(60))
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}T{}", self.date, self.time)
    }
}

impl FromStr for DateTime {
    type Err = Error;

    /// Reads an ISO date-time, `YYYY-MM-DDTHH:MM[:SS]`.
    fn from_str(s: &str) -> Result<DateTime, Error> {
        let Some((date, time)) = s.split_once('T') else {
            return Err(Error::InvalidTime(format!(
                "`{}` is not a date-time in the form YYYY-MM-DDTHH:MM",
                crate::error::excerpt(s)
            )));
        };
        Ok(DateTime::new(date.parse()?, time.parse()?))
    }
}

#[cfg(feature = "serde")]
crate::serde_as_string!(Time);
#[cfg(feature = "serde")]
crate::serde_as_string!(DateTime);

/// The error for a time of another library with a fraction of a second,
/// which [`Time`] cannot hold.
#[cfg(any(feature = "jiff", feature = "chrono"))]
pub(crate) fn fraction_of_second(
    hour: impl fmt::Display,
    minute: impl fmt::Display,
    second: impl fmt::Display,
    nanos: impl fmt::Display,
) -> Error {
    Error::InvalidTime(format!(
        "{hour:0>2}:{minute:0>2}:{second:0>2} and {nanos} nanoseconds has a fraction of a second; Time holds whole seconds"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime {
        s.parse().unwrap()
    }

    #[test]
    fn arithmetic_carries_across_day_month_and_year_ends() {
        let cases = [
            ("2024-12-31T22:00", 120, "2025-01-01T00:00:00"),
            ("2024-12-31T22:00", 135, "2025-01-01T00:15:00"),
            ("2024-02-29T23:30", 60, "2024-03-01T00:30:00"),
            ("2023-02-28T23:30", 60, "2023-03-01T00:30:00"),
            ("2024-06-30T23:59", 1, "2024-07-01T00:00:00"),
            ("2025-01-01T00:10", -30, "2024-12-31T23:40:00"),
            ("2024-03-01T00:00", -1, "2024-02-29T23:59:00"),
            ("2024-06-18T10:30", 60 * 24 * 365, "2025-06-18T10:30:00"),
        ];
        for (from, minutes, to) in cases {
            assert_eq!(
                at(from).add_minutes(minutes).to_string(),
                to,
                "{from} + {minutes}"
            );
        }
    }

    #[test]
    fn arithmetic_clamps_at_the_ends_of_the_calendar() {
        let last = at("9999-12-31T23:00");
        assert_eq!(last.add_minutes(120).to_string(), "9999-12-31T23:59:59");
        assert_eq!(
            last.add_seconds(i64::MAX).to_string(),
            "9999-12-31T23:59:59"
        );
        let first = at("-9999-01-01T01:00");
        assert_eq!(first.add_minutes(-120).to_string(), "-9999-01-01T00:00:00");
        assert_eq!(
            first.add_seconds(i64::MIN).to_string(),
            "-9999-01-01T00:00:00"
        );
    }

    #[test]
    fn iso_round_trip_and_errors() {
        for s in ["00:00:00", "23:59:59", "12:05:00"] {
            assert_eq!(s.parse::<Time>().unwrap().to_string(), s);
        }
        assert_eq!(at("2024-06-18T17:30").to_string(), "2024-06-18T17:30:00");
        for s in [
            "24:00",
            "12:60",
            "7:30",
            "12",
            "12:00:00:00",
            "",
            "ab:cd",
            "12:00:60",
        ] {
            assert!(s.parse::<Time>().is_err(), "{s}");
        }
        for s in [
            "2024-06-18",
            "2024-06-18T",
            "2024-02-30T10:00",
            "2024-06-18 10:00",
        ] {
            assert!(s.parse::<DateTime>().is_err(), "{s}");
        }
    }
}
