"""The Dask and Spark recipes give what one process gives, record for
record, over a corpus file split into partitions."""

import json
import os
import random
import shutil
import sys

import pytest

from italiano.distributed import SPARK_SCHEMA, json_lines, records, spark_batches
from conftest import REFERENCE, TEXTS

REF = REFERENCE.isoformat()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A corpus file of about 300 KB: the test texts' sentences shuffled
    into 3,000 lines, with empty lines among them."""
    sentences = [s.text for t in TEXTS.values() for s in __import__("italiano").sentences(t)]
    rng = random.Random(7)
    lines = []
    for _ in range(3000):
        lines.append(" ".join(rng.choice(sentences) for _ in range(rng.randint(0, 4))))
    path = tmp_path_factory.mktemp("corpus") / "corpus.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def single_process(path):
    with open(path, encoding="utf-8") as f:
        return json_lines(f, REF)


def test_records_are_per_line_and_keep_the_order(corpus):
    out = single_process(corpus)
    with open(corpus, encoding="utf-8") as f:
        lines = f.read().splitlines()
    assert len(out) == len(lines)
    for line, row in zip(lines[:200], out[:200]):
        row = json.loads(row)
        assert row["tokens"] == len(__import__("italiano").tokens(line))
        for m in row["numbers"] + row["dates"] + row["durations"]:
            assert line[m["start"] : m["end"]] == m["text"]
    assert sum(len(json.loads(r)["dates"]) for r in out) > 500


def test_json_lines_are_json_dumps_of_the_records(corpus):
    with open(corpus, encoding="utf-8") as f:
        lines = f.read().splitlines()
    odd = ['Disse: "5 euro"\\ \t\x01 alle 9\x0c.', "🍕 3,5% \u2028 domani", ""]
    lines = lines[:500] + odd
    expected = [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in records(lines, REF)]
    assert json_lines(lines, REF) == expected
    assert json_lines(lines, REF, threads=None) == expected


def test_dask_on_two_workers_equals_one_process(corpus, tmp_path):
    db = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        lines = db.read_text(str(corpus), blocksize=40_000)
        assert lines.npartitions >= 4
        out = tmp_path / "out"
        lines.map_partitions(json_lines, reference=REF).to_textfiles(str(out / "*.jsonl"))
    parts = sorted(out.glob("*.jsonl"), key=lambda p: int(p.stem))
    assert len(parts) == lines.npartitions
    got = [line for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    assert got == single_process(corpus)


def java_present():
    return shutil.which("java") is not None


@pytest.mark.skipif(not java_present(), reason="no Java on this machine: the Spark test needs a JVM")
def test_spark_map_in_pandas_equals_one_process(corpus):
    pyspark = pytest.importorskip("pyspark", reason="Java is here but pyspark is not installed")
    pytest.importorskip("pyarrow")
    from pyspark.sql import SparkSession

    # Spark's Python workers must import this same italiano.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("italiano-test")
        .config("spark.sql.files.maxPartitionBytes", "40000")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        df = spark.read.text(str(corpus))
        assert df.rdd.getNumPartitions() >= 4
        rows = df.mapInPandas(lambda it: spark_batches(it, REF), SPARK_SCHEMA).collect()
    finally:
        spark.stop()
    with open(corpus, encoding="utf-8") as f:
        expected = records(f, REF)
    got = [row.asDict(recursive=True) for row in rows]
    assert len(got) == len(expected)
    assert got == expected
    print(f"pyspark {pyspark.__version__}: {len(got)} rows equal")
