"""Names spelt two ways across the corpus: the claim pairs that the word search cannot propose.

"A co-worker was holding onto Katrina Lowe" and "killing Katrine Lowe and Ann Berg" tell
different facts and share one rare word, so no search by shared content brings them together;
yet the two spellings of one person's name are a conflict a reader wants to see (the
comparison's spelling rule, `names._spelling_conflict`, judges it). Here every two names
side by side ("Katrina Lowe") are indexed by each of their words; two spellings of the other
word beside one shared word, alike enough to be one name misspelt, propose the first claims of
each pair of sources that write them. The comparison decides: a short form ("Steve" /
"Steven") or a spelling the other source uses too is no finding.

The same holds for a nickname spelt two ways ("the street moniker of Ziggo" / "the nickname
"Ziggy"", `nickname_pairs`) and for one street named as two kinds of way, its name spaced either
way ("Elm Leaf Place" / "Elmleaf Plaza", `street_pairs`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from crosscheck import places
from crosscheck.built import years_built
from crosscheck.models import NO_MENTIONS, Claim, Mentions
from crosscheck.names import bare_name, full_names, misspelt, name_pairs, nicknames
from crosscheck.normalize import Aliases

MAX_SPELLINGS = 12  # spellings beside one word compared pairwise; more is a common word ("New")
PAIRS_PER_VARIANT = 4  # claim pairs proposed for two spellings, one per pair of sources


def mentions_of(text: str, aliases: Aliases, published: str | None, speaker: str | None = None) -> Mentions:
    """What one claim's text mentions (`Mentions`), for the look-ups built across the corpus;
    the names of its speaker too ("Coastguard spokesman Armand Hale said …"), whose spelling
    another source may give otherwise."""
    named = f"{text} ({speaker})" if speaker else text
    found = Mentions(
        name_pairs=tuple(name_pairs(named)),
        names=full_names(named, aliases),
        streets=places.street_ways(text),
        nicknames=nicknames(text),
        built=tuple(span.aged for span in years_built(text, published)),
    )
    return NO_MENTIONS if found == NO_MENTIONS else found


def spelling_pairs(
    claims: Sequence[Claim], rows: Sequence[int], mentions: Sequence[Mentions]
) -> list[tuple[int, int]]:
    """Pairs (a < b) of claims among `rows`, from different sources, that spell a name beside
    one shared word two ways, in corpus order."""
    # shared word → spelling of the other word → the claims that write it, in corpus order
    beside: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i in rows:
        for first, second in mentions[i].names:
            one, other = bare_name(first), bare_name(second)
            for shared, spelling in ((other, one), (one, other)):
                written = beside[shared][spelling]
                if not written or written[-1] != i:
                    written.append(i)
    found: set[tuple[int, int]] = set()
    for spellings in beside.values():
        if len(spellings) < 2 or len(spellings) > MAX_SPELLINGS:
            continue
        for x, y in combinations(sorted(spellings), 2):
            if misspelt(x, y):
                found.update(_first_of_each_source(claims, spellings[x], spellings[y]))
    return sorted(found)


def street_pairs(
    claims: Sequence[Claim], rows: Sequence[int], mentions: Sequence[Mentions]
) -> list[tuple[int, int]]:
    """Pairs (a < b) of claims among `rows`, from different sources, that name one street
    (its name written together: "Elm Leaf" is "Elmleaf") as two kinds of way ("Place" /
    "Plaza"), in corpus order. Such claims share no word when the name is spaced two ways."""
    ways: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))  # name → kind → claims
    for i in rows:
        for name, kind in mentions[i].streets:
            ways[name][kind].append(i)
    found: set[tuple[int, int]] = set()
    for by_kind in ways.values():
        for x, y in combinations(sorted(by_kind), 2):
            found.update(_first_of_each_source(claims, by_kind[x], by_kind[y]))
    return sorted(found)


def nickname_pairs(
    claims: Sequence[Claim], rows: Sequence[int], mentions: Sequence[Mentions]
) -> list[tuple[int, int]]:
    """Pairs (a < b) of claims among `rows`, from different sources, that give a nickname
    spelt two ways ("Ziggo" / "Ziggy"), in corpus order: a sentence that gives a nickname often
    shares nothing else with another that gives it."""
    given: dict[str, list[int]] = defaultdict(list)  # nickname → the claims that give it
    for i in rows:
        for name in mentions[i].nicknames:
            given[name].append(i)
    by_initial: dict[str, list[str]] = defaultdict(list)  # only names of one first letter are misspelt
    for name in sorted(given):
        by_initial[bare_name(name)[:1]].append(name)
    found: set[tuple[int, int]] = set()
    for names in by_initial.values():
        for x, y in combinations(names, 2):
            if misspelt(x, y):
                found.update(_first_of_each_source(claims, given[x], given[y]))
    return sorted(found)


def _first_of_each_source(
    claims: Sequence[Claim], mine: Sequence[int], theirs: Sequence[int]
) -> list[tuple[int, int]]:
    """For each pair of sources, the first claim of each that writes its spelling: a spelling
    is one finding per pair of sources, not one per sentence."""
    first_mine, first_theirs = _first_by_source(claims, mine), _first_by_source(claims, theirs)
    pairs = [
        (min(i, j), max(i, j))
        for source_i, i in sorted(first_mine.items())
        for source_j, j in sorted(first_theirs.items())
        if source_i != source_j
    ]
    return pairs[:PAIRS_PER_VARIANT]


def _first_by_source(claims: Sequence[Claim], rows: Sequence[int]) -> dict[str, int]:
    """The first of `rows` (in corpus order) of each source."""
    first: dict[str, int] = {}
    for i in rows:
        first.setdefault(claims[i].source, i)
    return first
