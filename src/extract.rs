//! Numbers and dates together, with overlaps resolved.
//!
//! A number that is part of a date (`19` and `2024` in `19 giugno 2024`,
//! `tre` in `tre giorni fa`) is reported once, as the date; a number inside
//! a date that does not exist (`31 febbraio`) is not reported at all. A
//! number inside an amount of money or a percentage is already reported once
//! by [`numbers`](crate::numbers()).

use std::borrow::Cow;
use std::ops::Range;

use crate::dates::read::DateReader;
use crate::dates::{self, Date, DateMatch, DateOptions, Time};
use crate::durations::{self, DurationMatch};
use crate::numbers::{NumberMatch, NumberReader};
use crate::start::StartFilter;
use crate::window::Window;

/// Which tokens may begin a date or a number: the union of the readers'
/// filters, built at compile time.
static FILTER: StartFilter = StartFilter::EMPTY
    .union(&dates::rules::FILTER)
    .union(&durations::FILTER)
    .union(&crate::numbers::rules::FILTER);

/// Options for [`extract`].
///
/// # Examples
///
/// ```
/// use italiano::dates::Date;
/// use italiano::ExtractOptions;
///
/// let options = ExtractOptions::new(Date::new(2024, 6, 18)?);
/// assert_eq!(options.reference(), Date::new(2024, 6, 18)?);
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExtractOptions {
    reference: Date,
    dates: DateOptions,
}

impl ExtractOptions {
    /// Options with `reference` as "today" for relative dates.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::{dates::Date, ExtractOptions};
    /// let options = ExtractOptions::new(Date::new(2025, 1, 1)?);
    /// # let _ = options;
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub const fn new(reference: Date) -> ExtractOptions {
        ExtractOptions {
            reference,
            dates: DateOptions::new(),
        }
    }

    /// The reference's time of day, for the times counted from now (`tra
    /// un'ora`, `adesso`); the same as setting it in [`DateOptions`].
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, Time};
    /// use italiano::ExtractOptions;
    ///
    /// let options = ExtractOptions::new(Date::new(2024, 6, 18)?).time(Time::new(10, 30, 0)?);
    /// let found = italiano::extract("Tra un'ora parlerà.", &options);
    /// assert_eq!(found.dates()[0].value().to_string(), "2024-06-18T11:30");
    /// assert_eq!(options.date_options().reference_time(), Some(Time::new(10, 30, 0)?));
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub const fn time(mut self, time: Time) -> ExtractOptions {
        self.dates = self.dates.time(time);
        self
    }

    /// The options of the date reader (how bare weekdays resolve).
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, DateOptions, WeekdayPolicy};
    /// use italiano::ExtractOptions;
    ///
    /// let options = ExtractOptions::new(Date::new(2024, 6, 18)?)
    ///     .dates(DateOptions::new().weekdays(WeekdayPolicy::Future));
    /// let found = italiano::extract("Giovedì ha piovuto.", &options);
    /// assert_eq!(found.dates()[0].value().to_string(), "2024-06-20");
    /// assert_eq!(options.date_options().weekday_policy(), WeekdayPolicy::Future);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub const fn dates(mut self, options: DateOptions) -> ExtractOptions {
        self.dates = options;
        self
    }

    /// The options of the date reader.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::{dates::{Date, DateOptions}, ExtractOptions};
    /// let options = ExtractOptions::new(Date::new(2024, 6, 18)?);
    /// assert_eq!(options.date_options(), DateOptions::new());
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub const fn date_options(&self) -> DateOptions {
        self.dates
    }

    /// The reference date.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::{dates::Date, ExtractOptions};
    /// let d = Date::new(2025, 1, 1)?;
    /// assert_eq!(ExtractOptions::new(d).reference(), d);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn reference(&self) -> Date {
        self.reference
    }
}

/// What [`extract`] found: numbers, dates and durations, each in text
/// order.
///
/// # Examples
///
/// ```
/// # use italiano::{dates::Date, ExtractOptions};
/// let found = italiano::extract("Il 19 giugno 2024 erano 300.", &ExtractOptions::new(Date::new(2024, 6, 18)?));
/// assert_eq!(found.numbers().len(), 1);
/// assert_eq!(found.dates().len(), 1);
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Extraction<'a> {
    numbers: Vec<NumberMatch<'a>>,
    dates: Vec<DateMatch<'a>>,
    durations: Vec<DurationMatch<'a>>,
}

impl<'a> Extraction<'a> {
    /// The numbers that are not part of a date.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::{dates::Date, ExtractOptions};
    /// let found = italiano::extract("tre giorni fa, tre mele", &ExtractOptions::new(Date::new(2024, 6, 18)?));
    /// assert_eq!(found.numbers()[0].range(), 15..18);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn numbers(&self) -> &[NumberMatch<'a>] {
        &self.numbers
    }

    /// The dates.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::{dates::Date, ExtractOptions};
    /// let found = italiano::extract("tre giorni fa", &ExtractOptions::new(Date::new(2024, 6, 18)?));
    /// assert_eq!(found.dates()[0].value().to_string(), "2024-06-15");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn dates(&self) -> &[DateMatch<'a>] {
        &self.dates
    }

    /// The durations: lengths of time, not dates (`per tre giorni`, not
    /// `tre giorni fa`).
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::{dates::Date, ExtractOptions};
    /// let found = italiano::extract("Tre giorni fa, per tre giorni", &ExtractOptions::new(Date::new(2024, 6, 18)?));
    /// assert_eq!(found.dates()[0].text(), "Tre giorni fa");
    /// assert_eq!(found.durations()[0].value().to_string(), "P3D");
    /// assert!(found.numbers().is_empty());
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn durations(&self) -> &[DurationMatch<'a>] {
        &self.durations
    }

    /// The results moved to another text: `place` gives each match's range
    /// there and the text it reports.
    pub(crate) fn relocated<'b>(
        &self,
        place: impl Fn(Range<usize>) -> (Range<usize>, Cow<'b, str>),
    ) -> Extraction<'b> {
        Extraction {
            numbers: self
                .numbers
                .iter()
                .map(|m| {
                    let (range, text) = place(m.range());
                    m.clone().relocated(range, text)
                })
                .collect(),
            dates: self
                .dates
                .iter()
                .map(|m| {
                    let (range, text) = place(m.range());
                    m.clone().relocated(range, text)
                })
                .collect(),
            durations: self
                .durations
                .iter()
                .map(|m| {
                    let (range, text) = place(m.range());
                    m.clone().relocated(range, text)
                })
                .collect(),
        }
    }

    /// The results with their texts owned, free of the caller's string.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::{dates::Date, ExtractOptions, Extraction};
    ///
    /// fn found(text: String) -> Extraction<'static> {
    ///     let options = ExtractOptions::new(Date::new(2024, 6, 18).unwrap());
    ///     italiano::extract(&text, &options).into_owned()
    /// }
    /// assert_eq!(found("Tra tre giorni, 5 euro.".to_owned()).numbers()[0].text(), "5 euro");
    /// ```
    pub fn into_owned(self) -> Extraction<'static> {
        Extraction {
            numbers: self
                .numbers
                .into_iter()
                .map(NumberMatch::into_owned)
                .collect(),
            dates: self.dates.into_iter().map(DateMatch::into_owned).collect(),
            durations: self
                .durations
                .into_iter()
                .map(DurationMatch::into_owned)
                .collect(),
        }
    }
}

/// Numbers, dates and durations of `text`, with every number that is part
/// of a date (valid or not) or of a duration left to it.
///
/// # Examples
///
/// ```
/// use italiano::{dates::Date, ExtractOptions};
///
/// let options = ExtractOptions::new(Date::new(2024, 6, 18)?);
/// let found = italiano::extract("Dal 10 al 14 giugno 2025, 1.200 euro; non il 31 febbraio.", &options);
/// let numbers: Vec<&str> = found.numbers().iter().map(|m| m.text()).collect();
/// let dates: Vec<String> = found.dates().iter().map(|m| m.value().to_string()).collect();
/// assert_eq!(numbers, ["1.200 euro"]);
/// assert_eq!(dates, ["2025-06-10/2025-06-14"]);
/// # Ok::<(), italiano::Error>(())
/// ```
pub fn extract<'a>(text: &'a str, options: &ExtractOptions) -> Extraction<'a> {
    // One pass over one token stream: at each token that may begin either,
    // a date is tried first, so that a number inside a date (or inside a
    // date that does not exist) is taken by it.
    let mut dates = DateReader::new(options.reference, options.dates);
    let numbers = NumberReader::new();
    let mut window = Window::new(text);
    // Room for what a text of this length usually holds (news text has a
    // number every 600 bytes and a date every 1,000), so that the vectors
    // of a long text are not copied as they grow, nor their memory
    // faulted in twice: 5% of `extract()`'s time. Capped, so that a huge
    // text without numbers does not reserve for them.
    let room = |bytes_per_match: usize| (text.len() / bytes_per_match).min(1 << 16);
    let mut found_numbers = Vec::with_capacity(room(512));
    let mut found_dates = Vec::with_capacity(room(1024));
    let mut found_durations = Vec::with_capacity(room(4096));
    while window.skip_to(&FILTER).is_some() {
        // Which rules of each reader may read here, from the token and its
        // neighbours, before any reader runs: most tokens the filter
        // lets through (`un`, `da`, `questo`) begin nothing, and a reader
        // entered for nothing costs more than its tests (its code must be
        // fetched).
        let rules = crate::rule_index::rules_at_cursor(&mut window);
        let date_rules = rules as u64;
        let duration = rules >> crate::rule_index::DURATIONS != 0;
        let number_rules = (rules >> crate::rule_index::NUMBERS) as u32;
        if date_rules != 0 {
            if let Some(hit) = dates.hit_with(&mut window, date_rules) {
                found_dates.extend(dates::to_match(text, hit));
                taken(&mut window);
                continue;
            }
        }
        if duration {
            if let Some(found) = durations::match_at(&mut window) {
                found_durations.push(found);
                taken(&mut window);
                continue;
            }
        }
        if number_rules != 0 {
            found_numbers.extend(numbers.next_with(&mut window, number_rules));
        } else {
            window.advance(1);
        }
    }
    Extraction {
        numbers: found_numbers,
        dates: found_dates,
        durations: found_durations,
    }
}

/// Marks what a reader just took, up to the token behind the cursor, so
/// that the number reader does not reach back into it (`,77`, `C$ 20`).
fn taken(window: &mut Window<'_>) {
    let end = window.behind_end();
    window.take_until(end);
}
