//! Conversions to and from [`chrono`]'s naive types (feature `chrono`).
//!
//! chrono's years reach far beyond this crate's (-9999 to 9999), so a
//! `NaiveDate` converts here only inside them, and every [`Date`] converts
//! there. Times of day here hold whole seconds: a chrono time with a
//! fraction of a second (or a leap second) is refused rather than
//! truncated (`time.with_nanosecond(0)` first says which way).

use chrono::{Datelike, Timelike};

use crate::dates::{Date, DateTime, Time, Weekday};
use crate::Error;

/// # Examples
///
/// ```
/// use italiano::dates::Date;
///
/// let day = chrono::NaiveDate::from(Date::new(2024, 6, 19)?);
/// assert_eq!(day, chrono::NaiveDate::from_ymd_opt(2024, 6, 19).unwrap());
/// # Ok::<(), italiano::Error>(())
/// ```
impl From<Date> for chrono::NaiveDate {
    fn from(date: Date) -> chrono::NaiveDate {
        // chrono's range holds every year from -9999 to 9999.
        chrono::NaiveDate::from_ymd_opt(date.year(), date.month(), date.day())
            .unwrap_or(chrono::NaiveDate::MIN)
    }
}

/// # Errors
///
/// [`Error::InvalidDate`] for a year outside -9999..=9999.
///
/// # Examples
///
/// ```
/// use italiano::dates::Date;
///
/// let day = chrono::NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();
/// assert_eq!(Date::try_from(day)?.to_string(), "9999-12-31");
/// assert!(Date::try_from(chrono::NaiveDate::from_ymd_opt(10000, 1, 1).unwrap()).is_err());
/// # Ok::<(), italiano::Error>(())
/// ```
impl TryFrom<chrono::NaiveDate> for Date {
    type Error = Error;

    fn try_from(date: chrono::NaiveDate) -> Result<Date, Error> {
        Date::new(date.year(), date.month(), date.day())
    }
}

/// # Examples
///
/// ```
/// use italiano::dates::Time;
///
/// let time = chrono::NaiveTime::from(Time::new(17, 30, 5)?);
/// assert_eq!(time, chrono::NaiveTime::from_hms_opt(17, 30, 5).unwrap());
/// # Ok::<(), italiano::Error>(())
/// ```
impl From<Time> for chrono::NaiveTime {
    fn from(time: Time) -> chrono::NaiveTime {
        chrono::NaiveTime::from_hms_opt(time.hour(), time.minute(), time.second())
            .unwrap_or(chrono::NaiveTime::MIN)
    }
}

/// # Errors
///
/// [`Error::InvalidTime`] for a time with a fraction of a second or a leap
/// second.
///
/// # Examples
///
/// ```
/// use italiano::dates::Time;
///
/// let time = chrono::NaiveTime::from_hms_opt(9, 15, 0).unwrap();
/// assert_eq!(Time::try_from(time)?, Time::new(9, 15, 0)?);
/// assert!(Time::try_from(chrono::NaiveTime::from_hms_milli_opt(9, 15, 0, 5).unwrap()).is_err());
/// # Ok::<(), italiano::Error>(())
/// ```
impl TryFrom<chrono::NaiveTime> for Time {
    type Error = Error;

    fn try_from(time: chrono::NaiveTime) -> Result<Time, Error> {
        // A leap second is a nanosecond count of a second or more.
        let nanos = time.nanosecond();
        if nanos != 0 {
            return Err(super::time::fraction_of_second(
                time.hour(),
                time.minute(),
                time.second(),
                nanos,
            ));
        }
        Time::new(time.hour(), time.minute(), time.second())
    }
}

/// # Examples
///
/// ```
/// use italiano::dates::{Date, DateTime, Time};
///
/// let at = DateTime::new(Date::new(2024, 6, 19)?, Time::new(9, 0, 0)?);
/// assert_eq!(chrono::NaiveDateTime::from(at).to_string(), "2024-06-19 09:00:00");
/// # Ok::<(), italiano::Error>(())
/// ```
impl From<DateTime> for chrono::NaiveDateTime {
    fn from(at: DateTime) -> chrono::NaiveDateTime {
        chrono::NaiveDateTime::new(at.date().into(), at.time().into())
    }
}

/// # Errors
///
/// [`Error::InvalidDate`] for a year outside -9999..=9999,
/// [`Error::InvalidTime`] for a fraction of a second.
///
/// # Examples
///
/// ```
/// use italiano::dates::DateTime;
///
/// let at = chrono::NaiveDate::from_ymd_opt(2024, 12, 31).unwrap().and_hms_opt(23, 59, 59).unwrap();
/// assert_eq!(DateTime::try_from(at)?.to_string(), "2024-12-31T23:59:59");
/// # Ok::<(), italiano::Error>(())
/// ```
impl TryFrom<chrono::NaiveDateTime> for DateTime {
    type Error = Error;

    fn try_from(at: chrono::NaiveDateTime) -> Result<DateTime, Error> {
        Ok(DateTime::new(at.date().try_into()?, at.time().try_into()?))
    }
}

/// # Examples
///
/// ```
/// use italiano::dates::Weekday;
///
/// assert_eq!(chrono::Weekday::from(Weekday::Friday), chrono::Weekday::Fri);
/// ```
impl From<Weekday> for chrono::Weekday {
    fn from(day: Weekday) -> chrono::Weekday {
        chrono::Weekday::try_from(day.number_from_monday() - 1).unwrap_or(chrono::Weekday::Mon)
    }
}

/// # Examples
///
/// ```
/// use italiano::dates::Weekday;
///
/// assert_eq!(Weekday::from(chrono::Weekday::Sun), Weekday::Sunday);
/// ```
impl From<chrono::Weekday> for Weekday {
    fn from(day: chrono::Weekday) -> Weekday {
        Weekday::from_monday(day.number_from_monday() as u8)
    }
}
