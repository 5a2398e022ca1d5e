"""Shallow English grammar by rule: words, and which of them can head a clause.

No tagger model: a closed list of verbs (`lexicon.VERBS`) plus the regular
past-tense ending, and two context rules that keep nouns out ("the report",
"to visit" are not finite verbs).
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosscheck.lexicon import AUXILIARIES, COMMON_VERBS, DETERMINERS, IRREGULAR_PAST, PREPOSITIONS
from crosscheck.words import is_everyday

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@lru_cache(maxsize=1 << 12)
def words(text: str) -> tuple[str, ...]:
    """The words of `text`; cached, because every rule asks again about the same sentence.

    The rules ask about the sentence at hand, so a small cache serves them; a large one
    holds millions of word strings on a big corpus (100 MB at 4,000 articles).
    """
    return tuple(_WORD.findall(text))


def looks_past(word: str) -> bool:
    """Regular past tense ("signaled", "launched"), not a capitalised name."""
    return len(word) > 4 and word.lower().endswith("ed") and word[0].islower()


def is_finite_verb(word: str, *, previous: str | None) -> bool:
    """A verb form that can head a clause: no -ing form, no noun after a determiner or "to"."""
    if not word:
        return False
    lower = word.lower()
    if previous is not None and previous.lower() == "that" and (lower in IRREGULAR_PAST or looks_past(word)):
        return True  # "the quake that struck the city": "that" opens a relative clause here
    if previous is not None and (previous.lower() in DETERMINERS or previous.lower() == "to"):
        return False
    if previous is not None and previous.lower() in PREPOSITIONS and not looks_past(word):
        return False  # "with search and rescue teams": a noun; "by injured" is asked elsewhere
    if lower.endswith("ing") and lower not in AUXILIARIES:
        return False
    if word[0].isupper() and lower not in AUXILIARIES:
        return False
    return lower in AUXILIARIES or lower in IRREGULAR_PAST or lower in COMMON_VERBS or looks_past(word)


ADVERB_MIN = 6  # "briefly", "mostly"; not "ally", "rally" or "reply"


def is_adverb(word: str) -> bool:
    """An adverb in -ly made from an everyday word: "briefly" (brief), "happily" (happy); not
    "family" or "assembly", whose stems are no words."""
    lower = word.lower()
    if len(lower) < ADVERB_MIN or not lower.endswith("ly"):
        return False
    return is_everyday(lower[:-2]) or is_everyday(lower[:-3] + "y")


def first_verb(text: str) -> re.Match[str] | None:
    """The first finite verb in `text`, as a match with its position."""
    previous: str | None = None
    for match in _WORD.finditer(text):
        if is_finite_verb(match.group(), previous=previous):
            return match
        previous = match.group()
    return None


def finite_verb_index(text: str) -> int | None:
    """Index, in `words(text)`, of the first finite verb."""
    tokens = words(text)
    for i, token in enumerate(tokens):
        if is_finite_verb(token, previous=tokens[i - 1] if i else None):
            return i
    return None


def has_finite_verb(text: str) -> bool:
    return finite_verb_index(text) is not None


def plural(n: int, noun: str) -> str:
    """ "1 claim", "2 claims": every count a message shows is grammatical."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
