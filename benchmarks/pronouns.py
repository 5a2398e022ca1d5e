"""Whom does "he said" name? Every pronoun speaker's tag of the development set, resolved by the
extractor, against whom a reader found the pronoun refers to.

    python -m benchmarks.pronouns [--devset ../shared/devset] [--misses]

The verdicts live in `tests/gold/pronouns_judged.yaml`, keyed by source, line and pronoun: for
each, the words (a surname, a group's noun) one of which the resolved speaker must hold, or null
where the referent is named nowhere before, so that the right speaker is nobody known. A tag
the extractor no longer meets (or meets anew) is listed, to judge and add.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from benchmarks.quality import DEFAULT_DEVSET, devset_missing, folders, judged_entries
from crosscheck.corpus import load_corpus
from crosscheck.extract import extract_claims
from crosscheck.lexicon import PRONOUNS
from crosscheck.speakers import Speakers

JUDGED = Path(__file__).resolve().parent.parent / "tests" / "gold" / "pronouns_judged.yaml"

Tag = tuple[str, int, str]  # source, line, pronoun


def resolved(devset: Path) -> dict[Tag, str | None]:
    """Each pronoun speaker's tag of the development set, with the speaker it was resolved to.

    Which claims had a pronoun for speaker is told by extracting each article twice: once as the
    tool does, once with every pronoun left as it is written."""
    found: dict[Tag, str | None] = {}
    for _, corpus, _ in folders(devset):
        for article in load_corpus([corpus]).articles:
            claims = extract_claims(article)
            with mock.patch.object(Speakers, "referent", lambda _, pronoun: pronoun):
                written = extract_claims(article)
            for claim, as_written in zip(claims, written, strict=True):
                pronoun = (as_written.attribution or "").lower()
                if pronoun in PRONOUNS:
                    found.setdefault((claim.source, claim.line, pronoun), claim.attribution)
    return found


@dataclass(frozen=True)
class Score:
    right: int
    judged: int
    misses: list[str]  # "source:line pronoun -> speaker (wanted …)"
    unjudged: list[Tag]  # tags met now that have no verdict


def score(devset: Path) -> Score:
    now = resolved(devset)
    right, misses, judged = 0, [], set()
    for entry in judged_entries(JUDGED):
        tag = (str(entry["source"]), int(entry["line"]), str(entry["pronoun"]))
        if tag not in now:
            continue  # the extractor no longer meets this tag
        judged.add(tag)
        wanted = entry["referent"]
        speaker = now[tag]
        held = set((speaker or "").lower().replace(".", " ").split())
        if (speaker is None) if wanted is None else bool(held & set(wanted)):
            right += 1
        else:
            misses.append(f"{tag[0]}:{tag[1]} {tag[2]} -> {speaker} (wanted {wanted or 'nobody'})")
    return Score(right, len(judged), misses, sorted(set(now) - judged))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--misses", action="store_true", help="list every tag resolved to the wrong speaker")
    args = parser.parse_args(argv)
    if devset_missing(args.devset):
        return 2
    found = score(args.devset)
    share = f" ({found.right / found.judged:.0%})" if found.judged else ""
    print(f"pronoun tags resolved to the right speaker: {found.right}/{found.judged}{share}")
    for tag in found.unjudged:
        print(f"not judged yet: {tag[0]}:{tag[1]} {tag[2]}")
    if args.misses:
        print("\n".join(found.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
