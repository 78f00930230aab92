//! Quote and apostrophe normalization, with the repairs Italian text needs.
//!
//! Italian text from the web, newsrooms and OCR mixes every kind of quote
//! mark: straight `"` and `'`, curly `“ ” ‘ ’`, caporali `« »`, German `„ “`,
//! primes, backticks, and marks typed the wrong way round (`“basta“`). The
//! same `'` is an apostrophe in `l'acqua`, a truncation in `po'`, an accent
//! in `perche'` and a closing quote in `'lodo'`. This module decides what
//! every mark is and writes it in one consistent [`QuoteStyle`]:
//!
//! - the direction of each mark comes from its neighbours, then marks are
//!   paired with a stack and re-levelled by depth (a blank line resets the
//!   pairing), so `«Ha detto “basta“»` becomes `“Ha detto ‘basta’”`;
//! - apostrophes of elision, truncation (`po'`, `va'`), decades (`'90`) and
//!   initial elision (`'ndrangheta`) are told apart from single quotes;
//! - measurements (`6'10"`, `45'`), code (`x="y"`, `` `code` ``), emoticons
//!   (`:'(`), lone straight marks between spaces and runs of four or more
//!   marks side by side (`""""`, decoration or breakage) are left as typed;
//! - a paragraph whose quotes are so broken that each reading changes how the
//!   next pairs them (a chain through many marks), or whose new glyphs keep
//!   completing mojibake sequences (`"â€"â€"…` with the mojibake repair),
//!   keeps its marks as typed;
//! - spaces just inside a paired quotation are removed (`« testo »`);
//!   nothing else is inserted, deleted or moved.
//!
//! Optional [`Repairs`] fix accents typed as apostrophes (`perche'` →
//! `perché`) and wrong accents (`perchè`), mojibake (`Ã¨` → `è`) and
//! decomposed accents (NFC).
//!
//! The result is a [`Cow`], borrowed when nothing changed. On request,
//! [`Normalizer::normalize_with_edits`] also returns the list of [`Edit`]s as
//! byte ranges of the original text, so positions can be mapped back.
//!
//! Normalization is idempotent in every style, runs in time linear in the
//! input, and never panics.
//!
//! # Examples
//!
//! ```
//! use italiano::normalize::{Normalizer, QuoteStyle, Repairs};
//!
//! let text = "«Ha detto “basta“ e se n'è andato», racconta.";
//! assert_eq!(
//!     italiano::normalize(text),
//!     "“Ha detto ‘basta’ e se n’è andato”, racconta."
//! );
//!
//! let caporali = Normalizer::new().style(QuoteStyle::Guillemets);
//! assert_eq!(caporali.normalize(text), "«Ha detto “basta” e se n’è andato», racconta.");
//!
//! let repair = Normalizer::new().style(QuoteStyle::Keep).repairs(Repairs::ALL);
//! assert_eq!(repair.normalize("E' gia' finito, perchè?"), "È già finito, perché?");
//! ```

mod accents;
mod edit;
mod mojibake;
mod nfc;
pub(crate) mod offsets;
mod quotes;
mod render;
mod style;

use std::borrow::Cow;
use std::ops::Range;

pub use edit::{apply_edits, Edit, EditKind, Edits};
pub use offsets::OffsetMap;
pub use style::{QuoteStyle, Repairs};

use edit::{EditLog, Pipeline};

/// Normalizes quote marks and apostrophes, with the repairs chosen.
///
/// Cheap to copy, and its setters are `const`, so a configured normalizer can
/// live in a `static`.
///
/// # Examples
///
/// ```
/// use italiano::normalize::{Normalizer, QuoteStyle, Repairs};
///
/// static CAPORALI: Normalizer = Normalizer::new().style(QuoteStyle::Guillemets).repairs(Repairs::ALL);
///
/// assert_eq!(CAPORALI.normalize("Disse: \"E' tardi\"."), "Disse: «È tardi».");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct Normalizer {
    style: QuoteStyle,
    repairs: Repairs,
}

impl Normalizer {
    /// The typographic style, no repairs.
    ///
    /// # Examples
    ///
    /// ```
    /// let n = italiano::normalize::Normalizer::new();
    /// assert_eq!(n.normalize("l'acqua"), "l’acqua");
    /// ```
    pub const fn new() -> Self {
        Normalizer {
            style: QuoteStyle::Typographic,
            repairs: Repairs::NONE,
        }
    }

    /// Sets the quote style.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::{Normalizer, QuoteStyle};
    ///
    /// let n = Normalizer::new().style(QuoteStyle::Ascii);
    /// assert_eq!(n.normalize("“Sì”, l’ho visto"), "\"Sì\", l'ho visto");
    /// ```
    pub const fn style(mut self, style: QuoteStyle) -> Self {
        self.style = style;
        self
    }

    /// Sets the repairs to run.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::{Normalizer, Repairs};
    ///
    /// let n = Normalizer::new().repairs(Repairs::ALL);
    /// assert_eq!(n.normalize("Non ho nè tempo nè voglia"), "Non ho né tempo né voglia");
    /// ```
    pub const fn repairs(mut self, repairs: Repairs) -> Self {
        self.repairs = repairs;
        self
    }

    /// The quote style in use.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::{Normalizer, QuoteStyle};
    ///
    /// assert_eq!(Normalizer::new().quote_style(), QuoteStyle::Typographic);
    /// ```
    pub const fn quote_style(&self) -> QuoteStyle {
        self.style
    }

    /// The quote style: see [`Normalizer::quote_style`].
    ///
    /// # Examples
    ///
    /// ```
    /// # #![allow(deprecated)]
    /// use italiano::normalize::{Normalizer, QuoteStyle};
    ///
    /// assert_eq!(Normalizer::new().get_style(), QuoteStyle::Typographic);
    /// ```
    #[deprecated(since = "0.2.0", note = "use `quote_style`")]
    pub const fn get_style(&self) -> QuoteStyle {
        self.quote_style()
    }

    /// The repairs in use.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::{Normalizer, Repairs};
    ///
    /// assert_eq!(Normalizer::new().get_repairs(), Repairs::NONE);
    /// ```
    pub const fn get_repairs(&self) -> Repairs {
        self.repairs
    }

    /// Normalizes `text`; borrowed when nothing changes.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::borrow::Cow;
    /// use italiano::normalize::Normalizer;
    ///
    /// let n = Normalizer::new();
    /// assert!(matches!(n.normalize("Nessuna virgoletta qui."), Cow::Borrowed(_)));
    /// assert_eq!(n.normalize("Un po' di \"pepe\""), "Un po’ di “pepe”");
    /// ```
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.run(text, false).0
    }

    /// Normalizes `text` and lists the edits made, as byte ranges of `text`.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::{apply_edits, EditKind, Normalizer, Repairs};
    ///
    /// let text = "Perche' \"no\"?";
    /// let out = Normalizer::new().repairs(Repairs::ALL).normalize_with_edits(text);
    /// assert_eq!(out.text(), "Perché “no”?");
    /// let first = out.edits().next().unwrap();
    /// assert_eq!(first.kind(), EditKind::Accent);
    /// assert_eq!(&text[first.range()], "e'");
    /// assert_eq!(apply_edits(text, out.edits()), out.text());
    /// ```
    pub fn normalize_with_edits<'a>(&self, text: &'a str) -> Normalized<'a> {
        let text_len = text.len();
        let (text, edits) = self.run(text, true);
        Normalized {
            input_len: text_len,
            text,
            edits,
        }
    }

    fn run<'a>(&self, text: &'a str, record: bool) -> (Cow<'a, str>, EditLog) {
        self.run_skipping(text, record, None)
    }

    /// [`Normalizer::run`], leaving the quote marks of the paragraphs at
    /// the indices in `skip` as typed; `None` on the first run, which finds
    /// them.
    fn run_skipping<'a>(
        &self,
        text: &'a str,
        record: bool,
        skip: Option<&[usize]>,
    ) -> (Cow<'a, str>, EditLog) {
        let mut state = Pipeline {
            original: text,
            text: Cow::Borrowed(text),
            edits: EditLog::default(),
            record,
        };
        let repairs = self.repairs;
        // NFC can complete a mojibake sequence (`A` + U+0308 + `´` is `Ä´`)
        // and a repaired sequence can need NFC: run both until neither
        // changes anything (one round on ordinary text).
        for _ in 0..MAX_REPAIR_ROUNDS {
            // A repaired character can complete a sequence with its
            // neighbours (`Ã` + `Â¬` gives `Ã¬`, which is `ì`): repeat while
            // a pass changes something. Each pass shortens the text, and
            // the chains that plausible characters can form are short.
            let mut repaired = false;
            for _ in 0..MAX_REPAIR_ROUNDS {
                if !(repairs.has_mojibake()
                    && mojibake::may_contain(&state.text)
                    && state.pass(mojibake::repair))
                {
                    break;
                }
                repaired = true;
            }
            let composed =
                repairs.has_nfc() && nfc::may_need(&state.text) && state.pass(nfc::compose);
            if !(repaired && repairs.has_nfc() || composed && repairs.has_mojibake()) {
                break;
            }
        }
        if repairs.has_accents() {
            // Before the quotes, which then write the apostrophe of `po’`
            // in the style's own glyph.
            state.pass(accents::fix_wrong_accents);
        }
        if self.style != QuoteStyle::Keep || repairs.has_accents() {
            // Quotes so broken that each reading of a paragraph changes
            // the next (a rare chain through many marks) would make the
            // result depend on how many readings there were. Such a
            // paragraph keeps its marks as typed. Whether it settles is
            // asked of the typographic style too, so that typographic →
            // guillemets → typographic keeps it as typed all the way.
            let mut stuck = Vec::new();
            if skip.is_none() && matches!(self.style, QuoteStyle::Guillemets | QuoteStyle::Ascii) {
                let mut scratch = Pipeline {
                    original: &state.text,
                    text: Cow::Borrowed(&state.text),
                    edits: EditLog::default(),
                    record: false,
                };
                let round = render::settle(&mut scratch, QuoteStyle::Typographic, repairs, &[]);
                stuck = quotes::paragraph_indices(&scratch.text, round.not_settled());
            }
            let first_run = skip.is_none();
            let skip = skip.unwrap_or(&stuck);
            let mut round = render::settle(&mut state, self.style, repairs, skip);
            // A mark written right after `Ã`, `Â` or `â€` can complete a
            // mojibake sequence (`Â»`); repair and requote until nothing more
            // changes (a bounded number of rounds: each pass is linear).
            for _ in 0..MAX_REPAIR_ROUNDS {
                if !(repairs.has_mojibake()
                    && round.after_mojibake_lead
                    && state.pass(mojibake::repair))
                {
                    break;
                }
                round = render::settle(&mut state, self.style, repairs, skip);
            }
            // Marks that keep completing sequences (`"â€"â€"…`: each
            // repair changes the pairing, and the new glyphs complete the
            // next) would leave one for the next normalization: their
            // paragraphs keep their marks as typed, as those that do not
            // settle.
            if repairs.has_mojibake() && round.after_mojibake_lead {
                round.not_settled_also(&mojibake::repair_positions(&state.text));
            }
            // Start over, once, without the paragraphs that did not
            // settle. Paragraphs are read independently, so the others come
            // out the same, and a second normalization makes the same choice.
            if first_run && !round.not_settled().is_empty() {
                let mut all = quotes::paragraph_indices(&state.text, round.not_settled());
                all.extend_from_slice(skip);
                all.sort_unstable();
                all.dedup();
                if all.len() > skip.len() {
                    return self.run_skipping(text, record, Some(&all));
                }
            }
        }
        // An accent repaired from an apostrophe can stand before a combining
        // mark (`e'` + U+0327 → `é` + U+0327), which NFC composes.
        if repairs.has_nfc() && repairs.has_accents() && nfc::may_need(&state.text) {
            state.pass(nfc::compose);
        }
        // Passes may undo each other (a mark rewritten, then read back as
        // what it was): unchanged text is handed back borrowed.
        if state.text.len() == text.len() && state.text == text {
            return (Cow::Borrowed(text), EditLog::default());
        }
        (state.text, state.edits)
    }
}

/// Rounds of mojibake repair and NFC at most.
const MAX_REPAIR_ROUNDS: usize = 4;

/// Normalizes `text` in the [`Typographic`](QuoteStyle::Typographic) style
/// with no repairs; borrowed when nothing changes.
///
/// # Examples
///
/// ```
/// assert_eq!(
///     italiano::normalize("L'ha detto: \"ci vediamo negli anni '90\"."),
///     "L’ha detto: “ci vediamo negli anni ’90”."
/// );
/// ```
pub fn normalize(text: &str) -> Cow<'_, str> {
    Normalizer::new().normalize(text)
}

/// Normalized text and the edits that produced it.
///
/// # Examples
///
/// ```
/// use italiano::normalize::Normalizer;
///
/// let out = Normalizer::new().normalize_with_edits("«ciao»");
/// assert_eq!(out.text(), "“ciao”");
/// assert_eq!(out.edits().len(), 2);
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Normalized<'a> {
    text: Cow<'a, str>,
    edits: EditLog,
    input_len: usize,
}

impl<'a> Normalized<'a> {
    /// The normalized text.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = italiano::normalize::Normalizer::new().normalize_with_edits("po'");
    /// assert_eq!(out.text(), "po’");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The edits, sorted and non-overlapping, as byte ranges of the input;
    /// their replacements are slices of [`Normalized::text`].
    ///
    /// # Examples
    ///
    /// ```
    /// let out = italiano::normalize::Normalizer::new().normalize_with_edits("nulla");
    /// assert_eq!(out.edits().len(), 0);
    /// ```
    pub fn edits(&self) -> Edits<'_> {
        self.edits.iter(&self.text)
    }

    /// The normalized text, by value (borrowed when nothing changed).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::borrow::Cow;
    ///
    /// let text = italiano::normalize::Normalizer::new().normalize_with_edits("nulla").into_text();
    /// assert!(matches!(text, Cow::Borrowed("nulla")));
    /// ```
    pub fn into_text(self) -> Cow<'a, str> {
        self.text
    }

    /// The range of the input that `range` of the normalized text came
    /// from (see [`OffsetMap`] for the rules). Each call reads the edits
    /// from the start: to map many ranges, make an [`OffsetMap`] once.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::{Normalizer, Repairs};
    ///
    /// let original = "Cos'Ã¨ successo?";
    /// let out = Normalizer::new().repairs(Repairs::ALL).normalize_with_edits(original);
    /// assert_eq!(out.text(), "Cos’è successo?");
    /// let verb = out.text().find("è").unwrap();
    /// assert_eq!(&original[out.original_range(verb..verb + 2)], "Ã¨");
    /// ```
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        self.offset_map().original_range(range)
    }

    /// The map from ranges of the normalized text to ranges of the input.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::Normalizer;
    ///
    /// let original = "« l'acqua »";
    /// let out = Normalizer::new().normalize_with_edits(original);
    /// assert_eq!(out.text(), "“l’acqua”");
    /// let map = out.offset_map();
    /// // The padding removed inside the marks stays outside the word.
    /// assert_eq!(&original[map.original_range(3..12)], "l'acqua");
    /// ```
    pub fn offset_map(&self) -> OffsetMap {
        let mut map = OffsetMap::default();
        self.offset_map_into(&mut map);
        map
    }

    /// [`Normalized::offset_map`] into `map`, reusing its memory.
    pub(crate) fn offset_map_into(&self, map: &mut OffsetMap) {
        map.rebuild(self.edits(), self.input_len);
    }

    /// The result with its text owned, free of the input.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::{Normalized, Normalizer};
    ///
    /// fn normalized(text: String) -> Normalized<'static> {
    ///     Normalizer::new().normalize_with_edits(&text).into_owned()
    /// }
    /// assert_eq!(normalized("po'".to_owned()).text(), "po’");
    /// ```
    pub fn into_owned(self) -> Normalized<'static> {
        Normalized {
            text: Cow::Owned(self.text.into_owned()),
            edits: self.edits,
            input_len: self.input_len,
        }
    }
}

impl std::fmt::Debug for Normalized<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Normalized")
            .field("text", &self.text)
            .field("edits", &self.edits())
            .finish()
    }
}

/// The text and the list of edits.
#[cfg(feature = "serde")]
impl serde::Serialize for Normalized<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Normalized", 2)?;
        out.serialize_field("text", self.text())?;
        out.serialize_field("edits", &self.edits())?;
        out.end()
    }
}
