//! Emoji sequences, recognized without Unicode property tables.
//!
//! An emoji token is one pictographic character with what may follow it:
//! variation selector 16, a skin tone, a keycap mark, tag characters, and
//! further pictographs joined by ZERO WIDTH JOINER (`👩‍💻`). Two regional
//! indicators make one flag (`🇮🇹`). The ranges are the blocks where
//! emoji live; a few symbols there that are not emoji (arrows, dingbats)
//! are rare in text, and as one-character tokens they do no harm.

const ZWJ: char = '\u{200D}';

/// A character that starts an emoji.
pub(super) fn is_pictograph(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2300}'..='\u{23FF}'
        | '\u{2B00}'..='\u{2BFF}'
        | '\u{2190}'..='\u{21FF}'
        | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}'
        | '\u{00A9}' | '\u{00AE}' | '\u{203C}' | '\u{2049}' | '\u{2122}' | '\u{2139}')
}

fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

/// Characters that modify the emoji before them.
fn is_modifier(c: char) -> bool {
    matches!(c, '\u{FE0E}' | '\u{FE0F}' | '\u{20E3}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}')
}

/// The end of the emoji sequence that starts at `start` with `first`.
pub(super) fn sequence_end(text: &str, start: usize, first: char) -> usize {
    let mut end = start + first.len_utf8();
    let mut chars = text[end..].chars().peekable();
    if is_regional_indicator(first) {
        if let Some(&second) = chars.peek() {
            if is_regional_indicator(second) {
                end += second.len_utf8();
            }
        }
        return end;
    }
    while let Some(&c) = chars.peek() {
        if is_modifier(c) {
            end += c.len_utf8();
            chars.next();
        } else if c == ZWJ {
            chars.next();
            match chars.peek() {
                Some(&next) if is_pictograph(next) => {
                    end += ZWJ.len_utf8() + next.len_utf8();
                    chars.next();
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    end
}

/// A keycap emoji: a digit, `#` or `*`, then VS16 and the keycap mark
/// (`1️⃣`).
pub(super) fn keycap_end(text: &str, start: usize) -> Option<usize> {
    let rest = &text[start..];
    let mut chars = rest.chars();
    let base = chars.next()?;
    if !(base.is_ascii_digit() || base == '#' || base == '*') {
        return None;
    }
    let mut end = start + 1;
    let mut next = chars.next()?;
    if next == '\u{FE0F}' {
        end += next.len_utf8();
        next = chars.next()?;
    }
    (next == '\u{20E3}').then(|| end + next.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequences() {
        let cases = ["😂", "👍🏽", "👩‍💻", "🇮🇹", "❤️", "👨‍👩‍👧‍👦"];
        for emoji in cases {
            let first = emoji.chars().next().unwrap();
            assert_eq!(sequence_end(emoji, 0, first), emoji.len(), "{emoji}");
        }
        assert_eq!(sequence_end("😂😂", 0, '😂'), 4);
        assert_eq!(keycap_end("1️⃣!", 0), Some("1️⃣".len()));
        assert_eq!(keycap_end("12", 0), None);
    }
}
