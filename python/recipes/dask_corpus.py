"""Numbers, dates and durations of a corpus, on a Dask cluster.

    python3 python/recipes/dask_corpus.py CORPUS.txt OUT_DIR [--workers N]
        [--reference YYYY-MM-DD] [--blocksize 16MiB] [--check]

Reads CORPUS.txt in blocks of whole lines (``dask.bag.read_text``), runs
``italiano.distributed.json_lines`` on each block where it lies (one line in,
one JSON record out: its token count and what ``italiano.extract`` found),
and writes one ``OUT_DIR/N.jsonl`` per block, in the order of the file.
``--check`` also runs the same function in this process and compares.

On a real cluster, replace ``LocalCluster`` by the scheduler's address:
``Client("tcp://scheduler:8786")``; every worker needs ``pip install
italiano``.
"""

import argparse
import sys
import time
from pathlib import Path

import dask.bag as db
from distributed import Client, LocalCluster

from italiano.distributed import json_lines


def run(corpus: str, out: str, workers: int, reference: str, blocksize: str) -> float:
    """Processes `corpus` on a local cluster of `workers` processes; returns
    the seconds it took (the cluster's start not counted)."""
    with LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster):
        start = time.perf_counter()
        lines = db.read_text(corpus, blocksize=blocksize)
        lines.map_partitions(json_lines, reference=reference).to_textfiles(str(Path(out) / "*.jsonl"))
        return time.perf_counter() - start


def written(out: str) -> list:
    parts = sorted(Path(out).glob("*.jsonl"), key=lambda p: int(p.stem))
    return [line for p in parts for line in p.read_text(encoding="utf-8").splitlines()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--reference", default="2024-06-18")
    parser.add_argument("--blocksize", default="16MiB")
    parser.add_argument("--check", action="store_true", help="compare with one process")
    args = parser.parse_args()
    seconds = run(args.corpus, args.out, args.workers, args.reference, args.blocksize)
    size = Path(args.corpus).stat().st_size
    print(f"{args.workers} workers: {size / 2**20:.1f} MiB in {seconds:.2f} s ({size / 2**20 / seconds:.1f} MiB/s)")
    if args.check:
        with open(args.corpus, encoding="utf-8") as f:
            same = written(args.out) == json_lines(f, args.reference)
        print("same records as one process" if same else "DIFFERENT from one process")
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
