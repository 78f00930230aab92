//! Contracted forms and the words they stand for.
//!
//! Italian fuses a preposition with the definite article (`di` + `la` =
//! `della`) and writes unstressed pronouns after an infinitive, a gerund or
//! an imperative as one word (`fare` + `lo` = `farlo`). Universal
//! Dependencies treats each such form as a multiword token of two or more
//! syntactic words; these tables give them, written from Italian grammar.

use once_cell::sync::Lazy;

use super::WordSet;

/// Articulated prepositions: the contracted form (lowercase), the
/// preposition and the article. Forms ending in an apostrophe (`dell'`)
/// keep the article `l` plus the apostrophe as typed. Left out on purpose:
/// `collo`, `colla`, `colle` (neck, glue, hill far more often than `con` +
/// article) and the archaic `pel`, `pei`.
const ARTICULATED: &[(&str, &str, &str)] = &[
    ("agli", "a", "gli"),
    ("ai", "a", "i"),
    ("al", "a", "il"),
    ("all", "a", "l"),
    ("alla", "a", "la"),
    ("alle", "a", "le"),
    ("allo", "a", "lo"),
    ("cogli", "con", "gli"),
    ("coi", "con", "i"),
    ("col", "con", "il"),
    ("coll", "con", "l"),
    ("dagli", "da", "gli"),
    ("dai", "da", "i"),
    ("dal", "da", "il"),
    ("dall", "da", "l"),
    ("dalla", "da", "la"),
    ("dalle", "da", "le"),
    ("dallo", "da", "lo"),
    ("degli", "di", "gli"),
    ("dei", "di", "i"),
    ("del", "di", "il"),
    ("dell", "di", "l"),
    ("della", "di", "la"),
    ("delle", "di", "le"),
    ("dello", "di", "lo"),
    ("negli", "in", "gli"),
    ("nei", "in", "i"),
    ("nel", "in", "il"),
    ("nell", "in", "l"),
    ("nella", "in", "la"),
    ("nelle", "in", "le"),
    ("nello", "in", "lo"),
    ("sugli", "su", "gli"),
    ("sui", "su", "i"),
    ("sul", "su", "il"),
    ("sull", "su", "l"),
    ("sulla", "su", "la"),
    ("sulle", "su", "le"),
    ("sullo", "su", "lo"),
];

/// Capitalized prepositions, for a contracted form that starts a sentence
/// (`Nel` → `In il`), and uppercase ones for text in capitals.
const CAPITALIZED: &[(&str, &str, &str)] = &[
    ("a", "A", "A"),
    ("con", "Con", "CON"),
    ("da", "Da", "DA"),
    ("di", "Di", "DI"),
    ("in", "In", "IN"),
    ("su", "Su", "SU"),
];

/// Uppercase articles, for text in capitals (`DELLA` → `DI LA`).
const UPPER_ARTICLES: &[(&str, &str)] = &[
    ("gli", "GLI"),
    ("i", "I"),
    ("il", "IL"),
    ("l", "L"),
    ("la", "LA"),
    ("le", "LE"),
    ("lo", "LO"),
];

/// Unstressed pronouns written after a verb, longest first within each
/// group so that `glielo` is read as `glie` + `lo`, not `gli` + `elo`.
const CLITIC_PAIRS_FIRST: &[&str] = &["glie", "me", "te", "se", "ce", "ve"];
const CLITIC_PAIRS_SECOND: &[&str] = &["lo", "la", "li", "le", "ne"];
const CLITICS: &[&str] = &[
    "gli", "mi", "ti", "si", "ci", "vi", "lo", "la", "li", "le", "ne",
];

/// Infinitive stems of three letters; every other infinitive stem that
/// takes a pronoun has four or more (`aver`, `veder`, `esser`).
const SHORT_INFINITIVES: &[&str] = &["dar", "dir", "far", "por"];

/// Words that end like an infinitive, a gerund or an imperative with a
/// pronoun but are not one: nouns, adjectives and past participles in
/// `-erti`, `-ersi`, `-erne`, `-arsi`, `-arti`, `-ermi`, `-orti`
/// (`infarti`, `schermi`), nouns in `-andola`, `-endolo`, `-atela`
/// (`girandola`, `pendolo`, `ragnatela`), verbs in `-erne` (`concerne`).
const NOT_VERB_CLITIC: &[&str] = &[
    "allarmi",
    "alterne",
    "aperti",
    "apparsi",
    "apporti",
    "avversi",
    "caserne",
    "caverne",
    "cisterne",
    "commerci",
    "comparsi",
    "comparti",
    "comporti",
    "concerne",
    "concerti",
    "conserti",
    "conservi",
    "conversi",
    "coperti",
    "deserti",
    "discerne",
    "dispersi",
    "diversi",
    "emersi",
    "esperti",
    "esporti",
    "esterne",
    "eterne",
    "fraterne",
    "gendarmi",
    "girandola",
    "girandole",
    "immersi",
    "importi",
    "incerti",
    "inerti",
    "inesperti",
    "infarti",
    "infermi",
    "inferne",
    "inserti",
    "interne",
    "inversi",
    "lanterne",
    "materne",
    "moderne",
    "offerti",
    "osservi",
    "paterne",
    "pendoli",
    "pendolo",
    "perversi",
    "porti",
    "preservi",
    "quarti",
    "ragnatela",
    "ragnatele",
    "rapporti",
    "reparti",
    "riaperti",
    "ricoperti",
    "riporti",
    "riservi",
    "scarne",
    "scarsi",
    "scarti",
    "schermi",
    "scomparsi",
    "scoperti",
    "sofferti",
    "sommersi",
    "sparsi",
    "superne",
    "supporti",
    "taverne",
    "tendone",
    "trasporti",
    "traversi",
    "universi",
];

/// Present-tense forms with `si` attached, frozen in notices and legal
/// prose (`vendesi`, `trattasi`): `vende` + `si`.
const FROZEN_SI: &[&str] = &[
    "affittasi",
    "cedesi",
    "cercasi",
    "dicesi",
    "leggasi",
    "leggesi",
    "trattasi",
    "vedasi",
    "vendesi",
];

static NOT_VERB_CLITIC_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(NOT_VERB_CLITIC));

#[cfg(test)]
pub(super) const TABLES: &[&[&str]] = &[SHORT_INFINITIVES, NOT_VERB_CLITIC, FROZEN_SI];

/// The forms of [`ARTICULATED`], each read as a big-endian number (at most
/// five bytes, then zeros), so that the numbers sort as the forms do: a
/// binary search compares integers, where comparing strings cost a call
/// each.
const ARTICULATED_KEYS: [u64; ARTICULATED.len()] = {
    let mut keys = [0; ARTICULATED.len()];
    let mut i = 0;
    while i < ARTICULATED.len() {
        let form = ARTICULATED[i].0.as_bytes();
        let mut j = 0;
        while j < form.len() {
            keys[i] |= (form[j] as u64) << (56 - 8 * j);
            j += 1;
        }
        i += 1;
    }
    keys
};

/// The preposition and article of an articulated preposition (`della` →
/// `di`, `la`), matched without regard to case; `stem` is the form without
/// a final apostrophe (`dell` for `dell'`). The preposition follows the
/// form's capitalization (`Nel` → `In`, `NEL` → `IN`).
pub(crate) fn articulated(stem: &str) -> Option<(&'static str, &'static str)> {
    if stem.len() > 5
        || stem.len() < 2
        || !matches!(stem.as_bytes()[0] | 0x20, b'a' | b'c' | b'd' | b'n' | b's')
    {
        return None;
    }
    if !stem.is_ascii() {
        return None;
    }
    // The form lowercased, then zeros: read as `ARTICULATED_KEYS` are.
    let mut lower = [0u8; 8];
    lower[..stem.len()].copy_from_slice(stem.as_bytes());
    lower.make_ascii_lowercase();
    let key = u64::from_be_bytes(lower);
    let found = ARTICULATED_KEYS.binary_search(&key).ok()?;
    let (_, prep, article) = ARTICULATED[found];
    let first_upper = stem.as_bytes()[0].is_ascii_uppercase();
    let all_upper = stem.bytes().all(|b| b.is_ascii_uppercase());
    let prep = match CAPITALIZED.iter().find(|(p, _, _)| *p == prep) {
        Some((_, _, upper)) if all_upper && stem.len() > 1 => upper,
        Some((_, capitalized, _)) if first_upper => capitalized,
        _ => prep,
    };
    let article = match UPPER_ARTICLES.iter().find(|(a, _)| *a == article) {
        Some((_, upper)) if all_upper && stem.len() > 1 => upper,
        _ => article,
    };
    Some((prep, article))
}

/// What a short word tells the tokenizer about the word after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    None,
    /// A preposition or a form of `essere`: a plural articulated `di` after
    /// it is a partitive article (`con dei`, `sono delle`).
    Partitive,
    /// A plural articulated `di`: `dei`, `degli`, `delle`.
    Plural,
    /// An unstressed pronoun: `dai` after it is the verb (`me lo dai`).
    Clitic,
    /// `dai`, `Dai`: a preposition, a verb or an interjection.
    Dai,
}

/// The cue of `word`, as typed (sentence-initial capitals only for the
/// words that open sentences).
pub(crate) fn cue(word: &[u8]) -> Cue {
    match word {
        b"a" | b"ad" | b"da" | b"su" | b"con" | b"Con" | b"per" | b"tra" | b"fra" | b"come"
        | b"Come" | b"sono" | b"Sono" | b"erano" | b"furono" => Cue::Partitive,
        b"dei" | b"degli" | b"delle" => Cue::Plural,
        b"mi" | b"ti" | b"ci" | b"vi" | b"lo" | b"la" | b"li" | b"le" | b"gli" | b"ne"
        | b"melo" | b"telo" | b"celo" => Cue::Clitic,
        b"dai" | b"Dai" => Cue::Dai,
        _ => Cue::None,
    }
}

/// `token` is a capitalized articulated `di` or `da` that begins Italian
/// surnames (`Del`, `Della`, `Dell'`, `Dalla`, `Dall'`).
pub(crate) fn is_name_particle(token: &str) -> bool {
    let stem = token.trim_end_matches(['\'', '’', 'ʼ']);
    matches!(
        stem,
        "Del" | "Della" | "Dello" | "Dell" | "Dei" | "Degli" | "Delle" | "Dal" | "Dalla" | "Dall"
    ) && (stem.len() == token.len() || stem.ends_with("ll"))
}

/// `word` (two bytes or more) ends as every unstressed pronoun does:
/// `lo`, `la`, `li`, `le`, `ne`, `mi`, `ti`, `si`, `ci`, `vi`, in any ASCII
/// case.
#[inline]
pub(crate) fn has_pronoun_ending(word: &[u8]) -> bool {
    let [.., a, b] = word else { return false };
    let tail = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
    matches!(
        &tail,
        b"lo" | b"la" | b"li" | b"le" | b"ne" | b"mi" | b"ti" | b"si" | b"ci" | b"vi"
    )
}

/// Where the pronouns start in a verb form with pronouns attached
/// (`farlo` → 3, `considerandoli` → 12, `farglielo` → 3), and where the
/// second pronoun starts when there are two (`glie` + `lo`). `None` when
/// `word` is not such a form.
///
/// Three verb forms take pronouns after them: the infinitive without its
/// final `e` (`far-lo`, `esser-ci`, `por-si`), the gerund (`considerando-li`)
/// and the imperatives of the first and second person plural
/// (`ricordiamo-ci`, `rileggete-lo`). Second-person singular imperatives
/// (`ammetti-lo`) are left whole: too many ordinary words end the same way.
pub(crate) fn clitic_split(word: &str) -> Option<(usize, Option<usize>)> {
    if word.len() < 5 || word.len() > 40 || !word.is_ascii() {
        return None;
    }
    // Every pronoun ends in one of these: most words are ruled out here.
    if !has_pronoun_ending(word.as_bytes()) {
        return None;
    }
    let mut buf = [0u8; 40];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).ok()?;
    if lower.ends_with("si") && FROZEN_SI.binary_search(&lower).is_ok() {
        return (!NOT_VERB_CLITIC_SET.contains_ignore_ascii_case(lower))
            .then_some((lower.len() - 2, None));
    }
    // The words that only look like a verb with pronouns are asked about
    // last, for the few forms that do.
    let split = verb_with_pronouns(lower)?;
    (!NOT_VERB_CLITIC_SET.contains_ignore_ascii_case(lower)).then_some(split)
}

/// [`clitic_split`] of a lowercase word with a pronoun ending, without its
/// exceptions.
fn verb_with_pronouns(lower: &str) -> Option<(usize, Option<usize>)> {
    // Two pronouns (`glie` + `lo`), then one. The word's last two letters
    // name the second pronoun, if any, so it is found first.
    if let Some(second) = CLITIC_PAIRS_SECOND.iter().find(|s| lower.ends_with(*s)) {
        let before_second = &lower[..lower.len() - second.len()];
        for first in CLITIC_PAIRS_FIRST {
            let pair_len = first.len() + second.len();
            if lower.len() > pair_len
                && before_second.ends_with(first)
                && is_verb_host(&lower[..lower.len() - pair_len])
            {
                let at = lower.len() - pair_len;
                return Some((at, Some(at + first.len())));
            }
        }
    }
    for clitic in CLITICS {
        if lower.len() > clitic.len()
            && lower.ends_with(clitic)
            && is_verb_host(&lower[..lower.len() - clitic.len()])
        {
            return Some((lower.len() - clitic.len(), None));
        }
    }
    None
}

/// `host` can carry pronouns after it: an infinitive without its final `e`,
/// a gerund, or a plural imperative.
fn is_verb_host(host: &str) -> bool {
    let infinitive = host.len() >= 3
        && (host.ends_with("ar") || host.ends_with("er") || host.ends_with("ir"))
        && (host.len() >= 4 || SHORT_INFINITIVES.contains(&host));
    // `-porre`, `-durre`, `trarre`: `comporsi`, `tradurlo`, `trarne`.
    let contracted_infinitive =
        host.ends_with("por") || host.ends_with("dur") || host.ends_with("trar");
    let gerund = host.len() >= 5 && (host.ends_with("ando") || host.ends_with("endo"));
    let imperative = host.len() >= 5 && host.ends_with("iamo")
        || host.len() >= 5
            && (host.ends_with("ate") || host.ends_with("ete") || host.ends_with("ite"));
    infinitive || contracted_infinitive || gerund || imperative
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_articulated_form_is_found() {
        assert!(ARTICULATED.iter().all(|(form, _, _)| form.len() <= 5));
        assert!(ARTICULATED_KEYS.windows(2).all(|w| w[0] < w[1]));
        for &(form, prep, article) in ARTICULATED {
            assert_eq!(articulated(form), Some((prep, article)), "{form}");
        }
    }

    #[test]
    fn articulated_prepositions() {
        assert_eq!(articulated("della"), Some(("di", "la")));
        assert_eq!(articulated("Nel"), Some(("In", "il")));
        assert_eq!(articulated("DELLA"), Some(("DI", "LA")));
        assert_eq!(articulated("dell"), Some(("di", "l")));
        assert_eq!(articulated("collo"), None);
        assert_eq!(articulated("casa"), None);
    }

    #[test]
    fn verbs_with_pronouns() {
        let cases = [
            ("farlo", Some((3, None))),
            ("esserci", Some((5, None))),
            ("farglielo", Some((3, Some(7)))),
            ("considerandoli", Some((12, None))),
            ("ricordiamoci", Some((10, None))),
            ("rileggetelo", Some((9, None))),
            ("comporsi", Some((6, None))),
            ("parla", None),
            ("carne", None),
            ("diversi", None),
            ("moderne", None),
            ("aperti", None),
            ("armi", None),
            ("Carlo", None),
            ("quando", None),
        ];
        for (word, expected) in cases {
            assert_eq!(clitic_split(word), expected, "{word}");
        }
    }
}
