//! Whether a mark written in a new glyph reads back as what it was.
//!
//! The renderer asks this after writing a mark, so that the paragraphs where
//! the answer is no can be read again until normalization settles.

use std::ops::Range;

use super::classify::{single_place, starts_elided_word, SinglePlace};
use super::scan::base_before;
use super::side::Side;
use super::{word_before, Mark};
use crate::lexicon;
/// Whether a quotation mark written at `mark` as a single glyph (`‘ ’ '`)
/// reads back as the same quotation mark. A double quotation nested one
/// level deep is written with single glyphs, and where the text around it
/// is broken (`detto"basta"e`) those glyphs would read back as apostrophes;
/// the caller then normalizes once more, so that the result is stable.
pub(crate) fn single_glyph_reads_back(text: &str, mark: &Mark, open: bool) -> bool {
    reads_back_at(
        text,
        mark.start()..mark.end(),
        mark.left(),
        mark.right(),
        open,
    )
}

/// Whether a quote written at `mark`, once the `padding` inside its
/// quotation is removed, reads back the same: the mark then touches what
/// was beyond the padding (`« 45` → `‘45`, which reads as an elided year;
/// `6 »` → `6”`, which reads as inches).
pub(crate) fn reads_back_without_padding(
    text: &str,
    mark: &Mark,
    open: bool,
    single: bool,
    padding: Range<usize>,
) -> bool {
    let (place, left, right) = if open {
        (
            mark.start()..padding.end,
            mark.left(),
            Side::after(text, padding.end),
        )
    } else {
        // A closer moved next to `=` reads back as the start of a code value
        // (`'= '` → `'='`), and one moved next to `:` or `(` as an opener.
        if text[..padding.start].ends_with(['=', ':', '(']) {
            return false;
        }
        // The closer's new neighbour is read as the scan reads it: through
        // combining marks, to the character they belong to (`5` + U+031A
        // then `’` reads as after a digit).
        (
            padding.start..mark.end(),
            Side::before(text, base_before(text, padding.start)),
            mark.right(),
        )
    };
    if single {
        reads_back_at(text, place, left, right, open)
    } else {
        left != Side::Digit
    }
}

/// `place` spans the mark and what it touches: the text before its start
/// and after its end are its neighbours.
pub(super) fn reads_back_at(
    text: &str,
    place: Range<usize>,
    left: Side,
    right: Side,
    open: bool,
) -> bool {
    match single_place(text, left, right, place.start, place.end) {
        SinglePlace::Apostrophe | SinglePlace::AfterDigit | SinglePlace::Emoticon => false,
        // A closer after `po`, `e`, `perche`… reads back as an apostrophe,
        // which leaves its opener unmatched (and may become an accent).
        SinglePlace::WordFinal => {
            open || !lexicon::is_strong_apostrophe(word_before(text, place.start))
        }
        SinglePlace::Other => {
            !(open && left.opens() && right == Side::Letter && starts_elided_word(text, place.end))
        }
    }
}

/// Whether `mark` follows a digit, where `"` and `”` are read as inches
/// (`27"`) unless they close a quotation.
pub(crate) fn follows_digit(mark: &Mark) -> bool {
    mark.left() == Side::Digit
}

/// Whether `mark` stands right after `:` or `(`, where a straight double
/// mark reads back as an opener (`ha detto:" beh`): a closer written `"`
/// there would not read back as itself.
pub(crate) fn follows_colon_or_bracket(text: &str, mark: &Mark) -> bool {
    matches!(text[..mark.start()].bytes().next_back(), Some(b':' | b'('))
}

/// Whether `mark`, written as a straight mark, might read back differently:
/// it took its direction from its glyph (spaces on both sides, an oriented
/// glyph such as `«` or `”`) and would read back as a neutral mark, or it
/// follows a digit.
pub(crate) fn oriented_by_glyph(text: &str, mark: &Mark) -> bool {
    // After a digit a straight mark is a measurement (`27"`), whatever the
    // curly one it replaces meant.
    mark.left() == Side::Digit
        || mark.left().opens()
            && mark.right().closes()
            && (mark.end() - mark.start() == 2 && text.as_bytes()[mark.start()].is_ascii()
                || matches!(
                    text[mark.start()..].chars().next(),
                    Some(
                        '“' | '”'
                            | '„'
                            | '‟'
                            | '«'
                            | '»'
                            | '‘'
                            | '’'
                            | '‚'
                            | '‛'
                            | '‹'
                            | '›'
                    )
                ))
}
