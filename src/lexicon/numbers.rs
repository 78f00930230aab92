//! Italian number words, written from Italian grammar.
//!
//! Cardinals are built from a few atoms: units, the teens, the tens (whose
//! final vowel drops before `uno` and `otto`: `ventuno`, `trentotto`),
//! `cento` (whose `o` drops before `otto` and `ottanta`: `centottanta`),
//! `mille`/`mila`, and the separate words `milione` and `miliardo`. Ordinals
//! are irregular up to `decimo` and then the cardinal without its last vowel
//! plus `-esimo` (`undicesimo`, `ventitreesimo`). The tables here hold the
//! atoms; `numbers::words` holds the grammar.

use super::{HeadSet, StartSet};

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

/// Words that multiply the number before them inside one word
/// (`duecento`, `tremila`, `mille`).
pub(crate) const MULTIPLIERS: &[&str] = &["cento", "mila", "mille"];

/// A half: `metà` alone, `mezzo` and `mezza` before a measure or after `e`.
pub(crate) const HALVES: &[&str] = &["metà", "mezza", "mezzo"];

/// `metà`: a half by itself (`la metà`).
pub(crate) const HALF: &[&str] = &["metà"];

/// `mezzo`, `mezza`: a half of what follows (`mezzo litro`), or the half
/// after `e` (`due milioni e mezzo`).
pub(crate) const HALF_OF_NEXT: &[&str] = &["mezza", "mezzo"];

/// The endings of an ordinal: `primo`, `prima`, `primi`, `prime`.
pub(crate) const ORDINAL_ENDINGS: &[&str] = &["a", "e", "i", "o"];

const SMALL_WORDS: [&str; SMALL.len()] = super::keys(SMALL);
const ORDINAL_STEM_WORDS: [&str; ORDINAL_STEMS.len()] = super::keys(ORDINAL_STEMS);
const SCALE_WORDS: [&str; SCALES.len()] = super::keys(SCALES);
const TEN_STEMS: [&str; TENS.len()] = {
    let mut out = [""; TENS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = TENS[i].0;
        i += 1;
    }
    out
};

/// Which words may begin a number word, by their first three letters:
/// built from the atoms above, which every number word begins with (a
/// unit, a ten, `cento`, `mille`, an ordinal stem, a scale, a half).
pub(crate) const NUMBER_WORD_STARTS: StartSet = StartSet::EMPTY
    .with_words(&SMALL_WORDS)
    .with_prefixes(&SMALL_WORDS)
    .with_prefixes(&TEN_STEMS)
    .with_prefixes(&ORDINAL_STEM_WORDS)
    .with_words(&SCALE_WORDS)
    .with_prefixes(&SCALE_WORDS)
    .with_prefixes(MULTIPLIERS)
    .with_words(HALVES)
    .with_prefixes(HALVES);

/// The finer test after [`NUMBER_WORD_STARTS`]: the first four letters of
/// the atoms, and of the compounds of a three-letter atom (`duec`-ento,
/// `trem`-ila, `non`-o).
pub(crate) const NUMBER_WORD_HEADS: HeadSet = HeadSet::EMPTY
    .with_words(&SMALL_WORDS)
    .with_words(&TEN_STEMS)
    .with_words(&ORDINAL_STEM_WORDS)
    .with_words(&SCALE_WORDS)
    .with_words(MULTIPLIERS)
    .with_words(HALVES)
    .with_joined(&SMALL_WORDS, MULTIPLIERS)
    .with_joined(&ORDINAL_STEM_WORDS, ORDINAL_ENDINGS);

/// The ordinals that `un` makes a fraction of (`un terzo`, `un
/// centesimo`): three to ten, a hundred and a thousand, singular.
pub(crate) const UNIT_FRACTIONS: &[&str] = &[
    "centesima",
    "centesimo",
    "decima",
    "decimo",
    "millesima",
    "millesimo",
    "nona",
    "nono",
    "ottava",
    "ottavo",
    "quarta",
    "quarto",
    "quinta",
    "quinto",
    "sesta",
    "sesto",
    "settima",
    "settimo",
    "terza",
    "terzo",
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
    ("zloty", "PLN", 0),
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

/// Words after which a number is a label, not a quantity: article,
/// chapter and paragraph numbers, laws and rulings, pages, phone numbers,
/// postcodes, flights, platforms, versions, television channels (`art.
/// 21`, `capitolo 3`, `comma 3`, `n. 300`, `CAP 00185`, `binario 3`, `Rai
/// 1`).
/// Lowercase, without a final period.
pub(crate) const LABELS: &[&str] = &[
    "art",
    "articoli",
    "articolo",
    "artt",
    "binario",
    "c",
    "canale",
    "cap",
    "capitoli",
    "capitolo",
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
    "rai",
    "rete",
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

/// The articles `un`, `una`, `uno`: one only inside a larger expression
/// (`un milione`, `un terzo`, `un anno fa`) or as a pronoun (`ne è rimasto
/// uno`).
pub(crate) const ONE: &[&str] = &["un", "una", "uno"];

/// The indefinite articles, elided or not: not number words by their
/// shape ([`Start::NumberWords`](crate::start::Start)), so that a rule
/// they may begin names them, and the many `un` of a text try only those
/// rules.
pub(crate) const INDEFINITE_ARTICLES: &[&str] = &["un", "un'", "un’", "una", "uno"];

/// Whether `word`, of three bytes or fewer, is a number word: a test of
/// its first bytes cannot tell those from other short words.
pub(crate) fn is_short_number_word(word: &str) -> bool {
    crate::lexicon::contains_ignore_ascii_case(SHORT_NUMBER_WORDS, word)
        && !is_indefinite_article(word)
}

/// Whether `word` is an indefinite article, ASCII case ignored.
pub(crate) fn is_indefinite_article(word: &str) -> bool {
    word.len() <= 5
        && matches!(word.as_bytes().first(), Some(b'u' | b'U'))
        && crate::lexicon::contains_ignore_ascii_case(INDEFINITE_ARTICLES, word)
}

/// The number words of three bytes or fewer, which a test of the first
/// bytes cannot tell from other short words.
pub(crate) const SHORT_NUMBER_WORDS: &[&str] =
    &["due", "sei", "tre", "un", "un'", "un’", "una", "uno"];

/// The articles that are a pronoun, a number, before some words (`uno
/// dei feriti`, `ne è rimasto uno`).
pub(crate) const PRONOUN_ONE: &[&str] = &["una", "uno"];

/// Words after which `uno`/`una` is a pronoun, a number (`uno dei
/// feriti`), rather than an article.
pub(crate) const PRONOUN_FOLLOWERS: &[&str] = &["dei", "degli", "delle", "di", "fra", "su", "tra"];

/// The cardinal that is also a form of `essere` (`sei stato`).
pub(crate) const VERB_CARDINALS: &[&str] = &["sei"];

/// Signs of a percentage after the number: `3,5%`, `3 percento`.
pub(crate) const PERCENT_SIGNS: &[&str] = &["%", "percento"];

/// A percentage in two words: `tre per cento`.
pub(crate) const PERCENT_WORDS: &[&str] = &["per", "cento"];

/// Between a scale word and a currency: `10 milioni di euro`.
pub(crate) const SCALE_OF: &[&str] = &["di"];

/// Currency words that a second word may qualify, and those words:
/// `franchi svizzeri`.
pub(crate) const QUALIFIED_CURRENCIES: &[&str] = &["franchi", "franco"];

/// See [`QUALIFIED_CURRENCIES`].
pub(crate) const CURRENCY_QUALIFIERS: &[&str] = &["svizzeri", "svizzero"];

/// Between the two bounds of a range whose unit follows the second: `da 87
/// a 344 euro`, `tra il 3 e il 5%`, `10-12%`.
pub(crate) const RANGE_LINKS: &[&str] = &["-", "a", "al", "all'", "e"];

/// The article that may stand before the second bound: `tra il 3 e il 5%`.
pub(crate) const RANGE_ARTICLES: &[&str] = &["il", "l'"];

/// `e` before a half (`tre e mezzo`).
pub(crate) const AND: &[&str] = &["e"];

/// `tre virgola cinque`: the digits after the comma, in words.
pub(crate) const COMMA: &[&str] = &["virgola"];

/// Words before which `mezzo` is a means or a middle, not a half (`un
/// mezzo`, `in mezzo`).
pub(crate) const NOT_BEFORE_HALF: &[&str] = &["in", "un"];

/// Number words that are a verb, a noun or a time after some words (`tu
/// sei`, `le sette`, `i venti`): see [`NOT_BEFORE_AMBIGUOUS`].
pub(crate) const AMBIGUOUS_CARDINALS: &[&str] = &["sei", "sette", "venti"];

/// Words after which `sei` is the verb (`sei stato`, `sei già`).
pub(crate) const AFTER_SEI_VERB: &[&str] = &[
    "ancora", "davvero", "già", "il", "la", "lo", "mai", "proprio", "qui", "sempre", "sola",
    "solo", "stata", "stato", "tu", "un", "una",
];

/// Ordinals that are other words unless a determiner comes before them:
/// `secondo` "according to", `prima` "before", `centesimi` of a euro
/// (`il secondo tempo`, `la prima volta`).
pub(crate) const ORDINALS_AFTER_DETERMINERS: &[&str] =
    &["centesimi", "centesimo", "prima", "secondi", "secondo"];

/// `a seconda di` "depending on": `seconda` after `a` is no ordinal.
pub(crate) const NOT_ORDINAL_AFTER: &[(&str, &str)] = &[("seconda", "a")];

/// Roman numerals that are also words or acronyms (`MI`, `DI`, `VI`,
/// `XL`), numbers only after a label (`capitolo VI`), not after a name.
pub(crate) const ROMAN_WORDS: &[&str] = &[
    "C", "CC", "CD", "CI", "CIV", "CL", "CV", "D", "DC", "DI", "DIV", "DL", "DM", "I", "L", "LI",
    "LIV", "M", "MC", "MD", "MI", "MIL", "MIX", "MM", "V", "VI", "X", "XL", "XXL",
];

#[cfg(test)]
pub(super) const TABLES: &[&[&str]] = &[
    MULTIPLIERS,
    HALVES,
    ONE,
    RANGE_LINKS,
    AMBIGUOUS_CARDINALS,
    AFTER_SEI_VERB,
    ORDINALS_AFTER_DETERMINERS,
    LABELS,
    TIME_CUES,
    HALF_OF,
    NOT_BEFORE_AMBIGUOUS,
    ROMAN_BEFORE,
    ROMAN_AFTER,
    ORDINAL_DETERMINERS,
];
