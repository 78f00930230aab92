//! Step 3: pairing openers with closers.
//!
//! A stack of open quotations, reset at every blank line, pairs openers with
//! closers of the same family (double or single), whatever glyph either was
//! typed with. What stays unpaired keeps the direction its neighbours
//! suggest. Every opener is pushed and popped once, so pairing is linear
//! however deep the nesting.

use super::{has_blank_line, word_before, Family, Mark, Resolved, Role};
use crate::lexicon;

/// How deep into the stack of open quotations a word-final mark looks for
/// its opener; deeper nesting does not occur in text, and the bound keeps
/// pairing linear on hostile input.
const STACK_LOOKBACK: usize = 64;

/// An opener waiting for its closer: the index of its mark, with its
/// family and what it falls back to in the three top bits. Text with nothing
/// but openings keeps every one on the stack, so an entry takes 8 bytes.
#[derive(Clone, Copy)]
struct Opened(u64);

const SINGLE: u64 = 1 << 63;
/// Falls back to an apostrophe if unmatched (`'ndrangheta`).
const ELIDE: u64 = 1 << 62;
/// A straight mark between spaces, kept as typed if unmatched.
const NEUTRAL: u64 = 1 << 61;

impl Opened {
    fn new(mark: usize, family: Family, elide: bool, neutral: bool) -> Opened {
        let mut bits = mark as u64;
        if family == Family::Single {
            bits |= SINGLE;
        }
        if elide {
            bits |= ELIDE;
        }
        if neutral {
            bits |= NEUTRAL;
        }
        Opened(bits)
    }

    fn mark(self) -> usize {
        (self.0 & (NEUTRAL - 1)) as usize
    }

    fn family(self) -> Family {
        if self.0 & SINGLE != 0 {
            Family::Single
        } else {
            Family::Double
        }
    }

    fn unmatched(self) -> Resolved {
        if self.0 & ELIDE != 0 {
            Resolved::Apostrophe { word_final: false }
        } else if self.0 & NEUTRAL != 0 {
            Resolved::Keep
        } else {
            Resolved::Quote {
                family: self.family(),
                open: true,
                matched: false,
            }
        }
    }
}

/// The quotations open at the current mark, innermost last.
#[derive(Default)]
struct Quotations {
    stack: Vec<Opened>,
    /// How many of each family are open, so that a closer with no partner is
    /// known at once.
    open: [usize; 2],
}

impl Quotations {
    fn is_open(&self, family: Family) -> bool {
        self.open[family.index()] > 0
    }

    fn innermost(&self) -> Option<Family> {
        self.stack.last().map(|o| o.family())
    }

    fn push(&mut self, mark: usize, family: Family, elide: bool, neutral: bool) {
        self.open[family.index()] += 1;
        self.stack.push(Opened::new(mark, family, elide, neutral));
    }

    /// Closes the innermost open quotation of `family`, leaving whatever was
    /// opened inside it unmatched, and returns what the closer is.
    fn close(&mut self, marks: &mut [Mark], family: Family) -> Resolved {
        let unmatched = Resolved::Quote {
            family,
            open: false,
            matched: false,
        };
        if !self.is_open(family) {
            return unmatched;
        }
        while let Some(opened) = self.stack.pop() {
            self.open[opened.family().index()] -= 1;
            if opened.family() == family {
                marks[opened.mark()].set_resolved(Resolved::Quote {
                    family,
                    open: true,
                    matched: true,
                });
                return Resolved::Quote {
                    family,
                    open: false,
                    matched: true,
                };
            }
            marks[opened.mark()].set_resolved(opened.unmatched());
        }
        unmatched
    }

    /// Leaves every open quotation unmatched (at a blank line, at the end).
    fn clear(&mut self, marks: &mut [Mark]) {
        for opened in self.stack.drain(..) {
            marks[opened.mark()].set_resolved(opened.unmatched());
        }
        self.open = [0, 0];
    }

    /// Whether the innermost open single quotation starts right before `at`.
    fn single_starts_at(&self, marks: &[Mark], at: usize) -> bool {
        let innermost = self
            .stack
            .iter()
            .rev()
            .take(STACK_LOOKBACK)
            .find(|o| o.family() == Family::Single);
        innermost.is_some_and(|o| marks[o.mark()].end() == at)
    }
}

pub(super) fn pair(text: &str, marks: &mut [Mark]) {
    let mut open = Quotations::default();
    for i in 0..marks.len() {
        if !open.stack.is_empty()
            && i > 0
            && has_blank_line(&text[marks[i - 1].end()..marks[i].start()])
        {
            open.clear(marks);
        }
        let role = marks[i].role();
        marks[i].set(
            super::flag::BY_GLYPH,
            matches!(role, Role::Neutral { .. } | Role::AfterDigit { .. }),
        );
        let innermost = open.innermost();
        let opener = match role {
            Role::Open {
                family,
                elide,
                neutral,
            } => Some((family, elide, neutral)),
            Role::Either { family } if !open.is_open(family) => Some((family, false, false)),
            Role::Neutral { family } if innermost != Some(family) => Some((family, false, true)),
            _ => None,
        };
        if let Some((family, elide, neutral)) = opener {
            open.push(i, family, elide, neutral);
            continue;
        }
        let resolved = match role {
            Role::Keep | Role::Open { .. } => Resolved::Keep,
            Role::Apostrophe { word_final } => Resolved::Apostrophe { word_final },
            Role::Close { family } | Role::Either { family } | Role::Neutral { family } => {
                open.close(marks, family)
            }
            Role::AfterDigit { family } if innermost == Some(family) => open.close(marks, family),
            Role::AfterDigit { .. } => Resolved::Keep,
            Role::WordFinal => {
                // A word that usually takes an apostrophe (`po'`, `e'`) keeps
                // it, unless it is all there is in the quotation (`'e'`).
                let closes = open.is_open(Family::Single) && {
                    let word = word_before(text, marks[i].start());
                    !lexicon::is_strong_apostrophe(word)
                        || open.single_starts_at(marks, marks[i].start() - word.len())
                };
                if closes {
                    open.close(marks, Family::Single)
                } else {
                    Resolved::Apostrophe { word_final: true }
                }
            }
        };
        marks[i].set_resolved(resolved);
    }
    open.clear(marks);
}
