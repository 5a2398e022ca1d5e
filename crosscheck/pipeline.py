"""The one place the stages are chained: articles → claims → groups → findings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import repeat

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
    PROGRESS_STEP,
    MatchOptions,
    group_claims,
    normalised,
    similarity,
)
from crosscheck.models import Article, Claim, Finding, Group, Report, Status
from crosscheck.normalize import DEFAULT_ALIASES, Aliases

Progress = Callable[[str, int, int], None]  # (stage, advance, total)


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
    notify = progress or _silent
    ordered = sorted(articles, key=lambda a: a.source)
    furniture = repeated_lines(a.body for a in ordered)
    chunks = [ordered[i : i + CHUNK] for i in range(0, len(ordered), CHUNK)]
    claims: list[Claim] = []
    if workers > 1 and len(ordered) >= PARALLEL_MIN_ARTICLES:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            try:
                for chunk, found in zip(
                    chunks, pool.map(_extract_chunk, chunks, repeat(furniture)), strict=True
                ):
                    claims.extend(found)
                    notify("extracting", len(chunk), len(ordered))
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise
    else:
        for chunk in chunks:
            claims.extend(_extract_chunk(chunk, furniture))
            notify("extracting", len(chunk), len(ordered))
    return tuple(claims)


def _extract_chunk(chunk: Sequence[Article], furniture: frozenset[str]) -> list[Claim]:
    return [claim for article in chunk for claim in extract_claims(article, furniture=furniture)]


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
    claims = extract_corpus(ordered, workers=options.workers, progress=notify)
    toks = normalised(claims, options.aliases)
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

    match_options = MatchOptions(threshold=options.threshold)
    indices = group_claims(claims, toks, options=match_options, bridge=typed_difference, progress=notify)
    notify("matching", len(claims) % PROGRESS_STEP, len(claims))
    strings = [" ".join(t) for t in toks]
    width = len(str(len(indices)))
    groups = []
    for n, members in enumerate(indices, start=1):
        members_ = [claims[i] for i in members]
        groups.append(_group(f"g{n:0{width}d}", members_, [strings[i] for i in members], context))
        if n % 500 == 0 or n == len(indices):
            notify("comparing", 500 if n % 500 == 0 else n % 500, len(indices))
    return Report(articles=ordered, claims=claims, groups=tuple(groups))


def _group(group_id: str, members: list[Claim], strings: list[str], context: Context) -> Group:
    findings: list[Finding] = []
    for i, a in enumerate(members):
        for j in range(i + 1, len(members)):
            b = members[j]
            if a.source != b.source:
                findings.append(compare(a, b, similarity=similarity(strings[i], strings[j]), context=context))
    return Group(group_id, _status(findings), tuple(c.id for c in members), tuple(findings))


def _status(findings: list[Finding]) -> Status:
    statuses = {f.status for f in findings}
    for status in (Status.CONFLICT, Status.UNCLEAR, Status.AGREE):
        if status in statuses:
            return status if status is not Status.UNCLEAR or Status.AGREE not in statuses else Status.AGREE
    return Status.SINGLE
