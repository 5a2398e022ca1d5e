"""Figures of two claims compared: a number conflict, or why there is none.

Two claims' figures conflict when they count or measure one thing (one unit or counted noun)
and none of one side's fits one of the other's, and they say it of one thing: a word stands
near both (`facts.share_an_anchor`) and they are counted by one act (`predicates.same_predicate`).
Most of this module is the exceptions a reader makes without thinking: a total and its parts,
two people told apart by their ages, one person grown older between two articles, two scopes,
figures too far apart to be one figure told twice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

from crosscheck import quantities
from crosscheck.facts import ANCHOR_WINDOW, capital_tokens, folded_words, near, scope, share_an_anchor
from crosscheck.lexicon import PERSON_NOUNS, STOP_WORDS, TITLES
from crosscheck.names import misspelt
from crosscheck.normalize import Aliases, fold, tokens
from crosscheck.predicates import after_a_comma, one_act, same_predicate, verb_before, what_counts


def figures_differ(a: str, b: str) -> bool:
    """Both state figures of one unit and none of them fits one of the other's."""
    return bool(_unfitting(a, b))


Figures = list[quantities.Quantity]


def _unfitting(a: str, b: str) -> list[tuple[str, Figures, Figures]]:
    """Each unit both texts give figures of where none of one side's fits one of the other's,
    nor equals one of its kind in another noun ("103 people were working" is "103 workers",
    beside "43 people had been injured"), with the figures of each side."""
    qa, qb = quantities.quantities(a), quantities.quantities(b)

    def fits(mine: Figures, theirs: Figures) -> bool:
        if any(quantities.compatible(x, y) for x in mine for y in theirs):
            return True
        values = {y.value for y in _of_kind(qb, theirs[0])}
        return any(x.value in values for x in _of_kind(qa, mine[0]))

    return [(unit, mine, theirs) for unit, mine, theirs in _by_unit(a, b) if not fits(mine, theirs)]


def _by_unit(a: str, b: str) -> list[tuple[str, Figures, Figures]]:
    """Each unit both texts give figures of, with the figures of each side."""
    qa, qb = quantities.quantities(a), quantities.quantities(b)
    units = sorted({q.unit for q in qa} & {q.unit for q in qb})
    return [(unit, [q for q in qa if q.unit == unit], [q for q in qb if q.unit == unit]) for unit in units]


def _of_kind(figures: Sequence[quantities.Quantity], q: quantities.Quantity) -> Figures:
    """The figures that count or measure what `q` does, persons in any noun alike."""
    return [f for f in figures if quantities.kind(f) == quantities.kind(q)]


def _other_scopes(a: str, x: quantities.Quantity, b: str, y: quantities.Quantity) -> bool:
    """Whether both figures say where they count, and the places differ (`facts.scope`)."""
    where_a, where_b = scope(a, x.start, x.end), scope(b, y.start, y.end)
    if not where_a or not where_b or where_a & where_b:
        return False
    # One place spelt two ways ("in Kornby area" / "in Karnby area", a transliteration) is one.
    return not any(misspelt(p, q) for p in where_a for q in where_b)


def _fits_alike(a: str, x: quantities.Quantity, b: str, theirs: Figures, aliases: Aliases) -> bool:
    """Whether a figure of `theirs` fits `x`, unless two verbs say it counts another thing
    ("two were killed" does not fit "wounding two others"): then the claims agree on `x`."""
    verb_x = what_counts(a, x, aliases)[0]
    for y in theirs:
        if quantities.compatible(x, y):
            verb_y = what_counts(b, y, aliases)[0]
            if not (verb_x and verb_y) or verb_x & verb_y:
                return True
    return False


def _a_total_of(a: str, x: quantities.Quantity, b: str, theirs: Figures, aliases: Aliases) -> bool:
    """Whether `x` is the total of the counts `theirs` breaks it into: "three people shot" and
    "two were killed and another wounded" (two verbs, summing to three). A total told by one of
    the parts' own verbs is no total: "five killed" is not "two killed and three hurt"."""
    if len(theirs) < 2 or x.unit in quantities.MEASURES:
        return False
    parts = sum(y.value for y in theirs)
    if not quantities.compatible(x, replace(theirs[0], value=parts, bound="=")):
        return False
    verbs = [what_counts(b, y, aliases)[0] for y in theirs]
    if len(set(verbs)) < len(verbs):
        return False  # "killing two and two more": one act counted twice, not a breakdown
    verb_x = what_counts(a, x, aliases)[0]
    return not any(verb_x & verb for verb in verbs)


# Persons commonly counted apart from the grown-ups and also inside them: "174 passengers and
# 10 infants" are "184 passengers, including ten infants".
_CHILDREN = frozenset("child kid infant baby toddler minor".split())
# A figure inside another, not beside it: "12 died, including three children", "three of them".
_INSIDE_BEFORE = re.compile(r"\b(?:including|among them|among whom|among those)\W*$")
_INSIDE_AFTER = re.compile(r"\W*(?:of them|of whom|among them)\b")
MAX_PARTS = 6  # subsets of a breakdown tried: 2**6, and real breakdowns have fewer parts


def _persons(q: quantities.Quantity) -> bool:
    return quantities.kind(q) == "people" or q.unit in _CHILDREN


def _a_total_by_noun(
    a: str, x: quantities.Quantity, b: str, figures_b: Sequence[quantities.Quantity], aliases: Aliases
) -> bool:
    """Whether `x` counts, in one noun, persons `b` counts in several told by one act: "184
    passengers" / "174 passengers and 10 infants on board", "eight people were killed" / "five
    adults and three children were killed". Where the total's noun is one of the parts' (the
    passengers), the other parts are children, whom counts fold into the grown-ups'; a part
    "including" or "of them" is inside another, not beside it. Two parts told by two acts are a
    breakdown by act (`_a_total_of`), not by noun."""
    if not _persons(x) or x.vague:
        return False
    folded = fold(b)
    parts = [
        y
        for y in figures_b
        if _persons(y)
        and not y.vague
        and y.bound == "="
        and not _INSIDE_BEFORE.search(folded, 0, y.start)
        and not _INSIDE_AFTER.match(folded, y.extent[1])
    ][:MAX_PARTS]
    if len({y.unit for y in parts}) < len(parts) or len(parts) < 2:
        return False  # "two men … and two men": one noun twice is no breakdown by noun
    verbs = {what_counts(b, y, aliases)[0] for y in parts} - {frozenset()}
    verb_x = what_counts(a, x, aliases)[0]
    if len(verbs) > 1 or (verb_x and verbs and not verb_x & next(iter(verbs))):
        return False  # "two killed and three children hurt": parts by act, or the total of another act
    for size in range(2, len(parts) + 1):
        for subset in combinations(parts, size):
            units = {y.unit for y in subset}
            if x.unit in units and not (units - {x.unit}) <= _CHILDREN:
                continue  # "five firefighters" / "three firefighters and two officers": a conflict
            total = replace(subset[0], value=sum(y.value for y in subset), bound="=")
            if quantities.compatible(x, total):
                return True
    return False


# A subject's count narrowed before its verb: "18 people inside the limo died", "four people in
# their group died", "25 people injured by the fire were sent to hospital". The words between
# the counted noun and the verb name which of them the count is of.
_NARROWED = re.compile(
    r"\s+(?:(?:inside|in|aboard|on board|at|from|within)\b|\w+ed by\b)(?:\s+[\w'-]+){1,5}?"
    r"\s+(?:died|were|was|are|is|had|have|has|remain|remained|remains)\b"
)


def _a_named_part(text: str, x: quantities.Quantity, y: quantities.Quantity) -> bool:
    """Whether `x` counts a part its subject names (`_NARROWED`) of persons `y` counts whole,
    and fewer: the limo's dead among the crash's, one group's among the bus's. (A count after
    its verb, "killed 12 people in Lakeview County", tells where, and stays compared.)"""
    if not _persons(x) or not _persons(y) or x.value >= y.value:
        return False
    return bool(_NARROWED.match(fold(text), x.extent[1]))


def number_conflict(
    a: str, b: str, aliases: Aliases, *, alike: bool, years_apart: tuple[float, bool] = (0.0, True)
) -> tuple[str, str] | None:
    """Quantities of one unit or counted thing, none of which fit each other, that share an
    anchor (or stand in claims alike as a whole)."""
    if not quantities.quantities(a) or not quantities.quantities(b):
        return None  # most pairs: one side gives no figure, so no unit both give figures of
    names_in_common = capital_tokens(a, aliases) & capital_tokens(b, aliases)
    two_people = bool(capital_tokens(a, aliases) and capital_tokens(b, aliases) and not names_in_common)
    group = _group_ages_differ(a, b, aliases)
    if group:
        return group
    units = _by_unit(a, b)
    figures_a, figures_b = quantities.quantities(a), quantities.quantities(b)
    aged_apart = any(unit != "age" for unit, _, _ in units) and _aged_apart(a, b, aliases)
    for unit, mine, theirs in units:
        if unit == "sec" and two_people:
            continue  # "Smith has worked there 15 years" / "Jones, 30 years": two people's time
        if unit != "age" and aged_apart:
            continue  # "Hale, 32, fell 600 m" / "a 36-year-old fell 150 m": two people's falls
        # An age belongs to a person: two ages conflict only beside one name ("Anna Berg, 36" /
        # "Berg, 38"), not beside "man" (a victim of 18, a suspect of 49).
        names = names_in_common if unit == "age" else None
        # What each side counts of this unit's kind, persons in any noun alike ("five people" /
        # "in 5 patients"), for the fits below.
        kind_a, kind_b = _of_kind(figures_a, mine[0]), _of_kind(figures_b, theirs[0])
        for x in mine:
            for y in theirs:
                if quantities.compatible(x, y) or apart(x, y) or x.vague or y.vague:
                    continue  # a vague word ("several times") fits a figure, or is too vague to contradict it
                if _fits_alike(a, x, b, kind_b, aliases) or _fits_alike(b, y, a, kind_a, aliases):
                    # "two killed and another wounded" / "killing two": the two fit; so does
                    # "five people" a count "in 5 patients" (persons in any noun) tells.
                    continue
                if _a_total_of(a, x, b, theirs, aliases) or _a_total_of(b, y, a, mine, aliases):
                    continue  # "three people shot" / "two killed and another wounded"
                if _a_total_by_noun(a, x, b, figures_b, aliases) or _a_total_by_noun(
                    b, y, a, figures_a, aliases
                ):
                    continue  # "184 passengers" / "174 passengers and 10 infants"
                if quantities.two_lengths(a, x, b, y):
                    continue  # "within 80 m of the hut" / "fell 200 m": a distance, and a length
                if _other_scopes(a, x, b, y) and not _from_one_point(a, x, b, y, aliases):
                    # "400 deaths nationwide" / "12 in Lakeview County": two counts. (A distance
                    # from one point is one, wherever what stands there is said to be.)
                    continue
                if _a_named_part(a, x, y) or _a_named_part(b, y, x):
                    continue  # "all 18 people inside the limo died" / "twenty people were killed"
                if _from_other_points(a, x, b, y, aliases):
                    continue  # "70 km from here" / "40 km from the temple site": two distances
                if unit == "age" and _aged_since(x, y, years_apart):
                    continue  # "Hale, 27" in 2005 and "Hale, 29" in 2007: one man, older
                if unit == "age" and not _one_person(_age_owner(a, x, aliases), _age_owner(b, y, aliases)):
                    continue  # "the suspect, 49-year-old Will Abel" / "Abel shot 18-year-old Ken Orr"
                spans_a, spans_b = (x.extent,), (y.extent,)
                anchored = share_an_anchor(a, spans_a, b, spans_b, aliases, also=(x, y), only=names)
                # An age is anchored by the person's name, whatever words stand before it; a
                # distance by the point it is measured from, whatever verb the clause has.
                predicate = (
                    unit == "age"
                    or same_predicate(a, x, b, y, aliases)
                    or _from_one_point(a, x, b, y, aliases)
                )
                if not (anchored and predicate) and unit != "age" and _beside_a_shared_figure(a, x, b, y):
                    # The figure told alike is both anchor and predicate ("5-foot-8, 135
                    # pounds" has no verb), unless two verbs say otherwise.
                    verb_a, verb_b = verb_before(a, x.start, aliases), verb_before(b, y.start, aliases)
                    anchored = predicate = not (verb_a and verb_b) or bool(verb_a & verb_b)
                if not anchored and predicate and (after_a_comma(a, x) or after_a_comma(b, y)):
                    # A phrase after a comma stands away from its act: the act both figures
                    # are of anchors them ("was arrested …, three houses from the scene").
                    anchored = one_act(a, x, b, y, aliases)
                if (alike and unit != "age" and not _counted_by_two_acts(a, x, b, y, aliases)) or (
                    anchored and predicate
                ):
                    return x.text, y.text
    return None


def _from_one_point(a: str, x: quantities.Quantity, b: str, y: quantities.Quantity, aliases: Aliases) -> bool:
    """Whether two distances are measured from one point: the words naming it share a content
    word ("60 km from the city of Acme" / "110 km from Acme city"). What stands that far away is
    told by the anchor; the clause's verb ("hampered the teams", "flattened the village") is
    not what the distance is of."""
    points = _points(a, x, b, y, aliases)
    return points is not None and bool(points[0] & points[1])


def _from_other_points(
    a: str, x: quantities.Quantity, b: str, y: quantities.Quantity, aliases: Aliases
) -> bool:
    """Whether two distances are measured from two points, each named and sharing no content
    word ("Lakeview, 70 km from here" / "Acme, about 40 km from the temple site"): two
    distances, not one told two ways."""
    points = _points(a, x, b, y, aliases)
    return points is not None and all(points) and not points[0] & points[1]


def _points(
    a: str, x: quantities.Quantity, b: str, y: quantities.Quantity, aliases: Aliases
) -> tuple[frozenset[str], frozenset[str]] | None:
    """The content words naming each distance's point, up to the phrase's end (a comma); None
    where either is told without one."""
    point_a, point_b = quantities.measured_point(a, x), quantities.measured_point(b, y)
    if not point_a or not point_b:
        return None
    return _point_words(point_a, aliases), _point_words(point_b, aliases)


def _point_words(point: str, aliases: Aliases) -> frozenset[str]:
    phrase = _PHRASE_END.split(point, 1)[0]
    if phrase.split()[:1] in (["here"], ["there"]):
        return frozenset({"here"})  # "70 km from here": the dateline's place, a point of its own
    return frozenset(t for t in tokens(phrase, aliases) if t[0].isalpha() and t not in STOP_WORDS)


_PHRASE_END = re.compile(r"[,;:(]")


def _counted_by_two_acts(
    a: str, x: quantities.Quantity, b: str, y: quantities.Quantity, aliases: Aliases
) -> bool:
    """Whether the verbs that govern two figures name two acts, however alike the claims read:
    "[she] found four people in the break room" / "she allowed one person to leave"."""
    verb_x, verb_y = what_counts(a, x, aliases)[0], what_counts(b, y, aliases)[0]
    return bool(verb_x and verb_y) and not verb_x & verb_y


def _group_ages_differ(a: str, b: str, aliases: Aliases) -> tuple[str, str] | None:
    """The ages of one group of persons, listed in both claims and not the same: "two sisters,
    8- and 10-year-old girls" / "girls age 6 and 8" (the first age each side has that the other
    lacks). One group: as many ages on each side, two or more, beside one person noun."""
    ages_a = [q for q in quantities.quantities(a) if q.unit == "age"]
    ages_b = [q for q in quantities.quantities(b) if q.unit == "age"]
    if len(ages_a) < 2 or len(ages_a) != len(ages_b):
        return None
    values_a, values_b = sorted(q.value for q in ages_a), sorted(q.value for q in ages_b)
    if values_a == values_b:
        return None
    beside_a = near(a, tuple((q.start, q.end) for q in ages_a), aliases)
    beside_b = near(b, tuple((q.start, q.end) for q in ages_b), aliases)
    if not beside_a & beside_b & PERSON_NOUNS:
        return None
    only_a = Counter(values_a) - Counter(values_b)  # "aged 8 and 8" / "aged 8 and 10": one 8 each
    only_b = Counter(values_b) - Counter(values_a)
    x = next(q for q in reversed(ages_a) if q.value in only_a)  # the last of a value told twice
    y = next(q for q in reversed(ages_b) if q.value in only_b)
    return x.text, y.text


def _aged_apart(a: str, b: str, aliases: Aliases) -> bool:
    """Whether the claims tell of two people by their ages: both give one, none fits one of the
    other's, and no name stands by an age on both sides ("Jon Hale, 32" / "a 36-year-old
    Australian"; but "Hale, 32" / "Hale, 31" is one man whose age is in question)."""
    ages_a = [q for q in quantities.quantities(a) if q.unit == "age"]
    ages_b = [q for q in quantities.quantities(b) if q.unit == "age"]
    if not ages_a or not ages_b or any(quantities.compatible(x, y) for x in ages_a for y in ages_b):
        return False
    return not any(
        _one_person(_age_owner(a, x, aliases), _age_owner(b, y, aliases)) for x in ages_a for y in ages_b
    )


def _beside_a_shared_figure(a: str, x: quantities.Quantity, b: str, y: quantities.Quantity) -> bool:
    """Whether both claims state one other figure alike beside these two: it anchors them as
    a word would ("5-foot-8, 130 pounds" / "5-foot-8, 135 pounds" describe one man). A vague
    word ("the teenager") is said of too many things to anchor."""
    for x2 in quantities.quantities(a):
        if x2 == x or x2.vague or not _within(a, x, x2):
            continue
        for y2 in quantities.quantities(b):
            if y2 != y and (x2.unit, x2.value) == (y2.unit, y2.value) and _within(b, y, y2):
                return True
    return False


def _within(text: str, q: quantities.Quantity, other: quantities.Quantity) -> bool:
    """Whether two figures of `text` stand at most ANCHOR_WINDOW content words apart."""
    low, high = sorted(((q.start, q.end), (other.start, other.end)))
    between = [w for s, e, w in folded_words(text) if s >= low[1] and e <= high[0]]
    return sum(1 for w in between if w not in STOP_WORDS and not w[0].isdigit()) <= ANCHOR_WINDOW


OWNER_GAP = 2  # words between an age and the name of the person it belongs to, at most
_AGE_WORDS = frozenset(("year", "years", "yr", "old"))


def _aged_since(x: quantities.Quantity, y: quantities.Quantity, years_apart: tuple[float, bool]) -> bool:
    """Whether two ages of one person may differ by the years between the two articles: by
    about those years (within half a year), or, where an article is undated, by no more than the years
    the corpus covers, rounded ("Hale, 27" in 2005 and "Hale, 29" in an undated article of a
    corpus from 2005 to 2007; but 32 and 31 in coverage of one weekend conflict)."""
    apart = abs(x.value - y.value)
    years, known = years_apart
    return abs(apart - years) <= HALF_A_YEAR if known else 0 < apart <= round(years)


HALF_A_YEAR = 0.5  # a birthday between two articles half a year apart is as likely as not


def _one_person(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Whether two names name one person: one is part of the other ("Hale" / "Jon Hale"), or
    they end alike ("Jon Hale" / "J. Hale"); "Ann Luis Orr" and "Luis Hale" share a given name
    only."""
    if not x or not y:
        return False
    return set(x) <= set(y) or set(y) <= set(x) or x[-1] == y[-1]


def _age_owner(text: str, age: quantities.Quantity, aliases: Aliases) -> tuple[str, ...]:
    """The name an age belongs to, its tokens in order: the capitalised words just after it
    ("a 32-year-old Englishman, Rob Hart"), else just before it; empty when no name stands near."""
    names = capital_tokens(text, aliases)
    words = folded_words(text)
    inside = [k for k, (s, e, _) in enumerate(words) if s < age.end and e > age.start]
    if not inside:
        return ()
    last = inside[-1]
    while last + 1 < len(words) and words[last + 1][2] in _AGE_WORDS:
        last += 1  # past "year" and "old"

    def run(order: Sequence[int]) -> list[str]:
        found: list[str] = []
        for gap, k in enumerate(order):
            word_tokens = tokens(words[k][2], aliases)
            if word_tokens and set(word_tokens) <= names and not set(word_tokens) & TITLES:
                found.extend(word_tokens)
            elif found or gap >= OWNER_GAP:
                break
        return found

    after = run(range(last + 1, len(words)))
    return tuple(after) if after else tuple(reversed(run(range(inside[0] - 1, -1, -1))))


# Two figures of one unit this many times apart count different things: "10 minutes later" and
# "37 years at the plant", a company's 350 employees and one office's 40. Reporters who
# disagree about one figure disagree within this factor ("150 metres" / "60 metres"). A
# measure is held to less: even feet written for metres ("200 ft" / "200 m") is 3.3 times, and
# two falls of one weekend, 150 metres and 2,000 feet, are 4 times apart (on the development
# set, 9 wrong conflicts of 64 in one folder, none right). A count of a few may be told five
# times over in a first report ("two killed" / "ten killed").
MAGNITUDE = 5.0
MEASURE_MAGNITUDE = 4.0


def apart(x: quantities.Quantity, y: quantities.Quantity) -> bool:
    """Whether two figures of one unit are too far apart to be one figure told twice."""
    low, high = sorted((abs(x.value), abs(y.value)))
    factor = MEASURE_MAGNITUDE if x.unit in quantities.MEASURES else MAGNITUDE
    return high > factor * max(low, 1e-9)
