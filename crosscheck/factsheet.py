"""The fact sheet: claims.yaml → expectations, and `check(report, sheet)` → CheckResult.

A fact sheet lists the claims a team stands behind, each with the sources that
report it and its status. Checking a claim means finding, in each listed
source, a statement that supports it; finding any statement that contradicts
it; and comparing the status the sources give it with the declared one.
Line numbers come from the YAML nodes, so every problem points into the file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

import yaml
from rapidfuzz import fuzz, process

from crosscheck import dates, places, quantities, safeyaml
from crosscheck.compare import BRIDGING_KINDS, compare
from crosscheck.context import Context
from crosscheck.copies import sketch, stories
from crosscheck.errors import AliasError, ExitCode, FactSheetError, Located, SheetErrors, summary
from crosscheck.extract import extract_claims
from crosscheck.grammar import plural
from crosscheck.hedges import is_hedged
from crosscheck.match import SUPPORT_THRESHOLD, similarity
from crosscheck.models import Article, Claim, Mentions, Report, Status
from crosscheck.names import name_pairs, vocabularies
from crosscheck.normalize import (
    ALIASES_SHAPE,
    KINDS_SHAPE,
    Aliases,
    load_aliases,
    tokens,
    validate_word_lists,
)
from crosscheck.textfile import read_text

SHEET_SOURCE = "claims.yaml"
TOP_KEYS = {"corpus", "aliases", "kinds", "threshold", "crosscheck", "claims"}
CLAIM_KEYS = {"id", "text", "status", "sources", "note"}
REQUIRED_CLAIM_KEYS = ("id", "text", "status", "sources")
_STR_TAG = "tag:yaml.org,2002:str"
# A statement supports a claim only if it has at least this share of the claim's words:
# fuzzy similarity alone lets a short claim ride on two shared names.
MIN_COVERAGE = 0.5


class SheetStatus(str, Enum):
    CORROBORATED = "corroborated"
    DISPUTED = "disputed"
    SINGLE_SOURCE = "single-source"
    UNSUPPORTED = "unsupported"  # computed only: no source supports the claim


@dataclass(frozen=True)
class SheetClaim:
    id: str
    text: str
    status: SheetStatus
    sources: tuple[str, ...]
    note: str | None
    line: int
    source_lines: tuple[int, ...] = ()

    @property
    def fingerprint(self) -> str:
        """What an edit changes: used by --changed-since."""
        body = "\x00".join((self.text, self.status.value, ",".join(self.sources), self.note or ""))
        return hashlib.sha1(body.encode()).hexdigest()


@dataclass(frozen=True)
class FactSheet:
    path: str
    corpus: Path
    aliases: Aliases
    threshold: float
    claims: tuple[SheetClaim, ...]
    # What every claim's verdict depends on besides its own entry and the corpus: the corpus
    # path, threshold, aliases and kinds as written, and the crosscheck version the sheet
    # names; each as (key, value as text).
    settings: tuple[tuple[str, str], ...] = ()
    version: str | None = None  # `crosscheck:`, the version the sheet is checked with


@dataclass(frozen=True)
class Citation:
    """A source id as a claim lists it, kept even when the claim has other errors."""

    claim: str
    source: str
    line: int


@dataclass(frozen=True)
class SheetReading:
    """A fact sheet as read, with every schema error found in it (the sheet holds the claims
    that have none)."""

    sheet: FactSheet
    errors: tuple[Located, ...]
    citations: tuple[Citation, ...]
    corpus_ok: bool  # the corpus key is valid and names something that exists


@dataclass(frozen=True)
class Evidence:
    """One corpus statement set against a sheet claim."""

    claim: Claim
    similarity: float
    a_says: str = ""
    b_says: str = ""


class Severity(str, Enum):
    ERROR = "error"  # the claim fails
    WARNING = "warning"  # the claim holds, but weakly


@dataclass(frozen=True)
class Problem:
    claim_id: str
    line: int
    message: str
    rule: str  # what failed: grounding, contradiction, status, one-voice
    severity: Severity = Severity.ERROR


@dataclass(frozen=True)
class ClaimCheck:
    claim: SheetClaim
    computed: SheetStatus
    supported_by: tuple[str, ...]
    contradicted_by: tuple[Evidence, ...]
    problems: tuple[Problem, ...]  # errors and warnings, in line order

    @property
    def ok(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)


@dataclass(frozen=True)
class CheckResult:
    path: str
    checks: tuple[ClaimCheck, ...]
    skipped: int = 0  # claims left out by --changed-since

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Every error and warning, in line order (a claim's own in the order found)."""
        return tuple(sorted((p for c in self.checks for p in c.problems), key=lambda p: p.line))

    @property
    def failed(self) -> int:
        return sum(1 for c in self.checks if not c.ok)

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.severity is Severity.WARNING)

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.CHECK_FAILED if self.failed else ExitCode.OK


# --- reading ---------------------------------------------------------------------------------


def load_sheet(path: Path) -> FactSheet:
    """Parse and validate claims.yaml; raise SheetErrors with every schema error, in line order."""
    reading = read_sheet(path)
    if reading.errors:
        raise SheetErrors(reading.errors)
    return reading.sheet


def read_sheet(path: Path, *, allow_outside: bool = False) -> SheetReading:
    """Parse claims.yaml, collecting every schema error with its line rather than stopping at
    the first. YAML that does not parse is one error (nothing after it can be read)."""
    text = read_text(path, error=FactSheetError)
    try:
        return _read(text, path, filesystem=True, allow_outside=allow_outside)
    except (ValueError, RecursionError, yaml.YAMLError) as error:
        # What parsing does not name is still this file's one-line problem, not a traceback.
        raise FactSheetError(f"cannot read: {summary(error)}", path=str(path)) from None


def parse_sheet(text: str, path: Path) -> FactSheet:
    """The fact sheet in `text` (as if read from `path`); SheetErrors if it is not valid."""
    reading = _read(text, path, filesystem=False)
    if reading.errors:
        raise SheetErrors(reading.errors)
    return reading.sheet


def _read(text: str, path: Path, *, filesystem: bool, allow_outside: bool = True) -> SheetReading:
    where = str(path)
    root = safeyaml.compose(text, error=FactSheetError, path=where)
    if root is None:
        raise FactSheetError("empty fact sheet: expected keys corpus and claims", path=where, line=1)
    errors: list[tuple[int, str]] = []
    if not isinstance(root, yaml.MappingNode):
        raise FactSheetError(
            "the fact sheet must be a mapping with a 'claims' list", path=where, line=_line(root)
        )
    top = _mapping(root, errors, "fact sheet")
    for key, (key_node, _) in sorted(top.items()):
        if key not in TOP_KEYS:
            errors.append(
                (_line(key_node), f"unknown key {key!r} (expected one of {', '.join(sorted(TOP_KEYS))})")
            )
    before = len(errors)
    written = _optional(
        top, "corpus", errors, default="corpus", parse=_text, requirement="a non-empty string"
    )
    corpus = path.parent / written
    corpus_ok = len(errors) == before
    if corpus_ok and not allow_outside and not corpus.resolve().is_relative_to(path.parent.resolve()):
        # A sheet from a pull request could name any directory ("../../etc"), and `check` quotes
        # what it reads into CI logs.
        errors.append(
            (
                _line(top["corpus"][1]) if "corpus" in top else 1,
                f"the corpus it names, {corpus}, is outside the fact sheet's directory "
                "(pass --allow-outside-corpus to read it)",
            )
        )
        corpus_ok = False
    if corpus_ok and filesystem and not corpus.exists():
        if "corpus" in top:
            errors.append((_line(top["corpus"][1]), f"the corpus it names, {corpus}, does not exist"))
        else:
            errors.append((1, f"no corpus at {corpus} (the default: name one with the key 'corpus')"))
        corpus_ok = False
    threshold = _optional(
        top,
        "threshold",
        errors,
        default=SUPPORT_THRESHOLD,
        parse=_percentage,
        requirement="a number from 0 to 100",
    )
    version = _optional(
        top, "crosscheck", errors, default=None, parse=_text, requirement="a version, such as 0.1.0"
    )
    word_lists = {}
    for key, shape in (("aliases", ALIASES_SHAPE), ("kinds", KINDS_SHAPE)):
        data = safeyaml.construct(top[key][1], error=FactSheetError, path=where) if key in top else None
        try:
            word_lists[key] = validate_word_lists(data, where, what=key, shape=shape)
        except AliasError as error:
            errors.append((_line(top[key][1]), error.message))
    aliases = load_aliases(None, word_lists.get("aliases"), extra_kinds=word_lists.get("kinds"))
    citations: list[Citation] = []
    claims = _claims(top, errors, citations)
    settings = tuple(
        (key, json.dumps(value, sort_keys=True, ensure_ascii=False))
        for key, value in (
            ("corpus", written),
            ("threshold", threshold),
            ("aliases", word_lists.get("aliases", {})),
            ("kinds", word_lists.get("kinds", {})),
            ("crosscheck", version),
        )
    )
    sheet = FactSheet(where, corpus, aliases, threshold, claims, settings, version)
    located = tuple(Located(message, where, line) for line, message in sorted(errors))
    return SheetReading(sheet, located, tuple(citations), corpus_ok)


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _mapping(
    node: yaml.Node, errors: list[tuple[int, str]], what: str
) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        errors.append((_line(node), f"{what} must be a mapping"))
        return {}
    result: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        if key in result:
            errors.append((_line(key_node), f"key {key!r} appears twice"))
        result[key] = (key_node, value_node)
    return result


T = TypeVar("T")


def _optional(
    top: Mapping[str, tuple[yaml.Node, yaml.Node]],
    key: str,
    errors: list[tuple[int, str]],
    *,
    default: T,
    parse: Callable[[str], T | None],
    requirement: str,
) -> T:
    """The scalar at `key` as `parse` reads it; `default` when the key is absent, or when the
    value is not what `parse` accepts (which is noted as an error: "`key` must be …")."""
    if key not in top:
        return default
    node = top[key][1]
    value = parse(str(node.value)) if isinstance(node, yaml.ScalarNode) else None
    if value is None:
        errors.append((_line(node), f"{key} must be {requirement}"))
        return default
    return value


def _text(value: str) -> str | None:
    return value if value.strip() else None


def _percentage(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if 0 <= number <= 100 else None


def _claims(
    top: Mapping[str, tuple[yaml.Node, yaml.Node]],
    errors: list[tuple[int, str]],
    citations: list[Citation],
) -> tuple[SheetClaim, ...]:
    if "claims" not in top:
        errors.append((1, "missing key 'claims' (a list of claims)"))
        return ()
    node = top["claims"][1]
    if not isinstance(node, yaml.SequenceNode):
        errors.append((_line(node), "claims must be a list"))
        return ()
    result: list[SheetClaim] = []
    seen: dict[str, int] = {}
    for item in node.value:
        claim = _claim(item, errors, citations)
        if claim is None:
            continue
        if claim.id in seen:
            errors.append((claim.line, f"duplicate id {claim.id!r} (first on line {seen[claim.id]})"))
            continue
        seen[claim.id] = claim.line
        result.append(claim)
    return tuple(result)


def _claim(node: yaml.Node, errors: list[tuple[int, str]], citations: list[Citation]) -> SheetClaim | None:
    fields = _mapping(node, errors, "a claim")
    if not fields:
        return None
    before = len(errors)
    unknown = [key for key in fields if key not in CLAIM_KEYS]
    for key in unknown:
        expected = ", ".join(sorted(CLAIM_KEYS))
        errors.append((_line(fields[key][0]), f"unknown key {key!r} in a claim (expected {expected})"))
    for key in REQUIRED_CLAIM_KEYS:
        if key not in fields:
            guess = process.extractOne(key, unknown, scorer=fuzz.ratio, score_cutoff=60) if unknown else None
            hint = f" (is {guess[0]!r} a misspelling?)" if guess else ""
            errors.append((_line(node), f"claim is missing {key!r}{hint}"))
    values: dict[str, Any] = {}
    for key in ("id", "text", "note"):
        if key not in fields:
            continue
        value = fields[key][1]
        is_text = isinstance(value, yaml.ScalarNode) and (key == "id" or value.tag == _STR_TAG)
        if not is_text:
            errors.append((_line(value), f"{key} must be a string"))
        elif not str(value.value).strip():
            errors.append((_line(value), f"{key} must not be empty"))
        else:
            values[key] = str(value.value).strip()
    if "status" in fields:
        value = fields["status"][1]
        allowed = [s.value for s in SheetStatus if s is not SheetStatus.UNSUPPORTED]
        if not isinstance(value, yaml.ScalarNode) or value.value not in allowed:
            errors.append((_line(value), f"status must be one of {', '.join(allowed)}"))
        else:
            values["status"] = SheetStatus(value.value)
    source_lines: list[int] = []
    if "sources" in fields:
        value = fields["sources"][1]
        items = value.value if isinstance(value, yaml.SequenceNode) else None
        if not items or not all(isinstance(i, yaml.ScalarNode) and str(i.value).strip() for i in items):
            errors.append((_line(value), "sources must be a non-empty list of source ids"))
        else:
            values["sources"] = tuple(str(i.value).strip() for i in items)
            source_lines = [_line(i) for i in items]
            label = values.get("id", "a claim")
            citations.extend(
                Citation(label, s, n) for s, n in zip(values["sources"], source_lines, strict=True)
            )
    if len(errors) > before:
        return None
    return SheetClaim(
        id=values["id"],
        text=values["text"],
        status=values["status"],
        sources=values["sources"],
        note=values.get("note"),
        line=_line(fields["id"][0]),
        source_lines=tuple(source_lines),
    )


def unknown_sources(reading: SheetReading, known: set[str]) -> list[Located]:
    """Source ids the corpus does not have, each an error at the line that lists it."""
    corpus = ", ".join(sorted(known))
    return [
        Located(
            f"{c.claim}: unknown source id {c.source!r} (the corpus has {corpus})", reading.sheet.path, c.line
        )
        for c in reading.citations
        if c.source not in known
    ]


# --- checking --------------------------------------------------------------------------------


def check(report: Report, sheet: FactSheet, *, only: set[str] | None = None) -> CheckResult:
    """Ground every sheet claim in the corpus, look for contradictions, compare statuses."""
    corpus = list(report.claims)
    strings = [" ".join(tokens(c.text, sheet.aliases)) for c in corpus]
    context = Context(
        aliases=sheet.aliases,
        published={a.source: a.published for a in report.articles},
        updated={a.source: a.updated for a in report.articles},
        vocabulary=vocabularies(
            corpus,
            [s.split() for s in strings],
            # All a vocabulary reads of a claim's mentions: its names and its streets.
            [
                Mentions(name_pairs=tuple(name_pairs(c.text)), streets=places.street_ways(c.text))
                for c in corpus
            ],
            sheet.aliases,
        ),
    )
    # Two copies of one text are one voice: "corroborated" needs two independent sources.
    story = dict(report.stories) or stories({a.source: sketch(a.body) for a in report.articles})
    checks = []
    for entry in sheet.claims:
        if only is not None and entry.id not in only:
            continue
        checks.append(_check_claim(entry, corpus, strings, sheet, context, story))
    skipped = len(sheet.claims) - len(checks)
    return CheckResult(sheet.path, tuple(checks), skipped)


def as_claim(entry: SheetClaim) -> Claim:
    """A sheet claim in the shape the comparison expects; its source is the sheet itself."""
    return Claim(
        id=f"{SHEET_SOURCE}:{entry.id}",
        source=SHEET_SOURCE,
        text=entry.text,
        start=0,
        end=0,
        line=entry.line,
        sentence=entry.text,
        attribution=_speaker(entry.text),
        quote="“" in entry.text or '"' in entry.text,
        hedged=is_hedged(entry.text),
    )


def _speaker(text: str) -> str | None:
    """Who the sheet claim says is speaking ("“…,” the mayor said."), read as an article's would be."""
    said = extract_claims(Article(source=SHEET_SOURCE, path="", text=text))
    return next((claim.attribution for claim in said if claim.attribution), None)


# Below the threshold, a statement may still contradict a claim in one typed detail (a number,
# a date, a thing of one kind): such statements read less alike than paraphrases. The closest
# few of each source from this similarity on are compared.
CONTRADICTION_FLOOR = 45.0
CLOSEST_PER_SOURCE = 3


def _check_claim(
    entry: SheetClaim,
    corpus: list[Claim],
    strings: list[str],
    sheet: FactSheet,
    context: Context,
    story: Mapping[str, str],
) -> ClaimCheck:
    mine = as_claim(entry)
    query = " ".join(tokens(entry.text, sheet.aliases))
    floor = min(CONTRADICTION_FLOOR, sheet.threshold)
    # The mean of two scores of at most 100 reaches `floor` only if the first reaches 2*floor - 100.
    cutoff = max(0.0, 2 * floor - 100)
    scored = process.extract(query, strings, scorer=fuzz.token_set_ratio, score_cutoff=cutoff, limit=None)
    best: dict[str, Evidence] = {}
    support: dict[str, Evidence] = {}
    against: dict[str, Evidence] = {}
    # The sheet claim speaks for its listed sources: a name they never use is foreign to it.
    own_words = set(query.split()).union(*(context.vocabulary.get(s, frozenset()) for s in entry.sources))
    sheet_context = Context(
        aliases=context.aliases,
        published=context.published,
        updated=context.updated,
        vocabulary={**context.vocabulary, SHEET_SOURCE: frozenset(own_words)},
    )
    for index, score in _candidates(query, scored, strings, corpus, floor, sheet.threshold):
        claim = corpus[index]
        finding = compare(mine, claim, similarity=score, context=sheet_context)
        evidence = Evidence(claim, round(score, 1), finding.a_says, finding.b_says)
        if claim.source not in best or score > best[claim.source].similarity:
            best[claim.source] = evidence
        weak = score < sheet.threshold
        # A source that says the figure has since changed contradicts a sheet that still gives the old one.
        contradicts = finding.status in (Status.CONFLICT, Status.REVISED)
        if contradicts and (not weak or finding.kind in BRIDGING_KINDS):
            if claim.source not in against or score > against[claim.source].similarity:
                against[claim.source] = evidence
        elif (
            score >= sheet.threshold
            and _coverage(query, strings[index]) >= MIN_COVERAGE
            and covers_details(mine.text, claim.text, context.published.get(claim.source))
            and (claim.source not in support or score > support[claim.source].similarity)
        ):
            support[claim.source] = evidence
    # A source that states the claim itself does not contradict it with another sentence.
    against = {source: e for source, e in against.items() if source not in support}
    computed = _computed_status(support, against, story)
    problems = _problems(entry, computed, support, against, best, corpus, strings, query, story)
    return ClaimCheck(
        entry, computed, tuple(sorted(support)), tuple(against[s] for s in sorted(against)), problems
    )


def _candidates(
    query: str,
    scored: Sequence[tuple[str, float, int]],
    strings: Sequence[str],
    corpus: Sequence[Claim],
    floor: float,
    threshold: float,
) -> list[tuple[int, float]]:
    """Statements to compare: all at or above the threshold, and the closest few of each source
    between the floor and the threshold."""
    scores = [(index, similarity(query, strings[index])) for *_, index in scored]
    strong = [(i, s) for i, s in scores if s >= threshold]
    weak: dict[str, list[tuple[int, float]]] = {}
    for index, score in sorted(scores, key=lambda p: (-p[1], p[0])):
        if floor <= score < threshold:
            weak.setdefault(corpus[index].source, []).append((index, score))
    closest = [pair for pairs in weak.values() for pair in pairs[:CLOSEST_PER_SOURCE]]
    return sorted(strong + closest)


def _coverage(claim: str, statement: str) -> float:
    """The share of the claim's tokens that the statement also has."""
    wanted = set(claim.split())
    return len(wanted & set(statement.split())) / len(wanted) if wanted else 0.0


def covers_details(claim: str, statement: str, published: str | None) -> bool:
    """A statement supports a claim's numbers and dates only if it states them too: a source
    that never gives the duration does not support "a five-hour summit". A vague number ("in
    space several times") is no figure a source must repeat; one it contradicts is a conflict."""
    wanted = [q for q in quantities.quantities(claim) if not q.vague]
    given = quantities.quantities(statement)
    if any(not any(q.unit == g.unit and quantities.compatible(q, g) for g in given) for q in wanted):
        return False
    when, said = dates.timing(claim), dates.timing(statement, published=published)
    if when.dates and not {d[-5:] for d in when.dates} & {d[-5:] for d in said.dates}:
        return False
    return not (when.weekdays and not set(when.weekdays) & set(said.weekdays))


def _computed_status(
    support: Mapping[str, Evidence], against: Mapping[str, Evidence], story: Mapping[str, str]
) -> SheetStatus:
    if against and support:
        return SheetStatus.DISPUTED
    voices = len({story.get(source, source) for source in support})
    if voices >= 2:
        return SheetStatus.CORROBORATED
    if voices == 1:
        return SheetStatus.SINGLE_SOURCE
    return SheetStatus.UNSUPPORTED


def _problems(
    entry: SheetClaim,
    computed: SheetStatus,
    support: Mapping[str, Evidence],
    against: Mapping[str, Evidence],
    best: Mapping[str, Evidence],
    corpus: list[Claim],
    strings: list[str],
    query: str,
    story: Mapping[str, str],
) -> tuple[Problem, ...]:
    problems: list[Problem] = []
    for source, line in zip(
        entry.sources, entry.source_lines or (entry.line,) * len(entry.sources), strict=False
    ):
        if source in support:
            continue
        closest = best.get(source) or _closest_in(source, corpus, strings, query)
        hint = ""
        if closest:
            where = f"{source}:{closest.claim.line}, similarity {closest.similarity:.0f}"
            hint = f"; closest: “{closest.claim.text}” ({where})"
        problems.append(Problem(entry.id, line, f"not supported by {source}{hint}", "grounding"))
    if entry.status is not SheetStatus.DISPUTED:
        for source in sorted(against):
            evidence = against[source]
            problems.append(
                Problem(
                    entry.id,
                    entry.line,
                    f"contradicted by {source}:{evidence.claim.line} “{evidence.claim.text}” "
                    f"({evidence.a_says or '—'} vs {evidence.b_says or '—'}); "
                    "mark it disputed if that is known",
                    "contradiction",
                )
            )
    if computed is not entry.status and not (entry.status is SheetStatus.DISPUTED and against):
        problems.append(
            Problem(entry.id, entry.line, _status_message(entry.status, computed, support, against), "status")
        )
    problems.extend(_one_voice(entry, support, story))
    return tuple(sorted(problems, key=lambda p: p.line))


def _one_voice(entry: SheetClaim, support: Mapping[str, Evidence], story: Mapping[str, str]) -> list[Problem]:
    """A warning for listed sources that support the claim but are copies of one text: the
    claim holds, on fewer independent sources than it lists."""
    listed = [s for s in entry.sources if s in support]
    voices: dict[str, list[str]] = {}
    for source in listed:
        voices.setdefault(story.get(source, source), []).append(source)
    return [
        Problem(
            entry.id,
            entry.line,
            f"{_and(copies)} are copies of one text: "
            f"{plural(len(voices), 'independent source')} of the {len(listed)} listed",
            "one-voice",
            Severity.WARNING,
        )
        for copies in voices.values()
        if len(copies) > 1
    ]


def _and(names: Sequence[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def _status_message(
    declared: SheetStatus,
    computed: SheetStatus,
    support: Mapping[str, Evidence],
    against: Mapping[str, Evidence],
) -> str:
    said = f"supported by {', '.join(sorted(support))}" if support else "supported by no source"
    if against:
        said += f"; contradicted by {', '.join(sorted(against))}"
    return f"status is {declared.value} but the sources make it {computed.value} ({said})"


def _closest_in(source: str, corpus: list[Claim], strings: list[str], query: str) -> Evidence | None:
    indices = [i for i, c in enumerate(corpus) if c.source == source]
    if not indices:
        return None
    found = process.extractOne(query, [strings[i] for i in indices], scorer=fuzz.token_set_ratio)
    if found is None:
        return None
    index = indices[found[2]]
    score = similarity(query, strings[index])
    return Evidence(corpus[index], round(score, 1))


def claims_near(sheet: FactSheet, statements: Sequence[Claim]) -> set[str]:
    """Ids of the sheet claims that one of `statements` could support or contradict: read at
    least as alike as the least alike statement `check` compares with a claim."""
    if not statements:
        return set()
    strings = [" ".join(tokens(c.text, sheet.aliases)) for c in statements]
    floor = min(CONTRADICTION_FLOOR, sheet.threshold)
    found = set()
    for entry in sheet.claims:
        query = " ".join(tokens(entry.text, sheet.aliases))
        scored = process.extract(
            query, strings, scorer=fuzz.token_set_ratio, score_cutoff=max(0.0, 2 * floor - 100), limit=None
        )
        if any(similarity(query, strings[index]) >= floor for *_, index in scored):
            found.add(entry.id)
    return found
