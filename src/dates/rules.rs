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
//! table at compile time ([`FILTER`]). A rule may also declare what its
//! second token may be (`next`: `dal` before a word that may begin a date)
//! and what the token before it may be (`after`: an hour in words after
//! its cue), and some are read only at an end of a range (`only_end`: a
//! number alone). The [rule index](crate::rule_index) is built from these
//! declarations, so that the rules tried at a token are those its
//! neighbours allow; a word a rule reads past its declared second token
//! would be a fault, which the tests comparing the gated dispatch with the
//! ungated one catch.

use once_cell::sync::Lazy;

use super::expr::{Calendar, Decade, Expr, Month, Read, Reading, Step};
use super::Weekday;
use super::{calendar, clock, combine, named, positions};
use crate::lexicon::dates::{self as lex, CalendarUnit};
use crate::lexicon::{contains_ignore_ascii_case, keys, WordMap};
use crate::start::{Start, StartFilter};
use crate::text::{is_dash, starts_with_digit};
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

    pub(super) fn next(self, k: usize) -> usize {
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
    /// What its second token may be, when that is a short list: checked
    /// before the reader runs, so that the rules a digit may begin are not
    /// all tried on every number of the text. Empty: anything.
    pub(crate) next: &'static [Start],
    /// What the token before it must be, when that is a short list (an
    /// hour in words is a time after its cue, `all'una`): checked before
    /// the reader runs. Empty: anything.
    pub(crate) after: &'static [Start],
    /// Read only as an end of a range (a number alone: `dal 3 al 5
    /// marzo`), never at the reader's cursor.
    pub(crate) only_end: bool,
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
        next: &[],
        after: &[],
        only_end: false,
        read,
    }
}

/// A rule read only as an end of a range.
const fn at_ends_only(rule: Rule) -> Rule {
    Rule {
        only_end: true,
        ..rule
    }
}

/// A rule read only after one of `after`.
const fn after(rule: Rule, after: &'static [Start]) -> Rule {
    Rule { after, ..rule }
}

/// A rule whose second token is one of `next`.
const fn then(rule: Rule, next: &'static [Start]) -> Rule {
    Rule { next, ..rule }
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
const ONE_WORD_PARTS: [&str; lex::ONE_WORD_DAY_PARTS.len()] = keys(lex::ONE_WORD_DAY_PARTS);
const CENTURY_NAMES: [&str; lex::CENTURIES.len()] = keys(lex::CENTURIES);
const QUARTER_NAMES: [&str; lex::QUARTER_ORDINALS.len()] = keys(lex::QUARTER_ORDINALS);
const DAY_WORDS: [&str; lex::DAY_WORDS.len()] = keys(lex::DAY_WORDS);
const TWO_DAYS_AGO_STARTS: [&str; lex::TWO_DAYS_AGO.len()] = firsts(lex::TWO_DAYS_AGO);
const TWO_DAYS_AGO_SECONDS: [&str; lex::TWO_DAYS_AGO.len()] = seconds(lex::TWO_DAYS_AGO);
const HOLIDAY_ROWS: [&[&str]; lex::HOLIDAYS.len()] = {
    let mut out: [&[&str]; lex::HOLIDAYS.len()] = [&[]; lex::HOLIDAYS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = lex::HOLIDAYS[i].words;
        i += 1;
    }
    out
};
const HOLIDAY_STARTS: [&str; lex::HOLIDAYS.len()] = firsts(&HOLIDAY_ROWS);
const ONE_WORD_HOLIDAYS: [&str; count_rows(&HOLIDAY_ROWS, false)] = firsts_of(&HOLIDAY_ROWS, false);
const SEVERAL_WORD_HOLIDAYS: [&str; count_rows(&HOLIDAY_ROWS, true)] =
    firsts_of(&HOLIDAY_ROWS, true);
const HOLIDAY_SECONDS: [&str; count_rows(&HOLIDAY_ROWS, true)] = seconds(&HOLIDAY_ROWS);
const SEASON_WORDS: [&str; lex::SEASONS.len()] = keys(lex::SEASONS);
const WEEKEND_STARTS: [&str; lex::WEEKEND.len()] = firsts(lex::WEEKEND);
const ONE_WORD_WEEKENDS: [&str; count_rows(lex::WEEKEND, false)] = firsts_of(lex::WEEKEND, false);
const SEVERAL_WORD_WEEKENDS: [&str; count_rows(lex::WEEKEND, true)] = firsts_of(lex::WEEKEND, true);
const WEEKEND_SECONDS: [&str; count_rows(lex::WEEKEND, true)] = seconds(lex::WEEKEND);
const ROLLING_WORDS: [&str; lex::ROLLING.len()] = keys(lex::ROLLING);
const NTH_WORDS: [&str; lex::NTH.len()] = keys(lex::NTH);
const PART_WORDS: [&str; lex::PARTS.len()] = keys(lex::PARTS);
const CENTURY_ORDINAL_WORDS: [&str; lex::CENTURY_ORDINALS.len()] = keys(lex::CENTURY_ORDINALS);

const fn firsts<const N: usize>(rows: &[&[&'static str]]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = rows[i][0];
        i += 1;
    }
    out
}

// A name of several words (`fine settimana`, `Tutti i Santi`) begins a
// date only before its second word, and its first word is often a common
// one (`fine`, `tutti`, `giorno`): its rule declares the second word, and
// the names of one word have a rule of their own.

/// How many rows have several words (`several`) or one.
const fn count_rows(rows: &[&[&str]], several: bool) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < rows.len() {
        if (rows[i].len() > 1) == several {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The first words of the rows of several words (`several`) or of one.
const fn firsts_of<const N: usize>(rows: &[&[&'static str]], several: bool) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut i, mut n) = (0, 0);
    while i < rows.len() {
        if (rows[i].len() > 1) == several {
            out[n] = rows[i][0];
            n += 1;
        }
        i += 1;
    }
    out
}

/// The second words of the rows of several words.
const fn seconds<const N: usize>(rows: &[&[&'static str]]) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut i, mut n) = (0, 0);
    while i < rows.len() {
        if rows[i].len() > 1 {
            out[n] = rows[i][1];
            n += 1;
        }
        i += 1;
    }
    out
}

// What rules begin with.
const FROM: &[Start] = &[Start::Words(lex::RANGE_FROM)];
const IN_OR_BETWEEN: &[Start] = &[Start::Words(lex::IN_OR_BETWEEN)];
const UNTIL: &[Start] = &[Start::Words(lex::UNTIL)];
const COUNT: &[Start] = &[
    Start::Digits,
    Start::NumberWords,
    Start::Words(crate::lexicon::numbers::INDEFINITE_ARTICLES),
];
const STEP: &[Start] = &[Start::Words(&STEP_WORDS)];
const WEEKDAY: &[Start] = &[Start::Words(&WEEKDAY_WORDS)];
const STEP_OR_LAST: &[Start] = &[Start::Words(&STEP_WORDS), Start::Words(lex::LAST_WORDS)];
const STEP_OR_THIS_STARTS: &[Start] = &[Start::Words(&STEP_WORDS), Start::Words(lex::THIS)];
const SEASON: &[Start] = &[Start::Words(&SEASON_WORDS)];
const WEEKEND_WORDS: &[Start] = &[Start::Words(&WEEKEND_STARTS)];
const HOLIDAY: &[Start] = &[Start::Words(&HOLIDAY_STARTS)];
const BEFORE_LINK: &[Start] = &[Start::Words(lex::BEFORE_LINKS)];
const ROMAN_CENTURY: &[Start] = &[Start::Roman, Start::Words(&CENTURY_ORDINAL_WORDS)];
const CENTURY_WORD: &[Start] = &[Start::Words(lex::CENTURY_WORDS)];
const UNIT_OR_MONTH: &[Start] = &[Start::Words(&UNIT_WORDS), Start::Words(&MONTH_WORDS)];
const OF_THE_WEEK: &[Start] = &[Start::Words(lex::OF), Start::Words(lex::OF_THE)];
/// A day of the month: `15`, `primo`, `ventinove`.
const DAY: &[Start] = &[Start::Digits, Start::Words(&DAY_WORDS), Start::NumberWords];
const DECADE: &[Start] = &[
    Start::Elided,
    Start::Digits,
    Start::NumberWords,
    Start::Words(&DECADE_NAMES),
];
const QUARTER: &[Start] = &[
    Start::Words(lex::QUARTER_WORDS),
    Start::Words(lex::HALF_WORDS),
];
const PART_OF: &[Start] = &[
    Start::Words(&MONTH_WORDS),
    Start::Words(lex::OF),
    Start::Words(&PERIOD_UNIT_WORDS),
    Start::Digits,
];
const DECADE_NAMES: [&str; lex::DECADES.len()] = keys(lex::DECADES);
const PERIOD_UNIT_WORDS: [&str; lex::PERIOD_UNITS.len()] = keys(lex::PERIOD_UNITS);
const NTH_STARTS: &[Start] = &[Start::Words(&NTH_WORDS), Start::Digits];
// What rules go on with.
const DATE: &[Start] = &[Start::Date];
/// After a day in figures: its month, or what leads to it.
const DAY_NEXT: &[Start] = &[
    Start::Words(&MONTH_WORDS),
    Start::Words(lex::MARTEDI_OR_MARZO),
    Start::Words(&["di"]),
    Start::Words(lex::LIST_LINKS),
    Start::Symbols(&[".", "/"]),
    Start::Symbols(crate::text::DASHES),
];
const DASH: &[Start] = &[Start::Symbols(crate::text::DASHES)];
const ARTICLE_OR_DATE: &[Start] = &[Start::Words(lex::BETWEEN_ARTICLES), Start::Date];
const BY_ARTICLE_OR_DATE: &[Start] = &[Start::Words(lex::BY_ARTICLES), Start::Date];
const AFTER_LINK_OR_DATE: &[Start] = &[Start::Words(lex::AFTER_LINKS), Start::Date];
const UNIT: &[Start] = &[Start::Words(&UNIT_WORDS)];
const UNIT_OR_ROLLING: &[Start] = &[Start::Words(&UNIT_WORDS), Start::Words(&ROLLING_WORDS)];
const WEEKDAY_OR_DAY: &[Start] = &[Start::Words(&WEEKDAY_WORDS), Start::Words(lex::DAY_ITEM)];
const OF_OR_THIS: &[Start] = &[Start::Words(lex::OF), Start::Words(lex::THIS)];
const DASH_OR_MONTH: &[Start] = &[
    Start::Symbols(crate::text::DASHES),
    Start::Words(&MONTH_WORDS),
    Start::Words(lex::MARTEDI_OR_MARZO),
];
const BY: &[Start] = &[Start::Words(lex::BY)];
const BEFORE: &[Start] = &[Start::Words(lex::BEFORE)];
const AFTER: &[Start] = &[Start::Words(lex::AFTER)];
const CALENDAR: &[Start] = &[
    Start::DigitsWith(b'/'),
    Start::DigitsWith(b'.'),
    Start::DigitsWith(b'-'),
    Start::Elided,
    Start::Words(&MONTH_WORDS),
    Start::Words(&WEEKDAY_WORDS),
    Start::Words(lex::MARTEDI_OR_MARZO),
    Start::Words(&DAY_WORDS),
];

const CLOCK_WORD_STARTS: [&str; lex::CLOCK_WORDS.len()] = keys(lex::CLOCK_WORDS);
const DAY_PART_NAMES: [&str; lex::DAY_PART_WORDS.len()] = keys(lex::DAY_PART_WORDS);
/// A time of day by itself: `17:30`, `mezzogiorno`.
const CLOCK: &[Start] = &[Start::DigitsWith(b':'), Start::Words(&CLOCK_WORD_STARTS)];
/// An hour, in figures or words, is a time after its cue (`alle 9`,
/// `all'una`), or before what goes on with it (`tre e un quarto del
/// pomeriggio`, `9 di sera`).
const HOURS: &[Start] = &[Start::Digits, Start::Words(lex::HOUR_WORDS)];
const CLOCK_CUES: &[Start] = &[Start::Words(lex::CLOCK_CUES)];
const CLOCK_GOES_ON: &[Start] = &[
    Start::Words(lex::CLOCK_PLUS),
    Start::Words(lex::CLOCK_MINUS),
    Start::Words(lex::DAY_PART_LINKS),
];
/// The second token of an amount of hours, minutes or seconds: its unit
/// (`un'ora`, `10 minuti`), or `quarto` (`un quarto d'ora`).
const CLOCK_UNIT: &[Start] = &[
    Start::Words(crate::lexicon::durations::CLOCK_UNITS),
    Start::Words(crate::lexicon::durations::QUARTER_WORDS),
];
/// What a time of day may begin with after its cue (`dalle 9`, `dall'una`,
/// `dalle ore 9`, `dalla mezzanotte`): an hour in figures or words, a named
/// hour, `ore`.
const CLOCK_NEXT: &[Start] = &[
    Start::Digits,
    Start::NumberWords,
    Start::Words(crate::lexicon::numbers::INDEFINITE_ARTICLES),
    Start::Words(&CLOCK_WORD_STARTS),
    Start::Words(lex::CLOCK_CUE_HOURS),
];
const OPEN_TIME_LINKS: &[Start] = &[
    Start::Words(lex::CLOCK_OPEN_LINKS),
    Start::Words(&CLOCK_WORD_STARTS),
    Start::Words(lex::CLOCK_NAMED_LINKS),
];
const CLOCK_AMOUNT: &[Start] = &[
    Start::Digits,
    Start::NumberWords,
    Start::Words(crate::lexicon::durations::ONE),
    Start::Words(crate::lexicon::durations::HALF_BEFORE),
];

/// The rules, in the order they are tried.
#[rustfmt::skip]
pub(crate) static RULES: &[Rule; RULE_COUNT] = &[
    joining(then(rule("dalle <time> alle <time>", &[Start::Words(lex::CLOCK_FROM)], clock::from_time), CLOCK_NEXT)),
    joining(then(rule("tra le <time> e le <time>", IN_OR_BETWEEN, clock::between_times), &[Start::Words(lex::CLOCK_BETWEEN_ARTICLES)])),
    joining(then(rule("tra <minutes>", IN_OR_BETWEEN, clock::in_minutes), CLOCK_AMOUNT)),
    joining(then(rule("entro le <time>", &[Start::Words(lex::BY), Start::Words(lex::UNTIL), Start::Words(lex::BEFORE), Start::Words(lex::AFTER)], clock::open_time), OPEN_TIME_LINKS)),
    joining(then(rule("<minutes> fa", CLOCK_AMOUNT, clock::minutes_ago), CLOCK_UNIT)),
    joining(rule("adesso", &[Start::Words(lex::NOW)], clock::now)),
    joining(then(rule("in questo momento", &[Start::Words(lex::THIS)], clock::now), &[Start::Words(lex::MOMENT)])),
    joining(then(rule("questa sera", &[Start::Words(lex::THIS)], clock::this_part), &[Start::Words(&DAY_PART_NAMES)])),
    joining(rule("alle <time>", CLOCK, clock::lone_time)),
    joining(after(rule("alle <time>", HOURS, clock::lone_time), CLOCK_CUES)),
    joining(then(rule("alle <time>", HOURS, clock::lone_time), CLOCK_GOES_ON)),
    joining(rule("in serata", &[Start::Words(&DAY_PART_NAMES)], clock::in_part)),
    joining(then(rule("dal <date> [al <date>]", FROM, range), DATE)),
    joining(then(rule("tra il <date> e il <date>", IN_OR_BETWEEN, between), ARTICLE_OR_DATE)),
    then(rule("fra <count> <unit>", IN_OR_BETWEEN, in_future), COUNT),
    joining(then(rule("fino al <date>", UNTIL, until), &[Start::Words(lex::UNTIL_LINKS)])),
    joining(then(rule("entro <date>", BY, by), BY_ARTICLE_OR_DATE)),
    joining(then(rule("prima del <date>", BEFORE, before_date), BEFORE_LINK)),
    joining(then(rule("dopo il <date>", AFTER, after_date), AFTER_LINK_OR_DATE)),
    then(rule("altro ieri", &[Start::Words(&TWO_DAYS_AGO_STARTS)], two_days_ago), &[Start::Words(&TWO_DAYS_AGO_SECONDS)]),
    rule("<relative day>", &[Start::Words(&RELATIVE_DAY_WORDS), Start::Words(&ONE_WORD_PARTS)], relative_day),
    then(rule("<count> <unit> fa", COUNT, ago), UNIT),
    then(rule("<count> <unit> scorsi", COUNT, positions::rolling_after), UNIT_OR_ROLLING),
    then(rule("ultimi <count> <unit>", &[Start::Words(&ROLLING_WORDS)], positions::rolling), COUNT),
    rule("<season>", &[Start::Words(&SEASON_WORDS)], named::season),
    then(rule("quest'<season>", STEP_OR_THIS_STARTS, named::season), SEASON),
    rule("<weekend>", &[Start::Words(&ONE_WORD_WEEKENDS)], named::weekend),
    then(rule("<weekend>", &[Start::Words(&SEVERAL_WORD_WEEKENDS)], named::weekend), &[Start::Words(&WEEKEND_SECONDS)]),
    then(rule("questo <weekend>", STEP_OR_THIS_STARTS, named::weekend), WEEKEND_WORDS),
    then(rule("quest'<unit>", &[Start::Words(lex::THIS)], this_unit), UNIT_OR_MONTH),
    then(rule("<nth> <weekday> di <month>", NTH_STARTS, positions::nth), WEEKDAY_OR_DAY),
    then(rule("il <day> del mese prossimo", &[Start::Digits], positions::nth), OF_OR_THIS),
    then(rule("<weekday> di questa settimana", WEEKDAY, positions::weekday_of_week), OF_THE_WEEK),
    then(rule("<unit> prossimo", UNIT, unit_step), STEP),
    then(rule("prossimo <unit>", STEP, unit_step), UNIT),
    marked(then(rule("<weekday> prossimo", WEEKDAY, weekday_step), STEP)),
    then(rule("prossimo <weekday>", STEP_OR_LAST, weekday_step), WEEKDAY),
    then(rule("lo scorso <day> <month>", STEP, step_then_day_month), DAY),
    then(rule("anni <decade>", &[Start::Words(lex::DECADE_WORDS)], decade), DECADE),
    rule("<century>", &[Start::Words(&CENTURY_NAMES)], century),
    then(rule("<roman> secolo", ROMAN_CENTURY, positions::century), CENTURY_WORD),
    then(rule("secolo <roman>", CENTURY_WORD, positions::century), &[Start::Roman]),
    then(rule("<ordinal> trimestre", &[Start::Words(&QUARTER_NAMES)], positions::quarter), QUARTER),
    then(rule("fine <month>", &[Start::Words(&PART_WORDS)], positions::part), PART_OF),
    joining(rule("<year>-<year>", &[Start::DigitsWith(b'/')], year_dash_year)),
    joining(then(rule("<year>-<year>", &[Start::Digits], year_dash_year), DASH)),
    joining(then(rule("<date> - <date>", &[Start::Digits], day_dash_day), DASH_OR_MONTH)),
    rule("<holiday>", &[Start::Words(&ONE_WORD_HOLIDAYS)], named::holiday),
    then(rule("<holiday>", &[Start::Words(&SEVERAL_WORD_HOLIDAYS)], named::holiday), &[Start::Words(&HOLIDAY_SECONDS)]),
    then(rule("lo scorso <holiday>", STEP_OR_THIS_STARTS, named::holiday), HOLIDAY),
    marked(rule("<date>", CALENDAR, calendar::calendar)),
    // A number in words begins a date where a number in figures does: a
    // day before its month (`primo maggio`, `ventitré di giugno`) or a
    // list, a year after a cue (`nel duemilaventi`), and, alone, an end
    // of a range (`dal tre al cinque`). Most number words of a text
    // (`due volte`, `secondo me`) try no date.
    then(rule("<date>", &[Start::NumberWords], calendar::calendar), DAY_NEXT),
    after(rule("<date>", &[Start::NumberWords], calendar::calendar), &[Start::Words(lex::YEAR_CUES)]),
    at_ends_only(rule("<date>", &[Start::NumberWords], calendar::calendar)),
    // A number begins a date where a month follows it (`18 giugno`, `15 di
    // ottobre`, `16. nov.`), a dash (`19-06-2024`) or a list (`il 20, 21 e
    // 22 aprile`), or after a cue (`nel 2022`, `il 27`); and, alone, at an
    // end of a range (`dal 3 al 5 marzo`, `dal 2000`).
    then(rule("<date>", &[Start::Digits], calendar::calendar_at_number), DAY_NEXT),
    after(rule("<date>", &[Start::Digits], calendar::calendar_after_cue), &[Start::Words(lex::YEAR_CUES)]),
    at_ends_only(rule("<date>", &[Start::Digits], calendar::calendar)),
];

const RULE_COUNT: usize = 57;

/// Which tokens may begin a date: the union of the rules' starts, built
/// at compile time.
pub(crate) static FILTER: StartFilter =
    StartFilter::of(&crate::start::starts_of!(RULES, RULE_COUNT));

/// The rules that may read at token `k`: those its word may begin, less
/// those whose second token ([`Rule::next`]) cannot be the next word; the
/// date rules of the [rule index](crate::rule_index), as bits over
/// [`RULES`].
pub(crate) fn rules_at(win: &mut Window<'_>, k: usize) -> u64 {
    crate::rule_index::rules_at(win, k) as u64
}

/// Entries sorted and merged: a word of several rows maps to all of them.
pub(crate) fn merge_bits<B: Copy + std::ops::BitOrAssign>(
    mut entries: Vec<(&'static str, B)>,
) -> Vec<(&'static str, B)> {
    entries.sort_by_key(|&(w, _)| w);
    let mut merged: Vec<(&'static str, B)> = Vec::new();
    for (w, bit) in entries {
        match merged.last_mut() {
            Some((last, bits)) if *last == w => *bits |= bit,
            _ => merged.push((w, bit)),
        }
    }
    merged
}

// Word families, looked up ignoring ASCII case.

static MONTH_OF: Lazy<WordMap<u8>> = Lazy::new(|| WordMap::new(lex::MONTHS));
static WEEKDAY_OF: Lazy<WordMap<u8>> = Lazy::new(|| WordMap::new(lex::WEEKDAYS));
static UNIT_OF: Lazy<WordMap<CalendarUnit>> = Lazy::new(|| WordMap::new(lex::UNITS));

pub(crate) fn is_word(word: &str, table: &[&str]) -> bool {
    contains_ignore_ascii_case(table, word)
}

/// The value of a word in a small table of pairs, ASCII case ignored.
pub(super) fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(w, _)| w.len() == word.len() && w.eq_ignore_ascii_case(word))
        .map(|&(_, v)| v)
}

/// A month by name or abbreviation, `dic.` too.
pub(super) fn month(word: &str) -> Option<Month> {
    MONTH_OF
        .get(word.strip_suffix('.').unwrap_or(word))
        .and_then(Month::new)
}

/// A month written in full: `marzo`, not `mar` or `dic.`.
pub(super) fn full_month(word: &str) -> Option<Month> {
    month(word).filter(|_| word.len() > 4 && !word.ends_with('.'))
}

/// A weekday written in full (`lunedì`, `lunedi`, `lunedi'`).
pub(crate) fn full_weekday(word: &str) -> Option<Weekday> {
    let w = word.trim_end_matches(['\'', '’']);
    WEEKDAY_OF
        .get(w)
        .filter(|_| w.len() > 3)
        .map(Weekday::from_monday)
}

/// The weekday at token `k`: written in full, or abbreviated before a day
/// number (`gio 15`, `mer. 3 luglio`, `mar 18`), since `mar` is also the
/// sea and `dom` a title.
pub(super) fn weekday_at(win: &mut Window<'_>, k: usize) -> Option<Weekday> {
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

pub(super) fn unit(word: &str) -> Option<CalendarUnit> {
    UNIT_OF.get(word)
}

/// A unit other than the day: `anno`, `settimana`.
pub(super) fn long_unit(word: &str) -> Option<CalendarUnit> {
    unit(word).filter(|u| *u != CalendarUnit::Day)
}

pub(super) fn step(word: &str) -> Option<Step> {
    lookup(lex::STEPS, word).map(Step::from_sign)
}

pub(super) fn digits(word: &str) -> Option<u32> {
    (!word.is_empty() && word.len() <= 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
}

/// A day of the month: `1` to `31`, `1°`, `primo`.
pub(super) fn day_number(word: &str) -> Option<u8> {
    let n = match word.strip_suffix(['°', 'º']) {
        Some("1") => 1,
        Some(_) => return None,
        None => match lookup(lex::DAY_WORDS, word) {
            Some(d) => d,
            None if starts_with_digit(word) => {
                u8::try_from(digits(word).filter(|_| word.len() <= 2)?).ok()?
            }
            // `il ventinove maggio`, `dal tredici al quindici`; not `un`,
            // nor a name (`Quattordici Gennaio`).
            None if word.starts_with(|c: char| c.is_lowercase())
                && crate::rule_index::is_number_word(word) =>
            {
                u8::try_from(crate::numbers::cardinal_word(word).filter(|n| *n >= 2)?).ok()?
            }
            None => return None,
        },
    };
    (1..=31).contains(&n).then_some(n)
}

/// A year of four digits, 1000 to 2199.
pub(super) fn year_number(word: &str) -> Option<i32> {
    digits(word)
        .filter(|_| word.len() == 4)
        .map(|y| y as i32)
        .filter(|y| (1000..=2199).contains(y))
}

/// Two-digit years, until the resolver places them by the reference
/// ([`Calendar::short_year`]): 2000-2069 below 70, 1970-1999 from 70 up.
pub(super) fn two_digit_year(y: u32) -> i32 {
    if y < 70 {
        2000 + y as i32
    } else {
        1900 + y as i32
    }
}

/// A count at token `k`: digits, a number word, `un`/`una`/`uno`.
pub(super) fn count_at(win: &mut Window<'_>, k: usize) -> Option<i64> {
    crate::numbers::count(win.text_at(k)).filter(|n| *n < 10_000)
}

/// The text of the token before place `p`.
pub(super) fn before<'a>(win: &mut Window<'a>, p: Place) -> &'a str {
    if p.at == 0 {
        win.previous_text()
    } else {
        win.text_at(p.at - 1)
    }
}

/// Characters in the longest word [`two_before`] reads back from the text.
const LONGEST_WORD: usize = 40;

/// The word two tokens before place `p`: before the window's reach it is
/// read back from the text, as the last word before the token behind (none
/// when that run of letters is longer than any word).
pub(crate) fn two_before<'a>(win: &mut Window<'a>, p: Place) -> &'a str {
    match p.at {
        0 => {
            let Some(behind) = win.behind() else {
                return "";
            };
            let text = win.text()[..behind.range().start].trim_end();
            let mut start = text.len();
            for (n, (i, c)) in text.char_indices().rev().enumerate() {
                if !(c.is_alphanumeric() || matches!(c, '\'' | '’')) {
                    break;
                }
                // No word of a lexicon is this long; reading a longer run
                // back whole, at every token of a text without spaces
                // (`l'1l'23l'…`), would make the reader quadratic.
                if n == LONGEST_WORD {
                    return "";
                }
                start = i;
            }
            &text[start..]
        }
        1 => win.previous_text(),
        at => win.text_at(at - 2),
    }
}

/// The words of `row` at token `k` on, ASCII case ignored.
pub(crate) fn words_at(win: &mut Window<'_>, k: usize, row: &[&str]) -> bool {
    row.iter()
        .enumerate()
        .all(|(i, w)| same_word(win.text_at(k + i), w))
}

/// `word` is `entry`, ignoring ASCII case and the shape of a final
/// apostrophe (`dell’` is `dell'`).
fn same_word(word: &str, entry: &str) -> bool {
    match (word.strip_suffix('’'), entry.strip_suffix('\'')) {
        (Some(w), Some(e)) => w.eq_ignore_ascii_case(e),
        _ => word.eq_ignore_ascii_case(entry),
    }
}

// The rules that join two expressions.

/// `dal 3 al 5 marzo`, `da lunedì prossimo a venerdì`; and, with no
/// second end, `dal 2000`, `a partire da lunedì`.
fn range(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let first = end_at(win, p.next(1))?;
    let recurring = is_word(win.text_at(p.at), lex::FROM_EVERY);
    let link = p.next(1) + first.len;
    if is_word(win.text_at(link), lex::RANGE_TO) {
        if let Some(second) = end_at(win, link + 1) {
            let len = link + 1 + second.len - p.at;
            // `dal lunedì al venerdì`: opening hours, every week.
            let weekday =
                matches!(first.reading, Reading::Atom(Expr::Calendar(c)) if c.is_weekday_only());
            if weekday && recurring {
                return Read::invalid(len);
            }
            if let Some(read) = combine::join(first, second, len) {
                return Some(read);
            }
        }
    }
    // `dal 2000`, `da lunedì`: an open end.
    combine::since(first, 1 + first.len, recurring)
}

/// `entro il 15 luglio`, `entro venerdì`, `entro la fine del mese`,
/// `entro fine anno`.
fn by(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let at = p.next(1) + usize::from(is_word(win.text_at(p.next(1)), lex::BY_ARTICLES));
    if let Some((unit, len)) = end_of_unit(win, at) {
        return Some(Read {
            len: at + len - p.at,
            reading: Reading::Until(Expr::This(unit)),
        });
    }
    let last = end_at(win, at)?;
    combine::until(last, at + last.len - p.at)
}

/// `fine mese`, `fine dell'anno`, `la fine del mese` at token `k`: the
/// reference's unit, whose end it is.
fn end_of_unit(win: &mut Window<'_>, k: usize) -> Option<(CalendarUnit, usize)> {
    if !is_word(win.text_at(k), lex::END_WORDS) {
        return None;
    }
    let linked = usize::from(is_word(win.text_at(k + 1), lex::OF));
    let unit = positions::period_unit(win, k + 1 + linked)?;
    // `fine anno prossimo` is another date: the part rule reads it.
    if step(win.text_at(k + 2 + linked)).is_some() {
        return None;
    }
    Some((unit, 2 + linked))
}

/// `prima del 20 aprile`, `prima di lunedì`.
fn before_date(win: &mut Window<'_>, p: Place) -> Option<Read> {
    if !is_word(win.text_at(p.next(1)), lex::BEFORE_LINKS) {
        return None;
    }
    let e = end_at(win, p.next(2))?;
    combine::beside(e, 2 + e.len, false)
}

/// `dopo il 20 aprile`, `dopo Pasqua`.
fn after_date(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let link = usize::from(is_word(win.text_at(p.next(1)), lex::AFTER_LINKS));
    let e = end_at(win, p.next(1 + link))?;
    combine::beside(e, 1 + link + e.len, true)
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
    if let Some((unit, len)) = end_of_unit(win, p.next(2)) {
        return Some(Read {
            len: 2 + len,
            reading: Reading::Until(Expr::This(unit)),
        });
    }
    let last = end_at(win, p.next(2))?;
    combine::until(last, 2 + last.len)
}

/// An expression that may stand at an end of a range, at token `at`.
fn end_at(win: &mut Window<'_>, at: usize) -> Option<Read> {
    let place = Place { at, end: true };
    let starting = rules_at(win, at);
    crate::start::rule_indices(starting)
        .map(|i| &RULES[i])
        .filter(|rule| rule.end)
        .find_map(|rule| (rule.read)(win, place))
}

/// `2022-2023`, `1587-88`: two years joined by a dash, the second maybe
/// by its last two digits; `2012/2013`, `2023/24`: a season or a school
/// year, one token.
fn year_dash_year(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let word = win.text_at(p.at);
    if let Some((a, b)) = word.split_once('/') {
        let a = year_number(a)?;
        let b = second_year(a, b).filter(|b| *b == a + 1)?;
        return year_range(1, a, b);
    }
    let a = year_number(word)?;
    let b = second_year(a, win.text_at(p.next(2)))?;
    let joined = is_dash(win.text_at(p.next(1)))
        && win.gap_after(p.at).is_empty()
        && win.gap_after(p.next(1)).is_empty();
    // `2008-09-15` is a date, not two years.
    let chained = is_dash(win.text_at(p.next(3))) && win.gap_after(p.next(2)).is_empty();
    if !joined || chained || b <= a {
        return None;
    }
    year_range(3, a, b)
}

/// The second year of a pair: whole, or its last two digits in the first
/// one's century, at most ten years on (`88` after `1587`; not `1500-28`).
/// Two digits up to 12 after a year of this century are a month
/// (`2008-12`, as ISO 8601 writes it).
fn second_year(first: i32, word: &str) -> Option<i32> {
    if word.len() == 2 {
        let n = i32::try_from(digits(word)?).ok()?;
        let y = first - first.rem_euclid(100) + n;
        let month_like = first >= 2000 && n <= 12;
        return (y > first && y - first <= 10 && !month_like).then_some(y);
    }
    year_number(word)
}

fn year_range(len: usize, a: i32, b: i32) -> Option<Read> {
    let year = |y| {
        Expr::Calendar(Calendar {
            year: Some(y),
            ..Calendar::default()
        })
    };
    Some(Read {
        len,
        reading: Reading::Range(year(a), year(b)),
    })
}

/// `13-15 luglio`, `3-5 marzo 2025`, `13 luglio - 15 luglio`, `8 ago - 12
/// ago`: two dates joined by a dash, the first maybe a day alone that
/// takes the second's month.
fn day_dash_day(win: &mut Window<'_>, p: Place) -> Option<Read> {
    // The first date takes at most four tokens (`13 luglio 2024 -`): no
    // dash there, no range, and no need to read the date twice.
    if !(1..=4).any(|k| is_dash(win.text_at(p.next(k)))) {
        return None;
    }
    let first = end_at(win, p.at)?;
    let dash = p.at + first.len;
    if !is_dash(win.text_at(dash)) || !starts_with_digit(win.text_at(dash + 1)) {
        return None;
    }
    let second = end_at(win, dash + 1)?;
    let Reading::Atom(Expr::Calendar(c)) = second.reading else {
        return None;
    };
    c.month?;
    combine::join(first, second, dash + 1 + second.len - p.at)
}

// The rules of one expression.

/// `fra due settimane`, `tra un mese`.
fn in_future(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let (months, days, len) = amount(win, p.next(1))?;
    Read::atom(1 + len, Expr::Shift { months, days })
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
    // `stasera`: today and its part of the day; the part after `ieri sera`
    // is read with the times after a day.
    if let Some((offset, part)) = lookup(lex::ONE_WORD_DAY_PARTS, word) {
        return Read::timed(
            1,
            Some(Expr::DayOffset(offset)),
            super::expr::DayTime::Part(part),
        );
    }
    Read::atom(1, Expr::DayOffset(lookup(lex::RELATIVE_DAYS, word)?))
}

/// `tre giorni fa`, `un anno fa`, `1 mese e 21 giorni fa`.
fn ago(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let (months, days, len) = amount(win, p.at)?;
    if !is_word(win.text_at(p.at + len), lex::AGO) {
        return None;
    }
    Read::atom(
        len + 1,
        Expr::Shift {
            months: -months,
            days: -days,
        },
    )
}

/// Counts and units, up to three from the longest unit down, the last
/// joined by `e` (`1 mese e 21 giorni`, `2 anni 1 mese e 21 giorni`; not
/// `due giorni 37 anni`), at token `k`: as months and days, and the tokens
/// taken.
fn amount(win: &mut Window<'_>, k: usize) -> Option<(i64, i64, usize)> {
    let one = |win: &mut Window<'_>, k: usize| {
        let unit = unit(win.text_at(k + 1))?;
        Some((unit, count_at(win, k)?))
    };
    let (mut last, count) = one(win, k)?;
    let (mut months, mut days) = last.months_and_days(count);
    let mut len = 2;
    for _ in 0..2 {
        let link = usize::from(is_word(win.text_at(k + len), lex::BETWEEN_LINKS));
        let Some((unit, count)) = one(win, k + len + link).filter(|(u, _)| *u < last) else {
            break;
        };
        let (m, d) = unit.months_and_days(count);
        months += m;
        days += d;
        last = unit;
        len += link + 2;
        if link == 1 {
            break;
        }
    }
    Some((months, days, len))
}

/// `quest'anno`, `questo mese`, `questa settimana`.
fn this_unit(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let next = win.text_at(p.next(1));
    if let Some(m) = full_month(next) {
        return Read::atom(2, Expr::MonthThisYear(m));
    }
    Read::atom(2, Expr::This(long_unit(next)?))
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
    // `la domenica precedente` counts from a day of the narrative.
    if is_word(win.text_at(p.next(1)), lex::NARRATIVE_STEPS)
        || is_word(win.text_at(p.at), lex::NARRATIVE_STEPS)
    {
        return None;
    }
    let (weekday, step) = pair(win, p, full_weekday, step)
        .or_else(|| pair(win, p, step, full_weekday).map(|(s, w)| (w, s)))
        .or_else(|| pair(win, p, last_word, full_weekday).map(|(s, w)| (w, s)))?;
    Read::atom(2, Expr::WeekdayStep { weekday, step })
}

/// `ultima` in `l'ultima domenica`: the last one.
fn last_word(word: &str) -> Option<Step> {
    is_word(word, lex::LAST_WORDS).then_some(Step::Last)
}

/// `lo scorso 3 marzo`.
fn step_then_day_month(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let step = step(win.text_at(p.at))?;
    let (len, c) = calendar::calendar_parts(
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
        return Read::invalid(1 + len);
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
    } else if next.len() == 2 && is_word(before(win, p), lex::BEFORE_BARE_DECADE) {
        // `negli anni 70`; `per anni 30 persone` is no decade.
        Decade::Elided(u8::try_from(digits(next)?).ok().filter(|d| d % 10 == 0)?)
    } else if let Some(y) =
        crate::numbers::cardinal_word(next).filter(|y| (1000..=2190).contains(y) && y % 10 == 0)
    {
        Decade::Year(y as i32)
    } else {
        Decade::Year(1900 + lookup(lex::DECADES, next)?)
    };
    // `gli anni 90 del 1500`: the decade of that century.
    if let (Decade::Elided(d), Some(y)) = (decade, year_after_of(win, p.next(2))) {
        let first = y - y.rem_euclid(100) + i32::from(d);
        return Read::atom(4, Expr::Decade(Decade::Year(first)));
    }
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

/// `del 1500` at token `k`: the year.
fn year_after_of(win: &mut Window<'_>, k: usize) -> Option<i32> {
    if !win.text_at(k).eq_ignore_ascii_case("del") {
        return None;
    }
    year_number(win.text_at(k + 1))
}

#[cfg(test)]
mod look_back_tests {
    use super::*;

    /// [`two_before`] the token `at` of `text`.
    fn two_before_token(text: &str, at: &str) -> String {
        let mut win = Window::new(text);
        while win.text_at(0) != at {
            win.advance(1);
        }
        two_before(&mut win, Place { at: 0, end: false }).to_string()
    }

    #[test]
    fn the_word_two_back_is_read_from_the_text() {
        assert_eq!(two_before_token("nel giorno 3 maggio", "3"), "nel");
        assert_eq!(two_before_token("dell'anno 3", "3"), "dell'");
    }

    #[test]
    fn a_run_longer_than_any_word_is_no_word() {
        let long = format!("{} giorno 3", "a".repeat(LONGEST_WORD + 1));
        assert_eq!(two_before_token(&long, "3"), "");
        let longest = format!("{} giorno 3", "a".repeat(LONGEST_WORD));
        assert_eq!(two_before_token(&longest, "3"), "a".repeat(LONGEST_WORD));
    }
}
