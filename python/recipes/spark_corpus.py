"""Numbers, dates and durations of a corpus, on Spark (``mapInPandas``).

    python3 python/recipes/spark_corpus.py CORPUS.txt OUT.parquet
        [--master local[2]] [--reference YYYY-MM-DD] [--check]

Reads CORPUS.txt as a DataFrame of lines (``spark.read.text``), maps each
partition's pandas batches through ``italiano.distributed.spark_batches``
and writes one row a line with the schema
``italiano.distributed.SPARK_SCHEMA`` (``tokens`` and arrays of structs for
``numbers``, ``dates`` and ``durations``) to Parquet. Needs Java, pyspark,
pandas and pyarrow; every executor needs ``pip install italiano``.
``--check`` compares the rows with one process running the same function.
"""

import argparse
import os
import sys
import time

from pyspark.sql import SparkSession

from italiano.distributed import SPARK_SCHEMA, records, spark_batches


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--reference", default="2024-06-18")
    parser.add_argument("--check", action="store_true", help="compare with one process")
    args = parser.parse_args()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = SparkSession.builder.master(args.master).appName("italiano").getOrCreate()
    try:
        reference = args.reference
        start = time.perf_counter()
        rows = spark.read.text(args.corpus).mapInPandas(
            lambda batches: spark_batches(batches, reference), SPARK_SCHEMA
        )
        rows.write.mode("overwrite").parquet(args.out)
        print(f"written in {time.perf_counter() - start:.2f} s")
        if args.check:
            got = [r.asDict(recursive=True) for r in spark.read.parquet(args.out).collect()]
            with open(args.corpus, encoding="utf-8") as f:
                expected = records(f, reference)
            # Parquet files come back in any order: compare as multisets.
            key = lambda r: repr(r)  # noqa: E731
            same = sorted(got, key=key) == sorted(expected, key=key)
            print("same records as one process" if same else "DIFFERENT from one process")
            return 0 if same else 1
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
