"""Word knowledge from well-kept libraries: lemmas (simplemma) and how rare a word is in
general English (wordfreq). The one door to both, so their cost is paid in one place.

Both read data shipped inside their packages; nothing is downloaded at run time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache
from itertools import islice
from typing import Any

COMMONEST_ZIPF = 7.0  # "the" is about 7.7: words this common say nothing about a fact
UNSEEN_ZIPF = 1.0  # a word wordfreq has never seen (a name, a typo) counts as this rare
NUMBER_RARITY = 3.0  # a figure is as telling as a fairly rare word


# Each word's lemma, once looked up: in this process, or in another and handed over (`learn`).
# A dict, not an lru_cache, so that a worker can hand what it looked up to the parent, and the
# parent to the workers it forks next: the comparison workers had looked up again a lemma for
# every word the extraction workers had, a thirteenth of the comparison. Bounded as the cache was.
_LEMMAS: dict[str, str] = {}
MAX_LEMMAS = 1 << 18


def lemma(word: str) -> str:
    """The dictionary form of a lower-case English word: "injured" → "injure", "went" → "go"."""
    found = _LEMMAS.get(word)
    if found is None:
        found = _looked_up(word)
        if len(_LEMMAS) < MAX_LEMMAS:
            _LEMMAS[word] = found
    return found


def lemmas_known() -> int:
    """How many lemmas this process knows: a mark for `lemmas_since`."""
    return len(_LEMMAS)


def lemmas_since(mark: int) -> list[tuple[str, str]]:
    """The (word, lemma) pairs this process came to know after `mark` (`lemmas_known`)."""
    return list(islice(_LEMMAS.items(), mark, None))


def learn(lemmas: Iterable[tuple[str, str]]) -> None:
    """Know these (word, lemma) pairs, which another process looked up."""
    for word, found in lemmas:
        if len(_LEMMAS) >= MAX_LEMMAS:
            break
        _LEMMAS.setdefault(word, found)


def _looked_up(word: str) -> str:
    if not word:
        return ""  # a hyphen with nothing after it ("sisters-8-"): no word, and the lemmatizer refuses it
    if len(word) == 1:
        return word  # a letter (an initial, a unit: "80m") is no word to inflect; "m" was "be"
    found = str(_lemmatizer().lemmatize(word, lang="en")).lower()
    if found != word and not _zipf(found) and _zipf(word):
        # simplemma's table has a few forms English never writes ("growing" → "growe",
        # "preferred" → "preferr"): the regular stem English does write, if there is one.
        return next((stem for stem in _regular_stems(word) if _zipf(stem)), found)
    return found


def _regular_stems(word: str) -> tuple[str, ...]:
    """The stems a regular -ing, -ed or -ied form may come from, likeliest first."""
    if word.endswith("ied"):
        return (word[:-3] + "y",)
    for ending in ("ing", "ed"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            doubled = (stem[:-1],) if len(stem) > 2 and stem[-1] == stem[-2] else ()
            return (*doubled, stem, stem + "e") if ending == "ing" else (*doubled, stem + "e", stem)
    return ()


@lru_cache(maxsize=1)
def _lemmatizer() -> Any:
    """simplemma's dictionary look-up alone: a word it does not know (a name, a typo) is kept
    as it is. Its default strategy also guesses at affixes, twenty times slower on unknown
    words (0.14 ms each; a corpus of ten thousand articles has tens of thousands of names) for
    nothing a comparison of names could use. Loaded on first use (0.3 s), which `crosscheck
    --help` need not pay."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DictionaryLookupStrategy

    return Lemmatizer(lemmatization_strategy=DictionaryLookupStrategy())


def preload() -> None:
    """Load the lemma dictionary and the word frequencies now: worker processes forked after
    this share them with the parent, where each would otherwise read them again (0.3 s a
    worker, twice a run: extraction, then comparison). simplemma reads a language's table on
    the first word looked up, not when the lemmatizer is made, so one word is looked up here."""
    _lemmatizer().lemmatize("went", lang="en")
    _frequencies()


@lru_cache(maxsize=1 << 18)
def rarity(word: str) -> float:
    """How much sharing `word` tells about two sentences, from its frequency in general English:
    0.5 for the commonest words, about 6 for a word wordfreq has not seen."""
    if not word[:1].isalpha():
        return NUMBER_RARITY  # a figure, or a slot a value fills (facts.pairing_keys)
    if word.isascii() and word.isalpha():
        # One plain word is looked up in wordfreq's table directly: the same figure that
        # `zipf_frequency` gives, without its tokeniser (a tenth of the cost, and most keys of
        # a large corpus are names it has never seen).
        zipf = round(_zipf(word), 2)
    else:
        from wordfreq import zipf_frequency  # loaded on first use, like simplemma

        zipf = zipf_frequency(word.replace("_", " "), "en")
    return max(0.5, COMMONEST_ZIPF - (zipf or UNSEEN_ZIPF))


COMMON_ZIPF = 2.5  # "pretrial" 2.7, "firefighting" 2.9; "wellknown" 1.6, "socalled" 1.7
EVERYDAY_ZIPF = 3.0  # "warehouse" 4.1, "valor" 3.2; given names: "katrine" 2.3


def a_word_mistyped(x: str, y: str) -> bool:
    """Whether one of two lower-case spellings is an everyday word of the English dictionary
    and the other one English has never seen: "warehouse" / "warehuose" is a typo of a word,
    not a name spelt two ways. (Frequent surnames are frequent words too, "rodriguez" 3.7, but
    no dictionary word: "rodriquez" stays a name misspelt.)"""
    return _typo_of(x, y) or _typo_of(y, x)


def _typo_of(word: str, other: str) -> bool:
    return not _zipf(other) and is_everyday(word) and in_dictionary(word)


@lru_cache(maxsize=1 << 12)
def in_dictionary(word: str) -> bool:
    """Whether simplemma's English dictionary holds a lower-case word ("there", not "globex")."""
    from simplemma import is_known

    return bool(is_known(word, lang="en"))


@lru_cache(maxsize=1 << 16)
def is_common(word: str) -> bool:
    """Whether a lower-case word is an everyday English word (wordfreq), as a written-together
    compound is: "playoff", "coworker", "email"; not "wellknown" or "antigang"."""
    return _zipf(word) >= COMMON_ZIPF


def is_everyday(word: str) -> bool:
    """Whether a lower-case word is as common as everyday words are (EVERYDAY_ZIPF)."""
    return _zipf(word) >= EVERYDAY_ZIPF


def is_seen(word: str) -> bool:
    """Whether wordfreq has seen a lower-case word at all ("unveiling", not "unarming")."""
    return _zipf(word) > 0


def _zipf(word: str) -> float:
    """wordfreq's Zipf figure of one plain lower-case word, read from its table (0 if unseen)."""
    frequency = _frequencies().get(word, 0.0)
    return math.log10(frequency) + 9 if frequency else 0.0


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", wordlist="best")
