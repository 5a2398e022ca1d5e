"""The one place the stages are chained: articles → claims → groups → findings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

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
from crosscheck.match import DEFAULT_THRESHOLD, MatchOptions, group_claims, normalised, similarity
from crosscheck.models import Article, Claim, Finding, Group, Report, Status
from crosscheck.normalize import DEFAULT_ALIASES, Aliases

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True)
class Options:
    """Every setting of a run, built once at the edge (CLI or fact sheet)."""

    threshold: float = DEFAULT_THRESHOLD
    aliases: Aliases = field(default=DEFAULT_ALIASES)
    workers: int = 1


def extract_corpus(articles: Sequence[Article]) -> tuple[Claim, ...]:
    """Every claim of every article, sources in id order, claims in reading order."""
    furniture = repeated_lines(a.body for a in articles)
    claims: list[Claim] = []
    for article in sorted(articles, key=lambda a: a.source):
        claims.extend(extract_claims(article, furniture=furniture))
    return tuple(claims)


def run(
    articles: Sequence[Article], *, options: Options = Options(), progress: Progress | None = None
) -> Report:
    """Extract, match and compare: the whole cross-check of one corpus."""
    notify = progress or (lambda stage, done, total: None)
    ordered = tuple(sorted(articles, key=lambda a: a.source))
    notify("extracting", 0, len(ordered))
    claims = extract_corpus(ordered)
    notify("matching", 0, len(claims))
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

    match_options = MatchOptions(threshold=options.threshold, workers=options.workers)
    indices = group_claims(claims, toks, options=match_options, bridge=typed_difference)
    notify("comparing", 0, len(indices))
    strings = [" ".join(t) for t in toks]
    width = len(str(len(indices)))
    groups = tuple(
        _group(f"g{n:0{width}d}", [claims[i] for i in members], [strings[i] for i in members], context)
        for n, members in enumerate(indices, start=1)
    )
    notify("done", len(groups), len(groups))
    return Report(articles=ordered, claims=claims, groups=groups)


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
