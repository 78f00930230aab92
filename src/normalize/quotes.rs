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

use std::ops::Range;

use memchr::{memchr, memchr3_iter, memrchr};

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
    /// and is not the whole quotation.
    WordFinal,
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
    /// The side of the character that ends at `at`.
    fn before(text: &str, at: usize) -> Side {
        match text.as_bytes()[..at].last() {
            None => Side::Space,
            Some(&b) if b.is_ascii() => Side::of_ascii(b),
            Some(_) => Side::of(text[..at].chars().next_back()),
        }
    }

    /// The side of the character that starts at `at`.
    fn after(text: &str, at: usize) -> Side {
        match text.as_bytes().get(at) {
            None => Side::Space,
            Some(&b) if b.is_ascii() => Side::of_ascii(b),
            Some(_) => Side::of(text[at..].chars().next()),
        }
    }

    fn of_ascii(b: u8) -> Side {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' => Side::Letter,
            b'0'..=b'9' => Side::Digit,
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => Side::Space,
            b'(' | b'[' | b'{' => Side::OpenBracket,
            b')' | b']' | b'}' => Side::CloseBracket,
            b'-' => Side::Dash,
            b'.' | b',' | b';' | b':' | b'!' | b'?' => Side::Punct,
            _ => Side::Other,
        }
    }

    fn of(c: Option<char>) -> Side {
        let Some(c) = c else { return Side::Space };
        match c {
            'a'..='z' | 'A'..='Z' => Side::Letter,
            '0'..='9' => Side::Digit,
            '(' | '[' | '{' => Side::OpenBracket,
            ')' | ']' | '}' => Side::CloseBracket,
            '-' | '‐' | '‒' | '–' | '—' | '―' => Side::Dash,
            '.' | ',' | ';' | ':' | '!' | '?' | '…' => Side::Punct,
            // Latin letters with diacritics, the common case in Italian,
            // without a Unicode table lookup.
            'À'..='ÿ' if c != '×' && c != '÷' => Side::Letter,
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

/// A mark found in the text, with what the classifier and the renderer need
/// to know about it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Mark {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The mark's character; TeX ``` `` ``` and `''` are `“` and `”`.
    glyph: char,
    pub(crate) tex: bool,
    /// A `=` stands just before the mark (`LANG="it"`): written straight,
    /// it may read back as code.
    pub(crate) after_equals: bool,
    /// The mark is part of a code value closed on its line (`x="y"`), and
    /// reads back the same.
    pub(crate) in_code: bool,
    /// Another mark touches this one: marks side by side are read as one
    /// run, which new glyphs may change.
    pub(crate) in_run: bool,
    /// The mark's reading rested on its glyph: a straight mark between
    /// spaces (`7 " ma`), a mark after a digit (`27"`).
    pub(crate) by_glyph: bool,
    left: Side,
    right: Side,
    role: Role,
    pub(crate) resolved: Resolved,
}

/// Finds every mark in `text` and resolves it.
pub(crate) fn resolve(text: &str) -> Vec<Mark> {
    let mut marks = scan(text);
    classify(text, &mut marks);
    pair(text, &mut marks);
    marks
}

/// Resolves the marks in `range` of `text` as if it were a text of its own,
/// with positions in `text`. Whole paragraphs resolve the same either way.
pub(crate) fn resolve_in(text: &str, range: Range<usize>) -> Vec<Mark> {
    let mut marks = resolve(&text[range.clone()]);
    if range.start > 0 {
        for mark in &mut marks {
            mark.start += range.start;
            mark.end += range.start;
        }
    }
    marks
}

/// The paragraphs (text between blank lines) that hold the sorted
/// `positions`, each once.
pub(crate) fn paragraphs_around(text: &str, positions: &[usize]) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut paragraphs: Vec<Range<usize>> = Vec::new();
    for &pos in positions {
        let pos = pos.min(bytes.len());
        if paragraphs.last().is_some_and(|p| pos < p.end) {
            continue;
        }
        // Back to the line break that ends the previous blank line.
        let mut start = 0;
        let mut i = pos;
        while let Some(nl) = memrchr(b'\n', &bytes[..i]) {
            let mut j = nl;
            while j > 0 && matches!(bytes[j - 1], b' ' | b'\t' | b'\r') {
                j -= 1;
            }
            if j > 0 && bytes[j - 1] == b'\n' {
                start = nl + 1;
                break;
            }
            i = nl;
        }
        let start = start.max(paragraphs.last().map_or(0, |p| p.end));
        // On to the line break that starts the next blank line.
        let mut end = bytes.len();
        let mut from = pos;
        while let Some(offset) = memchr(b'\n', &bytes[from..]) {
            let nl = from + offset;
            let mut j = nl + 1;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            if bytes.get(j) == Some(&b'\n') {
                end = nl;
                break;
            }
            from = nl + 1;
        }
        paragraphs.push(start..end);
    }
    paragraphs
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

fn scan(text: &str) -> Vec<Mark> {
    let bytes = text.as_bytes();
    let mut raws: Vec<Mark> = Vec::new();
    // Next position of an ASCII mark and of a lead byte of a non-ASCII mark;
    // each search is redone only once its result has been passed.
    let mut ascii = memchr3_iter(b'\'', b'"', b'`', bytes).peekable();
    let mut leads = memchr3_iter(0xE2, 0xC2, 0xCA, bytes).peekable();
    let mut pos = 0;
    // Where an unclosed TeX opening `` ends; its `''` must follow in the
    // same paragraph.
    let mut tex_open: Option<usize> = None;
    loop {
        // Drop candidates inside what was already read (the second byte of
        // a TeX mark).
        while ascii.next_if(|&i| i < pos).is_some() {}
        while leads.next_if(|&i| i < pos).is_some() {}
        let start = match (ascii.peek(), leads.peek()) {
            (Some(&a), Some(&l)) if a < l => ascii.next(),
            (Some(_), None) => ascii.next(),
            (_, Some(_)) => leads.next(),
            (None, None) => None,
        };
        let Some(start) = start else { break };
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
            && text[end + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        {
            // TeX opening ``, followed by the quoted word.
            glyph = '“';
            tex = true;
            tex_open = Some(end + 1);
        } else if c == '\''
            && bytes.get(end) == Some(&b'\'')
            && tex_open
                .take()
                .is_some_and(|from| !has_blank_line(&text[from..start]))
        {
            glyph = '”';
            tex = true;
        }
        if tex {
            end += 1;
            pos = end;
        }
        // Adjacent marks are transparent: each sees the first character
        // that is not a mark on either side of the run.
        let left = match raws.last() {
            Some(prev) if prev.end == start => prev.left,
            _ => Side::before(text, start),
        };
        let in_run = raws.last().is_some_and(|prev| prev.end == start);
        if in_run {
            if let Some(prev) = raws.last_mut() {
                prev.in_run = true;
            }
        }
        raws.push(Mark {
            start,
            end,
            glyph,
            tex,
            after_equals: start > 0 && bytes[start - 1] == b'=',
            in_run,
            in_code: false,
            by_glyph: false,
            left,
            right: Side::Space,
            role: Role::Keep,
            resolved: Resolved::Keep,
        });
    }
    for i in (0..raws.len()).rev() {
        raws[i].right = match raws.get(i + 1) {
            Some(n) if n.start == raws[i].end => n.right,
            _ => Side::after(text, raws[i].end),
        };
    }
    raws
}

/// How many marks ahead a `=` code value may close (`name='server'`); the
/// bound keeps the search linear on hostile input.
const CODE_VALUE_MARKS: usize = 32;

fn classify(text: &str, raws: &mut [Mark]) {
    // The next backtick after the current mark, found by a cursor that only
    // moves forward (code spans are rare, and the search stays linear).
    let mut backtick_cursor = 0;
    let mut i = 0;
    while i < raws.len() {
        let raw = &raws[i];
        // Code: a straight quote right after `=` opens a value
        // (`LANG="it_IT.UTF-8"`, `name='server'`), closed by the same mark
        // before any whitespace; a backtick opens a code span closed by the
        // next backtick in the paragraph. Nothing inside changes. Curly
        // marks never open code: the quote styles write them, and the
        // output must read back the same.
        if raw.after_equals && matches!(raw.glyph, '"' | '\'') && !raw.tex {
            let close = (i + 1..raws.len().min(i + 1 + CODE_VALUE_MARKS))
                .take_while(|&j| {
                    !text[raws[j - 1].end..raws[j].start]
                        .bytes()
                        .any(|b| b.is_ascii_whitespace())
                })
                .find(|&j| raws[j].glyph == raw.glyph && !raws[j].tex);
            if let Some(close) = close {
                for code in &mut raws[i..=close] {
                    code.in_code = true;
                }
            }
            i = close.map_or(i, |j| j) + 1;
            continue;
        }
        if raw.glyph == '`' && !is_apostrophe_backtick(text, raw) {
            backtick_cursor = backtick_cursor.max(i + 1);
            while backtick_cursor < raws.len() && raws[backtick_cursor].glyph != '`' {
                backtick_cursor += 1;
            }
            let close = backtick_cursor;
            if close < raws.len() && !has_blank_line(&text[raw.end..raws[close].start]) {
                i = close + 1;
                continue;
            }
            i += 1;
            continue;
        }
        raws[i].role = classify_one(text, raw);
        i += 1;
    }
}

fn is_apostrophe_backtick(text: &str, raw: &Mark) -> bool {
    raw.left == Side::Letter && matches!(raw.right, Side::Letter | Side::Digit)
        || !matches!(raw.left, Side::Letter | Side::Digit) && is_decade(text, raw.end)
}

/// `'90`, `'29`, `'900` (il Novecento): an elided year of two or three
/// digits, and then no more letters or digits.
fn is_decade(text: &str, end: usize) -> bool {
    let digits = text.as_bytes()[end..]
        .iter()
        .take(4)
        .take_while(|b| b.is_ascii_digit())
        .count();
    (2..=3).contains(&digits)
        && !text[end + digits..]
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

fn classify_one(text: &str, raw: &Mark) -> Role {
    let (left, right) = (raw.left, raw.right);
    let family = family_of(raw.glyph).unwrap_or(Family::Double);
    match raw.glyph {
        '`' => return Role::Apostrophe { word_final: false },
        '\'' | '‘' | '’' | '‚' | '‛' | '‹' | '›' | '′' | '´' | 'ʼ' => {
            match single_place(text, left, right, raw.start, raw.end) {
                SinglePlace::Apostrophe => return Role::Apostrophe { word_final: false },
                SinglePlace::AfterDigit => return digit_role(family, right),
                SinglePlace::Emoticon => return Role::Keep,
                SinglePlace::WordFinal => return Role::WordFinal,
                SinglePlace::Other => {}
            }
            if raw.glyph == '´' {
                return Role::Keep; // a spacing accent, not a quote
            }
            if left.opens() && right == Side::Letter && raw.glyph != '′' {
                // Only a mark written like an apostrophe (`'` `’`) falls
                // back to one when unmatched; a typed `‘` stays an opener,
                // so that the output reads back the same.
                let elide = matches!(raw.glyph, '\'' | '’' | 'ʼ');
                return if starts_elided_word(text, raw.end) {
                    Role::Apostrophe { word_final: false }
                } else {
                    Role::Open {
                        family,
                        elide,
                        neutral: false,
                    }
                };
            }
        }
        '"' | '”' | '″' if left == Side::Digit => return digit_role(family, right),
        _ => {}
    }
    directional(raw, family)
}

/// What the rules for single marks make of a place, whatever the glyph.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum SinglePlace {
    /// Between letters (`l'acqua`), before a number after a word (`l'11`),
    /// or before a decade (`'90`).
    Apostrophe,
    /// After a digit: a measurement (`45'`, `6'10`) unless it closes.
    AfterDigit,
    /// After `:` or `;` and before the mouth of an emoticon: `:'(`.
    Emoticon,
    /// After a word, before anything but a letter or digit.
    WordFinal,
    /// Anything else: direction from the neighbours.
    Other,
}

fn single_place(text: &str, left: Side, right: Side, start: usize, end: usize) -> SinglePlace {
    if left == Side::Letter && matches!(right, Side::Letter | Side::Digit) {
        SinglePlace::Apostrophe
    } else if left == Side::Digit {
        SinglePlace::AfterDigit
    } else if left != Side::Letter && is_decade(text, end) {
        SinglePlace::Apostrophe
    } else if matches!(text[..start].chars().next_back(), Some(':' | ';'))
        && matches!(
            text[end..].chars().next(),
            Some('(' | ')' | '[' | ']' | '{' | '}' | '|' | '/' | '\\' | '-' | '<' | '>')
        )
    {
        SinglePlace::Emoticon
    } else if left == Side::Letter {
        SinglePlace::WordFinal
    } else {
        SinglePlace::Other
    }
}

/// Whether a quotation mark written at `mark` as a single glyph (`‘ ’ '`)
/// reads back as the same quotation mark. A double quotation nested one
/// level deep is written with single glyphs, and where the text around it
/// is broken (`detto"basta"e`) those glyphs would read back as apostrophes;
/// the caller then normalizes once more, so that the result is stable.
pub(crate) fn single_glyph_reads_back(text: &str, mark: &Mark, open: bool) -> bool {
    reads_back_at(text, mark.start..mark.end, mark.left, mark.right, open)
}

/// Whether a quote written at `mark`, once the `padding` inside its
/// quotation is removed, reads back the same: the mark then touches what
/// was beyond the padding (`« 45` → `‘45`, which reads as an elided year;
/// `6 »` → `6”`, which reads as inches).
pub(crate) fn reads_back_without_padding(
    text: &str,
    mark: &Mark,
    open: bool,
    single: bool,
    padding: Range<usize>,
) -> bool {
    let (place, left, right) = if open {
        (
            mark.start..padding.end,
            mark.left,
            Side::after(text, padding.end),
        )
    } else {
        (
            padding.start..mark.end,
            Side::before(text, padding.start),
            mark.right,
        )
    };
    if single {
        reads_back_at(text, place, left, right, open)
    } else {
        left != Side::Digit
    }
}

/// `place` spans the mark and what it touches: the text before its start
/// and after its end are its neighbours.
fn reads_back_at(text: &str, place: Range<usize>, left: Side, right: Side, open: bool) -> bool {
    match single_place(text, left, right, place.start, place.end) {
        SinglePlace::Apostrophe | SinglePlace::AfterDigit | SinglePlace::Emoticon => false,
        // A closer after `po`, `e`, `perche`… reads back as an apostrophe,
        // which leaves its opener unmatched (and may become an accent).
        SinglePlace::WordFinal => {
            open || !lexicon::is_strong_apostrophe(word_before(text, place.start))
        }
        SinglePlace::Other => {
            !(open && left.opens() && right == Side::Letter && starts_elided_word(text, place.end))
        }
    }
}

/// Whether `mark` follows a digit, where `"` and `”` are read as inches
/// (`27"`) unless they close a quotation.
pub(crate) fn follows_digit(mark: &Mark) -> bool {
    mark.left == Side::Digit
}

/// Whether `mark`, written as a straight mark, might read back differently:
/// it took its direction from its glyph (spaces on both sides, an oriented
/// glyph such as `«` or `”`) and would read back as a neutral mark, or it
/// follows a digit.
pub(crate) fn oriented_by_glyph(text: &str, mark: &Mark) -> bool {
    // After a digit a straight mark is a measurement (`27"`), whatever the
    // curly one it replaces meant.
    mark.left == Side::Digit
        || mark.left.opens()
            && mark.right.closes()
            && (mark.end - mark.start == 2 && text.as_bytes()[mark.start].is_ascii()
                || matches!(
                    text[mark.start..].chars().next(),
                    Some(
                        '“' | '”'
                            | '„'
                            | '‟'
                            | '«'
                            | '»'
                            | '‘'
                            | '’'
                            | '‚'
                            | '‛'
                            | '‹'
                            | '›'
                    )
                ))
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
fn directional(raw: &Mark, family: Family) -> Role {
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

/// A letter of a word: alphabetic, and not `ʼ`, which is a letter to
/// Unicode but a mark here.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphabetic() && c != 'ʼ'
}

/// The letters just before `end` (the word an apostrophe would follow).
pub(crate) fn word_before(text: &str, end: usize) -> &str {
    let head = &text[..end];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
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

/// How deep into the stack of open quotations a word-final mark looks for
/// its opener; deeper nesting does not occur in text, and the bound keeps
/// pairing linear on hostile input.
const STACK_LOOKBACK: usize = 64;

struct Opened {
    mark: usize,
    family: Family,
    elide: bool,
    neutral: bool,
}

fn pair(text: &str, marks: &mut [Mark]) {
    let mut stack: Vec<Opened> = Vec::new();
    let mut open_count = [0usize; 2];

    for i in 0..marks.len() {
        if !stack.is_empty() && i > 0 && has_blank_line(&text[marks[i - 1].end..marks[i].start]) {
            for opened in stack.drain(..) {
                marks[opened.mark].resolved = unmatched_opener(&opened);
            }
            open_count = [0, 0];
        }
        let top_family = stack.last().map(|o| o.family);
        marks[i].by_glyph = matches!(
            marks[i].role,
            Role::Neutral { .. } | Role::AfterDigit { .. }
        );
        let resolved = match marks[i].role {
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
                close(marks, &mut stack, &mut open_count, family)
            }
            Role::AfterDigit { family } if top_family == Some(family) => {
                close(marks, &mut stack, &mut open_count, family)
            }
            Role::AfterDigit { .. } => Resolved::Keep,
            Role::WordFinal => {
                // A word that usually takes an apostrophe (`po'`, `e'`) keeps
                // it, unless it is all there is in the quotation (`'e'`).
                let closes = open_count[Family::Single.index()] > 0 && {
                    let word = word_before(text, marks[i].start);
                    !lexicon::is_strong_apostrophe(word)
                        || stack
                            .iter()
                            .rev()
                            .take(STACK_LOOKBACK)
                            .find(|o| o.family == Family::Single)
                            .is_some_and(|o| marks[o.mark].end + word.len() == marks[i].start)
                };
                if closes {
                    close(marks, &mut stack, &mut open_count, Family::Single)
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
