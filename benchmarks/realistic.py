"""Scale corpora written from real articles: the development set's texts, renamed per event.

The generated corpora (`planted.py`) build every outlet of an event from one bundled article,
so an event's articles are near-copies of one another: that flatters speed (what copies repeat
is compared once) and recall. These corpora are written from real coverage instead: each event
takes one folder of the development set (../shared/devset) as its template, in turn, and each
of its outlets is one of that folder's real articles, so two outlets word one story as two
newsrooms did. Per event, names and topic words become event-specific pseudo-words as in the
generated corpora (`generate.real_event_text`: general English, calendar words and figures stay),
the same in all its outlets; per outlet, a share of the paragraphs after the first is dropped
and some figures are changed, so that articles on one base text still differ. Renaming topic
words matters: with eleven folders, a template returns every eleventh event, and with only its
names changed each of its sentences would have near-copies in hundreds of other events, which
no real corpus has.

Used for speed only (`python -m benchmarks.run --real`): which claims of two real articles
state one fact is not known here, so nothing is scored. The texts stay in the development set:
corpora are written to a temporary directory, never into the package.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from benchmarks.generate import real_event_text
from benchmarks.quality import DEFAULT_DEVSET, folders

OUTLETS_PER_EVENT = 5
SHARE_DROPPED = 0.2  # of an article's paragraphs after the first
SHARE_CHANGED = 0.15  # of its paragraphs with a figure, one figure changed
_FIGURE = re.compile(r"\b\d{1,4}\b")


def template_bodies(devset: Path = DEFAULT_DEVSET) -> list[list[str]]:
    """The article texts of each development-set folder, folders and files in name order."""
    found = []
    for _, corpus, _ in folders(devset):
        files = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md"))
        found.append([p.read_text(encoding="utf-8") for p in files])
    return found


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
            body = outlet_text(real_event_text(base, tag), rng)
            name = f"r{written:05d}"
            (directory / f"{name}.md").write_text(f"---\nid: {name}\n---\n{body}", encoding="utf-8")
            written += 1
    return events
