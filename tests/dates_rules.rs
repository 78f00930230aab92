//! One table per coverage line of the date extractor, the cases that are
//! not dates included; the calendar against known facts; property tests.

use italiano::dates::{dates, Date, DateKind, Grain, Period, Weekday};
use italiano::{extract, ExtractOptions};
use proptest::prelude::*;

/// 2024-06-18, a Tuesday: the reference of every table.
fn reference() -> Date {
    Date::new(2024, 6, 18).unwrap()
}

/// `(span, value)` of every date in `text`.
fn found(text: &str) -> Vec<(String, String)> {
    dates(text, reference())
        .map(|m| (m.text().to_owned(), m.value().to_string()))
        .collect()
}

fn check(rows: &[(&str, &str, &str)]) {
    let mut failures = Vec::new();
    for &(text, span, value) in rows {
        let got = found(text);
        if got != [(span.to_owned(), value.to_owned())] {
            failures.push(format!(
                "{text:?}: expected {span:?} = {value}, got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn numeric_dates_day_first() {
    check(&[
        ("Firmato il 19/06/2024.", "19/06/2024", "2024-06-19"),
        ("Firmato il 19-06-2024.", "19-06-2024", "2024-06-19"),
        ("Firmato il 19.06.2024.", "19.06.2024", "2024-06-19"),
        ("Firmato il 19/6/24.", "19/6/24", "2024-06-19"),
        ("Firmato il 3/4/85.", "3/4/85", "1985-04-03"),
        ("Firmato il 2024-06-19.", "2024-06-19", "2024-06-19"),
        ("Fattura del 12/11/2023.", "12/11/2023", "2023-11-12"),
    ]);
}

#[test]
fn textual_dates() {
    check(&[
        ("Accadde il 19 giugno 2024.", "19 giugno 2024", "2024-06-19"),
        ("Accadde il 19 giu 2024.", "19 giu 2024", "2024-06-19"),
        ("Accadde il 19 giu. 2024.", "19 giu. 2024", "2024-06-19"),
        ("Lo sciopero sarà il 1° maggio.", "1° maggio", "2025-05-01"),
        ("Lo sciopero sarà il 1º maggio.", "1º maggio", "2025-05-01"),
        ("La festa è il primo maggio.", "primo maggio", "2025-05-01"),
        (
            "Lo sciopero fu il primo maggio.",
            "primo maggio",
            "2024-05-01",
        ),
        // A day in words before its month or with `di`; a year in words after its cue; a lone day in words ending a range.
        (
            "Si sposeranno il ventitré di giugno.",
            "ventitré di giugno",
            "2024-06-23",
        ),
        ("Nel duemilaventi la fiera saltò.", "duemilaventi", "2020"),
        (
            "Aperto dal tre al cinque marzo.",
            "dal tre al cinque marzo",
            "2024-03-03/2024-03-05",
        ),
        // No verb: the reference year, as documented.
        ("Sciopero: 1° maggio.", "1° maggio", "2024-05-01"),
        (
            "Ci vediamo martedì 18 giugno.",
            "martedì 18 giugno",
            "2024-06-18",
        ),
        // The weekday settles the year, whatever the tense says.
        (
            "L'incontro è fissato per venerdì 5 luglio.",
            "venerdì 5 luglio",
            "2024-07-05",
        ),
        (
            "Si votò domenica 5 luglio.",
            "domenica 5 luglio",
            "2020-07-05",
        ),
        ("Il bando è uscito a giugno 2024.", "giugno 2024", "2024-06"),
        ("A settembre riapriranno le scuole.", "settembre", "2024-09"),
        ("Nel 2022 ha nevicato poco.", "2022", "2022"),
        (
            "Ricordo l'11 settembre 2001.",
            "11 settembre 2001",
            "2001-09-11",
        ),
        (
            "Ricordo l’11 settembre 2001.",
            "11 settembre 2001",
            "2001-09-11",
        ),
        ("La festa dell'8 marzo è passata.", "8 marzo", "2024-03-08"),
        ("La festa dell’8 marzo è passata.", "8 marzo", "2024-03-08"),
        ("Accadde il 19 GIUGNO 2024.", "19 GIUGNO 2024", "2024-06-19"),
        ("Accadde il 19 Giugno 2024.", "19 Giugno 2024", "2024-06-19"),
    ]);
}

#[test]
fn weekdays_with_and_without_accent() {
    // Future tense: the next Monday after Tuesday 18 June.
    for day in ["lunedì", "lunedi", "lunedi'", "lunedi’", "Lunedì"] {
        let text = format!("Ci vedremo {day} in ufficio.");
        assert_eq!(
            found(&text),
            [(day.to_owned(), "2024-06-24".to_owned())],
            "{text}"
        );
    }
    // Past tense: the last Thursday.
    check(&[(
        "Giovedì il premier ha incontrato i sindacati.",
        "Giovedì",
        "2024-06-13",
    )]);
    // Not a date: a generic weekday.
    assert!(found("Il 29 febbraio 2024 è stato un giovedì.")
        .iter()
        .all(|(s, _)| s != "giovedì"));
}

#[test]
fn relative_dates() {
    check(&[
        ("Oggi piove.", "Oggi", "2024-06-18"),
        ("Ieri pioveva.", "Ieri", "2024-06-17"),
        ("Domani pioverà.", "Domani", "2024-06-19"),
        ("Dopodomani pioverà.", "Dopodomani", "2024-06-20"),
        ("L'altro ieri pioveva.", "altro ieri", "2024-06-16"),
        ("Tre giorni fa pioveva.", "Tre giorni fa", "2024-06-15"),
        (
            "Fra due settimane si vota.",
            "Fra due settimane",
            "2024-07-02",
        ),
        ("Tra un mese si vota.", "Tra un mese", "2024-07-18"),
        (
            "Lo hanno visto la settimana scorsa.",
            "settimana scorsa",
            "2024-W24",
        ),
        ("Si vota il mese prossimo.", "mese prossimo", "2024-07"),
        ("L'anno scorso ha vinto.", "anno scorso", "2023"),
        ("Quest'anno ha vinto.", "Quest'anno", "2024"),
        ("Quest’anno ha vinto.", "Quest’anno", "2024"),
        (
            "Martedì prossimo si vota.",
            "Martedì prossimo",
            "2024-06-25",
        ),
        (
            "Sabato scorso si è giocata la finale.",
            "Sabato scorso",
            "2024-06-15",
        ),
        (
            "Lo scorso 3 marzo ha nevicato.",
            "scorso 3 marzo",
            "2024-03-03",
        ),
        (
            "Il prossimo 3 marzo si vota.",
            "prossimo 3 marzo",
            "2025-03-03",
        ),
    ]);
}

#[test]
fn periods() {
    check(&[
        (
            "Si vota la settimana prossima.",
            "settimana prossima",
            "2024-W26",
        ),
        (
            "I conti del terzo trimestre sono buoni.",
            "terzo trimestre",
            "2024-Q3",
        ),
        ("La moda degli anni '90 torna.", "anni '90", "1990"),
        ("La moda degli anni ’90 torna.", "anni ’90", "1990"),
        ("La moda degli anni Novanta torna.", "anni Novanta", "1990"),
        ("Nel Novecento la città crebbe.", "Novecento", "1900"),
        ("Nell'Ottocento la città crebbe.", "Ottocento", "1800"),
    ]);
}

#[test]
fn ranges() {
    check(&[
        (
            "Aperto dal 3 al 5 marzo.",
            "dal 3 al 5 marzo",
            "2024-03-03/2024-03-05",
        ),
        (
            "Si svolgerà dal 10 al 14 giugno 2025.",
            "dal 10 al 14 giugno 2025",
            "2025-06-10/2025-06-14",
        ),
        (
            "Il museo resterà chiuso da lunedì a mercoledì.",
            "da lunedì a mercoledì",
            "2024-06-24/2024-06-26",
        ),
        (
            "Lavori da ottobre a dicembre.",
            "da ottobre a dicembre",
            "2024-10/2024-12",
        ),
        (
            "Crebbe tra il 2020 e il 2022.",
            "tra il 2020 e il 2022",
            "2020/2022",
        ),
        ("La stagione 2022-2023 fu lunga.", "2022-2023", "2022/2023"),
        ("Vive qui dal 2000.", "dal 2000", "2000/.."),
        (
            "Valido fino al 31 dicembre 2025.",
            "fino al 31 dicembre 2025",
            "../2025-12-31",
        ),
    ]);
}

#[test]
fn invalid_dates_leave_nothing() {
    let options = ExtractOptions::new(reference());
    for text in [
        "Il 31 febbraio non esiste.",
        "Fattura del 30/02/2023.",
        "Il 29 febbraio 2023 non è mai esistito.",
        "Il 31/04/2024 non c'è.",
        "Dal 30 al 31 febbraio 2024.",
    ] {
        let found = extract(text, &options);
        assert!(found.dates().is_empty(), "{text}: {:?}", found.dates());
        assert!(found.numbers().is_empty(), "{text}: {:?}", found.numbers());
    }
}

#[test]
fn not_dates() {
    for text in [
        "La partita è finita 2-1.",
        "Il tasso è al 3,5 per cento.",
        "Chiamate il 333 1234567.",
        "Secondo l'art. 21 la domanda è inammissibile.",
        "Hanno partecipato 1990 candidati.",
        "Un uomo è entrato.",
    ] {
        let got = found(text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn mar_by_position() {
    check(&[
        ("Ci vediamo mar 25 giugno.", "mar 25 giugno", "2024-06-25"),
        ("Arrivato il 18 mar 2024.", "18 mar 2024", "2024-03-18"),
    ]);
}

#[test]
fn kinds() {
    let kinds: Vec<DateKind> = dates(
        "Ieri, il 3 marzo 2024, giovedì passato e dal 2000.",
        reference(),
    )
    .map(|m| m.kind())
    .collect();
    assert_eq!(
        kinds,
        [
            DateKind::Relative,
            DateKind::Absolute,
            DateKind::Relative,
            DateKind::Range
        ]
    );
}

#[test]
fn calendar_round_trips_every_day_from_1900_to_2100() {
    let mut day = Date::new(1900, 1, 1).unwrap();
    let last = Date::new(2100, 12, 31).unwrap();
    let mut count = 0;
    let mut weekday = day.weekday().number_from_monday();
    while day <= last {
        let text = day.to_string();
        assert_eq!(text.parse::<Date>().unwrap(), day, "{text}");
        assert_eq!(Period::new(day, Grain::Day).to_string(), text);
        assert_eq!(day.weekday().number_from_monday(), weekday, "{text}");
        weekday = weekday % 7 + 1;
        day = day.add_days(1);
        count += 1;
    }
    // 201 years, 49 of them leap (1900 and 2100 are not).
    assert_eq!(count, 201 * 365 + 49);
}

#[test]
fn calendar_known_facts() {
    let date = |y, m, d| Date::new(y, m, d).unwrap();
    assert_eq!(date(1900, 1, 1).weekday(), Weekday::Monday);
    assert_eq!(date(1946, 6, 2).weekday(), Weekday::Sunday);
    assert_eq!(date(1969, 7, 20).weekday(), Weekday::Sunday);
    assert_eq!(date(2000, 1, 1).weekday(), Weekday::Saturday);
    assert_eq!(date(2024, 6, 18).weekday(), Weekday::Tuesday);
    // Leap years: 1900 is not, 2000 and 2024 are.
    assert!(Date::new(1900, 2, 29).is_err());
    assert!(Date::new(2000, 2, 29).is_ok());
    assert!(Date::new(2024, 2, 29).is_ok());
    assert!(Date::new(2023, 2, 29).is_err());
    // 31 marzo − 1 mese = 29 febbraio in a leap year, 28 otherwise.
    assert_eq!(date(2024, 3, 31).add_months(-1), date(2024, 2, 29));
    assert_eq!(date(2023, 3, 31).add_months(-1), date(2023, 2, 28));
    assert_eq!(date(2024, 1, 31).add_months(1), date(2024, 2, 29));
    assert_eq!(date(2024, 12, 31).add_months(2), date(2025, 2, 28));
    // ISO weeks at year boundaries.
    assert_eq!(date(2021, 1, 3).iso_week(), (2020, 53));
    assert_eq!(date(2024, 12, 30).iso_week(), (2025, 1));
    assert_eq!(
        Period::new(date(2024, 12, 30), Grain::Week).to_string(),
        "2025-W01"
    );
    assert_eq!(
        Period::new(date(2024, 8, 9), Grain::Quarter).to_string(),
        "2024-Q3"
    );
    assert_eq!(
        Date::new(2023, 2, 29).unwrap_err().to_string(),
        "day 29 is out of range for February 2023 (\"febbraio\"), which has 28 days"
    );
}

fn italianish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "il",
        "dal",
        "al",
        "da",
        "a",
        "tra",
        "fra",
        "e",
        "fino",
        "19",
        "3",
        "31",
        "29",
        "2024",
        "'90",
        "anni",
        "giugno",
        "febbraio",
        "dic.",
        "mar",
        "martedì",
        "lunedi'",
        "prossimo",
        "scorso",
        "fa",
        "giorni",
        "un",
        "mese",
        "quest'",
        "anno",
        "ieri",
        "l'",
        "altro",
        "/",
        "-",
        ".",
        "Novecento",
        "terzo",
        "trimestre",
        "primo",
        "maggio",
        "ha",
        "sarà",
        "9999",
        "0001",
        "00",
        "99/99/9999",
        "31/12/9999",
        "1/1/0001",
        "Ã¨",
        "🙂",
        "\u{a0}",
        // The wider calendar.
        "Natale",
        "natale",
        "Pasqua",
        "Pasquetta",
        "Lunedì",
        "dell'",
        "Angelo",
        "Festa",
        "della",
        "Repubblica",
        "San",
        "Valentino",
        "estate",
        "inverno",
        "weekend",
        "fine",
        "settimana",
        "inizio",
        "metà",
        "ultimi",
        "ultimo",
        "prossimi",
        "scorsi",
        "quinta",
        "domenica",
        "giorno",
        "di",
        "del",
        "ottobre",
        "entro",
        "prima",
        "dopo",
        "per",
        "questo",
        "secolo",
        "sec.",
        "XX",
        "d.C.",
        "a.C.",
        "semestre",
        "13-15",
        ",",
        "!",
        "15/02",
        "3/2015",
        "2012/2013",
        "1587-88",
        "2-ott",
        "genn",
        "odierna",
        "tornerò",
        "è",
        "stata",
        "approvata",
        "via",
        "XX",
        "Settembre",
        "2147483647",
        "30",
        // Times of day and durations.
        "alle",
        "17:30",
        "7.45",
        "24:00",
        "23.59",
        "ore",
        "h",
        "mezzanotte",
        "mezzogiorno",
        "stasera",
        "stanotte",
        "sera",
        "notte",
        "mattina",
        "pomeriggio",
        "dalle",
        "le",
        "delle",
        "meno",
        "quarto",
        "mezza",
        "mezz'",
        "un'",
        "ora",
        "minuti",
        "secondi",
        "adesso",
        "verso",
        "in",
        "punto",
    ]);
    prop::collection::vec((pieces, prop::sample::select(vec!["", " ", "  "])), 0..30)
        .prop_map(|v| v.into_iter().map(|(a, b)| format!("{a}{b}")).collect())
}

proptest! {
    #[test]
    fn dates_are_ordered_valid_and_on_char_boundaries(
        text in prop_oneof![italianish(), any::<String>()],
        year in -9999i32..=9999,
        month in 1u32..=12,
        day in 1u32..=28,
    ) {
        let reference = Date::new(year, month, day).unwrap();
        let mut end = 0;
        for m in dates(&text, reference) {
            let r = m.range();
            prop_assert!(r.start >= end && r.start < r.end && r.end <= text.len());
            prop_assert_eq!(&text[r.clone()], m.text());
            end = r.end;
            // Every value prints as a valid date or period and reads back.
            let value = m.value().to_string();
            for part in value.split('/') {
                prop_assert!(part == ".." || !part.is_empty());
                if part.len() == 10 {
                    prop_assert!(part.parse::<Date>().is_ok(), "{}", part);
                }
            }
        }
        // A whole string either is one date or says why not.
        let _ = italiano::dates::parse_date(&text, reference);
        let found = extract(&text, &ExtractOptions::new(reference));
        let mut end = 0;
        for m in found.dates() {
            prop_assert!(m.range().start >= end);
            end = m.range().end;
        }
    }
}

proptest! {
    /// Against any reference, with a time of day or without: times and
    /// durations in order and on char boundaries, every time-of-day value
    /// a date-time that reads back, minutes from now only with a time.
    #[test]
    fn times_and_durations_hold_against_any_reference(
        text in italianish(),
        days in 0i64..7_300_000,
        time in prop::option::of((0u32..24, 0u32..60)),
    ) {
        let reference = Date::new(-9999, 1, 1).unwrap().add_days(days);
        let mut options = ExtractOptions::new(reference);
        if let Some((h, m)) = time {
            options = options.time(italiano::dates::Time::new(h, m, 0).unwrap());
        }
        let found = extract(&text, &options);
        let mut end = 0;
        for m in found.dates() {
            prop_assert!(m.range().start >= end);
            end = m.range().end;
            prop_assert_eq!(&text[m.range()], m.text());
            if m.value().grain().is_some_and(|g| g.is_time_of_day()) {
                for part in m.value().to_string().split('/').filter(|p| *p != "..") {
                    let at = format!("{part}:00");
                    prop_assert!(at.parse::<italiano::dates::DateTime>().is_ok(), "{}", part);
                }
            }
            let from_now = m.rule() == "adesso" || m.rule().contains("<minutes>");
            prop_assert!(!from_now || time.is_some(), "{}", m.text());
        }
        let mut end = 0;
        for d in found.durations() {
            prop_assert!(d.range().start >= end);
            end = d.range().end;
            prop_assert_eq!(&text[d.range()], d.text());
            prop_assert!(d.value().to_string().starts_with('P'));
        }
    }
}

proptest! {
    /// A two-digit year, elided or in a numeric date, is the year with
    /// those last digits no more than ten years after the reference and
    /// less than ninety before it.
    #[test]
    fn two_digit_years_fall_near_the_reference(
        year in 1100i32..8900,
        yy in 0u32..100,
        numeric in any::<bool>(),
    ) {
        let reference = Date::new(year, 6, 18).unwrap();
        let text = if numeric {
            format!("Firmato il 3/4/{yy:02}.")
        } else {
            format!("Lo vidi nel '{yy:02}.")
        };
        let found: Vec<_> = dates(&text, reference).collect();
        prop_assert_eq!(found.len(), 1, "{}", text);
        let written = found[0].value().to_string();
        let y: i32 = written[..4].parse().unwrap();
        prop_assert_eq!(y.rem_euclid(100) as u32, yy);
        prop_assert!(y <= year + 10 && y > year - 90, "{} gives {}", text, written);
    }
}

#[test]
fn dashed_dates_inside_longer_chains_are_codes() {
    let reference = Date::new(2024, 6, 18).unwrap();
    for text in [
        "tel. 88-8-04-1267",
        "codice 02-12-03-2024",
        "12-03-2024-7 lotto",
    ] {
        assert_eq!(italiano::dates(text, reference).count(), 0, "{text}");
        assert!(italiano::extract(text, &ExtractOptions::new(reference))
            .dates()
            .is_empty());
    }
    assert_eq!(
        italiano::dates("il 12-03-2024.", reference)
            .next()
            .unwrap()
            .text(),
        "12-03-2024"
    );
}
