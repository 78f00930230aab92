//! An Italian tokenizer for the tantivy search engine (feature `tantivy`).
//!
//! A generic tokenizer indexes `dell’Italia` as one word, so a search for
//! `Italia` misses it; it indexes `perche'`, `perchè` and `perché` as three
//! words, and mojibake (`perchÃ©`) as a fourth. [`ItalianTokenizer`] builds
//! on [`normalize`](mod@crate::normalize) and [`tokenize`](crate::tokenize):
//!
//! - apostrophes and quotes normalized, accents typed as apostrophes or the
//!   wrong way (`perche'`, `perchè`) and mojibake repaired (all on by
//!   default; [`ItalianTokenizer::normalizer`] chooses);
//! - elided articles and prepositions (`l’`, `dell’`, `un’`, `c’`) dropped,
//!   as Elasticsearch's elision filter does, without a gap in the positions,
//!   so that the phrase `storia Italia` finds `storia dell’Italia`
//!   ([`ItalianTokenizer::keep_elisions`] keeps them);
//! - numbers in Italian format whole (`1.234,56`, `11.000`), abbreviations
//!   with their dot (`Sig.`), URLs, e-mail addresses, hashtags and mentions
//!   whole; hyphenated words split into their parts (`centro-destra`);
//!   punctuation, quote marks, symbols and emoji not indexed;
//! - offsets into the original text, so that tantivy's snippets highlight
//!   what the user stored, repaired or not.
//!
//! Case, accents, stop words and stems are left to tantivy's own filters.
//! The recommended chain:
//!
//! ```
//! use italiano::tantivy::ItalianTokenizer;
//! use tantivy::tokenizer::{AsciiFoldingFilter, Language, LowerCaser, Stemmer, StopWordFilter, TextAnalyzer};
//!
//! let mut analyzer = TextAnalyzer::builder(ItalianTokenizer::new())
//!     .filter(LowerCaser)
//!     .filter(StopWordFilter::new(Language::Italian).unwrap())
//!     .filter(Stemmer::new(Language::Italian))
//!     // After the stemmer, which knows the accented vowels: `perché`
//!     // and a query typed as `perche` meet.
//!     .filter(AsciiFoldingFilter)
//!     .build();
//!
//! let mut stream = analyzer.token_stream("Perche' la cittÃ\u{a0} dell'Italia vinse 1.234,56 euro?");
//! let mut terms = Vec::new();
//! while let Some(token) = stream.next() {
//!     terms.push(token.text.clone());
//! }
//! // `perché` and `la` are stop words; `città` was mojibake.
//! assert_eq!(terms, ["citt", "ital", "vins", "1.234,56", "eur"]);
//! ```
//!
//! Register it under a name and use the name in the schema:
//!
//! ```
//! use italiano::tantivy::ItalianTokenizer;
//! use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
//! use tantivy::tokenizer::{LowerCaser, TextAnalyzer};
//! use tantivy::Index;
//!
//! let indexing = TextFieldIndexing::default()
//!     .set_tokenizer("italiano")
//!     .set_index_option(IndexRecordOption::WithFreqsAndPositions);
//! let mut schema = Schema::builder();
//! schema.add_text_field("body", TextOptions::default().set_indexing_options(indexing).set_stored());
//! let index = Index::create_in_ram(schema.build());
//! index.tokenizers().register(
//!     "italiano",
//!     TextAnalyzer::builder(ItalianTokenizer::new()).filter(LowerCaser).build(),
//! );
//! ```

use tantivy_tokenizer_api as api;

use crate::normalize::offsets::OffsetCursor;
use crate::normalize::{Normalizer, OffsetMap, Repairs};
use crate::tokenize::{TokenKind, Tokenizer, Tokens};

/// An Italian tokenizer for tantivy: normalized, repaired, elisions
/// dropped, offsets into the original text.
///
/// See the [module documentation](self) for what it indexes and the
/// filters to chain after it.
///
/// # Examples
///
/// ```
/// use italiano::tantivy::ItalianTokenizer;
/// use tantivy::tokenizer::{TokenStream, Tokenizer};
///
/// let text = "Nell'anno dell’Italia";
/// let mut tokenizer = ItalianTokenizer::new();
/// let mut stream = tokenizer.token_stream(text);
/// let mut found = Vec::new();
/// while let Some(token) = stream.next() {
///     found.push((token.text.clone(), &text[token.offset_from..token.offset_to], token.position));
/// }
/// assert_eq!(found, [("anno".to_owned(), "anno", 0), ("Italia".to_owned(), "Italia", 1)]);
/// ```
#[derive(Debug, Clone)]
pub struct ItalianTokenizer {
    normalizer: Normalizer,
    tokenizer: Tokenizer,
    keep_elisions: bool,
    /// The last text normalized, when normalization changed it, and its
    /// map back to the original: kept so that the token stream can borrow
    /// them (the map's memory is reused from one text to the next).
    normalized: String,
    map: OffsetMap,
}

impl Default for ItalianTokenizer {
    fn default() -> ItalianTokenizer {
        ItalianTokenizer::new()
    }
}

impl ItalianTokenizer {
    /// Every repair, hyphenated words split, elisions dropped.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::tantivy::ItalianTokenizer;
    /// use tantivy::tokenizer::{TokenStream, Tokenizer};
    ///
    /// let mut tokenizer = ItalianTokenizer::new();
    /// let mut stream = tokenizer.token_stream("perche' il centro-destra?");
    /// let mut terms = Vec::new();
    /// stream.process(&mut |token| terms.push(token.text.clone()));
    /// assert_eq!(terms, ["perché", "il", "centro", "destra"]);
    /// ```
    pub fn new() -> ItalianTokenizer {
        ItalianTokenizer {
            normalizer: Normalizer::new().repairs(Repairs::ALL),
            tokenizer: Tokenizer::new().split_hyphens(true),
            keep_elisions: false,
            normalized: String::new(),
            map: OffsetMap::default(),
        }
    }

    /// Sets the normalizer: which repairs run (the quote style does not
    /// matter, since quote marks are not indexed).
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::{Normalizer, Repairs};
    /// use italiano::tantivy::ItalianTokenizer;
    /// use tantivy::tokenizer::{TokenStream, Tokenizer};
    ///
    /// let mut as_typed = ItalianTokenizer::new().normalizer(Normalizer::new().repairs(Repairs::NONE));
    /// let mut stream = as_typed.token_stream("perchè");
    /// assert_eq!(stream.next().unwrap().text, "perchè");
    /// ```
    pub fn normalizer(mut self, normalizer: Normalizer) -> ItalianTokenizer {
        self.normalizer = normalizer;
        self
    }

    /// Sets the tokenizer (hyphenated words split by default).
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::tantivy::ItalianTokenizer;
    /// use tantivy::tokenizer::{TokenStream, Tokenizer};
    ///
    /// let mut whole = ItalianTokenizer::new().tokenizer(italiano::tokenize::Tokenizer::new());
    /// assert_eq!(whole.token_stream("centro-destra").next().unwrap().text, "centro-destra");
    /// ```
    pub fn tokenizer(mut self, tokenizer: Tokenizer) -> ItalianTokenizer {
        self.tokenizer = tokenizer;
        self
    }

    /// Whether to index elided articles and prepositions (`l’`, `dell’`)
    /// as tokens of their own; off by default.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::tantivy::ItalianTokenizer;
    /// use tantivy::tokenizer::{TokenStream, Tokenizer};
    ///
    /// let mut tokenizer = ItalianTokenizer::new().keep_elisions(true);
    /// let mut stream = tokenizer.token_stream("l'acqua");
    /// let mut terms = Vec::new();
    /// stream.process(&mut |token| terms.push(token.text.clone()));
    /// assert_eq!(terms, ["l’", "acqua"]);
    /// ```
    pub fn keep_elisions(mut self, keep: bool) -> ItalianTokenizer {
        self.keep_elisions = keep;
        self
    }
}

impl api::Tokenizer for ItalianTokenizer {
    type TokenStream<'a> = ItalianTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ItalianTokenStream<'a> {
        let out = self.normalizer.normalize_with_edits(text);
        let changed = out.edits().len() > 0;
        if changed {
            out.offset_map_into(&mut self.map);
            // The normalized text is moved in, not copied.
            self.normalized = out.into_text().into_owned();
        }
        let this: &'a ItalianTokenizer = self;
        let (source, map) = if changed {
            (this.normalized.as_str(), Some(this.map.cursor()))
        } else {
            (text, None)
        };
        ItalianTokenStream {
            tokens: this.tokenizer.tokens(source),
            map,
            keep_elisions: this.keep_elisions,
            token: api::Token::default(),
            next_position: 0,
        }
    }
}

/// The tokens of one text, made by [`ItalianTokenizer`].
///
/// # Examples
///
/// ```
/// use italiano::tantivy::ItalianTokenizer;
/// use tantivy::tokenizer::{TokenStream, Tokenizer};
///
/// let mut tokenizer = ItalianTokenizer::new();
/// let mut stream = tokenizer.token_stream("«Sì»");
/// assert!(stream.advance());
/// assert_eq!((stream.token().offset_from, stream.token().offset_to), (2, 5));
/// assert!(!stream.advance());
/// ```
#[derive(Debug)]
pub struct ItalianTokenStream<'a> {
    tokens: Tokens<'a>,
    /// From the normalized text back to the original; `None` when
    /// normalization changed nothing.
    map: Option<OffsetCursor<'a>>,
    keep_elisions: bool,
    token: api::Token,
    next_position: usize,
}

/// Whether a token of this kind is indexed.
fn indexes(kind: TokenKind, keep_elisions: bool) -> bool {
    match kind {
        TokenKind::Word
        | TokenKind::Number
        | TokenKind::Abbreviation
        | TokenKind::Url
        | TokenKind::Email
        | TokenKind::Hashtag
        | TokenKind::Mention => true,
        TokenKind::Elision => keep_elisions,
        _ => false,
    }
}

impl api::TokenStream for ItalianTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let keep = self.keep_elisions;
        let Some(found) = self.tokens.by_ref().find(|t| indexes(t.kind(), keep)) else {
            return false;
        };
        let range = match &mut self.map {
            Some(map) => map.original_range(found.range()),
            None => found.range(),
        };
        self.token.text.clear();
        self.token.text.push_str(found.text());
        self.token.offset_from = range.start;
        self.token.offset_to = range.end;
        self.token.position = self.next_position;
        self.token.position_length = 1;
        self.next_position += 1;
        true
    }

    fn token(&self) -> &api::Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut api::Token {
        &mut self.token
    }
}
