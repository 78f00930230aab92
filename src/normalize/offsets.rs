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
        let end = range.end.min(self.output_len);
        let start = range.start.min(end);
        let start = self.original_start(start);
        // An empty range at removed padding maps its start after the
        // padding and its end before it.
        start..self.original_end(end).max(start)
    }

    /// The original offset of an output offset that starts a range: the
    /// start of a replacement it falls inside, else shifted by the last
    /// edit ending at or before it (an empty one, removed padding, too).
    fn original_start(&self, offset: usize) -> usize {
        let after = self.edits.partition_point(|e| e.output.end <= offset);
        if let Some(inside) = self.edits.get(after) {
            if inside.output.start < offset {
                return inside.input.start;
            }
        }
        match after.checked_sub(1).map(|i| &self.edits[i]) {
            Some(last) => last.input.end + (offset - last.output.end),
            None => offset,
        }
    }

    /// The original offset of an output offset that ends a range: the end
    /// of a replacement it falls inside, else shifted by the last edit
    /// starting before it (removed padding right at it stays outside).
    fn original_end(&self, offset: usize) -> usize {
        let before = self.edits.partition_point(|e| e.output.start < offset);
        match before.checked_sub(1).map(|i| &self.edits[i]) {
            Some(inside) if inside.output.end > offset => inside.input.end,
            Some(last) => last.input.end + (offset - last.output.end),
            None => offset,
        }
    }
}
