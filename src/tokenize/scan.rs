//! The byte scanner: one token at a time, in one pass.
//!
//! The first byte of a token picks its path through a small table; ASCII
//! letters and digits are consumed in tight loops, and only non-ASCII bytes
//! are decoded. Nothing is allocated. URLs are recognized by their scheme
//! (`http://`, `https://`) or `www.`; e-mail addresses, the rarer richer
//! shape, are matched with `regex` only where an `@` appears inside a word.

use once_cell::sync::Lazy;
use regex::Regex;

use super::emoji;
use super::TokenKind;
use crate::lexicon::{self, Cue};

/// An e-mail address at the start of a word.
static EMAIL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
        .expect("e-mail pattern is valid")
});

/// ASCII whitespace, as `char::is_whitespace` sees it (vertical tab
/// included).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// Marks that can be an apostrophe inside or at the end of a word.
pub(super) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘' | '´' | '`' | '′')
}

/// Quote marks of every kind, apostrophe look-alikes included.
pub(super) fn is_quote(c: char) -> bool {
    is_apostrophe(c)
        || matches!(
            c,
            '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '‹' | '›' | '‚' | '‛' | '″'
        )
}

fn is_word_char(c: char) -> bool {
    // `ʼ` (U+02BC) is a letter to Unicode, an apostrophe to Italian
    // writers (`lʼacqua`).
    (is_latin_letter(c) || c.is_alphanumeric() || c == '_' || is_combining(c)) && c != 'ʼ'
}

/// Latin letters with diacritics, the common case in Italian, without a
/// Unicode table lookup.
fn is_latin_letter(c: char) -> bool {
    matches!(c, 'À'..='ɏ') && c != '×' && c != '÷'
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The scanner's state between tokens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub(crate) struct State {
    /// Split hyphenated words (`Centro` `-` `destra`), as UD ISDT mostly does.
    pub(super) split_hyphens: bool,
    /// Follow the UD treebanks where they differ from the default
    /// ([`Tokenizer::ud`](super::Tokenizer::ud)).
    pub(super) treebank: bool,
    /// A single quote was opened (`'parola`) and not yet closed: a mark
    /// after the next word may close it rather than belong to the word.
    pub(super) single_open: bool,
}

/// What the text around a token says of its words: whether it is one word
/// although it looks contracted, and whether it stands inside a sentence
/// (after a word or a number).
///
/// A preposition cannot govern `di`: after one, and after `essere`, a
/// plural articulated `di` is the partitive article (`con dei polli`,
/// `furono delle collaborazioni`). `dai` before punctuation or after a
/// pronoun is the interjection or the verb (`Dai, forza!`, `me lo dai?`). A
/// capitalized `Del`, `Della`, `Dell'` inside a sentence and before a
/// capital is part of a surname (`Alessandro Del Piero`, `Marcello
/// Dell'Utri`). A capitalized word inside a sentence is a name, not a verb
/// with a pronoun (`Nichi Vendola`): [`Token::words_in`](super::Token::words_in)
/// decides that one from `inside`.
///
/// Only tokens that start with `d` or a capital need this, and only
/// `words_in` asks; the word before is read back from the text.
pub(super) fn context(text: &str, token: &str, start: usize, kind: TokenKind) -> (bool, bool) {
    let bytes = token.as_bytes();
    let (prev_start, prev_end) = word_before(text.as_bytes(), start);
    let inside = match text.as_bytes()[..prev_end].last() {
        None => false,
        Some(&b) if b.is_ascii() => b.is_ascii_alphanumeric() || b == b'\'',
        Some(_) => text[..prev_end]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || is_apostrophe(c)),
    };
    let prev = || lexicon::cue(&text.as_bytes()[prev_start..prev_end]);
    let cue = match kind {
        TokenKind::Word => lexicon::cue(bytes),
        _ => Cue::None,
    };
    let whole = match cue {
        Cue::Plural => prev() == Cue::Partitive,
        Cue::Dai => prev() == Cue::Clitic || !next_is_word(&text[start + bytes.len()..]),
        _ => {
            bytes[0] == b'D'
                && inside
                && matches!(kind, TokenKind::Word | TokenKind::Elision)
                && lexicon::is_name_particle(token)
                && text[start + bytes.len()..]
                    .trim_start_matches([' ', '\u{a0}'])
                    .starts_with(|c: char| c.is_uppercase())
        }
    };
    (whole, inside)
}

/// The ASCII letters before `start`, past the spaces before it (at most
/// a few bytes back): the word before a token when it is a short plain
/// one, as its start and end. Where the space before ends when no such
/// word stands there.
fn word_before(bytes: &[u8], start: usize) -> (usize, usize) {
    let floor = start.saturating_sub(16);
    let mut end = start;
    while end > floor && matches!(bytes[end - 1], b' ' | b'\t' | b'\n' | b'\r') {
        end -= 1;
    }
    let mut begin = end;
    while begin > floor && bytes[begin - 1].is_ascii_alphabetic() {
        begin -= 1;
    }
    (begin, end)
}

/// A word follows `rest` after spaces, rather than punctuation or the
/// end.
fn next_is_word(rest: &str) -> bool {
    rest.trim_start()
        .starts_with(|c: char| c.is_alphanumeric() || c == '@' || c == '#')
}

/// The character starting at `i`.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The character ending at `i`.
fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// Skips whitespace from `pos`; returns where the next token starts.
#[inline(always)]
pub(super) fn skip_space(text: &str, mut pos: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    // One space between tokens is by far the most common gap.
    // (Only C2, E1, E2 and E3 lead bytes can start Unicode whitespace.)
    if pos + 1 < end
        && bytes[pos] == b' '
        && bytes[pos + 1] > b' '
        && !matches!(bytes[pos + 1], 0xC2 | 0xE1..=0xE3)
    {
        return pos + 1;
    }
    while pos < end {
        let b = bytes[pos];
        if b < 0x80 {
            if !is_ascii_space(b) {
                break;
            }
            pos += 1;
        } else {
            match char_at(text, pos) {
                Some(c) if c.is_whitespace() => pos += c.len_utf8(),
                _ => break,
            }
        }
    }
    pos
}

/// The token starting at `start` (not whitespace): its end and kind.
///
/// The common case, an ASCII word ended by a space or simple punctuation,
/// is decided here without a call; everything else goes to the full paths.
#[inline(always)]
pub(super) fn token_at(
    text: &str,
    start: usize,
    end: usize,
    state: &mut State,
) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let b = bytes[start];
    // (A URL, `http://` or `www.`, never ends its first run of letters at
    // the terminators below, so words starting with `h` or `w` take this
    // path too.)
    let letter = b.is_ascii_alphabetic()
        || b == 0xC3
            && bytes
                .get(start + 1)
                .is_some_and(|&c| is_latin1_letter_tail(c));
    if letter {
        let mut i = start;
        loop {
            i = ascii_letter_run(bytes, i, end);
            match bytes.get(i) {
                None if i == end => return (i, short_word_kind(bytes, start, i)),
                Some(b' ' | b'\n' | b',' | b')' | b';' | b'!' | b'?') => {
                    return (i, short_word_kind(bytes, start, i))
                }
                // `à`..`ÿ` inside the word: `città`, `perché`.
                Some(0xC3) if bytes.get(i + 1).is_some_and(|&c| is_latin1_letter_tail(c)) => i += 2,
                // A word longer than any abbreviation, before a period that
                // ends the text or is followed by a space or a line break
                // (`…la riunione.`): the word rules read nothing else there
                // (no e-mail, link, file name or dotted group goes on past a
                // space), so the word ends at the period.
                Some(b'.')
                    if i - start > lexicon::LONGEST_ABBREVIATION
                        && matches!(bytes.get(i + 1), None | Some(b' ' | b'\n'))
                        && !may_start_url(bytes, start) =>
                {
                    return (i, TokenKind::Word)
                }
                // Elision: `l'acqua`, `dell'anno`.
                Some(b'\'') if bytes.get(i + 1).is_some_and(|c| c.is_ascii_alphanumeric()) => {
                    return match is_english_contraction(text, i + 1, end) {
                        Some(_) => (i, TokenKind::Word),
                        None => (i + 1, TokenKind::Elision),
                    };
                }
                _ => break,
            }
        }
    } else if b.is_ascii_digit() && !matches!(bytes.get(start + 1), Some(0xE2 | 0xEF)) {
        // A number; `0xE2`/`0xEF` next may make a keycap emoji (`1️⃣`).
        return number(text, start, end, state.treebank);
    } else if b == b',' && bytes.get(start + 1) != Some(&b'.') {
        return (start + 1, TokenKind::Punctuation);
    } else if b == b'.' && bytes.get(start + 1) != Some(&b'.') {
        return (start + 1, terminal(state));
    }
    other_token_at(text, start, end, state)
}

/// `http…` and `www.`: two bytes rule out nearly every other word.
#[inline]
fn may_start_url(bytes: &[u8], start: usize) -> bool {
    matches!(
        (bytes[start], bytes.get(start + 1)),
        (b'h' | b'H', Some(b't' | b'T')) | (b'w' | b'W', Some(b'w' | b'W'))
    )
}

/// The second byte of `à`..`ÿ` (C3 80..BF), but not of `×` and `÷`.
#[inline]
fn is_latin1_letter_tail(b: u8) -> bool {
    matches!(b, 0x80..=0x96 | 0x98..=0xB6 | 0xB8..=0xBF)
}

/// [`other_token_at`] for a token that starts with an ASCII byte other
/// than a letter: digits, tags, quotes, punctuation, emoticons, symbols.
fn ascii_token_at(text: &str, start: usize, end: usize, state: &mut State) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let b = bytes[start];
    match b {
        b'0'..=b'9' => {
            if let Some(e) = emoji::keycap_end(text, start).filter(|&e| e <= end) {
                return (e, TokenKind::Emoji);
            }
            number(text, start, end, state.treebank)
        }
        b'#' | b'@' => {
            let kind = if b == b'#' {
                TokenKind::Hashtag
            } else {
                TokenKind::Mention
            };
            let e = tag_end(text, start + 1, end);
            if e > start + 1 {
                return (e, kind);
            }
            if let Some(e) = emoji::keycap_end(text, start).filter(|&e| e <= end) {
                return (e, TokenKind::Emoji);
            }
            (start + 1, TokenKind::Symbol)
        }
        b'\'' | b'`' => apostrophe_start(text, start, end, b as char, state),
        b'"' => (
            if bytes.get(start + 1) == Some(&b'"') {
                start + 2
            } else {
                start + 1
            },
            TokenKind::Quote,
        ),
        b'(' | b')'
            if bytes.get(start + 1) == Some(&b':')
                && bytes.get(start + 2).is_none_or(|b| b.is_ascii_whitespace())
                && char_before(text, start).is_none_or(char::is_whitespace) =>
        {
            (start + 2, TokenKind::Emoticon)
        }
        b',' | b'?' | b'!' if ellipsis_before_url(text, start + 1, end).is_some() => (
            ellipsis_before_url(text, start + 1, end).unwrap_or(start + 1),
            TokenKind::Punctuation,
        ),
        // `...`, `!!!`, `?!`, `!...`, `.....!`: one token a run.
        b'.' | b'!' | b'?' => (
            run_of(bytes, start, end, |b| matches!(b, b'.' | b'!' | b'?')),
            terminal(state),
        ),
        // `((`, `))`: doubled brackets of social text.
        b'(' | b')' => (
            run_of(bytes, start, end, |c| c == b),
            TokenKind::Punctuation,
        ),
        b':' | b';' | b'=' | b'<' | b'^' => {
            if let Some(e) = emoticon(bytes, start, end) {
                return (e, TokenKind::Emoticon);
            }
            if b == b':' || b == b';' {
                state.single_open = false;
            }
            let kind = if b == b':' || b == b';' {
                TokenKind::Punctuation
            } else {
                TokenKind::Symbol
            };
            (start + 1, kind)
        }
        b'-' => (
            run_of(bytes, start, end, |b| b == b'-'),
            TokenKind::Punctuation,
        ),
        // `*o*`, `*_*`: eyes wide open.
        b'*' if bytes.get(start + 2) == Some(&b'*')
            && matches!(bytes.get(start + 1), Some(b'o' | b'O' | b'_' | b'^'))
            && bytes
                .get(start + 3)
                .is_none_or(|b| !b.is_ascii_alphanumeric()) =>
        {
            (start + 3, TokenKind::Emoticon)
        }
        b'%' | b'$' | b'&' | b'+' | b'>' | b'~' | b'|' | b'\\' | b'*' => {
            (start + 1, TokenKind::Symbol)
        }
        _ => (start + 1, TokenKind::Punctuation),
    }
}

/// [`token_at`] for everything but the common case.
#[inline(never)]
fn other_token_at(text: &str, start: usize, end: usize, state: &mut State) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let b = bytes[start];
    if b.is_ascii_alphabetic() {
        return word(text, start, end, state);
    }
    if b < 0x80 {
        return ascii_token_at(text, start, end, state);
    }
    let Some(c) = char_at(text, start) else {
        return (end, TokenKind::Symbol);
    };
    let len = c.len_utf8();
    if is_apostrophe(c) {
        return apostrophe_start(text, start, end, c, state);
    }
    if is_latin_letter(c) || c.is_alphabetic() {
        return word(text, start, end, state);
    }
    if is_quote(c) {
        return (start + len, TokenKind::Quote);
    }
    if c == '…' {
        return (run_of_char(text, start, end, '…'), terminal(state));
    }
    if emoji::is_pictograph(c) {
        // A run of the same emoji is one token (`😂😂😂`), as the social
        // treebanks annotate it; different ones stand apart.
        let first = emoji::sequence_end(text, start, c).min(end);
        let unit = &text[start..first];
        let mut e = first;
        while text[e..end].starts_with(unit) {
            e += unit.len();
        }
        return (e, TokenKind::Emoji);
    }
    if c.is_numeric() {
        return number(text, start, end, state.treebank);
    }
    if is_combining(c) {
        // Marks with no letter to sit on: one token for the whole run.
        let mut e = start;
        for ch in text[start..end].chars() {
            if !is_combining(ch) {
                break;
            }
            e += ch.len_utf8();
        }
        return (e, TokenKind::Symbol);
    }
    let kind = match c {
        '€' | '£' | '¥' | '°' | '§' | '¢' | '×' | '÷' | '±' | '¬' | '¦' | '©' | '®' => {
            TokenKind::Symbol
        }
        '\u{2000}'..='\u{206F}' | '¡' | '¿' | '·' => TokenKind::Punctuation,
        '\u{2070}'..='\u{2BFF}' => TokenKind::Symbol,
        _ if c.is_ascii_punctuation() => TokenKind::Punctuation,
        _ => TokenKind::Symbol,
    };
    (start + len, kind)
}

/// A sentence-ending mark: a single quote does not stay open across it.
fn terminal(state: &mut State) -> TokenKind {
    state.single_open = false;
    TokenKind::Punctuation
}

fn run_of(bytes: &[u8], start: usize, end: usize, f: impl Fn(u8) -> bool) -> usize {
    let mut e = start + 1;
    while e < end && f(bytes[e]) {
        e += 1;
    }
    e
}

fn run_of_char(text: &str, start: usize, end: usize, c: char) -> usize {
    let mut e = start;
    for ch in text[start..end].chars() {
        if ch != c {
            break;
        }
        e += ch.len_utf8();
    }
    e
}

/// The end of a hashtag or mention name starting at `from`.
fn tag_end(text: &str, from: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut e = ascii_letter_run(bytes, from, end);
    loop {
        while e < end && (bytes[e] == b'_' || bytes[e].is_ascii_digit()) {
            e = ascii_letter_run(bytes, e + 1, end);
        }
        // `#no-tav`, `#lacrime&sangue`, `#l'infedele`: a joiner between
        // letters stays inside the tag.
        if e > from
            && e + 1 < end
            && matches!(bytes[e], b'-' | b'&' | b'\'')
            && bytes[e - 1].is_ascii_alphanumeric()
            && bytes[e + 1].is_ascii_alphabetic()
        {
            e = ascii_letter_run(bytes, e + 1, end);
            continue;
        }
        break;
    }
    if e == end || bytes[e] < 0x80 {
        return e;
    }
    for c in text[e..end].chars() {
        if !(c.is_alphanumeric() || c == '_') {
            break;
        }
        e += c.len_utf8();
    }
    e
}

/// Emoticons: `:)`, `;-)`, `:'(`, `:D`, `=)`, `<3`, `</3`, `^^`, `^_^`,
/// `:3`, with repeated mouths (`:)))`), not followed by a letter or digit.
fn emoticon(bytes: &[u8], start: usize, end: usize) -> Option<usize> {
    let at = |i: usize| if i < end { Some(bytes[i]) } else { None };
    let followed_well = |e: usize| at(e).is_none_or(|b| !b.is_ascii_alphanumeric());
    match bytes[start] {
        b'<' => {
            let e = if at(start + 1) == Some(b'/') {
                start + 2
            } else {
                start + 1
            };
            (at(e) == Some(b'3'))
                .then_some(e + 1)
                .filter(|&e| followed_well(e))
        }
        b'^' => match (at(start + 1), at(start + 2)) {
            (Some(b'^'), _) => Some(start + 2),
            (Some(b'_' | b'.' | b'-'), Some(b'^')) => Some(start + 3),
            _ => None,
        },
        b':' | b';' | b'=' => {
            let mut e = start + 1;
            if matches!(at(e), Some(b'-' | b'\'' | b'o' | b'^' | b'*'))
                && at(e + 1).is_some_and(is_mouth)
            {
                e += 1;
            }
            let mouth = at(e).filter(|&b| is_mouth(b))?;
            e += 1;
            while at(e) == Some(mouth) {
                e += 1;
            }
            followed_well(e).then_some(e)
        }
        _ => None,
    }
}

fn is_mouth(b: u8) -> bool {
    matches!(
        b,
        b')' | b'('
            | b']'
            | b'['
            | b'D'
            | b'P'
            | b'p'
            | b'O'
            | b'o'
            | b'3'
            | b'/'
            | b'\\'
            | b'|'
            | b'*'
            | b'$'
            | b'@'
            | b'S'
            | b'x'
            | b'c'
    )
}

/// A mark that starts a token: an elided decade (`'90`), an initial
/// elision (`'ndrangheta`), TeX quotes (` `` ` `''`), or a quote.
fn apostrophe_start(
    text: &str,
    start: usize,
    end: usize,
    mark: char,
    state: &mut State,
) -> (usize, TokenKind) {
    let after = start + mark.len_utf8();
    let bytes = text.as_bytes();
    // `''` and ` `` ` are one quote token each.
    if (mark == '\'' || mark == '`') && after < end && bytes[after] == mark as u8 {
        return (after + 1, TokenKind::Quote);
    }
    let after_word = char_before(text, start).is_some_and(is_word_char);
    // The English `'s` of `King's`, a token of its own.
    if after_word && mark != '`' {
        if let Some(n) = is_english_contraction(text, after, end) {
            return (after + n, TokenKind::Word);
        }
    }
    // A closing quote right after a word.
    if after_word {
        state.single_open = false;
        return (after, TokenKind::Quote);
    }
    let digits = bytes[after..end]
        .iter()
        .take(5)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if (2..=4).contains(&digits)
        && !char_at(text, after + digits).is_some_and(is_word_char)
        && mark != '`'
    {
        return (after + digits, TokenKind::Number);
    }
    if mark != '`' && starts_elided_word(text, after, end) {
        let (e, _) = word(text, after, end, state);
        return (e, TokenKind::Word);
    }
    if mark != '`' && char_at(text, after).is_some_and(char::is_alphabetic) {
        state.single_open = true;
    }
    (after, TokenKind::Quote)
}

/// `'ndrangheta`, `'Nnamo`, `'mbè`: no Italian word starts with `n` or `m`
/// followed by a consonant, so the mark before it is an elided vowel.
fn starts_elided_word(text: &str, from: usize, end: usize) -> bool {
    let rest = &text.as_bytes()[from..end];
    rest.len() >= 2
        && matches!(rest[0], b'n' | b'N' | b'm' | b'M')
        && rest[1].is_ascii_alphabetic()
        && !matches!(
            rest[1].to_ascii_lowercase(),
            b'a' | b'e' | b'i' | b'o' | b'u'
        )
}

/// A word from `start`: letters and digits, with inner hyphens, elision
/// and truncation apostrophes, abbreviation periods; or a URL or e-mail.
#[inline]
fn word(text: &str, start: usize, end: usize, state: &mut State) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    if may_start_url(bytes, start) {
        if let Some(e) = url_at(text, start, end) {
            return (e, TokenKind::Url);
        }
    }
    let mut i = start;
    loop {
        i = ascii_letter_run(bytes, i, end);
        if i >= end {
            break;
        }
        let b = bytes[i];
        if b >= 0x80 {
            // `à`..`ÿ` (C3 80..BF, but not `×` and `÷`): the accented
            // letters of Italian, without decoding.
            if b == 0xC3
                && i + 1 < end
                && matches!(bytes[i + 1], 0x80..=0x96 | 0x98..=0xB6 | 0xB8..=0xBF)
            {
                i += 2;
                continue;
            }
            let Some(c) = char_at(text, i) else { break };
            if is_word_char(c) {
                i += c.len_utf8();
                continue;
            }
            if is_apostrophe(c) && c != '`' {
                return apostrophe_in_word(text, start, i, c, end, state);
            }
            if (c == '\u{2010}' || c == '\u{2011}')
                && hyphen_joins(text, start, i, c.len_utf8(), end, state.split_hyphens)
            {
                i += c.len_utf8();
                continue;
            }
            break;
        }
        // The common end of a word: a space.
        if b == b' ' {
            return (i, short_word_kind(bytes, start, i));
        }
        match b {
            b'\n' => return (i, short_word_kind(bytes, start, i)),
            b'_' | b'0'..=b'9' => i += 1,
            b'\'' | b'`' => return apostrophe_in_word(text, start, i, b as char, end, state),
            b'-' if hyphen_joins(text, start, i, 1, end, state.split_hyphens) => i += 1,
            // `e/o`, `quelle/i`: one or two letters after a slash.
            b'/' if slash_ending(bytes, i, end).is_some() => {
                i = slash_ending(bytes, i, end).unwrap_or(i + 1);
                break;
            }
            b'.' => {
                if let Some(e) = email_with_dots(text, start, i, end) {
                    return (e, TokenKind::Email);
                }
                return period_in_word(text, start, i, end, state.treebank);
            }
            b'@' => {
                if let Some(m) = EMAIL.find(&text[start..end]) {
                    return (start + m.end(), TokenKind::Email);
                }
                break;
            }
            _ => break,
        }
    }
    let kind = short_word_kind(bytes, start, i);
    // `c:` and `D:`, emoticons read right to left, between spaces.
    if i == start + 1
        && matches!(bytes[start], b'c' | b'C' | b'D')
        && bytes.get(i) == Some(&b':')
        && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace())
        && char_before(text, start).is_none_or(char::is_whitespace)
    {
        return (i + 1, TokenKind::Emoticon);
    }
    if let Some(e) = ellipsis_before_url(text, i, end) {
        return (e, TokenKind::Word);
    }
    (i, kind)
}

/// The end of the run of ASCII letters from `i`.
///
/// Words are short, so a byte-at-a-time loop would pay a mispredicted
/// branch at almost every word's end; sixteen bytes at a time (SWAR on a
/// `u128`), the end is found with arithmetic instead. Sixteen rather than
/// eight because one word in five is longer than eight letters, and the
/// second round trip cost more than the wider arithmetic.
#[inline]
fn ascii_letter_run(bytes: &[u8], mut i: usize, end: usize) -> usize {
    while i + 16 <= end {
        let mut lanes = [0u8; 16];
        lanes.copy_from_slice(&bytes[i..i + 16]);
        let stop = non_word_lanes(u128::from_le_bytes(lanes));
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 16;
    }
    while i < end && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// The high bit of every byte of `x` that is not an ASCII letter. Digits,
/// accented letters and underscores, rarer inside words, are left to the
/// caller: the shorter test is on the path of every token.
/// Each test stays within its byte (no carry or borrow crosses lanes), so
/// every lane is exact.
#[inline]
fn non_word_lanes(x: u128) -> u128 {
    const ONES: u128 = u128::MAX / 0xFF;
    const LOW7: u128 = ONES * 0x7F;
    const HIGH: u128 = ONES * 0x80;
    // Lanes where m < v < n, for lanes of `v` below 0x80 (others: 0).
    let between = |v: u128, m: u128, n: u128| {
        (ONES * (127 + n) - (v & LOW7)) & !v & ((v & LOW7) + ONES * (127 - m)) & HIGH
    };
    let letters = between(x | (ONES * 0x20), 0x60, 0x7B);
    !letters & HIGH
}

/// `xD`, a word-shaped emoticon; any other word is a word.
#[inline]
fn short_word_kind(bytes: &[u8], start: usize, end: usize) -> TokenKind {
    // The rare first letter first: two-letter words are common, so the
    // length alone would be a coin toss for the branch predictor.
    if bytes[start] | 0x20 == b'x'
        && end == start + 2
        && matches!(&bytes[start..end], b"xD" | b"XD" | b"xd")
    {
        TokenKind::Emoticon
    } else {
        TokenKind::Word
    }
}

/// The end of `/x` or `/xy` (letters) after a word, when nothing
/// alphanumeric follows: the alternatives `e/o`, `quelle/i`.
fn slash_ending(bytes: &[u8], i: usize, end: usize) -> Option<usize> {
    let letters = bytes[i + 1..end]
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let e = i + 1 + letters;
    ((1..=2).contains(&letters)
        && bytes
            .get(e)
            .is_none_or(|b| !b.is_ascii_alphanumeric() && *b < 0x80))
    .then_some(e)
}

/// A word cut short by a client before a link (`rivo... http://…`): the
/// end of its ellipsis, which belongs to the word.
#[inline]
fn ellipsis_before_url(text: &str, i: usize, end: usize) -> Option<usize> {
    // `.` or the lead byte of `…`: most words end otherwise.
    if i >= end || !matches!(text.as_bytes()[i], b'.' | 0xE2) {
        return None;
    }
    let rest = &text[i..end];
    let dots = if rest.starts_with("...") {
        rest.bytes().take_while(|&b| b == b'.').count()
    } else if rest.starts_with('…') {
        '…'.len_utf8()
    } else {
        return None;
    };
    let after = &rest[dots..];
    let link = after.trim_start();
    // The link follows in the same paragraph: a blank line between them
    // ends the text the word was cut from.
    let gap = &after[..after.len() - link.len()];
    (gap.bytes().filter(|&b| b == b'\n').count() < 2
        && link
            .get(..4)
            .is_some_and(|h| h.eq_ignore_ascii_case("http")))
    .then_some(i + dots)
}

/// A hyphen at `i` joins two parts of the word started at `start`
/// (`e-mail`, `italo-americano`, `g-1`) when letters or digits stand on
/// both sides. With `split` (the UD ISDT style), only forms that stay whole
/// there too join: a one-letter prefix (`e-mail`), codes mixing letters and
/// digits (`F-35`, `g-1`), and a few lexicalized loans.
fn hyphen_joins(text: &str, start: usize, i: usize, len: usize, end: usize, split: bool) -> bool {
    let joins = i + len < end
        && char_before(text, i).is_some_and(char::is_alphanumeric)
        && char_at(text, i + len).is_some_and(char::is_alphanumeric);
    if !joins || !split {
        return joins;
    }
    let before = &text[start..i];
    let after_len = text[i + len..end]
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .map(char::len_utf8)
        .sum::<usize>();
    let after = &text[i + len..i + len + after_len];
    let has_digit = |s: &str| s.bytes().any(|b| b.is_ascii_digit());
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    before.chars().count() == 1
        || (has_digit(before) || has_digit(after)) && !(all_digits(before) && all_digits(after))
        || lexicon::is_whole_hyphenated(before, after)
        || is_capitalized(before) && before.len() >= 6 && is_capitalized(after)
        || is_compound_adjective(before, after)
}

/// `Merleau`, `Palatinato`: a capital, then lowercase letters only. Two
/// such parts make one name when the first is long, a surname or a place
/// (`Merleau-Ponty`, `Renania-Palatinato`, `Hewlett-Packard`); short
/// first parts are mostly given names and prefixes, which ISDT and ParTUT
/// split (`Jean` `-` `Jacques`, `Trans` `-` `Pacific`).
fn is_capitalized(part: &str) -> bool {
    let mut chars = part.chars();
    chars.next().is_some_and(char::is_uppercase) && part.len() > 1 && chars.all(char::is_lowercase)
}

/// `storico-culturale`, `economico-politiche`: a compound adjective whose
/// first part ends in `-ico`, `-ica`, one word in every treebank.
fn is_compound_adjective(before: &str, after: &str) -> bool {
    before.len() > 4
        && (before.ends_with("ico") || before.ends_with("ica"))
        && after.len() > 3
        && after.bytes().all(|b| b.is_ascii_lowercase() || b >= 0x80)
}

/// An apostrophe `mark` at `i` after the word `text[start..i]`.
///
/// Before a letter or digit it ends an elided word (`l'`, `dell'`, `c'`,
/// `l'11`), except in English contractions (`King's`, `don't`). Before
/// anything else it belongs to the word, as a truncation (`po'`, `va'`) or
/// an accent typed as an apostrophe (`perche'`), unless it closes a single
/// quotation opened before the word (`'parola'`).
fn apostrophe_in_word(
    text: &str,
    start: usize,
    i: usize,
    mark: char,
    end: usize,
    state: &mut State,
) -> (usize, TokenKind) {
    let after = i + mark.len_utf8();
    let word = &text[start..i];
    let next = if after < end {
        char_at(text, after)
    } else {
        None
    };
    match next {
        Some(n) if n.is_alphanumeric() => {
            if is_english_contraction(text, after, end).is_some() {
                return (i, TokenKind::Word); // `King` `'s`, as UD does
            }
            (after, TokenKind::Elision)
        }
        _ => {
            if mark == '`' || state.single_open && !lexicon::is_strong_apostrophe(word) {
                return (i, TokenKind::Word);
            }
            let truncation = lexicon::is_truncation(word)
                || lexicon::is_strong_apostrophe(word)
                || lexicon::accent_for_apostrophe(word).is_some();
            (
                after,
                if truncation {
                    TokenKind::Word
                } else {
                    TokenKind::Elision
                },
            )
        }
    }
}

/// `'s`, `'t`, `'re`, `'ve`, `'ll`, `'m`, `'d` closing an English word:
/// the length of the suffix after the mark.
fn is_english_contraction(text: &str, from: usize, end: usize) -> Option<usize> {
    let rest = &text.as_bytes()[from..end];
    let suffix_len = match rest {
        [b's' | b't' | b'm' | b'd', ..] => 1,
        [b'r' | b'v', b'e', ..] | [b'l', b'l', ..] => 2,
        _ => return None,
    };
    rest.get(suffix_len)
        .is_none_or(|b| !b.is_ascii_alphanumeric())
        .then_some(suffix_len)
}

/// A period at `i` after the word `text[start..i]`: part of an
/// abbreviation (`art.`, `Sig.ra`, `S.p.A.`, `p.es.`, `G.`), of a link, a
/// site or a file name, or the end of the word.
fn period_in_word(
    text: &str,
    start: usize,
    i: usize,
    end: usize,
    treebank: bool,
) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let word = &text[start..i];
    if let Some(e) = ellipsis_before_url(text, i, end) {
        return (e, TokenKind::Word);
    }
    if let Some(e) = bare_link_end(text, start, i, end) {
        return (e, TokenKind::Url);
    }
    // `c...`, `cap...`: a word cut short, not an abbreviation.
    if bytes.get(i + 1) == Some(&b'.') && bytes.get(i + 2) == Some(&b'.') {
        return (i, TokenKind::Word);
    }
    if let Some(found) = named_by_suffix(text, word, i, end) {
        return found;
    }
    if let Some(e) = dotted_groups_end(bytes, word, i, end) {
        return (e, TokenKind::Abbreviation);
    }
    let initial = word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase();
    if initial || lexicon::is_abbreviation(word) {
        if period_ends_sentence(text, word, i, end, treebank) {
            return (i, TokenKind::Word);
        }
        return (title_ending_end(text, i + 1, end), TokenKind::Abbreviation);
    }
    (i, TokenKind::Word)
}

/// A site named by its domain (`Panorama.it`, `Sky.it`) or a file by its
/// extension (`anpr.md`, `bando.pdf`), the word before the period at `i`
/// being `word`.
fn named_by_suffix(text: &str, word: &str, i: usize, end: usize) -> Option<(usize, TokenKind)> {
    let suffix_len = text.as_bytes()[i + 1..end]
        .iter()
        .take(5)
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let after = i + 1 + suffix_len;
    if !(2..=4).contains(&suffix_len) || char_at(text, after).is_some_and(is_word_char) {
        return None;
    }
    let suffix = &text[i + 1..after];
    if word.len() >= 2 && is_site_domain(suffix) {
        return Some((after, TokenKind::Url));
    }
    let plain = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
    (lexicon::is_file_extension(suffix) && word.bytes().all(plain))
        .then_some((after, TokenKind::Word))
}

/// Top-level domains that name a site in running text (`Sky.it`).
fn is_site_domain(suffix: &str) -> bool {
    matches!(
        suffix,
        "it" | "com"
            | "org"
            | "net"
            | "eu"
            | "info"
            | "gov"
            | "edu"
            | "mx"
            | "uk"
            | "de"
            | "fr"
            | "es"
            | "ch"
            | "tv"
            | "me"
            | "io"
    )
}

/// Letters and periods alternating in short groups (`S.p.A.`, `a.C.`,
/// `d.lgs.`, `U.S.A.`): where they end, the first group being `word` and
/// its period at `i`.
fn dotted_groups_end(bytes: &[u8], word: &str, i: usize, end: usize) -> Option<usize> {
    if word.len() > 3 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut e = i + 1;
    let mut groups = 1;
    loop {
        let group = bytes[e.min(end)..end]
            .iter()
            .take(4)
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        if group == 0 || group > 3 || e + group >= end || bytes[e + group] != b'.' {
            break;
        }
        e += group + 1;
        groups += 1;
    }
    (groups >= 2).then_some(e)
}

/// The end of an abbreviated title whose period ends at `after`, with the
/// ending written after it for the feminine or the superlative (`Sig.ra`,
/// `Dott.ssa`, `Gent.mo`).
fn title_ending_end(text: &str, after: usize, end: usize) -> usize {
    let ending = text.as_bytes()[after..end]
        .iter()
        .take(4)
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let titled = ending > 0
        && lexicon::is_title_ending(&text[after..after + ending])
        && !char_at(text, after + ending).is_some_and(char::is_alphanumeric);
    if titled {
        after + ending
    } else {
        after
    }
}

/// An e-mail address whose local part has a period (`mario.rossi@…`),
/// from `start`, where the word reaches a period at `i`: only when an `@`
/// follows within the next few bytes, before any space.
fn email_with_dots(text: &str, start: usize, i: usize, end: usize) -> Option<usize> {
    let near = &text.as_bytes()[i..end.min(i + 64)];
    let at = near.iter().position(|&b| b == b'@' || b <= b' ')?;
    if near[at] != b'@' {
        return None;
    }
    EMAIL.find(&text[start..end]).map(|m| start + m.end())
}

/// The period at `i` after the letter or abbreviation `word` ends a
/// sentence rather than abbreviating: a letter before a word that opens
/// sentences and is never a name (`i bosoni W e Z. Nel frattempo`,
/// `allegato f. Per`), or, as the UD treebanks write it, a list closer
/// before a capital (`ecc` `.` `Il`).
fn period_ends_sentence(text: &str, word: &str, i: usize, end: usize, treebank: bool) -> bool {
    let next = &text[i + 1..end];
    let after = next.trim_start_matches([' ', '\t', '\n', '\r']);
    if after.len() == next.len() {
        return false;
    }
    let next_word = &after[..after
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(after.len())];
    if !next_word
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_uppercase)
    {
        return false;
    }
    word.len() == 1 && lexicon::opens_sentence(next_word)
        || treebank && lexicon::abbreviation_ends_sentence(word)
}

/// A number from `start`: digits with inner `.` `,` `:` `/` between digits
/// (`11.000`, `355.089,40`, `05:28`, `13/12/11`), then letters or digits
/// glued to it (`60x60`, `1D`), an ordinal indicator (`1°`, `2ª`) or a
/// minute mark (`43'`).
///
/// With `treebank`, numbers joined by a slash stay whole only as a date
/// (`13/12/2011`); others split at it (`633` `/` `1941`), as UD ISDT does.
fn number(text: &str, start: usize, end: usize, treebank: bool) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let mut i = start;
    loop {
        while i < end && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i + 1 < end
            && matches!(bytes[i], b'.' | b',' | b':' | b'/')
            && bytes[i + 1].is_ascii_digit()
        {
            if bytes[i] == b'/' && treebank && !is_slash_date(&bytes[start..end.min(start + 11)]) {
                break;
            }
            i += 1;
            continue;
        }
        break;
    }
    if i == start {
        // A non-ASCII numeral (`½`, `²`): one character.
        let len = char_at(text, start).map_or(1, char::len_utf8);
        return (start + len, TokenKind::Number);
    }
    let mut kind = TokenKind::Number;
    // Letters glued to the number: `60x60`, `3D`, `10k`; but `12mld`,
    // `39mln` are a number and an abbreviated word.
    if lexicon::is_glued_scale(&bytes[i..end.min(i + 4)]) {
        return (i, kind);
    }
    let mut j = i;
    for c in text[i..end].chars() {
        if !is_word_char(c) {
            break;
        }
        j += c.len_utf8();
    }
    if j > i {
        i = j;
        kind = TokenKind::Word;
    }
    match char_at(text, i) {
        Some('°' | 'º' | 'ª') if i < end && kind == TokenKind::Number => i += 2,
        Some('\'' | '’')
            if i < end
                && kind == TokenKind::Number
                && !char_at(text, i + 1).is_some_and(char::is_alphanumeric) =>
        {
            i += if bytes[i] == b'\'' { 1 } else { 3 };
        }
        _ => {}
    }
    (i, kind)
}

/// `bytes` start with a date written with slashes: `d/m/yy` or `d/m/yyyy`,
/// days and months of one or two digits.
fn is_slash_date(bytes: &[u8]) -> bool {
    let mut parts = bytes.split(|&b| b == b'/');
    let mut digits = |max: usize| {
        parts.next().is_some_and(|p| {
            let n = p.iter().take_while(|b| b.is_ascii_digit()).count();
            (1..=max).contains(&n) && (n == p.len() || max == 4)
        })
    };
    digits(2) && digits(2) && digits(4)
}

/// A URL starting at `start`, if one does (`http://`, `https://`, `www.`),
/// up to the first space or quote, without trailing punctuation.
fn url_at(text: &str, start: usize, end: usize) -> Option<usize> {
    let head = &text.as_bytes()[start..end];
    let prefix = [&b"https://"[..], b"http://", b"www."]
        .iter()
        .find(|p| head.len() > p.len() && head[..p.len()].eq_ignore_ascii_case(p))?
        .len();
    let e = url_end(text, start, start + prefix, end);
    (e > start + prefix).then_some(e)
}

/// The end of a URL that starts at `start` and whose host starts at
/// `host`: up to a space, a quote, a character that cannot stand in a
/// URL (`{`, `|`, `…`, `◀`), or a `)` or `]` that closes nothing inside it
/// (a Markdown link, `[sito](https://…)`); without trailing punctuation.
/// A `t.co` link has one path segment: `http://t.co/abc/via` ends before
/// `/via`.
fn url_end(text: &str, start: usize, host: usize, end: usize) -> usize {
    let mut e = host;
    let mut depth = 0usize;
    let mut square = 0usize;
    let short_link = text.as_bytes()[host..end].starts_with(b"t.co/");
    let mut slashes = 0;
    for c in text[host..end].chars() {
        if c.is_ascii_alphanumeric() {
            e += 1;
            continue;
        }
        match c {
            '.' | '-' | '_' | '?' | '=' | '&' | '%' | '#' | ':' | '+' | '~' | '!' | '*' | ',' => {}
            '(' => depth += 1,
            ')' if depth == 0 => break,
            ')' => depth -= 1,
            '[' => square += 1,
            ']' if square == 0 => break,
            ']' => square -= 1,
            '/' if short_link => {
                slashes += 1;
                if slashes > 1 {
                    break;
                }
            }
            '{' | '}' | '|' | '\\' | '^' | '`' | '"' | '<' | '>' => break,
            '“' | '”' | '«' | '»' | '‘' | '’' | '\u{2000}'..='\u{2BFF}' => break,
            _ if c.is_ascii_whitespace() => break,
            _ if !c.is_ascii() && (c.is_whitespace() || emoji::is_pictograph(c)) => break,
            _ => {}
        }
        e += c.len_utf8();
    }
    let url = &text[start..e];
    start
        + url
            .trim_end_matches(['.', ',', ';', ':', '!', '?', '\''])
            .len()
}

/// A link written without its scheme through a known short domain
/// (`bit.ly/abc`, `youtu.be/xyz`): its end, when `word.tld/` starts at
/// `start` with the period at `i`.
fn bare_link_end(text: &str, start: usize, i: usize, end: usize) -> Option<usize> {
    let head = &text.as_bytes()[start..end.min(start + 16)];
    let slash = head.iter().position(|&b| b == b'/')?;
    let domain = std::str::from_utf8(&head[..slash]).ok()?;
    if !lexicon::is_link_domain(domain) || i > start + slash {
        return None;
    }
    let e = url_end(text, start, start, end);
    (e > start + slash + 1).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swar_word_lanes_match_the_table() {
        for b in 0..=255u8 {
            let word = b.is_ascii_alphabetic();
            for lane in 0..16 {
                let mut lanes = [b'a'; 16];
                lanes[lane] = b;
                let stop = non_word_lanes(u128::from_le_bytes(lanes));
                let expected = if word { 0 } else { 0x80 << (8 * lane) };
                assert_eq!(stop, expected, "byte {b:#x} in lane {lane}");
            }
        }
        let text = b"parola, altra";
        assert_eq!(ascii_letter_run(text, 0, text.len()), 6);
        assert_eq!(ascii_letter_run(b"abcdefghij", 0, 10), 10);
        let long = b"precipitevolissimevolmente e basta";
        assert_eq!(ascii_letter_run(long, 0, long.len()), 26);
        assert_eq!(ascii_letter_run(long, 0, 20), 20);
        let accented = "perché città“".as_bytes();
        assert_eq!(ascii_letter_run(accented, 0, accented.len()), "perch".len());
    }
}
