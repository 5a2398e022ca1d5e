"""Quality on real coverage: `crosscheck report` on every folder of the development set, scored.

    python -m benchmarks.quality [--devset ../shared/devset] [--unjudged]

Each folder is reported in a fresh process, as a user would run it (`crosscheck report FOLDER
--all --csv … --json …`), and scored with its gold file by the contract of the development
set's own `score.py`: a gold pair is found when a CSV row with the wanted status pairs a claim
of `src_a` matching `a` with a claim of `src_b` matching `b` (either way round); a single is
found when every group holding a claim that matches `re` is single-source.

Precision needs reading: `tests/gold/judged/<folder>.yaml` holds a verdict for reported
conflicts, keyed by the two sentences (source and line of each), so a verdict outlives changes
to the claim text. The share of reported conflicts judged right is computed over the judged
folders; `--unjudged` lists the reported conflicts that have no verdict yet.

The texts stay in the development set: nothing of them is copied here.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
DEFAULT_DEVSET = HERE.parent.parent / "shared" / "devset"
JUDGED = HERE.parent / "tests" / "gold" / "judged"

Row = dict[str, str]
SentencePair = frozenset[str]  # {"13_5ecbplus:4", "13_13ecbplus:9"}
# A verdict is on one kind of difference between two sentences: a pair of lines judged for its
# times is not judged for a number found there later.
Judged = tuple[SentencePair, str]


@dataclass(frozen=True)
class Conflict:
    """One conflict the report printed, as a judge sees it."""

    a: str  # "source:line"
    b: str
    kind: str
    a_says: str
    b_says: str
    claim_a: str
    claim_b: str

    @property
    def key(self) -> Judged:
        return frozenset((self.a, self.b)), self.kind


@dataclass
class Tally:
    found: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.found += hit
        self.total += 1

    def __str__(self) -> str:
        return f"{self.found}/{self.total}"


@dataclass
class FolderScore:
    name: str
    conflicts: Tally = field(default_factory=Tally)
    agreements: Tally = field(default_factory=Tally)
    singles: Tally = field(default_factory=Tally)
    false_conflicts: int = 0  # gold agreements reported as conflicts
    reported: list[Conflict] = field(default_factory=list)
    judged_right: int = 0
    judged_wrong: int = 0
    judged: bool = False  # this folder has a file of verdicts
    verdicts: Path = JUDGED  # the folder of verdict files this one's is read from
    misses: list[str] = field(default_factory=list)
    agreed: set[SentencePair] = field(default_factory=set)  # sentence pairs reported as agreeing
    between_copies: list[str] = field(default_factory=list)  # gold agreements within one story

    @property
    def unjudged(self) -> list[Conflict]:
        verdicts = _verdicts(self.name, self.verdicts)
        return [c for c in self.reported if c.key not in verdicts]


def folders(devset: Path) -> list[tuple[str, Path, dict[str, object]]]:
    """(name, corpus folder, gold) for every gold file of the development set, in name order."""
    found = []
    for gold_path in sorted((devset / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        found.append((gold_path.stem, devset / str(gold["corpus"]), gold))
    return found


def report(corpus: Path, workdir: Path) -> tuple[list[Row], dict[str, object]]:
    """The CSV rows and the JSON of `crosscheck report CORPUS --all`, run in a fresh process."""
    csv_path, json_path = workdir / "report.csv", workdir / "report.json"
    command = [sys.executable, "-m", "crosscheck", "report", str(corpus), "--all", "--quiet"]
    done = subprocess.run(
        [*command, "--csv", str(csv_path), "--json", str(json_path)], capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(f"crosscheck report {corpus} exited {done.returncode}: {done.stderr.strip()}")
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return rows, json.loads(json_path.read_text(encoding="utf-8"))


def _side(row: Row, which: str, pattern: re.Pattern[str], source: object) -> bool:
    if source is not None and row[f"source_{which}"] != source:
        return False
    return bool(pattern.search(row[f"claim_{which}"]))


def _pairs(rows: Iterable[Row], item: dict[str, str], status: str) -> bool:
    ra, rb = re.compile(item["a"], re.I), re.compile(item["b"], re.I)
    src_a, src_b = item.get("src_a"), item.get("src_b")
    for row in rows:
        if row["status"] != status or row["source_a"] == row["source_b"]:
            continue
        forward = _side(row, "a", ra, src_a) and _side(row, "b", rb, src_b)
        backward = _side(row, "b", ra, src_a) and _side(row, "a", rb, src_b)
        if forward or backward:
            return True
    return False


def _is_single(groups: Sequence[dict[str, object]], pattern: re.Pattern[str]) -> bool:
    holding = [
        g
        for g in groups
        if any(pattern.search(str(c["text"])) for c in g["claims"])  # type: ignore[attr-defined]
    ]
    return bool(holding) and all(
        g["status"] == "single" or len({c["source"] for c in g["claims"]}) == 1  # type: ignore[attr-defined]
        for g in holding
    )


def score(
    name: str, gold: dict[str, object], rows: list[Row], result: dict[str, object], judged: Path = JUDGED
) -> FolderScore:
    scored = FolderScore(name, verdicts=judged)
    story = {str(s["id"]): str(s.get("story", s["id"])) for s in result["sources"]}  # type: ignore[attr-defined]
    for kind, tally in (("conflict", scored.conflicts), ("agree", scored.agreements)):
        for item in gold.get(kind, []):  # type: ignore[attr-defined]
            if kind == "agree" and story.get(item["src_a"]) == story.get(item["src_b"]) is not None:
                # Copies of one story are one voice and never agree (`copies`): a gold agreement
                # between two of them is one text read twice, and is not counted.
                scored.between_copies.append(item["id"])
                continue
            hit = _pairs(rows, item, kind)
            tally.add(hit)
            if not hit:
                scored.misses.append(f"{kind} {item['id']}")
            if kind == "agree" and _pairs(rows, item, "conflict"):
                scored.false_conflicts += 1
                scored.misses.append(f"false-conflict {item['id']}")
    groups = result["groups"]
    assert isinstance(groups, list)
    for item in gold.get("single", []):  # type: ignore[attr-defined]
        hit = _is_single(groups, re.compile(item["re"], re.I))
        scored.singles.add(hit)
        if not hit:
            scored.misses.append(f"single {item['id']}")
    scored.reported = [
        Conflict(
            f"{r['source_a']}:{r['line_a']}",
            f"{r['source_b']}:{r['line_b']}",
            r["kind"],
            r["a_says"],
            r["b_says"],
            r["claim_a"],
            r["claim_b"],
        )
        for r in _one_per_story(rows)
        if r["status"] == "conflict"
    ]
    scored.agreed = {
        frozenset((f"{r['source_a']}:{r['line_a']}", f"{r['source_b']}:{r['line_b']}"))
        for r in rows
        if r["status"] == "agree"
    }
    verdicts = _verdicts(name, judged)
    scored.judged = bool(verdicts)
    for conflict in scored.reported:
        verdict = verdicts.get(conflict.key)
        scored.judged_right += verdict == "right"
        scored.judged_wrong += verdict == "wrong"
    return scored


def _one_per_story(rows: Iterable[Row]) -> list[Row]:
    """The rows with each finding once per pair of stories: the report repeats a finding for
    every copy of a claim, and a judge reads it once."""
    seen: set[tuple[str, ...]] = set()
    kept = []
    for r in rows:
        stories = (r.get("story_a", r["source_a"]), r.get("story_b", r["source_b"]))
        key = (*stories, r["claim_a"], r["claim_b"], r["status"], r["kind"], r["a_says"], r["b_says"])
        if key not in seen:
            seen.add(key)
            kept.append(r)
    return kept


def judged_entries(path: Path) -> list[dict[str, Any]]:
    """The entries of a file of verdicts; none where there is no such file."""
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or []) if path.exists() else []


def _verdicts(name: str, judged: Path = JUDGED) -> dict[Judged, str]:
    return {pair: verdict for pair, (verdict, _) in _reasons(name, judged).items()}


def _reasons(name: str, judged: Path = JUDGED) -> dict[Judged, tuple[str, str]]:
    entries = judged_entries(judged / f"{name}.yaml")
    return {(frozenset((e["a"], e["b"])), e["kind"]): (e["verdict"], e.get("why") or "") for e in entries}


def devset_missing(devset: Path) -> bool:
    """Whether `devset` holds no development set; says so on stderr if it does not."""
    if (devset / "gold").is_dir():
        return False
    print(f"no development set at {devset}", file=sys.stderr)
    return True


# Random samples of reported agreements, judged by reading: the first (2026-12-02, six folders,
# seed 7) and a second drawn later from all folders (2026-12-06, seed 8), judged more strictly.
AGREEMENT_SAMPLE = JUDGED.parent / "agreements_judged.yaml"
SECOND_AGREEMENT_SAMPLE = JUDGED.parent / "agreements_judged_2.yaml"


def sampled_agreements(scores: Sequence[FolderScore], sample: Path = AGREEMENT_SAMPLE) -> tuple[int, int]:
    """(judged right, still reported) over a judged sample of agreements: how many of the
    sampled agreements the report still prints, and how many of those a reader found right.
    Agreements the report no longer prints drop out of the sample."""
    agreed = {s.name: s.agreed for s in scores}
    still = [
        e for e in judged_entries(sample) if frozenset((e["a"], e["b"])) in agreed.get(e["folder"], set())
    ]
    return sum(e["verdict"] == "right" for e in still), len(still)


def measure(devset: Path, judged: Path = JUDGED) -> list[FolderScore]:
    """Every folder of `devset` reported and scored; verdicts read from `judged`."""
    scores = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, corpus, gold in folders(devset):
            rows, result = report(corpus, Path(tmp))
            scores.append(score(name, gold, rows, result, judged))
    return scores


@dataclass(frozen=True)
class Totals:
    conflicts: Tally
    agreements: Tally
    singles: Tally
    false_conflicts: int
    reported: int
    judged_right: int
    judged_reported: int  # conflicts reported in the judged folders

    @property
    def precision(self) -> float:
        return self.judged_right / self.judged_reported if self.judged_reported else 1.0


def totals(scores: Sequence[FolderScore]) -> Totals:
    def summed(attribute: str) -> Tally:
        tallies = [getattr(s, attribute) for s in scores]
        return Tally(sum(t.found for t in tallies), sum(t.total for t in tallies))

    judged = [s for s in scores if s.judged]
    return Totals(
        summed("conflicts"),
        summed("agreements"),
        summed("singles"),
        sum(s.false_conflicts for s in scores),
        sum(len(s.reported) for s in scores),
        sum(s.judged_right for s in judged),
        sum(len(s.reported) for s in judged),
    )


def table(scores: Sequence[FolderScore]) -> str:
    head = (
        "| folder | conflicts | agreements | agreements as conflicts | singles "
        "| conflicts reported | judged right |"
    )
    lines = [head, "|---|---|---|---|---|---|---|"]
    for s in scores:
        right = f"{s.judged_right}/{len(s.reported)}" if s.judged else "–"
        lines.append(
            f"| {s.name} | {s.conflicts} | {s.agreements} | {s.false_conflicts} | {s.singles} "
            f"| {len(s.reported)} | {right} |"
        )
    t = totals(scores)
    judged = f"**{t.judged_right}/{t.judged_reported} ({t.precision:.0%})**" if t.judged_reported else "–"
    lines.append(
        f"| **total** | **{t.conflicts}** | **{t.agreements}** | **{t.false_conflicts}** | **{t.singles}** "
        f"| **{t.reported}** | {judged} |"
    )
    return "\n".join(lines)


def _template(conflicts: Sequence[Conflict]) -> list[dict[str, str | None]]:
    """One entry per sentence pair and kind, for a judge to give a verdict (right/wrong) and a reason."""
    seen: dict[Judged, dict[str, str | None]] = {}
    for c in conflicts:
        seen.setdefault(
            c.key,
            {
                "a": c.a,
                "b": c.b,
                "kind": c.kind,
                "a_says": c.a_says,
                "b_says": c.b_says,
                "claim_a": c.claim_a,
                "claim_b": c.claim_b,
                "verdict": None,
                "why": None,
            },
        )
    return list(seen.values())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument(
        "--judged",
        type=Path,
        default=JUDGED,
        help="the folder of verdicts, one <folder>.yaml each (a held-out set's: docs/heldout/setN/judged)",
    )
    parser.add_argument("--unjudged", action="store_true", help="list reported conflicts with no verdict")
    parser.add_argument("--misses", action="store_true", help="list every gold item not found")
    parser.add_argument(
        "--wrong", action="store_true", help="list reported conflicts judged wrong, with the judge's reason"
    )
    parser.add_argument(
        "--dump", metavar="FOLDER", help="print the unjudged conflicts of one folder as YAML to fill in"
    )
    args = parser.parse_args(argv)
    if devset_missing(args.devset):
        return 2
    scores = measure(args.devset, args.judged)
    if args.dump:
        # The folder by its whole name or a part of it ("16_ecb"), as long as one folder has it.
        matching = [s for s in scores if s.name == args.dump] or [s for s in scores if args.dump in s.name]
        if len(matching) != 1:
            names = ", ".join(s.name for s in (matching or scores))
            print(f"--dump {args.dump}: name one folder of: {names}", file=sys.stderr)
            return 2
        template = _template(matching[0].unjudged)
        print(yaml.safe_dump(template, allow_unicode=True, sort_keys=False, width=1000))
        return 0
    print(table(scores))
    copies = [f"{s.name}: {item}" for s in scores for item in s.between_copies]
    if copies:
        print(f"\ngold agreements between copies of one story, not counted: {', '.join(copies)}")
    print()
    for label, sample in (("sampled", AGREEMENT_SAMPLE), ("second sample of", SECOND_AGREEMENT_SAMPLE)):
        right, still = sampled_agreements(scores, sample)
        share = f" ({right / still:.0%})" if still else ""
        print(f"{label} agreements still reported: {still}, judged right {right}{share}")
    for s in scores:
        if args.misses:
            for miss in s.misses:
                print(f"{s.name}: {miss}")
        if args.wrong:
            reasons = _reasons(s.name, s.verdicts)
            for c in s.reported:
                if reasons.get(c.key, ("", ""))[0] == "wrong":
                    print(f"{s.name}: wrong {c.a} / {c.b} {c.kind}: {c.a_says} vs {c.b_says}")
                    print(f"    {c.claim_a}\n    {c.claim_b}\n    why: {reasons[c.key][1]}")
        if args.unjudged and s.judged:
            for c in s.unjudged:
                print(f"{s.name}: unjudged {c.a} / {c.b} {c.kind}: {c.a_says} vs {c.b_says}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
