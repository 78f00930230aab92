//! `italiano._italiano`: the Rust side of the `italiano` Python package.
//!
//! Every function takes a Python `str`, reads its UTF-8 without copying,
//! releases the GIL while the crate works, and returns small Python
//! objects whose offsets are Python character offsets (byte offsets on
//! request). The `*_batch` functions spread a list of texts over every
//! core. The Python package (`python/italiano/`) re-exports all of it and
//! adds the spaCy integration and the Dask and Spark helpers.
//!
//! - [`text`]: reading `str`, byte to character offsets;
//! - [`values`]: `Decimal`, `Fraction`, `date`, `datetime`, references;
//! - [`token_list`]: `Tokens`, `Token`, `Sentence`, and spaCy's `Doc` parts;
//! - [`matches`]: `Number`, `Date`, `Duration`, `Extraction`;
//! - [`normalizer`]: `Normalized`, `Edit`;
//! - [`batch`]: the thread pool of the batch functions;
//! - [`json`]: JSON records for the corpus recipes.

mod batch;
mod json;
mod matches;
mod normalizer;
mod spanned;
mod text;
mod token_list;
mod values;

use std::borrow::Cow;

use italiano::dates::DateOptions;
use italiano::ExtractOptions;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

use text::utf8;
use token_list::{Options, Tokenized};

/// Writes quote marks and apostrophes in one style, with optional repairs.
///
/// `style` is `"typographic"` (“ ” ‘ ’, the default), `"guillemets"`
/// (« » for the outer level), `"ascii"` or `"keep"`; `repairs` is `None`,
/// `"all"`, or names among `"accents"` (`perche'` → `perché`),
/// `"mojibake"` (`Ã¨` → `è`) and `"nfc"`, as a comma-separated string or a
/// list. Returns the same `str` object when nothing changes.
///
/// >>> import italiano
/// >>> italiano.normalize("«Ha detto “basta“ e se n'è andato»")
/// '“Ha detto ‘basta’ e se n’è andato”'
/// >>> italiano.normalize("E' gia' finito, perchè?", "guillemets", "all")
/// 'È già finito, perché?'
#[pyfunction]
#[pyo3(signature = (text, style = "typographic", repairs = None))]
fn normalize<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    style: &str,
    repairs: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyString>> {
    let normalizer = normalizer::normalizer(style, repairs)?;
    let source = utf8(text)?;
    let out = py.detach(|| normalizer.normalize(source));
    Ok(normalized_str(text, out))
}

/// The normalized text as a `str`: the original object itself when nothing
/// changed.
fn normalized_str<'py>(original: &Bound<'py, PyString>, out: Cow<'_, str>) -> Bound<'py, PyString> {
    match out {
        Cow::Borrowed(_) => original.clone(),
        Cow::Owned(s) => PyString::new(original.py(), &s),
    }
}

/// `normalize`, with the list of edits as spans of the original text.
///
/// >>> import italiano
/// >>> out = italiano.normalize_with_edits('Disse: "basta".')
/// >>> out.text, [(e.start, e.end, e.replacement, e.kind) for e in out.edits]
/// ('Disse: “basta”.', [(7, 8, '“', 'opening_quote'), (13, 14, '”', 'closing_quote')])
#[pyfunction]
#[pyo3(signature = (text, style = "typographic", repairs = None))]
fn normalize_with_edits<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    style: &str,
    repairs: Option<&Bound<'py, PyAny>>,
) -> PyResult<Py<normalizer::Normalized>> {
    let normalizer = normalizer::normalizer(style, repairs)?;
    let source = utf8(text)?;
    let out = py.detach(|| normalizer.normalize_with_edits(source));
    normalizer::normalized(py, text, source, &out)
}

/// The tokens of `text`, as a `Tokens` sequence.
///
/// `ud=True` follows the UD Italian treebanks in everything (for scoring
/// against them), hyphenated words split included; `split_hyphens` says
/// whether to split them whatever `ud` is.
///
/// >>> import italiano
/// >>> tokens = italiano.tokens("Dell'anno scorso, il Sig. Rossi.")
/// >>> tokens.texts()
/// ["Dell'", 'anno', 'scorso', ',', 'il', 'Sig.', 'Rossi', '.']
/// >>> tokens[0].words, tokens[0].kind, tokens[5].start
/// (['Di', "l'"], 'elision', 21)
#[pyfunction]
#[pyo3(signature = (text, *, ud = false, split_hyphens = None))]
fn tokens(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    ud: bool,
    split_hyphens: Option<bool>,
) -> PyResult<Py<token_list::TokenList>> {
    let options = Options { ud, split_hyphens };
    let source = utf8(text)?;
    let done = py.detach(|| Tokenized::tokens(source, options));
    token_list::token_list(py, text, options, done)
}

/// The sentences of `text`, each with its tokens; `ud` and
/// `split_hyphens` as for `tokens`.
///
/// >>> import italiano
/// >>> [(s.text, s.start, len(s.tokens)) for s in italiano.sentences("Piove. Esco lo stesso?")]
/// [('Piove.', 0, 2), ('Esco lo stesso?', 7, 4)]
#[pyfunction]
#[pyo3(signature = (text, *, ud = false, split_hyphens = None))]
fn sentences<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    ud: bool,
    split_hyphens: Option<bool>,
) -> PyResult<Bound<'py, PyList>> {
    let options = Options { ud, split_hyphens };
    let source = utf8(text)?;
    let done = py.detach(|| Tokenized::sentences(source, options));
    token_list::sentence_list(py, text, options, done)
}

/// The numbers of `text`: digits in Italian format, number words,
/// ordinals, percentages, money and quantities, with exact values.
///
/// >>> import italiano
/// >>> [(n.text, n.kind, n.value) for n in italiano.numbers("Sono ventitré, il 3,5% di 1.234 euro.")]
/// [('ventitré', 'cardinal', Decimal('23')), ('3,5%', 'percent', Decimal('3.5')), ('1.234 euro', 'money', Decimal('1234'))]
#[pyfunction]
fn numbers<'py>(py: Python<'py>, text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let source = utf8(text)?;
    let found: Vec<_> = py.detach(|| italiano::numbers(source).collect());
    matches::list(py, source, &found, matches::Number::new)
}

/// The dates and times of `text`, resolved against `reference`: a
/// `datetime.date`, a `datetime.datetime` (its time resolves `tra un'ora`),
/// an ISO string, or `None` for today (UTC).
///
/// >>> import datetime, italiano
/// >>> [(d.text, d.value) for d in italiano.dates("Giovedì e dal 3 al 5 marzo", datetime.date(2024, 6, 18))]
/// [('Giovedì', '2024-06-20'), ('dal 3 al 5 marzo', '2024-03-03/2024-03-05')]
#[pyfunction]
#[pyo3(signature = (text, reference = None))]
fn dates<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    reference: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let (date, time) = values::reference(reference)?;
    let options = match time {
        Some(t) => DateOptions::new().time(t),
        None => DateOptions::new(),
    };
    let source = utf8(text)?;
    let found: Vec<_> = py.detach(|| italiano::dates::dates_with(source, date, &options).collect());
    matches::list(py, source, &found, matches::Date::new)
}

/// The durations of `text` (`per tre giorni` → `P3D`).
///
/// >>> import italiano
/// >>> [(d.text, d.value, d.timedelta) for d in italiano.durations("Resta per tre giorni.")]
/// [('tre giorni', 'P3D', datetime.timedelta(days=3))]
#[pyfunction]
fn durations<'py>(py: Python<'py>, text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let source = utf8(text)?;
    let found: Vec<_> = py.detach(|| italiano::durations::durations(source).collect());
    matches::list(py, source, &found, matches::PyDuration::new)
}

fn extract_options(reference: Option<&Bound<'_, PyAny>>) -> PyResult<ExtractOptions> {
    let (date, time) = values::reference(reference)?;
    let options = ExtractOptions::new(date);
    Ok(match time {
        Some(t) => options.time(t),
        None => options,
    })
}

/// Numbers, dates and durations of `text` together, as the crate's
/// `extract`: a number inside a date or a duration is left to it.
/// `reference` as for `dates`.
///
/// >>> import italiano
/// >>> found = italiano.extract("Domani alle 9, per due ore, 12,5 km.", "2024-06-18")
/// >>> [d.value for d in found.dates], [d.value for d in found.durations], [n.text for n in found.numbers]
/// (['2024-06-19T09:00'], ['PT2H'], ['12,5 km'])
#[pyfunction]
#[pyo3(signature = (text, reference = None))]
fn extract(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    reference: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<matches::Extraction>> {
    let options = extract_options(reference)?;
    let source = utf8(text)?;
    let found = py.detach(|| italiano::extract(source, &options));
    matches::extraction(py, source, &found)
}

/// `normalize` for every text of `texts`, on `threads` threads (default:
/// every core), the GIL released.
///
/// >>> import italiano
/// >>> italiano.normalize_batch(["l'acqua", "nulla"])
/// ['l’acqua', 'nulla']
#[pyfunction]
#[pyo3(signature = (texts, style = "typographic", repairs = None, *, threads = None))]
fn normalize_batch<'py>(
    py: Python<'py>,
    texts: Vec<Bound<'py, PyString>>,
    style: &str,
    repairs: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let normalizer = normalizer::normalizer(style, repairs)?;
    batch::over_texts(
        py,
        &texts,
        threads,
        |s| normalizer.normalize(s),
        |text, _, out| Ok(normalized_str(text, out)),
    )
}

/// `tokens` for every text of `texts`, on `threads` threads (default:
/// every core), the GIL released.
///
/// >>> import italiano
/// >>> [len(t) for t in italiano.tokens_batch(["Uno due.", "Tre!"])]
/// [3, 2]
#[pyfunction]
#[pyo3(signature = (texts, *, ud = false, split_hyphens = None, threads = None))]
fn tokens_batch<'py>(
    py: Python<'py>,
    texts: Vec<Bound<'py, PyString>>,
    ud: bool,
    split_hyphens: Option<bool>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let options = Options { ud, split_hyphens };
    batch::over_texts(
        py,
        &texts,
        threads,
        |s| Tokenized::tokens(s, options),
        |text, _, done| token_list::token_list(py, text, options, done),
    )
}

/// `extract` for every text of `texts`, on `threads` threads (default:
/// every core), the GIL released.
///
/// >>> import italiano
/// >>> [e.dates[0].value for e in italiano.extract_batch(["Ieri.", "Domani."], "2024-06-18")]
/// ['2024-06-17', '2024-06-19']
#[pyfunction]
#[pyo3(signature = (texts, reference = None, *, threads = None))]
fn extract_batch<'py>(
    py: Python<'py>,
    texts: Vec<Bound<'py, PyString>>,
    reference: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let options = extract_options(reference)?;
    batch::over_texts(
        py,
        &texts,
        threads,
        |s| italiano::extract(s, &options),
        |_, source, found| matches::extraction(py, source, &found),
    )
}

/// One JSON record for every text of `texts` (a line of a corpus): its
/// token count and the numbers, dates and durations found in it, offsets in
/// characters, keys sorted; the same text as `json.dumps(record,
/// sort_keys=True, ensure_ascii=False)` of `italiano.distributed.records`,
/// made without the GIL on `threads` threads (default: every core).
///
/// >>> import italiano
/// >>> italiano.json_records(["Ieri."], "2024-06-18")[0][:60]
/// '{"dates": [{"end": 4, "grain": "day", "kind": "relative", "s'
#[pyfunction]
#[pyo3(signature = (texts, reference = None, *, threads = None))]
fn json_records<'py>(
    py: Python<'py>,
    texts: Vec<Bound<'py, PyString>>,
    reference: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let options = extract_options(reference)?;
    batch::over_texts(
        py,
        &texts,
        threads,
        |s| {
            json::record(
                s,
                &italiano::extract(s, &options),
                italiano::tokens(s).count(),
            )
        },
        |_, _, record| Ok(record),
    )
}

/// The parts of a spaCy `Doc` for `text`: `(words, spaces, sent_starts)`.
/// Used by `italiano.spacy.Tokenizer`.
///
/// >>> from italiano._italiano import spacy_parts
/// >>> spacy_parts("Ciao,  mondo.")
/// (['Ciao', ',', ' ', 'mondo', '.'], [False, True, False, False, False], [True, False, False, False, False])
#[pyfunction]
#[pyo3(signature = (text, *, ud = false, split_hyphens = None))]
fn spacy_parts<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    ud: bool,
    split_hyphens: Option<bool>,
) -> PyResult<(Bound<'py, PyList>, Bound<'py, PyList>, Bound<'py, PyList>)> {
    let options = Options { ud, split_hyphens };
    let source = utf8(text)?;
    let (spans, spaces, starts) = py.detach(|| token_list::spacy_parts(source, options));
    let words = PyList::new(py, spans.iter().map(|&(s, e)| &source[s..e]))?;
    Ok((words, PyList::new(py, spaces)?, PyList::new(py, starts)?))
}

/// How many tokens the crate's own `tokens()` finds in `text`, with
/// nothing made for Python: the baseline of the throughput benchmark.
///
/// >>> import italiano
/// >>> italiano.count_tokens("Dell'anno scorso.")
/// 4
#[pyfunction]
fn count_tokens(py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<usize> {
    let source = utf8(text)?;
    Ok(py.detach(|| italiano::tokens(source).count()))
}

#[pymodule]
fn _italiano(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(normalize_with_edits, m)?)?;
    m.add_function(wrap_pyfunction!(tokens, m)?)?;
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(numbers, m)?)?;
    m.add_function(wrap_pyfunction!(dates, m)?)?;
    m.add_function(wrap_pyfunction!(durations, m)?)?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(normalize_batch, m)?)?;
    m.add_function(wrap_pyfunction!(tokens_batch, m)?)?;
    m.add_function(wrap_pyfunction!(extract_batch, m)?)?;
    m.add_function(wrap_pyfunction!(json_records, m)?)?;
    m.add_function(wrap_pyfunction!(spacy_parts, m)?)?;
    m.add_function(wrap_pyfunction!(count_tokens, m)?)?;
    m.add_class::<token_list::TokenList>()?;
    m.add_class::<token_list::Token>()?;
    m.add_class::<token_list::Sentence>()?;
    m.add_class::<matches::Number>()?;
    m.add_class::<matches::Date>()?;
    m.add_class::<matches::PyDuration>()?;
    m.add_class::<matches::Extraction>()?;
    m.add_class::<normalizer::Normalized>()?;
    m.add_class::<normalizer::Edit>()?;
    Ok(())
}
