#!/usr/bin/env python3
"""Seeds fuzz/corpus/<target>/ from the project's own test sentences.

The string literals of tests/*.rs and the lines of examples/sample.txt, each
written once per target with the option bytes that target reads first (see
tests/fuzz_checks/mod.rs). Run from anywhere; the corpus is not committed.
"""
import hashlib
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
texts = set()
literal = re.compile(r'"((?:[^"\\\n]|\\.){2,400})"')
for path in sorted((root / "tests").glob("*.rs")):
    for m in literal.finditer(path.read_text(encoding="utf-8")):
        s = m.group(1)
        if "\\u{" in s:
            continue
        s = s.replace('\\"', '"').replace("\\'", "'").replace("\\n", "\n").replace("\\\\", "\\")
        texts.add(s)
for path in sorted((root / "tests" / "data").glob("*.tsv")):
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if not line.startswith("#") and len(fields) > 2:
            # date_rules, date_families: rule, reference, text; number_rules:
            # rule, text.
            dated = re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", fields[1]) is not None
            texts.add(fields[2] if dated else fields[1])
for line in (root / "examples" / "sample.txt").read_text(encoding="utf-8").splitlines():
    if line.strip():
        texts.add(line)

# Option bytes per target: none, one, or a reference date (four) and one.
prefixes = {
    "normalize": [b"\x00", b"\x1d", b"\x1e"],
    "tokens": [b"\x00", b"\x01"],
    "sentences": [b"\x00"],
    "words": [b"\x00"],
    "numbers": [b""],
    "parse_number": [b""],
    "dates": [b"\x00\x00\x00\x00\x00", b"\x38\x02\x43\x00\x00", b"\x38\x02\x43\x00\x01"],
    # extract: a reference date, then a byte whose low bit asks for a time
    # of day (0x71: 10:16).
    "extract": [b"\x38\x02\x43\x00\x00", b"\x38\x02\x43\x00\x71"],
    "durations": [b""],
    # analyze: as extract; the top two bits of the last byte pick the
    # repairs (00 all, 01 none, 10 accents, 11 mojibake).
    "analyze": [b"\x38\x02\x43\x00\x00", b"\x38\x02\x43\x00\x40", b"\x38\x02\x43\x00\xc1"],
}
for target, options in prefixes.items():
    out = root / "fuzz" / "corpus" / target
    out.mkdir(parents=True, exist_ok=True)
    for text in texts:
        for prefix in options:
            data = prefix + text.encode("utf-8")
            (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
print(f"{len(texts)} texts into {len(prefixes)} corpora")
