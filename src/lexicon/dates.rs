//! Italian calendar words: months, weekdays, periods, written from the
//! Italian calendar and usage.

/// Month names and their abbreviations (`giu`, `sett`), lowercase, with the
/// month number. `mar` is left out: it is `martedì` or `marzo` by position
/// ([`MARTEDI_OR_MARZO`]).
pub(crate) const MONTHS: &[(&str, u8)] = &[
    ("gennaio", 1),
    ("gen", 1),
    ("febbraio", 2),
    ("feb", 2),
    ("febbr", 2),
    ("marzo", 3),
    ("aprile", 4),
    ("apr", 4),
    ("maggio", 5),
    ("mag", 5),
    ("magg", 5),
    ("giugno", 6),
    ("giu", 6),
    ("luglio", 7),
    ("lug", 7),
    ("agosto", 8),
    ("ago", 8),
    ("settembre", 9),
    ("set", 9),
    ("sett", 9),
    ("ottobre", 10),
    ("ott", 10),
    ("novembre", 11),
    ("nov", 11),
    ("dicembre", 12),
    ("dic", 12),
];

/// Weekday names with and without the accent (`lunedi`, `lunedì`,
/// `lunedi'`), and abbreviations, with their number from Monday.
pub(crate) const WEEKDAYS: &[(&str, u8)] = &[
    ("lunedì", 1),
    ("lunedi", 1),
    ("lun", 1),
    ("martedì", 2),
    ("martedi", 2),
    ("mercoledì", 3),
    ("mercoledi", 3),
    ("mer", 3),
    ("giovedì", 4),
    ("giovedi", 4),
    ("gio", 4),
    ("venerdì", 5),
    ("venerdi", 5),
    ("ven", 5),
    ("sabato", 6),
    ("sab", 6),
    ("domenica", 7),
    ("dom", 7),
];

/// A calendar unit, as the words of relative expressions name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CalendarUnit {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// Units of relative expressions (`tre giorni fa`, `fra due settimane`).
pub(crate) const UNITS: &[(&str, CalendarUnit)] = &[
    ("giorno", CalendarUnit::Day),
    ("giorni", CalendarUnit::Day),
    ("settimana", CalendarUnit::Week),
    ("settimane", CalendarUnit::Week),
    ("mese", CalendarUnit::Month),
    ("mesi", CalendarUnit::Month),
    ("trimestre", CalendarUnit::Quarter),
    ("trimestri", CalendarUnit::Quarter),
    ("anno", CalendarUnit::Year),
    ("anni", CalendarUnit::Year),
];

/// Days named relative to today, with their offset in days.
pub(crate) const RELATIVE_DAYS: &[(&str, i64)] = &[
    ("oggi", 0),
    ("stamattina", 0),
    ("stamani", 0),
    ("stamane", 0),
    ("stasera", 0),
    ("stanotte", 0),
    ("ieri", -1),
    ("altroieri", -2),
    ("domani", 1),
    ("dopodomani", 2),
];

/// Parts of the day that may follow a relative day (`ieri sera`).
pub(crate) const DAY_PARTS: &[&str] = &["mattina", "mattino", "notte", "pomeriggio", "sera"];

/// The relative days that a part of the day may follow (`ieri sera`; not
/// `stasera mattina`).
pub(crate) const DAYS_WITH_PARTS: &[&str] = &["domani", "ieri", "oggi"];

/// The day before yesterday in two or three words: `altro ieri` (the
/// span leaves out the article of `l'altro ieri`), `ieri l'altro`.
pub(crate) const TWO_DAYS_AGO: &[&[&str]] = &[
    &["altro", "ieri"],
    &["ieri", "l'", "altro"],
    &["ieri", "l’", "altro"],
];

/// `mar`, `mar.`: `martedì` before a day number (`mar 18`), `marzo` after
/// one (`18 mar`).
pub(crate) const MARTEDI_OR_MARZO: &[&str] = &["mar", "mar."];

/// Day numbers in words: `primo maggio`.
pub(crate) const DAY_WORDS: &[(&str, u8)] = &[("primo", 1)];

/// Words that make the next or the last of a unit or weekday (`l'anno
/// prossimo`, `sabato scorso`, `lo scorso 3 marzo`), with their step.
pub(crate) const STEPS: &[(&str, i8)] = &[
    ("passata", -1),
    ("passato", -1),
    ("prossima", 1),
    ("prossimo", 1),
    ("scorsa", -1),
    ("scorso", -1),
    ("successiva", 1),
    ("successivo", 1),
];

/// `quest'anno`, `questo mese`, `questa settimana`.
pub(crate) const THIS: &[&str] = &["quest'", "quest’", "questa", "questo"];

/// After a count and a unit: `tre giorni fa`.
pub(crate) const AGO: &[&str] = &["fa"];

/// Before a count and a unit: `fra due settimane`; before two dates:
/// `tra il 2020 e il 2022`.
pub(crate) const IN_OR_BETWEEN: &[&str] = &["fra", "tra"];

/// Between the two ends of `tra il … e il …`.
pub(crate) const BETWEEN_LINKS: &[&str] = &["e"];

/// The article that may stand before each end of `tra il … e il …`.
pub(crate) const BETWEEN_ARTICLES: &[&str] = &["il", "l'", "l’"];

/// The first words of `dal … al …` and `dal 2000`.
pub(crate) const RANGE_FROM: &[&str] = &["da", "dal", "dall'", "dall’"];

/// Between the two ends of `dal … al …`.
pub(crate) const RANGE_TO: &[&str] = &["a", "al", "all'", "all’", "alle"];

/// `fino al 31 dicembre`, `fino a domani`.
pub(crate) const UNTIL: &[&str] = &["fino"];

/// After [`UNTIL`].
pub(crate) const UNTIL_LINKS: &[&str] = &["a", "al", "all'", "all’"];

/// `anni '90`, `anni Novanta`.
pub(crate) const DECADE_WORDS: &[&str] = &["anni"];

/// `il primo trimestre`.
pub(crate) const QUARTER_WORDS: &[&str] = &["trimestre"];

/// Which quarter: `il terzo trimestre`.
pub(crate) const QUARTER_ORDINALS: &[(&str, u8)] =
    &[("primo", 1), ("quarto", 4), ("secondo", 2), ("terzo", 3)];

/// Words before which a weekday is generic, not a date (`un giovedì`,
/// `ogni lunedì`, `il lunedì`).
pub(crate) const NOT_BEFORE_WEEKDAY: &[&str] = &["al", "dal", "di", "il", "nel", "ogni", "un"];

/// A word before which a day and month are not read alone: `lo scorso 3
/// marzo` is read from `scorso`.
pub(crate) const NOT_BEFORE_DAY_MONTH: &[&str] = &["scorso"];

/// Named days fixed in the calendar: the words, in order, and the month and
/// day. Resolved as a day and month without a year (`Ferragosto 2023`
/// takes the year written after it).
pub(crate) const FIXED_HOLIDAYS: &[(&[&str], u8, u8)] = &[(&["ferragosto"], 8, 15)];

/// Auxiliaries after which a participle makes a passato prossimo (`è
/// arrivato`, `sono partiti`).
pub(crate) const AUXILIARIES: &[&str] = &["sono", "è"];

/// Endings of past participles, after [`AUXILIARIES`].
pub(crate) const PARTICIPLE_ENDINGS: &[&str] = &[
    "ata", "ate", "ati", "ato", "ita", "ite", "iti", "ito", "uta", "ute", "uti", "uto",
];

/// Centuries by their Italian names (`il Novecento` is 1900-1999).
pub(crate) const CENTURIES: &[(&str, i32)] = &[
    ("duecento", 1200),
    ("trecento", 1300),
    ("quattrocento", 1400),
    ("cinquecento", 1500),
    ("seicento", 1600),
    ("settecento", 1700),
    ("ottocento", 1800),
    ("novecento", 1900),
];

/// Decades in words, after `anni` (`anni Novanta`).
pub(crate) const DECADES: &[(&str, i32)] = &[
    ("venti", 20),
    ("trenta", 30),
    ("quaranta", 40),
    ("cinquanta", 50),
    ("sessanta", 60),
    ("settanta", 70),
    ("ottanta", 80),
    ("novanta", 90),
];

/// Words before a year that make the number a year (`nel 2022`).
pub(crate) const YEAR_CUES: &[&str] = &[
    "al",
    "anno",
    "dal",
    "del",
    "entro",
    "il",
    "nel",
    "sin",
    "estate",
    "inverno",
    "autunno",
    "primavera",
];

/// The tense a word marks in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TenseCue {
    Past,
    Present,
    Future,
}

/// The tense `word` marks, if it is one of the cues the date reader uses:
/// auxiliaries and frequent verbs, the endings of the passato remoto
/// (`firmò`, `firmarono`), the imperfect (`firmava`) and the future
/// (`firmerà`, `firmeranno`), and the adverbs `ieri`, `domani`. Called on
/// every token, so it looks at the last byte before anything else.
pub(crate) fn tense_cue(word: &str) -> Option<TenseCue> {
    let bytes = word.as_bytes();
    // A capital only at the start of a sentence: `Ha detto`, `Era`.
    let mut buf = [0u8; 16];
    let w: &[u8] = match bytes.first() {
        Some(b) if b.is_ascii_uppercase() && bytes.len() <= buf.len() => {
            buf[..bytes.len()].copy_from_slice(bytes);
            buf[0] = b.to_ascii_lowercase();
            &buf[..bytes.len()]
        }
        _ => bytes,
    };
    let n = w.len();
    let last = *w.last()?;
    // Most words end in a vowel that no cue ends in, or are too short.
    if !matches!(last, b'a' | b'e' | b'i' | b'o' | b'u' | 0xA0 | 0xA8 | 0xB2) {
        return None;
    }
    match w {
        b"abbiamo" | b"avete" | b"aveva" | b"avevano" | b"era" | b"erano" | b"fa" | b"fu"
        | b"furono" | b"ha" | b"hanno" | b"ho" | b"ieri" | b"scorsa" | b"scorso" => {
            return Some(TenseCue::Past)
        }
        b"cade" | b"comincia" | b"finisce" | b"inizia" | b"resta" | b"scade" | b"si" | b"sono" => {
            return Some(TenseCue::Present)
        }
        b"domani" | b"prossima" | b"prossimo" | b"saranno" => return Some(TenseCue::Future),
        _ => {}
    }
    if w == "è".as_bytes() {
        return Some(TenseCue::Present);
    }
    if w == "sarà".as_bytes() {
        return Some(TenseCue::Future);
    }
    // Words in -ò and -ava that are not verbs in the past.
    if [
        "ciò", "perciò", "però", "può", "cava", "lava", "nava", "java",
    ]
    .iter()
    .any(|x| x.as_bytes() == w)
    {
        return None;
    }
    // Endings need a stem of three bytes or more.
    let ends = |suffix: &[u8]| n >= suffix.len() + 3 && w.ends_with(suffix);
    match last {
        b'o' if ends(b"arono") || ends(b"erono") || ends(b"irono") => Some(TenseCue::Past),
        b'o' if ends(b"avano") || ends(b"evano") || ends(b"ivano") => Some(TenseCue::Past),
        b'o' if ends(b"ranno") || ends(b"remo") => Some(TenseCue::Future),
        b'a' if ends(b"ava") || ends(b"eva") || ends(b"iva") => Some(TenseCue::Past),
        // `ò` and `à` end in C3 B2 and C3 A0.
        0xB2 if w.ends_with("rò".as_bytes()) && n > 4 => Some(TenseCue::Future),
        0xB2 if w.ends_with("ò".as_bytes()) && n > 3 => Some(TenseCue::Past),
        0xA0 if w.ends_with("rà".as_bytes()) && n > 4 => Some(TenseCue::Future),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tense_cues() {
        for (word, cue) in [
            ("firmò", Some(TenseCue::Past)),
            ("Iniziò", Some(TenseCue::Past)),
            ("firmarono", Some(TenseCue::Past)),
            ("scriveva", Some(TenseCue::Past)),
            ("Ha", Some(TenseCue::Past)),
            ("farà", Some(TenseCue::Future)),
            ("farò", Some(TenseCue::Future)),
            ("riapriranno", Some(TenseCue::Future)),
            ("è", Some(TenseCue::Present)),
            ("però", None),
            ("può", None),
            ("casa", None),
            ("sera", None),
        ] {
            assert_eq!(tense_cue(word), cue, "{word}");
        }
    }
}
