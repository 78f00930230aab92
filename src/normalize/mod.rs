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
//!   (`:'(`) and lone straight marks between spaces are left as typed;
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
mod quotes;

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::str::FromStr;

pub use edit::{apply_edits, Edit, EditKind};

use edit::Rewriter;
use quotes::{Family, Resolved};

use crate::Error;

/// The style quote marks and apostrophes are written in.
///
/// | style | level 0 | level 1 | level 2 | deeper | apostrophe |
/// |---|---|---|---|---|---|
/// | `Typographic` | “ ” | ‘ ’ | “ ” | alternating | ’ |
/// | `Guillemets` | « » | “ ” | ‘ ’ | alternating “ ” / ‘ ’ | ’ |
/// | `Ascii` | " " | ' ' | " " | alternating | ' |
/// | `Keep` | as typed | | | | as typed |
///
/// A quotation typed in single marks (a gloss, `‘lodo’`) starts at the
/// style's first single level, so it stays single in every style.
///
/// # Examples
///
/// ```
/// use italiano::normalize::{Normalizer, QuoteStyle};
///
/// let text = "\"Il cosiddetto 'lodo' è morto\"";
/// let ascii = Normalizer::new().style(QuoteStyle::Ascii);
/// assert_eq!(ascii.normalize(text), text);
/// let caporali = Normalizer::new().style(QuoteStyle::Guillemets);
/// assert_eq!(caporali.normalize(text), "«Il cosiddetto ‘lodo’ è morto»");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum QuoteStyle {
    /// English-style curly quotes, “ ” outside and ‘ ’ inside; apostrophe ’.
    #[default]
    Typographic,
    /// Italian caporali « » outside, then “ ” and ‘ ’; apostrophe ’.
    Guillemets,
    /// Straight `"` outside and `'` inside; apostrophe `'`.
    Ascii,
    /// Quote marks and apostrophes left as typed: for repairs alone.
    Keep,
}

impl QuoteStyle {
    /// The names accepted by [`FromStr`], in declaration order.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::QuoteStyle;
    ///
    /// assert_eq!(QuoteStyle::NAMES[1], "guillemets");
    /// ```
    pub const NAMES: [&'static str; 4] = ["typographic", "guillemets", "ascii", "keep"];

    /// The lowercase name of the style.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::QuoteStyle;
    ///
    /// assert_eq!(QuoteStyle::Ascii.name(), "ascii");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            QuoteStyle::Typographic => "typographic",
            QuoteStyle::Guillemets => "guillemets",
            QuoteStyle::Ascii => "ascii",
            QuoteStyle::Keep => "keep",
        }
    }

    fn apostrophe(self) -> Option<&'static str> {
        match self {
            QuoteStyle::Typographic | QuoteStyle::Guillemets => Some("’"),
            QuoteStyle::Ascii => Some("'"),
            QuoteStyle::Keep => None,
        }
    }

    /// The level a quotation in single marks starts at.
    fn first_single_level(self) -> u32 {
        match self {
            QuoteStyle::Guillemets => 2,
            _ => 1,
        }
    }

    fn glyph(self, level: u32, open: bool) -> Option<&'static str> {
        let pair = match self {
            QuoteStyle::Typographic if level % 2 == 0 => ["“", "”"],
            QuoteStyle::Typographic => ["‘", "’"],
            QuoteStyle::Guillemets if level == 0 => ["«", "»"],
            QuoteStyle::Guillemets if level % 2 == 1 => ["“", "”"],
            QuoteStyle::Guillemets => ["‘", "’"],
            QuoteStyle::Ascii if level % 2 == 0 => ["\"", "\""],
            QuoteStyle::Ascii => ["'", "'"],
            QuoteStyle::Keep => return None,
        };
        Some(pair[usize::from(!open)])
    }
}

impl fmt::Display for QuoteStyle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for QuoteStyle {
    type Err = Error;

    /// Parses a style name (`typographic`, `guillemets`, `ascii`, `keep`),
    /// ignoring ASCII case.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownQuoteStyle`] for any other name.
    fn from_str(s: &str) -> Result<Self, Error> {
        [
            QuoteStyle::Typographic,
            QuoteStyle::Guillemets,
            QuoteStyle::Ascii,
            QuoteStyle::Keep,
        ]
        .into_iter()
        .find(|style| style.name().eq_ignore_ascii_case(s.trim()))
        .ok_or_else(|| Error::UnknownQuoteStyle(s.to_owned()))
    }
}

/// Which optional repairs to run; all off by default.
///
/// # Examples
///
/// ```
/// use italiano::normalize::Repairs;
///
/// let some = Repairs::NONE.accents(true).nfc(true);
/// assert!(some.has_accents() && some.has_nfc() && !some.has_mojibake());
/// assert_eq!("accents,nfc".parse::<Repairs>()?, some);
/// assert_eq!("all".parse::<Repairs>()?, Repairs::ALL);
/// # Ok::<(), italiano::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Repairs {
    accents: bool,
    mojibake: bool,
    nfc: bool,
}

impl Repairs {
    /// No repair.
    pub const NONE: Repairs = Repairs {
        accents: false,
        mojibake: false,
        nfc: false,
    };
    /// Every repair.
    pub const ALL: Repairs = Repairs {
        accents: true,
        mojibake: true,
        nfc: true,
    };

    /// Repair accents typed as apostrophes, the safe cases only (`e'` → `è`,
    /// `perche'` → `perché`, `citta'` → `città`, never `po'` or a mark that
    /// closes a quotation), and the wrong accents `-chè` → `-ché`, `nè` →
    /// `né`, `pò` → `po’`.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::{Normalizer, QuoteStyle, Repairs};
    ///
    /// let n = Normalizer::new().style(QuoteStyle::Keep).repairs(Repairs::NONE.accents(true));
    /// assert_eq!(n.normalize("Di' la verita', va'!"), "Di' la verità, va'!");
    /// ```
    pub const fn accents(mut self, on: bool) -> Self {
        self.accents = on;
        self
    }

    /// Restore UTF-8 that was decoded as Windows-1252 or Latin-1 (`Ã¨` →
    /// `è`, `â€™` → `’`), only where a whole sequence decodes to a plausible
    /// character.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::{Normalizer, QuoteStyle, Repairs};
    ///
    /// let n = Normalizer::new().style(QuoteStyle::Keep).repairs(Repairs::NONE.mojibake(true));
    /// assert_eq!(n.normalize("Ãˆ finita"), "È finita");
    /// assert_eq!(n.normalize("SÃO PAULO"), "SÃO PAULO");
    /// ```
    pub const fn mojibake(mut self, on: bool) -> Self {
        self.mojibake = on;
        self
    }

    /// Bring the text to Unicode Normalization Form C.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::{Normalizer, QuoteStyle, Repairs};
    ///
    /// let n = Normalizer::new().style(QuoteStyle::Keep).repairs(Repairs::NONE.nfc(true));
    /// assert_eq!(n.normalize("perche\u{301}"), "perché");
    /// ```
    pub const fn nfc(mut self, on: bool) -> Self {
        self.nfc = on;
        self
    }

    /// Whether accent repair is on.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(italiano::normalize::Repairs::ALL.has_accents());
    /// ```
    pub const fn has_accents(self) -> bool {
        self.accents
    }

    /// Whether mojibake repair is on.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!italiano::normalize::Repairs::NONE.has_mojibake());
    /// ```
    pub const fn has_mojibake(self) -> bool {
        self.mojibake
    }

    /// Whether NFC is on.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(italiano::normalize::Repairs::ALL.has_nfc());
    /// ```
    pub const fn has_nfc(self) -> bool {
        self.nfc
    }
}

impl FromStr for Repairs {
    type Err = Error;

    /// Parses a comma-separated list of `accents`, `mojibake`, `nfc`, or
    /// `all` (or `none`).
    ///
    /// # Errors
    ///
    /// [`Error::UnknownRepair`] naming the first unknown item.
    fn from_str(s: &str) -> Result<Self, Error> {
        let mut repairs = Repairs::NONE;
        for item in s.split(',').map(str::trim) {
            repairs = match item.to_ascii_lowercase().as_str() {
                "accents" => repairs.accents(true),
                "mojibake" => repairs.mojibake(true),
                "nfc" => repairs.nfc(true),
                "all" => Repairs::ALL,
                "none" => repairs,
                _ => return Err(Error::UnknownRepair(item.to_owned())),
            };
        }
        Ok(repairs)
    }
}

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
    /// assert_eq!(Normalizer::new().get_style(), QuoteStyle::Typographic);
    /// ```
    pub const fn get_style(&self) -> QuoteStyle {
        self.style
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
    /// assert_eq!(out.edits()[0].kind(), EditKind::Accent);
    /// assert_eq!(&text[out.edits()[0].range()], "e'");
    /// assert_eq!(apply_edits(text, out.edits()), out.text());
    /// ```
    pub fn normalize_with_edits<'a>(&self, text: &'a str) -> Normalized<'a> {
        let (text, edits) = self.run(text, true);
        Normalized { text, edits }
    }

    fn run<'a>(&self, text: &'a str, record: bool) -> (Cow<'a, str>, Vec<Edit>) {
        let mut state = Pipeline {
            original: text,
            text: Cow::Borrowed(text),
            edits: Vec::new(),
            record,
        };
        let repairs = self.repairs;
        // NFC can complete a mojibake sequence (`A` + U+0308 + `´` is `Ä´`)
        // and a repaired sequence can need NFC: run both until neither
        // changes anything (one round on ordinary text).
        for _ in 0..MAX_REPAIR_ROUNDS {
            let repaired = repairs.mojibake
                && mojibake::may_contain(&state.text)
                && state.pass(mojibake::repair);
            let composed = repairs.nfc && nfc::may_need(&state.text) && state.pass(nfc::compose);
            if !(repaired && repairs.nfc || composed && repairs.mojibake) {
                break;
            }
        }
        if repairs.accents {
            // Before the quotes, which then write the apostrophe of `po’`
            // in the style's own glyph.
            state.pass(accents::fix_wrong_accents);
        }
        if self.style != QuoteStyle::Keep || repairs.accents {
            let mut round = self.quote_passes(&mut state);
            // A mark written right after `Ã` or `Â` can complete a mojibake
            // sequence (`Â»`); repair and requote until nothing more changes.
            while repairs.mojibake && round.after_mojibake_lead && state.pass(mojibake::repair) {
                round = self.quote_passes(&mut state);
            }
        }
        // Passes may undo each other (a mark rewritten, then read back as
        // what it was): unchanged text is handed back borrowed.
        if state.text.len() == text.len() && state.text == text {
            return (Cow::Borrowed(text), Vec::new());
        }
        (state.text, state.edits)
    }

    /// Writes the quote marks, then reads again the paragraphs where a
    /// written glyph may read back differently, until they settle.
    ///
    /// Broken text can put a nested quotation where its single glyphs read
    /// back as apostrophes (`detto"basta"e`), or a closer where its new glyph
    /// reads as inches (`6 »` → `6”`). Reading those paragraphs again (once
    /// more, rarely twice) makes normalization idempotent; pairing never
    /// crosses a blank line, so the rest of the text is not read again.
    fn quote_passes(&self, state: &mut Pipeline<'_>) -> Round {
        let (style, accents) = (self.style, self.repairs.accents);
        let mut round = Round {
            watch_mojibake: self.repairs.mojibake,
            ..Round::default()
        };
        let whole = 0..state.text.len();
        state.pass(|out| render(out, style, accents, &[whole], false, &mut round));
        for _ in 1..MAX_QUOTE_PASSES {
            if round.unsettled.is_empty() {
                break;
            }
            round.unsettled.sort_unstable();
            let paragraphs = quotes::paragraphs_around(&state.text, &round.unsettled);
            round.unsettled.clear();
            if !state.pass(|out| render(out, style, accents, &paragraphs, true, &mut round)) {
                break;
            }
        }
        round
    }
}

/// Passes of the quote renderer at most; see [`Normalizer::quote_passes`].
const MAX_QUOTE_PASSES: usize = 8;

/// Rounds of mojibake repair and NFC at most.
const MAX_REPAIR_ROUNDS: usize = 4;

/// What a quote pass found that may not read back the same.
#[derive(Default)]
struct Round {
    /// Output positions of marks whose paragraph must be read again.
    unsettled: Vec<usize>,
    /// Whether to look for marks right after `Ã` or `Â`.
    watch_mojibake: bool,
    /// A mark was written right after `Ã` or `Â`.
    after_mojibake_lead: bool,
}

/// The text as it goes through the passes, and the edits so far.
struct Pipeline<'a> {
    original: &'a str,
    text: Cow<'a, str>,
    edits: Vec<Edit>,
    record: bool,
}

impl Pipeline<'_> {
    /// Runs one pass over the text; returns whether it changed anything.
    fn pass(&mut self, pass: impl FnOnce(&mut Rewriter<'_>)) -> bool {
        let (output, edits) = {
            let mut out = Rewriter::new(&self.text, self.record);
            pass(&mut out);
            match out.finish() {
                (Cow::Owned(output), edits) => (output, edits),
                (Cow::Borrowed(_), _) => return false,
            }
        };
        if self.record {
            self.edits = edit::compose(
                self.original,
                std::mem::take(&mut self.edits),
                edits,
                &self.text,
            );
        }
        self.text = Cow::Owned(output);
        true
    }
}

/// Writes every mark in the given ranges of the text in `style`, repairing
/// accents typed as apostrophes when asked. `again` when the ranges are
/// paragraphs read once more: one that changes again is not settled yet. Where a quotation mark is written
/// as a single glyph that would read back as something else, its position
/// in the output goes to `unsettled`.
fn render(
    out: &mut Rewriter<'_>,
    style: QuoteStyle,
    repair_accents: bool,
    ranges: &[Range<usize>],
    again: bool,
    round: &mut Round,
) {
    for range in ranges {
        let start = out.output_position(range.start);
        let changes = out.changes();
        render_range(out, style, repair_accents, range.clone(), round);
        // A paragraph read again and changed once more has not settled yet.
        if again && out.changes() > changes {
            round.unsettled.push(start);
        }
    }
}

fn render_range(
    out: &mut Rewriter<'_>,
    style: QuoteStyle,
    repair_accents: bool,
    range: Range<usize>,
    round: &mut Round,
) {
    let unsettled = &mut round.unsettled;
    let text = out.input();
    let marks = quotes::resolve_in(text, range);
    let correlative = if repair_accents {
        accents::correlative_ne(text, &marks)
    } else {
        Vec::new()
    };
    let first_single = style.first_single_level();
    let level_for_new = |enclosing: Option<&u32>, family: Family| {
        let level = enclosing.map_or(0, |l| l + 1);
        match family {
            Family::Single => level.max(first_single),
            Family::Double => level,
        }
    };
    // Levels of the matched quotations open around the current mark.
    let mut levels: Vec<u32> = Vec::new();
    for (i, mark) in marks.iter().enumerate() {
        // Marks side by side are read as one run, which their new glyphs
        // may change (`''` reads as TeX); a mark after `=` written straight
        // reads back as code. Such spots are read again.
        if mark.tex || mark.resolved != Resolved::Keep && (mark.after_equals || mark.in_run) {
            // TeX `` `` `` and `''` pair only with each other, and once
            // written in one glyph they do not.
            unsettled.push(out.output_position(mark.start));
        }
        if round.watch_mojibake && matches!(text[..mark.start].chars().next_back(), Some('Ã' | 'Â'))
        {
            round.after_mojibake_lead = true;
        }
        match mark.resolved {
            Resolved::Keep => {}
            Resolved::Apostrophe { word_final } => {
                if word_final
                    && is_mark(
                        text[..mark.start - quotes::word_before(text, mark.start).len()]
                            .chars()
                            .next_back(),
                    )
                {
                    // `‘po’`: written as a single opener, the mark before the
                    // word makes it a one-word quotation, which this closes.
                    unsettled.push(out.output_position(mark.start));
                }
                if repair_accents && word_final {
                    let correlative = correlative.binary_search(&i).is_ok();
                    if let Some((range, accented)) =
                        accents::accent_for_mark(text, mark, correlative)
                    {
                        out.replace(range, accented.encode_utf8(&mut [0; 4]), EditKind::Accent);
                        continue;
                    }
                }
                if let Some(apostrophe) = style.apostrophe() {
                    out.replace(mark.start..mark.end, apostrophe, EditKind::Apostrophe);
                }
            }
            Resolved::Quote {
                family,
                open,
                matched,
            } => {
                let level = match (open, matched) {
                    (true, _) => {
                        let level = level_for_new(levels.last(), family);
                        if matched {
                            levels.push(level);
                        }
                        level
                    }
                    (false, true) => levels.pop().unwrap_or(0),
                    (false, false) => level_for_new(None, family),
                };
                let Some(glyph) = style.glyph(level, open) else {
                    continue;
                };
                if matched && !open {
                    match padding_before(text, mark.start..mark.end) {
                        // Kept next to a mark, which this pass may rewrite.
                        None => unsettled.push(out.output_position(mark.start)),
                        Some(padding) => {
                            let padding = padding.max(out.written_up_to());
                            if padding < mark.start {
                                out.replace(padding..mark.start, "", EditKind::PaddingRemoved);
                                let single = matches!(glyph, "’" | "'");
                                if !quotes::reads_back_without_padding(
                                    text,
                                    mark,
                                    open,
                                    single,
                                    padding..mark.start,
                                ) {
                                    unsettled.push(out.output_position(mark.start));
                                }
                            }
                        }
                    }
                }
                let at = out.output_position(mark.start);
                let single = matches!(glyph, "‘" | "’" | "'");
                let straight = matches!(glyph, "\"" | "'");
                // A quotation written in the other family's glyphs (a nested
                // double quotation as ‘ ’) may pair with other marks of its
                // new family (an apostrophe `’O`) when read back.
                if single != (family == Family::Single)
                    || single && !quotes::single_glyph_reads_back(text, mark, open)
                    || straight && quotes::oriented_by_glyph(text, mark)
                    || matches!(glyph, "\"" | "”") && quotes::follows_digit(mark)
                {
                    unsettled.push(at);
                }
                let kind = if open {
                    EditKind::OpeningQuote { level }
                } else {
                    EditKind::ClosingQuote { level }
                };
                out.replace(mark.start..mark.end, glyph, kind);
                if matched && open {
                    match padding_after(text, mark.start..mark.end) {
                        Some(padding) if padding > mark.end => {
                            out.replace(mark.end..padding, "", EditKind::PaddingRemoved);
                            if !quotes::reads_back_without_padding(
                                text,
                                mark,
                                open,
                                single,
                                mark.end..padding,
                            ) {
                                unsettled.push(out.output_position(padding));
                            }
                        }
                        Some(_) => {}
                        None => unsettled.push(out.output_position(mark.end)),
                    }
                }
            }
        }
    }
}

/// Spaces that pad a quotation from inside: space, no-break space, narrow
/// no-break space, thin space.
fn is_padding(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}')
}

/// Whether `c` is a quote mark or apostrophe.
fn is_mark(c: Option<char>) -> bool {
    c.and_then(quotes::family_of).is_some()
}

/// The end of the padding after an opener that spans `mark`, or `None`
/// where padding is kept: next to another mark (the opener has one just
/// before it, or one follows the padding), since marks side by side are read
/// as one run and removing the space would change how the run reads.
fn padding_after(text: &str, mark: Range<usize>) -> Option<usize> {
    let end = mark.end
        + text[mark.end..]
            .chars()
            .take_while(|&c| is_padding(c))
            .map(char::len_utf8)
            .sum::<usize>();
    let blocked =
        is_mark(text[end..].chars().next()) || is_mark(text[..mark.start].chars().next_back());
    (end == mark.end || !blocked).then_some(end)
}

/// The start of the padding before a closer that spans `mark`, or `None`
/// where it is kept; see [`padding_after`].
fn padding_before(text: &str, mark: Range<usize>) -> Option<usize> {
    let start = mark.start
        - text[..mark.start]
            .chars()
            .rev()
            .take_while(|&c| is_padding(c))
            .map(char::len_utf8)
            .sum::<usize>();
    let blocked =
        is_mark(text[..start].chars().next_back()) || is_mark(text[mark.end..].chars().next());
    (start == mark.start || !blocked).then_some(start)
}

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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized<'a> {
    text: Cow<'a, str>,
    edits: Vec<Edit>,
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

    /// The edits, sorted and non-overlapping, as byte ranges of the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = italiano::normalize::Normalizer::new().normalize_with_edits("nulla");
    /// assert!(out.edits().is_empty());
    /// ```
    pub fn edits(&self) -> &[Edit] {
        &self.edits
    }

    /// The normalized text and the edits, by value.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::borrow::Cow;
    ///
    /// let (text, edits) = italiano::normalize::Normalizer::new().normalize_with_edits("nulla").into_parts();
    /// assert!(matches!(text, Cow::Borrowed("nulla")) && edits.is_empty());
    /// ```
    pub fn into_parts(self) -> (Cow<'a, str>, Vec<Edit>) {
        (self.text, self.edits)
    }
}
