"""The one place the stages are chained: articles → claims → groups → findings."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, fields
from itertools import islice
from operator import attrgetter
from typing import TypeVar

from crosscheck.boilerplate import repeated_lines
from crosscheck.compare import (
    BRIDGING_KINDS,
    Context,
    compare,
    might_conflict,
    surface_vocabularies,
    vocabularies,
)
from crosscheck.extract import extract_claims
from crosscheck.match import (
    DEFAULT_THRESHOLD,
    Index,
    Link,
    MatchOptions,
    build_index,
    group_claims,
    links_from,
    lonely,
    normalised,
    row_steps,
    similarity,
)
from crosscheck.models import Article, Claim, ConflictKind, Finding, Group, Report, Status
from crosscheck.normalize import DEFAULT_ALIASES, Aliases

Progress = Callable[[str, int, int], None]  # (stage, advance, total)
T = TypeVar("T")


@dataclass(frozen=True)
class Options:
    """Every setting of a run, built once at the edge (CLI or fact sheet)."""

    threshold: float = DEFAULT_THRESHOLD
    aliases: Aliases = field(default=DEFAULT_ALIASES)
    workers: int = 1


PARALLEL_MIN_ARTICLES = 64  # below this, starting worker processes costs more than it saves
CHUNK = 32  # articles handed to a worker at a time


def extract_corpus(
    articles: Sequence[Article], *, workers: int = 1, progress: Progress | None = None
) -> tuple[Claim, ...]:
    """Every claim of every article, sources in id order, claims in reading order.

    With `workers` > 1, articles are extracted in that many processes; extraction is a
    pure function of each article, so the result is the same as with one.
    """
    return _extract(articles, workers=workers, aliases=None, progress=progress)[0]


def _extract(
    articles: Sequence[Article], *, workers: int, aliases: Aliases | None, progress: Progress | None
) -> tuple[tuple[Claim, ...], list[tuple[str, ...]]]:
    """The claims, and with `aliases` each claim's normalised tokens, made in the same worker
    that extracted the claim rather than one by one afterwards."""
    notify = progress or _silent
    ordered = sorted(articles, key=lambda a: a.source)
    furniture = repeated_lines(a.body for a in ordered)
    chunks = [ordered[i : i + CHUNK] for i in range(0, len(ordered), CHUNK)]
    claims: list[Claim] = []
    toks: list[tuple[str, ...]] = []
    parallel = workers if len(ordered) >= PARALLEL_MIN_ARTICLES else 1
    found = _mapped(_extract_chunk, chunks, parallel, (furniture, aliases))
    for chunk, (chunk_claims, chunk_tokens) in zip(chunks, found, strict=True):
        claims.extend(Claim(*row) for row in chunk_claims)
        toks.extend(chunk_tokens)
        notify("extracting", len(chunk), len(ordered))
    return tuple(claims), toks


def _mapped(
    function: Callable[..., T], chunks: Sequence[object], workers: int, shared: tuple[object, ...]
) -> Iterator[T]:
    """`function(chunk, *shared)` for each chunk, in order; in `workers` processes if more than one.

    `shared` reaches each worker once, when it starts (a fork inherits it without copying),
    not once per chunk.
    """
    if workers <= 1:
        _install(*shared)
        try:
            yield from map(function, chunks)
        finally:
            _install()  # let go of the corpus once the stage is done
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_install, initargs=shared) as pool:
        try:
            yield from pool.map(function, chunks)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


_shared: tuple[object, ...] = ()  # what `_mapped` gave this process: read only by the chunk functions


def _install(*shared: object) -> None:
    global _shared
    _shared = shared


# Claims, links and findings cross the process boundary as plain tuples of their fields, in
# their order: several times faster to pickle than the dataclasses (at 10,000 articles, a
# second saved on claims, more on links and findings).
ClaimRow = tuple[str, str, str, int, int, int, str, str | None, bool, bool]
_claim_row: Callable[[Claim], ClaimRow] = attrgetter(*(f.name for f in fields(Claim)))
LinkRow = tuple[int, int, float]
_link_row: Callable[[Link], LinkRow] = attrgetter(*(f.name for f in fields(Link)))


def _extract_chunk(chunk: Sequence[Article]) -> tuple[list[ClaimRow], list[tuple[str, ...]]]:
    furniture, aliases = _shared
    assert isinstance(furniture, frozenset) and (aliases is None or isinstance(aliases, Aliases))
    claims = [claim for article in chunk for claim in extract_claims(article, furniture=furniture)]
    return [_claim_row(c) for c in claims], [] if aliases is None else normalised(claims, aliases)


def _silent(stage: str, advance: int, total: int) -> None:
    """The progress callback when nobody is watching."""


def run(
    articles: Sequence[Article], *, options: Options = Options(), progress: Progress | None = None
) -> Report:
    """Extract, match and compare: the whole cross-check of one corpus.

    `progress(stage, advance, total)` is told how far each stage has come.
    """
    notify = progress or _silent
    ordered = tuple(sorted(articles, key=lambda a: a.source))
    claims, toks = _extract(ordered, workers=options.workers, aliases=options.aliases, progress=notify)
    context = Context(
        aliases=options.aliases,
        published={a.source: a.published for a in ordered},
        vocabulary=vocabularies(claims, toks),
        surface=surface_vocabularies(claims),
    )

    def typed_difference(i: int, j: int, score: float) -> bool:
        if not might_conflict(claims[i], claims[j], context):
            return False
        finding = compare(claims[i], claims[j], similarity=score, context=context)
        return finding.status is Status.CONFLICT and finding.kind in BRIDGING_KINDS

    parallel = options.workers if len(ordered) >= PARALLEL_MIN_ARTICLES else 1
    match_options = MatchOptions(threshold=options.threshold)
    index = build_index(claims, toks)
    links: list[Link] = []
    # Two searches: every claim through its short postings, then the claims still alone
    # through their long ones too (a statement that many sources repeat; see `links_from`).
    for stage, repeated in (("matching", False), ("matching repeats", True)):
        steps = row_steps(lonely(len(claims), links) if repeated else range(len(claims)))
        total = sum(len(rows) for rows in steps)
        shared = (index, match_options, repeated)
        for rows, found_links in zip(steps, _mapped(_link_rows, steps, parallel, shared), strict=True):
            links.extend(Link(*row) for row in found_links)
            notify(stage, len(rows), total)
    strings = index.strings
    del index
    indices = group_claims(claims, strings, links, options=match_options, bridge=typed_difference)
    del links
    groups = _compare_groups(claims, strings, context, indices, parallel, notify)
    return Report(articles=ordered, claims=claims, groups=tuple(groups))


def _link_rows(rows: Sequence[int]) -> list[LinkRow]:
    index, options, repeated = _shared
    assert isinstance(index, Index) and isinstance(options, MatchOptions) and isinstance(repeated, bool)
    return [_link_row(link) for link in links_from(index, rows, options, repeated=repeated)]


# A statement that hundreds of sources repeat makes a group of hundreds of claims, and every
# pair of them would be tens of thousands of findings. In a group this large each claim is
# compared with the next PAIR_WINDOW claims of other sources (sources in id order), which
# keeps the work and the output linear; a dissenting claim is still compared with five claims
# of sources before it and five of sources after it. A window of ten found the same conflicts
# on one event covered by 400 and by 2,000 outlets, with twice the findings (576 MB of JSON
# at 10,000 outlets). A group of a few dozen claims may mix several statements of one event,
# each source telling several; a window would miss pairs there, so up to LARGE_GROUP claims
# every cross-source pair is compared.
PAIR_WINDOW = 5
LARGE_GROUP = 50  # claims: at most 1,225 pairs
ROWS_PER_PART = 500  # a large group is compared in parts of this many claims, in parallel
PAIRS_PER_CHUNK = 5000  # about this many pairs are handed to a worker at a time

Part = tuple[int, range]  # a group's number, and the positions of the members compared in it


def _compare_groups(
    claims: tuple[Claim, ...],
    strings: Sequence[str],
    context: Context,
    indices: list[list[int]],
    workers: int,
    notify: Progress,
) -> list[Group]:
    """Every group with its findings. The work is cut into parts of about even size, so that
    one very large group is shared among the workers too."""
    parts: list[Part] = []
    for number, members in enumerate(indices):
        step = ROWS_PER_PART if len(members) > LARGE_GROUP else len(members)
        parts.extend((number, range(i, min(i + step, len(members)))) for i in range(0, len(members), step))
    chunks: list[list[Part]] = [[]]
    pairs = 0
    for part in parts:
        if pairs >= PAIRS_PER_CHUNK:
            chunks.append([])
            pairs = 0
        chunks[-1].append(part)
        pairs += len(part[1]) * min(PAIR_WINDOW, len(indices[part[0]]))
    found: list[list[Finding]] = [[] for _ in indices]
    for chunk, chunk_findings in zip(
        chunks, _mapped(_compare_chunk, chunks, workers, (claims, strings, context, indices)), strict=True
    ):
        for (number, _), rows in zip(chunk, chunk_findings, strict=True):
            found[number].extend(Finding(*row) for row in rows)
        notify("comparing", sum(len(rows) for _, rows in chunk), len(claims))
    width = len(str(len(indices)))
    return [
        Group(f"g{n:0{width}d}", _status(findings), tuple(claims[i].id for i in members), tuple(findings))
        for n, (members, findings) in enumerate(zip(indices, found, strict=True), start=1)
    ]


FindingRow = tuple[str, str, Status, ConflictKind | None, str, str, float]
_finding_row: Callable[[Finding], FindingRow] = attrgetter(*(f.name for f in fields(Finding)))


def _compare_chunk(chunk: Sequence[Part]) -> list[list[FindingRow]]:
    claims, strings, context, indices = _shared
    assert isinstance(claims, tuple) and isinstance(strings, tuple) and isinstance(context, Context)
    assert isinstance(indices, list)
    findings = []
    for number, rows in chunk:
        members = indices[number]
        reach = PAIR_WINDOW if len(members) > LARGE_GROUP else len(members)
        part: list[FindingRow] = []
        for position in rows:
            i = members[position]
            partners = (j for j in members[position + 1 :] if claims[j].source != claims[i].source)
            for j in islice(partners, reach):
                score = similarity(strings[i], strings[j])
                part.append(_finding_row(compare(claims[i], claims[j], similarity=score, context=context)))
        findings.append(part)
    return findings


def _status(findings: list[Finding]) -> Status:
    statuses = {f.status for f in findings}
    for status in (Status.CONFLICT, Status.UNCLEAR, Status.AGREE):
        if status in statuses:
            return status if status is not Status.UNCLEAR or Status.AGREE not in statuses else Status.AGREE
    return Status.SINGLE
