//! Ranges made of any two expressions (`dal … al …`, `tra il … e il …`,
//! `2022-2023`) and open ranges (`dal 2000`, `fino a domani`).
//!
//! Joining is decided here once for every rule: which ends make a range
//! (both at one grain; a day alone only before a date with its month, as
//! in `dal 3 al 5 marzo`), what the first end takes from the second, and
//! how the second end follows the first (`da lunedì a giovedì` is the
//! Thursday after that Monday; `dal 20 dicembre al 6 gennaio` crosses the
//! year). A range that would end before it starts is no range, and its
//! tokens are taken so that no part of it is read alone
//! ([`DateValue::range`]).

use super::expr::{Calendar, Expr, Item, Read, Reading};
use super::resolve::Resolver;
use super::tense::Tense;
use super::Grain;
use super::{DateValue, Period};
use crate::lexicon::dates::CalendarUnit;

/// Two ends read by a joining rule, spanning `len` tokens: a range, an
/// impossible date, or nothing when the ends do not make a range.
pub(crate) fn join(first: Read, second: Read, len: usize) -> Option<Read> {
    let (a, b) = match (first.reading, second.reading) {
        (Reading::Atom(a), Reading::Atom(b)) => (a, b),
        (Reading::Invalid, _) | (_, Reading::Invalid) => return Read::invalid(len),
        _ => return None,
    };
    if is_day_only(&b) {
        return None;
    }
    let a = match (a, b) {
        // `dal 3 al 5 marzo`: the first end takes the month it lacks.
        (Expr::Calendar(x), Expr::Calendar(y)) if x.is_day_only() => {
            y.month?;
            Expr::Calendar(Calendar {
                month: y.month,
                ..x
            })
        }
        // `dal 4 al 22 questo mese`: and the period the second is in.
        (
            Expr::Calendar(x),
            Expr::Nth {
                item: Item::Day,
                within,
                ..
            },
        ) if x.is_day_only() => Expr::Nth {
            nth: i8::try_from(x.day?).ok()?,
            item: Item::Day,
            within,
        },
        (Expr::Calendar(_), _) if is_day_only(&a) => return None,
        _ => a,
    };
    // `dal 1993 a oggi`: today as the end of a range of years or months.
    let b = match b {
        Expr::DayOffset(0) if matches!(a.grain(), Grain::Year | Grain::Month) => {
            Expr::This(if a.grain() == Grain::Year {
                CalendarUnit::Year
            } else {
                CalendarUnit::Month
            })
        }
        b => b,
    };
    if a.grain() != b.grain() {
        return None;
    }
    Some(Read {
        len,
        reading: Reading::Range(a, b),
    })
}

/// `dal 2000`, `da lunedì`, `a partire da settembre`: an open range from
/// any expression but a day alone; `dal lunedì` means every Monday, and
/// gives no date (`recurring`).
pub(crate) fn since(first: Read, len: usize, recurring: bool) -> Option<Read> {
    match first.reading {
        Reading::Atom(e) if recurring && is_weekday_only(&e) => Read::invalid(len),
        Reading::Atom(e) if !is_day_only(&e) => Some(Read {
            len,
            reading: Reading::Since(e),
        }),
        Reading::Invalid => Read::invalid(len),
        _ => None,
    }
}

/// `prima del 20 aprile`, `dopo il 2020`: the open range before or after
/// any expression but a day alone (`prima del 15` may be a number).
pub(crate) fn beside(e: Read, len: usize, after: bool) -> Option<Read> {
    match e.reading {
        Reading::Atom(e) if !is_day_only(&e) => Some(Read {
            len,
            reading: if after {
                Reading::After(e)
            } else {
                Reading::Before(e)
            },
        }),
        Reading::Invalid => Read::invalid(len),
        _ => None,
    }
}

/// `fino al 31 dicembre 2025`, `fino a domani`: an open range to any
/// expression but a day alone (`fino al 15` may be a number).
pub(crate) fn until(last: Read, len: usize) -> Option<Read> {
    match last.reading {
        Reading::Atom(e) if !is_day_only(&e) => Some(Read {
            len,
            reading: Reading::Until(e),
        }),
        Reading::Invalid => Read::invalid(len),
        _ => None,
    }
}

fn is_day_only(e: &Expr) -> bool {
    matches!(e, Expr::Calendar(c) if c.is_day_only())
}

fn is_weekday_only(e: &Expr) -> bool {
    matches!(e, Expr::Calendar(c) if c.is_weekday_only())
}

/// The value of the range from `a` to `b`; `None` when it would end
/// before it starts, or an end does not exist.
pub(crate) fn resolve_range(r: &Resolver, a: Expr, b: Expr, tense: Tense) -> Option<DateValue> {
    let (start, end) = if is_weekday_only(&b) {
        let start = r.span(a, tense)?.0;
        (start, weekday_from(b, start, true)?)
    } else if is_weekday_only(&a) {
        let end = r.span(b, tense)?.1;
        (weekday_from(a, end, false)?, end)
    } else {
        ends_in_order(r, a, b, tense)?
    };
    DateValue::range(Some(start), Some(end)).ok()
}

/// How the start of a range was completed from its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Completed {
    /// It names its own year, or needs none.
    Not,
    /// A day in the end's month (`dal 3 al 5 marzo`): in the end's year.
    InEndsYear,
    /// A month that takes the year written at the end (`da dicembre a
    /// febbraio 2025`): the year before when it would come after the end.
    WithEndsYear,
}

/// Two dated ends; an end that leaves out its year and comes out before
/// the start is the one of the next year (`dal 20 dicembre al 6 gennaio`),
/// or, in the past tense, the start is the one of the year before.
fn ends_in_order(r: &Resolver, a: Expr, b: Expr, tense: Tense) -> Option<(Period, Period)> {
    let end = r.span(b, tense)?.1;
    let (a, completed) = complete_start(a, b, end);
    let start = r.span(a, tense)?.0;
    if end.start() >= start.start() {
        return Some((start, end));
    }
    let (Expr::Calendar(x), Expr::Calendar(y)) = (a, b) else {
        return Some((start, end));
    };
    let year = |c: Calendar, y: i32| {
        let c = Calendar {
            year: Some(y),
            short_year: false,
            ..c
        };
        r.period(Expr::Calendar(c), tense)
    };
    match completed {
        Completed::InEndsYear => Some((start, end)),
        Completed::WithEndsYear => Some((year(x, start.start().year() - 1)?, end)),
        Completed::Not if x.year.is_none() && y.year.is_none() && tense == Tense::Past => {
            Some((year(x, start.start().year() - 1)?, end))
        }
        Completed::Not if y.year.is_none() => Some((start, year(y, end.start().year() + 1)?)),
        Completed::Not => Some((start, end)),
    }
}

/// The start with what it takes from the end.
fn complete_start(a: Expr, b: Expr, end: Period) -> (Expr, Completed) {
    let (Expr::Calendar(x), Expr::Calendar(y)) = (a, b) else {
        return (a, Completed::Not);
    };
    if x.year.is_some() {
        return (a, Completed::Not);
    }
    if x.day.is_some() && x.month == y.month {
        let year = Some(end.start().year());
        return (
            Expr::Calendar(Calendar {
                year,
                short_year: false,
                ..x
            }),
            Completed::InEndsYear,
        );
    }
    if y.year.is_some() && x.day.is_some() == y.day.is_some() {
        let year = y.year;
        return (
            Expr::Calendar(Calendar {
                year,
                short_year: y.short_year,
                ..x
            }),
            Completed::WithEndsYear,
        );
    }
    (a, Completed::Not)
}

/// `da lunedì a giovedì`: the weekday of `e` nearest to `anchor`, on or
/// after it (`forward`) or on or before it.
fn weekday_from(e: Expr, anchor: Period, forward: bool) -> Option<Period> {
    let Expr::Calendar(Calendar {
        weekday: Some(w), ..
    }) = e
    else {
        return None;
    };
    let a = anchor.start();
    let gap = i64::from(w.number_from_monday()) - i64::from(a.weekday().number_from_monday());
    let days = if forward {
        gap.rem_euclid(7)
    } else {
        -(-gap).rem_euclid(7)
    };
    Some(Period::new(a.add_days(days), super::Grain::Day))
}
