"""A pair of claims from two sources → agree, or a typed conflict.

Checks run from the most specific to the least: number, date, time,
negation, quote wording, entity (the names of things: `names`). A hedged claim
(speculation, opinion, conditional) never makes a hard conflict: the pair is
`unclear` instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz import fuzz

from crosscheck import dates, figures, places, quantities, roles
from crosscheck.built import built_conflict
from crosscheck.context import Context
from crosscheck.facts import (
    capital_tokens,
    folded_words,
    points_elsewhere,
    share_an_anchor,
    token_set,
    word_tokens,
    written_as,
    written_words,
)
from crosscheck.grammar import first_verb, is_finite_verb
from crosscheck.hedges import hedges_offset, is_hedged
from crosscheck.lexicon import (
    AUXILIARIES,
    EVENT_NOUNS,
    MONTHS,
    NEGATION_CUES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    STOP_WORDS,
    WEEKDAYS,
)
from crosscheck.models import Claim, ConflictKind, Finding, Status
from crosscheck.names import entity_conflict, is_spelling, same_name
from crosscheck.normalize import NUMBER_WORDS, TEXT_CACHE, Aliases, fold, negated_stem, tokens
from crosscheck.predicates import counts_missing, is_toll, one_act, verb_before
from crosscheck.revisions import happened_since, provisional, revised, toll_rose
from crosscheck.words import rarity

MIN_QUOTE_WORDS = 3
SAME_QUOTE = 85.0  # quotations this alike (0–100) are the same words, give or take punctuation
SAME_NAME = 85.0
SAME_REMARK = 55.0  # quotations less alike than this are two remarks, not one worded two ways
NEGATION_MIN_SIMILARITY = 70.0  # a lone "not" flips a claim only when the rest is the same
RELATION_MIN_SIMILARITY = 70.0  # "during" against "before" only when both tell the same event
MAX_SAYS_WORDS = 8

_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
# "not only … but", "not just one": they add, they negate nothing. Searched in folded text,
# which is lower case: without re.I, which made the search three times slower.
_NEGATION = re.compile(
    r"\b(?:" + "|".join(sorted(NEGATION_CUES)) + r")\b(?!\s+(?:only|just|merely|simply)\b)|n[’']t\b"
)
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


# Differences specific enough to count between two statements that read less alike than
# paraphrases (a fact sheet's contradiction check).
BRIDGING_KINDS = frozenset({ConflictKind.NUMBER, ConflictKind.DATE, ConflictKind.TIME, ConflictKind.ENTITY})


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
    if figures.figures_differ(a.text, b.text):
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
    acts = _fallen_short(a, aliases)
    if not acts:
        return False
    short_in_b = _fallen_short(b, aliases)
    return any(act and act not in short_in_b and act[0] in tokens(b, aliases) for act in acts)


@lru_cache(maxsize=TEXT_CACHE)
def _fallen_short(text: str, aliases: Aliases) -> tuple[tuple[str, ...], ...]:
    """The tokens of each act `text` says fell short ("nearly destroyed" → ("destroy",))."""
    return tuple(tokens(m.group(1), aliases) for m in _SHORT_OF.finditer(fold(text)))


# Words that say when something happened, not what: a story tells many things of its days.
_WHEN_WORDS = _CALENDAR_WORDS | frozenset(
    "today yesterday tomorrow tonight morning afternoon evening night day week month year".split()
)


def _shares_a_word(a: str, b: str, aliases: Aliases) -> bool:
    """Shared content is more than figures and words of when: "walking two hours" and "two
    days" share only "2", "was not returning calls on Tuesday" and "surveyed the scene Tuesday
    afternoon" only the day."""
    return any(_telling_word(t) for t in token_set(a, aliases) & token_set(b, aliases))


def _telling_word(token: str) -> bool:
    """A word that says what happened: not a figure, a word of when, nor a verb of saying
    (a token is a lemma, "say", "tell"; the lexicon lists their -s forms)."""
    return token[0].isalpha() and token not in _WHEN_WORDS and f"{token}s" not in REPORTING_VERBS


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
    if _revised(kind, a, a_says, b, b_says, context):
        return Finding(a.id, b.id, Status.REVISED, kind, a_says, b_says, round(similarity, 1), _roles(a, b))
    # A hedge ("police believe the 31-year-old shot Joe Smyth") makes what is asserted
    # uncertain, not who it is about: how a name is spelt, how old a person is.
    spelling = kind is ConflictKind.ENTITY and is_spelling(a_says, b_says)
    age = kind is ConflictKind.NUMBER and _is_age(a_says) and _is_age(b_says)
    hedged = _hedges_figure(kind, a, a_says) or _hedges_figure(kind, b, b_says)
    status = Status.UNCLEAR if hedged and not (spelling or age) else Status.CONFLICT
    return Finding(a.id, b.id, status, kind, a_says, b_says, round(similarity, 1), _roles(a, b))


def _hedges_figure(kind: ConflictKind, claim: Claim, says: str) -> bool:
    """Whether a hedged claim's hedge reaches the figure a number conflict names: not a hedge
    in a relative clause after it ("30 children were killed in a stampede that was apparently
    sparked by rumours"). A claim hedged by its frame ("police believe …") or as a condition
    is hedged throughout."""
    if not claim.hedged:
        return False
    # Where the figure stands in the text as written (its first word, "30" of "30 children").
    at = claim.text.lower().find(says.split()[0].lower()) if kind is ConflictKind.NUMBER and says else -1
    if at < 0 or not is_hedged(claim.text):
        return True
    return hedges_offset(claim.text, at + len(says.split()[0]))


def _revised(kind: ConflictKind, a: Claim, a_says: str, b: Claim, b_says: str, context: Context) -> bool:
    """Whether a later report moves the story on rather than contradicting the other: it says
    the figure changed, or it tells of what the older one said had not happened yet."""
    if kind is ConflictKind.NUMBER:
        if provisional(a.text, a.attribution) or provisional(b.text, b.attribution):
            return True  # "officials initially reported that nine people had died"
        a_date, b_date = context.dated(a.source), context.dated(b.source)
        if revised(a.text, a_says, a_date, b.text, b_says, b_date):
            return True
        x, y = quantities.quoted(a.text, a_says), quantities.quoted(b.text, b_says)
        told_a, told_b = a_date or context.told.get(a.source), b_date or context.told.get(b.source)
        if told_a and told_b and told_a != told_b and not (a_date if told_a > told_b else b_date):
            # The later of two reports is undated and told later by the days it names
            # ("Saturday" after another's "Friday"). A day named is only the earliest an
            # undated report can be: the earlier one, or two of one day, are of no known order.
            a_date, b_date = told_a, told_b
        return (
            x is not None
            and y is not None
            and is_toll(a.text, x, context.aliases)
            and is_toll(b.text, y, context.aliases)
            and toll_rose(
                x.value,
                a_date,
                y.value,
                b_date,
                either_way=counts_missing(a.text, x, context.aliases)
                and counts_missing(b.text, y, context.aliases),
            )
        )
    if kind is ConflictKind.NEGATION:
        denial, assertion = (a, b) if a_says else (b, a)  # the side that negates shows its cue
        return happened_since(denial.text, context.dated(denial.source), context.dated(assertion.source))
    return False


def _is_age(says: str) -> bool:
    return any(q.unit == "age" for q in quantities.quantities(says))


_AT = frozenset("=~")  # bounds that state a figure itself: "100", "about 100"
TELLING_COUNT = 10  # "two men" in two claims says little; "31 fire engines" says much


TELLING_NOUN = 2.5  # rarity (7 - zipf) of a noun whose count, however small, tells: "two locomotives"


def _telling(q: quantities.Quantity) -> bool:
    """A value specific enough that stating it twice points at one fact: a measure (a distance,
    a sum, a duration), a count of ten or more, or any count of a thing rarely spoken of ("two
    locomotives", "three helicopters"; not "two men", "two cars")."""
    if q.unit in quantities.MEASURES or q.value >= TELLING_COUNT:
        return True
    return quantities.kind(q) not in ("people", "times") and rarity(q.unit) >= TELLING_NOUN


def shares_value(a: Claim, b: Claim, context: Context) -> bool:
    """Both claims state a value of one slot, compatibly: a quantity of one unit or counted
    thing about one thing (a content word near both), a calendar day, or a clock time."""
    qa, qb = quantities.quantities(a.text), quantities.quantities(b.text)
    for x in qa:
        for y in qb:
            if (
                quantities.kind(x) == quantities.kind(y)
                and _telling(x)
                and quantities.compatible(x, y)
                and not figures.apart(x, y)  # "ten minutes after" fits "in two months", and is no one figure
            ):
                if x.unit == "age" and not (_in_subject(a.text, x) and _in_subject(b.text, y)):
                    continue  # "shot the 18-year-old": who was acted on, not what is told of them
                if _stated_twice(x, y) or _bounded_alike(a.text, x, b.text, y, context.aliases):
                    if _before_now(a.text, x) or _before_now(b.text, y):
                        # "two years ago" is a moment, as a year is, and a story names it often
                        # (a trial's coverage, of the crime): it counts for one act only.
                        if _spans_share_an_act(a.text, (x.extent,), b.text, (y.extent,), context.aliases):
                            return True
                        continue
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
                if share_an_anchor(a.text, spans_a, b.text, spans_b, context.aliases, also=(x, y)):
                    return True
    if places.streets(a.text) & places.streets(b.text):
        return True  # one street named in both: "on East Markison Avenue" / "on Markison Avenue"
    when_a, when_b = _timing(a, context), _timing(b, context)
    if any(dates.clocks_tell_one_moment(x, y) for x in when_a.clocks for y in when_b.clocks):
        return True
    if not _shares_a_word(a.text, b.text, context.aliases):
        # A day is told of many acts of one story: with nothing else in common ("Ortiz set
        # out without a partner Friday" / "the deputy was killed on June 24") it ties no fact.
        return False
    if dates.same_when(dates.without_told(when_a), dates.without_told(when_b)):
        return True
    told = bool(when_a.told or when_b.told)  # else the same days were asked just above
    if (
        told
        and dates.same_when(when_a, when_b)
        and _same_act(a.text, when_a, b.text, when_b, context.aliases)
    ):
        # A day counted from the story's own ("until the next morning") is a reading of the
        # story, not a date its writer gave: it counts for one act, as a year does. (Without
        # the act, measured: "could not be rescued until the next morning" agreed with "flown
        # in today to retrieve the body", another act of that Sunday.)
        return True
    # A year is a weak value (a story names its year often): it counts for one act, told by
    # the verbs beside it ("built in 1935" / "built in the 1930s"). Asking the same of days and
    # clock times was measured: 4 of 60 sampled agreements fewer wrong, and 4 gold agreements
    # and 4 sampled right ones lost.
    return dates.same_years(when_a, when_b) and _same_act(a.text, when_a, b.text, when_b, context.aliases)


def _before_now(text: str, q: quantities.Quantity) -> bool:
    """Whether a duration points back from the time of writing: "two years ago", a moment
    rather than a length of time."""
    return q.unit == "sec" and fold(text)[q.extent[1] :].lstrip().startswith("ago")


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


def _bounded_alike(a: str, x: quantities.Quantity, b: str, y: quantities.Quantity, aliases: Aliases) -> bool:
    """One bounded figure told twice by one act: "destroyed at least 150 buildings" / "destroyed
    more than 150 homes". Without the act, a round figure under a bound is said of many things
    ("more than 30 victims were found at the back" / "killed at least 30 people")."""
    if x.value != y.value or x.bound != y.bound or x.bound not in (">=", "<="):
        return False
    return one_act(a, x, b, y, aliases)


def _same_verb(a: str, x: quantities.Quantity, b: str, y: quantities.Quantity, aliases: Aliases) -> bool:
    """Whether the verbs just before two figures are one, or either has none."""
    verb_a, verb_b = verb_before(a, x.start, aliases), verb_before(b, y.start, aliases)
    return not (verb_a and verb_b) or bool(verb_a & verb_b)


def _in_subject(text: str, q: quantities.Quantity) -> bool:
    """Whether a figure stands before the claim's first verb: it describes what the claim is
    about ("A 49-year-old man is facing charges"), not someone it acts on ("… shot an
    18-year-old")."""
    verb = first_verb(fold(text))  # offsets into fold(text), as the figure's are
    return verb is None or q.start < verb.start()


def _dated(when: dates.Timing) -> bool:
    """Whether a claim names a day, a weekday, a month or a year: what a date conflict needs."""
    return bool(when.dates or when.weekdays or when.months or when.years)


def _timing(claim: Claim, context: Context) -> dates.Timing:
    """When the claim says things happened, read against its article's publication date and,
    for a day told from the story's own ("the next morning"), the day before it (`Claim.day`)."""
    return dates.timing(claim.text, published=context.published.get(claim.source), day=claim.day)


def _conflict(
    a: Claim, b: Claim, *, similarity: float, context: Context
) -> tuple[ConflictKind, str, str] | None:
    alike = similarity >= ALIKE
    events = len(_event_words(a.text, b.text, context.aliases))
    one_story = _one_story(a, b, context)
    numbers = (
        figures.number_conflict(
            a.text, b.text, context.aliases, alike=alike, years_apart=context.years_apart(a.source, b.source)
        )
        if one_story and (alike or events)
        else None
    )
    if numbers:
        return ConflictKind.NUMBER, numbers[0], numbers[1]
    when_a, when_b = _timing(a, context), _timing(b, context)
    # Two dates are of one event when the claims read alike, or share event words and one act
    # dated in both ("checked into the clinic late Thursday" / "early Friday … checked into the
    # clinic"): the act ties the dates as a shared word beside them would.
    # (Asked only of claims that both name a day, month or year: no date conflict without.)
    # Claims that read alike still date two acts when the verbs beside their dates differ ("who
    # in April had responded to a call" / "on Friday was charged with murder").
    one_event = (
        _dated(when_a)
        and _dated(when_b)
        and (
            (alike and not _two_acts(a.text, when_a, b.text, when_b, context.aliases))
            or (events >= DATE_EVENT_WORDS and _same_act(a.text, when_a, b.text, when_b, context.aliases))
        )
    )
    # A claim that dates a reporting period ("the quarter ended July 31") is not compared by
    # its dates: they label figures, and two periods' ends are no two days of one event.
    periods = one_event and one_story and (dates.dates_a_period(a.text) or dates.dates_a_period(b.text))
    day = dates.date_conflict(when_a, when_b) if one_event and one_story and not periods else None
    if day:
        return ConflictKind.DATE, day[0], day[1]
    relations = (
        similarity >= RELATION_MIN_SIMILARITY
        and bool(when_a.relations and when_b.relations)
        and bool(_relative_to(a.text, context.aliases) & _relative_to(b.text, context.aliases))
    )
    hour = dates.time_conflict(when_a, when_b, relations=relations)
    if hour and one_story and _one_moment_told(a.text, when_a, b.text, when_b, alike, context.aliases):
        return ConflictKind.TIME, hour[0], hour[1]
    # An offset points at another moment by itself ("the previous day"), so it is asked of
    # claims about one event, told by the event words they share, whatever else they point at.
    offset = dates.offset_conflict(a.text, b.text) if events >= OFFSET_EVENT_WORDS else None
    if offset:
        return ConflictKind.DATE, offset[0], offset[1]
    built = built_conflict(a.text, context.published.get(a.source), b.text, context.published.get(b.source))
    if built:
        return ConflictKind.DATE, built[0], built[1]
    negated = _negation(a, b, similarity, context.aliases)
    if negated:
        return ConflictKind.NEGATION, negated[0], negated[1]
    quote = _quote_conflict(a, b, context.aliases)
    if quote:
        return ConflictKind.QUOTE, quote[0], quote[1]
    entity = entity_conflict(a, b, context, similarity)
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
OFFSET_EVENT_WORDS = 2
_NOT_EVENT_WORDS = (
    _CALENDAR_WORDS | frozenset(quantities.SCALES) | frozenset(NUMBER_WORDS) | {"year", "percent"}
)


def _one_story(a: Claim, b: Claim, context: Context) -> bool:
    """Whether two claims tell of one event, as far as pointing elsewhere shows. A claim about
    an earlier event ("last year, a gunman killed three") is not compared by its figures and
    dates with one about this event; two claims about one earlier event are, but not two
    earlier events years apart ("the deadliest since a 2009 plane crash that killed 50" /
    "the worst since the 2005 sinking of a tour boat, which killed 20")."""
    away = _elsewhere(a, context)
    if away != _elsewhere(b, context):
        return False
    if not away:
        return True
    years_a, years_b = _years_said(_timing(a, context)), _years_said(_timing(b, context))
    overlap = any(lo <= y_hi and y_lo <= hi for lo, hi in years_a for y_lo, y_hi in years_b)
    return overlap or not years_a or not years_b


def _years_said(when: dates.Timing) -> list[tuple[int, int]]:
    """The years a claim names, alone ("in 2009", "the 1990s") or in a full date; not a year
    guessed from the article's own date."""
    return [*when.years, *((int(d[:4]),) * 2 for d in when.dates if d[:1].isdigit())]


def _elsewhere(claim: Claim, context: Context) -> bool:
    """Whether a claim tells of another event than the one reported: it says so in words
    (`facts.points_elsewhere`), or it is dated by years only, all of them more than
    dates.EVENT_YEARS_APART before its article ("in 1992, a gas explosion killed 263", "an
    accident in the 1990s took 260 lives")."""
    if points_elsewhere(claim.text):
        return True
    when = _timing(claim, context)
    if not when.years or when.dates or when.weekdays or when.months:
        return False
    dated = context.dated(claim.source) or context.latest
    if not dated:
        return False
    return all(high < int(dated[:4]) - dates.EVENT_YEARS_APART for _, high in when.years)


def _event_words(a: str, b: str, aliases: Aliases) -> frozenset[str]:
    shared = token_set(a, aliases) & token_set(b, aliases)
    names = capital_tokens(a, aliases) | capital_tokens(b, aliases)
    return frozenset(t for t in shared - names if t[0].isalpha() and t not in _NOT_EVENT_WORDS)


ACT_WINDOW = 6  # words either side of a date where the verb of its event stands
ANNOUNCING = "#announce"  # the act of any reporting verb beside a date
NOUN_ACT = "#of:"  # the act of an event noun before a date: "the shooting of Ann Lee on April 3"
_DATE_LINKS = frozenset({"on", "late", "early"})  # words between a verb and its date: "said on Monday"
_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "this", "that"))
ATTRIBUTIVE_NOUNS = 2  # words after a date inside a noun phrase that name what it dates


def _one_moment_told(
    a: str, when_a: dates.Timing, b: str, when_b: dates.Timing, alike: bool, aliases: Aliases
) -> bool:
    """Whether two clock times are of one moment: the claims read alike, a content word stands
    near both, or both name one street ("about 3:10 p.m. in the 1200 block of Elm Street" /
    "followed him to … Elm Street, … at about 3:30 p.m."); and no two verbs beside them name
    two acts."""
    anchored = (
        alike
        or share_an_anchor(a, when_a.spans, b, when_b.spans, aliases)
        or bool(places.streets(a) & places.streets(b))
    )
    return anchored and not _two_acts(a, when_a, b, when_b, aliases)


REFERENT_WORDS = 2  # content words after "before", "during", "after" that name the moment


@lru_cache(maxsize=TEXT_CACHE)
def _relative_to(text: str, aliases: Aliases) -> frozenset[str]:
    """What the claim's "before", "during" or "after" is relative to: the first REFERENT_WORDS
    content words after each, figures left out ("while Lee was meeting Hale" → lee, meeting).
    "During" against "before" is a conflict only of one moment: "shot during a confrontation
    with two officers" and "shot after pointing a gun at two officers" can both be true."""
    folded = fold(text)
    found: set[str] = set()
    for match in dates.RELATION_PATTERN.finditer(folded):
        words = [t for t in tokens(folded[match.end() :], aliases) if not t[0].isdigit()]
        found.update(words[:REFERENT_WORDS])
    return frozenset(found)


def _same_act(a: str, when_a: dates.Timing, b: str, when_b: dates.Timing, aliases: Aliases) -> bool:
    """Whether the verbs beside two dates name one act: "voters in 2010 approved" / "last year,
    voters approved"; not "a judge on Thursday upheld" / "a jury on Tuesday ordered". Where a
    side has no verb beside its date ("deputies were searching Friday night", "the results,
    out Friday afternoon"), nothing says it is the act the other dates: two dates, two facts.
    (Leaving the question open there made 5 of the 16 wrong conflicts on the judged dev-set
    folders, and found no right one.)"""
    return _spans_share_an_act(a, when_a.spans, b, when_b.spans, aliases)


def _spans_share_an_act(
    a: str,
    spans_a: tuple[tuple[int, int], ...],
    b: str,
    spans_b: tuple[tuple[int, int], ...],
    aliases: Aliases,
) -> bool:
    """Whether the verbs beside two sets of values (dates, durations) name one act (`_acts`)."""
    return bool(_acts(a, spans_a, aliases, clause=True) & _acts(b, spans_b, aliases, clause=True))


def _two_acts(a: str, when_a: dates.Timing, b: str, when_b: dates.Timing, aliases: Aliases) -> bool:
    """Whether verbs beside the values name two acts ("a helicopter was called about 3pm" / "a
    rescue bid was made shortly after 11am": two moments of one day), or the verbs of the
    clauses they end ("will be laid to rest at Lakeview Gardens at 3 p.m." / "the chase began
    near exit 28 after 10 p.m."), or an event noun's ("indicted Friday" / "in the shooting of
    Ann Lee on April 3"). Where a side has no verb for its value, nothing says so."""
    acts_a = _acts(a, when_a.spans, aliases, clause=True)
    acts_b = _acts(b, when_b.spans, aliases, clause=True)
    return bool(acts_a and acts_b) and not acts_a & acts_b


@lru_cache(maxsize=TEXT_CACHE)
def _acts(
    text: str, spans: tuple[tuple[int, int], ...], aliases: Aliases, clause: bool = False
) -> frozenset[str]:
    """Lemmas of the finite verbs within ACT_WINDOW words of any of `spans` (offsets into
    fold(text)); with `clause`, also the verb of each span's clause further off (`_clause_act`)."""
    words = folded_words(text)
    raw = written_as(text)  # a capital tells a name ("Alfred") from a verb ("alerted")
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
            if word.lower() == "control" and (previous or "").lower() == "under":
                # "got the fire under control around 5 a.m.": an act without a verb of its
                # own, the one "was controlled" names; not the outbreak's hour.
                found.update(tokens(word, aliases))
                continue
            if word.lower() in AUXILIARIES or not is_finite_verb(word, previous=previous):
                continue
            if _of_a_date(words, k):
                continue
            if _conjoined_noun(words, k):
                continue  # "with search and rescue teams": "rescue" is a noun, as "search" is
            if k < inside[0] and _in_closed_relative(text, words, k, inside[0]):
                continue  # "the friend whom he knew from school, at about 3:30 p.m.": not the act timed
            found.update(tokens(word, aliases))
        if clause:
            found.update(_clause_act(text, words, raw, inside[0], aliases))
    return frozenset(found)


_CLAUSE_BREAK = re.compile(r"[,;:—()]")
RELATIVE_REACH = 3  # words back from a verb to the pronoun that opens its relative clause


def _in_closed_relative(text: str, words: Sequence[tuple[int, int, str]], k: int, first: int) -> bool:
    """Whether the verb words[k] stands in a relative clause ("whom the deputy knew") that a
    comma closes before words[first], the value's first word."""
    opened = any(w in RELATIVE_PRONOUNS for _, _, w in words[max(0, k - RELATIVE_REACH) : k])
    return opened and bool(_CLAUSE_BREAK.search(fold(text), words[k][1], words[first][0]))


# Words that open a clause of their own: a verb before them is not the act a date after them dates.
_CLAUSE_OPENERS = RELATIVE_PRONOUNS | frozenset(
    "that because when while where after before since as if and but".split()
)
_GERUND = re.compile(r"[a-z]{2,}[^aeiou\W]ing")


def _clause_act(
    text: str, words: Sequence[tuple[int, int, str]], raw: Sequence[str] | None, first: int, aliases: Aliases
) -> frozenset[str]:
    """The finite verb of the clause words[first] stands in, however far before it: the act a
    date at the end of a long predicate dates ("checked into the Acme Center rehab facility
    late Thursday"). A comma, a dash or a word that opens a clause ends the search ("a suspect
    in a shooting that occurred Monday"); so does a verb's -ing form, whose act the date is of
    ("convicted of murdering a deputy in June 2005"), and which has no lemma of its own here."""
    folded = fold(text)
    for k in range(first - 1, -1, -1):
        if _CLAUSE_BREAK.search(folded, words[k][1], words[k + 1][0]):
            return frozenset()
        word = words[k][2] if raw is None else raw[k]
        lowered = word.lower()
        previous = (words[k - 1][2] if raw is None else raw[k - 1]) if k else None
        if lowered in _CLAUSE_OPENERS and not _joins_ordinals(words, k):
            return frozenset()
        if lowered == "of" and _event_named(words, k):
            # "indicted in the shooting death of Ann Lee on April 3": the date may be the
            # shooting's or the indictment's. Read as an act of its own, the noun's, which only
            # the same noun's date shares: no conflict with "indicted Friday", nor with "shot
            # on Tuesday" (a caption's "charged in the shooting of an officer on Wednesday").
            return frozenset(f"{NOUN_ACT}{t}" for t in tokens(words[k - 1][2], aliases))
        if lowered in REPORTING_VERBS or lowered in AUXILIARIES or _of_a_date(words, k):
            continue
        if (
            _GERUND.fullmatch(lowered)
            and lowered not in PREPOSITIONS  # "during"
            and (previous or "").lower() not in _DETERMINERS
            and not _ing_noun(lowered, (previous or "").lower(), aliases)
        ):
            return frozenset()
        if is_finite_verb(word, previous=previous) and not _conjoined_noun(words, k):
            return frozenset(tokens(word, aliases))
    return frozenset()


def _ing_noun(word: str, previous: str, aliases: Aliases) -> bool:
    """Whether a word in -ing is a noun, not a verb's -ing form: its lemma is itself ("the
    factory building at 10 am", "Friday morning"), and no preposition makes it an act ("of
    bombing a clinic in 1998")."""
    return tokens(word, aliases) == (word,) and previous not in PREPOSITIONS


_ORDINAL_WORD = re.compile(
    r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+"
)


def _joins_ordinals(words: Sequence[tuple[int, int, str]], k: int) -> bool:
    """Whether words[k] ("and", "or") joins two ordinals or numbers inside a noun phrase ("on
    the fifth and sixth floors"), not two clauses."""
    if not 0 < k < len(words) - 1 or words[k][2] not in ("and", "or"):
        return False
    return all(_ORDINAL_WORD.fullmatch(words[j][2].strip(".,;:")) for j in (k - 1, k + 1))


def _of_a_date(words: Sequence[tuple[int, int, str]], k: int) -> bool:
    """Whether words[k] is "last" before a word of when: "last Friday", "last week" (no act)."""
    return words[k][2] == "last" and k + 1 < len(words) and words[k + 1][2] in _WHEN_WORDS


EVENT_NOUN_REACH = 3  # words back from an event noun to its determiner: "the fatal shooting death"


def _event_named(words: Sequence[tuple[int, int, str]], of: int) -> bool:
    """Whether the "of" at words[of] follows a noun that names an event, with a determiner
    before it ("the shooting of", "his fatal shooting death of"): what the phrase's date dates."""
    if of < 2 or words[of - 1][2] not in EVENT_NOUNS:
        return False
    return any(w in _DETERMINERS for _, _, w in words[max(0, of - 1 - EVENT_NOUN_REACH) : of - 1])


def _conjoined_noun(words: Sequence[tuple[int, int, str]], k: int) -> bool:
    """Whether words[k] is joined by "and"/"or" to a word right after a preposition ("with
    search and rescue"): a noun like it, whatever else it could be."""
    if k < 3 or words[k - 1][2] not in ("and", "or"):
        return False
    return words[k - 3][2] in PREPOSITIONS and not is_finite_verb(words[k - 2][2], previous=words[k - 3][2])


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
    if _wished(negated):
        return None  # "to ensure such accidents do not take place in future": a wish, no denial
    if similarity < NEGATION_MIN_SIMILARITY:
        phrase = _negated_phrase(negated, aliases)
        return (cue_a, cue_b) if len(phrase) == NEGATED_PHRASE and _states(other, phrase, aliases) else None
    word = _negated_word(negated, aliases)
    if word and word not in tokens(other, aliases):
        return None
    if word and _negates_a_verb(negated) and not _states(other, (word,), aliases):
        return None  # "the cause has not been determined" / "trying to determine the cause"
    stated = _spans_of(other, word, aliases) if word else ()
    if word and not share_an_anchor(negated, _spans_of(negated, word, aliases), other, stated, aliases):
        return None  # "results have not been released" / "he was released on bail": another release
    if stated and all(_in_aside(other, start) for start, _ in stated):
        return None  # "Lee, who was later released on bail, gave a sample": told by the way, of another thing
    return cue_a, cue_b


# Words before a negation that make it a wish or a purpose, not a denial of what happened: "to
# ensure such incidents do not take place in future", "so that it never happens again".
_WISHED = re.compile(
    r"\b(?:ensure|ensuring|make sure|making sure|so that|in order that|hope|hoped|hopes|pledged?|vowed?)\b"
)


def _wished(text: str) -> bool:
    """Whether a wish or a purpose (`_WISHED`) stands before the first negation of `text`."""
    folded = fold(text)
    found = _NEGATION.search(folded)
    return found is not None and _WISHED.search(folded, 0, found.start()) is not None


# `match` at the comma: no "^"
_ASIDE_OPENING = re.compile(rf"\s*(?:{'|'.join(sorted(RELATIVE_PRONOUNS))})\b")


def _in_aside(text: str, start: int) -> bool:
    """Whether offset `start` of fold(text) stands in a relative clause between commas ("Lee,
    who was booked and later released on bail, gave a sample"): said by the way, of the
    person or thing before it, not what the claim asserts."""
    folded = fold(text)
    opening = max(folded.rfind(",", 0, start), folded.rfind(";", 0, start))
    return opening >= 0 and bool(_ASIDE_OPENING.match(folded, opening + 1)) and "," in folded[start:]


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
_FUNCTION_WORDS = STOP_WORDS | AUXILIARIES  # words after a negation that are not what it negates


def _negates_a_verb(text: str) -> bool:
    """Whether the first content word after the negation is a verb ("not been determined"),
    rather than a thing ("no fire")."""
    cue, after = _after_negation(text)
    if not cue or cue in _NOUN_NEGATIONS:
        return False
    for word in (w.strip('.,;:!?"') for w in after.split()):
        if word and word not in _FUNCTION_WORDS:  # "": a lone quotation mark or full stop
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
    if '"' not in claim.text and "“" not in claim.text:  # no quotation mark: _QUOTED finds nothing
        return claim.text if claim.quote else None
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
    if f" {words_a} " in f" {words_b} " or f" {words_b} " in f" {words_a} ":
        # One source quotes more of the remark ("… for the history books because …"), unless a
        # word inside it is another form of the word ("his fellow officer" / "officers").
        return _misquoted(qa, qb)
    # One quotation worded two ways shares most of its words; two different remarks of one
    # speaker (a mayor quoted on the fire, then on the budget) are no conflict.
    alike = fuzz.ratio(words_a, words_b)
    if alike >= SAME_QUOTE:
        return _misquoted(qa, qb)
    if alike < SAME_REMARK:
        return None
    return differing_words(qa, qb, aliases)


# Words English writes two ways, one meaning: a quotation with either is quoted alike.
_ONE_WORD = {
    f"{w}s": w
    for w in ("toward", "afterward", "backward", "forward", "upward", "downward", "onward", "inward")
} | {"amongst": "among", "amidst": "amid", "whilst": "while"}
_SURFACE_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_EDITED = re.compile(r"\[|\.\.\.|…")  # "[He] said", "… and then": an editor's cut or word


def _misquoted(a: str, b: str) -> tuple[str, str] | None:
    """The words that differ inside one remark quoted twice, as written, where its lemmas read
    the same ("a split-second decision" / "split second decisions", "what we are" / "what we
    were"): a quotation is the speaker's very words. Where one side quotes more, the words past
    the other's ends are not compared; where an editor cut or added to it ("…", "[…]"), nothing is."""
    if _EDITED.search(a) or _EDITED.search(b):
        return None
    words_a = [_ONE_WORD.get(w, w) for w in _SURFACE_WORD.findall(fold(a))]
    words_b = [_ONE_WORD.get(w, w) for w in _SURFACE_WORD.findall(fold(b))]
    opcodes = SequenceMatcher(None, words_a, words_b, autojunk=False).get_opcodes()
    ends = {0, len(opcodes) - 1}
    # At either end, a stretch only one side quotes is the remark quoted at more length.
    inner = [op for k, op in enumerate(opcodes) if op[0] == "replace" or (op[0] != "equal" and k not in ends)]
    if not inner:
        return None
    said_a = " ".join([w for _, i1, i2, _, _ in inner for w in words_a[i1:i2]][:MAX_SAYS_WORDS])
    said_b = " ".join([w for _, _, _, j1, j2 in inner for w in words_b[j1:j2]][:MAX_SAYS_WORDS])
    if said_a and said_b and same_name(said_a, said_b):
        return None  # "data center" / "datacenter", "colour" / "color": one word written two ways
    return said_a, said_b


def differing_words(a: str, b: str, aliases: Aliases) -> tuple[str, str]:
    """What each side says that the other does not, as the words appear."""
    ta, tb = token_set(a, aliases), token_set(b, aliases)
    return _words_outside(a, ta, tb, aliases), _words_outside(b, tb, ta, aliases)


def _words_outside(text: str, own: frozenset[str], other: frozenset[str], aliases: Aliases) -> str:
    """The words of `text` whose tokens `other` lacks. A piece the whole text reads as no word
    of its own (the "p" and "m" of "3:10 p. m.", the "d" of "she’ d") is no word it says.
    (A word of a phrase the aliases join, "North" of "North Korea", is still shown.)"""
    kept: list[str] = []
    for word in written_words(text):
        normal = word_tokens(word, aliases)
        fragment = len(word) == 1 and not normal <= own
        if normal and not fragment and not normal <= other and word not in kept:
            kept.append(word)
    return " ".join(kept[:MAX_SAYS_WORDS])
