//! The tense of the clause around a date, which decides the dates that
//! leave something out (`8 marzo`, `giovedì`).
//!
//! The clause is the sentence as the tokenizer splits it: its tokens before
//! the date (its start looked for in the 64 bytes before the date, then in
//! 200), and up to two dozen after it. The cues are auxiliaries and
//! frequent verbs, the endings of the passato remoto, the imperfect and the
//! future ([`tense_cue`]), and compound tenses ([`compound_word`]): a
//! participle after a form of `avere`, after a reflexive `essere` or
//! `stato`, and the participle of a verb of motion after `essere`.

use crate::lexicon::dates::{
    compound_word, tense_cue, CompoundWord, TenseCue, IRREGULAR_PARTICIPLES,
    MOTION_PARTICIPLE_STEMS, PARTICIPLE_ENDINGS,
};
use crate::text::lower;
use crate::tokenize::ScanState as State;
use crate::tokenize::{Boundaries, SentenceRules as Rules, Token, Tokens};
use crate::window::Window;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

/// How far before the date the sentence is looked for: tense cues further
/// back rarely concern the date.
const BEHIND: usize = 200;
/// How many tokens after the date are read.
const AHEAD: usize = 24;

/// The tense of the sentence around the date that begins at the window's
/// cursor: its tokens before the cursor, then those from token `from` on.
pub(crate) fn tense_at(win: &mut Window<'_>, from: usize) -> Tense {
    let Some(first) = win.get(0) else {
        return Tense::Unknown;
    };
    let text = win.text();
    let (mut sentence, start, state) = sentence_before(text, first);
    // The cues of the sentence before the date, read again from its start.
    let date_start = first.range().start;
    let mut cues = Cues::default();
    for token in
        Tokens::resume(text, start..date_start, state).take_while(|t| t.range().end <= date_start)
    {
        cues.note(token.text());
    }
    // After the date, the window's tokens to the sentence's end.
    for k in 1..from + AHEAD {
        let Some(token) = win.get(k) else {
            break;
        };
        if sentence.ends_before(token, None) {
            break;
        }
        if k >= from {
            cues.note(token.text());
        }
    }
    cues.tense()
}

/// How far before the date the sentence is looked for first: most begin
/// a few words before their date, and a stretch this long holds their
/// start.
const NEAR: usize = 64;
/// How far into a stretch a sentence's start must be to be taken as one
/// (the stretch may begin inside a word or a quotation).
const SETTLED: usize = 16;

/// The sentence whose token `first` is: its boundaries so far (up to
/// `first`), where it starts, and the scanner's state there. Looked for
/// in a short stretch before the token, then, where that holds no clear
/// start, in [`BEHIND`] bytes.
fn sentence_before<'a>(text: &'a str, first: Token<'a>) -> (Boundaries<'a>, usize, State) {
    let date_start = first.range().start;
    let mut found = None;
    for behind in [NEAR, BEHIND] {
        let mut back = date_start.saturating_sub(behind);
        while !text.is_char_boundary(back) {
            back += 1;
        }
        let mut tokens = Tokens::resume(text, back..date_start, State::default());
        let mut state = tokens.state();
        let mut current: Option<(Boundaries<'a>, usize, State)> = None;
        // Read from inside a word, the stretch may split a token other than
        // the window did, and its last token may run past the date's start:
        // it stops before any such token.
        while let Some(token) = tokens.next().filter(|t| t.range().end <= date_start) {
            let goes_on = match &mut current {
                Some((sentence, _, _)) => !sentence.ends_before(token, None),
                None => false,
            };
            if !goes_on {
                current = Some((
                    Boundaries::new(text, token, Rules::default()),
                    token.range().start,
                    state,
                ));
            }
            state = tokens.state();
        }
        let sentence = match current {
            Some((mut sentence, start, at)) => match sentence.ends_before(first, None) {
                false => (sentence, start, at),
                true => (
                    Boundaries::new(text, first, Rules::default()),
                    date_start,
                    state,
                ),
            },
            None => (
                Boundaries::new(text, first, Rules::default()),
                date_start,
                state,
            ),
        };
        if back == 0 || sentence.1 >= back + SETTLED || behind == BEHIND {
            return sentence;
        }
        found = Some(sentence);
    }
    found.unwrap_or((
        Boundaries::new(text, first, Rules::default()),
        date_start,
        State::default(),
    ))
}

/// Tense cues seen so far in a sentence, updated token by token without
/// allocating.
#[derive(Debug, Clone, Copy, Default)]
struct Cues {
    past: bool,
    future: bool,
    present: bool,
    /// The auxiliary just before, if any: a participle next may make a
    /// compound past.
    auxiliary: Option<Auxiliary>,
    /// The previous token was a reflexive pronoun (`si`).
    reflexive: bool,
}

/// Which auxiliary stands before a participle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Auxiliary {
    /// `ha firmato`, `si è dimesso`, `è stato firmato`: past with any
    /// participle.
    Any,
    /// `è arrivato` is past, `è previsto` present: past with the
    /// participles of verbs of motion and change.
    Be,
}

impl Cues {
    fn note(&mut self, word: &str) {
        let lowered = lower(word);
        let w = lowered.as_str();
        let class = compound_word(w);
        let mut next = None;
        if let Some(aux) = self.auxiliary {
            match class {
                Some(CompoundWord::Been) => {
                    self.past = true;
                    next = Some(Auxiliary::Any);
                }
                Some(CompoundWord::Between) => next = Some(aux),
                _ => {
                    let participle = match aux {
                        Auxiliary::Any => is_participle(w),
                        Auxiliary::Be => is_motion_participle(w),
                    };
                    self.past |= participle;
                }
            }
        }
        match class {
            Some(CompoundWord::Have) => next = Some(Auxiliary::Any),
            Some(CompoundWord::Be) if self.reflexive => next = Some(Auxiliary::Any),
            Some(CompoundWord::Be) => next = Some(Auxiliary::Be),
            _ => {}
        }
        self.auxiliary = next;
        self.reflexive = class == Some(CompoundWord::Reflexive);
        match tense_cue(word) {
            Some(TenseCue::Past) => self.past = true,
            Some(TenseCue::Future) => self.future = true,
            Some(TenseCue::Present) => self.present = true,
            None => {}
        }
    }

    fn tense(&self) -> Tense {
        match (self.past, self.future) {
            (true, false) => Tense::Past,
            (false, true) => Tense::Future,
            (true, true) => Tense::Present,
            _ if self.present => Tense::Present,
            _ => Tense::Unknown,
        }
    }
}

/// A past participle, lowercase: one of [`PARTICIPLE_ENDINGS`] after a
/// stem of three bytes or more, or an irregular one in any gender and
/// number.
fn is_participle(w: &str) -> bool {
    let regular = w.len() > 4
        && PARTICIPLE_ENDINGS
            .iter()
            .any(|e| w.len() > e.len() + 2 && w.ends_with(e));
    regular
        || with_any_vowel(w, |stem| {
            IRREGULAR_PARTICIPLES
                .iter()
                .any(|p| p.strip_suffix('o') == Some(stem))
        })
}

/// The participle of a verb that takes `essere` (`morto`, `cresciute`).
pub(super) fn is_motion_participle(w: &str) -> bool {
    with_any_vowel(w, |stem| MOTION_PARTICIPLE_STEMS.contains(&stem))
}

/// `w` is a stem that `known` accepts and one of `a`, `e`, `i`, `o`.
fn with_any_vowel(w: &str, known: impl Fn(&str) -> bool) -> bool {
    w.strip_suffix(['a', 'e', 'i', 'o']).is_some_and(known)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense_of(text: &str, date: &str) -> Tense {
        let mut win = Window::new(text);
        while win.text_at(0) != date {
            win.advance(1);
        }
        tense_at(&mut win, 1)
    }

    #[test]
    fn the_sentence_is_the_tokenizers() {
        // `Sig.` and `1.500` do not end the sentence before the date.
        assert_eq!(
            tense_of("Il Sig. Rossi arrivò giovedì.", "giovedì"),
            Tense::Past
        );
        assert_eq!(
            tense_of("Ne arrivarono 1.500 giovedì.", "giovedì"),
            Tense::Past
        );
        // A full stop does.
        assert_eq!(
            tense_of("Ne arrivarono molti. Giovedì piove.", "Giovedì"),
            Tense::Unknown
        );
        assert_eq!(tense_of("Giovedì è arrivato.", "Giovedì"), Tense::Past);
        // A date that ends the text has its sentence too.
        assert_eq!(tense_of("Sono tornato giovedì", "giovedì"), Tense::Past);
        assert_eq!(
            tense_of("Giovedì arriverà. Ieri no.", "Giovedì"),
            Tense::Future
        );
    }
}
