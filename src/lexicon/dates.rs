//! Italian calendar words: months, weekdays, periods, written from the
//! Italian calendar and usage.

/// Month names and their abbreviations (`giu`, `sett`), lowercase, with the
/// month number. `mar` is left out: it is `martedì` or `marzo` by position,
/// which the date reader decides.
pub(crate) const MONTHS: &[(&str, u32)] = &[
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

/// Units of relative expressions (`tre giorni fa`, `fra due settimane`),
/// with their grain.
pub(crate) const UNITS: &[(&str, crate::dates::Grain)] = {
    use crate::dates::Grain;
    &[
        ("giorno", Grain::Day),
        ("giorni", Grain::Day),
        ("settimana", Grain::Week),
        ("settimane", Grain::Week),
        ("mese", Grain::Month),
        ("mesi", Grain::Month),
        ("trimestre", Grain::Quarter),
        ("trimestri", Grain::Quarter),
        ("anno", Grain::Year),
        ("anni", Grain::Year),
    ]
};

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

/// Words other than month, weekday, unit and century names that may begin
/// a date expression (`dal 3 al 5`, `fino al`, `quest'anno`, `lo scorso 3
/// marzo`).
pub(crate) const DATE_CUES: &[&str] = &[
    "altro",
    "anni",
    "da",
    "dal",
    "dall'",
    "dall’",
    "fino",
    "fra",
    "mar",
    "passata",
    "passato",
    "prossima",
    "prossimo",
    "quest'",
    "quest’",
    "questa",
    "questo",
    "scorsa",
    "scorso",
    "successiva",
    "successivo",
    "tra",
];

/// The first four letters of every calendar word above of four letters or
/// more: the finer test, after the three-letter one, on the words that may
/// begin a date (`marzo` passes, `mario` does not).
pub(crate) const DATE_HEADS: &[&str] = &[
    "agos", "altr", "anni", "anno", "apri", "cinq", "dall", "dice", "doma", "dome", "dopo", "duec",
    "febb", "fino", "genn", "gior", "giov", "giug", "ieri", "lugl", "lune", "magg", "mart", "marz",
    "matt", "merc", "mese", "mesi", "nott", "nova", "nove", "oggi", "otta", "otto", "pass", "pome",
    "pros", "quar", "quat", "ques", "saba", "scor", "seic", "sera", "sess", "sett", "stam", "stan",
    "stas", "succ", "trec", "tren", "trim", "vene", "vent",
];

/// Words of two or three letters that may begin a date expression.
pub(crate) const SHORT_DATE_STARTS: &[&str] = &[
    "ago", "apr", "da", "dal", "dic", "dom", "due", "feb", "fra", "gen", "gio", "giu", "lug",
    "lun", "mag", "mar", "mer", "nov", "ott", "sab", "sei", "set", "tra", "tre", "un", "una",
    "uno", "ven",
];

/// Longer words that may begin a date expression (only their first three
/// letters count): months, weekdays, relative days, range and period words.
pub(crate) const DATE_STARTS: &[&str] = &[
    "agosto",
    "altro",
    "altroieri",
    "anni",
    "anno",
    "aprile",
    "dall'",
    "dicembre",
    "domani",
    "domenica",
    "dopodomani",
    "febbraio",
    "fino",
    "gennaio",
    "giovedì",
    "giugno",
    "ieri",
    "luglio",
    "lunedì",
    "maggio",
    "martedì",
    "marzo",
    "mercoledì",
    "mese",
    "novembre",
    "oggi",
    "ottobre",
    "passato",
    "prossimo",
    "quest'",
    "questa",
    "questo",
    "sabato",
    "scorso",
    "settembre",
    "settimana",
    "stamane",
    "stamani",
    "stamattina",
    "stanotte",
    "stasera",
    "successivo",
    "trimestre",
    "venerdì",
];

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
