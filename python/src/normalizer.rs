//! Quote normalization and repairs for Python.

use italiano::normalize::{
    EditKind, Normalized as RustNormalized, Normalizer, QuoteStyle, Repairs,
};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use crate::text::CharOffsets;
use crate::token_list::offset_unit;
use crate::values::value_error;

/// The normalizer for a style name and the repairs: `None`, a
/// comma-separated string (`"accents,nfc"`, `"all"`), or a list of names.
pub(crate) fn normalizer(style: &str, repairs: Option<&Bound<'_, PyAny>>) -> PyResult<Normalizer> {
    let style: QuoteStyle = style.parse().map_err(value_error)?;
    let repairs = match repairs.filter(|r| !r.is_none()) {
        None => Repairs::NONE,
        Some(r) => {
            let names = if let Ok(s) = r.cast::<PyString>() {
                s.to_str()?.to_owned()
            } else if let Ok(items) = r.extract::<Vec<String>>() {
                items.join(",")
            } else {
                return Err(PyTypeError::new_err(
                    "repairs must be None, a string (\"all\", \"accents,nfc\") or a list of names",
                ));
            };
            if names.trim().is_empty() {
                Repairs::NONE
            } else {
                names.parse().map_err(value_error)?
            }
        }
    };
    Ok(Normalizer::new().style(style).repairs(repairs))
}

/// The name of an edit's kind and its quote level.
fn kind_name(kind: EditKind) -> (&'static str, Option<u32>) {
    match kind {
        EditKind::Apostrophe => ("apostrophe", None),
        EditKind::OpeningQuote { level } => ("opening_quote", Some(level)),
        EditKind::ClosingQuote { level } => ("closing_quote", Some(level)),
        EditKind::PaddingRemoved => ("padding_removed", None),
        EditKind::Accent => ("accent", None),
        EditKind::Mojibake => ("mojibake", None),
        EditKind::Nfc => ("nfc", None),
        _ => ("other", None),
    }
}

/// One change normalization made: a span of the original text and what
/// replaced it.
///
/// >>> import italiano
/// >>> e = italiano.normalize_with_edits("Sara' vero", repairs="accents").edits[0]
/// >>> e.start, e.end, e.replacement, e.kind
/// (3, 5, 'à', 'accent')
#[pyclass(frozen, module = "italiano")]
pub(crate) struct Edit {
    /// Where the replaced text starts in the original, in characters.
    #[pyo3(get)]
    start: usize,
    /// Where the replaced text ends in the original, in characters.
    #[pyo3(get)]
    end: usize,
    /// Where the replaced text starts in the UTF-8 encoding of the original.
    #[pyo3(get)]
    byte_start: usize,
    /// Where the replaced text ends in the UTF-8 encoding of the original.
    #[pyo3(get)]
    byte_end: usize,
    /// The text that replaced it.
    #[pyo3(get)]
    replacement: String,
    /// `"apostrophe"`, `"opening_quote"`, `"closing_quote"`,
    /// `"padding_removed"`, `"accent"`, `"mojibake"` or `"nfc"`.
    #[pyo3(get)]
    kind: &'static str,
    /// The nesting level of a quote (0 outermost), else `None`.
    #[pyo3(get)]
    level: Option<u32>,
}

#[pymethods]
impl Edit {
    /// `{"start", "end", "replacement", "kind", "level"}`; offsets in
    /// characters, or with `offsets="bytes"` in UTF-8 bytes.
    #[pyo3(signature = (offsets = "chars"))]
    fn to_dict<'py>(&self, py: Python<'py>, offsets: &str) -> PyResult<Bound<'py, PyDict>> {
        let bytes = offset_unit(offsets)?;
        let dict = PyDict::new(py);
        dict.set_item("start", if bytes { self.byte_start } else { self.start })?;
        dict.set_item("end", if bytes { self.byte_end } else { self.end })?;
        dict.set_item("replacement", &self.replacement)?;
        dict.set_item("kind", self.kind)?;
        dict.set_item("level", self.level)?;
        Ok(dict)
    }

    fn __repr__(&self) -> String {
        format!(
            "Edit({}..{}, {:?}, {})",
            self.start, self.end, self.replacement, self.kind
        )
    }
}

/// A normalized text and the edits that made it from the original.
///
/// >>> import italiano
/// >>> out = italiano.normalize_with_edits("l'acqua")
/// >>> out.text, len(out.edits)
/// ('l’acqua', 1)
#[pyclass(frozen, module = "italiano")]
pub(crate) struct Normalized {
    /// The normalized text.
    #[pyo3(get)]
    text: Py<PyString>,
    /// The edits, in order; spans are of the original text.
    #[pyo3(get)]
    edits: Py<PyList>,
}

#[pymethods]
impl Normalized {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "<italiano.Normalized with {} edits>",
            self.edits.bind(py).len()
        )
    }
}

/// Python objects for a normalization with its edits.
pub(crate) fn normalized(
    py: Python<'_>,
    original: &Bound<'_, PyString>,
    source: &str,
    out: &RustNormalized<'_>,
) -> PyResult<Py<Normalized>> {
    let mut offsets = CharOffsets::new(source);
    let edits = PyList::empty(py);
    for edit in out.edits() {
        let range = edit.range();
        let (kind, level) = kind_name(edit.kind());
        edits.append(Edit {
            start: offsets.at(range.start),
            end: offsets.at(range.end),
            byte_start: range.start,
            byte_end: range.end,
            replacement: edit.replacement().to_owned(),
            kind,
            level,
        })?;
    }
    let text = if out.edits().next().is_none() {
        original.clone()
    } else {
        PyString::new(py, out.text())
    };
    Py::new(
        py,
        Normalized {
            text: text.unbind(),
            edits: edits.unbind(),
        },
    )
}
