//! Expressions turned into values, against the reference date and the
//! tense of their clause: the one place where a date is decided.

use super::expr::{Calendar, Decade, Expr, Month, Step};
use super::tense::Tense;
use super::{Date, DateOptions, Grain, Period, Weekday, WeekdayPolicy};
use crate::lexicon::dates::CalendarUnit;

/// The reference date and the options that resolution depends on.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Resolver {
    pub(crate) reference: Date,
    pub(crate) options: DateOptions,
}

impl Resolver {
    /// The period an expression names; `None` when it does not exist.
    pub(crate) fn period(&self, expr: Expr, tense: Tense) -> Option<Period> {
        let r = self.reference;
        let day = |d: Date| Some(Period::new(d, Grain::Day));
        match expr {
            Expr::Calendar(c) => self.calendar(c, tense),
            Expr::Holiday {
                month,
                day: d,
                year,
            } => self.day_month(d, month, year, holiday(tense)),
            Expr::DayOffset(n) => day(r.add_days(n)),
            Expr::Shift { count, unit } => day(self.shift(count, unit)),
            Expr::This(unit) => Some(Period::new(r, unit.into())),
            Expr::UnitStep { unit, step } => Some(Period::new(
                self.shift(i64::from(step.sign()), unit),
                unit.into(),
            )),
            Expr::WeekdayStep { weekday, step } => {
                day(self.weekday(weekday, Tense::Unknown, Some(step)))
            }
            Expr::DayMonthStep {
                day: d,
                month,
                step,
            } => self.day_month_step(d, month, step),
            Expr::Decade(decade) => year_period(self.decade_year(decade), Grain::Decade),
            Expr::Century(year) => year_period(year, Grain::Century),
            Expr::Quarter { quarter, year } => {
                let year = year.unwrap_or(r.year());
                let first = Date::new(year, u32::from(quarter) * 3 - 2, 1).ok()?;
                Some(Period::new(first, Grain::Quarter))
            }
        }
    }

    fn calendar(&self, c: Calendar, tense: Tense) -> Option<Period> {
        match (c.day, c.month, c.year) {
            (Some(d), Some(m), Some(y)) => Date::new(y, m.number(), u32::from(d))
                .ok()
                .map(|x| Period::new(x, Grain::Day)),
            (Some(d), Some(m), None) => match c.weekday {
                Some(w) => self
                    .day_month_on(d, m, w, tense)
                    .or_else(|| self.day_month(d, m, None, tense)),
                None => self.day_month(d, m, None, tense),
            },
            (None, Some(m), Some(y)) => year_month(y, m),
            (None, Some(m), None) => {
                let r = self.reference;
                let year = match tense {
                    Tense::Past if m.number() > r.month() => r.year() - 1,
                    Tense::Future | Tense::Present if m.number() < r.month() => r.year() + 1,
                    _ => r.year(),
                };
                year_month(year, m)
            }
            (None, None, Some(y)) => year_period(y, Grain::Year),
            _ => c
                .weekday
                .filter(|_| c.day.is_none())
                .map(|w| Period::new(self.weekday(w, tense, None), Grain::Day)),
        }
    }

    /// A day and month, in the year written or the one the tense picks: in
    /// the past, the latest such day on or before the reference; in the
    /// present or future, the first on or after it; with no cue, the
    /// reference year.
    fn day_month(&self, d: u8, m: Month, year: Option<i32>, tense: Tense) -> Option<Period> {
        let r = self.reference;
        let on = |y: i32| Date::new(y, m.number(), u32::from(d)).ok();
        let found = match (year, tense) {
            (Some(y), _) => on(y),
            (None, Tense::Past) => on(r.year())
                .filter(|&x| x <= r)
                .or_else(|| (1..=8).find_map(|k| on(r.year() - k))),
            (None, Tense::Present | Tense::Future) => on(r.year())
                .filter(|&x| x >= r)
                .or_else(|| (1..=8).find_map(|k| on(r.year() + k))),
            (None, Tense::Unknown) => on(r.year()),
        };
        found.map(|x| Period::new(x, Grain::Day))
    }

    /// A day and month named with their weekday: `venerdì 5 luglio` is in
    /// the nearest year whose 5 July is a Friday (the year before or after
    /// before the tense is asked).
    fn day_month_on(&self, d: u8, m: Month, w: Weekday, tense: Tense) -> Option<Period> {
        let r = self.reference;
        let year_with = |k: i32| {
            Date::new(r.year() + k, m.number(), u32::from(d))
                .ok()
                .filter(|x| x.weekday() == w)
        };
        let tense_fits = |x: &Date| match tense {
            Tense::Past => *x <= r,
            Tense::Future => *x >= r,
            _ => true,
        };
        [0, 1, -1]
            .into_iter()
            .find_map(year_with)
            .or_else(|| {
                (2..=6)
                    .flat_map(|k| [k, -k])
                    .filter_map(year_with)
                    .find(tense_fits)
            })
            .map(|x| Period::new(x, Grain::Day))
    }

    /// `lo scorso 3 marzo`: the last one before the reference (the next
    /// one after it for `prossimo`), a year away when it is the reference.
    fn day_month_step(&self, d: u8, m: Month, step: Step) -> Option<Period> {
        let tense = match step {
            Step::Last => Tense::Past,
            Step::Next => Tense::Future,
        };
        let mut found = self.day_month(d, m, None, tense)?;
        if found.start() == self.reference {
            found = Period::new(found.start().add_months(12 * step.sign()), Grain::Day);
        }
        Some(found)
    }

    /// A two-digit decade is never in the future of the text: `anni '50`
    /// written in 2024 is 1950, `anni '20` is 2020.
    fn decade_year(&self, decade: Decade) -> i32 {
        match decade {
            Decade::Year(y) => y,
            Decade::Elided(d) => {
                let r = self.reference.year();
                let year = r - r.rem_euclid(100) + i32::from(d);
                if year > r {
                    year - 100
                } else {
                    year
                }
            }
        }
    }

    /// The weekday `w` by tense and the weekday policy; a step forces the
    /// next or the last one, the reference day excluded.
    pub(crate) fn weekday(&self, w: Weekday, tense: Tense, step: Option<Step>) -> Date {
        let r = self.reference;
        let today = i64::from(r.weekday().number_from_monday());
        let w = i64::from(w.number_from_monday());
        let ahead = (w - today).rem_euclid(7);
        let behind = (today - w).rem_euclid(7);
        match step {
            Some(Step::Next) => return r.add_days(if ahead == 0 { 7 } else { ahead }),
            Some(Step::Last) => return r.add_days(-(if behind == 0 { 7 } else { behind })),
            None => {}
        }
        let future = match self.options.weekday_policy() {
            WeekdayPolicy::Past => false,
            WeekdayPolicy::Future => true,
            WeekdayPolicy::Nearest => ahead <= behind,
            WeekdayPolicy::ByTense => tense != Tense::Past,
        };
        if future {
            r.add_days(ahead)
        } else {
            r.add_days(-behind)
        }
    }

    /// The reference moved by `n` units, with calendar arithmetic.
    pub(crate) fn shift(&self, n: i64, unit: CalendarUnit) -> Date {
        let r = self.reference;
        match unit {
            CalendarUnit::Day => r.add_days(n),
            CalendarUnit::Week => r.add_days(n.saturating_mul(7)),
            CalendarUnit::Month => r.add_months(n.clamp(-120_000, 120_000) as i32),
            CalendarUnit::Quarter => r.add_months((n.clamp(-40_000, 40_000) * 3) as i32),
            CalendarUnit::Year => r.add_months((n.clamp(-10_000, 10_000) * 12) as i32),
        }
    }
}

/// A named day with no year is the next one, or the last one in a clause
/// in the past tense.
fn holiday(tense: Tense) -> Tense {
    match tense {
        Tense::Past => Tense::Past,
        _ => Tense::Future,
    }
}

fn year_month(year: i32, m: Month) -> Option<Period> {
    Date::new(year, m.number(), 1)
        .ok()
        .map(|x| Period::new(x, Grain::Month))
}

fn year_period(year: i32, grain: Grain) -> Option<Period> {
    Date::new(year, 1, 1).ok().map(|x| Period::new(x, grain))
}
