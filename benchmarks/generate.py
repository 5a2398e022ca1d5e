"""Synthetic corpora for benchmarks, built from the bundled articles.

Each event is a copy of the bundled coverage (five articles) in which every
name and most other words are replaced by pseudo-words that depend on the
event: events share sentence shapes, stop words and a tenth of the other words
(as unrelated stories share "said", "government", "people"), but not their
names and topics. Article length therefore matches the bundled corpus, and
each event holds the same known conflicts and agreements as the bundled one.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from crosscheck import lexicon
from crosscheck.normalize import NUMBER_WORDS

GENERAL_WORDS = (
    lexicon.AUXILIARIES
    | lexicon.STOP_WORDS
    | lexicon.DETERMINERS
    | lexicon.HEDGE_CUES
    | lexicon.NEGATION_CUES
    | lexicon.REPORTING_VERBS
    | frozenset(lexicon.MONTHS)
    | frozenset(lexicon.WEEKDAYS)
    | frozenset(w for kind in lexicon.OBJECT_KINDS.values() for w in kind)
    | frozenset(NUMBER_WORDS)
)
_VERB_LIST = sorted((lexicon.VERBS - lexicon.AUXILIARIES) - lexicon.REPORTING_VERBS)
_VERBS_BY_ENDING: dict[str, list[str]] = {}
for _verb in _VERB_LIST:
    _VERBS_BY_ENDING.setdefault(_verb[-2:], []).append(_verb)
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
_WORD = re.compile(r"\b[A-Z]\w+|\b[a-z]{4,}\b")
SHARED_SHARE = 1  # of 10 lower-case words keep their spelling in every event


def pseudonym(word: str, event: int) -> str:
    digest = hashlib.sha1(f"{word}/{event}".encode()).digest()
    # 16**5 names: 10,000 articles do not reuse one by chance.
    name = "".join(SYLLABLES[b % len(SYLLABLES)] for b in digest[:5])
    return name.capitalize()


def seed_bodies() -> list[str]:
    return [path.read_text(encoding="utf-8").split("---\n", 2)[2] for path in SEEDS]


def event_text(body: str, event: int) -> str:
    return _WORD.sub(lambda m: _event_word(m.group(), event), body)


def real_event_text(text: str, event: int) -> str:
    """`event_text` for real articles: a general word keeps its spelling at a sentence's start
    too ("The", "Police"), so that sentences still read as English to the extractor."""
    return _WORD.sub(
        lambda m: m.group() if m.group().lower() in GENERAL_WORDS else _event_word(m.group(), event), text
    )


def _event_word(word: str, event: int) -> str:
    """General English (the tool's own word lists) stays, so grammar survives; names and
    topic words become pseudo-words, keeping their inflection ("launched" → "ronta" + "ed")."""
    lower = word.lower()
    if word[0].islower() and (lower in GENERAL_WORDS or _shared(lower)):
        return word
    if lower in lexicon.MONTHS or lower in lexicon.WEEKDAYS:
        return word  # calendar words are general, and dates must survive
    if word[0].islower() and lower in _VERB_LIST:
        # Another verb of the same form: each event tells its own story in the same grammar.
        same_form = _VERBS_BY_ENDING[lower[-2:]]
        return same_form[hashlib.sha1(f"{lower}/{event}".encode()).digest()[0] % len(same_form)]
    stem, suffix = _split_suffix(lower) if word[0].islower() else (lower, "")
    fake = pseudonym(stem, event).lower() + suffix
    return fake.capitalize() if word[0].isupper() else fake


def _shared(word: str) -> bool:
    return hashlib.sha1(word.encode()).digest()[0] % 10 < SHARED_SHARE


def _split_suffix(word: str) -> tuple[str, str]:
    for suffix in ("ing", "ed", "es", "ly", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            return word[: -len(suffix)], suffix
    return word, ""


def write_corpus(directory: Path, articles: int, *, seed: int = 7) -> Path:
    """`articles` files in `directory`, about articles/5 events."""
    bodies = seed_bodies()
    directory.mkdir(parents=True, exist_ok=True)
    for n in range(articles):
        event, variant = divmod(n, len(bodies))
        body = event_text(bodies[variant], event + seed * 100_000)
        (directory / f"a{n:05d}.md").write_text(f"---\nid: a{n:05d}\n---\n{body}", encoding="utf-8")
    return directory
