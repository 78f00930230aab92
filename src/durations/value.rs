//! [`Duration`]: a length of time in the units the text wrote it in.

use std::fmt;

use crate::lexicon::durations::TimeUnit;

/// A length of time as ISO 8601 writes it, in the units the text used:
/// `tre giorni` is `P3D`, `due settimane` `P2W`, `un anno e mezzo`
/// `P1Y6M`, `un'ora e mezza` `PT1H30M`, `90 minuti` `PT90M` (not
/// `PT1H30M`: a length of 90 minutes is what was written).
///
/// Months and years have no fixed length, so a `Duration` is not a number
/// of seconds; [`Duration::seconds_exact`] gives one when the units allow.
///
/// # Examples
///
/// ```
/// let found = italiano::durations::durations("Cuocete per un'ora e mezza.").next().unwrap();
/// assert_eq!(found.value().to_string(), "PT1H30M");
/// assert_eq!(found.value().minutes(), 30);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Duration {
    /// Years, months, weeks, days, hours, minutes, seconds.
    parts: [u32; 7],
}

/// The ISO 8601 letter of each part, and whether it is after the `T`.
const DESIGNATORS: [(char, bool); 7] = [
    ('Y', false),
    ('M', false),
    ('W', false),
    ('D', false),
    ('H', true),
    ('M', true),
    ('S', true),
];

impl Duration {
    fn slot(unit: TimeUnit) -> usize {
        match unit {
            TimeUnit::Year => 0,
            TimeUnit::Month => 1,
            TimeUnit::Week => 2,
            TimeUnit::Day => 3,
            TimeUnit::Hour => 4,
            TimeUnit::Minute => 5,
            TimeUnit::Second => 6,
        }
    }

    /// `count` units more; `None` on overflow.
    pub(crate) fn plus(mut self, unit: TimeUnit, count: u64) -> Option<Duration> {
        let slot = &mut self.parts[Duration::slot(unit)];
        *slot = slot.checked_add(u32::try_from(count).ok()?)?;
        Some(self)
    }

    /// How many of `unit` it has.
    pub(crate) fn count(&self, unit: TimeUnit) -> u32 {
        self.parts[Duration::slot(unit)]
    }

    /// Whether it has only hours, minutes and seconds.
    pub(crate) fn is_clock(&self) -> bool {
        self.parts[..4].iter().all(|&p| p == 0)
    }

    /// Years.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = italiano::durations::durations("tre anni e due mesi").next().unwrap().value();
    /// assert_eq!((d.years(), d.months()), (3, 2));
    /// ```
    pub fn years(&self) -> u32 {
        self.parts[0]
    }

    /// Months.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = italiano::durations::durations("sei mesi").next().unwrap().value();
    /// assert_eq!(d.months(), 6);
    /// ```
    pub fn months(&self) -> u32 {
        self.parts[1]
    }

    /// Weeks.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = italiano::durations::durations("due settimane").next().unwrap().value();
    /// assert_eq!(d.weeks(), 2);
    /// ```
    pub fn weeks(&self) -> u32 {
        self.parts[2]
    }

    /// Days.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = italiano::durations::durations("tre giorni").next().unwrap().value();
    /// assert_eq!(d.days(), 3);
    /// ```
    pub fn days(&self) -> u32 {
        self.parts[3]
    }

    /// Hours.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = italiano::durations::durations("48 ore").next().unwrap().value();
    /// assert_eq!(d.hours(), 48);
    /// ```
    pub fn hours(&self) -> u32 {
        self.parts[4]
    }

    /// Minutes.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = italiano::durations::durations("mezz'ora").next().unwrap().value();
    /// assert_eq!(d.minutes(), 30);
    /// ```
    pub fn minutes(&self) -> u32 {
        self.parts[5]
    }

    /// Seconds.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = italiano::durations::durations("45 secondi").next().unwrap().value();
    /// assert_eq!(d.seconds(), 45);
    /// ```
    pub fn seconds(&self) -> u32 {
        self.parts[6]
    }

    /// The length in seconds, when it has no months or years (whose
    /// length depends on the calendar): weeks are seven days, days 24
    /// hours.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = italiano::durations::durations("un'ora e venti").next().unwrap().value();
    /// assert_eq!(d.seconds_exact(), Some(4800));
    /// let year = italiano::durations::durations("per un anno").next().unwrap().value();
    /// assert_eq!(year.seconds_exact(), None);
    /// ```
    pub fn seconds_exact(&self) -> Option<u64> {
        if self.years() != 0 || self.months() != 0 {
            return None;
        }
        let per = [0, 0, 604_800u64, 86_400, 3_600, 60, 1];
        Some(
            self.parts
                .iter()
                .zip(per)
                .map(|(&p, s)| u64::from(p) * s)
                .sum(),
        )
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("P")?;
        if self.parts == [0; 7] {
            return f.write_str("T0S");
        }
        let mut in_time = false;
        for (&count, (letter, time)) in self.parts.iter().zip(DESIGNATORS) {
            if count == 0 {
                continue;
            }
            if time && !in_time {
                f.write_str("T")?;
                in_time = true;
            }
            write!(f, "{count}{letter}")?;
        }
        Ok(())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Duration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_form_of_each_unit() {
        let units = [
            (TimeUnit::Year, "P2Y"),
            (TimeUnit::Month, "P2M"),
            (TimeUnit::Week, "P2W"),
            (TimeUnit::Day, "P2D"),
            (TimeUnit::Hour, "PT2H"),
            (TimeUnit::Minute, "PT2M"),
            (TimeUnit::Second, "PT2S"),
        ];
        for (unit, iso) in units {
            assert_eq!(Duration::default().plus(unit, 2).unwrap().to_string(), iso);
        }
        let mixed = Duration::default()
            .plus(TimeUnit::Year, 1)
            .and_then(|d| d.plus(TimeUnit::Day, 3))
            .and_then(|d| d.plus(TimeUnit::Minute, 5))
            .unwrap();
        assert_eq!(mixed.to_string(), "P1Y3DT5M");
        assert_eq!(Duration::default().to_string(), "PT0S");
        assert!(Duration::default().plus(TimeUnit::Day, u64::MAX).is_none());
    }
}
