//! Where the periods that come back fall: named days, seasons, weekends,
//! positions in a month or year (`il primo martedì di ottobre`), parts
//! (`fine giugno`), and a weekday with a day number (`venerdì 5`).
//!
//! Each of them has one occurrence per year (or week); which one a text
//! means is picked in one place ([`pick`]): the year written, `questo`,
//! `scorso`/`prossimo`, or, with none of these, the one that holds the
//! reference, else the next one, else in a clause in the past the last one.

use super::expr::{Item, Step, Which, Within};
use super::resolve::Resolver;
use super::tense::Tense;
use super::{Date, Grain, Period, Weekday};
use crate::lexicon::dates::{CalendarUnit, HolidayRule, SEASONS};

/// The first and last day of an occurrence.
type Days = (Date, Date);

impl Resolver {
    /// The named day `rule` picks.
    pub(super) fn holiday(&self, rule: HolidayRule, which: Which, tense: Tense) -> Option<Date> {
        let at = |y: i32| holiday_in(rule, y).map(|d| (d, d));
        self.yearly(at, which, tense).map(|(d, _)| d)
    }

    /// The first and last day of the season `season` (an index of
    /// [`SEASONS`]) picks.
    pub(super) fn season(&self, season: u8, which: Which, tense: Tense) -> Option<Days> {
        let [sm, sd, em, ed] = SEASONS.get(usize::from(season))?.1;
        let at = |y: i32| {
            let end_year = if em < sm { y + 1 } else { y };
            let first = Date::new(y, u32::from(sm), u32::from(sd)).ok()?;
            Some((
                first,
                Date::new(end_year, u32::from(em), u32::from(ed)).ok()?,
            ))
        };
        self.yearly(at, which, tense)
    }

    /// The Saturday of the weekend `which` picks; a year written after a
    /// weekend means nothing, and gives the nearest one.
    pub(super) fn weekend(&self, which: Which, tense: Tense) -> Date {
        let r = self.reference;
        let saturday = r.add_days(6 - i64::from(r.weekday().number_from_monday()));
        let at = |k: i64| Some((saturday.add_days(7 * k), saturday.add_days(7 * k + 1)));
        let which = match which {
            Which::Year(_) => Which::Nearest,
            w => w,
        };
        pick(r, &[at(-1), at(0), at(1)], 1, which, tense).map_or(saturday, |(d, _)| d)
    }

    /// The occurrence of a yearly period `which` picks, given where it
    /// falls in year `y`.
    fn yearly(&self, at: impl Fn(i32) -> Option<Days>, which: Which, tense: Tense) -> Option<Days> {
        let y = self.reference.year();
        match which {
            Which::Year(year) => at(year),
            // Winter begins in the year before the one it mostly covers.
            _ => pick(
                self.reference,
                &[at(y - 2), at(y - 1), at(y), at(y + 1)],
                2,
                which,
                tense,
            ),
        }
    }

    /// The `nth` item of a period: its day (the -1st is the last), or its
    /// `nth` weekday; `None` when there is no such day (`il 31 di questo
    /// mese` in November, the fifth Sunday of a month with four).
    pub(super) fn nth(&self, nth: i8, item: Item, within: Within, tense: Tense) -> Option<Date> {
        let find = |whole: Period| nth_in(whole, nth, item);
        let (whole, _) = self.within(within, tense, Some(&find))?;
        find(whole)
    }

    /// The month or year a position or part is counted in, and its grain.
    /// A unit named without a step (`dell'anno`) is the reference's, or
    /// the one before (after) it when what is looked for (`probe`) would
    /// fall after (before) the reference in a clause in the past (future).
    pub(super) fn within(
        &self,
        within: Within,
        tense: Tense,
        probe: Option<&dyn Fn(Period) -> Option<Date>>,
    ) -> Option<(Period, Grain)> {
        let r = self.reference;
        let whole = match within {
            Within::Month { month, year } => {
                let c = super::expr::Calendar {
                    month: Some(month),
                    year,
                    ..Default::default()
                };
                self.period(super::expr::Expr::Calendar(c), tense)?
            }
            Within::Year(y) => super::resolve::year_period(y, Grain::Year)?,
            Within::Unit { unit, which } => {
                let here = Period::new(r, unit.into());
                match which {
                    Which::Step(s) => here.step(s.sign()),
                    Which::Year(y) => super::resolve::year_period(y, Grain::Year)?,
                    Which::This => here,
                    Which::Nearest => {
                        let found = probe.and_then(|f| f(here));
                        match (tense, found) {
                            (Tense::Past, Some(d)) if d > r => here.step(-1),
                            (Tense::Future, Some(d)) if d < r => here.step(1),
                            _ => here,
                        }
                    }
                }
            }
        };
        let grain = match within {
            Within::Month { .. }
            | Within::Unit {
                unit: CalendarUnit::Month,
                ..
            } => Grain::Month,
            _ => Grain::Year,
        };
        Some((whole, grain))
    }

    /// `tornerò il 15`: the 15th on or after the reference, or on or
    /// before it in the past.
    pub(super) fn bare_day(&self, day: u8, tense: Tense) -> Option<Date> {
        let r = self.reference;
        let first = Date::new(r.year(), r.month(), 1).ok()?;
        let mut days = (-2..=2).filter_map(|k| {
            let m = first.add_months(k);
            Date::new(m.year(), m.month(), u32::from(day)).ok()
        });
        match tense {
            Tense::Past => days.filter(|d| *d <= r).max(),
            _ => days.find(|d| *d >= r),
        }
    }

    /// `venerdì 5`: the 5th of the nearest month in which it is a Friday,
    /// on or after the reference in the future, on or before it in the
    /// past.
    pub(super) fn weekday_day(&self, w: Weekday, day: u8, tense: Tense) -> Option<Date> {
        let r = self.reference;
        let first = Date::new(r.year(), r.month(), 1).ok()?;
        let fits = (-12..=12)
            .filter_map(|k| {
                let m = first.add_months(k);
                Date::new(m.year(), m.month(), u32::from(day)).ok()
            })
            .filter(|d| d.weekday() == w);
        match tense {
            Tense::Past => fits.filter(|d| *d <= r).max(),
            Tense::Future => fits.filter(|d| *d >= r).min(),
            _ => fits.min_by_key(|d| (r.days_until(*d).abs(), *d < r)),
        }
    }
}

/// The occurrence `which` names among a few in a row (the years or weeks
/// around the reference), `this` the one of the reference's year or week.
fn pick(r: Date, around: &[Option<Days>], this: usize, which: Which, tense: Tense) -> Option<Days> {
    let mut all = around.iter().flatten().copied();
    let holding = all.clone().find(|&(a, b)| a <= r && r <= b);
    let next = all.clone().find(|&(a, _)| a > r);
    let last = all.rfind(|&(_, b)| b < r);
    match which {
        Which::This => holding.or(around[this]),
        Which::Step(Step::Next) => next,
        Which::Step(Step::Last) => last,
        Which::Nearest if tense == Tense::Past => holding.or(last),
        Which::Nearest | Which::Year(_) => holding.or(next),
    }
}

/// Where a named day falls in year `y`.
pub(crate) fn holiday_in(rule: HolidayRule, y: i32) -> Option<Date> {
    match rule {
        HolidayRule::Fixed { month, day } => Date::new(y, u32::from(month), u32::from(day)).ok(),
        HolidayRule::Easter(days) => Some(Date::easter(y).ok()?.add_days(i64::from(days))),
        HolidayRule::NthWeekday {
            month,
            weekday,
            nth,
        } => {
            let m = Period::new(Date::new(y, u32::from(month), 1).ok()?, Grain::Month);
            nth_in(m, nth as i8, Item::Weekday(Weekday::from_monday(weekday)))
        }
    }
}

/// The `nth` day or weekday of a period (-1 the last), if it has one.
fn nth_in(whole: Period, nth: i8, item: Item) -> Option<Date> {
    let (first, last) = (whole.start(), whole.end());
    let found = match (item, nth) {
        (Item::Day, -1) => last,
        (Item::Day, n) if n > 0 => first.add_days(i64::from(n) - 1),
        (Item::Weekday(w), -1) => {
            let back =
                i64::from(last.weekday().number_from_monday()) - i64::from(w.number_from_monday());
            last.add_days(-back.rem_euclid(7))
        }
        (Item::Weekday(w), n) if n > 0 => {
            let ahead =
                i64::from(w.number_from_monday()) - i64::from(first.weekday().number_from_monday());
            first.add_days(ahead.rem_euclid(7) + 7 * (i64::from(n) - 1))
        }
        _ => return None,
    };
    whole.contains(found).then_some(found)
}

/// The first and last day (of a month) or month (of a year) of a part:
/// days 1-10, 11-20, 21-end; months 1-4, 5-8, 9-12.
pub(super) fn part_bounds(whole: Period, grain: Grain, part: u8) -> Option<Days> {
    let s = whole.start();
    match (grain, part) {
        (Grain::Month, 0) => Some((s, s.add_days(9))),
        (Grain::Month, 1) => Some((s.add_days(10), s.add_days(19))),
        (Grain::Month, 2) => Some((s.add_days(20), whole.end())),
        (_, p @ 0..=2) => {
            let first = s.add_months(4 * i32::from(p));
            Some((first, first.add_months(3)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        s.parse().expect("a date")
    }

    #[test]
    fn nth_weekdays_and_days() {
        let october = Period::new(date("2024-10-01"), Grain::Month);
        let tuesday = Item::Weekday(Weekday::Tuesday);
        assert_eq!(nth_in(october, 1, tuesday), Some(date("2024-10-01")));
        assert_eq!(nth_in(october, 5, tuesday), Some(date("2024-10-29")));
        assert_eq!(
            nth_in(october, -1, Item::Weekday(Weekday::Monday)),
            Some(date("2024-10-28"))
        );
        // October 2024 has four Sundays... and five: 6, 13, 20, 27 only.
        assert_eq!(nth_in(october, 5, Item::Weekday(Weekday::Sunday)), None);
        let november = Period::new(date("2024-11-01"), Grain::Month);
        assert_eq!(nth_in(november, 31, Item::Day), None);
        assert_eq!(nth_in(november, -1, Item::Day), Some(date("2024-11-30")));
    }

    #[test]
    fn every_holiday_of_2024_and_2025() {
        use crate::lexicon::dates::HOLIDAYS;
        // Name, then the day in 2024 and in 2025: fixed days as the civil
        // calendar has them, movable ones from Easter (31 March 2024, 20
        // April 2025), the Festa della mamma on the second Sunday of May.
        let expected = [
            ("capodanno", "2024-01-01", "2025-01-01"),
            ("epifania", "2024-01-06", "2025-01-06"),
            ("befana", "2024-01-06", "2025-01-06"),
            ("san valentino", "2024-02-14", "2025-02-14"),
            ("festa della donna", "2024-03-08", "2025-03-08"),
            ("san giuseppe", "2024-03-19", "2025-03-19"),
            ("festa del papà", "2024-03-19", "2025-03-19"),
            ("festa della liberazione", "2024-04-25", "2025-04-25"),
            ("festa dei lavoratori", "2024-05-01", "2025-05-01"),
            ("festa del lavoro", "2024-05-01", "2025-05-01"),
            ("primo maggio", "2024-05-01", "2025-05-01"),
            ("festa della repubblica", "2024-06-02", "2025-06-02"),
            ("ferragosto", "2024-08-15", "2025-08-15"),
            ("ognissanti", "2024-11-01", "2025-11-01"),
            ("tutti i santi", "2024-11-01", "2025-11-01"),
            ("commemorazione dei defunti", "2024-11-02", "2025-11-02"),
            ("giorno dei morti", "2024-11-02", "2025-11-02"),
            ("immacolata concezione", "2024-12-08", "2025-12-08"),
            ("vigilia di natale", "2024-12-24", "2025-12-24"),
            ("natale", "2024-12-25", "2025-12-25"),
            ("santo stefano", "2024-12-26", "2025-12-26"),
            ("san silvestro", "2024-12-31", "2025-12-31"),
            ("vigilia di capodanno", "2024-12-31", "2025-12-31"),
            ("primo dell' anno", "2024-01-01", "2025-01-01"),
            ("festa degli innamorati", "2024-02-14", "2025-02-14"),
            ("festa del papa", "2024-03-19", "2025-03-19"),
            ("idi di marzo", "2024-03-15", "2025-03-15"),
            ("anniversario della liberazione", "2024-04-25", "2025-04-25"),
            ("giorno dei lavoratori", "2024-05-01", "2025-05-01"),
            ("halloween", "2024-10-31", "2025-10-31"),
            ("festa dei santi", "2024-11-01", "2025-11-01"),
            ("giorno dei santi", "2024-11-01", "2025-11-01"),
            ("immacolata", "2024-12-08", "2025-12-08"),
            ("pasqua", "2024-03-31", "2025-04-20"),
            ("pasquetta", "2024-04-01", "2025-04-21"),
            ("lunedì dell' angelo", "2024-04-01", "2025-04-21"),
            ("lunedi dell' angelo", "2024-04-01", "2025-04-21"),
            ("giovedì santo", "2024-03-28", "2025-04-17"),
            ("venerdì santo", "2024-03-29", "2025-04-18"),
            ("sabato santo", "2024-03-30", "2025-04-19"),
            ("martedì grasso", "2024-02-13", "2025-03-04"),
            ("mercoledì delle ceneri", "2024-02-14", "2025-03-05"),
            ("ascensione", "2024-05-09", "2025-05-29"),
            ("pentecoste", "2024-05-19", "2025-06-08"),
            ("festa della mamma", "2024-05-12", "2025-05-11"),
        ];
        assert_eq!(
            HOLIDAYS.len(),
            expected.len(),
            "a row without its days here"
        );
        for h in HOLIDAYS {
            let name = h.words.join(" ");
            let (_, a, b) = expected
                .iter()
                .find(|(n, _, _)| *n == name)
                .unwrap_or_else(|| panic!("no expected days for {name}"));
            let day = |y| holiday_in(h.rule, y).map(|d| d.to_string());
            assert_eq!(day(2024).as_deref(), Some(*a), "{name}");
            assert_eq!(day(2025).as_deref(), Some(*b), "{name}");
        }
    }

    #[test]
    fn easter_against_the_published_table() {
        // Easter Sunday as the published tables give it: every year 2000 to
        // 2030, and the extremes of the Gregorian computus (22 March in
        // 1818 and 2285, 25 April in 1943 and 2038).
        let known = [
            "2000-04-23",
            "2001-04-15",
            "2002-03-31",
            "2003-04-20",
            "2004-04-11",
            "2005-03-27",
            "2006-04-16",
            "2007-04-08",
            "2008-03-23",
            "2009-04-12",
            "2010-04-04",
            "2011-04-24",
            "2012-04-08",
            "2013-03-31",
            "2014-04-20",
            "2015-04-05",
            "2016-03-27",
            "2017-04-16",
            "2018-04-01",
            "2019-04-21",
            "2020-04-12",
            "2021-04-04",
            "2022-04-17",
            "2023-04-09",
            "2024-03-31",
            "2025-04-20",
            "2026-04-05",
            "2027-03-28",
            "2028-04-16",
            "2029-04-01",
            "2030-04-21",
            "1818-03-22",
            "2285-03-22",
            "1943-04-25",
            "2038-04-25",
        ];
        for day in known {
            let d = date(day);
            assert_eq!(Date::easter(d.year()), Ok(d), "{day}");
        }
        // Every year 1900 to 2100: a Sunday between 22 March and 25 April.
        for year in 1900..=2100 {
            let e = Date::easter(year).expect("a year in range");
            assert_eq!(e.weekday(), Weekday::Sunday, "{year}");
            assert!(e >= date(&format!("{year}-03-22")), "{year}");
            assert!(e <= date(&format!("{year}-04-25")), "{year}");
        }
        // And no panic over the whole range a date holds.
        for year in [-9999, -1, 0, 1, 1582, 9999] {
            assert!(Date::easter(year).is_ok(), "{year}");
        }
        assert!(Date::easter(10_000).is_err());
    }

    #[test]
    fn rolling_weeks_across_the_year_end() {
        use crate::dates::DateOptions;
        let r = Resolver {
            reference: date("2025-01-08"),
            options: DateOptions::default(),
        };
        let window = |count, step| {
            let e = super::super::expr::Expr::Rolling {
                count,
                unit: CalendarUnit::Week,
                step,
            };
            r.span(e, Tense::Unknown).map(|(a, b)| format!("{a}/{b}"))
        };
        assert_eq!(window(2, Step::Last).as_deref(), Some("2024-W52/2025-W01"));
        assert_eq!(window(3, Step::Next).as_deref(), Some("2025-W03/2025-W05"));
        let r = Resolver {
            reference: date("2020-12-30"),
            options: DateOptions::default(),
        };
        // 2020 has 53 ISO weeks.
        let e = super::super::expr::Expr::Rolling {
            count: 2,
            unit: CalendarUnit::Week,
            step: Step::Next,
        };
        let (a, b) = r.span(e, Tense::Unknown).expect("a window");
        assert_eq!(format!("{a}/{b}"), "2021-W01/2021-W02");
    }

    #[test]
    fn seasons_across_the_year_end() {
        use crate::dates::DateOptions;
        let at = |r: &str| Resolver {
            reference: date(r),
            options: DateOptions::default(),
        };
        let winter = 3;
        let show = |d: Option<Days>| d.map(|(a, b)| format!("{a}/{b}"));
        // Said in January, this winter began in the December before.
        assert_eq!(
            show(at("2025-01-15").season(winter, Which::This, Tense::Unknown)).as_deref(),
            Some("2024-12-21/2025-03-20")
        );
        assert_eq!(
            show(at("2025-01-15").season(winter, Which::Step(Step::Last), Tense::Unknown))
                .as_deref(),
            Some("2023-12-21/2024-03-20")
        );
        assert_eq!(
            show(at("2024-12-10").season(winter, Which::Step(Step::Next), Tense::Unknown))
                .as_deref(),
            Some("2024-12-21/2025-03-20")
        );
        assert_eq!(
            show(at("2024-06-18").season(1, Which::This, Tense::Unknown)).as_deref(),
            Some("2024-06-21/2024-09-22")
        );
    }
}
