//! What a date rule recognised, before it is resolved.
//!
//! Rules read the text into these values and nothing else: no reference
//! date, no tense. [`resolve`](super::resolve) turns them into periods,
//! and [`combine`](super::combine) puts two of them together as a range,
//! whatever each of them is.

use super::{DateKind, Grain, Weekday};
use crate::lexicon::dates::{CalendarUnit, DayPart, HolidayRule};

/// A month of the year, 1 to 12.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Month(u8);

impl Month {
    pub(crate) fn new(number: u8) -> Option<Month> {
        (1..=12).contains(&number).then_some(Month(number))
    }

    pub(crate) fn number(self) -> u32 {
        u32::from(self.0)
    }
}

/// Which way a step goes: `scorso` or `prossimo`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    Last,
    Next,
}

impl Step {
    pub(crate) fn from_sign(sign: i8) -> Step {
        if sign < 0 {
            Step::Last
        } else {
            Step::Next
        }
    }

    pub(crate) fn sign(self) -> i32 {
        match self {
            Step::Last => -1,
            Step::Next => 1,
        }
    }
}

/// The parts of a calendar date as written: `martedì 18 giugno 2024`,
/// `giugno`, `2022`, `giovedì`, and, as the first end of a range, a day
/// alone (`dal 3 al 5 marzo`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Calendar {
    pub(crate) weekday: Option<Weekday>,
    pub(crate) day: Option<u8>,
    pub(crate) month: Option<Month>,
    pub(crate) year: Option<i32>,
    /// The year was written with two digits (`'68`, `19/6/24`): `year`
    /// holds it in 1970-2069 until the resolver, which knows the
    /// reference, takes the nearest year no more than ten years after it
    /// (`il '68` written in 2024 is 1968, `'25` is 2025).
    pub(crate) short_year: bool,
}

impl Calendar {
    /// Whether the day and month can exist: `31 febbraio` never does, and
    /// `29 febbraio` needs a leap year (any, when no year is written).
    pub(crate) fn can_exist(&self) -> bool {
        match (self.day, self.month) {
            (Some(d), Some(m)) => {
                super::Date::new(self.year.unwrap_or(2024), m.number(), u32::from(d)).is_ok()
            }
            _ => true,
        }
    }

    /// Only a weekday: `giovedì`.
    pub(crate) fn is_weekday_only(&self) -> bool {
        self.weekday.is_some() && self.day.is_none() && self.month.is_none() && self.year.is_none()
    }

    /// A day without its month: `dal 3` in `dal 3 al 5 marzo`.
    pub(crate) fn is_day_only(&self) -> bool {
        self.day.is_some() && self.month.is_none()
    }
}

/// A decade as written: `anni 1990`, `anni '90`, `anni Novanta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decade {
    /// The first year, written whole or in words.
    Year(i32),
    /// The last two digits of the first year, century left out.
    Elided(u8),
}

/// Which one of a period that comes back every year or week: `quest'estate`,
/// `l'estate scorsa`, `estate 2023`, or, with none of these, the one the
/// tense of the clause picks (`a Natale abbiamo venduto`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Which {
    Nearest,
    This,
    Step(Step),
    Year(i32),
}

/// The period a position or a part is counted in: `di ottobre`, `di
/// ottobre 2015`, `del mese prossimo`, `dell'anno`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Within {
    Month { month: Month, year: Option<i32> },
    Unit { unit: CalendarUnit, which: Which },
    Year(i32),
}

/// What a position counts: weekdays (`il primo martedì`) or days (`il
/// terzo giorno`, `il 15 del mese prossimo`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Item {
    Weekday(Weekday),
    Day,
}

/// One date expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expr {
    Calendar(Calendar),
    /// A day of the month alone where the sentence makes it a date
    /// (`tornerò il 15.`, `entro il 27`): in the month the tense picks.
    BareDay(u8),
    /// A named day: `Ferragosto`, `Pasquetta 2025`, `lo scorso Natale`.
    Holiday {
        rule: HolidayRule,
        which: Which,
    },
    /// A season, a range of days: `quest'estate`.
    Season {
        season: u8,
        which: Which,
    },
    /// Saturday and Sunday: `il prossimo weekend`.
    Weekend(Which),
    /// A day counted from the reference: `ieri`, `dopodomani`.
    DayOffset(i64),
    /// Months and days from the reference, at day grain: `tre giorni fa`,
    /// `fra due settimane`, `1 mese e 21 giorni fa`.
    Shift {
        months: i64,
        days: i64,
    },
    /// The unit that holds the reference: `quest'anno`.
    This(CalendarUnit),
    /// A month of the reference's year: `questo settembre`.
    MonthThisYear(Month),
    /// The unit after or before the reference's: `l'anno prossimo`.
    UnitStep {
        unit: CalendarUnit,
        step: Step,
    },
    /// `count` units before or after the reference's, a range: `gli ultimi
    /// tre giorni`, `nei prossimi tre mesi`.
    Rolling {
        count: i64,
        unit: CalendarUnit,
        step: Step,
    },
    /// `martedì prossimo`, `sabato scorso`.
    WeekdayStep {
        weekday: Weekday,
        step: Step,
    },
    /// `lo scorso 3 marzo`.
    DayMonthStep {
        day: u8,
        month: Month,
        step: Step,
    },
    /// The `nth` item of a period, -1 the last: `il primo martedì di
    /// ottobre`, `l'ultimo giorno dell'anno`, `il 15 del mese prossimo`.
    Nth {
        nth: i8,
        item: Item,
        within: Within,
    },
    /// The beginning (0), middle (1) or end (2) of a month or year, a
    /// range: `fine giugno`, `inizio 2025`.
    Part {
        part: u8,
        within: Within,
    },
    Decade(Decade),
    /// The first year of a century: `il Novecento` and `il XX secolo` are
    /// 1900.
    Century(i32),
    Quarter {
        quarter: u8,
        year: Option<i32>,
    },
    /// A half-year, a range of months: `il primo semestre 2024`.
    Half {
        half: u8,
        year: Option<i32>,
    },
}

impl Expr {
    /// The grain of the value the expression resolves to.
    pub(crate) fn grain(&self) -> Grain {
        match *self {
            Expr::Calendar(c) => match (c.day, c.month, c.year) {
                (None, Some(_), _) => Grain::Month,
                (None, None, Some(_)) => Grain::Year,
                _ => Grain::Day,
            },
            Expr::This(unit) | Expr::UnitStep { unit, .. } | Expr::Rolling { unit, .. } => {
                unit.into()
            }
            Expr::MonthThisYear(_) | Expr::Half { .. } => Grain::Month,
            Expr::Part { within, .. } => match within {
                Within::Month { .. }
                | Within::Unit {
                    unit: CalendarUnit::Month,
                    ..
                } => Grain::Day,
                _ => Grain::Month,
            },
            Expr::Decade(_) => Grain::Decade,
            Expr::Century(_) => Grain::Century,
            Expr::Quarter { .. } => Grain::Quarter,
            // Named days, seasons, offsets, positions and steps of
            // weekdays are days.
            _ => Grain::Day,
        }
    }

    /// What a match of the expression alone is.
    pub(crate) fn kind(&self) -> DateKind {
        match self {
            Expr::Calendar(c) if c.is_weekday_only() => DateKind::Weekday,
            Expr::Calendar(_)
            | Expr::Decade(_)
            | Expr::Century(_)
            | Expr::Quarter { .. }
            | Expr::BareDay(_)
            | Expr::Nth { .. } => DateKind::Absolute,
            Expr::Holiday { .. } => DateKind::Holiday,
            Expr::Season { .. }
            | Expr::Weekend(_)
            | Expr::Rolling { .. }
            | Expr::Part { .. }
            | Expr::Half { .. } => DateKind::Range,
            // Counted from the reference: offsets, shifts, steps, `this`.
            _ => DateKind::Relative,
        }
    }

    /// Whether the tense of the clause decides the value: a date that
    /// leaves out its year, a named day or season with no step.
    pub(crate) fn needs_tense(&self) -> bool {
        let within = |w: &Within| match w {
            Within::Month { year, .. } => year.is_none(),
            Within::Unit { which, .. } => *which == Which::Nearest,
            Within::Year(_) => false,
        };
        match self {
            Expr::Calendar(c) => c.year.is_none(),
            Expr::BareDay(_) => true,
            Expr::Holiday { which, .. } | Expr::Season { which, .. } | Expr::Weekend(which) => {
                *which == Which::Nearest
            }
            Expr::Nth { within: w, .. } | Expr::Part { within: w, .. } => within(w),
            _ => false,
        }
    }
}

impl From<CalendarUnit> for Grain {
    fn from(unit: CalendarUnit) -> Grain {
        match unit {
            CalendarUnit::Day => Grain::Day,
            CalendarUnit::Week => Grain::Week,
            CalendarUnit::Month => Grain::Month,
            CalendarUnit::Quarter => Grain::Quarter,
            CalendarUnit::Year => Grain::Year,
        }
    }
}

/// A time of day as read, on the 24-hour clock: `17:30`, `le 8 di sera`
/// (20:00). `mezzanotte` is hour 24, the first hour of the next day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Clock {
    pub(crate) hour: u8,
    pub(crate) minute: u8,
    pub(crate) second: u8,
    /// Hour, minute or second: `alle 9` is an hour, `alle 9:00` a minute,
    /// `alle 9:00:30` a second.
    pub(crate) grain: Grain,
    /// The hour was written without a part of the day and may take one
    /// from the day it is on (`stasera alle 8` is 20:00).
    pub(crate) bare: bool,
}

impl Clock {
    /// This clock as the end of a range that begins at `start`: `dalle 9
    /// alle 5` are office hours, ending at 17:00, as an hour of the
    /// morning before the start, with no part of the day written, is read
    /// in the afternoon; `dalle 22 alle 6` still ends the next morning.
    pub(crate) fn ending(self, start: Clock) -> Clock {
        let afternoon = self.bare
            && (7..=12).contains(&start.hour)
            && self.hour < start.hour
            && self.hour + 12 > start.hour;
        if afternoon {
            Clock {
                hour: self.hour + 12,
                ..self
            }
        } else {
            self
        }
    }

    /// A whole hour: `alle 9`, `mezzogiorno`; `bare` when no part of the
    /// day was written with it.
    pub(crate) fn hour(hour: u8, bare: bool) -> Clock {
        Clock {
            hour,
            minute: 0,
            second: 0,
            grain: Grain::Hour,
            bare,
        }
    }

    /// The clock read in a part of the day: the afternoon and the evening
    /// add twelve hours below noon, the night adds them from 6 to 11 (`le
    /// 11 di notte`) but not to the small hours (`le 3 di notte`).
    pub(crate) fn in_part(self, part: DayPart) -> Clock {
        let pm = match part {
            DayPart::Morning => false,
            DayPart::Afternoon | DayPart::Evening => self.hour < 12,
            DayPart::Night => (6..12).contains(&self.hour),
        };
        Clock {
            hour: if pm { self.hour + 12 } else { self.hour },
            bare: false,
            ..self
        }
    }
}

/// The times of a day: a time of day, a part of the day, or a range of
/// times, open or closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DayTime {
    At(Clock),
    Part(DayPart),
    /// `dalle 9 alle 13`; an end before the start is on the next day
    /// (`dalle 22 alle 6`).
    Span(Clock, Clock),
    /// `dalle 14`, `dopo le 14`.
    Since(Clock),
    /// `entro le 14`, `fino alle 14`.
    Until(Clock),
    /// `prima delle 11`: up to the hour (or minute) before.
    Before(Clock),
}

/// What a rule read: one expression, two joined as a range or one end of
/// an open range, or a date that cannot exist (`31 febbraio`), whose
/// tokens are taken so that no part of it is read as something else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    Atom(Expr),
    Range(Expr, Expr),
    Since(Expr),
    Until(Expr),
    /// Up to the day (or unit) before: `prima del 20 aprile`.
    Before(Expr),
    /// From the day (or unit) after: `dopo il 20 aprile`.
    After(Expr),
    /// Times of a day: the day named (`domani alle 9`, `ieri sera`), or
    /// the day the text is about (`alle 17:30`).
    Timed {
        day: Option<Expr>,
        time: DayTime,
    },
    /// Seconds from the reference's time of day: `tra un'ora`, `mezz'ora
    /// fa`, `adesso`, `tra 30 secondi`.
    Moment(i64),
    Invalid,
}

/// A rule's reading and the tokens it spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Read {
    pub(crate) len: usize,
    pub(crate) reading: Reading,
}

impl Read {
    /// A date that cannot exist, or words that look like one and are
    /// not (`dal lunedì al venerdì`, `via XX Settembre`): its tokens are
    /// taken, and give no date.
    pub(crate) fn invalid(len: usize) -> Option<Read> {
        Some(Read {
            len,
            reading: Reading::Invalid,
        })
    }

    pub(crate) fn timed(len: usize, day: Option<Expr>, time: DayTime) -> Option<Read> {
        Some(Read {
            len,
            reading: Reading::Timed { day, time },
        })
    }

    pub(crate) fn atom(len: usize, expr: Expr) -> Option<Read> {
        Some(Read {
            len,
            reading: Reading::Atom(expr),
        })
    }
}
