//! Which way a character next to a mark points.

/// Which way a neighbouring character points.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Side {
    /// Whitespace, or the start or end of the text.
    Space,
    Letter,
    Digit,
    OpenBracket,
    CloseBracket,
    Dash,
    /// Sentence and clause punctuation: `. , ; : ! ? …`.
    Punct,
    Other,
}

impl Side {
    const ALL: [Side; 8] = [
        Side::Space,
        Side::Letter,
        Side::Digit,
        Side::OpenBracket,
        Side::CloseBracket,
        Side::Dash,
        Side::Punct,
        Side::Other,
    ];

    /// Two sides in one byte, left in the low half; see [`Side::unpack`].
    pub(super) fn pack(left: Side, right: Side) -> u8 {
        left as u8 | (right as u8) << 4
    }

    /// Packed sides with the right one replaced.
    pub(super) fn with_right(sides: u8, right: Side) -> u8 {
        sides & 0x0F | (right as u8) << 4
    }

    /// The left and right sides packed by [`Side::pack`].
    pub(super) fn unpack(sides: u8) -> (Side, Side) {
        (
            Side::ALL[usize::from(sides & 7)],
            Side::ALL[usize::from(sides >> 4 & 7)],
        )
    }

    /// The side of the character that ends at `at`.
    pub(super) fn before(text: &str, at: usize) -> Side {
        match text.as_bytes()[..at].last() {
            None => Side::Space,
            Some(&b) if b.is_ascii() => Side::of_ascii(b),
            Some(_) => Side::of(text[..at].chars().next_back()),
        }
    }

    /// The side of the character that starts at `at`.
    pub(super) fn after(text: &str, at: usize) -> Side {
        match text.as_bytes().get(at) {
            None => Side::Space,
            Some(&b) if b.is_ascii() => Side::of_ascii(b),
            Some(_) => Side::of(text[at..].chars().next()),
        }
    }

    pub(super) fn of_ascii(b: u8) -> Side {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' => Side::Letter,
            b'0'..=b'9' => Side::Digit,
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => Side::Space,
            // Other controls: no writer puts one in prose; they separate.
            0x00..=0x1F | 0x7F => Side::Space,
            b'(' | b'[' | b'{' => Side::OpenBracket,
            b')' | b']' | b'}' => Side::CloseBracket,
            b'-' => Side::Dash,
            b'.' | b',' | b';' | b':' | b'!' | b'?' => Side::Punct,
            _ => Side::Other,
        }
    }

    pub(super) fn of(c: Option<char>) -> Side {
        let Some(c) = c else { return Side::Space };
        match c {
            'a'..='z' | 'A'..='Z' => Side::Letter,
            '0'..='9' => Side::Digit,
            '(' | '[' | '{' => Side::OpenBracket,
            ')' | ']' | '}' => Side::CloseBracket,
            '-' | '‐' | '‒' | '–' | '—' | '―' => Side::Dash,
            '.' | ',' | ';' | ':' | '!' | '?' | '…' => Side::Punct,
            // Latin letters with diacritics, the common case in Italian,
            // without a Unicode table lookup.
            'À'..='ÿ' if c != '×' && c != '÷' => Side::Letter,
            c if c.is_whitespace() => Side::Space,
            c if c.is_alphabetic() => Side::Letter,
            c if c.is_numeric() => Side::Digit,
            _ => Side::Other,
        }
    }

    /// Space-like on the left: what may come before an opener.
    pub(super) fn opens(self) -> bool {
        matches!(self, Side::Space | Side::OpenBracket | Side::Dash)
    }

    /// Space-like on the right: what may come after a closer.
    pub(super) fn closes(self) -> bool {
        matches!(
            self,
            Side::Space | Side::Punct | Side::CloseBracket | Side::Dash
        )
    }
}
