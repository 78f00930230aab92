//! The calendar date rule: a date as written with its parts, numeric
//! (`19/06/2024`, `15/02`, `2015/08/12`, `23/set/2020`) or in words
//! (`martedì 18 giugno 2024`, `il 2 marzo del 1946`, `il ventinove
//! maggio`, `giugno 2024`, `venerdì 5`), a month or year alone after a
//! cue (`nel 2022`), and the days of a list that share their month (`il
//! 20, 21 e 22 aprile`).

use super::expr::{Calendar, Expr, Month, Read};
use super::rules::{
    before, day_number, digits, full_month, is_word, month, two_digit_year, weekday_at,
    year_number, Place,
};
use crate::lexicon::dates as lex;
use crate::text::{lower, starts_with_digit};
use crate::window::Window;

/// A calendar date: `19/06/2024`, `martedì 18 giugno`, `giugno 2024`,
/// `giovedì`, `nel 2022`, `venerdì 5`.
pub(super) fn calendar(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let (len, c) = calendar_parts(win, p)?;
    let Some(c) = c.filter(Calendar::can_exist) else {
        return Read::invalid(len);
    };
    let lone_day = c.is_day_only() && c.weekday.is_none() && c.year.is_none();
    let end_cue = p.end && is_word(before(win, p), lex::BARE_DAY_LINKS);
    if lone_day && closes_clause(win, p.at + len) && (end_cue || bare_day_cue(win, p)) {
        return Read::atom(len, Expr::BareDay(c.day?));
    }
    if p.end {
        return Read::atom(len, Expr::Calendar(c));
    }
    // A street or a building named after a date: `via XX Settembre`,
    // `piazza 25 Aprile`.
    let month_only = c.month.is_some() && c.day.is_none();
    if super::named::after_place(win, p) || month_only && after_roman(win, p) {
        return Read::invalid(len);
    }
    let previous = lower(before(win, p));
    let previous = previous.as_str();
    // A day alone is a date only as an end of a range, or after a weekday
    // (`venerdì 5`, `gio 15`; `la dom 3 volte` is no date).
    let clear_weekday = !is_word(win.text_at(p.at), lex::AMBIGUOUS_WEEKDAYS);
    if c.is_day_only() && c.year.is_none() && !(c.weekday.is_some() && clear_weekday) {
        return None;
    }
    // Not a generic weekday (`un giovedì`, `ogni lunedì`), but `nella
    // giornata di giovedì` is one day.
    if c.is_weekday_only()
        && is_word(previous, lex::NOT_BEFORE_WEEKDAY)
        && !(previous == "di" && is_word(super::rules::two_before(win, p), lex::DAY_NOUNS))
    {
        return None;
    }
    if c.day.is_some() && c.year.is_none() && is_word(previous, lex::NOT_BEFORE_DAY_MONTH) {
        return None;
    }
    Read::atom(len, Expr::Calendar(c))
}

/// [`calendar`] at a number before one of the words that may go on with
/// a date (`,`, `e`, `di`, a dash, a month): first the tests
/// [`calendar_parts`] makes of the tokens after it, so that `3 di loro`,
/// `2, poi` and `5 e mezzo` leave at once. A number after a cue (`nel
/// 2022`, `il 27`) has a rule of its own.
pub(super) fn calendar_at_number(win: &mut Window<'_>, p: Place) -> Option<Read> {
    #[cfg(test)]
    if crate::rule_index::UNGATED.with(std::cell::Cell::get) {
        return calendar(win, p);
    }
    let word = win.text_at(p.at);
    let next = win.text_at(p.at + 1);
    let second = win.text_at(p.at + 2);
    let by_name = |w: &str| month(w).is_some() || is_word(w, lex::MARTEDI_OR_MARZO);
    let list = is_word(next, lex::LIST_LINKS)
        && (starts_with_digit(second)
            || is_word(second, lex::BETWEEN_ARTICLES) && starts_with_digit(win.text_at(p.at + 3)));
    let may_be = word.bytes().any(|b| matches!(b, b'/' | b'.' | b'-'))
        || by_name(next)
        || crate::text::is_dash(next)
        || next == "/"
        || next.eq_ignore_ascii_case("di") && full_month(second).is_some()
        || next == "." && by_name(second)
        || list;
    if !may_be {
        return None;
    }
    calendar(win, p)
}

/// [`calendar`] at a number after a cue (`nel 2022`, `il 27`): first the
/// tests [`calendar_parts`] makes of a number with only a cue, so that `il
/// 3 per cento` leaves at once. A year, or a day alone at the end of its
/// clause; a day before its month has a rule of its own.
pub(super) fn calendar_after_cue(win: &mut Window<'_>, p: Place) -> Option<Read> {
    #[cfg(test)]
    if crate::rule_index::UNGATED.with(std::cell::Cell::get) {
        return calendar(win, p);
    }
    let word = win.text_at(p.at);
    let may_be = word.bytes().any(|b| matches!(b, b'/' | b'.' | b'-'))
        || cued_year(word).is_some()
        || day_number(word).is_some() && closes_clause(win, p.at + 1);
    if !may_be {
        return None;
    }
    calendar(win, p)
}

/// The token at `k` ends the clause, or the text ends there.
fn closes_clause(win: &mut Window<'_>, k: usize) -> bool {
    let next = win.text_at(k);
    next.is_empty() || is_word(next, lex::CLAUSE_ENDS)
}

/// `il` before the day, and before it a word that asks for a date (`entro
/// il 27`, `per il 27`), a verb in the future (`tornerò il 15`) or the
/// participle of a verb of motion (`sono tornato il 21`).
fn bare_day_cue(win: &mut Window<'_>, p: Place) -> bool {
    if !is_word(before(win, p), lex::BETWEEN_ARTICLES) {
        return false;
    }
    let cue = super::rules::two_before(win, p);
    is_word(cue, lex::BARE_DAY_CUES)
        || lex::tense_cue(cue) == Some(lex::TenseCue::Future)
        || super::tense::is_motion_participle(lower(cue).as_str())
}

/// A roman numeral just before: `XX Settembre` is a street's name.
fn after_roman(win: &mut Window<'_>, p: Place) -> bool {
    let previous = before(win, p);
    previous.len() > 1
        && previous.bytes().all(|b| b.is_ascii_uppercase())
        && crate::text::is_roman_shape(previous)
}

/// The parts of a calendar date at place `p`, and the tokens they span;
/// `None` for parts of a date that does not exist (`30/02/2023`, `13/13/13`).
pub(super) fn calendar_parts(win: &mut Window<'_>, p: Place) -> Option<(usize, Option<Calendar>)> {
    let text = win.text_at(p.at);
    // `un`, `una`: counts of the relative rules, never a day or a year.
    if is_word(text, crate::lexicon::numbers::ONE) {
        return None;
    }
    if starts_with_digit(text) {
        let separated = text.bytes().any(|b| b == b'/' || b == b'.');
        if let Some(fields) = numeric_fields(text).filter(|_| separated) {
            // `9.6.14.` numbers a section (and `2.6.30` a version) as often
            // as it dates a day: with dots and a short year, a date needs a
            // cue (`il 9.6.14`) or two digits in every field (`06.10.14`).
            let short = text.contains('.') && fields[2].len() <= 2;
            let padded = fields.iter().all(|f| f.len() == 2);
            if short && !padded && !is_word(before(win, p), lex::YEAR_CUES) {
                return None;
            }
            return day_month_year(fields).map(|c| (1, c));
        }
        let two = two_fields(text).filter(|_| separated);
        if let Some(c) = two.filter(|_| is_word(before(win, p), lex::YEAR_CUES)) {
            return Some((1, c));
        }
        if let Some(fields) = dashed_fields(win, p.at) {
            return day_month_year(fields?).map(|c| (5, c));
        }
    }
    textual_date(win, p)
}

/// `19/06/2024`, `3.4.1962`, `19/6/24`, `2015/08/12`, `23/set/2020`: day,
/// month and year, of digits (the month may be a short name), day first
/// or year first.
fn numeric_fields(text: &str) -> Option<[&str; 3]> {
    ['/', '.'].into_iter().find_map(|sep| {
        let mut fields = text.split(sep);
        let found = [fields.next()?, fields.next()?, fields.next()?];
        let numeric = |f: &&str| digits(f).is_some();
        let month_ok = numeric(&found[1]) || sep == '/' && month(found[1]).is_some();
        if fields.next().is_some() || !numeric(&found[0]) || !numeric(&found[2]) || !month_ok {
            return None;
        }
        Some(if found[0].len() == 4 && found[2].len() <= 2 {
            [found[2], found[1], found[0]]
        } else {
            found
        })
    })
}

/// `15/02` (day and month) and `3/2015` (month and year), after a cue
/// (`il 15/02`, `nel 3/2015`): a fraction (`1/2`) or a code otherwise.
/// `None` when the fields are not these; `Some(None)` for a day that does
/// not exist.
fn two_fields(text: &str) -> Option<Option<Calendar>> {
    let (a, b) = text.split_once('/')?;
    let (x, y) = (digits(a)?, digits(b)?);
    if a.len() <= 2 && b.len() == 4 {
        let month = Month::new(u8::try_from(x).ok()?)?;
        return Some(Some(Calendar {
            month: Some(month),
            year: Some(y as i32),
            ..Calendar::default()
        }));
    }
    if a.len() != 2 && b.len() != 2 || a.len() > 2 || b.len() > 2 {
        return None;
    }
    let month = Month::new(u8::try_from(y).ok()?)?;
    let day = u8::try_from(x).ok().filter(|d| (1..=31).contains(d))?;
    Some(Some(Calendar {
        day: Some(day),
        month: Some(month),
        ..Calendar::default()
    }))
}

/// `19-06-2024`, `2024-06-19`: digits joined by dashes, day first or
/// year first, and no more: `Some(None)` for a longer chain (`88-8-04-1267`,
/// `02-12-03-2024` are codes) or fields of other sizes.
fn dashed_fields<'a>(win: &mut Window<'a>, at: usize) -> Option<Option<[&'a str; 3]>> {
    let glued = |win: &mut Window<'_>, k: usize| win.gap_after(k).is_empty();
    let separator = win.text_at(at + 1);
    if !matches!(separator, "-" | "/")
        || win.text_at(at + 3) != separator
        || !(0..4).all(|k| glued(win, at + k))
    {
        return None;
    }
    let dash_glued_before = if at == 0 {
        win.previous_text() == "-" && win.gap_before().is_empty()
    } else {
        win.text_at(at - 1) == "-" && glued(win, at - 1)
    };
    if dash_glued_before || win.text_at(at + 5) == "-" && glued(win, at + 4) {
        return Some(None);
    }
    let (a, b, c) = (win.text_at(at), win.text_at(at + 2), win.text_at(at + 4));
    let fields = if a.len() == 4 {
        [c, b, a]
    } else if c.len() == 4 && a.len() <= 2 {
        [a, b, c]
    } else {
        return Some(None);
    };
    let numeric = digits(fields[0]).is_some() && digits(fields[2]).is_some();
    let month_ok = digits(fields[1]).is_some() || month_word(fields[1]).is_some();
    Some((numeric && month_ok).then_some(fields))
}

/// Day, month and year fields of digits: `None` when their sizes are not
/// a date's, `Some(None)` when the date does not exist.
fn day_month_year([day, month, year]: [&str; 3]) -> Option<Option<Calendar>> {
    if day.len() > 2 || month.len() > 2 && month_word(month).is_none() {
        return None;
    }
    let year_len = year.len();
    let year = match year_len {
        4 => digits(year)? as i32,
        2 => two_digit_year(digits(year)?),
        _ => return None,
    };
    let month_number = digits(month).or_else(|| month_word(month));
    let (Some(day), Some(month)) = (digits(day), month_number) else {
        return None;
    };
    let month = u8::try_from(month).ok().and_then(Month::new);
    Some(month.map(|month| Calendar {
        day: u8::try_from(day).ok(),
        month: Some(month),
        year: Some(year),
        weekday: None,
        short_year: year_len == 2,
    }))
}

/// `martedì 18 giugno 2024`, `18 giugno`, `giugno 2024`, `giovedì`; and,
/// after a cue (`nel 2022`, `dal '98`) or as an end of a range, a year
/// alone.
fn textual_date(win: &mut Window<'_>, p: Place) -> Option<(usize, Option<Calendar>)> {
    let mut c = Calendar::default();
    let mut k = p.at;
    // No weekday begins with a digit, and most calendar tokens are digits.
    let weekday = if starts_with_digit(win.text_at(k)) {
        None
    } else {
        weekday_at(win, k)
    };
    if let Some(w) = weekday {
        c.weekday = Some(w);
        k += 1;
    }
    if let Some(d) = day_number(win.text_at(k)) {
        c.day = Some(d);
        return day_then_month(win, p, k, c);
    }
    if c.weekday.is_some() {
        return Some((k - p.at, Some(c)));
    }
    if let Some(m) = full_month(win.text_at(k)) {
        c.month = Some(m);
        let (year, len) = year_after(win, k + 1).unzip();
        c.year = year;
        c.short_year = len == Some(1) && two_digit(win.text_at(k + 1));
        return Some((k + 1 + len.unwrap_or(0) - p.at, Some(c)));
    }
    // `dic 2013`, `genn. 2013`: a short month name with its year.
    if let Some(m) = month(win.text_at(k)) {
        if let Some((y, len)) = year_after(win, k + 1) {
            c.month = Some(m);
            c.year = Some(y);
            c.short_year = len == 1 && two_digit(win.text_at(k + 1));
            return Some((k + 1 + len - p.at, Some(c)));
        }
    }
    if p.end || is_word(before(win, p), lex::YEAR_CUES) {
        c.year = Some(cued_year(win.text_at(k))?);
        c.short_year = two_digit(win.text_at(k));
        return Some((1, Some(c)));
    }
    None
}

/// The month and year after the day at token `k` (`18 giugno 2024`, `18
/// mar`, `16. nov. 2016`, `2-ott`, `2 marzo del 1946`); the month at the end
/// of a list (`il 20, 21 e 22 aprile`); without a month, the day alone
/// after a weekday or as an end of a range.
fn day_then_month(
    win: &mut Window<'_>,
    p: Place,
    k: usize,
    mut c: Calendar,
) -> Option<(usize, Option<Calendar>)> {
    if let Some((m, len)) = month_after_day(win, k) {
        c.month = Some(m);
        let (year, year_len) = year_after(win, k + 1 + len).unzip();
        c.year = year;
        c.short_year = year_len == Some(1) && two_digit(win.text_at(k + 1 + len));
        return Some((k + 1 + len + year_len.unwrap_or(0) - p.at, Some(c)));
    }
    if let Some((m, year)) = month_of_list(win, k).filter(|_| in_list(win, p, k)) {
        c.month = Some(m);
        c.year = year;
        return Some((k + 1 - p.at, Some(c)));
    }
    let cued = p.end || is_word(before(win, p), lex::YEAR_CUES);
    (c.weekday.is_some() || cued).then_some((k + 1 - p.at, Some(c)))
}

/// The month after the day at token `k`, and the tokens it takes: `giugno`,
/// `mar` (`marzo` after a day), or a short name after a glued dot or dash
/// (`16. nov.`, `2-ott`).
fn month_after_day(win: &mut Window<'_>, k: usize) -> Option<(Month, usize)> {
    let next = win.text_at(k + 1);
    let by_name = |word: &str| {
        month(word).or_else(|| {
            is_word(word, lex::MARTEDI_OR_MARZO)
                .then(|| Month::new(3))
                .flatten()
        })
    };
    if let Some(m) = by_name(next) {
        return Some((m, 1));
    }
    // `primo di marzo`, `15 di ottobre`.
    if next.eq_ignore_ascii_case("di") {
        return full_month(win.text_at(k + 2)).map(|m| (m, 2));
    }
    let joined = (next == "." || next == "-") && win.gap_after(k).is_empty();
    let m = by_name(win.text_at(k + 2)).filter(|_| joined)?;
    (next == "." || win.gap_after(k + 1).is_empty()).then_some((m, 2))
}

/// A year after a date's month at token `k`, and the tokens it takes:
/// `2024`, `del 1946`, `duemila`.
pub(super) fn year_after(win: &mut Window<'_>, k: usize) -> Option<(i32, usize)> {
    let word = win.text_at(k);
    if let Some(y) = year_number(word).or_else(|| year_word(word)) {
        return Some((y, 1));
    }
    // `agosto '99`; `agosto 99` after a month written in full where the
    // clause ends (`a luglio 15 feriti` is a count, `Feb 10, 2014` a day).
    if let Some(y) = word.strip_prefix(['\'', '’']).filter(|y| y.len() == 2) {
        return digits(y).map(|y| (two_digit_year(y), 1));
    }
    let after_full_month = k > 0 && full_month(win.text_at(k - 1)).is_some();
    if word.len() == 2 && after_full_month && closes_clause(win, k + 1) {
        return digits(word).map(|y| (two_digit_year(y), 1));
    }
    if word.eq_ignore_ascii_case("del") {
        return year_number(win.text_at(k + 1)).map(|y| (y, 2));
    }
    None
}

/// The month (and year) that a list of days beginning at token `k` ends
/// with: `20, 21 e 22 aprile`, `12 e il 13 settembre`, `24 e 28 febbraio
/// 2025`. Each day of a list is a date of its own.
fn month_of_list(win: &mut Window<'_>, k: usize) -> Option<(Month, Option<i32>)> {
    let mut j = k + 1;
    for _ in 0..10 {
        if !is_word(win.text_at(j), lex::LIST_LINKS) {
            return None;
        }
        j += 1 + usize::from(is_word(win.text_at(j + 1), lex::BETWEEN_ARTICLES));
        if !starts_with_digit(win.text_at(j)) {
            return None;
        }
        day_number(win.text_at(j))?;
        if let Some((m, len)) = month_after_day(win, j) {
            return Some((m, year_after(win, j + 1 + len).map(|(y, _)| y)));
        }
        j += 1;
    }
    None
}

/// Whether the day at token `k` may be a member of a list: the first
/// after a cue (`il 20, 21 e 22 aprile`), the others after a link that
/// follows a day (`rev. 10, 7 novembre` is no list).
fn in_list(win: &mut Window<'_>, p: Place, k: usize) -> bool {
    let previous = if k == p.at {
        before(win, p)
    } else {
        win.text_at(k - 1)
    };
    if is_word(previous, lex::YEAR_CUES) {
        return true;
    }
    is_word(previous, lex::LIST_LINKS)
        && starts_with_digit(super::rules::two_before(win, Place { at: k, end: p.end }))
}

/// A year in words: `duemila`, `millenovecentonovanta`.
fn year_word(word: &str) -> Option<i32> {
    // Years in words begin with `mille` or `duemila`: a cheap test first.
    let head = word.get(..5)?;
    if !head.eq_ignore_ascii_case("mille") && !head.eq_ignore_ascii_case("duemi") {
        return None;
    }
    crate::numbers::cardinal_word(word)
        .map(|v| v as i32)
        .filter(|y| (1000..=2199).contains(y) && word.len() > 5)
}

/// Whether a year is written with two digits (`'68`, `99`).
fn two_digit(word: &str) -> bool {
    let digits = word.strip_prefix(['\'', '’']).unwrap_or(word);
    digits.len() == 2 && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A year after a cue: `2022`, `'98`, `millenovecentocinquantasette`.
fn cued_year(word: &str) -> Option<i32> {
    if let Some(y) = word.strip_prefix(['\'', '’']).filter(|y| y.len() == 2) {
        return digits(y).map(two_digit_year);
    }
    year_number(word).or_else(|| {
        crate::numbers::cardinal_word(word)
            .map(|v| v as i32)
            .filter(|y| (1000..=2199).contains(y) && word.len() > 8)
    })
}

/// A month's short name as a field of a numeric date (`set` in
/// `23/set/2020`).
fn month_word(field: &str) -> Option<u32> {
    month(field).map(Month::number)
}
