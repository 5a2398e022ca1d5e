"""Page junk that is not part of an article: menus, prompts, captions, banners.

Every rule is general; nothing lists strings from a particular site. A line is
junk when it is a heading or menu item (no final punctuation and no verb, or
set in Title Case), a prompt to the reader, a photo credit, a truncated
teaser, or a short line that recurs across documents.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from crosscheck.grammar import has_finite_verb, words

_FINAL_PUNCT = re.compile(r"[.!?][\"'”’)\]]*$")
_LABEL = re.compile(r"^[A-Z][A-Z ]{2,}:")  # "READ ALSO:", "WATCH:"
_CREDIT = re.compile(
    r"\((?:photo|image|picture|video|credit|source)s?\b|\b(?:photo|image) credit"
    r"|^(?:photo|image|file photo)s?\s*:",
    re.I,
)
# Rights notices ("Copyright 2016 The Associated Press. All rights reserved."), "related stories"
# headings, sign-offs in a reporter's voice ("For Channel 4 News, I'm Jane Doe.") and bylines
# ("By Jane Doe, Staff Writer"): page furniture. Names are told by their capitals, so the last
# two patterns are case-sensitive.
_NOTICE = re.compile(
    r"^\s*(?:copyright|©|\(c\))\s|\ball rights reserved\b|\bmay not be (?:published|reproduced)"
    r"|^(?:related|more|see also|read more|recommended)(?:\s+(?:stories|coverage|articles|news))?\s*:?$",
    re.I,
)
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+"
_SIGN_OFF = re.compile(
    rf"\bI(?:['’]m|\s+am)\s+{_NAME}\s*,?\s+(?:reporting|for)\b"
    rf"|^For\s+[\w .&'’-]{{2,40}},\s+I(?:['’]m|\s+am)\s+{_NAME}"
    rf"|^By\s+{_NAME}(?:\s*[,|]\s*[\w .'’-]{{0,40}})?$"
)
# Each pattern above is slow to fail (a tenth of extracting a line, the three together), and
# none matches a line without one of its words: those are looked for first (`_may_hold`).
_CREDIT_WORDS = ("photo", "image", "picture", "video", "credit", "source")
_NOTICE_WORDS = ("copyright", "(c)", "all rights reserved", "may not be")
_NOTICE_HEADINGS = ("related", "more", "see also", "read more", "recommended")
_SIGN_OFF_STARTS = ("For", "By")
_SIGN_OFF_WORDS = ("for", "reporting")
_PROMPT_START = frozenset(
    "please click tap subscribe share sign log follow enter leave download read get watch "
    "listen join comment sort skip continue register login".split()
)
_SECOND_PERSON = frozenset("you your yours".split())
SHORT_LINE_WORDS = 4
PROMPT_MAX_WORDS = 8
REPEATED_LINE_MAX_WORDS = 12


def has_final_punctuation(text: str) -> bool:
    return bool(_FINAL_PUNCT.search(text.strip()))


def is_title_case(text: str) -> bool:
    """Headline style: most longer words start with a capital letter."""
    long_words = [w for w in words(text) if len(w) > 3]
    if len(long_words) < 2:
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised / len(long_words) >= 0.7


def is_boilerplate_line(line: str) -> bool:
    """True for lines that are page furniture rather than article prose."""
    text = line.strip()
    tokens = words(text)
    final = has_final_punctuation(text)
    if not tokens:
        return True
    # Lower case for the quick tests of the case-blind patterns; None outside ASCII, where re.I
    # also matches letters that lower() leaves alone (the long "ſ" is an "s" to it).
    clue = text.lower() if text.isascii() else None
    if text.endswith(("...", "…")) or _LABEL.match(text) or _is_timestamp(text):
        return True
    if _may_hold(clue, _CREDIT_WORDS) and _CREDIT.search(text):
        return True
    if _may_hold(clue, _NOTICE_WORDS, _NOTICE_HEADINGS) and _NOTICE.search(text):
        return True
    if _may_sign_off(text) and _SIGN_OFF.search(text):
        return True
    if tokens[0] == "About" and _ABOUT_HEADING.fullmatch(text):
        return True  # a press release's closing section on a firm: "About Acme Foods, Inc."
    if text.endswith("?") and len(tokens) < PROMPT_MAX_WORDS:
        return True  # "No time to read?": a short question is addressed to the reader
    if not final and (len(tokens) < SHORT_LINE_WORDS or not has_finite_verb(text) or is_title_case(text)):
        return True
    return _is_prompt(tokens)


# "About Acme Foods, Inc.", "About the Lakeview Group": "About" and a name, nothing else (not
# "About 40 people were hurt", nor "About Lee, little is known").
_ABOUT_HEADING = re.compile(
    r"About (?:the )?[A-Z][\w&.'’-]*(?:,? (?:[A-Z0-9][\w&.'’-]*|of|and|&|for|the))*[.:]?"
)


def _may_hold(clue: str | None, words: tuple[str, ...], starts: tuple[str, ...] = ()) -> bool:
    """Whether a lower-case line (`clue`; None: unknown) holds one of `words` or starts with one
    of `starts`."""
    return clue is None or clue.startswith(starts) or any(word in clue for word in words)


def _may_sign_off(text: str) -> bool:
    """Whether `text` holds what each `_SIGN_OFF` pattern needs (that one is case-sensitive)."""
    return text.startswith(_SIGN_OFF_STARTS) or ("I" in text and any(w in text for w in _SIGN_OFF_WORDS))


# A page's time stamp: "UPDATED 05 / 03 / 2013 at 11:00 AM EDT", "Posted on Thu Jun 13, 2013
# 08:45 AM PDT", "12:52 p. m. EDT May 2, 2013". Every word is a date, a time or a label.
_STAMP_WORD = re.compile(
    r"^(?:\d[\d:,./-]*(?:st|nd|rd|th|am|pm)?|[ap]\.?m\.?|[apm]|[ecmp][sd]t|gmt|utc|bst|at|on|by|of|the|"
    r"updated|update|published|posted|originally|last|modified|date|time|today|"
    r"(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)$",
    re.I,
)
MAX_STAMP_WORDS = 14
MAX_STAMP_CHARACTERS = 80
_DIGIT = re.compile(r"\d")


def _is_timestamp(text: str) -> bool:
    if len(text) > MAX_STAMP_CHARACTERS or not _DIGIT.search(text):
        return False
    words = [w for w in (t.strip(",.|-/") for t in text.split()) if w]
    return len(words) <= MAX_STAMP_WORDS and all(_STAMP_WORD.match(t) for t in words)


def _is_prompt(tokens: Sequence[str]) -> bool:
    """ "Please enter your name", "Subscribe to our newsletter": addressed to the reader."""
    lowered = [t.lower() for t in tokens]
    addresses_reader = any(t in _SECOND_PERSON for t in lowered)
    return lowered[0] in _PROMPT_START and (addresses_reader or len(tokens) <= 6)


def is_furniture(line: str, furniture: frozenset[str]) -> bool:
    """Whether `line` is one of the corpus's `repeated_lines`. Their keys are short, so a
    longer line is not one, and its key is never made."""
    return bool(furniture) and len(words(line)) <= REPEATED_LINE_MAX_WORDS and line_key(line) in furniture


def line_key(line: str) -> str:
    return " ".join(w.lower() for w in words(line))


def repeated_lines(texts: Iterable[str]) -> frozenset[str]:
    """Short non-sentences that occur twice anywhere in the corpus: site furniture.

    A sentence ending in a period is kept even when it recurs, because syndicated
    copy repeated across outlets is evidence.
    """
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(line_key(raw) for raw in text.splitlines() if _could_be_furniture(raw))
    return frozenset(key for key, n in counts.items() if key and n >= 2)


def _could_be_furniture(line: str) -> bool:
    text = line.strip()
    n_words = len(words(text))
    if n_words == 0 or n_words > REPEATED_LINE_MAX_WORDS:
        return False
    return not text.rstrip("\"'”’)").endswith(".")
