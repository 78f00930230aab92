//! The date reader: the rules of [`rules`](super::rules) applied at the
//! window's cursor, and what they read resolved.

use std::ops::Range;

use super::expr::{Read, Reading};
use super::resolve::Resolver;
use super::rules::{rules_at, Place, RULES};
use super::tense::{tense_at, Tense};
use super::{combine, Date, DateKind, DateOptions, DateValue, Period};
use crate::text::{is_dash, starts_with_digit};
use crate::window::Window;

/// A date, or the span of one that does not exist (`found` is `None`).
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    pub(crate) range: Range<usize>,
    pub(crate) found: Option<(DateKind, DateValue)>,
    /// The name of the rule that read it.
    pub(crate) rule: &'static str,
}

/// The date rules, applied at a window's cursor; shared by
/// [`DateMatches`](super::DateMatches) and [`extract`](crate::extract).
#[derive(Debug, Clone, Copy)]
pub(crate) struct DateReader {
    resolver: Resolver,
}

impl DateReader {
    pub(crate) fn new(reference: Date, options: DateOptions) -> DateReader {
        DateReader {
            resolver: Resolver { reference, options },
        }
    }

    /// The date (or impossible date) at the window's cursor, with the
    /// cursor moved past it; `None`, and the cursor where it was, when
    /// there is none.
    pub(crate) fn hit_at(&self, win: &mut Window<'_>) -> Option<Hit> {
        let word = win.text_at(0);
        // No date starts inside a code (`3a-3`, `978-88-04`).
        if starts_with_digit(word) && after_joined_dash(win) {
            return None;
        }
        let starting = rules_at(win, 0);
        for rule in crate::start::rule_indices(starting).map(|i| &RULES[i]) {
            let Some(read) = (rule.read)(win, Place::CURSOR) else {
                continue;
            };
            let found = self.resolve(win, read);
            let start = win.get(0)?.range().start;
            let end = win.get(read.len - 1)?.range().end;
            win.advance(read.len);
            return Some(Hit {
                range: start..end,
                found,
                rule: rule.name,
            });
        }
        None
    }

    /// The value of what a rule read at the cursor; `None` for a date that
    /// does not exist.
    fn resolve(&self, win: &mut Window<'_>, read: Read) -> Option<(DateKind, DateValue)> {
        let r = &self.resolver;
        // The tense is read only for a date that leaves out its year: after
        // the expression for one alone, from its start for a range.
        let tense = |win: &mut Window<'_>, needed: bool, from: usize| {
            if needed {
                tense_at(win, from)
            } else {
                Tense::Unknown
            }
        };
        let range = |start: Option<Period>, end: Option<Period>| {
            Some((DateKind::Range, DateValue::range(start, end).ok()?))
        };
        match read.reading {
            Reading::Atom(e) => {
                let tense = tense(win, e.needs_tense(), read.len);
                let value = match r.span(e, tense)? {
                    (a, b) if a == b => DateValue::Period(a),
                    (a, b) => DateValue::range(Some(a), Some(b)).ok()?,
                };
                Some((e.kind(), value))
            }
            Reading::Range(a, b) => {
                let tense = tense(win, a.needs_tense(), 0);
                Some((DateKind::Range, combine::resolve_range(r, a, b, tense)?))
            }
            Reading::Since(a) => {
                let tense = tense(win, a.needs_tense(), 0);
                range(Some(r.span(a, tense)?.0), None)
            }
            Reading::After(a) => {
                let tense = tense(win, a.needs_tense(), 0);
                range(Some(r.span(a, tense)?.1.step(1)), None)
            }
            Reading::Until(b) => {
                let tense = tense(win, b.needs_tense(), 0);
                range(None, Some(r.span(b, tense)?.1))
            }
            Reading::Before(b) => {
                let tense = tense(win, b.needs_tense(), 0);
                range(None, Some(r.span(b, tense)?.0.step(-1)))
            }
            Reading::Invalid => None,
        }
    }
}

/// The token behind the cursor is a dash written against it and against
/// a letter or digit before it.
fn after_joined_dash(win: &mut Window<'_>) -> bool {
    let Some(dash) = win.behind() else {
        return false;
    };
    is_dash(dash.text())
        && win.gap_before().is_empty()
        && win.text()[..dash.range().start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}
