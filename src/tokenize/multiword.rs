//! The syntactic words of a token (multiword tokens).
//!
//! UD Italian splits two kinds of contracted forms into syntactic words:
//! articulated prepositions (`della` → `di` `la`, `nell'` → `in` `l'`; a
//! capital stays on the first word: `Nel` → `In` `il`) and verbs with
//! unstressed pronouns attached (`farlo` → `far` `lo`, `farglielo` → `far`
//! `glie` `lo`). The tables and rules are in [`crate::lexicon`]; this module
//! turns them into words without allocating: a word is either a static
//! string or a slice of the token.

use std::iter::FusedIterator;

use super::scan::is_apostrophe;
use super::TokenKind;
use crate::lexicon;

/// The syntactic words of a token, created by
/// [`Token::words`](super::Token::words).
///
/// # Examples
///
/// ```
/// let token = italiano::tokens("considerandoli").next().unwrap();
/// let words: Vec<&str> = token.words().collect();
/// assert_eq!(words, ["considerando", "li"]);
/// ```
#[derive(Debug, Clone)]
pub struct Words<'a> {
    parts: [&'a str; 3],
    len: u8,
    next: u8,
}

impl<'a> Words<'a> {
    /// The token as its only word.
    pub(super) fn one(text: &'a str) -> Self {
        Words {
            parts: [text, "", ""],
            len: 1,
            next: 0,
        }
    }

    pub(super) fn of(text: &'a str, kind: TokenKind) -> Self {
        let one = Words::one(text);
        match kind {
            TokenKind::Elision => {
                // `dell'` → `di` + `l'`: the article keeps the apostrophe
                // as typed.
                let Some(mark) = text.chars().next_back().filter(|&c| is_apostrophe(c)) else {
                    return one;
                };
                let stem = &text[..text.len() - mark.len_utf8()];
                match lexicon::articulated(stem) {
                    Some((preposition, _)) if stem.ends_with(['l', 'L']) => Words {
                        parts: [preposition, &text[stem.len() - 1..], ""],
                        len: 2,
                        next: 0,
                    },
                    _ => one,
                }
            }
            TokenKind::Word => {
                if let Some((preposition, article)) = lexicon::articulated(text) {
                    return Words {
                        parts: [preposition, article, ""],
                        len: 2,
                        next: 0,
                    };
                }
                match lexicon::clitic_split(text) {
                    Some((at, None)) => Words {
                        parts: [&text[..at], &text[at..], ""],
                        len: 2,
                        next: 0,
                    },
                    Some((at, Some(second))) => Words {
                        parts: [&text[..at], &text[at..second], &text[second..]],
                        len: 3,
                        next: 0,
                    },
                    None => one,
                }
            }
            _ => one,
        }
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.next >= self.len {
            return None;
        }
        self.next += 1;
        Some(self.parts[usize::from(self.next - 1)])
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = usize::from(self.len - self.next);
        (left, Some(left))
    }
}

impl ExactSizeIterator for Words<'_> {}
impl FusedIterator for Words<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str, kind: TokenKind) -> Vec<&str> {
        Words::of(text, kind).collect()
    }

    #[test]
    fn articulated_prepositions() {
        assert_eq!(words("della", TokenKind::Word), ["di", "la"]);
        assert_eq!(words("Nel", TokenKind::Word), ["In", "il"]);
        assert_eq!(words("dell'", TokenKind::Elision), ["di", "l'"]);
        assert_eq!(words("sull’", TokenKind::Elision), ["su", "l’"]);
        assert_eq!(words("DELL'", TokenKind::Elision), ["DI", "L'"]);
        assert_eq!(words("l'", TokenKind::Elision), ["l'"]);
    }

    #[test]
    fn verbs_with_pronouns() {
        assert_eq!(words("farlo", TokenKind::Word), ["far", "lo"]);
        assert_eq!(words("farglielo", TokenKind::Word), ["far", "glie", "lo"]);
        assert_eq!(words("Ricordiamoci", TokenKind::Word), ["Ricordiamo", "ci"]);
        assert_eq!(words("casa", TokenKind::Word), ["casa"]);
        assert_eq!(words("farlo", TokenKind::Number), ["farlo"]);
    }
}
