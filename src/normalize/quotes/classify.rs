//! Step 2: judging each mark from its neighbours.
//!
//! Between letters a mark is an apostrophe (`l'acqua`); after a space and
//! before a word it opens; after a word and before a space or punctuation it
//! closes. The rules for single marks come first, since `'` is far more
//! often an apostrophe than a quote. What cannot be judged locally
//! (`era"Ritorno`, `vero'`) gets a role that the pairing state decides.

use super::side::Side;
use super::{family_of, has_blank_line, Family, Mark, Role};
/// How many marks ahead a `=` code value may close (`name='server'`); the
/// bound keeps the search linear on hostile input.
pub(super) const CODE_VALUE_MARKS: usize = 32;

pub(super) fn classify(text: &str, raws: &mut [Mark]) {
    // The next backtick after the current mark, found by a cursor that only
    // moves forward (code spans are rare, and the search stays linear).
    let mut backtick_cursor = 0;
    // A TeX opening left inside code stays as typed, and so must the `''`
    // that the scan paired with it, or the output would pair that opening
    // with another `''` when read again.
    let mut tex_open_in_code = false;
    let mut i = 0;
    while i < raws.len() {
        let raw = &raws[i];
        if raw.tex() && raw.glyph(text) == '”' && std::mem::take(&mut tex_open_in_code) {
            i += 1;
            continue;
        }
        // Code: a straight quote right after `=` opens a value
        // (`LANG="it_IT.UTF-8"`, `name='server'`), closed by the same mark
        // before any whitespace; a backtick opens a code span closed by the
        // next backtick in the paragraph. Nothing inside changes. Curly
        // marks never open code: the quote styles write them, and the
        // output must read back the same.
        //
        // A value may hold spaces (`rel="noopener noreferrer"`, `{% include
        // x.html title="Una pagina" %}`) but not a line break; so may a
        // Markdown link title, after the link's address (`[t](url "Titolo")`).
        let code_value = raw.after_equals() || is_link_title(text, raw);
        if code_value && matches!(raw.glyph(text), '"' | '\'') && !raw.tex() {
            let close = (i + 1..raws.len().min(i + 1 + CODE_VALUE_MARKS))
                .take_while(|&j| !text[raws[j - 1].end()..raws[j].start()].contains('\n'))
                .find(|&j| raws[j].glyph(text) == raw.glyph(text) && !raws[j].tex());
            if let Some(close) = close {
                for code in &mut raws[i..=close] {
                    code.set(super::flag::IN_CODE, true);
                }
            }
            let end = close.map_or(i, |j| j) + 1;
            tex_open_in_code = tex_open_left_in(text, &raws[i..end], tex_open_in_code);
            i = end;
            continue;
        }
        if raw.glyph(text) == '`' && !is_apostrophe_backtick(text, raw) {
            backtick_cursor = backtick_cursor.max(i + 1);
            while backtick_cursor < raws.len() && raws[backtick_cursor].glyph(text) != '`' {
                backtick_cursor += 1;
            }
            let close = backtick_cursor;
            if close < raws.len() && !has_blank_line(&text[raw.end()..raws[close].start()]) {
                tex_open_in_code = tex_open_left_in(text, &raws[i..=close], tex_open_in_code);
                i = close + 1;
                continue;
            }
            i += 1;
            continue;
        }
        raws[i].set_role(classify_one(text, raw));
        i += 1;
    }
}

/// A straight `"` that opens the title of a Markdown link or image, after
/// its address and a space: `[qui](https://esempio.it "Aiuto")`.
fn is_link_title(text: &str, raw: &Mark) -> bool {
    let Some(address) = text[..raw.start()].strip_suffix(' ') else {
        return false;
    };
    // The address is the last word, looked for in a bounded window so that
    // the search stays linear.
    let window = address.as_bytes();
    let window = &window[window.len().saturating_sub(512)..];
    let word_start = window
        .iter()
        .rposition(|b| b.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    window[word_start..].windows(2).any(|w| w == b"](")
}

/// Whether a TeX opening is still waiting for its `''` after the marks of
/// `code`, given whether one was before them.
fn tex_open_left_in(text: &str, code: &[Mark], mut open: bool) -> bool {
    for mark in code.iter().filter(|m| m.tex()) {
        open = mark.glyph(text) == '“';
    }
    open
}

pub(super) fn is_apostrophe_backtick(text: &str, raw: &Mark) -> bool {
    raw.left() == Side::Letter && matches!(raw.right(), Side::Letter | Side::Digit)
        || !matches!(raw.left(), Side::Letter | Side::Digit) && is_decade(text, raw.end())
}

/// `'90`, `'29`, `'900` (il Novecento): an elided year of two or three
/// digits, and then no more letters or digits.
pub(super) fn is_decade(text: &str, end: usize) -> bool {
    let digits = text.as_bytes()[end..]
        .iter()
        .take(4)
        .take_while(|b| b.is_ascii_digit())
        .count();
    (2..=3).contains(&digits)
        && !text[end + digits..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// `'ndrangheta`, `'mbè`: no Italian word starts with `n` or `m` and a
/// consonant, so the mark can only be an elided vowel.
pub(super) fn starts_elided_word(text: &str, end: usize) -> bool {
    let mut chars = text[end..].chars();
    matches!(chars.next(), Some('n' | 'N' | 'm' | 'M'))
        && chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() && !"aeiouAEIOU".contains(c))
}

pub(super) fn classify_one(text: &str, raw: &Mark) -> Role {
    let (left, right) = (raw.left(), raw.right());
    let family = family_of(raw.glyph(text)).unwrap_or(Family::Double);
    match raw.glyph(text) {
        '`' => return Role::Apostrophe { word_final: false },
        '\'' | '‘' | '’' | '‚' | '‛' | '‹' | '›' | '′' | '´' | 'ʼ' => {
            match single_place(text, left, right, raw.start(), raw.end()) {
                SinglePlace::Apostrophe => return Role::Apostrophe { word_final: false },
                SinglePlace::AfterDigit => return digit_role(family, right),
                SinglePlace::Emoticon => return Role::Keep,
                SinglePlace::WordFinal => return Role::WordFinal,
                SinglePlace::Other => {}
            }
            if raw.glyph(text) == '´' {
                return Role::Keep; // a spacing accent, not a quote
            }
            if left.opens() && right == Side::Letter && raw.glyph(text) != '′' {
                // Only a mark written like an apostrophe (`'` `’`) falls
                // back to one when unmatched; a typed `‘` stays an opener,
                // so that the output reads back the same.
                let elide = matches!(raw.glyph(text), '\'' | '’' | 'ʼ');
                return if starts_elided_word(text, raw.end()) {
                    Role::Apostrophe { word_final: false }
                } else {
                    Role::Open {
                        family,
                        elide,
                        neutral: false,
                    }
                };
            }
        }
        '"' | '”' | '″' if left == Side::Digit => return digit_role(family, right),
        _ => {}
    }
    // A double mark right after `:` or `(` opens, even before a space
    // (`ha detto:" beh"`, `(" vedi sotto")`): nothing closes there. Before
    // a word the neighbours already say so, and the pairing decides; a
    // single mark there may be an apostrophe or part of an emoticon.
    if family == Family::Double
        && super::follows_colon_or_bracket(text, raw)
        && !matches!(raw.glyph(text), '”' | '»')
        && raw.right() != Side::Letter
    {
        return Role::Open {
            family,
            elide: false,
            neutral: false,
        };
    }
    directional(text, raw, family)
}

/// What the rules for single marks make of a place, whatever the glyph.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum SinglePlace {
    /// Between letters (`l'acqua`), before a number after a word (`l'11`),
    /// or before a decade (`'90`).
    Apostrophe,
    /// After a digit: a measurement (`45'`, `6'10`) unless it closes.
    AfterDigit,
    /// After `:` or `;` and before the mouth of an emoticon: `:'(`.
    Emoticon,
    /// After a word, before anything but a letter or digit.
    WordFinal,
    /// Anything else: direction from the neighbours.
    Other,
}

pub(super) fn single_place(
    text: &str,
    left: Side,
    right: Side,
    start: usize,
    end: usize,
) -> SinglePlace {
    if left == Side::Letter && matches!(right, Side::Letter | Side::Digit) {
        SinglePlace::Apostrophe
    } else if left == Side::Digit {
        SinglePlace::AfterDigit
    } else if left != Side::Letter && is_decade(text, end) {
        SinglePlace::Apostrophe
    } else if matches!(text[..start].chars().next_back(), Some(':' | ';'))
        && matches!(
            text[end..].chars().next(),
            Some('(' | ')' | '[' | ']' | '{' | '}' | '|' | '/' | '\\' | '-' | '<' | '>')
        )
    {
        SinglePlace::Emoticon
    } else if left == Side::Letter {
        SinglePlace::WordFinal
    } else {
        SinglePlace::Other
    }
}

pub(super) fn digit_role(family: Family, right: Side) -> Role {
    if right.closes() {
        Role::AfterDigit { family }
    } else {
        Role::Keep
    }
}

/// The direction the neighbours give, or the glyph's own where both sides
/// are space-like.
pub(super) fn directional(text: &str, raw: &Mark, family: Family) -> Role {
    match (raw.left().opens(), raw.right().closes()) {
        (true, false) => Role::Open {
            family,
            elide: false,
            neutral: false,
        },
        (false, true) => Role::Close { family },
        (false, false) => Role::Either { family },
        (true, true) => match raw.glyph(text) {
            '“' | '„' | '‟' | '«' | '‘' | '‚' | '‛' | '‹' => Role::Open {
                family,
                elide: false,
                neutral: false,
            },
            '”' | '»' | '’' | '›' => Role::Close { family },
            _ => Role::Neutral { family },
        },
    }
}
