//! The tense of the clause around a date, which decides the dates that
//! leave something out (`8 marzo`, `giovedì`).
//!
//! The clause is the sentence as the tokenizer splits it: its tokens before
//! the date, and up to two dozen after it. The cues are auxiliaries and
//! frequent verbs, the endings of the passato remoto, the imperfect and the
//! future ([`tense_cue`]), and a past participle after `è` or `sono`.

use crate::lexicon::dates::{tense_cue, TenseCue, AUXILIARIES, PARTICIPLE_ENDINGS};
use crate::lexicon::ends_with_ignore_ascii_case;
use crate::text::lower;
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
    let date_start = first.range().start;
    let mut last = from;
    while last + 1 < from + AHEAD && win.get(last + 1).is_some() {
        last += 1;
    }
    let end = win
        .get(last)
        .map_or(date_start, |t| t.range().end.max(date_start));
    let mut back = date_start.saturating_sub(BEHIND);
    while !text.is_char_boundary(back) {
        back += 1;
    }
    let sentence = crate::sentences(&text[back..end])
        .map(|s| back + s.range().start..back + s.range().end)
        .find(|s| s.end > date_start)
        .unwrap_or(date_start..end);
    let mut cues = Cues::default();
    for token in crate::tokens(&text[sentence.start.min(date_start)..date_start]) {
        cues.note(token.text());
    }
    for k in from..from + AHEAD {
        match win.get(k) {
            Some(token) if token.range().start < sentence.end => cues.note(token.text()),
            _ => break,
        }
    }
    cues.tense()
}

/// Tense cues seen so far in a sentence, updated token by token without
/// allocating.
#[derive(Debug, Clone, Copy, Default)]
struct Cues {
    past: bool,
    future: bool,
    present: bool,
    /// The previous token was an auxiliary: a participle next makes a
    /// passato prossimo (`è arrivato`).
    after_auxiliary: bool,
}

impl Cues {
    fn note(&mut self, word: &str) {
        if self.after_auxiliary && is_participle(word) {
            self.past = true;
        }
        self.after_auxiliary = word.len() <= 5 && AUXILIARIES.contains(&lower(word).as_str());
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

/// A past participle: one of [`PARTICIPLE_ENDINGS`] after a stem of three
/// bytes or more.
fn is_participle(word: &str) -> bool {
    word.len() > 4
        && PARTICIPLE_ENDINGS
            .iter()
            .any(|e| word.len() > e.len() + 2 && ends_with_ignore_ascii_case(word, e))
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
        assert_eq!(
            tense_of("Giovedì arriverà. Ieri no.", "Giovedì"),
            Tense::Future
        );
    }
}
