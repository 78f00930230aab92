//! One call over a whole document: normalize, tokenize, extract, with every
//! span in the caller's original text.
//!
//! Extraction needs normalized text: a repaired `sara'` is a future
//! (`sarà`), so it changes how `lunedì` resolves; mojibake hides month
//! names (`lunedÃ¬`). But spans found in the normalized copy are not spans
//! of the text the caller holds, and results that borrow the copy cannot
//! leave the function that made it. [`analyze`] normalizes, extracts from
//! the normalized text, and moves every result back to the original through
//! an [`OffsetMap`]: each match's range is a range of the caller's text,
//! and its text is borrowed from there when normalization changed nothing
//! inside it (owned, as normalized, when it did). Tokens and sentences are
//! mapped the same way, on demand.

use std::borrow::Cow;
use std::iter::FusedIterator;
use std::ops::Range;

use crate::dates::{Date, DateMatch};
use crate::durations::DurationMatch;
use crate::normalize::offsets::OffsetCursor;
use crate::normalize::{Normalized, Normalizer, OffsetMap, Repairs};
use crate::numbers::NumberMatch;
use crate::tokenize::{Sentence, Sentences, Token, Tokenizer, Tokens};
use crate::{ExtractOptions, Extraction};

/// Options for [`analyze`]: how to normalize, tokenize and extract.
///
/// The normalizer defaults to the typographic style with every repair, since
/// repairs change what extraction reads (`sara'` is `sarà`).
///
/// # Examples
///
/// ```
/// use italiano::dates::Date;
/// use italiano::normalize::{Normalizer, Repairs};
/// use italiano::AnalyzeOptions;
///
/// let options = AnalyzeOptions::new(Date::new(2024, 6, 18)?)
///     .normalizer(Normalizer::new().repairs(Repairs::NONE.accents(true)));
/// assert_eq!(options.extract_options().reference(), Date::new(2024, 6, 18)?);
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct AnalyzeOptions {
    normalizer: Normalizer,
    tokenizer: Tokenizer,
    extract: ExtractOptions,
}

impl AnalyzeOptions {
    /// Every repair, the typographic style, the default tokenizer, and
    /// `reference` as "today" for relative dates.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::{dates::Date, AnalyzeOptions};
    /// let options = AnalyzeOptions::new(Date::new(2025, 1, 1)?);
    /// let found = italiano::analyze("E' domani.", &options);
    /// assert_eq!(found.text(), "È domani.");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub const fn new(reference: Date) -> AnalyzeOptions {
        AnalyzeOptions {
            normalizer: Normalizer::new().repairs(Repairs::ALL),
            tokenizer: Tokenizer::new(),
            extract: ExtractOptions::new(reference),
        }
    }

    /// Sets the normalizer.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::{dates::Date, normalize::{Normalizer, QuoteStyle}, AnalyzeOptions};
    ///
    /// let options = AnalyzeOptions::new(Date::new(2025, 1, 1)?)
    ///     .normalizer(Normalizer::new().style(QuoteStyle::Guillemets));
    /// assert_eq!(italiano::analyze("\"sì\"", &options).text(), "«sì»");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub const fn normalizer(mut self, normalizer: Normalizer) -> AnalyzeOptions {
        self.normalizer = normalizer;
        self
    }

    /// Sets the tokenizer of [`Analysis::tokens`] and [`Analysis::sentences`].
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::{dates::Date, tokenize::Tokenizer, AnalyzeOptions};
    ///
    /// let options = AnalyzeOptions::new(Date::new(2025, 1, 1)?)
    ///     .tokenizer(Tokenizer::new().split_hyphens(true));
    /// assert_eq!(italiano::analyze("centro-destra", &options).tokens().count(), 3);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub const fn tokenizer(mut self, tokenizer: Tokenizer) -> AnalyzeOptions {
        self.tokenizer = tokenizer;
        self
    }

    /// Sets the extraction options (reference date and time, weekdays).
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::dates::{Date, Time};
    /// use italiano::{AnalyzeOptions, ExtractOptions};
    ///
    /// let today = Date::new(2024, 6, 18)?;
    /// let options = AnalyzeOptions::new(today)
    ///     .extract(ExtractOptions::new(today).time(Time::new(9, 0, 0)?));
    /// let found = italiano::analyze("Tra un'ora.", &options);
    /// assert_eq!(found.dates()[0].value().to_string(), "2024-06-18T10:00");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub const fn extract(mut self, options: ExtractOptions) -> AnalyzeOptions {
        self.extract = options;
        self
    }

    /// The extraction options.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::{dates::Date, AnalyzeOptions};
    /// let today = Date::new(2025, 1, 1)?;
    /// assert_eq!(AnalyzeOptions::new(today).extract_options().reference(), today);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub const fn extract_options(&self) -> ExtractOptions {
        self.extract
    }
}

/// What [`analyze`] found in a document: its normalized text, and numbers,
/// dates and durations with ranges of the original text.
///
/// # Examples
///
/// ```
/// use italiano::{dates::Date, AnalyzeOptions};
///
/// let original = "« Sara' pronto lunedi' 3 giugno »";
/// let found = italiano::analyze(original, &AnalyzeOptions::new(Date::new(2024, 5, 20)?));
/// assert_eq!(found.text(), "“Sarà pronto lunedì 3 giugno”");
/// let date = &found.dates()[0];
/// assert_eq!(date.text(), "lunedì 3 giugno");
/// assert_eq!(&original[date.range()], "lunedi' 3 giugno");
/// assert_eq!(date.value().to_string(), "2024-06-03");
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis<'a> {
    normalized: Normalized<'a>,
    map: OffsetMap,
    found: Extraction<'a>,
    tokenizer: Tokenizer,
}

impl<'a> Analysis<'a> {
    /// The normalized text (borrowed from the input when nothing changed).
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::{dates::Date, AnalyzeOptions};
    /// let found = italiano::analyze("perchè", &AnalyzeOptions::new(Date::new(2024, 6, 18)?));
    /// assert_eq!(found.text(), "perché");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn text(&self) -> &str {
        self.normalized.text()
    }

    /// The normalization, with its edits as ranges of the original text.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::{dates::Date, AnalyzeOptions};
    /// let found = italiano::analyze("l'acqua", &AnalyzeOptions::new(Date::new(2024, 6, 18)?));
    /// assert_eq!(found.normalized().edits().next().unwrap().range(), 1..2);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn normalized(&self) -> &Normalized<'a> {
        &self.normalized
    }

    /// The numbers that are not part of a date or a duration, with ranges of
    /// the original text.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::{dates::Date, AnalyzeOptions};
    /// let original = "Costa ventitrÃ© euro.";
    /// let found = italiano::analyze(original, &AnalyzeOptions::new(Date::new(2024, 6, 18)?));
    /// let price = &found.numbers()[0];
    /// assert_eq!((price.text(), price.value().to_string()), ("ventitré euro", "23".to_owned()));
    /// assert_eq!(&original[price.range()], "ventitrÃ© euro");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn numbers(&self) -> &[NumberMatch<'a>] {
        self.found.numbers()
    }

    /// The dates and times, with ranges of the original text.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::{dates::Date, AnalyzeOptions};
    /// let found = italiano::analyze("Domani alle 9.", &AnalyzeOptions::new(Date::new(2024, 6, 18)?));
    /// assert_eq!(found.dates()[0].value().to_string(), "2024-06-19T09:00");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn dates(&self) -> &[DateMatch<'a>] {
        self.found.dates()
    }

    /// The durations, with ranges of the original text.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::{dates::Date, AnalyzeOptions};
    /// let found = italiano::analyze("Per tre giorni.", &AnalyzeOptions::new(Date::new(2024, 6, 18)?));
    /// assert_eq!(found.durations()[0].value().to_string(), "P3D");
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn durations(&self) -> &[DurationMatch<'a>] {
        self.found.durations()
    }

    /// The tokens of the normalized text, each with its range of the
    /// original text.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::{dates::Date, AnalyzeOptions};
    /// let original = "dell'Italia";
    /// let found = italiano::analyze(original, &AnalyzeOptions::new(Date::new(2024, 6, 18)?));
    /// let tokens: Vec<(&str, &str)> = found
    ///     .tokens()
    ///     .map(|(range, token)| (token.text(), &original[range]))
    ///     .collect();
    /// assert_eq!(tokens, [("dell’", "dell'"), ("Italia", "Italia")]);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn tokens(&self) -> AnalyzedTokens<'_> {
        AnalyzedTokens {
            tokens: self.tokenizer.tokens(self.text()),
            map: self.map.cursor(),
        }
    }

    /// The sentences of the normalized text, each with its range of the
    /// original text.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::{dates::Date, AnalyzeOptions};
    /// let original = "« Basta ». Poi via.";
    /// let found = italiano::analyze(original, &AnalyzeOptions::new(Date::new(2024, 6, 18)?));
    /// let ranges: Vec<&str> = found.sentences().map(|(range, _)| &original[range]).collect();
    /// assert_eq!(ranges, ["« Basta ».", "Poi via."]);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn sentences(&self) -> AnalyzedSentences<'_> {
        AnalyzedSentences {
            sentences: self.tokenizer.sentences(self.text()),
            map: self.map.cursor(),
        }
    }

    /// The range of the original text that `range` of [`Analysis::text`]
    /// came from.
    ///
    /// # Examples
    ///
    /// ```
    /// # use italiano::{dates::Date, AnalyzeOptions};
    /// let found = italiano::analyze("«sì»", &AnalyzeOptions::new(Date::new(2024, 6, 18)?));
    /// assert_eq!(found.text(), "“sì”");
    /// assert_eq!(found.original_range(3..5), 2..4);
    /// # Ok::<(), italiano::Error>(())
    /// ```
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        self.map.original_range(range)
    }

    /// The analysis with everything owned, free of the input.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::{dates::Date, Analysis, AnalyzeOptions};
    ///
    /// fn read(document: String) -> Analysis<'static> {
    ///     let options = AnalyzeOptions::new(Date::new(2024, 6, 18).unwrap());
    ///     italiano::analyze(&document, &options).into_owned()
    /// }
    /// assert_eq!(read("Il 3 maggio.".to_owned()).dates()[0].range(), 3..11);
    /// ```
    pub fn into_owned(self) -> Analysis<'static> {
        Analysis {
            normalized: self.normalized.into_owned(),
            map: self.map,
            found: self.found.into_owned(),
            tokenizer: self.tokenizer,
        }
    }
}

/// Numbers, dates and durations of `text` as [`extract`](crate::extract())
/// finds them in its normalization, with ranges of `text` itself.
///
/// A match's [`range`](NumberMatch::range) is always a range of `text`; its
/// [`text`](NumberMatch::text) is the normalized text the value was read
/// from, borrowed from `text` where normalization changed nothing inside the
/// match. A range that would start or end inside a replaced character
/// covers all of it; padding removed at a match's edge stays outside.
///
/// # Examples
///
/// ```
/// use italiano::{dates::Date, AnalyzeOptions};
///
/// let original = "Disse: \"Ci sara' tempo lunedi'\".";
/// let found = italiano::analyze(original, &AnalyzeOptions::new(Date::new(2024, 6, 18)?));
/// assert_eq!(found.text(), "Disse: “Ci sarà tempo lunedì”.");
/// let date = &found.dates()[0];
/// assert_eq!(date.value().to_string(), "2024-06-24");
/// assert_eq!(&original[date.range()], "lunedi'");
/// # Ok::<(), italiano::Error>(())
/// ```
pub fn analyze<'a>(text: &'a str, options: &AnalyzeOptions) -> Analysis<'a> {
    let normalized = options.normalizer.normalize_with_edits(text);
    let map = normalized.offset_map();
    let found = crate::extract(normalized.text(), &options.extract);
    // Where a match lies in the original, and what it reports: the
    // original's own slice when it reads the same.
    let place = |range: Range<usize>| -> (Range<usize>, Cow<'a, str>) {
        let original = map.original_range(range.clone());
        let as_read = &normalized.text()[range];
        let reported = match &text[original.clone()] {
            same if same == as_read => Cow::Borrowed(same),
            _ => Cow::Owned(as_read.to_owned()),
        };
        (original, reported)
    };
    let found = found.relocated(place);
    Analysis {
        normalized,
        map,
        found,
        tokenizer: options.tokenizer,
    }
}

/// The tokens of an [`Analysis`], each with its range of the original
/// text; created by [`Analysis::tokens`].
///
/// # Examples
///
/// ```
/// # use italiano::{dates::Date, AnalyzeOptions};
/// let found = italiano::analyze("po'", &AnalyzeOptions::new(Date::new(2024, 6, 18)?));
/// let (range, token) = found.tokens().next().unwrap();
/// assert_eq!((range, token.text()), (0..3, "po’"));
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct AnalyzedTokens<'s> {
    tokens: Tokens<'s>,
    map: OffsetCursor<'s>,
}

impl<'s> Iterator for AnalyzedTokens<'s> {
    type Item = (Range<usize>, Token<'s>);

    fn next(&mut self) -> Option<(Range<usize>, Token<'s>)> {
        let token = self.tokens.next()?;
        Some((self.map.original_range(token.range()), token))
    }
}

impl FusedIterator for AnalyzedTokens<'_> {}

/// The sentences of an [`Analysis`], each with its range of the original
/// text; created by [`Analysis::sentences`].
///
/// # Examples
///
/// ```
/// # use italiano::{dates::Date, AnalyzeOptions};
/// let found = italiano::analyze("Sì. No.", &AnalyzeOptions::new(Date::new(2024, 6, 18)?));
/// assert_eq!(found.sentences().map(|(range, _)| range).collect::<Vec<_>>(), [0..4, 5..8]);
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct AnalyzedSentences<'s> {
    sentences: Sentences<'s>,
    map: OffsetCursor<'s>,
}

impl<'s> Iterator for AnalyzedSentences<'s> {
    type Item = (Range<usize>, Sentence<'s>);

    fn next(&mut self) -> Option<(Range<usize>, Sentence<'s>)> {
        let sentence = self.sentences.next()?;
        Some((self.map.original_range(sentence.range()), sentence))
    }
}

impl FusedIterator for AnalyzedSentences<'_> {}
