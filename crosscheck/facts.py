"""What a claim states besides its words: the slots its values fill.

A claim that gives a distance, a count of people, a clock time or a date fills a slot that
another claim about the same fact fills too, often in quite different words ("fell 200
metres" / "a 150-meter fall"). The slots are keys for pairing (`pairing`), weighted like
rare words; the values themselves are compared in `compare`.
"""

from __future__ import annotations

from functools import lru_cache

from crosscheck import dates, quantities
from crosscheck.normalize import TEXT_CACHE

SLOT = "#"  # slot keys start with this, so no word can be mistaken for one


@lru_cache(maxsize=TEXT_CACHE)
def slots(text: str) -> frozenset[str]:
    """The slots `text` fills: "#m" (a distance), "#person" (a count of persons), "#clock",
    "#date", "#weekday"."""
    found = {SLOT + q.unit for q in quantities.quantities(text)}
    when = dates.timing(text)
    if when.clocks:
        found.add(SLOT + "clock")
    if when.dates:
        found.add(SLOT + "date")
    if when.weekdays:
        found.add(SLOT + "weekday")
    return frozenset(found)
