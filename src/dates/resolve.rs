//! Expressions turned into values, against the reference date and the
//! tense of their clause: the one place where a date is decided.

use super::expr::{Calendar, Decade, Expr, Month, Step};
use super::periods::part_bounds;
use super::tense::Tense;
use super::{Date, DateOptions, Grain, Period, Weekday, WeekdayPolicy};

/// The reference date and the options that resolution depends on.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Resolver {
    pub(crate) reference: Date,
    pub(crate) options: DateOptions,
}

impl Resolver {
    /// The first and last periods an expression names (the same period
    /// for all but seasons, weekends, rolling windows, parts and
    /// half-years); `None` when it does not exist.
    pub(crate) fn span(&self, expr: Expr, tense: Tense) -> Option<(Period, Period)> {
        let r = self.reference;
        let days =
            |a: Date, b: Date| Some((Period::new(a, Grain::Day), Period::new(b, Grain::Day)));
        match expr {
            Expr::Season { season, which } => {
                let (a, b) = self.season(season, which, tense)?;
                days(a, b)
            }
            Expr::Weekend(which) => {
                let saturday = self.weekend(which, tense);
                days(saturday, saturday.add_days(1))
            }
            Expr::Rolling { count, unit, step } => {
                let here = Period::new(r, unit.into());
                let n = i32::try_from(count).ok()?;
                Some(match step {
                    Step::Last => (here.step(-n), here.step(-1)),
                    Step::Next => (here.step(1), here.step(n)),
                })
            }
            Expr::Part { part, within } => {
                let (whole, grain) = self.within(within, tense, None)?;
                let (a, b) = part_bounds(whole, grain, part)?;
                let g = if grain == Grain::Month {
                    Grain::Day
                } else {
                    Grain::Month
                };
                Some((Period::new(a, g), Period::new(b, g)))
            }
            Expr::Half { half, year } => {
                let first = Date::new(year.unwrap_or(r.year()), u32::from(half) * 6 - 5, 1).ok()?;
                let first = Period::new(first, Grain::Month);
                Some((first, first.step(5)))
            }
            _ => self.period(expr, tense).map(|p| (p, p)),
        }
    }

    /// The period an expression names; `None` when it does not exist or
    /// names a range.
    pub(crate) fn period(&self, expr: Expr, tense: Tense) -> Option<Period> {
        let r = self.reference;
        let day = |d: Date| Some(Period::new(d, Grain::Day));
        match expr {
            Expr::Calendar(c) => self.calendar(c, tense),
            Expr::Holiday { rule, which } => day(self.holiday(rule, which, tense)?),
            Expr::BareDay(d) => day(self.bare_day(d, tense)?),
            Expr::DayOffset(n) => day(r.add_days(n)),
            Expr::Shift { months, days } => {
                let months = i32::try_from(months.clamp(-120_000, 120_000)).ok()?;
                day(r.add_months(months).add_days(days))
            }
            Expr::This(unit) => Some(Period::new(r, unit.into())),
            Expr::MonthThisYear(m) => year_month(r.year(), m),
            Expr::UnitStep { unit, step } => Some(Period::new(r, unit.into()).step(step.sign())),
            Expr::WeekdayStep { weekday, step } => {
                day(self.weekday(weekday, Tense::Unknown, Some(step)))
            }
            Expr::DayMonthStep {
                day: d,
                month,
                step,
            } => self.day_month_step(d, month, step),
            Expr::Nth { nth, item, within } => day(self.nth(nth, item, within, tense)?),
            Expr::Decade(decade) => year_period(self.decade_year(decade), Grain::Decade),
            Expr::Century(year) => year_period(year, Grain::Century),
            Expr::Quarter { quarter, year } => {
                let year = year.unwrap_or(r.year());
                let first = Date::new(year, u32::from(quarter) * 3 - 2, 1).ok()?;
                Some(Period::new(first, Grain::Quarter))
            }
            Expr::Season { .. }
            | Expr::Weekend(_)
            | Expr::Rolling { .. }
            | Expr::Part { .. }
            | Expr::Half { .. } => None,
        }
    }

    fn calendar(&self, c: Calendar, tense: Tense) -> Option<Period> {
        let year = c
            .year
            .map(|y| if c.short_year { self.century_of(y) } else { y });
        match (c.day, c.month, year) {
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
            (Some(d), None, None) => {
                let w = c.weekday?;
                Some(Period::new(self.weekday_day(w, d, tense)?, Grain::Day))
            }
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
            Decade::Elided(d) => self.nearest_year(i32::from(d), 0),
        }
    }

    /// A year written with two digits, in the century that makes it the
    /// nearest no more than ten years after the reference: written in 2024,
    /// `'68` is 1968, `'25` 2025, `'34` 2034, `'38` 1938.
    fn century_of(&self, year: i32) -> i32 {
        self.nearest_year(year.rem_euclid(100), 10)
    }

    /// The year ending in `two_digits` nearest the reference and no more
    /// than `ahead` years after it.
    fn nearest_year(&self, two_digits: i32, ahead: i32) -> i32 {
        let r = self.reference.year();
        let y = r - r.rem_euclid(100) + two_digits;
        if y > r + ahead {
            y - 100
        } else if y + 100 <= r + ahead {
            y + 100
        } else {
            y
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
}

pub(super) fn year_month(year: i32, m: Month) -> Option<Period> {
    Date::new(year, m.number(), 1)
        .ok()
        .map(|x| Period::new(x, Grain::Month))
}

pub(super) fn year_period(year: i32, grain: Grain) -> Option<Period> {
    Date::new(year, 1, 1).ok().map(|x| Period::new(x, grain))
}
