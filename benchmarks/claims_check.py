"""Are the claims faithful? A hand check of claims drawn at random from the development set.

    python -m benchmarks.claims_check [--devset ../shared/devset]          # the shares
    python -m benchmarks.claims_check --dump [--count 150] > sample.yaml   # a sample to judge

A judge reads each sampled claim against its source line and answers three questions:
`in_source` (yes/no): the claim's text is the source's words, restored words aside; `complete`
(yes/no): it keeps a whole fact, not a broken piece; `speaker` (right/wrong/none): for a claim
with an attribution, whether it names who the sentence says is speaking (none: no attribution).
The verdicts live in `tests/gold/claims_judged.yaml`, keyed by source, line, a hash of the
claim text and its attribution, so a claim whose text or speaker has changed since it was
judged drops out of the shares
instead of keeping a verdict about other words; `--unjudged` prints the claims the extractor
now makes from the sampled lines without a verdict, to judge and add.

The texts stay in the development set: the judged file holds hashes, not claim texts.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from benchmarks.quality import DEFAULT_DEVSET, devset_missing, folders, judged_entries
from crosscheck.corpus import load_corpus
from crosscheck.models import Claim
from crosscheck.pipeline import extract_corpus

JUDGED = Path(__file__).resolve().parent.parent / "tests" / "gold" / "claims_judged.yaml"
SEED = 11
COUNT = 150

Key = tuple[str, int, str, str | None]  # source, line, text hash, attribution


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def key(claim: Claim) -> Key:
    return claim.source, claim.line, text_hash(claim.text), claim.attribution


def _key(entry: Mapping[str, object]) -> Key:
    return str(entry["source"]), int(entry["line"]), str(entry["hash"]), entry.get("attribution")  # type: ignore[call-overload, return-value]


def all_claims(devset: Path) -> list[tuple[str, Claim]]:
    """(folder, claim) for every claim of every dev-set folder, in folder and corpus order."""
    return [
        (name, claim)
        for name, corpus, _ in folders(devset)
        for claim in extract_corpus(load_corpus([corpus]).articles)
    ]


@dataclass(frozen=True)
class Shares:
    judged: int  # sampled claims the extractor still makes, word for word
    in_source: int
    complete: int
    attributed: int  # of the judged, those with an attribution
    speaker_right: int
    changed: int  # sampled claims whose text changed since they were judged


def _entries() -> list[dict[str, Any]]:
    return judged_entries(JUDGED)


def shares(devset: Path) -> Shares:
    entries = _entries()
    current = {key(claim) for _, claim in all_claims(devset)}
    still = [e for e in entries if _key(e) in current]
    attributed = [e for e in still if e["speaker"] != "none"]
    return Shares(
        judged=len(still),
        in_source=sum(e["in_source"] == "yes" for e in still),
        complete=sum(e["complete"] == "yes" for e in still),
        attributed=len(attributed),
        speaker_right=sum(e["speaker"] == "right" for e in attributed),
        changed=len(entries) - len(still),
    )


def sample(devset: Path, count: int) -> list[dict[str, object]]:
    """`count` claims drawn at random (fixed seed), as a template to judge."""
    claims = all_claims(devset)
    chosen = sorted(random.Random(SEED).sample(range(len(claims)), count))
    return [_template(*claims[n]) for n in chosen]


def unjudged(devset: Path) -> list[dict[str, object]]:
    """The claims the extractor now makes from the sampled lines that have no verdict (their
    text changed since), as a template to judge and add to the judged file."""
    entries = _entries()
    lines = {(e["source"], e["line"]) for e in entries}
    judged = {_key(e) for e in entries}
    return [
        _template(folder, claim)
        for folder, claim in all_claims(devset)
        if (claim.source, claim.line) in lines and key(claim) not in judged
    ]


def _template(folder: str, claim: Claim) -> dict[str, object]:
    return {
        "folder": folder,
        "source": claim.source,
        "line": claim.line,
        "hash": text_hash(claim.text),
        "text": claim.text,  # for the judge; dropped from the judged file
        "attribution": claim.attribution,
        "restored": claim.restored,
        "in_source": None,
        "complete": None,
        "speaker": None,
        "why": None,
    }


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.0%})" if whole else "–"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--dump", action="store_true", help="print a random sample of claims to judge")
    parser.add_argument("--count", type=int, default=COUNT)
    parser.add_argument(
        "--unjudged", action="store_true", help="print the claims of sampled lines that have no verdict yet"
    )
    args = parser.parse_args(argv)
    if devset_missing(args.devset):
        return 2
    if args.dump:
        print(
            yaml.safe_dump(sample(args.devset, args.count), allow_unicode=True, sort_keys=False, width=1000)
        )
        return 0
    if args.unjudged:
        print(yaml.safe_dump(unjudged(args.devset), allow_unicode=True, sort_keys=False, width=1000))
        return 0
    found = shares(args.devset)
    print(f"judged claims the extractor still makes: {found.judged} ({found.changed} changed since)")
    print(f"text in the source:      {_share(found.in_source, found.judged)}")
    print(f"a complete fact:         {_share(found.complete, found.judged)}")
    print(f"right speaker:           {_share(found.speaker_right, found.attributed)} of those attributed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
