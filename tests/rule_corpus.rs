//! The rule corpora of the date and number readers, run by one runner
//! each: every row names the rule that should read it, so a failure says
//! which rule broke; rows with rule `-` must give nothing.

use italiano::dates::{dates_with, Date, DateMatch, DateOptions, DateTime};

/// The dates of `text` against a reference written as a date or a
/// date-time (`2024-06-18T10:30`).
fn dates_at<'a>(text: &'a str, reference: &str) -> Vec<DateMatch<'a>> {
    let (date, options) = match reference.parse::<DateTime>() {
        Ok(at) => (at.date(), DateOptions::new().time(at.time())),
        Err(_) => (
            reference.parse::<Date>().expect("a valid reference"),
            DateOptions::new(),
        ),
    };
    dates_with(text, date, &options).collect()
}

/// The tab-separated rows of a corpus file, comments and blank lines left
/// out.
fn rows(corpus: &str) -> impl Iterator<Item = Vec<&str>> {
    corpus
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').collect())
}

#[test]
fn date_rules() {
    let mut failures = Vec::new();
    for row in rows(include_str!("data/date_rules.tsv")) {
        let (rule, reference, text) = (row[0], row[1], row[2]);
        let found: Vec<(&str, String, &str)> = dates_at(text, reference)
            .into_iter()
            .map(|m| (&text[m.range()], m.value().to_string(), m.rule()))
            .collect();
        let expected: Vec<(&str, String, &str)> = match rule {
            "-" => vec![],
            _ => vec![(row[3], row[4].to_owned(), rule)],
        };
        // A row names one date; others in its text are not its concern.
        let ok = match rule {
            "-" => found.is_empty(),
            _ => found.contains(&expected[0]),
        };
        if !ok {
            failures.push(format!(
                "[{rule}] {text:?}: expected {expected:?}, got {found:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Every date of a text, as the families table writes them.
fn all_dates(text: &str, reference: &str) -> String {
    let found: Vec<String> = dates_at(text, reference)
        .into_iter()
        .map(|m| format!("{}={}", m.text(), m.value()))
        .collect();
    if found.is_empty() {
        "-".to_owned()
    } else {
        found.join(" | ")
    }
}

#[test]
fn date_families() {
    let mut failures = Vec::new();
    for row in rows(include_str!("data/date_families.tsv")) {
        let (family, reference, text, expected) = (row[0], row[1], row[2], row[3]);
        // `\n` in a row is a line break of the text (a programme under
        // its day, paragraphs).
        let text = text.replace("\\n", "\n");
        let found = all_dates(&text, reference);
        if found != expected {
            failures.push(format!(
                "[{family}] {text:?}: expected {expected}, got {found}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn number_rules() {
    let mut failures = Vec::new();
    for row in rows(include_str!("data/number_rules.tsv")) {
        let (rule, text) = (row[0], row[1]);
        let found: Vec<(&str, &str, String, Option<&str>, &str)> = italiano::numbers(text)
            .map(|m| {
                (
                    &text[m.range()],
                    m.kind().as_str(),
                    m.value().to_string(),
                    m.unit().map(|u| u.symbol()),
                    m.rule(),
                )
            })
            .collect();
        let ok = match rule {
            "-" => found.is_empty(),
            _ => {
                let unit = Some(row[5]).filter(|c| *c != "-");
                found.contains(&(row[2], row[3], row[4].to_owned(), unit, rule))
            }
        };
        if !ok {
            failures.push(format!(
                "[{rule}] {text:?}: expected {:?}, got {found:?}",
                &row[2..]
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Durations and the numbers left beside them, as the durations table
/// writes them.
fn listed<T>(items: &[T], show: impl Fn(&T) -> String) -> String {
    if items.is_empty() {
        "-".to_owned()
    } else {
        items.iter().map(show).collect::<Vec<_>>().join(" | ")
    }
}

#[test]
fn durations() {
    let options = italiano::ExtractOptions::new(Date::new(2024, 6, 18).expect("a valid date"));
    let mut failures = Vec::new();
    for row in rows(include_str!("data/durations.tsv")) {
        let (family, text, durations, numbers) = (row[0], row[1], row[2], row[3]);
        let found = italiano::extract(text, &options);
        let got_durations = listed(found.durations(), |m| format!("{}={}", m.text(), m.value()));
        let got_numbers = listed(found.numbers(), |m| format!("{}={}", m.text(), m.value()));
        // The reader alone agrees with `extract` where no date is in play.
        let alone: Vec<String> = italiano::durations::durations(text)
            .map(|m| format!("{}={}", m.text(), m.value()))
            .collect();
        if got_durations != durations || got_numbers != numbers {
            failures.push(format!(
                "[{family}] {text:?}: expected {durations} / {numbers}, got {got_durations} / {got_numbers}"
            ));
        } else if listed(&alone, String::clone) != durations {
            failures.push(format!(
                "[{family}] {text:?}: durations() alone gave {alone:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
