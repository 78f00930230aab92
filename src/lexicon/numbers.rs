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

/// `bytes` start with the abbreviation of a scale glued to a number
/// (`12mld`, `39mln`, `2mldi`), which stands apart from it; `150mila` is
/// the numeral written as one word and stays whole.
pub(crate) fn is_glued_scale(bytes: &[u8]) -> bool {
    let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let word = &bytes[..letters];
    (word.eq_ignore_ascii_case(b"mln") || word.eq_ignore_ascii_case(b"mld"))
        || word.eq_ignore_ascii_case(b"mldi")
}

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
/// postcodes, flights, platforms, versions, television channels, figures,
/// tables and sections (`art. 21`, `capitolo 3`, `comma 3`, `n. 300`, `CAP
/// 00185`, `binario 3`, `Rai 1`, `Figura 12`, `tab. 3`).
/// Lowercase, without a final period.
pub(crate) const LABELS: &[&str] = &[
    "allegato",
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
    "fig",
    "figura",
    "figure",
    "gate",
    "interno",
    "isbn",
    "issn",
    "l",
    "legge",
    "lettera",
    "matricola",
    "mod",
    "modello",
    "modulo",
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
    "provinciale",
    "rai",
    "regionale",
    "rete",
    "rg",
    "sentenza",
    "sezione",
    "statale",
    "tab",
    "tabella",
    "tabelle",
    "tav",
    "tavola",
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

/// `per` in `tre per cento`, `due per mille`.
pub(crate) const PER: &[&str] = &["per"];

/// `cento` in `tre per cento`.
pub(crate) const HUNDRED: &[&str] = &["cento"];

/// `mille` in `due per mille`, a tenth of a percent.
pub(crate) const THOUSAND: &[&str] = &["mille"];

/// The per-mille sign: `3‰` is 0.3 percent.
pub(crate) const PER_MILLE_SIGN: &str = "‰";

/// Words that may follow the cents of an amount written without a cents
/// word (`3 euro e 50 al chilo`), where a noun would make the number a
/// count of its own (`3 euro e 50 persone`).
pub(crate) const AFTER_CENTS: &[&str] = &[
    "a", "al", "alla", "cad", "ciascuno", "con", "e", "il", "in", "la", "ma", "o", "ogni", "per",
];

/// Between a scale word and a currency: `10 milioni di euro`.
pub(crate) const SCALE_OF: &[&str] = &["di"];

/// Between the two bounds of a range whose unit follows the second: `da 87
/// a 344 euro`, `tra il 3 e il 5%`, `10-12%`.
pub(crate) const RANGE_LINKS: &[&str] = &["-", "a", "al", "all'", "e"];

/// The article that may stand before the second bound: `tra il 3 e il 5%`.
pub(crate) const RANGE_ARTICLES: &[&str] = &["il", "l'"];

/// `e` before a half (`tre e mezzo`).
pub(crate) const AND: &[&str] = &["e"];

/// `tre virgola cinque`: the digits after the comma, in words.
pub(crate) const COMMA: &[&str] = &["punto", "virgola"];

/// `tre dozzine`: twelve each.
pub(crate) const DOZENS: &[&str] = &["dozzina", "dozzine"];

/// Nouns of a round number, after `un`/`una` (`una ventina`, `un
/// migliaio`): approximate, but `dozzina`, which counts exactly twelve.
pub(crate) const ROUND_NOUNS: &[(&str, u32)] = &[
    ("centinaio", 100),
    ("cinquantina", 50),
    ("decina", 10),
    ("dozzina", 12),
    ("migliaio", 1000),
    ("novantina", 90),
    ("ottantina", 80),
    ("quarantina", 40),
    ("quindicina", 15),
    ("sessantina", 60),
    ("settantina", 70),
    ("trentina", 30),
    ("ventina", 20),
];

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

/// `20 gradi sotto zero`: the two words, in order, after a temperature.
pub(crate) const BELOW_ZERO: &[&str] = &["sotto", "zero"];

/// `d'` of `un quarto d'ora`, `tre quarti d'ora`: a length of time.
pub(crate) const OF_AN_HOUR: &[&str] = &["d'", "d’"];

/// `meno 5 gradi`: a negative number in words.
pub(crate) const MINUS: &[&str] = &["meno", "negativo"];

/// `uno su tre`: a share.
pub(crate) const OUT_OF: &[&str] = &["su"];

/// Fractions in one sign, with their numerator and denominator.
pub(crate) const VULGAR_FRACTION_VALUES: &[(&str, u8, u8)] = &[
    ("¼", 1, 4),
    ("½", 1, 2),
    ("¾", 3, 4),
    ("⅐", 1, 7),
    ("⅑", 1, 9),
    ("⅒", 1, 10),
    ("⅓", 1, 3),
    ("⅔", 2, 3),
    ("⅕", 1, 5),
    ("⅖", 2, 5),
    ("⅗", 3, 5),
    ("⅘", 4, 5),
    ("⅙", 1, 6),
    ("⅚", 5, 6),
    ("⅛", 1, 8),
    ("⅜", 3, 8),
    ("⅝", 5, 8),
    ("⅞", 7, 8),
];

/// Words after `16°` that leave it degrees (`16° a Milano`, `30° all'ombra`):
/// a noun after it makes an ordinal (`3° posto`).
pub(crate) const AFTER_DEGREES: &[&str] = &[
    "a", "ad", "al", "all'", "all’", "alle", "circa", "con", "contro", "di", "e", "in", "ma",
    "mentre", "nel", "nella", "o", "oggi", "per", "sopra", "sotto", "su", "sul", "tra",
];

/// Verbs of a ranking before `3°` that make an ordinal of it (`arrivò 3°
/// al traguardo`), where other words leave degrees (`sono 16° a Milano`).
pub(crate) const RANKING_VERBS: &[&str] = &[
    "arrivata",
    "arrivate",
    "arrivati",
    "arrivato",
    "arrivò",
    "chiusa",
    "chiuso",
    "classificata",
    "classificate",
    "classificati",
    "classificato",
    "conclusa",
    "concluso",
    "finita",
    "finito",
    "giunta",
    "giunto",
    "piazzata",
    "piazzato",
];

/// Words before `15/2` that make a date of it (`il 15/2`, `entro il`):
/// without them, a small denominator makes a fraction.
pub(crate) const DAY_ARTICLES: &[&str] = &[
    "al",
    "dal",
    "del",
    "entro",
    "fino",
    "il",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "nel",
    "sul",
];

/// Singular articles, as written, before which a roman numeral and a noun
/// make an ordinal: `la II guerra mondiale`, `il III millennio`.
pub(crate) const ROMAN_ARTICLES: &[&str] = &[
    "al", "alla", "dal", "dalla", "del", "della", "il", "l'", "la", "lo", "nel", "nella", "sul",
    "sulla", "l’",
];

/// Words after an article and a roman numeral that make no ordinal of it
/// (`la X` of a brand, `il V` of a sign).
pub(crate) const NOT_ROMAN_NOUNS: &[&str] = &["che", "di", "del", "della", "e", "è"];

/// Words for a street, before its name and house number (`Via Roma, 33`),
/// and before which a roman numeral is part of a name (`Via XX Settembre`).
pub(crate) const STREETS: &[&str] = &[
    "c.so",
    "contrada",
    "corso",
    "largo",
    "loc",
    "località",
    "p.za",
    "p.zza",
    "piazza",
    "piazzale",
    "strada",
    "v",
    "v.le",
    "via",
    "viale",
    "vicolo",
];

/// Words inside a street's name: `Piazza della Repubblica, 1`.
pub(crate) const NAME_LINKS: &[&str] = &["d'", "de", "degli", "dei", "del", "della", "delle", "di"];

/// Words between the numbers of a list or range after a label: `commi 2
/// e 3`, `commi da 41 a 49`, `artt. 7-8`.
pub(crate) const LIST_LINKS: &[&str] = &[
    "-", "a", "al", "bis", "da", "dal", "e", "ed", "fra", "o", "quater", "ter", "tra", "–",
];

/// Italian emergency and public-service numbers.
pub(crate) const EMERGENCY_NUMBERS: &[&str] = &[
    "112", "113", "114", "115", "117", "118", "1500", "1515", "1522", "1530",
];

/// Words before an emergency number that show it is one: `il 118`,
/// `chiamare il 112`.
pub(crate) const BEFORE_EMERGENCY: &[&str] = &["al", "chiamare", "chiamato", "dal", "del", "il"];
