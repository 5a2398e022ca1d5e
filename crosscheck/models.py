"""The data that flows between the stages: articles → claims → groups → findings.

Every class here is a frozen dataclass with no I/O, so each stage can be tested
on hand-built values and nothing downstream can mutate what upstream produced.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True, slots=True)
class Article:
    """One source document as loaded from disk.

    `body_offset` is where the body starts in the file (after any front matter),
    so spans computed on the body can be reported as offsets into the file.
    """

    source: str
    path: str
    text: str
    body_offset: int = 0
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    url: str | None = None
    record_line: int | None = None  # for JSON Lines input: the record's line in the file
    author: str | None = None
    updated: str | None = None  # ISO date of the last update, where the page or front matter says
    # For a web page: `text` is the article extracted from it (`pages`), so offsets and lines
    # point into that text, not into the file.
    extracted: bool = False

    @property
    def body(self) -> str:
        return self.text[self.body_offset :]


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable statement made by one source.

    `text` is the source's words with the attribution frame removed; where a split
    clause lost its subject (or verb), the words restored from the clause before stand
    in brackets at its start ("[The deputy] was shot twice") and again in `restored`.
    `start`/`end` point at the clause in the file it came from, `sentence` is the whole
    sentence for context. `headline` marks the article's headline: context, never
    compared.
    """

    id: str
    source: str
    text: str
    start: int
    end: int
    line: int
    sentence: str
    attribution: str | None = None
    quote: bool = False
    hedged: bool = False
    restored: str | None = None
    via: str | None = None  # the outlet the speaker spoke to ("told AFP"): a channel, not a speaker
    headline: bool = False
    # Where the claim tells a day from the story's own ("the next morning"): the day before it.
    day: str | None = None


@dataclass(frozen=True, slots=True)
class Mentions:
    """The names, streets, nicknames and buildings one claim mentions: what the corpus-wide
    look-ups (each source's vocabulary, the pairs `variants` proposes) are built from. Read
    once a claim, in the process that extracts it (`variants.mentions_of`)."""

    name_pairs: tuple[str, ...] = ()  # two capitalised words in a row, folded: "jon hale"
    names: tuple[tuple[str, str], ...] = ()  # two names side by side, as written: ("Jon", "Hale")
    streets: tuple[
        tuple[str, str], ...
    ] = ()  # a street's name written together, its kind: ("elmleaf", "place")
    nicknames: tuple[str, ...] = ()  # as written: "Ziggy"
    built: tuple[bool, ...] = ()  # for each span of years a building was put up in, whether an age tells it


NO_MENTIONS = Mentions()


@dataclass(frozen=True, slots=True)
class Fact:
    """One value a claim states, and what it is about (`stated.facts_of`).

    `slot` is what the value fills: a counted or measured kind ("people", "m", "sec", "age",
    "acre", "usd", a counted noun), or "date", "month", "weekday", "clock", "year",
    "relation", "street", "name". `value` is normalised, with its bound ("≥12", "~600 m",
    "3mo", "2023-09-13", "~15:10 EDT"); `text` the words it was read from, where one stretch
    of them gives it. For a figure: the noun it `counts`, the verb it is counted `by`, the
    content words `about` it, the places of its `scope`. For a name: the title before it
    (`role`). `elsewhere`: the claim tells of another event ("an earlier attack")."""

    slot: str
    value: str
    text: str = ""
    counts: str = ""
    by: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    scope: tuple[str, ...] = ()
    role: str = ""
    elsewhere: bool = False


class Status(str, Enum):
    AGREE = "agree"
    CONFLICT = "conflict"
    UNCLEAR = "unclear"  # they differ, but one side hedges: not a hard conflict
    REVISED = "revised"  # a later report says a figure changed, or tells what had not yet happened
    SINGLE = "single"


# The statuses of a disputed fact, gravest first: how a group's status is chosen, and the order of
# a report's sections (agreements after them).
DISPUTED = (Status.CONFLICT, Status.UNCLEAR, Status.REVISED)


class ConflictKind(str, Enum):
    NUMBER = "number"
    DATE = "date"
    TIME = "time"
    ENTITY = "entity"
    QUOTE = "quote"
    NEGATION = "negation"


@dataclass(frozen=True, slots=True)
class Finding:
    """The verdict on one cross-source pair of claims in a group."""

    a: str  # claim id
    b: str  # claim id
    status: Status
    kind: ConflictKind | None
    a_says: str
    b_says: str
    similarity: float
    # Two parties the claims put on either side of one act the other way round ("Acme sued
    # Globex" / "Globex sued Acme"), as claim a writes them, the one before the act first:
    # they may be two facts, or one told wrongly (`roles`). Empty when nothing is swapped.
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Group:
    """Claims from two or more sources about the same statement, or one lone claim."""

    id: str
    status: Status
    claim_ids: tuple[str, ...]
    findings: tuple[Finding, ...] = ()

    @property
    def kinds(self) -> tuple[ConflictKind, ...]:
        seen = {f.kind for f in self.findings if f.kind is not None and f.status is Status.CONFLICT}
        return tuple(sorted(seen, key=lambda k: k.value))


@dataclass(frozen=True)
class Report:
    """Everything one run found, in a stable order."""

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    groups: tuple[Group, ...]
    warnings: tuple[str, ...] = field(default=())
    # Each source's story: the smallest source id among the articles that are copies of one
    # text (`copies`); a source missing here is a story of its own.
    stories: Mapping[str, str] = field(default_factory=dict)
    # For a copy, the estimated share of the shorter text it has in common with its story's
    # first article (`copies.containment`).
    shares: Mapping[str, float] = field(default_factory=dict)
    # A claim that copies of its article repeat word for word → those repeats: compared once,
    # through the claim, and in every group of it.
    repeats: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def story(self, source: str) -> str:
        return self.stories.get(source, source)

    def copies(self) -> dict[str, tuple[str, ...]]:
        """Each story of two or more articles: its id and its other articles, in id order."""
        members: dict[str, list[str]] = {}
        for source, story in sorted(self.stories.items()):
            if source != story:
                members.setdefault(story, []).append(source)
        return {story: tuple(others) for story, others in sorted(members.items())}

    def claim(self, claim_id: str) -> Claim:
        return self._claims_by_id[claim_id]

    @property
    def _claims_by_id(self) -> dict[str, Claim]:
        cached: dict[str, Claim] | None = self.__dict__.get("_by_id")
        if cached is None:
            cached = {c.id: c for c in self.claims}
            object.__setattr__(self, "_by_id", cached)
        return cached

    def count(self, status: Status) -> int:
        return sum(1 for g in self.groups if g.status is status)
