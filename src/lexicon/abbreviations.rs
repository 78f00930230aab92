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

/// Words that open a sentence and are never part of a name (so not `Del`,
/// `La`: `A. Del Piero`, `I. La Russa`), lowercase, sorted:
/// after one, a capital letter with a period is the end of a sentence
/// (`i bosoni W e Z. Nel frattempo`), not an initial (`G. Verdi`).
const SENTENCE_OPENERS: &[&str] = &[
    "agli",
    "ai",
    "al",
    "alla",
    "alle",
    "allora",
    "anche",
    "che",
    "chi",
    "ci",
    "con",
    "dopo",
    "ed",
    "fra",
    "gli",
    "ieri",
    "il",
    "in",
    "infatti",
    "inoltre",
    "intanto",
    "invece",
    "ma",
    "mentre",
    "negli",
    "nei",
    "nel",
    "nella",
    "nelle",
    "nello",
    "non",
    "nonostante",
    "oggi",
    "ora",
    "per",
    "poi",
    "quando",
    "questa",
    "queste",
    "questi",
    "questo",
    "quindi",
    "se",
    "secondo",
    "si",
    "sul",
    "sulla",
    "tra",
    "tuttavia",
    "un",
    "una",
    "uno",
];

/// File extensions, lowercase, sorted: `anpr.md`, `bando.pdf` name a file
/// and are one token.
const FILE_EXTENSIONS: &[&str] = &[
    "csv", "doc", "docx", "epub", "gif", "htm", "html", "jpeg", "jpg", "js", "json", "md", "mp3",
    "mp4", "odt", "pdf", "png", "ppt", "pptx", "py", "rar", "rs", "rtf", "svg", "toml", "txt",
    "xls", "xlsx", "xml", "yaml", "yml", "zip",
];

/// Endings written after the period of an abbreviated title, for the
/// feminine or the superlative: `Sig.ra`, `Sig.na`, `Dott.ssa`, `Gent.mo`.
const TITLE_ENDINGS: &[&str] = &[
    "ma", "me", "mi", "mo", "na", "ne", "ra", "re", "ri", "ssa", "sse",
];

#[cfg(test)]
pub(super) const TABLES: &[&[&str]] = &[
    ABBREVIATIONS,
    ENDS_SENTENCE,
    FILE_EXTENSIONS,
    SENTENCE_OPENERS,
    TITLE_ENDINGS,
];

static ABBREVIATION_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(ABBREVIATIONS));

/// Bytes in the longest abbreviation: a longer word before a period is
/// never one.
pub(crate) const LONGEST_ABBREVIATION: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        if ABBREVIATIONS[i].len() > longest {
            longest = ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    longest
};

/// `word` followed by a period is an abbreviation (`art`, `Sig`, `ecc`).
pub(crate) fn is_abbreviation(word: &str) -> bool {
    ABBREVIATION_SET.contains_ignore_ascii_case(word)
}

/// The abbreviation `word.` may end a sentence (`ecc.`).
pub(crate) fn abbreviation_ends_sentence(word: &str) -> bool {
    super::contains_ignore_ascii_case(ENDS_SENTENCE, word)
}

/// `word` opens sentences and is never a name (`Nel`, `Questo`).
pub(crate) fn opens_sentence(word: &str) -> bool {
    SENTENCE_OPENERS
        .binary_search_by(|e| cmp_ignore_ascii_case(e, word))
        .is_ok()
}

fn cmp_ignore_ascii_case(entry: &str, word: &str) -> std::cmp::Ordering {
    entry
        .bytes()
        .cmp(word.bytes().map(|b| b.to_ascii_lowercase()))
}

/// `extension` names a kind of file (`pdf`, `md`): `bando.pdf` is one
/// word.
pub(crate) fn is_file_extension(extension: &str) -> bool {
    FILE_EXTENSIONS.binary_search(&extension).is_ok()
}

/// `ending` may follow the period of an abbreviated title (`ra` in
/// `Sig.ra`).
pub(crate) fn is_title_ending(ending: &str) -> bool {
    TITLE_ENDINGS.contains(&ending)
}
