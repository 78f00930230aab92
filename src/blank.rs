//! Paragraph breaks.
//!
//! A blank line (a line break, optional horizontal space, a line break)
//! ends a paragraph: quotations are not paired across it, and a sentence
//! always ends at it.

use memchr::memchr;

/// Whether `gap` holds a blank line.
pub(crate) fn has_blank_line(gap: &str) -> bool {
    let bytes = gap.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr(b'\n', &bytes[from..]) {
        let mut j = from + i + 1;
        while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
            j += 1;
        }
        if bytes.get(j) == Some(&b'\n') {
            return true;
        }
        from = j;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::has_blank_line;

    #[test]
    fn blank_lines() {
        assert!(has_blank_line("a\n \t\nb"));
        assert!(has_blank_line("\r\n\r\n"));
        assert!(!has_blank_line("a\nb\n"));
    }
}
