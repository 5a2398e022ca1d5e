"""Quantities in a claim: value, unit (or the counted noun), and bound.

"at least 10 dead", "a five-hour summit", "6.2 miles", "two short-range
missiles" → Quantity(10, "dead", ">="), Quantity(18000, "sec", "="),
Quantity(9978, "m", "="), Quantity(2, "missile", "="). Units of one dimension
are converted to a base unit so "10 km" and "6.2 miles" compare equal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from crosscheck.grammar import is_adverb, is_finite_verb, looks_past
from crosscheck.lexicon import (
    AUXILIARIES,
    BUILDING_NOUNS,
    MONTHS,
    PERSON_NOUNS,
    PHRASE_ENDING_PREPOSITIONS,
    PLACE_ADVERBS,
    PRONOUNS,
    STOP_WORDS,
    TIME_ZONES,
)
from crosscheck.normalize import NUMBER_WORDS, TEXT_CACHE, fold, lemma
from crosscheck.places import STREET_WORDS

# unit word → (base unit, factor)
UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("km", "kilometer", "kilometers", "kilometre", "kilometres"), ("m", 1000.0)),
    **dict.fromkeys(("m", "meter", "meters", "metre", "metres"), ("m", 1.0)),
    **dict.fromkeys(("mm", "millimeter", "millimeters", "millimetre", "millimetres"), ("m", 0.001)),
    **dict.fromkeys(("cm", "centimeter", "centimeters", "centimetre", "centimetres"), ("m", 0.01)),
    **dict.fromkeys(("mile", "miles", "mi"), ("m", 1609.344)),
    **dict.fromkeys(("ft", "foot", "feet"), ("m", 0.3048)),
    **dict.fromkeys(("kg", "kilogram", "kilograms", "kilo", "kilos"), ("kg", 1.0)),
    **dict.fromkeys(("ton", "tons", "tonne", "tonnes"), ("kg", 1000.0)),
    **dict.fromkeys(("lb", "lbs", "pound", "pounds"), ("kg", 0.45359237)),
    **dict.fromkeys(("acre", "acres"), ("acre", 1.0)),  # an area: "a blaze covering 40 acres"
    **dict.fromkeys(("hectare", "hectares", "ha"), ("acre", 2.4710538)),
    **dict.fromkeys(("second", "seconds", "secs"), ("sec", 1.0)),
    **dict.fromkeys(("minute", "minutes", "min"), ("sec", 60.0)),
    **dict.fromkeys(("hour", "hours", "hr", "hrs"), ("sec", 3600.0)),
    **dict.fromkeys(("day", "days"), ("sec", 86400.0)),
    **dict.fromkeys(("week", "weeks"), ("sec", 604800.0)),
    **dict.fromkeys(("month", "months"), ("sec", 2629800.0)),
    **dict.fromkeys(("year", "years"), ("sec", 31557600.0)),
    **dict.fromkeys(("caliber", "calibre"), ("caliber", 1.0)),
    **dict.fromkeys(("percent", "per cent", "%"), ("%", 1.0)),
    **dict.fromkeys(("time", "times"), ("times", 1.0)),
}
SQUARE_METRES_PER_ACRE = 4046.8564224
# Units that measure (as opposed to counted things): what `UNITS` converts to, and currencies.
MEASURES = frozenset({base for base, _ in UNITS.values()} | {"usd", "eur", "gbp"}) - {"times"}
SCALES = {
    "dozen": 12,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "bn": 1e9,
}
FREQUENCY = {"once": 1, "twice": 2, "thrice": 3}
BOUNDS = (
    ("at least", ">="),
    ("more than", ">="),
    ("over", ">="),
    ("upwards of", ">="),
    ("no fewer than", ">="),
    ("in excess of", ">="),
    ("topping", ">="),  # "winds topping 87 mph" / "winds that topped 80 mph"
    ("topped", ">="),
    ("exceeding", ">="),
    ("at most", "<="),
    ("up to", "<="),
    ("as many as", "<="),  # "as many as 60 people missing": no more, maybe fewer
    ("as much as", "<="),
    ("as few as", ">="),
    ("less than", "<="),
    ("fewer than", "<="),
    ("under", "<="),
    ("within", "<="),  # "within 10 days", "within 500 metres": at most
    ("no more than", "<="),
    ("nearly", "<~"),  # just short of it: "nearly 100 people" are not 108
    ("almost", "<~"),
    ("about", "~"),
    ("around", "~"),
    ("roughly", "~"),
    ("approximately", "~"),
    ("some", "~"),
    ("an estimated", "~"),
)
# Counted nouns that count times something happened (lemmas): "two attempts", "11 rounds",
# "seven bullets hit him", "fired 11 shots" are all counts of times.
OCCURRENCE_NOUNS = frozenset(("time", "attempt", "try", "occasion", "round", "bid", "shot", "bullet"))
# A number before these names a place, it counts nothing: "the 12200 block of Main Street" is
# not about 12500 blocks, and no rounding makes it the 12500 block.
LABEL_NOUNS = frozenset(("block",))
EXACT_TOLERANCE = 0.03  # rounding in conversions: 6.2 miles is 9.98 km
APPROX_TOLERANCE = 0.10  # "about 600" / "some 700" differ; "about 8.7 acres" / "nine acres" agree

_CARDINALS = {w: n for w, n in NUMBER_WORDS.items() if w not in ("first", "second", "third", "single")}
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# "forty-six" (folded "forty six") is one number, 46, not "forty" and then six people.
_COMPOUND = rf"(?:{'|'.join(_TENS)})[\s-](?:{'|'.join(_UNITS_WORDS)})\b"
_NUMBER = rf"\.?\d+(?:,\d{{3}})*(?:\.\d+)?|{_COMPOUND}|" + "|".join(sorted(_CARDINALS, key=len, reverse=True))
_BOUND = "|".join(b for b, _ in BOUNDS)
_QUANTITY = re.compile(
    # "more than a hundred people", "about a dozen": the article is part of the number.
    # A number glued to a word by a hyphen ("foot-8", "covid-19", "f-16") is part of a height or
    # a name, not an amount: "5-foot-8,135 pounds" weighs 135 pounds; but for a scale's own
    # name ("a magnitude-6.7 earthquake"). Nor does a number start inside a decimal ("6.7").
    rf"(?:\(?(?P<bound>{_BOUND})\)?\s+)?(?:an?\s+(?=(?:hundred|thousand|dozen)\b))?(?P<currency>[$€£]\s?)?"
    rf"(?:(?<![a-z]-)|(?<=magnitude-)|(?<=category-))(?<![a-z\d])(?<!\d\.)(?P<number>{_NUMBER})(?:(?<=\d)(?=[a-z])|\b)"
    rf"(?:\s*(?P<scale>dozen|thousand|million|billion|trillion|bn)\b)?"
    # The counted words stop before another number or its bound: "killing two workers and
    # wounding two others", "killing six and injuring more than 120 others".
    # An initialism before the counted words is a modifier: "735 U.S. stores" counts stores.
    # A quotation may end between a figure and what it counts: '"in excess of 150" buildings'.
    rf"(?:\s*-\s*|\s*)(?:\"\s*)?(?:(?:[a-z]\.){{2,}}\s+)?(?P<rest>%|[a-z][a-z'-]*(?:\s+(?!(?:{'|'.join(_CARDINALS)}|{_BOUND})\b)[a-z][a-z'-]*){{0,3}})?"
)
# One unit, or a fraction of one, told in words: "less than a month", "about a kilometer
# from the port", "half an hour after", "a half-mile", "a mile and a half", "two and a half
# hours". Measures only: "a man" counts nothing a reader compares, "a mile" does. Not "a
# second" (an ordinal, as often as not), nor units that are words of their own ("a pound", "a
# foot", "a ton"); "twice a day", "$15 an hour", "60 miles an hour" are rates (`_RATE_BEFORE`).
_ONE_UNIT = {
    **{unit: UNITS[unit] for unit in ("minute", "hour", "day", "week", "month", "year")},
    **{unit: UNITS[unit] for unit in ("mile", "kilometer", "kilometre", "meter", "metre", "acre", "hectare")},
    "decade": ("sec", 10 * UNITS["year"][1]),
}
_ONE_UNIT_WORD = "|".join(_ONE_UNIT)
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "three quarters": 0.75, "three-quarters": 0.75}
_FRACTION = "|".join(_FRACTIONS)
_WORDED_ONE = re.compile(
    rf"\b(?:(?P<bound>{_BOUND})\s+)?"
    rf"(?:(?P<whole>{_NUMBER})\s+and\s+an?\s+(?P<and_fraction>half|quarter)\s+"  # "two and a half hours"
    # "half an hour", "a half-mile", "a quarter of a mile"
    rf"|(?:an?\s+|one\s+)?(?P<fraction>{_FRACTION})(?:\s+of)?(?:\s+an?\s+|\s*-\s*|\s+)"
    rf"|(?:an?|one)\s+)"  # "a kilometer", "an hour"
    rf"(?P<unit>{_ONE_UNIT_WORD})s?\b(?P<and_a>\s+and\s+an?\s+(?P<more>half|quarter)\b)?"
)
_RATE_BEFORE = re.compile(rf"(?:\b(?:{_NUMBER}|times|once|twice|per|miles|kilometers|km|mph)|[$€£]\S*)\s+$")
_ANY_NUMBER = re.compile(
    rf"\d|\b(?:{'|'.join(sorted({*_CARDINALS, *FREQUENCY}, key=len, reverse=True))})\b"
    rf"|\b(?:an?|half|quarter)[\s-]+(?:{_ONE_UNIT_WORD})\b"
)
_CLOCK_AROUND = re.compile(r"\s*(?:[ap]\.?m\b|:\d\d)")
_DECADE = re.compile(r"'?s\b")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_AGE = re.compile(r"(?:years?[- ]olds?|yr[- ]olds?)\b")  # "the 17-year-olds" are 17
# "two boys, ages 6 and 16", "aged 8 to 10": each number is an age.
_AGE_LIST = re.compile(r"\bage[sd]?\s+(\d{1,3}(?:\s*(?:,|and|to|or|-)\s*\d{1,3})*)\b")
_AGE_NUMBER = re.compile(r"\d{1,3}")
# "6- and 8-year-old girls", "an 8- or a 10-year-old": the first age's "-year-old" is left out.
_SUSPENDED_AGE = re.compile(
    r"(?<!\d)(\d{1,3})\s*-\s*(?:and|or|to)\s+(?:an?\s+)?(?=\d{1,3}\s*-?\s*(?:years?|yr)[- ]old\b)"
)
# One person more than those counted before: "two were killed and another wounded", "killing
# two and wounding a third", "a third employee hurt". Not "another 20 people" (a figure of its
# own), "a third of the staff" (a share), "for a third straight night" (a time).
_ONE_MORE = re.compile(
    r"\b(?:another(?= (?:[a-z]+ly )?(?P<act>[a-z]+)\b)"
    r"|a (?:second|third|fourth|fifth)(?= *(?:$|[,.;:]|(?P<noun>[a-z]+)(?: (?P<more>[a-z]+))?)))"
)
# Ages told by a word, not a figure: "a teenager", "two teens", "a man in his early 30s". Each is
# the range of years it names, a vague value: it fits "a 17-year-old" and contradicts only an age
# plainly outside it.
_AGE_WORD = re.compile(
    r"\b(?:teen(?:ager)?s?|teenage(?= [a-z]))\b"
    r"|\bin (?:his|her|their) (?P<part>early |mid-?|late )?(?P<decade>[2-9]0)s\b"
)
_PART_OF_A_DECADE = {"early ": (0, 3), "mid": (4, 6), "mid-": (4, 6), "late ": (7, 9), None: (0, 9)}
TEEN_YEARS = (13.0, 19.0)
_HARMED = frozenset(("hurt", "shot", "stabbed", "struck", "hit", "wounded", "injured", "killed", "dead"))
# "600 metres (2,000 feet)": a conversion in brackets restates the figure before it.
_CONVERSION = re.compile(r"\s*\(\s*$")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_BEFORE_YEAR = re.compile(r"\b(?:in|since|by|until|from|of|during|before|after|early|late|mid)\s+$")
_AFTER_MONTH = re.compile(rf"\b(?:{'|'.join(MONTHS)})\.?\s*$")
# A determiner or a pronoun after "once" opens a clause ("once the police arrived", "once that
# person has a gun"): "once" is then a conjunction, not a count ("shot once in the leg").
_CLAUSE_OPENERS = frozenset("the a an that this these those he she they it we you i his her their".split())


def _before_a_verb(after: str) -> bool:
    """Whether the word after "once" is a finite verb ("once housed", "once was"): "once"
    then means formerly."""
    words = after.split()[:1]
    return bool(words) and (is_finite_verb(words[0], previous="once") or looks_past(words[0]))


def _opens_a_clause(after: str) -> bool:
    """Whether the words after "once" are a clause: a determiner or pronoun, or a word and a
    finite verb ("once Lee had been hit")."""
    words = after.split()[:2]
    if not words:
        return False
    if words[0] in _CLAUSE_OPENERS:
        return True
    return words[0] not in STOP_WORDS and len(words) == 2 and is_finite_verb(words[1], previous=words[0])


_CURRENCIES = {"$": "usd", "€": "eur", "£": "gbp"}
_COUNTABLE_AFTER_A_LABEL = MEASURES | {"age", "times", "people"}  # "a 40 acre farm", "a 5 percent rise"
# The first end of a range, before the second's figure: "between 60 and", "six or", "60 to"
# (not "from 60 to": a figure that changed, which `revisions` reads).
_RANGE_FROM = re.compile(
    rf"(?:\bbetween\s+(?P<low>{_NUMBER})\s+and|(?<!from )\b(?P<low2>{_NUMBER})\s+(?:or|to))\s+$"
)
_TIME_SINGULAR = re.compile(r"[\s-]+time\b")  # "three-time", not "three times"
_PRONOUN_ONE = re.compile(r"\b(?:no|the|any|every|each|some|this|that|which)\s+$")
_AFTER_AN_ARTICLE = re.compile(r"\ban?\s+$")
# A house number: the number, a compass point perhaps, one or two words of a name, and a kind
# of street ("325 e. elm ave.", "473 east 52nd street", "54 state st.").
# Street words that are verbs or nouns of their own ("30 people drive to work", "two court
# cases") make no address here.
_ADDRESS_STREET_WORDS = STREET_WORDS - {"drive", "dr", "way", "place", "pl", "court", "ct", "circle"}
_ADDRESS = re.compile(
    r"(?:(?:[nsew]|north|south|east|west)\.?\s+)?(?:[a-z0-9]+\.?\s+){1,2}"
    rf"(?:{'|'.join(sorted(_ADDRESS_STREET_WORDS, key=len, reverse=True))})\b"
)
# A bound before a list of figures bounds each: "at least 12 murders and 45 rapes". Not a range,
# and not a figure of another clause ("at least six killed and injuring 120").
_LISTED = re.compile(r"\s*(?:,|and|,\s*and)\s*")
_SHARED_BOUNDS = frozenset((">=", "<=", "~", "<~"))
# Words before a figure of what could be, not what was: "equipped to carry 13 people", "a
# capacity of 193"; "licensed to carry up to 200" states the capacity itself, 200.
CAPACITY_BEFORE = re.compile(
    r"\b(?:can|could|able to|equipped to|designed to|licensed to|built to|allowed to|authori[sz]ed to"
    r"|capacity (?:of|for|to)|room for)\s+(?:[a-z]+\s+)?(?:up to\s+)?$"
)
_INCLUDED = re.compile(r"\b(?:include[sd]?|including|among them|among whom)\s+$")
_PART_OF_THE_LAST = re.compile(r"\s*,\s*(?:including|among them)\s+")
_IN_A_SPAN = re.compile(r"\b(?:in|in the (?:past|last))\s+$")
# Words before a figure that is a toll's value, with what the toll is of if told: "the death
# toll rose to 14", "raising the death toll of the disaster to 301", "the toll stood at 9".
TOLL_BEFORE = re.compile(r"\b(?:(?P<of>[a-z]+)\s+)?toll\b[a-z ,]{0,40}?\b(?:to|at|of|is|was)\s+$")


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str
    bound: str  # "=", ">=", "<=", "~" (about), "<~" (nearly), ".." (from `value` to `high`)
    text: str
    start: int = 0  # where it stands in the folded text (`normalize.fold`)
    end: int = 0
    vague: bool = False  # a word's range ("a few", "dozens of"), no figure stated
    high: float = 0.0  # the top of a range ("between 60 and 100"), where `bound` is ".."

    @property
    def extent(self) -> tuple[int, int]:
        """Where the figure and its counted words stand in the folded text: "five buildings"
        in "arrested five buildings away" (the words it counts are no anchor of it)."""
        return self.start, max(self.end, self.start + len(self.text))


# Each claim's quantities, read in another process and handed over (`learn`): the extraction
# workers read every claim's figures for its pairing keys, and the comparison workers (forked
# from the parent) read them again for the claims they compare, 8 % of the comparison. A dict
# in front of the cache, as `words` keeps its lemmas; bounded as the lemmas are.
_HANDED: dict[str, tuple[Quantity, ...]] = {}
MAX_HANDED = 1 << 18


def quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in `text` (dates and years are left to `dates`)."""
    handed = _HANDED.get(text)
    return _read_quantities(text) if handed is None else handed


def learn(found: Iterable[tuple[str, tuple[Quantity, ...]]]) -> None:
    """Know these texts' quantities, which another process read (`quantities`)."""
    for text, read in found:
        if len(_HANDED) >= MAX_HANDED:
            break
        _HANDED.setdefault(text, read)


_VAGUE_BEFORE = re.compile(r"\b(?:several|many|few|some)\s+$")
_ALL_OF_THE = re.compile(r"of the [a-z]")  # "all 18 of the adults"; not "14 of the 29 people"


@lru_cache(maxsize=TEXT_CACHE)
def _read_quantities(text: str) -> tuple[Quantity, ...]:
    folded = fold(text)
    if not (_ANY_NUMBER.search(folded) or _VAGUE.search(folded) or _AGE_WORD.search(folded)):
        return ()
    found: list[Quantity] = []
    last_end = -1  # where the words of the last quantity found end
    for match in _QUANTITY.finditer(folded):
        number = match["number"]
        if _names_or_dates(folded, match):
            continue
        if number in _SCALE_WORDS and _VAGUE_BEFORE.search(folded, 0, match.start()):
            continue  # "several thousand people": a vague figure (read below), not a thousand
        scale = SCALES.get(match["scale"] or "", 1.0)
        value = _value(number) * scale
        rest = match["rest"] or ""
        if _ALL_OF_THE.match(rest) and folded.endswith("all ", 0, match.start("number")):
            rest = rest[len("of the ") :]  # "all 18 of the adults": 18 adults, the whole of them
        unit, factor, used = _unit(rest, several=value != 1)
        used += len((match["rest"] or "").split()) - len(rest.split())  # the words "of the" too
        if match["currency"]:
            unit, factor, used = _CURRENCIES[match["currency"].strip()], 1.0, 0
        if value >= 2 and _TIME_SINGULAR.match(folded, match.end("number")):
            continue  # "a three-time champion" (folded "three time"): a label of the person
        if number in FREQUENCY:
            if number == "once" and _opens_a_clause(folded[match.end("number") :]):
                continue  # "once Lee had been hit", "once that person has a gun": a conjunction
            if number == "once" and _before_a_verb(folded[match.end("number") :]):
                continue  # "the building once housed a bakery": formerly, not one time
            unit, factor, used = "times", 1.0, 0
        if unit == "times" and value == 1 and folded.endswith(("at ", "at a "), 0, match.start("number")):
            continue  # "at one time, firefighters were pouring …": at some moment, not one time
        if not unit and TOLL_BEFORE.search(folded, 0, match.start()):
            unit = "people"  # "the death toll rose to 14": fourteen people dead
        if unit == "other":
            unit = "people"  # "killing two and wounding two others"
        if not unit:
            continue
        if not match["bound"] and not match["currency"] and unit not in _COUNTABLE_AFTER_A_LABEL:
            if _YEAR.match(number) and unit not in PERSON_NOUNS:
                continue  # "his June 24, 2005 murder", "his 2008 Bentley": a year, not 2,005 murders
            if (
                number[0].isdigit()
                and _AFTER_AN_ARTICLE.search(folded, 0, match.start("number"))
                and "-" not in match.group()
            ):
                continue  # "a 911 dispatcher", "a 2008 model": a number that names, after "a"
        if found and found[-1].unit == unit and _CONVERSION.fullmatch(folded, last_end, match.start()):
            continue
        bound = _in_a_span(folded, match.start(), unit, dict(BOUNDS).get(match["bound"] or "", "="))
        if match["bound"] == "up to" and CAPACITY_BEFORE.search(folded, 0, match.start()):
            bound = "="  # "licensed to carry up to 200 people": a capacity of 200
        if (
            bound == "="
            and _INCLUDED.search(folded, 0, match.start())
            and not (found and _PART_OF_THE_LAST.fullmatch(folded, last_end, match.start()))
        ):
            # "the victims include three men": three of them at least. (But "145 pilgrims,
            # including 30 children": of the count just told, 30 were children.)
            bound = ">="
        if (
            bound == "="
            and found
            and found[-1].bound in _SHARED_BOUNDS
            and _LISTED.fullmatch(folded, last_end, match.start())
        ):
            bound = found[-1].bound  # "at least 12 murders and 45 rapes": at least 45 too
        head = " ".join((match["rest"] or "").split()[:used])
        surface = match.group()[: match.start("rest") - match.start()] if match["rest"] else match.group()
        text = f"{surface.strip()} {head}".strip()
        last_end = match.start("rest") + len(head) if match["rest"] else match.end()
        low = _RANGE_FROM.search(folded, 0, match.start()) if bound == "=" else None
        if low is not None:
            # "between 60 and 100 rioters", "six or seven years": one figure, a range.
            which = "low" if low["low"] else "low2"
            start = low.start(which)
            text = f"{folded[start : match.start()]}{text}"
            bottom = _value(low[which]) * scale * factor
            end = match.start() + len(surface)
            found.append(Quantity(bottom, unit, "..", text, start, end, high=value * factor))
            continue
        found.append(Quantity(value * factor, unit, bound, text, match.start(), match.start() + len(surface)))
    found.extend(_vague_counts(folded))
    found.extend(_listed_ages(folded, found))
    found.extend(_appositive_ages(folded, found))
    found.extend(_one_more(folded, found))
    worded = _worded_ones(folded, found)
    if worded:  # "three quarters of a mile" is no count of quarters
        found = [q for q in found if not any(w.start <= q.start < w.end for w in worded)] + worded
    found.extend(_age_words(folded))
    return tuple(sorted(found, key=lambda q: q.start))


def _names_or_dates(folded: str, match: re.Match[str]) -> bool:
    """Whether the number `match` found names or dates something, or is no number: a year or
    a decade, "one of", a date's day, a clock time, an ordinal, the pronoun "one", a round age,
    a house number. (What counts nothing for what follows it is asked after its unit is read.)"""
    number = match["number"]
    if _YEAR.match(number) and (
        not match["rest"] or _DECADE.match(match["rest"]) or _BEFORE_YEAR.search(folded, 0, match.start())
    ):
        return True  # a year, or a decade ("the 1930s"): left to `dates`
    if (number == "one" and not match["rest"]) or _AFTER_MONTH.search(folded[: match.start("number")]):
        return True  # "one of the…"; "September 13" is a date
    if _CLOCK_AROUND.match(folded, match.end("number")) or folded[: match.start("number")].endswith(":"):
        return True  # "3:30 p.m.", "10am": a clock time, left to `dates`
    if _ORDINAL.match(match["rest"] or ""):
        return True  # "the 67th precinct" names a place in a series, it counts nothing
    if (match["rest"] or "").split(" ", 1)[0] in TIME_ZONES:
        return True  # "at 1815 GMT": a clock time, left to `dates`
    if number == "one" and _PRONOUN_ONE.search(folded, 0, match.start("number")):
        return True  # "no one believed", "the one you are looking for": a pronoun
    if number[-1:] == "0" and _DECADE.match(match["rest"] or ""):
        return True  # "in his early 30s": an age or a time in the round, no figure
    return bool(_ADDRESS.match(folded, match.end("number") + 1))  # "325 E. Elm Ave.": a house number


# Words for a number no figure states, as the range a reader takes them to mean: "a few days
# before" fits "five days before", "dozens of people" fits 46 and not five. Wide on purpose: a
# vague word contradicts only a figure plainly outside it.
VAGUE_COUNTS = {
    "a couple of": (2, 3), "a few": (2, 9), "several": (3, 15), "multiple": (2, 15),
    "dozens of": (24, 150), "scores of": (40, 200), "hundreds of": (200, 1500), "thousands of": (2000, 15000),
}  # fmt: skip
_VAGUE = re.compile(
    rf"\b(?P<vague>{'|'.join(VAGUE_COUNTS)})\s+(?P<rest>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){{0,3}})"
)


_SCALE_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}  # "several thousand"


def _vague_counts(folded: str) -> list[Quantity]:
    """A vague number ("a few days", "dozens of protesters") as the range it stands for,
    counting what the words after it count."""
    ranges = []
    for match in _VAGUE.finditer(folded):
        rest = match["rest"]
        scale = _SCALE_WORDS.get(rest.split(maxsplit=1)[0], 1.0)
        if scale != 1.0:  # "several thousand people": thousands, what the words after count
            rest = rest.split(maxsplit=1)[1] if len(rest.split()) > 1 else ""
        unit, factor, used = _unit(rest)
        if not unit:
            continue
        few, many = VAGUE_COUNTS[match["vague"]]
        low, high = few * scale, many * scale
        used += len(match["rest"].split()) - len(rest.split())
        text = f"{match['vague']} {' '.join(match['rest'].split()[:used])}".strip()
        start, end = match.start(), match.start("rest")
        ranges.append(Quantity(low * factor, unit, "..", text, start, end, vague=True, high=high * factor))
    return ranges


def _one_more(folded: str, found: list[Quantity]) -> list[Quantity]:
    """One person more (`_ONE_MORE`), after a count of persons ("two killed and another
    wounded"), or harmed ("another wounded"): a count of one, its predicate the words after it."""
    people = [q.start for q in found if q.unit == "people" or q.unit in PERSON_NOUNS]
    taken = {q.start for q in found}
    ones = []
    for match in _ONE_MORE.finditer(folded):
        # One more than a count told before it: "A second person died …, and 100 were hurt" is
        # the second death, no count of one.
        counted_people = any(start < match.start() for start in people)
        act, noun = match["act"], match["noun"]
        if match.start() in taken or (act is not None and act not in _HARMED):
            continue  # "another player", "another 20 people", "another said"
        if noun is not None and not _a_person_more(noun, match["more"]):
            continue  # "a third straight night", "a second arrest", "a third of the staff"
        if act is None and not counted_people:
            continue  # "a second", "a third" count persons only after a count of persons
        # "One officer was shot and a second officer hit": one more of the noun counted before.
        counted = (q.unit for q in found if q.unit in PERSON_NOUNS and noun in (q.unit, f"{q.unit}s"))
        unit = next(counted, "people")
        ones.append(Quantity(1.0, unit, "=", match.group(), match.start(), match.end()))
    return ones


def _listed_ages(folded: str, found: list[Quantity]) -> list[Quantity]:
    """The ages of a list after "ages" or "aged" ("ages 6 and 16"), and an age whose "-year-old"
    the next one's stands for ("6- and 8-year-old"), where no quantity stands."""
    if "old" not in folded and "age" not in folded:
        return []  # both patterns are slow to fail, and each needs one of these words
    taken = {q.start for q in found}
    ages = [_an_age(m, 1) for m in _SUSPENDED_AGE.finditer(folded) if m.start(1) not in taken]
    for listing in _AGE_LIST.finditer(folded):
        for number in _AGE_NUMBER.finditer(folded, listing.start(1), listing.end(1)):
            if number.start() not in taken:
                ages.append(_an_age(number))
    return ages


def _age_words(folded: str) -> list[Quantity]:
    """Ages told by a word (`_AGE_WORD`) as the range of years each names."""
    ages = []
    for match in _AGE_WORD.finditer(folded):
        if match["decade"]:
            first, last = _PART_OF_A_DECADE[match["part"]]
            low, high = float(match["decade"]) + first, float(match["decade"]) + last
        else:
            low, high = TEEN_YEARS
        start, end = match.span()
        ages.append(Quantity(low, "age", "..", match.group(), start, end, vague=True, high=high))
    return ages


def _an_age(match: re.Match[str], group: int = 0) -> Quantity:
    """The age a group of `match` states, where it stands."""
    return Quantity(float(match[group]), "age", "=", match[group], match.start(group), match.end(group))


# "Jon Hale, 27, a parolee", "Lee, 43, then shot": an age set off by commas after a word.
_APPOSITIVE_AGE = re.compile(r"(?<=[a-z]), (\d{1,3}),(?= [a-z])")
OLDEST = 110


def _appositive_ages(folded: str, found: list[Quantity]) -> list[Quantity]:
    """Ages between commas after a name (`_APPOSITIVE_AGE`), where no quantity stands."""
    taken = {q.start for q in found}
    return [
        _an_age(m, 1)
        for m in _APPOSITIVE_AGE.finditer(folded)
        if m.start(1) not in taken and 0 < int(m[1]) <= OLDEST
    ]


def _in_a_span(folded: str, start: int, unit: str, bound: str) -> str:
    """The bound of a duration told as the span things happened in ("the second death in two
    days", "in a day"): at most that time, however far apart they were; else `bound`."""
    if bound == "=" and unit == "sec" and _IN_A_SPAN.search(folded, 0, start):
        return "<="
    return bound


def _worded_ones(folded: str, found: list[Quantity]) -> list[Quantity]:
    """One unit, or a fraction of one, told in words (`_WORDED_ONE`), where no figure stands:
    "less than a month" is at most 30 days, "half a mile" 805 metres, "an hour and a half"
    5,400 seconds."""
    taken = [q.extent for q in found]
    ones = []
    for match in _WORDED_ONE.finditer(folded):
        if any(start <= match.start("unit") < end for start, end in taken):
            continue  # "two and a half miles" read already, or a figure's own unit
        if _RATE_BEFORE.search(folded, 0, match.start()) and not match["bound"]:
            continue  # "twice a day", "$15 an hour": a rate, no amount
        base, factor = _ONE_UNIT[match["unit"]]
        if match["whole"]:
            amount = _value(match["whole"]) + _FRACTIONS[match["and_fraction"]]
        elif match["fraction"]:
            amount = _FRACTIONS[match["fraction"]]
        else:
            amount = 1.0 + (_FRACTIONS[match["more"]] if match["more"] else 0.0)
        bound = _in_a_span(folded, match.start(), base, dict(BOUNDS).get(match["bound"] or "", "="))
        ones.append(Quantity(amount * factor, base, bound, match.group(), match.start(), match.end()))
    return ones


def _a_person_more(noun: str, more: str | None) -> bool:
    """Whether the words after "a third" tell of a person: a person noun ("a third employee",
    "a third co-worker", folded "co worker"), what was done to one ("a third wounded"), or
    the next item of a list ("a third and a fourth")."""
    return (
        noun in _HARMED
        or noun == "and"
        or lemma(noun) in PERSON_NOUNS
        or lemma(noun + (more or "")) in PERSON_NOUNS
    )


def _value(number: str) -> float:
    if number[0].isdigit() or number[0] == ".":
        return float(number.replace(",", ""))
    tens, _, units = number.replace("-", " ").partition(" ")
    if units:  # "forty six"
        return float(_CARDINALS[tens] + _CARDINALS[units])
    return float(_CARDINALS.get(number, FREQUENCY.get(number, 0)))


STATES_OF_PERSONS = frozenset(("dead", "missing", "injured", "wounded", "hurt", "trapped"))
# What is done only to persons: "two were killed", "at least a dozen were injured" count persons.
_DONE_TO_PERSONS = STATES_OF_PERSONS | frozenset(
    "killed shot stabbed arrested detained rescued evacuated hospitalized hospitalised".split()
)
_PASSIVE = frozenset(("was", "were", "are", "is", "been", "have", "had", "has"))


def _done_to_persons(words: list[str]) -> bool:
    """Whether `words` open with what is done to persons, after auxiliaries: "been injured"."""
    rest = [w for w in words[:2] if w not in _PASSIVE]
    return bool(rest) and rest[0].strip(".,;:") in _DONE_TO_PERSONS


def _plural_noun(word: str) -> bool:
    """Whether a word that may be a verb is a plural noun after a count of several: "arrests",
    "witnesses" ("four prior arrests"); "was" and "has" are no nouns."""
    return word.endswith("s") and not word.endswith("ss") and word not in AUXILIARIES


def _a_plural(word: str) -> bool:
    return word == "people" or (word.endswith("s") and not word.endswith("ss")) or lemma(word) != word


GERUND_MIN = 4  # letters: "standing", "fleeing"; not "king" or "ring"


def _unit(rest: str, *, several: bool = True) -> tuple[str, float, int]:
    """A measurement unit, or the head noun of the counted phrase ("short-range missiles"),
    with how many words of `rest` it took; `several` when the figure is more than one (a
    plural then heads the phrase: "four prior arrests", not the verb "arrests")."""
    if rest.startswith("%"):
        return "%", 1.0, 1
    words = rest.split()
    if not words:
        return "", 1.0, 0
    age = _AGE.match(rest)
    if age:
        return "age", 1.0, len(age.group().split())  # "a 36-year-old man": an age, not a duration
    words[0] = words[0].rstrip("'’")  # "30 days' worth"
    first = words[0].split("-")[0] if words[0] not in UNITS else words[0]
    if first in UNITS:
        return (*UNITS[first], 1)
    if words[0] == "per" and len(words) > 1 and f"per {words[1]}" in UNITS:
        return (*UNITS[f"per {words[1]}"], 2)
    if words[0] == "square" and len(words) > 1 and UNITS.get(words[1], ("", 0.0))[0] == "m":
        side = UNITS[words[1]][1]  # metres
        return "acre", side * side / SQUARE_METRES_PER_ACRE, 2  # "40 square miles": an area
    head, used, skipped = "", 0, 0
    if words[0].endswith("ly") and is_adverb(words[0]):
        if len(words) == 1:
            return "", 1.0, 0  # "injured, three critically": three of those just told of
        words, skipped = words[1:], 1  # "two seriously injured people": what it qualifies counts
    for i, word in enumerate(words):
        # The counted phrase ends at a stop word, at an adverb after it ("100 workers inside")
        # or at its verb: "200 people attended".
        if not i and word in STATES_OF_PERSONS:
            return "people", 1.0, 1 + skipped  # "two dead", "five missing": persons in that state
        if not i and word in _PASSIVE and _done_to_persons(words[1:]):
            return "people", 1.0, 0  # "two were killed", "a dozen have been hurt"
        if word in STOP_WORDS or word in PHRASE_ENDING_PREPOSITIONS or (i and word in PLACE_ADVERBS):
            break
        if i and is_finite_verb(word, previous=words[i - 1]) and not (several and _plural_noun(word)):
            break  # "200 people attended"; but "four prior arrests" is no verb after "four"
        if i and word.endswith("ing") and len(word) > GERUND_MIN and _a_plural(words[i - 1]):
            break  # "six teenagers standing by the road": the teenagers stood
        if word.split("'")[0] in PRONOUNS:
            break  # "the two women she's accused of killing"
        if i and is_adverb(word) and (i + 1 == len(words) or is_finite_verb(words[i + 1], previous=word)):
            break  # "three dozen people briefly rampaged", "30 men quickly fled": the verb's adverb
        head, used = word, i + 1 + skipped
    if not head:
        return "", 1.0, 0
    noun = lemma(head.split("-")[-1])
    # "two attempts", "three tries", "twice": all count occurrences; "homes" and "houses"
    # count buildings.
    if noun in OCCURRENCE_NOUNS:
        return "times", 1.0, used
    if noun == "person":
        return "people", 1.0, used  # "120 persons" and "119 people" count one noun
    return ("building" if noun in BUILDING_NOUNS else noun), 1.0, used


def quoted(text: str, says: str) -> Quantity | None:
    """The quantity of `text` that a finding quotes as `says` (its `a_says` or `b_says`)."""
    return next((q for q in quantities(text) if q.text == says), None)


# After a length, what says it is a distance from a point: "84 miles (135 km) northeast of
# Acme City", "100 meters away from the port", "within 80 m of the hut". Told with none of
# these, nor "from", a length is the length of something: a fall, a runway, a depth. A plain
# "from" says either: "200 meters from the shore", "falling 150 meters from a ridge".
_MEASURED_FROM = re.compile(
    r"(?:\s*-?\s*[a-z]+)?(?:\s*\([^)]*\))?\s+"  # its unit word, a conversion in brackets
    r"(?:(?P<point>away\b|(?:(?:due\s+)?(?:north|south|east|west)(?:\s*(?:east|west))?\s+)(?:of|from)\b|of\b)"
    r"|(?P<either>from\b))"
)


def _point_told(text: str, q: Quantity) -> re.Match[str] | None:
    """What after a length tells it is measured from a point (`_MEASURED_FROM`), from its unit
    word on; None for no such words, or what is no length."""
    return _MEASURED_FROM.match(fold(text), q.end) if q.unit == "m" else None


def measured_from(text: str, q: Quantity) -> bool | None:
    """Whether a length is a distance from a point (`_MEASURED_FROM`): True, False, or None
    where a plain "from" says either; None for what is no length."""
    if q.unit != "m":
        return None
    told = _point_told(text, q)
    if told is None:
        return False
    return True if told["point"] else None


POINT_WORDS = 4  # words after "from" or "of" that name the point: "the city of Acme", "Acme city"


def measured_point(text: str, q: Quantity) -> str:
    """The words naming the point a distance is measured from ("from the city of Acme" → "the
    city of acme"), or "" for a length told without one."""
    told = _point_told(text, q)
    return "" if told is None else " ".join(told.string[told.end() :].split()[:POINT_WORDS])


def two_lengths(a: str, x: Quantity, b: str, y: Quantity) -> bool:
    """Whether one length is a distance from a point and the other the length of something:
    "within 80 m of the hut" / "fell 200 m down a gully"."""
    return {measured_from(a, x), measured_from(b, y)} == {True, False}


def kind(q: Quantity) -> str:
    """What a quantity counts or measures, with every count of persons one kind: "46 people"
    and "at least 46 demonstrators" may be one count. (Two counts of different persons, "two
    women" and "four children", are not one figure told two ways: conflicts compare units.)"""
    return "people" if q.unit in PERSON_NOUNS else q.unit


def compatible(a: Quantity, b: Quantity) -> bool:
    """Could both be true? Bounds and rounding are taken into account."""
    if a.unit in LABEL_NOUNS or b.unit in LABEL_NOUNS:
        return a.value == b.value
    if a.bound in _ONE_SIDED or b.bound in _ONE_SIDED:
        return _bounds_overlap(a, b)
    if a.bound == b.bound == "=" and a.unit not in MEASURES:
        return a.value == b.value  # counts and ages are whole: 41 is not 42, however close
    tolerance = APPROX_TOLERANCE if "~" in (a.bound, b.bound) else EXACT_TOLERANCE
    scale = max(abs(a.value), abs(b.value), 1e-9)
    return abs(a.value - b.value) / scale <= tolerance


_ONE_SIDED = (">=", "<=", "<~", "..")


def _bounds_overlap(a: Quantity, b: Quantity) -> bool:
    low_a, high_a = _interval(a)
    low_b, high_b = _interval(b)
    return low_a <= high_b and low_b <= high_a


def _interval(q: Quantity) -> tuple[float, float]:
    if q.bound == ">=":
        return q.value, float("inf")
    if q.bound == "<=":
        return float("-inf"), q.value
    if q.bound == "<~":
        return q.value * (1 - APPROX_TOLERANCE), q.value
    if q.bound == "..":
        return q.value, q.high
    slack = abs(q.value) * (APPROX_TOLERANCE if q.bound == "~" else EXACT_TOLERANCE)
    return q.value - slack, q.value + slack
