//! A look-around window over the token stream, for the extractors.
//!
//! Extractors read a few tokens ahead (`1,5` `miliardi` `di` `euro`) and one
//! behind (`art.` before `21`). The window pulls tokens from the
//! tokenizer on demand and keeps only those it may still need, so memory
//! stays bounded however long the text is.
//!
//! A blank line is a wall: looking ahead stops before the first token of
//! the next paragraph, and the token behind the cursor is none at the start
//! of a paragraph, as at the start of the text. No expression runs across a
//! blank line, and a paragraph reads the same alone as in a longer text, so
//! that callers may cut a text into paragraphs (a stream, a corpus) and get
//! the same results.

use crate::lexicon::head;
use crate::tokenize::{Token, Tokens};

/// How far the window looks ahead: the longest pattern spans a dozen
/// tokens, the tense look-ahead two dozen. Beyond, `get` answers `None`,
/// as at the end of the text.
const AHEAD: usize = 32;

/// Tokens ahead of the cursor, pulled lazily into a ring, and the one just
/// behind it.
#[derive(Debug, Clone)]
pub(crate) struct Window<'a> {
    text: &'a str,
    tokens: Tokens<'a>,
    ring: [Option<Token<'a>>; AHEAD],
    head: usize,
    len: usize,
    behind: Option<Token<'a>>,
    /// The first token of the next paragraph, pulled but kept out of the
    /// ring until the cursor reaches it.
    parked: Option<Token<'a>>,
    /// Where the last match a reader took ends: a reader that reaches
    /// behind the cursor (`,77`, `C$ 20`) stops there.
    floor: usize,
    /// Where a run of codes the number reader found ends (`02 1234 5678`):
    /// its later numbers are codes too, though each is passed one by one,
    /// so that a date may still begin at one of them.
    codes_until: usize,
}

impl<'a> Window<'a> {
    pub(crate) fn new(text: &'a str) -> Window<'a> {
        Window {
            text,
            tokens: crate::tokens(text),
            ring: [None; AHEAD],
            head: 0,
            len: 0,
            behind: None,
            parked: None,
            floor: 0,
            codes_until: 0,
        }
    }

    /// The whole text the window reads.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    /// The `k`-th token from the cursor (0 is the token at the cursor).
    #[inline]
    pub(crate) fn get(&mut self, k: usize) -> Option<Token<'a>> {
        // Most looks are at tokens already pulled.
        if k < self.len {
            return self.ring[(self.head + k) % AHEAD];
        }
        self.pull(k)
    }

    /// [`get`](Self::get) of a token not yet pulled.
    #[inline(never)]
    fn pull(&mut self, k: usize) -> Option<Token<'a>> {
        if k >= AHEAD {
            return None;
        }
        while self.len <= k {
            let token = match self.parked.take() {
                Some(token) => token,
                None => self.tokens.next()?,
            };
            if self.len > 0 {
                let last = self.ring[(self.head + self.len - 1) % AHEAD];
                if last
                    .is_some_and(|l| paragraph_break(self.text, l.range().end, token.range().start))
                {
                    self.parked = Some(token);
                    return None;
                }
            }
            self.ring[(self.head + self.len) % AHEAD] = Some(token);
            self.len += 1;
        }
        self.ring[(self.head + k) % AHEAD]
    }

    /// Takes the token at the cursor out of the ring, if it was pulled.
    fn pop_front(&mut self) -> Option<Token<'a>> {
        if self.len == 0 {
            return None;
        }
        let token = self.ring[self.head];
        self.head = (self.head + 1) % AHEAD;
        self.len -= 1;
        token
    }

    /// The text of the `k`-th token from the cursor, or `""` past the end.
    pub(crate) fn text_at(&mut self, k: usize) -> &'a str {
        self.get(k).map_or("", |t| t.text())
    }

    /// The token just behind the cursor, in the same paragraph.
    pub(crate) fn behind(&self) -> Option<Token<'a>> {
        let behind = self.behind?;
        let cursor = if self.len > 0 {
            self.ring[self.head]
        } else {
            self.parked
        };
        match cursor {
            Some(at) if paragraph_break(self.text, behind.range().end, at.range().start) => None,
            _ => Some(behind),
        }
    }

    /// Where the token just behind the cursor ends, whatever paragraph it
    /// is in; 0 at the start of the text.
    pub(crate) fn behind_end(&self) -> usize {
        self.behind.map_or(0, |t| t.range().end)
    }

    /// The text of the token just behind the cursor, or `""`.
    pub(crate) fn previous_text(&self) -> &'a str {
        self.behind().map_or("", |t| t.text())
    }

    /// Moves the cursor `n` tokens on.
    pub(crate) fn advance(&mut self, n: usize) {
        for _ in 0..n {
            let token = match self.pop_front() {
                Some(token) => token,
                None => match self.parked.take().or_else(|| self.tokens.next()) {
                    Some(token) => token,
                    None => return,
                },
            };
            self.behind = Some(token);
        }
    }

    /// Moves the cursor past the tokens for which `skip` holds, without
    /// buffering them: the extractors' fast path over tokens that cannot
    /// begin a match. `skip` gets the token's text and its [`head`], which
    /// a test can read without a branch on the token's length.
    ///
    /// [`head`]: crate::lexicon::head
    #[inline(always)]
    pub(crate) fn skip_while(&mut self, mut skip: impl FnMut(&str, u32) -> bool) {
        let bytes = self.text.as_bytes();
        let peek = |token: &Token<'_>| head(bytes, token.range().start, token.text().len());
        // The buffered tokens first, then a tight loop over the tokenizer
        // that keeps the last token passed over in a local.
        let mut last = None;
        while self.len > 0 {
            let token = self.ring[self.head];
            if let Some(t) = &token {
                if !skip(t.text(), peek(t)) {
                    if last.is_some() {
                        self.behind = last;
                    }
                    return;
                }
            }
            last = self.pop_front();
        }
        if let Some(token) = self.parked.take() {
            if !skip(token.text(), peek(&token)) {
                self.ring[self.head] = Some(token);
                self.len = 1;
                if last.is_some() {
                    self.behind = last;
                }
                return;
            }
            last = Some(token);
        }
        for token in self.tokens.by_ref() {
            if !skip(token.text(), peek(&token)) {
                self.ring[self.head] = Some(token);
                self.len = 1;
                break;
            }
            last = Some(token);
        }
        if last.is_some() {
            self.behind = last;
        }
    }

    /// Moves the cursor to the next token that `filter` lets through:
    /// `None` at the end of the text.
    #[inline(always)]
    pub(crate) fn skip_to(&mut self, filter: &crate::start::StartFilter) -> Option<Token<'a>> {
        self.skip_while(|text, head| !filter.may_start(text, head));
        self.get(0)
    }

    /// The text between the `k`-th token and the next one.
    pub(crate) fn gap_after(&mut self, k: usize) -> &'a str {
        match (self.get(k), self.get(k + 1)) {
            (Some(a), Some(b)) => &self.text[a.range().end..b.range().start],
            _ => "",
        }
    }

    /// Marks the end of a match taken: see [`floor`](Self::floor).
    pub(crate) fn take_until(&mut self, end: usize) {
        self.floor = self.floor.max(end);
    }

    /// Where the last match taken ends, 0 before any.
    pub(crate) fn floor(&self) -> usize {
        self.floor
    }

    /// Marks a run of codes ending at byte `end`: see
    /// [`in_codes`](Self::in_codes).
    pub(crate) fn codes_until(&mut self, end: usize) {
        self.codes_until = self.codes_until.max(end);
    }

    /// Whether the token at the cursor is inside a run of codes marked by
    /// [`codes_until`](Self::codes_until).
    pub(crate) fn in_codes(&mut self) -> bool {
        self.codes_until > 0
            && self
                .get(0)
                .is_some_and(|t| t.range().start < self.codes_until)
    }

    /// The length in bytes of [`gap_after`](Self::gap_after), without
    /// slicing the text: the cheap first test of a space between numbers.
    pub(crate) fn gap_len_after(&mut self, k: usize) -> usize {
        match (self.get(k), self.get(k + 1)) {
            (Some(a), Some(b)) => b.range().start - a.range().end,
            _ => 0,
        }
    }

    /// The text between the token behind the cursor (in whatever
    /// paragraph) and the cursor's.
    pub(crate) fn gap_before(&mut self) -> &'a str {
        match (self.behind, self.get(0)) {
            (Some(a), Some(b)) => &self.text[a.range().end..b.range().start],
            (None, Some(b)) => &self.text[..b.range().start],
            _ => "",
        }
    }
}

/// Whether a blank line lies between two tokens, the first ending at byte
/// `end`, the next starting at `start`: what separates tokens is
/// whitespace, so two line breaks in it make a line with nothing else.
#[inline]
fn paragraph_break(text: &str, end: usize, start: usize) -> bool {
    start >= end + 2 && crate::text::holds_blank_line(&text[end..start])
}
