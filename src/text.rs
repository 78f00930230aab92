//! Text predicates shared by the readers: lowercasing without a copy,
//! dashes, currency signs and codes, the shape of a roman numeral.
//!
//! Each is written once here, so that the number reader, the date reader
//! and the start filters agree on what a dash or a currency sign is.

/// A word in lowercase: the word itself when it has no capital (the common
/// case, no copy), or a copy lowered into a stack buffer. Capital `É` and
/// `È` (in `VENTITRÉ`) are lowered too.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Lower<'a> {
    Borrowed(&'a str),
    Owned { buf: [u8; 80], len: usize },
}

impl<'a> Lower<'a> {
    /// `None` for words too long to be a number word.
    pub(crate) fn new(word: &'a str) -> Option<Lower<'a>> {
        let bytes = word.as_bytes();
        if bytes.len() > 80 {
            return None;
        }
        // A quick test first (it may say yes for other characters whose
        // last byte is 88 or 89, which are then copied unchanged).
        if !bytes
            .iter()
            .any(|&b| b.is_ascii_uppercase() | (b & 0xFE == 0x88))
        {
            return Some(Lower::Borrowed(word));
        }
        let capital = |i: usize, b: u8| {
            b.is_ascii_uppercase() || matches!(b, 0x88 | 0x89) && i > 0 && bytes[i - 1] == 0xC3
        };
        let mut buf = [0u8; 80];
        for (i, &b) in bytes.iter().enumerate() {
            buf[i] = if capital(i, b) && b >= 0x80 {
                b + 0x20
            } else {
                b.to_ascii_lowercase()
            };
        }
        Some(Lower::Owned {
            buf,
            len: bytes.len(),
        })
    }

    pub(crate) fn as_str(&self) -> &str {
        match self {
            Lower::Borrowed(word) => word,
            // ASCII lowering and the two mappings above keep UTF-8 valid.
            Lower::Owned { buf, len } => std::str::from_utf8(&buf[..*len]).unwrap_or(""),
        }
    }
}

/// Whether `gap`, whitespace between two tokens, holds a blank line: two
/// line breaks in it make a line with nothing else. The one test of a
/// paragraph's end, for the window and for readers that look back in text.
#[inline]
pub(crate) fn holds_blank_line(gap: &str) -> bool {
    gap.len() >= 2 && gap.bytes().filter(|&b| b == b'\n').nth(1).is_some()
}

/// `word` in lowercase, without allocating; a word too long for any
/// table word is returned as it is.
pub(crate) fn lower(word: &str) -> Lower<'_> {
    Lower::new(word).unwrap_or(Lower::Borrowed(word))
}

/// A dash between two numbers or words: hyphen-minus, en dash, em dash.
pub(crate) const DASHES: &[&str] = &["-", "–", "—"];

/// One of [`DASHES`].
pub(crate) fn is_dash(word: &str) -> bool {
    matches!(word, "-" | "–" | "—")
}

/// Signs written against a number: `-5`, `+3,5`, `−2` (U+2212).
pub(crate) const SIGNS: &[&str] = &["+", "-", "−"];

/// The sign that keeps a number as it is.
pub(crate) const PLUS: &str = "+";

/// Currency signs, written before or after an amount.
pub(crate) const CURRENCY_SIGNS: &[&str] = &["$", "£", "¥", "€"];

/// Three capitals: the shape of an ISO 4217 code (`EUR`, `CHF`), alone or
/// glued to the digits of an amount (`USD1`, which the tokenizer keeps
/// whole as it keeps `G7`).
pub(crate) fn is_currency_code(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3
        && b[..3].iter().all(u8::is_ascii_uppercase)
        && (b.len() == 3 || b[3].is_ascii_digit())
}

/// Letters of roman numerals only, in capitals (`XIV`; not `xiv`, which
/// is a word more often than a number).
pub(crate) fn is_roman_shape(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b"IVXLCDM".contains(&b))
}

/// The token begins with an ASCII digit.
pub(crate) fn starts_with_digit(word: &str) -> bool {
    word.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// A fraction in one sign: `½`, `¼`, `¾` (U+00BC–U+00BE) and `⅐`…`⅞`
/// (U+2150–U+215E), by its bytes.
pub(crate) fn is_vulgar_fraction(word: &str) -> bool {
    match word.as_bytes() {
        [0xC2, b] => (0xBC..=0xBE).contains(b),
        [0xE2, 0x85, b] => (0x90..=0x9E).contains(b),
        _ => false,
    }
}

/// A year with its century elided: `'98`, `’98` (and `'9`, which the date
/// rules then refuse by length).
pub(crate) fn is_elided_number(word: &str) -> bool {
    word.strip_prefix(['\'', '’'])
        .is_some_and(starts_with_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predicates() {
        assert_eq!(lower("VENTITRÉ").as_str(), "ventitré");
        assert_eq!(lower("marzo").as_str(), "marzo");
        assert!(is_dash("–") && !is_dash("_"));
        assert!(is_currency_code("EUR") && !is_currency_code("Eur"));
        assert!(is_currency_code("USD1") && !is_currency_code("USDA"));
        assert!(["½", "¼", "¾", "⅐", "⅓", "⅞"]
            .into_iter()
            .all(is_vulgar_fraction));
        assert!(!is_vulgar_fraction("«") && !is_vulgar_fraction("–") && !is_vulgar_fraction("½½"));
        assert!(is_roman_shape("XIV") && !is_roman_shape("XIVa") && !is_roman_shape(""));
        assert!(is_elided_number("’98") && is_elided_number("'9") && !is_elided_number("'a"));
    }
}
