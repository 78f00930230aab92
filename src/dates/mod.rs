//! Dates and times of day in Italian text, resolved against a reference
//! date (and, for the times counted from now, a time of day).
//!
//! [`dates`] reads the token stream and yields every calendar expression
//! of the text with its [`DateValue`] at a [`Grain`] and its [`DateKind`]:
//!
//! | family | examples | value |
//! |---|---|---|
//! | absolute | `19 giugno 2024`, `19/06/2024`, `2015/08/12`, `23/set/2020`, `16. nov. 2016`, `il 2 marzo del 1946`, `il ventinove maggio`, `giugno 2023`, `dic 2013`, `nel 2022`, `nel ’23`, `il 15/02`, `nel 3/2015` | `2024-06-19`, `2023-06`, `2022` |
//! | weekdays | `giovedì`, `venerdì 5`, `gio 15`, `nella giornata di giovedì`, `lunedì di questa settimana` | `2024-06-20` |
//! | relative | `ieri`, `l'altro ieri`, `odierna`, `tre giorni fa`, `1 mese e 21 giorni fa`, `fra due settimane`, `l'anno prossimo`, `l'anno precedente`, `sabato scorso`, `l'ultima domenica`, `lo scorso 3 marzo`, `questo settembre` | `2024-06-15` |
//! | holidays | `Natale`, `Ferragosto 2023`, `Pasquetta`, `Lunedì dell'Angelo`, `Festa della Repubblica`, `la festa della mamma`, `lo scorso Natale` (fixed, from Easter, or the nth weekday of a month) | `2024-12-25` |
//! | seasons, weekend | `quest'estate`, `l'inverno scorso`, `nell'estate del 2023`, `questo fine settimana`, `lo scorso weekend` | `2024-06-21/2024-09-22` |
//! | positions, parts | `il primo martedì di ottobre`, `l'ultimo giorno dell'anno`, `il 15 del mese prossimo`, `fine giugno`, `ai primi di luglio`, `a fine anno`, `inizio 2025` | `2024-10-01`, `2024-06-21/2024-06-30`, `2024-09/2024-12` |
//! | periods | `anni '90`, `anni 70`, `anni '90 del 1500`, `il Novecento`, `il XX secolo`, `nel II sec. d.C.`, `terzo trimestre del 2023`, `il primo semestre 2024` | `1990`, `1900`, `2023-Q3`, `2024-01/2024-06` |
//! | ranges | `dal 3 al 5 marzo`, `tra il 13 e il 15 luglio`, `13-15 luglio`, `dal tredici al quindici luglio`, `da lunedì a mercoledì`, `dal 1993 a oggi`, `2022-2023`, `1587-88`, `stagione 2012/2013` | `2024-03-03/2024-03-05` |
//! | open ranges | `dal 2000`, `a partire da lunedì`, `da settembre`, `fino a domani`, `entro il 15 luglio`, `entro fine anno`, `prima del 20 aprile`, `dopo il 20 aprile` | `2000/..`, `../2024-07-15`, `../2024-04-19` |
//! | rolling windows | `gli ultimi 3 giorni`, `nei prossimi tre mesi`, `le ultime due settimane`, `i tre giorni scorsi` | `2024-06-15/2024-06-17`, `2024-W52/2025-W01` |
//! | lists | `il 20, 21 e 22 aprile`, `il 12 e il 13 settembre` (a date each) | `2024-04-20` … |
//! | times of day | `alle 17:30`, `alle 7.45`, `ore 17`, `h 9`, `le 8 e un quarto`, `le otto e mezza`, `le 9 meno dieci`, `alle 3 del pomeriggio`, `le 11 di notte`, `mezzogiorno`, `mezzanotte` | `2024-06-18T17:30` (minute), `2024-06-18T09:00` (hour), `2024-06-19T00:00` |
//! | a day and its time | `domani alle 9`, `venerdì 5 luglio alle 17:30`, `venerdì 5 luglio, ore 17:30`, `stasera alle 8`, `domani mattina alle 10`, `domani a mezzogiorno` | `2024-06-19T09:00` |
//! | parts of the day | `stamattina`, `oggi pomeriggio`, `questa sera`, `ieri sera`, `domani sera`, `stanotte`, `martedì sera` | `2024-06-17T18:00/2024-06-17T23:00` |
//! | time ranges | `dalle 9 alle 13`, `domani dalle 9 alle 13`, `tra le 8:30 e le 17`, `11:30-13:30`, `dalle 22 alle 6` (to the next morning) | `2024-06-18T09:00/2024-06-18T13:00` |
//! | open time ranges | `entro le 14`, `fino alle 14`, `dopo le 14`, `dalle 14`, `prima delle 11` | `../2024-06-18T14:00`, `2024-06-18T14:00/..`, `../2024-06-18T10:00` |
//! | from now (needs a time) | `tra un'ora`, `fra 10 minuti`, `tra un quarto d'ora`, `mezz'ora fa`, `un'ora fa`, `adesso` | `2024-06-18T11:30` |
//!
//! Day and month always come in that order, as Italian writes them. Dates
//! that do not exist (`31 febbraio`, `30/02/2023`, `il 31 di questo mese`
//! in November, the fifth Sunday of a month that has four) are not dates,
//! and no part of them is reported.
//!
//! # Precision
//!
//! A wrong date is worse than none, so words that are dates only
//! sometimes are read only where they are: abbreviated weekdays before a
//! day number (`mar` is also the sea, `dom` a title: they need a month
//! too); `Natale` and `Pasqua` capitalized or after a cue (`paese natale`,
//! `Buon Natale`, `l'albero di Natale` are not dates); saints' days after
//! a cue (`a San Valentino`; `San Giuseppe` alone is the saint); names only
//! in their unambiguous form (`Festa della Repubblica`, not `la
//! Repubblica`); no date after a place noun (`via XX Settembre`, `piazza
//! 25 Aprile`); a day alone only after a cue and before the end of the
//! clause (`tornerò il 15.`, `entro il 27`; not `il 15 per cento`).
//! Recurring expressions give none: `ogni lunedì`, `dal lunedì al
//! venerdì`, `in estate`, `ogni weekend`; so do vague windows (`nei
//! prossimi giorni`) and scores (`2-1`).
//!
//! # Resolution
//!
//! What the text leaves open is taken from the reference date (the day the
//! text was written) and from the tense of the clause:
//!
//! - a day and month without a year (`8 marzo`) take the reference year;
//!   in a clause in the past tense, the latest such day on or before the
//!   reference; in the present or future tense, the first on or after it
//!   (`la scadenza è il primo gennaio` is the coming one);
//!   a weekday named with them settles the year instead (`venerdì 5
//!   luglio` is in the nearest year whose 5 July is a Friday), and a
//!   weekday with a day alone the month (`venerdì 5`);
//! - a month alone (`a settembre`) follows the same rule at month grain;
//! - a bare weekday (`giovedì`) is the most recent one in the past tense and
//!   the next one otherwise (the reference day itself counts in both);
//!   [`WeekdayPolicy`] can force past, future or nearest;
//! - `martedì prossimo` is the first Tuesday after the reference, one week
//!   on when the reference is itself a Tuesday; `sabato scorso` the last
//!   Saturday before it;
//! - a holiday, season or weekend with no year or step is the one that
//!   holds the reference, else the next one, or in the past tense the
//!   last one (`A Natale abbiamo venduto` in June is the last Christmas);
//! - `N giorni fa`, `fra N mesi` use calendar arithmetic at day grain;
//!   rolling windows count whole units before or after the reference's;
//! - the tense is read from the sentence around the date (up to 200 bytes
//!   before it and 24 tokens after): auxiliaries with participles (`ha
//!   firmato`, `è stata approvata`, `si è dimesso`, `è morto`, while `è
//!   previsto` is present), the endings and irregular forms of the
//!   passato remoto (`firmò`, `morì`, `si dimise`), the imperfect and the
//!   future, `ieri`, `domani`; a sentence with no such cue leaves the
//!   reference year.
//!
//! Spans leave out articles and prepositions (`dell'8 marzo` gives `8
//! marzo`, `l'altro ieri` gives `altro ieri`), except the words that carry
//! meaning: `dal … al …`, `fra`/`tra …`, `entro`, `prima del`, `dopo il`,
//! `… fa`, `scorso`/`prossimo`, `quest'`.
//!
//! # Times of day
//!
//! Times are on the 24-hour clock (`alle 3` is 03:00) at [`Grain::Hour`]
//! (`alle 9`, `mezzogiorno`) or [`Grain::Minute`] (`alle 9:00`, `le 8 e
//! un quarto`), written `YYYY-MM-DDTHH:MM`. `del pomeriggio`, `di sera`
//! and an evening day (`stasera alle 8`) add twelve hours below noon; `di
//! notte` adds them from 6 to 11 (`le 11 di notte` is 23:00) and not to the
//! small hours; `mezzanotte` is 00:00 of the next day.
//!
//! - A day with a time is one match, of the day's kind: `domani alle 9`
//!   is relative, `venerdì 5 luglio alle 17:30` absolute. A day and a time
//!   on different lines are two (a programme under its heading).
//! - A time alone takes the last day its paragraph named (`Il terremoto
//!   del 6 aprile 2009 ha colpito alle 3:32` gives `2009-04-06T03:32`, and
//!   the date as its own match), or the reference day; a blank line ends
//!   a paragraph. Its span leaves out `alle`, `ore`, `alle ore`.
//! - Parts of the day are hour ranges, end inclusive: morning
//!   `T04:00/T11:00`, afternoon `T12:00/T18:00`, evening
//!   `T18:00/T23:00`, night `T00:00/T03:00` of the next day (`stanotte
//!   pioverà`), or of the same day in the past tense (`stanotte ho dormito
//!   poco`).
//! - A range whose end is before its start ends the next day (`dalle 22
//!   alle 6`), except office hours: a start from 7 to 12 and an earlier
//!   end with no part of the day written is an afternoon (`dalle 9 alle 5`
//!   is `T09:00/T17:00`); `prima delle 11` ends one unit of the grain
//!   before, as `prima del 20 aprile` does.
//! - `tra un'ora`, `mezz'ora fa`, `adesso` count from the reference's time
//!   of day ([`DateOptions::time`]); without one they give nothing. An
//!   amount with seconds gives a second (`tra 30 secondi` is
//!   `2024-06-18T10:30:30`).
//!
//! Precision: a time needs a cue (`alle`, `ore`, `h`, `le` with minutes or
//! after `verso`/`sono`) unless it has a colon (`17:30`) or a name
//! (`mezzanotte`); a bare hour after `alle` must end its phrase (`alle 10
//! regioni` is not a time); `7.45` alone, `7,45`, `2-1`, `3:1` and version
//! numbers are not times, and `ora` alone is not "now"; a time right after
//! a day number no date took (`Oct 16 20:57`, a listing or a log) has no
//! day to be on and is left out; `9.6.14` with single digits is a section
//! or a version unless a cue stands before it (`il 9.6.14`), while
//! `06.10.14` is a date. Lengths of time
//! (`per tre ore`) are [`durations`](mod@crate::durations).
//!
//! A two-digit year (`19/6/24`, `il '68`, `agosto '99`) is the nearest
//! year no more than ten years after the reference: written in 2024,
//! `'68` is 1968, `'30` 2030 and `'38` 1938. A two-digit decade (`anni
//! '50`) is never in the text's future.
//!
//! [`parse_date`] reads a whole string as one date; [`Date`], [`Time`],
//! [`DateTime`] and [`Period`] carry the civil arithmetic (`Date::easter`,
//! `Date::days_until`, `DateTime::add_minutes`, `Period::end`,
//! `DateValue::contains`).

mod calendar;
#[cfg(feature = "chrono")]
mod chrono;
pub(crate) mod civil;
mod clock;
mod combine;
mod expr;
#[cfg(feature = "jiff")]
mod jiff;
mod named;
mod periods;
mod positions;
pub(crate) mod read;
mod resolve;
pub(crate) mod rules;
mod tense;
mod time;
mod value;

use std::borrow::Cow;
use std::iter::FusedIterator;
use std::ops::Range;

pub use civil::{Date, Weekday};
pub use time::{DateTime, Time};
pub use value::{DateKind, DateValue, Grain, Period};

use crate::window::Window;
use crate::Error;

/// How a bare weekday resolves.
///
/// # Examples
///
/// ```
/// use italiano::dates::{Date, DateOptions, WeekdayPolicy};
///
/// let reference = Date::new(2024, 6, 18)?;
/// let options = DateOptions::new().weekdays(WeekdayPolicy::Future);
/// let m = italiano::dates::dates_with("Giovedì ha piovuto.", reference, &options).next().unwrap();
/// assert_eq!(m.value().to_string(), "2024-06-20");
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum WeekdayPolicy {
    /// Past tense: the most recent; otherwise the next (the default).
    #[default]
    ByTense,
    /// Always the most recent, on or before the reference.
    Past,
    /// Always the next, on or after the reference.
    Future,
    /// The closer of the two.
    Nearest,
}

/// Options for [`dates_with`].
///
/// # Examples
///
/// ```
/// use italiano::dates::{DateOptions, WeekdayPolicy};
///
/// const OPTIONS: DateOptions = DateOptions::new().weekdays(WeekdayPolicy::Past);
/// assert_eq!(OPTIONS, DateOptions::default().weekdays(WeekdayPolicy::Past));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct DateOptions {
    weekdays: WeekdayPolicy,
    time: Option<Time>,
}

impl DateOptions {
    /// The defaults: weekdays resolved by tense.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::dates::DateOptions::new(), Default::default());
    /// ```
    pub const fn new() -> DateOptions {
        DateOptions {
            weekdays: WeekdayPolicy::ByTense,
            time: None,
        }
    }

    /// The reference's time of day, which the times counted from now
    /// need (`tra un'ora`, `mezz'ora fa`, `adesso`): without one they are
    /// not resolved. Times of day (`alle 9`) need only the date.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{dates_with, Date, DateOptions, Time};
    ///
    /// let reference = Date::new(2024, 12, 31)?;
    /// let options = DateOptions::new().time(Time::new(22, 0, 0)?);
    /// let m = dates_with("tra due ore", reference, &options).next().unwrap();
    /// assert_eq!(m.value().to_string(), "2025-01-01T00:00");
    /// assert!(italiano::dates("tra due ore", reference).next().is_none());
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub const fn time(mut self, time: Time) -> DateOptions {
        self.time = Some(time);
        self
    }

    /// The reference's time of day, if set.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{DateOptions, Time};
    ///
    /// assert_eq!(DateOptions::new().reference_time(), None);
    /// let noon = Time::new(12, 0, 0)?;
    /// assert_eq!(DateOptions::new().time(noon).reference_time(), Some(noon));
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub const fn reference_time(&self) -> Option<Time> {
        self.time
    }

    /// How bare weekdays resolve.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{DateOptions, WeekdayPolicy};
    ///
    /// let options = DateOptions::new().weekdays(WeekdayPolicy::Nearest);
    /// # let _ = options;
    /// ```
    pub const fn weekdays(mut self, policy: WeekdayPolicy) -> DateOptions {
        self.weekdays = policy;
        self
    }

    /// How bare weekdays resolve.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{DateOptions, WeekdayPolicy};
    ///
    /// let options = DateOptions::new().weekdays(WeekdayPolicy::Past);
    /// assert_eq!(options.weekday_policy(), WeekdayPolicy::Past);
    /// ```
    pub const fn weekday_policy(&self) -> WeekdayPolicy {
        self.weekdays
    }
}

/// A date found in a text.
///
/// # Examples
///
/// ```
/// use italiano::dates::{Date, DateKind};
///
/// let text = "Il volo dell'8 marzo 2024 è stato cancellato.";
/// let m = italiano::dates(text, Date::new(2024, 6, 18)?).next().unwrap();
/// assert_eq!(m.text(), "8 marzo 2024");
/// assert_eq!(&text[m.range()], m.text());
/// assert_eq!(m.kind(), DateKind::Absolute);
/// assert_eq!(m.value().to_string(), "2024-03-08");
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch<'a> {
    text: Cow<'a, str>,
    start: usize,
    end: usize,
    kind: DateKind,
    value: DateValue,
    rule: &'static str,
}

impl<'a> DateMatch<'a> {
    /// The matched text: a slice of the caller's string, or, in the
    /// results of [`analyze`](crate::analyze()), the text as normalized
    /// where normalization changed it.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::dates::Date;
    /// let m = italiano::dates("Domani piove.", Date::new(2024, 6, 18)?).next().unwrap();
    /// assert_eq!(m.text(), "Domani");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The byte range of the match in the caller's string.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::dates::Date;
    /// let m = italiano::dates("Nel 2022.", Date::new(2024, 6, 18)?).next().unwrap();
    /// assert_eq!(m.range(), 4..8);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The match with its text owned, free of the caller's string.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, DateMatch};
    ///
    /// fn first_date(text: String, today: Date) -> Option<DateMatch<'static>> {
    ///     italiano::dates(&text, today).next().map(|m| m.into_owned())
    /// }
    ///
    /// let m = first_date("Ci vediamo domani.".to_owned(), Date::new(2024, 6, 18)?).unwrap();
    /// assert_eq!((m.text(), m.value().to_string()), ("domani", "2024-06-19".to_owned()));
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn into_owned(self) -> DateMatch<'static> {
        DateMatch {
            text: Cow::Owned(self.text.into_owned()),
            ..self
        }
    }

    /// The match moved to `range` of another text, reporting `text`.
    pub(crate) fn relocated(self, range: Range<usize>, text: Cow<'_, str>) -> DateMatch<'_> {
        DateMatch {
            text,
            start: range.start,
            end: range.end,
            ..self
        }
    }

    /// What the date is.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::dates::{Date, DateKind};
    /// let m = italiano::dates("giovedì", Date::new(2024, 6, 18)?).next().unwrap();
    /// assert_eq!(m.kind(), DateKind::Weekday);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn kind(&self) -> DateKind {
        self.kind
    }

    /// The resolved value.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::dates::Date;
    /// let m = italiano::dates("anni '90", Date::new(2024, 6, 18)?).next().unwrap();
    /// assert_eq!(m.value().to_string(), "1990");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn value(&self) -> DateValue {
        self.value
    }

    /// The name of the rule that read the date, its pattern in the manner
    /// of Duckling (`dal <date> al <date>`, `<count> <unit> fa`): for
    /// diagnostics and tests. Names may change between minor versions.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::dates::Date;
    /// let m = italiano::dates("tre giorni fa", Date::new(2024, 6, 18)?).next().unwrap();
    /// assert_eq!(m.rule(), "<count> <unit> fa");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn rule(&self) -> &'static str {
        self.rule
    }
}

/// The dates of `text`, resolved against `reference` with the default
/// [`DateOptions`].
///
/// # Examples
///
/// ```
/// use italiano::dates::Date;
///
/// let reference = Date::new(2024, 6, 18)?;
/// let found: Vec<String> = italiano::dates("Ieri sera, non il 31 febbraio.", reference)
///     .map(|m| format!("{}={}", m.text(), m.value()))
///     .collect();
/// assert_eq!(found, ["Ieri sera=2024-06-17T18:00/2024-06-17T23:00"]);
/// # Ok::<(), italiano::Error>(())
/// ```
pub fn dates(text: &str, reference: Date) -> DateMatches<'_> {
    dates_with(text, reference, &DateOptions::new())
}

/// The dates of `text`, resolved against `reference` with `options`.
///
/// # Examples
///
/// ```
/// use italiano::dates::{dates_with, Date, DateOptions, WeekdayPolicy};
///
/// let options = DateOptions::new().weekdays(WeekdayPolicy::Past);
/// let m = dates_with("sabato", Date::new(2024, 6, 18)?, &options).next().unwrap();
/// assert_eq!(m.value().to_string(), "2024-06-15");
/// # Ok::<(), italiano::Error>(())
/// ```
pub fn dates_with<'a>(text: &'a str, reference: Date, options: &DateOptions) -> DateMatches<'a> {
    DateMatches {
        window: Window::new(text),
        reader: read::DateReader::new(reference, *options),
    }
}

/// The value of a whole string that states one date, resolved against
/// `reference` as [`dates`] would resolve it in running text: `19 giugno
/// 2024`, `19/06/2024`, `domani`, `Pasquetta 2025`, `dal 3 al 5 marzo`,
/// `fine giugno`.
///
/// # Errors
///
/// [`Error::InvalidDate`] when the string is a date that does not exist
/// (`31 febbraio`), and when it is not one date (nothing, more than one,
/// or words around it).
///
/// # Examples
///
/// ```
/// use italiano::dates::{parse_date, Date};
///
/// let reference = Date::new(2024, 6, 18)?;
/// assert_eq!(parse_date("19 giugno 2024", reference)?.to_string(), "2024-06-19");
/// assert_eq!(parse_date(" Pasquetta 2025 ", reference)?.to_string(), "2025-04-21");
/// assert_eq!(parse_date("fine giugno", reference)?.to_string(), "2024-06-21/2024-06-30");
/// assert!(parse_date("31 febbraio", reference).is_err());
/// assert!(parse_date("domani e dopodomani", reference).is_err());
/// # Ok::<(), italiano::Error>(())
/// ```
pub fn parse_date(text: &str, reference: Date) -> Result<DateValue, Error> {
    let trimmed = text.trim();
    let mut window = Window::new(trimmed);
    let mut reader = read::DateReader::new(reference, DateOptions::new());
    let whole = |range: &Range<usize>| *range == (0..trimmed.len());
    if window.get(0).is_some() {
        if let Some(hit) = reader.hit_at(&mut window) {
            let spans_all = whole(&hit.range);
            return match to_match(trimmed, hit) {
                Some(m) if spans_all => Ok(m.value),
                None if spans_all => Err(Error::InvalidDate(format!(
                    "`{}` is not a date that exists",
                    crate::error::excerpt(trimmed)
                ))),
                _ => Err(not_a_date(text)),
            };
        }
    }
    Err(not_a_date(text))
}

fn not_a_date(text: &str) -> Error {
    Error::InvalidDate(format!("`{}` is not one date", crate::error::excerpt(text)))
}

/// The iterator returned by [`dates`].
///
/// # Examples
///
/// ```
/// # use italiano::dates::Date;
/// let mut found = italiano::dates("oggi e domani", Date::new(2024, 6, 18)?);
/// assert_eq!(found.next().map(|m| m.value().to_string()).as_deref(), Some("2024-06-18"));
/// assert_eq!(found.next().map(|m| m.value().to_string()).as_deref(), Some("2024-06-19"));
/// assert!(found.next().is_none());
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct DateMatches<'a> {
    window: Window<'a>,
    reader: read::DateReader,
}

/// A date match from a hit of the reader, or `None` for an invalid date.
pub(crate) fn to_match<'a>(text: &'a str, hit: read::Hit) -> Option<DateMatch<'a>> {
    let (kind, value) = hit.found?;
    Some(DateMatch {
        text: Cow::Borrowed(&text[hit.range.clone()]),
        start: hit.range.start,
        end: hit.range.end,
        kind,
        value,
        rule: hit.rule,
    })
}

impl<'a> Iterator for DateMatches<'a> {
    type Item = DateMatch<'a>;

    fn next(&mut self) -> Option<DateMatch<'a>> {
        loop {
            self.window.skip_to(&rules::FILTER)?;
            match self.reader.hit_at(&mut self.window) {
                Some(hit) => {
                    if let Some(found) = to_match(self.window.text(), hit) {
                        return Some(found);
                    }
                }
                None => self.window.advance(1),
            }
        }
    }
}

impl FusedIterator for DateMatches<'_> {}

/// The fields `extract` prints: `text`, `start`, `end`, `kind`, `grain`,
/// `value` (the string form of [`DateValue`]).
#[cfg(feature = "serde")]
impl serde::Serialize for DateMatch<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("DateMatch", 6)?;
        s.serialize_field("text", self.text())?;
        s.serialize_field("start", &self.range().start)?;
        s.serialize_field("end", &self.range().end)?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("grain", &self.value.grain())?;
        s.serialize_field("value", &self.value.to_string())?;
        s.end()
    }
}
