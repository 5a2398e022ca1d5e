"""Articles → stories: which articles are copies of one text.

Real coverage is full of copies: one wire story runs on five sites with a new headline, a
trimmed last paragraph or a local intro. Ten reprints of one press release are not ten
confirmations, so articles that share most of their text are one *story*, and one voice:
their claims are never compared with each other, and agreement is counted in stories.

Each article is reduced to the hashes of its word SHINGLE-grams and a sketch of them: the
SKETCH smallest (a bottom-k sketch, the MinHash variant that needs one hash function). Two
articles whose sketches share values are candidates; for those, the share of the smaller
article's shingles the other holds too (containment) is counted exactly, and above
COPY_CONTAINMENT they are copies. An inverted index over sketch values keeps the search
near-linear; stories are the connected groups of copies. Pure and deterministic: words are
hashed with CRC-32, not Python's salted string hash.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import chain, combinations, repeat

SHINGLE = 8  # words a shingle: long enough that two articles of their own share almost none
SKETCH = 128  # hashes kept per article
# Copies share at least this share of the smaller article's text. On the development set
# (tests/gold/stories.yaml, read by hand) copies of one wire story share 0.20–1.0 of their
# 8-grams (two line-by-line rewrites less: 0.03 and 0.10), and two outlets writing their own
# 0.0–0.15 (a shared quote or two); 0.18 stands between, finds 25 of the 26 copy pairs and joins
# no independent ones (README, "Copies"). The estimate from the sketches alone was off by up to
# 0.07 at these sizes, more than the gap, so candidates are counted exactly.
COPY_CONTAINMENT = 0.18
MIN_SHARED_VALUES = 2  # sketch values two articles share before their union is looked at
# Shingles an article needs to be called a copy: in two short bulletins one shared sentence is
# most of the text, and says little about whether one copies the other.
MIN_SHINGLES = 20
LINK_ALL = 20  # a sketch value held by more articles links each to the first, not every pair

_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Sketch:
    """An article's text as the hashes of its shingles, sorted (8 bytes each: 10,000 articles
    of 600 words take 48 MB); the first SKETCH of them are its bottom-k sketch."""

    shingles: array  # type: ignore[type-arg]

    @property
    def hashes(self) -> array:  # type: ignore[type-arg]
        """The sketch, to find candidates by."""
        return self.shingles[:SKETCH]

    @property
    def size(self) -> int:
        return len(self.shingles)


def sketch(text: str) -> Sketch:
    # Each word hashed once, each shingle as the hash of its words' hashes: Python hashes a
    # tuple of ints the same way in every process (only text hashing is salted).
    # Lower case is all the folding a copy needs: both sides of a copy are written alike, and
    # the full fold costs seven times as much.
    ids = [zlib.crc32(w.encode()) for w in _WORD.findall(text.lower())]
    shingles = sorted({hash(tuple(ids[i : i + SHINGLE])) for i in range(len(ids) - SHINGLE + 1)})
    return Sketch(array("q", shingles))


def containment(a: Sketch, b: Sketch) -> float:
    """The share of the smaller text's shingles that the other holds too (none for a text of
    fewer than MIN_SHINGLES)."""
    if a.size < MIN_SHINGLES or b.size < MIN_SHINGLES:
        return 0.0
    small, large = sorted((a.shingles, b.shingles), key=len)
    return len(set(small).intersection(large)) / len(small)


def stories(sketches: Mapping[str, Sketch]) -> dict[str, str]:
    """Each source's story: the smallest source id among the articles it is a copy of (itself,
    for an article no other copies)."""
    # A text shorter than MIN_SHINGLES is never a copy.
    eligible = [source for source in sorted(sketches) if sketches[source].size >= MIN_SHINGLES]
    # Most values are in one sketch alone and link nothing: counted first, they are never
    # indexed (a million values at 10,000 articles).
    held = Counter(chain.from_iterable(sketches[source].hashes for source in eligible))
    holders: dict[int, list[str]] = defaultdict(list)
    for source in eligible:
        for value in [v for v in sketches[source].hashes if held[v] > 1]:
            holders[value].append(source)
    shared = Counter(
        chain.from_iterable(
            combinations(posting, 2) if len(posting) <= LINK_ALL else zip(repeat(posting[0]), posting[1:])
            for posting in holders.values()
        )
    )
    parent = {source: source for source in sketches}

    def root(source: str) -> str:
        while parent[source] != source:
            parent[source] = parent[parent[source]]
            source = parent[source]
        return source

    # Stories are the connected groups, named after their smallest id: the order in which
    # copies are joined does not matter.
    for (a, b), count in shared.items():
        if count >= MIN_SHARED_VALUES and containment(sketches[a], sketches[b]) >= COPY_CONTAINMENT:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {source: root(source) for source in sorted(sketches)}
