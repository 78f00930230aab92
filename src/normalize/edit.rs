//! Edits: what normalization changed, as byte ranges of the original text.
//!
//! Every pass of the normalizer (mojibake, NFC, quotes, accents) writes its
//! changes through a [`Rewriter`], which builds the output lazily (nothing is
//! allocated while the text stays unchanged) and, when asked, records each
//! change. The edits of successive passes are composed so that the caller
//! always sees ranges of the text it passed in.
//!
//! A text made of nothing but marks makes one edit every few bytes, so the
//! record is compact: each edit is a few variable-length integers (the
//! untouched gap before it, its length, the length of its replacement) and
//! its kind, usually three bytes in all. The replacement text is not stored:
//! edits are sorted, so the position of each replacement in the output
//! follows from the gaps, and [`Edit::replacement`] borrows it from there.

use std::borrow::Cow;
use std::iter::FusedIterator;
use std::ops::Range;

/// What kind of change an [`Edit`] made.
///
/// # Examples
///
/// ```
/// use italiano::normalize::{EditKind, Normalizer};
///
/// let out = Normalizer::new().normalize_with_edits("l'acqua");
/// assert_eq!(out.edits().next().unwrap().kind(), EditKind::Apostrophe);
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

impl EditKind {
    /// The kind's tag in an edit record (three bits), and its quote level.
    fn tag(self) -> (u8, Option<u32>) {
        match self {
            EditKind::Apostrophe => (0, None),
            EditKind::OpeningQuote { level } => (1, Some(level)),
            EditKind::ClosingQuote { level } => (2, Some(level)),
            EditKind::PaddingRemoved => (3, None),
            EditKind::Accent => (4, None),
            EditKind::Mojibake => (5, None),
            EditKind::Nfc => (6, None),
        }
    }

    /// The kind of `tag`, reading its level from `bytes` for a quote.
    fn from_tag(tag: u8, bytes: &mut &[u8]) -> Option<EditKind> {
        let mut level = || read_varint(bytes).and_then(|l| u32::try_from(l).ok());
        Some(match tag {
            0 => EditKind::Apostrophe,
            1 => EditKind::OpeningQuote { level: level()? },
            2 => EditKind::ClosingQuote { level: level()? },
            3 => EditKind::PaddingRemoved,
            4 => EditKind::Accent,
            5 => EditKind::Mojibake,
            6 => EditKind::Nfc,
            _ => return None,
        })
    }
}

/// One change made by normalization: a byte range of the original text and
/// the text that replaced it, borrowed from the normalized text.
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
/// let first = out.edits().next().unwrap();
/// assert_eq!(&text[first.range()], "\"");
/// assert_eq!(first.replacement(), "“");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Edit<'a> {
    range: Range<usize>,
    replacement: &'a str,
    kind: EditKind,
}

impl<'a> Edit<'a> {
    /// The byte range of the original text that was replaced.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = italiano::normalize::Normalizer::new().normalize_with_edits("po'");
    /// assert_eq!(out.edits().next().unwrap().range(), 2..3);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.range.clone()
    }

    /// The text that replaced the range (empty when text was removed), a
    /// slice of the normalized text.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = italiano::normalize::Normalizer::new().normalize_with_edits("po'");
    /// assert_eq!(out.edits().next().unwrap().replacement(), "’");
    /// ```
    pub fn replacement(&self) -> &'a str {
        self.replacement
    }

    /// What kind of change this is.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::{EditKind, Normalizer};
    ///
    /// let out = Normalizer::new().normalize_with_edits("« ciao »");
    /// let kinds: Vec<EditKind> = out.edits().map(|e| e.kind()).collect();
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

/// An iterator over the [`Edit`]s of a normalization, in order; created by
/// [`Normalized::edits`](super::Normalized::edits).
///
/// # Examples
///
/// ```
/// let out = italiano::normalize::Normalizer::new().normalize_with_edits("«sì»");
/// let edits = out.edits();
/// assert_eq!(edits.len(), 2);
/// let replaced: Vec<&str> = edits.map(|e| e.replacement()).collect();
/// assert_eq!(replaced, ["“", "”"]);
/// ```
#[derive(Clone)]
pub struct Edits<'a> {
    raw: Raw<'a>,
    output: &'a str,
}

impl<'a> Iterator for Edits<'a> {
    type Item = Edit<'a>;

    fn next(&mut self) -> Option<Edit<'a>> {
        let raw = self.raw.next()?;
        let Some(replacement) = self.output.get(raw.out) else {
            // Only a record that does not belong to this text gets here.
            self.raw.remaining = 0;
            return None;
        };
        Some(Edit {
            range: raw.range,
            replacement,
            kind: raw.kind,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.raw.size_hint()
    }
}

impl ExactSizeIterator for Edits<'_> {}

impl FusedIterator for Edits<'_> {}

impl std::fmt::Debug for Edits<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// Edits serialize as a sequence of edits.
#[cfg(feature = "serde")]
impl serde::Serialize for Edits<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.clone())
    }
}

/// Applies edits (sorted, non-overlapping, as returned by
/// [`Normalized::edits`](super::Normalized::edits)) to the text they were
/// computed on.
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
pub fn apply_edits<'e>(text: &str, edits: impl IntoIterator<Item = Edit<'e>>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for edit in edits {
        out.push_str(&text[last..edit.range.start]);
        out.push_str(edit.replacement);
        last = edit.range.end;
    }
    out.push_str(&text[last..]);
    out
}

/// The edits of one or more passes, in the compact form described in the
/// module docs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct EditLog {
    bytes: Vec<u8>,
    len: usize,
    /// The end of the last edit in the original text.
    end: usize,
}

impl EditLog {
    /// Records that `range` (at or after the last edit) was replaced by
    /// `replacement_len` bytes: the gap since the last edit and the length
    /// as varints, then one byte with the kind's tag, the low four bits of
    /// the replacement's length and a flag for the rest of it (a varint
    /// after, never for a glyph), then a quote's level.
    fn push(&mut self, range: Range<usize>, replacement_len: usize, kind: EditKind) {
        debug_assert!(range.start >= self.end && range.start <= range.end);
        let (tag, level) = kind.tag();
        let mut record = [0u8; 4 * MAX_VARINT + 1];
        let mut n = encode_varint(&mut record, range.start - self.end);
        n += encode_varint(&mut record[n..], range.end - range.start);
        let rest = replacement_len >> 4;
        record[n] = tag | (replacement_len as u8 & 0xF) << 3 | if rest > 0 { 0x80 } else { 0 };
        n += 1;
        if rest > 0 {
            n += encode_varint(&mut record[n..], rest);
        }
        if let Some(level) = level {
            n += encode_varint(&mut record[n..], level as usize);
        }
        self.bytes.extend_from_slice(&record[..n]);
        self.end = range.end;
        self.len += 1;
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The edits, with replacements borrowed from `output`, the text
    /// the edits produced.
    pub(crate) fn iter<'a>(&'a self, output: &'a str) -> Edits<'a> {
        Edits {
            raw: self.raw(),
            output,
        }
    }

    fn raw(&self) -> Raw<'_> {
        Raw {
            bytes: &self.bytes,
            remaining: self.len,
            end: 0,
            out_end: 0,
        }
    }
}

/// An edit as recorded: where it lies in the text before and after.
#[derive(Debug, Clone)]
struct RawEdit {
    range: Range<usize>,
    out: Range<usize>,
    kind: EditKind,
}

/// Reads an [`EditLog`], adding up the gaps.
#[derive(Clone)]
struct Raw<'a> {
    bytes: &'a [u8],
    remaining: usize,
    /// Ends of the last edit read, in the text before and after.
    end: usize,
    out_end: usize,
}

impl Iterator for Raw<'_> {
    type Item = RawEdit;

    fn next(&mut self) -> Option<RawEdit> {
        if self.remaining == 0 {
            return None;
        }
        let mut bytes = self.bytes;
        let mut read = || -> Option<(usize, usize, usize, EditKind)> {
            let gap = read_varint(&mut bytes)?;
            let len = read_varint(&mut bytes)?;
            let (&head, rest) = bytes.split_first()?;
            bytes = rest;
            let mut replacement_len = usize::from(head >> 3 & 0xF);
            if head & 0x80 != 0 {
                replacement_len |= read_varint(&mut bytes)?.checked_shl(4)?;
            }
            let kind = EditKind::from_tag(head & 0x7, &mut bytes)?;
            Some((gap, len, replacement_len, kind))
        };
        let Some((gap, len, replacement_len, kind)) = read() else {
            self.remaining = 0;
            return None;
        };
        let start = self.end + gap;
        let out_start = self.out_end + gap;
        let edit = RawEdit {
            range: start..start + len,
            out: out_start..out_start + replacement_len,
            kind,
        };
        self.bytes = bytes;
        self.remaining -= 1;
        self.end = edit.range.end;
        self.out_end = edit.out.end;
        Some(edit)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

/// Bytes of the longest varint, a `usize` of seven bits a byte.
const MAX_VARINT: usize = (usize::BITS as usize).div_ceil(7);

/// Writes `value` in LEB128 (seven bits a byte, low bits first) at the
/// start of `out`, which has room for [`MAX_VARINT`] bytes; returns how many
/// it wrote.
fn encode_varint(out: &mut [u8], mut value: usize) -> usize {
    let mut n = 0;
    while value >= 0x80 {
        out[n] = value as u8 | 0x80;
        value >>= 7;
        n += 1;
    }
    out[n] = value as u8;
    n + 1
}

fn read_varint(bytes: &mut &[u8]) -> Option<usize> {
    let mut value = 0usize;
    let mut shift = 0u32;
    loop {
        let (&byte, rest) = bytes.split_first()?;
        *bytes = rest;
        value |= usize::from(byte & 0x7F).checked_shl(shift)?;
        if byte < 0x80 {
            return Some(value);
        }
        shift += 7;
    }
}

/// Builds the output of one pass: copies the untouched gaps, writes the
/// replacements, and records edits when asked to.
pub(crate) struct Rewriter<'a> {
    input: &'a str,
    out: Option<String>,
    last: usize,
    changes: usize,
    edits: Option<EditLog>,
}

impl<'a> Rewriter<'a> {
    pub(crate) fn new(input: &'a str, record: bool) -> Self {
        Rewriter {
            input,
            out: None,
            last: 0,
            changes: 0,
            edits: record.then(EditLog::default),
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
            edits.push(range, replacement.len(), kind);
        }
    }

    pub(crate) fn finish(self) -> (Cow<'a, str>, EditLog) {
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

/// The output of one pass over `text`, for the tests of each pass.
#[cfg(test)]
pub(crate) fn run_pass(text: &str, pass: impl FnOnce(&mut Rewriter<'_>)) -> String {
    let mut rw = Rewriter::new(text, false);
    pass(&mut rw);
    rw.finish().0.into_owned()
}

/// Composes the edits of two successive passes: `first` turns the
/// `original` text into a middle one, `second` turns that into `output`.
/// Returns edits from the original text to the output.
///
/// Where an edit of `second` touches text written by `first`, the two merge
/// into one edit over the union; it takes the kind of the later pass, which
/// is what the output shows. Both records are read once, in order.
pub(crate) fn compose(original: &str, first: EditLog, second: EditLog, output: &str) -> EditLog {
    if first.is_empty() {
        return second;
    }
    if second.is_empty() {
        return first;
    }
    // First-pass edits: `range` in the original, `out` in the middle text.
    // Second-pass edits: `range` in the middle text, `out` in the output.
    let mut firsts = first.raw().peekable();
    let mut seconds = second.raw().peekable();
    let grows = |r: &Range<usize>, group: &Range<usize>| {
        r.start < group.end && (!r.is_empty() || r.start > group.start)
    };
    let mut composed = EditLog::default();
    // Middle minus original, and output minus middle, before the group.
    let (mut shift1, mut shift2) = (0isize, 0isize);
    loop {
        // A group starts at whichever edit starts first (first pass on ties,
        // so an empty first-pass edit stays apart from what follows it).
        let mut group = Group::default();
        match (firsts.peek(), seconds.peek()) {
            (None, None) => break,
            (Some(f), s) if s.is_none_or(|s| f.out.start <= s.range.start) => {
                let f = firsts.next().unwrap_or_else(|| unreachable!());
                group.mid = f.out.clone();
                group.take_first(f);
            }
            _ => {
                let s = seconds.next().unwrap_or_else(|| unreachable!());
                group.mid = s.range.clone();
                group.take_second(s);
            }
        }
        loop {
            if let Some(f) = firsts.next_if(|f| grows(&f.out, &group.mid)) {
                group.take_first(f);
            } else if let Some(s) = seconds.next_if(|s| grows(&s.range, &group.mid)) {
                group.take_second(s);
            } else {
                break;
            }
        }
        let start = match &group.first_head {
            Some(head) if head.out.start == group.mid.start => head.range.start,
            _ => (group.mid.start as isize - shift1) as usize,
        };
        let end = match &group.first_last {
            Some(last) if last.out.end == group.mid.end => last.range.end,
            _ => (group.mid.end as isize - shift1 - group.delta1) as usize,
        };
        let out_start = (group.mid.start as isize + shift2) as usize;
        let out_end = (group.mid.end as isize + shift2 + group.delta2) as usize;
        // A later pass may undo an earlier one (a mark rewritten, then read
        // back as what it was): that is no edit.
        if original.get(start..end) != output.get(out_start..out_end) {
            composed.push(start..end, out_end - out_start, group.kind);
        }
        shift1 += group.delta1;
        shift2 += group.delta2;
    }
    composed
}

/// Edits of both passes that touch one another, merged by [`compose`].
struct Group {
    /// The union of their ranges in the middle text.
    mid: Range<usize>,
    first_head: Option<RawEdit>,
    first_last: Option<RawEdit>,
    /// How much the edits of each pass lengthen the text.
    delta1: isize,
    delta2: isize,
    /// The kind of the last edit of the later pass that has any.
    kind: EditKind,
    from_second: bool,
}

impl Default for Group {
    fn default() -> Self {
        Group {
            mid: 0..0,
            first_head: None,
            first_last: None,
            delta1: 0,
            delta2: 0,
            kind: EditKind::Nfc,
            from_second: false,
        }
    }
}

impl Group {
    fn take_first(&mut self, edit: RawEdit) {
        self.mid.end = self.mid.end.max(edit.out.end);
        self.delta1 += edit.out.len() as isize - edit.range.len() as isize;
        if !self.from_second {
            self.kind = edit.kind;
        }
        if self.first_head.is_none() {
            self.first_head = Some(edit.clone());
        }
        self.first_last = Some(edit);
    }

    fn take_second(&mut self, edit: RawEdit) {
        self.mid.end = self.mid.end.max(edit.range.end);
        self.delta2 += edit.out.len() as isize - edit.range.len() as isize;
        self.kind = edit.kind;
        self.from_second = true;
    }
}

/// The text as it goes through the passes, and the edits so far.
pub(crate) struct Pipeline<'a> {
    pub(crate) original: &'a str,
    pub(crate) text: Cow<'a, str>,
    pub(crate) edits: EditLog,
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
                &output,
            );
        }
        self.text = Cow::Owned(output);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pass(input: &str, changes: &[(Range<usize>, &str)]) -> (String, EditLog) {
        let mut rw = Rewriter::new(input, true);
        for (r, s) in changes {
            rw.replace(r.clone(), s, EditKind::Nfc);
        }
        let (text, edits) = rw.finish();
        (text.into_owned(), edits)
    }

    #[test]
    fn an_apostrophe_takes_three_bytes() {
        let (text, edits) = pass("l'a l'b", &[(1..2, "’"), (5..6, "’")]);
        assert_eq!(edits.bytes.len(), 6);
        let read: Vec<_> = edits
            .iter(&text)
            .map(|e| (e.range(), e.replacement()))
            .collect();
        assert_eq!(read, [(1..2, "’"), (5..6, "’")]);
    }

    #[test]
    fn kinds_and_long_values_read_back() {
        let kinds = [
            EditKind::Apostrophe,
            EditKind::OpeningQuote { level: 300 },
            EditKind::ClosingQuote { level: u32::MAX },
            EditKind::PaddingRemoved,
            EditKind::Accent,
            EditKind::Mojibake,
            EditKind::Nfc,
        ];
        let mut log = EditLog::default();
        let mut start = 0;
        for (i, kind) in kinds.into_iter().enumerate() {
            log.push(start..start + 200 * i, 15 + 200 * i, kind);
            start += 1000 * i + 200 * i;
        }
        let read: Vec<_> = log
            .raw()
            .map(|e| (e.range.len(), e.kind, e.out.len() - 15))
            .collect();
        let expected: Vec<_> = kinds
            .into_iter()
            .enumerate()
            .map(|(i, k)| (200 * i, k, 200 * i))
            .collect();
        assert_eq!(read, expected);
        for value in [0, 127, 128, 16_383, 16_384, usize::MAX] {
            let mut buf = [0; MAX_VARINT];
            let n = encode_varint(&mut buf, value);
            assert_eq!(read_varint(&mut &buf[..n]), Some(value));
        }
        let mut log = EditLog::default();
        log.push(0..1, usize::MAX, EditKind::Nfc);
        assert_eq!(log.raw().next().map(|e| e.out.len()), Some(usize::MAX));
    }

    #[test]
    fn compose_disjoint_and_merged() {
        let original = "abcdef";
        let (mid, e1) = pass(original, &[(1..2, "XYZ"), (4..5, "")]);
        assert_eq!(mid, "aXYZcdf");
        // Touch the inside of the first edit and an untouched part.
        let (out, e2) = pass(&mid, &[(2..3, "y"), (5..6, "D")]);
        assert_eq!(out, "aXyZcDf");
        let edits = compose(original, e1, e2, &out);
        assert_eq!(apply_edits(original, edits.iter(&out)), out);
        let ranges: Vec<_> = edits.iter(&out).map(|e| e.range()).collect();
        assert_eq!(ranges, [1..2, 3..4, 4..5]);
    }

    #[test]
    fn compose_second_spanning_two_firsts() {
        let original = "a-b-c";
        let (mid, e1) = pass(original, &[(1..2, "++"), (3..4, "++")]);
        assert_eq!(mid, "a++b++c");
        let (out, e2) = pass(&mid, &[(2..5, "_")]);
        assert_eq!(out, "a+_+c");
        let edits = compose(original, e1, e2, &out);
        assert_eq!(apply_edits(original, edits.iter(&out)), out);
        let all: Vec<_> = edits.iter(&out).collect();
        assert_eq!(all.len(), 1);
        assert_eq!((all[0].range(), all[0].replacement()), (1..4, "+_+"));
    }

    #[test]
    fn compose_drops_an_edit_undone() {
        let original = "x'y";
        let (mid, e1) = pass(original, &[(1..2, "’")]);
        let (out, e2) = pass(&mid, &[(1..4, "'")]);
        assert_eq!(out, original);
        assert!(compose(original, e1, e2, &out).is_empty());
    }
}
