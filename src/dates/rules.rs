//! The date rules: one ordered table, each rule a name, what may begin it
//! and a small reader that recognises its expression.
//!
//! A rule reads from token `at` of the window and returns what it
//! recognised ([`Read`]); it knows nothing of the reference date or the
//! tense. At each token the rules that may begin there are tried in table
//! order, and the first that reads something wins. Rules marked `end` read
//! a single expression and may also stand at either end of a range, so
//! that every combinator in [`combine`](super::combine) takes every one of
//! them (`da domani a giovedì`, `fino a lunedì prossimo`).
//!
//! The start filter of the date reader is built from the `starts` of this
//! table at compile time ([`FILTER`]), and so is the index from a start word
//! to the rules it may begin.

use once_cell::sync::Lazy;

use super::combine;
use super::expr::{Calendar, Decade, Expr, Month, Read, Reading, Step};
use super::Weekday;
use crate::lexicon::dates::{self as lex, CalendarUnit};
use crate::lexicon::{contains_ignore_ascii_case, keys, WordMap};
use crate::start::{Start, StartFilter};
use crate::text::{is_elided_number, lower, starts_with_digit};
use crate::window::Window;

/// Where a rule reads: at token `at`, alone or as an end of a range.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Place {
    pub(crate) at: usize,
    /// An end of a range: a day alone (`dal 3`) and a bare year (`dal
    /// 2000`) are dates there, and a weekday may follow a preposition.
    pub(crate) end: bool,
}

impl Place {
    pub(crate) const CURSOR: Place = Place { at: 0, end: false };

    fn next(self, k: usize) -> usize {
        self.at + k
    }
}

/// A named rule.
pub(crate) struct Rule {
    /// The pattern the rule reads, in Duckling's manner: `dal <date> al
    /// <date>`.
    pub(crate) name: &'static str,
    /// What its first token may be.
    pub(crate) starts: &'static [Start],
    /// Its start words may carry a final `.` or apostrophe (`dic.`,
    /// `lunedi'`).
    pub(crate) marked: bool,
    /// It reads one expression, which may stand at an end of a range.
    pub(crate) end: bool,
    pub(crate) read: fn(&mut Window<'_>, Place) -> Option<Read>,
}

const fn rule(
    name: &'static str,
    starts: &'static [Start],
    read: fn(&mut Window<'_>, Place) -> Option<Read>,
) -> Rule {
    Rule {
        name,
        starts,
        marked: false,
        end: true,
        read,
    }
}

/// A rule whose start words may carry a final mark (`dic.`, `lunedi'`).
const fn marked(rule: Rule) -> Rule {
    Rule {
        marked: true,
        ..rule
    }
}

/// A rule that joins expressions: never an end of a range itself.
const fn joining(rule: Rule) -> Rule {
    Rule { end: false, ..rule }
}

const MONTH_WORDS: [&str; lex::MONTHS.len()] = keys(lex::MONTHS);
const WEEKDAY_WORDS: [&str; lex::WEEKDAYS.len()] = keys(lex::WEEKDAYS);
const UNIT_WORDS: [&str; lex::UNITS.len()] = keys(lex::UNITS);
const STEP_WORDS: [&str; lex::STEPS.len()] = keys(lex::STEPS);
const RELATIVE_DAY_WORDS: [&str; lex::RELATIVE_DAYS.len()] = keys(lex::RELATIVE_DAYS);
const CENTURY_WORDS: [&str; lex::CENTURIES.len()] = keys(lex::CENTURIES);
const QUARTER_WORDS: [&str; lex::QUARTER_ORDINALS.len()] = keys(lex::QUARTER_ORDINALS);
const DAY_WORDS: [&str; lex::DAY_WORDS.len()] = keys(lex::DAY_WORDS);
const TWO_DAYS_AGO_STARTS: [&str; lex::TWO_DAYS_AGO.len()] = firsts(lex::TWO_DAYS_AGO);
const HOLIDAY_STARTS: [&str; lex::FIXED_HOLIDAYS.len()] = {
    let mut out = [""; lex::FIXED_HOLIDAYS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = lex::FIXED_HOLIDAYS[i].0[0];
        i += 1;
    }
    out
};

const fn firsts<const N: usize>(rows: &[&[&'static str]]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = rows[i][0];
        i += 1;
    }
    out
}

// What rules begin with.
const FROM: &[Start] = &[Start::Words(lex::RANGE_FROM)];
const IN_OR_BETWEEN: &[Start] = &[Start::Words(lex::IN_OR_BETWEEN)];
const UNTIL: &[Start] = &[Start::Words(lex::UNTIL)];
const COUNT: &[Start] = &[Start::Digits, Start::NumberWords];
const UNIT_OR_STEP: &[Start] = &[Start::Words(&UNIT_WORDS), Start::Words(&STEP_WORDS)];
const WEEKDAY_OR_STEP: &[Start] = &[Start::Words(&WEEKDAY_WORDS), Start::Words(&STEP_WORDS)];
const CALENDAR: &[Start] = &[
    Start::Digits,
    Start::Elided,
    Start::NumberWords,
    Start::Words(&MONTH_WORDS),
    Start::Words(&WEEKDAY_WORDS),
    Start::Words(lex::MARTEDI_OR_MARZO),
    Start::Words(&DAY_WORDS),
];

/// The rules, in the order they are tried.
#[rustfmt::skip]
pub(crate) static RULES: &[Rule; RULE_COUNT] = &[
    joining(rule("dal <date> al <date>", FROM, range)),
    joining(rule("dal <date>", FROM, since)),
    joining(rule("tra il <date> e il <date>", IN_OR_BETWEEN, between)),
    rule("fra <count> <unit>", IN_OR_BETWEEN, in_future),
    joining(rule("fino al <date>", UNTIL, until)),
    rule("altro ieri", &[Start::Words(&TWO_DAYS_AGO_STARTS)], two_days_ago),
    rule("<relative day>", &[Start::Words(&RELATIVE_DAY_WORDS)], relative_day),
    rule("<count> <unit> fa", COUNT, ago),
    rule("quest'<unit>", &[Start::Words(lex::THIS)], this_unit),
    rule("<unit> prossimo", UNIT_OR_STEP, unit_step),
    marked(rule("<weekday> prossimo", WEEKDAY_OR_STEP, weekday_step)),
    rule("lo scorso <day> <month>", &[Start::Words(&STEP_WORDS)], step_then_day_month),
    rule("anni <decade>", &[Start::Words(lex::DECADE_WORDS)], decade),
    rule("<century>", &[Start::Words(&CENTURY_WORDS)], century),
    rule("<ordinal> trimestre", &[Start::Words(&QUARTER_WORDS)], quarter),
    joining(rule("<year>-<year>", &[Start::Digits], year_dash_year)),
    rule("<holiday>", &[Start::Words(&HOLIDAY_STARTS)], holiday),
    marked(rule("<date>", CALENDAR, calendar)),
];

const RULE_COUNT: usize = 18;

/// Which tokens may begin a date: the union of the rules' starts, built
/// at compile time.
pub(crate) static FILTER: StartFilter =
    StartFilter::of(&crate::start::starts_of!(RULES, RULE_COUNT));

/// The rules a token may begin, as a bit set over [`RULES`].
pub(crate) fn rules_starting_with(word: &str) -> u32 {
    let index = &*INDEX;
    let first = word.as_bytes().first().copied().unwrap_or(b' ');
    if first.is_ascii_digit() {
        return index.digits;
    }
    if is_elided_number(word) {
        return index.elided;
    }
    let mut rules = index.words.get(word).unwrap_or(0);
    if rules == 0 {
        let trimmed = word.trim_end_matches(['.', '\'', '’']);
        if trimmed.len() < word.len() {
            rules = index.words.get(trimmed).unwrap_or(0) & index.marked;
        }
    }
    if first.is_ascii_alphabetic() && is_number_word(word) {
        rules |= index.number_words;
    }
    rules
}

/// The rules' start words, and the rules each begins.
struct Index {
    words: WordMap<u32>,
    digits: u32,
    elided: u32,
    number_words: u32,
    marked: u32,
}

static INDEX: Lazy<Index> = Lazy::new(|| {
    assert!(RULES.len() <= 32, "the rules fit a u32");
    let mut entries: Vec<(&'static str, u32)> = Vec::new();
    let mut index = Index {
        words: WordMap::new(&[]),
        digits: 0,
        elided: 0,
        number_words: 0,
        marked: 0,
    };
    for (i, rule) in RULES.iter().enumerate() {
        let bit = 1 << i;
        if rule.marked {
            index.marked |= bit;
        }
        for start in rule.starts {
            match *start {
                Start::Words(words) => entries.extend(words.iter().map(|&w| (w, bit))),
                Start::Digits => index.digits |= bit,
                Start::Elided => index.elided |= bit,
                Start::NumberWords => index.number_words |= bit,
                Start::Symbols(_) | Start::CurrencyCode | Start::Roman => {}
            }
        }
    }
    // A word that begins several rules maps to all of them.
    entries.sort_by_key(|&(w, _)| w);
    let mut merged: Vec<(&'static str, u32)> = Vec::new();
    for (w, bit) in entries {
        match merged.last_mut() {
            Some((last, bits)) if *last == w => *bits |= bit,
            _ => merged.push((w, bit)),
        }
    }
    index.words = WordMap::new(&merged);
    index
});

/// A count (`tre`, `un`) or a year in words may begin a date: the cheap
/// test of its first letters, since the rules read the number themselves.
fn is_number_word(word: &str) -> bool {
    Start::NumberWords.matches(word)
}

// Word families, looked up ignoring ASCII case.

static MONTH_OF: Lazy<WordMap<u8>> = Lazy::new(|| WordMap::new(lex::MONTHS));
static WEEKDAY_OF: Lazy<WordMap<u8>> = Lazy::new(|| WordMap::new(lex::WEEKDAYS));
static UNIT_OF: Lazy<WordMap<CalendarUnit>> = Lazy::new(|| WordMap::new(lex::UNITS));

fn is_word(word: &str, table: &[&str]) -> bool {
    contains_ignore_ascii_case(table, word)
}

/// The value of a word in a small table of pairs, ASCII case ignored.
fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(w, _)| w.len() == word.len() && w.eq_ignore_ascii_case(word))
        .map(|&(_, v)| v)
}

/// A month by name or abbreviation, `dic.` too.
fn month(word: &str) -> Option<Month> {
    MONTH_OF
        .get(word.strip_suffix('.').unwrap_or(word))
        .and_then(Month::new)
}

/// A month written in full: `marzo`, not `mar` or `dic.`.
fn full_month(word: &str) -> Option<Month> {
    month(word).filter(|_| word.len() > 4 && !word.ends_with('.'))
}

/// A weekday written in full (`lunedì`, `lunedi`, `lunedi'`).
fn full_weekday(word: &str) -> Option<Weekday> {
    let w = word.trim_end_matches(['\'', '’']);
    WEEKDAY_OF
        .get(w)
        .filter(|_| w.len() > 3)
        .map(Weekday::from_monday)
}

/// The weekday at token `k`: written in full, or abbreviated before a day
/// number (`gio 15`, `mer. 3 luglio`, `mar 18`), since `mar` is also the
/// sea and `dom` a title.
fn weekday_at(win: &mut Window<'_>, k: usize) -> Option<Weekday> {
    let word = win.text_at(k);
    if let Some(w) = full_weekday(word) {
        return Some(w);
    }
    let short = word.strip_suffix('.').unwrap_or(word);
    let number = WEEKDAY_OF
        .get(short)
        .filter(|_| short.len() <= 3)
        .or_else(|| is_word(word, lex::MARTEDI_OR_MARZO).then_some(2))?;
    day_number(win.text_at(k + 1)).map(|_| Weekday::from_monday(number))
}

fn unit(word: &str) -> Option<CalendarUnit> {
    UNIT_OF.get(word)
}

/// A unit other than the day: `anno`, `settimana`.
fn long_unit(word: &str) -> Option<CalendarUnit> {
    unit(word).filter(|u| *u != CalendarUnit::Day)
}

fn step(word: &str) -> Option<Step> {
    lookup(lex::STEPS, word).map(Step::from_sign)
}

fn digits(word: &str) -> Option<u32> {
    (!word.is_empty() && word.len() <= 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
}

/// A day of the month: `1` to `31`, `1°`, `primo`.
fn day_number(word: &str) -> Option<u8> {
    let n = match word.strip_suffix(['°', 'º']) {
        Some("1") => 1,
        Some(_) => return None,
        None => match lookup(lex::DAY_WORDS, word) {
            Some(d) => d,
            None => u8::try_from(digits(word).filter(|_| word.len() <= 2)?).ok()?,
        },
    };
    (1..=31).contains(&n).then_some(n)
}

/// A year of four digits, 1000 to 2199.
fn year_number(word: &str) -> Option<i32> {
    digits(word)
        .filter(|_| word.len() == 4)
        .map(|y| y as i32)
        .filter(|y| (1000..=2199).contains(y))
}

/// Two-digit years: 2000-2069 below 70, 1970-1999 from 70 up.
fn two_digit_year(y: u32) -> i32 {
    if y < 70 {
        2000 + y as i32
    } else {
        1900 + y as i32
    }
}

/// A count at token `k`: digits, a number word, `un`/`una`/`uno`.
fn count_at(win: &mut Window<'_>, k: usize) -> Option<i64> {
    crate::numbers::count(win.text_at(k)).filter(|n| *n < 10_000)
}

/// The text of the token before place `p`.
fn before<'a>(win: &mut Window<'a>, p: Place) -> &'a str {
    if p.at == 0 {
        win.previous_text()
    } else {
        win.text_at(p.at - 1)
    }
}

/// The words of `row` at token `k` on, ASCII case ignored.
fn words_at(win: &mut Window<'_>, k: usize, row: &[&str]) -> bool {
    row.iter()
        .enumerate()
        .all(|(i, w)| win.text_at(k + i).eq_ignore_ascii_case(w))
}

// The rules that join two expressions.

/// `dal 3 al 5 marzo`, `da lunedì prossimo a venerdì`.
fn range(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let first = end_at(win, p.next(1))?;
    let link = p.next(1) + first.len;
    if !is_word(win.text_at(link), lex::RANGE_TO) {
        return None;
    }
    let second = end_at(win, link + 1)?;
    combine::join(first, second, link + 1 + second.len - p.at)
}

/// `dal 2000`, `dal 1/1/2025`: an open end, from a full date or a year.
fn since(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let first = end_at(win, p.next(1))?;
    combine::since(first, 1 + first.len)
}

/// `tra il 13 e il 15 luglio`, `fra il 2020 e il 2022`.
fn between(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let article =
        |win: &mut Window<'_>, k| usize::from(is_word(win.text_at(k), lex::BETWEEN_ARTICLES));
    let at = p.next(1) + article(win, p.next(1));
    let first = end_at(win, at)?;
    let link = at + first.len;
    if !is_word(win.text_at(link), lex::BETWEEN_LINKS) {
        return None;
    }
    let at = link + 1 + article(win, link + 1);
    let second = end_at(win, at)?;
    combine::join(first, second, at + second.len - p.at)
}

/// `fino al 31 dicembre 2025`, `fino a domani`.
fn until(win: &mut Window<'_>, p: Place) -> Option<Read> {
    if !is_word(win.text_at(p.next(1)), lex::UNTIL_LINKS) {
        return None;
    }
    let last = end_at(win, p.next(2))?;
    combine::until(last, 2 + last.len)
}

/// An expression that may stand at an end of a range, at token `at`.
fn end_at(win: &mut Window<'_>, at: usize) -> Option<Read> {
    let place = Place { at, end: true };
    let starting = rules_starting_with(win.text_at(at));
    RULES
        .iter()
        .enumerate()
        .filter(|(i, rule)| rule.end && starting & (1 << i) != 0)
        .find_map(|(_, rule)| (rule.read)(win, place))
}

/// `2022-2023`: two years joined by a dash.
fn year_dash_year(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let a = year_number(win.text_at(p.at))?;
    let b = year_number(win.text_at(p.next(2)))?;
    let joined = crate::text::is_dash(win.text_at(p.next(1)))
        && win.gap_after(p.at).is_empty()
        && win.gap_after(p.next(1)).is_empty();
    if !joined || b <= a {
        return None;
    }
    let year = |y| {
        Expr::Calendar(Calendar {
            year: Some(y),
            ..Calendar::default()
        })
    };
    Some(Read {
        len: 3,
        reading: Reading::Range(year(a), year(b)),
    })
}

// The rules of one expression.

/// `fra due settimane`, `tra un mese`.
fn in_future(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let count = count_at(win, p.next(1))?;
    let unit = unit(win.text_at(p.next(2)))?;
    Read::atom(3, Expr::Shift { count, unit })
}

/// `l'altro ieri` (the span leaves the article out), `ieri l'altro`.
fn two_days_ago(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let row = lex::TWO_DAYS_AGO
        .iter()
        .find(|row| words_at(win, p.at, row))?;
    Read::atom(row.len(), Expr::DayOffset(-2))
}

/// `oggi`, `domani`, `ieri sera`.
fn relative_day(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let word = win.text_at(p.at);
    let offset = lookup(lex::RELATIVE_DAYS, word)?;
    let with_part =
        is_word(word, lex::DAYS_WITH_PARTS) && is_word(win.text_at(p.next(1)), lex::DAY_PARTS);
    Read::atom(1 + usize::from(with_part), Expr::DayOffset(offset))
}

/// `tre giorni fa`, `un anno fa`.
fn ago(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let unit = unit(win.text_at(p.next(1)))?;
    if !is_word(win.text_at(p.next(2)), lex::AGO) {
        return None;
    }
    let count = count_at(win, p.at)?;
    Read::atom(
        3,
        Expr::Shift {
            count: -count,
            unit,
        },
    )
}

/// `quest'anno`, `questo mese`, `questa settimana`.
fn this_unit(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let unit = long_unit(win.text_at(p.next(1)))?;
    Read::atom(2, Expr::This(unit))
}

/// Two words at place `p` read by `first` and `second`.
fn pair<A, B>(
    win: &mut Window<'_>,
    p: Place,
    first: fn(&str) -> Option<A>,
    second: fn(&str) -> Option<B>,
) -> Option<(A, B)> {
    let a = first(win.text_at(p.at))?;
    Some((a, second(win.text_at(p.next(1)))?))
}

/// `l'anno prossimo`, `il prossimo anno`, `la settimana scorsa`.
fn unit_step(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let (unit, step) = pair(win, p, long_unit, step)
        .or_else(|| pair(win, p, step, long_unit).map(|(s, u)| (u, s)))?;
    Read::atom(2, Expr::UnitStep { unit, step })
}

/// `martedì prossimo`, `sabato scorso`, `il prossimo venerdì`.
fn weekday_step(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let (weekday, step) = pair(win, p, full_weekday, step)
        .or_else(|| pair(win, p, step, full_weekday).map(|(s, w)| (w, s)))?;
    Read::atom(2, Expr::WeekdayStep { weekday, step })
}

/// `lo scorso 3 marzo`.
fn step_then_day_month(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let step = step(win.text_at(p.at))?;
    let (len, c) = calendar_parts(
        win,
        Place {
            at: p.next(1),
            end: false,
        },
    )?;
    let c = c?;
    let (Some(day), Some(month), None) = (c.day, c.month, c.year) else {
        return None;
    };
    if !c.can_exist() {
        return invalid(1 + len);
    }
    Read::atom(1 + len, Expr::DayMonthStep { day, month, step })
}

/// `anni '90`, `anni 1990`, `anni Novanta`.
fn decade(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let next = win.text_at(p.next(1));
    let decade = if let Some(d) = next.strip_prefix(['\'', '’']).filter(|d| d.len() == 2) {
        Decade::Elided(u8::try_from(digits(d)?).ok()?)
    } else if let Some(y) = year_number(next).filter(|y| y % 10 == 0) {
        Decade::Year(y)
    } else {
        Decade::Year(1900 + lookup(lex::DECADES, next)?)
    };
    Read::atom(2, Expr::Decade(decade))
}

/// `il Novecento`, `l'Ottocento`: capitalized, since `novecento` is 900.
fn century(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let word = win.text_at(p.at);
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    Read::atom(1, Expr::Century(lookup(lex::CENTURIES, word)?))
}

/// `il primo trimestre`, `terzo trimestre 2024`.
fn quarter(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let quarter = lookup(lex::QUARTER_ORDINALS, win.text_at(p.at))?;
    if !is_word(win.text_at(p.next(1)), lex::QUARTER_WORDS) {
        return None;
    }
    let year = year_number(win.text_at(p.next(2)));
    Read::atom(
        2 + usize::from(year.is_some()),
        Expr::Quarter { quarter, year },
    )
}

/// `Ferragosto`, `Ferragosto 2023`.
fn holiday(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let &(words, month, day) = lex::FIXED_HOLIDAYS
        .iter()
        .find(|(words, _, _)| words_at(win, p.at, words))?;
    let year = year_number(win.text_at(p.next(words.len())));
    let month = Month::new(month)?;
    let len = words.len() + usize::from(year.is_some());
    Read::atom(len, Expr::Holiday { month, day, year })
}

/// A calendar date: `19/06/2024`, `martedì 18 giugno`, `giugno 2024`,
/// `giovedì`, `nel 2022`.
fn calendar(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let (len, c) = calendar_parts(win, p)?;
    let Some(c) = c.filter(Calendar::can_exist) else {
        return invalid(len);
    };
    if !p.end {
        let previous = lower(before(win, p));
        let previous = previous.as_str();
        // A day alone is a date only as an end of a range.
        if c.is_day_only() && c.year.is_none() {
            return None;
        }
        // Not a generic weekday (`un giovedì`, `ogni lunedì`).
        if c.is_weekday_only() && is_word(previous, lex::NOT_BEFORE_WEEKDAY) {
            return None;
        }
        if c.day.is_some() && c.year.is_none() && is_word(previous, lex::NOT_BEFORE_DAY_MONTH) {
            return None;
        }
    }
    Read::atom(len, Expr::Calendar(c))
}

fn invalid(len: usize) -> Option<Read> {
    Some(Read {
        len,
        reading: Reading::Invalid,
    })
}

/// The parts of a calendar date at place `p`, and the tokens they span;
/// `None` for parts of a date that does not exist (`30/02/2023`, `13/13/13`).
fn calendar_parts(win: &mut Window<'_>, p: Place) -> Option<(usize, Option<Calendar>)> {
    let text = win.text_at(p.at);
    if starts_with_digit(text) {
        if let Some(fields) = numeric_fields(text) {
            return day_month_year(fields).map(|c| (1, c));
        }
        if let Some(fields) = dashed_fields(win, p.at) {
            return day_month_year(fields?).map(|c| (5, c));
        }
    }
    textual_date(win, p)
}

/// `19/06/2024`, `3.4.1962`, `19/6/24`: day, month and year, each of
/// digits.
fn numeric_fields(text: &str) -> Option<[&str; 3]> {
    ['/', '.'].into_iter().find_map(|sep| {
        let mut fields = text.split(sep);
        let found = [fields.next()?, fields.next()?, fields.next()?];
        (fields.next().is_none() && found.iter().all(|f| digits(f).is_some())).then_some(found)
    })
}

/// `19-06-2024`, `2024-06-19`: digits joined by dashes, day first or
/// year first, and no more: `Some(None)` for a longer chain (`88-8-04-1267`,
/// `02-12-03-2024` are codes) or fields of other sizes.
fn dashed_fields<'a>(win: &mut Window<'a>, at: usize) -> Option<Option<[&'a str; 3]>> {
    let glued = |win: &mut Window<'_>, k: usize| win.gap_after(k).is_empty();
    if win.text_at(at + 1) != "-"
        || win.text_at(at + 3) != "-"
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
    Some(fields.iter().all(|f| digits(f).is_some()).then_some(fields))
}

/// Day, month and year fields of digits: `None` when their sizes are not
/// a date's, `Some(None)` when the date does not exist.
fn day_month_year([day, month, year]: [&str; 3]) -> Option<Option<Calendar>> {
    if day.len() > 2 || month.len() > 2 {
        return None;
    }
    let year = match year.len() {
        4 => digits(year)? as i32,
        2 => two_digit_year(digits(year)?),
        _ => return None,
    };
    let (Some(day), Some(month)) = (digits(day), digits(month)) else {
        return None;
    };
    let month = u8::try_from(month).ok().and_then(Month::new);
    Some(month.map(|month| Calendar {
        day: u8::try_from(day).ok(),
        month: Some(month),
        year: Some(year),
        weekday: None,
    }))
}

/// `martedì 18 giugno 2024`, `18 giugno`, `giugno 2024`, `giovedì`; and,
/// after a cue (`nel 2022`, `dal '98`) or as an end of a range, a year
/// alone.
fn textual_date(win: &mut Window<'_>, p: Place) -> Option<(usize, Option<Calendar>)> {
    let mut c = Calendar::default();
    let mut k = p.at;
    if let Some(w) = weekday_at(win, k) {
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
        c.year = year_number(win.text_at(k + 1));
        return Some((k + 1 + usize::from(c.year.is_some()) - p.at, Some(c)));
    }
    if p.end || is_word(before(win, p), lex::YEAR_CUES) {
        c.year = Some(cued_year(win.text_at(k))?);
        return Some((1, Some(c)));
    }
    None
}

/// The month and year after the day at token `k` (`18 giugno 2024`, `18
/// mar`); without a month, the day alone after a weekday or as an end of a
/// range.
fn day_then_month(
    win: &mut Window<'_>,
    p: Place,
    k: usize,
    mut c: Calendar,
) -> Option<(usize, Option<Calendar>)> {
    let next = win.text_at(k + 1);
    c.month = month(next).or_else(|| {
        is_word(next, lex::MARTEDI_OR_MARZO)
            .then(|| Month::new(3))
            .flatten()
    });
    if c.month.is_some() {
        c.year = year_number(win.text_at(k + 2));
        return Some((k + 2 + usize::from(c.year.is_some()) - p.at, Some(c)));
    }
    let cued = p.end || is_word(before(win, p), lex::YEAR_CUES);
    (c.weekday.is_some() || cued).then_some((k + 1 - p.at, Some(c)))
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
