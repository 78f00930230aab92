//! Durations: how long something lasts, as ISO 8601.
//!
//! [`durations`] yields every length of time a text states, with its byte
//! span and its [`Duration`] in the units the text used:
//!
//! | text | value |
//! |---|---|
//! | `tre giorni`, `due settimane`, `sei mesi` | `P3D`, `P2W`, `P6M` |
//! | `un anno e mezzo`, `tre anni e due mesi` | `P1Y6M`, `P3Y2M` |
//! | `48 ore`, `90 minuti`, `45 secondi` | `PT48H`, `PT90M`, `PT45S` |
//! | `mezz'ora`, `un quarto d'ora` | `PT30M`, `PT15M` |
//! | `un'ora e mezza`, `un'ora e venti` | `PT1H30M`, `PT1H20M` |
//! | `un decennio`, `un semestre` | `P10Y`, `P6M` |
//!
//! The span is the amount and its unit: `per tre giorni` gives `tre
//! giorni`. Units are kept as written (`90 minuti` is `PT90M`, not
//! `PT1H30M`), because the text chose them and a caller can always
//! normalise.
//!
//! Not durations:
//! - relative dates, which [`dates`](crate::dates()) reports: `tre giorni
//!   fa`, `tra tre giorni`, `gli ultimi tre giorni`;
//! - ages: `ha 45 anni`, `un uomo di 45 anni`, `morto a 90 anni`, `45
//!   anni di età` (`una pena di tre anni` and `condannato a tre anni` are
//!   lengths: the noun or verb before `di`/`a` tells them apart), and the
//!   years set between commas after a name, as news gives an age
//!   (`Giulia Verdi, 34 anni, lavora a Roma`);
//! - a unit with a capital after a capitalized word or an article, part
//!   of a name: `Il Sole 24 Ore`, `la 24 Ore di Le Mans`, `Mercedes 500
//!   SEC` (text in capitals throughout, and `per tre Ore`, are read as
//!   usual);
//! - a singular unit after a count of more than one, a position: `al 28
//!   minuto`; `secondo` as an ordinal (`in un secondo momento`); `un
//!   giorno` of a kind (`in un giorno feriale`).
//!
//! [`extract`](crate::extract()) reports durations beside numbers and dates,
//! and the number inside a duration is not reported as a number.

mod value;

use std::borrow::Cow;
use std::iter::FusedIterator;
use std::ops::Range;

pub use value::Duration;

use crate::dates::rules::{is_word, two_before, words_at, Place};
use crate::lexicon::durations::{self as lex, TimeUnit};
use crate::lexicon::WordMap;
use crate::start::{Start, StartFilter};
use crate::window::Window;
use once_cell::sync::Lazy;

/// The forms of a duration as the [rule index](crate::rule_index) reads
/// them, what may begin each and what may come second: a count before its
/// unit (`tre giorni`, `un'ora`, `mezz'ora`, `tre quarti d'ora`), or a word
/// that holds its unit (`mezzora`, `tutto il giorno`).
pub(crate) const FORMS: [(&[Start], &[Start]); 3] = [
    (COUNTS, UNIT_NEXT),
    (&[Start::Words(lex::WHOLE)], WHOLE_NEXT),
    (&[Start::Words(lex::HALF_HOUR)], &[]),
];

const COUNTS: &[Start] = &[
    Start::Digits,
    Start::NumberWords,
    Start::Words(lex::ONE),
    Start::Words(lex::HALF_BEFORE),
];
const UNIT_WORDS: [&str; lex::UNITS.len()] = crate::lexicon::keys(lex::UNITS);
const UNIT_NEXT: &[Start] = &[Start::Words(&UNIT_WORDS), Start::Words(lex::QUARTER_WORDS)];
const WHOLE_NEXT: &[Start] = &[Start::Words(lex::WHOLE_ARTICLES), Start::Words(&UNIT_WORDS)];
const WHOLES: &[Start] = &[Start::Words(lex::HALF_HOUR), Start::Words(lex::WHOLE)];

/// Which tokens may begin a duration, built at compile time.
pub(crate) static FILTER: StartFilter = StartFilter::of(&[COUNTS, WHOLES]);

static UNIT_OF: Lazy<WordMap<(TimeUnit, u32)>> = Lazy::new(|| WordMap::new(lex::UNITS));

/// A duration found in a text.
///
/// # Examples
///
/// ```
/// let text = "Il cantiere resterà aperto per sei mesi.";
/// let m = italiano::durations::durations(text).next().unwrap();
/// assert_eq!(m.text(), "sei mesi");
/// assert_eq!(&text[m.range()], "sei mesi");
/// assert_eq!(m.value().to_string(), "P6M");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DurationMatch<'a> {
    text: Cow<'a, str>,
    start: usize,
    end: usize,
    value: Duration,
}

impl<'a> DurationMatch<'a> {
    /// The matched text: a slice of the caller's string, or, in the
    /// results of [`analyze`](crate::analyze()), the text as normalized
    /// where normalization changed it.
    ///
    /// # Examples
    ///
    /// ```
    /// let m = italiano::durations::durations("in un'ora e venti").next().unwrap();
    /// assert_eq!(m.text(), "un'ora e venti");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The byte range of the match in the caller's string.
    ///
    /// # Examples
    ///
    /// ```
    /// let m = italiano::durations::durations("per 45 secondi").next().unwrap();
    /// assert_eq!(m.range(), 4..14);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The match with its text owned, free of the caller's string.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::durations::DurationMatch;
    ///
    /// fn first_duration(text: String) -> Option<DurationMatch<'static>> {
    ///     italiano::durations(&text).next().map(|m| m.into_owned())
    /// }
    ///
    /// let m = first_duration("Resta per tre giorni.".to_owned()).unwrap();
    /// assert_eq!((m.text(), m.value().to_string()), ("tre giorni", "P3D".to_owned()));
    /// ```
    pub fn into_owned(self) -> DurationMatch<'static> {
        DurationMatch {
            text: Cow::Owned(self.text.into_owned()),
            ..self
        }
    }

    /// The match moved to `range` of another text, reporting `text`.
    pub(crate) fn relocated(self, range: Range<usize>, text: Cow<'_, str>) -> DurationMatch<'_> {
        DurationMatch {
            text,
            start: range.start,
            end: range.end,
            ..self
        }
    }

    /// The length of time.
    ///
    /// # Examples
    ///
    /// ```
    /// let m = italiano::durations::durations("due settimane").next().unwrap();
    /// assert_eq!(m.value().to_string(), "P2W");
    /// ```
    pub fn value(&self) -> Duration {
        self.value
    }
}

/// The fields `extract` prints: `text`, `start`, `end`, `value` (ISO 8601).
#[cfg(feature = "serde")]
impl serde::Serialize for DurationMatch<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("DurationMatch", 4)?;
        s.serialize_field("text", self.text())?;
        s.serialize_field("start", &self.range().start)?;
        s.serialize_field("end", &self.range().end)?;
        s.serialize_field("value", &self.value.to_string())?;
        s.end()
    }
}

/// The durations of `text`, in order.
///
/// See the [module documentation](self) for what is and is not a duration.
///
/// # Examples
///
/// ```
/// let found: Vec<String> = italiano::durations::durations(
///     "Ha 45 anni; è in carica da due anni e lo resterà tre giorni fa.",
/// )
/// .map(|m| format!("{}={}", m.text(), m.value()))
/// .collect();
/// assert_eq!(found, ["due anni=P2Y"]);
/// ```
pub fn durations(text: &str) -> DurationMatches<'_> {
    DurationMatches {
        window: Window::new(text),
    }
}

/// The iterator returned by [`durations`].
///
/// # Examples
///
/// ```
/// let mut found = italiano::durations::durations("da sei mesi a tre anni");
/// assert_eq!(found.next().map(|m| m.value().to_string()).as_deref(), Some("P6M"));
/// assert_eq!(found.next().map(|m| m.value().to_string()).as_deref(), Some("P3Y"));
/// assert!(found.next().is_none());
/// ```
#[derive(Debug, Clone)]
pub struct DurationMatches<'a> {
    window: Window<'a>,
}

impl<'a> Iterator for DurationMatches<'a> {
    type Item = DurationMatch<'a>;

    fn next(&mut self) -> Option<DurationMatch<'a>> {
        loop {
            self.window.skip_to(&FILTER)?;
            if let Some(found) = match_at(&mut self.window) {
                return Some(found);
            }
            self.window.advance(1);
        }
    }
}

impl FusedIterator for DurationMatches<'_> {}

/// The duration at the window's cursor, with the cursor moved past it;
/// `None`, and the cursor where it was, when there is none.
#[inline(never)]
pub(crate) fn match_at<'a>(win: &mut Window<'a>) -> Option<DurationMatch<'a>> {
    let (value, len) = amount_at(win, 0)?;
    if is_relative(win, len)
        || (only_years(&value) && is_age(win, len))
        || of_age(win, len)
        || in_name(win, len)
    {
        return None;
    }
    // `un giorno` alone is as often "some day" (`un giorno arrivò`) as a
    // length: with the article as its only count, a length needs a word
    // before it that asks for one (`per un giorno`, `in un anno`).
    // And `in un giorno feriale` is a day, not a length.
    if len == 2
        && is_word(win.text_at(0), lex::ONE)
        && (!is_word(&lower(win.previous_text()), lex::LENGTH_CUES)
            || is_word(win.text_at(2), lex::KIND_OF_DAY))
    {
        return None;
    }
    let start = win.get(0)?.range().start;
    let end = win.get(len - 1)?.range().end;
    win.advance(len);
    Some(DurationMatch {
        text: Cow::Borrowed(&win.text()[start..end]),
        start,
        end,
        value,
    })
}

/// A length of time at token `k`, parts from the longest unit down
/// (`tre anni e due mesi`, `un'ora e venti`), and the tokens it takes.
pub(crate) fn amount_at(win: &mut Window<'_>, k: usize) -> Option<(Duration, usize)> {
    let (mut last, mut total, mut len) = part_at(win, k)?;
    // `tre anni e due mesi`, `1 anno 1 mese 21 giorni`: each part in a
    // smaller unit than the one before, `e` between them or nothing.
    loop {
        let link = usize::from(is_word(win.text_at(k + len), lex::LINKS));
        let Some((unit, more, more_len)) =
            part_at(win, k + len + link).filter(|(u, _, _)| *u < last)
        else {
            break;
        };
        total = add(total, more)?;
        last = unit;
        len += link + more_len;
    }
    Some((total, len))
}

/// One count and unit, with a half or quarter after it: the smallest
/// unit it uses, its value, its tokens.
fn part_at(win: &mut Window<'_>, k: usize) -> Option<(TimeUnit, Duration, usize)> {
    let word = win.text_at(k);
    // A unit next, the common case, is checked first: most numbers are
    // not lengths of time.
    let Some((unit, n)) = UNIT_OF
        .get(win.text_at(k + 1))
        .filter(|_| !is_word(word, lex::WHOLE))
    else {
        return other_part_at(win, k);
    };
    if is_word(word, lex::HALF_BEFORE) {
        let half = fraction_of(unit, n, 2)?;
        return Some((smallest(&half), half, 2));
    }
    // `1,5 ore`, `3.5 secondi`: a half in figures is read as `e mezzo`.
    let (amount, half) = match count(word) {
        Some(amount) => (amount, false),
        None => (and_a_half(word)?, true),
    };
    if !is_length(win, k + 1, amount) {
        return None;
    }
    let mut value = Duration::default().plus(unit, amount.checked_mul(u64::from(n))?)?;
    if half {
        let fraction = fraction_of(unit, n, 2)?;
        return Some((smallest(&fraction), add(value, fraction)?, 2));
    }
    let mut least = unit;
    let mut len = 2;
    if is_word(win.text_at(k + 2), &["e"]) {
        if let Some((words, quarters)) = lex::FRACTIONS_AFTER
            .iter()
            .find(|(row, _)| words_at(win, k + 3, row))
        {
            if let Some(fraction) = fraction_of(unit, n, *quarters) {
                value = add(value, fraction)?;
                least = smallest(&fraction);
                len += 1 + words.len();
            }
        } else if unit == TimeUnit::Hour && UNIT_OF.get(win.text_at(k + 4)).is_none() {
            // `un'ora e venti`: minutes after an hour, their unit left out.
            if let Some(minutes) = count(win.text_at(k + 3)).filter(|m| (1..60).contains(m)) {
                value = value.plus(TimeUnit::Minute, minutes)?;
                least = TimeUnit::Minute;
                len += 2;
            }
        }
    }
    Some((least, value, len))
}

/// The parts that are not a count and a unit: `un quarto d'ora`,
/// `mezzora`, `tutto il giorno`, `l'intera settimana`.
fn other_part_at(win: &mut Window<'_>, k: usize) -> Option<(TimeUnit, Duration, usize)> {
    let word = win.text_at(k);
    if is_word(word, lex::HALF_HOUR) {
        let value = Duration::default().plus(TimeUnit::Minute, 30)?;
        return Some((TimeUnit::Minute, value, 1));
    }
    if is_word(word, lex::WHOLE) {
        // `tutto il giorno`, and `intero giorno` after `l'`.
        let article = usize::from(is_word(win.text_at(k + 1), lex::WHOLE_ARTICLES));
        let (unit, n) = UNIT_OF.get(win.text_at(k + 1 + article))?;
        let value = Duration::default().plus(unit, u64::from(n))?;
        return Some((unit, value, 2 + article));
    }
    let minutes = quarters_of_hour(win, k)?;
    let value = Duration::default().plus(TimeUnit::Minute, minutes)?;
    Some((TimeUnit::Minute, value, 4))
}

/// A count with a half in figures, `1,5` or `3.5`: its whole part.
fn and_a_half(word: &str) -> Option<u64> {
    let whole = word
        .strip_suffix(",5")
        .or_else(|| word.strip_suffix(".5"))?;
    if whole.is_empty() || whole.len() > 6 || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    whole.parse().ok()
}

/// `un quarto d'ora`, `tre quarti d'ora` from token `k`, in minutes.
fn quarters_of_hour(win: &mut Window<'_>, k: usize) -> Option<u64> {
    if !win.text_at(k + 1).starts_with("quart") {
        return None;
    }
    let (_, minutes) = lex::QUARTERS_OF_HOUR
        .iter()
        .find(|(row, _)| words_at(win, k, row))?;
    is_word(win.text_at(k + 3), &["ora"]).then_some(u64::from(*minutes))
}

/// `quarters` quarters of `n` units, in the next smaller units that hold
/// them whole: half a year is six months, a quarter of an hour fifteen
/// minutes, half a week three days and twelve hours.
fn fraction_of(unit: TimeUnit, n: u32, quarters: u32) -> Option<Duration> {
    // `mezzo secolo` is fifty years.
    if unit == TimeUnit::Year && n * quarters % 4 == 0 {
        return Duration::default().plus(TimeUnit::Year, u64::from(n * quarters / 4));
    }
    let (sub, per_unit): (TimeUnit, u64) = match unit {
        TimeUnit::Year => (TimeUnit::Month, 12),
        TimeUnit::Month if quarters == 2 => (TimeUnit::Day, 30),
        TimeUnit::Week => (TimeUnit::Hour, 168),
        TimeUnit::Day => (TimeUnit::Hour, 24),
        TimeUnit::Hour => (TimeUnit::Minute, 60),
        TimeUnit::Minute => (TimeUnit::Second, 60),
        _ => return None,
    };
    let total = per_unit * u64::from(n) * u64::from(quarters);
    if total % 4 != 0 {
        return None;
    }
    let count = total / 4;
    if unit == TimeUnit::Week {
        return Duration::default()
            .plus(TimeUnit::Day, count / 24)?
            .plus(TimeUnit::Hour, count % 24);
    }
    Duration::default().plus(sub, count)
}

/// The smallest unit a duration uses.
fn smallest(d: &Duration) -> TimeUnit {
    [
        TimeUnit::Second,
        TimeUnit::Minute,
        TimeUnit::Hour,
        TimeUnit::Day,
        TimeUnit::Week,
        TimeUnit::Month,
    ]
    .into_iter()
    .find(|u| d.count(*u) != 0)
    .unwrap_or(TimeUnit::Year)
}

fn add(mut a: Duration, b: Duration) -> Option<Duration> {
    for unit in [
        TimeUnit::Year,
        TimeUnit::Month,
        TimeUnit::Week,
        TimeUnit::Day,
        TimeUnit::Hour,
        TimeUnit::Minute,
        TimeUnit::Second,
    ] {
        a = a.plus(unit, u64::from(b.count(unit)))?;
    }
    Some(a)
}

/// A count before a unit: `tre`, `45`, `un'`; below a million, so that
/// a long string of digits is not a length.
fn count(word: &str) -> Option<u64> {
    if is_word(word, lex::ONE) {
        return Some(1);
    }
    // Cardinals only: `il primo giorno`, `il secondo anno` are positions.
    let n = if word.bytes().all(|b| b.is_ascii_digit()) {
        word.parse().ok()?
    } else {
        u64::from(crate::numbers::cardinal_word(word)?)
    };
    (1..1_000_000).contains(&n).then_some(n)
}

fn only_years(d: &Duration) -> bool {
    d.years() != 0
        && *d
            == Duration::default()
                .plus(TimeUnit::Year, u64::from(d.years()))
                .unwrap_or_default()
}

/// A relative date or a rolling window around the amount of `len` tokens
/// at the cursor: `tra tre giorni`, `tre giorni fa`, `gli ultimi tre
/// giorni`, `i tre giorni scorsi`.
fn is_relative(win: &mut Window<'_>, len: usize) -> bool {
    is_word(win.previous_text(), lex::RELATIVE_BEFORE)
        || is_word(win.text_at(len), lex::RELATIVE_AFTER)
}

/// The word lowercased, for the small tables of cues (ASCII case only:
/// the cues are plain words).
fn lower(word: &str) -> String {
    word.to_ascii_lowercase()
}

/// An age in any unit: `10 giorni di età`.
fn of_age(win: &mut Window<'_>, len: usize) -> bool {
    lex::AGE_AFTER.iter().any(|row| words_at(win, len, row))
}

/// An age: `ha 45 anni`, `di 45 anni` (not `una pena di tre anni`), `a
/// 90 anni` (not `condannato a tre anni`), `45 anni di età`.
fn is_age(win: &mut Window<'_>, len: usize) -> bool {
    let lower = lower(win.previous_text());
    if is_word(&lower, lex::AGE_BEFORE) {
        return true;
    }
    let outer = two_before(win, Place::CURSOR).to_lowercase();
    if lower == "di" {
        return !is_word(&outer, lex::LENGTH_BEFORE_OF);
    }
    if lower == "a" || lower == "ai" {
        // `da sei mesi a tre anni`: the end of a range of lengths.
        return !is_word(&outer, lex::LENGTH_BEFORE_TO) && UNIT_OF.get(&outer).is_none();
    }
    lex::AGE_AFTER.iter().any(|row| words_at(win, len, row)) || in_apposition(win, len)
}

/// Whether the unit at token `k` after a count of `amount` makes a
/// length: not a singular after a count of more than one (`al 28 minuto`,
/// a minute of a match), nor `secondo` as an ordinal (`in un secondo
/// momento`).
fn is_length(win: &mut Window<'_>, k: usize, amount: u64) -> bool {
    let lowered = crate::text::lower(win.text_at(k));
    let unit = lowered.as_str();
    let singular = unit.ends_with(['o', 'a', 'e']) && !is_word(unit, lex::PLURALS_IN_E);
    if amount != 1 && singular {
        return false;
    }
    !(unit == "secondo" && is_word(win.text_at(k + 1), lex::AFTER_SECOND_ORDINAL))
}

/// `Il Sole 24 Ore`, `la 24 Ore di Le Mans`, `Mercedes 500 SEC`: a unit
/// with a capital after a capitalized word or an article is part of a
/// name (not `ASPETTATO 3 ORE`, in capitals throughout, `Due Giorni`, a
/// title's words, nor `per tre Ore`).
fn in_name(win: &mut Window<'_>, len: usize) -> bool {
    let unit = win.text_at(1);
    let previous = win.previous_text();
    let title_case = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    };
    let title = title_case(unit);
    let within = title_case(previous) || is_word(previous, lex::NAME_ARTICLES);
    // An abbreviation in capitals amid words that are not (`SEC`, `MIN`).
    let capitals = |w: &str| w.chars().all(|c| !c.is_lowercase());
    let abbreviation =
        is_word(unit, lex::ABBREVIATED_UNITS) && capitals(unit) && !capitals(previous);
    len == 2 && within && (title || abbreviation)
}

/// `Giulia Verdi, 34 anni, lavora a Roma`: the years set between commas
/// after a name, as news gives a person's age.
fn in_apposition(win: &mut Window<'_>, len: usize) -> bool {
    let after_name = win.previous_text() == ","
        && two_before(win, Place::CURSOR)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    after_name && lex::APPOSITION_ENDS.contains(&win.text_at(len))
}
