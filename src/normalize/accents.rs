//! Accent repairs: apostrophes typed for accents, and wrong accents.
//!
//! Italian writes a final stressed vowel with an accent, grave on most
//! vowels (`città`, `più`, `è`) and acute on a closed `e` (`perché`, `né`,
//! `ventitré`). Two kinds of damage are common and safe to undo:
//!
//! - an apostrophe typed for the accent (`perche'`, `E'`, `citta'`), decided
//!   by the word tables in [`crate::lexicon`] and only on marks that the quote
//!   pass judged apostrophes, so a mark that closes a quotation never turns
//!   into an accent;
//! - a closed list of wrong accents: `perchè` and every `-chè` → `-ché`,
//!   `nè` → `né`, and `pò` → `po’` (a truncation, not an accent).

use std::ops::Range;

use memchr::{memchr3, memchr_iter};

use super::edit::{EditKind, Rewriter};
use super::quotes::{is_word_char, word_before, Mark, Resolved};
use crate::lexicon;

/// The accent an apostrophe `mark` stands for: the range to replace (the
/// final vowel and the mark) and the accented vowel.
pub(crate) fn accent_for_mark(
    text: &str,
    mark: &Mark,
    correlative_ne: bool,
) -> Option<(Range<usize>, char)> {
    let word = word_before(text, mark.start());
    let last = word.chars().next_back()?;
    let accented = if correlative_ne {
        if last == 'E' {
            'É'
        } else {
            'é'
        }
    } else {
        lexicon::accent_for_apostrophe(word)?
    };
    Some((mark.start() - last.len_utf8()..mark.end(), accented))
}

/// Marks of `ne'` that pair with another `ne'` in the same sentence
/// (`ne' carne ne' pesce`): the correlative *né … né*, not the archaic
/// *ne'* for *nei*. Returns their indices, sorted.
pub(crate) fn correlative_ne(text: &str, marks: &[Mark]) -> Vec<usize> {
    let candidates: Vec<usize> = marks
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            m.resolved() == Resolved::Apostrophe { word_final: true }
                && word_before(text, m.start()).eq_ignore_ascii_case("ne")
        })
        .map(|(i, _)| i)
        .collect();
    let mut paired = Vec::new();
    for pair in candidates.windows(2) {
        let gap = &text.as_bytes()[marks[pair[0]].end()..marks[pair[1]].start()];
        // Same sentence: no sentence punctuation and no line break between.
        if memchr3(b'.', b'!', b'?', gap).is_none() && memchr3(b'\n', b';', b':', gap).is_none() {
            if paired.last() != Some(&pair[0]) {
                paired.push(pair[0]);
            }
            paired.push(pair[1]);
        }
    }
    paired
}

/// Fixes the closed list of wrong accents; `pò` becomes `po’`, and the quote
/// pass that follows writes its apostrophe in the chosen style.
pub(crate) fn fix_wrong_accents(out: &mut Rewriter<'_>) {
    let text = out.input();
    let bytes = text.as_bytes();
    for pos in memchr_iter(0xC3, bytes) {
        // è È ò Ò are C3 A8, C3 88, C3 B2, C3 92.
        let Some(&second) = bytes.get(pos + 1) else {
            continue;
        };
        if !matches!(second, 0xA8 | 0x88 | 0xB2 | 0x92) {
            continue;
        }
        if text[pos + 2..].chars().next().is_some_and(is_word_char) {
            continue; // not at the end of a word
        }
        let stem = word_before(text, pos);
        let range = pos..pos + 2;
        match second {
            0xA8 | 0x88 => {
                let upper = second == 0x88;
                let is_che = lexicon::ends_with_ignore_ascii_case(stem, "ch");
                if is_che || stem.eq_ignore_ascii_case("n") {
                    out.replace(range, if upper { "É" } else { "é" }, EditKind::Accent);
                }
            }
            _ => {
                if stem.eq_ignore_ascii_case("p") {
                    let vowel = if second == 0x92 { "O" } else { "o" };
                    out.replace(range, &format!("{vowel}’"), EditKind::Accent);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(text: &str) -> String {
        crate::normalize::edit::run_pass(text, fix_wrong_accents)
    }

    #[test]
    fn wrong_accents() {
        assert_eq!(
            fix("perchè, poichè, nè, Nè, pò"),
            "perché, poiché, né, Né, po’"
        );
        assert_eq!(fix("PERCHÈ"), "PERCHÉ");
        assert_eq!(fix("caffè, però, bignè, dò"), "caffè, però, bignè, dò");
    }
}
