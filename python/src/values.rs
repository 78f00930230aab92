//! The crate's values as Python's own types.
//!
//! An exact number becomes a `decimal.Decimal` when it has a finite decimal
//! form (`3,5` → `Decimal("3.5")`) and a `fractions.Fraction` otherwise
//! (`due terzi` → `Fraction(2, 3)`): neither loses anything, unlike a
//! float. Days become `datetime.date`, times of day `datetime.datetime`
//! (naive: the crate knows no time zones), where Python's range (years 1 to
//! 9999) holds them; a reference date comes in the other way.

use italiano::dates::{Date, DateTime, Time};
use italiano::numbers::Value;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyString, PyType};

static DECIMAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static FRACTION: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static DATE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static DATETIME: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static TIMEDELTA: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// `Decimal` or `Fraction`, exactly.
pub(crate) fn number<'py>(py: Python<'py>, value: Value) -> PyResult<Bound<'py, PyAny>> {
    if value.is_decimal() {
        DECIMAL
            .import(py, "decimal", "Decimal")?
            .call1((value.to_string(),))
    } else {
        FRACTION
            .import(py, "fractions", "Fraction")?
            .call1((value.numerator(), value.denominator()))
    }
}

/// A `datetime.date`, or `None` outside Python's years.
pub(crate) fn date<'py>(py: Python<'py>, d: Date) -> PyResult<Option<Bound<'py, PyAny>>> {
    if !(1..=9999).contains(&d.year()) {
        return Ok(None);
    }
    DATE.import(py, "datetime", "date")?
        .call1((d.year(), d.month(), d.day()))
        .map(Some)
}

/// A naive `datetime.datetime`, or `None` outside Python's years.
pub(crate) fn datetime<'py>(py: Python<'py>, at: DateTime) -> PyResult<Option<Bound<'py, PyAny>>> {
    let (d, t) = (at.date(), at.time());
    if !(1..=9999).contains(&d.year()) {
        return Ok(None);
    }
    DATETIME
        .import(py, "datetime", "datetime")?
        .call1((
            d.year(),
            d.month(),
            d.day(),
            t.hour(),
            t.minute(),
            t.second(),
        ))
        .map(Some)
}

/// A `datetime.timedelta` of `seconds`.
pub(crate) fn timedelta(py: Python<'_>, seconds: u64) -> PyResult<Bound<'_, PyAny>> {
    TIMEDELTA
        .import(py, "datetime", "timedelta")?
        .call1((0, seconds))
}

/// A reference date, with its time of day when there is one: a
/// `datetime.datetime`, a `datetime.date`, an ISO string (`"2024-06-18"`,
/// `"2024-06-18T10:30"`), or `None` for today (UTC).
pub(crate) fn reference(value: Option<&Bound<'_, PyAny>>) -> PyResult<(Date, Option<Time>)> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok((Date::today(), None));
    };
    let py = value.py();
    if let Ok(text) = value.cast::<PyString>() {
        return parse_reference(text.to_str()?);
    }
    let is = |lock: &PyOnceLock<Py<PyType>>, name| -> PyResult<bool> {
        value.is_instance(lock.import(py, "datetime", name)?)
    };
    // `datetime` is a subclass of `date`: ask it first.
    let with_time = is(&DATETIME, "datetime")?;
    if !with_time && !is(&DATE, "date")? {
        return Err(PyTypeError::new_err(format!(
            "reference must be a datetime.date, a datetime.datetime or an ISO string, not {}",
            value.get_type().name()?
        )));
    }
    let field = |name| -> PyResult<u32> { value.getattr(name)?.extract() };
    let year: i32 = value.getattr("year")?.extract()?;
    let date = Date::new(year, field("month")?, field("day")?).map_err(value_error)?;
    if !with_time {
        return Ok((date, None));
    }
    let time =
        Time::new(field("hour")?, field("minute")?, field("second")?).map_err(value_error)?;
    Ok((date, Some(time)))
}

fn parse_reference(text: &str) -> PyResult<(Date, Option<Time>)> {
    if text.contains('T') {
        let at: DateTime = text.parse().map_err(value_error)?;
        return Ok((at.date(), Some(at.time())));
    }
    Ok((text.parse().map_err(value_error)?, None))
}

/// The crate's error as a `ValueError` with its message.
pub(crate) fn value_error(e: italiano::Error) -> PyErr {
    PyValueError::new_err(e.to_string())
}
