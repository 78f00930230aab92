//! Numbers written with digits, in Italian format.
//!
//! Italian groups thousands with `.` and writes decimals after `,`
//! (`1.234.567,89`). A `.` followed by exactly three digits is therefore a
//! group separator (`11.000` is eleven thousand); a single `.` followed by
//! one, two or four or more digits cannot be one, and is read as a decimal
//! point written the English way (`3.5`, `1.5`), except where the context
//! makes it a time of day (`alle 7.45`: the extractor decides). Several
//! dots in groups that are not of three (`1.2.3`, `192.168.1.1`) make an
//! identifier, not a number. An integer of two or more digits with a
//! leading zero (`00185`, `007`) is a code, and so is a ten-digit number
//! starting with 3 (an Italian mobile phone).

use super::value::{accumulate, Value};
use crate::Error;

/// What a token that starts with a digit says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Digits {
    /// A quantity in Italian format (`11.000`, `3,14`, `10k`).
    Number(Value),
    /// One `.` not followed by a group of three (`3.5`, `7.45`): a decimal
    /// written the English way, or a time of day.
    PointDecimal(Value),
    /// `1°`, `2ª`, `3º`.
    Ordinal(Value),
    /// `16°`: an ordinal (`il 3° posto`) or degrees (`16° a Milano`), as
    /// the context says.
    Degrees(Value),
    /// `30enne`: an age, a cardinal.
    Age(Value),
    /// `45'`, `72’`: a match minute, a cardinal.
    Minute(Value),
    /// `40.600km`, `256GB`: a number and what may be a unit, glued; the
    /// byte length of the number.
    Glued(Value, usize),
    /// `a/b` with two integers.
    Slash(i128, i128),
    /// Anything else: codes, versions, times (`14:30`), dates, words
    /// with digits (`G7`, `60x60`).
    Other,
}

/// Reads a token's text; with `codes`, the shapes of codes (`00185`,
/// `3331234567`) are not numbers, as in running text.
///
/// # Errors
///
/// [`Error::NumberOverflow`] when the digits do not fit a [`Value`].
pub(crate) fn read(text: &str, codes: bool) -> Result<Digits, Error> {
    let body_len = text
        .bytes()
        .position(|b| !(b.is_ascii_digit() || b == b'.' || b == b','))
        .unwrap_or(text.len());
    let (body, suffix) = text.split_at(body_len);
    let value = match suffix {
        "" => return read_body(body, codes),
        "ª" | "º" | "^" => return Ok(ordinal(body)?.map_or(Digits::Other, Digits::Ordinal)),
        "°" => return Ok(ordinal(body)?.map_or(Digits::Other, Digits::Degrees)),
        "enne" | "enni" => return Ok(ordinal(body)?.map_or(Digits::Other, Digits::Age)),
        "'" | "’" => {
            return Ok(match ordinal(body)? {
                Some(v) if v >= Value::from(1) && v <= Value::from(130) => Digits::Minute(v),
                _ => Digits::Other,
            })
        }
        "esimo" | "esima" | "esimi" | "esime" | "mo" | "ma" => {
            return Ok(ordinal(body)?.map_or(Digits::Other, Digits::Ordinal))
        }
        "k" | "K" => 1_000,
        // `3M`, `1,2M` (`3m` is metres); `G` only after decimals
        // (`0,0012G`): `5G` is a mobile network.
        "M" => 1_000_000,
        "G" if body.contains(',') => 1_000_000_000,
        "mila" => 1_000,
        "mln" => 1_000_000,
        "mld" => 1_000_000_000,
        _ if suffix.starts_with('/') => return Ok(slash(text)),
        _ if suffix.starts_with(['e', 'E']) && exponent(&suffix[1..]).is_some() => {
            let power = exponent(&suffix[1..]).unwrap_or(0);
            return Ok(match read_body(body, false)? {
                Digits::Number(v) | Digits::PointDecimal(v) => {
                    match super::power_of_ten(power).and_then(|p| v.mul(p).ok()) {
                        Some(v) => Digits::Number(v),
                        None => Digits::Other,
                    }
                }
                _ => Digits::Other,
            });
        }
        _ => {
            return Ok(match read_body(body, false)? {
                Digits::Number(v) | Digits::PointDecimal(v) => Digits::Glued(v, body.len()),
                _ => Digits::Other,
            })
        }
    };
    Ok(match read_body(body, false)? {
        Digits::Number(v) | Digits::PointDecimal(v) => Digits::Number(v.mul(Value::from(value))?),
        _ => Digits::Other,
    })
}

/// An integer written without a decimal comma, before an ordinal or age
/// suffix (`3°`, `30enne`).
fn ordinal(body: &str) -> Result<Option<Value>, Error> {
    Ok(match read_body(body, false)? {
        Digits::Number(v) if v.is_integer() && !body.contains(',') => Some(v),
        _ => None,
    })
}

/// The power of ten after an `e`: `1e10`, `2,5e-3`; at most 30 either way.
fn exponent(text: &str) -> Option<i32> {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let power: i32 = digits.parse().ok()?;
    let power = if text.starts_with('-') { -power } else { power };
    (power.abs() <= 30).then_some(power)
}

fn slash(text: &str) -> Digits {
    let Some((a, b)) = text.split_once('/') else {
        return Digits::Other;
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(a) || !digits(b) {
        return Digits::Other;
    }
    match (accumulate(a.bytes()), accumulate(b.bytes())) {
        (Ok(a), Ok(b)) => Digits::Slash(a, b),
        _ => Digits::Other,
    }
}

/// Digits, periods and commas only. `codes` refuses the shapes of codes
/// (leading zeros, phone numbers), which only whole tokens can have.
fn read_body(body: &str, codes: bool) -> Result<Digits, Error> {
    if body.is_empty() || !body.as_bytes()[0].is_ascii_digit() {
        return Ok(Digits::Other);
    }
    let (whole, frac) = match body.split_once(',') {
        Some((w, f)) => (w, Some(f)),
        None => (body, None),
    };
    if let Some(f) = frac {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return Ok(Digits::Other);
        }
    }
    let frac_digits = frac.unwrap_or("");
    let decimal =
        |int_digits: &mut dyn Iterator<Item = u8>, frac_digits: &str| -> Result<Value, Error> {
            let digits = accumulate(int_digits.chain(frac_digits.bytes()))?;
            Value::decimal(digits, frac_digits.len() as u32)
        };
    let digits_only = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    let mut groups = whole.split('.');
    let first = groups.next().unwrap_or("");
    let rest = &whole[first.len()..];
    if rest.is_empty() {
        if first.is_empty() || !digits_only(first) {
            return Ok(Digits::Other);
        }
        if codes && frac.is_none() && is_code(first) {
            return Ok(Digits::Other);
        }
        return Ok(Digits::Number(decimal(&mut first.bytes(), frac_digits)?));
    }
    // `1.234.567`: groups of exactly three after a first of one to three.
    let grouped = (1..=3).contains(&first.len())
        && !first.starts_with('0')
        && digits_only(first)
        && groups.clone().all(|g| g.len() == 3 && digits_only(g));
    if grouped {
        let mut int_digits = whole.bytes().filter(|&b| b != b'.');
        return Ok(Digits::Number(decimal(&mut int_digits, frac_digits)?));
    }
    // `3.5`, `7.45`: one point, not before a group of three.
    let point = groups.next().unwrap_or("");
    if groups.next().is_none()
        && frac.is_none()
        && !first.is_empty()
        && !point.is_empty()
        && digits_only(first)
        && digits_only(point)
    {
        return Ok(Digits::PointDecimal(decimal(&mut first.bytes(), point)?));
    }
    Ok(Digits::Other)
}

/// `00185`, `007`: a leading zero makes a code; `3331234567`: a mobile
/// phone number.
fn is_code(digits: &str) -> bool {
    digits.len() > 1 && digits.starts_with('0') || digits.len() == 10 && digits.starts_with('3')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(text: &str) -> String {
        match read(text, true).unwrap() {
            Digits::Number(v) => v.to_string(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn italian_format() {
        assert_eq!(number("11.000"), "11000");
        assert_eq!(number("1.234.567"), "1234567");
        assert_eq!(number("1.234,56"), "1234.56");
        assert_eq!(number("3,14"), "3.14");
        assert_eq!(number("0,75"), "0.75");
        assert_eq!(number("10k"), "10000");
        assert_eq!(number("1,5k"), "1500");
        assert_eq!(number("5mld"), "5000000000");
        assert_eq!(
            read("3.5", true).unwrap(),
            Digits::PointDecimal("3.5".parse().unwrap())
        );
        assert_eq!(read("1°", true).unwrap(), Digits::Degrees(Value::from(1)));
        assert_eq!(read("10^", true).unwrap(), Digits::Ordinal(Value::from(10)));
        assert_eq!(
            read("21esima", true).unwrap(),
            Digits::Ordinal(Value::from(21))
        );
        assert_eq!(
            read("30mo", true).unwrap(),
            Digits::Ordinal(Value::from(30))
        );
        assert_eq!(read("30enne", true).unwrap(), Digits::Age(Value::from(30)));
        assert_eq!(read("45'", true).unwrap(), Digits::Minute(Value::from(45)));
        assert_eq!(
            read("1e10", true).unwrap(),
            Digits::Number(Value::from(10_000_000_000))
        );
        assert_eq!(
            read("2,5e-1", true).unwrap(),
            Digits::Number("0.25".parse().unwrap())
        );
        assert_eq!(
            read("40.600km", true).unwrap(),
            Digits::Glued(Value::from(40_600), 6)
        );
        assert_eq!(read("2ª", true).unwrap(), Digits::Ordinal(Value::from(2)));
        assert_eq!(read("104/1992", true).unwrap(), Digits::Slash(104, 1992));
    }

    #[test]
    fn codes_and_shapes_that_are_not_numbers() {
        for text in [
            "00185",
            "1.2.3",
            "192.168.1.1",
            "14:30",
            "G7",
            "60x60",
            "1.23.456",
            "3331234567",
            "1,2,3",
            "1/1/2025",
        ] {
            let read = read(text, true).unwrap();
            assert!(!matches!(read, Digits::Number(_)), "{text}: {read:?}");
        }
    }

    #[test]
    fn too_many_digits_is_an_error() {
        assert_eq!(read(&"7".repeat(500), true), Err(Error::NumberOverflow));
    }
}
