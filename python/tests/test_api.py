"""The package's functions on Italian text: offsets against the Python
string, values, round trips, batches, errors and bad input."""

import datetime
import doctest
import json
import pickle
from decimal import Decimal
from fractions import Fraction

import pytest

import italiano
import italiano.distributed
from conftest import REFERENCE, TEXTS


# -- offsets ---------------------------------------------------------------


def test_token_offsets_slice_the_python_string(text):
    tokens = italiano.tokens(text)
    assert len(tokens) > 5
    encoded = text.encode()
    for t in tokens:
        assert text[t.start : t.end] == t.text
        assert encoded[t.byte_start : t.byte_end].decode() == t.text
    # Tokens are in order and skip only whitespace.
    spans = tokens.spans()
    assert spans == sorted(spans)
    gaps = [text[a[1] : b[0]] for a, b in zip(spans, spans[1:])]
    assert all(g.strip() == "" for g in gaps)
    assert tokens.texts() == [t.text for t in tokens]
    assert tokens.spans("bytes") == [(t.byte_start, t.byte_end) for t in tokens]


def test_sentences_partition_the_tokens(text):
    sentences = italiano.sentences(text)
    tokens = italiano.tokens(text)
    assert [t.text for s in sentences for t in s.tokens] == tokens.texts()
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.tokens[0].start == s.start and s.tokens[-1].end == s.end


def test_matches_slice_the_python_string(text):
    found = italiano.extract(text, REFERENCE)
    matches = found.numbers + found.dates + found.durations
    for m in matches:
        assert text[m.start : m.end] == m.text
        assert text.encode()[m.byte_start : m.byte_end].decode() == m.text


def test_offsets_count_characters_beyond_the_basic_plane():
    text = "😂😂 domani alle 9 🍕 costa 5 €"
    found = italiano.extract(text, REFERENCE)
    assert [text[d.start : d.end] for d in found.dates] == ["domani alle 9"]
    assert found.dates[0].start == 3
    money = found.numbers[0]
    assert text[money.start : money.end] == "5 €"
    assert money.byte_start == len(text[: money.start].encode())


# -- tokens ----------------------------------------------------------------


def test_tokens_follow_italian_conventions():
    tokens = italiano.tokens("Dell'anno scorso il Sig. Rossi pagò 1.234,56 € #tasse :)")
    assert tokens.texts() == [
        "Dell'", "anno", "scorso", "il", "Sig.", "Rossi", "pagò", "1.234,56", "€", "#tasse", ":)",
    ]
    assert tokens.kinds()[:2] == ["elision", "word"]
    assert tokens[0].words == ["Di", "l'"]
    assert tokens[0].is_multiword and not tokens[1].is_multiword
    assert tokens.words()[:3] == ["Di", "l'", "anno"]


def test_tokens_sequence_protocol():
    tokens = italiano.tokens("uno due tre quattro")
    assert len(tokens) == 4
    assert tokens[-1].text == "quattro"
    assert tokens[1:3].texts() == ["due", "tre"]
    assert tokens[5:].texts() == []
    with pytest.raises(IndexError):
        tokens[4]
    assert [t.text for t in tokens] == ["uno", "due", "tre", "quattro"]
    assert tokens[2].to_dict() == {"text": "tre", "start": 8, "end": 11, "kind": "word"}


def test_ud_and_hyphen_options_change_the_tokens():
    text = "Il dibattito politico-economico: un bambino-prodigio."
    assert "bambino-prodigio" in italiano.tokens(text).texts()
    split = italiano.tokens(text, split_hyphens=True).texts()
    assert split[-4:] == ["bambino", "-", "prodigio", "."]
    # A compound adjective stays whole either way.
    assert "politico-economico" in split
    # The default ends a sentence at `:` only before a capital; UD (ISDT)
    # ends it there always.
    assert len(italiano.sentences(text)) == 1
    assert [s.text for s in italiano.sentences(text, ud=True)][0] == "Il dibattito politico-economico:"


def test_words_read_the_context():
    # `dei` after a preposition is a partitive article, not `di` + `i`.
    assert italiano.tokens("con dei soldi").words() == ["con", "dei", "soldi"]
    assert italiano.tokens("il libro dei sogni").words() == ["il", "libro", "di", "i", "sogni"]


# -- normalization -----------------------------------------------------------


def test_normalize_styles_and_repairs():
    text = "«Ha detto “basta“ e se n'è andato»"
    assert italiano.normalize(text) == "“Ha detto ‘basta’ e se n’è andato”"
    assert italiano.normalize(text, "guillemets") == "«Ha detto “basta” e se n’è andato»"
    assert italiano.normalize("E' gia' finito, perchè?", "keep", "all") == "È già finito, perché?"
    assert italiano.normalize("perche'", "keep", ["accents"]) == "perché"
    assert italiano.normalize("Ã¨ vero", repairs="mojibake") == "è vero"


def test_normalize_returns_the_same_object_when_nothing_changes():
    text = "Nessuna virgoletta qui, " + "davvero " * 3
    assert italiano.normalize(text) is text


def test_edits_map_back_to_the_original():
    text = "Disse: \"E' cosi'\", poi usci'."
    out = italiano.normalize_with_edits(text, "guillemets", "all")
    assert out.text == "Disse: «È così», poi uscì."
    rebuilt, last = [], 0
    for e in out.edits:
        rebuilt.append(text[last : e.start])
        rebuilt.append(e.replacement)
        last = e.end
    rebuilt.append(text[last:])
    assert "".join(rebuilt) == out.text
    kinds = [e.kind for e in out.edits]
    assert kinds[0] == "opening_quote" and out.edits[0].level == 0
    assert "accent" in kinds


# -- values ----------------------------------------------------------------


def test_number_values_are_exact():
    found = {n.text: n for n in italiano.numbers("Ne ho 11.000, il 3,5%, i due terzi del totale e 1,5 miliardi di euro.")}
    assert found["11.000"].value == Decimal(11000)
    assert found["3,5%"].value == Decimal("3.5") and found["3,5%"].kind == "percent"
    assert found["due terzi"].value == Fraction(2, 3)
    money = found["1,5 miliardi di euro"]
    assert (money.value, money.currency, money.unit, money.kind) == (Decimal(1500000000), "EUR", "EUR", "money")


def test_dates_resolve_against_the_reference():
    # The reference, 18 June 2024, is a Tuesday.
    dates = italiano.dates("Ci vediamo giovedì; il 19 giugno 2024; dal 3 al 5 marzo.", REFERENCE)
    by_text = {d.text: d for d in dates}
    assert by_text["giovedì"].date == datetime.date(2024, 6, 20)
    assert italiano.dates("Giovedì ha piovuto.", REFERENCE)[0].date == datetime.date(2024, 6, 13)
    assert by_text["19 giugno 2024"].value == "2024-06-19"
    march = by_text["dal 3 al 5 marzo"]
    assert march.kind == "range" and march.date is None
    assert (march.first_day.day, march.last_day.day) == (3, 5)


def test_a_datetime_reference_resolves_times_counted_from_now():
    now = datetime.datetime(2024, 6, 18, 10, 30)
    found = italiano.extract("Tra un'ora chiudiamo, domani alle 17:30 riapriamo.", now)
    values = [d.value for d in found.dates]
    assert values == ["2024-06-18T11:30", "2024-06-19T17:30"]
    assert found.dates[1].datetime == datetime.datetime(2024, 6, 19, 17, 30)
    # The same reference as a string.
    assert [d.value for d in italiano.extract("domani alle 17:30", "2024-06-18T10:30").dates] == ["2024-06-19T17:30"]


def test_durations_become_timedeltas_where_they_can():
    found = {d.text: d for d in italiano.durations("per tre giorni, un'ora e venti, un anno e mezzo")}
    assert found["tre giorni"].timedelta == datetime.timedelta(days=3)
    assert found["un'ora e venti"].value == "PT1H20M"
    assert found["un'ora e venti"].timedelta == datetime.timedelta(minutes=80)
    year = found["un anno e mezzo"]
    assert year.value == "P1Y6M" and year.timedelta is None
    assert year.parts()["months"] == 6


def test_invalid_dates_are_not_dates():
    assert italiano.dates("il 31 febbraio 2024", REFERENCE) == []


def test_to_dict_round_trips_through_json(text):
    found = italiano.extract(text, REFERENCE)
    as_json = json.loads(json.dumps(found.to_dict(), ensure_ascii=False))
    assert as_json == found.to_dict()
    for n, d in zip(found.numbers, as_json["numbers"]):
        value = Fraction(d["value"]) if "/" in d["value"] else Decimal(d["value"])
        assert value == n.value
    for m, d in zip(found.dates, as_json["dates"]):
        assert (d["start"], d["end"], d["value"]) == (m.start, m.end, m.value)
    assert found.to_dict("bytes")["dates"] == [m.to_dict("bytes") for m in found.dates]


def test_records_pickle_across_processes():
    # What Dask and Spark send between processes.
    rows = italiano.distributed.records([TEXTS["news"]], REFERENCE)
    assert pickle.loads(pickle.dumps(rows)) == rows


# -- batches ---------------------------------------------------------------


def test_count_tokens_is_the_crates_count(text):
    assert italiano.count_tokens(text) == len(italiano.tokens(text))


def test_batches_equal_single_calls():
    texts = list(TEXTS.values()) * 20 + ["", "   "]
    single = [italiano.extract(t, REFERENCE).to_dict() for t in texts]
    for threads in (None, 1, 3):
        batch = italiano.extract_batch(texts, REFERENCE, threads=threads)
        assert [b.to_dict() for b in batch] == single
    assert [t.texts() for t in italiano.tokens_batch(texts)] == [italiano.tokens(t).texts() for t in texts]
    assert italiano.normalize_batch(texts, "guillemets", "all") == [
        italiano.normalize(t, "guillemets", "all") for t in texts
    ]


# -- errors and bad input ----------------------------------------------------


def test_lone_surrogates_are_a_value_error_that_says_where():
    bad = "ciao \ud800 mondo"
    for call in (italiano.tokens, italiano.normalize, italiano.numbers, italiano.extract):
        with pytest.raises(ValueError, match=r"lone surrogate U\+D800 at index 5"):
            call(bad)
    with pytest.raises(ValueError, match="U\\+DC00 at index 5"):
        italiano.extract_batch(["ok", "😀 ok \udc00"])


def test_none_and_wrong_types_are_type_errors():
    with pytest.raises(TypeError):
        italiano.tokens(None)
    with pytest.raises(TypeError):
        italiano.normalize(b"bytes")
    with pytest.raises(TypeError, match="reference must be"):
        italiano.extract("domani", reference=20240618)
    with pytest.raises(TypeError):
        italiano.normalize("x", repairs=3)


def test_bad_names_and_dates_are_value_errors():
    with pytest.raises(ValueError, match="curly"):
        italiano.normalize("x", style="curly")
    with pytest.raises(ValueError, match="smart"):
        italiano.normalize("x", repairs="accents,smart")
    with pytest.raises(ValueError):
        italiano.extract("domani", reference="2023-02-29")
    with pytest.raises(ValueError):
        italiano.tokens("x").spans("words")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\"" * 100_000,
        "x" * 2_000_000,
        "9" * 500,
        "l'1l'23l'" * 20_000,
        "Москва 東京 القاهرة Roma 2024",
        "\u0301\u0301 e\u0301 \x00\x1f",
    ],
    ids=["empty", "quotes", "no-spaces", "500-digits", "elisions", "scripts", "controls"],
)
def test_bad_input_never_crashes(text):
    tokens = italiano.tokens(text)
    assert sum(t.end - t.start for t in tokens) <= len(text)
    assert len(italiano.normalize(text, repairs="all")) >= 0
    found = italiano.extract(text, REFERENCE)
    for m in found.numbers + found.dates + found.durations:
        assert text[m.start : m.end] == m.text
    for s in italiano.sentences(text):
        assert text[s.start : s.end] == s.text


# -- documentation -----------------------------------------------------------


@pytest.mark.parametrize("module", ["italiano", "italiano._italiano", "italiano.distributed"])
def test_docstring_examples_run(module):
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


def gil_free_iterations(call):
    """How many times this thread runs while another is inside `call`.

    The switch interval is set so long that the GIL changes hands only when
    a thread lets it go: `time.sleep(0)` here, or the extension releasing
    it. A call that keeps the GIL lets this loop run 0 times while it works
    (`str.upper` on a long text does: 0); one that releases it, many."""
    import sys
    import threading
    import time

    state = {"started": False, "done": False}

    def work():
        state["started"] = True
        call()
        state["done"] = True

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1000)
    try:
        thread = threading.Thread(target=work)
        count = 0
        thread.start()
        while not state["done"]:
            if state["started"]:
                count += 1
            time.sleep(0)
        thread.join()
    finally:
        sys.setswitchinterval(interval)
    return count


def test_the_gil_is_released_while_rust_works():
    text = TEXTS["news"] * 50_000  # about 15 MB
    assert gil_free_iterations(lambda: text.upper()) == 0
    assert gil_free_iterations(lambda: italiano.tokens(text)) > 10
    assert gil_free_iterations(lambda: italiano.extract_batch([text[:2_000_000]] * 3)) > 10
    assert gil_free_iterations(lambda: italiano.normalize(text, repairs="all")) > 10
