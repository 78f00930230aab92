//! Number words: the grammar that builds cardinals and ordinals from the
//! atoms in `lexicon::numbers`.
//!
//! Italian writes a cardinal below a million as one word, from the largest
//! part down: `[units]cento`, then the tens with their unit, with `mille`
//! or `[n]mila` in front for the thousands (`duemilaventiquattro`,
//! `milleduecento`). Two elisions matter: the tens lose their vowel before
//! `uno` and `otto` (`ventuno`, `trentotto`), and `cento` may lose its `o`
//! before `otto` and `ottanta` (`centotto`, `centottanta`). Millions and
//! billions are separate words, joined by the extractor.

use crate::lexicon::numbers::{ORDINAL_STEMS, SCALES, SMALL, TENS};
use crate::text::Lower;

/// Where `needle` first occurs in `haystack`: words are short, so a plain
/// scan beats building a substring searcher.
fn find(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w == needle.as_bytes())
}

/// The value of a cardinal written as one word (`ventitré`, `duemila`,
/// `centottantamila`), from 0 to 999 999. `un` and `una` alone are
/// articles, not numbers, and are refused here.
pub(crate) fn cardinal(word: &str) -> Option<u32> {
    let lower = Lower::new(word)?;
    cardinal_lower(lower.as_str())
}

pub(crate) fn cardinal_lower(w: &str) -> Option<u32> {
    if w == "un" || w == "una" {
        return None;
    }
    // `settant'anni`, `cent'anni`: a ten or `cento` elided before a vowel.
    if let Some(stem) = w.strip_suffix('\'').or_else(|| w.strip_suffix('’')) {
        if stem == "cent" {
            return Some(100);
        }
        return TENS.iter().find(|(t, _, _)| *t == stem).map(|&(_, _, v)| v);
    }
    if let Some(rest) = w.strip_prefix("mille") {
        return Some(1000 + below_thousand_or_nothing(rest)?);
    }
    if let Some(at) = find(w, "mila") {
        let thousands = below_thousand(&w[..at])?;
        if thousands < 2 {
            return None;
        }
        return Some(thousands * 1000 + below_thousand_or_nothing(&w[at + 4..])?);
    }
    below_thousand(w)
}

fn below_thousand_or_nothing(w: &str) -> Option<u32> {
    if w.is_empty() {
        Some(0)
    } else {
        below_thousand(w)
    }
}

fn below_thousand(w: &str) -> Option<u32> {
    if let Some(at) = find(w, "cent") {
        let hundreds = match &w[..at] {
            "" => 1,
            unit => {
                small(unit).filter(|&u| (2..=9).contains(&u) && unit != "un" && unit != "una")?
            }
        };
        let rest = &w[at + 4..];
        // `cento`, `centoundici`; the `o` drops before `otto`, `ottanta`
        // and `uno` (`centotto`, `centottanta`, `centuno`).
        let rest = if rest.starts_with("ott") || rest.starts_with("un") {
            rest
        } else {
            rest.strip_prefix('o')?
        };
        return Some(
            hundreds * 100
                + if rest.is_empty() {
                    0
                } else {
                    below_hundred(rest)?
                },
        );
    }
    below_hundred(w)
}

fn below_hundred(w: &str) -> Option<u32> {
    if let Some(v) = small(w) {
        return Some(v);
    }
    for &(stem, vowel, tens) in TENS {
        let Some(rest) = w.strip_prefix(stem) else {
            continue;
        };
        if let Some(unit) = rest.strip_prefix(vowel) {
            if unit.is_empty() {
                return Some(tens);
            }
            // `ventitré`, `trentadue`; also the unelided `ventiotto`.
            return small(unit)
                .filter(|u| (1..=9).contains(u))
                .map(|u| tens + u);
        }
        // The vowel dropped: `ventuno`, `ventun`, `trentotto`.
        return match rest {
            "uno" | "un" | "una" => Some(tens + 1),
            "otto" => Some(tens + 8),
            _ => None,
        };
    }
    None
}

fn small(w: &str) -> Option<u32> {
    SMALL.iter().find(|(word, _)| *word == w).map(|&(_, v)| v)
}

/// The power of ten of a scale word (`milioni` → 6), lowercased already or
/// not.
pub(crate) fn scale(word: &str) -> Option<u32> {
    // Every scale word begins with `m` or `b` (`mila`, `milioni`, `mld`,
    // `bilioni`): most words after a number fail this first.
    if !matches!(word.as_bytes().first(), Some(b'm' | b'M' | b'b' | b'B')) {
        return None;
    }
    let lower = Lower::new(word)?;
    let w = lower.as_str();
    let w = w.strip_suffix('.').unwrap_or(w);
    SCALES.iter().find(|(s, _)| *s == w).map(|&(_, p)| p)
}

/// The value of an ordinal word in any gender and number (`primo`,
/// `seconda`, `undicesimi`, `ventitreesima`, `centesimo`, `millesimo`).
pub(crate) fn ordinal(word: &str) -> Option<u64> {
    ordinal_lower(Lower::new(word)?.as_str())
}

/// [`ordinal`] of a word already in lowercase.
pub(crate) fn ordinal_lower(w: &str) -> Option<u64> {
    if !w.ends_with(['o', 'a', 'i', 'e']) {
        return None;
    }
    let stem = &w[..w.len() - 1];
    if let Some(&(_, v)) = ORDINAL_STEMS.iter().find(|(s, _)| *s == stem) {
        return Some(u64::from(v));
    }
    let base = stem.strip_suffix("esim")?;
    if base.is_empty() {
        return None;
    }
    match base {
        "milion" => return Some(1_000_000),
        "miliard" => return Some(1_000_000_000),
        _ => {}
    }
    // The cardinal lost its last vowel: put back the one that parses
    // (`undic` + i, `trent` + a, `cent` + o, `mill` + e); `ventitre-` and
    // `ventisei-` keep theirs.
    let mut buf = [0u8; 80];
    if base.len() + 1 > buf.len() {
        return None;
    }
    buf[..base.len()].copy_from_slice(base.as_bytes());
    ['i', 'a', 'o', 'e']
        .iter()
        .find_map(|&v| {
            buf[base.len()] = v as u8;
            cardinal_lower(std::str::from_utf8(&buf[..base.len() + 1]).ok()?)
        })
        .or_else(|| cardinal_lower(base))
        .filter(|&v| v > 10)
        .map(u64::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each word reads as its value.
    fn check<T: PartialEq + std::fmt::Debug + Copy>(
        cases: &[(&str, T)],
        read: fn(&str) -> Option<T>,
    ) {
        for &(word, value) in cases {
            assert_eq!(read(word), Some(value), "{word}");
        }
    }

    /// No word reads as a number.
    fn refuse<T: std::fmt::Debug>(words: &[&str], read: fn(&str) -> Option<T>) {
        for word in words {
            assert!(read(word).is_none(), "{word}");
        }
    }

    #[test]
    fn cardinals() {
        let cases = [
            ("zero", 0),
            ("uno", 1),
            ("tre", 3),
            ("dieci", 10),
            ("diciannove", 19),
            ("venti", 20),
            ("ventuno", 21),
            ("settant'", 70),
            ("vent’", 20),
            ("cent'", 100),
            ("ventun", 21),
            ("ventitré", 23),
            ("ventitre", 23),
            ("VENTITRÉ", 23),
            ("trentotto", 38),
            ("novantanove", 99),
            ("cento", 100),
            ("centouno", 101),
            ("centotto", 108),
            ("centottanta", 180),
            ("centoundici", 111),
            ("duecento", 200),
            ("novecentonovantanove", 999),
            ("mille", 1000),
            ("milleduecento", 1200),
            ("duemila", 2000),
            ("duemilaventiquattro", 2024),
            ("Diciassettemila", 17000),
            ("centomila", 100_000),
            ("centottantamila", 180_000),
            ("novecentonovantanovemilanovecentonovantanove", 999_999),
            ("millenovecentocinquantasette", 1957),
        ];
        check(&cases, cardinal);
        refuse(
            &[
                "un",
                "una",
                "mila",
                "cent",
                "vent",
                "trentat",
                "unmila",
                "centomille",
                "sette7",
                "casa",
                "ventiventi",
            ],
            cardinal,
        );
    }

    #[test]
    fn ordinals() {
        let cases = [
            ("primo", 1),
            ("Seconda", 2),
            ("terzi", 3),
            ("decime", 10),
            ("undicesimo", 11),
            ("ventesimo", 20),
            ("ventunesima", 21),
            ("ventitreesimo", 23),
            ("ventiseiesimi", 26),
            ("ventottesimo", 28),
            ("trentesimo", 30),
            ("quarantesimo", 40),
            ("centesimo", 100),
            ("centunesimo", 101),
            ("duecentesimo", 200),
            ("millesimo", 1000),
            ("milionesimo", 1_000_000),
        ];
        check(&cases, ordinal);
        refuse(
            &[
                "esimo",
                "prim",
                "casa",
                "decimali",
                "medesimo",
                "centesimoo",
            ],
            ordinal,
        );
    }
}
