//! What every result with a span shares: its text, its offsets in
//! characters and in bytes, and the start of its `to_dict()`.
//!
//! Tokens, sentences, numbers, dates and durations each implement
//! [`Spanned`]; [`spanned_methods!`] writes their common getters into the
//! one `#[pymethods]` block a class may have (PyO3 takes one block a class
//! without its `multiple-pymethods` feature).

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use crate::token_list::offset_unit;

pub(crate) trait Spanned {
    /// The span in UTF-8 bytes of the text.
    fn span_bytes(&self) -> (usize, usize);

    /// The span in characters (code points) of the text.
    fn span_chars(&self, py: Python<'_>) -> PyResult<(usize, usize)>;

    /// The text the span covers.
    fn span_text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>>;

    /// `{"text", "start", "end"}`, offsets in `"chars"` or `"bytes"`: the
    /// first keys of every `to_dict()`.
    fn span_dict<'py>(&self, py: Python<'py>, offsets: &str) -> PyResult<Bound<'py, PyDict>> {
        let (start, end) = if offset_unit(offsets)? {
            self.span_bytes()
        } else {
            self.span_chars(py)?
        };
        let dict = PyDict::new(py);
        dict.set_item("text", self.span_text(py)?)?;
        dict.set_item("start", start)?;
        dict.set_item("end", end)?;
        Ok(dict)
    }
}

/// The `#[pymethods]` block of a [`Spanned`] class: `text`, `start`,
/// `end`, `byte_start`, `byte_end` and `str()`, then the class's own
/// methods.
macro_rules! spanned_methods {
    ($ty:ty { $($methods:tt)* }) => {
        #[pymethods]
        impl $ty {
            /// The text it covers.
            #[getter]
            fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, pyo3::types::PyString>> {
                $crate::spanned::Spanned::span_text(self, py)
            }

            /// Where it starts, in characters of the text.
            #[getter]
            fn start(&self, py: Python<'_>) -> PyResult<usize> {
                Ok($crate::spanned::Spanned::span_chars(self, py)?.0)
            }

            /// Where it ends (exclusive), in characters of the text.
            #[getter]
            fn end(&self, py: Python<'_>) -> PyResult<usize> {
                Ok($crate::spanned::Spanned::span_chars(self, py)?.1)
            }

            /// Where it starts in the UTF-8 encoding of the text.
            #[getter]
            fn byte_start(&self) -> usize {
                $crate::spanned::Spanned::span_bytes(self).0
            }

            /// Where it ends in the UTF-8 encoding of the text.
            #[getter]
            fn byte_end(&self) -> usize {
                $crate::spanned::Spanned::span_bytes(self).1
            }

            fn __str__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, pyo3::types::PyString>> {
                $crate::spanned::Spanned::span_text(self, py)
            }

            $($methods)*
        }
    };
}
pub(crate) use spanned_methods;
