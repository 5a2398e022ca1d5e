"""How alike two claims read as whole sentences: rapidfuzz on their normalised tokens.

Pairing claims by the facts they share is `pairing`'s job; this similarity is one thing a
comparison weighs (two claims that read alike agree without sharing a value, a lone "not"
flips a claim only when the rest reads alike), and what a fact sheet's grounding uses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from crosscheck.models import Claim
from crosscheck.normalize import Aliases, tokens

# Two claims that read at least this alike (0–100) state one thing, even without a value in
# common: `crosscheck report --min-similarity`. Measured on the development set and the bundled
# gold (README, "Quality on real coverage"): at 60, same-topic sentences of the bundled
# corpus were called agreements (agreement precision 0.42); at 70, 0.65.
DEFAULT_THRESHOLD = 70.0
# A fact sheet's statement supports a claim from this similarity on (`claims.yaml` threshold).
SUPPORT_THRESHOLD = 60.0


Scorer = Callable[..., float]  # a rapidfuzz scorer: (a, b, *, score_cutoff=None) -> 0–100
# How alike two normalised claims are is the mean of these rapidfuzz scores: token_set_ratio
# (one claim says more than the other) and token_sort_ratio (word order aside, the same
# words), chosen by measurement on the annotated pairs in tests/gold (see README;
# benchmarks/tune_similarity.py swaps in others, and clears the cache of `similarity`).
SCORERS: tuple[Scorer, ...] = (fuzz.token_set_ratio, fuzz.token_sort_ratio)


@lru_cache(maxsize=1 << 16)
def similarity(a: str, b: str) -> float:
    """How alike two normalised claims are, 0–100: the mean of the SCORERS."""
    return sum(scorer(a, b) for scorer in SCORERS) / len(SCORERS)


def normalised(claims: Sequence[Claim], aliases: Aliases) -> list[tuple[str, ...]]:
    return [tokens(c.text, aliases) for c in claims]
