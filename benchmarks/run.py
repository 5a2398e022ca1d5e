"""Time `crosscheck report --json FILE` on the bundled corpus and on generated corpora.

Run: python -m benchmarks.run [SIZES...]   (default: 200)

Each measurement is a fresh process, as a user runs it. Two times are printed: `wall`, the
whole command (Python start-up and imports included), and `pipeline`, the time from reading
the corpus to writing the JSON file, measured inside that process. Both are the best of
three runs; peak memory is the largest resident set of those runs. Generated corpora: see
benchmarks/generate.py.
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
# Runs `crosscheck report --json OUT CORPUS` inside the child and prints the pipeline time.
CHILD = """
import sys, time
from crosscheck.cli import app
start = time.perf_counter()
try:
    app(["report", sys.argv[1], "--json", sys.argv[2]], standalone_mode=False)
finally:
    print(f"pipeline={time.perf_counter() - start:.6f}", file=sys.stderr)
"""


def measure(label: str, corpus: Path, out: Path, repeats: int = REPEATS) -> None:
    wall = pipeline = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(corpus), str(out)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        wall = min(wall, time.perf_counter() - start)
        inner = [line for line in done.stderr.splitlines() if line.startswith("pipeline=")]
        pipeline = min(pipeline, float(inner[-1].split("=")[1]))
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    summary = json.loads(out.read_text(encoding="utf-8"))["summary"]
    print(
        f"{label:>8}  {summary['sources']:6d} articles  {summary['claims']:7d} claims  "
        f"wall {wall:6.2f} s  pipeline {pipeline:6.2f} s  "
        f"{summary['claims'] / pipeline:7.0f} claims/s  peak RSS {peak_kib / 1024:6.0f} MiB"
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
