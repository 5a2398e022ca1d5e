"""Corpora with planted conflicts and agreements, so that a report can be scored.

Each event starts from the atomic claims of the bundled corpus, with names and topic words
replaced by event-specific pseudo-words (see `generate.py`). Several outlets then cover the
event: each article carries a sample of the event's facts, each fact either as it is, as a
paraphrase (clauses reordered, words swapped for synonyms), or perturbed (a number, a weekday
or a name changed). Two articles' versions of one fact agree unless exactly one of them, or
two different ones, are perturbed: then the pair is a planted conflict.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from benchmarks.generate import event_text, pseudonym, seed_bodies
from crosscheck.boilerplate import repeated_lines
from crosscheck.extract import extract_claims
from crosscheck.models import Article

OUTLETS_PER_EVENT = 5
FACTS_PER_ARTICLE = 24  # about the number of claims in a bundled article
SHARE_PERTURBED = 0.15
SHARE_PARAPHRASED = 0.35
# Paraphrases a reporter would write; not the tool's own synonym list.
PARAPHRASES = {
    "said": "stated", "met": "held talks", "gave": "handed", "showed": "took",
    "discussed": "talked about", "visit": "trip", "leaders": "heads of state",
    "announced": "declared", "launched": "fired", "support": "backing",
}  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_NUMBER = re.compile(r"\b\d+(?:\.\d+)?\b|\b(?:two|three|four|five|six|seven|eight|nine|ten)\b")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b")
_NAME = re.compile(r"(?<=\s)[A-Z][a-z]{3,}\b")
_LEADING_PHRASE = re.compile(r"^((?:During|After|Following|At|In) [^,]{3,40}), (.+)$")
NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


@dataclass(frozen=True)
class Version:
    article: str
    fact: str  # event/fact id
    variant: str  # "original", "paraphrase", or "perturbed:<kind>:<n>"
    text: str


def facts_of_bundled() -> list[list[str]]:
    """The atomic claims of each bundled article, as sentences: the raw material.

    Facts are kept per article: two claims of one article are two statements, while claims
    of different articles may be one statement told twice, which would blur the truth.
    """
    bodies = seed_bodies()
    furniture = repeated_lines(bodies)
    per_article = []
    for n, body in enumerate(bodies):
        facts = []
        for claim in extract_claims(Article(source=f"seed{n}", path="", text=body), furniture=furniture):
            if claim.text.count("“") == claim.text.count("”"):
                facts.append(claim.text.rstrip(".") + ".")
        per_article.append(facts)
    return per_article


def perturb(text: str, rng: random.Random, event: int) -> tuple[str, str] | None:
    """Change one typed detail; None if the fact has none to change."""
    options = []
    if _NUMBER.search(text):
        options.append("number")
    if _WEEKDAY.search(text):
        options.append("date")
    if len(_NAME.findall(text)) >= 1:
        options.append("entity")
    if not options:
        return None
    kind = rng.choice(sorted(options))
    if kind == "number":
        match = _NUMBER.search(text)
        assert match is not None
        value = NUMBER_WORDS.get(match.group()) or float(match.group())
        changed = f"{int(value) * 3 + 4}"
        return kind, text[: match.start()] + changed + text[match.end() :]
    if kind == "date":
        match = _WEEKDAY.search(text)
        assert match is not None
        other = WEEKDAYS[(WEEKDAYS.index(match.group()) + 2) % 7]
        return kind, text[: match.start()] + other + text[match.end() :]
    names = _NAME.findall(text)
    target = names[-1]
    replacement = pseudonym(f"{target}-swap-{rng.random()}", event)
    return kind, re.sub(rf"\b{target}\b", replacement, text, count=1)


def paraphrase(text: str) -> str:
    moved = _LEADING_PHRASE.match(text)
    if moved:
        text = f"{moved.group(2).rstrip('.')} {moved.group(1)[0].lower()}{moved.group(1)[1:]}."
        text = text[0].upper() + text[1:]
    for word, other in PARAPHRASES.items():
        text = re.sub(rf"\b{word}\b", other, text, count=1)
    return text


def write_planted(directory: Path, articles: int, *, seed: int = 11) -> list[Version]:
    """Write `articles` files; return every fact version written, for scoring."""
    rng = random.Random(seed)
    bases = facts_of_bundled()
    directory.mkdir(parents=True, exist_ok=True)
    versions: list[Version] = []
    events = (articles + OUTLETS_PER_EVENT - 1) // OUTLETS_PER_EVENT
    written = 0
    for event in range(events):
        facts = [event_text(f, event + 1000 * seed) for f in bases[event % len(bases)]]
        for outlet in range(OUTLETS_PER_EVENT):
            if written == articles:
                break
            name = f"e{event:04d}o{outlet}"
            chosen = sorted(rng.sample(range(len(facts)), min(FACTS_PER_ARTICLE, len(facts) * 3 // 4)))
            sentences = []
            for index in chosen:
                text, variant = facts[index], "original"
                roll = rng.random()
                if roll < SHARE_PERTURBED:
                    changed = perturb(text, rng, event)
                    if changed is not None:
                        variant, text = f"perturbed:{changed[0]}:{outlet}", changed[1]
                elif roll < SHARE_PERTURBED + SHARE_PARAPHRASED:
                    text, variant = paraphrase(text), "paraphrase"
                versions.append(Version(name, f"{event}/{index}", variant, text))
                sentences.append(text)
            paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
            body = f"Coverage of event {event} by outlet {outlet}\n\n" + "\n\n".join(paragraphs) + "\n"
            (directory / f"{name}.md").write_text(f"---\nid: {name}\n---\n{body}", encoding="utf-8")
            written += 1
    return versions


def planted_pairs(
    versions: list[Version],
) -> tuple[set[frozenset[tuple[str, str]]], set[frozenset[tuple[str, str]]]]:
    """(conflicts, agreements) as pairs of (article, fact) across articles of one event."""
    by_fact: dict[str, list[Version]] = {}
    for version in versions:
        by_fact.setdefault(version.fact, []).append(version)
    conflicts, agreements = set(), set()
    for group in by_fact.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                pair = frozenset({(a.article, a.fact), (b.article, b.fact)})
                perturbed = {v.variant for v in (a, b) if v.variant.startswith("perturbed")}
                (conflicts if perturbed else agreements).add(pair)
    return conflicts, agreements
