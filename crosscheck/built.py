"""When a building was put up, told two ways: by a year ("constructed in 1935", "dates back to
the mid 1930s") or by its age ("the 86-year-old structure", in a story of 2013: about 1927).
The two wordings share no word, and their values differ in kind, so neither the word search
nor the number rules compare them; here each is read as a span of years, and two that cannot
meet are a date conflict."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from crosscheck.models import Claim, Mentions
from crosscheck.normalize import TEXT_CACHE

# Words for a building, of which an age or a year of building may be told.
_BUILDINGS = (
    "building|buildings|structure|warehouse|house|home|church|bridge|barn|mill|factory|school|"
    "hotel|theater|theatre|landmark|station|hall"
)
_BUILT = re.compile(
    r"\b(?:built|constructed|erected|dat(?:es|ed|ing)(?: back)? to)\s+(?:in\s+|around\s+|about\s+)?"
    r"(?:the\s+)?(?:(?P<part>mid|early|late)[\s-]+)?(?P<year>1[6-9]\d\d|20\d\d)(?P<decade>['’]?s)?\b"
)
_AGED = re.compile(rf"\b(?P<age>\d{{1,3}})[- ]year[- ]old\s+(?:[a-z]+\s+)?(?P<thing>{_BUILDINGS})\b")
_A_BUILDING = re.compile(rf"\b(?:{_BUILDINGS})\b")
# The part of a decade each word names: "the mid 1930s" is 1933–1937.
_PARTS = {None: (0, 9), "early": (0, 4), "mid": (3, 7), "late": (6, 9)}
TOLERANCE = 1  # years: an age rounds down, and a story may come out before the birthday


@dataclass(frozen=True, slots=True)
class Built:
    """The years in which a claim says a building was put up, first to last, the words that
    say so, and whether they tell its age ("86-year-old structure") or a year ("built in 1935")."""

    first: int
    last: int
    text: str
    aged: bool


@lru_cache(maxsize=TEXT_CACHE)
def years_built(text: str, published: str | None) -> tuple[Built, ...]:
    """When `text` says a building was put up: from a year of building, or from an age and
    the year of publication."""
    # Lower case alone, not `fold`: the words are shown as written ("86-year-old", not "86-year old").
    lowered = text.lower()
    written = text if len(lowered) == len(text) else lowered
    found = []
    # "An industry built in 1935" is no building; "It was built in 1935" is one named before.
    if _A_BUILDING.search(lowered) or lowered.startswith("it "):
        for match in _BUILT.finditer(lowered):
            year, words = int(match["year"]), written[match.start() : match.end()]
            low, high = _PARTS[match["part"]] if match["decade"] else (0, 0)
            found.append(Built(year + low, year + high, words, aged=False))
    if published:
        for match in _AGED.finditer(lowered):
            year = int(published[:4]) - int(match["age"])
            found.append(Built(year - TOLERANCE, year, written[match.start() : match.end()], aged=True))
    return tuple(found)


def built_conflict(
    a: str, published_a: str | None, b: str, published_b: str | None
) -> tuple[str, str] | None:
    """A building put up in spans of years that cannot meet, one told by its age and the other
    by a year ("the 86-year-old structure" in 2013 / "constructed in 1935"). Two years against
    each other are left to the date rules, which ask that both name one act."""
    spans_a, spans_b = years_built(a, published_a), years_built(b, published_b)
    if not spans_a or not spans_b:
        return None  # most pairs: a side that tells no building's years has nothing at odds
    if not any(x.aged for x in (*spans_a, *spans_b)) or any(
        _meet(x, y) for x, y in product(spans_a, spans_b)
    ):
        return None
    return next(((x.text, y.text) for x, y in product(spans_a, spans_b) if x.aged != y.aged), None)


def _meet(x: Built, y: Built) -> bool:
    return x.first - TOLERANCE <= y.last and y.first - TOLERANCE <= x.last


def built_pairs(
    claims: Sequence[Claim],
    rows: Sequence[int],
    published: Mapping[str, str | None],
    mentions: Sequence[Mentions],
) -> list[tuple[int, int]]:
    """Pairs (a < b) of claims among `rows`, from different sources, one telling a building's
    age and the other the year it was put up, that `built_conflict` finds at odds: for each
    two sources, their first PAIRS_PER_SOURCES such pairs, in corpus order. `mentions` says
    which claims tell either (`Mentions.built`)."""
    aged = [i for i in rows if any(mentions[i].built)]
    dated = [i for i in rows if any(not by_age for by_age in mentions[i].built)]
    found: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for i, j in product(aged, dated):
        x, y = claims[i], claims[j]
        if x.source == y.source or len(found.get((x.source, y.source), ())) >= PAIRS_PER_SOURCES:
            continue
        if built_conflict(x.text, published.get(x.source), y.text, published.get(y.source)):
            found.setdefault((x.source, y.source), []).append((min(i, j), max(i, j)))
    return sorted({pair for pairs in found.values() for pair in pairs})


PAIRS_PER_SOURCES = 3  # an age against several sentences of another source that date the building
