//! One table per coverage line of the number extractor, the cases that are
//! not numbers included, and property tests for spans.

use italiano::dates::Date;
use italiano::numbers::{parse_number, NumberKind};
use italiano::{extract, numbers, Error, ExtractOptions};
use proptest::prelude::*;

/// `(text, span, kind, value, currency)` for the first number in `text`.
fn first(text: &str) -> Option<(String, NumberKind, String, Option<&'static str>)> {
    numbers(text).next().map(|m| {
        (
            m.text().to_owned(),
            m.kind(),
            m.value().to_string(),
            m.currency(),
        )
    })
}

fn check(rows: &[(&str, &str, NumberKind, &str)]) {
    for &(text, span, kind, value) in rows {
        let got = first(text).unwrap_or_else(|| panic!("nothing in {text:?}"));
        assert_eq!(
            (got.0.as_str(), got.1, got.2.as_str()),
            (span, kind, value),
            "{text}"
        );
    }
}

use NumberKind::*;

#[test]
fn digits_in_italian_format() {
    check(&[
        ("sono 11.000 persone", "11.000", Cardinal, "11000"),
        ("circa 1.234.567 voti", "1.234.567", Cardinal, "1234567"),
        ("pi greco vale 3,14", "3,14", Decimal, "3.14"),
        ("saldo di 1.234,56 punti", "1.234,56", Decimal, "1234.56"),
        ("scende fino a -5 stanotte", "-5", Cardinal, "-5"),
        ("variazione +3,5 punti", "+3,5", Decimal, "3.5"),
        ("scende a −2 gradi", "−2 gradi", Quantity, "-2"),
        (
            "abitanti 1\u{a0}234\u{a0}567 in tutto",
            "1\u{a0}234\u{a0}567",
            Cardinal,
            "1234567",
        ),
        ("una media di 3.5 gol", "3.5", Decimal, "3.5"),
    ]);
}

#[test]
fn number_words() {
    check(&[
        ("sono ventitré comuni", "ventitré", Cardinal, "23"),
        ("sono ventitre comuni", "ventitre", Cardinal, "23"),
        ("costa milleduecento", "milleduecento", Cardinal, "1200"),
        (
            "erano tre milioni duecentomila",
            "tre milioni duecentomila",
            Cardinal,
            "3200000",
        ),
        (
            "vale un milione e mezzo",
            "un milione e mezzo",
            Cardinal,
            "1500000",
        ),
        (
            "attesi mezzo milione di turisti",
            "mezzo milione",
            Cardinal,
            "500000",
        ),
        (
            "misura tre virgola cinque",
            "tre virgola cinque",
            Decimal,
            "3.5",
        ),
        ("ha ventun anni", "ventun", Cardinal, "21"),
        ("ne è rimasto uno.", "uno", Cardinal, "1"),
    ]);
}

#[test]
fn mixed_digits_and_scale_words() {
    check(&[
        ("sono 11 mila", "11 mila", Cardinal, "11000"),
        (
            "1,5 miliardi di debito",
            "1,5 miliardi",
            Cardinal,
            "1500000000",
        ),
        ("3 milioni di utenti", "3 milioni", Cardinal, "3000000"),
        ("2 mln di copie", "2 mln", Cardinal, "2000000"),
        ("5 mld di spesa", "5 mld", Cardinal, "5000000000"),
        ("10k follower", "10k", Cardinal, "10000"),
    ]);
}

#[test]
fn ordinals_and_roman_numerals() {
    check(&[
        ("arrivò primo", "primo", Ordinal, "1"),
        ("la decima volta", "decima", Ordinal, "10"),
        ("il suo undicesimo gol", "undicesimo", Ordinal, "11"),
        ("il ventitreesimo posto", "ventitreesimo", Ordinal, "23"),
        ("le centesime repliche", "centesime", Ordinal, "100"),
        ("al 1° piano", "1°", Ordinal, "1"),
        ("la 2ª classificata", "2ª", Ordinal, "2"),
        ("il 3º reggimento", "3º", Ordinal, "3"),
        ("papa Giovanni Paolo II", "II", Roman, "2"),
        ("re Luigi XIV", "XIV", Roman, "14"),
        ("nel XXI secolo", "XXI", Roman, "21"),
        ("vedi capitolo IV", "IV", Roman, "4"),
    ]);
}

#[test]
fn percentages_money_fractions() {
    check(&[
        ("cresce del 3,5%", "3,5%", Percent, "3.5"),
        ("cresce del 3,5 %", "3,5 %", Percent, "3.5"),
        ("cala di tre per cento", "tre per cento", Percent, "3"),
        ("il 10 percento", "10 percento", Percent, "10"),
        ("costa € 1.000", "€ 1.000", Money, "1000"),
        ("costa 1.000 €", "1.000 €", Money, "1000"),
        ("costa 1.000 euro", "1.000 euro", Money, "1000"),
        (
            "vale 10 milioni di euro",
            "10 milioni di euro",
            Money,
            "10000000",
        ),
        ("costa $5", "$5", Money, "5"),
        ("costa 5 dollari", "5 dollari", Money, "5"),
        ("costa 20 sterline", "20 sterline", Money, "20"),
        ("costa 3 franchi svizzeri", "3 franchi svizzeri", Money, "3"),
        ("costa EUR 100", "EUR 100", Money, "100"),
        ("ne resta un terzo", "un terzo", Fraction, "1/3"),
        ("ne restano tre quarti", "tre quarti", Fraction, "0.75"),
        ("ne restano due terzi", "due terzi", Fraction, "2/3"),
        ("ne resta 1/2", "1/2", Fraction, "0.5"),
        ("ne resta la metà", "metà", Fraction, "0.5"),
        ("bevo mezzo litro", "mezzo litro", Quantity, "0.5"),
    ]);
    let units: Vec<_> = numbers("costa 5 dollari, 20 sterline, 3 franchi svizzeri, EUR 100, 7 yen")
        .map(|m| m.currency())
        .collect();
    assert_eq!(
        units,
        [
            Some("USD"),
            Some("GBP"),
            Some("CHF"),
            Some("EUR"),
            Some("JPY")
        ]
    );
    let range: Vec<_> = numbers("da 87 a 344 euro")
        .map(|m| (m.text().to_owned(), m.kind(), m.currency()))
        .collect();
    assert_eq!(
        range,
        [
            ("87".to_owned(), Money, Some("EUR")),
            ("344 euro".to_owned(), Money, Some("EUR"))
        ]
    );
}

#[test]
fn not_numbers() {
    for text in [
        "Un uomo è entrato.",
        "C'è una galleria e uno sciopero.",
        "Secondo l'Istat cresce.",
        "Prima della partita.",
        "Aspetta un secondo.",
        "Chiama il 3331234567.",
        "Versione 1.2.3 rilasciata.",
        "Indirizzo 192.168.1.1.",
        "CAP 00185 Roma.",
        "Ai sensi della legge 104/1992.",
        "Secondo l'art. 21, comma 3, no.",
        "Ci vediamo alle 14:30.",
        "Il treno parte alle 7.45.",
        "Aperto dalle 9 alle 13.",
        "Tu sei bravo.",
        "I VI dubbi.",
        "In mezzo alla strada.",
        "ISBN 978-88-04-12345-6.",
        "Il codice è 978-88-04-12345-6.",
        "Chiamare il 06-1234-5678.",
        "Il volo AZ 610 parte dal terminal 3.",
        "Il treno è sul binario 7.",
        "Rileggete il capitolo 4, poi i capitoli 5-6.",
        "La partita va in onda su Rai 2, il film su Canale 5 e su Rete 4.",
    ] {
        let found: Vec<_> = numbers(text).map(|m| m.text().to_owned()).collect();
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn numbers_inside_dates_go_to_the_date() {
    let options = ExtractOptions::new(Date::new(2024, 6, 18).unwrap());
    for text in [
        "Il 19 giugno 2024 piove.",
        "Tre giorni fa.",
        "Nel 2022 nevicò.",
        "Il 31 febbraio non esiste.",
        "Fattura del 30/02/2023.",
    ] {
        let found = extract(text, &options);
        assert!(found.numbers().is_empty(), "{text}: {:?}", found.numbers());
    }
}

#[test]
fn parse_number_errors() {
    assert_eq!(parse_number(&"1".repeat(500)), Err(Error::NumberOverflow));
    assert_eq!(
        parse_number("1.234,5 e poi"),
        Err(Error::InvalidNumber("1.234,5 e poi".to_owned()))
    );
    assert!(parse_number("").is_err());
    // A 500-digit number in running text is skipped.
    let text = format!("prima {} poi 12", "9".repeat(500));
    let found: Vec<_> = numbers(&text).map(|m| m.text().to_owned()).collect();
    assert_eq!(found, ["12"]);
}

fn italianish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "tre",
        "milioni",
        "e",
        "mezzo",
        "1.000",
        "3,5",
        "%",
        "€",
        "euro",
        "di",
        "il",
        "19",
        "giugno",
        "2024",
        "dal",
        "al",
        "fa",
        "giorni",
        "31",
        "febbraio",
        "XIV",
        "Luigi",
        "-",
        "/",
        "'90",
        "anni",
        "martedì",
        "prossimo",
        "un",
        "terzo",
        "ventitré",
        ".",
        "1°",
        "è",
        "\u{a0}",
        "ò",
        "🙂",
        "9999999999999999999999999999999999999999",
    ]);
    prop::collection::vec((pieces, prop::sample::select(vec!["", " ", "  "])), 0..40)
        .prop_map(|v| v.into_iter().map(|(a, b)| format!("{a}{b}")).collect())
}

proptest! {
    #[test]
    fn spans_are_ordered_and_on_char_boundaries(text in prop_oneof![italianish(), any::<String>()]) {
        let options = ExtractOptions::new(Date::new(2024, 6, 18).unwrap());
        let found = extract(&text, &options);
        let mut end = 0;
        for m in numbers(&text) {
            let r = m.range();
            prop_assert!(r.start >= end && r.start < r.end && r.end <= text.len());
            prop_assert_eq!(&text[r.clone()], m.text());
            end = r.end;
        }
        let mut end = 0;
        for m in found.dates() {
            let r = m.range();
            prop_assert!(r.start >= end && r.start < r.end);
            prop_assert_eq!(&text[r.clone()], m.text());
            end = r.end;
        }
        for m in found.numbers() {
            prop_assert!(found.dates().iter().all(|d| d.range().end <= m.range().start || d.range().start >= m.range().end));
            let printed = m.value().to_string();
            prop_assert_eq!(printed.parse::<italiano::numbers::Value>().unwrap(), m.value());
        }
    }
}

#[cfg(feature = "serde")]
#[test]
fn values_and_dates_serialize_as_strings() {
    use italiano::numbers::Value;
    let value = Value::fraction(2, 3).unwrap();
    let json = serde_json::to_string(&value).unwrap();
    assert_eq!(json, "\"2/3\"");
    assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), value);
    let date = Date::new(2024, 6, 19).unwrap();
    let json = serde_json::to_string(&date).unwrap();
    assert_eq!(json, "\"2024-06-19\"");
    assert_eq!(serde_json::from_str::<Date>(&json).unwrap(), date);
    assert!(serde_json::from_str::<Date>("\"2023-02-29\"").is_err());
}
