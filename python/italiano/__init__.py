"""Italian text processing at Rust speed.

``italiano`` normalizes quotes and apostrophes (with optional repairs of
accents typed as apostrophes, mojibake and NFC), splits Italian text into
tokens and sentences on Universal Dependencies conventions, and extracts
numbers, dates and durations with exact values, resolved against a
reference date.

Every function takes a ``str`` and returns small objects whose ``start`` and
``end`` are offsets into that ``str`` as Python counts them (``byte_start``
and ``byte_end`` give UTF-8 byte offsets). The work runs in Rust with the
GIL released; the ``*_batch`` functions spread a list of texts over every
core.

>>> import datetime, italiano
>>> italiano.normalize("E' l'ora \\"giusta\\"", repairs="all")
'È l’ora “giusta”'
>>> [t.text for t in italiano.tokens("Dell'anno scorso.")]
["Dell'", 'anno', 'scorso', '.']
>>> found = italiano.extract("Domani alle 9, per tre giorni, 1.234,5 euro.",
...                          reference=datetime.date(2024, 6, 18))
>>> found.dates[0].value, found.durations[0].value, found.numbers[0].value
('2024-06-19T09:00', 'P3D', Decimal('1234.5'))

The spaCy integration is in :mod:`italiano.spacy`; helpers for Dask and
Spark, which run the same functions over partitions of a corpus, are in
:mod:`italiano.distributed`.
"""

from italiano._italiano import (
    Date,
    Duration,
    Edit,
    Extraction,
    Normalized,
    Number,
    Sentence,
    Token,
    Tokens,
    __version__,
    count_tokens,
    dates,
    durations,
    extract,
    extract_batch,
    json_records,
    normalize,
    normalize_batch,
    normalize_with_edits,
    numbers,
    sentences,
    tokens,
    tokens_batch,
)

__all__ = [
    "Date",
    "Duration",
    "Edit",
    "Extraction",
    "Normalized",
    "Number",
    "Sentence",
    "Token",
    "Tokens",
    "__version__",
    "count_tokens",
    "dates",
    "durations",
    "extract",
    "extract_batch",
    "json_records",
    "normalize",
    "normalize_batch",
    "normalize_with_edits",
    "numbers",
    "sentences",
    "tokens",
    "tokens_batch",
]
