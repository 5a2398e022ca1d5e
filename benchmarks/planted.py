"""Corpora with planted conflicts and agreements, so that a report can be scored.

Each event starts from the atomic claims of the bundled corpus, with names and topic words
replaced by event-specific pseudo-words (see `generate.py`). Several outlets then cover the
event: each article carries a sample of the event's facts, each fact either as it is, as a
paraphrase (clauses reordered, words swapped for synonyms), or perturbed (a number, a date or a
name changed; a perturbed fact is also paraphrased as often as any other). Two articles'
versions of one fact conflict when they carry different changes (one perturbed, or two
perturbed differently); otherwise they agree.

Facts of one article are distinct statements, with one exception the truth must allow for:
parallel facts, which share a verb and two names ("A gave B a glove", "B gave A a carbine", or one
gift told twice). Versions of two parallel facts in two outlets are neither a planted conflict
nor a planted agreement: issue 3 asks the tool to flag "a rifle" against "a carbine" between
two such accounts, so they are counted apart (`parallel`), not scored.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from benchmarks.generate import event_text, pseudonym, seed_bodies
from crosscheck.boilerplate import repeated_lines
from crosscheck.extract import extract_claims
from crosscheck.lexicon import AUXILIARIES, IRREGULAR_PAST, MONTHS, REPORTING_VERBS, STOP_WORDS, VERBS
from crosscheck.models import Article
from crosscheck.normalize import lemma

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
_DAY = re.compile(r"\b(?:" + "|".join(m.capitalize() for m in MONTHS) + r") (\d{1,2})\b")
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
    variant: str  # "original", "paraphrase", or "perturbed:<kind>"
    change: str  # "" unless perturbed: the detail as changed, so equal changes agree
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


def perturb(text: str, rng: random.Random, event: int) -> tuple[str, str, str] | None:
    """Change one typed detail: (kind, the detail as changed, new text); None if there is none."""
    options = []
    if _DAY.search(text) or _WEEKDAY.search(text):
        options.append("date")
    if _numbers(text):
        options.append("number")
    if len(_NAME.findall(text)) >= 1:
        options.append("entity")
    if not options:
        return None
    kind = rng.choice(sorted(options))
    if kind == "number":
        match = _numbers(text)[0]
        value = NUMBER_WORDS.get(match.group()) or float(match.group())
        changed = f"{int(value) * 3 + 4}"
        return kind, changed, text[: match.start()] + changed + text[match.end() :]
    if kind == "date":
        day = _DAY.search(text)
        if day:  # "September 13" → "September 15": still a date, and a different one
            changed = str(int(day.group(1)) % 27 + 2)
            return kind, changed, text[: day.start(1)] + changed + text[day.end(1) :]
        weekday = _WEEKDAY.search(text)
        assert weekday is not None
        other = WEEKDAYS[(WEEKDAYS.index(weekday.group()) + 2) % 7]
        return kind, other, text[: weekday.start()] + other + text[weekday.end() :]
    names = _NAME.findall(text)
    target = names[-1]
    replacement = pseudonym(f"{target}-swap-{rng.random()}", event)
    return kind, replacement, re.sub(rf"\b{target}\b", replacement, text, count=1)


def _numbers(text: str) -> list[re.Match[str]]:
    """Numbers that are not the day of a date (those are changed as dates)."""
    days = {m.start(1) for m in _DAY.finditer(text)}
    return [m for m in _NUMBER.finditer(text) if m.start() not in days]


def _past_tense(word: str) -> bool:
    """A verb as a story tells what happened ("gave", "presented"), not a noun ("launch site")."""
    if word in AUXILIARIES or word in REPORTING_VERBS:
        return False
    return word in IRREGULAR_PAST or (word in VERBS and word.endswith("ed"))


def parallel_facts(facts: list[str]) -> set[frozenset[int]]:
    """Pairs of facts that share a verb in the past tense (not an auxiliary or "said") and two
    names: "A gave B a rifle" and "B gave A a carbine"."""
    shapes = []
    for fact in facts:
        words = re.findall(r"[\w’'-]+", fact)
        verbs = {lemma(w) for w in words if _past_tense(w)}
        names = {w for w in words if w[:1].isupper() and w.lower() not in STOP_WORDS}
        shapes.append((verbs, names))
    return {
        frozenset({i, j})
        for i, (verbs_i, names_i) in enumerate(shapes)
        for j, (verbs_j, names_j) in enumerate(shapes)
        if i < j and verbs_i & verbs_j and len(names_i & names_j) >= 2
    }


def paraphrase(text: str) -> str:
    moved = _LEADING_PHRASE.match(text)
    if moved:
        text = f"{moved.group(2).rstrip('.')} {moved.group(1)[0].lower()}{moved.group(1)[1:]}."
        text = text[0].upper() + text[1:]
    for word, other in PARAPHRASES.items():
        text = re.sub(rf"\b{word}\b", other, text, count=1)
    return text


def write_planted(
    directory: Path, articles: int, *, seed: int = 11, outlets: int = OUTLETS_PER_EVENT
) -> list[Version]:
    """Write `articles` files, `outlets` to an event; return every fact version written, for
    scoring."""
    rng = random.Random(seed)
    bases = facts_of_bundled()
    directory.mkdir(parents=True, exist_ok=True)
    versions: list[Version] = []
    events = (articles + outlets - 1) // outlets
    written = 0
    for event in range(events):
        facts = [event_text(f, event + 1000 * seed) for f in bases[event % len(bases)]]
        for outlet in range(outlets):
            if written == articles:
                break
            name = f"e{event:04d}o{outlet}"
            chosen = sorted(rng.sample(range(len(facts)), min(FACTS_PER_ARTICLE, len(facts) * 3 // 4)))
            sentences = []
            for index in chosen:
                text, variant, change = facts[index], "original", ""
                roll = rng.random()
                if roll < SHARE_PERTURBED:
                    changed = perturb(text, rng, event)
                    if changed is not None:
                        kind, detail, text = changed
                        variant, change = f"perturbed:{kind}", f"{kind}:{detail}"
                        if rng.random() < SHARE_PARAPHRASED:  # a changed fact, told in other words
                            text = paraphrase(text)
                elif roll < SHARE_PERTURBED + SHARE_PARAPHRASED:
                    text, variant = paraphrase(text), "paraphrase"
                versions.append(Version(name, f"{event}/{index}", variant, change, text))
                sentences.append(text)
            paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
            body = f"Coverage of event {event} by outlet {outlet}\n\n" + "\n\n".join(paragraphs) + "\n"
            (directory / f"{name}.md").write_text(f"---\nid: {name}\n---\n{body}", encoding="utf-8")
            written += 1
    return versions
