//! From ranges of the normalized text back to ranges of the original.
//!
//! Normalization replaces marks, removes padding and repairs accents and
//! mojibake, so a byte range found in the normalized text (a token, a date)
//! is not the same range of the text the caller has. The [`Edit`]s say what
//! changed; an [`OffsetMap`] holds them in a form that maps any range in
//! `O(log n)`, by two rules:
//!
//! - text outside every edit shifts by what the edits before it added or
//!   removed;
//! - a range that starts or ends inside a replacement widens to the whole of
//!   what was replaced (a span that ends inside the `é` of a repaired `e'`
//!   ends after the `'`), and text removed at a range's edge (padding inside
//!   quotation marks, `« testo »`) stays outside it. An edit can cover more
//!   than one character: NFC rewrites a run of decomposed characters as one
//!   edit (`e´«e´` → `é«é`), so a range that ends inside such a run covers
//!   the run.

use std::ops::Range;

use super::Edit;

/// Maps byte ranges of a normalized text to byte ranges of the text it was
/// normalized from; made by [`Normalized::offset_map`](super::Normalized::offset_map).
///
/// # Examples
///
/// ```
/// use italiano::normalize::{Normalizer, Repairs};
///
/// let original = "« Perche' no? »";
/// let out = Normalizer::new().repairs(Repairs::ALL).normalize_with_edits(original);
/// assert_eq!(out.text(), "“Perché no?”");
/// let map = out.offset_map();
/// let word = out.text().find("Perché").unwrap();
/// let span = map.original_range(word..word + "Perché".len());
/// assert_eq!(&original[span], "Perche'");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// For each edit, where it lies in the output and in the input.
    edits: Vec<Mapped>,
    /// Lengths of the input and of the output.
    input_len: usize,
    output_len: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Mapped {
    output: Range<usize>,
    input: Range<usize>,
}

impl OffsetMap {
    /// Makes this the map of `edits` (sorted, as
    /// [`Normalized::edits`](super::Normalized::edits) returns them) of an
    /// input of `input_len` bytes, reusing its memory.
    pub(crate) fn rebuild<'e>(&mut self, edits: impl Iterator<Item = Edit<'e>>, input_len: usize) {
        self.edits.clear();
        self.edits.reserve(edits.size_hint().0);
        // Output offset minus input offset, after the edits so far.
        let mut shift = 0isize;
        for edit in edits {
            let input = edit.range();
            let start = input.start.wrapping_add_signed(shift);
            let output = start..start + edit.replacement().len();
            shift += edit.replacement().len() as isize - input.len() as isize;
            self.edits.push(Mapped { output, input });
        }
        self.input_len = input_len;
        self.output_len = input_len.wrapping_add_signed(shift);
    }

    /// The range of the original text that `range` of the normalized text
    /// came from. Offsets past the end of the normalized text are taken as
    /// its end.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::Normalizer;
    ///
    /// let original = "«ciao» a tutti";
    /// let out = Normalizer::new().normalize_with_edits(original);
    /// assert_eq!(out.text(), "“ciao” a tutti");
    /// // `tutti`, moved by the wider marks before it.
    /// assert_eq!(out.offset_map().original_range(13..18), 11..16);
    /// // The closing mark: `”` in the output, `»` in the original.
    /// assert_eq!(&original[out.offset_map().original_range(7..10)], "»");
    /// ```
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        self.cursor().original_range(range)
    }

    /// A cursor that maps ranges given in increasing order (tokens, matches)
    /// in constant time each, instead of two binary searches.
    pub(crate) fn cursor(&self) -> OffsetCursor<'_> {
        OffsetCursor {
            map: self,
            after: 0,
            before: 0,
        }
    }
}

/// Maps ranges of the output in increasing order, remembering where among
/// the edits the last range fell; a range before the last one is found by
/// binary search. Made by [`OffsetMap::cursor`].
#[derive(Debug, Clone)]
pub(crate) struct OffsetCursor<'m> {
    map: &'m OffsetMap,
    /// Edits ending at or before the last start.
    after: usize,
    /// Edits starting before the last end.
    before: usize,
}

impl OffsetCursor<'_> {
    /// [`OffsetMap::original_range`].
    pub(crate) fn original_range(&mut self, range: Range<usize>) -> Range<usize> {
        let end = range.end.min(self.map.output_len);
        let start = range.start.min(end);
        let start = self.original_start(start);
        // An empty range at removed padding maps its start after the
        // padding and its end before it.
        start..self.original_end(end).max(start)
    }

    /// The original offset of an output offset that starts a range: the
    /// start of a replacement it falls inside, else shifted by the last
    /// edit ending at or before it (an empty one, removed padding, too).
    fn original_start(&mut self, offset: usize) -> usize {
        let edits = &self.map.edits;
        self.after = advance(edits, self.after, |e| e.output.end <= offset);
        let after = self.after;
        if let Some(inside) = edits.get(after) {
            if inside.output.start < offset {
                return inside.input.start;
            }
        }
        match after.checked_sub(1).map(|i| &edits[i]) {
            Some(last) => last.input.end + (offset - last.output.end),
            None => offset,
        }
    }

    /// The original offset of an output offset that ends a range: the end
    /// of a replacement it falls inside, else shifted by the last edit
    /// starting before it (removed padding right at it stays outside).
    fn original_end(&mut self, offset: usize) -> usize {
        let edits = &self.map.edits;
        self.before = advance(edits, self.before, |e| e.output.start < offset);
        match self.before.checked_sub(1).map(|i| &edits[i]) {
            Some(inside) if inside.output.end > offset => inside.input.end,
            Some(last) => last.input.end + (offset - last.output.end),
            None => offset,
        }
    }
}

/// The number of edits for which `holds` (true of a prefix of them): a few
/// steps on from `from` (the next token is usually at most a few edits
/// further), then a binary search of the rest, or of all of them when the
/// offset went back.
fn advance(edits: &[Mapped], from: usize, holds: impl Fn(&Mapped) -> bool) -> usize {
    if from > 0 && !holds(&edits[from - 1]) {
        return edits.partition_point(holds);
    }
    let mut at = from;
    for _ in 0..4 {
        match edits.get(at) {
            Some(edit) if holds(edit) => at += 1,
            _ => return at,
        }
    }
    at + edits[at..].partition_point(holds)
}

#[cfg(test)]
mod tests {
    use super::OffsetMap;
    use crate::normalize::{Normalizer, Repairs};

    /// The rules of the module docs, by a scan of every edit.
    fn naive(map: &OffsetMap, start: usize, end: usize) -> std::ops::Range<usize> {
        let end = end.min(map.output_len);
        let start = start.min(end);
        let shifted = |offset: usize, last: Option<&super::Mapped>| match last {
            Some(last) => last.input.end + (offset - last.output.end),
            None => offset,
        };
        let inside = map
            .edits
            .iter()
            .find(|e| e.output.start < start && start < e.output.end);
        let from = match inside {
            Some(e) => e.input.start,
            None => shifted(start, map.edits.iter().rfind(|e| e.output.end <= start)),
        };
        let inside = map
            .edits
            .iter()
            .find(|e| e.output.start < end && end < e.output.end);
        let to = match inside {
            Some(e) => e.input.end,
            None => shifted(end, map.edits.iter().rfind(|e| e.output.start < end)),
        };
        from..to.max(from)
    }

    /// The cursor, fed ranges in increasing order or going back, maps as
    /// the binary search of a fresh map does.
    #[test]
    fn cursor_agrees_with_binary_search() {
        let text = "« E' vero » disse l'uomo, “perche' Ã¨ cosi'”… «  sì  » po' più in là e\u{301}!";
        let out = Normalizer::new()
            .repairs(Repairs::ALL)
            .normalize_with_edits(text);
        let map = out.offset_map();
        let len = out.text().len();
        let fresh = |s: usize, e: usize| naive(&map, s, e);
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        for s in 0..=len {
            for e in s..=len.min(s + 12) {
                ranges.push((s, e));
            }
        }
        let mut cursor = map.cursor();
        for &(s, e) in &ranges {
            assert_eq!(cursor.original_range(s..e), fresh(s, e), "{s}..{e}");
        }
        let mut cursor = map.cursor();
        for &(s, e) in ranges.iter().rev().step_by(7) {
            assert_eq!(
                cursor.original_range(s..e),
                fresh(s, e),
                "{s}..{e} going back"
            );
        }
        // Beyond the end: the end.
        assert_eq!(map.original_range(len + 5..len + 9), text.len()..text.len());
        assert!(map.edits.len() > 10, "a text with many edits");
    }
}
