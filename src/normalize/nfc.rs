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
//!
//! A long sequence of combining marks (text that is nothing but marks, or a
//! letter under hundreds of them) has no such point inside it, and the
//! general algorithm would hold all of it, eight bytes per mark, plus a
//! sort buffer. Where the sequence can be cut exactly from its
//! neighbours, it is put in canonical order by a counting sort over its
//! bytes and composed with its base by the same blocking rule, in memory
//! about its own size.

use unicode_normalization::char::{
    canonical_combining_class, compose as compose_pair, decompose_canonical,
};
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
            && !(bytes[end].is_ascii() && bytes.get(end + 1).is_none_or(u8::is_ascii))
        {
            end += 1;
        }
        let run = &text[start..end];
        if is_nfc_quick(run.chars()) != IsNormalized::Yes {
            compose_run(out, start, run);
        }
        pos = end;
    }
}

/// Composes one run, which starts at `offset` in the input. Long
/// sequences of marks are reordered by [`reorder_marks`] when they can be
/// cut from the rest; everything else goes through the general algorithm.
fn compose_run(out: &mut Rewriter<'_>, offset: usize, run: &str) {
    let mut done = 0;
    for seq in long_mark_sequences(run).unwrap_or_default() {
        compose_piece(out, offset + done, &run[done..seq.start]);
        let reordered = reorder_marks(
            // `start..marks` is empty where the marks have no base.
            run[seq.start..seq.marks].chars().next(),
            &run[seq.marks..seq.end],
        );
        replace_trimmed(
            out,
            offset + seq.start,
            &run[seq.start..seq.end],
            &reordered,
        );
        done = seq.end;
    }
    compose_piece(out, offset + done, &run[done..]);
}

/// Composes a piece of a run with the Unicode algorithm.
fn compose_piece(out: &mut Rewriter<'_>, offset: usize, piece: &str) {
    if piece.is_empty() || is_nfc_quick(piece.chars()) == IsNormalized::Yes {
        return;
    }
    let composed: String = piece.nfc().collect();
    replace_trimmed(out, offset, piece, &composed);
}

/// Replaces `old`, at `offset` in the input, by `new`; the edit leaves out
/// what they share at either end.
fn replace_trimmed(out: &mut Rewriter<'_>, offset: usize, old: &str, new: &str) {
    if new != old {
        let (prefix, suffix) = common_affixes(old, new);
        out.replace(
            offset + prefix..offset + old.len() - suffix,
            &new[prefix..new.len() - suffix],
            EditKind::Nfc,
        );
    }
}

/// Marks in a row from which a sequence is reordered by [`reorder_marks`].
///
/// The general algorithm buffers every mark that follows a base, sorts them
/// and keeps them until the next base: eight bytes per mark and a sort
/// buffer. Text that is nothing but marks (a broken file, an attack) would
/// make that a multiple of the whole input.
const LONG_MARKS: usize = 32;

/// A long sequence of marks, with its base when it has one: bytes
/// `start..marks` are the base (empty at the start of a run), `marks..end`
/// the marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct MarkSequence {
    start: usize,
    marks: usize,
    end: usize,
}

/// The sequences of at least [`LONG_MARKS`] marks in `run` that can be
/// composed apart from the rest, in order; `None` when one of them cannot
/// (its base or a mark decomposes, or what follows could reorder into it),
/// and the run must be composed whole.
///
/// The cuts are exact: a base that is a starter, its own decomposition and
/// quick-check `Yes` (never the second of a composition) neither composes
/// with nor reorders against what precedes it; after the marks, a starter
/// that is quick-check `Yes` and decomposes to a starter neither composes
/// with nor reorders against what precedes it.
fn long_mark_sequences(run: &str) -> Option<Vec<MarkSequence>> {
    let mut found = Vec::new();
    // The last starter before the current marks, and the marks so far:
    // where they start, how many, whether each is its own decomposition.
    let mut base: Option<(usize, char)> = None;
    let mut marks: Option<(usize, usize, bool)> = None;
    let mut close = |marks: (usize, usize, bool),
                     end: usize,
                     base: Option<(usize, char)>,
                     next: Option<char>|
     -> Option<()> {
        let (start, count, plain) = marks;
        if count < LONG_MARKS {
            return Some(());
        }
        let base_ok = base.is_none_or(|(_, b)| {
            decomposes_to_itself(b) && is_nfc_quick(std::iter::once(b)) == IsNormalized::Yes
        });
        let next_ok = next.is_none_or(|c| {
            let mut first = None;
            decompose_canonical(c, |d| {
                first.get_or_insert(d);
            });
            is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
                && first.is_none_or(|d| canonical_combining_class(d) == 0)
        });
        if !(plain && base_ok && next_ok) {
            return None;
        }
        found.push(MarkSequence {
            start: base.map_or(start, |(at, _)| at),
            marks: start,
            end,
        });
        Some(())
    };
    for (at, c) in run.char_indices() {
        if canonical_combining_class(c) != 0 {
            let (_, count, plain) = marks.get_or_insert((at, 0, true));
            *count += 1;
            *plain = *plain && decomposes_to_itself(c);
            continue;
        }
        if let Some(m) = marks.take() {
            close(m, at, base, Some(c))?;
        }
        base = Some((at, c));
    }
    if let Some(m) = marks.take() {
        close(m, run.len(), base, None)?;
    }
    Some(found)
}

fn decomposes_to_itself(c: char) -> bool {
    let mut same = 0;
    let mut parts = 0;
    decompose_canonical(c, |d| {
        parts += 1;
        same += usize::from(d == c);
    });
    parts == 1 && same == 1
}

/// The NFC form of `base` (a starter that is its own decomposition)
/// followed by `marks` (non-starters, each its own decomposition).
///
/// That form is the base composed with what can reach it, then the other
/// marks in canonical order: sorted by combining class, stably. A mark
/// reaches the base when no mark left between them has a class as high as
/// its own, so in sorted order each class is tried from its first mark
/// until one does not compose. The sort is a counting sort by class over
/// the bytes, and the pass keeps one byte per mark: linear, with memory
/// about the size of the marks.
fn reorder_marks(base: Option<char>, marks: &str) -> String {
    let classes: Vec<u8> = marks.chars().map(canonical_combining_class).collect();
    // Marks (by index) composed into the base.
    let mut composed = Vec::new();
    let mut bytes_of_class = [0usize; 256];
    // Where the first mark of each class is: its index and byte offset.
    let mut first_of_class = [(usize::MAX, 0); 256];
    let mut offset = 0;
    for (index, (c, &class)) in marks.chars().zip(&classes).enumerate() {
        let class = usize::from(class);
        if bytes_of_class[class] == 0 {
            first_of_class[class] = (index, offset);
        }
        bytes_of_class[class] += c.len_utf8();
        offset += c.len_utf8();
    }
    // Each class present is tried in order from its first mark, until one
    // does not compose: the scans go past the first mark of a class only
    // while marks compose, a handful of times at most in Unicode.
    let composite = base.map(|mut into| {
        for (class, &(first, offset)) in first_of_class.iter().enumerate() {
            if first == usize::MAX {
                continue;
            }
            let of_class = marks[offset..]
                .chars()
                .zip(&classes[first..])
                .zip(first..)
                .filter(|((_, &k), _)| usize::from(k) == class);
            for ((c, _), index) in of_class {
                let Some(r) = compose_pair(into, c) else {
                    break;
                };
                into = r;
                composed.push(index);
                bytes_of_class[class] -= c.len_utf8();
            }
        }
        into
    });
    composed.sort_unstable();
    let mut sorted = Vec::with_capacity(marks.len() + 4);
    if let Some(c) = composite {
        sorted.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
    }
    // Where the next mark of each class goes.
    let mut next = [0usize; 256];
    let mut total = sorted.len();
    for (slot, bytes) in next.iter_mut().zip(bytes_of_class) {
        *slot = total;
        total += bytes;
    }
    sorted.resize(total, 0);
    let mut skip = composed.iter().peekable();
    for (index, (c, &class)) in marks.chars().zip(&classes).enumerate() {
        if skip.next_if_eq(&&index).is_some() {
            continue;
        }
        let at = &mut next[usize::from(class)];
        c.encode_utf8(&mut sorted[*at..*at + c.len_utf8()]);
        *at += c.len_utf8();
    }
    // Whole characters were placed in every slot.
    String::from_utf8(sorted).unwrap_or_default()
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

    /// The NFC of `text` as this pass writes it.
    fn nfc_pass(text: &str) -> String {
        crate::normalize::edit::run_pass(text, compose)
    }

    #[test]
    fn long_mark_sequences_are_cut_only_where_exact() {
        let marks = "\u{301}\u{327}".repeat(20);
        let run = format!("a{marks}b{marks}");
        let found = long_mark_sequences(&run).unwrap();
        assert_eq!(
            found,
            [
                MarkSequence {
                    start: 0,
                    marks: 1,
                    end: 81
                },
                MarkSequence {
                    start: 81,
                    marks: 82,
                    end: run.len()
                }
            ]
        );
        // Short sequences are left to the general algorithm.
        assert_eq!(long_mark_sequences("a\u{301}\u{327}"), Some(vec![]));
        // A base that decomposes, a mark that decomposes, and a starter
        // after the marks that composes with what precedes it.
        assert_eq!(long_mark_sequences(&format!("é{marks}")), None);
        assert_eq!(long_mark_sequences(&format!("a{marks}\u{344}")), None);
        assert_eq!(
            long_mark_sequences(&format!("\u{1100}{marks}\u{1161}")),
            None
        );
    }

    #[test]
    fn long_mark_sequences_compose_as_the_unicode_algorithm() {
        let long = |marks: &str, n: usize| marks.repeat(n);
        let cases = [
            long("\u{301}\u{308}\u{327}", 40),
            format!("e{}", long("\u{301}\u{327}", 40)),
            format!(
                "a{}x{}",
                long("\u{308}\u{301}", 30),
                long("\u{323}\u{302}", 30)
            ),
            // `o` + U+031B + U+0301 + U+0323 composes three marks: ợ́.
            format!("o{} fine", long("\u{301}\u{31B}\u{323}", 20)),
            format!("u{}", long("\u{308}\u{300}\u{304}", 20)),
            format!("\u{5D0}{}", long("\u{5B8}\u{5B4}\u{5C1}\u{5BC}", 20)),
            format!("{}\u{1100}\u{1161}", long("\u{301}", 50)),
            format!("i{}é", long("\u{301}\u{301}\u{327}", 20)),
            format!("A{}", long("\u{30A}\u{301}", 33)),
        ];
        for case in cases {
            let expected: String = case.nfc().collect();
            assert_eq!(nfc_pass(&case), expected, "{case:?}");
        }
    }

    #[test]
    fn affixes_do_not_overlap() {
        assert_eq!(common_affixes("aa", "a"), (1, 0));
    }
}
