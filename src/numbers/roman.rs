//! Roman numerals, in their standard subtractive form, 1 to 3999.
//!
//! Only the canonical spelling of a value is accepted (`XIV`, never `XIIII`
//! or `IXX`), which already rules out most capitalized words; whether a
//! valid numeral is a number (`Luigi XIV`) or a word (`MI`, `DI`, `VI`) is
//! for the extractor to decide from the context.

const DIGITS: &[(u32, &str)] = &[
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
];

/// The value of a canonical roman numeral in capitals.
pub(crate) fn value(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 15 || !text.bytes().all(|b| b"IVXLCDM".contains(&b)) {
        return None;
    }
    let mut rest = text;
    let mut total = 0;
    for &(v, glyphs) in DIGITS {
        // At most three repetitions of a single glyph, one of a pair.
        let limit = if glyphs.len() == 1 { 3 } else { 1 };
        let mut count = 0;
        while count < limit {
            match rest.strip_prefix(glyphs) {
                Some(r) => {
                    rest = r;
                    total += v;
                    count += 1;
                }
                None => break,
            }
        }
    }
    (rest.is_empty() && canonical(total) == text).then_some(total)
}

fn canonical(mut n: u32) -> String {
    let mut out = String::new();
    for &(v, glyphs) in DIGITS {
        while n >= v {
            out.push_str(glyphs);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_numerals_only() {
        assert_eq!(value("XIV"), Some(14));
        assert_eq!(value("XXI"), Some(21));
        assert_eq!(value("MCMLXXXIV"), Some(1984));
        assert_eq!(value("MMMCMXCIX"), Some(3999));
        for n in 1..4000 {
            assert_eq!(value(&canonical(n)), Some(n));
        }
        for text in ["", "IIII", "IXX", "VX", "IC", "xiv", "ABC", "MMMM"] {
            assert_eq!(value(text), None, "{text}");
        }
    }
}
