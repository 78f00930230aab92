"""spaCy integration: italiano's tokens and sentences, and its numbers,
dates and durations as entities.

spaCy's Italian tokenizer splits tokens well but has no sentence splitter
without a trained model, and nothing reads Italian numbers or dates. This
module plugs italiano in:

- :class:`Tokenizer` builds the ``Doc`` from italiano's tokens, with the
  text and whitespace exactly as given (whitespace other than one space
  after a token becomes a space token, as spaCy's own tokenizer makes it),
  and sets sentence starts from italiano's sentences, so ``doc.sents``
  works in a blank pipeline.
- The ``"italiano_entities"`` component puts the numbers, dates and
  durations that :func:`italiano.extract` finds in ``doc.spans["italiano"]``
  (all of them) and in ``doc.ents`` (those that overlap no entity already
  there), labelled ``CARDINAL``, ``ORDINAL``, ``PERCENT``, ``MONEY``,
  ``QUANTITY``, ``DATE``, ``TIME`` or ``DURATION``. ``span._.value`` is the
  value (``Decimal`` or ``Fraction`` for numbers, the TIMEX3 string for
  dates, the ISO 8601 string for durations) and ``span._.italiano`` the
  whole record, as ``Number.to_dict()`` and the others give it.

Both are registered with spaCy through entry points, so neither needs an
import of this module:

>>> import spacy
>>> nlp = spacy.blank("it", config={"nlp": {"tokenizer": {"@tokenizers": "italiano.Tokenizer.v1"}}})
>>> _ = nlp.add_pipe("italiano_entities", config={"reference": "2024-06-18"})
>>> doc = nlp("Ci vediamo domani alle 9. Costa 12,50 euro.")
>>> [s.text for s in doc.sents]
['Ci vediamo domani alle 9.', 'Costa 12,50 euro.']
>>> [(e.text, e.label_, str(e._.value)) for e in doc.ents]
[('domani alle 9', 'TIME', '2024-06-19T09:00'), ('12,50 euro', 'MONEY', '12.5')]

A document's own reference date (a news article's publication date) goes in
``doc._.italiano_reference`` before the component runs.
"""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry
from spacy.vocab import Vocab

from italiano import _italiano

__all__ = ["Tokenizer", "EntityComponent", "create_tokenizer", "make_entities"]

Reference = Union[None, str, datetime.date, datetime.datetime]

#: The first item of the ``doc.user_data`` keys under which the component
#: keeps its records: ``("italiano", start_char, end_char, label)``. Keys at
#: the top level of ``user_data``, as spaCy's own extensions keep theirs,
#: survive ``Doc.to_bytes`` and ``DocBin``.
USER_DATA_KEY = "italiano"

_NUMBER_LABELS = {
    "ordinal": "ORDINAL",
    "percent": "PERCENT",
    "money": "MONEY",
    "quantity": "QUANTITY",
}


class Tokenizer:
    """A spaCy tokenizer on italiano's tokens and sentences.

    ``ud=True`` follows the UD Italian treebanks in everything, hyphenated
    words split included; ``split_hyphens`` says whether to split them
    whatever ``ud`` is.

    >>> import spacy
    >>> nlp = spacy.blank("it")
    >>> nlp.tokenizer = Tokenizer(nlp.vocab)
    >>> doc = nlp("Dell'anno scorso.  Poi, niente.")
    >>> [t.text for t in doc]
    ["Dell'", 'anno', 'scorso', '.', ' ', 'Poi', ',', 'niente', '.']
    >>> doc.text == "Dell'anno scorso.  Poi, niente."
    True
    >>> len(list(doc.sents))
    2
    """

    def __init__(self, vocab: Vocab, *, ud: bool = False, split_hyphens: Optional[bool] = None) -> None:
        self.vocab = vocab
        self.ud = ud
        self.split_hyphens = split_hyphens

    def __call__(self, text: str) -> Doc:
        words, spaces, starts = _italiano.spacy_parts(
            text, ud=self.ud, split_hyphens=self.split_hyphens
        )
        return Doc(self.vocab, words=words, spaces=spaces, sent_starts=starts)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """Tokenizes a stream of texts."""
        for text in texts:
            yield self(text)

    # Serialization, so that `nlp.to_disk` and `spacy.load` keep the options.
    def _options(self) -> dict:
        return {"ud": self.ud, "split_hyphens": self.split_hyphens}

    def _set_options(self, options: dict) -> None:
        self.ud = bool(options.get("ud", False))
        self.split_hyphens = options.get("split_hyphens")

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The options, as JSON bytes."""
        return json.dumps(self._options()).encode()

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "Tokenizer":
        """Reads the options written by :meth:`to_bytes`."""
        self._set_options(json.loads(data))
        return self

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        """Writes the options to ``path``."""
        Path(path).write_bytes(self.to_bytes())

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> "Tokenizer":
        """Reads the options written by :meth:`to_disk`."""
        return self.from_bytes(Path(path).read_bytes())


@registry.tokenizers("italiano.Tokenizer.v1")
def create_tokenizer(ud: bool = False, split_hyphens: Optional[bool] = None) -> Callable[[Language], Tokenizer]:
    """The registered tokenizer factory, for a pipeline's config:
    ``[nlp.tokenizer] @tokenizers = "italiano.Tokenizer.v1"``."""

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab, ud=ud, split_hyphens=split_hyphens)

    return make


def _record(span: Span) -> Optional[dict]:
    return span.doc.user_data.get((USER_DATA_KEY, span.start_char, span.end_char, span.label_))


def _value(span: Span) -> Any:
    record = _record(span)
    if record is None:
        return None
    if record["type"] == "number":
        value = record["value"]
        return Fraction(value) if "/" in value else Decimal(value)
    return record["value"]


def _register_extensions() -> None:
    if not Span.has_extension("italiano"):
        Span.set_extension("italiano", getter=_record)
    if not Span.has_extension("value"):
        Span.set_extension("value", getter=_value)
    if not Doc.has_extension("italiano_reference"):
        Doc.set_extension("italiano_reference", default=None)


class EntityComponent:
    """The ``"italiano_entities"`` pipeline component (see the module docs).

    ``reference`` is the date (``"2024-06-18"``) or date and time
    (``"2024-06-18T10:30"``) relative expressions are resolved against, or
    ``None`` for the day the text is read; ``spans_key`` names the span
    group; ``set_ents=False`` leaves ``doc.ents`` alone.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "italiano_entities",
        *,
        reference: Reference = None,
        spans_key: str = "italiano",
        set_ents: bool = True,
    ) -> None:
        _register_extensions()
        self.name = name
        self.reference = reference
        self.spans_key = spans_key
        self.set_ents = set_ents

    def __call__(self, doc: Doc) -> Doc:
        reference = doc._.italiano_reference or self.reference
        return self._annotate(doc, _italiano.extract(doc.text, reference))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """Annotates a stream of docs, extracting a batch at a time on every
        core."""
        batch: list = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        yield from self._batch(batch)

    def _batch(self, docs: list) -> Iterator[Doc]:
        own = [d for d in docs if d._.italiano_reference is None]
        found = dict(zip(map(id, own), _italiano.extract_batch([d.text for d in own], self.reference)))
        for doc in docs:
            extraction = found.get(id(doc))
            if extraction is None:
                extraction = _italiano.extract(doc.text, doc._.italiano_reference)
            yield self._annotate(doc, extraction)

    def _annotate(self, doc: Doc, found: "_italiano.Extraction") -> Doc:
        spans = []
        for kind, matches in (
            ("number", found.numbers),
            ("date", found.dates),
            ("duration", found.durations),
        ):
            for m in matches:
                label = _label(kind, m)
                span = doc.char_span(m.start, m.end, label=label, alignment_mode="expand")
                if span is None:
                    continue
                record = m.to_dict()
                record["type"] = kind
                doc.user_data[(USER_DATA_KEY, span.start_char, span.end_char, label)] = record
                spans.append(span)
        spans.sort(key=lambda s: (s.start, s.end))
        doc.spans[self.spans_key] = spans
        if self.set_ents:
            taken = set()
            for ent in doc.ents:
                taken.update(range(ent.start, ent.end))
            new = [s for s in filter_spans(spans) if taken.isdisjoint(range(s.start, s.end))]
            doc.ents = sorted(list(doc.ents) + new, key=lambda s: s.start)
        return doc


def _label(kind: str, m: Any) -> str:
    if kind == "number":
        return _NUMBER_LABELS.get(m.kind, "CARDINAL")
    if kind == "date":
        return "TIME" if m.grain in ("hour", "minute", "second") else "DATE"
    return "DURATION"


@Language.factory(
    "italiano_entities",
    default_config={"reference": None, "spans_key": "italiano", "set_ents": True},
)
def make_entities(
    nlp: Language,
    name: str,
    reference: Optional[str],
    spans_key: str,
    set_ents: bool,
) -> EntityComponent:
    """The registered factory of the ``"italiano_entities"`` component."""
    return EntityComponent(
        nlp, name, reference=reference, spans_key=spans_key, set_ents=set_ents
    )
