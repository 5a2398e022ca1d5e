"""Time claim extraction alone, per article, on one core.

Run: python -m benchmarks.extraction [--articles N] [--repeat R]

Two corpora: N generated articles (benchmarks/planted.py, seed 11) and every folder of the
development set (../shared/devset, skipped with a note where it is absent). Each is loaded
once; `extract_claims` then runs over all its articles R times in this process, and the best
run is printed as milliseconds an article, with the claims made. Caches that outlive one
article (lemmas, word rarity) are warmed by the first run, as in a long report.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.planted import write_planted
from benchmarks.quality import DEFAULT_DEVSET, folders
from crosscheck.corpus import load_corpus
from crosscheck.extract import extract_claims
from crosscheck.models import Article


def best_ms_per_article(articles: Sequence[Article], repeat: int) -> tuple[float, int]:
    best = float("inf")
    made = 0
    for _ in range(repeat):
        start = time.perf_counter()
        made = sum(len(extract_claims(a)) for a in articles)
        best = min(best, time.perf_counter() - start)
    return 1000 * best / max(1, len(articles)), made


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="generated articles (default 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best counts (default 3)")
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        write_planted(Path(tmp), args.articles)
        generated = load_corpus([Path(tmp)]).articles
        ms, made = best_ms_per_article(generated, args.repeat)
    print(f"generated    {len(generated):>5} articles  {made:>6} claims  {ms:.2f} ms an article")
    if not (args.devset / "gold").is_dir():
        print(f"development set: none at {args.devset} (it is not shipped with crosscheck)")
        return
    real = [a for _, corpus, _ in folders(args.devset) for a in load_corpus([corpus]).articles]
    ms, made = best_ms_per_article(real, args.repeat)
    print(f"development  {len(real):>5} articles  {made:>6} claims  {ms:.2f} ms an article")


if __name__ == "__main__":
    main()
