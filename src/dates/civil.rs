//! [`Date`]: a validated proleptic Gregorian calendar date, with the
//! arithmetic date expressions need (days, months with end-of-month
//! clamping, weekdays, ISO weeks). No time of day, no time zone.

use std::fmt;
use std::str::FromStr;

use crate::error::Field;
use crate::Error;

/// Italian month names, for error messages and [`Date::month_name`].
pub(crate) const MONTHS: [&str; 12] = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];

/// A calendar date: year, month and day, always valid.
///
/// Years run from -9999 to 9999. `Display` and `FromStr` use ISO 8601
/// (`2024-06-19`).
///
/// # Examples
///
/// ```
/// use italiano::dates::{Date, Weekday};
///
/// let d = Date::new(2024, 2, 29)?;
/// assert_eq!(d.weekday(), Weekday::Thursday);
/// assert_eq!(d.add_months(12).to_string(), "2025-02-28");
/// assert_eq!(d.add_days(1).to_string(), "2024-03-01");
/// assert_eq!(
///     Date::new(2023, 2, 29).unwrap_err().to_string(),
///     "day 29 is out of range for February 2023 (\"febbraio\"), which has 28 days"
/// );
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i16,
    month: u8,
    day: u8,
}

/// A day of the week, Monday first as in Italy and ISO 8601.
///
/// # Examples
///
/// ```
/// use italiano::dates::{Date, Weekday};
///
/// assert_eq!(Date::new(2024, 6, 18)?.weekday(), Weekday::Tuesday);
/// assert_eq!(Weekday::Tuesday.number_from_monday(), 2);
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// 1 for Monday to 7 for Sunday.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::dates::Weekday::Sunday.number_from_monday(), 7);
    /// ```
    pub fn number_from_monday(self) -> u8 {
        self as u8 + 1
    }

    /// The weekday's lowercase English name, as `Display` writes it.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::Weekday;
    ///
    /// assert_eq!(Weekday::Tuesday.as_str(), "tuesday");
    /// assert_eq!("tuesday".parse::<Weekday>()?, Weekday::Tuesday);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn as_str(self) -> &'static str {
        [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ][self as usize]
    }

    /// The weekday's Italian name, lowercase as Italian writes it.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::Weekday;
    ///
    /// assert_eq!(Weekday::Friday.italian_name(), "venerdì");
    /// assert_eq!(Weekday::Sunday.italian_name(), "domenica");
    /// ```
    pub fn italian_name(self) -> &'static str {
        [
            "lunedì",
            "martedì",
            "mercoledì",
            "giovedì",
            "venerdì",
            "sabato",
            "domenica",
        ][self as usize]
    }

    pub(crate) fn from_monday(n: u8) -> Weekday {
        WEEKDAYS[usize::from((n + 6) % 7)]
    }
}

/// Whether `year` has a 29 February.
fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The date `year-month-day`, validated.
    ///
    /// # Errors
    ///
    /// [`Error::OutOfRange`] when the year is outside -9999..=9999, the
    /// month outside 1..=12 or the day past the month's end.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::Date;
    ///
    /// assert!(Date::new(2024, 6, 31).is_err());
    /// assert_eq!(Date::new(2024, 6, 19)?.to_string(), "2024-06-19");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date, Error> {
        let out_of_range = |field, value: i64, min, max, month| Error::OutOfRange {
            field,
            value,
            min,
            max,
            month,
        };
        if !(-9999..=9999).contains(&year) {
            return Err(out_of_range(Field::Year, year.into(), -9999, 9999, None));
        }
        if !(1..=12).contains(&month) {
            return Err(out_of_range(Field::Month, month.into(), 1, 12, None));
        }
        let last = days_in_month(year, month as u8);
        if day == 0 || day > u32::from(last) {
            return Err(out_of_range(
                Field::Day,
                day.into(),
                1,
                last.into(),
                Some((year, month)),
            ));
        }
        let month = month as u8;
        Ok(Date {
            year: year as i16,
            month,
            day: day as u8,
        })
    }

    /// A date another calendar library has validated over the same years
    /// (jiff's civil dates); checked again in debug builds.
    #[cfg(feature = "jiff")]
    pub(crate) fn from_valid(year: i32, month: u8, day: u8) -> Date {
        debug_assert!(Date::new(year, u32::from(month), u32::from(day)).is_ok());
        Date {
            year: year as i16,
            month,
            day,
        }
    }

    /// The year.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::dates::Date::new(1945, 4, 25)?.year(), 1945);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn year(&self) -> i32 {
        i32::from(self.year)
    }

    /// The month, 1 to 12.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::dates::Date::new(1945, 4, 25)?.month(), 4);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn month(&self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::dates::Date::new(1945, 4, 25)?.day(), 25);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn day(&self) -> u32 {
        u32::from(self.day)
    }

    /// Days since 1970-01-01 (negative before).
    fn to_days(self) -> i64 {
        // Counting years from March puts the leap day last, so each year's
        // day number is a closed formula (the civil-from-days method).
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        // Clamped to the supported years so that arithmetic never panics.
        let year = year.clamp(-9999, 9999);
        Date {
            year: year as i16,
            month: month as u8,
            day: day as u8,
        }
    }

    /// The date `days` later (earlier when negative), saturating at the
    /// ends of the supported range.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = italiano::dates::Date::new(2024, 12, 31)?;
    /// assert_eq!(d.add_days(1).to_string(), "2025-01-01");
    /// assert_eq!(d.add_days(-366).to_string(), "2023-12-31");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn add_days(self, days: i64) -> Date {
        let min = Date {
            year: -9999,
            month: 1,
            day: 1,
        };
        let max = Date {
            year: 9999,
            month: 12,
            day: 31,
        };
        let target = self.to_days().saturating_add(days);
        if target <= min.to_days() {
            min
        } else if target >= max.to_days() {
            max
        } else {
            Date::from_days(target)
        }
    }

    /// The date `months` later (earlier when negative), with the day
    /// clamped to the end of a shorter month (31 January + 1 month = 29
    /// February in a leap year).
    ///
    /// # Examples
    ///
    /// ```
    /// let d = italiano::dates::Date::new(2024, 1, 31)?;
    /// assert_eq!(d.add_months(1).to_string(), "2024-02-29");
    /// assert_eq!(d.add_months(-2).to_string(), "2023-11-30");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn add_months(self, months: i32) -> Date {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months);
        let year = index.div_euclid(12).clamp(-9999, 9999) as i32;
        let month = (index.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date {
            year: year as i16,
            month,
            day,
        }
    }

    /// The Italian name of the date's month, lowercase.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::Date;
    ///
    /// assert_eq!(Date::new(2024, 6, 18)?.month_name(), "giugno");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn month_name(&self) -> &'static str {
        MONTHS[usize::from(self.month - 1)]
    }

    /// The last day of the date's month.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::Date;
    ///
    /// assert_eq!(Date::new(2024, 2, 10)?.last_of_month().to_string(), "2024-02-29");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn last_of_month(self) -> Date {
        Date {
            day: days_in_month(self.year(), self.month),
            ..self
        }
    }

    /// The number of days from `self` to `other`: positive when `other`
    /// comes later.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::Date;
    ///
    /// let a = Date::new(2024, 12, 25)?;
    /// assert_eq!(a.days_until(Date::new(2025, 1, 6)?), 12);
    /// assert_eq!(a.days_until(Date::new(2024, 2, 29)?), -300);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn days_until(self, other: Date) -> i64 {
        other.to_days() - self.to_days()
    }

    /// Today's date in UTC, from the system clock; 1970-01-01 if the
    /// clock is set before it.
    ///
    /// The crate never calls it itself: extraction resolves against the
    /// reference the caller passes, so results do not change with the day
    /// they are computed.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::Date;
    ///
    /// assert!(Date::today().year() >= 2024);
    /// ```
    pub fn today() -> Date {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days(i64::try_from(seconds / 86_400).unwrap_or(0))
    }

    /// Easter Sunday of `year` in the Gregorian calendar (the anonymous
    /// Gregorian computus), for every year a [`Date`] can hold; the
    /// movable feasts of the Italian calendar (Pasquetta, Ascensione,
    /// Pentecoste, Carnevale) are counted from it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidDate`] when `year` is outside -9999..=9999.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::Date;
    ///
    /// assert_eq!(Date::easter(2024)?.to_string(), "2024-03-31");
    /// assert_eq!(Date::easter(2025)?.to_string(), "2025-04-20");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn easter(year: i32) -> Result<Date, Error> {
        Date::new(year, 1, 1)?;
        let y = i64::from(year);
        let a = y.rem_euclid(19);
        let (b, c) = (y.div_euclid(100), y.rem_euclid(100));
        let (d, e) = (b.div_euclid(4), b.rem_euclid(4));
        let f = (b + 8).div_euclid(25);
        let g = (b - f + 1).div_euclid(3);
        let h = (19 * a + b - d - g + 15).rem_euclid(30);
        let (i, k) = (c / 4, c % 4);
        let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
        let m = (a + 11 * h + 22 * l).div_euclid(451);
        let month = (h + l - 7 * m + 114) / 31;
        let day = (h + l - 7 * m + 114) % 31 + 1;
        Date::new(year, month as u32, day as u32)
    }

    /// The day of the week.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, Weekday};
    ///
    /// assert_eq!(Date::new(1970, 1, 1)?.weekday(), Weekday::Thursday);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn weekday(&self) -> Weekday {
        // 1970-01-01 was a Thursday (4 from Monday).
        Weekday::from_monday(((self.to_days() + 3).rem_euclid(7) + 1) as u8)
    }

    /// The ISO 8601 week: its year and number (1 to 53).
    ///
    /// # Examples
    ///
    /// ```
    /// let d = italiano::dates::Date::new(2024, 12, 30)?;
    /// assert_eq!(d.iso_week(), (2025, 1));
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn iso_week(&self) -> (i32, u32) {
        // The week belongs to the year of its Thursday.
        let thursday = self.add_days(4 - i64::from(self.weekday().number_from_monday()));
        let first = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.to_days() - first.to_days()) / 7 + 1;
        (thursday.year(), week as u32)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.year < 0 {
            write!(f, "-{:04}-{:02}-{:02}", -self.year, self.month, self.day)
        } else {
            write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
        }
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Reads an ISO date, `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Date, Error> {
        let invalid = || {
            Error::InvalidDate(format!(
                "`{}` is not a date in the form YYYY-MM-DD",
                crate::error::excerpt(s)
            ))
        };
        let (negative, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let mut parts = body.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(invalid());
        };
        let number = |p: &str, len: usize| -> Result<u32, Error> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            p.parse().map_err(|_| invalid())
        };
        let year = number(y, 4)? as i32;
        Date::new(
            if negative { -year } else { year },
            number(m, 2)?,
            number(d, 2)?,
        )
    }
}

#[cfg(feature = "serde")]
crate::serde_as_string!(Date);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::explicit_counter_loop)]
    fn days_round_trip_over_centuries() {
        let mut d = Date::new(1599, 12, 25).unwrap();
        let mut n = d.to_days();
        for _ in 0..200_000 {
            let next = d.add_days(1);
            assert_eq!(next.to_days(), n + 1);
            assert_eq!(Date::new(next.year(), next.month(), next.day()), Ok(next));
            d = next;
            n += 1;
        }
    }

    #[test]
    fn iso_round_trip_and_errors() {
        for s in ["2024-06-19", "0001-01-01", "1900-02-28", "2000-02-29"] {
            assert_eq!(s.parse::<Date>().unwrap().to_string(), s);
        }
        for s in [
            "2023-02-29",
            "2024-13-01",
            "2024-6-1",
            "20240619",
            "",
            "2024-06-19-",
        ] {
            assert!(s.parse::<Date>().is_err(), "{s}");
        }
        assert_eq!(Date::new(2024, 6, 18).unwrap().iso_week(), (2024, 25));
        let max = Date::new(9999, 12, 31).unwrap();
        assert_eq!(max.add_days(i64::MAX), max);
        assert_eq!(max.add_months(i32::MAX).year(), 9999);
    }
}

/// The weekdays, Monday first.
const WEEKDAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

crate::string_forms!(Weekday, "weekday", all = &WEEKDAYS);
