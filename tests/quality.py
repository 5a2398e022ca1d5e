"""Precision and recall of a report against a hand-annotated gold file (tests/gold/)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from crosscheck.models import Claim, Report, Status
from crosscheck.normalize import load_aliases
from crosscheck.pipeline import Options

GOLD = Path(__file__).parent / "gold" / "bundled.yaml"


@dataclass(frozen=True)
class Score:
    found: int
    reported: int
    gold: int

    @property
    def precision(self) -> float:
        return self.found / self.reported if self.reported else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


def bundled_options(corpus: Path, **settings: Any) -> Options:
    """A run on the bundled corpus as the README runs it: with the story's kinds file."""
    return Options(aliases=load_aliases(None, kinds_path=corpus / "kinds.yaml"), **settings)


def find(report: Report, source: str, piece: str) -> Claim:
    matches = [c for c in report.claims if c.source == source and piece in c.text]
    assert len(matches) == 1, f"gold names {source} {piece!r}: {len(matches)} claims match"
    return matches[0]


def pairs(report: Report, status: Status) -> set[frozenset[str]]:
    return {frozenset((f.a, f.b)) for g in report.groups for f in g.findings if f.status is status}


def evaluate(report: Report, gold_path: Path = GOLD) -> dict[str, Score]:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))

    def gold_pairs(key: str) -> set[frozenset[str]]:
        return {frozenset((find(report, *e["a"]).id, find(report, *e["b"]).id)) for e in gold[key]}

    conflicts, agreements = gold_pairs("conflicts"), gold_pairs("agreements")
    reported_conflicts, reported_agreements = pairs(report, Status.CONFLICT), pairs(report, Status.AGREE)
    single_ids = {g.claim_ids[0] for g in report.groups if g.status is Status.SINGLE}
    gold_single = {find(report, *entry).id for entry in gold["single"]}
    return {
        "conflict": Score(len(conflicts & reported_conflicts), len(reported_conflicts), len(conflicts)),
        "agreement": Score(len(agreements & reported_agreements), len(reported_agreements), len(agreements)),
        "single": Score(len(gold_single & single_ids), len(gold_single), len(gold_single)),
    }
