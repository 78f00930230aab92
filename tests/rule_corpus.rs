//! The rule corpora of the date and number readers, run by one runner
//! each: every row names the rule that should read it, so a failure says
//! which rule broke; rows with rule `-` must give nothing.

use italiano::dates::{dates, Date};

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
        let reference: Date = reference.parse().expect("a valid reference");
        let found: Vec<(&str, String, &str)> = dates(text, reference)
            .map(|m| (m.text(), m.value().to_string(), m.rule()))
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
fn all_dates(text: &str, reference: Date) -> String {
    let found: Vec<String> = dates(text, reference)
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
        let reference: Date = reference.parse().expect("a valid reference");
        let found = all_dates(text, reference);
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
                    m.text(),
                    m.kind().as_str(),
                    m.value().to_string(),
                    m.currency(),
                    m.rule(),
                )
            })
            .collect();
        let ok = match rule {
            "-" => found.is_empty(),
            _ => {
                let currency = Some(row[5]).filter(|c| *c != "-");
                found.contains(&(row[2], row[3], row[4].to_owned(), currency, rule))
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
