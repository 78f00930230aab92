//! Step 1: finding the marks.
//!
//! A SIMD search (`memchr`) finds the few bytes that can start a mark, `'`
//! `"` `` ` `` and the lead bytes of the typographic marks; everything else
//! is skipped without being decoded. Each mark records the first character
//! that is not a mark on either side of its run.

use memchr::memchr3_iter;

use super::side::Side;
use super::{family_of, has_blank_line, Mark, Resolved, Role};
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
        let mut glyph = c;
        let mut tex = false;
        if c == '`'
            && bytes.get(end) == Some(&b'`')
            && text[end + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        {
            // TeX opening ``, followed by the quoted word.
            glyph = '“';
            tex = true;
            tex_open = Some(end + 1);
        } else if c == '\''
            && bytes.get(end) == Some(&b'\'')
            && tex_open
                .take()
                .is_some_and(|from| !has_blank_line(&text[from..start]))
        {
            glyph = '”';
            tex = true;
        }
        if tex {
            end += 1;
            pos = end;
        }
        // Adjacent marks are transparent: each sees the first character
        // that is not a mark on either side of the run.
        let left = match raws.last() {
            Some(prev) if prev.end == start => prev.left,
            _ => Side::before(text, start),
        };
        let in_run = raws.last().is_some_and(|prev| prev.end == start);
        if in_run {
            if let Some(prev) = raws.last_mut() {
                prev.in_run = true;
            }
        }
        raws.push(Mark {
            start,
            end,
            glyph,
            tex,
            after_equals: start > 0 && bytes[start - 1] == b'=',
            in_run,
            in_code: false,
            by_glyph: false,
            left,
            right: Side::Space,
            role: Role::Keep,
            resolved: Resolved::Keep,
        });
    }
    for i in (0..raws.len()).rev() {
        raws[i].right = match raws.get(i + 1) {
            Some(n) if n.start == raws[i].end => n.right,
            _ => Side::after(text, raws[i].end),
        };
    }
    raws
}
