//! The quote styles to write in, and the optional repairs.

use std::fmt;
use std::str::FromStr;

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

    /// The style's name, as the command line and `Display` write it.
    ///
    /// # Examples
    ///
    /// ```
    /// use italiano::normalize::QuoteStyle;
    ///
    /// assert_eq!(QuoteStyle::Ascii.as_str(), "ascii");
    /// ```
    pub const fn as_str(self) -> &'static str {
        self.name_of()
    }

    /// The style's name: see [`QuoteStyle::as_str`].
    ///
    /// # Examples
    ///
    /// ```
    /// # #![allow(deprecated)]
    /// assert_eq!(italiano::normalize::QuoteStyle::Ascii.name(), "ascii");
    /// ```
    #[deprecated(since = "0.2.0", note = "use `as_str`")]
    pub const fn name(self) -> &'static str {
        self.name_of()
    }

    const fn name_of(self) -> &'static str {
        match self {
            QuoteStyle::Typographic => "typographic",
            QuoteStyle::Guillemets => "guillemets",
            QuoteStyle::Ascii => "ascii",
            QuoteStyle::Keep => "keep",
        }
    }

    pub(super) fn apostrophe(self) -> Option<&'static str> {
        match self {
            QuoteStyle::Typographic | QuoteStyle::Guillemets => Some("’"),
            QuoteStyle::Ascii => Some("'"),
            QuoteStyle::Keep => None,
        }
    }

    /// The level a quotation in single marks starts at.
    pub(super) fn first_single_level(self) -> u32 {
        match self {
            QuoteStyle::Guillemets => 2,
            _ => 1,
        }
    }

    pub(super) fn glyph(self, level: u32, open: bool) -> Option<&'static str> {
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
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
crate::serde_as_string!(QuoteStyle);

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
        .find(|style| style.as_str().eq_ignore_ascii_case(s.trim()))
        .ok_or_else(|| Error::UnknownQuoteStyle(crate::error::excerpt(s)))
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
#[non_exhaustive]
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
                _ => return Err(Error::UnknownRepair(crate::error::excerpt(item))),
            };
        }
        Ok(repairs)
    }
}
