"""Time `crosscheck report --json` on the bundled corpus and on generated corpora.

Run: python -m benchmarks.run [SIZES...]   (default: 200)
Each measurement is a fresh `python -m crosscheck report --json FILE` process, as a user
runs it (start-up included); wall time is the best of three runs, peak memory is the
largest resident set of those runs. Generated corpora: see benchmarks/generate.py.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import write_corpus

DEFAULT_SIZES = (200,)
REPEATS = 3


def measure(label: str, corpus: Path, out: Path, repeats: int = REPEATS) -> None:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "crosscheck", "report", str(corpus), "--json", str(out)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        best = min(best, time.perf_counter() - start)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    summary = json.loads(out.read_text(encoding="utf-8"))["summary"]
    print(
        f"{label:>8}  {summary['sources']:6d} articles  {summary['claims']:7d} claims  "
        f"{best:7.2f} s  {summary['claims'] / best:8.0f} claims/s  peak RSS {peak_kib / 1024:7.1f} MiB"
    )


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or list(DEFAULT_SIZES)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        measure("bundled", Path("corpus"), out)
        for size in sizes:
            corpus = write_corpus(Path(tmp) / f"corpus-{size}", size)
            measure(str(size), corpus, out, repeats=1 if size > 1000 else REPEATS)


if __name__ == "__main__":
    main(sys.argv[1:])
