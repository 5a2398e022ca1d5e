"""Claims → candidate pairs: for each claim and each other source, the claim of that source
most likely to state the same fact.

Real outlets state one fact inside different sentences ("Officials said 14 people were hurt
in the blast" / "At least a dozen were injured when the device went off"), so whole-sentence
similarity misses most same-fact pairs. Here two claims are ranked by the words they share,
each weighted by how rare it is: in the corpus (a word most claims use says little) and in
general English (wordfreq: "injured" tells more than "said"). For every claim, the best
partners in each other source are kept; which of those are findings is decided when they are
compared (`compare.judge`).

Never all pairs: an inverted index over each claim's rarest keys proposes candidates, and the
cost stays near-linear in the corpus size.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from crosscheck.words import rarity

RAREST_KEYS = 16  # a claim looks for partners through its rarest keys only
MIN_SHARED = 2  # a candidate shares at least this many of them (one, for a claim of one key)
# A key in more claims than this says little about the pairing (think of "say" or "police"):
# its posting is skipped, unless a claim finds no partner otherwise (the second search of
# `scored_pairs`, for statements that hundreds of sources repeat). A fixed cap keeps the
# search linear in the corpus.
MAX_POSTING = 100
REPEATED_CANDIDATES = 30  # scored per claim in the search for repeated statements
# The second search reads a long posting only for a word this rare in general English (zipf 5
# and below: "valley", "blaze", "avalanche", a name): a statement that hundreds of sources repeat
# shares such words. The commonest words, figures and slots, in thousands of claims ("say",
# "not", "2", a weekday), propose the claims that happen to follow in the corpus, not the same
# statement: on a 10,000-article corpus of real coverage they made 150,000 of its candidates.
LONG_POSTING_RARITY = 2.0
FLOOR = 0.12  # pairs that share less than this (0–1) are never candidates
PARTNERS_PER_CLAIM = 15  # best partners kept per claim, strongest first
PER_SOURCE = 3  # partners kept per claim in one source: the best, and runners-up nearly as close
RUNNER_UP = 0.75  # a runner-up shares at least this share of what the best one does


@dataclass(frozen=True, slots=True)
class Candidate:
    """Two claims (positions in the corpus, a < b) and how much of their content they share
    (0–1, rarity-weighted)."""

    a: int
    b: int
    score: float


@dataclass(frozen=True)
class KeyIndex:
    """What the candidate search reads: each claim's keys, their weights, which claims hold
    each key, and each claim's source."""

    keys: Sequence[frozenset[str]]
    postings: Mapping[str, Sequence[int]]
    weights: Mapping[str, float]
    norms: Sequence[float]  # the sum of a claim's key weights
    sources: Sequence[str]


def build_key_index(keys: Sequence[Iterable[str]], sources: Sequence[str]) -> KeyIndex:
    """Weights: the inverse document frequency of a key in the corpus, times its rarity in
    general English. Both matter: in coverage of a fire, "fire" is in half the claims (rare in
    English, common here); "said" is common in both."""
    sets = [frozenset(k) for k in keys]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, claim_keys in enumerate(sets):
        for key in claim_keys:  # each posting is in claim order whatever the order of a set
            postings[key].append(i)
    # Claims with no keys (headlines, claims a copy repeats) are not part of the corpus that
    # weighs a key: copies must not make the words of what they copy look rare.
    total = max(sum(1 for k in sets if k), 1)
    weights = {key: math.log(1 + total / len(posting)) * rarity(key) for key, posting in postings.items()}
    # fsum: exact, so a sum over a set is the same whatever order the set iterates in (string
    # hashing, and so set order, differs between runs).
    norms = [math.fsum(weights[k] for k in claim_keys) for claim_keys in sets]
    return KeyIndex(sets, dict(postings), weights, norms, tuple(sources))


def shared_score(index: KeyIndex, i: int, j: int) -> float:
    """How much of their content two claims share, 0–1: the weight of the keys both hold,
    over the geometric mean of their whole weights (a cosine on weighted key sets)."""
    shared = index.keys[i] & index.keys[j]
    if not shared:
        return 0.0
    weight = math.fsum(index.weights[k] for k in shared)
    return weight / math.sqrt(index.norms[i] * index.norms[j])


def scored_pairs(index: KeyIndex, rows: Iterable[int], *, repeated: bool = False) -> list[Candidate]:
    """The candidates each claim in `rows` proposes (a pair both of its claims would propose
    comes from the first).

    The first search reads each claim's rarest keys whose postings are short, and proposes the
    claims, before or after it, that share MIN_SHARED of them: a long claim's rarest keys may
    all be details a short claim lacks ("The trouble began after more than 200 people set off
    from the vigil site at Church Ave." / "About 200 people attended the vigil"), while the
    short claim's are all in the long one. The second (`repeated`) is for the claims the first
    left alone: it reads their long postings too, the next MAX_POSTING claims in each. Claims of
    a statement that hundreds of sources repeat share no short posting, but they share words.
    """
    found: list[Candidate] = []
    searched: dict[int, list[str]] = {}  # each claim's search keys, once per call
    for i in rows:
        keys = _search_keys(index, i, searched)
        shared: Counter[int] = Counter()  # claim → keys it shares with claim i
        for key in keys:
            posting = index.postings[key]
            after = bisect_right(posting, i)
            if len(posting) > MAX_POSTING:
                if not repeated or not _worth_reading(key):
                    continue
                shared.update(posting[after : after + MAX_POSTING])
            else:  # counted in C; i's own source is dropped below
                shared.update(posting[after:] if repeated else posting)
        needed = _needed(keys)
        mine = index.sources[i]
        candidates = [
            j
            for j, n in shared.items()
            if n >= needed and index.sources[j] != mine and (j > i or not _proposes(index, j, i, searched))
        ]
        if repeated and len(candidates) > REPEATED_CANDIDATES:
            candidates = sorted(candidates, key=lambda j: (-shared[j], j))[:REPEATED_CANDIDATES]
        for j in sorted(candidates):
            score = shared_score(index, i, j)
            if score >= FLOOR:
                found.append(Candidate(min(i, j), max(i, j), round(score, 4)))
    return found


def _proposes(index: KeyIndex, i: int, claim: int, searched: dict[int, list[str]]) -> bool:
    """Whether claim i's first search proposes `claim` (then i's row gives the pair)."""
    keys = _search_keys(index, i, searched)
    theirs = index.keys[claim]
    # Most of its keys are not the other claim's: asked first, as it is the cheaper question.
    short = sum(1 for k in keys if k in theirs and len(index.postings[k]) <= MAX_POSTING)
    return short >= _needed(keys)


def _needed(keys: Sequence[str]) -> int:
    """How many of a claim's search keys a candidate shares (one, for a claim of one key)."""
    return min(MIN_SHARED, len(keys))


def _worth_reading(key: str) -> bool:
    """Whether the second search reads this key's long posting (LONG_POSTING_RARITY)."""
    return key[:1].isalpha() and rarity(key) >= LONG_POSTING_RARITY


def _search_keys(index: KeyIndex, i: int, searched: dict[int, list[str]] | None = None) -> list[str]:
    """The keys claim i searches by: its rarest that other claims hold too (a key no other
    claim holds finds no partner). `searched` keeps them for the claims asked again."""
    if searched is not None and i in searched:
        return searched[i]
    held = [k for k in index.keys[i] if len(index.postings[k]) > 1]
    keys = sorted(held, key=lambda k: (len(index.postings[k]), k))[:RAREST_KEYS]
    if searched is not None:
        searched[i] = keys
    return keys


def lonely(index: KeyIndex, candidates: Iterable[Candidate]) -> list[int]:
    """The claims no candidate reaches and that the first search left a long posting of a rare
    word unread for: where the second search looks again. (For a claim with short postings only, it would
    read the very postings the first read, and find nothing again; in real coverage most
    claims alone are such details told by one source.)"""
    reached = {i for c in candidates for i in (c.a, c.b)}

    def worth(keys: Iterable[str]) -> bool:
        return any(len(index.postings[k]) > MAX_POSTING and _worth_reading(k) for k in keys)

    # All its keys first (cheap, and most claims have none worth it), then the ones it searches by.
    return [
        i
        for i in range(len(index.keys))
        if i not in reached and worth(index.keys[i]) and worth(_search_keys(index, i))
    ]


def best_partners(
    candidates: Iterable[Candidate],
    sources: Sequence[str],
    order: Sequence[int],
    slots: Sequence[frozenset[str]] | None = None,
) -> list[Candidate]:
    """For every claim, its best candidate in each other source and the runners-up there nearly
    as close (at most PER_SOURCE), at most PARTNERS_PER_CLAIM in all (strongest first); the
    union over all claims, each pair once, in corpus order.

    `order` ranks claims by a key that does not depend on where they sit in the corpus (their
    ids), so ties are broken the same way whatever the input order.
    """
    by_source: dict[tuple[int, str], list[Candidate]] = defaultdict(list)  # (claim, other source) →
    for candidate in candidates:
        for me, other in ((candidate.a, candidate.b), (candidate.b, candidate.a)):
            by_source[me, sources[other]].append(candidate)
    per_claim: dict[int, list[Candidate]] = defaultdict(list)
    kept: set[Candidate] = set()
    for (me, _), there in by_source.items():
        if len(there) > 1:  # most claims have one candidate in a source
            there.sort(key=lambda c: (-c.score, order[_partner(c, me)]))
        # A source may tell several facts in sentences much alike ("A gave B a sword", "A gave
        # B a map", "B gave A a dagger"): the runners-up are kept too when nearly as close.
        best = there[0].score
        kept_here = [c for c in there[:PER_SOURCE] if c.score >= RUNNER_UP * best]
        # The claim there that fills one of my value slots ("a fall of 200 metres" / "150
        # meters"), if the words alone ranked it below those kept: a figure told twice is the
        # fact most worth comparing. (Most claims have one candidate a source: nothing to look
        # at.) The kept ones are the head of `there`, in its order.
        if slots is not None and slots[me] and len(there) > len(kept_here):
            # past the cap below, which the words alone would fill first
            kept.update(_fillers(slots, me, kept_here, there[len(kept_here) :]))
        per_claim[me].extend(kept_here)
    for me, mine in per_claim.items():
        mine.sort(key=lambda c: (-c.score, order[_partner(c, me)]))
        kept.update(mine[:PARTNERS_PER_CLAIM])
    return sorted(kept, key=lambda c: (c.a, c.b))


def _fillers(
    slots: Sequence[frozenset[str]], me: int, kept: Sequence[Candidate], rest: Sequence[Candidate]
) -> set[Candidate]:
    """For each kind of figure of mine ("#m" of "#m@4") that no kept candidate fills, the first
    candidate of `rest` that fills it; and if no kept one fills any slot of mine, the first of
    `rest` that fills one. A claim that gives a date and a distance has its distance compared
    even where a candidate with the same date was kept."""
    mine = slots[me]
    shared = set().union(*(slots[_partner(c, me)] for c in kept)) & mine
    if not shared:
        first = next((c for c in rest if mine & slots[_partner(c, me)]), None)
        return {first} if first is not None else set()
    wanted = {_kind(slot) for slot in mine if "@" in slot} - {_kind(slot) for slot in shared}
    found: set[Candidate] = set()
    for c in rest:
        if not wanted:
            break
        theirs = {_kind(slot) for slot in mine & slots[_partner(c, me)]} & wanted
        if theirs:
            found.add(c)
            wanted -= theirs
    return found


def _kind(slot: str) -> str:
    return slot.split("@", 1)[0]


def _partner(candidate: Candidate, me: int) -> int:
    return candidate.b if candidate.a == me else candidate.a
