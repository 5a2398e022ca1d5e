"""When a later report revises a figure: "the death toll rose to 14" after "12 people died" is
the story moving on, not two sources contradicting each other. So is a later report of what an
earlier one said had not happened yet ("results have not been released" / "were released
Wednesday", a week on).

A toll moves on too: the dead, injured or missing of an unfolding event are counted again as
the days pass, and a later article's higher toll ("six people died", a day after "four people
died") is the count moving on, not a contradiction, for TOLL_DAYS days; so are two tolls of
one day, either of which may be the later count. Lower later, or told weeks apart, two tolls
are still a conflict to look at.

A figure its own report marks as provisional ("so far", "initially reported", "initial reports
said") is not the last word either: another source's other figure is the count moved on.

A figure is revised when its own sentence says it changed, with the change words right before
it ("rose to 14", "was revised down to 9", "now stands at 14"), the direction fits ("rose" to
more, "fell" to fewer), and its article is not older than the other's (by the date it was
published, or updated where the page says so). A page's modification date alone makes no
revision: content systems stamp every edit, and a figure that differs without saying it
changed is still a conflict to look at.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable

from crosscheck import quantities
from crosscheck.lexicon import WEEKDAYS
from crosscheck.normalize import fold

_CHANGED = re.compile(
    r"\b(?:(?P<up>rose|rises|rising|risen|climbed|climbs|increased|jumped|grew|grown|swelled|mounted|raised|raising)"
    r"|(?P<down>fell|falls|fallen|dropped|decreased|declined|lowered|reduced)"
    r"|(?P<either>revised|updated|corrected|changed)(?:\s+(?:up|down)(?:wards?)?)?)"
    # "raising the death toll of the disaster to 301": what rose, between the verb and its figure
    r"(?:\s+the\s+(?:[a-z]+\s+)?(?:toll|number|count)(?:\s+of\s+the\s+[a-z]+)?)?\s+(?:to|at)\s+$"
    r"|\b(?P<now>now stands at|now stood at|now at|has now reached|now totals|now numbers)\s+$"
)


def revised(a: str, a_says: str, a_date: str | None, b: str, b_says: str, b_date: str | None) -> bool:
    """Whether one side's figure (`a_says` in claim `a`, `b_says` in `b`) revises the other's:
    it says it changed, in the direction it moved, in an article no older than the other's
    (ISO dates, where known)."""
    sides = ((a, a_says, a_date), (b, b_says, b_date))
    for (text, says, date), (other, other_says, other_date) in (sides, sides[::-1]):
        figure, earlier = quantities.quoted(text, says), quantities.quoted(other, other_says)
        if figure is None or earlier is None:
            continue
        change = _change_before(text, figure.start)
        if change is None:
            continue
        if date and other_date and date < other_date:
            continue  # the older report cannot revise the newer one
        if change["up"] and figure.value <= earlier.value:
            continue
        if change["down"] and figure.value >= earlier.value:
            continue
        return True
    return False


# Words by which a report marks its own figure as not the last word: "23 bodies have been
# recovered so far", "officials initially reported that nine people had died", "initial reports
# said 173 passengers", "a preliminary count", "the latest information is that 24 are dead"
# (a count still moving), "Earlier, police had put the toll at 68". Another source's other
# figure is then the count moving on, or settled, not a contradiction.
_PROVISIONAL = re.compile(
    r"\b(?:so far|as of now|thus far|initially|at first|first reported|preliminary|provisional"
    r"|originally (?:reported|put|given|said|estimated)"  # not "originally from Essex"
    r"|(?:initial|early|earlier|first|latest) (?:reports?|counts?|estimates?|figures?|information|tolls?))\b"
    # "Earlier, police had put the toll at 68": what was said before the report's own figure
    r"|^(?:earlier|originally)\b"
)


def provisional(text: str, attribution: str | None = None) -> bool:
    """Whether a claim (its text, or the frame it is attributed in) marks its figures as
    provisional or superseded (`_PROVISIONAL`)."""
    return bool(_PROVISIONAL.search(fold(text)) or (attribution and _PROVISIONAL.search(fold(attribution))))


def changed_before(text: str, start: int) -> bool:
    """Whether words saying a figure changed stand just before offset `start` of fold(text)."""
    return _change_before(text, start) is not None


def _change_before(text: str, start: int) -> re.Match[str] | None:
    return _CHANGED.search(fold(text), 0, start)


# A denial of a state so far, which the story may move past: "has not been released", "had not
# yet been charged", "not yet known", "still not found".
_NOT_YET = re.compile(r"\b(?:(?:has|have|had)\s+not|hasn't|haven't|hadn't|not\s+yet|still\s+not)\b")


def happened_since(denial: str, denial_date: str | None, assertion_date: str | None) -> bool:
    """Whether a claim that denies something so far ("results have not been released") is from
    an article older than the one that asserts it ("were released Wednesday"): not two sources
    at odds, but the story moving on. Both articles must be dated."""
    older = bool(denial_date and assertion_date and denial_date < assertion_date)
    return older and _NOT_YET.search(fold(denial)) is not None


TOLL_DAYS = 7  # how long after the first report a toll is still being counted


def toll_rose(
    a_value: float, a_date: str | None, b_value: float, b_date: str | None, *, either_way: bool = False
) -> bool:
    """Whether two tolls may be one count told as it moved on: of the same day (either may be
    the later), or the later article's (ISO dates) the higher, within TOLL_DAYS days; or, for a
    count that moves `either_way` (the missing, found or newly reported), the later one."""
    if not a_date or not b_date:
        return False
    days = (dt.date.fromisoformat(b_date[:10]) - dt.date.fromisoformat(a_date[:10])).days
    if days < 0:
        days, a_value, b_value = -days, b_value, a_value
    # The same day, either may be the later count: an unfolding toll, told twice.
    return days == 0 or (days <= TOLL_DAYS and (either_way or b_value > a_value))


# An undated article is told later than another by the days it names: coverage of an event on
# a Friday that names "Saturday" was written at least a day later than one that names only
# "Friday". The event's day is the weekday the articles name most; a day named up to MAX_LAG
# days after it dates the report that late at the earliest (a day named four or more after it is
# more likely a day before the event: "on Thursday" in coverage of a Friday crash). The event's
# date is that weekday on or before the first dated article; with no dated article, any day
# serves, for undated reports are then compared only with each other.
MAX_LAG = 3
_WEEKDAY = re.compile(
    r"\b(" + "|".join(sorted(name for name in WEEKDAYS if name.endswith("day"))) + r")\b", re.IGNORECASE
)
_ANY_DAY = dt.date(2001, 1, 1)


def told_dates(articles: Iterable[tuple[str, str, str | None]]) -> dict[str, str]:
    """For each undated article of (source, text, date or None): the earliest date it can have
    been told, by the latest weekday it names within MAX_LAG days of the event's; articles that
    name no such day are left out."""
    articles = list(articles)
    if all(date for _, _, date in articles):
        return {}  # most corpora: every article dated
    named, dated = {}, []
    for source, text, date in articles:
        # Read from the text as written: folding caches what it folds, and articles are long.
        days = {WEEKDAYS[m.lower()] for m in _WEEKDAY.findall(text)}
        if date:
            dated.append(date[:10])
        if days:
            named[source] = (days, date)
    undated = {source: days for source, (days, date) in named.items() if not date}
    if not undated or (not dated and len(undated) < 2):
        return {}
    votes = Counter(day for days, _ in named.values() for day in days)
    event_day = min(votes, key=lambda day: (-votes[day], day))
    first = dt.date.fromisoformat(min(dated)) if dated else _ANY_DAY
    event = first - dt.timedelta(days=(first.weekday() - event_day) % 7)
    told = {}
    for source, days in undated.items():
        after = [(day - event_day) % 7 for day in days if (day - event_day) % 7 <= MAX_LAG]
        if after:
            told[source] = (event + dt.timedelta(days=max(after))).isoformat()
    return told
