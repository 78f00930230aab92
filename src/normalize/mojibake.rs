//! Repairing UTF-8 that was decoded as Windows-1252 or Latin-1.
//!
//! Each byte of a multi-byte UTF-8 character then shows up as a character
//! of its own: `è` (C3 A8) becomes `Ã¨`, `’` (E2 80 99) becomes `â€™`
//! (Windows-1252) or `â` and two invisible C1 controls (Latin-1). The repair
//! maps such characters back to their bytes and decodes them again.
//!
//! Legitimate text must survive, so a sequence is restored only when it
//! starts with a lead byte, continues with exactly the continuation bytes
//! UTF-8 requires, and decodes to a character Italian text plausibly holds
//! (Latin letters, general punctuation, `€`). `SÃO PAULO` stays: `Ã` is not
//! followed by a continuation byte. `«È»` stays: `È»` would decode to `Ȼ`,
//! not a character of Italian text. Double encodings (`ÃƒÂ¨`) are undone
//! layer by layer.

use super::edit::{EditKind, Rewriter};

/// The byte a character stands for when UTF-8 was decoded as Windows-1252
/// (or Latin-1, for the C1 controls), if it can be part of a multi-byte
/// sequence.
fn byte_of(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{FF}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

/// Whether `c` can be part of a mojibake sequence that a mark written
/// after it may complete: `Â` + `»`, `â€` + `‘`.
pub(crate) fn may_continue(c: char) -> bool {
    byte_of(c).is_some()
}

/// How many continuation bytes follow a lead byte, for leads that can start
/// a plausible character.
fn continuation_count(lead: u8) -> Option<usize> {
    match lead {
        0xC2..=0xDF => Some(1),
        0xE0..=0xEF => Some(2),
        _ => None,
    }
}

fn is_plausible(c: char) -> bool {
    matches!(c, '\u{A0}'..='\u{17F}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{203A}' | '€' | '™')
}

/// Whether `text` can hold mojibake at all: every mojibake sequence starts
/// with one of the characters `Â`..`ï`, encoded as C3 82..C3 AF.
pub(crate) fn may_contain(text: &str) -> bool {
    memchr::memchr(0xC3, text.as_bytes()).is_some()
}

/// Restores mojibake in `text` through `out`.
pub(crate) fn repair(out: &mut Rewriter<'_>) {
    let text = out.input();
    let bytes = text.as_bytes();
    let mut done = 0;
    // The character restored last, which ends at `done`.
    let mut last = None;
    for start in memchr::memchr_iter(0xC3, bytes) {
        if start < done || !matches!(bytes.get(start + 1), Some(0x82..=0xAF)) {
            continue;
        }
        // A space stands for a lost no-break space after a lowercase
        // letter, as it reads in the output: right after a restored
        // character, that one (`àÃ Ã ` is `ààà` in one pass, not one `à`
        // a pass).
        let lowercase_before = match last {
            Some(c) if done == start => char::is_lowercase(c),
            _ => is_lowercase_before(text, start),
        };
        let Some((decoded, mut end)) = sequence_at(text, start, lowercase_before) else {
            continue;
        };
        // Undo further layers: the decoded character may itself be the lead
        // of another sequence whose continuations follow, also encoded.
        let mut replacement = decoded;
        // And the restored character can begin a sequence with what
        // follows as typed (`Ã` + `ƒ` is `Ã`, and `Ã` + U+0083 is `Ã` again
        // in `Ãƒ\u{83}ƒ`): taken now too, or each pass would peel one.
        while let Some((deeper, deeper_end)) =
            peel_layer(replacement, text, end).or_else(|| join_after(text, end, replacement))
        {
            replacement = deeper;
            end = deeper_end;
        }
        // The restored character can end a sequence begun before it: `Â` +
        // `«` is `«` again, `â€` + `—` is `‗`. Repairing once per pass
        // would leave those for the next normalization, so they are taken
        // now, as many as there are (`ÂÂÂ«`).
        let mut start = start;
        while let Some((joined, joined_start)) = join_before(text, done, start, replacement) {
            replacement = joined;
            start = joined_start;
        }
        let mut buf = [0u8; 4];
        out.replace(
            start..end,
            replacement.encode_utf8(&mut buf),
            EditKind::Mojibake,
        );
        done = end;
        last = Some(replacement);
    }
}

/// Where [`repair`] would change `text`.
pub(crate) fn repair_positions(text: &str) -> Vec<usize> {
    let mut out = Rewriter::new(text, true);
    repair(&mut out);
    let (output, edits) = out.finish();
    edits.iter(&output).map(|e| e.range().start).collect()
}

/// The character encoded by the mojibake sequence at `start`, and where the
/// sequence ends; `lost_nbsp` when a space may stand for a no-break space
/// (after a lowercase letter).
fn sequence_at(text: &str, start: usize, lost_nbsp: bool) -> Option<(char, usize)> {
    let first = text[start..].chars().next()?;
    let lead = byte_of(first)?;
    let count = continuation_count(lead)?;
    let mut bytes = [lead, 0, 0];
    let mut end = start + first.len_utf8();
    for slot in bytes.iter_mut().skip(1).take(count) {
        match text[end..].chars().next() {
            Some(next) if is_written_quote_after(lead, count, next) => return None,
            Some(next) if byte_of(next).is_some_and(is_continuation) => {
                *slot = byte_of(next)?;
                end += next.len_utf8();
            }
            // `à` is C3 A0, and A0 is a no-break space that editors often
            // turn into a plain one: `cittÃ ` for `città`.
            Some(' ') if lost_nbsp && lead == 0xC3 => {
                *slot = 0xA0;
                end += 1;
            }
            _ => return None,
        }
    }
    decode(&bytes[..=count]).map(|c| (c, end))
}

/// A curly quote after `Ã` (`Ã’` for `Ò`) is left: the quote styles write
/// these marks after any letter, and repairing them would make normalization
/// depend on its own output. `Â«` and `Â»` (for `«` `»`) are repaired: `Â`
/// is no Italian letter.
fn is_written_quote_after(lead: u8, count: usize, c: char) -> bool {
    count == 1 && lead != 0xC2 && matches!(c, '‘' | '’' | '“' | '”' | '«' | '»')
}

fn is_continuation(b: u8) -> bool {
    (0x80..=0xBF).contains(&b)
}

fn is_lowercase_before(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_lowercase)
}

fn decode(bytes: &[u8]) -> Option<char> {
    let s = std::str::from_utf8(bytes).ok()?;
    let c = s.chars().next()?;
    is_plausible(c).then_some(c)
}

/// A sequence that the characters before `start` (not before `from`) begin
/// and `last`, itself restored, ends: the character it encodes and where it
/// starts. The same rules as [`sequence_at`] apply.
fn join_before(text: &str, from: usize, start: usize, last: char) -> Option<(char, usize)> {
    let last_byte = byte_of(last).filter(|&b| is_continuation(b))?;
    let before = &text[from..start];
    let mut bytes = [0u8; 3];
    let mut len = 1;
    bytes[2] = last_byte;
    for (at, c) in before.char_indices().rev() {
        let b = byte_of(c)?;
        len += 1;
        bytes[3 - len] = b;
        if !is_continuation(b) {
            let count = continuation_count(b)?;
            if count + 1 != len {
                return None;
            }
            if is_written_quote_after(b, count, last) {
                return None;
            }
            return decode(&bytes[3 - len..]).map(|c| (c, from + at));
        }
        if len == 3 {
            return None;
        }
    }
    None
}

/// A sequence that `first`, itself restored, begins and the characters
/// from `end` continue: the character it encodes and where it ends. The
/// same rules as [`sequence_at`] apply.
fn join_after(text: &str, mut end: usize, first: char) -> Option<(char, usize)> {
    let lead = byte_of(first)?;
    let count = continuation_count(lead)?;
    let mut bytes = [lead, 0, 0];
    for slot in bytes.iter_mut().skip(1).take(count) {
        let next = text[end..].chars().next()?;
        if is_written_quote_after(lead, count, next) {
            return None;
        }
        *slot = byte_of(next).filter(|&b| is_continuation(b))?;
        end += next.len_utf8();
    }
    decode(&bytes[..=count]).map(|c| (c, end))
}

/// One more layer of a double encoding: `lead`, already decoded once, and
/// the continuation characters after `end`, each itself a mojibake sequence.
fn peel_layer(lead: char, text: &str, mut end: usize) -> Option<(char, usize)> {
    let lead = byte_of(lead)?;
    let count = continuation_count(lead)?;
    let mut bytes = [lead, 0, 0];
    for slot in bytes.iter_mut().skip(1).take(count) {
        let (c, next_end) = sequence_at(text, end, false)?;
        *slot = byte_of(c).filter(|&b| is_continuation(b))?;
        end = next_end;
    }
    decode(&bytes[..=count]).map(|c| (c, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(text: &str) -> String {
        crate::normalize::edit::run_pass(text, repair)
    }

    #[test]
    fn repairs() {
        let cases = [
            ("Ã¨", "è"),
            ("lâ€™acqua", "l’acqua"),
            ("lâ\u{80}\u{99}ultimo", "l’ultimo"),
            ("ÃƒÂ¨ arrivato", "è arrivato"),
            ("â€œciaoâ€\u{9d}", "“ciao”"),
            ("10Â\u{a0}km", "10\u{a0}km"),
            ("cittÃ  Ã¨", "città è"),
            ("Â«", "«"),
            ("ÂÂÂÂÂ« ÂÂ\u{a0}", "« \u{a0}"),
            ("â€â€â€”", "â€‗"),
            ("Ãâ€™", "Ã’"),
            ("Ãƒ\u{83}ƒ\u{83}ƒ", "Ã"),
            ("(àÃ Ã Ã ", "(àààà"),
            ("â‚¬ 5", "€ 5"),
        ];
        for (input, expected) in cases {
            assert_eq!(fix(input), expected, "{input:?}");
        }
    }

    #[test]
    fn legitimate_text_stays() {
        for text in ["SÃO PAULO", "«È»", "PERCHÉ”", "perch\u{FFFD}", "Ã", "àè"] {
            assert_eq!(fix(text), text);
        }
    }
}
