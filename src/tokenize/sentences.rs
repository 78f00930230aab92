//! Sentence splitting over the token stream.
//!
//! Following the UD Italian treebanks, a sentence ends at every `.`, `?`,
//! `!` (and runs of them), and at `:` and `;` unless a number follows;
//! `...` and `…` end one only before a capital letter. Closing quotes and
//! brackets right after the final mark stay in the sentence; a quote glued
//! to the next word opens the next one (`ha detto.”Il…`). Abbreviations
//! keep their period inside the sentence, except those that close lists
//! (`ecc.`, `etc.`) or dotted forms (`a.C.`), before a capital. A number
//! with a period opening a sentence numbers it (`858. Comprensorio`). A
//! blank line always ends a sentence.

use std::iter::FusedIterator;
use std::ops::Range;

use super::scan::State;
use super::{Token, TokenKind, Tokenizer, Tokens};
use crate::blank::has_blank_line;
use crate::lexicon;

/// A sentence: its text and span, and its tokens on demand.
///
/// # Examples
///
/// ```
/// let text = "Piove. Esco lo stesso.";
/// let second = italiano::sentences(text).nth(1).unwrap();
/// assert_eq!(second.text(), "Esco lo stesso.");
/// assert_eq!(&text[second.range()], second.text());
/// assert_eq!(second.tokens().count(), 4);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sentence<'a> {
    source: &'a str,
    start: usize,
    end: usize,
    /// The scanner's state before the sentence's first token.
    state: State,
}

impl<'a> Sentence<'a> {
    /// The sentence's text, from its first token to its last.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = italiano::sentences("  Ciao!  ").next().unwrap();
    /// assert_eq!(s.text(), "Ciao!");
    /// ```
    pub fn text(&self) -> &'a str {
        &self.source[self.start..self.end]
    }

    /// The sentence's byte range in the text it was read from.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = italiano::sentences("Sì. No.").nth(1).unwrap();
    /// assert_eq!(s.range(), 5..8); // `ì` takes two bytes
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The sentence's tokens, with spans into the whole text. They are read
    /// again from the text, so no list of tokens is kept.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = italiano::sentences("Ok. Dell'anno scorso.").nth(1).unwrap();
    /// let tokens: Vec<(usize, &str)> = s.tokens().map(|t| (t.range().start, t.text())).collect();
    /// assert_eq!(tokens, [(4, "Dell'"), (9, "anno"), (14, "scorso"), (20, ".")]);
    /// ```
    pub fn tokens(&self) -> Tokens<'a> {
        Tokens::resume(self.source, self.start..self.end, self.state)
    }
}

/// An iterator over the sentences of a text, created by
/// [`Tokenizer::sentences`](super::Tokenizer::sentences) and
/// [`sentences`](super::sentences).
///
/// # Examples
///
/// ```
/// let count = italiano::sentences("Uno. Due! Tre?").count();
/// assert_eq!(count, 3);
/// ```
#[derive(Debug, Clone)]
pub struct Sentences<'a> {
    source: &'a str,
    tokens: Tokens<'a>,
    /// The first token of the next sentence, and the scanner's state
    /// before it.
    peeked: Option<(Token<'a>, State)>,
}

impl<'a> Sentences<'a> {
    pub(super) fn new(source: &'a str, tokenizer: Tokenizer) -> Self {
        Sentences {
            source,
            tokens: Tokens::new(source, 0..source.len(), tokenizer),
            peeked: None,
        }
    }

    fn sentence(&self, start: usize, end: usize, state: State) -> Sentence<'a> {
        Sentence {
            source: self.source,
            start,
            end,
            state,
        }
    }
}

impl<'a> Iterator for Sentences<'a> {
    type Item = Sentence<'a>;

    fn next(&mut self) -> Option<Sentence<'a>> {
        let (first, state) = match self.peeked.take() {
            Some(peeked) => peeked,
            None => {
                let state = self.tokens.state();
                (self.tokens.next()?, state)
            }
        };
        let mut sentence = Boundaries::new(self.source, first);
        loop {
            let before_next = self.tokens.state();
            let Some(next) = self.tokens.next() else {
                return Some(self.sentence(first.range().start, sentence.end(), state));
            };
            if sentence.ends_before(next) {
                self.peeked = Some((next, before_next));
                return Some(self.sentence(first.range().start, sentence.end(), state));
            }
        }
    }
}

/// Where sentences end, token by token: the rules of [`Sentences`] for a
/// reader that has its tokens already (the tense of a date reads the
/// sentence around it from the window's tokens).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Boundaries<'a> {
    source: &'a str,
    /// The sentence's first token.
    first: Token<'a>,
    /// Its last token so far.
    last: Token<'a>,
    /// The mark that may end the sentence, once closers after it are
    /// taken in.
    ending: Option<Token<'a>>,
}

impl<'a> Boundaries<'a> {
    /// A sentence that begins with `first`, a token of `source`.
    pub(crate) fn new(source: &'a str, first: Token<'a>) -> Self {
        Boundaries {
            source,
            first,
            last: first,
            ending: ends_sentence_mark(&first).then_some(first),
        }
    }

    /// Where the sentence ends so far: its last token's end.
    pub(crate) fn end(&self) -> usize {
        self.last.range().end
    }

    /// Whether the sentence ends before `next`, the token after its last;
    /// if not, `next` is taken into it.
    pub(crate) fn ends_before(&mut self, next: Token<'a>) -> bool {
        let last = self.last;
        let gap = &self.source[last.range().end..next.range().start];
        let boundary = has_blank_line(gap)
            || self.ending.is_some_and(|mark| {
                if gap.is_empty() && is_closer(&next) && !opens_glued(self.source, &next) {
                    return false; // a closer: decided at the next token
                }
                starts_sentence(self.source, &mark, &next)
            });
        if boundary {
            return true;
        }
        let closer_after_end = self.ending.is_some() && gap.is_empty() && is_closer(&next);
        if !closer_after_end {
            // `858. Comprensorio…`: a number and a period opening a
            // sentence number it, and do not end it.
            let enumeration = last.range().start == self.first.range().start
                && last.kind() == TokenKind::Number
                && next.text() == ".";
            self.ending = (ends_sentence_mark(&next) && !enumeration).then_some(next);
        }
        self.last = next;
        false
    }
}

impl FusedIterator for Sentences<'_> {}

/// A token that may end a sentence.
fn ends_sentence_mark(token: &Token<'_>) -> bool {
    match token.kind() {
        TokenKind::Punctuation => {
            let first = token.text().as_bytes()[0];
            matches!(first, b'.' | b'?' | b'!' | b':' | b';') || token.text().starts_with('…')
        }
        TokenKind::Abbreviation => {
            let stem = token.text().trim_end_matches('.');
            lexicon::abbreviation_ends_sentence(stem) || stem.contains('.')
        }
        _ => false,
    }
}

/// Closing quotes and brackets that stay with the sentence they follow.
fn is_closer(token: &Token<'_>) -> bool {
    match token.kind() {
        TokenKind::Quote => true,
        TokenKind::Punctuation => matches!(token.text(), ")" | "]" | "}"),
        _ => false,
    }
}

/// A quote glued to the word after it opens a quotation (`.”La`).
fn opens_glued(source: &str, token: &Token<'_>) -> bool {
    token.kind() == TokenKind::Quote
        && source[token.range().end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// Whether `next` starts a new sentence after the ending `mark`.
///
/// The UD Italian treebanks end a sentence at every `.`, `?` and `!`,
/// whatever follows (excerpts there often start in lowercase), and at `:`
/// and `;` unless a number follows (`ore 10: 30` is rare, `art. 3: 2`
/// lists are not). `...` and `…` end one only before a capital, since they
/// as often mark a pause; so do abbreviations that can close a sentence.
fn starts_sentence(source: &str, mark: &Token<'_>, next: &Token<'_>) -> bool {
    let first = next.text().chars().next().unwrap_or(' ');
    let capital =
        first.is_uppercase() || is_opening(source, next) && word_after_is_capital(source, next);
    let text = mark.text();
    if mark.kind() == TokenKind::Abbreviation || text.starts_with("..") || text.starts_with('…') {
        return capital;
    }
    if text == ":" || text == ";" {
        return !first.is_ascii_digit();
    }
    true
}

/// A quote or bracket that opens what follows it.
fn is_opening(source: &str, token: &Token<'_>) -> bool {
    matches!(token.kind(), TokenKind::Quote)
        && !source[token.range().end..].starts_with(char::is_whitespace)
        || matches!(token.text(), "(" | "[" | "«" | "“" | "„")
}

fn word_after_is_capital(source: &str, token: &Token<'_>) -> bool {
    source[token.range().end..]
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    fn split(text: &str) -> Vec<&str> {
        crate::sentences(text).map(|s| s.text()).collect()
    }

    #[test]
    fn boundaries() {
        assert_eq!(split("Piove. Esco."), ["Piove.", "Esco."]);
        assert_eq!(split("Il Sig. Rossi è qui."), ["Il Sig. Rossi è qui."]);
        // As the UD Italian treebanks do: a colon before a capitalized
        // quotation ends the sentence.
        assert_eq!(
            split("Ha detto: \"Vengo\". Poi è uscito."),
            ["Ha detto:", "\"Vengo\".", "Poi è uscito."]
        );
        assert_eq!(
            split("ha detto.”La riunione è finita"),
            ["ha detto.", "”La riunione è finita"]
        );
        assert_eq!(
            split("Mele, pere ecc. Poi basta."),
            ["Mele, pere ecc.", "Poi basta."]
        );
        assert_eq!(split("Uno\n\ndue"), ["Uno", "due"]);
        assert_eq!(split("Aspetta... e poi?"), ["Aspetta... e poi?"]);
        assert_eq!(split("1. Premessa. 2. Testo"), ["1. Premessa.", "2. Testo"]);
        assert_eq!(
            split("Alle ore 10: 30 persone"),
            ["Alle ore 10: 30 persone"]
        );
        assert_eq!(
            split("Sorpresa: Il capo è arrivato."),
            ["Sorpresa:", "Il capo è arrivato."]
        );
        assert_eq!(split("(Vero.) Sì."), ["(Vero.)", "Sì."]);
    }
}
