//! Python `str` in, byte offsets out as Python's character offsets.
//!
//! The crate reads `&str` and reports byte ranges into it. Python indexes a
//! `str` by code point, so every range handed back is converted. The text
//! itself is read through CPython's UTF-8 view of the `str` (cached on the
//! object, no copy of ours), which a `str` holding a lone surrogate does not
//! have: such text is refused with a `ValueError` that says where.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyString;

/// The UTF-8 text of `text`, or a `ValueError` naming the first lone
/// surrogate (`"\ud800"`, from `surrogateescape` decoding or broken JSON).
pub(crate) fn utf8<'a>(text: &'a Bound<'_, PyString>) -> PyResult<&'a str> {
    text.to_str().map_err(|_| lone_surrogate(text))
}

fn lone_surrogate(text: &Bound<'_, PyString>) -> PyErr {
    // The error path only: find where, for the message.
    let at = text
        .call_method1("encode", ("utf-16-le", "surrogatepass"))
        .ok()
        .and_then(|b| b.extract::<Vec<u8>>().ok())
        .and_then(|units| {
            let units: Vec<u16> = units
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect();
            first_lone_surrogate(&units)
        });
    match at {
        Some((index, unit)) => PyValueError::new_err(format!(
            "italiano reads valid Unicode text only: the str holds a lone surrogate \
             U+{unit:04X} at index {index} (decode with errors='replace', or remove it)"
        )),
        None => PyValueError::new_err("italiano reads valid Unicode text only"),
    }
}

/// The code point index and value of the first unpaired surrogate in
/// UTF-16 `units` (CPython's `surrogatepass` writes lone ones as they are;
/// a valid pair counts as one code point).
fn first_lone_surrogate(units: &[u16]) -> Option<(usize, u16)> {
    let mut index = 0;
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        let high = (0xD800..0xDC00).contains(&u);
        let low_next = units
            .get(i + 1)
            .is_some_and(|n| (0xDC00..0xE000).contains(n));
        if high && low_next {
            i += 2;
        } else if (0xD800..0xE000).contains(&u) {
            return Some((index, u));
        } else {
            i += 1;
        }
        index += 1;
    }
    None
}

/// Converts byte offsets of one text into Python character offsets.
///
/// Each offset costs the bytes between it and the one asked before, so
/// offsets asked in order (tokens, matches of one kind) cost one pass over
/// the text in all. ASCII text is its own index.
pub(crate) struct CharOffsets<'a> {
    bytes: &'a [u8],
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CharOffsets<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        CharOffsets {
            bytes: text.as_bytes(),
            ascii: text.is_ascii(),
            byte: 0,
            chars: 0,
        }
    }

    /// The character offset of byte offset `at` (a char boundary).
    #[inline]
    pub(crate) fn at(&mut self, at: usize) -> usize {
        if self.ascii {
            return at;
        }
        // A character starts at every byte that is not a continuation byte.
        let starts = |bytes: &[u8]| bytes.iter().filter(|&&b| (b as i8) >= -0x40).count();
        if at < self.byte {
            self.chars -= starts(&self.bytes[at..self.byte]);
        } else {
            self.chars += starts(&self.bytes[self.byte..at]);
        }
        self.byte = at;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_code_points() {
        let text = "è l’àncora 😀 x";
        let mut offsets = CharOffsets::new(text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.at(byte), chars);
        }
        assert_eq!(offsets.at(0), 0);
        assert_eq!(offsets.at(text.len()), text.chars().count());
    }

    #[test]
    fn lone_surrogates_are_found_past_pairs() {
        assert_eq!(
            first_lone_surrogate(&[0x61, 0xD83D, 0xDE00, 0xD800]),
            Some((2, 0xD800))
        );
        assert_eq!(first_lone_surrogate(&[0xDC00]), Some((0, 0xDC00)));
        assert_eq!(first_lone_surrogate(&[0x61, 0xD83D, 0xDE00]), None);
    }
}
