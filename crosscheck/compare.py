"""A pair of claims from two sources → agree, or a typed conflict.

Checks run from the most specific to the least: number, date, time,
negation, quote wording, entity. A hedged claim (speculation, opinion,
conditional) never makes a hard conflict: the pair is `unclear` instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz

from crosscheck import dates, places, quantities, roles
from crosscheck.facts import ANCHOR_WINDOW, PREDICATE_WINDOW, folded_words, near, points_elsewhere, scope
from crosscheck.grammar import first_verb, is_finite_verb, looks_past
from crosscheck.lexicon import (
    AUXILIARIES,
    MONTHS,
    NEGATION_CUES,
    REPORTING_VERBS,
    SHORT_NAMES,
    STOP_WORDS,
    TITLES,
    WEEKDAYS,
)
from crosscheck.models import Claim, ConflictKind, Finding, Status
from crosscheck.normalize import NUMBER_WORDS, TEXT_CACHE, Aliases, fold, negated_stem, tokens
from crosscheck.revisions import changed_before, revised
from crosscheck.words import a_word_mistyped, is_common, rarity

MIN_QUOTE_WORDS = 3
SAME_QUOTE = 85.0  # quotations this alike (0–100) are the same words, give or take punctuation
SAME_NAME = 85.0
SAME_REMARK = 55.0  # quotations less alike than this are two remarks, not one worded two ways
NEGATION_MIN_SIMILARITY = 70.0  # a lone "not" flips a claim only when the rest is the same
RELATION_MIN_SIMILARITY = 70.0  # "during" against "before" only when both tell the same event
NAME_SWAP_MIN_SIMILARITY = 70.0  # above this, one name new to the other source makes a conflict
MAX_SAYS_WORDS = 8

_WORD = re.compile(r"[\w][\w'’.-]*")
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
# "not only … but", "not just one": they add, they negate nothing.
_NEGATION = re.compile(
    r"\b(?:" + "|".join(sorted(NEGATION_CUES)) + r")\b(?!\s+(?:only|just|merely|simply)\b)|n[’']t\b", re.I
)
_CAPITAL = re.compile(r"\b[A-Z][\w'’.-]*")
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


# Differences specific enough to count between two statements that read less alike than
# paraphrases (a fact sheet's contradiction check).
BRIDGING_KINDS = frozenset({ConflictKind.NUMBER, ConflictKind.DATE, ConflictKind.TIME, ConflictKind.ENTITY})


def vocabularies(claims: Sequence[Claim], toks: Sequence[Sequence[str]]) -> dict[str, frozenset[str]]:
    """Every token each source uses in its claims ("does the other source ever mention X?");
    a joined alias ("north_korea") also counts as its parts. Two capitalised words in a row
    count as one name too, "john hale" (with a space, so no token is mistaken for one): a
    source may write "John" of one person and never "John Hale"."""
    found: dict[str, set[str]] = {}
    for claim, claim_tokens in zip(claims, toks, strict=True):
        known = found.setdefault(claim.source, set())
        known.update(with_parts(claim_tokens))
        known.update(_name_pairs(claim.text))
    return {source: frozenset(words) for source, words in found.items()}


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")


def _name_pairs(text: str) -> Iterator[str]:
    """ "Fire Chief Jon Hale said" → "fire chief", "chief jon", "jon hale"."""
    for run in _NAME_RUN.findall(text):
        yield from (_name_pair(x, y) for x, y in pairwise(run.split()))


def _name_pair(first: str, second: str) -> str:
    """Two capitalised words in a row as `vocabularies` keeps them: "Jon Hale's" → "jon hale"."""
    return f"{_POSSESSIVE_END.sub('', fold(first))} {_POSSESSIVE_END.sub('', fold(second))}"


def with_parts(tokens: Iterable[str]) -> set[str]:
    """Tokens plus the parts of joined aliases: "north_korea" also counts as "korea"."""
    found = set(tokens)
    found.update(part for token in list(found) if "_" in token for part in token.split("_"))
    return found


@dataclass(frozen=True)
class Context:
    """What a comparison may know beyond the two claims."""

    aliases: Aliases
    published: Mapping[str, str | None] = field(default_factory=dict)
    vocabulary: Mapping[str, frozenset[str]] = field(default_factory=dict)  # source → its tokens
    updated: Mapping[str, str | None] = field(default_factory=dict)  # source → last modified, if known

    def dated(self, source: str) -> str | None:
        """How recent a source's report is: when it was last updated, else published."""
        return self.updated.get(source) or self.published.get(source)


def compare(a: Claim, b: Claim, *, similarity: float, context: Context) -> Finding:
    """The verdict on one cross-source pair of claims about the same statement."""
    found = _conflict(a, b, similarity=similarity, context=context)
    return (
        _agreement(a, b, similarity, context)
        if found is None
        else _conflict_finding(a, b, found, similarity, context)
    )


def judge(
    a: Claim, b: Claim, *, similarity: float, shared: float, threshold: float, context: Context
) -> Finding | None:
    """The verdict on a candidate pair (`pairing`), or None when the two do not plainly state
    one fact: they neither conflict, nor read alike (`threshold`), nor share most of their
    rare content (AGREE_SHARED) or, with some of it, a telling value (VALUE_SHARED); or they
    give figures of one unit that fit nowhere, or share no word but figures."""
    found = _conflict(a, b, similarity=similarity, context=context)
    if found is not None:
        return _conflict_finding(a, b, found, similarity, context)
    if _figures_differ(a.text, b.text):
        return None  # figures of one unit that fit nowhere, yet no conflict: two things, not one
    if _short_of(a.text, b.text, context.aliases) or _short_of(b.text, a.text, context.aliases):
        return None  # "nearly destroyed" is not "destroyed": no agreement
    if similarity >= threshold or (
        shared >= AGREE_SHARED and _shares_a_word(a.text, b.text, context.aliases)
    ):
        return _agreement(a, b, similarity, context)
    if shared >= VALUE_SHARED and (
        shares_value(a, b, context) or _same_negation(a.text, b.text, context.aliases)
    ):
        return _agreement(a, b, similarity, context)
    return None


def _same_negation(a: str, b: str, aliases: Aliases) -> bool:
    """Both deny one thing, however worded: "not a licensed center" / "unlicensed", "none of
    it was insured" / "uninsured", "terms were not disclosed" / "an undisclosed sum". What is
    denied is as telling as a value both state, when it is a word of some rarity: "not know",
    "not far", "not released" are said of many things (NEGATED_RARITY)."""
    word = denied(a, aliases)
    return bool(word) and word == denied(b, aliases)


def denied(text: str, aliases: Aliases) -> str:
    """The word of some rarity that `text` denies ("not disclosed", "undisclosed", "none of it
    was insured" → "disclose", "insure"), or "" where it denies nothing so telling."""
    cue = _negation_cue(text)
    if not cue or cue == "without":  # "life without parole": a phrase, not a denial
        return ""
    word = _negated_word(text, aliases)
    # A figure is no thing denied: "not just one person" / "isn't just from one shooting".
    return word if word[:1].isalpha() and rarity(word) >= NEGATED_RARITY else ""


# wordfreq's zipf 4.7 and rarer: "licensed" 4.5, "disclosed" 3.8, "related" 4.2 are denied of one
# thing; "know" 6.1, "released" 5.1, "surprised" 4.8 of anything. Measured on the development set:
# every denial shared made 22 agreements, about half wrong; this rarity keeps the right kind.
NEGATED_RARITY = 2.3


# Words by which an act falls short of itself: "nearly destroyed", "partly collapsed".
_SHORT_OF = re.compile(r"\b(?:nearly|almost|partially|partly|largely)\s+([a-z]+)")


def _short_of(a: str, b: str, aliases: Aliases) -> bool:
    """Whether `a` says an act fell short ("nearly destroyed") that `b` states whole
    ("destroyed", with no such word before it)."""
    folded_a = fold(a)
    if not _SHORT_OF.search(folded_a):
        return False
    folded_b = fold(b)
    short_in_b = {tokens(m.group(1), aliases) for m in _SHORT_OF.finditer(folded_b)}
    for match in _SHORT_OF.finditer(folded_a):
        act = tokens(match.group(1), aliases)
        if act and act not in short_in_b and act[0] in tokens(b, aliases):
            return True
    return False


def _figures_differ(a: str, b: str) -> bool:
    """Both state figures of one unit and none of them fits one of the other's."""
    return bool(_unfitting(a, b))


Figures = list[quantities.Quantity]


def _unfitting(a: str, b: str) -> list[tuple[str, Figures, Figures]]:
    """Each unit both texts give figures of where none of one side's fits one of the other's,
    with the figures of each side."""
    qa, qb = quantities.quantities(a), quantities.quantities(b)
    found = []
    for unit in sorted({q.unit for q in qa} & {q.unit for q in qb}):
        mine, theirs = [q for q in qa if q.unit == unit], [q for q in qb if q.unit == unit]
        if not any(quantities.compatible(x, y) for x in mine for y in theirs):
            found.append((unit, mine, theirs))
    return found


def _by_unit(a: str, b: str) -> list[tuple[str, Figures, Figures]]:
    """Each unit both texts give figures of, with the figures of each side."""
    qa, qb = quantities.quantities(a), quantities.quantities(b)
    units = sorted({q.unit for q in qa} & {q.unit for q in qb})
    return [(unit, [q for q in qa if q.unit == unit], [q for q in qb if q.unit == unit]) for unit in units]


def _other_scopes(a: str, x: quantities.Quantity, b: str, y: quantities.Quantity) -> bool:
    """Whether both figures say where they count, and the places differ (`facts.scope`)."""
    where_a, where_b = scope(a, x.start, x.end), scope(b, y.start, y.end)
    return bool(where_a and where_b) and not where_a & where_b


def _fits_alike(a: str, x: quantities.Quantity, b: str, theirs: Figures, aliases: Aliases) -> bool:
    """Whether a figure of `theirs` fits `x`, unless two verbs say it counts another thing
    ("two were killed" does not fit "wounding two others"): then the claims agree on `x`."""
    verb_x = _predicate(a, x, aliases)[0]
    for y in theirs:
        if quantities.compatible(x, y):
            verb_y = _predicate(b, y, aliases)[0]
            if not (verb_x and verb_y) or verb_x & verb_y:
                return True
    return False


def _shares_a_word(a: str, b: str, aliases: Aliases) -> bool:
    """Shared content is more than figures: "walking two hours" and "two days" share only "2"."""
    return any(t[0].isalpha() for t in _token_set(a, aliases) & _token_set(b, aliases))


# A compared candidate is reported when it plainly states one fact: it conflicts, it reads
# alike, its content words are mostly shared, or both claims state one value (a quantity of one
# unit, a date, a clock time) compatibly. Two claims that share a few topic words and no value
# are about one story, not one fact.
AGREE_SHARED = 0.35  # rarity-weighted share of content (pairing.shared_score) that agrees alone
VALUE_SHARED = 0.12  # the share two claims that state one value need besides it


def _agreement(a: Claim, b: Claim, similarity: float, context: Context) -> Finding:
    a_says, b_says = differing_words(a.text, b.text, context.aliases)
    return Finding(a.id, b.id, Status.AGREE, None, a_says, b_says, round(similarity, 1), _roles(a, b))


def _roles(a: Claim, b: Claim) -> tuple[str, ...]:
    return roles.swapped(a.text, b.text) or ()


def _conflict_finding(
    a: Claim, b: Claim, found: tuple[ConflictKind, str, str], similarity: float, context: Context
) -> Finding:
    kind, a_says, b_says = found
    if kind is ConflictKind.NUMBER and revised(
        a.text, a_says, context.dated(a.source), b.text, b_says, context.dated(b.source)
    ):
        return Finding(a.id, b.id, Status.REVISED, kind, a_says, b_says, round(similarity, 1), _roles(a, b))
    # A hedge ("police believe the 31-year-old shot Joe Smyth") makes what is asserted
    # uncertain, not who it is about: how a name is spelt, how old a person is.
    spelling = kind is ConflictKind.ENTITY and _is_spelling(a_says, b_says)
    age = kind is ConflictKind.NUMBER and _is_age(a_says) and _is_age(b_says)
    status = Status.UNCLEAR if (a.hedged or b.hedged) and not (spelling or age) else Status.CONFLICT
    return Finding(a.id, b.id, status, kind, a_says, b_says, round(similarity, 1), _roles(a, b))


def _is_age(says: str) -> bool:
    return any(q.unit == "age" for q in quantities.quantities(says))


_AT = frozenset("=~")  # bounds that state a figure itself: "100", "about 100"
TELLING_COUNT = 10  # "two men" in two claims says little; "31 fire engines" says much


def _telling(q: quantities.Quantity) -> bool:
    """A value specific enough that stating it twice points at one fact: a measure (a distance,
    a sum, a duration) or a count of ten or more."""
    return q.unit in quantities.MEASURES or q.value >= TELLING_COUNT


def shares_value(a: Claim, b: Claim, context: Context) -> bool:
    """Both claims state a value of one slot, compatibly: a quantity of one unit or counted
    thing about one thing (a content word near both), a calendar day, or a clock time."""
    qa, qb = quantities.quantities(a.text), quantities.quantities(b.text)
    for x in qa:
        for y in qb:
            if quantities.kind(x) == quantities.kind(y) and _telling(x) and quantities.compatible(x, y):
                if x.unit == "age" and not (_in_subject(a.text, x) and _in_subject(b.text, y)):
                    continue  # "shot the 18-year-old": who was acted on, not what is told of them
                if _stated_twice(x, y):
                    # One figure stated twice ("a 49-year-old man", "roughly 100 people"); a count
                    # of times, unless two verbs say it counts two acts: "fired 11 shots" /
                    # "hitting him 11 times". (Asked of every figure, it lost "completing a 30-day
                    # program" / "finished 30 days' worth of treatment".)
                    if x.unit != "times" or _same_verb(a.text, x, b.text, y, context.aliases):
                        return True
                    continue
                # Only fitting each other ("within 10 days" / "over two days") needs more: that
                # the two figures are about one thing.
                spans_a, spans_b = ((x.start, x.end),), ((y.start, y.end),)
                if _anchored(a.text, spans_a, b.text, spans_b, context.aliases, also=(x, y)):
                    return True
    if places.streets(a.text) & places.streets(b.text):
        return True  # one street named in both: "on East Markison Avenue" / "on Markison Avenue"
    when_a, when_b = _timing(a, context), _timing(b, context)
    if dates.same_when(when_a, when_b):
        return True
    if any(dates.clocks_tell_one_moment(x, y) for x in when_a.clocks for y in when_b.clocks):
        return True
    # A year is a weak value (a story names its year often): it counts for one act, told by
    # the verbs beside it ("built in 1935" / "built in the 1930s"). Asking the same of days and
    # clock times was measured: 4 of 60 sampled agreements fewer wrong, and 4 gold agreements
    # and 4 sampled right ones lost.
    return dates.same_years(when_a, when_b) and _same_act(a.text, when_a, b.text, when_b, context.aliases)


def _stated_twice(x: quantities.Quantity, y: quantities.Quantity) -> bool:
    """One figure stated twice: the same count ("a 49-year-old", "roughly 100 people"), or one
    measure in two units under one bound ("90 days" / "a three-month stay", "less than a month"
    / "less than four weeks"), within the rounding its bound allows."""
    if x.value == y.value and {x.bound, y.bound} <= _AT:
        return True
    if x.unit not in quantities.MEASURES or x.bound != y.bound:
        return False
    tolerance = quantities.EXACT_TOLERANCE if x.bound == "=" else quantities.APPROX_TOLERANCE
    return abs(x.value - y.value) <= tolerance * max(abs(x.value), abs(y.value))


def _same_verb(a: str, x: quantities.Quantity, b: str, y: quantities.Quantity, aliases: Aliases) -> bool:
    """Whether the verbs just before two figures are one, or either has none."""
    verb_a, verb_b = _verb_before(a, x.start, aliases), _verb_before(b, y.start, aliases)
    return not (verb_a and verb_b) or bool(verb_a & verb_b)


def _in_subject(text: str, q: quantities.Quantity) -> bool:
    """Whether a figure stands before the claim's first verb: it describes what the claim is
    about ("A 49-year-old man is facing charges"), not someone it acts on ("… shot an
    18-year-old")."""
    verb = first_verb(fold(text))  # offsets into fold(text), as the figure's are
    return verb is None or q.start < verb.start()


def _timing(claim: Claim, context: Context) -> dates.Timing:
    """When the claim says things happened, read against its article's publication date."""
    return dates.timing(claim.text, published=context.published.get(claim.source))


def _conflict(
    a: Claim, b: Claim, *, similarity: float, context: Context
) -> tuple[ConflictKind, str, str] | None:
    alike = similarity >= ALIKE
    events = len(_event_words(a.text, b.text, context.aliases))
    # A claim about an earlier event ("last year, a gunman killed three") is not compared by its
    # figures and dates with one about this event; two claims about one earlier event are.
    one_story = points_elsewhere(a.text) == points_elsewhere(b.text)
    numbers = (
        _number_conflict(a.text, b.text, context.aliases, alike=alike)
        if one_story and (alike or events)
        else None
    )
    if numbers:
        return ConflictKind.NUMBER, numbers[0], numbers[1]
    when_a, when_b = _timing(a, context), _timing(b, context)
    anchored = alike or _anchored(a.text, when_a.spans, b.text, when_b.spans, context.aliases)
    one_event = alike or (
        events >= DATE_EVENT_WORDS and _same_act(a.text, when_a, b.text, when_b, context.aliases)
    )
    day = dates.date_conflict(when_a, when_b) if anchored and one_event and one_story else None
    if day:
        return ConflictKind.DATE, day[0], day[1]
    hour = dates.time_conflict(when_a, when_b, relations=similarity >= RELATION_MIN_SIMILARITY)
    if hour and anchored and one_story and not _two_acts(a.text, when_a, b.text, when_b, context.aliases):
        return ConflictKind.TIME, hour[0], hour[1]
    negated = _negation(a, b, similarity, context.aliases)
    if negated:
        return ConflictKind.NEGATION, negated[0], negated[1]
    quote = _quote_conflict(a, b, context.aliases)
    if quote:
        return ConflictKind.QUOTE, quote[0], quote[1]
    entity = _entity_conflict(a, b, context, similarity)
    if entity:
        return ConflictKind.ENTITY, entity[0], entity[1]
    return None


# Two values conflict only when they say the same thing about the same thing. Either the
# claims read alike as a whole (ALIKE), or the values share an anchor: a content word within
# facts.ANCHOR_WINDOW words of each ("married two weeks before the shooting" / "married three weeks
# before he was murdered"). An 18-year-old victim and a 49-year-old suspect share no anchor.
ALIKE = 70.0


# What happened, said in both claims: shared content words that are not names, figures or
# words of time. Two dates conflict only for one event ("voters approved a bond in 2009" /
# "in 2010"), and claims about one company or person share its name whatever they tell (its
# founding in 1936, its bankruptcy in 1983): they need DATE_EVENT_WORDS such words.
DATE_EVENT_WORDS = 2
_NOT_EVENT_WORDS = (
    _CALENDAR_WORDS | frozenset(quantities.SCALES) | frozenset(NUMBER_WORDS) | {"year", "percent"}
)


def _event_words(a: str, b: str, aliases: Aliases) -> frozenset[str]:
    shared = _token_set(a, aliases) & _token_set(b, aliases)
    names = _names(a, aliases) | _names(b, aliases)
    return frozenset(t for t in shared - names if t[0].isalpha() and t not in _NOT_EVENT_WORDS)


ACT_WINDOW = 6  # words either side of a date where the verb of its event stands
_WRITTEN_WORD = re.compile(r"[A-Za-z0-9_'’.]+")
_NOT_ACTS = AUXILIARIES | REPORTING_VERBS  # "was", "said": no act of their own
ANNOUNCING = "#announce"  # the act of any reporting verb beside a date
_DATE_LINKS = frozenset({"on", "late", "early"})  # words between a verb and its date: "said on Monday"
_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "this", "that"))
ATTRIBUTIVE_NOUNS = 2  # words after a date inside a noun phrase that name what it dates


def _same_act(a: str, when_a: dates.Timing, b: str, when_b: dates.Timing, aliases: Aliases) -> bool:
    """Whether the verbs beside two dates name one act: "voters in 2010 approved" / "last year,
    voters approved"; not "a judge on Thursday upheld" / "a jury on Tuesday ordered". Where a
    side has no verb beside its date ("deputies were searching Friday night", "the results,
    out Friday afternoon"), nothing says it is the act the other dates: two dates, two facts.
    (Leaving the question open there made 5 of the 16 wrong conflicts on the judged dev-set
    folders, and found no right one.)"""
    acts_a, acts_b = _acts(a, when_a.spans, aliases), _acts(b, when_b.spans, aliases)
    return bool(acts_a & acts_b)


def _two_acts(a: str, when_a: dates.Timing, b: str, when_b: dates.Timing, aliases: Aliases) -> bool:
    """Whether verbs beside the values name two acts ("a helicopter was called about 3pm" / "a
    rescue bid was made shortly after 11am": two moments of one day). Where a side has no verb
    beside its value, nothing says so."""
    acts_a, acts_b = _acts(a, when_a.spans, aliases), _acts(b, when_b.spans, aliases)
    return bool(acts_a and acts_b) and not acts_a & acts_b


@lru_cache(maxsize=TEXT_CACHE)
def _written_words(text: str) -> tuple[str, ...] | None:
    """The words of `text` as written, one for each of `facts.folded_words(text)`; None where
    folding did not keep them one for one."""
    written = tuple(_WRITTEN_WORD.findall(text))
    return written if len(written) == len(folded_words(text)) else None


@lru_cache(maxsize=TEXT_CACHE)
def _acts(text: str, spans: tuple[tuple[int, int], ...], aliases: Aliases) -> frozenset[str]:
    """Lemmas of the finite verbs within ACT_WINDOW words of any of `spans` (offsets into
    fold(text))."""
    words = folded_words(text)
    raw = _written_words(text)  # a capital tells a name ("Alfred") from a verb ("alerted")
    found: set[str] = set()
    for start, end in spans:
        inside = [k for k, (s, e, _) in enumerate(words) if s < end and e > start]
        if not inside:
            continue
        if inside[0] and words[inside[0] - 1][2] in _DETERMINERS and _names_a_thing(text, words, inside[-1]):
            # "convicted of the June 20 attempted murder": a date inside a noun phrase dates
            # what the phrase names, not the verb beside it.
            after = words[inside[-1] + 1 : inside[-1] + 1 + ATTRIBUTIVE_NOUNS]
            found.update(t for _, _, w in after for t in tokens(w.strip(".,;:"), aliases))
            continue
        low, high = max(0, inside[0] - ACT_WINDOW), min(len(words), inside[-1] + 1 + ACT_WINDOW)
        for k in range(low, high):
            word = words[k][2] if raw is None else raw[k]
            previous = (words[k - 1][2] if raw is None else raw[k - 1]) if k else None
            if word.lower() in REPORTING_VERBS:
                # "Acme on Monday said …", "announced on Tuesday that …": a reporting verb right
                # beside a date dates an announcement, however it is worded ("said" a few words
                # away is the day something else happened; the day after "said" is the day of
                # the saying, and `dates` has dropped it already).
                gap = words[k + 1 : inside[0]] if k < inside[0] else words[inside[-1] + 1 : k]
                if all(w in _DATE_LINKS for _, _, w in gap) and len(gap) <= 1:
                    found.add(ANNOUNCING)
                continue
            if word.lower() in AUXILIARIES or not is_finite_verb(word, previous=previous):
                continue
            found.update(tokens(word, aliases))
    return frozenset(found)


def _names_a_thing(text: str, words: Sequence[tuple[int, int, str]], last: int) -> bool:
    """Whether the word after words[last] goes on a noun phrase ("the June 20 shooting", "the
    June 20 attempted murder"): no punctuation between, not a stop word, and not a verb unless
    a content word follows it, as a noun follows a participle ("the 1930s, burned"; "in the
    1990s moved to")."""
    if last + 1 >= len(words):
        return False
    end, (start, _, word) = words[last][1], words[last + 1]
    if fold(text)[end:start] != " " or word in STOP_WORDS:
        return False
    if not is_finite_verb(word, previous=words[last][2]):
        return True
    following = words[last + 2][2] if last + 2 < len(words) else ""
    return bool(following) and following not in STOP_WORDS and not word.endswith((",", "."))


def _number_conflict(a: str, b: str, aliases: Aliases, *, alike: bool) -> tuple[str, str] | None:
    """Quantities of one unit or counted thing, none of which fit each other, that share an
    anchor (or stand in claims alike as a whole)."""
    names_in_common = _names(a, aliases) & _names(b, aliases)
    two_people = bool(_names(a, aliases) and _names(b, aliases) and not names_in_common)
    for unit, mine, theirs in _by_unit(a, b):
        if unit == "sec" and two_people:
            continue  # "Smith has worked there 15 years" / "Jones, 30 years": two people's time
        if unit != "age" and _aged_apart(a, b, aliases):
            continue  # "Hale, 32, fell 600 m" / "a 36-year-old fell 150 m": two people's falls
        # An age belongs to a person: two ages conflict only beside one name ("Anna Berg, 36" /
        # "Berg, 38"), not beside "man" (a victim of 18, a suspect of 49).
        names = names_in_common if unit == "age" else None
        for x in mine:
            for y in theirs:
                if quantities.compatible(x, y) or _apart(x, y):
                    continue
                if _fits_alike(a, x, b, theirs, aliases) or _fits_alike(b, y, a, mine, aliases):
                    continue  # "two killed and another wounded" / "killing two": the two fit
                if _other_scopes(a, x, b, y):
                    continue  # "400 deaths nationwide" / "12 in Lakeview County": two counts
                if unit == "age" and not _age_owner(a, x, aliases) & _age_owner(b, y, aliases):
                    continue  # "the suspect, 49-year-old Will Abel" / "Abel shot 18-year-old Ken Orr"
                spans_a, spans_b = ((x.start, x.end),), ((y.start, y.end),)
                anchored = _anchored(a, spans_a, b, spans_b, aliases, also=(x, y), only=names)
                # An age is anchored by the person's name, whatever words stand before it.
                predicate = unit == "age" or _same_predicate(a, x, b, y, aliases)
                if not (anchored and predicate) and unit != "age" and _beside_a_shared_figure(a, x, b, y):
                    # The figure told alike is both anchor and predicate ("5-foot-8, 135
                    # pounds" has no verb), unless two verbs say otherwise.
                    verb_a, verb_b = _verb_before(a, x.start, aliases), _verb_before(b, y.start, aliases)
                    anchored = predicate = not (verb_a and verb_b) or bool(verb_a & verb_b)
                if (alike and unit != "age") or (anchored and predicate):
                    return x.text, y.text
    return None


def _aged_apart(a: str, b: str, aliases: Aliases) -> bool:
    """Whether the claims tell of two people by their ages: both give one, none fits one of the
    other's, and no name stands by an age on both sides ("Jon Hale, 32" / "a 36-year-old
    Australian"; but "Hale, 32" / "Hale, 31" is one man whose age is in question)."""
    ages_a = [q for q in quantities.quantities(a) if q.unit == "age"]
    ages_b = [q for q in quantities.quantities(b) if q.unit == "age"]
    if not ages_a or not ages_b or any(quantities.compatible(x, y) for x in ages_a for y in ages_b):
        return False
    return not any(_age_owner(a, x, aliases) & _age_owner(b, y, aliases) for x in ages_a for y in ages_b)


def _beside_a_shared_figure(a: str, x: quantities.Quantity, b: str, y: quantities.Quantity) -> bool:
    """Whether both claims state one other figure alike beside these two: it anchors them as
    a word would ("5-foot-8, 130 pounds" / "5-foot-8, 135 pounds" describe one man)."""
    for x2 in quantities.quantities(a):
        if x2 == x or not _within(a, x, x2):
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


def _age_owner(text: str, age: quantities.Quantity, aliases: Aliases) -> frozenset[str]:
    """The name an age belongs to: the capitalised words just after it ("a 32-year-old
    Englishman, Rob Hart"), else just before it; empty when no name stands near."""
    names = _names(text, aliases)
    words = folded_words(text)
    inside = [k for k, (s, e, _) in enumerate(words) if s < age.end and e > age.start]
    if not inside:
        return frozenset()
    last = inside[-1]
    while last + 1 < len(words) and words[last + 1][2] in _AGE_WORDS:
        last += 1  # past "year" and "old"

    def run(order: Sequence[int]) -> frozenset[str]:
        found: set[str] = set()
        for gap, k in enumerate(order):
            word_tokens = set(tokens(words[k][2], aliases))
            if word_tokens and word_tokens <= names and not word_tokens & TITLES:
                found |= word_tokens
            elif found or gap >= OWNER_GAP:
                break
        return frozenset(found)

    return run(range(last + 1, len(words))) or run(range(inside[0] - 1, -1, -1))


def _same_predicate(a: str, x: quantities.Quantity, b: str, y: quantities.Quantity, aliases: Aliases) -> bool:
    """Whether the words just before two figures agree on what they count: "shooting three
    co-workers" / "killing two co-workers" count two things; "married two weeks before" /
    "married three weeks before" one. A figure with nothing before it ("Three shots were
    fired") is counted by the verb after it, where one follows its counted words ("Seven
    bullets hit him" / "fired a total of 11 shots": two acts), else leaves the question open."""
    if changed_before(a, x.start) or changed_before(b, y.start):
        return True  # "the toll rose to 14": the figure names what it counts; "rose" is no act
    verb_a, before_a = _predicate(a, x, aliases)
    verb_b, before_b = _predicate(b, y, aliases)
    if verb_a and verb_b:
        # The verb nearest each figure tells what it counts, whatever else stands near:
        # "accused of shooting three" / "accused of killing two" share "accused".
        return bool(verb_a & verb_b)
    return not before_a or not before_b or bool(before_a & before_b)


_CONJOINED = re.compile(r"\b(?:and|or|but)\s+$")


def _predicate(text: str, q: quantities.Quantity, aliases: Aliases) -> tuple[frozenset[str], frozenset[str]]:
    """What a figure counts by: the verb that governs it, and the content words just before it.
    A figure that opens a conjunct ("two were killed and another wounded", "and three hurt")
    is counted by the verb after it, which stands for the words before too: those belong to
    the conjunct before."""
    if _CONJOINED.search(fold(text), 0, q.start):
        after = _verb_after(text, q, aliases)
        return after, after
    before = near(text, ((q.start, q.end),), aliases, before=PREDICATE_WINDOW, after=0)
    return _verb_before(text, q.start, aliases) or (
        frozenset() if before else _verb_after(text, q, aliases)
    ), before


def _verb_after(text: str, q: quantities.Quantity, aliases: Aliases) -> frozenset[str]:
    """The lemma of the verb right after a figure's counted words, auxiliaries aside ("Three
    shots were fired" → "fire"), or nothing."""
    following = [w.strip(".,;:") for s, e, w in folded_words(text) if s >= q.start][len(q.text.split()) :]
    for k, word in enumerate(following[: 1 + MAX_AUXILIARIES]):
        if word in AUXILIARIES:
            continue
        if is_finite_verb(word, previous=following[k - 1] if k else None) or looks_past(word):
            return frozenset(tokens(word, aliases))
        break
    return frozenset()


MAX_AUXILIARIES = 2  # "were", "have been" between a counted subject and its verb


VERB_REACH = 2  # words back from a figure to the verb that governs it ("killing all three")
_TOTAL_OF = ["total", "of"]  # "fired a total of 11 shots": fired, whatever stands between


@lru_cache(maxsize=TEXT_CACHE)
def _verb_before(text: str, start: int, aliases: Aliases) -> frozenset[str]:
    """The lemma of the verb just before offset `start` of fold(text) ("shooting three", "were
    killed in two"), if one stands within VERB_REACH words; auxiliaries and reporting verbs
    are no such verb."""
    before = [w for s, e, w in folded_words(text) if e <= start]
    # The object between a verb and its figure is no verb, and no reach used up: "hitting Lee
    # eleven times" (a name shows in the words as written).
    raw = _written_words(text)
    while raw is not None and len(before) > 1 and raw[len(before) - 1][:1].isupper():
        before = before[:-1]
    if before[-2:] == _TOTAL_OF:
        before = before[:-3] if before[-3:-2] in (["a"], ["the"]) else before[:-2]
    words = before[-VERB_REACH:]
    for k in range(len(words) - 1, -1, -1):
        word = words[k].strip(".,;:")
        if word in _NOT_ACTS or word in STOP_WORDS:
            continue
        verb = is_finite_verb(word, previous=words[k - 1] if k else None) or (
            word.endswith("ing") and len(word) > GERUND_MIN
        )
        return frozenset(tokens(word, aliases)) if verb else frozenset()
    return frozenset()


GERUND_MIN = 5  # "killing", "wounding"; not "king" or "ring"


# Two figures of one unit this many times apart count different things: "10 minutes later" and
# "37 years at the plant", a company's 350 employees and one office's 40. Reporters who
# disagree about one figure disagree within this factor ("150 metres" / "60 metres"). A
# measure is held to less: even feet written for metres ("200 ft" / "200 m") is 3.3 times, and
# two falls of one weekend, 150 metres and 2,000 feet, are 4 times apart (on the development
# set, 9 wrong conflicts of 64 in one folder, none right). A count of a few may be told five
# times over in a first report ("two killed" / "ten killed").
MAGNITUDE = 5.0
MEASURE_MAGNITUDE = 4.0


def _apart(x: quantities.Quantity, y: quantities.Quantity) -> bool:
    low, high = sorted((abs(x.value), abs(y.value)))
    factor = MEASURE_MAGNITUDE if x.unit in quantities.MEASURES else MAGNITUDE
    return high > factor * max(low, 1e-9)


def _anchored(
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
def _token_set(text: str, aliases: Aliases) -> frozenset[str]:
    """The content tokens of a claim, as a set: each pair of claims asks for its two again."""
    return frozenset(tokens(text, aliases))


@lru_cache(maxsize=TEXT_CACHE)
def _names(text: str, aliases: Aliases) -> frozenset[str]:
    """The tokens of the capitalised words of `text`."""
    return frozenset(t for m in _CAPITAL.finditer(text) for t in tokens(m.group(), aliases))


@lru_cache(maxsize=TEXT_CACHE)
def _spans_of(text: str, token: str, aliases: Aliases) -> tuple[tuple[int, int], ...]:
    """Where words whose token is `token` stand in fold(text)."""
    return tuple((start, end) for start, end, word in folded_words(text) if token in tokens(word, aliases))


def _negation(a: Claim, b: Claim, similarity: float, aliases: Aliases) -> tuple[str, str] | None:
    """One side negates what the other asserts: the rest alike, and the word negated ("not
    released") stated by the other side too ("Results were released"), not some other word.
    Less alike claims conflict when the other states the very words negated, in order: "she
    never checked into Westbrook" / "she had checked into Westbrook on Thursday"."""
    cue_a, cue_b = _negation_cue(a.text), _negation_cue(b.text)
    if bool(cue_a) == bool(cue_b) or similarity < NEGATED_PHRASE_MIN_SIMILARITY:
        return None
    negated, other = (a.text, b.text) if cue_a else (b.text, a.text)
    if similarity < NEGATION_MIN_SIMILARITY:
        phrase = _negated_phrase(negated, aliases)
        return (cue_a, cue_b) if len(phrase) == NEGATED_PHRASE and _states(other, phrase, aliases) else None
    word = _negated_word(negated, aliases)
    if word and word not in tokens(other, aliases):
        return None
    if word and _negates_a_verb(negated) and not _states(other, (word,), aliases):
        return None  # "the cause has not been determined" / "trying to determine the cause"
    if word and not _anchored(
        negated, _spans_of(negated, word, aliases), other, _spans_of(other, word, aliases), aliases
    ):
        return None  # "results have not been released" / "he was released on bail": another release
    return cue_a, cue_b


@lru_cache(maxsize=TEXT_CACHE)
def _after_negation(text: str) -> tuple[str, str]:
    """The first negation cue of `text` and the folded text after it; ("", "") when none."""
    folded = fold(text)
    found = _NEGATION.search(folded)
    # "unarmed" negates "armed" (normalize.negated_stem): the cue is the word, its stem the
    # first word after it.
    end = found.start() if found else len(folded)
    prefixed = next((m for m in _UN_WORD.finditer(folded, 0, end) if negated_stem(m[0])), None)
    if prefixed is not None:
        return prefixed.group(), folded[prefixed.start() + 2 :]
    return (found.group(), folded[found.end() :]) if found else ("", "")


_UN_WORD = re.compile(r"\bun[a-z]+")


def _negation_cue(text: str) -> str:
    return _after_negation(text)[0]


_NOUN_NEGATIONS = frozenset(("no", "none", "nothing", "nobody", "without", "neither", "nor"))


def _negates_a_verb(text: str) -> bool:
    """Whether the first content word after the negation is a verb ("not been determined"),
    rather than a thing ("no fire")."""
    cue, after = _after_negation(text)
    if not cue or cue in _NOUN_NEGATIONS:
        return False
    for word in (w.strip('.,;:!?"') for w in after.split()):
        if word not in STOP_WORDS | AUXILIARIES:
            return is_finite_verb(word, previous=None)
    return False


NEGATED_PHRASE = 2  # content words after the negation that the other side must state
NEGATED_PHRASE_MIN_SIMILARITY = 50.0


@lru_cache(maxsize=TEXT_CACHE)
def _negated_phrase(text: str, aliases: Aliases) -> tuple[str, ...]:
    """The first NEGATED_PHRASE content words after the negation: "never checked into
    Westbrook" → ("check", "westbrook")."""
    return tokens(_after_negation(text)[1], aliases)[:NEGATED_PHRASE]


def _states(text: str, phrase: tuple[str, ...], aliases: Aliases) -> bool:
    """Whether `text` asserts `phrase`: its content words hold it, one after the other, and
    the first is a finite verb there ("had checked into Westbrook"; not "plans to purchase
    the property", nor "a bond for the purchase of the property")."""
    words = folded_words(text)
    content = [(token, k) for k, (_, _, word) in enumerate(words) for token in tokens(word, aliases)]
    width = len(phrase)
    for i in range(len(content) - width + 1):
        if tuple(token for token, _ in content[i : i + width]) == phrase:
            k = content[i][1]
            if is_finite_verb(words[k][2], previous=words[k - 1][2] if k else None):
                return True
    return False


@lru_cache(maxsize=TEXT_CACHE)
def _negated_word(text: str, aliases: Aliases) -> str:
    """The first content word after the negation: "have not been released" → "release"."""
    following = tokens(_after_negation(text)[1], aliases)
    return following[0] if following else ""


def quotation(claim: Claim) -> str | None:
    """The words the claim quotes directly, if it quotes three or more."""
    if claim.quote and not _QUOTED.search(claim.text):
        return claim.text
    quoted = [q for q in _QUOTED.findall(claim.text) if len(q.split()) >= MIN_QUOTE_WORDS]
    return " … ".join(quoted) if quoted else None


def _same_speaker(a: Claim, b: Claim) -> bool:
    """Both claims name who is quoted, and it is one speaker: a quotation without a speaker,
    or two speakers, give two remarks, not one worded two ways."""
    if not a.attribution or not b.attribution:
        return False
    return fuzz.token_set_ratio(fold(a.attribution), fold(b.attribution)) >= SAME_NAME


def _quote_conflict(a: Claim, b: Claim, aliases: Aliases) -> tuple[str, str] | None:
    qa, qb = quotation(a), quotation(b)
    if qa is None or qb is None or not _same_speaker(a, b):
        return None
    if _same_negation(qa, qb, aliases):
        return None  # "None of it was insured" / "The building was uninsured": one denial, one meaning
    words_a, words_b = " ".join(tokens(qa, aliases)), " ".join(tokens(qb, aliases))
    # One quotation worded two ways shares most of its words; two different remarks of one
    # speaker (a mayor quoted on the fire, then on the budget) are no conflict.
    if not SAME_REMARK <= fuzz.ratio(words_a, words_b) < SAME_QUOTE:
        return None
    return differing_words(qa, qb, aliases)


def _entity_conflict(a: Claim, b: Claim, context: Context, similarity: float) -> tuple[str, str] | None:
    """The same role filled by another name, one name spelt two ways, or two things of one kind.

    Measured on judged findings of the development set: two names that merely stand beside a
    shared word ("the actor's lawyer" / "a store's", "brand A cookies" / "brand B crackers") were wrong
    every time, so names conflict only as a swap in claims alike as a whole, or as spellings.
    """
    if similarity >= NAME_SWAP_MIN_SIMILARITY:
        swapped = _swapped_name(a, b, context)
        if swapped:
            return swapped
    spelled = _spelling_conflict(a, b, context) or _reordered_name(a.text, b.text, context.aliases)
    if spelled:
        return spelled
    placed = _place_conflict(a, b, context)
    if placed:
        return placed
    return _condition_conflict(a.text, b.text) or _kind_conflict(a.text, b.text, context.aliases)


# How hospitals state a patient's condition, gravest first: "in critical condition" against "in
# stable condition" is two reports of one patient that cannot both hold ("critical but stable"
# is critical).
CONDITIONS = ("grave", "critical", "serious", "fair", "stable", "good", "satisfactory")
_CONDITION = re.compile(
    rf"\b({'|'.join(CONDITIONS)})\b(?:[ ,]+but (?:{'|'.join(CONDITIONS)}))?\s+condition\b"
)


@lru_cache(maxsize=TEXT_CACHE)
def _conditions(text: str) -> list[str]:
    folded = fold(text)
    return _CONDITION.findall(folded) if "condition" in folded else []


def _condition_conflict(a: str, b: str) -> tuple[str, str] | None:
    """Two conditions of a patient ("critical condition" / "stable condition"), where each
    claim states one."""
    found_a, found_b = _conditions(a), _conditions(b)
    if len(set(found_a)) == 1 and len(set(found_b)) == 1 and found_a[0] != found_b[0]:
        return f"{found_a[0]} condition", f"{found_b[0]} condition"
    return None


REORDERED_NAME_WORDS = 3  # a run of names this long, at least: "Dynamic Smart Cooling"
_THREE_CAPITALS = re.compile(r"\b[A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*\s+[A-Z]")


def _reordered_name(a: str, b: str, aliases: Aliases) -> tuple[str, str] | None:
    """One name with its words in another order ("Dynamic Smart Cooling" / "Smart Dynamic
    Cooling"): a product, a body or a law written two ways. Runs of three capitalised words
    or more, so that a person's two names ("Lee Ann" / "Ann Lee") never count."""
    runs_b = {tuple(run): run for run in _name_runs(b, aliases)}
    for run in _name_runs(a, aliases):
        for other in runs_b.values():
            if sorted(run) == sorted(other) and run != other:
                return " ".join(run), " ".join(other)
    return None


@lru_cache(maxsize=TEXT_CACHE)
def _name_runs(text: str, aliases: Aliases) -> list[list[str]]:
    """The runs of REORDERED_NAME_WORDS or more consecutive capitalised names in `text`."""
    if not _THREE_CAPITALS.search(text):
        return []  # most claims: no three capitalised words in a row
    kind_of = aliases.kind_of
    runs: list[list[str]] = [[]]
    for match in _WORD.finditer(text):
        word = match.group().rstrip(".,")
        proper = _is_proper(word, text, kind_of)
        if proper:
            runs[-1].append(word)
        if not proper or text[match.end() : match.end() + 1] in (",", ";", ":"):
            runs.append([])  # a list ("IBM, Dell, Sun") is names side by side, not one name
    return [run for run in runs if len(run) >= REORDERED_NAME_WORDS]


def _place_conflict(a: Claim, b: Claim, context: Context) -> tuple[str, str] | None:
    """One street crossed by two others ("Main Street at Oak Avenue" / "Main Street and Elm
    Road"), or one named place in two towns ("the Acme Foods plant in North Ridge" / "… in Glen
    Falls"). The other street or town must be one the other source never names, so a source
    that tells both ("in Glen Falls, near North Ridge") is not read as contradicting itself."""
    for corner_a in places.corners(a.text):
        for corner_b in places.corners(b.text):
            shared = corner_a.streets & corner_b.streets
            if len(shared) != 1:
                continue
            (x,) = corner_a.streets - shared
            (y,) = corner_b.streets - shared
            says_a, says_b = corner_a.named(x), corner_b.named(y)
            if _new_place(says_a, b.source, context) and _new_place(says_b, a.source, context):
                return says_a, says_b
    for placed_a in places.placements(a.text, context.aliases):
        for placed_b in places.placements(b.text, context.aliases):
            if not _one_thing(placed_a.thing & placed_b.thing):
                continue
            town_a, town_b = placed_a.town_words, placed_b.town_words
            if town_a <= town_b or town_b <= town_a:
                continue  # "in Philadelphia" / "in Northeast Philadelphia"
            if _new_place(placed_a.town, b.source, context) and _new_place(placed_b.town, a.source, context):
                return placed_a.town, placed_b.town
    return None


def _one_thing(shared: frozenset[str]) -> bool:
    """Names that share two words, or one no everyday word: "Lakeview Hale Center" / "Lakeview
    Hale Clinic"; not "Union Station" / "Union Square"."""
    return len(shared) >= 2 or any(not is_common(word) for word in shared)


def _new_place(written: str, source: str, context: Context) -> bool:
    """A place with a word the other source never uses."""
    return any(_unknown_to(word, source, context) for word in written.split() if word[:1].isupper())


def _kind_conflict(a: str, b: str, aliases: Aliases) -> tuple[str, str] | None:
    """A thing of a known kind in each claim that the other does not name ("a sword" / "a
    pistol"); a word for the whole kind ("gun") contradicts none of its members."""
    kind_of = aliases.kind_of
    only_a = [(w, n) for w, n in _kind_words(a, aliases) if not _normal(w, aliases) <= _token_set(b, aliases)]
    if not only_a:
        return None
    only_b = [(w, n) for w, n in _kind_words(b, aliases) if not _normal(w, aliases) <= _token_set(a, aliases)]
    for word_a, named_a in only_a:
        for word_b, named_b in only_b:
            if named_a and named_b and not named_a & named_b:
                continue  # "Minister Adams" / "President Baker": two people, each with a title
            kind = kind_of[fold(word_a)]
            if kind == kind_of[fold(word_b)] and not {fold(word_a), fold(word_b)} & GENERAL_KIND_WORDS:
                return word_a, word_b
    return None


@lru_cache(maxsize=TEXT_CACHE)
def _kind_words(text: str, aliases: Aliases) -> tuple[tuple[str, frozenset[str]], ...]:
    """The words of a known kind in `text`, each with the name it stands before or after (a
    title's holder), if any."""
    kind_of = aliases.kind_of
    words = _words(text)
    found = []
    for i, word in enumerate(words):
        if fold(word) in kind_of and not _ends_a_name(words, i):
            beside = [w for w in words[max(0, i - 1) : i] + words[i + 1 : i + 2] if w[:1].isupper()]
            found.append((word, frozenset(t for w in beside for t in tokens(w, aliases))))
    return tuple(found)


def _ends_a_name(words: Sequence[str], i: int) -> bool:
    """Whether words[i] is the last word of a name of two or more ("Tishana King", "Burger
    King"): a surname or a brand, not the role or thing the word names. A title stands before
    a name ("President Lee", "Russian President Ann Lee") and is no such word."""
    capital = words[i][:1].isupper() and i > 0 and words[i - 1][:1].isupper()
    return capital and not (i + 1 < len(words) and words[i + 1][:1].isupper())


MAX_SWAP_WORDS = 3  # a replaced name is a few words long; a longer change is a rewording
# Words for a whole kind, which a more exact word of the kind does not contradict.
GENERAL_KIND_WORDS = frozenset("gun handgun weapon firearm vehicle aircraft boat vessel".split())
SPELLING = 70.0  # two spellings of one name are this alike (0–100): "Jon"/"John", "Stefan"/"Stephan"
MIN_SPELLED = 3  # letters: shorter names ("Li", "Ng") are too short to call misspelt


def _spelling_conflict(a: Claim, b: Claim, context: Context) -> tuple[str, str] | None:
    """One name spelt two ways: "Jon Hale" / "John Hale", "Katrina Lowe" / "Katrine Lowe".

    Each spelling is one the other source never uses, the two are alike but neither is a
    short form of the other ("Steve" / "Steven"), and they stand beside a shared word, often
    the rest of the name.
    """
    names_a = proper_names(a.text, context.aliases)
    names_b = proper_names(b.text, context.aliases)
    if not names_a or not names_b or {bare_name(x) for x in names_a} == {bare_name(y) for y in names_b}:
        return None
    for x in names_a:
        if not _spellable(bare_name(x)) or not _spelling_unknown_to(x, a.text, b.source, context):
            continue
        for y in names_b:
            if not misspelt(x, y) or not _spelling_unknown_to(y, b.text, a.source, context):
                continue
            if _beside(x, a.text, context.aliases) & _beside(y, b.text, context.aliases):
                return x, y
    return None


def _spellable(bare: str) -> bool:
    """Long enough to call misspelt, and one word: a name in a compound ("Iceland-born",
    "Chinese-made"; `bare_name` makes it "iceland born") is that name, not another spelling."""
    return len(bare) >= MIN_SPELLED and " " not in bare


def misspelt(x: str, y: str) -> bool:
    """Whether two names may be one name spelt two ways: alike, with the same first letter
    ("Jon"/"John"; "Department"/"Treatment" are two words), neither the start of the other
    ("Steve"/"Steven"), nor a typo of an everyday word ("Harbour Warehuose"), nor another way of
    writing one name (`same_name`)."""
    fx, fy = bare_name(x), bare_name(y)
    if not _spellable(fx) or not _spellable(fy) or fx[0] != fy[0] or fx == fy:
        return False
    if fx.startswith(fy) or fy.startswith(fx) or a_word_mistyped(fx, fy):
        return False
    return fuzz.ratio(fx, fy) >= SPELLING and not same_name(x, y)


# British and American spellings of one word ("Centre" / "Center", "Harbour" / "Harbor").
_REGIONAL_SPELLINGS = (
    (re.compile(r"tre\b"), "ter"),
    (re.compile(r"our\b"), "or"),
    (re.compile(r"is(e|ed|ing)\b"), r"iz\1"),
)


def same_name(a: str, b: str) -> bool:
    """Two ways of writing one name: spacing and full stops ("U. K." / "UK"), initials ("United
    Kingdom" / "UK"), a short form ("Cal" / "Calvert", "Mt" / "Mount"), a regional spelling
    ("Centre" / "Center"), a common short form of a given name ("Bill" / "William"). Not one
    name: "Jon" / "John", two spellings (`_spelling_conflict`)."""
    fa, fb = fold(a), fold(b)
    letters_a, letters_b = re.sub(r"[^\w]", "", fa), re.sub(r"[^\w]", "", fb)
    if (
        letters_a == letters_b
        or letters_b in SHORT_NAMES.get(letters_a, ())
        or letters_a in SHORT_NAMES.get(letters_b, ())
    ):
        return True  # "U. K." / "UK"; "Bill" / "William"
    initials_a = "".join(w[0] for w in re.findall(r"\w+", fa))
    initials_b = "".join(w[0] for w in re.findall(r"\w+", fb))
    if (letters_a == initials_b and len(initials_b) > 1) or (letters_b == initials_a and len(initials_a) > 1):
        return True
    short, long = sorted((letters_a, letters_b), key=len)
    if len(short) >= 2 and _is_abbreviation(short, long):
        return True
    regional_a, regional_b = fa, fb
    for pattern, replacement in _REGIONAL_SPELLINGS:
        regional_a, regional_b = pattern.sub(replacement, regional_a), pattern.sub(replacement, regional_b)
    return regional_a == regional_b


ABBREVIATION = 0.6  # a short form keeps at most this share of the letters


def _is_abbreviation(short: str, long: str) -> bool:
    """ "mt" of "mount", "calif" of "california", "cal" of "calvert": the first letter, then
    the rest in order."""
    if short[0] != long[0] or len(short) > ABBREVIATION * len(long):
        return False  # "Jon" is no short form of "John": a letter dropped is a misspelling
    rest = iter(long[1:])
    return all(letter in rest for letter in short[1:])


@lru_cache(maxsize=TEXT_CACHE)
def proper_names(text: str, aliases: Aliases) -> tuple[str, ...]:
    kind_of = aliases.kind_of
    return tuple(w for w in _words(text) if _is_proper(w, text, kind_of))


# Two capitalised words with only spaces between ("Katrina Lowe"; not "Lowe, Ann Berg").
_CAPITALS_SIDE_BY_SIDE = re.compile(r"\b(?=([A-Z][\w'’-]*)\s+([A-Z][\w'’.-]*))")


def full_names(text: str, aliases: Aliases) -> tuple[tuple[str, str], ...]:
    """Two names side by side, as written: "Katrina Lowe", "Glen Falls"."""
    kind_of = aliases.kind_of
    found = []
    for match in _CAPITALS_SIDE_BY_SIDE.finditer(text):
        first, second = match.group(1), match.group(2).rstrip(".,")
        if _is_proper(first, text, kind_of) and _is_proper(second, text, kind_of):
            found.append((first, second))
    return tuple(found)


def _is_spelling(a: str, b: str) -> bool:
    return " " not in a and " " not in b and fuzz.ratio(bare_name(a), bare_name(b)) >= SPELLING


@lru_cache(maxsize=1 << 16)
def bare_name(name: str) -> str:
    """A name without case, possessive or final full stop: "Hale's" → "hale"."""
    return _POSSESSIVE_END.sub("", fold(name)).rstrip(".")


_POSSESSIVE_END = re.compile(r"'s?$")


NEIGHBOURHOOD = 3  # words either side of a name that stand beside it


@lru_cache(maxsize=TEXT_CACHE)
def _beside(word: str, text: str, aliases: Aliases) -> frozenset[str]:
    """Content tokens, names included, within NEIGHBOURHOOD words of `word` in `text`."""
    words = list(_words(text))
    if word not in words:
        return frozenset()
    at = words.index(word)
    window = words[max(0, at - NEIGHBOURHOOD) : at] + words[at + 1 : at + 1 + NEIGHBOURHOOD]
    return frozenset(t for w in window for t in tokens(w, aliases) if not t[0].isdigit())


def _swapped_name(a: Claim, b: Claim, context: Context) -> tuple[str, str] | None:
    """Nearly the same sentence with a name in one place replaced by another name.

    The two claims are aligned word by word (normalised words; stop words aside). A short
    stretch that differs, with a name on each side, is a swap when a name in it is new to the
    other source: "talks in Geneva" against "talks in Vienna", even where the first
    name occurs elsewhere in the second sentence. Two names that trade places ("A met B",
    "B met A") are no swap: each is known to the other claim.
    """
    # Cheap test first: most pairs tell the same names, and then there is nothing to align.
    written_a = _surface_entities(a.text, context.aliases)[1]
    written_b = _surface_entities(b.text, context.aliases)[1]
    if written_a <= _lowered_words(b.text) and written_b <= _lowered_words(a.text):
        return None
    # A swap needs a name one source never uses; most pairs of one story have none.
    proper_a, proper_b = proper_names(a.text, context.aliases), proper_names(b.text, context.aliases)
    if not any(_unknown_to(w, b.source, context) for w in proper_a) and not any(
        _unknown_to(w, a.source, context) for w in proper_b
    ):
        return None
    kind_of = context.aliases.kind_of
    words_a, keys_a = _aligned_words(a.text, context.aliases)
    words_b, keys_b = _aligned_words(b.text, context.aliases)
    matcher = SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or max(i2 - i1, j2 - j1) > MAX_SWAP_WORDS or abs((i2 - i1) - (j2 - j1)) > 1:
            continue  # a long or lopsided change ("Lyon" / "the south of France") rewords
        names_a = [w for w in words_a[i1:i2] if _is_proper(w, a.text, kind_of)]
        names_b = [w for w in words_b[j1:j2] if _is_proper(w, b.text, kind_of)]
        if not names_a or not names_b or len(names_a) < i2 - i1 or len(names_b) < j2 - j1:
            continue  # "John Doyle" / "city police": a name against other words is a rewording
        if all(len(w.strip(".")) == 1 for w in names_a) or all(len(w.strip(".")) == 1 for w in names_b):
            continue  # initials ("L. A." / "Los Angeles") tell too little to be another name
        new_a = any(_unknown_to(w, b.source, context) for w in names_a)
        new_b = any(_unknown_to(w, a.source, context) for w in names_b)
        says_a, says_b = " ".join(names_a), " ".join(names_b)
        if (new_a or new_b) and not same_name(says_a, says_b):
            return says_a, says_b
    return None


@lru_cache(maxsize=TEXT_CACHE)
def _lowered_words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


@lru_cache(maxsize=TEXT_CACHE)
def _aligned_words(text: str, aliases: Aliases) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of `text` that carry content, and their normalised forms to align on."""
    kept = [(w, " ".join(sorted(_normal(w, aliases)))) for w in _words(text)]
    kept = [(w, key) for w, key in kept if key]
    return tuple(w for w, _ in kept), tuple(key for _, key in kept)


@lru_cache(maxsize=TEXT_CACHE)
def _surface_entities(text: str, aliases: Aliases) -> tuple[frozenset[str], frozenset[str]]:
    """Known-kind words and capitalised words after the first, lower-cased, as written."""
    kinds = frozenset(w for w in _lowered_words(text) if w in aliases.kind_of)
    names = frozenset(m.group().lower() for m in _CAPITAL.finditer(text) if m.start() > 0)
    return kinds, names - STOP_WORDS


@lru_cache(maxsize=TEXT_CACHE)
def _words(text: str) -> tuple[str, ...]:
    return tuple(w.rstrip(".,") for w in _WORD.findall(text))


@lru_cache(maxsize=1 << 18)
def _normal(word: str, aliases: Aliases) -> frozenset[str]:
    """One word's normalised tokens (most words give one; "Boeing-737" gives two)."""
    return frozenset(tokens(word, aliases))


def _spelling_unknown_to(name: str, text: str, source: str, context: Context) -> bool:
    """A spelling the other source never uses, or never in this full name: it may write
    "John" of another man and never "John Hale"."""
    if _unknown_to(name, source, context):
        return True
    words = _words(text)
    at = words.index(name)
    before, after = words[at - 1] if at else "", words[at + 1] if at + 1 < len(words) else ""
    full = [_name_pair(before, name)] if before[:1].isupper() else []
    full += [_name_pair(name, after)] if after[:1].isupper() else []
    known = context.vocabulary.get(source, frozenset())
    return bool(full) and not any(pair in known for pair in full)


def _unknown_to(word: str, source: str, context: Context) -> bool:
    """A thing of a known kind always counts; a name only if the other source never uses it."""
    if fold(word) in context.aliases.kind_of:
        return True
    # Known only if every part is: "Ana-Maria" is new even where "Maria" was already used.
    letters = {t for t in tokens(word, context.aliases) if not t[0].isdigit()}
    return not letters <= context.vocabulary.get(source, frozenset())


def _is_proper(word: str, text: str, kind_of: Mapping[str, str]) -> bool:
    """A capitalised name ("Angola", "Boeing-737", "Chinese-made"): not the claim's first word
    unless a name follows it, not a month, a weekday, a stop word or a title."""
    if not word[:1].isupper():
        return False
    folded = _POSSESSIVE_END.sub("", fold(word))
    if folded in _CALENDAR_WORDS or folded in STOP_WORDS or folded in kind_of or folded in TITLES:
        return False  # a month, a weekday, "The", or a title ("President", "Marshal")
    if not text.startswith(word) or any(c.isdigit() for c in word):
        return True
    # The first word is capitalised anyway; it is a name when a name goes on after it ("Jon Hale").
    rest = text[len(word) :].split(maxsplit=1)
    following = rest[0] if rest else ""
    return following[:1].isupper() and fold(following).rstrip(".,") not in STOP_WORDS | TITLES


def differing_words(a: str, b: str, aliases: Aliases) -> tuple[str, str]:
    """What each side says that the other does not, as the words appear."""
    ta, tb = set(_token_set(a, aliases)), set(_token_set(b, aliases))
    return _words_outside(a, tb, aliases), _words_outside(b, ta, aliases)


def _words_outside(text: str, other: set[str], aliases: Aliases) -> str:
    kept: list[str] = []
    for word in _words(text):
        normal = _normal(word, aliases)
        if normal and not normal <= other and word not in kept:
            kept.append(word)
    return " ".join(kept[:MAX_SAYS_WORDS])
