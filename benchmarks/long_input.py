"""Time and memory of `crosscheck claims --json -` on pathological input: one very long line of
ordinary sentences, and one "sentence" of many thousand words with no full stop.

Run: python -m benchmarks.long_input [--megabytes 1 5 20] [--words 20000 100000]

Each input is written to a temporary corpus and run in a fresh process, as a user runs it;
printed: seconds, peak resident memory (the largest of the runs so far: getrusage reports
the largest child), and the size of the JSON. Cost should
grow linearly: five times the input, about five times the time.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCES = (
    "The mayor said crews cleared the roads on Monday.",
    "Officials reported that the storm killed 12 people in three towns.",
    "Police closed two bridges while the river rose.",
)
WORDS = "the mayor said crews cleared roads and officials reported that the storm killed people".split()


def run(corpus: Path) -> tuple[float, float, int]:
    """Seconds, peak resident MiB and JSON bytes of `crosscheck claims CORPUS --json -`."""
    out = corpus.parent / "claims.json"
    start = time.perf_counter()
    with out.open("w") as handle:
        subprocess.run(
            [sys.executable, "-m", "crosscheck", "claims", str(corpus), "--json", "-"],
            stdout=handle,
            check=True,
        )
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak, out.stat().st_size


def _measured(seconds: float, peak: float, json_bytes: int) -> str:
    return f"{seconds:6.1f} s  peak {peak:6.0f} MiB  JSON {json_bytes:>12,} bytes"


def write(corpus: Path, body: str) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / "a.md").write_text(f"---\nid: a\n---\n{body}\n", encoding="utf-8")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, nargs="*", default=[1, 5, 20])
    parser.add_argument("--words", type=int, nargs="*", default=[20000, 100000])
    args = parser.parse_args(argv)
    rng = random.Random(2)
    with tempfile.TemporaryDirectory() as tmp:
        for n, size in enumerate(args.megabytes):
            corpus = Path(tmp) / f"line{n}"
            write(corpus, " ".join(rng.choice(SENTENCES) for _ in range(size * 1_000_000 // 50)))
            seconds, peak, json_bytes = run(corpus)
            print(f"one line of {size:>3} MB       ", _measured(seconds, peak, json_bytes))
        for n, count in enumerate(args.words):
            corpus = Path(tmp) / f"sentence{n}"
            write(corpus, " ".join(rng.choice(WORDS) for _ in range(count)) + ".")
            seconds, peak, json_bytes = run(corpus)
            print(f"a sentence of {count:>7,} words", _measured(seconds, peak, json_bytes))


if __name__ == "__main__":
    main(sys.argv[1:])
