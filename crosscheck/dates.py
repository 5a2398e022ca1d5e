"""When a claim says something happened: dates, weekdays, clock times, and
timing relative to another event ("during", "shortly before", "after").

Weekdays and relative days ("on Wednesday", "yesterday") are resolved against
the article's publication date when it is known, as a news reader would.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from crosscheck.lexicon import MONTHS, WEEKDAYS
from crosscheck.normalize import TEXT_CACHE, fold

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
_CLOCK = re.compile(
    r"\b(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<half>a\.?m\.?|p\.?m\.?)(?!\w)"
    r"|\b(?P<h24>\d{1,2}):(?P<m24>\d{2})\b"
)
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
_RELATION = re.compile(r"\b(" + "|".join(re.escape(r) for r, _ in RELATIONS) + r")\b")


@dataclass(frozen=True, slots=True)
class Timing:
    """What a claim says about when. Each field is None when the claim does not say."""

    dates: tuple[str, ...] = ()  # "2023-09-13", or "--09-13" when the year is not given
    weekdays: tuple[int, ...] = ()  # 0 = Monday, for weekdays that could not be resolved
    clocks: tuple[str, ...] = ()  # "15:00"
    relations: tuple[str, ...] = ()  # "before", "after", "during"


_NO_TIMING = Timing()
_ANY_TIMING = re.compile(
    rf"\d|\b(?:{_MONTH}|{_DAY_NAME}|yesterday|today|tomorrow|"
    + "|".join(re.escape(r) for r, _ in RELATIONS)
    + r")\b"
)


@lru_cache(maxsize=TEXT_CACHE)
def timing(text: str, *, published: str | None = None) -> Timing:
    folded = fold(text)
    if not _ANY_TIMING.search(folded):
        return _NO_TIMING  # most claims say nothing about when: skip the date patterns
    pub = _parse_iso(published)
    dates = [*_calendar_dates(folded, pub)]
    weekdays: list[int] = []
    for match in _WEEKDAY.finditer(folded):
        weekday = WEEKDAYS[match["weekday"]]
        if pub is not None:
            dates.append(_last_weekday(pub, weekday).isoformat())
        else:
            weekdays.append(weekday)
    if pub is not None:
        offsets = {"yesterday": -1, "today": 0, "tomorrow": 1}
        for match in _RELATIVE_DAY.finditer(folded):
            dates.append((pub + dt.timedelta(days=offsets[match["rel"]])).isoformat())
    relations = tuple(dict.fromkeys(dict(RELATIONS)[m.group(1)] for m in _RELATION.finditer(folded)))
    return Timing(
        dates=tuple(dict.fromkeys(dates)),
        weekdays=tuple(dict.fromkeys(weekdays)),
        clocks=tuple(dict.fromkeys(_clocks(folded))),
        relations=relations,
    )


def _calendar_dates(folded: str, pub: dt.date | None) -> list[str]:
    found: list[tuple[int, str]] = []
    for pattern in (_MONTH_DAY, _DAY_MONTH, _ISO):
        for match in pattern.finditer(folded):
            month = int(match["month"]) if match["month"].isdigit() else MONTHS[match["month"]]
            day = int(match["day"])
            year = int(match["year"]) if match["year"] else (pub.year if pub else None)
            if not 1 <= day <= 31:
                continue
            value = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
            found.append((match.start(), value))
    return [value for _, value in sorted(found)]


def _clocks(folded: str) -> list[str]:
    result = []
    for match in _CLOCK.finditer(folded):
        if match["h24"]:
            hour, minute = int(match["h24"]), int(match["m24"])
        else:
            hour, minute = int(match["hour"]) % 12, int(match["minute"] or 0)
            if match["half"].startswith("p"):
                hour += 12
        if hour < 24 and minute < 60:
            result.append(f"{hour:02d}:{minute:02d}")
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


def _same_day(a: str, b: str) -> bool:
    """Compare month and day only when either side lacks the year."""
    if a.startswith("--") or b.startswith("--"):
        return a[-5:] == b[-5:]
    return a == b


def date_conflict(a: Timing, b: Timing) -> tuple[str, str] | None:
    """Two dates, or two weekdays, of which no pair can be the same day."""
    if a.dates and b.dates and not any(_same_day(p, q) for p in a.dates for q in b.dates):
        return a.dates[0], b.dates[0]
    if a.weekdays and b.weekdays and not set(a.weekdays) & set(b.weekdays):
        names = {v: k for k, v in WEEKDAYS.items() if len(k) > 4}
        return names[a.weekdays[0]], names[b.weekdays[0]]
    for dates, weekdays, flip in ((a.dates, b.weekdays, False), (b.dates, a.weekdays, True)):
        full = [d for d in dates if not d.startswith("--")]
        if full and weekdays and not any(dt.date.fromisoformat(d).weekday() in weekdays for d in full):
            names = {v: k for k, v in WEEKDAYS.items() if len(k) > 4}
            pair = (full[0], names[weekdays[0]])
            return (pair[1], pair[0]) if flip else pair
    return None


def time_conflict(a: Timing, b: Timing, *, relations: bool = True) -> tuple[str, str] | None:
    """Different clock times, or (when `relations`) one says during, the other before or after."""
    if a.clocks and b.clocks and not set(a.clocks) & set(b.clocks):
        return a.clocks[0], b.clocks[0]
    if relations and a.relations and b.relations and not set(a.relations) & set(b.relations):
        return a.relations[0], b.relations[0]
    return None
