//! Writing the marks in a style, and settling what may read back otherwise.
//!
//! Each mark the quote reader resolved is written in the chosen style at its
//! nesting level, with the padding inside paired quotations removed and, when
//! asked, accents typed as apostrophes repaired. Normalization must be
//! idempotent, yet a few written glyphs can read back differently from what
//! they were resolved as: a nested double quotation written ‘ ’ between
//! letters reads as apostrophes, a closer moved next to a digit reads as
//! inches. The renderer notes where that can happen, and [`settle`] reads
//! those paragraphs again until they no longer change.

use std::ops::Range;

use super::accents;
use super::edit::{EditKind, Pipeline, Rewriter};
use super::mojibake;
use super::quotes::{self, Family, Mark, Resolved};
use super::style::{QuoteStyle, Repairs};

/// Passes of the quote renderer at most; see [`settle`].
const MAX_QUOTE_PASSES: usize = 8;

/// What a quote pass found that may not read back the same.
#[derive(Default)]
pub(super) struct Round {
    /// Output positions in paragraphs still changing when the passes ran
    /// out.
    not_settled: Vec<usize>,
    /// Output positions of marks whose paragraph must be read again.
    unsettled: Vec<usize>,
    /// Whether to look for marks right after a character that a mojibake
    /// sequence may hold (`Ã`, `Â`, `â€`).
    watch_mojibake: bool,
    /// A mark was written right after such a character.
    pub(super) after_mojibake_lead: bool,
}

/// Writes the quote marks, then reads again the paragraphs where a
/// written glyph may read back differently, until they settle.
///
/// Broken text can put a nested quotation where its single glyphs read
/// back as apostrophes (`detto"basta"e`), or a closer where its new glyph
/// reads as inches (`6 »` → `6”`). Reading those paragraphs again (once
/// more, rarely twice) makes normalization idempotent; pairing never
/// crosses a blank line, so the rest of the text is not read again.
///
/// The paragraphs at the indices in `skip` (of [`quotes::paragraphs`]) are
/// left as they are: [`Round::not_settled`] names those that did not settle
/// within the passes allowed, and the caller starts over without them.
pub(super) fn settle(
    state: &mut Pipeline<'_>,
    style: QuoteStyle,
    repairs: Repairs,
    skip: &[usize],
) -> Round {
    let accents = repairs.has_accents();
    let mut round = Round {
        watch_mojibake: repairs.has_mojibake(),
        ..Round::default()
    };
    let whole = 0..state.text.len();
    let ranges = if skip.is_empty() {
        vec![whole]
    } else {
        quotes::paragraphs(&state.text)
            .into_iter()
            .enumerate()
            .filter(|(i, _)| skip.binary_search(i).is_err())
            .map(|(_, p)| p)
            .collect()
    };
    state.pass(|out| render(out, style, accents, &ranges, false, &mut round));
    let mut settled = false;
    for _ in 1..MAX_QUOTE_PASSES {
        if round.unsettled.is_empty() {
            settled = true;
            break;
        }
        round.unsettled.sort_unstable();
        let paragraphs = quotes::paragraphs_around(&state.text, &round.unsettled);
        round.unsettled.clear();
        if !state.pass(|out| render(out, style, accents, &paragraphs, true, &mut round)) {
            settled = true;
            break;
        }
    }
    if !settled {
        round.not_settled = std::mem::take(&mut round.unsettled);
        round.not_settled.sort_unstable();
    }
    round
}

impl Round {
    /// Output positions in the paragraphs that were still changing after
    /// the last pass allowed.
    pub(super) fn not_settled(&self) -> &[usize] {
        &self.not_settled
    }

    /// Adds output positions whose paragraphs did not settle either.
    pub(super) fn not_settled_also(&mut self, positions: &[usize]) {
        if !positions.is_empty() {
            self.not_settled.extend_from_slice(positions);
            self.not_settled.sort_unstable();
        }
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

/// Two marks side by side both written `'` make `''`, which reads back
/// as a double quote: the paragraph must be read again.
fn note_doubled_straight(mark: &Mark, glyph: &str, out: &Rewriter<'_>, unsettled: &mut Vec<usize>) {
    if glyph == "'" && mark.in_run() {
        unsettled.push(out.output_position(mark.start()));
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
    // Where the last opener written with a single glyph ends, with its
    // padding.
    let mut single_opener_end = usize::MAX;
    for (i, mark) in marks.iter().enumerate() {
        // Where a reading rested on the glyph itself (TeX marks, a straight
        // mark between spaces or after a digit, an unmatched quote), the new
        // glyph may read back otherwise: in a run of marks side by side,
        // which are read together, and for TeX marks, which pair only with
        // each other. A mark after `=` written straight reads back as code.
        let unmatched = matches!(mark.resolved(), Resolved::Quote { matched: false, .. });
        let glyph_bound = mark.tex() || mark.by_glyph() || unmatched;
        if mark.after_equals() && !mark.in_code()
            || mark.resolved() != Resolved::Keep && mark.in_run() && glyph_bound
            || mark.tex() && !matches!(mark.resolved(), Resolved::Quote { matched: true, .. })
        {
            unsettled.push(out.output_position(mark.start()));
        }
        // Looked for behind the padding a closer may lose, which would bring
        // it next to the lead (`"Â "` → `«Â»`); a space or tab never
        // continues a sequence itself.
        if round.watch_mojibake
            && text[..mark.start()]
                .trim_end_matches([' ', '\t'])
                .chars()
                .next_back()
                .is_some_and(mojibake::may_continue)
        {
            round.after_mojibake_lead = true;
        }
        match mark.resolved() {
            Resolved::Keep => {}
            Resolved::Apostrophe { word_final } => {
                // `‘po’`: the opener written just before a word that takes an
                // apostrophe makes a one-word quotation, which this closes.
                if word_final
                    && single_opener_end
                        == mark.start() - quotes::word_before(text, mark.start()).len()
                {
                    unsettled.push(out.output_position(mark.start()));
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
                    note_doubled_straight(mark, apostrophe, out, unsettled);
                    out.replace(mark.start()..mark.end(), apostrophe, EditKind::Apostrophe);
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
                note_doubled_straight(mark, glyph, out, unsettled);
                if matched && !open {
                    match padding_before(text, mark.start()..mark.end()) {
                        // Kept next to a mark, which this pass may rewrite.
                        None => unsettled.push(out.output_position(mark.start())),
                        Some(padding) => {
                            let padding = padding.max(out.written_up_to());
                            if padding < mark.start() {
                                out.replace(padding..mark.start(), "", EditKind::PaddingRemoved);
                                let single = matches!(glyph, "’" | "'");
                                if !quotes::reads_back_without_padding(
                                    text,
                                    mark,
                                    open,
                                    single,
                                    padding..mark.start(),
                                ) {
                                    unsettled.push(out.output_position(mark.start()));
                                }
                            }
                        }
                    }
                }
                let at = out.output_position(mark.start());
                let single = matches!(glyph, "‘" | "’" | "'");
                let straight = matches!(glyph, "\"" | "'");
                // A quotation written in the other family's glyphs (a nested
                // double quotation as ‘ ’) may pair with other marks of its
                // new family (an apostrophe `’O`) when read back.
                if single != (family == Family::Single)
                    || single && !quotes::single_glyph_reads_back(text, mark, open)
                    || straight && quotes::oriented_by_glyph(text, mark)
                    || matches!(glyph, "\"" | "”") && quotes::follows_digit(mark)
                    || glyph == "\"" && !open && quotes::follows_colon_or_bracket(text, mark)
                {
                    unsettled.push(at);
                }
                let kind = if open {
                    EditKind::OpeningQuote { level }
                } else {
                    EditKind::ClosingQuote { level }
                };
                out.replace(mark.start()..mark.end(), glyph, kind);
                if open && single {
                    single_opener_end = mark.end();
                }
                if matched && open {
                    match padding_after(text, mark.start()..mark.end()) {
                        Some(padding) if padding > mark.end() => {
                            out.replace(mark.end()..padding, "", EditKind::PaddingRemoved);
                            if single {
                                single_opener_end = padding;
                            }
                            if !quotes::reads_back_without_padding(
                                text,
                                mark,
                                open,
                                single,
                                mark.end()..padding,
                            ) {
                                unsettled.push(out.output_position(padding));
                            }
                        }
                        Some(_) => {}
                        None => unsettled.push(out.output_position(mark.end())),
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
    // A mark before the padding blocks its removal even behind combining
    // marks, which read back as part of the character they follow.
    let before = quotes::base_before(text, start);
    let blocked =
        is_mark(text[..before].chars().next_back()) || is_mark(text[mark.end..].chars().next());
    (start == mark.start || !blocked).then_some(start)
}
