//! Italian calendar words: months, weekdays, periods, written from the
//! Italian calendar and usage.

/// Month names and their abbreviations (`giu`, `sett`), lowercase, with the
/// month number. `mar` is left out: it is `martedì` or `marzo` by position
/// ([`MARTEDI_OR_MARZO`]).
pub(crate) const MONTHS: &[(&str, u8)] = &[
    ("gennaio", 1),
    ("gen", 1),
    ("genn", 1),
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

/// A calendar unit, as the words of relative expressions name it, from
/// the shortest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum CalendarUnit {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

impl CalendarUnit {
    /// `count` units as months and days, the two kinds of calendar
    /// arithmetic (a month is not a number of days).
    pub(crate) fn months_and_days(self, count: i64) -> (i64, i64) {
        match self {
            CalendarUnit::Day => (0, count),
            CalendarUnit::Week => (0, count * 7),
            CalendarUnit::Month => (count, 0),
            CalendarUnit::Quarter => (count * 3, 0),
            CalendarUnit::Year => (count * 12, 0),
        }
    }
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
    ("odierna", 0),
    ("odierno", 0),
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
    ("precedente", -1),
    ("successiva", 1),
    ("successivo", 1),
];

/// Steps that count from a day of the narrative when they follow a
/// weekday (`la domenica precedente`), and from the reference after a unit
/// (`l'anno precedente`).
pub(crate) const NARRATIVE_STEPS: &[&str] = &["precedente"];

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
pub(crate) const UNTIL_LINKS: &[&str] = &["a", "al", "alla", "all'", "all’"];

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

/// How a named day falls in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HolidayRule {
    /// The same month and day every year.
    Fixed { month: u8, day: u8 },
    /// A number of days from Easter Sunday.
    Easter(i16),
    /// The `nth` weekday (1 Monday to 7 Sunday) of a month: the second
    /// Sunday of May.
    NthWeekday { month: u8, weekday: u8, nth: u8 },
}

/// A named day: its words in order (lowercase; an apostrophe ends an
/// elided word), how it falls, and how its first word must be written.
pub(crate) struct Holiday {
    pub(crate) words: &'static [&'static str],
    pub(crate) rule: HolidayRule,
    pub(crate) case: Case,
    /// A saint's or a character's name as much as a day's: a date only
    /// after a word that asks for one (`a San Valentino`, `per la
    /// Befana`, `il giorno di Santo Stefano`).
    pub(crate) cued: bool,
}

const fn fixed(words: &'static [&'static str], month: u8, day: u8) -> Holiday {
    Holiday {
        words,
        rule: HolidayRule::Fixed { month, day },
        case: Case::Any,
        cued: false,
    }
}

const fn easter(words: &'static [&'static str], days: i16) -> Holiday {
    Holiday {
        words,
        rule: HolidayRule::Easter(days),
        case: Case::Any,
        cued: false,
    }
}

/// How the first word of a named day must be written, for the names that
/// are also ordinary words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    Any,
    /// Capitalized, or lowercase after a cue (`a natale` in a post; the
    /// `paese natale` is a birthplace).
    CapitalOrCued,
    /// Capitalized (`l'ascensione al Monte Bianco` is a climb).
    Capital,
}

/// The row with its first word capitalized, or lowercase after a cue.
const fn capital(h: Holiday) -> Holiday {
    Holiday {
        case: Case::CapitalOrCued,
        ..h
    }
}

/// The row with its first word capitalized.
const fn strict_capital(h: Holiday) -> Holiday {
    Holiday {
        case: Case::Capital,
        ..h
    }
}

/// The row read only after a cue ([`Holiday::cued`]).
const fn cued(h: Holiday) -> Holiday {
    Holiday { cued: true, ..h }
}

/// The named days of the Italian calendar, civil and religious. Longer
/// names come before the shorter ones they begin with (`Vigilia di
/// Natale` before `Natale` is not needed: they begin differently). A name
/// that is also a newspaper, a church or a hiring (`la Repubblica`,
/// `l'Immacolata`, `l'assunzione`) is listed only in its unambiguous form.
#[rustfmt::skip]
pub(crate) const HOLIDAYS: &[Holiday] = &[
    fixed(&["capodanno"], 1, 1),
    capital(fixed(&["epifania"], 1, 6)),
    cued(capital(fixed(&["befana"], 1, 6))),
    cued(fixed(&["san", "valentino"], 2, 14)),
    fixed(&["festa", "della", "donna"], 3, 8),
    cued(fixed(&["san", "giuseppe"], 3, 19)),
    fixed(&["festa", "del", "papà"], 3, 19),
    fixed(&["festa", "della", "liberazione"], 4, 25),
    fixed(&["festa", "dei", "lavoratori"], 5, 1),
    fixed(&["festa", "del", "lavoro"], 5, 1),
    strict_capital(fixed(&["primo", "maggio"], 5, 1)),
    fixed(&["festa", "della", "repubblica"], 6, 2),
    fixed(&["ferragosto"], 8, 15),
    fixed(&["ognissanti"], 11, 1),
    capital(fixed(&["tutti", "i", "santi"], 11, 1)),
    fixed(&["commemorazione", "dei", "defunti"], 11, 2),
    fixed(&["giorno", "dei", "morti"], 11, 2),
    fixed(&["immacolata", "concezione"], 12, 8),
    fixed(&["vigilia", "di", "natale"], 12, 24),
    capital(fixed(&["natale"], 12, 25)),
    cued(fixed(&["santo", "stefano"], 12, 26)),
    cued(fixed(&["san", "silvestro"], 12, 31)),
    fixed(&["vigilia", "di", "capodanno"], 12, 31),
    fixed(&["primo", "dell'", "anno"], 1, 1),
    fixed(&["festa", "degli", "innamorati"], 2, 14),
    fixed(&["festa", "del", "papa"], 3, 19),
    fixed(&["idi", "di", "marzo"], 3, 15),
    fixed(&["anniversario", "della", "liberazione"], 4, 25),
    fixed(&["giorno", "dei", "lavoratori"], 5, 1),
    fixed(&["halloween"], 10, 31),
    fixed(&["festa", "dei", "santi"], 11, 1),
    fixed(&["giorno", "dei", "santi"], 11, 1),
    cued(fixed(&["immacolata"], 12, 8)),
    capital(easter(&["pasqua"], 0)),
    easter(&["pasquetta"], 1),
    easter(&["lunedì", "dell'", "angelo"], 1),
    easter(&["lunedi", "dell'", "angelo"], 1),
    easter(&["giovedì", "santo"], -3),
    easter(&["venerdì", "santo"], -2),
    easter(&["sabato", "santo"], -1),
    easter(&["martedì", "grasso"], -47),
    easter(&["mercoledì", "delle", "ceneri"], -46),
    strict_capital(easter(&["ascensione"], 39)),
    strict_capital(easter(&["pentecoste"], 49)),
    Holiday {
        words: &["festa", "della", "mamma"],
        rule: HolidayRule::NthWeekday { month: 5, weekday: 7, nth: 2 },
        case: Case::Any,
        cued: false,
    },
];

/// Words before a name that make it a place or a building, not a day:
/// `via XX Settembre`, `piazza Primo Maggio`, `la chiesa dell'Immacolata
/// Concezione`, `l'ospedale San Giuseppe`.
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "basilica",
    "cattedrale",
    "chiesa",
    "collegio",
    "corso",
    "istituto",
    "largo",
    "liceo",
    "ospedale",
    "parrocchia",
    "piazza",
    "piazzale",
    "santuario",
    "scuola",
    "strada",
    "via",
    "viale",
    "vicolo",
];

/// Between a place noun and a name: `chiesa dell'Immacolata`.
pub(crate) const PLACE_LINKS: &[&str] = &["de", "dei", "del", "dell'", "dell’", "della", "di"];

/// Before a holiday's name, words that make it something else: `Babbo
/// Natale` is a person, `ogni Natale` every one, `Buon Natale` a
/// greeting, `l'albero di Natale` and `le uova di Pasqua` things.
pub(crate) const NOT_BEFORE_HOLIDAY: &[&str] = &[
    "babbo", "buon", "buona", "buone", "del", "dell'", "dell’", "della", "di", "ogni",
];

/// Before a one-word name, an article makes it the feast in general (`il
/// Natale`, `la Pasqua`, `la Befana`).
pub(crate) const ARTICLES: &[&str] = &["il", "l'", "l’", "la", "lo", "un", "una"];

/// Words that ask for a day before a holiday's name.
pub(crate) const HOLIDAY_CUES: &[&str] = &[
    "a", "ad", "al", "alla", "all'", "all’", "da", "dal", "dall'", "dall’", "dalla", "dopo",
    "durante", "entro", "fino", "fra", "per", "prima", "sino", "tra", "verso",
];

/// Nouns of a day or a feast before `di` and a holiday's name: `la notte
/// di Natale`, `il giorno dell'Epifania`, `la festa di San Giuseppe`.
pub(crate) const HOLIDAY_DAY_NOUNS: &[&str] = &[
    "festa",
    "giornata",
    "giorno",
    "mattina",
    "notte",
    "pomeriggio",
    "pranzo",
    "sera",
    "vigilia",
];

/// The seasons: name, first month and day, last month and day (winter ends
/// in the next year). Astronomical dates as Italian calendars print them.
pub(crate) const SEASONS: &[(&str, [u8; 4])] = &[
    ("primavera", [3, 21, 6, 20]),
    ("estate", [6, 21, 9, 22]),
    ("autunno", [9, 23, 12, 20]),
    ("inverno", [12, 21, 3, 20]),
];

/// The weekend, in one word or two.
pub(crate) const WEEKEND: &[&[&str]] = &[
    &["weekend"],
    &["week-end"],
    &["finesettimana"],
    &["fine", "settimana"],
];

/// Before a weekend, a holiday or a season without a step or a year: the
/// one the tense picks (`nel weekend`, `a Natale`), not a recurring one
/// (`ogni weekend`).
pub(crate) const NEAREST_CUES: &[&str] = &[
    "a", "al", "alla", "all'", "all’", "da", "dal", "dalla", "dopo", "nel", "nella", "nell'",
    "nell’", "per", "prima", "sino", "verso",
];

/// `gli ultimi tre giorni`, `nei prossimi tre mesi`, `gli scorsi due
/// mesi`: a rolling window before or after the reference, with its
/// direction. `passati` is left out before a count: `sono passati tre
/// giorni` is a length of time.
pub(crate) const ROLLING: &[(&str, i8)] = &[
    ("prossime", 1),
    ("prossimi", 1),
    ("scorse", -1),
    ("scorsi", -1),
    ("ultime", -1),
    ("ultimi", -1),
];

/// After a count and a unit: `i tre giorni scorsi`, `le due settimane
/// passate`.
/// `l'ultima domenica`: the last one before the reference, as `domenica
/// scorsa`.
pub(crate) const LAST_WORDS: &[&str] = &["ultima", "ultimo"];

/// Weekday abbreviations that are also other words (`mar` the sea, `dom`
/// a title): read only with a month (`dom 30 giugno`).
pub(crate) const AMBIGUOUS_WEEKDAYS: &[&str] = &["dom", "dom.", "mar", "mar."];

/// `lunedì di questa settimana`, `giovedì della settimana prossima`.
pub(crate) const WEEK_WORDS: &[&str] = &["settimana"];

/// `successivi` and `precedenti` are left out: they count from a date
/// of the narrative (`nei tre mesi successivi all'approvazione`).
pub(crate) const ROLLING_AFTER: &[(&str, i8)] = &[
    ("passate", -1),
    ("passati", -1),
    ("prossime", 1),
    ("prossimi", 1),
    ("scorse", -1),
    ("scorsi", -1),
];

/// Positions in a period: `il primo martedì di ottobre`, `l'ultimo giorno
/// dell'anno`; -1 is the last.
pub(crate) const NTH: &[(&str, i8)] = &[
    ("prima", 1),
    ("primo", 1),
    ("seconda", 2),
    ("secondo", 2),
    ("terza", 3),
    ("terzo", 3),
    ("quarta", 4),
    ("quarto", 4),
    ("quinta", 5),
    ("quinto", 5),
    ("ultima", -1),
    ("ultimo", -1),
];

/// The day as the item of a position: `il terzo giorno di ottobre`.
pub(crate) const DAY_ITEM: &[&str] = &["giorno"];

/// Between a position and its period: `di ottobre`, `del mese`,
/// `dell'anno`, `di questo mese`.
pub(crate) const OF: &[&str] = &["del", "dell'", "dell’", "di"];

/// `del mese di ottobre`.
pub(crate) const MONTH_WORDS: &[&str] = &["mese"];

/// `della settimana prossima`.
pub(crate) const OF_THE: &[&str] = &["della"];

/// The units a position or part is counted in, singular: `dell'anno`,
/// `fine mese` (`i primi anni` is no date).
pub(crate) const PERIOD_UNITS: &[(&str, CalendarUnit)] =
    &[("anno", CalendarUnit::Year), ("mese", CalendarUnit::Month)];

/// After `anno`, words that make it another year than the calendar's:
/// `l'anno scolastico`, `l'anno accademico`.
pub(crate) const OTHER_YEARS: &[&str] = &[
    "accademico",
    "fiscale",
    "giudiziario",
    "liturgico",
    "luce",
    "sabbatico",
    "scolastico",
    "sociale",
];

/// Parts of a month or year: days 1-10, 11-20, 21-end of a month; months
/// 1-4, 5-8, 9-12 of a year.
pub(crate) const PARTS: &[(&str, u8)] = &[
    ("fine", 2),
    ("inizio", 0),
    ("inizi", 0),
    ("metà", 1),
    ("primi", 0),
];

/// `il primo semestre`, `il terzo trimestre`.
pub(crate) const HALF_WORDS: &[&str] = &["semestre"];

/// `il XX secolo`, `nel II sec. d.C.`.
pub(crate) const CENTURY_WORDS: &[&str] = &["sec.", "secolo"];

/// After a century: the era; before Christ is left out (no year zero to
/// count from in these values).
pub(crate) const AD: &[&str] = &["d.C.", "d.c."];
pub(crate) const BC: &[&str] = &["a.C.", "a.c."];

/// Centuries as ordinal words: `ventunesimo secolo` is 2000.
pub(crate) const CENTURY_ORDINALS: &[(&str, i32)] = &[
    ("quindicesimo", 1400),
    ("sedicesimo", 1500),
    ("diciassettesimo", 1600),
    ("diciottesimo", 1700),
    ("diciannovesimo", 1800),
    ("ventesimo", 1900),
    ("ventunesimo", 2000),
    ("ventiduesimo", 2100),
];

/// `prima del 20 aprile`: the range before a date, and the links after the
/// word.
pub(crate) const BEFORE: &[&str] = &["prima"];
pub(crate) const BEFORE_LINKS: &[&str] = &["del", "dell'", "dell’", "della", "di"];

/// `dopo il 20 aprile`.
pub(crate) const AFTER: &[&str] = &["dopo"];
pub(crate) const AFTER_LINKS: &[&str] = &["il", "l'", "l’", "la", "lo"];

/// `entro il 15 luglio`, `entro venerdì`, with the optional article.
pub(crate) const BY: &[&str] = &["entro"];
pub(crate) const BY_ARTICLES: &[&str] = &["il", "l'", "l’", "la", "lo"];

/// `entro la fine del mese`, `entro fine anno`: the end of a unit.
pub(crate) const END_WORDS: &[&str] = &["fine"];

/// The articles `dal` becomes before a weekday when it means every one:
/// `dal lunedì al venerdì` is opening hours, not a range of dates.
pub(crate) const FROM_EVERY: &[&str] = &["dal"];

/// Before a two-digit decade without an apostrophe: `negli anni 70`.
pub(crate) const BEFORE_BARE_DECADE: &[&str] = &["agli", "degli", "dagli", "negli", "sugli"];

/// `nella giornata di giovedì`: a weekday after `di` that names a day.
pub(crate) const DAY_NOUNS: &[&str] = &["giornata", "giorno", "mattinata", "serata"];

/// Before `il` and a day number alone, words that make it a date: `entro
/// il 27`, `per il 27`, `fino al 15`.
pub(crate) const BARE_DAY_CUES: &[&str] = &["da", "dopo", "entro", "fino", "per", "prima"];

/// The links before a day alone at an end of a range, which carry an
/// article (`dal 20.`, `entro il 27`; not `conta fino a dieci`).
pub(crate) const BARE_DAY_LINKS: &[&str] = &[
    "al", "all'", "all’", "dal", "dall'", "dall’", "del", "dell'", "dell’", "il", "l'", "l’",
];

/// Tokens that close a clause after a day number alone (`tornerò il 15.`):
/// what follows is no noun (`il 15 per cento`).
pub(crate) const CLAUSE_ENDS: &[&str] = &["!", ")", ",", ".", ":", ";", "?", "…"];

/// Joining the days of a list: `il 20, 21 e 22 aprile`.
pub(crate) const LIST_LINKS: &[&str] = &[",", "e"];

/// What a word does to the compound tenses around it: the words that
/// make a compound past with a participle, and those that may stand
/// between the two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CompoundWord {
    /// A form of `avere` (`ha firmato`, `avrebbe venduto`): past with any
    /// participle.
    Have,
    /// A form of `essere`: past with the participle of a verb of motion or
    /// change (`è arrivato`, `sono cresciute`), with any participle after a
    /// reflexive pronoun (`si è dimesso`), and with `stato`; without these
    /// it is present (`è previsto`).
    Be,
    /// `stato` and its forms: a past after a form of `essere` (`è stata
    /// approvata`, `è stato un giovedì`).
    Been,
    /// A pronoun that makes `essere` a reflexive auxiliary.
    Reflexive,
    /// An adverb that may stand between an auxiliary and its participle
    /// (`è già stato`, `ha appena firmato`).
    Between,
}

/// The part `w` (lowercase) plays in a compound tense, if any.
pub(crate) fn compound_word(w: &str) -> Option<CompoundWord> {
    // Every such word has two to thirteen bytes: most tokens stop here.
    if !(2..=13).contains(&w.len()) {
        return None;
    }
    Some(match w {
        "abbia" | "abbiamo" | "abbiano" | "avesse" | "avessero" | "avete" | "aveva" | "avevano"
        | "avevo" | "avrebbe" | "avrebbero" | "ha" | "hai" | "hanno" | "ho" => CompoundWord::Have,
        "era" | "erano" | "ero" | "fosse" | "fossero" | "sarebbe" | "sarebbero" | "sei" | "sia"
        | "siamo" | "siano" | "siete" | "sono" | "è" => CompoundWord::Be,
        "stata" | "state" | "stati" | "stato" => CompoundWord::Been,
        "ci" | "mi" | "si" | "ti" | "vi" => CompoundWord::Reflexive,
        "anche" | "appena" | "finalmente" | "già" | "infatti" | "mai" | "ormai" | "poi"
        | "sempre" | "ufficialmente" => CompoundWord::Between,
        _ => return None,
    })
}

/// Endings of regular past participles.
pub(crate) const PARTICIPLE_ENDINGS: &[&str] = &[
    "ata", "ate", "ati", "ato", "ita", "ite", "iti", "ito", "uta", "ute", "uti", "uto",
];

/// Irregular past participles, masculine singular (the other forms change
/// the last vowel): `morto`, `messo`, `fatto`.
pub(crate) const IRREGULAR_PARTICIPLES: &[&str] = &[
    "accaduto",
    "accolto",
    "aggiunto",
    "aperto",
    "apparso",
    "assunto",
    "chiesto",
    "chiuso",
    "commesso",
    "composto",
    "compreso",
    "concesso",
    "concluso",
    "condotto",
    "corso",
    "deciso",
    "detto",
    "difeso",
    "dimesso",
    "discusso",
    "diviso",
    "eletto",
    "emerso",
    "escluso",
    "esploso",
    "espresso",
    "fatto",
    "giunto",
    "imposto",
    "incluso",
    "letto",
    "messo",
    "morto",
    "mosso",
    "nato",
    "offerto",
    "perso",
    "posto",
    "preso",
    "prodotto",
    "promesso",
    "proposto",
    "raggiunto",
    "ridotto",
    "rimasto",
    "rimosso",
    "ripreso",
    "risposto",
    "rotto",
    "scelto",
    "sceso",
    "scomparso",
    "scoperto",
    "scritto",
    "sospeso",
    "speso",
    "successo",
    "tolto",
    "ucciso",
    "visto",
    "vinto",
    "vissuto",
];

/// Stems of the participles that take `essere` in the compound past:
/// verbs of motion and change, the common ones of news text (`è morto`,
/// `sono cresciute`, `è nato`). The last vowel is left out.
pub(crate) const MOTION_PARTICIPLE_STEMS: &[&str] = &[
    "accadut",
    "andat",
    "appars",
    "arrivat",
    "aumentat",
    "avvenut",
    "cadut",
    "calat",
    "capitat",
    "cominciat",
    "costat",
    "cresciut",
    "crollat",
    "decedut",
    "diminuit",
    "diventat",
    "divenut",
    "durat",
    "emers",
    "entrat",
    "esplos",
    "fallit",
    "finit",
    "fuggit",
    "giunt",
    "iniziat",
    "mort",
    "nat",
    "partit",
    "passat",
    "restat",
    "riapert",
    "rientrat",
    "rimast",
    "riuscit",
    "salit",
    "scadut",
    "scattat",
    "scesa",
    "sces",
    "scompars",
    "scoppiat",
    "sparit",
    "success",
    "terminat",
    "tornat",
    "uscit",
    "venut",
    "vissut",
];

/// Irregular passato remoto forms of the third person, the ones news and
/// history write (`si dimise`, `nacque`, `vinse`), sorted for a binary
/// search. Forms that are also frequent nouns (`chiese`, `corse`, `mosse`)
/// are left out.
pub(crate) const IRREGULAR_REMOTE_PAST: &[&str] = &[
    "accadde",
    "apparve",
    "cadde",
    "chiuse",
    "chiusero",
    "condusse",
    "conobbe",
    "crebbe",
    "decise",
    "decisero",
    "diede",
    "diedero",
    "dimise",
    "dimisero",
    "disse",
    "dissero",
    "ebbe",
    "ebbero",
    "elesse",
    "fece",
    "fecero",
    "giunse",
    "giunsero",
    "lesse",
    "mise",
    "misero",
    "morì",
    "nacque",
    "nacquero",
    "ottenne",
    "perse",
    "persero",
    "prese",
    "presero",
    "produsse",
    "rimase",
    "rimasero",
    "rispose",
    "ruppe",
    "scelse",
    "scelsero",
    "sconfisse",
    "scrisse",
    "scrissero",
    "seppe",
    "stette",
    "tenne",
    "uccise",
    "uccisero",
    "venne",
    "vennero",
    "vinse",
    "vinsero",
    "visse",
    "volle",
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
    "edizione",
    "stagione",
    "targata",
    "targato",
    "questo",
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
    if !matches!(
        last,
        b'a' | b'e' | b'i' | b'o' | b'u' | 0xA0 | 0xA8 | 0xAC | 0xB2
    ) {
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
        "ciò", "perciò", "però", "può", "cava", "lava", "nava", "java", "arriva", "arrivano",
        "deriva", "derivano", "riva", "viva",
    ]
    .iter()
    .any(|x| x.as_bytes() == w)
    {
        return None;
    }
    if IRREGULAR_REMOTE_PAST
        .binary_search_by(|x| x.as_bytes().cmp(w))
        .is_ok()
    {
        return Some(TenseCue::Past);
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
        // `partì`, `morì`, `colpì`; not the weekdays (`lunedì`) nor `così`.
        0xAC if w.ends_with("ì".as_bytes())
            && n > 4
            && !w.ends_with("dì".as_bytes())
            && w != "così".as_bytes() =>
        {
            Some(TenseCue::Past)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remote_past_table_is_sorted() {
        assert!(IRREGULAR_REMOTE_PAST.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn tense_cues() {
        for (word, cue) in [
            ("firmò", Some(TenseCue::Past)),
            ("dimise", Some(TenseCue::Past)),
            ("Nacque", Some(TenseCue::Past)),
            ("morì", Some(TenseCue::Past)),
            ("lunedì", None),
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

// Times of day.

/// A part of the day, a range of hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DayPart {
    /// 04:00 to 11:00.
    Morning,
    /// 12:00 to 18:00.
    Afternoon,
    /// 18:00 to 23:00.
    Evening,
    /// 00:00 to 03:00 of the day after.
    Night,
}

/// Parts of the day after a day (`domani sera`, `martedì mattina`) or
/// `questa` (`questa sera`).
pub(crate) const DAY_PART_WORDS: &[(&str, DayPart)] = &[
    ("mattina", DayPart::Morning),
    ("mattinata", DayPart::Morning),
    ("mattino", DayPart::Morning),
    ("notte", DayPart::Night),
    ("nottata", DayPart::Night),
    ("pomeriggio", DayPart::Afternoon),
    ("sera", DayPart::Evening),
    ("serata", DayPart::Evening),
];

/// A day's part in one word, with the day's offset from today:
/// `stasera`, `domattina`.
pub(crate) const ONE_WORD_DAY_PARTS: &[(&str, (i64, DayPart))] = &[
    ("domattina", (1, DayPart::Morning)),
    ("stamane", (0, DayPart::Morning)),
    ("stamani", (0, DayPart::Morning)),
    ("stamattina", (0, DayPart::Morning)),
    ("stanotte", (0, DayPart::Night)),
    ("stasera", (0, DayPart::Evening)),
];

/// Before a part of the day, on the day the text is about or the day
/// named before (`in serata`, `domani in mattinata`, `nella notte di
/// domani`); never the generic `la sera`.
pub(crate) const IN_PART: &[&str] = &["in", "nel", "nella"];

/// Between a time or a part of the day and its day: `alle 9 di sabato`,
/// `13:30 del 21 settembre`, `nella mattinata di lunedì`.
pub(crate) const OF_DAY: &[&str] = &["del", "dell'", "dell’", "della", "di"];

/// Before a part of the day after a time: `le 8 di sera`, `le 3 del
/// pomeriggio`.
pub(crate) const DAY_PART_LINKS: &[&str] = &["del", "della", "di"];

/// Times of day named by a word, with their hour: midnight is the 24th
/// hour, the first of the next day.
pub(crate) const CLOCK_WORDS: &[(&str, u8)] = &[("mezzanotte", 24), ("mezzogiorno", 12)];

/// Hours in words, which a time of day may begin with (`alle otto`, `le
/// tre e un quarto`, `all'una`).
pub(crate) const HOUR_WORDS: &[&str] = &[
    "cinque",
    "diciannove",
    "diciassette",
    "diciotto",
    "dieci",
    "dodici",
    "due",
    "nove",
    "otto",
    "quattordici",
    "quattro",
    "quindici",
    "sedici",
    "sei",
    "sette",
    "tre",
    "tredici",
    "una",
    "undici",
    "venti",
    "ventidue",
    "ventiquattro",
    "ventitre",
    "ventitré",
    "ventuno",
];

/// Before a time of day alone, left out of its span: `alle 17:30`, `ore
/// 17`, `h 17`, `all'una`, `verso le 8`.
pub(crate) const CLOCK_CUES: &[&str] = &["all'", "all’", "alle", "h", "l'", "l’", "le", "ore"];

/// Before a time of day's cue, and part of the phrase: `alle ore 9`.
pub(crate) const CLOCK_CUE_HOURS: &[&str] = &["ore"];

/// `e un quarto`, `e mezza`, `meno dieci`: minutes after or before the
/// hour, as words; numbers of minutes are read as numbers.
pub(crate) const CLOCK_MINUTE_WORDS: &[&[&str]] = &[
    &["mezza"],
    &["mezzo"],
    &["un", "quarto"],
    &["tre", "quarti"],
];
pub(crate) const CLOCK_MINUTE_VALUES: &[u8] = &[30, 30, 15, 45];
pub(crate) const CLOCK_PLUS: &[&str] = &["e"];
/// After the minutes of a time: `le otto e 30 minuti`.
pub(crate) const CLOCK_MINUTE_UNITS: &[&str] = &["min", "min.", "minuti", "minuto"];
pub(crate) const CLOCK_MINUS: &[&str] = &["meno"];

/// After a time of day, part of it: `alle 9 in punto`, `alle 9 precise`.
pub(crate) const CLOCK_EXACT: &[&[&str]] = &[&["in", "punto"], &["precise"], &["esatte"]];

/// Time ranges: `dalle 9 alle 13`, `tra le 9 e le 11`, and open ones.
pub(crate) const CLOCK_FROM: &[&str] = &["dall'", "dall’", "dalla", "dalle"];
pub(crate) const CLOCK_TO: &[&str] = &["all'", "all’", "alla", "alle"];
pub(crate) const CLOCK_BETWEEN_ARTICLES: &[&str] = &["l'", "l’", "le"];
pub(crate) const CLOCK_BEFORE: &[&str] = &["dell'", "dell’", "delle"];

/// Words a bare hour after `alle` may be followed by and stay a time:
/// punctuation aside, words that begin a new phrase (`alle 10 il
/// sindaco`, `alle 8 e mezza`), not a noun counted by it (`alle 10
/// regioni`).
pub(crate) const AFTER_BARE_HOUR: &[&str] = &[
    "a", "ad", "al", "all'", "all’", "alla", "alle", "c'", "c’", "che", "ci", "circa", "con", "da",
    "dal", "dalla", "dalle", "del", "della", "di", "e", "ed", "gli", "i", "il", "in", "l'", "l’",
    "la", "le", "lo", "ma", "mi", "ne", "nel", "nella", "o", "per", "presso", "si", "su", "sul",
    "sulla", "ti", "tra", "fra", "un", "un'", "un’", "una", "uno", "vi",
];

/// Minutes from now: `tra un'ora`, `mezz'ora fa`; and now itself.
pub(crate) const NOW: &[&str] = &["adesso"];
/// `in questo momento`: now; the span leaves out `in`.
pub(crate) const MOMENT: &[&str] = &["momento"];

/// Words before `le` that make a bare hour after it a time: `verso le 8`,
/// `sono le 8`.
pub(crate) const CLOCK_LE_LEADS: &[&str] = &["circa", "erano", "saranno", "sono", "verso"];

/// `alle 17:30`, `a mezzogiorno`: what joins a time of day to its day
/// (`domani alle 9`) or stands before it alone.
pub(crate) const CLOCK_AT: &[&str] = &["a", "alle", "all'", "all’", "h", "ore", "verso"];

/// Before a named time in an open range: `fino a mezzanotte`, `prima di
/// mezzanotte`.
pub(crate) const CLOCK_NAMED_LINKS: &[&str] = &["a", "di"];

/// The articles of `entro le`, `fino alle`, `prima delle`, `dopo le`:
/// what may follow the first word of an open time range (each word's own
/// are checked by its reader).
pub(crate) const CLOCK_OPEN_LINKS: &[&str] = &[
    "all'", "all’", "alle", "dell'", "dell’", "delle", "l'", "l’", "le",
];
