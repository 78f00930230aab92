//! Finding quote marks and deciding what each one is.
//!
//! Three steps, each linear in the text:
//!
//! 1. **Scan.** A SIMD search (`memchr`) finds the few bytes that can start a
//!    mark (`'` `"` `` ` `` and the lead bytes of the typographic marks);
//!    everything else is skipped without being decoded.
//! 2. **Classify.** Each mark is judged from its neighbours alone: between
//!    letters it is an apostrophe (`l'acqua`), after a space and before a
//!    word it opens, after a word and before a space or punctuation it
//!    closes. Runs of adjacent marks are transparent to each other, so `«“`
//!    both see the space before them. Some marks cannot be judged locally
//!    (`era"Ritorno`, `vero'`); their role says what the pairing state must
//!    decide.
//! 3. **Pair.** A stack of open quotations, reset at every blank line, pairs
//!    openers with closers of the same family (double or single), whatever
//!    glyph either was typed with. What stays unpaired keeps the direction
//!    its neighbours suggest.
//!
//! The glyph a mark was typed with is trusted only where the neighbours
//! cannot tell (a mark with spaces on both sides, `« testo »`).

mod classify;
mod pair;
mod read_back;
mod scan;
mod side;

use std::ops::Range;

use memchr::{memchr, memrchr};

pub(crate) use read_back::{
    follows_colon_or_bracket, follows_digit, oriented_by_glyph, reads_back_without_padding,
    single_glyph_reads_back,
};
pub(crate) use scan::base_before;
use side::Side;

pub(crate) use crate::blank::has_blank_line;

/// Double marks (`"` `“` `”` `„` `‟` `«` `»` `″`, TeX ``` `` ``` and `''`)
/// and single marks (`'` `‘` `’` `‚` `‛` `‹` `›` `′` `` ` `` `´` `ʼ`) pair
/// only within their family.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Family {
    Double,
    Single,
}

impl Family {
    fn index(self) -> usize {
        self as usize
    }
}

/// What a mark turned out to be.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Resolved {
    /// Left exactly as typed: a measurement, code, an emoticon, an orphan.
    Keep,
    /// An apostrophe. `word_final` when it follows a word and ends it
    /// (`po'`, `perche'`): the only place where it may stand for an accent.
    Apostrophe { word_final: bool },
    /// A quotation mark. `matched` when its partner was found.
    Quote {
        family: Family,
        open: bool,
        matched: bool,
    },
}

/// The local judgement, before pairing.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Keep,
    Apostrophe {
        word_final: bool,
    },
    /// Opens; `elide` when it becomes an apostrophe if it stays unmatched
    /// (`'ndrangheta`, `'O sole mio`); `neutral` for a straight mark with
    /// spaces on both sides, kept as typed if it stays unmatched.
    Open {
        family: Family,
        elide: bool,
        neutral: bool,
    },
    Close {
        family: Family,
    },
    /// Letters or punctuation on both sides: closes an open quotation of its
    /// family, opens otherwise.
    Either {
        family: Family,
    },
    /// After a digit (`27"`, `45'`): closes a quotation of its family open
    /// on top, otherwise a measurement.
    AfterDigit {
        family: Family,
    },
    /// After a word, before a space or punctuation (`vero'`, `po'`): closes
    /// an open single quotation, unless the word usually takes an apostrophe
    /// and is not the whole quotation.
    WordFinal,
    /// A straight mark with spaces on both sides: closes a quotation of its
    /// family open on top, or opens a neutral one.
    Neutral {
        family: Family,
    },
}

/// Bits of a packed [`Role`] or [`Resolved`], above the variant.
const FAMILY_SINGLE: u8 = 1 << 3;
const FIRST: u8 = 1 << 4;
const SECOND: u8 = 1 << 5;

fn family_bit(family: Family) -> u8 {
    match family {
        Family::Double => 0,
        Family::Single => FAMILY_SINGLE,
    }
}

fn family_of_bits(bits: u8) -> Family {
    if bits & FAMILY_SINGLE != 0 {
        Family::Single
    } else {
        Family::Double
    }
}

fn bit(on: bool, bit: u8) -> u8 {
    if on {
        bit
    } else {
        0
    }
}

impl Role {
    /// The role in one byte: the variant in the low three bits, the family
    /// and two flags above.
    fn pack(self) -> u8 {
        match self {
            Role::Keep => 0,
            Role::Apostrophe { word_final } => 1 | bit(word_final, FIRST),
            Role::Open {
                family,
                elide,
                neutral,
            } => 2 | family_bit(family) | bit(elide, FIRST) | bit(neutral, SECOND),
            Role::Close { family } => 3 | family_bit(family),
            Role::Either { family } => 4 | family_bit(family),
            Role::AfterDigit { family } => 5 | family_bit(family),
            Role::WordFinal => 6,
            Role::Neutral { family } => 7 | family_bit(family),
        }
    }

    fn unpack(bits: u8) -> Role {
        let family = family_of_bits(bits);
        match bits & 7 {
            1 => Role::Apostrophe {
                word_final: bits & FIRST != 0,
            },
            2 => Role::Open {
                family,
                elide: bits & FIRST != 0,
                neutral: bits & SECOND != 0,
            },
            3 => Role::Close { family },
            4 => Role::Either { family },
            5 => Role::AfterDigit { family },
            6 => Role::WordFinal,
            7 => Role::Neutral { family },
            _ => Role::Keep,
        }
    }
}

impl Resolved {
    /// The resolution in one byte, as [`Role::pack`].
    fn pack(self) -> u8 {
        match self {
            Resolved::Keep => 0,
            Resolved::Apostrophe { word_final } => 1 | bit(word_final, FIRST),
            Resolved::Quote {
                family,
                open,
                matched,
            } => 2 | family_bit(family) | bit(open, FIRST) | bit(matched, SECOND),
        }
    }

    fn unpack(bits: u8) -> Resolved {
        match bits & 7 {
            1 => Resolved::Apostrophe {
                word_final: bits & FIRST != 0,
            },
            2 => Resolved::Quote {
                family: family_of_bits(bits),
                open: bits & FIRST != 0,
                matched: bits & SECOND != 0,
            },
            _ => Resolved::Keep,
        }
    }
}

/// A mark found in the text, with what the classifier and the renderer need
/// to know about it.
///
/// A text of nothing but marks costs memory in proportion to this record,
/// so it takes 10 bytes: the start in six (texts up to 256 TiB), the length
/// and the five flags in one, the two sides in another, and the role and
/// the resolution packed in one byte each.
#[derive(Clone, Copy)]
pub(crate) struct Mark {
    start: [u8; 6],
    /// The length in bytes (a mark is one character, or two for TeX marks:
    /// at most 4, three bits) and the flags below it.
    bits: u8,
    /// The first characters that are not marks on either side of the run.
    sides: u8,
    role: u8,
    resolved: u8,
}

impl std::fmt::Debug for Mark {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mark")
            .field("start", &self.start())
            .field("end", &self.end())
            .field("role", &self.role())
            .field("resolved", &self.resolved())
            .finish()
    }
}

/// The flags of a [`Mark`], above its three bits of length.
mod flag {
    /// A TeX mark, ``` `` ``` or `''`.
    pub(super) const TEX: u8 = 1 << 3;
    /// A `=` stands just before the mark (`LANG="it"`): written straight,
    /// it may read back as code.
    pub(super) const AFTER_EQUALS: u8 = 1 << 4;
    /// The mark is part of a code value closed on its line (`x="y"`), and
    /// reads back the same.
    pub(super) const IN_CODE: u8 = 1 << 5;
    /// Another mark touches this one: marks side by side are read as one
    /// run, which new glyphs may change.
    pub(super) const IN_RUN: u8 = 1 << 6;
    /// The mark's reading rested on its glyph: a straight mark between
    /// spaces (`7 " ma`), a mark after a digit (`27"`).
    pub(super) const BY_GLYPH: u8 = 1 << 7;
}

impl Mark {
    fn new(start: usize, len: usize, tex: bool, after_equals: bool, left: Side) -> Mark {
        debug_assert!((1..=4).contains(&len));
        let mut bits = len as u8;
        if tex {
            bits |= flag::TEX;
        }
        if after_equals {
            bits |= flag::AFTER_EQUALS;
        }
        let mut mark = Mark {
            start: [0; 6],
            bits,
            sides: Side::pack(left, Side::Space),
            role: Role::Keep.pack(),
            resolved: Resolved::Keep.pack(),
        };
        mark.set_start(start);
        mark
    }

    pub(crate) fn start(&self) -> usize {
        let [a, b, c, d, e, f] = self.start;
        u64::from_le_bytes([a, b, c, d, e, f, 0, 0]) as usize
    }

    fn set_start(&mut self, start: usize) {
        // A `&str` of 256 TiB does not fit in any machine this runs on.
        let [a, b, c, d, e, f, ..] = (start as u64).to_le_bytes();
        self.start = [a, b, c, d, e, f];
    }

    pub(crate) fn end(&self) -> usize {
        self.start() + usize::from(self.bits & 7)
    }

    fn role(&self) -> Role {
        Role::unpack(self.role)
    }

    fn set_role(&mut self, role: Role) {
        self.role = role.pack();
    }

    pub(crate) fn resolved(&self) -> Resolved {
        Resolved::unpack(self.resolved)
    }

    fn set_resolved(&mut self, resolved: Resolved) {
        self.resolved = resolved.pack();
    }

    fn has(&self, flag: u8) -> bool {
        self.bits & flag != 0
    }

    fn set(&mut self, flag: u8, on: bool) {
        if on {
            self.bits |= flag;
        } else {
            self.bits &= !flag;
        }
    }

    pub(crate) fn tex(&self) -> bool {
        self.has(flag::TEX)
    }

    pub(crate) fn after_equals(&self) -> bool {
        self.has(flag::AFTER_EQUALS)
    }

    pub(crate) fn in_code(&self) -> bool {
        self.has(flag::IN_CODE)
    }

    pub(crate) fn in_run(&self) -> bool {
        self.has(flag::IN_RUN)
    }

    pub(crate) fn by_glyph(&self) -> bool {
        self.has(flag::BY_GLYPH)
    }

    fn left(&self) -> Side {
        Side::unpack(self.sides).0
    }

    fn right(&self) -> Side {
        Side::unpack(self.sides).1
    }

    fn set_right(&mut self, right: Side) {
        self.sides = Side::with_right(self.sides, right);
    }

    /// The mark's character; TeX ``` `` ``` and `''` are `“` and `”`.
    fn glyph(&self, text: &str) -> char {
        match text[self.start()..].chars().next() {
            Some('`') if self.tex() => '“',
            // `''` opens where it stands before a word after a space (two
            // apostrophes typed for a double quote), and closes elsewhere,
            // as TeX's does.
            Some('\'') if self.tex() && self.left().opens() && self.right() == Side::Letter => '“',
            Some('\'') if self.tex() => '”',
            Some(c) => c,
            None => ' ',
        }
    }
}

/// Finds every mark in `text` and resolves it.
pub(crate) fn resolve(text: &str) -> Vec<Mark> {
    let mut marks = scan::scan(text);
    classify::classify(text, &mut marks);
    pair::pair(text, &mut marks);
    marks
}

/// Resolves the marks in `range` of `text` as if it were a text of its own,
/// with positions in `text`. Whole paragraphs resolve the same either way.
pub(crate) fn resolve_in(text: &str, range: Range<usize>) -> Vec<Mark> {
    let mut marks = resolve(&text[range.clone()]);
    if range.start > 0 {
        for mark in &mut marks {
            mark.set_start(mark.start() + range.start);
        }
    }
    marks
}

/// The paragraphs (text between blank lines) that hold the sorted
/// `positions`, each once.
pub(crate) fn paragraphs_around(text: &str, positions: &[usize]) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut paragraphs: Vec<Range<usize>> = Vec::new();
    for &pos in positions {
        let pos = pos.min(bytes.len());
        if paragraphs.last().is_some_and(|p| pos < p.end) {
            continue;
        }
        // Back to the line break that ends the previous blank line.
        let mut start = 0;
        let mut i = pos;
        while let Some(nl) = memrchr(b'\n', &bytes[..i]) {
            let mut j = nl;
            while j > 0 && matches!(bytes[j - 1], b' ' | b'\t' | b'\r') {
                j -= 1;
            }
            if j > 0 && bytes[j - 1] == b'\n' {
                start = nl + 1;
                break;
            }
            i = nl;
        }
        let start = start.max(paragraphs.last().map_or(0, |p| p.end));
        // On to the line break that starts the next blank line.
        let mut end = bytes.len();
        let mut from = pos;
        while let Some(offset) = memchr(b'\n', &bytes[from..]) {
            let nl = from + offset;
            let mut j = nl + 1;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            if bytes.get(j) == Some(&b'\n') {
                end = nl;
                break;
            }
            from = nl + 1;
        }
        paragraphs.push(start..end);
    }
    paragraphs
}

/// Every paragraph of `text` that holds more than whitespace, in order, as
/// [`paragraphs_around`] delimits them. Quote rendering never adds or
/// removes a blank line, so a paragraph keeps its index through the passes.
pub(crate) fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let is_blank = |b: &u8| matches!(b, b' ' | b'\t' | b'\r' | b'\n');
    let mut all = Vec::new();
    let mut from = 0;
    while let Some(offset) = text.as_bytes()[from..].iter().position(|b| !is_blank(b)) {
        let Some(paragraph) = paragraphs_around(text, &[from + offset]).pop() else {
            break;
        };
        // A paragraph always ends at a line break or at the end.
        from = paragraph.end.max(from + offset + 1);
        all.push(paragraph);
    }
    all
}

/// The indices in [`paragraphs`] of the paragraphs that hold the sorted
/// `positions`.
pub(crate) fn paragraph_indices(text: &str, positions: &[usize]) -> Vec<usize> {
    let all = paragraphs(text);
    let mut indices: Vec<usize> = positions
        .iter()
        .map(|&pos| all.partition_point(|p| p.start <= pos).saturating_sub(1))
        .collect();
    indices.dedup();
    indices
}

/// `c` is a quote mark or apostrophe of either family.
pub(crate) fn family_of(c: char) -> Option<Family> {
    match c {
        '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '″' => Some(Family::Double),
        '\'' | '‘' | '’' | '‚' | '‛' | '‹' | '›' | '′' | '`' | '´' | 'ʼ' => {
            Some(Family::Single)
        }
        _ => None,
    }
}

/// A letter of a word: alphabetic, and not `ʼ`, which is a letter to
/// Unicode but a mark here.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphabetic() && c != 'ʼ'
}

/// The letters just before `end` (the word an apostrophe would follow).
pub(crate) fn word_before(text: &str, end: usize) -> &str {
    let head = &text[..end];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &head[start..]
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_mark_takes_10_bytes() {
        // The memory of a text of nothing but marks is a multiple of this.
        assert!(std::mem::size_of::<super::Mark>() <= 10);
        let mut mark = super::Mark::new(0, 3, false, false, super::Side::Letter);
        for start in [0, 1, 255, 1 << 32, (1 << 48) - 1] {
            mark.set_start(start);
            assert_eq!(mark.start(), start);
        }
        for family in [Family::Double, Family::Single] {
            for (a, b, c) in [
                (false, false, false),
                (true, false, true),
                (true, true, true),
            ] {
                let roles = [
                    Role::Keep,
                    Role::Apostrophe { word_final: a },
                    Role::Open {
                        family,
                        elide: b,
                        neutral: c,
                    },
                    Role::Close { family },
                    Role::Either { family },
                    Role::AfterDigit { family },
                    Role::WordFinal,
                    Role::Neutral { family },
                ];
                for role in roles {
                    assert_eq!(Role::unpack(role.pack()), role);
                }
                let resolved = [
                    Resolved::Keep,
                    Resolved::Apostrophe { word_final: a },
                    Resolved::Quote {
                        family,
                        open: b,
                        matched: c,
                    },
                ];
                for r in resolved {
                    assert_eq!(Resolved::unpack(r.pack()), r);
                }
            }
        }
    }

    use super::*;

    fn roles(text: &str) -> Vec<Resolved> {
        resolve(text).into_iter().map(|m| m.resolved()).collect()
    }

    const APOS: Resolved = Resolved::Apostrophe { word_final: false };
    const OPEN_D: Resolved = Resolved::Quote {
        family: Family::Double,
        open: true,
        matched: true,
    };
    const CLOSE_D: Resolved = Resolved::Quote {
        family: Family::Double,
        open: false,
        matched: true,
    };

    #[test]
    fn between_letters_is_an_apostrophe() {
        assert_eq!(roles("l'acqua"), [APOS]);
        assert_eq!(roles("l’acqua"), [APOS]);
    }

    #[test]
    fn straight_pair() {
        assert_eq!(roles("disse: \"no\"."), [OPEN_D, CLOSE_D]);
    }

    #[test]
    fn blank_line_resets_pairing() {
        let r = roles("\"uno\n\ndue\"");
        assert_eq!(
            r[0],
            Resolved::Quote {
                family: Family::Double,
                open: true,
                matched: false
            }
        );
        assert_eq!(
            r[1],
            Resolved::Quote {
                family: Family::Double,
                open: false,
                matched: false
            }
        );
    }

    #[test]
    fn word_before_stops_at_non_letters() {
        assert_eq!(word_before("un po", 5), "po");
        assert_eq!(word_before("perché", "perché".len()), "perché");
    }

    #[test]
    fn blank_lines() {
        assert!(has_blank_line("a\n \t\nb"));
        assert!(!has_blank_line("a\nb\n"));
    }
}
