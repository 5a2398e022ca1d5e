"""When a claim says something happened: dates, weekdays, clock times, and
timing relative to another event ("during", "shortly before", "after").

Weekdays and relative days ("on Wednesday", "yesterday") are resolved against
the article's publication date when it is known, as a news reader would.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from crosscheck.lexicon import MONTHS, TIME_ZONES, WEEKDAYS
from crosscheck.normalize import NUMBER_WORDS, TEXT_CACHE, fold

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# Full names only: "sat", "sun" and "wed" are ordinary words too.
_DAY_NAME = "|".join(sorted((d for d in WEEKDAYS if len(d) > 5), key=len, reverse=True))
_MONTH_DAY = re.compile(
    rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"
)
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})\b\.?(?:,?\s+(?P<year>\d{{4}}))?"
)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_WEEKDAY = re.compile(rf"\b(?P<weekday>{_DAY_NAME})\b")
_RELATIVE_DAY = re.compile(r"\b(?P<rel>yesterday|today|tomorrow)\b")
# A day told from the story's own last-named day, not from the publication date: "fell on
# Saturday … could not be rescued until the next morning", "on Tuesday … where, the night
# before, a group rampaged". "The day before" and "the day after" only where nothing follows
# them: "the day before his murder", "the night before she was to testify" count from another
# moment, which the words after them name.
_PART_OF_DAY = r"(?:day|morning|afternoon|evening|night)"
_NARRATIVE_DAY = re.compile(
    rf"\bthe (?P<step>next|following|previous) {_PART_OF_DAY}\b"
    rf"|\bthe (?:day|night) (?P<side>after|before)(?=\s*(?:[,.;:!?)]|$))"
    rf"|\b(?:later |earlier )?that (?:morning|afternoon|evening|night)\b"
)
_NARRATIVE_STEP = {"next": 1, "following": 1, "after": 1, "previous": -1, "before": -1}
# "Her lawyer said Thursday the actress checked in": the day of the saying, not of what is
# told. Such a day is no date of the claim's fact.
_SAID_ON = re.compile(r"\b(?:said|says|told [a-z]+)\s+(?:on\s+|late\s+|early\s+)?$")
_CLOCK_BOUND = (
    r"(?:(?P<bound>shortly after|just after|soon after|after|past|shortly before|just before|before|by|until"
    r"|about|around|approximately|roughly|nearly|almost|some)\s+)?"
)
_CLOCK = re.compile(
    # "7:40 pm", and "7.40 pm" as British and Indian copy writes it; never the "40 pm" of either
    _CLOCK_BOUND
    + r"(?:(?<![\d.:])\b(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>a\.?m\.?|p\.?m\.?)(?!\w)"
    r"|\b(?P<h24>\d{1,2}):(?P<m24>\d{2})\b"
    r"|\b(?P<noon>noon)\b"  # not "midnight": the day it ends is the day after, or the day before
    # "1815 GMT", "at around 1000 hrs" (not "1000 hours", which may be a duration)
    r"|\b(?P<hmil>[01]\d|2[0-3])(?P<mmil>[0-5]\d)(?=\s*(?:gmt|utc|[ecmp][sd]t|hrs)\b))"
    rf"(?:\s*(?P<zone>{'|'.join(sorted(TIME_ZONES, key=len, reverse=True))})\b)?"  # a zone it names
)
# Hours from UTC of the zones news copy names most ("2:15 p.m. EDT" is 18:15 GMT).
ZONES = TIME_ZONES
# The stretch of the day a clock time with a bound word allows, in minutes before and after it.
CLOCK_SPANS = {
    "=": (0, 0),
    "~": (7, 7),  # "about 3:10" and "about 3:30" are two times
    "shortly after": (0, 30), "just after": (0, 30), "soon after": (0, 30), "after": (0, 360),
    "past": (0, 360),  # "past noon"
    "shortly before": (30, 0), "just before": (30, 0), "before": (360, 0), "by": (720, 0), "until": (720, 0),
}  # fmt: skip


ROUND_CLOCK = 15  # minutes: a time on the quarter hour may be rounded ...
ROUNDING = 5  # ... by this many minutes either way
# A time on the hour, stated or about ("at 3 a.m.", "around 5 a.m."), may be rounded from as far
# as a quarter past or a quarter to: "3 a.m." and "around 3:15 a.m." tell one outbreak. Half an
# hour apart is two times ("about 1 a.m." / "approximately 1:30 a.m.").
ROUNDING_TO_THE_HOUR = 15
_AT = frozenset("=~")  # bounds that state a time itself: "3 a.m.", "about 3 a.m."


@dataclass(frozen=True, slots=True)
class Clock:
    """A clock time as stated: minutes after midnight, the bound word, the zone (if any)."""

    minutes: int
    bound: str  # a key of CLOCK_SPANS
    zone: str | None

    @property
    def text(self) -> str:
        return f"{self.minutes // 60:02d}:{self.minutes % 60:02d}"

    def at(self, *, in_utc: bool) -> int:
        """Minutes after midnight, in UTC where `in_utc` and the time gives its zone (at the
        zone's standard hour, for a zone that may be on summer time: "ET")."""
        return self.minutes - ZONES[self.zone][0] * 60 if in_utc and self.zone else self.minutes

    def span(self, *, in_utc: bool) -> tuple[int, int]:
        before, after = CLOCK_SPANS[self.bound]
        if self.bound in _AT and self.minutes % 60 == 0:
            before = after = ROUNDING_TO_THE_HOUR
        elif self.bound == "=" and self.minutes % ROUND_CLOCK == 0:
            before = after = ROUNDING  # "3:30" may be a rounded 3:33
        offsets = ZONES[self.zone] if in_utc and self.zone else (0,)
        return self.minutes - max(offsets) * 60 - before, self.minutes - min(offsets) * 60 + after


RELATIONS = (
    ("shortly before", "before"),
    ("just before", "before"),
    ("ahead of", "before"),
    ("prior to", "before"),
    ("before", "before"),
    ("shortly after", "after"),
    ("following", "after"),
    ("after", "after"),
    ("during", "during"),
    ("while", "during"),
    ("amid", "during"),
    ("in the middle of", "during"),
)
RELATION_PATTERN = re.compile(r"\b(" + "|".join(re.escape(r) for r, _ in RELATIONS) + r")\b")


@dataclass(frozen=True, slots=True)
class Timing:
    """What a claim says about when. Each field is None when the claim does not say."""

    dates: tuple[str, ...] = ()  # "2023-09-13"; "--09-13" with no year; "~2023-09-13", year guessed
    months: tuple[str, ...] = ()  # months named without a day: "2007-04"; "--04"; "~2007-04"
    weekdays: tuple[int, ...] = ()  # 0 = Monday, for weekdays that could not be resolved
    clocks: tuple[Clock, ...] = ()  # "about 3 p.m." → Clock(900, "~", None)
    relations: tuple[str, ...] = ()  # "before", "after", "during"
    years: tuple[tuple[int, int], ...] = ()  # years said alone, as ranges: "in 2010", "the 1930s"
    spans: tuple[tuple[int, int], ...] = ()  # where dates, weekdays and clock times stand in the folded text
    last: str = ""  # the day named last in the text, a day a narrative day after it counts from
    told: tuple[str, ...] = ()  # the days among `dates` counted from the story's own ("the next morning")


_NO_TIMING = Timing()
_ANY_TIMING = re.compile(
    rf"\d|\b(?:{_MONTH}|{_DAY_NAME}|yesterday|today|tomorrow|year|month|"
    + "|".join(re.escape(r) for r, _ in RELATIONS)
    + r")\b"
)


def _quoted(folded: str, offset: int) -> bool:
    """Whether `offset` stands inside a quotation ("how many kids did you kill today", a
    chant): a speaker's "today" is the day of speaking, or of no day at all, not the
    publication date's. Quotation marks are plain once folded."""
    return folded.count('"', 0, offset) % 2 == 1


TimingKey = tuple[str, str | None, str | None]  # `timing`'s text, published and day

# Each claim's timing, read in another process and handed over (`learn`): the extraction
# workers read every claim's dates for its pairing keys, and the comparison workers (forked
# from the parent) read them again for the claims they compare, 5 % of the comparison. A dict
# in front of the cache, as `words` keeps its lemmas; bounded as the lemmas are.
_HANDED: dict[TimingKey, Timing] = {}
MAX_HANDED = 1 << 18


def timing(text: str, *, published: str | None = None, day: str | None = None) -> Timing:
    """When `text` says things happened, weekdays and relative days read against the
    publication date (`published`), and a narrative day ("the next morning") against `day`,
    the day its article named last before it (`narrative_days`), unless the text names one
    before it itself."""
    handed = _HANDED.get((text, published, day))
    return _read_timing(text, published, day) if handed is None else handed


def learn(found: Iterable[tuple[TimingKey, Timing]]) -> None:
    """Know these timings, which another process read (`timing`)."""
    for key, read in found:
        if len(_HANDED) >= MAX_HANDED:
            break
        _HANDED.setdefault(key, read)


@lru_cache(maxsize=TEXT_CACHE)
def _read_timing(text: str, published: str | None, day: str | None) -> Timing:
    folded = fold(text)
    if not _ANY_TIMING.search(folded) and not (day and _NARRATIVE_DAY.search(folded)):
        return _NO_TIMING  # most claims say nothing about when: skip the date patterns
    pub = _parse_iso(published)
    spans: list[tuple[int, int]] = []
    placed = _calendar_dates(folded, pub, spans)  # (where, day), so narrative days know the day before them
    dates = [value for _, value in sorted(placed)]
    months = _months(folded, pub, spans)
    weekdays: list[int] = []
    for match in _WEEKDAY.finditer(folded):
        if _SAID_ON.search(folded, 0, match.start()):
            continue
        spans.append(match.span())
        weekday = WEEKDAYS[match["weekday"]]
        if pub is not None:
            dates.append(_last_weekday(pub, weekday).isoformat())
            placed.append((match.start(), dates[-1]))
            if (weekday - pub.weekday()) % 7 == 1:
                # The day after the date line: six days back, or the story updated (or looking
                # ahead) the next day, as articles dated at their first edition often are.
                dates.append((pub + dt.timedelta(days=1)).isoformat())
        else:
            weekdays.append(weekday)
    if pub is not None:
        offsets = {"yesterday": -1, "today": 0, "tomorrow": 1}
        for match in _RELATIVE_DAY.finditer(folded):
            if _SAID_ON.search(folded, 0, match.start()) or _quoted(folded, match.start()):
                continue
            spans.append(match.span())
            dates.append((pub + dt.timedelta(days=offsets[match["rel"]])).isoformat())
            placed.append((match.start(), dates[-1]))
    told_days: list[str] = []
    for match in _NARRATIVE_DAY.finditer(folded):
        before = [value for where, value in sorted(placed) if where < match.start()]
        told = _day_from(
            before[-1] if before else day, _NARRATIVE_STEP.get(match["step"] or match["side"], 0)
        )
        if told is None or _SAID_ON.search(folded, 0, match.start()) or _quoted(folded, match.start()):
            continue
        spans.append(match.span())
        dates.append(told)
        placed.append((match.start(), told))
        told_days.append(told)
    relations = tuple(dict.fromkeys(dict(RELATIONS)[m.group(1)] for m in RELATION_PATTERN.finditer(folded)))
    clocks = clock_times(folded, spans)
    years = _years(folded, pub, spans)
    return Timing(
        years=tuple(dict.fromkeys(years)),
        dates=tuple(dict.fromkeys(dates)),
        months=tuple(dict.fromkeys(months)),
        weekdays=tuple(dict.fromkeys(weekdays)),
        clocks=tuple(dict.fromkeys(clocks)),
        relations=relations,
        spans=tuple(sorted(spans)),
        last=max(placed)[1] if placed else "",
        told=tuple(dict.fromkeys(told_days)),
    )


def _day_from(day: str | None, step: int) -> str | None:
    """The day `step` days from `day` ("2013-09-14", or "~2013-09-14" with its year guessed,
    which stays a guess); None where there is no day, or none with a year to count in."""
    if not day or day.startswith("--"):
        return None
    guess = "~" if day.startswith("~") else ""
    return guess + (dt.date.fromisoformat(day.lstrip("~")) + dt.timedelta(days=step)).isoformat()


def narrative_days(texts: Sequence[str], published: str | None) -> list[str | None]:
    """For each of one article's texts, in reading order, the day the article named last
    before it, where the text tells a narrative day (`_NARRATIVE_DAY`: "the next morning"),
    else None: what `timing(text, day=…)` counts that day from."""
    days: list[str | None] = []
    last: str | None = None
    for text in texts:
        told = last if _NARRATIVE_DAY.search(fold(text)) else None
        days.append(told)
        last = timing(text, published=published, day=told).last or last
    return days


# A month named without a day: with its year ("in April 2007", "April, 2007"), after a word
# that dates by it ("in March", "by the end of January", "since May"; "may" and "march" alone
# are a verb as often), or relative to the publication date ("last month").
_MONTH_YEAR = re.compile(rf"\b(?P<month>{_MONTH})\.?,?\s+(?P<year>1[89]\d\d|20\d\d)\b")
_MONTH_ALONE = re.compile(
    rf"\b(?:in|since|by|until|till|through|during|from|early|late|mid|(?:end|start|beginning|middle) of)"
    rf"-?\s+(?P<month>{_MONTH})\b\.?(?!\s*\d)"
)
_RELATIVE_MONTH = re.compile(r"\b(?P<which>last|this|next) month\b")


def _months(folded: str, pub: dt.date | None, spans: list[tuple[int, int]]) -> list[str]:
    """Months named outside full dates (after `_calendar_dates`, whose spans they skip, as
    each month found is skipped by the next pattern)."""
    found: list[tuple[int, str]] = []
    for pattern in (_MONTH_YEAR, _MONTH_ALONE):
        for match in pattern.finditer(folded):
            if any(start <= match.start("month") < end for start, end in spans):
                continue  # the month of "June 24, 2005": part of a full date
            month = MONTHS[match["month"]]
            if "year" in pattern.groupindex:
                value = f"{int(match['year']):04d}-{month:02d}"
            else:  # a year from the publication date is a guess, as for days
                value = f"~{pub.year:04d}-{month:02d}" if pub else f"--{month:02d}"
            found.append((match.start(), value))
            spans.append(match.span())
    if pub is not None:
        for match in _RELATIVE_MONTH.finditer(folded):
            shift = {"last": -1, "this": 0, "next": 1}[match["which"]]
            year, month = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
            found.append((match.start(), f"{year:04d}-{month + 1:02d}"))
            spans.append(match.span())
    return [value for _, value in sorted(found)]


_YEAR_ALONE = re.compile(r"\b(?P<year>1[89]\d\d|20\d\d)(?P<decade>'?s)?\b(?![-,.]?\d)")
_RELATIVE_YEAR = re.compile(r"\b(?P<which>last|this|next) year\b")


def _years(folded: str, pub: dt.date | None, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Years named outside full dates: "in 2010" → (2010, 2010), "the 1930s" → (1930, 1939),
    and "last year" when the publication date is known."""
    inside = list(spans)
    found: list[tuple[int, int]] = []
    for match in _YEAR_ALONE.finditer(folded):
        if any(start <= match.start() < end for start, end in inside):
            continue  # the year of "June 24, 2005": part of a full date
        year = int(match["year"])
        if match["decade"] and year % 10 == 0:
            found.append((year, year + 9))
        else:
            found.append((year, year))
        spans.append(match.span())
    if pub is not None:
        for match in _RELATIVE_YEAR.finditer(folded):
            year = pub.year + {"last": -1, "this": 0, "next": 1}[match["which"]]
            found.append((year, year))
            spans.append(match.span())
    return found


def _calendar_dates(folded: str, pub: dt.date | None, spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Each calendar date in `folded`, with where it starts."""
    found: list[tuple[int, str]] = []
    for pattern in (_MONTH_DAY, _DAY_MONTH, _ISO):
        for match in pattern.finditer(folded):
            month = int(match["month"]) if match["month"].isdigit() else MONTHS[match["month"]]
            day = int(match["day"])
            year = int(match["year"]) if match["year"] else (pub.year if pub else None)
            if not _is_day(year or LEAP_YEAR, month, day):
                continue  # "February 30", "2023-13-01": a typo or no date, never a day to compare
            # A year taken from the publication date is a guess ("ends January 31" in a July
            # article means next year): marked "~", it is checked against weekdays only.
            guess = "~" if year and not match["year"] else ""
            value = f"{guess}{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
            found.append((match.start(), value))
            spans.append(match.span())
    return found


LEAP_YEAR = 2000  # a day with no year may be 29 February


def _is_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


_APPROXIMATE = frozenset({"about", "around", "approximately", "roughly", "nearly", "almost", "some"})


def clock_times(folded: str, spans: list[tuple[int, int]] | None = None) -> list[Clock]:
    result = []
    for match in _CLOCK.finditer(folded):
        if spans is not None:
            spans.append(match.span())
        if match["noon"]:
            hour, minute = 12, 0
        elif match["h24"] or match["hmil"]:
            hour, minute = int(match["h24"] or match["hmil"]), int(match["m24"] or match["mmil"])
        else:
            hour, minute = int(match["hour"]) % 12, int(match["minute"] or 0)
            if match["half"].startswith("p"):
                hour += 12
        if hour < 24 and minute < 60:
            bound = match["bound"] or "="
            result.append(Clock(hour * 60 + minute, "~" if bound in _APPROXIMATE else bound, match["zone"]))
    return result


def _last_weekday(published: dt.date, weekday: int) -> dt.date:
    """'On Wednesday' in a story published on a Thursday is the day before."""
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def same_month(a: str, b: str) -> bool:
    """Whether a day or a month ("2007-03-20", "~2007-03", "--03") falls in a month; month
    only when either side lacks its year, or has it guessed."""
    month_a, month_b = a.lstrip("~")[:7], b.lstrip("~")[:7]
    if a[0] in "-~" or b[0] in "-~":
        return month_a[-2:] == month_b[-2:]
    return month_a == month_b


def _in_months(dates: Sequence[str], months: Sequence[str]) -> bool:
    return any(same_month(d, m) for d in dates for m in months)


def same_day(a: str, b: str) -> bool:
    """Compare month and day only when either side lacks the year."""
    if a[0] in "-~" or b[0] in "-~":
        return a[-5:] == b[-5:]
    return a == b


# Years further apart than this are no two accounts of one event's year, but two events: one
# the story measures itself by ("Turkey's worst mining disaster, in 1992"). Reporters who
# disagree on a year disagree by one or two.
EVENT_YEARS_APART = 10


def _gap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    """The fewest years between a range of `a` and one of `b`."""
    return min(max(x[0] - y[1], y[0] - x[1]) for x in a for y in b)


def _year_ranges(when: Timing) -> list[tuple[int, int]]:
    full = [int(d[:4]) for d in (*when.dates, *when.months) if d[0] not in "-~"]
    return [*when.years, *((year, year) for year in full)]


def _year_text(years: tuple[int, int]) -> str:
    return str(years[0]) if years[0] == years[1] else f"{years[0]}s"


# Each weekday by its full name ("thursday", not "thurs"), for what a report shows.
WEEKDAY_NAMES = {number: max((k for k, v in WEEKDAYS.items() if v == number), key=len) for number in range(7)}


def _shown(date: str) -> str:
    """A date or a month as a report shows it: a guessed year is left out ("~2023-09-13" →
    "--09-13")."""
    return "--" + date[6:] if date.startswith("~") else date


# A reporting period, named by its end or its fiscal year: "the four fiscal quarters ended July
# 31, 2007", "its first fiscal quarter, which will end Jan. 31", "fiscal 2008". Its dates label
# figures (a quarter's revenue), they are not days on which something happened.
_PERIOD = re.compile(
    r"\b(?:quarters?|year|period|months|weeks)\b,? (?:that |which )?(?:will )?(?:ended|ending|ends|end)\b"
    r"|\bfiscal (?:year )?(?:19|20)\d\d\b"
)


def dates_a_period(text: str) -> bool:
    """Whether `text` names a reporting period by its end or fiscal year (`_PERIOD`)."""
    return bool(_PERIOD.search(fold(text)))


def date_conflict(a: Timing, b: Timing) -> tuple[str, str] | None:
    """Two dates, two weekdays or two years of which no pair can be the same."""
    if a.years or b.years:
        ya, yb = _year_ranges(a), _year_ranges(b)
        if ya and yb and not _overlap(ya, yb):
            if _gap(ya, yb) > EVENT_YEARS_APART:
                return None  # "in 1992, a gas explosion killed 263" / "Tuesday's explosion": two events
            return _year_text(ya[0]), _year_text(yb[0])
    in_a, in_b = (*a.dates, *a.months), (*b.dates, *b.months)
    if in_a and in_b and _months_apart(in_a, in_b):
        return None  # "in September, a bus plunged …" / "late on Monday, 23 December": two events
    if a.dates and b.dates and not any(same_day(p, q) for p in a.dates for q in b.dates):
        return _shown(a.dates[0]), _shown(b.dates[0])
    # Months: two that differ, or a day in no month the other names ("convicted March 20" /
    # "found guilty in April 2007").
    if (a.months or b.months) and in_a and in_b and not _in_months(in_a, in_b):
        return _shown(in_a[0]), _shown(in_b[0])
    if a.weekdays and b.weekdays and not set(a.weekdays) & set(b.weekdays):
        return WEEKDAY_NAMES[a.weekdays[0]], WEEKDAY_NAMES[b.weekdays[0]]
    for dates, weekdays, flip in ((a.dates, b.weekdays, False), (b.dates, a.weekdays, True)):
        full = _full_dates(dates)
        if full and weekdays and not _on_weekday(full, weekdays):
            pair = (full[0], WEEKDAY_NAMES[weekdays[0]])
            return (pair[1], pair[0]) if flip else pair
    return None


# Each weekday by a short name, for pairing keys (`facts.day_keys`).
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def weekday_of(date: str) -> int:
    """The weekday (0 = Monday) of a date with a year, guessed or not ("~2023-09-13")."""
    return dt.date.fromisoformat(date.lstrip("~")).weekday()


# Reporters who disagree on one event's day disagree by a day or two, or on the month of a
# verdict ("convicted March 20" / "found guilty in April"), or mistype a year or a month and keep
# the day ("September 10, 2010" / "September 10, 2012"). Days or months further apart than a
# month are two events' or two acts' days, not one told two ways.
EVENT_MONTHS_APART = 2


def _months_apart(in_a: Sequence[str], in_b: Sequence[str]) -> bool:
    """Whether every day or month of `in_a` is EVENT_MONTHS_APART months or more from every one
    of `in_b` and shares no day of the month with it (a mistyped month or year keeps the day).
    Without a year on either side, months are counted round the calendar."""
    for p in in_a:
        for q in in_b:
            if _has_day(p) and _has_day(q) and p[-2:] == q[-2:]:
                return False  # "September 10, 2010" / "September 10, 2012", "March 3" / "April 3"
            (year_p, month_p), (year_q, month_q) = _year_month(p), _year_month(q)
            if year_p is None or year_q is None:
                gap = abs(month_p - month_q) % 12
                gap = min(gap, 12 - gap)
            else:
                gap = abs((year_p - year_q) * 12 + month_p - month_q)
            if gap < EVENT_MONTHS_APART:
                return False
    return True


def _has_day(date: str) -> bool:
    return len(date.lstrip("-~")) in (5, 10)  # "--03-20", "2005-06-20"; not "2007-04", "--04"


def _year_month(date: str) -> tuple[int | None, int]:
    """The year (None where not said: "--09-13") and month of a date or a month ("~2019-12")."""
    if date.startswith("--"):
        return None, int(date[2:4])
    year, month = date.lstrip("~").split("-")[:2]
    return int(year), int(month)


def _full_dates(dates: Sequence[str]) -> list[str]:
    """The dates that have a year, guessed or not ("~2023-09-13" → "2023-09-13")."""
    return [d.lstrip("~") for d in dates if not d.startswith("--")]


def _on_weekday(full: Sequence[str], weekdays: Sequence[int]) -> bool:
    return any(dt.date.fromisoformat(d).weekday() in weekdays for d in full)


def _overlap(ya: Sequence[tuple[int, int]], yb: Sequence[tuple[int, int]]) -> bool:
    return any(x[0] <= y[1] and y[0] <= x[1] for x in ya for y in yb)


def without_told(when: Timing) -> Timing:
    """`when` with only the days its writer gave: none counted from the story's own."""
    if not when.told:
        return when
    return replace(when, dates=tuple(d for d in when.dates if d not in when.told), told=())


def same_when(a: Timing, b: Timing) -> bool:
    """Whether both name one day: one date, one weekday, or a date on the other's weekday; or
    one month, or a day in the month the other names ("on March 20" / "last month")."""
    if any(same_day(p, q) for p in a.dates for q in b.dates) or set(a.weekdays) & set(b.weekdays):
        return True
    if (a.months or b.months) and _in_months((*a.dates, *a.months), (*b.dates, *b.months)):
        return True
    return _on_weekday(_full_dates(a.dates), b.weekdays) or _on_weekday(_full_dates(b.dates), a.weekdays)


def _other_days(a: Timing, b: Timing) -> bool:
    """Whether both claims name days and none can be the same: two dates, or two weekdays
    (a dated day's own among them). A weekday against a date with no year may be one day."""
    if a.dates and b.dates:
        return not any(same_day(p, q) for p in a.dates for q in b.dates)
    days_a = {*a.weekdays, *map(weekday_of, _full_dates(a.dates))}
    days_b = {*b.weekdays, *map(weekday_of, _full_dates(b.dates))}
    return bool(days_a and days_b) and not days_a & days_b


def same_years(a: Timing, b: Timing) -> bool:
    """Whether years both name overlap ("in 1935" and "in the 1930s")."""
    return _overlap(_year_ranges(a), _year_ranges(b))


def clocks_agree(a: Clock, b: Clock) -> bool:
    """Could both be the same moment? Bounds ("by 7 a.m." and 6:40), approximations, and zones
    when both give one ("1815 GMT" and "2:15 p.m. EDT")."""
    in_utc = bool(a.zone and b.zone)
    low_a, high_a = a.span(in_utc=in_utc)
    low_b, high_b = b.span(in_utc=in_utc)
    return low_a <= high_b and low_b <= high_a


ONE_MOMENT = 60  # minutes: two clock times further apart tell two moments, however they fit


def clocks_tell_one_moment(a: Clock, b: Clock) -> bool:
    """Whether two clock times agree and are near enough to name one moment: "by 7 a.m." fits
    6:40 and tells it, but fits 3:33 too without telling anything ("a call at 3:33 a.m." /
    "under control by 6:40 a.m.": two moments of one night)."""
    in_utc = bool(a.zone and b.zone)  # "1815 GMT" and "2:15 p.m. EDT" are one moment
    return clocks_agree(a, b) and abs(a.at(in_utc=in_utc) - b.at(in_utc=in_utc)) <= ONE_MOMENT


MAX_ZONE_HOURS = 11  # hours apart two zones' clocks can be, for one moment


def _zone_apart(a: Clock, b: Clock) -> bool:
    """Whether two clock times may be one moment told in two zones, one of them unnamed: "1:42
    p.m. ET" / "12:42 p.m." (the crossing's own, an hour west) differ by whole hours."""
    apart = abs(a.minutes - b.minutes)
    return bool(a.zone) != bool(b.zone) and apart % 60 == 0 and 0 < apart <= MAX_ZONE_HOURS * 60


def time_conflict(a: Timing, b: Timing, *, relations: bool = True) -> tuple[str, str] | None:
    """Different clock times of one day, or (when `relations`) one says during, the other
    before or after. Clock times on days known to differ ("11 a.m. on Friday" / "10 a.m. on
    Sunday") are two events' hours: if one event, the days conflict (`date_conflict`)."""
    if _other_days(a, b):
        return None
    if (
        a.clocks
        and b.clocks
        and not any(clocks_agree(x, y) or _zone_apart(x, y) for x in a.clocks for y in b.clocks)
    ):
        return a.clocks[0].text, b.clocks[0].text
    if relations and a.relations and b.relations and not set(a.relations) & set(b.relations):
        return a.relations[0], b.relations[0]
    return None


# A date banner under a headline: "August 7, 2012", "Published: 2012.08.08 09:01 AM",
# "POSTED: 05 / 02 / 07, 9:00 PM PDT |", "Monday, March 11, 2013 23:51", "Sun, 15 Sep 2013",
# "on Feb. 04, 2009", "Story Created: Aug 7, 2012", "8:44AM BST 16 Sep 2013", "Friday, Sep 10,
# 2010 | Updated 11:20". Scraped pages carry one where they have no metadata; it is the
# article's publication date. Any weekday name may open it here, abbreviated too ("Sun,"): a
# line that is a date and nothing else leaves no doubt that "Sun" is a day.
_BANNER_LABEL = re.compile(
    r"^(?:(?:(?:last|story)\s+)?(?:updated|published|posted|created)(?:\s+(?:time|on))?|date|on)\b\s*:?\s*",
    re.I,
)
_BANNER_ZONE = "|".join(TIME_ZONES)
_BANNER_CLOCK = re.compile(
    rf"^\d{{1,2}}(?::\d{{2}}\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)\s*(?:(?:{_BANNER_ZONE})\b)?[\s,|-]*"
)
_ANY_DAY_NAME = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_BANNER_WEEKDAY = rf"(?:(?:{_ANY_DAY_NAME})\.?,?\s+)?"
_BANNER_DATES = (
    re.compile(
        rf"^{_BANNER_WEEKDAY}(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    ),
    re.compile(
        rf"^{_BANNER_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})\.?,?\s+(?P<year>\d{{4}})"
    ),
    re.compile(r"^(?P<year>\d{4})\s*[./-]\s*(?P<month>\d{1,2})\s*[./-]\s*(?P<day>\d{1,2})"),
    re.compile(r"^(?P<month>\d{1,2})\s*/\s*(?P<day>\d{1,2})\s*/\s*(?P<year>\d{2}|\d{4})\b"),
)
# What may follow the date: a clock time ("11:20 AM", "03.31 BST": British papers write a dot),
# or a bar before another field.
_BANNER_REST = re.compile(
    r"^[\s,|-]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*[a-z]{2,4})?)?[\s,|.]*$"
    r"|^\s*\|"  # "… | Updated 11:20 AM": what a bar sets apart is another field of the banner
)
MAX_BANNER = 60  # characters: a banner is a short line
# "05 / 03 / 2013 at 11:00 AM EDT": a North American time zone says the month comes first.
_US_ZONE = re.compile(r"\b(?:[ecmp][sd]t|et|pt)\b")


def banner_date(line: str) -> str | None:
    """The ISO date of a line that is only a date (and perhaps a label and a clock time); None
    where it is no such line, or a numeric date that reads two ways ("11 / 09 / 2010")."""
    readings = banner_readings(line)
    return readings[0] if len(readings) == 1 else None


def banner_readings(line: str) -> tuple[str, ...]:
    """Every ISO date a banner line can mean: one, or for a numeric date whose day and month
    could swap ("2 / 3 / 2009", with no North American time zone to say the month comes
    first) both, month-first first; () for a line that is no banner."""
    text = line.strip()
    if not text or len(text) > MAX_BANNER:
        return ()
    folded = _BANNER_LABEL.sub("", _BANNER_CLOCK.sub("", _BANNER_LABEL.sub("", fold(text))))
    for pattern in _BANNER_DATES:
        found = pattern.match(folded)
        if found is None or not _BANNER_REST.match(folded[found.end() :]):
            continue
        month, day = found["month"], int(found["day"])
        year = int(found["year"])
        year += 2000 if year < 100 else 0
        number = int(month) if month.isdigit() else MONTHS[month]
        ambiguous = month.isdigit() and day <= 12 and number != day
        orders = [(number, day)]
        if ambiguous and not _US_ZONE.search(folded, found.end()):
            orders.append((day, number))
        return tuple(iso for m, d in orders if (iso := _iso(year, m, d)))
    return ()


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# An offset from another moment of the story: "four days earlier", "the previous day", "a week
# later", "the next morning", "the day before". Two claims that give one earlier (or later)
# moment different offsets ("shot a man four days earlier" / "a shooting the previous day")
# disagree on when it was, though neither names a date.
_OFFSET_UNITS = {
    "day": 1,
    "morning": 1,
    "afternoon": 1,
    "evening": 1,
    "night": 1,
    "week": 7,
    "month": 30,
    "year": 365,
}
_BEFORE = frozenset(("earlier", "before", "prior", "previous", "preceding"))
_OFFSET = re.compile(
    r"\b(?:(?P<count>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?P<direction>earlier|before|prior|later|after)"
    r"|the\s+(?P<direction_first>previous|prior|preceding|next|following)\s+"
    r"(?P<unit_after>day|morning|afternoon|evening|night|week|month|year)"
    r"|the\s+(?P<unit_first>day|night|week)\s+(?P<direction_after>before|after))\b"
)


@dataclass(frozen=True, slots=True)
class Offset:
    """A signed distance in days from another moment (negative: before it), and its words."""

    days: int
    text: str


@lru_cache(maxsize=TEXT_CACHE)
def offsets(text: str) -> tuple[Offset, ...]:
    """The offsets `text` gives from another moment of its story (`_OFFSET`)."""
    found = []
    for match in _OFFSET.finditer(fold(text)):
        count = match["count"] or "1"
        number = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1)
        unit = match["unit"] or match["unit_after"] or match["unit_first"]
        direction = match["direction"] or match["direction_first"] or match["direction_after"]
        sign = -1 if direction in _BEFORE else 1
        found.append(Offset(sign * number * _OFFSET_UNITS[unit], match.group()))
    return tuple(found)


def offset_conflict(a: str, b: str) -> tuple[str, str] | None:
    """Offsets in one direction of which no two are the same: two claims that put one earlier
    (or later) moment at different distances ("four days earlier" / "the previous day")."""
    in_a, in_b = offsets(a), offsets(b)
    if not in_a or not in_b or any(x.days == y.days for x in in_a for y in in_b):
        return None
    for x in in_a:
        for y in in_b:
            if (x.days < 0) == (y.days < 0):
                return x.text, y.text
    return None
