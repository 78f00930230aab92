//! Italian abbreviations that keep their period.
//!
//! Written from Italian usage: titles and forms of address, legal and
//! editorial references, Latin and business forms, calendar names. An
//! abbreviation's period is part of its token (`art.`, `Sig.`) and does not
//! end a sentence, except for the ones in [`ENDS_SENTENCE`], which may close
//! one when a capitalized word follows (`… mele, pere ecc. Poi`).

use once_cell::sync::Lazy;

use super::WordSet;

/// Abbreviations, lowercase, without the final period, sorted. A single
/// capital letter with a period is an initial (`G. Verdi`) and needs no
/// entry; single lowercase letters are here only where Italian uses them
/// (`c.` comma, `l.` legge, `n.` numero, `p.` pagina, `s.` seguente, `v.`
/// vedi).
const ABBREVIATIONS: &[&str] = &[
    "abb", "ad", "all", "alt", "amm", "ant", "app", "apr", "arch", "art", "artt", "ass", "att",
    "avv", "c", "ca", "cap", "capp", "cass", "cav", "cc", "cd", "cfr", "cit", "cod", "col", "comm",
    "cons", "corp", "cost", "cpv", "d", "dc", "dec", "dev", "dic", "dip", "dir", "disp", "distr",
    "doc", "dom", "dott", "dr", "dt", "ecc", "ed", "egr", "es", "etc", "f", "fasc", "feb", "ff",
    "fig", "figg", "g", "gen", "geom", "gio", "giu", "gov", "gr", "ibid", "id", "ill", "inc",
    "ing", "int", "intern", "jr", "l", "lett", "lug", "lun", "mag", "magg", "mar", "max", "mer",
    "min", "mons", "mr", "mrs", "ms", "n", "naz", "nn", "nov", "nr", "num", "on", "op", "ord",
    "ott", "p", "pag", "pagg", "pp", "pr", "prec", "prof", "prov", "pt", "q", "r", "rag", "rep",
    "rev", "rif", "ril", "s", "sab", "sec", "secc", "seg", "segg", "sen", "sett", "sez", "sg",
    "sig", "sigg", "spett", "ss", "st", "succ", "sup", "t", "tab", "tav", "tel", "ten", "tit",
    "trad", "trib", "ult", "v", "ven", "vol", "voll", "vs",
];

/// Abbreviations that may end a sentence when a capitalized word follows:
/// list closers and forms that stand last in a clause.
const ENDS_SENTENCE: &[&str] = &["cfr", "ecc", "etc", "ibid", "id", "inc", "jr", "segg", "ss"];

/// Endings written after the period of an abbreviated title, for the
/// feminine or the superlative: `Sig.ra`, `Sig.na`, `Dott.ssa`, `Gent.mo`.
const TITLE_ENDINGS: &[&str] = &[
    "ma", "me", "mi", "mo", "na", "ne", "ra", "re", "ri", "ssa", "sse",
];

#[cfg(test)]
pub(super) const TABLES: &[&[&str]] = &[ABBREVIATIONS, ENDS_SENTENCE, TITLE_ENDINGS];

static ABBREVIATION_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(ABBREVIATIONS));

/// `word` followed by a period is an abbreviation (`art`, `Sig`, `ecc`).
pub(crate) fn is_abbreviation(word: &str) -> bool {
    ABBREVIATION_SET.contains_ignore_ascii_case(word)
}

/// The abbreviation `word.` may end a sentence (`ecc.`).
pub(crate) fn abbreviation_ends_sentence(word: &str) -> bool {
    super::contains_ignore_ascii_case(ENDS_SENTENCE, word)
}

/// `ending` may follow the period of an abbreviated title (`ra` in
/// `Sig.ra`).
pub(crate) fn is_title_ending(ending: &str) -> bool {
    TITLE_ENDINGS.contains(&ending)
}
