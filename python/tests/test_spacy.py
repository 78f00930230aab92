"""The spaCy integration: exact text, the crate's sentences, the crate's
values on the entities."""

import json
import subprocess
from decimal import Decimal
from fractions import Fraction

import pytest

spacy = pytest.importorskip("spacy")

import italiano  # noqa: E402
from italiano.spacy import Tokenizer  # noqa: E402
from conftest import REFERENCE, TEXTS, TOOLS, UD, example, raw_text, ud_dev_files  # noqa: E402


def blank(ud=False):
    nlp = spacy.blank("it")
    nlp.tokenizer = Tokenizer(nlp.vocab, ud=ud)
    return nlp


def test_doc_text_and_tokens_match_the_crate(text):
    doc = blank()(text)
    assert doc.text == text
    assert [t.text for t in doc if not t.is_space] == italiano.tokens(text).texts()
    assert [s.text.strip() for s in doc.sents] == [s.text for s in italiano.sentences(text)]


@pytest.mark.parametrize("text", ["", "   ", "\n\nCiao.\n\n  Ciao!  ", " a  b\t\tc \n"])
def test_whitespace_is_kept_exactly(text):
    doc = blank()(text)
    assert doc.text == text
    assert all(t.text.strip() or t.is_space for t in doc)


@pytest.mark.skipif(not ud_dev_files(), reason="the UD Italian dev splits are not beside the repository")
@pytest.mark.parametrize("gold", ud_dev_files(), ids=lambda p: p.parent.name)
def test_doc_text_is_the_input_on_the_ud_dev_texts(gold):
    text = raw_text(gold)
    nlp = blank(ud=True)
    nlp.max_length = len(text) + 1
    assert nlp(text).text == text


def conllu(sentences):
    """CoNLL-U of sentences given as lists of `(form, words)`, with a range
    line for each multiword token, as the crate's `tokenize` example
    writes it."""
    out = []
    for i, tokens in enumerate(sentences, 1):
        if not tokens:
            continue
        out.append(f"# sent_id = {i}")
        n = 1
        for form, words in tokens:
            if len(words) > 1:
                out.append(f"{n}-{n + len(words) - 1}\t{form}" + "\t_" * 8)
            for word in words:
                out.append(f"{n}\t{word}" + "\t_" * 8)
                n += 1
        out.append("")
    return "\n".join(out) + "\n"


def score(gold, system, tmp_path, name):
    path = tmp_path / f"{name}.conllu"
    path.write_text(system, encoding="utf-8")
    out = subprocess.run(
        ["python3", str(TOOLS / "tok_eval.py"), "score", "--json", str(gold), str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout)


ISDT = UD / "ISDT" / "it_isdt-ud-dev.conllu"


@pytest.mark.skipif(not ISDT.exists(), reason="UD ISDT dev is not beside the repository")
@pytest.mark.parametrize("ud", [True, False], ids=["ud", "default"])
def test_sentence_f1_on_isdt_equals_the_crates(ud, tmp_path):
    text = raw_text(ISDT)
    # The whole pipeline: italiano's tokenizer and its entity component.
    nlp = blank(ud=ud)
    nlp.add_pipe("italiano_entities", config={"reference": "2024-06-18"})
    doc = nlp(text)
    assert len(doc.ents) > 100
    # Each spaCy token that is not whitespace is an italiano token, in order;
    # their syntactic words come from the package.
    words = iter([t.words for t in italiano.tokens(text, ud=ud)])
    sentences = [[(t.text, next(words)) for t in s if not t.is_space] for s in doc.sents]
    spacy_scores = score(ISDT, conllu(sentences), tmp_path, "spacy")
    # The crate's own output: its `tokenize` example when it is built, else
    # the package's sentences (the same code).
    binary = example("tokenize")
    if binary is not None:
        args = [str(binary), "--format", "conllu"] + (["--ud"] if ud else [])
        crate = subprocess.run(args, input=text, capture_output=True, text=True, check=True).stdout
    else:
        crate = conllu([[(t.text, t.words) for t in s.tokens] for s in italiano.sentences(text, ud=ud)])
    crate_scores = score(ISDT, crate, tmp_path, "crate")
    print(f"ud={ud} spaCy+italiano {spacy_scores} crate {crate_scores}")
    for metric in ("Tokens", "Sentences", "Words"):
        assert spacy_scores[metric]["f1"] == crate_scores[metric]["f1"], metric
    # ISDT's own conventions (a sentence ends at every `:`) need `ud=True`.
    assert spacy_scores["Sentences"]["f1"] > (0.98 if ud else 0.9)


def test_entities_carry_the_values_the_extract_example_prints():
    binary = example("extract")
    if binary is None:
        pytest.skip("cargo is not here to build examples/extract")
    nlp = blank()
    nlp.add_pipe("italiano_entities", config={"reference": REFERENCE.isoformat()})
    checked = 0
    for text in TEXTS.values():
        out = subprocess.run(
            [str(binary), "--reference", REFERENCE.isoformat()],
            input=text,
            capture_output=True,
            text=True,
            check=True,
        )
        printed = json.loads(out.stdout)
        expected = sorted(
            (m["start"], m["end"], m["value"])
            for kind in ("numbers", "dates", "durations")
            for m in printed[kind]
        )
        doc = nlp(text)
        got = sorted(
            (len(text[: s.start_char].encode()), len(text[: s.end_char].encode()), str(s._.value))
            for s in doc.spans["italiano"]
        )
        assert got == expected
        checked += len(got)
    assert checked > 20


def test_entities_and_values_in_a_pipeline():
    nlp = blank()
    nlp.add_pipe("italiano_entities", config={"reference": "2024-06-18T10:30"})
    doc = nlp("Tra un'ora il prezzo sale del 3,5%: 1.234,56 euro, due terzi in più, per tre giorni.")
    ents = {e.text: e for e in doc.ents}
    assert ents["Tra un'ora"].label_ == "TIME" and ents["Tra un'ora"]._.value == "2024-06-18T11:30"
    assert ents["3,5%"].label_ == "PERCENT" and ents["3,5%"]._.value == Decimal("3.5")
    assert ents["1.234,56 euro"].label_ == "MONEY" and ents["1.234,56 euro"]._.italiano["unit"] == "EUR"
    assert ents["due terzi"]._.value == Fraction(2, 3)
    assert ents["tre giorni"].label_ == "DURATION" and ents["tre giorni"]._.value == "P3D"


def test_a_documents_own_reference_wins():
    nlp = blank()
    nlp.add_pipe("italiano_entities", config={"reference": "2024-06-18"})
    doc = nlp.make_doc("Ieri ha piovuto.")
    doc._.italiano_reference = "2020-01-10"
    assert nlp.get_pipe("italiano_entities")(doc).ents[0]._.value == "2020-01-09"
    docs = [nlp.make_doc("Ieri ha piovuto.") for _ in range(3)]
    docs[1]._.italiano_reference = "2020-01-10"
    values = [d.ents[0]._.value for d in nlp.get_pipe("italiano_entities").pipe(docs, batch_size=2)]
    assert values == ["2024-06-17", "2020-01-09", "2024-06-17"]


def test_existing_entities_are_kept():
    nlp = blank()
    doc = nlp.make_doc("Mario Rossi arriva domani.")
    doc.ents = [doc.char_span(0, 11, label="PER")]
    nlp.add_pipe("italiano_entities", config={"reference": "2024-06-18"})
    doc = nlp.get_pipe("italiano_entities")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Mario Rossi", "PER"), ("domani", "DATE")]


def test_registered_by_name_and_saved_with_the_pipeline(tmp_path):
    config = {"nlp": {"tokenizer": {"@tokenizers": "italiano.Tokenizer.v1", "ud": True}}}
    nlp = spacy.blank("it", config=config)
    nlp.add_pipe("italiano_entities", config={"reference": "2024-06-18"})
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert isinstance(loaded.tokenizer, Tokenizer) and loaded.tokenizer.ud
    doc = loaded("Domani alle 17:30.")
    assert [(e.text, e._.value) for e in doc.ents] == [("Domani alle 17:30", "2024-06-19T17:30")]
    # The values survive serialization of the Doc.
    again = spacy.tokens.Doc(loaded.vocab).from_bytes(doc.to_bytes())
    assert [e._.value for e in again.ents] == ["2024-06-19T17:30"]


def test_module_docstring_examples_run():
    import doctest

    import italiano.spacy

    result = doctest.testmod(italiano.spacy)
    assert result.attempted > 0 and result.failed == 0
