//! The readers of positions and stretches of the calendar: the `nth` day
//! or weekday of a period (`il primo martedì di ottobre`, `il 15 del mese
//! prossimo`), parts (`fine giugno`, `inizio 2025`), quarters and
//! half-years (`il primo semestre 2024`), centuries in roman numerals or
//! ordinal words (`il XX secolo`), and rolling windows (`gli ultimi tre
//! giorni`, `i tre giorni scorsi`).

use super::expr::{Expr, Item, Read, Reading, Step, Which, Within};
use super::rules::{
    count_at, day_number, full_month, full_weekday, is_word, lookup, month, step, unit,
    year_number, Place,
};
use crate::lexicon::dates::{self as lex, CalendarUnit};
use crate::window::Window;

/// The period after `di`/`del` at token `k`, and the tokens it takes:
/// `ottobre`, `ottobre 2015`, `questo mese`, `del mese prossimo`,
/// `dell'anno`, `del 2023`.
fn within_at(win: &mut Window<'_>, k: usize) -> Option<(Within, usize)> {
    let word = win.text_at(k);
    if let Some(m) = month(word).filter(|_| word.len() > 3) {
        let (year, len) = super::calendar::year_after(win, k + 1).unzip();
        return Some((Within::Month { month: m, year }, 1 + len.unwrap_or(0)));
    }
    if let Some(y) = year_number(word) {
        return Some((Within::Year(y), 1));
    }
    // `del mese di ottobre`.
    if is_word(word, lex::MONTH_WORDS) && win.text_at(k + 1).eq_ignore_ascii_case("di") {
        let (within, len) = within_at(win, k + 2)?;
        return matches!(within, Within::Month { .. }).then_some((within, 2 + len));
    }
    // `questo mese`, `prossimo mese`, `mese prossimo`, `mese`.
    let this = is_word(word, lex::THIS);
    let lead = step(word).filter(|_| !this);
    let ahead = usize::from(this || lead.is_some());
    let unit = period_unit(win, k + ahead)?;
    let trail = step(win.text_at(k + ahead + 1)).filter(|_| ahead == 0);
    let which = match (this, lead.or(trail)) {
        (true, _) => Which::This,
        (false, Some(s)) => Which::Step(s),
        (false, None) => Which::Nearest,
    };
    Some((
        Within::Unit { unit, which },
        1 + ahead + usize::from(trail.is_some()),
    ))
}

/// `il primo martedì di ottobre`, `l'ultimo giorno dell'anno`, `il terzo
/// giorno di ottobre`, `il 15 del mese prossimo`, `il 31 di questo mese`.
pub(super) fn nth(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let word = win.text_at(p.at);
    let (nth, item, k) = match lookup(lex::NTH, word).or_else(|| ordinal_digits(word)) {
        Some(n) => {
            let next = win.text_at(p.next(1));
            let item = match full_weekday(next) {
                Some(w) => Item::Weekday(w),
                None if is_word(next, lex::DAY_ITEM) => Item::Day,
                None => return None,
            };
            (n, item, p.next(2))
        }
        None => (i8::try_from(day_number(word)?).ok()?, Item::Day, p.next(1)),
    };
    // `dal 4 al 22 questo mese`: a day before `questo` needs no `di`.
    let linked = usize::from(is_word(win.text_at(k), lex::OF));
    if linked == 0 && !(k == p.next(1) && is_word(win.text_at(k), lex::THIS)) {
        return None;
    }
    let (within, len) = within_at(win, k + linked)?;
    // A day number counts in a month only: `il 2 del 2023` is no date.
    let in_month = matches!(
        within,
        Within::Month { .. }
            | Within::Unit {
                unit: CalendarUnit::Month,
                ..
            }
    );
    if k == p.next(1) && !in_month {
        return None;
    }
    Read::atom(k + linked + len - p.at, Expr::Nth { nth, item, within })
}

/// `fine giugno`, `inizio luglio 2025`, `a metà maggio`, `ai primi di
/// giugno`, `fine anno`, `la fine del 2023`, `inizio 2025`.
pub(super) fn part(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let part = lookup(lex::PARTS, win.text_at(p.at))?;
    let mut k = p.next(1);
    let linked = is_word(win.text_at(k), lex::OF);
    k += usize::from(linked);
    let word = win.text_at(k);
    let (within, len) = match full_month(word) {
        Some(m) => {
            let (year, len) = super::calendar::year_after(win, k + 1).unzip();
            (Within::Month { month: m, year }, 1 + len.unwrap_or(0))
        }
        None if !linked && year_number(word).is_none() => {
            // `fine anno`, `fine mese`: the reference's, or by tense.
            let unit = period_unit(win, k)?;
            let which = Which::Nearest;
            (Within::Unit { unit, which }, 1)
        }
        None => within_at(win, k)?,
    };
    Read::atom(k + len - p.at, Expr::Part { part, within })
}

/// `il primo trimestre`, `terzo trimestre 2024`, `nel terzo trimestre del
/// 2023`, `il primo semestre 2024`, `il secondo semestre dell'anno`.
pub(super) fn quarter(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let n = lookup(lex::QUARTER_ORDINALS, win.text_at(p.at))?;
    let noun = win.text_at(p.next(1));
    let half = is_word(noun, lex::HALF_WORDS);
    if !half && !is_word(noun, lex::QUARTER_WORDS) || half && n > 2 {
        return None;
    }
    let linked = usize::from(is_word(win.text_at(p.next(2)), lex::OF));
    let (year, len) = match within_at(win, p.next(2) + linked) {
        Some((Within::Year(y), n)) => (Some(y), linked + n),
        Some((
            Within::Unit {
                unit: CalendarUnit::Year,
                which: Which::Nearest | Which::This,
            },
            n,
        )) => (None, linked + n),
        _ => (None, 0),
    };
    let expr = if half {
        Expr::Half { half: n, year }
    } else {
        Expr::Quarter { quarter: n, year }
    };
    Read::atom(2 + len, expr)
}

/// `il XX secolo`, `XXI secolo`, `nel II sec. d.C.`, `il secolo IX`,
/// `sec. XIX`, `ventunesimo secolo`; before Christ (`a.C.`) gives no date.
pub(super) fn century(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let word = win.text_at(p.at);
    let (number, len) = if is_word(word, lex::CENTURY_WORDS) {
        // `il Secolo XIX` is a newspaper.
        if word.starts_with(char::is_uppercase) {
            return None;
        }
        (roman(win.text_at(p.next(1)))?, 2)
    } else if let Some(first) = lookup(lex::CENTURY_ORDINALS, word) {
        if !is_word(win.text_at(p.next(1)), lex::CENTURY_WORDS) {
            return None;
        }
        (first / 100 + 1, 2)
    } else {
        if !is_word(win.text_at(p.next(1)), lex::CENTURY_WORDS) {
            return None;
        }
        (roman(word)?, 2)
    };
    let era = win.text_at(p.next(len));
    if is_word(era, lex::BC) {
        return Some(Read {
            len: len + 1,
            reading: Reading::Invalid,
        });
    }
    let len = len + usize::from(is_word(era, lex::AD));
    Read::atom(len, Expr::Century((number - 1) * 100))
}

/// A century in roman numerals, I to XXI.
fn roman(word: &str) -> Option<i32> {
    if !word.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    crate::numbers::roman_value(word)
        .and_then(|n| i32::try_from(n).ok())
        .filter(|n| (1..=21).contains(n))
}

/// `gli ultimi tre giorni`, `nei prossimi tre mesi`, `le ultime due
/// settimane`; a window needs its count (`nei prossimi giorni` is vague).
pub(super) fn rolling(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let sign = lookup(lex::ROLLING, win.text_at(p.at))?;
    let count = count_at(win, p.next(1)).filter(|n| (1..=1000).contains(n))?;
    let unit = unit(win.text_at(p.next(2)))?;
    let step = Step::from_sign(sign);
    Read::atom(3, Expr::Rolling { count, unit, step })
}

/// `i tre giorni scorsi`, `le due settimane passate`, `le 2 ultime
/// settimane`, `i tre prossimi mesi`.
pub(super) fn rolling_after(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let between = lookup(lex::ROLLING, win.text_at(p.next(1)))
        .filter(|_| unit(win.text_at(p.next(2))).is_some());
    if let Some(sign) = between {
        let count = count_at(win, p.at).filter(|n| (2..=1000).contains(n))?;
        let unit = unit(win.text_at(p.next(2)))?;
        let step = Step::from_sign(sign);
        return Read::atom(3, Expr::Rolling { count, unit, step });
    }
    let sign = lookup(lex::ROLLING_AFTER, win.text_at(p.next(2)))?;
    let unit = unit(win.text_at(p.next(1)))?;
    let count = count_at(win, p.at).filter(|n| (2..=1000).contains(n))?;
    let step = Step::from_sign(sign);
    Read::atom(3, Expr::Rolling { count, unit, step })
}

/// `anno` or `mese` at token `k`, singular, and not a year of another
/// calendar (`anno scolastico`).
pub(super) fn period_unit(win: &mut Window<'_>, k: usize) -> Option<CalendarUnit> {
    let unit = lookup(lex::PERIOD_UNITS, win.text_at(k))?;
    (!is_word(win.text_at(k + 1), lex::OTHER_YEARS)).then_some(unit)
}

/// `lunedì di questa settimana`, `giovedì della settimana prossima`.
pub(super) fn weekday_of_week(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let weekday = full_weekday(win.text_at(p.at))?;
    let mut k = p.next(1);
    if !is_word(win.text_at(k), lex::OF) && !is_word(win.text_at(k), lex::OF_THE) {
        return None;
    }
    k += 1;
    let this = is_word(win.text_at(k), lex::THIS);
    let lead = if this { None } else { step(win.text_at(k)) };
    k += usize::from(this || lead.is_some());
    if !is_word(win.text_at(k), lex::WEEK_WORDS) {
        return None;
    }
    let trail = if this || lead.is_some() {
        None
    } else {
        step(win.text_at(k + 1))
    };
    let which = match lead.or(trail) {
        Some(s) => Which::Step(s),
        None if this => Which::This,
        None => return None,
    };
    let within = Within::Unit {
        unit: CalendarUnit::Week,
        which,
    };
    let len = k + 1 + usize::from(trail.is_some()) - p.at;
    Read::atom(
        len,
        Expr::Nth {
            nth: 1,
            item: Item::Weekday(weekday),
            within,
        },
    )
}

/// `1°` to `5°`: a position written in digits.
fn ordinal_digits(word: &str) -> Option<i8> {
    let n = word.strip_suffix(['°', 'º'])?;
    n.parse().ok().filter(|n| (1..=5).contains(n))
}
