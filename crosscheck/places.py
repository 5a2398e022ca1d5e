"""Where a claim puts a named thing: the streets it names, the cross street of a street ("on
Main Street at Oak Avenue"), and the town of a named place ("the Acme Foods plant in North
Ridge"). One place named two ways by two sources is a conflict of the kind a
reader checks first: where did it happen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from crosscheck.lexicon import MONTHS, STOP_WORDS, TITLES, WEEKDAYS
from crosscheck.normalize import TEXT_CACHE, Aliases, tokens

# A street named in a claim: "473 East 52nd Street", "E. 52nd St.", "Markison Avenue". The name
# (without house number or compass word) and its kind of way, so both spellings meet.
_STREET_KINDS = {
    "street": "street", "st": "street", "avenue": "avenue", "ave": "avenue", "road": "road",
    "rd": "road", "boulevard": "boulevard", "blvd": "boulevard", "lane": "lane", "ln": "lane",
    "drive": "drive", "dr": "drive", "place": "place", "pl": "place", "court": "court", "ct": "court",
    "way": "way", "circle": "circle", "terrace": "terrace", "highway": "highway", "parkway": "parkway",
    "plaza": "plaza",
}  # fmt: skip
STREET_WORDS = frozenset(_STREET_KINDS)  # "street", "ave": the words that end a street's name
_COMPASS = r"(?:North|South|East|West|N|S|E|W)\.?\s+"
_STREET = re.compile(
    rf"(?:\b\d+\s+)?(?:{_COMPASS})?(?P<name>(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))(?:\s+[A-Z][a-z]+){{0,2}})\s+"
    rf"(?P<kind>{'|'.join(k.capitalize() for k in _STREET_KINDS)})\b\.?"
)


@lru_cache(maxsize=TEXT_CACHE)
def streets(text: str) -> frozenset[str]:
    """The streets `text` names, as "52nd street", "markison avenue"."""
    return frozenset(key for key, _ in _street_mentions(text))


def _street_key(match: re.Match[str]) -> str:
    name = re.sub(rf"^(?:{_COMPASS}|The\s+)", "", match["name"])
    return f"{name.lower()} {_STREET_KINDS[match['kind'].lower()]}"


# The word that ends every street's name, after a space, as `_STREET` reads it: most claims
# hold none, and looking for it is many times faster than `_STREET`, which tries a name at
# every capital. (Looking for its first two letters let a third of the claims through:
# "State", "Steve", "Road" in "Roadside".)
_STREET_END = re.compile(rf"\s(?:{'|'.join(k.capitalize() for k in _STREET_KINDS)})\b")


@lru_cache(maxsize=TEXT_CACHE)
def _street_mentions(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    if not _STREET_END.search(text):
        return ()
    return tuple((_street_key(m), m) for m in _STREET.finditer(text))


def street_ways(text: str) -> tuple[tuple[str, str], ...]:
    """Each street `text` names, by its name written together, with each kind of way it is
    named as: (("elmleaf", "place"),)."""
    return tuple((name, kind) for name, ways in street_kinds(text).items() for kind in ways)


@lru_cache(maxsize=TEXT_CACHE)
def street_kinds(text: str) -> dict[str, dict[str, str]]:
    """The streets `text` names by their name written together ("Elm Leaf" and "Elmleaf"
    are one name), each with its kinds of way and how it is written: {"elmleaf": {"place":
    "Elm Leaf Place"}}."""
    found: dict[str, dict[str, str]] = {}
    for key, match in _street_mentions(text):
        name, kind = key.rsplit(" ", 1)
        found.setdefault(name.replace(" ", ""), {}).setdefault(kind, match.group().strip(" ."))
    return found


# Two streets joined like this name one corner: "Main Street at Oak Avenue", "the intersection of
# Main Street and Oak Avenue", "Main St. & Oak Ave.".
_CROSSING = re.compile(r"\s*,?\s*(?:at|and|&|near)\s+")


@dataclass(frozen=True, slots=True)
class Corner:
    """Two streets that cross, each as its key ("roosevelt boulevard") and as written."""

    written: tuple[tuple[str, str], tuple[str, str]]  # (key, as written)

    @property
    def streets(self) -> frozenset[str]:
        return frozenset(key for key, _ in self.written)

    def named(self, key: str) -> str:
        return dict(self.written)[key]


@lru_cache(maxsize=TEXT_CACHE)
def corners(text: str) -> tuple[Corner, ...]:
    """The corners `text` names: two streets in a row, joined by "at", "and", "&" or "near"."""
    found = []
    mentions = _street_mentions(text)
    for (key_a, first), (key_b, second) in pairwise(mentions):
        if key_a != key_b and _CROSSING.fullmatch(text[first.end() : second.start()]):
            written = ((key_a, first.group().strip(" .")), (key_b, second.group().strip(" .")))
            found.append(Corner(written))
    return tuple(found)


# A named thing in a named town: "the Acme Foods plant in North Ridge", "the Hale Center in Glen
# Falls". The thing is two to five capitalised words (one word is too often a person, or a
# company with many sites), and a word in lower case may follow them ("plant"); the town is one
# to three capitalised words, ending at a comma or at a word in lower case.
_NAME = r"[A-Z][\w'’.-]*"
_PLACED = re.compile(rf"((?:{_NAME}\s+){{1,4}}{_NAME})(?:\s+[a-z]+)?,?\s+in\s+({_NAME}(?:\s+{_NAME}){{0,2}})")
_NOT_NAME_WORDS = STOP_WORDS | TITLES | frozenset(MONTHS) | frozenset(WEEKDAYS)


@dataclass(frozen=True, slots=True)
class Placement:
    """A named thing ("betty", "ford", "center") and the town a claim puts it in, as written."""

    thing: frozenset[str]
    town: str
    town_words: frozenset[str]


@lru_cache(maxsize=TEXT_CACHE)
def placements(text: str, aliases: Aliases) -> tuple[Placement, ...]:
    """The named things `text` puts in a named town."""
    found = []
    for match in _PLACED.finditer(text):
        thing = [w for w in match[1].split() if w.lower().strip(".,") not in _NOT_NAME_WORDS]
        town = match[2].rstrip(".")
        if len(thing) < 2 or town.split()[0].lower() in _NOT_NAME_WORDS:
            continue  # "Police in Ohio"; "in May"
        thing_words = frozenset(t for w in thing for t in tokens(w, aliases))
        found.append(Placement(thing_words, town, frozenset(tokens(town, aliases))))
    return tuple(found)
