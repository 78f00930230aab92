//! [`Value`]: an exact number, with no float inside.
//!
//! Every value an Italian text can state is a rational number: `1.234,56`
//! is 123456/100, `due terzi` is 2/3. A value is kept as a reduced fraction
//! of two `i128`s (38 digits, far beyond any quantity in prose); arithmetic
//! is checked, so a value too large to hold is an error, never a wrap or a
//! silent rounding. It prints as a plain decimal when it is one (`1500000000`,
//! `0.5`) and as `numerator/denominator` when it is not (`2/3`).

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use crate::Error;

/// An exact number: a finite decimal, or a fraction when it is not one.
///
/// `Display` writes a plain decimal string with no exponent and no trailing
/// zeros (`11000`, `3.14`, `-0.5`), or `a/b` for fractions that have no
/// finite decimal form (`2/3`). `FromStr` reads both forms back.
///
/// # Examples
///
/// ```
/// use italiano::numbers::Value;
///
/// let price: Value = "1234.50".parse()?;
/// assert_eq!(price.to_string(), "1234.5");
/// assert_eq!(Value::fraction(2, 3)?.to_string(), "2/3");
/// assert!(Value::fraction(1, 4)? == "0.25".parse()?);
/// assert!(Value::from(3) < "3.14".parse()?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Value {
    // Reduced, and the denominator is positive: equal values are equal
    // structs, so `Eq` and `Hash` can be derived.
    numerator: i128,
    denominator: i128,
}

impl Value {
    /// Zero.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::numbers::Value::ZERO.to_string(), "0");
    /// ```
    pub const ZERO: Value = Value {
        numerator: 0,
        denominator: 1,
    };

    /// The value `numerator / denominator`, reduced.
    ///
    /// # Errors
    ///
    /// [`Error::DivisionByZero`] when `denominator` is zero, and
    /// [`Error::NumberOverflow`] when the reduced value does not fit.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::numbers::Value;
    ///
    /// assert_eq!(Value::fraction(6, 8)?.to_string(), "0.75");
    /// assert!(Value::fraction(1, 0).is_err());
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn fraction(numerator: i128, denominator: i128) -> Result<Value, Error> {
        if denominator == 0 {
            return Err(Error::DivisionByZero);
        }
        let g = gcd(numerator.unsigned_abs(), denominator.unsigned_abs());
        let (mut n, mut d) = (numerator / g as i128, denominator / g as i128);
        if d < 0 {
            n = n.checked_neg().ok_or(Error::NumberOverflow)?;
            d = d.checked_neg().ok_or(Error::NumberOverflow)?;
        }
        Ok(Value {
            numerator: n,
            denominator: d,
        })
    }

    /// `digits / 10^scale`: how a decimal written with `scale` digits after
    /// the mark is stored.
    pub(crate) fn decimal(digits: i128, scale: u32) -> Result<Value, Error> {
        // A whole number, the common case, is already reduced: no division.
        if scale == 0 {
            return Ok(Value {
                numerator: digits,
                denominator: 1,
            });
        }
        let den = 10i128.checked_pow(scale).ok_or(Error::NumberOverflow)?;
        Value::fraction(digits, den)
    }

    /// The numerator of the reduced fraction (the sign is here).
    ///
    /// # Examples
    ///
    /// ```
    /// let v = italiano::numbers::Value::fraction(-4, 6)?;
    /// assert_eq!((v.numerator(), v.denominator()), (-2, 3));
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn numerator(&self) -> i128 {
        self.numerator
    }

    /// The denominator of the reduced fraction, always positive.
    ///
    /// # Examples
    ///
    /// ```
    /// let v: italiano::numbers::Value = "1.5".parse()?;
    /// assert_eq!(v.denominator(), 2);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn denominator(&self) -> i128 {
        self.denominator
    }

    /// Whether the value is a whole number.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::numbers::Value;
    ///
    /// assert!(Value::from(11000).is_integer());
    /// assert!(!Value::fraction(1, 2)?.is_integer());
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn is_integer(&self) -> bool {
        self.denominator == 1
    }

    /// Whether the value has a finite decimal form (its denominator has no
    /// prime factor but 2 and 5).
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::numbers::Value;
    ///
    /// assert!(Value::fraction(3, 8)?.is_decimal());
    /// assert!(!Value::fraction(1, 3)?.is_decimal());
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn is_decimal(&self) -> bool {
        decimal_scale(self.denominator).is_some()
    }

    /// The nearest `f64`, for callers that need a float.
    ///
    /// # Examples
    ///
    /// ```
    /// let v: italiano::numbers::Value = "3.14".parse()?;
    /// assert_eq!(v.to_f64(), 3.14);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn to_f64(&self) -> f64 {
        if self.denominator == 1 {
            return self.numerator as f64;
        }
        // Whole part and remainder apart keep the precision of large values.
        let whole = self.numerator.div_euclid(self.denominator);
        let rest = self.numerator.rem_euclid(self.denominator);
        whole as f64 + rest as f64 / self.denominator as f64
    }

    /// The whole value when it is an integer that fits an `i128`.
    pub(crate) fn as_integer(&self) -> Option<i128> {
        self.is_integer().then_some(self.numerator)
    }

    /// `self + other`, checked.
    pub(crate) fn add(self, other: Value) -> Result<Value, Error> {
        let g = gcd(
            self.denominator.unsigned_abs(),
            other.denominator.unsigned_abs(),
        ) as i128;
        let (a, b) = (self.denominator / g, other.denominator / g);
        let n = mul(self.numerator, b)?
            .checked_add(mul(other.numerator, a)?)
            .ok_or(Error::NumberOverflow)?;
        Value::fraction(n, mul(self.denominator, b)?)
    }

    /// `self × other`, checked.
    pub(crate) fn mul(self, other: Value) -> Result<Value, Error> {
        // Cross-reduce first so that the products stay small.
        let g1 = gcd(
            self.numerator.unsigned_abs(),
            other.denominator.unsigned_abs(),
        ) as i128;
        let g2 = gcd(
            other.numerator.unsigned_abs(),
            self.denominator.unsigned_abs(),
        ) as i128;
        let n = mul(self.numerator / g1.max(1), other.numerator / g2.max(1))?;
        let d = mul(self.denominator / g2.max(1), other.denominator / g1.max(1))?;
        Value::fraction(n, d)
    }

    /// `-self`, checked.
    pub(crate) fn neg(self) -> Result<Value, Error> {
        Ok(Value {
            numerator: self.numerator.checked_neg().ok_or(Error::NumberOverflow)?,
            denominator: self.denominator,
        })
    }
}

fn mul(a: i128, b: i128) -> Result<i128, Error> {
    a.checked_mul(b).ok_or(Error::NumberOverflow)
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

/// The number of decimal places of `1/denominator`, if finite.
fn decimal_scale(denominator: i128) -> Option<u32> {
    let mut d = denominator;
    let (mut twos, mut fives) = (0u32, 0u32);
    while d % 2 == 0 {
        d /= 2;
        twos += 1;
    }
    while d % 5 == 0 {
        d /= 5;
        fives += 1;
    }
    (d == 1).then_some(twos.max(fives))
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value {
            numerator: n.into(),
            denominator: 1,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(scale) = decimal_scale(self.denominator) else {
            return write!(f, "{}/{}", self.numerator, self.denominator);
        };
        if scale == 0 {
            return write!(f, "{}", self.numerator);
        }
        // numerator / denominator = digits / 10^scale; digits may not fit an
        // i128 when the value is near the limit, so fall back to a fraction.
        let digits = 10i128
            .checked_pow(scale)
            .map(|p| p / self.denominator)
            .and_then(|factor| self.numerator.checked_mul(factor));
        let Some(digits) = digits else {
            return write!(f, "{}/{}", self.numerator, self.denominator);
        };
        let sign = if digits < 0 { "-" } else { "" };
        let abs = digits.unsigned_abs().to_string();
        let scale = scale as usize;
        let (whole, frac) = if abs.len() > scale {
            abs.split_at(abs.len() - scale)
        } else {
            ("0", abs.as_str())
        };
        write!(f, "{sign}{whole}.{frac:0>scale$}")
    }
}

impl FromStr for Value {
    type Err = Error;

    /// Reads `-12`, `3.14`, `0.5` or `2/3`: the form `Display` writes, with a
    /// period as the decimal mark. For Italian text (`1.234,56`,
    /// `ventitré`) use [`parse_number`](super::parse_number).
    fn from_str(s: &str) -> Result<Value, Error> {
        let invalid = || Error::InvalidNumber(crate::error::excerpt(s));
        if let Some((n, d)) = s.split_once('/') {
            let n: Value = n.parse().map_err(|_| invalid())?;
            let d: Value = d.parse().map_err(|_| invalid())?;
            if !(n.is_integer() && d.is_integer()) {
                return Err(invalid());
            }
            return Value::fraction(n.numerator, d.numerator);
        }
        let (negative, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s.strip_prefix('+').unwrap_or(s)),
        };
        let (whole, frac) = body.split_once('.').unwrap_or((body, ""));
        if whole.is_empty() && frac.is_empty()
            || !whole
                .bytes()
                .chain(frac.bytes())
                .all(|b| b.is_ascii_digit())
            || body.ends_with('.')
        {
            return Err(invalid());
        }
        let digits = accumulate(whole.bytes().chain(frac.bytes()))?;
        let value = Value::decimal(digits, frac.len() as u32)?;
        if negative {
            value.neg()
        } else {
            Ok(value)
        }
    }
}

/// The integer an ASCII digit sequence spells, checked.
pub(crate) fn accumulate(mut digits: impl Iterator<Item = u8>) -> Result<i128, Error> {
    digits.try_fold(0i128, |acc, b| {
        acc.checked_mul(10)
            .and_then(|v| v.checked_add(i128::from(b - b'0')))
            .ok_or(Error::NumberOverflow)
    })
}

impl PartialOrd for Value {
    fn partial_cmp(&self, other: &Value) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Value {
    /// Exact, without overflow: whole parts first, then the remainders
    /// compared as continued fractions.
    fn cmp(&self, other: &Value) -> Ordering {
        compare(
            self.numerator,
            self.denominator,
            other.numerator,
            other.denominator,
        )
    }
}

/// `a/b` against `c/d`, with `b`, `d` > 0.
fn compare(a: i128, b: i128, c: i128, d: i128) -> Ordering {
    let (qa, ra) = (a.div_euclid(b), a.rem_euclid(b));
    let (qc, rc) = (c.div_euclid(d), c.rem_euclid(d));
    match qa.cmp(&qc) {
        Ordering::Equal => {}
        unequal => return unequal,
    }
    match (ra == 0, rc == 0) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        // ra/b against rc/d is d/rc against b/ra, reversed.
        (false, false) => compare(d, rc, b, ra),
    }
}

#[cfg(feature = "serde")]
crate::serde_as_string!(Value);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_round_trips() {
        for s in [
            "0",
            "11000",
            "3.14",
            "-0.5",
            "0.001",
            "1500000000",
            "2/3",
            "-7/12",
        ] {
            let v: Value = s.parse().unwrap();
            assert_eq!(v.to_string(), s);
        }
        assert_eq!("+3.50".parse::<Value>().unwrap().to_string(), "3.5");
        for bad in ["", ".", "1.", "1,5", "a", "1/0", "--1", "1.2.3"] {
            assert!(bad.parse::<Value>().is_err(), "{bad}");
        }
    }

    #[test]
    fn comparison_is_exact_at_the_limits() {
        let big = Value::fraction(i128::MAX, 3).unwrap();
        let bigger = Value::fraction(i128::MAX, 2).unwrap();
        assert!(big < bigger);
        assert!(Value::fraction(1, 3).unwrap() > "0.3333333333".parse().unwrap());
        assert!(Value::fraction(-1, 3).unwrap() < Value::ZERO);
        assert_eq!(
            Value::fraction(2, 4).unwrap().cmp(&"0.5".parse().unwrap()),
            Ordering::Equal
        );
    }

    #[test]
    fn arithmetic_is_checked() {
        let max = Value::from(i64::MAX);
        assert!(max.mul(max).unwrap().mul(max).is_err());
        let half = Value::fraction(1, 2).unwrap();
        assert_eq!(half.add(half).unwrap(), Value::from(1));
        assert_eq!(
            "1.5"
                .parse::<Value>()
                .unwrap()
                .mul(Value::from(1_000_000_000))
                .unwrap()
                .to_string(),
            "1500000000"
        );
        assert!(Value::fraction(i128::MIN, -1).is_err());
        let digits = "9".repeat(500);
        assert_eq!(digits.parse::<Value>(), Err(Error::NumberOverflow));
    }
}
