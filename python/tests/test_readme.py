"""The README's Python section runs as written, and shows what it prints:
a line `expression  # value` (or an expression with the value on the next
line as a comment) is checked as `expression == value` where the comment
is a Python value."""

import datetime
import re
from decimal import Decimal
from fractions import Fraction

import pytest

from conftest import REPO


def python_blocks():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def is_expression(code):
    try:
        compile(code, "<readme>", "eval")
        return True
    except SyntaxError:
        return False


def with_checks(block):
    """The block with each shown value turned into an assertion."""
    out, pending = [], None
    for line in block.splitlines():
        code, _, comment = line.partition("  # ")
        if line.startswith("# ") and pending is not None:
            code, comment = pending, line[2:]
            out.pop()
        pending = None
        if comment and is_expression(code.strip()) and is_expression(comment.strip()):
            out.append(f"assert ({code.strip()}) == ({comment.strip()}), {code.strip()!r}")
            continue
        out.append(line)
        if is_expression(line.strip()) and line.strip():
            pending = line.strip()
    return "\n".join(out)


def test_the_python_section_has_snippets_with_values():
    blocks = python_blocks()
    assert len(blocks) >= 2
    assert sum(with_checks(b).count("assert") for b in blocks) >= 8


@pytest.mark.parametrize("index", range(len(python_blocks())))
def test_readme_snippet_runs_and_shows_the_truth(index):
    block = python_blocks()[index]
    if "spacy" in block:
        pytest.importorskip("spacy")
    namespace = {"Decimal": Decimal, "Fraction": Fraction, "datetime": datetime}
    exec(compile(with_checks(block), f"README.md python block {index}", "exec"), namespace)
