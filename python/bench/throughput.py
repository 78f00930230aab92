"""Tokenization throughput in one Python process, against spaCy's blank
Italian tokenizer and the crate's own ``tokens()``.

    python3 python/bench/throughput.py [CORPUS.txt] [--repeat 7]

Prints MiB/s (best of --repeat runs) for:

- ``spacy``: ``spacy.blank("it").tokenizer(text)``, spaCy's rule-based
  Italian tokenizer making a ``Doc``;
- ``italiano.tokens``: the package, on a ``str`` it has not seen (so the
  UTF-8 encoding CPython caches on first use is paid every run);
- ``italiano.tokens, texts()``: the same, then every token's text as a list;
- ``italiano.tokens, Token objects``: the same, then ``list(tokens)``;
- ``italiano.spacy.Tokenizer``: a spaCy ``Doc`` with italiano's tokens and
  sentence starts;
- ``crate tokens()``: the crate's ``tokens().count()`` called through
  ``italiano.count_tokens`` on a ``str`` already encoded: no Python object
  per token, the baseline for "within 2x of the crate".
"""

import argparse
import time
from pathlib import Path

import italiano

DEFAULT = Path(__file__).resolve().parents[3] / "shared" / "data" / "corpus" / "it-ud-train.txt"


def fresh(text: str) -> str:
    """An equal ``str`` object without CPython's cached UTF-8."""
    return (text + " ")[:-1]


def best(run, text: str, repeat: int, copy: bool) -> float:
    times = []
    for _ in range(repeat):
        t = fresh(text) if copy else text
        start = time.perf_counter()
        run(t)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    text = Path(args.corpus).read_text(encoding="utf-8")
    mib = len(text.encode()) / 2**20

    import spacy

    from italiano.spacy import Tokenizer

    nlp = spacy.blank("it")
    nlp_italiano = spacy.blank("it")
    nlp_italiano.tokenizer = Tokenizer(nlp_italiano.vocab)
    italiano.count_tokens(text)  # caches the UTF-8 of `text` for the crate's run
    runs = [
        ("spacy", lambda t: nlp.tokenizer(t), True),
        ("italiano.tokens", lambda t: italiano.tokens(t), True),
        ("italiano.tokens, texts()", lambda t: italiano.tokens(t).texts(), True),
        ("italiano.tokens, Token objects", lambda t: list(italiano.tokens(t)), True),
        ("italiano.spacy.Tokenizer", lambda t: nlp_italiano.tokenizer(t), True),
        ("crate tokens()", lambda t: italiano.count_tokens(t), False),
    ]
    speed = {}
    for name, run, copy in runs:
        repeat = 3 if name == "spacy" else args.repeat
        speed[name] = mib / best(run, text, repeat, copy)
        print(f"{name:34} {speed[name]:9.1f} MiB/s")
    print(f"{Path(args.corpus).name}: {mib:.2f} MiB, {italiano.count_tokens(text)} tokens")
    print(f"italiano.tokens / spacy      = {speed['italiano.tokens'] / speed['spacy']:.1f}x (target >= 20)")
    print(f"crate / italiano.tokens      = {speed['crate tokens()'] / speed['italiano.tokens']:.2f}x (target <= 2)")


if __name__ == "__main__":
    main()
