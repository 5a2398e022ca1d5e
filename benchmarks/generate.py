"""Synthetic corpora for benchmarks, built from the bundled articles.

Each event is a copy of the bundled coverage in which every name, and most
other words, are replaced by pseudo-words that depend on the event: events
share sentence shapes and a common vocabulary (about a third of the words, as
real coverage of unrelated events shares "said", "government", "people"), but
not their names and topics. Articles are sampled round-robin from the five seed
texts, so article length matches the bundled corpus.
"""

from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.md"))
SYLLABLES = [
    "ka",
    "ro",
    "mi",
    "tel",
    "van",
    "su",
    "dor",
    "ie",
    "lan",
    "pe",
    "zu",
    "ba",
    "ris",
    "on",
    "gre",
    "ta",
]
_WORD = re.compile(r"\b[A-Za-z]{4,}\b")
SHARED_SHARE = 3  # of 10 words keep their spelling in every event


def pseudonym(word: str, event: int) -> str:
    digest = hashlib.sha1(f"{word}/{event}".encode()).digest()
    name = "".join(SYLLABLES[b % len(SYLLABLES)] for b in digest[:3])
    return name.capitalize()


def seed_bodies() -> list[str]:
    return [path.read_text(encoding="utf-8").split("---\n", 2)[2] for path in SEEDS]


def event_text(body: str, event: int) -> str:
    return _WORD.sub(lambda m: _event_word(m.group(), event), body)


def _event_word(word: str, event: int) -> str:
    if word[0].islower() and hashlib.sha1(word.lower().encode()).digest()[0] % 10 < SHARED_SHARE:
        return word
    fake = pseudonym(word.lower(), event)
    return fake if word[0].isupper() else fake.lower()


def write_corpus(directory: Path, articles: int, *, seed: int = 7) -> Path:
    """`articles` files in `directory`, about articles/5 events."""
    bodies = seed_bodies()
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    for n in range(articles):
        event, variant = divmod(n, len(bodies))
        body = event_text(bodies[(variant + rng.randrange(len(bodies))) % len(bodies)], event)
        (directory / f"a{n:05d}.md").write_text(f"---\nid: a{n:05d}\n---\n{body}", encoding="utf-8")
    return directory
