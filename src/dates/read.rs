//! The date reader: patterns over the token stream, and their resolution.

use std::ops::Range;

use super::{Date, DateKind, DateOptions, DateValue, Grain, Period, WeekdayPolicy};
use once_cell::sync::Lazy;

use crate::lexicon::dates::{self as lex, TenseCue};
use crate::lexicon::{
    contains_ignore_ascii_case, ends_with_ignore_ascii_case, HeadSet, StartSet, WordMap, WordSet,
};
use crate::numbers::parse_number;
use crate::numbers::words::Lower;
use crate::window::Window;

/// A date, or the span of an invalid one (`value` is `None`).
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    pub(crate) range: Range<usize>,
    pub(crate) value: Option<(DateKind, DateValue)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

/// The parts of a date as written, before resolution.
#[derive(Debug, Clone, Copy, Default)]
struct Parts {
    /// Tokens it spans.
    len: usize,
    weekday: Option<u8>,
    day: Option<u32>,
    month: Option<u32>,
    year: Option<i32>,
    /// A year named by its cue alone (`nel 2022`) or a month (`a
    /// settembre`) rather than a day.
    invalid: bool,
}

/// The date rules, applied at a window's cursor; shared by
/// [`DateMatches`](super::DateMatches) and [`extract`](crate::extract).
#[derive(Debug, Clone, Copy)]
pub(crate) struct DateReader {
    reference: Date,
    options: DateOptions,
}

/// `word` in lowercase, without allocating; a word too long for any
/// calendar word is returned as it is.
fn lower(word: &str) -> Lower<'_> {
    Lower::new(word).unwrap_or(Lower::Borrowed(word))
}

fn month(word: &str) -> Option<u32> {
    MONTH_OF.get(word.strip_suffix('.').unwrap_or(word))
}

static MONTH_OF: Lazy<WordMap<u32>> = Lazy::new(|| WordMap::new(lex::MONTHS));
static WEEKDAY_OF: Lazy<WordMap<u8>> = Lazy::new(|| WordMap::new(lex::WEEKDAYS));
static UNIT_OF: Lazy<WordMap<Grain>> = Lazy::new(|| WordMap::new(lex::UNITS));

fn full_month(word: &str) -> Option<u32> {
    month(word).filter(|_| word.len() > 4 && !word.ends_with('.'))
}

fn weekday(word: &str) -> Option<u8> {
    let w = word.trim_end_matches(['\'', '’']);
    WEEKDAY_OF.get(w).filter(|_| w.len() > 3)
}

fn is_word(word: &str, options: &[&str]) -> bool {
    contains_ignore_ascii_case(options, word)
}

fn digits(word: &str) -> Option<u32> {
    (!word.is_empty() && word.len() <= 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
}

fn day_number(word: &str) -> Option<u32> {
    let n = match word.strip_suffix(['°', 'º']) {
        Some("1") => 1,
        Some(_) => return None,
        None if word.eq_ignore_ascii_case("primo") => 1,
        None => digits(word).filter(|_| word.len() <= 2)?,
    };
    (1..=31).contains(&n).then_some(n)
}

fn year_number(word: &str) -> Option<i32> {
    digits(word)
        .filter(|_| word.len() == 4)
        .map(|y| y as i32)
        .filter(|y| (1000..=2199).contains(y))
}

fn two_digit_year(y: u32) -> i32 {
    if y < 70 {
        2000 + y as i32
    } else {
        1900 + y as i32
    }
}

/// Unit words of relative expressions, with their grain.
fn unit(word: &str) -> Option<Grain> {
    UNIT_OF.get(word)
}

fn is_participle(w: &str) -> bool {
    w.len() > 4
        && ends_with_any(
            w,
            &[
                "ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite",
            ],
        )
}

/// `w` ends with one of the ASCII `endings` and has at least three more
/// bytes before it (a stem).
fn ends_with_any(w: &str, endings: &[&str]) -> bool {
    endings
        .iter()
        .any(|e| w.len() > e.len() + 2 && ends_with_ignore_ascii_case(w, e))
}

/// Tense cues seen so far in the current sentence, updated token by token
/// without allocating.
#[derive(Debug, Clone, Copy, Default)]
struct Cues {
    past: bool,
    future: bool,
    present: bool,
    /// The previous token was `è` or `sono`: a participle next makes a
    /// passato prossimo (`è arrivato`).
    after_aux: bool,
}

impl Cues {
    fn note(&mut self, w: &str) {
        if is_sentence_end(w) {
            *self = Cues::default();
            return;
        }
        if self.after_aux && is_participle(w) {
            self.past = true;
        }
        self.after_aux = matches!(w, "è" | "È" | "sono" | "Sono");
        match lex::tense_cue(w) {
            Some(TenseCue::Past) => self.past = true,
            Some(TenseCue::Future) => self.future = true,
            Some(TenseCue::Present) => self.present = true,
            None => {}
        }
    }

    fn tense(&self) -> Tense {
        match (self.past, self.future) {
            (true, false) => Tense::Past,
            (false, true) => Tense::Future,
            (true, true) => Tense::Present,
            _ if self.present => Tense::Present,
            _ => Tense::Unknown,
        }
    }
}

/// Whether a token may begin a date: digits, an elided year (`'98`), or a
/// word in [`lex::DATE_STARTS`] or a number word (`tre giorni fa`). Every
/// other token is passed over at once.
pub(crate) fn may_start_date(text: &str) -> bool {
    let b = text.as_bytes();
    match b[0] {
        b'0'..=b'9' => true,
        b'\'' => b.get(1).is_some_and(u8::is_ascii_digit),
        b'A'..=b'Z' | b'a'..=b'z' => DATE_STARTS.contains(b),
        0xE2 => text.starts_with('’') && b.get(3).is_some_and(u8::is_ascii_digit),
        _ => false,
    }
}

/// Whether a token may begin a date or a number: what [`extract`] looks at.
///
/// [`extract`]: crate::extract
pub(crate) fn may_start_date_or_number(text: &str) -> bool {
    let b = text.as_bytes();
    match b[0] {
        b'0'..=b'9' | b'-' | b'+' | b'$' => true,
        b'\'' => b.get(1).is_some_and(u8::is_ascii_digit),
        // Number words are among the date starts (`tre giorni fa`); codes
        // (`EUR`) and roman numerals (`XIV`) begin numbers only.
        b'a'..=b'z' => DATE_STARTS.contains(b),
        b'A'..=b'Z' => {
            DATE_STARTS.contains(b)
                || crate::numbers::is_currency_code(text)
                || matches!(b[0], b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M')
                    && b.iter().all(|c| b"IVXLCDM".contains(c))
        }
        _ => {
            matches!(text, "−" | "€" | "£" | "¥")
                || text.starts_with('’') && b.get(3).is_some_and(u8::is_ascii_digit)
        }
    }
}

/// [`may_start_date`] from the token's [`head`](crate::lexicon::head) (see
/// [`Window::skip_while`]).
#[inline]
pub(crate) fn may_start_date_head(text: &str, head: u32) -> bool {
    let first = head as u8;
    if first.is_ascii_digit() {
        return true;
    }
    if DATE_STARTS.contains_head(head, text.len()) {
        return has_head(text);
    }
    !first.is_ascii_lowercase() && may_start_date(text)
}

/// [`may_start_date_or_number`] from the token's [`head`](crate::lexicon::head).
#[inline]
pub(crate) fn may_start_date_or_number_head(text: &str, head: u32) -> bool {
    let [first, second, _, _] = head.to_le_bytes();
    // Every test computed, then one branch: most tokens fail them all, and
    // which one passes is unpredictable. A capital begins a code (`EUR`) or
    // a roman numeral (`XIV`, `V`) only with another capital or alone.
    let class = FIRST_BYTE_CLASS[usize::from(first)];
    let capitals = u8::from(second.is_ascii_uppercase() | (second == 0)) * CAPITAL;
    let word = DATE_STARTS.contains_head(head, text.len());
    if class & (SIGN_OR_DIGIT | OTHER | capitals) == 0 && !word {
        return false;
    }
    if class & SIGN_OR_DIGIT != 0 {
        return true;
    }
    if word {
        return has_head(text);
    }
    match first {
        // Words with a capital: codes (`EUR`) and roman numerals (`XIV`).
        b'A'..=b'Z' => {
            crate::numbers::is_currency_code(text)
                || matches!(first, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M')
                    && text.bytes().all(|c| b"IVXLCDM".contains(&c))
        }
        // An elided year: `'98`.
        b'\'' => ((head >> 8) as u8).is_ascii_digit(),
        0x80.. => may_start_date_or_number(text),
        _ => false,
    }
}

/// What the first byte of a token says to [`may_start_date_or_number_head`].
const SIGN_OR_DIGIT: u8 = 1;
const CAPITAL: u8 = 2;
/// An apostrophe (`'98`) or a byte beyond ASCII (`’98`, `€`, `−`).
const OTHER: u8 = 4;
const FIRST_BYTE_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'0'..=b'9' | b'-' | b'+' | b'$' => SIGN_OR_DIGIT,
            b'A'..=b'Z' => CAPITAL,
            b'\'' | 0x80.. => OTHER,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// The finer test after the three-letter one: a word of four letters or
/// more must begin as a calendar word or a number word does (`marzo`,
/// `ventitré`; not `mario`, `quando`). Shorter words, and words with
/// another byte in their first four, pass.
fn has_head(text: &str) -> bool {
    HEADS.allows(text.as_bytes())
}

static HEADS: HeadSet = HeadSet::new(&[lex::DATE_HEADS, crate::lexicon::numbers::NUMBER_HEADS]);

/// Every calendar word that may begin a date, exactly: the check at each
/// candidate token before the patterns are tried.
static DATE_WORDS: Lazy<WordSet> = Lazy::new(|| {
    let mut words: Vec<&'static str> = lex::DATE_CUES.to_vec();
    words.extend(lex::MONTHS.iter().map(|(w, _)| *w));
    words.extend(lex::WEEKDAYS.iter().map(|(w, _)| *w));
    words.extend(lex::RELATIVE_DAYS.iter().map(|(w, _)| *w));
    words.extend(lex::UNITS.iter().map(|(w, _)| *w));
    words.extend(lex::CENTURIES.iter().map(|(w, _)| *w));
    WordSet::new(&words)
});

/// The short date words whole, the longer ones and the number words by
/// their first three letters (number words begin counts: `tre giorni fa`).
static DATE_STARTS: StartSet = StartSet::new(
    &[lex::SHORT_DATE_STARTS, lex::DATE_STARTS, &["tr"]],
    &[crate::lexicon::numbers::NUMBER_PREFIXES],
);

/// The token behind the cursor is a dash written against it and against
/// a letter or digit before it.
fn after_joined_dash(win: &mut Window<'_>) -> bool {
    let Some(dash) = win.behind() else {
        return false;
    };
    matches!(dash.text(), "-" | "–" | "—")
        && win.gap_before().is_empty()
        && win.text()[..dash.range().start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

fn is_sentence_end(word: &str) -> bool {
    matches!(word, "." | "!" | "?" | "…" | "..." | ";")
}

/// Where the sentence around `at` begins: after the last sentence mark in
/// the 200 bytes before it (tense cues further back rarely concern the
/// date).
fn sentence_start(text: &str, at: usize) -> usize {
    let mut from = at.saturating_sub(200);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text[from..at]
        .rfind(['.', '!', '?', ';', '\n'])
        .map_or(from, |i| from + i + 1)
}

impl DateReader {
    pub(crate) fn new(reference: Date, options: DateOptions) -> DateReader {
        DateReader { reference, options }
    }

    /// The tense of the clause around the date that begins at the cursor:
    /// the cues of the sentence before it, then a short look ahead from
    /// token `from`.
    fn tense(&self, win: &mut Window<'_>, from: usize) -> Tense {
        let mut cues = Cues::default();
        if let Some(first) = win.get(0) {
            let text = win.text();
            let start = sentence_start(text, first.range().start);
            for token in crate::tokens(&text[start..first.range().start]) {
                cues.note(token.text());
            }
        }
        for k in from..from + 24 {
            let Some(token) = win.get(k) else {
                break;
            };
            if is_sentence_end(token.text()) {
                break;
            }
            cues.note(token.text());
        }
        cues.tense()
    }

    /// The date (or invalid date) at the window's cursor, with the cursor
    /// moved past it; `None`, and the cursor where it was, when there is
    /// none.
    pub(crate) fn hit_at(&self, win: &mut Window<'_>) -> Option<Hit> {
        let (len, value) = self.match_here(win)?;
        let start = win.get(0)?.range().start;
        let end = win.get(len - 1)?.range().end;
        win.advance(len);
        Some(Hit {
            range: start..end,
            value,
        })
    }

    fn day(&self, year: i32, month: u32, day: u32) -> Option<Period> {
        Date::new(year, month, day)
            .ok()
            .map(|d| Period::new(d, Grain::Day))
    }

    /// Resolves written parts to a period; `None` when the date does not
    /// exist.
    fn resolve(&self, parts: Parts, tense: Tense) -> Option<Period> {
        let r = self.reference;
        match (parts.day, parts.month, parts.year) {
            (Some(d), Some(m), Some(y)) => self.day(y, m, d),
            (Some(d), Some(m), None) => {
                // 31 febbraio never exists; 29 febbraio needs a leap year.
                Date::new(2024, m, d).ok()?;
                // A weekday named with the day settles the year: `venerdì 5
                // luglio` is in the nearest year whose 5 July is a Friday
                // (the year before or after before the tense is asked).
                if let Some(w) = parts.weekday {
                    let year_with = |k: i32| {
                        Date::new(r.year() + k, m, d)
                            .ok()
                            .filter(|x| x.weekday().number_from_monday() == w)
                    };
                    let tense_fits = |x: &Date| match tense {
                        Tense::Past => *x <= r,
                        Tense::Future => *x >= r,
                        _ => true,
                    };
                    let fits = [0, 1, -1].into_iter().find_map(year_with).or_else(|| {
                        (2..=6)
                            .flat_map(|k| [k, -k])
                            .filter_map(year_with)
                            .find(tense_fits)
                    });
                    if let Some(x) = fits {
                        return Some(Period::new(x, Grain::Day));
                    }
                }
                let this = Date::new(r.year(), m, d).ok();
                match tense {
                    Tense::Past => match this.filter(|&x| x <= r) {
                        Some(x) => Some(x),
                        None => (1..=8).find_map(|k| Date::new(r.year() - k, m, d).ok()),
                    },
                    Tense::Present | Tense::Future => match this.filter(|&x| x >= r) {
                        Some(x) => Some(x),
                        None => (1..=8).find_map(|k| Date::new(r.year() + k, m, d).ok()),
                    },
                    Tense::Unknown => this,
                }
                .map(|x| Period::new(x, Grain::Day))
            }
            (None, Some(m), Some(y)) => Date::new(y, m, 1)
                .ok()
                .map(|x| Period::new(x, Grain::Month)),
            (None, Some(m), None) => {
                let year = match tense {
                    Tense::Past if m > r.month() => r.year() - 1,
                    Tense::Future | Tense::Present if m < r.month() => r.year() + 1,
                    _ => r.year(),
                };
                Date::new(year, m, 1)
                    .ok()
                    .map(|x| Period::new(x, Grain::Month))
            }
            (None, None, Some(y)) => Date::new(y, 1, 1).ok().map(|x| Period::new(x, Grain::Year)),
            _ => parts
                .weekday
                .map(|w| Period::new(self.weekday_date(w, tense, 0), Grain::Day)),
        }
    }

    /// The weekday `w` by tense (`shift` of +1 or -1 forces the next or
    /// the last one, excluding the reference day).
    fn weekday_date(&self, w: u8, tense: Tense, shift: i32) -> Date {
        let r = self.reference;
        let today = i64::from(r.weekday().number_from_monday());
        let ahead = (i64::from(w) - today).rem_euclid(7);
        let behind = (today - i64::from(w)).rem_euclid(7);
        let next = if ahead == 0 && shift > 0 { 7 } else { ahead };
        let last = if behind == 0 && shift < 0 { 7 } else { behind };
        if shift > 0 {
            return r.add_days(next);
        }
        if shift < 0 {
            return r.add_days(-last);
        }
        let future = match self.options.weekdays {
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

    /// A date written at token `at`: numeric, textual, month, year (with a
    /// cue before it when `cued`).
    fn parts(&self, win: &mut Window<'_>, at: usize, cued: bool) -> Option<Parts> {
        let text = win.text_at(at);
        // `19/06/2024`, `3.4.1962`, `19/6/24`.
        if text.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            for sep in ['/', '.'] {
                let mut fields = text.split(sep);
                let (Some(day), Some(month), Some(y), None) =
                    (fields.next(), fields.next(), fields.next(), fields.next())
                else {
                    continue;
                };
                if [day, month, y].iter().all(|f| digits(f).is_some()) {
                    let (d, m) = (digits(day)?, digits(month)?);
                    if day.len() > 2 || month.len() > 2 {
                        return None;
                    }
                    let year = match y.len() {
                        4 => digits(y)? as i32,
                        2 => two_digit_year(digits(y)?),
                        _ => return None,
                    };
                    let valid = Date::new(year, m, d).is_ok();
                    return Some(Parts {
                        len: 1,
                        day: Some(d),
                        month: Some(m),
                        year: Some(year),
                        invalid: !valid,
                        ..Parts::default()
                    });
                }
            }
            // `19-06-2024`, `2024-06-19`: digits joined by dashes, and no
            // more (`88-8-04-1267`, `02-12-03-2024` are codes).
            if win.text_at(at + 1) == "-"
                && win.text_at(at + 3) == "-"
                && win.gap_after(at).is_empty()
                && win.gap_after(at + 1).is_empty()
                && win.gap_after(at + 2).is_empty()
                && win.gap_after(at + 3).is_empty()
            {
                let dash_glued_before = if at == 0 {
                    win.previous_text() == "-" && win.gap_before().is_empty()
                } else {
                    win.text_at(at - 1) == "-" && win.gap_after(at - 1).is_empty()
                };
                if dash_glued_before
                    || win.text_at(at + 5) == "-" && win.gap_after(at + 4).is_empty()
                {
                    return None;
                }
                let (a, b, c) = (win.text_at(at), win.text_at(at + 2), win.text_at(at + 4));
                let (y, m, d) = if a.len() == 4 {
                    (digits(a)? as i32, digits(b)?, digits(c)?)
                } else if c.len() == 4 && a.len() <= 2 {
                    (digits(c)? as i32, digits(b)?, digits(a)?)
                } else {
                    return None;
                };
                if b.len() > 2 {
                    return None;
                }
                return Some(Parts {
                    len: 5,
                    day: Some(d),
                    month: Some(m),
                    year: Some(y),
                    invalid: Date::new(y, m, d).is_err(),
                    ..Parts::default()
                });
            }
        }
        let mut parts = Parts::default();
        let mut k = at;
        // `martedì 18 giugno`; `mar` before a day is `martedì`.
        if let Some(w) = weekday(win.text_at(k)).or_else(|| {
            (is_word(win.text_at(k), &["mar"]) && day_number(win.text_at(k + 1)).is_some())
                .then_some(2)
        }) {
            parts.weekday = Some(w);
            k += 1;
        }
        if let Some(d) = day_number(win.text_at(k)) {
            let m = month(win.text_at(k + 1))
                .or_else(|| is_word(win.text_at(k + 1), &["mar", "mar."]).then_some(3));
            if let Some(m) = m {
                parts.day = Some(d);
                parts.month = Some(m);
                k += 2;
                if let Some(y) = year_number(win.text_at(k)) {
                    parts.year = Some(y);
                    k += 1;
                }
                parts.len = k - at;
                parts.invalid = Date::new(parts.year.unwrap_or(2024), m, d).is_err();
                return Some(parts);
            }
            // A day alone, after a weekday or as the first end of a range.
            if parts.weekday.is_some() || cued {
                parts.day = Some(d);
                parts.len = k + 1 - at;
                return Some(parts);
            }
            return None;
        }
        if parts.weekday.is_some() {
            parts.len = k - at;
            return Some(parts);
        }
        if let Some(m) = full_month(win.text_at(k)) {
            parts.month = Some(m);
            k += 1;
            if let Some(y) = year_number(win.text_at(k)) {
                parts.year = Some(y);
                k += 1;
            }
            parts.len = k - at;
            return Some(parts);
        }
        if cued {
            // `dal '98`: an elided year.
            if let Some(y) = win
                .text_at(k)
                .strip_prefix(['\'', '’'])
                .filter(|y| y.len() == 2)
                .and_then(digits)
            {
                parts.year = Some(two_digit_year(y));
                parts.len = 1;
                return Some(parts);
            }
            // `nel millenovecentocinquantasette`: a year in words.
            let year = year_number(win.text_at(k)).or_else(|| {
                crate::numbers::words::cardinal(win.text_at(k))
                    .map(|v| v as i32)
                    .filter(|y| (1000..=2199).contains(y) && win.text_at(k).len() > 8)
            });
            if let Some(y) = year {
                parts.year = Some(y);
                parts.len = 1;
                return Some(parts);
            }
        }
        None
    }

    /// A quick look at the token at the cursor and the next one: whether
    /// any date pattern can match here. Most candidates stop here.
    fn worth_trying(&self, win: &mut Window<'_>, t0: &str) -> bool {
        let first = t0.as_bytes()[0];
        if first.is_ascii_digit() {
            // Digits joined by dashes to what comes before (`3a-3`,
            // `978-88-04`) are a code, which no date starts inside.
            return !after_joined_dash(win);
        }
        if t0.starts_with(['\'', '’']) {
            return true;
        }
        let trimmed = t0.trim_end_matches(['.', '\'', '’']);
        let calendar_word = DATE_WORDS.contains_ignore_ascii_case(trimmed)
            || trimmed.len() < t0.len() && DATE_WORDS.contains_ignore_ascii_case(t0);
        if !calendar_word {
            // Any other word begins a date only as a number: a count (`tre
            // giorni fa`), an ordinal quarter (`terzo trimestre`), a day in
            // words (`primo maggio`) or a year in words (`nel
            // millenovecentocinquantasette`).
            let number = is_word(
                t0,
                &["un", "una", "uno", "primo", "secondo", "terzo", "quarto"],
            ) || crate::numbers::has_number_head(t0)
                && crate::numbers::words::cardinal(t0).is_some();
            if !number {
                return false;
            }
            let next = win.text_at(1);
            return unit(next).is_some()
                || month(next).is_some()
                || t0.len() > 8 && is_word(win.previous_text(), lex::YEAR_CUES);
        }
        let next = win.text_at(1);
        let next_first = next.as_bytes().first().copied().unwrap_or(b' ');
        match lower(t0).as_str() {
            // `dal 3`, `da lunedì`, `da ottobre`, `dal '98`.
            "da" | "dal" | "dall'" | "dall’" => {
                next_first.is_ascii_digit()
                    || next.starts_with(['\'', '’'])
                    || weekday(next).is_some()
                    || full_month(next).is_some()
            }
            "tra" | "fra" => {
                is_word(next, &["il", "un", "una"])
                    || next_first.is_ascii_digit()
                    || unit(win.text_at(2)).is_some()
            }
            "altro" => is_word(next, &["ieri"]),
            "quest'" | "quest’" | "questo" | "questa" => unit(next).is_some(),
            _ => true,
        }
    }

    fn match_here(&self, win: &mut Window<'_>) -> Option<(usize, Option<(DateKind, DateValue)>)> {
        let t0 = win.text_at(0);
        if !self.worth_trying(win, t0) {
            return None;
        }
        let l0 = lower(t0);
        let l0 = l0.as_str();
        // Ranges: `dal 3 al 5 marzo`, `da lunedì a mercoledì`, `dal 2000`.
        if matches!(l0, "dal" | "da" | "dall'" | "dall’") {
            if let Some(found) = self.range_from(win) {
                return Some(found);
            }
        }
        if matches!(l0, "tra" | "fra") {
            if let Some(found) = self.between(win) {
                return Some(found);
            }
            if let Some(found) = self.in_future(win) {
                return Some(found);
            }
        }
        if l0 == "fino" && matches!(lower(win.text_at(1)).as_str(), "al" | "all'" | "all’" | "a")
        {
            let tense = self.tense(win, 0);
            if let Some(p) = self
                .parts(win, 2, true)
                .filter(|p| p.year.is_some() || p.month.is_some())
            {
                if p.invalid {
                    return Some((2 + p.len, None));
                }
                let end = self.resolve(p, tense)?;
                return Some((
                    2 + p.len,
                    Some((
                        DateKind::Range,
                        DateValue::Range {
                            start: None,
                            end: Some(end),
                        },
                    )),
                ));
            }
        }
        if let Some(found) = self.relative(win) {
            return Some(found);
        }
        // `anni '90`, `anni Novanta`.
        if l0 == "anni" {
            let next = win.text_at(1);
            let decade = if let Some(d) = next
                .strip_prefix(['\'', '’'])
                .and_then(digits)
                .filter(|_| next.len() >= 3)
            {
                Some(two_digit_year(d))
            } else if let Some(y) = year_number(next).filter(|y| y % 10 == 0) {
                Some(y)
            } else {
                let w = lower(next);
                let w = w.as_str();
                lex::DECADES
                    .iter()
                    .find(|(name, _)| *name == w)
                    .map(|&(_, d)| 1900 + d)
            };
            if let Some(y) = decade {
                let p = Period::new(Date::new(y, 1, 1).ok()?, Grain::Decade);
                return Some((2, Some((DateKind::Absolute, DateValue::Period(p)))));
            }
        }
        // `il Novecento`, `l'Ottocento` (capitalized: `novecento` is 900).
        if t0.chars().next().is_some_and(char::is_uppercase) {
            if let Some(&(_, y)) = lex::CENTURIES.iter().find(|(name, _)| *name == l0) {
                let p = Period::new(Date::new(y, 1, 1).ok()?, Grain::Century);
                return Some((1, Some((DateKind::Absolute, DateValue::Period(p)))));
            }
        }
        // `primo trimestre 2024`, `il terzo trimestre`.
        if is_word(win.text_at(1), &["trimestre"]) {
            let q = match l0 {
                "primo" => 1,
                "secondo" => 2,
                "terzo" => 3,
                "quarto" => 4,
                _ => 0,
            };
            if q > 0 {
                let (year, len) = match year_number(win.text_at(2)) {
                    Some(y) => (y, 3),
                    None => (self.reference.year(), 2),
                };
                let p = Period::new(Date::new(year, q * 3 - 2, 1).ok()?, Grain::Quarter);
                return Some((len, Some((DateKind::Absolute, DateValue::Period(p)))));
            }
        }
        // `2022-2023`: two years joined by a dash.
        if let (Some(a), "-", Some(b)) =
            (year_number(t0), win.text_at(1), year_number(win.text_at(2)))
        {
            if b > a && win.gap_after(0).is_empty() && win.gap_after(1).is_empty() {
                let year = |y| Date::new(y, 1, 1).ok().map(|d| Period::new(d, Grain::Year));
                let value = DateValue::Range {
                    start: year(a),
                    end: year(b),
                };
                return Some((3, Some((DateKind::Range, value))));
            }
        }
        let cued = is_word(win.previous_text(), lex::YEAR_CUES);
        let previous = lower(win.previous_text());
        let previous = previous.as_str();
        let p = self.parts(win, 0, cued)?;
        if p.invalid {
            return Some((p.len, None));
        }
        // A day alone is only a date inside a range.
        if p.day.is_some() && p.month.is_none() && p.year.is_none() {
            return None;
        }
        // A weekday alone: not a generic one (`un giovedì`, `ogni lunedì`).
        if p.weekday.is_some() && p.day.is_none() {
            if matches!(previous, "un" | "ogni" | "di" | "il" | "al" | "dal" | "nel") {
                return None;
            }
            let tense = self.tense(win, p.len);
            let date = self.weekday_date(p.weekday?, tense, 0);
            return Some((
                p.len,
                Some((
                    DateKind::Weekday,
                    DateValue::Period(Period::new(date, Grain::Day)),
                )),
            ));
        }
        if p.day.is_some() && p.month.is_some() && p.year.is_none() && previous == "scorso" {
            return None;
        }
        // Only a date without its year needs the tense of its clause.
        let tense = if p.year.is_some() {
            Tense::Unknown
        } else {
            self.tense(win, p.len)
        };
        let period = self.resolve(p, tense)?;
        Some((p.len, Some((DateKind::Absolute, DateValue::Period(period)))))
    }

    /// `dal X al Y`, `da X a Y`, `dal X`.
    fn range_from(&self, win: &mut Window<'_>) -> Option<(usize, Option<(DateKind, DateValue)>)> {
        let first = self.parts(win, 1, true)?;
        let link = 1 + first.len;
        let tense = if first.year.is_some() {
            Tense::Unknown
        } else {
            self.tense(win, 0)
        };
        if matches!(
            lower(win.text_at(link)).as_str(),
            "al" | "a" | "all'" | "all’" | "alle"
        ) {
            if let Some(second) = self.parts(win, link + 1, true) {
                let len = link + 1 + second.len;
                if first.invalid || second.invalid {
                    return Some((len, None));
                }
                let mut first = first;
                // `dal 3 al 5 marzo`: the first end takes what it lacks.
                if first.day.is_some() && first.month.is_none() {
                    first.month = second.month;
                    first.year = first.year.or(second.year);
                } else if first.month.is_some()
                    && first.year.is_none()
                    && second.year.is_some()
                    && first.day.is_some() == second.day.is_some()
                {
                    first.year = second.year;
                }
                if first.weekday.is_some() && second.weekday.is_some() && first.day.is_none() {
                    let start = self.weekday_date(first.weekday?, tense, 0);
                    let ahead =
                        (i64::from(second.weekday?) - i64::from(first.weekday?)).rem_euclid(7);
                    let end = start.add_days(ahead);
                    let value = DateValue::Range {
                        start: Some(Period::new(start, Grain::Day)),
                        end: Some(Period::new(end, Grain::Day)),
                    };
                    return Some((len, Some((DateKind::Range, value))));
                }
                let start = self.resolve(first, tense);
                let end = self.resolve(second, tense);
                return match (start, end) {
                    (Some(s), Some(e)) => Some((
                        len,
                        Some((
                            DateKind::Range,
                            DateValue::Range {
                                start: Some(s),
                                end: Some(e),
                            },
                        )),
                    )),
                    _ => Some((len, None)),
                };
            }
        }
        // `dal 2000`, `dal 1/1/2025`: an open end, from a full date or year.
        let complete = first.year.is_some() && (first.day.is_some() == first.month.is_some());
        if complete {
            if first.invalid {
                return Some((1 + first.len, None));
            }
            let start = self.resolve(first, tense)?;
            return Some((
                1 + first.len,
                Some((
                    DateKind::Range,
                    DateValue::Range {
                        start: Some(start),
                        end: None,
                    },
                )),
            ));
        }
        None
    }

    /// `tra il 2020 e il 2022`.
    fn between(&self, win: &mut Window<'_>) -> Option<(usize, Option<(DateKind, DateValue)>)> {
        if !is_word(win.text_at(1), &["il"])
            || !is_word(win.text_at(3), &["e"])
            || !is_word(win.text_at(4), &["il"])
        {
            return None;
        }
        let (a, b) = (year_number(win.text_at(2))?, year_number(win.text_at(5))?);
        let year = |y| Date::new(y, 1, 1).ok().map(|d| Period::new(d, Grain::Year));
        Some((
            6,
            Some((
                DateKind::Range,
                DateValue::Range {
                    start: year(a),
                    end: year(b),
                },
            )),
        ))
    }

    /// `fra due settimane`, `tra un mese`.
    fn in_future(&self, win: &mut Window<'_>) -> Option<(usize, Option<(DateKind, DateValue)>)> {
        let n = self.count(win, 1)?;
        let grain = unit(win.text_at(2))?;
        Some((
            3,
            Some((
                DateKind::Relative,
                DateValue::Period(Period::new(self.shift(n, grain), Grain::Day)),
            )),
        ))
    }

    /// A count at token `at`: digits, a number word, `un`/`una`.
    fn count(&self, win: &mut Window<'_>, at: usize) -> Option<i64> {
        let text = win.text_at(at);
        if matches!(lower(text).as_str(), "un" | "una" | "uno") {
            return Some(1);
        }
        let value = parse_number(text).ok()?;
        value
            .is_integer()
            .then(|| value.numerator())
            .and_then(|n| i64::try_from(n).ok())
            .filter(|n| *n < 10_000)
    }

    fn shift(&self, n: i64, grain: Grain) -> Date {
        let r = self.reference;
        match grain {
            Grain::Day => r.add_days(n),
            Grain::Week => r.add_days(n.saturating_mul(7)),
            Grain::Month => r.add_months(n.clamp(-120_000, 120_000) as i32),
            Grain::Quarter => r.add_months((n.clamp(-40_000, 40_000) * 3) as i32),
            _ => r.add_months((n.clamp(-10_000, 10_000) * 12) as i32),
        }
    }

    fn relative(&self, win: &mut Window<'_>) -> Option<(usize, Option<(DateKind, DateValue)>)> {
        let l0 = lower(win.text_at(0));
        let l0 = l0.as_str();
        let day = |d: Date| {
            Some((
                DateKind::Relative,
                DateValue::Period(Period::new(d, Grain::Day)),
            ))
        };
        // `ieri l'altro`, and `l'altro ieri` (the span leaves the article
        // out, as for every date).
        if l0 == "ieri"
            && is_word(win.text_at(1), &["l'", "l’"])
            && is_word(win.text_at(2), &["altro"])
        {
            return Some((3, day(self.reference.add_days(-2))));
        }
        if l0 == "altro" && is_word(win.text_at(1), &["ieri"]) {
            return Some((2, day(self.reference.add_days(-2))));
        }
        if let Some(&(_, offset)) = lex::RELATIVE_DAYS.iter().find(|(w, _)| *w == l0) {
            let len = if is_word(win.text_at(1), lex::DAY_PARTS)
                && matches!(l0, "ieri" | "domani" | "oggi")
            {
                2
            } else {
                1
            };
            return Some((len, day(self.reference.add_days(offset))));
        }
        // `tre giorni fa`, `un anno fa`.
        if let Some(grain) = unit(win.text_at(1)) {
            if is_word(win.text_at(2), &["fa"]) {
                if let Some(n) = self.count(win, 0) {
                    return Some((3, day(self.shift(-n, grain))));
                }
            }
        }
        // `quest'anno`, `questo mese`, `questa settimana`.
        if matches!(l0, "quest'" | "quest’" | "questo" | "questa") {
            if let Some(grain) = unit(win.text_at(1)).filter(|g| *g != Grain::Day) {
                let p = Period::new(self.reference, grain);
                return Some((2, Some((DateKind::Relative, DateValue::Period(p)))));
            }
        }
        // `anno prossimo`, `settimana scorsa`, `scorso anno`.
        let step = |w: &str| match lower(w).as_str() {
            "prossimo" | "prossima" | "successivo" | "successiva" => Some(1),
            "scorso" | "scorsa" | "passato" | "passata" => Some(-1),
            _ => None,
        };
        let unit_step = match (
            unit(win.text_at(0)),
            step(win.text_at(1)),
            step(win.text_at(0)),
            unit(win.text_at(1)),
        ) {
            (Some(g), Some(s), _, _) | (_, _, Some(s), Some(g)) if g != Grain::Day => Some((g, s)),
            _ => None,
        };
        if let Some((grain, s)) = unit_step {
            let p = Period::new(self.shift(s, grain), grain);
            return Some((2, Some((DateKind::Relative, DateValue::Period(p)))));
        }
        // `martedì prossimo`, `sabato scorso`, `lo scorso martedì`.
        let weekday_step = match (
            weekday(win.text_at(0)),
            step(win.text_at(1)),
            step(win.text_at(0)),
            weekday(win.text_at(1)),
        ) {
            (Some(w), Some(s), _, _) | (_, _, Some(s), Some(w)) => Some((w, s)),
            _ => None,
        };
        if let Some((w, s)) = weekday_step {
            let date = self.weekday_date(w, Tense::Unknown, s as i32);
            return Some((2, day(date)));
        }
        // `lo scorso 3 marzo`.
        if let Some(s) = step(win.text_at(0)) {
            let p = self.parts(win, 1, false)?;
            if p.day.is_some() && p.month.is_some() && p.year.is_none() {
                if p.invalid {
                    return Some((1 + p.len, None));
                }
                let tense = if s < 0 { Tense::Past } else { Tense::Future };
                let mut found = self.resolve(p, tense)?;
                if found.start() == self.reference {
                    found = Period::new(found.start().add_months(12 * s as i32), Grain::Day);
                }
                return Some((
                    1 + p.len,
                    Some((DateKind::Relative, DateValue::Period(found))),
                ));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(text: &str) -> u32 {
        crate::lexicon::head(text.as_bytes(), 0, text.len())
    }

    #[test]
    fn every_calendar_word_passes_the_start_tests() {
        let mut words: Vec<&str> = lex::DATE_CUES.to_vec();
        words.extend(lex::SHORT_DATE_STARTS);
        words.extend(lex::DATE_STARTS);
        words.extend(lex::MONTHS.iter().map(|(w, _)| *w));
        words.extend(lex::WEEKDAYS.iter().map(|(w, _)| *w));
        words.extend(lex::RELATIVE_DAYS.iter().map(|(w, _)| *w));
        words.extend(lex::UNITS.iter().map(|(w, _)| *w));
        words.extend(lex::CENTURIES.iter().map(|(w, _)| *w));
        words.extend([
            "tre",
            "ventitré",
            "dodici",
            "millenovecento",
            "Novecento",
            "dic.",
            "'98",
        ]);
        for word in words {
            assert!(may_start_date_head(word, head(word)), "{word}");
            assert!(may_start_date_or_number_head(word, head(word)), "{word}");
            assert!(may_start_date(word), "{word}");
        }
        for word in ["mario", "quando", "stato", "proprio", "di", "il", ","] {
            assert!(!may_start_date_head(word, head(word)), "{word}");
        }
    }
}
