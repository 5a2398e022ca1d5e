"""What a comparison may know beyond the two claims it compares: the corpus's aliases and
kinds, when each article came out and was updated, and which names each source uses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from crosscheck.normalize import Aliases

DAYS_A_YEAR = 365.25


@dataclass(frozen=True)
class Context:
    """What a comparison may know beyond the two claims."""

    aliases: Aliases
    published: Mapping[str, str | None] = field(default_factory=dict)
    vocabulary: Mapping[str, frozenset[str]] = field(default_factory=dict)  # source → its tokens
    updated: Mapping[str, str | None] = field(default_factory=dict)  # source → last modified, if known
    # Undated source → the earliest date it can have been told, by the days it names (`revisions.told_dates`).
    told: Mapping[str, str] = field(default_factory=dict)

    def dated(self, source: str) -> str | None:
        """How recent a source's report is: when it was last updated, else published."""
        return self.updated.get(source) or self.published.get(source)

    def years_apart(self, source_a: str, source_b: str) -> tuple[float, bool]:
        """How many years apart two sources came out, and whether that is known (both dated);
        where it is not, at most the years the corpus covers."""
        when_a, when_b = self.published.get(source_a), self.published.get(source_b)
        if not when_a or not when_b:
            return self.years_covered, False
        return abs((dt.date.fromisoformat(when_a) - dt.date.fromisoformat(when_b)).days) / DAYS_A_YEAR, True

    @cached_property
    def latest(self) -> str | None:
        """The date of the corpus's last dated article, if any is: the story's "now"."""
        return max(filter(None, self.published.values()), default=None)

    @cached_property
    def years_covered(self) -> float:
        """The years from the first dated article of the corpus to the last (0 if none is)."""
        days = sorted(dt.date.fromisoformat(d) for d in self.published.values() if d)
        return (days[-1] - days[0]).days / DAYS_A_YEAR if days else 0.0
