//! Words of lengths of time: units, halves and quarters, and the words
//! around an amount that make it an age or a relative date instead.

/// A unit of a length of time, as ISO 8601 writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// Units with how many of the ISO unit one of them is: `decennio` is ten
/// years, `semestre` six months.
pub(crate) const UNITS: &[(&str, (TimeUnit, u32))] = &[
    ("anni", (TimeUnit::Year, 1)),
    ("anno", (TimeUnit::Year, 1)),
    ("bienni", (TimeUnit::Year, 2)),
    ("biennio", (TimeUnit::Year, 2)),
    ("bimestre", (TimeUnit::Month, 2)),
    ("bimestri", (TimeUnit::Month, 2)),
    ("decenni", (TimeUnit::Year, 10)),
    ("decennio", (TimeUnit::Year, 10)),
    ("giorni", (TimeUnit::Day, 1)),
    ("giorno", (TimeUnit::Day, 1)),
    ("lustri", (TimeUnit::Year, 5)),
    ("lustro", (TimeUnit::Year, 5)),
    ("mese", (TimeUnit::Month, 1)),
    ("mesi", (TimeUnit::Month, 1)),
    ("millenni", (TimeUnit::Year, 1000)),
    ("millennio", (TimeUnit::Year, 1000)),
    ("min", (TimeUnit::Minute, 1)),
    ("min.", (TimeUnit::Minute, 1)),
    ("minuti", (TimeUnit::Minute, 1)),
    ("minuto", (TimeUnit::Minute, 1)),
    ("ora", (TimeUnit::Hour, 1)),
    ("ore", (TimeUnit::Hour, 1)),
    ("sec", (TimeUnit::Second, 1)),
    ("sec.", (TimeUnit::Second, 1)),
    ("secoli", (TimeUnit::Year, 100)),
    ("secolo", (TimeUnit::Year, 100)),
    ("secondi", (TimeUnit::Second, 1)),
    ("secondo", (TimeUnit::Second, 1)),
    ("semestre", (TimeUnit::Month, 6)),
    ("semestri", (TimeUnit::Month, 6)),
    ("settimana", (TimeUnit::Week, 1)),
    ("settimane", (TimeUnit::Week, 1)),
    ("trienni", (TimeUnit::Year, 3)),
    ("triennio", (TimeUnit::Year, 3)),
    ("trimestre", (TimeUnit::Month, 3)),
    ("trimestri", (TimeUnit::Month, 3)),
    ("ventenni", (TimeUnit::Year, 20)),
    ("ventennio", (TimeUnit::Year, 20)),
];

/// The units of [`UNITS`] shorter than a day.
/// The plural units that end in `-e`, as singulars do (`ora`, `mese`).
pub(crate) const PLURALS_IN_E: &[&str] = &["ore", "settimane"];

/// Articles before the name of a paper or a race: `la 24 Ore`.
pub(crate) const NAME_ARTICLES: &[&str] = &["gli", "i", "il", "l'", "l’", "la", "le", "lo"];

/// The units written short (`3 min`, `20 sec.`).
pub(crate) const ABBREVIATED_UNITS: &[&str] = &["min", "min.", "sec", "sec."];

/// After `un giorno`, words that make it one day, not a length: `in un
/// giorno feriale`, `in un giorno qualsiasi`.
pub(crate) const KIND_OF_DAY: &[&str] = &[
    "certo",
    "feriale",
    "festivo",
    "lavorativo",
    "normale",
    "particolare",
    "preciso",
    "qualsiasi",
    "qualunque",
    "speciale",
];

/// Nouns after which `secondo` is the ordinal, not a second: `in un
/// secondo momento`, `un secondo mandato`.
pub(crate) const AFTER_SECOND_ORDINAL: &[&str] = &[
    "giro", "grado", "livello", "luogo", "mandato", "momento", "piano", "posto", "round", "tempo",
    "turno",
];

pub(crate) const CLOCK_UNITS: &[&str] = &["minuti", "minuto", "ora", "ore", "secondi", "secondo"];

/// `un`, `una`, `un'`: one, before a unit (`un'ora`, `una settimana`).
pub(crate) const ONE: &[&str] = super::numbers::INDEFINITE_ARTICLES;

/// `mezz'ora`, `mezza giornata`: half of the unit after it.
pub(crate) const HALF_BEFORE: &[&str] = &["mezz'", "mezz’", "mezza", "mezzo"];

/// Half an hour in one word: `mezzora`.
pub(crate) const HALF_HOUR: &[&str] = &["mezzora"];

/// `tutto il giorno`, `tutta la settimana`, `tutto l'anno`: one whole
/// unit.
pub(crate) const WHOLE: &[&str] = &["intera", "intero", "tutta", "tutto"];
pub(crate) const WHOLE_ARTICLES: &[&str] = &["il", "l'", "l’", "la"];

/// `un quarto d'ora`, `tre quarti d'ora`: the words before `ora`, and
/// the minutes.
pub(crate) const QUARTERS_OF_HOUR: &[(&[&str], u32)] = &[
    (&["un", "quarto", "d'"], 15),
    (&["un", "quarto", "d’"], 15),
    (&["tre", "quarti", "d'"], 45),
    (&["tre", "quarti", "d’"], 45),
];

/// The second word of [`QUARTERS_OF_HOUR`].
pub(crate) const QUARTER_WORDS: &[&str] = &["quarti", "quarto"];

/// After an amount and `e`: `un anno e mezzo`, `un'ora e un quarto`, as
/// quarters of the unit.
pub(crate) const FRACTIONS_AFTER: &[(&[&str], u32)] = &[
    (&["mezza"], 2),
    (&["mezzo"], 2),
    (&["tre", "quarti"], 3),
    (&["un", "quarto"], 1),
];

/// Between the parts of an amount: `tre anni e due mesi`, `un'ora e venti`.
pub(crate) const LINKS: &[&str] = &["e"];

/// Before an amount: a relative date (`tra tre giorni`) or a rolling
/// window (`gli ultimi tre giorni`), not a length.
pub(crate) const RELATIVE_BEFORE: &[&str] = &[
    "fra", "prossime", "prossimi", "scorse", "scorsi", "tra", "ultime", "ultimi",
];

/// After an amount: a rolling window (`i tre giorni scorsi`).
pub(crate) const RELATIVE_AFTER: &[&str] = &["fa", "prossime", "prossimi", "scorse", "scorsi"];

/// Before an amount of years, words that make it an age: `ha 45 anni`,
/// `compie 80 anni`, `i suoi 30 anni`.
pub(crate) const AGE_BEFORE: &[&str] = &[
    "abbia",
    "abbiamo",
    "avere",
    "avesse",
    "avete",
    "aveva",
    "avevamo",
    "avevano",
    "avevi",
    "avevo",
    "avrà",
    "avrai",
    "avrebbe",
    "avranno",
    "avrò",
    "compie",
    "compiere",
    "compiono",
    "compiuti",
    "compiuto",
    "compiva",
    "compirà",
    "festeggia",
    "ha",
    "hai",
    "hanno",
    "ho",
    "i",
    "miei",
    "nostri",
    "sui",
    "suoi",
    "tuoi",
];

/// What closes an apposition of years after a name (`Giulia Verdi, 34
/// anni, …`; `…, 34 anni.`).
pub(crate) const APPOSITION_ENDS: &[&str] = &[",", ".", ";", ")"];

/// After an amount of years: `45 anni di età`, `30 anni compiuti`.
pub(crate) const AGE_AFTER: &[&[&str]] = &[
    &["d'", "età"],
    &["d’", "età"],
    &["di", "età"],
    &["compiuti"],
];

/// Before `di` and an amount of years, nouns of a length, which keep it a
/// duration (`una pena di tre anni`); after any other word `di 45 anni`
/// is an age (`un uomo di 45 anni`).
pub(crate) const LENGTH_BEFORE_OF: &[&str] = &[
    "arco",
    "attesa",
    "carcere",
    "circa",
    "condanna",
    "contratto",
    "detenzione",
    "distanza",
    "durata",
    "esperienza",
    "garanzia",
    "lavoro",
    "mandato",
    "massimo",
    "media",
    "meno",
    "minimo",
    "mutuo",
    "oltre",
    "pena",
    "periodo",
    "permanenza",
    "più",
    "prestito",
    "reclusione",
    "ritardo",
    "soggiorno",
    "sospensione",
    "squalifica",
    "tempo",
    "validità",
];

/// Before `a` and an amount of years, verbs of a sentence, which keep it a
/// duration (`condannato a tre anni`); after any other word `a 90 anni` is
/// an age (`è morto a 90 anni`).
pub(crate) const LENGTH_BEFORE_TO: &[&str] = &[
    "condannata",
    "condannate",
    "condannati",
    "condannato",
    "pari",
    "ridotta",
    "ridotto",
];

/// Before `un`/`una` and a unit, words that make it a length (`per un
/// giorno`, `in un anno`, `da un mese`); without one, `un giorno` is as
/// often "some day".
pub(crate) const LENGTH_CUES: &[&str] = &[
    "almeno",
    "appena",
    "circa",
    "da",
    "dopo",
    "dura",
    "durano",
    "durante",
    "durata",
    "durato",
    "durerà",
    "entro",
    "impiegato",
    "in",
    "manca",
    "mancano",
    "messo",
    "oltre",
    "per",
    "quasi",
    "solo",
    "soltanto",
];
