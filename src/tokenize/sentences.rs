//! Sentence splitting over the token stream: the rules are listed in the
//! [module docs](super#sentences), in the order they are tried here.

use std::iter::FusedIterator;
use std::ops::Range;

use super::scan::State;
use super::{Token, TokenKind, Tokenizer, Tokens};
use crate::blank::has_blank_line;
use crate::lexicon;

/// Where a colon or a semicolon ends a sentence.
///
/// # Examples
///
/// ```
/// use italiano::tokenize::{Split, Tokenizer};
///
/// let text = "Attenzione: il servizio è sospeso; riprende lunedì.";
/// let count = |t: Tokenizer| t.sentences(text).count();
/// assert_eq!(count(Tokenizer::new()), 1);
/// assert_eq!(count(Tokenizer::new().split_at_colon(Split::Always)), 2);
/// assert_eq!(count(Tokenizer::ud()), 3);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Split {
    /// The mark never ends a sentence.
    Never,
    /// The mark ends a sentence before a capital letter, or before an
    /// opening quote or bracket with a capital after it (`ha detto:
    /// «Vengo»`).
    #[default]
    BeforeCapital,
    /// The mark ends a sentence wherever the UD Italian treebanks end one:
    /// everywhere, except a colon before a number that is not a list item
    /// (`ore 10: 30 persone`, but `seguenti: 1) …`), and a semicolon inside
    /// an inline list of three short items or more (`Terni, azioni 300;
    /// Ilva, azioni 500; Anic, azioni 1000.`) or before a last item of one
    /// word (`…; laser.`).
    Always,
}

/// The sentence rules a tokenizer was set up with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub(crate) struct Rules {
    pub(crate) colon: Split,
    pub(crate) semicolon: Split,
}

/// Items of an inline list are at most this many tokens long.
const SHORT_ITEM: usize = 7;
/// A last item this short closes a list (`…; laser.`): one word; two
/// already make a clause (`respinto; si ricorre.`).
const LAST_ITEM: usize = 1;

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
    rules: Rules,
    tokens: Tokens<'a>,
    /// The first token of the next sentence, and the scanner's state
    /// before it.
    peeked: Option<(Token<'a>, State)>,
}

impl<'a> Sentences<'a> {
    pub(super) fn new(source: &'a str, tokenizer: Tokenizer) -> Self {
        Sentences {
            source,
            rules: tokenizer.sentence_rules(),
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
        let mut sentence = Boundaries::new(self.source, first, self.rules);
        loop {
            let before_next = self.tokens.state();
            let Some(next) = self.tokens.next() else {
                return Some(self.sentence(first.range().start, sentence.end(), state));
            };
            if sentence.ends_before(next, Some(&self.tokens)) {
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
    rules: Rules,
    /// Tokens since the sentence began or its last `;` or `:`: the length
    /// of an item when the sentence is a list.
    item_len: usize,
    /// The current item follows a `;`.
    after_semicolon: bool,
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
    pub(crate) fn new(source: &'a str, first: Token<'a>, rules: Rules) -> Self {
        Boundaries {
            source,
            rules,
            item_len: 1,
            after_semicolon: false,
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
    /// if not, `next` is taken into it. `ahead`, the tokens after `next`,
    /// tells a semicolon inside an inline list from one that ends a
    /// sentence; without it a semicolon is read as ending one.
    #[inline]
    pub(crate) fn ends_before(&mut self, next: Token<'a>, ahead: Option<&Tokens<'a>>) -> bool {
        let last = self.last;
        // Most tokens: no mark pending, a token that is no mark after one
        // space or none. Nothing can end the sentence there, and the rules
        // below would only count the token into the current item.
        let (end, start) = (last.range().end, next.range().start);
        if self.ending.is_none()
            && (start == end || start == end + 1 && self.source.as_bytes()[end] == b' ')
            && !matches!(
                next.kind(),
                TokenKind::Punctuation | TokenKind::Abbreviation
            )
            && clause_mark(&last).is_none()
        {
            self.item_len += 1;
            self.last = next;
            return false;
        }
        let gap = &self.source[last.range().end..next.range().start];
        let boundary = has_blank_line(gap)
            || self.ending.is_some_and(|mark| {
                if gap.is_empty() && is_closer(&next) && !opens_glued(self.source, &next) {
                    return false; // a closer: decided at the next token
                }
                self.starts_sentence(&mark, &next, ahead)
            })
            || gap.bytes().any(|b| b == b'\n') && self.line_starts_sentence(&next, ahead);
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
        // An item's length leaves out the mark that closes it.
        if let Some(mark) = clause_mark(&last) {
            self.item_len = 1;
            self.after_semicolon = mark == b';';
        } else if clause_mark(&next).is_none() {
            self.item_len += 1;
        }
        self.last = next;
        false
    }

    /// Whether `next`, the first token of a line, starts a sentence
    /// although no mark ended the last one: it opens a list item (`- 2
    /// uova`, `a) essere…`, `3. Oggetto`), or the line before is a heading,
    /// short and without a final mark, and `next` is capitalized
    /// (`Ingredienti` / `Procedimento` / `Impastate…`). A line of wrapped
    /// prose is longer than a heading, so a name at the start of the next
    /// line does not split it.
    fn line_starts_sentence(&self, next: &Token<'a>, ahead: Option<&Tokens<'a>>) -> bool {
        let text = next.text();
        let list_marker = match next.kind() {
            TokenKind::Punctuation | TokenKind::Symbol => {
                matches!(text, "-" | "–" | "—" | "*" | "•" | "·" | "▪" | "►")
            }
            TokenKind::Number => ahead.is_some_and(|a| opens_list_item(a.clone())),
            TokenKind::Word => {
                text.chars().count() == 1 && ahead.is_some_and(|a| next_is(a.clone(), &[")"]))
            }
            _ => false,
        };
        if list_marker {
            return true;
        }
        // The line ends at the last token; it is a heading when it starts
        // (after a line break, or where the sentence does) within
        // `HEADING_LEN` bytes of there.
        let last = self.last;
        let (line_end, first) = (last.range().end, self.first.range().start);
        let short_line = line_end - first <= HEADING_LEN
            || self.source.as_bytes()[line_end - HEADING_LEN - 1..line_end].contains(&b'\n');
        let heading = short_line
            && matches!(
                last.kind(),
                TokenKind::Word | TokenKind::Number | TokenKind::Abbreviation
            );
        heading && text.starts_with(char::is_uppercase)
    }

    /// Whether `next` starts a new sentence after the ending `mark`.
    fn starts_sentence(
        &self,
        mark: &Token<'a>,
        next: &Token<'a>,
        ahead: Option<&Tokens<'a>>,
    ) -> bool {
        let source = self.source;
        let first = next.text().chars().next().unwrap_or(' ');
        let capital =
            first.is_uppercase() || is_opening(source, next) && word_after_is_capital(source, next);
        let text = mark.text();
        if mark.kind() == TokenKind::Abbreviation || text.starts_with("..") || text.starts_with('…')
        {
            return capital;
        }
        let split = match text {
            ":" => self.rules.colon,
            ";" => self.rules.semicolon,
            _ => return true,
        };
        match split {
            Split::Never => false,
            Split::BeforeCapital => capital,
            Split::Always if text == ":" => {
                !first.is_ascii_digit() || ahead.is_some_and(|a| opens_list_item(a.clone()))
            }
            Split::Always => {
                let Some(ahead) = ahead else { return true };
                if first.is_ascii_digit() && opens_list_item(ahead.clone()) {
                    return true;
                }
                // Three short items or more in a row (`Terni, azioni 300;
                // Ilva, azioni 500; …`), or a very short last item, make
                // an inline list; two short clauses are two sentences.
                let (len, closer) = item_after(ahead.clone());
                let after = 1 + len;
                let short = self.item_len <= SHORT_ITEM && after <= SHORT_ITEM;
                let inline = short && (self.after_semicolon || closer == ";");
                let last = after <= LAST_ITEM && closer == ".";
                !(inline || last)
            }
        }
    }
}

impl FusedIterator for Sentences<'_> {}

/// `;` or `:`, which close the items of a list.
#[inline]
fn clause_mark(token: &Token<'_>) -> Option<u8> {
    match token.text().as_bytes() {
        [mark @ (b';' | b':')] => Some(*mark),
        _ => None,
    }
}

/// A token that may end a sentence.
fn ends_sentence_mark(token: &Token<'_>) -> bool {
    match token.kind() {
        TokenKind::Punctuation => {
            let first = token.text().as_bytes()[0];
            matches!(first, b'.' | b'?' | b'!' | b':' | b';') || token.text().starts_with('…')
        }
        TokenKind::Abbreviation => {
            let stem = token.text().trim_end_matches('.');
            // Dotted forms (`a.C.`, `U.O.`, `S.p.A.`) stand before names
            // and words more often than at the end.
            lexicon::abbreviation_ends_sentence(stem)
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

/// A heading is a line of at most this many bytes.
const HEADING_LEN: usize = 48;

/// The next token of `ahead` is one of `texts`.
fn next_is(mut ahead: Tokens<'_>, texts: &[&str]) -> bool {
    ahead.next().is_some_and(|t| texts.contains(&t.text()))
}

/// The tokens after a number open a list item: `1)`, `947.`.
fn opens_list_item(ahead: Tokens<'_>) -> bool {
    next_is(ahead, &[")", "."])
}

/// The length of the item after a semicolon, up to the next `;`, `.`,
/// `?` or `!` (counted to a little past [`SHORT_ITEM`]), and the mark that
/// closes it (`""` past that length or at the end).
fn item_after(mut ahead: Tokens<'_>) -> (usize, &str) {
    let mut len = 0;
    while let Some(token) = ahead.next().filter(|_| len <= SHORT_ITEM) {
        match token.text() {
            mark @ ("." | ";" | "?" | "!") => return (len, mark),
            _ => len += 1,
        }
    }
    (len, "")
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
