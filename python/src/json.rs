//! One JSON record a text, written in Rust for the corpus recipes.
//!
//! A partition of a corpus is millions of lines; building Python dicts for
//! every match and serializing them with `json.dumps` costs ten times what
//! extracting does. [`record`] writes the same text that
//! `json.dumps(record, sort_keys=True, ensure_ascii=False)` writes for the
//! record `italiano.distributed.records` builds (the tests compare them),
//! so the batch runs entirely without the GIL.

use std::fmt::Write;

use italiano::Extraction;

use crate::text::CharOffsets;

/// The record of one text: its token count and its matches, offsets in
/// characters of the text.
pub(crate) fn record(text: &str, found: &Extraction<'_>, tokens: usize) -> String {
    let mut out = String::with_capacity(64);
    out.push_str("{\"dates\": [");
    let mut offsets = CharOffsets::new(text);
    for (i, m) in found.dates().iter().enumerate() {
        let range = m.range();
        let (start, end) = (offsets.at(range.start), offsets.at(range.end));
        let value = m.value();
        separator(&mut out, i);
        let _ = write!(out, "{{\"end\": {end}, \"grain\": ");
        match value.grain() {
            Some(g) => string(&mut out, g.as_str()),
            None => out.push_str("null"),
        }
        out.push_str(", \"kind\": ");
        string(&mut out, m.kind().as_str());
        let _ = write!(out, ", \"start\": {start}, \"text\": ");
        string(&mut out, m.text());
        out.push_str(", \"value\": ");
        string(&mut out, &value.to_string());
        out.push('}');
    }
    out.push_str("], \"durations\": [");
    for (i, m) in found.durations().iter().enumerate() {
        let range = m.range();
        let (start, end) = (offsets.at(range.start), offsets.at(range.end));
        separator(&mut out, i);
        let _ = write!(out, "{{\"end\": {end}, \"start\": {start}, \"text\": ");
        string(&mut out, m.text());
        out.push_str(", \"value\": ");
        string(&mut out, &m.value().to_string());
        out.push('}');
    }
    out.push_str("], \"numbers\": [");
    for (i, m) in found.numbers().iter().enumerate() {
        let range = m.range();
        let (start, end) = (offsets.at(range.start), offsets.at(range.end));
        separator(&mut out, i);
        let approximate = if m.is_approximate() { "true" } else { "false" };
        let _ = write!(
            out,
            "{{\"approximate\": {approximate}, \"end\": {end}, \"kind\": "
        );
        string(&mut out, m.kind().as_str());
        let _ = write!(out, ", \"start\": {start}, \"text\": ");
        string(&mut out, m.text());
        out.push_str(", \"unit\": ");
        match m.unit() {
            Some(u) => string(&mut out, u.symbol()),
            None => out.push_str("null"),
        }
        out.push_str(", \"value\": ");
        string(&mut out, &m.value().to_string());
        out.push('}');
    }
    let _ = write!(out, "], \"tokens\": {tokens}}}");
    out
}

fn separator(out: &mut String, i: usize) {
    if i > 0 {
        out.push_str(", ");
    }
}

/// A JSON string as Python's `json.dumps(..., ensure_ascii=False)` writes
/// it: the two-character escapes it knows, `\u00XX` for the other control
/// characters, everything else as it is.
fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_as_python_does() {
        let mut out = String::new();
        string(&mut out, "a\"b\\c\nd\u{1}é€\u{7f}");
        assert_eq!(out, "\"a\\\"b\\\\c\\nd\\u0001é€\u{7f}\"");
    }
}
