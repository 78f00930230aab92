//! Finding quote marks and deciding what each one is.
//!
//! Three steps, each linear in the text:
//!
//! 1. **Scan.** A SIMD search (`memchr`) finds the few bytes that can start a
//!    mark (`'` `"` `` ` `` and the lead bytes of the typographic marks);
//!    everything else is skipped without being decoded.
//! 2. **Classify.** Each mark is judged from its neighbours alone: between
//!    letters it is an apostrophe (`l'acqua`), after a space and before a
//!    word it opens, after a word and before a space or punctuation it
//!    closes. Runs of adjacent marks are transparent to each other, so `«“`
//!    both see the space before them. Some marks cannot be judged locally
//!    (`era"Ritorno`, `vero'`); their role says what the pairing state must
//!    decide.
//! 3. **Pair.** A stack of open quotations, reset at every blank line, pairs
//!    openers with closers of the same family (double or single), whatever
//!    glyph either was typed with. What stays unpaired keeps the direction
//!    its neighbours suggest.
//!
//! The glyph a mark was typed with is trusted only where the neighbours
//! cannot tell (a mark with spaces on both sides, `« testo »`).

use memchr::{memchr, memchr3};

use crate::lexicon;

/// Double marks (`"` `“` `”` `„` `‟` `«` `»` `″`, TeX ``` `` ``` and `''`)
/// and single marks (`'` `‘` `’` `‚` `‛` `‹` `›` `′` `` ` `` `´` `ʼ`) pair
/// only within their family.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Family {
    Double,
    Single,
}

impl Family {
    fn index(self) -> usize {
        self as usize
    }
}

/// What a mark turned out to be.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Resolved {
    /// Left exactly as typed: a measurement, code, an emoticon, an orphan.
    Keep,
    /// An apostrophe. `word_final` when it follows a word and ends it
    /// (`po'`, `perche'`): the only place where it may stand for an accent.
    Apostrophe { word_final: bool },
    /// A quotation mark. `matched` when its partner was found.
    Quote {
        family: Family,
        open: bool,
        matched: bool,
    },
}

/// A mark found in the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Mark {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) resolved: Resolved,
}

/// The local judgement, before pairing.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Keep,
    Apostrophe {
        word_final: bool,
    },
    /// Opens; `elide` when it becomes an apostrophe if it stays unmatched
    /// (`'ndrangheta`, `'O sole mio`); `neutral` for a straight mark with
    /// spaces on both sides, kept as typed if it stays unmatched.
    Open {
        family: Family,
        elide: bool,
        neutral: bool,
    },
    Close {
        family: Family,
    },
    /// Letters or punctuation on both sides: closes an open quotation of its
    /// family, opens otherwise.
    Either {
        family: Family,
    },
    /// After a digit (`27"`, `45'`): closes a quotation of its family open
    /// on top, otherwise a measurement.
    AfterDigit {
        family: Family,
    },
    /// After a word, before a space or punctuation (`vero'`, `po'`): closes
    /// an open single quotation, unless the word usually takes an apostrophe
    /// (`strong`) and is not the whole quotation.
    WordFinal {
        strong: bool,
    },
    /// A straight mark with spaces on both sides: closes a quotation of its
    /// family open on top, or opens a neutral one.
    Neutral {
        family: Family,
    },
}

/// Which way a neighbouring character points.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    /// Whitespace, or the start or end of the text.
    Space,
    Letter,
    Digit,
    OpenBracket,
    CloseBracket,
    Dash,
    /// Sentence and clause punctuation: `. , ; : ! ? …`.
    Punct,
    Other,
}

impl Side {
    fn of(c: Option<char>) -> Side {
        let Some(c) = c else { return Side::Space };
        match c {
            'a'..='z' | 'A'..='Z' => Side::Letter,
            '0'..='9' => Side::Digit,
            '(' | '[' | '{' => Side::OpenBracket,
            ')' | ']' | '}' => Side::CloseBracket,
            '-' | '‐' | '‒' | '–' | '—' | '―' => Side::Dash,
            '.' | ',' | ';' | ':' | '!' | '?' | '…' => Side::Punct,
            c if c.is_whitespace() => Side::Space,
            c if c.is_alphabetic() => Side::Letter,
            c if c.is_numeric() => Side::Digit,
            _ => Side::Other,
        }
    }

    /// Space-like on the left: what may come before an opener.
    fn opens(self) -> bool {
        matches!(self, Side::Space | Side::OpenBracket | Side::Dash)
    }

    /// Space-like on the right: what may come after a closer.
    fn closes(self) -> bool {
        matches!(
            self,
            Side::Space | Side::Punct | Side::CloseBracket | Side::Dash
        )
    }
}

/// A mark as scanned, with what the classifier needs to know about it.
struct Raw {
    start: usize,
    end: usize,
    /// The mark's character; TeX ``` `` ``` and `''` are `“` and `”`.
    glyph: char,
    tex: bool,
    before: Option<char>,
    after: Option<char>,
    left: Side,
    right: Side,
}

/// Finds every mark in `text` and resolves it.
pub(crate) fn resolve(text: &str) -> Vec<Mark> {
    let raws = scan(text);
    let roles = classify(text, &raws);
    pair(text, &raws, &roles)
}

/// `c` is a quote mark or apostrophe of either family.
pub(crate) fn family_of(c: char) -> Option<Family> {
    match c {
        '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '″' => Some(Family::Double),
        '\'' | '‘' | '’' | '‚' | '‛' | '‹' | '›' | '′' | '`' | '´' | 'ʼ' => {
            Some(Family::Single)
        }
        _ => None,
    }
}

fn scan(text: &str) -> Vec<Raw> {
    let bytes = text.as_bytes();
    let mut raws: Vec<Raw> = Vec::new();
    // Next position of an ASCII mark and of a lead byte of a non-ASCII mark;
    // each search is redone only once its result has been passed.
    let (mut next_ascii, mut next_lead) = (0, 0);
    let mut pos = 0;
    let mut tex_open = false;
    while pos < bytes.len() {
        if next_ascii < pos {
            next_ascii = memchr3(b'\'', b'"', b'`', &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
        }
        if next_lead < pos {
            next_lead = memchr3(0xE2, 0xC2, 0xCA, &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
        }
        let start = next_ascii.min(next_lead);
        if start >= bytes.len() {
            break;
        }
        let Some(c) = text[start..].chars().next() else {
            break;
        };
        let mut end = start + c.len_utf8();
        pos = end;
        if family_of(c).is_none() {
            continue;
        }
        let mut glyph = c;
        let mut tex = false;
        if c == '`'
            && bytes.get(end) == Some(&b'`')
            && bytes
                .get(end + 1)
                .is_some_and(|b| b.is_ascii_alphanumeric())
        {
            // TeX opening ``, followed by the quoted word.
            glyph = '“';
            tex = true;
            tex_open = true;
        } else if c == '\'' && tex_open && bytes.get(end) == Some(&b'\'') {
            glyph = '”';
            tex = true;
            tex_open = false;
        }
        if tex {
            end += 1;
            pos = end;
        }
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        raws.push(Raw {
            start,
            end,
            glyph,
            tex,
            before,
            after,
            left: Side::Space,
            right: Side::Space,
        });
    }
    // Adjacent marks are transparent: each sees the first character that is
    // not a mark on either side of the run.
    for i in 0..raws.len() {
        raws[i].left = match i.checked_sub(1) {
            Some(p) if raws[p].end == raws[i].start => raws[p].left,
            _ => Side::of(raws[i].before),
        };
    }
    for i in (0..raws.len()).rev() {
        raws[i].right = match raws.get(i + 1) {
            Some(n) if n.start == raws[i].end => n.right,
            _ => Side::of(raws[i].after),
        };
    }
    raws
}

/// How many marks ahead a `=` code value may close (`name='server'`).
const CODE_VALUE_MARKS: usize = 32;

fn classify(text: &str, raws: &[Raw]) -> Vec<Role> {
    let mut roles = vec![Role::Keep; raws.len()];
    // For each mark, the index of the next backtick (for code spans).
    let mut next_backtick = vec![usize::MAX; raws.len()];
    let mut following = usize::MAX;
    for i in (0..raws.len()).rev() {
        next_backtick[i] = following;
        if raws[i].glyph == '`' {
            following = i;
        }
    }

    let mut i = 0;
    while i < raws.len() {
        let raw = &raws[i];
        // Code: a quote right after `=` opens a value, closed by the same
        // mark on the same line; a backtick opens a code span closed by the
        // next backtick in the paragraph. Nothing inside changes.
        if raw.before == Some('=') && !raw.tex {
            let close = (i + 1..raws.len().min(i + 1 + CODE_VALUE_MARKS))
                .take_while(|&j| {
                    memchr(b'\n', text[raws[j - 1].end..raws[j].start].as_bytes()).is_none()
                })
                .find(|&j| raws[j].glyph == raw.glyph);
            i = close.map_or(i, |j| j) + 1;
            continue;
        }
        if raw.glyph == '`' && !is_apostrophe_backtick(text, raw) {
            let close = next_backtick[i];
            if close != usize::MAX && !has_blank_line(&text[raw.end..raws[close].start]) {
                i = close + 1;
                continue;
            }
            i += 1;
            continue;
        }
        roles[i] = classify_one(text, raw);
        i += 1;
    }
    roles
}

fn is_apostrophe_backtick(text: &str, raw: &Raw) -> bool {
    raw.left == Side::Letter && matches!(raw.right, Side::Letter | Side::Digit)
        || !matches!(raw.left, Side::Letter | Side::Digit) && is_decade(text, raw.end)
}

/// `'90`, `'29`: two digits and then no more letters or digits.
fn is_decade(text: &str, end: usize) -> bool {
    let rest = &text.as_bytes()[end..];
    rest.len() >= 2
        && rest[0].is_ascii_digit()
        && rest[1].is_ascii_digit()
        && !text[end + 2..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// `'ndrangheta`, `'mbè`: no Italian word starts with `n` or `m` and a
/// consonant, so the mark can only be an elided vowel.
fn starts_elided_word(text: &str, end: usize) -> bool {
    let mut chars = text[end..].chars();
    matches!(chars.next(), Some('n' | 'N' | 'm' | 'M'))
        && chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() && !"aeiouAEIOU".contains(c))
}

fn classify_one(text: &str, raw: &Raw) -> Role {
    let (left, right) = (raw.left, raw.right);
    let family = family_of(raw.glyph).unwrap_or(Family::Double);
    match raw.glyph {
        'ʼ' => {
            return Role::Apostrophe {
                word_final: left == Side::Letter && right.closes(),
            }
        }
        '`' => return Role::Apostrophe { word_final: false },
        '\'' | '‘' | '’' | '‚' | '‛' | '′' | '´' => {
            if left == Side::Letter && matches!(right, Side::Letter | Side::Digit) {
                return Role::Apostrophe { word_final: false };
            }
            if left == Side::Digit {
                return digit_role(family, right);
            }
            if left != Side::Letter && is_decade(text, raw.end) {
                return Role::Apostrophe { word_final: false };
            }
            if matches!(raw.before, Some(':' | ';'))
                && !raw.after.is_some_and(char::is_alphanumeric)
            {
                return Role::Keep; // emoticon :'( ;')
            }
            if left == Side::Letter && right.closes() {
                return Role::WordFinal {
                    strong: lexicon::is_strong_apostrophe(word_before(text, raw.start)),
                };
            }
            if raw.glyph == '´' {
                return Role::Keep; // a spacing accent, not a quote
            }
            if left.opens() && right == Side::Letter && raw.glyph != '′' {
                let elided = starts_elided_word(text, raw.end);
                return if elided {
                    Role::Apostrophe { word_final: false }
                } else {
                    Role::Open {
                        family,
                        elide: true,
                        neutral: false,
                    }
                };
            }
        }
        '"' | '″' if left == Side::Digit => return digit_role(family, right),
        _ => {}
    }
    directional(raw, family)
}

fn digit_role(family: Family, right: Side) -> Role {
    if right.closes() {
        Role::AfterDigit { family }
    } else {
        Role::Keep
    }
}

/// The direction the neighbours give, or the glyph's own where both sides
/// are space-like.
fn directional(raw: &Raw, family: Family) -> Role {
    match (raw.left.opens(), raw.right.closes()) {
        (true, false) => Role::Open {
            family,
            elide: false,
            neutral: false,
        },
        (false, true) => Role::Close { family },
        (false, false) => Role::Either { family },
        (true, true) => match raw.glyph {
            '“' | '„' | '‟' | '«' | '‘' | '‚' | '‛' | '‹' => Role::Open {
                family,
                elide: false,
                neutral: false,
            },
            '”' | '»' | '’' | '›' => Role::Close { family },
            _ => Role::Neutral { family },
        },
    }
}

/// The letters just before `end` (the word an apostrophe would follow).
pub(crate) fn word_before(text: &str, end: usize) -> &str {
    let head = &text[..end];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &head[start..]
}

/// A blank line (a line break, optional horizontal space, a line break)
/// ends a paragraph, and quotations do not cross it.
pub(crate) fn has_blank_line(gap: &str) -> bool {
    let bytes = gap.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr(b'\n', &bytes[from..]) {
        let mut j = from + i + 1;
        while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
            j += 1;
        }
        if bytes.get(j) == Some(&b'\n') {
            return true;
        }
        from = j;
    }
    false
}

struct Opened {
    mark: usize,
    family: Family,
    elide: bool,
    neutral: bool,
}

fn pair(text: &str, raws: &[Raw], roles: &[Role]) -> Vec<Mark> {
    let mut marks: Vec<Mark> = raws
        .iter()
        .map(|r| Mark {
            start: r.start,
            end: r.end,
            resolved: Resolved::Keep,
        })
        .collect();
    let mut stack: Vec<Opened> = Vec::new();
    let mut open_count = [0usize; 2];

    for i in 0..raws.len() {
        if !stack.is_empty() && i > 0 && has_blank_line(&text[raws[i - 1].end..raws[i].start]) {
            for opened in stack.drain(..) {
                marks[opened.mark].resolved = unmatched_opener(&opened);
            }
            open_count = [0, 0];
        }
        let top_family = stack.last().map(|o| o.family);
        let resolved = match roles[i] {
            Role::Keep => Resolved::Keep,
            Role::Apostrophe { word_final } => Resolved::Apostrophe { word_final },
            Role::Open {
                family,
                elide,
                neutral,
            } => {
                push(
                    &mut stack,
                    &mut open_count,
                    Opened {
                        mark: i,
                        family,
                        elide,
                        neutral,
                    },
                );
                continue;
            }
            Role::Either { family } if open_count[family.index()] == 0 => {
                push(
                    &mut stack,
                    &mut open_count,
                    Opened {
                        mark: i,
                        family,
                        elide: false,
                        neutral: false,
                    },
                );
                continue;
            }
            Role::Neutral { family } if top_family != Some(family) => {
                push(
                    &mut stack,
                    &mut open_count,
                    Opened {
                        mark: i,
                        family,
                        elide: false,
                        neutral: true,
                    },
                );
                continue;
            }
            Role::Close { family } | Role::Either { family } | Role::Neutral { family } => {
                close(&mut marks, &mut stack, &mut open_count, family)
            }
            Role::AfterDigit { family } if top_family == Some(family) => {
                close(&mut marks, &mut stack, &mut open_count, family)
            }
            Role::AfterDigit { .. } => Resolved::Keep,
            Role::WordFinal { strong } => {
                let single_open = open_count[Family::Single.index()] > 0;
                // A strong word stays an apostrophe unless it is all there is
                // in the quotation (`'e'`, `'po'`).
                let whole_quotation = || {
                    let opener = stack.iter().rev().find(|o| o.family == Family::Single);
                    opener.is_some_and(|o| {
                        raws[o.mark].end == raws[i].start - word_before(text, raws[i].start).len()
                    })
                };
                if single_open && !(strong && !whole_quotation()) {
                    close(&mut marks, &mut stack, &mut open_count, Family::Single)
                } else {
                    Resolved::Apostrophe { word_final: true }
                }
            }
        };
        marks[i].resolved = resolved;
    }
    for opened in stack.drain(..) {
        marks[opened.mark].resolved = unmatched_opener(&opened);
    }
    marks
}

fn push(stack: &mut Vec<Opened>, open_count: &mut [usize; 2], opened: Opened) {
    open_count[opened.family.index()] += 1;
    stack.push(opened);
}

/// Closes the innermost open quotation of `family`, leaving whatever was
/// opened inside it unmatched. Each opener is popped once, so pairing stays
/// linear however deep the stack.
fn close(
    marks: &mut [Mark],
    stack: &mut Vec<Opened>,
    open_count: &mut [usize; 2],
    family: Family,
) -> Resolved {
    if open_count[family.index()] == 0 {
        return Resolved::Quote {
            family,
            open: false,
            matched: false,
        };
    }
    while let Some(opened) = stack.pop() {
        open_count[opened.family.index()] -= 1;
        if opened.family == family {
            marks[opened.mark].resolved = Resolved::Quote {
                family,
                open: true,
                matched: true,
            };
            return Resolved::Quote {
                family,
                open: false,
                matched: true,
            };
        }
        marks[opened.mark].resolved = unmatched_opener(&opened);
    }
    Resolved::Quote {
        family,
        open: false,
        matched: false,
    }
}

fn unmatched_opener(opened: &Opened) -> Resolved {
    if opened.elide {
        Resolved::Apostrophe { word_final: false }
    } else if opened.neutral {
        Resolved::Keep
    } else {
        Resolved::Quote {
            family: opened.family,
            open: true,
            matched: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<Resolved> {
        resolve(text).into_iter().map(|m| m.resolved).collect()
    }

    const APOS: Resolved = Resolved::Apostrophe { word_final: false };
    const OPEN_D: Resolved = Resolved::Quote {
        family: Family::Double,
        open: true,
        matched: true,
    };
    const CLOSE_D: Resolved = Resolved::Quote {
        family: Family::Double,
        open: false,
        matched: true,
    };

    #[test]
    fn between_letters_is_an_apostrophe() {
        assert_eq!(roles("l'acqua"), [APOS]);
        assert_eq!(roles("l’acqua"), [APOS]);
    }

    #[test]
    fn straight_pair() {
        assert_eq!(roles("disse: \"no\"."), [OPEN_D, CLOSE_D]);
    }

    #[test]
    fn blank_line_resets_pairing() {
        let r = roles("\"uno\n\ndue\"");
        assert_eq!(
            r[0],
            Resolved::Quote {
                family: Family::Double,
                open: true,
                matched: false
            }
        );
        assert_eq!(
            r[1],
            Resolved::Quote {
                family: Family::Double,
                open: false,
                matched: false
            }
        );
    }

    #[test]
    fn word_before_stops_at_non_letters() {
        assert_eq!(word_before("un po", 5), "po");
        assert_eq!(word_before("perché", "perché".len()), "perché");
    }

    #[test]
    fn blank_lines() {
        assert!(has_blank_line("a\n \t\nb"));
        assert!(!has_blank_line("a\nb\n"));
    }
}
