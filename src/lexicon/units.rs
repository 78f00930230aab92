//! Units of measure and currencies: one table of rows, each a symbol, its
//! family, a power of ten and the ways Italian writes it.
//!
//! A written form is matched with ASCII case ignored (`chilometri`,
//! `KM`); a sign is matched exactly, because case tells symbols apart
//! (`MB` megabyte, `mb` millibar; `W` watt, `w`). A form of several tokens
//! (`metri cubi`, `gradi centigradi`, `dollari australiani`) is written
//! with a space between the tokens the tokenizer makes (`° C` is the sign
//! `°C`, which the tokenizer splits); the longest form that matches wins,
//! so `lire sterline` is pounds and `lire` alone is lire.
//!
//! The symbols are those of the SI and of common Italian use (`mq` is
//! written `m2`), currencies by their ISO 4217 code.

/// What a unit measures.
///
/// # Examples
///
/// ```
/// use italiano::numbers::UnitFamily;
///
/// let m = italiano::numbers("un percorso di 12,5 chilometri").next().unwrap();
/// assert_eq!(m.unit().map(|u| u.family()), Some(UnitFamily::Length));
/// assert_eq!(UnitFamily::Length.as_str(), "length");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnitFamily {
    /// `km`, `m`, `cm`, `mm`, `mi`.
    Length,
    /// `kg`, `hg` (etto), `g`, `mg`, `t`, `q` (quintale).
    Mass,
    /// `l`, `ml`, `cl`, `hl`, `cm3`, `m3`, `gal`.
    Volume,
    /// `m2`, `km2`, `ha`.
    Area,
    /// `°C`, `°F`, and `°` for bare degrees (`30 gradi`, `16°`).
    Temperature,
    /// `km/h`, `m/s`, `kn`.
    Speed,
    /// `B`, `kB`, `MB`, `GB`, `TB`.
    Data,
    /// `kWh`, `MWh`, `GWh`.
    Energy,
    /// `W`, `kW`, `MW`, `GW`.
    Power,
    /// Money: the symbol is the ISO 4217 code (`EUR`).
    Currency,
}

impl UnitFamily {
    /// The family's lowercase English name.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::numbers::UnitFamily::Currency.as_str(), "currency");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            UnitFamily::Length => "length",
            UnitFamily::Mass => "mass",
            UnitFamily::Volume => "volume",
            UnitFamily::Area => "area",
            UnitFamily::Temperature => "temperature",
            UnitFamily::Speed => "speed",
            UnitFamily::Data => "data",
            UnitFamily::Energy => "energy",
            UnitFamily::Power => "power",
            UnitFamily::Currency => "currency",
        }
    }
}

/// One unit: its symbol, family, the power of ten of the written unit
/// against the symbol's (`centesimi` are `-2` of `EUR`), its written forms
/// (lowercase, case ignored) and its signs (exact).
#[derive(Debug)]
pub(crate) struct UnitRow {
    pub(crate) symbol: &'static str,
    pub(crate) family: UnitFamily,
    pub(crate) scale: i32,
    pub(crate) words: &'static [&'static str],
    pub(crate) signs: &'static [&'static str],
}

const fn row(
    symbol: &'static str,
    family: UnitFamily,
    words: &'static [&'static str],
    signs: &'static [&'static str],
) -> UnitRow {
    UnitRow {
        symbol,
        family,
        scale: 0,
        words,
        signs,
    }
}

/// A row whose written unit is `10^scale` of its symbol's.
const fn scaled(scale: i32, row: UnitRow) -> UnitRow {
    UnitRow { scale, ..row }
}

use UnitFamily::*;

/// The units and currencies.
#[rustfmt::skip]
pub(crate) static UNITS: &[UnitRow] = &[
    // Length.
    row("km", Length, &["chilometri", "chilometro", "kilometri", "kilometro", "km"], &[]),
    row("m", Length, &["metri", "metro", "mt"], &["m"]),
    row("cm", Length, &["centimetri", "centimetro", "cm"], &[]),
    row("mm", Length, &["millimetri", "millimetro", "mm"], &[]),
    row("mi", Length, &["miglia", "miglio"], &[]),
    // Mass.
    row("kg", Mass, &["chili", "chilo", "chilogrammi", "chilogrammo", "kg", "kili", "kilo", "kilogrammi"], &[]),
    row("hg", Mass, &["etti", "etto", "ettogrammi", "ettogrammo", "hg"], &[]),
    row("g", Mass, &["grammi", "grammo", "gr"], &["g"]),
    row("mg", Mass, &["milligrammi", "milligrammo", "mg"], &[]),
    row("t", Mass, &["tonnellata", "tonnellate"], &["t"]),
    row("q", Mass, &["quintale", "quintali"], &["q"]),
    // Volume.
    row("l", Volume, &["litri", "litro", "lt"], &["l", "L"]),
    row("ml", Volume, &["millilitri", "millilitro", "ml"], &[]),
    row("cl", Volume, &["centilitri", "centilitro", "cl"], &[]),
    row("gal", Volume, &["gal", "galloni", "gallone"], &[]),
    row("hl", Volume, &["ettolitri", "ettolitro", "hl"], &[]),
    row("cm3", Volume, &["centimetri cubi", "centimetro cubo", "cm3", "cm³", "cc"], &[]),
    row("m3", Volume, &["m3", "mc", "metri cubi", "metro cubo", "m³"], &[]),
    // Area.
    row("m2", Area, &["m2", "metri quadrati", "metri quadri", "metro quadrato", "metro quadro", "mq", "m²"], &[]),
    row("km2", Area, &["chilometri quadrati", "chilometri quadri", "chilometro quadrato", "km2", "kmq", "km²"], &[]),
    row("ha", Area, &["ettari", "ettaro"], &["ha"]),
    // Temperature: `gradi` alone may be an angle too; `°` is the symbol.
    row("°C", Temperature, &["celsius", "centigradi", "gradi c", "gradi celsius", "gradi centigradi", "grado celsius", "grado centigrado", "° c", "° celsius", "° centigradi", "°c", "º c", "ºc"], &[]),
    row("°F", Temperature, &["fahreneit", "fahrenheit", "gradi f", "gradi fahreneit", "gradi fahrenheit", "grado fahrenheit", "° f", "° fahrenheit", "°f"], &[]),
    row("°", Temperature, &["gradi", "grado", "°"], &[]),
    // Speed.
    row("km/h", Speed, &["chilometri all' ora", "chilometri l' ora", "chilometri orari", "km all' ora", "km orari", "km/h", "kmh"], &[]),
    row("m/s", Speed, &["m/s", "metri al secondo"], &[]),
    row("kn", Speed, &["nodi", "nodo"], &[]),
    // Data.
    row("B", Data, &["byte"], &[]),
    row("kB", Data, &["kb", "kilobyte"], &[]),
    row("MB", Data, &["megabyte"], &["MB"]),
    row("GB", Data, &["giga", "gigabyte"], &["GB"]),
    row("TB", Data, &["terabyte"], &["TB"]),
    // Energy and power.
    row("kWh", Energy, &["chilowattora", "kilowattora", "kwh"], &[]),
    row("MWh", Energy, &["megawattora", "mwh"], &[]),
    row("GWh", Energy, &["gigawattora", "gwh"], &[]),
    row("W", Power, &["watt"], &["W"]),
    row("kW", Power, &["chilowatt", "kilowatt", "kw"], &[]),
    row("MW", Power, &["megawatt"], &["MW"]),
    row("GW", Power, &["gigawatt"], &["GW"]),
    // Currencies, by ISO 4217 code.
    row("EUR", Currency, &["eur", "euro"], &["€"]),
    scaled(-2, row("EUR", Currency, &["cent", "centesimi", "centesimo", "eurocent"], &[])),
    row("USD", Currency, &["dollari", "dollari americani", "dollari statunitensi", "dollari usa", "dollaro", "dollaro americano", "dollaro statunitense", "us $", "usd", "usd $"], &["$"]),
    row("AUD", Currency, &["a $", "au $", "aud", "aud $", "dollari australiani", "dollaro australiano"], &[]),
    row("CAD", Currency, &["c $", "cad", "cad $", "dollari canadesi", "dollaro canadese"], &[]),
    row("NZD", Currency, &["dollari neozelandesi", "dollaro neozelandese", "nz $", "nzd", "nzd $"], &[]),
    row("HKD", Currency, &["dollari di hong kong", "dollaro di hong kong", "hk $", "hkd"], &[]),
    row("SGD", Currency, &["dollari di singapore", "dollaro di singapore", "s $", "sgd"], &[]),
    row("GBP", Currency, &["gbp", "lira sterlina", "lire sterline", "sterlina", "sterline"], &["£"]),
    scaled(-2, row("GBP", Currency, &["pence", "penny"], &[])),
    row("JPY", Currency, &["jpy", "yen"], &["¥"]),
    row("CNY", Currency, &["cny", "renminbi", "yuan"], &[]),
    row("CHF", Currency, &["chf", "franchi", "franchi svizzeri", "franco svizzero"], &[]),
    row("FRF", Currency, &["franchi francesi", "franco francese", "frf"], &[]),
    row("BEF", Currency, &["franchi belgi", "franco belga"], &[]),
    row("ITL", Currency, &["delle vecchie lire", "lira", "lira italiana", "lire", "lire italiane", "vecchie lire"], &[]),
    row("TRY", Currency, &["lira turca", "lire turche", "try"], &[]),
    row("RUB", Currency, &["rub", "rubli", "rublo"], &[]),
    row("PLN", Currency, &["pln", "zloty"], &[]),
    row("INR", Currency, &["inr", "rupia indiana", "rupie", "rupie indiane"], &[]),
    row("BRL", Currency, &["brl", "reais", "real brasiliani", "real brasiliano"], &[]),
    row("NLG", Currency, &["fiorini olandesi", "fiorino olandese"], &[]),
    row("DEM", Currency, &["marchi tedeschi", "marco tedesco"], &[]),
    row("FIM", Currency, &["marchi finlandesi", "marco finlandese"], &[]),
    row("ESP", Currency, &["peseta", "pesetas", "pesete"], &[]),
    row("ATS", Currency, &["scellini austriaci", "scellino austriaco"], &[]),
    row("GRD", Currency, &["dracma", "dracme"], &[]),
    row("PTE", Currency, &["escudo", "escudos"], &[]),
    row("SEK", Currency, &["corona svedese", "corone svedesi", "sek"], &[]),
    row("NOK", Currency, &["corona norvegese", "corone norvegesi", "nok"], &[]),
    row("DKK", Currency, &["corona danese", "corone danesi", "dkk"], &[]),
    row("CZK", Currency, &["corona ceca", "corone ceche", "czk"], &[]),
];

/// Currency names that may stand before the amount (`euro 350,00`,
/// `dollari 996`), as invoices and judgements write them.
pub(crate) const CURRENCY_NAMES_FIRST: &[&str] = &[
    "dollari", "dollaro", "euro", "franchi", "lire", "sterline", "yen",
];

/// The letters before `$` in a dollar's sign (`C$`, `HK$`, `c $`), which
/// the tokenizer splits off, and the dollar's code: the currency reader
/// looks behind `$` for them.
pub(crate) const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("a", "AUD"),
    ("au", "AUD"),
    ("aud", "AUD"),
    ("c", "CAD"),
    ("cad", "CAD"),
    ("hk", "HKD"),
    ("nz", "NZD"),
    ("nzd", "NZD"),
    ("s", "SGD"),
    ("us", "USD"),
    ("usd", "USD"),
];

/// Words for the hundredths of any currency, after `e` (`15 dollari e 15
/// centesimi`, `13 euro e 45 cent`).
pub(crate) const CENTS: &[&str] = &["cent", "centesimi", "centesimo", "pence", "penny"];
