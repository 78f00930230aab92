//! Quantities with their unit, money in every position, and the number
//! forms of real Italian text: one table per form, the cases that are not
//! numbers, and property tests over arbitrary text.

use italiano::numbers::{parse_number, NumberKind, UnitFamily};
use italiano::{extract, numbers, ExtractOptions};
use proptest::prelude::*;

use NumberKind::*;

/// `(text, span, kind, value, unit)`: the number `span` of `text` has this
/// kind, value and unit symbol (`-` for none).
type Row<'a> = (&'a str, &'a str, NumberKind, &'a str, &'a str);

fn check(rows: &[Row<'_>]) {
    for &(text, span, kind, value, unit) in rows {
        let found: Vec<_> = numbers(text)
            .map(|m| {
                let unit = m.unit().map_or("-", |u| u.symbol());
                (&text[m.range()], m.kind(), m.value().to_string(), unit)
            })
            .collect();
        let hit = found.iter().find(|f| f.0 == span);
        assert_eq!(
            hit,
            Some(&(span, kind, value.to_owned(), unit)),
            "{text:?}: {found:?}"
        );
    }
}

/// Each text has none of these spans among its numbers.
fn never(rows: &[(&str, &str)]) {
    for &(text, span) in rows {
        let found: Vec<&str> = numbers(text).map(|m| &text[m.range()]).collect();
        assert!(
            !found.iter().any(|f| f.contains(span)),
            "{text:?}: {found:?}"
        );
    }
}

#[test]
fn length_in_full_and_abbreviated() {
    check(&[
        (
            "un tratto di 12,5 chilometri",
            "12,5 chilometri",
            Quantity,
            "12.5",
            "km",
        ),
        ("dopo 240 km circa", "240 km", Quantity, "240", "km"),
        (
            "una corsa di quaranta chilometri",
            "quaranta chilometri",
            Quantity,
            "40",
            "km",
        ),
        ("è alto 1 metro", "1 metro", Quantity, "1", "m"),
        ("un muro di 3 m", "3 m", Quantity, "3", "m"),
        ("i 100m piani", "100m", Quantity, "100", "m"),
        ("largo 30 centimetri", "30 centimetri", Quantity, "30", "cm"),
        ("spesso 4 cm", "4 cm", Quantity, "4", "cm"),
        (
            "sono caduti 12 millimetri di pioggia",
            "12 millimetri",
            Quantity,
            "12",
            "mm",
        ),
        ("una vite da 8 mm", "8 mm", Quantity, "8", "mm"),
        (
            "a venti miglia dalla costa",
            "venti miglia",
            Quantity,
            "20",
            "mi",
        ),
        (
            "Il percorso è di 40.600km in tutto",
            "40.600km",
            Quantity,
            "40600",
            "km",
        ),
    ]);
}

#[test]
fn mass_in_full_and_abbreviated() {
    check(&[
        (
            "Il neonato pesava 3,4 chili.",
            "3,4 chili",
            Quantity,
            "3.4",
            "kg",
        ),
        ("ha perso 25 Kg", "25 Kg", Quantity, "25", "kg"),
        ("ne ho comprati tre chili", "tre chili", Quantity, "3", "kg"),
        (
            "2 chilogrammi di farina",
            "2 chilogrammi",
            Quantity,
            "2",
            "kg",
        ),
        ("due etti di prosciutto", "due etti", Quantity, "2", "hg"),
        ("3 hg di pane", "3 hg", Quantity, "3", "hg"),
        ("200 grammi di zucchero", "200 grammi", Quantity, "200", "g"),
        ("aggiungere 50 g di burro", "50 g", Quantity, "50", "g"),
        ("una dose da 500 mg", "500 mg", Quantity, "500", "mg"),
        (
            "30 tonnellate di gallio",
            "30 tonnellate",
            Quantity,
            "30",
            "t",
        ),
        ("un carico di 12 t", "12 t", Quantity, "12", "t"),
        (
            "raccolti 40 quintali di grano",
            "40 quintali",
            Quantity,
            "40",
            "q",
        ),
    ]);
}

#[test]
fn volume_in_full_and_abbreviated() {
    check(&[
        (
            "Ho bevuto mezzo litro d'acqua.",
            "mezzo litro",
            Quantity,
            "0.5",
            "l",
        ),
        ("bevo due litri al giorno", "due litri", Quantity, "2", "l"),
        ("un serbatoio da 50 l", "50 l", Quantity, "50", "l"),
        ("250 ml di latte", "250 ml", Quantity, "250", "ml"),
        ("per 350ml.", "350ml", Quantity, "350", "ml"),
        ("un bicchiere da 20 cl", "20 cl", Quantity, "20", "cl"),
        (
            "prodotti 300 ettolitri di vino",
            "300 ettolitri",
            Quantity,
            "300",
            "hl",
        ),
        (
            "40 metri cubi di liquami",
            "40 metri cubi",
            Quantity,
            "40",
            "m3",
        ),
        (
            "consumo di 1.200 mc di gas",
            "1.200 mc",
            Quantity,
            "1200",
            "m3",
        ),
        (
            "tre centimetri cubi di suolo",
            "tre centimetri cubi",
            Quantity,
            "3",
            "cm3",
        ),
    ]);
}

#[test]
fn area_in_full_and_abbreviated() {
    check(&[
        (
            "una casa di 120 metri quadrati",
            "120 metri quadrati",
            Quantity,
            "120",
            "m2",
        ),
        (
            "su 2500 metri quadri",
            "2500 metri quadri",
            Quantity,
            "2500",
            "m2",
        ),
        ("un ufficio di 80 mq", "80 mq", Quantity, "80", "m2"),
        ("un locale di 45 m²", "45 m²", Quantity, "45", "m2"),
        (
            "un lago di 370 chilometri quadrati",
            "370 chilometri quadrati",
            Quantity,
            "370",
            "km2",
        ),
        ("un parco di 81 Km2", "81 Km2", Quantity, "81", "km2"),
        (
            "L'incendio ha distrutto 300 ettari di bosco.",
            "300 ettari",
            Quantity,
            "300",
            "ha",
        ),
        (
            "una tenuta di 12 ha di vigneti",
            "12 ha",
            Quantity,
            "12",
            "ha",
        ),
        ("una tenuta di 12 ha.", "12 ha", Quantity, "12", "ha"),
        (
            "una casa di centoventi metri quadri",
            "centoventi metri quadri",
            Quantity,
            "120",
            "m2",
        ),
        (
            "bruciati trecento ettari",
            "trecento ettari",
            Quantity,
            "300",
            "ha",
        ),
    ]);
}

#[test]
fn temperature_in_full_and_abbreviated() {
    check(&[
        (
            "All'alba segnava −3,2 °C a Cortina.",
            "−3,2 °C",
            Quantity,
            "-3.2",
            "°C",
        ),
        (
            "massime di 35 gradi centigradi",
            "35 gradi centigradi",
            Quantity,
            "35",
            "°C",
        ),
        (
            "l'acqua bolle a 100 gradi Celsius",
            "100 gradi Celsius",
            Quantity,
            "100",
            "°C",
        ),
        ("fuori ci sono 16°C", "16°C", Quantity, "16", "°C"),
        ("a Miami ci sono 90 °F", "90 °F", Quantity, "90", "°F"),
        (
            "Ci sono quaranta gradi all'ombra",
            "quaranta gradi",
            Quantity,
            "40",
            "°",
        ),
        ("Oggi ci sono 16° a Milano", "16°", Quantity, "16", "°"),
        (
            "Stanotte si è scesi a meno 5 gradi.",
            "meno 5 gradi",
            Quantity,
            "-5",
            "°",
        ),
        (
            "non a 20 gradi sotto zero",
            "20 gradi sotto zero",
            Quantity,
            "-20",
            "°",
        ),
    ]);
}

#[test]
fn speed_in_full_and_abbreviated() {
    check(&[
        ("raffiche a 80 km/h", "80 km/h", Quantity, "80", "km/h"),
        ("toccano i 100 Km/h", "100 Km/h", Quantity, "100", "km/h"),
        ("un limite di 50 kmh", "50 kmh", Quantity, "50", "km/h"),
        (
            "andava a 130 chilometri orari",
            "130 chilometri orari",
            Quantity,
            "130",
            "km/h",
        ),
        (
            "a 90 chilometri all'ora",
            "90 chilometri all'ora",
            Quantity,
            "90",
            "km/h",
        ),
        (
            "Le raffiche hanno raggiunto i 25 m/s",
            "25 m/s",
            Quantity,
            "25",
            "m/s",
        ),
        (
            "a 3 metri al secondo",
            "3 metri al secondo",
            Quantity,
            "3",
            "m/s",
        ),
        ("un vento di 20 nodi", "20 nodi", Quantity, "20", "kn"),
        (
            "andava a centotrenta km/h",
            "centotrenta km/h",
            Quantity,
            "130",
            "km/h",
        ),
        ("un vento di venti nodi", "venti nodi", Quantity, "20", "kn"),
    ]);
}

#[test]
fn data_energy_and_power() {
    check(&[
        ("il settore di 512 byte", "512 byte", Quantity, "512", "B"),
        ("un file di 64 kB", "64 kB", Quantity, "64", "kB"),
        ("circa 700 MB di dati", "700 MB", Quantity, "700", "MB"),
        (
            "Il nuovo smartphone ha 256 GB di memoria.",
            "256 GB",
            Quantity,
            "256",
            "GB",
        ),
        ("con 256GB di spazio", "256GB", Quantity, "256", "GB"),
        ("un disco da 2 TB", "2 TB", Quantity, "2", "TB"),
        ("un abbonamento da 10 giga", "10 giga", Quantity, "10", "GB"),
        (
            "consuma 300 kWh all'anno",
            "300 kWh",
            Quantity,
            "300",
            "kWh",
        ),
        (
            "3 chilowattora al giorno",
            "3 chilowattora",
            Quantity,
            "3",
            "kWh",
        ),
        ("una lampadina da 60 W", "60 W", Quantity, "60", "W"),
        (
            "La colonnina eroga fino a 22 kW.",
            "22 kW",
            Quantity,
            "22",
            "kW",
        ),
        (
            "un impianto da 5 chilowatt",
            "5 chilowatt",
            Quantity,
            "5",
            "kW",
        ),
        ("una centrale da 400 MW", "400 MW", Quantity, "400", "MW"),
        (
            "prodotti 2 gigawattora",
            "2 gigawattora",
            Quantity,
            "2",
            "GWh",
        ),
    ]);
}

#[test]
fn a_unit_belongs_to_its_family() {
    let text = "Percorsi 12 km, bevuti 2 litri, persi 3 chili, a 30 gradi, 256 GB, 22 kW, 5 euro.";
    let families: Vec<UnitFamily> = numbers(text)
        .filter_map(|m| m.unit())
        .map(|u| u.family())
        .collect();
    assert_eq!(
        families,
        [
            UnitFamily::Length,
            UnitFamily::Volume,
            UnitFamily::Mass,
            UnitFamily::Temperature,
            UnitFamily::Data,
            UnitFamily::Power,
            UnitFamily::Currency,
        ]
    );
    let text = "tra 3 km e 200 metri, 4 kg";
    let lengths: Vec<&str> = numbers(text)
        .filter(|m| m.unit().is_some_and(|u| u.family() == UnitFamily::Length))
        .map(|m| &text[m.range()])
        .collect();
    assert_eq!(lengths, ["3 km", "200 metri"]);
}

#[test]
fn money_with_the_currency_first() {
    check(&[
        (
            "Totale dovuto euro 350,00 più IVA",
            "euro 350,00",
            Money,
            "350",
            "EUR",
        ),
        ("costa € 5", "€ 5", Money, "5", "EUR"),
        ("il prezzo è EUR 1.000", "EUR 1.000", Money, "1000", "EUR"),
        ("una multa di CHF 20", "CHF 20", Money, "20", "CHF"),
        ("un biglietto da £ 30", "£ 30", Money, "30", "GBP"),
        ("una cena da ¥ 4.000", "¥ 4.000", Money, "4000", "JPY"),
        (
            "il volo costa dollari 996",
            "dollari 996",
            Money,
            "996",
            "USD",
        ),
        (
            "Buoni del tesoro, lire 1.000.000;",
            "lire 1.000.000",
            Money,
            "1000000",
            "ITL",
        ),
        (
            "Il pacchetto costa C$ 20 in Canada.",
            "C$ 20",
            Money,
            "20",
            "CAD",
        ),
        (
            "Una cena da HK$ 300 a testa.",
            "HK$ 300",
            Money,
            "300",
            "HKD",
        ),
        ("un premio di AUD$ 50", "AUD$ 50", Money, "50", "AUD"),
        ("un premio di NZD$ 70", "NZD$ 70", Money, "70", "NZD"),
        ("un volo da A$ 900", "A$ 900", Money, "900", "AUD"),
        ("venduto a $ 5 l'uno", "$ 5", Money, "5", "USD"),
        ("costa US$ 9", "US$ 9", Money, "9", "USD"),
    ]);
}

#[test]
fn money_with_cents_scales_and_chains() {
    check(&[
        (
            "L'ho pagato 3 euro e 50 al mercato.",
            "3 euro e 50",
            Money,
            "3.5",
            "EUR",
        ),
        (
            "costa cinque euro e cinquanta",
            "cinque euro e cinquanta",
            Money,
            "5.5",
            "EUR",
        ),
        (
            "costa tredici euro e quarantacinque cent",
            "tredici euro e quarantacinque cent",
            Money,
            "13.45",
            "EUR",
        ),
        (
            "pagati 15 dollari e 15 centesimi",
            "15 dollari e 15 centesimi",
            Money,
            "15.15",
            "USD",
        ),
        (
            "il taxi costa 15 dollari 50.",
            "15 dollari 50",
            Money,
            "15.5",
            "USD",
        ),
        (
            "un mutuo da 1,5 mln di euro",
            "1,5 mln di euro",
            Money,
            "1500000",
            "EUR",
        ),
        (
            "debiti per 2 mld di euro",
            "2 mld di euro",
            Money,
            "2000000000",
            "EUR",
        ),
        (
            "una spesa di 5 mila euro",
            "5 mila euro",
            Money,
            "5000",
            "EUR",
        ),
        (
            "uno stipendio da 40k euro",
            "40k euro",
            Money,
            "40000",
            "EUR",
        ),
        (
            "un costo di tre miliardi e duecento milioni di euro",
            "tre miliardi e duecento milioni di euro",
            Money,
            "3200000000",
            "EUR",
        ),
        (
            "Il bilancio prevede un milione e duecentomila euro per le strade.",
            "un milione e duecentomila euro",
            Money,
            "1200000",
            "EUR",
        ),
        (
            "incassati 40 milioni e 883 mila euro",
            "40 milioni e 883 mila euro",
            Money,
            "40883000",
            "EUR",
        ),
        (
            "spesi 3 000 000 di euro",
            "3 000 000 di euro",
            Money,
            "3000000",
            "EUR",
        ),
        (
            "costava 2000 delle vecchie lire",
            "2000 delle vecchie lire",
            Money,
            "2000",
            "ITL",
        ),
        ("20 centesimi al chilo", "20 centesimi", Money, "0.2", "EUR"),
    ]);
}

#[test]
fn money_in_many_currencies() {
    check(&[
        ("costa 10 sterline", "10 sterline", Money, "10", "GBP"),
        ("costa 50 pence", "50 pence", Money, "0.5", "GBP"),
        ("pagati 300 yen", "300 yen", Money, "300", "JPY"),
        (
            "20 franchi svizzeri",
            "20 franchi svizzeri",
            Money,
            "20",
            "CHF",
        ),
        (
            "100 franchi francesi",
            "100 franchi francesi",
            Money,
            "100",
            "FRF",
        ),
        (
            "50 dollari australiani",
            "50 dollari australiani",
            Money,
            "50",
            "AUD",
        ),
        (
            "80 dollari canadesi",
            "80 dollari canadesi",
            Money,
            "80",
            "CAD",
        ),
        (
            "30 dollari di Hong Kong",
            "30 dollari di Hong Kong",
            Money,
            "30",
            "HKD",
        ),
        (
            "100 fiorini olandesi",
            "100 fiorini olandesi",
            Money,
            "100",
            "NLG",
        ),
        (
            "200 marchi tedeschi",
            "200 marchi tedeschi",
            Money,
            "200",
            "DEM",
        ),
        ("1.000 pesetas", "1.000 pesetas", Money, "1000", "ESP"),
        ("10 lire sterline", "10 lire sterline", Money, "10", "GBP"),
        ("5 lire turche", "5 lire turche", Money, "5", "TRY"),
        ("40 corone svedesi", "40 corone svedesi", Money, "40", "SEK"),
    ]);
}

#[test]
fn digits_with_spaces_signs_and_per_mille() {
    check(&[
        ("Sono 100 000 persone", "100 000", Cardinal, "100000", "-"),
        (
            "un debito di 3 000 000",
            "3 000 000",
            Cardinal,
            "3000000",
            "-",
        ),
        (
            "saldo di 6 700,54 euro",
            "6 700,54 euro",
            Money,
            "6700.54",
            "EUR",
        ),
        (
            "abitanti 1\u{a0}234\u{a0}567",
            "1\u{a0}234\u{a0}567",
            Cardinal,
            "1234567",
            "-",
        ),
        (
            "abitanti 12\u{202f}345",
            "12\u{202f}345",
            Cardinal,
            "12345",
            "-",
        ),
        ("scende a -5", "-5", Cardinal, "-5", "-"),
        ("scende a −3,2", "−3,2", Decimal, "-3.2", "-"),
        (
            "un saldo di meno 1.200.000",
            "meno 1.200.000",
            Cardinal,
            "-1200000",
            "-",
        ),
        (
            "La borsa chiude in calo (-8,2%) oggi",
            "-8,2%",
            Percent,
            "-8.2",
            "-",
        ),
        (
            "e il titolo sale (+1,9%) infine",
            "+1,9%",
            Percent,
            "1.9",
            "-",
        ),
        (
            "Solo il quattro per mille è stato respinto.",
            "quattro per mille",
            Percent,
            "0.4",
            "-",
        ),
        (
            "un tasso del due per mille",
            "due per mille",
            Percent,
            "0.2",
            "-",
        ),
        ("un tasso del 3‰", "3‰", Percent, "0.3", "-"),
        (
            "Il gol è arrivato al 45' del primo tempo.",
            "45'",
            Cardinal,
            "45",
            "-",
        ),
        ("al 90' ha segnato", "90'", Cardinal, "90", "-"),
        ("72’ Rossi pareggia", "72’", Cardinal, "72", "-"),
    ]);
}

#[test]
fn approximate_round_nouns() {
    let rows = [
        (
            "Sono arrivate una decina di persone.",
            "una decina",
            "10",
            true,
            "-",
        ),
        ("una ventina di feriti", "una ventina", "20", true, "-"),
        ("un centinaio di case", "un centinaio", "100", true, "-"),
        (
            "un migliaio di manifestanti",
            "un migliaio",
            "1000",
            true,
            "-",
        ),
        (
            "una quindicina di giorni",
            "una quindicina",
            "15",
            true,
            "-",
        ),
        (
            "una coda di una ventina di chilometri",
            "una ventina di chilometri",
            "20",
            true,
            "km",
        ),
        (
            "un migliaio di euro",
            "un migliaio di euro",
            "1000",
            true,
            "EUR",
        ),
        ("una dozzina di uova", "una dozzina", "12", false, "-"),
    ];
    for (text, span, value, approximate, unit) in rows {
        let m = numbers(text).next().unwrap_or_else(|| panic!("{text}"));
        let got = (
            m.text(),
            m.value().to_string(),
            m.is_approximate(),
            m.unit().map_or("-", |u| u.symbol()),
        );
        assert_eq!(got, (span, value.to_owned(), approximate, unit), "{text}");
    }
    // The plural alone is no number.
    never(&[
        ("centinaia di persone", "centinaia"),
        ("migliaia di voti", "migliaia"),
    ]);
}

#[test]
fn forms_of_real_web_text() {
    check(&[
        ("Al 17' Rossi segna", "17'", Cardinal, "17", "-"),
        (
            "Un 30enne è stato arrestato.",
            "30enne",
            Cardinal,
            "30",
            "-",
        ),
        ("hai delle fans 21enni", "21enni", Cardinal, "21", "-"),
        ("Arrivò 3° al traguardo.", "3°", Ordinal, "3", "-"),
        ("il 2° classificato", "2°", Ordinal, "2", "-"),
        ("ha svoltato di 360°", "360°", Quantity, "360", "°"),
        ("Servono 5 e mezzo", "5 e mezzo", Decimal, "5.5", "-"),
        (
            "Servono 2 etti e 1/2 di farina",
            "2 etti e 1/2",
            Quantity,
            "2.5",
            "hg",
        ),
        (
            "3 chili e mezzo di patate",
            "3 chili e mezzo",
            Quantity,
            "3.5",
            "kg",
        ),
        ("La 10^ giornata di campionato.", "10^", Ordinal, "10", "-"),
        (
            "un milione e trecentomila abitanti",
            "un milione e trecentomila",
            Cardinal,
            "1300000",
            "-",
        ),
        ("È la II guerra mondiale.", "II", Ordinal, "2", "-"),
        ("dopo la I guerra mondiale", "I", Ordinal, "1", "-"),
        (
            "HA VINTO 3 MILIONI DI EURO",
            "3 MILIONI DI EURO",
            Money,
            "3000000",
            "EUR",
        ),
        (
            "PERCORSI 12 CHILOMETRI A PIEDI",
            "12 CHILOMETRI",
            Quantity,
            "12",
            "km",
        ),
        ("VENTITRÉ PERSONE", "VENTITRÉ", Cardinal, "23", "-"),
    ]);
}

#[test]
fn forms_of_the_number_specifications() {
    check(&[
        (
            "centotre e due terzi",
            "centotre e due terzi",
            Fraction,
            "311/3",
            "-",
        ),
        ("ne servono 2 e 1/4", "2 e 1/4", Fraction, "2.25", "-"),
        ("ne servono 2 1/4", "2 1/4", Fraction, "2.25", "-"),
        (
            "sei milioni e due terzi",
            "sei milioni e due terzi",
            Fraction,
            "18000002/3",
            "-",
        ),
        (
            "tre ventunesimi del totale",
            "tre ventunesimi",
            Fraction,
            "1/7",
            "-",
        ),
        (
            "un venticinquesimo del totale",
            "un venticinquesimo",
            Fraction,
            "0.04",
            "-",
        ),
        ("uno su tre ce la fa", "uno su tre", Fraction, "1/3", "-"),
        ("tre dozzine di rose", "tre dozzine", Cardinal, "36", "-"),
        ("mezza dozzina di uova", "mezza dozzina", Cardinal, "6", "-"),
        (
            "duecento virgola ventinove",
            "duecento virgola ventinove",
            Decimal,
            "200.29",
            "-",
        ),
        ("tre punto cinque", "tre punto cinque", Decimal, "3.5", "-"),
        ("vale 1e10", "1e10", Cardinal, "10000000000", "-"),
        ("vale -12e-1 circa", "-12e-1", Decimal, "-1.2", "-"),
        ("vale -4/5 del totale", "-4/5", Fraction, "-0.8", "-"),
        ("aggiungere ½ cucchiaino", "½", Fraction, "0.5", "-"),
        ("ne resta ⅙", "⅙", Fraction, "1/6", "-"),
        ("ne servono 2½", "2½", Fraction, "2.5", "-"),
        ("ha compiuto settant'anni", "settant'", Cardinal, "70", "-"),
        ("la 21esima edizione", "21esima", Ordinal, "21", "-"),
        ("il 30mo anniversario", "30mo", Ordinal, "30", "-"),
        ("Il risultato di 15/2 è 7,5.", "15/2", Fraction, "7.5", "-"),
    ]);
}

#[test]
fn not_numbers() {
    never(&[
        ("La Figura 12 mostra il menu.", "12"),
        ("come riportato nella tabella 3.", "3"),
        ("Si veda la tab. 4 e la sezione 2.", "4"),
        (
            "Il capitolo si apre così.\n\n1.2. Crea una copia del livello",
            "1.2",
        ),
        ("\t\t-- Alberto D'Ottavi", "Ottavi"),
        ("Si applicano i commi 2 e 3 dell'articolo.", "3"),
        ("Vedi i commi da 41 a 49 della legge.", "41"),
        ("Vedi i commi da 41 a 49 della legge.", "49"),
        ("Ai sensi degli artt. 7 e 57 del decreto.", "57"),
        ("ai precedenti art. 6, 7, 8 e 16.", "16"),
        ("Con le delibere nn. 14191 e 14192.", "14192"),
        ("1. All'articolo 3 sono apportate modifiche.", "1"),
        ("Premessa.\n2) il comma è abrogato.", "2"),
        ("Abito in Via Roma, 33 a Torino.", "33"),
        ("La sede è in Piazza Garibaldi 2.", "2"),
        ("La Strada provinciale 30 è chiusa.", "30"),
        ("Ci vediamo in Via XX Settembre.", "XX"),
        ("Ha comprato una Alfa Romeo 147 usata.", "147"),
        ("Vive a Sesto San Giovanni.", "Sesto"),
        ("Ha chiamato il 118 subito.", "118"),
        ("Chiamare il (+39) 06 4991 2345 per informazioni.", "39"),
        ("Chiamare il (+39) 06 4991 2345 per informazioni.", "4991"),
        ("Il telefono è 02 1234 5678.", "1234"),
        ("Il cellulare è 333 1234567.", "333"),
        ("È uscita la versione 3.2 del programma.", "3.2"),
        ("Serve la CIE 3.0 per accedere.", "3.0"),
        ("Il cantone dei Grigioni[4] confina.", "4"),
        ("Scarica il file documento (1).pdf adesso.", "1"),
        ("Compila il modello 730 entro giugno.", "730"),
        ("Mancava un quarto d'ora alla fine.", "quarto"),
        ("Il colore (255 255 255) è il bianco.", "255"),
        ("Una cena da 30 euro e 50 persone.", "30 euro e 50"),
        ("Il 2024 ha visto molti cambiamenti.", "2024 ha"),
        ("Agli Europei di Euro 2024 l'Italia è uscita.", "Euro 2024"),
        ("Un uomo è arrivato.", "Un"),
    ]);
    // A score stays two cardinals.
    let text = "La partita è finita 3-1 per noi.";
    let score: Vec<&str> = numbers(text).map(|m| &text[m.range()]).collect();
    assert_eq!(score, ["3", "1"]);
}

#[test]
fn years_are_dates_in_extract() {
    let options = ExtractOptions::new("2024-06-18".parse().unwrap());
    let found = extract("Nel 2019 sono stati percorsi 12 km.", &options);
    let numbers: Vec<&str> = found.numbers().iter().map(|m| m.text()).collect();
    let dates: Vec<&str> = found.dates().iter().map(|m| m.text()).collect();
    assert_eq!((numbers, dates), (vec!["12 km"], vec!["2019"]));
}

#[test]
fn parse_number_reads_units_and_money() {
    assert_eq!(parse_number("12,5 km").unwrap().to_string(), "12.5");
    assert_eq!(parse_number("euro 350,00").unwrap().to_string(), "350");
    assert_eq!(parse_number("100 000").unwrap().to_string(), "100000");
}

/// Italian-looking text with the shapes of this file: digits, number
/// words, units, currencies, signs, spaces.
fn quantity_text() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "12",
        "3,5",
        "1.000",
        "000",
        "100",
        "255",
        "-",
        "−",
        "+",
        "(",
        ")",
        "[",
        "]",
        "e",
        "di",
        "un",
        "una",
        "ventina",
        "decina",
        "dozzina",
        "mezzo",
        "mezza",
        "tre",
        "due",
        "milioni",
        "mila",
        "euro",
        "€",
        "$",
        "C",
        "HK",
        "km",
        "km/h",
        "chilometri",
        "metri",
        "cubi",
        "quadrati",
        "gradi",
        "°",
        "°C",
        "C",
        "sotto",
        "zero",
        "meno",
        "per",
        "mille",
        "‰",
        "%",
        "45'",
        "30enne",
        "10^",
        "^",
        "1/2",
        "½",
        "2½",
        "1e10",
        "12e",
        "kg",
        "GB",
        "ha",
        "l",
        "dollari",
        "australiani",
        "cent",
        "centesimi",
        "Via",
        "Roma",
        ",",
        "art.",
        "commi",
        "a",
        "da",
        "il",
        "118",
        "02",
        "1234",
        "\u{a0}",
        "\n",
        ".",
        "CIE",
        "3.0",
        "su",
        "virgola",
    ]);
    prop::collection::vec((words, prop::sample::select(vec!["", " ", "  "])), 0..24).prop_map(
        |parts| {
            parts
                .into_iter()
                .map(|(w, gap)| format!("{w}{gap}"))
                .collect()
        },
    )
}

proptest! {
    #[test]
    fn quantities_are_well_formed(text in prop_oneof![quantity_text(), any::<String>()]) {
        let mut end = 0;
        for m in numbers(&text) {
            let range = m.range();
            prop_assert!(range.start >= end, "overlap in {:?}", text);
            prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            prop_assert_eq!(&text[range.clone()], m.text());
            end = range.end;
            // Every value prints and parses back.
            let printed = m.value().to_string();
            let back: italiano::numbers::Value = printed.parse().unwrap();
            prop_assert_eq!(back, m.value());
            match m.kind() {
                Quantity => prop_assert!(m.unit().is_some_and(|u| u.family() != UnitFamily::Currency)),
                Money => prop_assert!(m.unit().is_some_and(|u| u.family() == UnitFamily::Currency)),
                _ => prop_assert!(m.unit().is_none()),
            }
        }
    }
}

/// A blank line is a wall: the numbers of a paragraph are the same alone
/// and after any other paragraph, at the same place.
#[test]
fn paragraphs_read_the_same_alone() {
    let paragraphs = [
        "Mario Monti",
        "2012: un anno difficile.",
        "Alfa Romeo",
        "281 senatori a favore.",
        "ne vorrei uno",
        "L'America ha votato.",
        "-- Alberto D'Ottavi",
        "x DU",
        "Figura 1251. Modello di colore",
        "per tre giorni",
        "alle 17:30",
        "e SOFT...",
        "http://t.co/x 3 euro",
    ];
    for first in paragraphs {
        for second in paragraphs {
            for gap in ["\n\n", "\n \n", "\r\n\r\n"] {
                let text = format!("{first}{gap}{second}");
                let shift = first.len() + gap.len();
                let whole: Vec<(String, std::ops::Range<usize>)> = numbers(&text)
                    .map(|m| (m.value().to_string(), m.range()))
                    .collect();
                let mut apart: Vec<(String, std::ops::Range<usize>)> = numbers(first)
                    .map(|m| (m.value().to_string(), m.range()))
                    .collect();
                apart.extend(numbers(second).map(|m| {
                    (
                        m.value().to_string(),
                        m.range().start + shift..m.range().end + shift,
                    )
                }));
                assert_eq!(whole, apart, "{text:?}");
            }
        }
    }
}
