//! When digits are a label or a code, not a quantity.
//!
//! Real text is full of digits that count nothing: the numbers of laws and
//! their paragraphs, with their lists and ranges (`commi 2 e 3`, `commi da
//! 41 a 49`), list numbering at a line start (`1. All'articolo`), house
//! numbers (`Via Roma, 33`), models (`Alfa Romeo 147`), emergency numbers
//! (`il 118`), telephone numbers (`(+39) 06 4991 2345`, `02 1234 5678`),
//! footnote marks (`Grigioni[4]`) and file names (`(1).pdf`). Each test
//! here looks at a few tokens around the digits, or at the text just
//! before them: the window keeps one token behind, and a label may stand a
//! few words back.

use super::quantity::is_group_gap;
use once_cell::sync::Lazy;

use crate::lexicon::contains_ignore_ascii_case as is_word;
use crate::lexicon::numbers as lex;
use crate::lexicon::WordSet;
use crate::text::{lower, starts_with_digit};
use crate::window::Window;

/// The digits at the cursor are a code: part of a telephone number, a
/// footnote, a file name, an emergency number, a list item, a house
/// number, a model.
pub(super) fn is_code(win: &mut Window<'_>) -> bool {
    // The token behind decides most tests at once: most digits stand
    // after a lowercase word and fail them all.
    let previous = win.previous_text();
    let by_previous = match previous.as_bytes().first() {
        Some(b'[') => is_footnote(win),
        Some(b'(') => is_file_name(win),
        Some(b'+') => after_phone_prefix(win),
        Some(b',') => is_house_number(win),
        Some(b) if b.is_ascii_uppercase() => is_house_number(win) || is_model(win),
        Some(b'a' | b'c' | b'd' | b'i') => is_emergency_number(win),
        _ => false,
    };
    // A run needs a space of one to three bytes and more digits after.
    let run = (1..=3).contains(&win.gap_len_after(0))
        && win
            .text_at(1)
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_digit);
    // A run's later numbers, passed one by one (a date may begin at one).
    if win.in_codes() {
        return true;
    }
    by_previous || is_list_item(win) || run && marked_run(win)
}

/// A run of codes at the cursor, marked in the window for its later
/// numbers.
fn marked_run(win: &mut Window<'_>) -> bool {
    let len = code_run(win);
    if len == 0 {
        return false;
    }
    let end = win.get(len - 1).map_or(0, |t| t.range().end);
    win.codes_until(end);
    true
}

/// Words after which a number is a label (`art.`, `comma`, `n.`).
static LABELS: Lazy<WordSet> = Lazy::new(|| WordSet::new(lex::LABELS));

fn is_label(word: &str) -> bool {
    LABELS.contains_ignore_ascii_case(word)
}

/// The previous token, or one a few words back across a list or range of
/// numbers, is a label (`art. 21`, `commi 2 e 3`, `artt. 7, 8 e 57`,
/// `commi da 41 a 49`); or two capitals stand before the digits (a
/// flight, `AZ 610`).
pub(super) fn after_label(win: &mut Window<'_>) -> bool {
    let previous = win.previous_text();
    let plain = previous.strip_suffix('.').unwrap_or(previous);
    let airline = plain.len() == 2 && plain.bytes().all(|b| b.is_ascii_uppercase());
    if airline || is_label(plain) {
        return true;
    }
    if !is_word(lex::LIST_LINKS, previous) && previous != "," {
        return false;
    }
    let Some(behind) = win.behind() else {
        return false;
    };
    let text = win.text();
    let mut end = behind.range().start;
    for _ in 0..8 {
        let Some((start, word)) = word_before(text, end) else {
            return false;
        };
        let plain = word.strip_suffix('.').unwrap_or(word);
        if is_label(plain) {
            return true;
        }
        if !(starts_with_digit(word) || word == "," || is_word(lex::LIST_LINKS, word)) {
            return false;
        }
        end = start;
    }
    false
}

/// The word or comma that ends before byte `end`, past spaces, in the same
/// paragraph (see [`Window`]: a blank line is a wall).
fn word_before(text: &str, end: usize) -> Option<(usize, &str)> {
    let before = text.get(..end)?;
    let head = before.trim_end();
    if crate::text::holds_blank_line(&before[head.len()..]) {
        return None;
    }
    if let Some(rest) = head.strip_suffix(',') {
        return Some((rest.len(), ","));
    }
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == ',' || c == '(')
        .map_or(0, |(i, c)| i + c.len_utf8());
    (start < head.len()).then(|| (start, &head[start..]))
}

/// `+39` in `(+39)` or before more digits: a country's telephone prefix;
/// the cursor is at the sign.
pub(super) fn is_phone_prefix(win: &mut Window<'_>) -> bool {
    let digits = win.text_at(1);
    let short = (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    let closed = win.previous_text() == "(" && win.text_at(2) == ")";
    let more = win.gap_after(1) == " " && starts_with_digit(win.text_at(2));
    short && (closed || more)
}

/// `39` in `(+39)` or `+39 06…`, when the sign was passed over.
fn after_phone_prefix(win: &mut Window<'_>) -> bool {
    if win.previous_text() != crate::text::PLUS {
        return false;
    }
    let digits = win.text_at(0);
    let short = (2..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    let closed = win.text_at(1) == ")";
    let more = win.gap_after(0) == " " && starts_with_digit(win.text_at(1));
    win.previous_text() == crate::text::PLUS
        && win.gap_before().is_empty()
        && short
        && (closed || more)
}

/// The digits begin a run of numbers set apart by spaces that is no
/// number with its thousands grouped (`100 000`), but a telephone number
/// or a code (`02 1234 5678`, `333 1234567`): the run's length in
/// tokens, or 0. Only a run's first token is tested; the window keeps
/// where the run ends for the others.
pub(super) fn code_run(win: &mut Window<'_>) -> usize {
    // A run has two numbers at least: most digits stand alone.
    if !((1..=3).contains(&win.gap_len_after(0)) && starts_with_digit(win.text_at(1))) {
        return 0;
    }
    if !is_group_gap(win.gap_after(0)) {
        return 0;
    }
    let behind_digits = win
        .behind()
        .is_some_and(|t| t.text().bytes().all(|b| b.is_ascii_digit()));
    if behind_digits && is_group_gap(win.gap_before()) {
        return 0;
    }
    let mut len = 0;
    let mut grouped = true;
    let (mut spaced, mut zero_led) = (false, false);
    let mut suspicious = false;
    while len < 8 {
        let text = win.text_at(len);
        let plain = text.bytes().all(|b| b.is_ascii_digit());
        if text.is_empty() || !plain || len > 0 && !is_group_gap(win.gap_after(len - 1)) {
            break;
        }
        // A number of one or two digits ends no run (`19191 4 apr`,
        // `1111 3-ott`): a date may begin there.
        let next = win.text_at(len + 1);
        let more = is_group_gap(win.gap_after(len))
            && !next.is_empty()
            && next.bytes().all(|b| b.is_ascii_digit());
        if len > 0 && text.len() <= 2 && !more {
            break;
        }
        grouped &= if len == 0 {
            text.len() <= 3 && !(text.len() > 1 && text.starts_with('0'))
        } else {
            text.len() == 3
        };
        suspicious |= text.len() > 1 && text.starts_with('0') || text.len() >= 5;
        if len > 0 {
            spaced |= win.gap_after(len - 1) == " ";
            zero_led |= text.starts_with('0');
        }
        len += 1;
    }
    // As the number reader groups them: plain spaces need a group led by
    // zero or a unit after (`100 000`, `255 255 255` is a list).
    grouped &= !spaced || zero_led || super::units::unit_at(win, len).is_some();
    let codes = len >= 2 && !grouped && (len >= 3 || suspicious);
    if codes {
        len
    } else {
        0
    }
}

/// `Grigioni[4]`: a number in brackets against the word before it.
fn is_footnote(win: &mut Window<'_>) -> bool {
    let Some(open) = win.behind().filter(|t| t.text() == "[") else {
        return false;
    };
    let glued =
        open.range().start > 0 && !win.text()[..open.range().start].ends_with(char::is_whitespace);
    open.text() == "[" && glued && win.text_at(1) == "]"
}

/// `(1).pdf`: a number in brackets in a file name.
fn is_file_name(win: &mut Window<'_>) -> bool {
    if win.previous_text() != "(" || win.text_at(1) != ")" {
        return false;
    }
    let Some(close) = win.get(1) else {
        return false;
    };
    let after = &win.text()[close.range().end..];
    after.starts_with('.') && after[1..].starts_with(|c: char| c.is_alphanumeric())
}

/// `il 118`, `al 112`: an emergency number after an article.
fn is_emergency_number(win: &mut Window<'_>) -> bool {
    lex::EMERGENCY_NUMBERS.contains(&win.text_at(0))
        && is_word(lex::BEFORE_EMERGENCY, lower(win.previous_text()).as_str())
}

/// `1. All'articolo`, `2) il comma`, `1.2. Crea`: the number of a list
/// item or a section, at the start of a line.
#[inline]
fn is_list_item(win: &mut Window<'_>) -> bool {
    if !matches!(win.text_at(1), "." | ")") {
        return false;
    }
    let at_line_start = match win.behind() {
        None => true,
        Some(_) => win.gap_before().contains('\n'),
    };
    let digits = win.text_at(0);
    let small = digits.len() <= 3 && digits.bytes().all(|b| b.is_ascii_digit());
    // `1.2. Crea una copia`: a section number, groups of one or two digits.
    let section = digits.contains('.')
        && digits
            .split('.')
            .all(|g| (1..=2).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()));
    let small = small || section;
    at_line_start
        && small
        && matches!(win.text_at(1), "." | ")")
        && win.gap_after(0).is_empty()
        && !win.gap_after(1).is_empty()
}

/// `Via Roma, 33`, `Piazza Garibaldi 2`: the number of a house, after a
/// street's name.
fn is_house_number(win: &mut Window<'_>) -> bool {
    // After a comma or a capitalized name: `Roma, 33`, `Garibaldi 2`.
    let Some(behind) = win
        .behind()
        .filter(|t| t.text() == "," || t.text().chars().next().is_some_and(char::is_uppercase))
    else {
        return false;
    };
    let text = win.text();
    let mut end = behind.range().end;
    let mut named = false;
    for _ in 0..5 {
        let Some((start, word)) = word_before(text, end) else {
            return false;
        };
        let plain = word.strip_suffix('.').unwrap_or(word);
        if is_word(lex::STREETS, plain) && (plain.len() == 1 || plain.len() == word.len()) {
            return named;
        }
        named |= word.chars().next().is_some_and(char::is_uppercase);
        // A capitalized word of a name, not the first of a sentence.
        let name = word.chars().next().is_some_and(char::is_uppercase) && !word.ends_with('.')
            || word == ","
            || is_word(lex::NAME_LINKS, word);
        if !name {
            return false;
        }
        end = start;
    }
    false
}

/// `Alfa Romeo 147`: three digits or more after two capitalized words,
/// with no unit after them (the unit is tested by the caller).
fn is_model(win: &mut Window<'_>) -> bool {
    let digits = win.text_at(0);
    if digits.len() < 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(behind) = win.behind() else {
        return false;
    };
    let capitalized = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && w.len() >= 2
            && chars.all(char::is_alphabetic)
    };
    if !capitalized(behind.text()) {
        return false;
    }
    let text = win.text();
    match word_before(text, behind.range().start) {
        // Not the first words of a sentence.
        Some((start, word)) => {
            capitalized(word)
                && !text[..start].trim_end().is_empty()
                && !text[..start].trim_end().ends_with(['.', '!', '?', ':'])
                && unit_free(win)
        }
        None => false,
    }
}

/// Nothing after the digits makes them a measure.
fn unit_free(win: &mut Window<'_>) -> bool {
    super::units::unit_at(win, 1).is_none() && !is_word(lex::PERCENT_SIGNS, win.text_at(1))
}
