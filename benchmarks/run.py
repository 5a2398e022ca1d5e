"""Time and score `crosscheck report --json FILE` on generated corpora with planted conflicts.

Run: python -m benchmarks.run [SIZES...]                 (default: 200 1000)
     python -m benchmarks.run --workers 1 200            (one core)
     python -m benchmarks.run --outlets 10000 10000      (one event, ten thousand outlets)
     python -m benchmarks.run --real 1000 10000          (corpora from real articles, speed only)

For each size: a corpus from benchmarks/planted.py is written; a fresh process runs the report
(as a user runs it); the JSON is scored against the planted conflicts. Printed per size:
`wall` (the whole command, start-up included), `pipeline` (reading the corpus to writing the
JSON, timed inside the process), claims per second, peak memory (resident, of the largest
single process; and proportional, PSS, of the command and its worker processes together,
sampled every 0.2 s from /proc where there is one), and recall and precision of planted
conflicts (false = 1 - precision: the share of reported conflicts that were not planted;
conflicts between two parallel facts, see planted.py, are counted apart and left out of both),
and `dissent`: the share of changed versions (a number, a date or a name that another outlet
tells otherwise) that are in at least one planted conflict found. Where many outlets cover one
event, a claim is compared with its best few partners only (pairing.PARTNERS_PER_CLAIM), so pair
recall falls by design; `dissent` says whether each changed version was still flagged.
For sizes up to ALL_PAIRS_MAX, the plain all-pairs approach (the shared-content score of every
cross-source pair) is timed against the indexed candidate search on the same claims, in this
process.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from math import comb
from pathlib import Path
from typing import Any

from benchmarks.planted import OUTLETS_PER_EVENT, Version, facts_of_bundled, parallel_facts, write_planted
from benchmarks.realistic import write_realistic
from crosscheck.corpus import load_corpus
from crosscheck.facts import pairing_keys
from crosscheck.match import normalised
from crosscheck.normalize import DEFAULT_ALIASES
from crosscheck.pairing import best_partners, build_key_index, lonely, scored_pairs, shared_score
from crosscheck.pipeline import extract_corpus

DEFAULT_SIZES = (200, 1000)
ALL_PAIRS_MAX = 200
CHILD = """
import sys, time
from crosscheck.cli import app
start = time.perf_counter()
try:
    app(["report", sys.argv[1], "--json", sys.argv[2], "--workers", sys.argv[3], "--quiet"],
        standalone_mode=False)
finally:
    print(f"pipeline={time.perf_counter() - start:.6f}", file=sys.stderr)
"""


@dataclass(frozen=True)
class Run:
    wall: float  # seconds, the whole command
    pipeline: float  # seconds, timed inside the process
    peak_process: float  # MiB: peak resident memory of the largest single process
    peak_total: float | None  # MiB: peak proportional memory (PSS) of the command and its workers


def run_report(corpus: Path, out: Path, workers: int) -> Run:
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(corpus), str(out), str(workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak_total = 0.0
    sampled = Path("/proc").is_dir()
    while child.poll() is None:  # stderr carries one short line: it cannot fill the pipe
        if sampled:
            peak_total = max(peak_total, tree_pss(child.pid))
        time.sleep(0.2)
    err = child.stderr.read() if child.stderr else ""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if child.returncode != 0:
        raise SystemExit(f"report failed: {err}")
    wall = time.perf_counter() - start
    pipeline = float([line for line in err.splitlines() if line.startswith("pipeline=")][-1].split("=")[1])
    return Run(wall, pipeline, usage.ru_maxrss / 1024, peak_total if sampled else None)


def tree_pss(root: int) -> float:
    """MiB of proportional set size of `root` and its descendants (Linux /proc): memory
    shared between a process and its forked workers is counted once, not once each."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue  # a process that ended while we looked
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent]
        tree.update(children)
        frontier.extend(children)
    total_kib = 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total_kib += int(line.split()[1])
        except (OSError, ValueError):
            continue
    return total_kib / 1024


@dataclass(frozen=True)
class Score:
    planted: int
    recall: float  # planted conflicts reported as conflicts (or `unclear` where a side hedges)
    reported: int  # hard conflicts reported
    false: float  # share of reported conflicts that were not planted (parallel facts aside)
    parallel: int  # reported conflicts between versions of two parallel facts
    dissent: float  # changed versions (a number, date or name) in at least one planted conflict found


def score(report: dict[str, Any], versions: list[Version]) -> Score:
    """Findings judged one by one against what was planted; the planted pairs are counted, not
    listed, so one event covered by thousands of outlets is scored as cheaply as many small ones."""
    change = {(v.article, v.fact): v.change for v in versions}
    siblings = {n: parallel_facts(facts) for n, facts in enumerate(facts_of_bundled())}
    by_article: dict[str, list[Version]] = {}
    for version in versions:
        by_article.setdefault(version.article, []).append(version)
    where: dict[str, tuple[str, str] | None] = {}
    for claim in report["claims"]:
        sentence = claim["sentence"].strip()
        match = [v for v in by_article.get(claim["source"], []) if sentence in v.text or v.text in sentence]
        where[claim["id"]] = (claim["source"], match[0].fact) if match else None
    # A finding of a claim that copies repeat holds for each copy too (the CSV's rows).
    copies: dict[str, list[str]] = {}
    for claim in report["claims"]:
        if claim.get("copy_of"):
            copies.setdefault(claim["copy_of"], []).append(claim["id"])
    found: set[frozenset[tuple[str, str]]] = set()
    false = parallel = reported = 0
    for group in report["groups"]:
        for finding in group["findings"]:
            # Hedged claims never make a hard conflict: a planted conflict between speculative
            # versions is found when it is reported `unclear` with its kind.
            if finding["status"] not in ("conflict", "unclear"):
                continue
            sides = [(finding["a"], finding["b"])]
            sides += [(c, finding["b"]) for c in copies.get(finding["a"], ())]
            sides += [(finding["a"], c) for c in copies.get(finding["b"], ())]
            for side_a, side_b in sides:
                reported, parallel, false = _count(
                    where.get(side_a),
                    where.get(side_b),
                    finding["status"],
                    change,
                    siblings,
                    found,
                    (reported, parallel, false),
                )
    changes: dict[str, Counter[str]] = {}  # fact → how many versions carry each change
    for version in versions:
        changes.setdefault(version.fact, Counter())[version.change] += 1
    # Two versions of one fact in two articles conflict when their changes differ (an article
    # tells each fact at most once): all pairs, less the pairs within each change.
    planted = sum(comb(c.total(), 2) - sum(comb(n, 2) for n in c.values()) for c in changes.values())
    flagged = {version for pair in found for version in pair}
    disputed = [key for key, how in change.items() if how and len(changes[key[1]]) > 1]
    scored = reported - parallel
    return Score(
        planted=planted,
        recall=len(found) / planted if planted else 1.0,
        reported=reported,
        false=false / scored if scored else 0.0,
        parallel=parallel,
        dissent=sum(key in flagged for key in disputed) / len(disputed) if disputed else 1.0,
    )


def _count(
    a: tuple[str, str] | None,
    b: tuple[str, str] | None,
    status: str,
    change: dict[tuple[str, str], str],
    siblings: dict[int, set[frozenset[int]]],
    found: set[frozenset[tuple[str, str]]],
    tallies: tuple[int, int, int],
) -> tuple[int, int, int]:
    """One reported pair of versions scored: (reported, parallel, false) after it."""
    reported, parallel, false = tallies
    is_planted = is_parallel = False
    if a is not None and b is not None:
        is_planted = a[0] != b[0] and a[1] == b[1] and change[a] != change[b]
        is_parallel = _parallel(a[1], b[1], siblings)
        if is_planted:
            found.add(frozenset({a, b}))
    if status == "conflict":
        reported += 1
        parallel += is_parallel
        false += not is_planted and not is_parallel
    return reported, parallel, false


def _parallel(fact_a: str, fact_b: str, siblings: dict[int, set[frozenset[int]]]) -> bool:
    """Versions of two parallel facts of one event (see planted.parallel_facts)."""
    (event_a, index_a), (event_b, index_b) = (map(int, f.split("/")) for f in (fact_a, fact_b))
    return event_a == event_b and frozenset({index_a, index_b}) in siblings[event_a % len(siblings)]


def all_pairs_ratio(corpus: Path) -> tuple[float, float]:
    """Seconds to score every cross-source pair, and seconds for the indexed candidate search
    (the pipeline's two searches and the choice of partners, in one process)."""
    claims = extract_corpus(load_corpus([corpus]).articles)
    toks = normalised(claims, DEFAULT_ALIASES)
    sources = [c.source for c in claims]
    start = time.perf_counter()
    index = build_key_index([(*t, *pairing_keys(c.text)) for c, t in zip(claims, toks, strict=True)], sources)
    found = scored_pairs(index, range(len(claims)))
    found += scored_pairs(index, lonely(index, found), repeated=True)
    best_partners(found, sources, list(range(len(claims))))
    indexed = time.perf_counter() - start
    start = time.perf_counter()
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if sources[i] != sources[j]:
                shared_score(index, i, j)
    return time.perf_counter() - start, indexed


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=list(DEFAULT_SIZES))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--outlets", type=int, default=OUTLETS_PER_EVENT, help="articles to an event (one event: the size)"
    )
    parser.add_argument(
        "--real", action="store_true", help="corpora written from the development set's articles (speed only)"
    )
    args = parser.parse_args(argv)
    print(f"workers={args.workers} outlets={args.outlets} corpora={'real' if args.real else 'planted'}")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        for size in args.sizes:
            corpus = Path(tmp) / f"corpus-{size}"
            versions = None if args.real else write_planted(corpus, size, outlets=args.outlets)
            if args.real:
                write_realistic(corpus, size, outlets=args.outlets)
            run = run_report(corpus, out, args.workers)
            report = json.loads(out.read_text(encoding="utf-8"))
            summary = report["summary"]
            claims = summary["claims"]
            total = "" if run.peak_total is None else f" / {run.peak_total:5.0f} MiB all processes"
            line = (
                f"{size:>6} articles {claims:>7} claims  "
                f"wall {run.wall:6.1f} s  pipeline {run.pipeline:6.1f} s  "
                f"{claims / run.pipeline:6.0f} claims/s  peak {run.peak_process:5.0f} MiB a process{total}  "
            )
            if versions is None:
                line += f"conflicts {summary['conflict']:6d}  agreements {summary['agree']:6d}"
                print(line, flush=True)
                continue
            found = score(report, versions)
            line += (
                f"planted {found.planted:5d}  recall {found.recall:5.1%}  "
                f"reported {found.reported:5d}  parallel {found.parallel:4d}  "
                f"precision {1 - found.false:6.1%}  false {found.false:4.1%}  dissent {found.dissent:5.1%}"
            )
            if size <= ALL_PAIRS_MAX:
                plain, indexed = all_pairs_ratio(corpus)
                line += f"  all-pairs {plain:5.1f} s vs indexed {indexed:4.2f} s ({plain / indexed:4.0f}x)"
            print(line, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
