//! Times of day: the clock (`17:30`, `le 8 e un quarto`, `le 9 meno
//! dieci`, `mezzanotte`), parts of the day (`stasera`, `questa mattina`),
//! time ranges (`dalle 9 alle 13`, `tra le 8:30 e le 17`, `11:30-13:30`),
//! open ones (`entro le 14`, `prima delle 11`) and minutes from now (`tra
//! un'ora`, `mezz'ora fa`, `adesso`).
//!
//! The rules here are rows of the date table like any other; what follows
//! a day (`domani alle 9`, `venerdì 5 luglio dalle 9 alle 13`, `ieri
//! sera`) is read by [`times_after`], which takes any expression of one
//! day.
//!
//! Precision comes first: a time needs a cue (`alle`, `ore`, `le`) unless
//! it is written with a colon (`17:30`) or named (`mezzogiorno`); `7.45`
//! alone is a number, `6-3` a score, and a bare hour (`alle 10`) is not a
//! time when a noun follows that it counts (`alle 10 regioni`).

use super::expr::{Clock, DayTime, Expr, Read, Reading};
use super::rules::{before, is_word, lookup, two_before, words_at, Place};
use super::Grain;
use crate::lexicon::dates::{self as lex, DayPart};
use crate::lexicon::durations;
use crate::text::is_dash;
use crate::window::Window;

/// `17:30`, `7:05`, `24:00`; with `dotted`, `7.45` and `22.30` too.
fn written_clock(word: &str, dotted: bool) -> Option<Clock> {
    let (h, rest) = match word.split_once(':') {
        Some(parts) => parts,
        None if dotted => word.split_once('.')?,
        None => return None,
    };
    // `12:34:20`: seconds, with a colon only.
    let (m, s) = match rest.split_once(':') {
        Some((m, s)) if word.contains(':') => (m, Some(s)),
        _ => (rest, None),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let two = |s: &str| s.len() == 2 && digits(s);
    if h.is_empty() || h.len() > 2 || !digits(h) || !two(m) || !s.is_none_or(two) {
        return None;
    }
    let (hour, minute) = (h.parse::<u8>().ok()?, m.parse::<u8>().ok()?);
    let second = s.map_or(Some(0), |s| s.parse::<u8>().ok())?;
    if minute > 59 || second > 59 || hour > 24 || (hour == 24 && minute + second != 0) {
        return None;
    }
    Some(Clock {
        hour,
        minute,
        second,
        grain: if s.is_some() {
            Grain::Second
        } else {
            Grain::Minute
        },
        bare: true,
    })
}

/// An hour as a number: `9`, `09`, `nove`, `una` (`all'una`).
fn hour_number(word: &str) -> Option<u8> {
    let first = *word.as_bytes().first()?;
    if first.is_ascii_digit() {
        if word.len() > 2 || !word.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        return word.parse().ok().filter(|h| *h <= 24);
    }
    // Hours in words are cardinals, and `una` (`all'una`).
    if is_word(word, &["una"]) {
        return Some(1);
    }
    let n = crate::numbers::cardinal_word(word)?;
    u8::try_from(n).ok().filter(|h| (1..=24).contains(h))
}

/// Minutes after `e` or before `meno`: `un quarto`, `mezza`, `dieci`,
/// `10`; and the tokens they take.
fn minutes_at(win: &mut Window<'_>, k: usize) -> Option<(u8, usize)> {
    for (row, value) in lex::CLOCK_MINUTE_WORDS.iter().zip(lex::CLOCK_MINUTE_VALUES) {
        if words_at(win, k, row) {
            return Some((*value, row.len()));
        }
    }
    // A cardinal, not `prima` (`le 11 e prima delle 12`).
    let word = win.text_at(k);
    let n = if word.bytes().all(|b| b.is_ascii_digit()) && word.len() <= 2 {
        word.parse().ok()?
    } else {
        crate::numbers::cardinal_word(word)?
    };
    Some((u8::try_from(n).ok().filter(|m| (1..60).contains(m))?, 1))
}

/// A time of day at token `k`, after a cue (`alle`, `ore`) or not, and
/// the tokens it takes: `17:30`, `8 e un quarto`, `9 meno dieci`, `3 del
/// pomeriggio`, `9 in punto`, `mezzogiorno`. A bare hour's next word is
/// checked only when `strict`: the second end of a range is a time
/// whatever follows it (`dalle 9 alle 13 resterà chiuso`).
fn clock_in(win: &mut Window<'_>, k: usize, cued: bool, strict: bool) -> Option<(Clock, usize)> {
    let word = win.text_at(k);
    let mut len = 1;
    // An hour in figures or words with no cue before it is a time only
    // with a part of the day after it (`tre e un quarto di pomeriggio`).
    let mut needs_part = false;
    let mut clock = if let Some(hour) = lookup(lex::CLOCK_WORDS, word) {
        // `mezzogiorno meno un quarto`.
        let (named, taken) = with_minutes(win, k + 1, Clock::hour(hour, false));
        len += taken;
        named
    } else if let Some(clock) = written_clock(word, cued) {
        clock
    } else {
        needs_part = !cued;
        let (clock, taken) = with_minutes(win, k + 1, Clock::hour(hour_number(word)?, true));
        if taken == 0 && cued && strict && !bare_hour_stands(win.text_at(k + 1)) {
            return None;
        }
        len += taken;
        clock
    };
    if clock.bare && is_word(win.text_at(k + len), lex::DAY_PART_LINKS) {
        if let Some(part) = part_word(win.text_at(k + len + 1)) {
            clock = clock.in_part(part);
            len += 2;
            needs_part = false;
        }
    }
    if needs_part {
        return None;
    }
    if let Some(row) = lex::CLOCK_EXACT
        .iter()
        .find(|row| words_at(win, k + len, row))
    {
        len += row.len();
    }
    Some((clock, len))
}

/// A part of the day after a time: `sera`, `pomeriggio`, and `stasera`
/// in `le 8 di stasera`.
fn part_word(word: &str) -> Option<DayPart> {
    lookup(lex::DAY_PART_WORDS, word).or_else(|| {
        lookup(lex::ONE_WORD_DAY_PARTS, word)
            .filter(|(offset, _)| *offset == 0)
            .map(|(_, part)| part)
    })
}

/// The hour with the minutes after it at token `k`, if any, and the tokens
/// they take (none without minutes).
fn with_minutes(win: &mut Window<'_>, k: usize, clock: Clock) -> (Clock, usize) {
    hour_minutes(win, k, clock).unwrap_or((clock, 0))
}

/// `e un quarto`, `e mezza`, `meno dieci` after an hour at token `k`.
fn hour_minutes(win: &mut Window<'_>, k: usize, clock: Clock) -> Option<(Clock, usize)> {
    let link = win.text_at(k);
    let plus = is_word(link, lex::CLOCK_PLUS);
    if !plus && !is_word(link, lex::CLOCK_MINUS) {
        return None;
    }
    let (minutes, mut len) = minutes_at(win, k + 1)?;
    // `le otto e 30 minuti`, `le otto meno tre min`.
    len += usize::from(is_word(win.text_at(k + 1 + len), lex::CLOCK_MINUTE_UNITS));
    let (hour, minute) = match (plus, clock.hour) {
        (true, _) => (clock.hour, minutes),
        (false, 0) => (23, 60 - minutes),
        (false, h) => (h - 1, 60 - minutes),
    };
    Some((
        Clock {
            hour,
            minute,
            grain: Grain::Minute,
            ..clock
        },
        1 + len,
    ))
}

/// A bare hour (`alle 10`) is a time before the end of the text, a mark,
/// or a word that begins a new phrase; not before a noun it counts (`alle
/// 10 regioni`).
fn bare_hour_stands(next: &str) -> bool {
    !next.starts_with(char::is_alphanumeric)
        || is_word(next, lex::AFTER_BARE_HOUR)
        || lookup(lex::DAY_PART_WORDS, next).is_some()
}

/// A time of day after an optional `ore` (`dalle ore 9`).
fn cued_clock_at(win: &mut Window<'_>, k: usize) -> Option<(Clock, usize)> {
    let skip = usize::from(is_word(win.text_at(k), lex::CLOCK_CUE_HOURS));
    let (clock, len) = clock_in(win, k + skip, true, skip == 0)?;
    Some((clock, skip + len))
}

/// The second end of a time range, or a time after its day (`domani alle
/// 9`), after an optional `ore`: a time whatever follows it.
fn range_end_at(win: &mut Window<'_>, k: usize) -> Option<(Clock, usize)> {
    let skip = usize::from(is_word(win.text_at(k), lex::CLOCK_CUE_HOURS));
    let (clock, len) = clock_in(win, k + skip, true, false)?;
    Some((clock, skip + len))
}

/// `alle 17:30`, `ore 9`, `7.45` after `alle`, `17:30`, `mezzanotte`:
/// the span leaves out the cue before it; and `11:30-13:30`.
pub(super) fn lone_time(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let cue = before(win, p);
    let cued = is_word(cue, lex::CLOCK_CUES);
    // Most numbers have no cue: they are times only written with a colon,
    // named, or with minutes or a part of the day after them.
    if !cued && (!may_be_uncued_clock(win, p.at) || after_unread_day(win, p)) {
        return None;
    }
    // `le` is an article as often as a cue (`le 8 squadre`), and `alle`
    // a preposition (`alle 10 regioni`): a bare hour after them needs a
    // word that ends the phrase after it, or `verso`, `sono` before `le`.
    // `ore 9` and `h 9` are times whatever follows (`ore 9 messa`).
    let lead = cued
        && is_word(cue, &["le", "l'", "l’", "alle"])
        && is_word(two_before(win, p), lex::CLOCK_LE_LEADS);
    let strict = !lead && !is_word(cue, lex::CLOCK_CUE_HOURS);
    let (clock, len) = clock_in(win, p.at, cued, strict)?;
    let plain = clock.bare && clock.grain == Grain::Hour;
    if plain && is_word(cue, &["le", "l'", "l’"]) && !lead {
        return None;
    }
    if is_dash(win.text_at(p.at + len)) && clock.grain == Grain::Minute {
        if let Some(end) = written_clock(win.text_at(p.at + len + 1), false) {
            return Read::timed(len + 2, None, DayTime::Span(clock, end));
        }
    }
    Read::timed(len, None, DayTime::At(clock))
}

/// `Oct 16 20:57`, `May 13 08:47:13` (a listing, a log): a time right
/// after a day number that no date took has a day no one can tell; `04
/// 11:59` at the end of `2023-02-04` is on its date.
fn after_unread_day(win: &mut Window<'_>, p: Place) -> bool {
    let (previous, start) = match p.at {
        0 => match win.behind() {
            Some(t) => (t.text(), t.range().start),
            None => return false,
        },
        k => match win.get(k - 1) {
            Some(t) => (t.text(), t.range().start),
            None => return false,
        },
    };
    let day = (1..=2).contains(&previous.len()) && previous.bytes().all(|b| b.is_ascii_digit());
    let in_date = win.text()[..start].ends_with(['-', '/', '.', '–']);
    day && !in_date
}

/// Whether the token at `k`, with no cue before it, may begin a time: a
/// colon in it (`17:30`), a name (`mezzogiorno`), or minutes or a part of
/// the day after it (`tre e un quarto di pomeriggio`, `8 della sera`).
fn may_be_uncued_clock(win: &mut Window<'_>, k: usize) -> bool {
    let word = win.text_at(k);
    if word.contains(':') || lookup(lex::CLOCK_WORDS, word).is_some() {
        return true;
    }
    // An hour, then a word that can go on with it.
    [lex::CLOCK_PLUS, lex::CLOCK_MINUS, lex::DAY_PART_LINKS]
        .iter()
        .any(|t| is_word(win.text_at(k + 1), t))
        && hour_number(word).is_some()
}

/// `dalle 9 alle 13`, `dalle 14`, `dall'una alle tre`.
pub(super) fn from_time(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let (start, len) = cued_clock_at(win, p.next(1))?;
    let to = p.next(1 + len);
    if is_word(win.text_at(to), lex::CLOCK_TO) {
        if let Some((end, end_len)) = range_end_at(win, to + 1) {
            return Read::timed(2 + len + end_len, None, DayTime::Span(start, end));
        }
    }
    Read::timed(1 + len, None, DayTime::Since(start))
}

/// `tra le 9:30 e le 11`, `fra le 8 e le 10`.
pub(super) fn between_times(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let (start, len) = cued_clock_at(win, p.next(2))?;
    let link = p.next(2 + len);
    if !is_word(win.text_at(link), &["e"])
        || !is_word(win.text_at(link + 1), lex::CLOCK_BETWEEN_ARTICLES)
    {
        return None;
    }
    let (end, end_len) = range_end_at(win, link + 2)?;
    Read::timed(4 + len + end_len, None, DayTime::Span(start, end))
}

/// `entro le 14`, `fino alle 14`, `prima delle 11`, `dopo le 14`: a word
/// and its article, then a time.
pub(super) fn open_time(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let word = win.text_at(p.at);
    let link = win.text_at(p.next(1));
    let links = if is_word(word, lex::UNTIL) {
        lex::CLOCK_TO
    } else if is_word(word, lex::BEFORE) {
        lex::CLOCK_BEFORE
    } else {
        lex::CLOCK_BETWEEN_ARTICLES
    };
    // `entro mezzogiorno`, `fino a mezzanotte`, `prima di mezzanotte`.
    let named = |w: &str| lookup(lex::CLOCK_WORDS, w).is_some();
    let named_after_link = is_word(link, lex::CLOCK_NAMED_LINKS) && named(win.text_at(p.next(2)));
    let skip = if named(link) {
        1
    } else if named_after_link || is_word(link, links) {
        2
    } else {
        return None;
    };
    let (clock, len) = cued_clock_at(win, p.next(skip))?;
    let time = if is_word(word, lex::BEFORE) {
        DayTime::Before(clock)
    } else if is_word(word, lex::AFTER) {
        DayTime::Since(clock)
    } else {
        DayTime::Until(clock)
    };
    Read::timed(skip + len, None, time)
}

/// `questa sera`, `questo pomeriggio`: today's part of the day.
pub(super) fn this_part(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let part = lookup(lex::DAY_PART_WORDS, win.text_at(p.next(1)))?;
    Read::timed(2, Some(Expr::DayOffset(0)), DayTime::Part(part))
}

/// `tra un'ora`, `fra 10 minuti`: minutes from the reference's time.
pub(super) fn in_minutes(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let (seconds, len) = clock_amount(win, p.next(1))?;
    Some(Read {
        len: 1 + len,
        reading: Reading::Moment(seconds),
    })
}

/// `un'ora fa`, `mezz'ora fa`, `10 minuti fa`.
pub(super) fn minutes_ago(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let (seconds, len) = clock_amount(win, p.at)?;
    if !is_word(win.text_at(p.next(len)), lex::AGO) {
        return None;
    }
    Some(Read {
        len: len + 1,
        reading: Reading::Moment(-seconds),
    })
}

/// `adesso`, `in questo momento` (the span leaves out `in`).
pub(super) fn now(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let len = if is_word(win.text_at(p.at), lex::NOW) {
        1
    } else if is_word(before(win, p), &["in"])
        && is_word(win.text_at(p.at), &["questo"])
        && is_word(win.text_at(p.next(1)), lex::MOMENT)
    {
        2
    } else {
        return None;
    };
    Some(Read {
        len,
        reading: Reading::Moment(0),
    })
}

/// `in serata`, `nel pomeriggio`, `nella notte`: a part of the day the
/// text is about. The span leaves out `in`, like other leading
/// prepositions (`serata`); reading from the part's word keeps `in`, one
/// of the commonest words, out of the date filter.
pub(super) fn in_part(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let part = lookup(lex::DAY_PART_WORDS, win.text_at(p.at))?;
    // Without `in`, a part of the day is a date only with its day after
    // it (`mattina del 15 febbraio`, `sera di domani`), which the reader
    // joins to it; `la sera` alone is any evening.
    if !is_word(before(win, p), lex::IN_PART) && !day_follows(win, p.next(1)) {
        return None;
    }
    Read::timed(1, None, DayTime::Part(part))
}

/// `del 15`, `di domani`, `di sabato` at token `k`: a link and the start
/// of a day.
fn day_follows(win: &mut Window<'_>, k: usize) -> bool {
    if !is_word(win.text_at(k), lex::OF_DAY) {
        return false;
    }
    let day = win.text_at(k + 1);
    day.starts_with(|c: char| c.is_ascii_digit())
        || super::rules::full_weekday(day).is_some()
        || lookup(lex::RELATIVE_DAYS, day).is_some()
}

/// An amount of hours, minutes or seconds at token `k` (`un'ora`, `dieci
/// minuti`, `un quarto d'ora`), in seconds.
fn clock_amount(win: &mut Window<'_>, k: usize) -> Option<(i64, usize)> {
    // A count, then hours, minutes or seconds as written (`un'ora`, `un
    // quarto d'ora`): half a day is twelve hours, but `mezza giornata fa`
    // is no time, nor `tutta l'ora`.
    let unit = win.text_at(k + 1);
    let clock_unit =
        is_word(unit, durations::CLOCK_UNITS) || is_word(unit, durations::QUARTER_WORDS);
    if !clock_unit || is_word(win.text_at(k), durations::WHOLE) {
        return None;
    }
    let (amount, len) = crate::durations::amount_at(win, k)?;
    if !amount.is_clock() {
        return None;
    }
    let seconds = i64::try_from(amount.seconds_exact()?).ok()?;
    Some((seconds, len))
}

/// The times of day after an expression of one day at token `k`, and the
/// tokens they take: `domani alle 9`, `venerdì 5 luglio, ore 17:30`, `ieri
/// sera`, `domani mattina alle 10`, `domani dalle 9 alle 13`. `part` is
/// the day's part when the day named one (`stasera alle 8`).
pub(super) fn times_after(
    win: &mut Window<'_>,
    k: usize,
    part: Option<DayPart>,
) -> Option<(DayTime, usize)> {
    let word = win.text_at(k);
    if part.is_none() {
        // `domani in serata`, `lunedì in mattinata`.
        if is_word(word, lex::IN_PART) {
            if let Some(found) = lookup(lex::DAY_PART_WORDS, win.text_at(k + 1)) {
                return Some((DayTime::Part(found), 2));
            }
        }
        if let Some(found) = lookup(lex::DAY_PART_WORDS, word) {
            return match times_after(win, k + 1, Some(found)) {
                Some((time @ DayTime::At(_), len)) => Some((time, 1 + len)),
                _ => Some((DayTime::Part(found), 1)),
            };
        }
    }
    let comma = usize::from(word == ",");
    let cue = win.text_at(k + comma);
    if is_word(cue, lex::CLOCK_AT) {
        let (clock, len) = range_end_at(win, k + comma + 1)?;
        let named = lookup(lex::CLOCK_WORDS, win.text_at(k + comma + 1)).is_some();
        // `a` joins only a named time: `domani a mezzogiorno`.
        if is_word(cue, &["a"]) && !named {
            return None;
        }
        let mut clock = in_day_part(clock, part);
        // `stanotte alle 3`: the small hours of the night are the next day's.
        if part == Some(DayPart::Night) && clock.hour < 6 {
            clock.hour += 24;
        }
        return Some((DayTime::At(clock), comma + 1 + len));
    }
    if comma == 1 {
        return None;
    }
    ranges_after(win, k, part)
}

/// A range of times after a day at token `k`: `dalle 9 alle 13`, `tra le
/// 9 e le 11`, `entro le 14`, read by the same readers as alone.
fn ranges_after(win: &mut Window<'_>, k: usize, part: Option<DayPart>) -> Option<(DayTime, usize)> {
    let cue = win.text_at(k);
    let place = Place { at: k, end: false };
    let read = if is_word(cue, lex::CLOCK_FROM) {
        from_time(win, place)
    } else if is_word(cue, lex::IN_OR_BETWEEN) {
        between_times(win, place)
    } else if [lex::BY, lex::UNTIL, lex::BEFORE, lex::AFTER]
        .iter()
        .any(|t| is_word(cue, t))
    {
        open_time(win, place)
    } else {
        None
    }?;
    let Reading::Timed { time, .. } = read.reading else {
        return None;
    };
    let time = match time {
        DayTime::Span(a, b) => DayTime::Span(in_day_part(a, part), in_day_part(b, part)),
        DayTime::Since(a) => DayTime::Since(in_day_part(a, part)),
        DayTime::Until(a) => DayTime::Until(in_day_part(a, part)),
        DayTime::Before(a) => DayTime::Before(in_day_part(a, part)),
        other => other,
    };
    Some((time, read.len))
}

/// A time written without a part of the day, read in the day's part
/// (`stasera alle 8` is 20:00).
fn in_day_part(clock: Clock, part: Option<DayPart>) -> Clock {
    match part {
        Some(part) if clock.bare => clock.in_part(part),
        _ => clock,
    }
}
