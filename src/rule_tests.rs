//! Tests of the rule layer that need the crate's internals: every rule has
//! a row in the rule corpora (`tests/data/*.tsv`), every start word passes
//! its reader's filter, and the filtered readers find exactly what a naive
//! loop finds by trying every token position.

use proptest::prelude::*;

use crate::dates::{self, rules as date_rules, Date, DateOptions};
use crate::numbers::{rules as number_rules, NumberReader};
use crate::start::{Start, StartFilter};
use crate::window::Window;

fn head(word: &str) -> u32 {
    crate::lexicon::head(word.as_bytes(), 0, word.len())
}

/// The rule names of a corpus file, its first column.
fn corpus_rules(corpus: &str) -> Vec<&str> {
    corpus
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split('\t').next())
        .collect()
}

#[test]
fn every_rule_has_a_corpus_row() {
    let dates = corpus_rules(include_str!("../tests/data/date_rules.tsv"));
    for rule in date_rules::RULES {
        assert!(
            dates.contains(&rule.name),
            "no row for date rule {}",
            rule.name
        );
    }
    let numbers = corpus_rules(include_str!("../tests/data/number_rules.tsv"));
    for rule in number_rules::RULES {
        assert!(
            numbers.contains(&rule.name),
            "no row for number rule {}",
            rule.name
        );
    }
}

/// Every word a rule starts with passes the filter, as written, in
/// capitals, and with the final mark that abbreviations carry.
fn start_words_pass(filter: &StartFilter, name: &str, starts: &[Start], marked: bool) {
    for start in starts {
        let Start::Words(words) = start else { continue };
        for word in *words {
            let capital = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
            let mut forms = vec![word.to_string(), capital];
            if marked {
                forms.push(format!("{word}."));
            }
            for w in forms {
                assert!(filter.may_start(&w, head(&w)), "{name}: {w}");
            }
        }
    }
}

#[test]
fn every_start_word_passes_its_filter() {
    for rule in date_rules::RULES {
        start_words_pass(&date_rules::FILTER, rule.name, rule.starts, rule.marked);
        assert!(
            rule.starts
                .iter()
                .all(|s| !matches!(s, Start::Words(w) if w.is_empty())),
            "{}",
            rule.name
        );
    }
    for rule in number_rules::RULES {
        start_words_pass(&number_rules::FILTER, rule.name, rule.starts, false);
    }
    for word in [
        "'98",
        "’98",
        "19/06/2024",
        "tre",
        "ventitré",
        "millenovecento",
        "dic.",
    ] {
        assert!(date_rules::FILTER.may_start(word, head(word)), "{word}");
    }
    for word in ["mario", "quando", "stato", "proprio", "di", "il", ",", "è"] {
        assert!(!date_rules::FILTER.may_start(word, head(word)), "{word}");
    }
}

fn reference() -> Date {
    Date::new(2024, 6, 18).expect("a valid date")
}

/// `read` with every rule whose first token matches tried, whatever the
/// tokens around it ([`UNGATED`](crate::rule_index::UNGATED)).
fn ungated<T>(read: impl FnOnce() -> T) -> T {
    crate::rule_index::UNGATED.with(|u| u.set(true));
    let found = read();
    crate::rule_index::UNGATED.with(|u| u.set(false));
    found
}

/// The dates of `text` found by trying the rules at every token.
fn naive_dates(text: &str) -> Vec<(std::ops::Range<usize>, String)> {
    let mut reader = dates::read::DateReader::new(reference(), DateOptions::new());
    let mut win = Window::new(text);
    let mut found = Vec::new();
    while win.get(0).is_some() {
        match reader.hit_at(&mut win) {
            Some(hit) => {
                found.extend(dates::to_match(text, hit).map(|m| (m.range(), m.value().to_string())))
            }
            None => win.advance(1),
        }
    }
    found
}

/// The numbers of `text` found by trying the rules at every token.
fn naive_numbers(text: &str) -> Vec<(std::ops::Range<usize>, String)> {
    let reader = NumberReader::new();
    let mut win = Window::new(text);
    let mut found = Vec::new();
    while win.get(0).is_some() {
        found.extend(
            reader
                .next_at(&mut win)
                .map(|m| (m.range(), m.value().to_string())),
        );
    }
    found
}

/// Tokens that make dates and numbers, and tokens that do not.
fn italianish() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "dal",
        "al",
        "da",
        "a",
        "tra",
        "fra",
        "il",
        "l'",
        "e",
        "fino",
        "3",
        "5",
        "19",
        "2024",
        "2020",
        "marzo",
        "dic.",
        "giugno",
        "lunedì",
        "venerdì",
        "sab",
        "mar",
        "gio",
        "prossimo",
        "scorso",
        "ieri",
        "domani",
        "altro",
        "anni",
        "'90",
        "’50",
        "Novecento",
        "primo",
        "ventitré",
        "duemilaventi",
        "secondo",
        "trimestre",
        "tre",
        "giorni",
        "fa",
        "quest'",
        "anno",
        "Ferragosto",
        "19/06/2024",
        "30/02/2023",
        "-",
        "–",
        "€",
        "EUR",
        "XIV",
        "Luigi",
        "%",
        "per",
        "cento",
        "mezzo",
        "litro",
        "un",
        "terzo",
        "milioni",
        "di",
        "euro",
        "1.500",
        "3,5",
        "è",
        "arrivato",
        "partirà",
        ".",
        ",",
        ":",
        "\n",
        "Sig.",
        "casa",
        "mario",
        "quando",
        "alle",
        "all'",
        "dalle",
        "ore",
        "una",
        "uno",
        "meno",
        "quarto",
        "17:30",
        "9.30",
        "2022/23",
        "nel",
        "ora",
        "minuti",
        "tutto",
        "giorno",
        "Tutti",
        "i",
        "Santi",
        "fine",
        "settimana",
        "mezz'",
        "+",
        "dopo",
        "entro",
        "pomeriggio",
        "/",
    ]);
    prop::collection::vec((words, prop::bool::ANY), 0..30).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(w, space)| if space { format!("{w} ") } else { w.to_owned() })
            .collect()
    })
}

proptest! {
    #[test]
    fn the_filters_never_hide_a_match(text in italianish()) {
        let filtered: Vec<_> = dates::dates(&text, reference())
            .map(|m| (m.range(), m.value().to_string()))
            .collect();
        prop_assert_eq!(filtered, ungated(|| naive_dates(&text)));
        let filtered: Vec<_> = crate::numbers(&text)
            .map(|m| (m.range(), m.value().to_string()))
            .collect();
        prop_assert_eq!(filtered, ungated(|| naive_numbers(&text)));
        let options = crate::ExtractOptions::new(reference()).time(crate::dates::Time::new(10, 30, 0).expect("a valid time"));
        // What was found, not which of two rules that read the same found
        // it first.
        let found = |e: crate::Extraction<'_>| {
            let numbers = e.numbers().iter().map(|m| (m.range(), m.value().to_string()));
            let dates = e.dates().iter().map(|m| (m.range(), m.value().to_string()));
            let durations = e.durations().iter().map(|m| (m.range(), m.value().to_string()));
            (numbers.collect::<Vec<_>>(), dates.collect::<Vec<_>>(), durations.collect::<Vec<_>>())
        };
        let gated = found(crate::extract(&text, &options));
        prop_assert_eq!(gated, ungated(|| found(crate::extract(&text, &options))));
    }
}
