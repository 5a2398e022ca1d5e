"""The facts a claim states, one record each: the value, the slot it fills, and what it is about.

The comparison reads these same things from a claim's text as it compares (`quantities`,
`dates`, `predicates`, `facts.near`, `names`, `places`); this module gathers them into one
list per claim, for a person to read (`crosscheck claims --facts`, and `facts` in `claims
--json`) and for tests to pin down. What a figure counts by and what stands near it are the
very words the number rules ask of it, so a reader sees why two figures were or were not
compared: "14 people were hurt" → people, 14, by "injured"; "a blaze covering 40 acres" →
acre, 40, about "blaze".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from crosscheck import dates, places, quantities
from crosscheck.facts import WORD, duration_label, near, points_elsewhere, scope
from crosscheck.lexicon import OBJECT_KINDS, TIME_ZONES, TITLES
from crosscheck.models import Claim, Fact
from crosscheck.names import proper_names
from crosscheck.normalize import Aliases, fold, tokens
from crosscheck.predicates import what_counts
from crosscheck.words import in_dictionary

BOUND_SIGNS = {"=": "", ">=": "≥", "<=": "≤", "~": "~", "<~": "<~"}  # "~600 m": about 600 metres
_ROLE_WORDS = TITLES | OBJECT_KINDS["role"]
_NOT_NAMES = frozenset(TIME_ZONES) | places.STREET_WORDS
_POSSESSIVE = re.compile(r"['’]s?$")


def facts_of(
    text: str, *, published: str | None, aliases: Aliases, day: str | None = None
) -> tuple[Fact, ...]:
    """Every value `text` states, in the order of the kinds below: quantities (as they stand),
    then calendar days, months, weekdays, clock times, years, streets and names. `day` is the
    day a narrative day ("the next morning") counts from (`Claim.day`)."""
    elsewhere = points_elsewhere(text)
    return (
        *_quantity_facts(text, aliases, elsewhere),
        *_time_facts(text, published, day, elsewhere),
        *(Fact("street", street, elsewhere=elsewhere) for street in sorted(places.streets(text))),
        *_name_facts(text, aliases, elsewhere),
    )


def _quantity_facts(text: str, aliases: Aliases, elsewhere: bool) -> Iterator[Fact]:
    for q in quantities.quantities(text):
        by, _ = what_counts(text, q, aliases)
        yield Fact(
            slot=quantities.kind(q),
            value=_shown_range(q) if q.bound == ".." else f"{BOUND_SIGNS.get(q.bound, q.bound)}{_amount(q)}",
            text=q.text,
            counts="" if q.unit in quantities.MEASURES or q.unit == "age" else q.unit,
            by=tuple(sorted(by)),
            # As the comparison reads anchors: the figure's own words ("at least") aside.
            about=tuple(sorted(near(text, (q.extent,), aliases) - set(tokens(q.text, aliases)))),
            scope=tuple(sorted(scope(text, q.start, q.end))),
            elsewhere=elsewhere,
        )


_LARGE = ((1e9, "billion"), (1e6, "million"))


def _shown_range(q: quantities.Quantity) -> str:
    """A range as its two ends: "60–100", "3y–4y"."""
    return f"{_amount(q)}–{_amount(replace(q, value=q.high))}"


def _amount(q: quantities.Quantity) -> str:
    """A figure in its base unit, as a reader would name it: "600 m", "48.3 km", "3mo",
    "2.5 million usd", "36"."""
    if q.unit == "sec":
        return duration_label(q.value)
    if q.unit == "m" and q.value >= 1000:
        return f"{q.value / 1000:.3g} km"
    number = next(
        (f"{q.value / size:.4g} {name}" for size, name in _LARGE if q.value >= size), f"{q.value:.6g}"
    )
    return f"{number} {q.unit}" if q.unit in quantities.MEASURES else number


def _time_facts(text: str, published: str | None, day: str | None, elsewhere: bool) -> Iterator[Fact]:
    when = dates.timing(text, published=published, day=day)
    for day in when.dates:
        yield Fact("date", day, elsewhere=elsewhere)
    for month in when.months:
        yield Fact("month", month, elsewhere=elsewhere)
    for weekday in when.weekdays:
        yield Fact("weekday", dates.WEEKDAY_NAMES[weekday], elsewhere=elsewhere)
    for clock in when.clocks:
        zone = f" {clock.zone}" if clock.zone else ""
        yield Fact(
            "clock", f"{BOUND_SIGNS.get(clock.bound, clock.bound)}{clock.text}{zone}", elsewhere=elsewhere
        )
    for low, high in when.years:
        yield Fact("year", str(low) if low == high else f"{low}–{high}", elsewhere=elsewhere)
    for relation in when.relations:
        yield Fact("relation", relation, elsewhere=elsewhere)


def _a_name_first(word: str) -> bool:
    """Whether the capitalised first word of a claim is a name: no word of the dictionary
    ("Hale gave", not "There")."""
    return word[:1].isupper() and word.isalpha() and not in_dictionary(word.lower())


def _name_facts(text: str, aliases: Aliases, elsewhere: bool) -> Iterator[Fact]:
    """Runs of capitalised names ("Jon Hale"), each with the title just before it, if any
    ("Deputy Jon Hale": deputy)."""
    proper = {_POSSESSIVE.sub("", w) for w in proper_names(text, aliases)}
    run: list[str] = []
    role = ""
    previous = ""
    for match in WORD.finditer(text):
        word = _POSSESSIVE.sub("", match.group().rstrip(".,"))
        if word in proper or (not match.start() and _a_name_first(word)):
            if not run:
                role = fold(previous) if fold(previous) in _ROLE_WORDS else ""
            run.append(word)
            if text[match.end() : match.end() + 1] not in (",", ";", ":"):
                continue  # a list ("Acme, Globex") is names side by side, not one name
            yield from _name_fact(run, role, elsewhere)
            run, previous = [], word
            continue
        if run:
            yield from _name_fact(run, role, elsewhere)
            run = []
        previous = word
    yield from _name_fact(run, role, elsewhere)


def _name_fact(run: list[str], role: str, elsewhere: bool) -> Iterator[Fact]:
    """The fact of one run of names, unless it is no name: a time zone ("EDT") or the word
    of a numbered street ("223rd Street", a street fact already)."""
    if not run or (len(run) == 1 and fold(run[0]) in _NOT_NAMES):
        return
    yield Fact("name", " ".join(run), role=role, elsewhere=elsewhere)


def facts_by_claim(
    claims: Sequence[Claim], published: Mapping[str, str | None], aliases: Aliases
) -> list[tuple[Fact, ...]]:
    """Each claim's facts, in the order of `claims`; a headline's too (it is context, and says
    things)."""
    return [facts_of(c.text, published=published.get(c.source), aliases=aliases, day=c.day) for c in claims]


FACT_FIELDS = ("slot", "value", "text", "counts", "by", "about", "scope", "role", "elsewhere")


def fact_record(fact: Fact) -> dict[str, object]:
    """The JSON form of a fact: every field, in FACT_FIELDS order (part of the output contract)."""
    return {key: list(v) if isinstance(v := getattr(fact, key), tuple) else v for key in FACT_FIELDS}


def fact_line(fact: Fact) -> str:
    """A fact as one line for the terminal: "people ≥12 “at least a dozen” · by injured · about
    device, police"; the parts a fact does not have are left out."""
    parts = [f"{fact.slot} {fact.value}" + (f" “{fact.text}”" if fact.text else "")]
    if fact.role:
        parts.append(f"title {fact.role}")
    if fact.by:
        parts.append("by " + ", ".join(fact.by))
    if fact.about:
        parts.append("about " + ", ".join(fact.about))
    if fact.scope:
        parts.append("in " + ", ".join(fact.scope))
    if fact.elsewhere:
        parts.append("another event")
    return " · ".join(parts)
