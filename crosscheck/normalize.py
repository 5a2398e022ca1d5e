"""Text → comparable tokens: case, quotes and dashes, punctuation, stop words,
simple inflection, number words, and aliases.

Two claims that say the same thing in other words should come out with the
same tokens as far as a few general rules allow: "DPRK" and "North Korea",
"Jean-Luc" and "Jean Luc", "two" and "twice" and "2".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from crosscheck import safeyaml
from crosscheck.errors import AliasError
from crosscheck.lexicon import IRREGULAR_LEMMAS, OBJECT_KINDS, STOP_WORDS, SYNONYMS
from crosscheck.textfile import read_text
from crosscheck.words import is_common, is_everyday, is_seen
from crosscheck.words import lemma as dictionary_form

# General aliases: canonical form → variants. Users add their own from YAML.
BUILTIN_ALIASES: dict[str, tuple[str, ...]] = {
    # Demonyms ("North Korean", "Russian") are not folded into the country: measured on the
    # gold file, that made unrelated claims about one country look alike (README, "Matching").
    "north korea": ("dprk", "democratic people's republic of korea"),
    "south korea": ("rok", "republic of korea"),
    # Ambiguous short forms ("us", "un") are left out: "told us" is not a country.
    "united states": ("u.s.", "usa", "u.s.a.", "america"),
    "united kingdom": ("uk", "u.k.", "britain", "great britain"),
    "united nations": ("u.n.",),
    "european union": ("eu", "e.u."),
    "china": ("prc", "people's republic of china"),
    "russia": ("russian federation",),
    "president": ("pres",),
    "rocket": ("booster", "launcher", "launch vehicle"),
    "missile": ("missiles",),
    "spacesuit": ("space suit",),
    "gift": ("present",),
}

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "dozen": 12, "once": 1, "twice": 2, "thrice": 3, "single": 1, "double": 2, "triple": 3,
    "first": 1, "second": 2, "third": 3,
}  # fmt: skip

# An ordinal is a place in order, not a count: "the third floor" is "the 3rd floor", and
# shares nothing with "the other three" (which a "3" for both made one figure).
ORDINAL_TOKENS = {"first": "1st", "second": "2nd", "third": "3rd"}

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "‑": "-"})
_INNER_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")
_HYPHENATED = re.compile(r"\b([a-z]+)-([a-z]+)\b")
_POSSESSIVE = re.compile(r"(?<=\w)'s?\b")
# A contraction is its words ("she'd" → "she would", "didn't" → "did not"): with the mark
# dropped they were words of their own, and some of them real ones ("we'd" → "wed", "we'll" →
# "well", "I'll" → "ill", "she'd" → "shed"). "'s" stays a possessive ("it's" reads as "it").
_CONTRACTION = re.compile(r"\b(?:(won|can|shan)'t|([a-z]+)n't|([a-z]+)'(d|ll|re|ve|m))\b")
_NEGATED_AUXILIARIES = {"won": "will", "can": "can", "shan": "shall"}
_CONTRACTED = {"d": "would", "ll": "will", "re": "are", "ve": "have", "m": "am"}


def _expanded(match: re.Match[str]) -> str:
    irregular, stem, word, ending = match.groups()
    if irregular:
        return _NEGATED_AUXILIARIES[irregular] + " not"
    if stem:
        return stem + " not"
    return f"{word} {_CONTRACTED[ending]}"


# An ordinal is one token ("223rd", "67th"): its suffix alone ("rd", "th") would be a word two
# claims share whenever each names some numbered street or precinct.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:st|nd|rd|th)?\b|\d+|[a-z_]+")
# "a.m." and "p.m." (folded "p. m." too) say which half of the day a clock time is in, which
# `dates` reads; as words they were "p" and "m" (lemma "be"), shared by any two clock times.
_MERIDIEM = re.compile(r"(?<=\d)\s*[ap]\.\s?m\b\.?|\b[ap]\.\s?m\.")


@dataclass(frozen=True, eq=False)  # hashed by identity: it is a cache key on every token call
class Aliases:
    """A run's vocabulary. `table`: phrase → canonical phrase, applied as one regex whose
    longest alternatives come first. `kinds`: word → the kind of thing it names ("pistol" →
    weapon), for the entity check; built-in kinds plus those of the user's story."""

    table: tuple[tuple[str, str], ...] = field(default=())
    kinds: tuple[tuple[str, str], ...] = field(default=())

    @classmethod
    def build(cls, groups: Mapping[str, Sequence[str]], kinds: Mapping[str, Iterable[str]] = {}) -> Aliases:
        pairs: dict[str, str] = {}
        for canonical, variants in groups.items():
            # The canonical form becomes one token ("north_korea") so lemmas leave it alone.
            joined = fold(canonical).replace(" ", "_")
            for variant in (canonical, *variants):
                # Tokens are made with possessives dropped: "people's" is looked up as "people".
                for form in (fold(variant), _POSSESSIVE.sub("", fold(variant))):
                    if form:
                        pairs.setdefault(form, joined)
        kind_of: dict[str, str] = {}
        for kind, words in kinds.items():
            for word in sorted(words):
                kind_of.setdefault(fold(word), kind)
        return cls(
            tuple(sorted(pairs.items(), key=lambda p: (-len(p[0]), p[0]))), tuple(sorted(kind_of.items()))
        )

    @cached_property
    def kind_of(self) -> dict[str, str]:
        return dict(self.kinds)

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        if not self.table:
            return None
        alternatives = "|".join(re.escape(variant) for variant, _ in self.table)
        return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")

    @cached_property
    def _lookup(self) -> dict[str, str]:
        return dict(self.table)

    def apply(self, folded: str) -> str:
        if self._pattern is None:
            return folded
        if " " not in folded:  # one word: a dictionary look-up, not a scan of every alias
            return self._lookup.get(folded, folded)
        return self._pattern.sub(lambda m: self._lookup[m.group()], folded)


# Size of the caches of features of one claim's text (its tokens, quantities, names, ...).
# Claims are compared group by group, so a claim's features are asked for again soon or never:
# a modest cache serves, where one sized for the corpus held hundreds of MB per worker process
# on 10,000 articles (a worker's share of comparing, about 5,000 pairs at a time, has fewer
# texts than this; 16,384 entries cost 120 MB more at 10,000 articles, for no speed measured).
# Caches keyed by a single word stay larger: words recur across a corpus.
TEXT_CACHE = 1 << 13


# Text that went through a tokeniser and was joined again arrives with spaces inside tokens:
# "2, 000ft", "3:30 p. m.", "it’ s", "didn’ t", "a. 357 revolver". Each is joined back.
_SPLIT_TOKENS = (
    (re.compile(r"(?<=\d), (?=\d{3}(?!\d))"), ","),  # "2, 000" → "2,000"
    (re.compile(r"\b([ap])\. ?m\b\.?"), r"\1.m."),  # "p. m" → "p.m."
    (re.compile(r"(?<=\w)' (?=(?:s|t|re|ll|ve|d|m)\b)"), "'"),  # "it' s" → "it's"
    (re.compile(r"\b(an?|the)\. (?=\d)"), r"\1 ."),  # "a. 357" → "a .357"
    (re.compile(r"(?<= )\. (?=\d)"), "."),  # "the . 38" → "the .38"
)
# Whether any of them is there. Each starts at a mark and a space, which the lookahead lets the
# regex engine skip to (four times faster than trying every alternative at every letter).
_SPLIT_TOKEN_HINT = re.compile(r"(?=[,.'] )(?:(?<=\d), (?=\d)|(?<=\b[ap])\. m|(?<=\w)' (?=\w)|\. (?=\d))")


# A double quotation mark between a word and a contraction's ending is an apostrophe a page
# mis-encoded ("the shooting wasn”t justified"), never a quotation.
_QUOTE_AS_APOSTROPHE = re.compile(r"""(?<=[a-z])"(?=(?:t|s|d|ll|re|ve|m)\b)""")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, plain quotes and dashes, accents kept; hyphens between letters become spaces;
    tokens split by an upstream tokeniser joined again ("2, 000" → "2,000", "p. m" → "p.m.")."""
    # ASCII, the common case, has no Unicode forms or curly quotes to fold.
    ascii_text = text.isascii()
    text = text.lower() if ascii_text else unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    if '"' in text:
        text = _QUOTE_AS_APOSTROPHE.sub("'", text)
    if _SPLIT_TOKEN_HINT.search(text):
        for pattern, joined in _SPLIT_TOKENS:
            text = pattern.sub(joined, text)
    return _INNER_HYPHEN.sub(" ", text) if "-" in text else text


def tokens(text: str, aliases: Aliases) -> tuple[str, ...]:
    """Content tokens of `text`, in order: no stop words, numbers as digits, lemmas. A
    hyphenated word that English also writes as one ("play-off", "co-workers") is the one word,
    as the outlet that writes it together has it."""
    if _known_with and _known_with[0] is aliases:
        known = _known.get(text)
        if known is not None:
            return known
    return _read_tokens(text, aliases)


# Texts whose tokens were read already, in another process (`known_tokens`).
_known: dict[str, tuple[str, ...]] = {}
_known_with: list[Aliases] = []


@contextmanager
def known_tokens(known: Mapping[str, tuple[str, ...]], aliases: Aliases) -> Iterator[None]:
    """While in this block, `tokens(text, aliases)` answers from `known` (text → its tokens,
    read with these `aliases`). A comparison worker is a fresh process: reading every claim of
    its pairs again, each lemma looked up anew, cost a sixth of the comparison. Scoped to the
    pairs at hand, so it never holds the corpus's tokens twice."""
    _known.update(known)
    _known_with[:] = [aliases]
    try:
        yield
    finally:
        _known.clear()
        _known_with.clear()


@lru_cache(maxsize=1 << 16)
def _read_tokens(text: str, aliases: Aliases) -> tuple[str, ...]:
    folded = fold(_HYPHENATED.sub(_closed_compound, text.lower()) if "-" in text else text)
    if "'" in folded:
        folded = _POSSESSIVE.sub("", _CONTRACTION.sub(_expanded, folded))
    folded = aliases.apply(folded)
    if ".m" in folded or ". m" in folded:
        folded = _MERIDIEM.sub(" ", folded)
    result: list[str] = []
    for raw in _TOKEN.findall(folded):
        raw = raw.strip("_")
        if not raw or raw in STOP_WORDS:
            continue
        if raw in ORDINAL_TOKENS:
            result.append(ORDINAL_TOKENS[raw])
        elif raw in NUMBER_WORDS:
            result.append(str(NUMBER_WORDS[raw]))
        elif raw.startswith("un") and (stem := negated_stem(raw)):
            # "unlicensed" meets "not licensed" through "license"; that it negates the word is
            # read from the text (compare's negation cues), as for "not".
            result.append(lemma(stem))
        elif raw[0].isdigit():
            result.append(raw.replace(",", ""))
        else:
            result.append(lemma(raw))
    return tuple(result)


# "un-" makes the opposite of an adjective or participle ("unarmed", "unlicensed", "unknown"),
# and of a verb its reverse ("unveiled", "unloaded", "unsealed"), which is no negation. The
# stem must be an everyday word, the word must end as adjectives and participles do (not
# "unrest", "unless", "unemployment"), and a participle must not be of an "un-" verb that
# English uses ("unveiling"), as wordfreq tells (README, "How claims are paired and compared").
_NEGATED_ENDINGS = (
    "ed", "en", "able", "ible", "ful", "ous", "ive", "al", "ic", "ent", "ant", "own", "ear", "ure",
    "afe", "air", "ly", "are", "ar", "urt",
)  # fmt: skip
MIN_STEM = 4  # letters: "unit", "until", "uncle" hold no stem


@lru_cache(maxsize=1 << 16)
def negated_stem(word: str) -> str | None:
    """The word an "un-" word negates ("unarmed" → "armed"), or None when it negates none."""
    stem = word[2:]
    if len(stem) < MIN_STEM or not word.endswith(_NEGATED_ENDINGS) or word.endswith("ment"):
        return None
    if dictionary_form(word) in SYNONYMS:
        return None  # a word of its own meaning: "unsuccessful" is "failed"
    if not is_common(stem):
        return None
    if word.endswith("ed") and is_seen("un" + dictionary_form(stem) + "ing"):
        return None  # "unveiled": the reverse of veiling, not the lack of a veil
    return stem


def _closed_compound(match: re.Match[str]) -> str:
    joined = match.group(1) + match.group(2)
    return joined if is_common(joined) else match.group()


@lru_cache(maxsize=1 << 18)
def lemma(word: str) -> str:
    """The dictionary form (simplemma), then one representative for general synonyms
    ("presented" → "give")."""
    if word.endswith("ings") and len(word) > PLURAL_GERUND_MIN:
        # A plural -ing noun is its singular: "shootings" is "shooting" (so "shoot"), where the
        # dictionary stops at "shooting" and the claims that say "shooting" or "shot" never meet it.
        return lemma(word[:-1])
    root = dictionary_form(IRREGULAR_LEMMAS.get(word, word))
    root = _adverb_noun(root) or root
    return SYNONYMS.get(root, root)


PLURAL_GERUND_MIN = 6  # letters: "shootings", "killings"; not "kings", "rings", "wings"

ADVERB_NOUN_MIN = 5  # letters: "accident" from "accidentally"; not "fat" from "fatally"


@lru_cache(maxsize=1 << 16)
def _adverb_noun(word: str) -> str | None:
    """The noun an "-ally" adverb is made from, through its adjective: "accidentally" (accidental)
    → "accident", "intentionally" → "intention"; so "the shooting was an accident" meets "he
    accidentally shot her". None for other words, and where either step is no everyday word."""
    if not word.endswith("ally"):
        return None
    noun = word[:-4]
    if len(noun) < ADVERB_NOUN_MIN or not is_everyday(word[:-2]) or not is_everyday(noun):
        return None
    return noun


DEFAULT_ALIASES = Aliases.build(BUILTIN_ALIASES, OBJECT_KINDS)
ALIASES_SHAPE = "canonical name → list of variants"
KINDS_SHAPE = "kind → list of words naming things of that kind"


def load_aliases(
    path: Path | None,
    extra: Mapping[str, Sequence[str]] | None = None,
    *,
    kinds_path: Path | None = None,
    extra_kinds: Mapping[str, Iterable[str]] | None = None,
) -> Aliases:
    """Built-in aliases and kinds, plus a user's YAML files (`canonical: [variant, …]` and
    `kind: [word, …]`) and `extra` / `extra_kinds`."""
    groups = _merged(BUILTIN_ALIASES, _read_word_lists(path, "aliases", ALIASES_SHAPE) if path else {}, extra)
    kinds = _merged(
        OBJECT_KINDS, _read_word_lists(kinds_path, "kinds", KINDS_SHAPE) if kinds_path else {}, extra_kinds
    )
    return Aliases.build(groups, kinds)


def _merged(*sources: Mapping[str, Iterable[str]] | None) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for source in sources:
        for name, words in (source or {}).items():
            merged.setdefault(name, []).extend(words)
    return merged


def _read_word_lists(path: Path, what: str, shape: str) -> dict[str, list[str]]:
    data = safeyaml.load(read_text(path, error=AliasError), error=AliasError, path=str(path))
    return validate_word_lists(data, str(path), what=what, shape=shape)


def validate_word_lists(
    data: object, where: str, *, what: str = "aliases", shape: str = ALIASES_SHAPE
) -> dict[str, list[str]]:
    """Aliases or kinds as read from YAML: a mapping of names to lists of words."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise AliasError(f"{what} must be a mapping: {shape}", path=where)
    result: dict[str, list[str]] = {}
    for name, words in data.items():
        if isinstance(words, str):
            words = [words]
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise AliasError(f"{what} for {name!r} must be a list of strings", path=where)
        # "vessel: ferry, trawler" is one string in YAML, a word that would never match (an
        # alias may hold a comma: "Paris, Texas"; a kind's member is one thing).
        listed = next((w for w in words if "," in w), None) if what == "kinds" else None
        if listed is not None:
            members = ", ".join(w.strip() for w in listed.split(",") if w.strip())
            raise AliasError(
                f"{what} for {name!r}: {listed!r} is one string, not a list; write [{members}]", path=where
            )
        result[str(name)] = words
    return result
