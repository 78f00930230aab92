//! Italian text processing with byte spans into the caller's text.
//!
//! `italiano` reads real Italian text (news, social media, legal and
//! literary prose) with the mess that real text has, and works on `&str`
//! without copying it: results are borrowed where nothing changes, and every
//! span is a byte range into the string the caller passed in.
//!
//! # A tour
//!
//! ## Quote normalization: [`normalize`](mod@normalize)
//!
//! Typographic quotes and apostrophes repaired and written in one style:
//! direction fixed from the neighbouring characters, quotes paired and
//! nested, apostrophes of elision told apart from single quotes. Optional
//! repairs for accents typed as apostrophes (`perche'`), mojibake and NFC.
//!
//! ```
//! use italiano::normalize::{Normalizer, QuoteStyle, Repairs};
//!
//! assert_eq!(
//!     italiano::normalize("Ha detto ai cronisti: “l‘accordo c'è“."),
//!     "Ha detto ai cronisti: “l’accordo c’è”."
//! );
//!
//! let caporali = Normalizer::new().style(QuoteStyle::Guillemets).repairs(Repairs::ALL);
//! assert_eq!(caporali.normalize("\"E' cosi'\", disse."), "«È così», disse.");
//! ```
//!
//! ## Tokenization: [`tokenize`]
//!
//! Tokens with byte spans on Universal Dependencies Italian conventions
//! (`l'` `acqua`, `11.000`, `Sig.ra`, `#hashtag`, emoji), sentences, and the
//! syntactic words of contracted forms (`della` → `di` `la`).
//!
//! ```
//! let text = "Dell'anno scorso ricordo l'11 settembre. Poi, niente.";
//! let words: Vec<&str> = italiano::tokens(text).flat_map(|t| t.words()).collect();
//! assert_eq!(words[..5], ["Di", "l'", "anno", "scorso", "ricordo"]);
//! assert_eq!(italiano::sentences(text).count(), 2);
//! ```
//!
//! ## Numbers: [`numbers`](mod@numbers)
//!
//! Digits in Italian format, number words, ordinals, roman numerals,
//! percentages, money and fractions, each with an exact [`numbers::Value`];
//! the article `un`, `secondo` "according to", labels (`art. 21`) and
//! times (`alle 14:30`) left out.
//!
//! ```
//! let found: Vec<String> = italiano::numbers("Sono ventitré, il 3,5% di 1.234 euro.")
//!     .map(|m| format!("{} {}", m.kind().as_str(), m.value()))
//!     .collect();
//! assert_eq!(found, ["cardinal 23", "percent 3.5", "money 1234"]);
//! ```
//!
//! ## Dates and times: [`dates`](mod@dates); durations: [`durations`](mod@durations); [`extract`] for all
//!
//! Absolute, partial, relative and range expressions and times of day,
//! resolved against a reference date (and time) with civil
//! [`dates::Date`] and [`dates::DateTime`] types of the crate's own;
//! lengths of time as ISO 8601 durations. `extract` reports numbers,
//! dates and durations together, each number inside a date or a duration
//! left to it.
//!
//! ```
//! use italiano::{dates::Date, ExtractOptions};
//!
//! let options = ExtractOptions::new(Date::new(2024, 6, 18)?);
//! let found = italiano::extract("Tre giorni fa erano 300; domani alle 9, per due ore.", &options);
//! assert_eq!(found.dates()[0].value().to_string(), "2024-06-15");
//! assert_eq!(found.dates()[1].value().to_string(), "2024-06-19T09:00");
//! assert_eq!(found.durations()[0].value().to_string(), "PT2H");
//! assert_eq!(found.numbers()[0].text(), "300");
//! # Ok::<(), italiano::Error>(())
//! ```
//!
//! ## A whole document: [`analyze`](mod@analyze)
//!
//! Normalization, tokens and extraction in one call, every result with a
//! range of the caller's original text (extraction reads the repaired text:
//! `sara'` is a future), and owned results through `into_owned()`.
//!
//! ```
//! use italiano::{dates::Date, AnalyzeOptions};
//!
//! let original = "Sara' inaugurata lunedi' alle 11, costo 1.234,56 â‚¬.";
//! let found = italiano::analyze(original, &AnalyzeOptions::new(Date::new(2024, 6, 18)?));
//! let date = &found.dates()[0];
//! assert_eq!(&original[date.range()], "lunedi' alle 11");
//! assert_eq!(date.value().to_string(), "2024-06-24T11:00");
//! assert_eq!(&original[found.numbers()[0].range()], "1.234,56 â‚¬");
//! # Ok::<(), italiano::Error>(())
//! ```
//!
//! # Crate features
//!
//! - `serde`: `Serialize` and `Deserialize` for the public result types.
//! - `tantivy`: [`tantivy::ItalianTokenizer`],
//!   an Italian tokenizer for the tantivy search engine (on
//!   `tantivy-tokenizer-api` only).
//! - `jiff`: `From`/`TryFrom` between [`dates::Date`], [`dates::Time`],
//!   [`dates::DateTime`], [`dates::Weekday`] and jiff's civil types, and a
//!   [`durations::Duration`] as a `jiff::Span`.
//! - `chrono`: the same with chrono's `NaiveDate`, `NaiveTime`,
//!   `NaiveDateTime` and `Weekday` (fallible where chrono's years reach
//!   beyond -9999..=9999, or a time has a fraction of a second).
//!
//! # Errors
//!
//! Functions that read running text never fail: what they cannot interpret
//! passes through unchanged (a number too large to hold is skipped, a date
//! that does not exist is not a date). Parsing a whole value (a style name,
//! a list of repairs, a number, an ISO date) returns [`Error`].

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

/// `Serialize` and `Deserialize` through `Display` and `FromStr`, for the
/// value types that have a canonical string (`3.14`, `2024-06-19`).
#[cfg(feature = "serde")]
macro_rules! serde_as_string {
    ($ty:ty) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$ty, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}
#[cfg(feature = "serde")]
pub(crate) use serde_as_string;

/// `Display`, `FromStr` and (with `serde`) the string form of a closed
/// enum, all from its `as_str`: one string form per value.
macro_rules! string_forms {
    ($ty:ty, $what:literal, [$($variant:expr),+ $(,)?]) => {
        crate::string_forms!($ty, $what, all = &[$($variant),+]);
    };
    ($ty:ty, $what:literal, all = $all:expr) => {
        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $ty {
            type Err = crate::Error;

            fn from_str(s: &str) -> Result<$ty, crate::Error> {
                const ALL: &[$ty] = $all;
                ALL.iter().copied().find(|v| v.as_str() == s).ok_or_else(|| {
                    crate::Error::UnknownName {
                        what: $what,
                        name: crate::error::excerpt(s),
                        expected: ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", "),
                    }
                })
            }
        }

        #[cfg(feature = "serde")]
        crate::serde_as_string!($ty);
    };
}
pub(crate) use string_forms;

// The capabilities, each a module; the readers of `numbers`, `dates` and
// `durations` share the layers under them: the `lexicon` (Italian word
// tables), a `window` over the token stream, the `start` filters that pass
// over tokens no rule may begin, and the `rule_index`, which says from a
// token and its neighbours which rules of every reader may read there.
pub mod analyze;
mod blank;
pub mod dates;
pub mod durations;
pub mod error;
mod extract;
mod lexicon;
pub mod normalize;
pub mod numbers;
mod rule_index;
#[cfg(test)]
mod rule_tests;
mod start;
#[cfg(feature = "tantivy")]
pub mod tantivy;
mod text;
pub mod tokenize;
mod window;

pub use analyze::{analyze, Analysis, AnalyzeOptions};
pub use dates::{dates, parse_date};
pub use durations::durations;
pub use error::Error;
pub use extract::{extract, ExtractOptions, Extraction};
pub use normalize::normalize;
pub use numbers::{numbers, parse_number};
pub use tokenize::{sentences, tokens};

/// Every public type can cross threads: results and iterators borrow only
/// the caller's `&str`, options are plain values, and the tables behind them
/// are immutable statics. Checked at compile time.
const _: fn() = || {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Error>();
    send_sync::<error::Field>();
    send_sync::<normalize::Normalizer>();
    send_sync::<normalize::Repairs>();
    send_sync::<normalize::QuoteStyle>();
    send_sync::<normalize::Normalized<'static>>();
    send_sync::<normalize::Edit<'static>>();
    send_sync::<normalize::Edits<'static>>();
    send_sync::<normalize::EditKind>();
    send_sync::<tokenize::Tokenizer>();
    send_sync::<tokenize::Token<'static>>();
    send_sync::<tokenize::TokenKind>();
    send_sync::<tokenize::Tokens<'static>>();
    send_sync::<tokenize::Sentence<'static>>();
    send_sync::<tokenize::Sentences<'static>>();
    send_sync::<tokenize::Words<'static>>();
    send_sync::<numbers::Value>();
    send_sync::<numbers::NumberKind>();
    send_sync::<numbers::NumberMatch<'static>>();
    send_sync::<numbers::NumberMatches<'static>>();
    send_sync::<dates::Date>();
    send_sync::<dates::Time>();
    send_sync::<dates::DateTime>();
    send_sync::<durations::Duration>();
    send_sync::<durations::DurationMatch<'static>>();
    send_sync::<durations::DurationMatches<'static>>();
    send_sync::<dates::Weekday>();
    send_sync::<dates::Grain>();
    send_sync::<dates::Period>();
    send_sync::<dates::DateValue>();
    send_sync::<dates::DateKind>();
    send_sync::<dates::DateOptions>();
    send_sync::<dates::WeekdayPolicy>();
    send_sync::<dates::DateMatch<'static>>();
    send_sync::<dates::DateMatches<'static>>();
    send_sync::<ExtractOptions>();
    send_sync::<Extraction<'static>>();
    send_sync::<normalize::OffsetMap>();
    send_sync::<AnalyzeOptions>();
    send_sync::<Analysis<'static>>();
    send_sync::<analyze::AnalyzedTokens<'static>>();
    send_sync::<analyze::AnalyzedSentences<'static>>();
    #[cfg(feature = "tantivy")]
    send_sync::<tantivy::ItalianTokenizer>();
};
