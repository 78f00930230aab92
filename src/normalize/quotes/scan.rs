//! Step 1: finding the marks.
//!
//! A SIMD search (`memchr`) finds the few bytes that can start a mark, `'`
//! `"` `` ` `` and the lead bytes of the typographic marks; everything else
//! is skipped without being decoded. Each mark records the first character
//! that is not a mark on either side of its run.

use memchr::memchr3_iter;
use unicode_normalization::char::canonical_combining_class;

use super::side::Side;
use super::{family_of, has_blank_line, Mark};
/// Marks side by side, from this many on, are kept as typed: no quotation
/// nests four deep at one point (`«“‘` is already rare), so a run like
/// `""""` or `''''` is decoration or breakage. Resolving such runs mark by
/// mark would write glyphs that read back otherwise, each reading changing
/// the next, for as many readings as the run is long. The scan drops them,
/// so a text of nothing but marks costs no memory for them either.
pub(super) const LONG_RUN: usize = 4;

/// Where the character that combining marks ending at `at` belong to
/// ends: `at` itself when no combining mark (canonical combining class
/// other than 0) ends there.
pub(crate) fn base_before(text: &str, at: usize) -> usize {
    let mut end = at;
    // ASCII characters are never combining marks.
    while end > 0 && !text.as_bytes()[end - 1].is_ascii() {
        match text[..end].chars().next_back() {
            Some(c) if canonical_combining_class(c) != 0 => end -= c.len_utf8(),
            _ => break,
        }
    }
    end
}

/// Whether the `''` at `start` is two straight apostrophes typed for a
/// double quote (forums, text converted from TeX): `''piano casa''` is one
/// double quotation. The opening stands before a word after a space, and
/// `open` keeps where it ends; its closing follows in the paragraph.
fn doubled_apostrophe(text: &str, start: usize, open: &mut Option<usize>) -> bool {
    let after = start + 2;
    let opens = Side::before(text, base_before(text, start)).opens()
        && text[after..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
    if opens {
        *open = Some(after);
        return true;
    }
    open.take()
        .is_some_and(|from| !has_blank_line(&text[from..start]))
}

pub(super) fn scan(text: &str) -> Vec<Mark> {
    let bytes = text.as_bytes();
    let mut raws: Vec<Mark> = Vec::new();
    // Next position of an ASCII mark and of a lead byte of a non-ASCII mark;
    // each search is redone only once its result has been passed.
    let mut ascii = memchr3_iter(b'\'', b'"', b'`', bytes).peekable();
    let mut leads = memchr3_iter(0xE2, 0xC2, 0xCA, bytes).peekable();
    let mut pos = 0;
    // Where an unclosed TeX opening `` ends; its `''` must follow in the
    // same paragraph.
    let mut tex_open: Option<usize> = None;
    // Where an unclosed `''` opening ends.
    let mut doubled_open: Option<usize> = None;
    // The current run of marks side by side: where it begins in `raws` and
    // how long it is; once it is long, where its last dropped mark ends.
    let mut run_start = 0;
    let mut run_len = 0;
    let mut dropped_end: Option<usize> = None;
    loop {
        // Drop candidates inside what was already read (the second byte of
        // a TeX mark).
        while ascii.next_if(|&i| i < pos).is_some() {}
        while leads.next_if(|&i| i < pos).is_some() {}
        let start = match (ascii.peek(), leads.peek()) {
            (Some(&a), Some(&l)) if a < l => ascii.next(),
            (Some(_), None) => ascii.next(),
            (_, Some(_)) => leads.next(),
            (None, None) => None,
        };
        let Some(start) = start else { break };
        let Some(c) = text[start..].chars().next() else {
            break;
        };
        let mut end = start + c.len_utf8();
        pos = end;
        if family_of(c).is_none() {
            continue;
        }
        let mut tex = false;
        if c == '`'
            && bytes.get(end) == Some(&b'`')
            && text[end + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        {
            // TeX opening ``, followed by the quoted word.
            tex = true;
            tex_open = Some(end + 1);
        } else if c == '\''
            && bytes.get(end) == Some(&b'\'')
            && tex_open
                .take()
                .is_some_and(|from| !has_blank_line(&text[from..start]))
        {
            tex = true;
        } else if c == '\'' && bytes.get(end) == Some(&b'\'') {
            tex = doubled_apostrophe(text, start, &mut doubled_open);
        }
        if tex {
            end += 1;
            pos = end;
        }
        if dropped_end == Some(start) || {
            let in_run = raws.last().is_some_and(|prev| prev.end() == start);
            run_len = if in_run { run_len + 1 } else { 1 };
            if !in_run {
                run_start = raws.len();
            }
            run_len >= LONG_RUN
        } {
            // A long run, kept as typed: its marks so far go, and so does a
            // TeX opening among them, which nothing may close.
            if tex || raws[run_start..].iter().any(|m| m.tex()) {
                tex_open = None;
            }
            raws.truncate(run_start);
            dropped_end = Some(end);
            continue;
        }
        dropped_end = None;
        // Adjacent marks are transparent: each sees the first character
        // that is not a mark on either side of the run. Combining marks
        // belong to the character they follow, so the side on the left is
        // that character's: decomposed `e` + U+0301 reads as `é` does, and a
        // mark after `'` + U+031B sees through both as after `'` alone
        // (the apostrophe may become `ò`, which NFC then composes with it).
        // A quote mark is not a combining mark, so after an adjacent mark
        // the base is `start` itself.
        let base = base_before(text, start);
        let left = match raws.last() {
            Some(prev) if prev.end() == base => prev.left(),
            _ => Side::before(text, base),
        };
        let in_run = raws.last().is_some_and(|prev| prev.end() == start);
        if in_run {
            if let Some(prev) = raws.last_mut() {
                prev.set(super::flag::IN_RUN, true);
            }
        }
        let after_equals = start > 0 && bytes[start - 1] == b'=';
        let mut mark = Mark::new(start, end - start, tex, after_equals, left);
        mark.set(super::flag::IN_RUN, in_run);
        raws.push(mark);
    }
    for i in (0..raws.len()).rev() {
        let right = match raws.get(i + 1) {
            Some(n) if n.start() == raws[i].end() => n.right(),
            _ => Side::after(text, raws[i].end()),
        };
        raws[i].set_right(right);
    }
    raws
}
