//! The date reader: the rules of [`rules`](super::rules) applied at the
//! window's cursor, and what they read resolved.

use std::ops::Range;

use super::expr::{Clock, DayTime, Expr, Read, Reading};
use super::resolve::Resolver;
use super::rules::is_word;
use super::rules::{rules_at, Place, RULES};
use super::tense::{tense_at, Tense};
use super::{
    clock, combine, Date, DateKind, DateOptions, DateTime, DateValue, Grain, Period, Time,
};
use crate::lexicon::dates::{self as lex, DayPart};
use crate::text::{is_dash, starts_with_digit};
use crate::window::Window;

/// A date, or the span of one that does not exist (`found` is `None`).
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    pub(crate) range: Range<usize>,
    pub(crate) found: Option<(DateKind, DateValue)>,
    /// The name of the rule that read it.
    pub(crate) rule: &'static str,
}

/// The rule name of a day with its times (`domani alle 9`).
const DAY_WITH_TIMES: &str = "<date> alle <time>";

/// The date rules, applied at a window's cursor; shared by
/// [`DateMatches`](super::DateMatches) and [`extract`](crate::extract).
#[derive(Debug, Clone)]
pub(crate) struct DateReader {
    resolver: Resolver,
    /// The day the text is about, for a time of day alone: the last day
    /// found, until a paragraph ends.
    context: Option<Date>,
    /// How far the text has been looked at for the end of a paragraph.
    scanned: usize,
}

impl DateReader {
    pub(crate) fn new(reference: Date, options: DateOptions) -> DateReader {
        DateReader {
            resolver: Resolver { reference, options },
            context: None,
            scanned: 0,
        }
    }

    /// The day a time of day alone at byte `start` is on: the last day the
    /// paragraph named, or the reference date. Only the text after the
    /// last day named is looked at for the end of a paragraph (a blank
    /// line), each byte of it once.
    fn day_at(&mut self, text: &str, start: usize) -> Date {
        let from = self.scanned.min(start);
        if let Some(gap) = text.get(from..start) {
            if ends_paragraph(gap) {
                self.context = None;
            }
        }
        self.scanned = start;
        self.context.unwrap_or(self.resolver.reference)
    }

    /// The date (or impossible date) at the window's cursor, with the
    /// cursor moved past it; `None`, and the cursor where it was, when
    /// there is none.
    pub(crate) fn hit_at(&mut self, win: &mut Window<'_>) -> Option<Hit> {
        let starting = crate::rule_index::rules_at_cursor(win) as u64;
        self.hit_with(win, starting)
    }

    /// [`hit_at`](Self::hit_at) with the rules that may read at the cursor
    /// already known ([`rules_at_cursor`](crate::rule_index::rules_at_cursor)).
    pub(crate) fn hit_with(&mut self, win: &mut Window<'_>, starting: u64) -> Option<Hit> {
        let word = win.text_at(0);
        // No date starts inside a code (`3a-3`, `978-88-04`).
        if starts_with_digit(word) && after_joined_dash(win) {
            return None;
        }
        for rule in crate::start::rule_indices(starting).map(|i| &RULES[i]) {
            if let Some(read) = (rule.read)(win, Place::CURSOR) {
                return self.hit(win, read, rule.name);
            }
        }
        None
    }

    /// The hit of what a rule read at the cursor, with the times after it
    /// or the day after its times, and the cursor moved past it. Out of
    /// line: most calls of [`hit_at`](Self::hit_at) read nothing.
    #[inline(never)]
    fn hit(&mut self, win: &mut Window<'_>, read: Read, name: &'static str) -> Option<Hit> {
        let (read, name) = match with_times(win, read).or_else(|| with_day(win, read)) {
            Some(timed) => (timed, DAY_WITH_TIMES),
            None => (read, name),
        };
        let start = win.get(0)?.range().start;
        let end = win.get(read.len - 1)?.range().end;
        let day = match read.reading {
            Reading::Timed { day: None, .. } => self.day_at(win.text(), start),
            _ => self.resolver.reference,
        };
        let found = self.resolve(win, read, day);
        // Only a day the text names is the day of the times after it;
        // `alle 9` and `tra un'ora` are on a day already known.
        let names_day = !matches!(
            read.reading,
            Reading::Timed { day: None, .. } | Reading::Moment(_)
        );
        if let Some((_, value)) = found.as_ref().filter(|_| names_day) {
            if let (Some(first), Some(last)) = (value.first_day(), value.last_day()) {
                if first == last || value.grain().is_some_and(Grain::is_time_of_day) {
                    self.context = Some(first);
                    self.scanned = end;
                }
            }
        }
        win.advance(read.len);
        Some(Hit {
            range: start..end,
            found,
            rule: name,
        })
    }

    /// The value of what a rule read at the cursor; `None` for a date that
    /// does not exist.
    fn resolve(
        &self,
        win: &mut Window<'_>,
        read: Read,
        day: Date,
    ) -> Option<(DateKind, DateValue)> {
        let r = &self.resolver;
        // The tense is read only for a date that leaves out its year: after
        // the expression for one alone, from its start for a range.
        let tense = |win: &mut Window<'_>, needed: bool, from: usize| {
            if needed {
                tense_at(win, from)
            } else {
                Tense::Unknown
            }
        };
        let range = |start: Option<Period>, end: Option<Period>| {
            Some((DateKind::Range, DateValue::range(start, end).ok()?))
        };
        match read.reading {
            Reading::Atom(e) => {
                let tense = tense(win, e.needs_tense(), read.len);
                let value = match r.span(e, tense)? {
                    (a, b) if a == b => DateValue::Period(a),
                    (a, b) => DateValue::range(Some(a), Some(b)).ok()?,
                };
                Some((e.kind(), value))
            }
            Reading::Range(a, b) => {
                let tense = tense(win, a.needs_tense(), 0);
                Some((DateKind::Range, combine::resolve_range(r, a, b, tense)?))
            }
            Reading::Since(a) => {
                let tense = tense(win, a.needs_tense(), 0);
                range(Some(r.span(a, tense)?.0), None)
            }
            Reading::After(a) => {
                let tense = tense(win, a.needs_tense(), 0);
                range(Some(r.span(a, tense)?.1.step(1)), None)
            }
            Reading::Until(b) => {
                let tense = tense(win, b.needs_tense(), 0);
                range(None, Some(r.span(b, tense)?.1))
            }
            Reading::Before(b) => {
                let tense = tense(win, b.needs_tense(), 0);
                range(None, Some(r.span(b, tense)?.0.step(-1)))
            }
            Reading::Timed { day: named, time } => {
                self.resolve_timed(win, read.len, named, time, day)
            }
            Reading::Moment(seconds) => self.resolve_moment(seconds),
            Reading::Invalid => None,
        }
    }

    /// The moment `seconds` from the reference time (`tra un'ora`,
    /// `mezz'ora fa`); none without a reference time.
    fn resolve_moment(&self, seconds: i64) -> Option<(DateKind, DateValue)> {
        let r = &self.resolver;
        let now = DateTime::new(r.reference, r.options.reference_time()?);
        // `tra 30 secondi` is a second; `tra un'ora`, a minute.
        let grain = if seconds % 60 == 0 {
            Grain::Minute
        } else {
            Grain::Second
        };
        let at = Period::at(now.add_seconds(seconds), grain);
        Some((DateKind::Relative, DateValue::Period(at)))
    }
}

impl DateReader {
    /// The value of times on a day: the day named, or `day` (the one the
    /// text is about) when none is.
    fn resolve_timed(
        &self,
        win: &mut Window<'_>,
        len: usize,
        named: Option<Expr>,
        time: DayTime,
        day: Date,
    ) -> Option<(DateKind, DateValue)> {
        let needed = named.is_some_and(|e| e.needs_tense()) || at_night(time);
        let tense = if needed {
            tense_at(win, len)
        } else {
            Tense::Unknown
        };
        let (day, kind) = match named {
            Some(e) => match self.resolver.span(e, tense)? {
                (a, b) if a == b && a.grain() == Grain::Day => (a.start(), e.kind()),
                _ => return None,
            },
            None => (day, DateKind::Absolute),
        };
        // `stanotte ho dormito poco`: last night, not the coming one.
        let last_night = named == Some(Expr::DayOffset(0)) && tense == Tense::Past;
        let value = day_time(day, time, last_night)?;
        let kind = match time {
            DayTime::At(_) => kind,
            _ => DateKind::Range,
        };
        Some((kind, value))
    }
}

/// A day with the times after it, when what was read is one day: `domani`
/// and `alle 9`, `stasera` and `alle 8`.
fn with_times(win: &mut Window<'_>, read: Read) -> Option<Read> {
    // A day, or a part of a day (`stasera alle 8`, `nel pomeriggio alle
    // 3`).
    let (day, part) = match read.reading {
        Reading::Atom(e) if is_one_day(&e) => (Some(e), None),
        Reading::Timed {
            day,
            time: DayTime::Part(part),
        } => (day, Some(part)),
        _ => return None,
    };
    // A heading's date and the programme under it are apart.
    if win.gap_after(read.len - 1).contains('\n') {
        return None;
    }
    let (time, len) = clock::times_after(win, read.len, part)?;
    Read::timed(read.len + len, day, time)
}

/// Times with the day after them: `alle 9 di sabato`, `13:30 del 21
/// settembre`, `dalle 9 alle 11 di giovedì`, `nella mattinata di lunedì`.
fn with_day(win: &mut Window<'_>, read: Read) -> Option<Read> {
    let Reading::Timed { day: None, time } = read.reading else {
        return None;
    };
    // `alle 19:30 di venerdì 20 settembre`, or without `di` before a
    // date with its day number (`alle 19:30 venerdì 20 settembre`).
    let linked = is_word(win.text_at(read.len), lex::OF_DAY);
    let place = Place {
        at: read.len + usize::from(linked),
        end: false,
    };
    let starting = rules_at(win, place.at);
    for rule in crate::start::rule_indices(starting).map(|i| &RULES[i]) {
        match (rule.read)(win, place) {
            Some(Read {
                len,
                reading: Reading::Atom(e),
            }) if is_one_day(&e) && (linked || has_day_number(&e)) => {
                return Read::timed(place.at + len, Some(e), time);
            }
            Some(_) => return None,
            None => {}
        }
    }
    if !linked {
        return None;
    }
    // `alle 9 di sabato`: a weekday after `di` is one day here, not every
    // Saturday (`il mercato di sabato`), since a time is on it.
    let weekday = super::rules::full_weekday(win.text_at(place.at))?;
    let e = Expr::Calendar(super::expr::Calendar {
        weekday: Some(weekday),
        ..Default::default()
    });
    Read::timed(read.len + 2, Some(e), time)
}

/// A date written with its day number: `venerdì 20 settembre`, `20/9`.
fn has_day_number(e: &Expr) -> bool {
    matches!(e, Expr::Calendar(c) if c.day.is_some())
}

/// An expression of one day, which times of day may be on.
fn is_one_day(e: &Expr) -> bool {
    e.grain() == Grain::Day && e.kind() != DateKind::Range
}

/// Whether the times are in the night, whose day the tense may change.
fn at_night(time: DayTime) -> bool {
    match time {
        DayTime::Part(part) => part == DayPart::Night,
        DayTime::At(clock) => clock.hour > 24,
        _ => false,
    }
}

/// A time of day on `day`: hour 24 and later are the next day's.
fn on_day(day: Date, clock: Clock, grain: Grain) -> Option<Period> {
    let next = u32::from(clock.hour >= 24);
    let time = Time::new(
        u32::from(clock.hour) - 24 * next,
        u32::from(clock.minute),
        u32::from(clock.second),
    )
    .ok()?;
    Some(Period::at(
        DateTime::new(day.add_days(i64::from(next)), time),
        grain,
    ))
}

/// The value of times on `day`. The night is the small hours of the next
/// day, or of `day` itself for `last_night`.
fn day_time(day: Date, time: DayTime, last_night: bool) -> Option<DateValue> {
    let hours = |day: Date, from: u8, to: u8| {
        let at = |h| on_day(day, Clock::hour(h, false), Grain::Hour);
        DateValue::range(Some(at(from)?), Some(at(to)?)).ok()
    };
    // The finer grain of two times: second, then minute, then hour.
    let finer = |a: Clock, b: Clock| {
        [Grain::Second, Grain::Minute]
            .into_iter()
            .find(|g| a.grain == *g || b.grain == *g)
            .unwrap_or(Grain::Hour)
    };
    let day = if last_night && at_night(time) {
        day.add_days(-1)
    } else {
        day
    };
    match time {
        DayTime::At(c) => Some(DateValue::Period(on_day(day, c, c.grain)?)),
        DayTime::Part(DayPart::Morning) => hours(day, 4, 11),
        DayTime::Part(DayPart::Afternoon) => hours(day, 12, 18),
        DayTime::Part(DayPart::Evening) => hours(day, 18, 23),
        DayTime::Part(DayPart::Night) => hours(day, 24, 27),
        DayTime::Span(a, b) => {
            let b = b.ending(a);
            let grain = finer(a, b);
            let start = on_day(day, a, grain)?;
            let mut end = on_day(day, b, grain)?;
            // `dalle 22 alle 6`: the end is the next morning.
            if end.start_time() < start.start_time() {
                end = on_day(day.add_days(1), b, grain)?;
            }
            DateValue::range(Some(start), Some(end)).ok()
        }
        DayTime::Since(c) => DateValue::range(Some(on_day(day, c, c.grain)?), None).ok(),
        DayTime::Until(c) => DateValue::range(None, Some(on_day(day, c, c.grain)?)).ok(),
        DayTime::Before(c) => DateValue::range(None, Some(on_day(day, c, c.grain)?.step(-1))).ok(),
    }
}

/// A blank line: two line breaks with nothing but spaces between.
fn ends_paragraph(gap: &str) -> bool {
    let bytes = gap.as_bytes();
    let mut from = 0;
    while let Some(at) = gap[from..].find('\n') {
        let after = &bytes[from + at + 1..];
        let blank = after
            .iter()
            .position(|b| !matches!(b, b' ' | b'\t' | b'\r'));
        if blank.is_some_and(|i| after[i] == b'\n') {
            return true;
        }
        from += at + 1;
    }
    false
}

/// The token behind the cursor is a dash written against it and against
/// a letter or digit before it.
fn after_joined_dash(win: &mut Window<'_>) -> bool {
    let Some(dash) = win.behind() else {
        return false;
    };
    is_dash(dash.text())
        && win.gap_before().is_empty()
        && win.text()[..dash.range().start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}
