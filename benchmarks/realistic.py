"""Scale corpora written from real articles: the development set's texts, renamed per event.

The generated corpora (`planted.py`) build every outlet of an event from one bundled article,
so an event's articles are near-copies of one another: that flatters speed (what copies repeat
is compared once) and recall. These corpora are written from real coverage instead: each event
takes one folder of the development set (../shared/devset) as its template, in turn, and each
of its outlets is one of that folder's real articles, so two outlets word one story as two
newsrooms did. Per event, every name (a capitalised word that is not general English) becomes
an event-specific pseudo-word (`generate.pseudonym`), the same in all its outlets; per outlet,
a share of the paragraphs after the first is dropped and some figures are changed, so that
articles on one base text still differ.

Used for speed only (`python -m benchmarks.run --real`): which claims of two real articles
state one fact is not known here, so nothing is scored. The texts stay in the development set:
corpora are written to a temporary directory, never into the package.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from benchmarks.generate import pseudonym
from benchmarks.quality import DEFAULT_DEVSET, folders
from crosscheck.lexicon import MONTHS, STOP_WORDS, TITLES, WEEKDAYS

OUTLETS_PER_EVENT = 5
SHARE_DROPPED = 0.2  # of an article's paragraphs after the first
SHARE_CHANGED = 0.15  # of its paragraphs with a figure, one figure changed
_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*")
_FIGURE = re.compile(r"\b\d{1,4}\b")
_GENERAL = STOP_WORDS | set(MONTHS) | set(WEEKDAYS) | TITLES


def template_bodies(devset: Path = DEFAULT_DEVSET) -> list[list[str]]:
    """The article texts of each development-set folder, folders and files in name order."""
    found = []
    for _, corpus, _ in folders(devset):
        files = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md"))
        found.append([p.read_text(encoding="utf-8") for p in files])
    return found


def renamed(text: str, event: int) -> str:
    """Every name in `text` replaced by the event's pseudo-word for it."""

    def swap(match: re.Match[str]) -> str:
        word = match.group()
        return word if word.lower() in _GENERAL else pseudonym(word.lower(), event)

    return _NAME.sub(swap, text)


def outlet_text(text: str, rng: random.Random) -> str:
    """One outlet's version of a base article: paragraphs dropped, a figure changed here and there."""
    lines = [line for line in text.splitlines() if line.strip()]
    kept = lines[:1] + [line for line in lines[1:] if rng.random() >= SHARE_DROPPED]
    out = []
    for line in kept:
        figures = list(_FIGURE.finditer(line))
        if figures and rng.random() < SHARE_CHANGED:
            figure = rng.choice(figures)
            changed = str(int(figure.group()) + rng.randint(1, 9))
            line = line[: figure.start()] + changed + line[figure.end() :]
        out.append(line)
    return "\n\n".join(out) + "\n"


def write_realistic(
    directory: Path,
    articles: int,
    *,
    seed: int = 13,
    outlets: int = OUTLETS_PER_EVENT,
    devset: Path = DEFAULT_DEVSET,
) -> int:
    """Write `articles` Markdown files, `outlets` to an event; return how many events."""
    templates = template_bodies(devset)
    if not templates:
        raise SystemExit(f"no development set at {devset}: the real-article corpora are written from it")
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    events = (articles + outlets - 1) // outlets
    written = 0
    for event in range(events):
        bodies = templates[event % len(templates)]
        tag = event + 1000 * seed
        for outlet in range(min(outlets, articles - written)):
            base = bodies[(outlet + event // len(templates)) % len(bodies)]
            body = outlet_text(renamed(base, tag), rng)
            name = f"r{written:05d}"
            (directory / f"{name}.md").write_text(f"---\nid: {name}\n---\n{body}", encoding="utf-8")
            written += 1
    return events
