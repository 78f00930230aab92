//! Tokens and sentences for Python.
//!
//! Tokenizing makes no Python object per token: [`TokenList`] keeps the
//! spans in one Rust vector beside the `str` they came from, and a
//! [`Token`] is made only when Python asks for one (indexing, iterating),
//! as spaCy's `Doc` makes its `Token`s. So `italiano.tokens(text)` costs
//! about what the crate's own `tokens()` costs, and a caller who wants only
//! the texts or the spans gets them in one call each.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use italiano::tokenize::{Token as RustToken, TokenKind, Tokenizer};
use pyo3::exceptions::{PyIndexError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PySlice, PyString};

use crate::spanned::{spanned_methods, Spanned};
use crate::text::{utf8, CharOffsets};

/// The tokenizer options a Python call can set; `split_hyphens` left
/// unset keeps the base tokenizer's choice (`ud` splits them, as UD does).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Options {
    pub(crate) ud: bool,
    pub(crate) split_hyphens: Option<bool>,
}

impl Options {
    pub(crate) fn tokenizer(self) -> Tokenizer {
        let base = if self.ud {
            Tokenizer::ud()
        } else {
            Tokenizer::new()
        };
        match self.split_hyphens {
            Some(on) => base.split_hyphens(on),
            None => base,
        }
    }
}

/// One token: its byte span and kind. Character offsets are worked out
/// for the whole list the first time one is asked for: a caller who wants
/// only texts or byte spans does not pay for them.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Record {
    pub(crate) bytes: (usize, usize),
    pub(crate) kind: TokenKind,
}

impl Record {
    #[inline]
    fn new(token: &RustToken<'_>) -> Record {
        let range = token.range();
        Record {
            bytes: (range.start, range.end),
            kind: token.kind(),
        }
    }
}

/// The tokens of one text, found in Rust with the GIL released.
#[derive(Debug)]
pub(crate) struct Tokenized {
    pub(crate) records: Vec<Record>,
    /// Token index ranges of the sentences, when they were asked for.
    pub(crate) sentences: Vec<Range<usize>>,
}

impl Tokenized {
    pub(crate) fn tokens(text: &str, options: Options) -> Tokenized {
        // About one token in six bytes of Italian prose: one allocation for
        // most texts.
        let mut records = Vec::with_capacity(text.len() / 6 + 1);
        records.extend(options.tokenizer().tokens(text).map(|t| Record::new(&t)));
        Tokenized {
            records,
            sentences: Vec::new(),
        }
    }

    pub(crate) fn sentences(text: &str, options: Options) -> Tokenized {
        let mut records = Vec::with_capacity(text.len() / 6 + 1);
        let mut sentences = Vec::new();
        for sentence in options.tokenizer().sentences(text) {
            let first = records.len();
            records.extend(sentence.tokens().map(|t| Record::new(&t)));
            sentences.push(first..records.len());
        }
        Tokenized { records, sentences }
    }
}

/// What the tokens of one text share: the `str`, the spans, and the
/// syntactic words once asked for.
#[derive(Debug)]
pub(crate) struct Shared {
    text: Py<PyString>,
    options: Options,
    records: Vec<Record>,
    /// Each token's span in characters, once asked for.
    chars: OnceLock<Vec<(usize, usize)>>,
    /// For each token, its syntactic words when it is a multiword token
    /// (`della` → `di`, `la`); computed for the whole text on first use.
    words: OnceLock<Vec<Option<Box<[String]>>>>,
}

impl Shared {
    pub(crate) fn new(text: Py<PyString>, options: Options, records: Vec<Record>) -> Arc<Shared> {
        Arc::new(Shared {
            text,
            options,
            records,
            chars: OnceLock::new(),
            words: OnceLock::new(),
        })
    }

    fn slice<'py>(&self, py: Python<'py>, bytes: (usize, usize)) -> PyResult<Bound<'py, PyString>> {
        let text = self.text.bind(py);
        Ok(PyString::new(py, &utf8(text)?[bytes.0..bytes.1]))
    }

    fn chars(&self, py: Python<'_>) -> PyResult<&[(usize, usize)]> {
        if let Some(chars) = self.chars.get() {
            return Ok(chars);
        }
        let text = utf8(self.text.bind(py))?;
        let mut offsets = CharOffsets::new(text);
        let computed = self
            .records
            .iter()
            .map(|r| (offsets.at(r.bytes.0), offsets.at(r.bytes.1)))
            .collect();
        Ok(self.chars.get_or_init(|| computed))
    }

    fn words(&self, py: Python<'_>) -> PyResult<&[Option<Box<[String]>>]> {
        if let Some(words) = self.words.get() {
            return Ok(words);
        }
        let text = utf8(self.text.bind(py))?;
        // The same tokenizer on the same text gives the same tokens; read
        // with the text around them, as `words_in` needs.
        let computed: Vec<_> = self
            .options
            .tokenizer()
            .tokens(text)
            .map(|t| {
                let words: Vec<&str> = t.words_in(text).collect();
                (words != [t.text()]).then(|| words.into_iter().map(str::to_owned).collect())
            })
            .collect();
        Ok(self.words.get_or_init(|| computed))
    }
}

/// The tokens of a text: a sequence of [`Token`], made on demand.
///
/// `len(tokens)`, `tokens[i]`, `tokens[i:j]` and iteration work as on a
/// list. `texts()` and `spans()` give every token's text or span at once.
///
/// >>> import italiano
/// >>> tokens = italiano.tokens("Un po' di sole.")
/// >>> len(tokens), tokens[1].text, tokens[-2:].texts(), tokens.spans()[:2]
/// (5, "po'", ['sole', '.'], [(0, 2), (3, 6)])
#[pyclass(frozen, module = "italiano", name = "Tokens", sequence)]
pub(crate) struct TokenList {
    shared: Arc<Shared>,
    range: Range<usize>,
}

impl TokenList {
    pub(crate) fn new(shared: Arc<Shared>, range: Range<usize>) -> TokenList {
        TokenList { shared, range }
    }

    fn records(&self) -> &[Record] {
        &self.shared.records[self.range.clone()]
    }
}

#[pymethods]
impl TokenList {
    fn __len__(&self) -> usize {
        self.range.len()
    }

    fn __getitem__<'py>(
        &self,
        py: Python<'py>,
        index: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let len = self.range.len();
        if let Ok(slice) = index.cast::<PySlice>() {
            let s = slice.indices(len as isize)?;
            if s.step != 1 {
                return Err(PyTypeError::new_err("token slices take no step"));
            }
            let (start, stop) = (s.start as usize, (s.stop.max(s.start)) as usize);
            let range = self.range.start + start..self.range.start + stop;
            return Ok(Bound::new(py, TokenList::new(self.shared.clone(), range))?.into_any());
        }
        let i: isize = index.extract()?;
        let i = if i < 0 { i + len as isize } else { i };
        if i < 0 || i as usize >= len {
            return Err(PyIndexError::new_err("token index out of range"));
        }
        let token = Token {
            shared: self.shared.clone(),
            index: self.range.start + i as usize,
        };
        Ok(Bound::new(py, token)?.into_any())
    }

    fn __iter__(slf: PyRef<'_, Self>) -> TokenIter {
        TokenIter {
            shared: slf.shared.clone(),
            next: slf.range.start,
            end: slf.range.end,
        }
    }

    fn __repr__(&self) -> String {
        format!("<italiano.Tokens of {} tokens>", self.range.len())
    }

    /// Every token's text, as a list of `str`.
    fn texts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let text = utf8(self.shared.text.bind(py))?;
        let texts = self.records().iter().map(|r| &text[r.bytes.0..r.bytes.1]);
        PyList::new(py, texts)
    }

    /// Every token's `(start, end)`: character offsets, or with
    /// `offsets="bytes"` UTF-8 byte offsets.
    #[pyo3(signature = (offsets = "chars"))]
    fn spans<'py>(&self, py: Python<'py>, offsets: &str) -> PyResult<Bound<'py, PyList>> {
        if offset_unit(offsets)? {
            PyList::new(py, self.records().iter().map(|r| r.bytes))
        } else {
            PyList::new(py, &self.shared.chars(py)?[self.range.clone()])
        }
    }

    /// Every token's kind (`"word"`, `"elision"`, `"number"`, ...).
    fn kinds<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.records().iter().map(|r| r.kind.as_str()))
    }

    /// The syntactic words of every token, flattened: `della` gives `di`,
    /// `la` (Universal Dependencies multiword tokens).
    fn words<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let text = utf8(self.shared.text.bind(py))?;
        let words = self.shared.words(py)?;
        let list = PyList::empty(py);
        for i in self.range.clone() {
            match &words[i] {
                Some(parts) => {
                    for part in parts.iter() {
                        list.append(part)?;
                    }
                }
                None => {
                    let (s, e) = self.shared.records[i].bytes;
                    list.append(&text[s..e])?;
                }
            }
        }
        Ok(list)
    }
}

pub(crate) fn offset_unit(offsets: &str) -> PyResult<bool> {
    match offsets {
        "chars" => Ok(false),
        "bytes" => Ok(true),
        other => Err(pyo3::exceptions::PyValueError::new_err(format!(
            "offsets must be \"chars\" or \"bytes\", not {other:?}"
        ))),
    }
}

/// Iterator over a [`TokenList`].
#[pyclass(module = "italiano")]
pub(crate) struct TokenIter {
    shared: Arc<Shared>,
    next: usize,
    end: usize,
}

#[pymethods]
impl TokenIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self) -> Option<Token> {
        if self.next >= self.end {
            return None;
        }
        let token = Token {
            shared: self.shared.clone(),
            index: self.next,
        };
        self.next += 1;
        Some(token)
    }
}

/// One token: its text, its span in characters (`start`, `end`) and in
/// UTF-8 bytes (`byte_start`, `byte_end`), its kind and its words.
///
/// >>> import italiano
/// >>> t = italiano.tokens("È della città")[1]
/// >>> t.text, t.start, t.byte_start, t.kind, t.words
/// ('della', 2, 3, 'word', ['di', 'la'])
#[pyclass(frozen, module = "italiano")]
pub(crate) struct Token {
    shared: Arc<Shared>,
    index: usize,
}

impl Token {
    fn record(&self) -> &Record {
        &self.shared.records[self.index]
    }
}

impl Spanned for Token {
    fn span_bytes(&self) -> (usize, usize) {
        self.record().bytes
    }

    fn span_chars(&self, py: Python<'_>) -> PyResult<(usize, usize)> {
        Ok(self.shared.chars(py)?[self.index])
    }

    fn span_text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        self.shared.slice(py, self.record().bytes)
    }
}

spanned_methods!(Token {
    /// `"word"`, `"elision"`, `"number"`, `"punctuation"`, `"quote"`, ...
    #[getter]
    fn kind(&self) -> &'static str {
        self.record().kind.as_str()
    }

    /// The syntactic words: `["di", "la"]` for `della`, `[text]` for a
    /// token that is one word.
    #[getter]
    fn words<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        match &self.shared.words(py)?[self.index] {
            Some(parts) => PyList::new(py, parts.iter()),
            None => PyList::new(py, [self.span_text(py)?]),
        }
    }

    /// Whether the token stands for several syntactic words (`della`).
    #[getter]
    fn is_multiword(&self, py: Python<'_>) -> PyResult<bool> {
        Ok(self.shared.words(py)?[self.index].is_some())
    }

    /// `{"text", "start", "end", "kind"}`; offsets in characters, or with
    /// `offsets="bytes"` in UTF-8 bytes.
    #[pyo3(signature = (offsets = "chars"))]
    fn to_dict<'py>(&self, py: Python<'py>, offsets: &str) -> PyResult<Bound<'py, PyDict>> {
        let dict = self.span_dict(py, offsets)?;
        dict.set_item("kind", self.record().kind.as_str())?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let (start, end) = self.span_chars(py)?;
        Ok(format!(
            "Token({:?}, {start}..{end}, {})",
            self.span_text(py)?.to_str()?,
            self.record().kind.as_str()
        ))
    }
});

/// One sentence: its text, span, and tokens.
///
/// >>> import italiano
/// >>> s = italiano.sentences("Sì. No, grazie.")[1]
/// >>> s.text, s.start, s.end, s.tokens.texts()
/// ('No, grazie.', 4, 15, ['No', ',', 'grazie', '.'])
#[pyclass(frozen, module = "italiano")]
pub(crate) struct Sentence {
    shared: Arc<Shared>,
    tokens: Range<usize>,
}

impl Sentence {
    pub(crate) fn new(shared: Arc<Shared>, tokens: Range<usize>) -> Sentence {
        Sentence { shared, tokens }
    }

    fn bytes(&self) -> (usize, usize) {
        let records = &self.shared.records;
        (
            records[self.tokens.start].bytes.0,
            records[self.tokens.end - 1].bytes.1,
        )
    }

    fn chars(&self, py: Python<'_>) -> PyResult<(usize, usize)> {
        let chars = self.shared.chars(py)?;
        Ok((chars[self.tokens.start].0, chars[self.tokens.end - 1].1))
    }
}

impl Spanned for Sentence {
    fn span_bytes(&self) -> (usize, usize) {
        self.bytes()
    }

    fn span_chars(&self, py: Python<'_>) -> PyResult<(usize, usize)> {
        self.chars(py)
    }

    fn span_text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        self.shared.slice(py, self.bytes())
    }
}

spanned_methods!(Sentence {
    /// The sentence's tokens, with spans into the whole text.
    #[getter]
    fn tokens(&self) -> TokenList {
        TokenList::new(self.shared.clone(), self.tokens.clone())
    }

    /// `{"text", "start", "end"}`; offsets in characters, or with
    /// `offsets="bytes"` in UTF-8 bytes.
    #[pyo3(signature = (offsets = "chars"))]
    fn to_dict<'py>(&self, py: Python<'py>, offsets: &str) -> PyResult<Bound<'py, PyDict>> {
        self.span_dict(py, offsets)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let (s, e) = self.chars(py)?;
        Ok(format!(
            "Sentence({:?}, {s}..{e})",
            self.span_text(py)?.to_str()?
        ))
    }
});

/// Python objects for a tokenized text.
pub(crate) fn token_list(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    options: Options,
    done: Tokenized,
) -> PyResult<Py<TokenList>> {
    let len = done.records.len();
    let shared = Shared::new(text.clone().unbind(), options, done.records);
    Py::new(py, TokenList::new(shared, 0..len))
}

/// Python objects for a text split into sentences.
pub(crate) fn sentence_list<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    options: Options,
    done: Tokenized,
) -> PyResult<Bound<'py, PyList>> {
    let shared = Shared::new(text.clone().unbind(), options, done.records);
    let list = PyList::empty(py);
    for range in done.sentences.into_iter().filter(|r| !r.is_empty()) {
        list.append(Bound::new(py, Sentence::new(shared.clone(), range))?)?;
    }
    Ok(list)
}

/// A text as spaCy's `Doc` takes it: the token texts, whether one space
/// follows each, and where sentences start. Whitespace other than one space
/// after a token becomes a token of its own, as spaCy's tokenizer makes
/// it, so the `Doc`'s text is the input exactly. Returns byte spans.
pub(crate) fn spacy_parts(
    text: &str,
    options: Options,
) -> (Vec<(usize, usize)>, Vec<bool>, Vec<bool>) {
    let mut spans = Vec::new();
    let mut spaces = Vec::new();
    let mut starts = Vec::new();
    let mut pos = 0;
    let mut any_token = false;
    let gap = |spans: &mut Vec<(usize, usize)>,
               spaces: &mut Vec<bool>,
               starts: &mut Vec<bool>,
               from: usize,
               to: usize,
               after_token: bool| {
        let mut from = from;
        if after_token && text.as_bytes().get(from) == Some(&b' ') && from < to {
            if let Some(last) = spaces.last_mut() {
                *last = true;
            }
            from += 1;
        }
        if from < to {
            spans.push((from, to));
            spaces.push(false);
            starts.push(false);
        }
    };
    for sentence in options.tokenizer().sentences(text) {
        for (i, token) in sentence.tokens().enumerate() {
            let range = token.range();
            gap(
                &mut spans,
                &mut spaces,
                &mut starts,
                pos,
                range.start,
                any_token,
            );
            spans.push((range.start, range.end));
            spaces.push(false);
            // The first token of the text starts a sentence anyway (after
            // leading whitespace, which belongs to it).
            starts.push(i == 0 && any_token);
            any_token = true;
            pos = range.end;
        }
    }
    gap(
        &mut spans,
        &mut spaces,
        &mut starts,
        pos,
        text.len(),
        any_token,
    );
    if let Some(first) = starts.first_mut() {
        *first = true;
    }
    (spans, spaces, starts)
}
