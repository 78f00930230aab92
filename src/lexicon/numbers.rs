//! Italian number words, written from Italian grammar.
//!
//! Cardinals are built from a few atoms: units, the teens, the tens (whose
//! final vowel drops before `uno` and `otto`: `ventuno`, `trentotto`),
//! `cento` (whose `o` drops before `otto` and `ottanta`: `centottanta`),
//! `mille`/`mila`, and the separate words `milione` and `miliardo`. Ordinals
//! are irregular up to `decimo` and then the cardinal without its last vowel
//! plus `-esimo` (`undicesimo`, `ventitreesimo`). The tables here hold the
//! atoms; `numbers::words` holds the grammar.

/// Units and teens, 0 to 19, lowercase, with their value. `tré` is the
/// written accent of `tre` at the end of a compound (`ventitré`); `un` and
/// `una` are `uno` before a noun (`ventun anni`).
pub(crate) const SMALL: &[(&str, u32)] = &[
    ("zero", 0),
    ("uno", 1),
    ("un", 1),
    ("una", 1),
    ("due", 2),
    ("tre", 3),
    ("tré", 3),
    ("quattro", 4),
    ("cinque", 5),
    ("sei", 6),
    ("sette", 7),
    ("otto", 8),
    ("nove", 9),
    ("dieci", 10),
    ("undici", 11),
    ("dodici", 12),
    ("tredici", 13),
    ("quattordici", 14),
    ("quindici", 15),
    ("sedici", 16),
    ("diciassette", 17),
    ("diciotto", 18),
    ("diciannove", 19),
];

/// The tens without their final vowel, and that vowel (`venti`, `trenta`).
pub(crate) const TENS: &[(&str, char, u32)] = &[
    ("vent", 'i', 20),
    ("trent", 'a', 30),
    ("quarant", 'a', 40),
    ("cinquant", 'a', 50),
    ("sessant", 'a', 60),
    ("settant", 'a', 70),
    ("ottant", 'a', 80),
    ("novant", 'a', 90),
];

/// The irregular ordinals, masculine singular stems (`prim` + `o a i e`).
pub(crate) const ORDINAL_STEMS: &[(&str, u32)] = &[
    ("prim", 1),
    ("second", 2),
    ("terz", 3),
    ("quart", 4),
    ("quint", 5),
    ("sest", 6),
    ("settim", 7),
    ("ottav", 8),
    ("non", 9),
    ("decim", 10),
];

/// The first three letters of every number word, ordinal and `mezzo`/`metà`
/// of four letters or more: a word that begins otherwise cannot begin a
/// number, and the extractor passes over it at once.
pub(crate) const NUMBER_PREFIXES: &[&str] = &[
    "bil", "cen", "cin", "dec", "dic", "die", "dod", "due", "met", "mez", "mil", "non", "nov",
    "ott", "pri", "qua", "qui", "sec", "sed", "sei", "ses", "set", "ter", "tre", "una", "und",
    "uno", "ven", "zer",
];

/// The first four letters of every number word, ordinal, scale word and
/// `mezzo` of four letters or more: a second, finer test after
/// [`NUMBER_PREFIXES`] (`quattro` passes, `quando` does not).
pub(crate) const NUMBER_HEADS: &[&str] = &[
    "bili", "cent", "cinq", "deci", "dici", "diec", "dodi", "duec", "duem", "mezz", "mila", "mili",
    "mill", "nona", "none", "noni", "nono", "nova", "nove", "otta", "otto", "prim", "quad", "quar",
    "quat", "quin", "seco", "sedi", "seic", "seim", "sess", "sest", "sett", "terz", "trec", "tred",
    "trem", "tren", "undi", "vent", "zero",
];

/// Words that multiply what comes before them, with the power of ten, and
/// their abbreviations in news writing (`2 mln`, `5 mld`).
pub(crate) const SCALES: &[(&str, u32)] = &[
    ("mila", 3),
    ("milione", 6),
    ("milioni", 6),
    ("mln", 6),
    ("miliardo", 9),
    ("miliardi", 9),
    ("mld", 9),
    ("mldi", 9),
    ("bilione", 12),
    ("bilioni", 12),
];

/// Currency words and signs, with their ISO 4217 code and the power of ten
/// of their unit (`centesimi` are hundredths of a euro). Lowercase; the
/// codes themselves (`EUR`, `USD`) are matched in capitals.
pub(crate) const CURRENCIES: &[(&str, &str, i32)] = &[
    ("$", "USD", 0),
    ("centesimi", "EUR", -2),
    ("centesimo", "EUR", -2),
    ("chf", "CHF", 0),
    ("cent", "EUR", -2),
    ("dollari", "USD", 0),
    ("dollaro", "USD", 0),
    ("eur", "EUR", 0),
    ("euro", "EUR", 0),
    ("franchi", "CHF", 0),
    ("franco", "CHF", 0),
    ("gbp", "GBP", 0),
    ("jpy", "JPY", 0),
    ("lira", "ITL", 0),
    ("lire", "ITL", 0),
    ("rubli", "RUB", 0),
    ("rublo", "RUB", 0),
    ("sterlina", "GBP", 0),
    ("sterline", "GBP", 0),
    ("usd", "USD", 0),
    ("yen", "JPY", 0),
    ("yuan", "CNY", 0),
    ("£", "GBP", 0),
    ("¥", "JPY", 0),
    ("€", "EUR", 0),
];

/// Denominators of fractions in words, plural forms (`due terzi`, `tre
/// quarti`); the singular is the ordinal (`un terzo`).
pub(crate) const FRACTION_PLURALS: &[(&str, u32)] = &[
    ("decimi", 10),
    ("millesimi", 1000),
    ("noni", 9),
    ("ottavi", 8),
    ("quarti", 4),
    ("quinti", 5),
    ("sesti", 6),
    ("settimi", 7),
    ("terzi", 3),
];

/// Words after which a number is a label, not a quantity: article and
/// paragraph numbers, laws and rulings, pages, phone numbers, postcodes,
/// flights, platforms, versions (`art. 21`, `comma 3`, `n. 300`, `CAP
/// 00185`, `binario 3`).
/// Lowercase, without a final period.
pub(crate) const LABELS: &[&str] = &[
    "art",
    "articoli",
    "articolo",
    "artt",
    "binario",
    "c",
    "cap",
    "cell",
    "civico",
    "comma",
    "commi",
    "d.lgs",
    "d.p.r",
    "dlgs",
    "dpr",
    "fax",
    "gate",
    "interno",
    "isbn",
    "issn",
    "l",
    "legge",
    "lettera",
    "matricola",
    "n",
    "nn",
    "no",
    "nr",
    "num",
    "numero",
    "p",
    "pag",
    "pagg",
    "pagina",
    "pagine",
    "par",
    "paragrafo",
    "pp",
    "prot",
    "protocollo",
    "rg",
    "sentenza",
    "tel",
    "telefono",
    "terminal",
    "v",
    "ver",
    "versione",
    "volo",
];

/// Words after which a small number is a time of day (`alle 14`, `dalle 9`,
/// `ore 7.45`).
pub(crate) const TIME_CUES: &[&str] = &[
    "all", "alle", "dall", "dalle", "h", "hh", "le", "ore", "sull", "sulle", "verso",
];

/// Words that may follow `mezzo`/`mezza` when it means a half of a measure
/// (`mezzo litro`), not a means (`un mezzo di trasporto`).
pub(crate) const HALF_OF: &[&str] = &[
    "bicchiere",
    "bottiglia",
    "chilo",
    "chilogrammo",
    "chilometro",
    "cucchiaio",
    "dose",
    "dozzina",
    "etto",
    "giornata",
    "giorno",
    "kg",
    "km",
    "litro",
    "metro",
    "minuto",
    "ora",
    "pagina",
    "porzione",
    "punto",
    "secolo",
    "tazza",
];

/// Words after which `sei`, `sette` or `venti` is a verb, a noun or a time
/// rather than a number (`non sei`, `le sette`, `i venti`).
pub(crate) const NOT_BEFORE_AMBIGUOUS: &[&str] = &[
    "ai", "alle", "che", "chi", "ci", "coi", "come", "dai", "dalle", "dei", "delle", "dove", "gli",
    "i", "le", "lo", "ma", "mi", "ne", "nei", "nelle", "non", "perché", "quando", "se", "sui",
    "sulle", "ti", "tu",
];

/// Words that show a following roman numeral is a number (`capitolo IV`),
/// and the ones that follow it (`XXI secolo`).
pub(crate) const ROMAN_BEFORE: &[&str] = &[
    "atto", "canto", "capitolo", "libro", "parte", "scena", "secolo", "tomo", "vol", "volume",
];

/// See [`ROMAN_BEFORE`].
pub(crate) const ROMAN_AFTER: &[&str] = &["sec", "secoli", "secolo"];

/// Determiners before which `secondo` and `prima` are ordinals (`il
/// secondo tempo`, `la prima volta`) rather than "according to" and
/// "before". `un secondo` is a moment, so `un` is not here.
pub(crate) const ORDINAL_DETERMINERS: &[&str] = &[
    "agli", "ai", "al", "alla", "alle", "dal", "dalla", "dalle", "dei", "del", "della", "delle",
    "gli", "i", "il", "la", "le", "lo", "nei", "nel", "nella", "nelle", "quel", "quella", "questa",
    "questo", "sua", "sul", "sulla", "suo", "una",
];

#[cfg(test)]
pub(super) const TABLES: &[&[&str]] = &[
    NUMBER_PREFIXES,
    NUMBER_HEADS,
    LABELS,
    TIME_CUES,
    HALF_OF,
    NOT_BEFORE_AMBIGUOUS,
    ROMAN_BEFORE,
    ROMAN_AFTER,
    ORDINAL_DETERMINERS,
];
