"""Text → paragraphs → sentences, each with its character span.

Paragraphs are the article's lines: scraped pages put one paragraph, heading or
menu item per line, and a line with no final punctuation must never be glued
to the next one. Inside a line, sentence boundaries come from sentencex (see
the README for why that library and not pysbd or a hand-written splitter).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import sentencex


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text and where it starts and ends in the text it was cut from."""

    text: str
    start: int
    end: int


def lines(text: str) -> Iterator[Span]:
    """Every non-blank line, trimmed, with its offsets into `text`."""
    position = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = position + raw.index(stripped[0])
            yield Span(stripped, start, start + len(stripped))
        position += len(raw)


# A web address that ends a sentence ("… told example.com. Later, …"): sentencex reads
# its last dot as part of the address and does not split there.
# (The first lookahead lets the regex engine pass over all but spaces: twice as fast.)
_AFTER_ADDRESS = re.compile(
    r"(?=\s)(?:(?<=\w\.[a-z][a-z]\.)\s+(?=[“\"]?[A-Z][a-z])|(?<=\w\.[a-z]{3}\.)\s+(?=[“\"]?[A-Z][a-z]))"
)


def sentences(line: Span) -> Iterator[Span]:
    """Split one line into sentences, keeping offsets into the original text."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in sentencex.segment("en", line.text):
        for part in _AFTER_ADDRESS.split(piece):
            stripped = part.strip()
            if not stripped:
                continue
            found = line.text.find(stripped, cursor)
            if found < 0:  # the segmenter never rewrites text, but never trust that blindly
                found = cursor
            cursor = found + len(stripped)
            if spans and _continues(line.text[spans[-1][0] : spans[-1][1]], stripped):
                spans[-1] = (spans[-1][0], cursor)
            else:
                spans.append((found, cursor))
    for start, end in spans:
        yield Span(line.text[start:end], line.start + start, line.start + end)


# A full stop that ends no sentence: after "a.m."/"p.m." (however spaced) before a day, a month
# or a time zone ("at 8:30 p. m. Thursday", "1:30 a.m. Feb. 1", "7 p.m. EDT"), or any full
# stop followed by a lower-case word ("hp. com", "the U. S. military").
_CLOCK_END = re.compile(r"\b[ap]\.\s?m\.$", re.I)
_DAY_OR_MONTH = re.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I
)
_ZONE = re.compile(r"^(?:[ECMP][SD]?T|GMT|UTC|BST)\b")
# A calibre whose leading dot a tokeniser set apart ("a loaded. 38-caliber revolver", "a. 357
# Magnum"): the number goes on the sentence.
_CALIBRE = re.compile(r"^\d{2,3}(?:-?calib[er]{2}\b|\s+(?:calib[er]{2}|magnum|special)\b)", re.I)


def _continues(previous: str, piece: str) -> bool:
    """Whether `piece` is the rest of the sentence `previous` and not a sentence of its own."""
    if piece[:1].islower() or _CALIBRE.match(piece):
        return True
    return bool(_CLOCK_END.search(previous) and (_DAY_OR_MONTH.match(piece) or _ZONE.match(piece)))
