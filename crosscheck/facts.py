"""What a claim states besides its words: the slots its values fill, and what each is about.

A claim that gives a distance, a count, a clock time or a date fills a slot that another
claim about the same fact fills too, often in quite different words ("Who fell approximately
200 metres down a steep gully" / "died after falling 150 meters from a ridge"). The slots are
keys for pairing (`pairing`), weighted like rare words. What a value is about is told by the
content words around it (`near`: "fall"); `compare` asks it before calling two values a
conflict.

Measured and left out: a key per slot and word beside it ("#m:fall"), and a key per name's
Soundex code (so "Katrina" meets "Katrine"). On the development set neither found a gold pair
that the words did not; the first cost 5 of 12 conflicts found until keys no other claim
holds were kept out of the candidate search, and then still gained nothing. A key per slot and
the verb just before its figure ("#m:fall", weighted as a name) was measured on 2026-12-02:
no gold conflict more, one agreement fewer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from crosscheck import dates, quantities
from crosscheck.lexicon import MONTHS, WEEKDAYS
from crosscheck.normalize import TEXT_CACHE, Aliases, fold, tokens

SLOT = "#"  # slot keys start with this, so no word can be mistaken for one
ANCHOR_WINDOW = 4  # content words either side of a value that say what it is about
PREDICATE_WINDOW = 2  # content words before a figure that say what it counts or measures
_FOLDED_WORD = re.compile(r"[a-z0-9_'.]+")
_WRITTEN_WORD = re.compile(r"[A-Za-z0-9_'’.]+")


@lru_cache(maxsize=TEXT_CACHE)
def folded_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """The words of fold(text), each with where it starts and ends there: the offsets that
    `quantities` and `dates` give their values in."""
    return tuple((m.start(), m.end(), m.group()) for m in _FOLDED_WORD.finditer(fold(text)))


@lru_cache(maxsize=TEXT_CACHE)
def written_as(text: str) -> tuple[str, ...] | None:
    """The words of `text` as written, one for each of `folded_words(text)`; None where
    folding did not keep them one for one."""
    written = tuple(_WRITTEN_WORD.findall(text))
    return written if len(written) == len(folded_words(text)) else None


@lru_cache(maxsize=TEXT_CACHE)
def near(
    text: str,
    spans: tuple[tuple[int, int], ...],
    aliases: Aliases,
    *,
    before: int = ANCHOR_WINDOW,
    after: int = ANCHOR_WINDOW,
) -> frozenset[str]:
    """Content tokens within `before` content words before, and `after` after, any of `spans`
    (offsets into fold(text)). Stop words do not use up the window; a figure is no anchor, but a
    numbered name is ("223rd Street")."""
    words = [
        (start, end, kept)
        for start, end, word in folded_words(text)
        if (kept := [t for t in tokens(word, aliases) if not t.isdigit()])
    ]
    found: set[str] = set()
    for start, end in spans:
        preceding = [w for s, e, w in words if e <= start][-before:] if before else []
        following = [w for s, e, w in words if s >= end][:after]
        found.update(t for kept in (*preceding, *following) for t in kept)
    return frozenset(found)


def share_an_anchor(
    a: str,
    spans_a: Sequence[tuple[int, int]],
    b: str,
    spans_b: Sequence[tuple[int, int]],
    aliases: Aliases,
    *,
    also: Sequence[quantities.Quantity] = (),
    only: frozenset[str] | None = None,
) -> bool:
    """Whether a content word stands near a value in `a` and near a value in `b` (the words
    of the values themselves, and of the quantities `also`, aside; only words of `only`, if
    given, count)."""
    if not spans_a or not spans_b:
        return False
    own = {t for q in also for t in tokens(q.text, aliases)}
    shared = (near(a, tuple(spans_a), aliases) - own) & (near(b, tuple(spans_b), aliases) - own)
    return bool(shared if only is None else shared & only)


@lru_cache(maxsize=TEXT_CACHE)
def pairing_keys(text: str, published: str | None = None, day: str | None = None) -> frozenset[str]:
    """The slots `text` fills: "#m" (a distance), "#people" (a count of persons, in any noun), "#sec" (a
    duration), "#clock", "#date", "#weekday", "#year"; each duration, rounded ("#sec:3mo"); and
    the calendar days it names (`day_keys`)."""
    # An age told by a word ("a teenager", "in his 30s") is said of many people in a story: a
    # value to compare once claims meet, too common a slot to pair them by.
    figures = [q for q in quantities.quantities(text) if not (q.vague and q.unit == "age")]
    found = {SLOT + quantities.kind(q) for q in figures}
    found.update(f"{SLOT}sec:{duration_label(q.value)}" for q in figures if q.unit == "sec")
    when = dates.timing(text, published=published, day=day)
    years = (*when.years, *(m for m in when.months if m[0].isdigit()))  # "in April 2007" names 2007
    filled = {"clock": when.clocks, "date": when.dates, "weekday": when.weekdays, "year": years}
    found.update(SLOT + slot for slot, values in filled.items() if values)
    found.update(day_keys(when))
    return frozenset(found)


def duration_label(seconds: float) -> str:
    """A duration rounded to the unit a reporter would name it in: "90 days" and "a three-month
    stay" are both "3mo", "less than a month" and "less than four weeks" both "1mo"."""
    days = seconds / 86400
    if days >= 300:
        return f"{round(days / 365.25)}y"
    if days >= 25:
        return f"{round(days / 30.44)}mo"
    if days >= 1:
        return f"{round(days)}d"
    return f"{round(seconds / 3600)}h" if seconds >= 3600 else f"{round(seconds / 60)}min"


def day_keys(when: dates.Timing) -> frozenset[str]:
    """A key per day a claim names, by month and day ("#day:04-03") and by weekday ("#weekday:tue").

    Outlets name one day differently: "on Tuesday" in a story published the next day, "April 3"
    in another, "March 9" against "late Saturday night". The words share nothing; the day does,
    once a weekday is resolved against the publication date (`dates.timing`) or a dated day
    gives its weekday. Month and day only, since a year is often a guess from the publication
    date; the weekday key also meets a weekday no date resolves (an undated story)."""
    found = {f"{SLOT}day:{day[-5:]}" for day in when.dates}
    weekdays = {dates.weekday_of(day) for day in when.dates if not day.startswith("--")}
    found.update(f"{SLOT}weekday:{dates.WEEKDAY_KEYS[w]}" for w in (*weekdays, *when.weekdays))
    return frozenset(found)


# A story names its year and its weekdays in many sentences: filling those slots says little.
# The day keys (`day_keys`: "#day:04-03", "#weekday:tue") are values, not slots: they bring two
# wordings of one day together, and tell nothing of which partner fills a slot.
_WEAK_SLOTS = (SLOT + "year", SLOT + "weekday", SLOT + "day:")


def telling_slots(keys: Iterable[str]) -> frozenset[str]:
    """The slots among a claim's keys that point at a fact: a measure, a count, a clock time, a
    calendar day."""
    return frozenset(k for k in keys if k.startswith(SLOT) and not k.startswith(_WEAK_SLOTS))


# Two figures of one fact are of one magnitude: a fall of 700 metres is not the 60-metre fall
# of another climber, however much else the two sentences share. A figure fills its slot in a
# band of VALUE_BAND (log scale) on each of two grids half a band apart, so that two figures
# within a factor of VALUE_BAND ** 0.5 always share a band and two more than VALUE_BAND apart
# never do; the 4 is figures.MEASURE_MAGNITUDE, the ratio beyond which two measures are two
# things.
VALUE_BAND = 4.0


def valued_slots(text: str, keys: tuple[str, ...]) -> frozenset[str]:
    """`telling_slots(keys)`, with each figure's slot told with the band of its value ("#m@4",
    "#m@4.5"): what `pairing.best_partners` asks of a partner that fills a slot. Read once a
    claim, in the extraction workers: no cache to hold every claim's keys."""
    figures = quantities.quantities(text)
    counted = {SLOT + quantities.kind(q) for q in figures}
    found = {slot for slot in telling_slots(keys) if slot not in counted}
    for q in figures:
        slot = SLOT + quantities.kind(q)
        if slot not in keys:
            continue
        scale = math.log(q.value, VALUE_BAND) if q.value > 0 else -1.0
        found.update((f"{slot}@{math.floor(scale)}", f"{slot}@{math.floor(scale + 0.5) - 0.5}"))
    return frozenset(found)


# Words by which a sentence points away from the event reported: "in a separate case", "an
# earlier attack", "six months prior to the shooting", "earlier this year", or a claim that
# opens with "Another" (another player, another 20 people: not the one, or not the ones, the
# other claims count). Its figures and dates are another event's. Measured on the development
# set: one wrong conflict fewer, nothing lost, for "Another" and again for "earlier this year".
# A past event a claim measures this one by ("since October 1989, when …") is another too.
# ("Last year" is not among them: "last year, voters approved the bond" may be the very event,
# told with its date.)
# How many years or months back an earlier event is told: "21 years ago", "several months earlier".
_COUNTED_SPAN = "|".join(
    (
        *"two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty".split(),
        "several",
        "many",
        "some",
        "a few",
    )
)
_ELSEWHERE = re.compile(
    r"\b(?:(?:a|an|the) (?:earlier|previous|prior|separate|similar|unrelated) [a-z]+"
    r"|in (?:a|an) (?:separate|similar|unrelated) [a-z]+|prior to|previously"
    r"|earlier (?:this|in the) (?:week|month|year))\b"  # before the event reported, and apart from it
    # "the deadliest since October 1989, when a crash killed 20": the yardstick's own event
    rf"|\bsince (?:(?:{'|'.join(MONTHS)}) )?(?:1[89]\d\d|20\d\d),? when\b"
    # "the deadliest since a 2009 plane crash that killed 50", "since the 2005 sinking of …"
    r"|\bsince (?:a|an|the) (?:1[89]\d\d|20\d\d) [a-z]+"
    # "several months earlier, 12 were killed", "another collision 21 years ago": an event told
    # years or months before another, or before now and as another. ("a rampage two years ago"
    # alone may be the very event, in coverage of its trial, as "last year" may be.)
    rf"|\b(?:\d+|{_COUNTED_SPAN}) (?:years|decades|months) (?:earlier|before)\b"
    rf"|\banother [a-z]+(?: [a-z]+)? (?:\d+|{_COUNTED_SPAN}) (?:years|decades|months) ago\b"
    r"|^another\b"  # "Another player was arrested on Jan. 6": someone else, not the one reported
)


@lru_cache(maxsize=TEXT_CACHE)
def points_elsewhere(text: str) -> bool:
    """Whether the claim tells of another event than the one reported (`_ELSEWHERE`)."""
    return bool(_ELSEWHERE.search(fold(text)))


# Where a figure counts: "400 deaths nationwide" and "12 deaths in Lakeview County" are two
# scopes of one toll, no conflict. A level word, or a named place after "in" near the figure.
_SCOPE_LEVELS = {
    "world": ("worldwide", "globally", "across the world", "around the world", "in the world"),
    "nation": ("nationwide", "nationally", "countrywide", "across the country", "in the country"),
    "state": ("statewide", "across the state", "in the state"),
    "city": ("citywide", "across the city", "in the city"),
}
_LEVEL = re.compile(r"\b(?:" + "|".join(p for phrases in _SCOPE_LEVELS.values() for p in phrases) + r")\b")
_LEVEL_OF = {phrase: level for level, phrases in _SCOPE_LEVELS.items() for phrase in phrases}
_IN_PLACE = re.compile(r"\bin ((?:[A-Z][\w'’-]+ )*[A-Z][\w'’-]+)")
SCOPE_WINDOW = 60  # characters either side of a figure where its scope is said
_NOT_PLACES = frozenset(("the", "a", "an", *MONTHS, *WEEKDAYS))  # "in March", "in The Hague"


@lru_cache(maxsize=TEXT_CACHE)
def scope(text: str, start: int, end: int) -> frozenset[str]:
    """Where the figure at `start`-`end` of fold(text) counts: levels ("nation") and the words
    of places named after "in" ("lakeview", "county") within SCOPE_WINDOW characters; empty
    when the claim does not say."""
    folded = fold(text)
    low, high = max(0, start - SCOPE_WINDOW), end + SCOPE_WINDOW
    found = {_LEVEL_OF[m.group()] for m in _LEVEL.finditer(folded, low, high)}
    if len(text) == len(folded):  # the capitals of a place name are read from the text as written
        for match in _IN_PLACE.finditer(text, low):
            if match.start() >= high:
                break  # a name that starts in the window is read whole ("in East Glen Falls")
            found.update(word.lower() for word in match.group(1).split() if word.lower() not in _NOT_PLACES)
    return frozenset(found)


WORD = re.compile(r"[\w][\w'’.-]*")  # a word as written, with its inner marks ("O'Neill", "U.S.")
CAPITAL = re.compile(r"\b[A-Z][\w'’.-]*")  # a capitalised word


@lru_cache(maxsize=TEXT_CACHE)
def token_set(text: str, aliases: Aliases) -> frozenset[str]:
    """The content tokens of a claim, as a set: each pair of claims asks for its two again."""
    return frozenset(tokens(text, aliases))


@lru_cache(maxsize=TEXT_CACHE)
def capital_tokens(text: str, aliases: Aliases) -> frozenset[str]:
    """The tokens of the capitalised words of `text`."""
    return frozenset().union(*(word_tokens(m.group(), aliases) for m in CAPITAL.finditer(text)))


@lru_cache(maxsize=TEXT_CACHE)
def written_words(text: str) -> tuple[str, ...]:
    """The words of `text` as written, a full stop or comma after one dropped."""
    return tuple(w.rstrip(".,") for w in WORD.findall(text))


@lru_cache(maxsize=1 << 18)
def word_tokens(word: str, aliases: Aliases) -> frozenset[str]:
    """One word's normalised tokens (most words give one; "Boeing-737" gives two)."""
    return frozenset(tokens(word, aliases))
