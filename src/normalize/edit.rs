//! Edits: what normalization changed, as byte ranges of the original text.
//!
//! Every pass of the normalizer (mojibake, NFC, quotes, accents) writes its
//! changes through a [`Rewriter`], which builds the output lazily (nothing is
//! allocated while the text stays unchanged) and, when asked, records each
//! change. The edits of successive passes are composed so that the caller
//! always sees ranges of the text it passed in.

use std::borrow::Cow;
use std::ops::Range;

/// What kind of change an [`Edit`] made.
///
/// # Examples
///
/// ```
/// use italiano::normalize::{EditKind, Normalizer};
///
/// let out = Normalizer::new().normalize_with_edits("l'acqua");
/// assert_eq!(out.edits()[0].kind(), EditKind::Apostrophe);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum EditKind {
    /// A mark that is an apostrophe (elision, truncation, decade) rewritten
    /// as the style's apostrophe.
    Apostrophe,
    /// A mark that opens a quotation, rewritten for its nesting level
    /// (0 for the outermost quotation).
    OpeningQuote {
        /// Nesting level of the quotation.
        level: u32,
    },
    /// A mark that closes a quotation, rewritten for its nesting level.
    ClosingQuote {
        /// Nesting level of the quotation.
        level: u32,
    },
    /// Spaces just inside a paired quotation removed (`« testo »`).
    PaddingRemoved,
    /// An accent repaired: an apostrophe typed for an accent (`perche'`) or a
    /// wrong accent (`perchè`).
    Accent,
    /// UTF-8 that had been decoded as Windows-1252 or Latin-1, restored.
    Mojibake,
    /// A run of text brought to Unicode Normalization Form C.
    Nfc,
}

/// One change made by normalization: a byte range of the original text and
/// what replaced it.
///
/// Edits are sorted, never overlap, and start and end on char boundaries of
/// the original text; replacing each range by its replacement gives the
/// normalized text.
///
/// # Examples
///
/// ```
/// use italiano::normalize::Normalizer;
///
/// let text = "Disse: \"basta\".";
/// let out = Normalizer::new().normalize_with_edits(text);
/// let first = &out.edits()[0];
/// assert_eq!(&text[first.range()], "\"");
/// assert_eq!(first.replacement(), "“");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Edit {
    range: Range<usize>,
    #[cfg_attr(feature = "serde", serde(with = "replacement_as_str"))]
    replacement: Replacement,
    kind: EditKind,
}

/// The text of an edit. Almost every replacement is a glyph or a short
/// repaired sequence, held inline: a text that is nothing but marks makes
/// one edit per mark, and an allocation each would cost more than the edit.
/// Inline text fits beside the niche of the boxed form, so a replacement
/// takes 16 bytes and an edit 40.
#[derive(Clone)]
enum Replacement {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

/// Bytes held inline: what fits beside the pointer of a `Box<str>`.
const INLINE: usize = 7;

impl Replacement {
    fn new(text: &str) -> Replacement {
        if text.len() <= INLINE {
            let mut bytes = [0; INLINE];
            bytes[..text.len()].copy_from_slice(text.as_bytes());
            Replacement::Inline {
                len: text.len() as u8,
                bytes,
            }
        } else {
            Replacement::Heap(text.into())
        }
    }

    fn as_str(&self) -> &str {
        match self {
            Replacement::Inline { len, bytes } => {
                // Copied whole from a `&str` in `new`.
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Replacement::Heap(text) => text,
        }
    }

    fn len(&self) -> usize {
        self.as_str().len()
    }
}

impl std::ops::Deref for Replacement {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for Replacement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

impl PartialEq for Replacement {
    fn eq(&self, other: &Replacement) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Replacement {}

impl std::hash::Hash for Replacement {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

/// An edit's replacement is a plain string in serialized form.
#[cfg(feature = "serde")]
mod replacement_as_str {
    use super::Replacement;

    pub(super) fn serialize<S: serde::Serializer>(
        text: &Replacement,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(text)
    }

    pub(super) fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Replacement, D::Error> {
        let text: std::borrow::Cow<'de, str> = serde::Deserialize::deserialize(deserializer)?;
        Ok(Replacement::new(&text))
    }
}

impl Edit {
    /// The byte range of the original text that was replaced.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = italiano::normalize::Normalizer::new().normalize_with_edits("po'");
    /// assert_eq!(out.edits()[0].range(), 2..3);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.range.clone()
    }

    /// The text that replaced the range (empty when text was removed).
    ///
    /// # Examples
    ///
    /// ```
    /// let out = italiano::normalize::Normalizer::new().normalize_with_edits("po'");
    /// assert_eq!(out.edits()[0].replacement(), "’");
    /// ```
    pub fn replacement(&self) -> &str {
        &self.replacement
    }

    /// What kind of change this is.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::{EditKind, Normalizer};
    ///
    /// let out = Normalizer::new().normalize_with_edits("« ciao »");
    /// let kinds: Vec<EditKind> = out.edits().iter().map(|e| e.kind()).collect();
    /// assert_eq!(
    ///     kinds,
    ///     [
    ///         EditKind::OpeningQuote { level: 0 },
    ///         EditKind::PaddingRemoved,
    ///         EditKind::PaddingRemoved,
    ///         EditKind::ClosingQuote { level: 0 },
    ///     ]
    /// );
    /// ```
    pub fn kind(&self) -> EditKind {
        self.kind
    }
}

/// Applies edits (sorted, non-overlapping, as returned by
/// [`Normalizer::normalize_with_edits`](super::Normalizer::normalize_with_edits))
/// to the text they were computed on.
///
/// # Panics
///
/// Panics if an edit's range is out of bounds, not on char boundaries, or out
/// of order; edits from this crate never are.
///
/// # Examples
///
/// ```
/// use italiano::normalize::{apply_edits, Normalizer};
///
/// let text = "E' l'ora.";
/// let out = Normalizer::new().normalize_with_edits(text);
/// assert_eq!(apply_edits(text, out.edits()), out.text());
/// ```
pub fn apply_edits(text: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for edit in edits {
        out.push_str(&text[last..edit.range.start]);
        out.push_str(&edit.replacement);
        last = edit.range.end;
    }
    out.push_str(&text[last..]);
    out
}

/// Builds the output of one pass: copies the untouched gaps, writes the
/// replacements, and records edits when asked to.
pub(crate) struct Rewriter<'a> {
    input: &'a str,
    out: Option<String>,
    last: usize,
    changes: usize,
    edits: Option<Vec<Edit>>,
}

impl<'a> Rewriter<'a> {
    pub(crate) fn new(input: &'a str, record: bool) -> Self {
        Rewriter {
            input,
            out: None,
            last: 0,
            changes: 0,
            edits: record.then(Vec::new),
        }
    }

    pub(crate) fn input(&self) -> &'a str {
        self.input
    }

    /// Where input position `at` (at or after the last replaced range) lands
    /// in the output.
    pub(crate) fn output_position(&self, at: usize) -> usize {
        self.out.as_ref().map_or(0, String::len) + at.saturating_sub(self.last)
    }

    /// How many replacements were made so far.
    pub(crate) fn changes(&self) -> usize {
        self.changes
    }

    /// The end of the last replaced range: the next one may not start
    /// before it.
    pub(crate) fn written_up_to(&self) -> usize {
        self.last
    }

    /// Replaces `range` (at or after the previous one) by `replacement`.
    /// A replacement equal to the original text is not an edit.
    pub(crate) fn replace(&mut self, range: Range<usize>, replacement: &str, kind: EditKind) {
        debug_assert!(range.start >= self.last && range.start <= range.end);
        if &self.input[range.clone()] == replacement {
            return;
        }
        let input = self.input;
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(input.len() + 16));
        out.push_str(&input[self.last..range.start]);
        out.push_str(replacement);
        self.last = range.end;
        self.changes += 1;
        if let Some(edits) = &mut self.edits {
            edits.push(Edit {
                range,
                replacement: Replacement::new(replacement),
                kind,
            });
        }
    }

    pub(crate) fn finish(self) -> (Cow<'a, str>, Vec<Edit>) {
        let text = match self.out {
            None => Cow::Borrowed(self.input),
            Some(mut out) => {
                out.push_str(&self.input[self.last..]);
                Cow::Owned(out)
            }
        };
        (text, self.edits.unwrap_or_default())
    }
}

/// Composes the edits of two successive passes: `first` turns the
/// `original` text into the `middle` one, `second` turns that into the
/// output.
/// Returns edits from the original text to the output.
///
/// Where an edit of `second` touches text written by `first`, the two merge
/// into one edit over the union; it takes the kind of the later pass, which
/// is what the output shows.
pub(crate) fn compose(
    original: &str,
    first: Vec<Edit>,
    second: Vec<Edit>,
    middle: &str,
) -> Vec<Edit> {
    if first.is_empty() {
        return second;
    }
    if second.is_empty() {
        return first;
    }
    // Where each first-pass edit sits in the middle text.
    let mut mids = Vec::with_capacity(first.len());
    let mut shift: isize = 0;
    for e in &first {
        let start = (e.range.start as isize + shift) as usize;
        mids.push(start..start + e.replacement.len());
        shift += e.replacement.len() as isize - e.range.len() as isize;
    }
    let grows = |r: &Range<usize>, group: &Range<usize>| {
        r.start < group.end && (!r.is_empty() || r.start > group.start)
    };

    let mut out = Vec::with_capacity(first.len() + second.len());
    let (mut i, mut j) = (0, 0);
    // Middle position minus original position, before first-pass edit `i`.
    let mut shift: isize = 0;
    while i < first.len() || j < second.len() {
        // A group starts at whichever edit starts first (first pass on ties,
        // so an empty first-pass edit stays apart from what follows it).
        let (i0, j0) = (i, j);
        let mut group =
            if j == second.len() || i < first.len() && mids[i].start <= second[j].range.start {
                i += 1;
                mids[i - 1].clone()
            } else {
                j += 1;
                second[j - 1].range.clone()
            };
        loop {
            if i < first.len() && grows(&mids[i], &group) {
                group.end = group.end.max(mids[i].end);
                i += 1;
            } else if j < second.len() && grows(&second[j].range, &group) {
                group.end = group.end.max(second[j].range.end);
                j += 1;
            } else {
                break;
            }
        }
        let shift_after = shift
            + first[i0..i]
                .iter()
                .map(|e| e.replacement.len() as isize - e.range.len() as isize)
                .sum::<isize>();
        if j0 == j {
            // Only first-pass edits: nothing later touched them.
            out.extend(first[i0..i].iter().cloned());
        } else {
            let start = if i0 < i && mids[i0].start == group.start {
                first[i0].range.start
            } else {
                (group.start as isize - shift) as usize
            };
            let end = if i0 < i && mids[i - 1].end == group.end {
                first[i - 1].range.end
            } else {
                (group.end as isize - shift_after) as usize
            };
            let mut replacement = String::new();
            let mut cursor = group.start;
            for s in &second[j0..j] {
                replacement.push_str(&middle[cursor..s.range.start]);
                replacement.push_str(&s.replacement);
                cursor = s.range.end;
            }
            replacement.push_str(&middle[cursor..group.end]);
            // A later pass may undo an earlier one (a mark rewritten, then
            // read back as what it was): that is no edit.
            if original[start..end] != replacement {
                out.push(Edit {
                    range: start..end,
                    replacement: Replacement::new(&replacement),
                    kind: second[j - 1].kind,
                });
            }
        }
        shift = shift_after;
    }
    out
}

/// The text as it goes through the passes, and the edits so far.
pub(crate) struct Pipeline<'a> {
    pub(crate) original: &'a str,
    pub(crate) text: Cow<'a, str>,
    pub(crate) edits: Vec<Edit>,
    pub(crate) record: bool,
}

impl Pipeline<'_> {
    /// Runs one pass over the text; returns whether it changed anything.
    pub(crate) fn pass(&mut self, pass: impl FnOnce(&mut Rewriter<'_>)) -> bool {
        let (output, edits) = {
            let mut out = Rewriter::new(&self.text, self.record);
            pass(&mut out);
            match out.finish() {
                (Cow::Owned(output), edits) => (output, edits),
                (Cow::Borrowed(_), _) => return false,
            }
        };
        if self.record {
            self.edits = compose(
                self.original,
                std::mem::take(&mut self.edits),
                edits,
                &self.text,
            );
        }
        self.text = Cow::Owned(output);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pass(input: &str, changes: &[(Range<usize>, &str)]) -> (String, Vec<Edit>) {
        let mut rw = Rewriter::new(input, true);
        for (r, s) in changes {
            rw.replace(r.clone(), s, EditKind::Nfc);
        }
        let (text, edits) = rw.finish();
        (text.into_owned(), edits)
    }

    #[test]
    fn an_edit_takes_40_bytes() {
        assert!(std::mem::size_of::<Edit>() <= 40);
        for text in ["", "’", "à la", "1234567", "12345678", "€€€"] {
            assert_eq!(&*Replacement::new(text), text);
        }
    }

    #[test]
    fn compose_disjoint_and_merged() {
        let original = "abcdef";
        let (mid, e1) = pass(original, &[(1..2, "XYZ"), (4..5, "")]);
        assert_eq!(mid, "aXYZcdf");
        // Touch the inside of the first edit and an untouched part.
        let (out, e2) = pass(&mid, &[(2..3, "y"), (5..6, "D")]);
        assert_eq!(out, "aXyZcDf");
        let edits = compose(original, e1, e2, &mid);
        assert_eq!(apply_edits(original, &edits), out);
        let ranges: Vec<_> = edits.iter().map(|e| e.range()).collect();
        assert_eq!(ranges, [1..2, 3..4, 4..5]);
    }

    #[test]
    fn compose_second_spanning_two_firsts() {
        let original = "a-b-c";
        let (mid, e1) = pass(original, &[(1..2, "++"), (3..4, "++")]);
        assert_eq!(mid, "a++b++c");
        let (out, e2) = pass(&mid, &[(2..5, "_")]);
        assert_eq!(out, "a+_+c");
        let edits = compose(original, e1, e2, &mid);
        assert_eq!(apply_edits(original, &edits), out);
        assert_eq!(edits.len(), 1);
        assert_eq!(edits[0].range(), 1..4);
    }
}
