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
    /// A date that does not exist, or a string that is not an ISO date.
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
