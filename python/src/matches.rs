//! Numbers, dates and durations found in a text, as Python objects.
//!
//! Each match keeps what the crate found (the Rust value, owned) and its
//! span in characters and bytes; Python values (`Decimal`, `date`, ...) are
//! made when an attribute is read. `to_dict()` gives the keys and string
//! values the crate's `extract` example prints as JSON, with offsets in
//! characters (or bytes on request), so a row is ready for a DataFrame.

use italiano::dates::{DateMatch, DateValue, Grain};
use italiano::durations::{Duration, DurationMatch};
use italiano::numbers::{NumberMatch, Value};
use italiano::Extraction as RustExtraction;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use crate::spanned::{spanned_methods, Spanned};
use crate::text::CharOffsets;
use crate::values;

/// A match's text and spans.
#[derive(Clone, Debug)]
struct Span {
    text: String,
    bytes: (usize, usize),
    chars: (usize, usize),
}

impl Span {
    fn new(text: &str, range: std::ops::Range<usize>, offsets: &mut CharOffsets<'_>) -> Span {
        Span {
            text: text.to_owned(),
            chars: (offsets.at(range.start), offsets.at(range.end)),
            bytes: (range.start, range.end),
        }
    }
}

/// [`Spanned`] for the match classes, which keep their [`Span`] in a
/// field.
macro_rules! spanned_by_field {
    ($($ty:ty),+) => {$(
        impl Spanned for $ty {
            fn span_bytes(&self) -> (usize, usize) {
                self.span.bytes
            }

            fn span_chars(&self, _: Python<'_>) -> PyResult<(usize, usize)> {
                Ok(self.span.chars)
            }

            fn span_text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
                Ok(PyString::new(py, &self.span.text))
            }
        }
    )+};
}

spanned_by_field!(Number, Date, PyDuration);

/// A number: `11.000`, `ventitré`, `3,5%`, `1,5 miliardi di euro`, `12,5 km`.
///
/// `value` is exact: a `decimal.Decimal`, or a `fractions.Fraction` when
/// it has no finite decimal form (`due terzi`).
///
/// >>> import italiano
/// >>> n = italiano.numbers("Ne mancano i due terzi.")[0]
/// >>> n.text, n.kind, n.value, n.to_dict()["value"]
/// ('due terzi', 'fraction', Fraction(2, 3), '2/3')
#[pyclass(frozen, module = "italiano")]
pub(crate) struct Number {
    span: Span,
    kind: &'static str,
    value: Value,
    unit: Option<&'static str>,
    currency: Option<&'static str>,
    approximate: bool,
    rule: &'static str,
}

impl Number {
    pub(crate) fn new(m: &NumberMatch<'_>, offsets: &mut CharOffsets<'_>) -> Number {
        Number {
            span: Span::new(m.text(), m.range(), offsets),
            kind: m.kind().as_str(),
            value: m.value(),
            unit: m.unit().map(|u| u.symbol()),
            currency: m.currency(),
            approximate: m.is_approximate(),
            rule: m.rule(),
        }
    }
}

spanned_methods!(Number {
    /// `"cardinal"`, `"decimal"`, `"ordinal"`, `"percent"`, `"money"`,
    /// `"fraction"`, `"roman"` or `"quantity"`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.kind
    }

    /// The exact value: `Decimal` or `Fraction`.
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        values::number(py, self.value)
    }

    /// The unit's symbol for a quantity (`"km"`), the currency code for
    /// money (`"EUR"`), else `None`.
    #[getter]
    fn unit(&self) -> Option<&'static str> {
        self.unit
    }

    /// The currency code for money (`"EUR"`), else `None`.
    #[getter]
    fn currency(&self) -> Option<&'static str> {
        self.currency
    }

    /// Whether the number is a round estimate (`una ventina`).
    #[getter]
    fn approximate(&self) -> bool {
        self.approximate
    }

    /// The name of the rule that read it.
    #[getter]
    fn rule(&self) -> &'static str {
        self.rule
    }

    /// `{"text", "start", "end", "kind", "value", "unit", "approximate"}`,
    /// the value as a string (`"3.5"`, `"2/3"`).
    #[pyo3(signature = (offsets = "chars"))]
    fn to_dict<'py>(&self, py: Python<'py>, offsets: &str) -> PyResult<Bound<'py, PyDict>> {
        let dict = self.span_dict(py, offsets)?;
        dict.set_item("kind", self.kind)?;
        dict.set_item("value", self.value.to_string())?;
        dict.set_item("unit", self.unit)?;
        dict.set_item("approximate", self.approximate)?;
        Ok(dict)
    }

    fn __repr__(&self) -> String {
        format!(
            "Number({:?}, {}..{}, {}, {})",
            self.span.text, self.span.chars.0, self.span.chars.1, self.kind, self.value
        )
    }
});

/// A date, a time of day, or a range of them, resolved against the
/// reference: `19 giugno 2024`, `martedì`, `dal 3 al 5 marzo`, `domani
/// alle 17:30`.
///
/// `value` is the TIMEX3 value (`"2024-06-19"`, `"2024-W25"`,
/// `"2024-03-03/2024-03-05"`, `"2024-06-19T17:30"`); `date`, `datetime`,
/// `first_day` and `last_day` give it as Python dates where it is one.
///
/// >>> import italiano
/// >>> d = italiano.dates("Arriva domani alle 17:30.", "2024-06-18")[0]
/// >>> d.text, d.value, d.grain, d.datetime
/// ('domani alle 17:30', '2024-06-19T17:30', 'minute', datetime.datetime(2024, 6, 19, 17, 30))
#[pyclass(frozen, module = "italiano")]
pub(crate) struct Date {
    span: Span,
    kind: &'static str,
    value: DateValue,
    rule: &'static str,
}

impl Date {
    pub(crate) fn new(m: &DateMatch<'_>, offsets: &mut CharOffsets<'_>) -> Date {
        Date {
            span: Span::new(m.text(), m.range(), offsets),
            kind: m.kind().as_str(),
            value: m.value(),
            rule: m.rule(),
        }
    }

    fn period(&self) -> Option<italiano::dates::Period> {
        match self.value {
            DateValue::Period(p) => Some(p),
            _ => None,
        }
    }
}

spanned_methods!(Date {
    /// `"absolute"`, `"relative"`, `"weekday"`, `"range"` or `"holiday"`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.kind
    }

    /// The TIMEX3 value, as the crate prints it.
    #[getter]
    fn value(&self) -> String {
        self.value.to_string()
    }

    /// `"day"`, `"month"`, `"hour"`, `"minute"`, ...; `None` for a range
    /// with no grain.
    #[getter]
    fn grain(&self) -> Option<&'static str> {
        self.value.grain().map(Grain::as_str)
    }

    /// A `datetime.date` when the value is one day, else `None`.
    #[getter]
    fn date<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        match self.period() {
            Some(p) if p.grain() == Grain::Day => values::date(py, p.start()),
            _ => Ok(None),
        }
    }

    /// A naive `datetime.datetime` when the value is a time of day (an
    /// hour, a minute, a second), else `None`.
    #[getter]
    fn datetime<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        match self.period() {
            Some(p) if p.grain().is_time_of_day() => values::datetime(py, p.start_time()),
            _ => Ok(None),
        }
    }

    /// The first day the value covers (`None` for a range open at the
    /// start).
    #[getter]
    fn first_day<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.value.first_day().map_or(Ok(None), |d| values::date(py, d))
    }

    /// The last day the value covers (`None` for a range open at the end).
    #[getter]
    fn last_day<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.value.last_day().map_or(Ok(None), |d| values::date(py, d))
    }

    /// The name of the rule that read it.
    #[getter]
    fn rule(&self) -> &'static str {
        self.rule
    }

    /// `{"text", "start", "end", "kind", "grain", "value"}`.
    #[pyo3(signature = (offsets = "chars"))]
    fn to_dict<'py>(&self, py: Python<'py>, offsets: &str) -> PyResult<Bound<'py, PyDict>> {
        let dict = self.span_dict(py, offsets)?;
        dict.set_item("kind", self.kind)?;
        dict.set_item("grain", self.grain())?;
        dict.set_item("value", self.value())?;
        Ok(dict)
    }

    fn __repr__(&self) -> String {
        format!(
            "Date({:?}, {}..{}, {}, {})",
            self.span.text, self.span.chars.0, self.span.chars.1, self.kind, self.value
        )
    }
});

/// A length of time: `tre giorni` (`P3D`), `un'ora e venti` (`PT1H20M`).
///
/// `value` is the ISO 8601 duration with the units as written;
/// `timedelta` gives it as a `datetime.timedelta` when it has no years or
/// months, whose length varies.
///
/// >>> import italiano
/// >>> [(d.value, d.timedelta) for d in italiano.durations("un'ora e venti, poi per un anno")]
/// [('PT1H20M', datetime.timedelta(seconds=4800)), ('P1Y', None)]
#[pyclass(frozen, module = "italiano", name = "Duration")]
pub(crate) struct PyDuration {
    span: Span,
    value: Duration,
}

impl PyDuration {
    pub(crate) fn new(m: &DurationMatch<'_>, offsets: &mut CharOffsets<'_>) -> PyDuration {
        PyDuration {
            span: Span::new(m.text(), m.range(), offsets),
            value: m.value(),
        }
    }
}

spanned_methods!(PyDuration {
    /// The ISO 8601 duration (`"P3D"`, `"PT1H20M"`, `"P1Y6M"`).
    #[getter]
    fn value(&self) -> String {
        self.value.to_string()
    }

    /// A `datetime.timedelta`, or `None` when there are years or months.
    #[getter]
    fn timedelta<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.value
            .seconds_exact()
            .map_or(Ok(None), |s| values::timedelta(py, s).map(Some))
    }

    /// The parts as written: `{"years": 0, "months": 0, "weeks": 0,
    /// "days": 3, "hours": 0, "minutes": 0, "seconds": 0}`.
    fn parts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let v = &self.value;
        let dict = PyDict::new(py);
        for (name, n) in [
            ("years", v.years()),
            ("months", v.months()),
            ("weeks", v.weeks()),
            ("days", v.days()),
            ("hours", v.hours()),
            ("minutes", v.minutes()),
            ("seconds", v.seconds()),
        ] {
            dict.set_item(name, n)?;
        }
        Ok(dict)
    }

    /// `{"text", "start", "end", "value"}`.
    #[pyo3(signature = (offsets = "chars"))]
    fn to_dict<'py>(&self, py: Python<'py>, offsets: &str) -> PyResult<Bound<'py, PyDict>> {
        let dict = self.span_dict(py, offsets)?;
        dict.set_item("value", self.value())?;
        Ok(dict)
    }

    fn __repr__(&self) -> String {
        format!(
            "Duration({:?}, {}..{}, {})",
            self.span.text, self.span.chars.0, self.span.chars.1, self.value
        )
    }
});

/// Everything `extract` found in a text: `numbers`, `dates` and
/// `durations`, each in text order. A number inside a date or a duration is
/// left to it.
///
/// >>> import italiano
/// >>> found = italiano.extract("Il 3 maggio, 5 euro.", "2024-06-18")
/// >>> [d.text for d in found.dates], [n.text for n in found.numbers], found.durations
/// (['3 maggio'], ['5 euro'], [])
#[pyclass(frozen, module = "italiano")]
pub(crate) struct Extraction {
    #[pyo3(get)]
    numbers: Py<PyList>,
    #[pyo3(get)]
    dates: Py<PyList>,
    #[pyo3(get)]
    durations: Py<PyList>,
}

#[pymethods]
impl Extraction {
    /// `{"numbers": [...], "dates": [...], "durations": [...]}`, each match
    /// as its `to_dict()`: the JSON the crate's `extract` example prints.
    #[pyo3(signature = (offsets = "chars"))]
    fn to_dict<'py>(&self, py: Python<'py>, offsets: &str) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        for (name, list) in [
            ("numbers", &self.numbers),
            ("dates", &self.dates),
            ("durations", &self.durations),
        ] {
            let dicts = PyList::empty(py);
            for m in list.bind(py).iter() {
                dicts.append(m.call_method1("to_dict", (offsets,))?)?;
            }
            dict.set_item(name, dicts)?;
        }
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "<italiano.Extraction: {} numbers, {} dates, {} durations>",
            self.numbers.bind(py).len(),
            self.dates.bind(py).len(),
            self.durations.bind(py).len()
        )
    }
}

/// The Python objects for matches of one kind, in text order: `make` is
/// `Number::new`, `Date::new` or `PyDuration::new`.
pub(crate) fn list<'py, M, T: pyo3::PyClass + Into<pyo3::PyClassInitializer<T>>>(
    py: Python<'py>,
    text: &str,
    found: &[M],
    make: impl Fn(&M, &mut CharOffsets<'_>) -> T,
) -> PyResult<Bound<'py, PyList>> {
    list_with(py, &mut CharOffsets::new(text), found, make)
}

/// [`list`] with the offsets of a text already open, so that the three
/// kinds of an extraction share one.
fn list_with<'py, M, T: pyo3::PyClass + Into<pyo3::PyClassInitializer<T>>>(
    py: Python<'py>,
    offsets: &mut CharOffsets<'_>,
    found: &[M],
    make: impl Fn(&M, &mut CharOffsets<'_>) -> T,
) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for m in found {
        list.append(Bound::new(py, make(m, offsets))?)?;
    }
    Ok(list)
}

pub(crate) fn extraction(
    py: Python<'_>,
    text: &str,
    found: &RustExtraction<'_>,
) -> PyResult<Py<Extraction>> {
    let offsets = &mut CharOffsets::new(text);
    Py::new(
        py,
        Extraction {
            numbers: list_with(py, offsets, found.numbers(), Number::new)?.unbind(),
            dates: list_with(py, offsets, found.dates(), Date::new)?.unbind(),
            durations: list_with(py, offsets, found.durations(), PyDuration::new)?.unbind(),
        },
    )
}
