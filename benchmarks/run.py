"""Time `crosscheck report` stages on the bundled corpus and on generated corpora.

Run: python -m benchmarks.run [SIZES...]   (default: bundled and 200 articles)
Wall time is the best of three runs of the whole pipeline in this process, on one core.
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from benchmarks.generate import write_corpus
from crosscheck.corpus import load_corpus
from crosscheck.pipeline import run
from crosscheck.render import report_json

DEFAULT_SIZES = (200,)


def measure(label: str, paths: list[Path], repeats: int = 3) -> None:
    best = float("inf")
    claims = 0
    for _ in range(repeats):
        start = time.perf_counter()
        report = run(load_corpus(paths).articles)
        report_json(report, report.groups)
        best = min(best, time.perf_counter() - start)
        claims = len(report.claims)
    tracemalloc.start()
    report = run(load_corpus(paths).articles)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"{label:>10}  {len(report.articles):6d} articles  {claims:7d} claims  "
        f"{best:7.2f} s  {claims / best:9.0f} claims/s  peak {peak / 2**20:7.1f} MiB (Python heap)"
    )


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or list(DEFAULT_SIZES)
    measure("bundled", [Path("corpus")])
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            directory = write_corpus(Path(tmp) / str(size), size)
            measure(str(size), [directory], repeats=1 if size > 1000 else 3)


if __name__ == "__main__":
    main(sys.argv[1:])
