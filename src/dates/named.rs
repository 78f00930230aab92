//! The readers of named periods: holidays (`Ferragosto`, `Lunedì
//! dell'Angelo`), seasons (`quest'estate`) and the weekend (`lo scorso
//! weekend`), each with what says which one is meant: `questo` or a step
//! before it, a step or a year after it, or nothing.
//!
//! The names come from [`HOLIDAYS`], [`SEASONS`] and [`WEEKEND`]; adding a
//! named day is one row there.

use super::expr::{Expr, Read, Reading, Which};
use once_cell::sync::Lazy;

use super::rules::{before, is_word, step, words_at, year_number, Place};
use crate::lexicon::dates::{
    self as lex, Case, Holiday, HOLIDAYS, NEAREST_CUES, PLACE_NOUNS, SEASONS, WEEKEND,
};
use crate::lexicon::WordMap;
use crate::window::Window;

/// `questo` or `scorso`/`prossimo` before a name, and the tokens it takes.
fn which_before(win: &mut Window<'_>, p: Place) -> (Which, usize) {
    let word = win.text_at(p.at);
    if is_word(word, lex::THIS) {
        return (Which::This, 1);
    }
    match step(word) {
        Some(s) => (Which::Step(s), 1),
        None => (Which::Nearest, 0),
    }
}

/// A step or a year after the name at token `k` (`estate 2023`, `estate
/// del 2023`, `Natale scorso`), and the tokens it takes.
fn which_after(win: &mut Window<'_>, k: usize) -> Option<(Which, usize)> {
    if let Some(s) = step(win.text_at(k)) {
        return Some((Which::Step(s), 1));
    }
    if let Some(y) = year_number(win.text_at(k)) {
        return Some((Which::Year(y), 1));
    }
    let of = is_word(win.text_at(k), lex::OF) && !win.text_at(k).eq_ignore_ascii_case("di");
    year_number(win.text_at(k + 1))
        .filter(|_| of)
        .map(|y| (Which::Year(y), 2))
}

/// What a name read at `p` means, once what comes before and after it is
/// known: a step or `questo` before and a year after cannot both be.
fn with_which(
    win: &mut Window<'_>,
    p: Place,
    name_len: usize,
    expr: impl FnOnce(Which) -> Expr,
) -> Option<Read> {
    let (lead, skip) = which_before(win, p);
    let after = which_after(win, p.at + skip + name_len);
    let (which, tail) = match (lead, after) {
        (Which::Nearest, Some(a)) => a,
        (_, Some((Which::Year(_), _))) => return None,
        (lead, _) => (lead, 0),
    };
    Read::atom(skip + name_len + tail, expr(which))
}

/// The holiday row whose words are at token `k`: the longest one.
fn holiday_at(win: &mut Window<'_>, k: usize) -> Option<&'static Holiday> {
    let first = win.text_at(k);
    let rows = HOLIDAYS_BY_FIRST_WORD.get(first.trim_end_matches('’'))?;
    crate::start::rule_indices(rows)
        .map(|i| &HOLIDAYS[i])
        .filter(|h| words_at(win, k + 1, &h.words[1..]))
        .max_by_key(|h| h.words.len())
}

/// The rows of [`HOLIDAYS`] by their first word, as a bit set: `giorno`
/// and `tutti` are frequent words, and begin a name only sometimes.
static HOLIDAYS_BY_FIRST_WORD: Lazy<WordMap<u64>> = Lazy::new(|| {
    assert!(HOLIDAYS.len() <= 64, "the rows fit a u64");
    let entries = HOLIDAYS
        .iter()
        .enumerate()
        .map(|(i, h)| (h.words[0].trim_end_matches('\''), 1u64 << i))
        .collect();
    WordMap::new(&super::rules::merge_bits(entries))
});

/// `Ferragosto`, `Pasquetta 2025`, `lo scorso Natale`, `Natale del 2023`;
/// not `Babbo Natale`, `Natale Rossi` (a name), `via San Giuseppe`.
pub(super) fn holiday(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let (_, skip) = which_before(win, p);
    let h = holiday_at(win, p.at + skip)?;
    let last = p.at + skip + h.words.len() - 1;
    let one_name = h.words.len() == 1 && h.case != Case::Any;
    let next = win.text_at(last + 1);
    if one_name && next.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let rule = h.rule;
    let read = with_which(win, p, h.words.len(), |which| Expr::Holiday { rule, which })?;
    let nearest = matches!(
        read.reading,
        Reading::Atom(Expr::Holiday {
            which: Which::Nearest,
            ..
        })
    );
    if nearest && !holiday_context(win, p, h) {
        return None;
    }
    Some(read)
}

/// Whether the words before a holiday's name (with no year or step) make
/// it a day: not `Babbo Natale`, `Buon Natale`, `l'albero di Natale`, `il
/// Natale` (the feast), `via San Giuseppe`; for a saint's name, only
/// after a cue (`a San Valentino`, `la notte di San Silvestro`).
fn holiday_context(win: &mut Window<'_>, p: Place, h: &Holiday) -> bool {
    let previous = before(win, p);
    if is_word(previous, lex::OF) || is_word(previous, lex::PLACE_LINKS) {
        return is_word(super::rules::two_before(win, p), lex::HOLIDAY_DAY_NOUNS);
    }
    if is_word(previous, lex::NOT_BEFORE_HOLIDAY) || after_place(win, p) {
        return false;
    }
    if h.words.len() == 1 && is_word(previous, lex::ARTICLES) {
        return false;
    }
    // A name that is also a word (`paese natale`) or a saint's needs a
    // capital or a cue; alone, it names the day (`San Valentino.`).
    let capital = win.text_at(p.at).starts_with(char::is_uppercase);
    let next = win.text_at(p.at + h.words.len());
    let alone = previous.is_empty() && (next.is_empty() || is_word(next, lex::CLAUSE_ENDS));
    let cue = alone || is_word(previous, lex::HOLIDAY_CUES);
    let case = match h.case {
        Case::Any => true,
        Case::CapitalOrCued => capital || cue,
        Case::Capital => capital,
    };
    case && (!h.cued || cue)
}

/// A place or a building named before the token at `p`, with or
/// without a preposition between (`via XX Settembre`, `chiesa
/// dell'Immacolata Concezione`).
pub(super) fn after_place(win: &mut Window<'_>, p: Place) -> bool {
    let previous = before(win, p);
    if is_word(previous, PLACE_NOUNS) {
        return true;
    }
    let two_back = super::rules::two_before(win, p);
    is_word(previous, lex::PLACE_LINKS) && is_word(two_back, PLACE_NOUNS)
}

/// `quest'estate`, `l'inverno scorso`, `la prossima primavera`,
/// `nell'estate del 2023`; a season alone (`in estate`) says what happens
/// every year, and is no date.
pub(super) fn season(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let (_, skip) = which_before(win, p);
    let index = SEASONS
        .iter()
        .position(|(name, _)| win.text_at(p.at + skip).eq_ignore_ascii_case(name))?;
    let season = u8::try_from(index).ok()?;
    let read = with_which(win, p, 1, |which| Expr::Season { season, which })?;
    match read.reading {
        super::expr::Reading::Atom(Expr::Season {
            which: Which::Nearest,
            ..
        }) => None,
        _ => Some(read),
    }
}

/// `questo weekend`, `lo scorso fine settimana`, `nel week-end`; not
/// `ogni weekend`.
pub(super) fn weekend(win: &mut Window<'_>, p: Place) -> Option<Read> {
    let (lead, skip) = which_before(win, p);
    let row = WEEKEND.iter().find(|row| words_at(win, p.at + skip, row))?;
    if lead == Which::Nearest && !is_word(before(win, p), NEAREST_CUES) {
        return None;
    }
    with_which(win, p, row.len(), Expr::Weekend)
}
