"""Whether a claim hedges what it tells: speculation, opinion or possibility ("police believe",
"apparently", "may have"), rather than a fact reported; and whether a hedge reaches a figure.

A hedge in a relative clause after a figure is about that clause's own matter: in "145
pilgrims, including 30 children, were killed in a stampede that was apparently sparked by
rumours", the cause is hedged, not the toll.
"""

from __future__ import annotations

import re

from crosscheck.lexicon import HEDGE_CUES, HEDGE_PHRASES

_LOWER_WORD = re.compile(r"[a-z’']+")
_MAY = re.compile(r"\bmay\b")  # "may" is a hedge only in lower case; "in May" is a month
_RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b")


def is_hedged(text: str) -> bool:
    """Speculation, opinion or possibility rather than a reported fact."""
    lowered = text.lower()
    tokens = _LOWER_WORD.findall(lowered)
    if not HEDGE_CUES.isdisjoint(tokens):
        return True
    if _MAY.search(text):
        return True
    return any(phrase in lowered for phrase in HEDGE_PHRASES)


def hedges_offset(text: str, end: int) -> bool:
    """Whether a hedge of `text` reaches what stands before offset `end` (a figure's end): a
    hedge before it, or after it in the same clause; not one inside a relative clause that
    opens after it ("… killed in a stampede that was apparently sparked by rumours")."""
    relative = _RELATIVE.search(text.lower(), end)
    return is_hedged(text if relative is None else text[: relative.start()])
