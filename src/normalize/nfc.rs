//! Unicode Normalization Form C, applied run by run.
//!
//! Decomposed accents (`e` + U+0301) come from macOS file names, some PDF
//! extractors and copy-paste; NFC composes them (`é`) so that the rest of the
//! crate, and the caller's comparisons, see one form.
//!
//! To report precise edits, the text is cut at stable points: an ASCII
//! character followed by another ASCII character can neither compose with
//! what precedes it nor be reordered, so normalization never crosses it.
//! Each run between such points is checked and, when needed, normalized on
//! its own, which keeps the pass linear and the edits small.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use super::edit::{EditKind, Rewriter};

/// Whether `text` may not be in NFC (a quick check, no allocation).
///
/// Characters below U+0300 and the punctuation U+2002..=U+203F (the
/// typographic quotes, dashes and ellipsis of Italian text) are stable: no
/// canonical combining class, never changed by NFC, never composed with
/// what precedes them, and are skipped byte by byte. Other characters are
/// looked up one at a time while they are stable starters too; from the
/// first that is not, the Unicode quick check reads the rest.
pub(crate) fn may_need(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            // ASCII, continuation bytes, and the leads of U+0080..=U+02FF.
            ..=0xCB => i += 1,
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && bytes.get(i + 2).is_some_and(|&b| b >= 0x82) =>
            {
                i += 3
            }
            _ => {
                // Any other character that is a stable starter on its own
                // (`€`, `’`, CJK, most emoji) leaves the state as it was.
                let Some(c) = text[i..].chars().next() else {
                    return false;
                };
                if canonical_combining_class(c) != 0
                    || is_nfc_quick(std::iter::once(c)) != IsNormalized::Yes
                {
                    return is_nfc_quick(text[i..].chars()) != IsNormalized::Yes;
                }
                i += c.len_utf8();
            }
        }
    }
    false
}

/// Writes the NFC form of the input through `out`.
pub(crate) fn compose(out: &mut Rewriter<'_>) {
    let text = out.input();
    let bytes = text.as_bytes();
    let mut pos = 0;
    while let Some(offset) = bytes[pos..].iter().position(|b| !b.is_ascii()) {
        let first = pos + offset;
        // An ASCII letter just before may be the base of a combining mark.
        let start = if first > pos { first - 1 } else { first };
        let mut end = first;
        while end < bytes.len()
            && !(bytes[end].is_ascii() && bytes.get(end + 1).map_or(true, u8::is_ascii))
        {
            end += 1;
        }
        let run = &text[start..end];
        if is_nfc_quick(run.chars()) != IsNormalized::Yes {
            let composed: String = run.nfc().collect();
            if composed != run {
                let (prefix, suffix) = common_affixes(run, &composed);
                out.replace(
                    start + prefix..end - suffix,
                    &composed[prefix..composed.len() - suffix],
                    EditKind::Nfc,
                );
            }
        }
        pos = end;
    }
}

/// Lengths in bytes of the longest common prefix and suffix of `a` and `b`,
/// on char boundaries and not overlapping.
fn common_affixes(a: &str, b: &str) -> (usize, usize) {
    let prefix: usize = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let suffix: usize = a[prefix..]
        .chars()
        .rev()
        .zip(b[prefix..].chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    (prefix, suffix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composes_decomposed_accents() {
        let text = "perche\u{301} e la citta\u{300}";
        let mut rw = Rewriter::new(text, true);
        compose(&mut rw);
        let (out, edits) = rw.finish();
        assert_eq!(out, "perché e la città");
        let edits: Vec<_> = edits.iter(&out).collect();
        assert_eq!(edits.len(), 2);
        assert_eq!(&text[edits[0].range()], "e\u{301}");
    }

    #[test]
    fn characters_skipped_by_the_quick_check_are_stable() {
        let skipped = ('\u{80}'..'\u{300}').chain('\u{2002}'..='\u{203F}');
        for c in skipped {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
        }
        assert!(!may_need("«l’ha detto» — “sì”…"));
        assert!(may_need("perche\u{301}"));
        assert!(may_need("“e\u{301}”"));
        assert!(may_need("\u{2000}"));
        assert!(!may_need("€ 5, 東京 👍"));
        assert!(may_need("€ \u{212B}"));
        assert!(may_need("€ e\u{301}"));
    }

    #[test]
    fn affixes_do_not_overlap() {
        assert_eq!(common_affixes("aa", "a"), (1, 0));
    }
}
