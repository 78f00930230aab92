//! Italian tokenization: tokens with byte spans, sentences, and the
//! syntactic words of contracted forms, on Universal Dependencies Italian
//! conventions.
//!
//! Tokens are slices of the caller's text, produced lazily by one pass over
//! its bytes, with no allocation per token. The conventions follow the UD
//! Italian treebanks:
//!
//! - an elided word keeps its apostrophe and stands apart: `l'` `amico`,
//!   `c'` `è`, `dell'` `Ucraina`, `l'` `11`; truncations keep theirs too
//!   (`po'`, `va'`), as do accents typed as apostrophes (`perche'`) and
//!   elided years (`'90`);
//! - numbers in Italian format are one token (`11.000`, `355.089,40`,
//!   `05:28`, `13/12/11`), as are `G7`, `60x60`, `1°`; `%` and `€` stand
//!   apart;
//! - abbreviations keep their period (`art.`, `Sig.ra`, `S.p.A.`) and do not
//!   end a sentence unless what follows says so;
//! - `...`, `…`, `!!!`, `?!` are one token each, hyphenated words are one
//!   token (split with [`Tokenizer::ud`] or [`Tokenizer::split_hyphens`]), a
//!   quote mark that is not an apostrophe is a token of its own;
//! - hashtags, mentions, URLs, e-mail addresses, emoticons and emoji
//!   sequences (with skin tones, ZWJ and flags) are one token each.
//!
//! Every apostrophe and quote variant (`'` `’` `‘` `ʼ` `` ` `` `´` `"` `“`
//! `”` `«` `»` `„`) is recognized as typed, without rewriting the text, so
//! spans always index the caller's string.
//!
//! Social text follows PoSTWITA and TWITTIRO: a run of one emoji is one
//! token (`😂😂😂`), as is a run of `.` `!` `?` (`!...`, `?!?`) or of doubled
//! brackets (`((`); hashtags keep inner `-`, `&` and apostrophes
//! (`#no-tav`); a `t.co` link has one path segment, and short links without
//! a scheme are URLs (`bit.ly/abc`); a word cut before a link keeps its
//! ellipsis (`rivo... http://…`).
//!
//! # Sentences
//!
//! [`Tokenizer::sentences`] applies these rules, in this order:
//!
//! 1. A blank line always ends a sentence.
//! 2. `.`, `?`, `!` and runs of them (`?!`, `!!!`) end one, whatever follows:
//!    the UD Italian treebanks end sentences there even before a lowercase
//!    word, which is how excerpts and social text often go on. A number and
//!    a period opening a sentence number it instead (`858. Comprensorio`).
//! 3. `...` and `…` end one only before a capital: as often they mark a
//!    pause (`Aspetta... e poi?`).
//! 4. Abbreviations keep their period inside the sentence (`il Sig. Rossi`,
//!    `la Dott.ssa Bianchi`, `la U.O. Cardiologia`, `nel 44 a.C. Cesare`),
//!    except those that close a list or a reference (`ecc.`, `etc.`,
//!    `cfr.`), which end one before a capital. A capital letter with a
//!    period is an initial (`G. Verdi`) unless a word that never starts a
//!    name follows (`i bosoni W e Z. Nel frattempo`).
//! 5. `:` and `;` end one as [`Split`] says, set per mark with
//!    [`Tokenizer::split_at_colon`] and [`Tokenizer::split_at_semicolon`]:
//!    by default only before a capital (`Attenzione: Il servizio…`,
//!    `Visto il decreto…; Considerato che…`); with [`Split::Always`], as the
//!    treebanks do, at every one, except a colon before a number that does
//!    not open a list item (`ore 10: 30 persone`) and a semicolon between
//!    the short items of an inline list (`Terni, azioni 300; Ilva, azioni
//!    500; …`).
//! 6. A line break ends one before a list item (`- 2 uova`, `a) essere…`,
//!    `3) Oggetto`), and after a heading, a line of a few words without a
//!    final mark, before a capital (`Ingredienti` / `- 200 g di farina`,
//!    `Procedimento` / `Impastate…`); wrapped prose goes on across lines.
//! 7. Closing quotes and brackets right after the final mark stay in the
//!    sentence (`«Vengo.» Poi…`, `(Vero.) Sì.`); a quote glued to the next
//!    word opens the next one (`ha detto.”Il…`).
//!
//! Where the treebanks disagree (VIT ends a sentence at every `;`, ISDT
//! keeps inline lists together), [`Tokenizer::ud`] follows ISDT.
//!
//! ```
//! let text = "Ingredienti\n- 200 g di farina\n- 2 uova\n\nMescolate: poi infornate.";
//! let sentences: Vec<&str> = italiano::sentences(text).map(|s| s.text()).collect();
//! assert_eq!(sentences, ["Ingredienti", "- 200 g di farina", "- 2 uova", "Mescolate: poi infornate."]);
//! ```
//!
//! # Examples
//!
//! ```
//! use italiano::tokenize::TokenKind;
//!
//! let text = "L'Istat: +0,8% dell'inflazione nel 2024.";
//! let tokens: Vec<&str> = italiano::tokens(text).map(|t| t.text()).collect();
//! assert_eq!(tokens, ["L'", "Istat", ":", "+", "0,8", "%", "dell'", "inflazione", "nel", "2024", "."]);
//!
//! let first = italiano::tokens(text).next().unwrap();
//! assert_eq!((first.range(), first.kind()), (0..2, TokenKind::Elision));
//! ```

mod emoji;
mod multiword;
mod scan;
mod sentences;

use crate::lexicon;
use std::iter::FusedIterator;
use std::ops::Range;

pub use multiword::Words;
pub(crate) use scan::State as ScanState;
pub(crate) use sentences::Boundaries;
pub(crate) use sentences::Rules as SentenceRules;
pub use sentences::{Sentence, Sentences, Split};

/// What a token is.
///
/// # Examples
///
/// ```
/// use italiano::tokenize::TokenKind;
///
/// let kinds: Vec<TokenKind> = italiano::tokens("#Roma @sindaco :) 😀").map(|t| t.kind()).collect();
/// assert_eq!(kinds, [TokenKind::Hashtag, TokenKind::Mention, TokenKind::Emoticon, TokenKind::Emoji]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// A word, including truncations (`po'`) and hyphenated words.
    Word,
    /// A word ending in its elision apostrophe: `l’`, `dell’`, `c’`, `un’`.
    Elision,
    /// A number: `11.000`, `41,7`, `05:28`, `1°`, `'90`.
    Number,
    /// Punctuation: `.`, `,`, `...`, `!?`, `(`, `–`.
    Punctuation,
    /// A quote mark that is not an apostrophe: `"`, `«`, `”`, `'`.
    Quote,
    /// A symbol: `%`, `€`, `$`, `+`, `°`.
    Symbol,
    /// An abbreviation with its period: `art.`, `Sig.ra`, `S.p.A.`, `G.`.
    Abbreviation,
    /// A URL: `https://example.org/pagina`, `www.example.it`.
    Url,
    /// An e-mail address.
    Email,
    /// A hashtag: `#Roma`.
    Hashtag,
    /// A mention: `@sindaco`.
    Mention,
    /// An emoji sequence: `😀`, `👍🏽`, `👩‍💻`, `🇮🇹`.
    Emoji,
    /// An emoticon: `:)`, `;-)`, `:'(`, `<3`, `xD`.
    Emoticon,
}

impl TokenKind {
    /// The kind's lowercase English name, as `Display` writes it.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::tokenize::TokenKind;
    ///
    /// assert_eq!(TokenKind::Elision.as_str(), "elision");
    /// assert_eq!("elision".parse::<TokenKind>()?, TokenKind::Elision);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub const fn as_str(self) -> &'static str {
        self.name_of()
    }

    /// The kind's name: see [`TokenKind::as_str`].
    ///
    /// # Examples
    ///
    /// ```
    /// # #![allow(deprecated)]
    /// assert_eq!(italiano::tokenize::TokenKind::Elision.name(), "elision");
    /// ```
    #[deprecated(since = "0.2.0", note = "use `as_str`")]
    pub const fn name(self) -> &'static str {
        self.name_of()
    }

    const fn name_of(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Elision => "elision",
            TokenKind::Number => "number",
            TokenKind::Punctuation => "punctuation",
            TokenKind::Quote => "quote",
            TokenKind::Symbol => "symbol",
            TokenKind::Abbreviation => "abbreviation",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Emoji => "emoji",
            TokenKind::Emoticon => "emoticon",
        }
    }

    /// Whether tokens of this kind are made of letters: words, elisions,
    /// abbreviations.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::tokenize::TokenKind;
    ///
    /// assert!(TokenKind::Elision.is_word_like());
    /// assert!(!TokenKind::Punctuation.is_word_like());
    /// ```
    pub const fn is_word_like(self) -> bool {
        matches!(
            self,
            TokenKind::Word | TokenKind::Elision | TokenKind::Abbreviation
        )
    }
}

/// A token: a slice of the caller's text, its byte range and its kind.
///
/// Small and `Copy`; `&text[token.range()] == token.text()` always.
///
/// # Examples
///
/// ```
/// let text = "Dov'è?";
/// let token = italiano::tokens(text).nth(1).unwrap();
/// assert_eq!(token.text(), "è");
/// assert_eq!(&text[token.range()], token.text());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token<'a> {
    text: &'a str,
    start: usize,
    kind: TokenKind,
}

impl<'a> Token<'a> {
    /// The token's text.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::tokens("l'acqua").next().unwrap().text(), "l'");
    /// ```
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The token's byte range in the text it was read from.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(italiano::tokens("l'acqua").nth(1).unwrap().range(), 2..7);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }

    /// The token's kind.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::tokenize::TokenKind;
    ///
    /// assert_eq!(italiano::tokens("11.000").next().unwrap().kind(), TokenKind::Number);
    /// ```
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// The syntactic words of the token: two or more for a contracted form
    /// (`della` → `di` `la`, `farglielo` → `far` `glie` `lo`), the token
    /// itself otherwise. No allocation: each word is a static string or a
    /// slice of the text.
    ///
    /// # Examples
    ///
    /// ```
    /// let words: Vec<&str> = italiano::tokens("Nell'").next().unwrap().words().collect();
    /// assert_eq!(words, ["In", "l'"]);
    /// ```
    pub fn words(&self) -> Words<'a> {
        Words::of(self.text, self.kind)
    }

    /// The syntactic words of the token read with the text around it, as
    /// the UD treebanks split them: like [`Token::words`], except that a
    /// form that only looks contracted stays one word. After a preposition
    /// or `essere`, `dei`, `degli`, `delle` are partitive articles (`con
    /// dei polli`); a capitalized `Del`, `Dell'` inside a sentence starts a
    /// surname (`Alessandro Del Piero`); `dai` before punctuation or after
    /// a pronoun is a verb or an interjection (`Dai, forza!`); and a
    /// capitalized word inside a sentence is a name, not a verb with a
    /// pronoun (`Nichi Vendola`).
    ///
    /// `source` is the text the token was read from; with any other text
    /// this is [`Token::words`]. Tokens carry no context, so that reading
    /// them costs nothing for it: the text is looked at only here, and
    /// only around the few tokens it can change.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "sono dei campioni, come Del Piero";
    /// let words: Vec<&str> = italiano::tokens(text).flat_map(|t| t.words_in(text)).collect();
    /// assert_eq!(words, ["sono", "dei", "campioni", ",", "come", "Del", "Piero"]);
    /// let dei = italiano::tokens(text).nth(1).unwrap();
    /// assert_eq!(dei.words().collect::<Vec<_>>(), ["di", "i"]);
    /// ```
    pub fn words_in(&self, source: &'a str) -> Words<'a> {
        let bytes = self.text.as_bytes();
        let first = bytes.first().copied().unwrap_or(0);
        let may_change = match first {
            b'd' => matches!(
                lexicon::cue(bytes),
                lexicon::Cue::Plural | lexicon::Cue::Dai
            ),
            b'D' => true,
            b'A'..=b'Z' => bytes.len() >= 5 && lexicon::has_pronoun_ending(bytes),
            _ => false,
        };
        if !may_change || source.get(self.range()) != Some(self.text) {
            return self.words();
        }
        let (whole, inside) = scan::context(source, self.text, self.start, self.kind);
        if whole || inside && self.kind == TokenKind::Word && is_name(self.text) {
            return Words::one(self.text);
        }
        self.words()
    }

    /// Whether the token is a multiword token (`della`, `farlo`).
    ///
    /// # Examples
    ///
    /// ```
    /// let mut tokens = italiano::tokens("della casa");
    /// assert!(tokens.next().unwrap().is_multiword());
    /// assert!(!tokens.next().unwrap().is_multiword());
    /// ```
    pub fn is_multiword(&self) -> bool {
        self.words().len() > 1
    }
}

/// Tokenizes Italian text.
///
/// Holds no state; `const fn new()` lets a tokenizer live in a `static`.
/// Two settings are ready-made: [`Tokenizer::new`], the default, which keeps
/// hyphenated words whole and ends a sentence at `:` and `;` only before a
/// capital, and [`Tokenizer::ud`], which follows the UD Italian treebanks
/// (ISDT where they differ) in everything they annotate.
///
/// # Examples
///
/// ```
/// use italiano::tokenize::Tokenizer;
///
/// static TOKENIZER: Tokenizer = Tokenizer::new();
/// assert_eq!(TOKENIZER.tokens("un po' di più").count(), 4);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Tokenizer {
    split_hyphens: bool,
    treebank: bool,
    sentences: SentenceRules,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer::new()
    }
}

impl Tokenizer {
    /// The default tokenizer: UD Italian tokens (elisions, multiword
    /// tokens, numbers, abbreviations), hyphenated words whole, and `:` and
    /// `;` ending a sentence only before a capital.
    ///
    /// # Examples
    ///
    /// ```
    /// let tokenizer = italiano::tokenize::Tokenizer::new();
    /// assert_eq!(tokenizer.tokens("c'è").count(), 2);
    /// ```
    pub const fn new() -> Self {
        Tokenizer {
            split_hyphens: false,
            treebank: false,
            sentences: SentenceRules {
                colon: Split::BeforeCapital,
                semicolon: Split::BeforeCapital,
            },
        }
    }

    /// The tokenizer that follows the UD Italian treebanks, ISDT first,
    /// for scoring against them and for pipelines trained on them. Beside
    /// the default's conventions it
    ///
    /// - splits hyphenated compounds (`centro` `-` `destra`), keeping those
    ///   the treebanks keep (`e-mail`, `ex-presidente`, `F-35`);
    /// - splits numbers joined by a slash that are not dates (`633` `/`
    ///   `1941`, `94` `/` `55` `/` `CE`; `13/12/2011` stays whole);
    /// - gives a sentence-final abbreviation's period to the sentence
    ///   (`ecc` `.` before a capital);
    /// - ends sentences at `:` and `;` with [`Split::Always`].
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::tokenize::Tokenizer;
    ///
    /// let ud = Tokenizer::ud();
    /// let tokens: Vec<&str> = ud.tokens("la legge 633/1941 sul centro-destra").map(|t| t.text()).collect();
    /// assert_eq!(tokens, ["la", "legge", "633", "/", "1941", "sul", "centro", "-", "destra"]);
    /// let sentences: Vec<&str> = ud.sentences("Esito: respinto; si ricorre.").map(|s| s.text()).collect();
    /// assert_eq!(sentences, ["Esito:", "respinto;", "si ricorre."]);
    /// ```
    pub const fn ud() -> Self {
        Tokenizer {
            split_hyphens: true,
            treebank: true,
            sentences: SentenceRules {
                colon: Split::Always,
                semicolon: Split::Always,
            },
        }
    }

    /// Whether to split hyphenated words into parts and hyphens
    /// (`Centro` `-` `destra`); off by default, so that `e-mail`,
    /// `Jean-Claude` and `italo-americano` stay whole. The UD ISDT treebank
    /// splits most hyphenated compounds (and keeps some, such as `e-mail`);
    /// the other UD Italian treebanks keep them whole.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::tokenize::Tokenizer;
    ///
    /// let isdt = Tokenizer::new().split_hyphens(true);
    /// let texts: Vec<&str> = isdt.tokens("il centro-destra").map(|t| t.text()).collect();
    /// assert_eq!(texts, ["il", "centro", "-", "destra"]);
    /// assert_eq!(Tokenizer::new().tokens("il centro-destra").count(), 2);
    /// ```
    pub const fn split_hyphens(mut self, on: bool) -> Self {
        self.split_hyphens = on;
        self
    }

    /// Where a colon ends a sentence; [`Split::BeforeCapital`] by default.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::tokenize::{Split, Tokenizer};
    ///
    /// let text = "Nota: Il bando scade oggi.";
    /// assert_eq!(Tokenizer::new().sentences(text).count(), 2);
    /// assert_eq!(Tokenizer::new().split_at_colon(Split::Never).sentences(text).count(), 1);
    /// ```
    pub const fn split_at_colon(mut self, split: Split) -> Self {
        self.sentences.colon = split;
        self
    }

    /// Where a semicolon ends a sentence; [`Split::BeforeCapital`] by
    /// default.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::tokenize::{Split, Tokenizer};
    ///
    /// let text = "Il ricorso è respinto; le spese sono compensate.";
    /// assert_eq!(Tokenizer::new().sentences(text).count(), 1);
    /// assert_eq!(Tokenizer::new().split_at_semicolon(Split::Always).sentences(text).count(), 2);
    /// ```
    pub const fn split_at_semicolon(mut self, split: Split) -> Self {
        self.sentences.semicolon = split;
        self
    }

    pub(crate) fn sentence_rules(&self) -> SentenceRules {
        self.sentences
    }

    /// The tokens of `text`, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// let tokenizer = italiano::tokenize::Tokenizer::new();
    /// let texts: Vec<&str> = tokenizer.tokens("Il Sig. Rossi, 11.000 €.").map(|t| t.text()).collect();
    /// assert_eq!(texts, ["Il", "Sig.", "Rossi", ",", "11.000", "€", "."]);
    /// ```
    pub fn tokens<'a>(&self, text: &'a str) -> Tokens<'a> {
        Tokens::new(text, 0..text.len(), *self)
    }

    /// The sentences of `text`, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// let tokenizer = italiano::tokenize::Tokenizer::new();
    /// let sentences: Vec<&str> = tokenizer.sentences("Va bene. Il Sig. Rossi arriva!").map(|s| s.text()).collect();
    /// assert_eq!(sentences, ["Va bene.", "Il Sig. Rossi arriva!"]);
    /// ```
    pub fn sentences<'a>(&self, text: &'a str) -> Sentences<'a> {
        Sentences::new(text, *self)
    }
}

/// `Nichi Vendola`, `Gianni Cuperlo`: a capitalized word inside a sentence
/// that ends like a verb with a pronoun is a name.
fn is_name(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() >= 5
        && bytes[0].is_ascii_uppercase()
        && bytes[1].is_ascii_lowercase()
        && lexicon::articulated(word).is_none()
}

/// An iterator over the tokens of a text, created by
/// [`Tokenizer::tokens`] and [`tokens`].
///
/// # Examples
///
/// ```
/// let mut tokens = italiano::tokens("Sì, certo.");
/// assert_eq!(tokens.next().unwrap().text(), "Sì");
/// assert_eq!(tokens.as_str(), ", certo.");
/// ```
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    /// No token starting here or later is yielded; the scanner still looks
    /// at the whole text, so a sentence reads its tokens back exactly as
    /// the whole text gave them.
    stop: usize,
    state: scan::State,
}

impl<'a> Tokens<'a> {
    /// Tokens of `text[range]`, read with the whole text as context.
    pub(crate) fn new(text: &'a str, range: Range<usize>, tokenizer: Tokenizer) -> Self {
        let state = scan::State {
            split_hyphens: tokenizer.split_hyphens,
            treebank: tokenizer.treebank,
            ..scan::State::default()
        };
        Tokens::resume(text, range, state)
    }

    /// Tokens of `text[range]`, with the scanner in `state`.
    pub(crate) fn resume(text: &'a str, range: Range<usize>, state: scan::State) -> Self {
        Tokens {
            text,
            pos: range.start,
            stop: range.end,
            state,
        }
    }

    /// The scanner's state before the next token.
    pub(crate) fn state(&self) -> scan::State {
        self.state
    }

    /// The text not yet tokenized.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut tokens = italiano::tokens("uno due");
    /// tokens.next();
    /// assert_eq!(tokens.as_str(), " due");
    /// ```
    pub fn as_str(&self) -> &'a str {
        &self.text[self.pos..self.stop]
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    #[inline(always)]
    fn next(&mut self) -> Option<Token<'a>> {
        let limit = self.text.len();
        let start = scan::skip_space(self.text, self.pos, limit);
        if start >= self.stop {
            self.pos = self.stop;
            return None;
        }
        let (end, kind) = scan::token_at(self.text, start, limit, &mut self.state);
        // Every token advances (a zero-length token would loop forever) and
        // ends on a char boundary; the scanner guarantees both, and this
        // keeps the promise whatever it returns.
        let text = match self.text.get(start..end) {
            Some(text) if end > start => text,
            _ => {
                let end = end.clamp(start + 1, limit);
                let end = (end..=limit)
                    .find(|&e| self.text.is_char_boundary(e))
                    .unwrap_or(limit);
                &self.text[start..end]
            }
        };
        self.pos = start + text.len();
        Some(Token { text, start, kind })
    }
}

impl FusedIterator for Tokens<'_> {}

/// The tokens of `text` with the default [`Tokenizer`].
///
/// # Examples
///
/// ```
/// let texts: Vec<&str> = italiano::tokens("C'è un po' di sole.").map(|t| t.text()).collect();
/// assert_eq!(texts, ["C'", "è", "un", "po'", "di", "sole", "."]);
/// ```
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokenizer::new().tokens(text)
}

/// The sentences of `text` with the default [`Tokenizer`].
///
/// # Examples
///
/// ```
/// let sentences: Vec<&str> = italiano::sentences("Piove. Esco lo stesso?").map(|s| s.text()).collect();
/// assert_eq!(sentences, ["Piove.", "Esco lo stesso?"]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Tokenizer::new().sentences(text)
}

crate::string_forms!(
    TokenKind,
    "token kind",
    [
        TokenKind::Word,
        TokenKind::Elision,
        TokenKind::Number,
        TokenKind::Punctuation,
        TokenKind::Quote,
        TokenKind::Symbol,
        TokenKind::Abbreviation,
        TokenKind::Url,
        TokenKind::Email,
        TokenKind::Hashtag,
        TokenKind::Mention,
        TokenKind::Emoji,
        TokenKind::Emoticon,
    ]
);

/// `text`, `start`, `end` and `kind` (its string form).
#[cfg(feature = "serde")]
impl serde::Serialize for Token<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Token", 4)?;
        s.serialize_field("text", self.text)?;
        s.serialize_field("start", &self.range().start)?;
        s.serialize_field("end", &self.range().end)?;
        s.serialize_field("kind", &self.kind)?;
        s.end()
    }
}
