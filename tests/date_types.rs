//! Conversions to jiff and chrono, at the ends of every range.
#![cfg(any(feature = "jiff", feature = "chrono"))]

use italiano::dates::{Date, DateTime, Time, Weekday};

/// Dates at the ends of the years both sides hold, and the days that
/// calendars get wrong (29 February in leap and non-leap centuries).
fn edge_dates() -> Vec<Date> {
    [
        (-9999, 1, 1),
        (-9999, 12, 31),
        (-4, 2, 29),
        (0, 2, 29),
        (1, 1, 1),
        (1582, 10, 4),
        (1582, 10, 15),
        (1900, 2, 28),
        (2000, 2, 29),
        (2024, 2, 29),
        (9999, 12, 31),
    ]
    .into_iter()
    .map(|(y, m, d)| Date::new(y, m, d).unwrap())
    .collect()
}

fn edge_times() -> Vec<Time> {
    [(0, 0, 0), (0, 0, 1), (12, 0, 0), (23, 59, 59)]
        .into_iter()
        .map(|(h, m, s)| Time::new(h, m, s).unwrap())
        .collect()
}

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

#[cfg(feature = "jiff")]
mod jiff_types {
    use super::*;
    use jiff::civil;

    #[test]
    fn dates_round_trip_and_agree() {
        for date in edge_dates() {
            let there = civil::Date::from(date);
            assert_eq!(
                (
                    i32::from(there.year()),
                    there.month() as u32,
                    there.day() as u32
                ),
                (date.year(), date.month(), date.day())
            );
            assert_eq!(Date::from(there), date);
            assert_eq!(Weekday::from(there.weekday()), date.weekday());
        }
        // The whole of jiff's range converts.
        assert_eq!(Date::from(civil::Date::MIN).to_string(), "-9999-01-01");
        assert_eq!(Date::from(civil::Date::MAX).to_string(), "9999-12-31");
    }

    #[test]
    fn times_and_date_times_round_trip() {
        for time in edge_times() {
            assert_eq!(Time::try_from(civil::Time::from(time)).unwrap(), time);
            for date in edge_dates() {
                let at = DateTime::new(date, time);
                assert_eq!(DateTime::try_from(civil::DateTime::from(at)).unwrap(), at);
            }
        }
    }

    #[test]
    fn fractions_of_a_second_are_refused() {
        let err = Time::try_from(civil::time(23, 59, 59, 999_999_999)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "23:59:59 and 999999999 nanoseconds has a fraction of a second; Time holds whole seconds"
        );
        assert!(DateTime::try_from(civil::date(2024, 6, 19).at(0, 0, 0, 1)).is_err());
        let rounded = civil::time(9, 0, 0, 600_000_000)
            .round(jiff::Unit::Second)
            .unwrap();
        assert_eq!(
            Time::try_from(rounded).unwrap(),
            Time::new(9, 0, 1).unwrap()
        );
    }

    #[test]
    fn weekdays_round_trip() {
        for day in WEEKDAYS {
            assert_eq!(Weekday::from(civil::Weekday::from(day)), day);
        }
    }

    #[test]
    fn durations_become_spans_with_their_units() {
        let found: Vec<jiff::Span> =
            italiano::durations("per due settimane e tre giorni, poi 90 minuti")
                .map(|m| jiff::Span::try_from(m.value()).unwrap())
                .collect();
        assert_eq!((found[0].get_weeks(), found[0].get_days()), (2, 3));
        assert_eq!(found[1].get_minutes(), 90);
        let too_long = italiano::durations("per 20000 anni")
            .next()
            .unwrap()
            .value();
        assert!(jiff::Span::try_from(too_long).is_err());
    }
}

#[cfg(feature = "chrono")]
mod chrono_types {
    use super::*;
    use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

    #[test]
    fn dates_round_trip_and_agree() {
        for date in edge_dates() {
            let there = NaiveDate::from(date);
            assert_eq!(
                (there.year(), there.month(), there.day()),
                (date.year(), date.month(), date.day())
            );
            assert_eq!(Date::try_from(there).unwrap(), date);
            assert_eq!(Weekday::from(there.weekday()), date.weekday());
        }
    }

    #[test]
    fn years_beyond_ours_are_refused() {
        for (y, m, d) in [(10000, 1, 1), (-10000, 12, 31)] {
            let err = Date::try_from(NaiveDate::from_ymd_opt(y, m, d).unwrap()).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!("year {y} is out of range (-9999 to 9999)")
            );
        }
        assert!(Date::try_from(NaiveDate::MAX).is_err());
        assert!(Date::try_from(NaiveDate::MIN).is_err());
    }

    #[test]
    fn times_and_date_times_round_trip() {
        for time in edge_times() {
            assert_eq!(Time::try_from(NaiveTime::from(time)).unwrap(), time);
            for date in edge_dates() {
                let at = DateTime::new(date, time);
                assert_eq!(DateTime::try_from(NaiveDateTime::from(at)).unwrap(), at);
            }
        }
    }

    #[test]
    fn fractions_and_leap_seconds_are_refused() {
        let leap = NaiveTime::from_hms_milli_opt(23, 59, 59, 1_500).unwrap();
        assert!(Time::try_from(leap).is_err());
        assert!(Time::try_from(NaiveTime::from_hms_nano_opt(0, 0, 0, 1).unwrap()).is_err());
        let at = NaiveDate::from_ymd_opt(10000, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        assert!(DateTime::try_from(at).is_err());
    }

    #[test]
    fn weekdays_round_trip() {
        for day in WEEKDAYS {
            assert_eq!(Weekday::from(chrono::Weekday::from(day)), day);
        }
    }
}
