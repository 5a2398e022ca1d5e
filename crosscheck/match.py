"""Claims → groups of claims from different sources about the same statement.

Never all pairs: an inverted index over each claim's rarest tokens proposes
candidates, and only those are scored with rapidfuzz. Groups grow greedily
from the strongest links; two groups merge only when their claims are, on
average, as similar as a single link must be, so one loose link cannot chain
unrelated statements together.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from crosscheck.models import Claim
from crosscheck.normalize import Aliases, tokens

DEFAULT_THRESHOLD = 60.0
RAREST_TOKENS = 8  # a claim looks for partners through its rarest tokens only
MIN_SHARED = 2  # candidates share at least this many of those tokens
# A token in more claims than this says little about the pairing (think of "said" or
# "government"): its posting is skipped, unless a claim finds no partner otherwise (the
# second search of `links_from`). A fixed cap keeps the search linear in the corpus.
MAX_POSTING = 100
LINKS_PER_CLAIM = 10  # links kept per claim, strongest first
REPEATED_CANDIDATES = 3 * LINKS_PER_CLAIM  # scored per claim in the search for repeated statements
MAX_BRIDGED_GROUP = 8  # a bridge joins small groups only, so it cannot chain topics together


BRIDGE_FLOOR = 45.0  # below the threshold, a pair may still join if `bridge` says so


@dataclass(frozen=True)
class MatchOptions:
    threshold: float = DEFAULT_THRESHOLD
    floor: float = BRIDGE_FLOOR


Bridge = Callable[[int, int, float], bool]


@dataclass(frozen=True, slots=True)
class Link:
    a: int
    b: int
    score: float


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


Progress = Callable[[str, int, int], None]
ROWS_PER_STEP = 1000  # claims searched between two progress reports (and per worker task)


@dataclass(frozen=True)
class Index:
    """What the candidate search reads: which claims hold each token, and each claim's
    tokens, normalised text and source."""

    postings: Mapping[str, Sequence[int]]
    tokens: Sequence[tuple[str, ...]]
    strings: Sequence[str]
    sources: Sequence[str]


def build_index(claims: Sequence[Claim], toks: Sequence[tuple[str, ...]]) -> Index:
    postings: dict[str, list[int]] = defaultdict(list)
    for i, claim_tokens in enumerate(toks):
        for token in set(claim_tokens):
            postings[token].append(i)
    return Index(dict(postings), toks, tuple(" ".join(t) for t in toks), tuple(c.source for c in claims))


def candidate_links(
    claims: Sequence[Claim],
    toks: Sequence[tuple[str, ...]],
    *,
    options: MatchOptions,
    progress: Progress | None = None,
) -> list[Link]:
    """Cross-source pairs that share rare tokens and score at least the floor (in one process;
    the pipeline runs the same two searches in its worker pool)."""
    index = build_index(claims, toks)
    links: list[Link] = []
    for rows in row_steps(range(len(toks))):
        links.extend(links_from(index, rows, options))
        if progress is not None:
            progress("matching", len(rows), len(toks))
    for rows in row_steps(lonely(len(toks), links)):
        links.extend(links_from(index, rows, options, repeated=True))
    return links


def row_steps(rows: Sequence[int]) -> list[Sequence[int]]:
    return [rows[i : i + ROWS_PER_STEP] for i in range(0, len(rows), ROWS_PER_STEP)]


def lonely(total: int, links: Iterable[Link]) -> list[int]:
    """The claims that no link reaches: where the second search looks again."""
    linked = {i for link in links for i in (link.a, link.b)}
    return [i for i in range(total) if i not in linked]


def links_from(
    index: Index, rows: Iterable[int], options: MatchOptions, *, repeated: bool = False
) -> list[Link]:
    """The links from each claim in `rows` to the claims after it (so each pair is seen once).

    The first search looks for partners through each claim's rarest tokens whose postings are
    short. The second (`repeated`) is for the claims the first left alone: it reads their long
    postings too, the next MAX_POSTING claims in each, and keeps only links at the full
    threshold. Claims of a statement that hundreds of sources repeat share no short posting,
    but they read alike.
    """
    floor = options.threshold if repeated else min(options.floor, options.threshold)
    links: list[Link] = []
    for i in rows:
        keys = sorted(set(index.tokens[i]), key=lambda t: (len(index.postings[t]), t))[:RAREST_TOKENS]
        found = _scored(index, i, keys, floor, long_postings=repeated)
        # The strongest few links are enough to place a claim; a statement that hundreds of
        # sources repeat would otherwise bring hundreds of links per claim.
        strongest = sorted(found, key=lambda partner: (-partner[1], partner[0]))[:LINKS_PER_CLAIM]
        links.extend(Link(i, j, score) for j, score in sorted(strongest))
    return links


def _scored(
    index: Index, i: int, keys: list[str], floor: float, *, long_postings: bool
) -> list[tuple[int, float]]:
    """The claims after claim i that share keys with it and score at least `floor`, with
    their scores."""
    shared: Counter[int] = Counter()  # claim → keys it shares with claim i
    for token in keys:
        posting = index.postings[token]
        # Postings are in claim order: only partners after i; in a long posting, the next few.
        after = bisect_right(posting, i)
        if len(posting) > MAX_POSTING:
            if not long_postings:
                continue
            partners = posting[after : after + MAX_POSTING]
        else:
            partners = posting[after:]
        shared.update(partners)  # counted in C; claims of i's own source are dropped below
    needed = min(MIN_SHARED, len(keys))
    mine = index.sources[i]
    candidates = sorted(j for j, n in shared.items() if n >= needed and index.sources[j] != mine)
    if long_postings and len(candidates) > REPEATED_CANDIDATES:
        # A statement that many sources repeat: those sharing the most keys are scored.
        closest = sorted(candidates, key=lambda j: (-shared[j], j))[:REPEATED_CANDIDATES]
        candidates = sorted(closest)
    # Many sources repeating one statement give many candidates with the same normalised text:
    # each text is scored once, every score in rapidfuzz's C loop. The mean of n scores of at
    # most 100 reaches `floor` only if the first reaches n*floor - (n-1)*100, so the loop
    # drops most candidates on the first score before Python sees them.
    strings = index.strings
    texts = list(dict.fromkeys(strings[j] for j in candidates))
    first, *others = SCORERS
    cutoff = max(0.0, len(SCORERS) * floor - (len(SCORERS) - 1) * 100)
    totals = {
        texts[k]: score
        for _, score, k in process.extract(strings[i], texts, scorer=first, score_cutoff=cutoff, limit=None)
    }
    for scorer in others:
        for text, score, _ in process.extract(strings[i], list(totals), scorer=scorer, limit=None):
            totals[text] += score
    found = []
    for j in candidates:
        total = totals.get(strings[j])
        if total is not None and total / len(SCORERS) >= floor:
            found.append((j, total / len(SCORERS)))
    return found


def group_claims(
    claims: Sequence[Claim],
    strings: Sequence[str],
    links: Sequence[Link],
    *,
    options: MatchOptions,
    bridge: Bridge | None = None,
) -> list[list[int]]:
    """Indices of claims grouped by statement, given their normalised texts and the candidate
    links between them (`links_from`); every claim is in exactly one group.

    First, links at or above the threshold merge groups, strongest first, under
    average linkage. Then a weaker link (between `floor` and `threshold`) may
    attach a claim that is still alone, when `bridge(i, j, score)` says so: two
    accounts that differ in one typed detail (a number, a date, a thing of one
    kind) read less alike than paraphrases do, yet a fact-checker must see them
    side by side.
    """
    # Ties are broken by claim id, which does not depend on where a claim sits in the corpus;
    # the rank of each id stands in for it, as integers sort faster than strings.
    id_rank = [0] * len(claims)
    for position, i in enumerate(sorted(range(len(claims)), key=lambda i: claims[i].id)):
        id_rank[i] = position
    links = sorted(links, key=lambda link: (-link.score, id_rank[link.a], id_rank[link.b]))
    weak = next((n for n, link in enumerate(links) if link.score < options.threshold), len(links))
    sources = [claim.source for claim in claims]
    parent = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def merge(ra: int, rb: int) -> None:
        small, large = sorted((ra, rb), key=lambda r: (len(members[r]), r))
        parent[small] = large
        members[large].extend(members.pop(small))

    for link in links[:weak]:
        ra, rb = root(link.a), root(link.b)
        if ra == rb:
            continue
        left, right = members[ra], members[rb]
        # Two lone claims: their average link is the link itself.
        if len(left) + len(right) == 2 or _average_link(left, right, sources, strings) >= options.threshold:
            merge(ra, rb)
    seen: dict[int, int] = defaultdict(int)  # weaker links looked at, per claim, strongest first
    for link in links[weak:]:
        if bridge is None:
            break
        rank_a, rank_b = seen[link.a], seen[link.b]
        seen[link.a] += 1
        seen[link.b] += 1
        ra, rb = root(link.a), root(link.b)
        # Only a claim still alone looks for a bridge, and only among its few closest links.
        wants_a = len(members[ra]) == 1 and rank_a < BRIDGES_PER_CLAIM
        wants_b = len(members[rb]) == 1 and rank_b < BRIDGES_PER_CLAIM
        if ra == rb or not (wants_a or wants_b) or len(members[ra]) + len(members[rb]) > MAX_BRIDGED_GROUP:
            continue
        if bridge(link.a, link.b, link.score):
            merge(ra, rb)
    groups = [sorted(m, key=lambda i: (claims[i].source, claims[i].start)) for m in members.values()]
    return sorted(groups, key=lambda g: (claims[g[0]].source, claims[g[0]].start))


BRIDGES_PER_CLAIM = 3  # a lone claim tries its few closest weaker links, not all of them


LINKAGE_SAMPLE = 8  # average linkage over at most this many members a side keeps merging linear


def _average_link(left: list[int], right: list[int], sources: Sequence[str], strings: Sequence[str]) -> float:
    scores = [
        similarity(strings[i], strings[j])
        for i in left[:LINKAGE_SAMPLE]
        for j in right[:LINKAGE_SAMPLE]
        if sources[i] != sources[j]
    ]
    return sum(scores) / len(scores) if scores else 0.0
