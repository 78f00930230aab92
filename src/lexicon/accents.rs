//! Words that end in an apostrophe, and accents typed as apostrophes.
//!
//! Italian marks a final stressed vowel with an accent (`città`, `perché`),
//! but keyboards without accented capitals, old typewriters and hurried
//! typing put an apostrophe instead (`citta'`, `perche'`, `E'`). The same
//! mark is also a real apostrophe after a truncated word (`po'` for *poco*,
//! the imperatives `va'`, `fa'`, `di'`), so the repair is driven by these
//! tables: truncations are never touched, a short list of monosyllables is
//! repaired, and words of two or more syllables take the accent their ending
//! calls for.

use super::{contains_ignore_ascii_case, ends_with_ignore_ascii_case};

/// Truncated words (apocope and imperatives) whose apostrophe is correct and
/// is never an accent: `po'` (poco), `mo'` (modo, mo'), `be'` (bene), `to'`
/// (togli), `da'`, `fa'`, `sta'`, `va'`, `di'` (imperatives), `de'` and `ne'`
/// (archaic dei, nei), `ca'` (casa, in Venetian names), `pie'` (piede),
/// `ve'` (vedi). `a'`, `che'`, `se'` and `te'` are here because their
/// accented reading is not safe (`te'` may be *tè* or a quoted *te*).
pub(super) const TRUNCATIONS: &[&str] = &[
    "a", "be", "ca", "che", "da", "de", "di", "fa", "mo", "ne", "pie", "po", "se", "sta", "te",
    "to", "va", "ve",
];

/// Monosyllables whose apostrophe is a grave accent typed the only way a
/// plain keyboard allows: `e'` → `è`, `piu'` → `più`, `si'` → `sì`.
const MONOSYLLABLES: &[&str] = &["cio", "e", "gia", "giu", "la", "li", "piu", "puo", "si"];

/// Monosyllables so often typed with an apostrophe for the accent that the
/// mark is read as an apostrophe even inside a single quotation
/// (`'Non e' vero'`). `si`, `li` and `la` are left out: as quoted words
/// (`'la'`) they are more common.
const STRONG_MONOSYLLABLES: &[&str] = &["cio", "e", "gia", "giu", "piu", "puo"];

/// Compounds of *tre* take the acute accent (`ventitré`, `centotré`); other
/// words in `-tre` (`altre`, `nostre`) are not compounds of it.
const TRE_COMPOUND_ENDINGS: &[&str] = &[
    "centotre",
    "cinquantatre",
    "milletre",
    "novantatre",
    "ottantatre",
    "quarantatre",
    "sessantatre",
    "settantatre",
    "trentatre",
    "ventitre",
];

#[cfg(test)]
pub(super) const TABLES: &[&[&str]] = &[
    TRUNCATIONS,
    MONOSYLLABLES,
    STRONG_MONOSYLLABLES,
    TRE_COMPOUND_ENDINGS,
];

/// `word'` is a truncation whose apostrophe stays (`po'`, `va'`).
pub(crate) fn is_truncation(word: &str) -> bool {
    contains_ignore_ascii_case(TRUNCATIONS, word)
}

/// `word'` reads as an apostrophe even where a single quotation is open: a
/// truncation, a common accent stand-in (`e'`, `piu'`) or a word in `-che'`
/// (`perche'`).
pub(crate) fn is_strong_apostrophe(word: &str) -> bool {
    is_truncation(word)
        || contains_ignore_ascii_case(STRONG_MONOSYLLABLES, word)
        || ends_in_che(word)
}

fn ends_in_che(word: &str) -> bool {
    word.len() > 3 && ends_with_ignore_ascii_case(word, "che")
}

fn is_tre_compound(word: &str) -> bool {
    TRE_COMPOUND_ENDINGS
        .iter()
        .any(|ending| ends_with_ignore_ascii_case(word, ending))
}

/// The accented letter that replaces the last vowel of `word` when `word'`
/// is an apostrophe typed for a final accent, or `None` when the apostrophe
/// must stay (a truncation, an unlisted monosyllable, no final vowel).
///
/// Words in `-che` and compounds of *tre* take the acute accent; every other
/// word takes the grave, which is right for final `-a -i -o -u` and for the
/// common `-e` words (`caffè`, `ahimè`).
pub(crate) fn accent_for_apostrophe(word: &str) -> Option<char> {
    let last = word.chars().next_back()?;
    if !is_plain_vowel(last) || is_truncation(word) {
        return None;
    }
    let acute = ends_in_che(word) || is_tre_compound(word);
    let repairable =
        acute || contains_ignore_ascii_case(MONOSYLLABLES, word) || vowel_groups(word) >= 2;
    repairable.then(|| accented(last, acute))
}

fn is_plain_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Syllable nuclei, counted as runs of vowels: enough to tell `pero` (two)
/// from `puo` (one) without a syllabifier.
fn vowel_groups(word: &str) -> usize {
    let mut groups = 0;
    let mut in_vowel = false;
    for c in word.chars() {
        let vowel = is_plain_vowel(c) || "àèéìíòóùúÀÈÉÌÍÒÓÙÚ".contains(c);
        if vowel && !in_vowel {
            groups += 1;
        }
        in_vowel = vowel;
    }
    groups
}

fn accented(vowel: char, acute: bool) -> char {
    match (vowel, acute) {
        ('a', _) => 'à',
        ('A', _) => 'À',
        ('e', false) => 'è',
        ('E', false) => 'È',
        ('e', true) => 'é',
        ('E', true) => 'É',
        ('i', _) => 'ì',
        ('I', _) => 'Ì',
        ('o', _) => 'ò',
        ('O', _) => 'Ò',
        ('u', _) => 'ù',
        ('U', _) => 'Ù',
        (other, _) => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_for_apostrophes() {
        let cases = [
            ("e", Some('è')),
            ("E", Some('È')),
            ("perche", Some('é')),
            ("PERCHE", Some('É')),
            ("ventitre", Some('é')),
            ("Ventitre", Some('é')),
            ("altre", Some('è')),
            ("citta", Some('à')),
            ("pero", Some('ò')),
            ("lunedi", Some('ì')),
            ("piu", Some('ù')),
            ("puo", Some('ò')),
            ("si", Some('ì')),
            ("po", None),
            ("va", None),
            ("te", None),
            ("tre", None),
            ("qua", None),
            ("dogs", None),
        ];
        for (word, expected) in cases {
            assert_eq!(accent_for_apostrophe(word), expected, "{word}");
        }
    }

    #[test]
    fn strong_apostrophes() {
        assert!(is_strong_apostrophe("po"));
        assert!(is_strong_apostrophe("E"));
        assert!(is_strong_apostrophe("poiche"));
        assert!(!is_strong_apostrophe("che") || is_truncation("che"));
        assert!(!is_strong_apostrophe("vero"));
        assert!(!is_strong_apostrophe("la"));
    }
}
