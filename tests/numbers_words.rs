//! Number words round trip: a speller written here from Italian grammar,
//! and `parse_number` reading every spelling back.

use italiano::numbers::parse_number;

const SMALL: [&str; 20] = [
    "zero",
    "uno",
    "due",
    "tre",
    "quattro",
    "cinque",
    "sei",
    "sette",
    "otto",
    "nove",
    "dieci",
    "undici",
    "dodici",
    "tredici",
    "quattordici",
    "quindici",
    "sedici",
    "diciassette",
    "diciotto",
    "diciannove",
];
const TENS: [&str; 10] = [
    "",
    "",
    "venti",
    "trenta",
    "quaranta",
    "cinquanta",
    "sessanta",
    "settanta",
    "ottanta",
    "novanta",
];

fn below_hundred(n: u64) -> String {
    if n < 20 {
        return SMALL[n as usize].to_owned();
    }
    let (t, u) = (n / 10, n % 10);
    let tens = TENS[t as usize];
    match u {
        0 => tens.to_owned(),
        // The vowel of the tens drops before `uno` and `otto`.
        1 | 8 => format!("{}{}", &tens[..tens.len() - 1], SMALL[u as usize]),
        3 => format!("{tens}tré"),
        _ => format!("{tens}{}", SMALL[u as usize]),
    }
}

fn below_thousand(n: u64) -> String {
    let (h, r) = (n / 100, n % 100);
    let hundreds = match h {
        0 => String::new(),
        1 => "cento".to_owned(),
        _ => format!("{}cento", SMALL[h as usize]),
    };
    if r == 0 {
        return hundreds;
    }
    let rest = below_hundred(r);
    // `cento` loses its `o` before `otto` and `ottanta`.
    if !hundreds.is_empty() && rest.starts_with("ott") {
        return format!("{}{rest}", &hundreds[..hundreds.len() - 1]);
    }
    format!("{hundreds}{rest}")
}

fn below_million(n: u64) -> String {
    if n == 0 {
        return "zero".to_owned();
    }
    let (k, r) = (n / 1000, n % 1000);
    let thousands = match k {
        0 => String::new(),
        1 => "mille".to_owned(),
        _ => format!("{}mila", below_thousand(k)),
    };
    format!(
        "{thousands}{}",
        if r == 0 {
            String::new()
        } else {
            below_thousand(r)
        }
    )
}

fn spell(n: u64) -> String {
    let mut parts = Vec::new();
    let mut rest = n;
    for (scale, one, many) in [
        (1_000_000_000, "un miliardo", "miliardi"),
        (1_000_000, "un milione", "milioni"),
    ] {
        let q = rest / scale;
        rest %= scale;
        match q {
            0 => {}
            1 => parts.push(one.to_owned()),
            _ => parts.push(format!("{} {many}", below_million(q))),
        }
    }
    if rest > 0 || parts.is_empty() {
        parts.push(below_million(rest));
    }
    parts.join(" ")
}

fn ordinal(n: u64) -> String {
    const IRREGULAR: [&str; 11] = [
        "", "primo", "secondo", "terzo", "quarto", "quinto", "sesto", "settimo", "ottavo", "nono",
        "decimo",
    ];
    if n <= 10 {
        return IRREGULAR[n as usize].to_owned();
    }
    let cardinal = below_million(n);
    if let Some(stem) = cardinal.strip_suffix("tré") {
        return format!("{stem}treesimo");
    }
    if cardinal.ends_with("sei") {
        return format!("{cardinal}esimo");
    }
    format!("{}esimo", &cardinal[..cardinal.len() - 1])
}

#[test]
fn every_integer_to_a_million_round_trips() {
    for n in 0..=1_000_000u64 {
        let words = if n == 1_000_000 {
            spell(n)
        } else {
            below_million(n)
        };
        let value = parse_number(&words).unwrap_or_else(|e| panic!("{n} {words}: {e}"));
        assert_eq!(value.to_string(), n.to_string(), "{words}");
    }
}

#[test]
fn large_values_round_trip() {
    // A fixed linear congruential sequence: reproducible without a crate.
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..20_000 {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let n = (x >> 11) % 1_000_000_000_000;
        let words = spell(n);
        let value = parse_number(&words).unwrap_or_else(|e| panic!("{n} {words}: {e}"));
        assert_eq!(value.to_string(), n.to_string(), "{words}");
    }
}

#[test]
fn every_ordinal_to_a_thousand_round_trips() {
    for n in 1..=1000u64 {
        let word = ordinal(n);
        for ending in ["o", "a", "i", "e"] {
            let form = format!("{}{ending}", &word[..word.len() - 1]);
            let value = parse_number(&form).unwrap_or_else(|e| panic!("{n} {form}: {e}"));
            assert_eq!(value.to_string(), n.to_string(), "{form}");
        }
    }
}

#[test]
fn the_speller_writes_italian() {
    assert_eq!(spell(21), "ventuno");
    assert_eq!(spell(23), "ventitré");
    assert_eq!(spell(188), "centottantotto");
    assert_eq!(spell(1957), "millenovecentocinquantasette");
    assert_eq!(spell(3_200_000), "tre milioni duecentomila");
    assert_eq!(ordinal(23), "ventitreesimo");
    assert_eq!(ordinal(100), "centesimo");
}
