//! Conversions to and from [`jiff`]'s civil types (feature `jiff`).
//!
//! Both calendars are the proleptic Gregorian one over the same years
//! (-9999 to 9999), so dates and weekdays convert both ways without
//! failing. Times of day here hold whole seconds: a jiff time with a
//! fraction of a second is refused rather than truncated (round it first,
//! `time.round(jiff::Unit::Second)`, to say which way).

use crate::dates::{Date, DateTime, Time, Weekday};
use crate::Error;

/// # Examples
///
/// ```
/// use italiano::dates::Date;
///
/// let day: jiff::civil::Date = Date::new(2024, 6, 19)?.into();
/// assert_eq!(day, jiff::civil::date(2024, 6, 19));
/// # Ok::<(), italiano::Error>(())
/// ```
impl From<Date> for jiff::civil::Date {
    fn from(date: Date) -> jiff::civil::Date {
        // Same years, same calendar: every `Date` is a jiff date.
        jiff::civil::date(date.year() as i16, date.month() as i8, date.day() as i8)
    }
}

/// # Examples
///
/// ```
/// use italiano::dates::Date;
///
/// assert_eq!(Date::from(jiff::civil::date(-9999, 1, 1)).to_string(), "-9999-01-01");
/// ```
impl From<jiff::civil::Date> for Date {
    fn from(date: jiff::civil::Date) -> Date {
        Date::from_valid(i32::from(date.year()), date.month() as u8, date.day() as u8)
    }
}

/// # Examples
///
/// ```
/// use italiano::dates::Time;
///
/// let time: jiff::civil::Time = Time::new(17, 30, 5)?.into();
/// assert_eq!(time, jiff::civil::time(17, 30, 5, 0));
/// # Ok::<(), italiano::Error>(())
/// ```
impl From<Time> for jiff::civil::Time {
    fn from(time: Time) -> jiff::civil::Time {
        jiff::civil::time(
            time.hour() as i8,
            time.minute() as i8,
            time.second() as i8,
            0,
        )
    }
}

/// # Errors
///
/// [`Error::InvalidTime`] for a time with a fraction of a second.
///
/// # Examples
///
/// ```
/// use italiano::dates::Time;
///
/// assert_eq!(Time::try_from(jiff::civil::time(9, 15, 0, 0))?, Time::new(9, 15, 0)?);
/// assert!(Time::try_from(jiff::civil::time(9, 15, 0, 500)).is_err());
/// # Ok::<(), italiano::Error>(())
/// ```
impl TryFrom<jiff::civil::Time> for Time {
    type Error = Error;

    fn try_from(time: jiff::civil::Time) -> Result<Time, Error> {
        let nanos = time.subsec_nanosecond();
        if nanos != 0 {
            return Err(super::time::fraction_of_second(
                time.hour(),
                time.minute(),
                time.second(),
                nanos,
            ));
        }
        Time::new(
            time.hour() as u32,
            time.minute() as u32,
            time.second() as u32,
        )
    }
}

/// # Examples
///
/// ```
/// use italiano::dates::{Date, DateTime, Time};
///
/// let at = DateTime::new(Date::new(2024, 6, 19)?, Time::new(9, 0, 0)?);
/// assert_eq!(jiff::civil::DateTime::from(at), jiff::civil::date(2024, 6, 19).at(9, 0, 0, 0));
/// # Ok::<(), italiano::Error>(())
/// ```
impl From<DateTime> for jiff::civil::DateTime {
    fn from(at: DateTime) -> jiff::civil::DateTime {
        jiff::civil::DateTime::from_parts(at.date().into(), at.time().into())
    }
}

/// # Errors
///
/// [`Error::InvalidTime`] for a time with a fraction of a second.
///
/// # Examples
///
/// ```
/// use italiano::dates::DateTime;
///
/// let at = DateTime::try_from(jiff::civil::date(2024, 12, 31).at(23, 59, 59, 0))?;
/// assert_eq!(at.to_string(), "2024-12-31T23:59:59");
/// # Ok::<(), italiano::Error>(())
/// ```
impl TryFrom<jiff::civil::DateTime> for DateTime {
    type Error = Error;

    fn try_from(at: jiff::civil::DateTime) -> Result<DateTime, Error> {
        Ok(DateTime::new(at.date().into(), at.time().try_into()?))
    }
}

/// # Examples
///
/// ```
/// use italiano::dates::Weekday;
///
/// assert_eq!(jiff::civil::Weekday::from(Weekday::Monday), jiff::civil::Weekday::Monday);
/// ```
impl From<Weekday> for jiff::civil::Weekday {
    fn from(day: Weekday) -> jiff::civil::Weekday {
        jiff::civil::Weekday::from_monday_one_offset(day.number_from_monday() as i8)
            .unwrap_or(jiff::civil::Weekday::Monday)
    }
}

/// # Examples
///
/// ```
/// use italiano::dates::Weekday;
///
/// assert_eq!(Weekday::from(jiff::civil::Weekday::Sunday), Weekday::Sunday);
/// ```
impl From<jiff::civil::Weekday> for Weekday {
    fn from(day: jiff::civil::Weekday) -> Weekday {
        Weekday::from_monday(day.to_monday_one_offset() as u8)
    }
}

/// A length of time as a jiff span with the same units (`P1Y2M` is one year
/// and two months, not a number of days).
///
/// # Errors
///
/// [`Error::InvalidRange`] when a unit is beyond what a span holds (more
/// than 19,998 years, for one).
///
/// # Examples
///
/// ```
/// let found = italiano::durations("per un anno e tre mesi").next().unwrap();
/// let span = jiff::Span::try_from(found.value())?;
/// assert_eq!((span.get_years(), span.get_months()), (1, 3));
/// let end = jiff::civil::date(2024, 1, 31).checked_add(span).unwrap();
/// assert_eq!(end, jiff::civil::date(2025, 4, 30));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl TryFrom<crate::durations::Duration> for jiff::Span {
    type Error = Error;

    fn try_from(length: crate::durations::Duration) -> Result<jiff::Span, Error> {
        let out_of_range =
            |_| Error::InvalidRange(format!("{length} is beyond what a jiff span holds"));
        jiff::Span::new()
            .try_years(i64::from(length.years()))
            .and_then(|s| s.try_months(i64::from(length.months())))
            .and_then(|s| s.try_weeks(i64::from(length.weeks())))
            .and_then(|s| s.try_days(i64::from(length.days())))
            .and_then(|s| s.try_hours(i64::from(length.hours())))
            .and_then(|s| s.try_minutes(i64::from(length.minutes())))
            .and_then(|s| s.try_seconds(i64::from(length.seconds())))
            .map_err(out_of_range)
    }
}
