"""Choose the similarity scorer and threshold by measurement on the gold file.

Run: python -m benchmarks.tune_similarity
Prints precision/recall of conflicts and agreements on the bundled corpus for
each rapidfuzz scorer and threshold. The chosen pair is the default in
crosscheck/match.py; the table is in the README.
"""

from __future__ import annotations

from pathlib import Path

from rapidfuzz import fuzz

import crosscheck.match
from crosscheck.corpus import load_corpus
from crosscheck.match import Scorer
from crosscheck.pipeline import run
from tests.quality import bundled_options, evaluate

# Each choice is the tuple of rapidfuzz scorers whose mean is the similarity (match.SCORERS).
CHOICES: dict[str, tuple[Scorer, ...]] = {
    "ratio": (fuzz.ratio,),
    "token_sort_ratio": (fuzz.token_sort_ratio,),
    "token_set_ratio": (fuzz.token_set_ratio,),
    "WRatio": (fuzz.WRatio,),
    "mean(set, sort)": (fuzz.token_set_ratio, fuzz.token_sort_ratio),
}
CORPUS = Path("corpus")
THRESHOLDS = (50, 55, 60, 65, 70, 75, 80)


def main() -> None:
    articles = load_corpus([CORPUS]).articles
    original = crosscheck.match.SCORERS
    print(f"{'scorer':18} {'thr':>4} {'conf P':>7} {'conf R':>7} {'agr P':>6} {'agr R':>6} {'F1 agr':>7}")
    try:
        for name, scorers in CHOICES.items():
            crosscheck.match.SCORERS = scorers
            crosscheck.match.similarity.cache_clear()  # it remembers scores of the last choice
            for threshold in THRESHOLDS:
                scores = evaluate(run(articles, options=bundled_options(CORPUS, threshold=threshold)))
                c, a = scores["conflict"], scores["agreement"]
                f1 = 2 * a.precision * a.recall / (a.precision + a.recall) if a.precision + a.recall else 0
                print(
                    f"{name:18} {threshold:4} {c.precision:7.2f} {c.recall:7.2f} "
                    f"{a.precision:6.2f} {a.recall:6.2f} {f1:7.2f}"
                )
    finally:
        crosscheck.match.SCORERS = original
        crosscheck.match.similarity.cache_clear()


if __name__ == "__main__":
    main()
