//! What a quantity is counted in: a percent or per-mille sign, a unit of
//! measure or a currency after it, and the cents of an amount of money.
//!
//! Units and currencies are one table ([`UNITS`](crate::lexicon::units));
//! a unit of several tokens (`metri cubi`, `dollari australiani`) is read
//! by one longest-match helper, [`unit_at`], and a new unit is one row
//! there.

use once_cell::sync::Lazy;

use super::quantity::Quantity;
use super::{power_of_ten, words, Found, NumberKind, NumberReader};
use crate::lexicon::contains_ignore_ascii_case as is_word;
use crate::lexicon::numbers as lex;
use crate::lexicon::units::{UnitFamily, UnitRow, CENTS, UNITS};
use crate::lexicon::WordMap;
use crate::start::Start;
use crate::text::starts_with_digit;
use crate::window::Window;

/// A unit of measure or a currency: its symbol and what it measures.
///
/// # Examples
///
/// ```
/// use italiano::numbers::{NumberKind, UnitFamily};
///
/// let m = italiano::numbers("Ho bevuto due litri d'acqua.").next().unwrap();
/// assert_eq!(m.kind(), NumberKind::Quantity);
/// let unit = m.unit().unwrap();
/// assert_eq!((unit.symbol(), unit.family()), ("l", UnitFamily::Volume));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Unit {
    symbol: &'static str,
    family: UnitFamily,
}

impl Unit {
    /// The symbol (`km`, `°C`, `m2`), or the ISO 4217 code of a currency
    /// (`EUR`).
    ///
    /// # Examples
    ///
    /// ```
    /// let m = italiano::numbers("300 ettari di bosco").next().unwrap();
    /// assert_eq!(m.unit().map(|u| u.symbol()), Some("ha"));
    /// ```
    pub fn symbol(&self) -> &'static str {
        self.symbol
    }

    /// What the unit measures.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::numbers::UnitFamily;
    ///
    /// let m = italiano::numbers("€ 5").next().unwrap();
    /// assert_eq!(m.unit().map(|u| u.family()), Some(UnitFamily::Currency));
    /// ```
    pub fn family(&self) -> UnitFamily {
        self.family
    }
}

impl From<&'static UnitRow> for Unit {
    fn from(row: &'static UnitRow) -> Unit {
        Unit {
            symbol: row.symbol,
            family: row.family,
        }
    }
}

/// What follows a quantity and gives it a kind.
#[derive(Debug, Clone, Copy)]
pub(super) enum After {
    Percent,
    /// `per mille`, `‰`: a tenth of a percent.
    PerMille,
    Measure(&'static UnitRow),
}

/// The longest first token of a sign, in bytes (`€`, `MB`).
const SIGN_LEN: usize = 3;

/// One written form of a unit, under its first token.
struct Form {
    first: &'static str,
    /// The other tokens, space-separated.
    rest: &'static str,
    row: &'static UnitRow,
}

/// The forms of every unit, sorted by first token: written forms under
/// their lowercase first token, found ignoring ASCII case through a word
/// map; signs under their exact first token.
struct FormIndex {
    words: Vec<Form>,
    signs: Vec<Form>,
    word_ranges: WordMap<(u16, u16)>,
    /// The first bytes of the signs.
    sign_starts: Vec<u8>,
}

static FORMS: Lazy<FormIndex> = Lazy::new(|| {
    let split = |form: &'static str, row| {
        let (first, rest) = form.split_once(' ').unwrap_or((form, ""));
        Form { first, rest, row }
    };
    let mut words: Vec<Form> = UNITS
        .iter()
        .flat_map(|row| row.words.iter().map(move |w| split(w, row)))
        .collect();
    let mut signs: Vec<Form> = UNITS
        .iter()
        .flat_map(|row| row.signs.iter().map(move |s| split(s, row)))
        .collect();
    words.sort_by_key(|f| f.first);
    signs.sort_by_key(|f| f.first);
    let ranges = |forms: &[Form]| {
        let mut out: Vec<(&'static str, (u16, u16))> = Vec::new();
        for (i, form) in forms.iter().enumerate() {
            match out.last_mut() {
                Some((first, (_, len))) if *first == form.first => *len += 1,
                _ => out.push((form.first, (i as u16, 1))),
            }
        }
        WordMap::new(&out)
    };
    FormIndex {
        word_ranges: ranges(&words),
        sign_starts: {
            let mut starts: Vec<u8> = signs.iter().map(|f| f.first.as_bytes()[0]).collect();
            starts.sort_unstable();
            starts.dedup();
            starts
        },
        words,
        signs,
    }
});

impl FormIndex {
    /// The written forms whose first token is `token`, case ignored.
    fn words_under(&self, token: &str) -> &[Form] {
        match self.word_ranges.get(token) {
            Some((start, len)) => &self.words[usize::from(start)..usize::from(start + len)],
            None => &[],
        }
    }

    /// The signs whose first token is exactly `token`.
    fn signs_under(&self, token: &str) -> &[Form] {
        // A few short signs, whose case matters (`MB`, `mb`): a scan of
        // their lengths, which most words fail.
        let first = token.as_bytes().first().copied().unwrap_or(0);
        if token.len() > SIGN_LEN || !self.sign_starts.contains(&first) {
            return &[];
        }
        match self.signs.iter().position(|f| f.first == token) {
            Some(start) => {
                let len = self.signs[start..]
                    .iter()
                    .take_while(|f| f.first == token)
                    .count();
                &self.signs[start..start + len]
            }
            None => &[],
        }
    }
}

/// A token as a written form compares: without a final abbreviation `.`
/// (`gr.`), ASCII case ignored, `’` read as `'`.
fn same_word(form: &str, token: &str) -> bool {
    let token = match token.strip_suffix('.') {
        Some(t) if !t.is_empty() => t,
        _ => token,
    };
    let mut a = form.chars();
    let mut b = token.chars().map(|c| if c == '’' { '\'' } else { c });
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(&y) => {}
            _ => return false,
        }
    }
}

/// The unit at token `at`: how many tokens its longest form spans, and its
/// row. Signs of several tokens are written together (`C$`, `°C`);
/// words may have spaces between them.
pub(super) fn unit_at(win: &mut Window<'_>, at: usize) -> Option<(usize, &'static UnitRow)> {
    let first = win.text_at(at);
    if first.is_empty() || first.len() > 24 {
        return None;
    }
    let mut best: Option<(usize, &'static UnitRow)> = None;
    let mut consider = |win: &mut Window<'_>, form: &Form, glued: bool| {
        let mut len = 1;
        let rest = if form.rest.is_empty() {
            None
        } else {
            Some(form.rest)
        };
        for part in rest.into_iter().flat_map(|r| r.split(' ')) {
            let gap = win.gap_after(at + len - 1);
            let token = win.text_at(at + len);
            let fits = if glued {
                gap.is_empty() && token == part
            } else {
                !gap.contains('\n') && same_word(part, token)
            };
            if !fits {
                return;
            }
            len += 1;
        }
        if best.is_none_or(|(n, _)| len > n) {
            best = Some((len, form.row));
        }
    };
    let forms = &*FORMS;
    for form in forms.signs_under(first) {
        consider(win, form, true);
    }
    let key = first
        .strip_suffix('.')
        .filter(|t| !t.is_empty())
        .unwrap_or(first);
    for form in forms.words_under(key) {
        consider(win, form, false);
    }
    best
}

/// The currency of one token (`euro`, `€`, `centesimi`): its row.
pub(super) fn currency(word: &str) -> Option<&'static UnitRow> {
    let forms = &*FORMS;
    forms
        .signs_under(word)
        .iter()
        .chain(forms.words_under(word))
        .find(|f| f.rest.is_empty() && f.row.family == UnitFamily::Currency)
        .map(|f| f.row)
}

impl NumberReader {
    /// A quantity and what follows it: a percent sign, a unit, a currency
    /// (and its cents), or the unit of a range it begins.
    pub(super) fn finish(&self, win: &mut Window<'_>, q: Quantity) -> Found {
        // `di` before the unit, as after `milioni`: `3.000.000 di euro`.
        let millions = q.value.is_integer()
            && q.value.numerator() >= 1_000_000
            && q.value.numerator() % 1_000_000 == 0;
        let of = q.scaled.is_some() || q.approximate || millions;
        if let Some((len, after)) = unit_after(win, q.len, of) {
            let found = with_unit(q, len, after);
            return match after {
                After::Measure(row) => {
                    let found = with_cents(win, found, row);
                    and_a_fraction(win, found, row)
                }
                _ => found,
            };
        }
        if !lex::RANGE_LINKS.contains(&win.text_at(q.len)) {
            return q.plain();
        }
        self.unit_of_range(win, q).unwrap_or_else(|| q.plain())
    }

    /// A range whose unit comes after the second bound: `da 87 a 344
    /// euro`, `tra il 3 e il 5%`: the first bound takes it too.
    #[cold]
    fn unit_of_range(&self, win: &mut Window<'_>, mut q: Quantity) -> Option<Found> {
        if !lex::RANGE_LINKS.contains(&win.text_at(q.len)) {
            return None;
        }
        let mut at = q.len + 1;
        if lex::RANGE_ARTICLES.contains(&win.text_at(at)) {
            at += 1;
        }
        let next = win.text_at(at);
        if !starts_with_digit(next) && words::cardinal(next).is_none() {
            return None;
        }
        let mut probe = win.clone();
        probe.advance(at);
        let second = self.quantity(&mut probe, 0)?;
        let of_ok = second.scaled.is_some() || second.approximate;
        let (_, after) = unit_after(&mut probe, second.len, of_ok)?;
        if let (None, Some(p)) = (q.scaled, second.scaled) {
            if let Some(v) = power_of_ten(p as i32).and_then(|s| q.value.mul(s).ok()) {
                q.value = v;
            }
        }
        Some(with_unit(q, q.len, after))
    }
}

/// The quantity with what follows it, spanning `len` tokens.
pub(super) fn with_unit(q: Quantity, len: usize, after: After) -> Found {
    let found = match after {
        After::Percent => Found::new(len, NumberKind::Percent, q.value),
        After::PerMille => match q.value.mul(power_of_ten(-1).unwrap_or(q.value)) {
            Ok(value) => Found::new(len, NumberKind::Percent, value),
            Err(_) => q.plain(),
        },
        After::Measure(row) => match power_of_ten(row.scale).and_then(|p| q.value.mul(p).ok()) {
            Some(value) => {
                let kind = if row.family == UnitFamily::Currency {
                    NumberKind::Money
                } else {
                    NumberKind::Quantity
                };
                Found::new(len, kind, value).with_unit(Unit::from(row))
            }
            None => q.plain(),
        },
    };
    found.approximately(q.approximate)
}

/// A percent sign, a unit or a currency after the quantity's `len`
/// tokens: the length with it, and what it is. `of` allows `di` before a
/// unit, after a scale word or an approximate noun (`10 milioni di euro`,
/// `una ventina di chilometri`).
pub(super) fn unit_after(win: &mut Window<'_>, len: usize, of: bool) -> Option<(usize, After)> {
    let next = win.text_at(len);
    if is_word(lex::PERCENT_SIGNS, next) {
        return Some((len + 1, After::Percent));
    }
    if next == lex::PER_MILLE_SIGN {
        return Some((len + 1, After::PerMille));
    }
    if is_word(lex::PER, next) {
        let word = win.text_at(len + 1);
        if is_word(lex::HUNDRED, word) {
            return Some((len + 2, After::Percent));
        }
        // `due per mille`, not `due per mille euro`.
        if is_word(lex::THOUSAND, word) && unit_at(win, len + 2).is_none() {
            return Some((len + 2, After::PerMille));
        }
        return None;
    }
    let at = if of && is_word(lex::SCALE_OF, next) {
        len + 1
    } else {
        len
    };
    let (n, row) = unit_at(win, at)?;
    // `ha` is hectares only where the verb `ha` cannot be (`300 ha di
    // bosco`, not `il 2024 ha visto`).
    if row.symbol == "ha" && row.signs.contains(&win.text_at(at)) {
        let then = win.text_at(at + 1);
        if !(is_word(lex::SCALE_OF, then) || Start::Pause.matches(then)) {
            return None;
        }
    }
    Some((at + n, After::Measure(row)))
}

/// `3 euro e 50`, `tredici euro e quarantacinque cent`, `15 dollari 50`:
/// the cents after a whole amount in a currency's own unit.
#[inline(never)]
fn with_cents(win: &mut Window<'_>, found: Found, row: &'static UnitRow) -> Found {
    if row.family != UnitFamily::Currency || row.scale != 0 || !found.value.is_integer() {
        return found;
    }
    let mut at = found.len;
    let linked = is_word(lex::AND, win.text_at(at));
    at += usize::from(linked);
    let cents_text = win.text_at(at);
    let cents = if starts_with_digit(cents_text) {
        let two = cents_text.len() == 2 || linked && cents_text.len() == 1;
        cents_text.bytes().all(|b| b.is_ascii_digit()) && two
    } else {
        linked
    };
    let Some(n) = cents
        .then(|| crate::numbers::count(cents_text))
        .flatten()
        .filter(|n| (1..100).contains(n))
    else {
        return found;
    };
    let then = win.text_at(at + 1);
    let named = is_word(CENTS, then);
    if !(named || Start::Pause.matches(then) || is_word(lex::AFTER_CENTS, then)) {
        return found;
    }
    let cents = super::Value::fraction(i128::from(n), 100).ok();
    match cents.and_then(|c| found.value.add(c).ok()) {
        Some(value) => Found {
            len: at + 1 + usize::from(named),
            value,
            ..found
        },
        None => found,
    }
}

/// `2 etti e 1/2`, `3 chili e mezzo`: a half or a fraction after the
/// unit; `20 gradi sotto zero`, below zero.
#[inline(never)]
fn and_a_fraction(win: &mut Window<'_>, found: Found, row: &'static UnitRow) -> Found {
    if row.family == UnitFamily::Temperature
        && is_word(&lex::BELOW_ZERO[..1], win.text_at(found.len))
        && is_word(&lex::BELOW_ZERO[1..], win.text_at(found.len + 1))
        && found.value > super::Value::from(0)
    {
        if let Ok(value) = found.value.neg() {
            return Found {
                len: found.len + 2,
                value,
                ..found
            };
        }
    }
    if row.family == UnitFamily::Currency || !is_word(lex::AND, win.text_at(found.len)) {
        return found;
    }
    let next = win.text_at(found.len + 1);
    let fraction = if lex::HALF_OF_NEXT.contains(&next) {
        super::Value::fraction(1, 2).ok()
    } else {
        super::quantity::digit_fraction(next)
    };
    let value = fraction
        .zip(power_of_ten(row.scale))
        .and_then(|(f, p)| f.mul(p).ok())
        .and_then(|f| found.value.add(f).ok());
    match value {
        Some(value) => Found {
            len: found.len + 2,
            value,
            ..found
        },
        None => found,
    }
}
