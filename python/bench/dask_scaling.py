"""Dask scaling: one worker against two on a corpus of about 100 MB.

    python3 python/bench/dask_scaling.py [CORPUS.txt] [--mib 100] [--workdir DIR]

Repeats CORPUS.txt (default: it-mixed.txt) into a file of at least --mib
MiB, runs ``recipes/dask_corpus.py``'s pipeline on a LocalCluster of one
and then two single-threaded worker processes, checks that both wrote the
same records, and prints the times and the speed-up.
"""

import argparse
import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parents[2] / "shared" / "data" / "corpus" / "it-mixed.txt"

spec = importlib.util.spec_from_file_location("dask_corpus", HERE.parent / "recipes" / "dask_corpus.py")
dask_corpus = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dask_corpus)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT))
    parser.add_argument("--mib", type=int, default=100)
    parser.add_argument("--workdir", default=None)
    parser.add_argument("--blocksize", default="8MiB")
    args = parser.parse_args()
    work = Path(args.workdir or tempfile.mkdtemp(prefix="italiano-dask-"))
    work.mkdir(parents=True, exist_ok=True)
    source = Path(args.corpus).read_bytes()
    if not source.endswith(b"\n"):
        source += b"\n"
    copies = -(-args.mib * 2**20 // len(source))
    big = work / "corpus.txt"
    big.write_bytes(source * copies)
    print(f"{big}: {big.stat().st_size / 2**20:.1f} MiB ({copies} copies of {Path(args.corpus).name})")
    seconds = {}
    for workers in (1, 2):
        out = work / f"out-{workers}"
        shutil.rmtree(out, ignore_errors=True)
        seconds[workers] = dask_corpus.run(str(big), str(out), workers, "2024-06-18", args.blocksize)
        print(f"{workers} worker(s): {seconds[workers]:.2f} s")
    same = dask_corpus.written(str(work / "out-1")) == dask_corpus.written(str(work / "out-2"))
    print(f"speed-up 2 workers / 1 worker: {seconds[1] / seconds[2]:.2f}x (target >= 1.6)")
    print("identical output" if same else "OUTPUT DIFFERS")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
