"""Two claims that name the same two parties on either side of one act, the other way round.

"Acme sued Globex for $2 million" and "Globex sued Acme for $2 million" read almost alike and
state the same figure, yet they may be two facts (each sued the other) or one told wrongly:
who did it and to whom is exactly what a reader must check. The comparison does not call it a
conflict (both may be true); the report shows it beside the finding.

By rule, no parser: a name is a run of capitalised words (one party when the runs share a
word, "Ann Lee" / "Lee"); the act is a finite verb both claims use (by its lemma); the parties
swap when one claim has X before the verb and Y after it, the other Y before and X after, both
in the same voice ("Lee was sued by Acme" turns the order round without turning the roles).
"""

from __future__ import annotations

from functools import lru_cache

from crosscheck.grammar import is_finite_verb, words
from crosscheck.lexicon import AUXILIARIES, REPORTING_VERBS, STOP_WORDS, SYMMETRIC_VERBS, TITLES
from crosscheck.normalize import TEXT_CACHE, lemma

_BE = frozenset(("is", "are", "was", "were", "be", "been", "being"))

Party = frozenset[str]  # the lower-cased words of one name
Name = tuple[int, Party, str]  # where it starts (in words), its words, and as written
Act = tuple[int, str, bool]  # where the verb stands, its lemma, and whether in the passive


def _bare(word: str) -> str:
    lower = word.lower()
    return lower[:-2] if lower.endswith(("'s", "’s")) else lower


@lru_cache(maxsize=TEXT_CACHE)
def _capitals(text: str) -> frozenset[str]:
    """The capitalised words of `text`, lower-cased: the cheap test before `_parts`."""
    return frozenset(_bare(w) for w in words(text) if w[:1].isupper() and w.lower() not in STOP_WORDS)


@lru_cache(maxsize=TEXT_CACHE)
def _parts(text: str) -> tuple[tuple[Name, ...], tuple[Act, ...]]:
    """The names of `text` and its finite verbs."""
    written = words(text)
    names: list[Name] = []
    verbs: list[Act] = []
    run: list[str] = []
    for k, word in enumerate((*written, "")):
        lower = word.lower()
        if word[:1].isupper() and lower not in STOP_WORDS and lower not in TITLES:
            run.append(word)
            continue
        if run:
            names.append((k - len(run), frozenset(map(_bare, run)), " ".join(run)))
            run = []
        previous = written[k - 1] if k else None
        if not word or lower in AUXILIARIES or lower in REPORTING_VERBS:
            continue
        if is_finite_verb(word, previous=previous) or (lower.endswith("ed") and len(lower) > 3 and k):
            verbs.append((k, lemma(lower), previous is not None and previous.lower() in _BE))
    return tuple(names), tuple(verbs)


def swapped(a: str, b: str) -> tuple[str, str] | None:
    """The two parties (as `a` writes them, the one before the act first) when `b` puts them
    the other way round about the same act; None when it does not."""
    if len(_capitals(a) & _capitals(b)) < 2:
        return None  # most pairs: not two names in common, nothing to read further
    names_a, verbs_a = _parts(a)
    names_b, verbs_b = _parts(b)
    if len(names_a) < 2 or len(names_b) < 2:
        return None
    acts_b = {act: (k, passive) for k, act, passive in reversed(verbs_b)}  # the first of each
    for k_a, act, passive_a in verbs_a:
        if act in SYMMETRIC_VERBS or act not in acts_b:
            continue  # "Lee met Hale" / "Hale met Lee": one fact, whichever comes first
        k_b, passive_b = acts_b[act]
        subject, thing = _nearest(names_a, k_a)
        if passive_a != passive_b or subject is None or thing is None or subject[1] & thing[1]:
            continue
        subject_b, thing_b = _nearest(names_b, k_b)
        if subject_b and thing_b and subject_b[1] & thing[1] and thing_b[1] & subject[1]:
            return subject[2], thing[2]
    return None


def _nearest(names: tuple[Name, ...], act: int) -> tuple[Name | None, Name | None]:
    """The name nearest before word `act` (its subject) and the nearest after it (its object)."""
    before = [n for n in names if n[0] < act]
    after = [n for n in names if n[0] > act]
    return (before[-1] if before else None), (after[0] if after else None)
