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

/// Days named relative to today, with their offset in days.
pub(crate) const RELATIVE_DAYS: &[(&str, i64)] = &[
    ("oggi", 0),
    ("stamattina", 0),
    ("stamani", 0),
    ("stamane", 0),
    ("stasera", 0),
    ("stanotte", 0),
    ("ieri", -1),
    ("ieri l'altro", -2),
    ("l'altroieri", -2),
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

/// Auxiliaries and forms that put a clause in the past.
pub(crate) const PAST_WORDS: &[&str] = &[
    "aveva", "avevano", "era", "erano", "fu", "furono", "ha", "hanno", "ho", "abbiamo", "avete",
    "ieri", "scorso", "scorsa", "fa",
];

/// Forms that put a clause in the future.
pub(crate) const FUTURE_WORDS: &[&str] = &["domani", "prossimo", "prossima", "sarà", "saranno"];
