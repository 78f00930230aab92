//! The crate's one error type.
//!
//! Functions that work on running text (normalization, tokenization, the
//! extractors) do not fail: they pass through what they cannot interpret. Errors
//! come from the places where the caller hands over a whole value to be
//! parsed, such as a style name on a command line.

/// An error from parsing a value the caller handed over whole.
///
/// Messages are lowercase, without a trailing period, and name the offending
/// input: its first 64 characters, with `…` after them when it is longer, so
/// that an error never carries a copy of a large input.
///
/// # Examples
///
/// ```
/// use italiano::normalize::QuoteStyle;
///
/// let err = "curly".parse::<QuoteStyle>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "unknown quote style `curly` (expected typographic, guillemets, ascii or keep)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A quote style name that is not one of the known styles.
    #[error("unknown quote style `{0}` (expected typographic, guillemets, ascii or keep)")]
    UnknownQuoteStyle(String),
    /// A repair name that is not one of the known repairs.
    #[error("unknown repair `{0}` (expected accents, mojibake, nfc or all)")]
    UnknownRepair(String),
    /// A string that is not a number in any form
    /// [`parse_number`](crate::numbers::parse_number) reads.
    #[error("`{0}` is not a number")]
    InvalidNumber(String),
    /// A number too large (or too precise) for an exact
    /// [`Value`](crate::numbers::Value), which holds 38 digits.
    #[error("number too large to represent exactly")]
    NumberOverflow,
    /// A fraction with a zero denominator.
    #[error("division by zero")]
    DivisionByZero,
    /// A field of a date or time outside its range: `day 29` in February
    /// 2023, `month 13`, `hour 24`, `year 10000`.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, Time};
    /// use italiano::{Error, error::Field};
    ///
    /// let err = Date::new(2023, 2, 29).unwrap_err();
    /// assert_eq!(err.to_string(), "day 29 is out of range for February 2023 (\"febbraio\"), which has 28 days");
    /// assert!(matches!(err, Error::OutOfRange { field: Field::Day, value: 29, max: 28, .. }));
    /// let err = Time::new(24, 0, 0).unwrap_err();
    /// assert_eq!(err.to_string(), "hour 24 is out of range (0 to 23)");
    /// ```
    #[error("{field} {value} is out of range{}", in_month(*.month, *.min, *.max))]
    OutOfRange {
        /// Which field.
        field: Field,
        /// The value given.
        value: i64,
        /// The smallest value the field takes.
        min: i64,
        /// The largest value the field takes (for a day, in its month).
        max: i64,
        /// For a day: the year and month it was given in.
        month: Option<(i32, u32)>,
    },
    /// A string that is not an ISO date, or not one date.
    #[error("{0}")]
    InvalidDate(String),
    /// A time of day that does not exist (`25:00`), or a string that is
    /// not an ISO time or date-time.
    #[error("{0}")]
    InvalidTime(String),
    /// A range whose ends cannot make one: the end before the start, or
    /// ends at different grains.
    #[error("{0}")]
    InvalidRange(String),
    /// A name that is not one of a closed set (a grain, a kind, a weekday).
    #[error("unknown {what} `{name}` (expected {expected})")]
    UnknownName {
        /// What the name should have named: `grain`, `date kind`.
        what: &'static str,
        /// The name given (its first 64 characters).
        name: String,
        /// The names accepted, comma-separated.
        expected: String,
    },
}

/// A field of a civil date or time, as [`Error::OutOfRange`] names it.
///
/// # Examples
///
/// ```
/// assert_eq!(italiano::error::Field::Minute.to_string(), "minute");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Field {
    /// The year, -9999 to 9999.
    Year,
    /// The month, 1 to 12.
    Month,
    /// The day of the month.
    Day,
    /// The hour, 0 to 23.
    Hour,
    /// The minute, 0 to 59.
    Minute,
    /// The second, 0 to 59.
    Second,
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Field::Year => "year",
            Field::Month => "month",
            Field::Day => "day",
            Field::Hour => "hour",
            Field::Minute => "minute",
            Field::Second => "second",
        })
    }
}

/// English month names for messages; the Italian name follows as data.
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The end of an out-of-range message: the month a day was given in (in
/// English, with its Italian name quoted) and its length, or the range.
fn in_month(month: Option<(i32, u32)>, min: i64, max: i64) -> String {
    match month {
        Some((year, m)) if (1..=12).contains(&m) => {
            let i = m as usize - 1;
            format!(
                " for {} {year} (\"{}\"), which has {max} days",
                MONTHS_EN[i],
                crate::dates::civil::MONTHS[i]
            )
        }
        _ => format!(" ({min} to {max})"),
    }
}

/// Characters of an offending input that an error keeps.
const EXCERPT_CHARS: usize = 64;

/// The part of an offending input that an error names.
pub(crate) fn excerpt(input: &str) -> String {
    match input.char_indices().nth(EXCERPT_CHARS) {
        Some((cut, _)) => format!("{}…", &input[..cut]),
        None => input.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::{excerpt, Error};

    #[test]
    fn errors_name_at_most_64_characters() {
        assert_eq!(excerpt("curly"), "curly");
        let long = "à".repeat(100);
        assert_eq!(excerpt(&long), format!("{}…", "à".repeat(64)));
        assert_eq!(excerpt(&"x".repeat(64)), "x".repeat(64));
    }

    #[test]
    fn error_is_send_sync_static() {
        fn assert_bounds<T: Send + Sync + 'static>() {}
        assert_bounds::<Error>();
    }
}
