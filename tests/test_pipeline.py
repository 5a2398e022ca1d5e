"""The pipeline as a whole: workers, progress reports, determinism."""

from __future__ import annotations

from pathlib import Path

from benchmarks.generate import write_corpus
from crosscheck.corpus import load_corpus
from crosscheck.pipeline import Options, run
from crosscheck.render import ProgressDisplay, report_json


def test_two_workers_give_the_same_report_as_one(tmp_path: Path) -> None:
    articles = load_corpus([write_corpus(tmp_path / "c", 70)]).articles
    one = run(articles, options=Options(workers=1))
    two = run(articles, options=Options(workers=2))
    assert report_json(two, two.groups) == report_json(one, one.groups)


def test_progress_is_reported_for_every_stage(corpus_dir: Path) -> None:
    seen: dict[str, int] = {}

    def progress(stage: str, advance: int, total: int) -> None:
        seen[stage] = seen.get(stage, 0) + advance
        assert advance >= 0 and total >= 0

    report = run(load_corpus([corpus_dir]).articles, progress=progress)
    assert seen == {"extracting": 5, "matching": len(report.claims), "comparing": len(report.groups)}


def test_a_disabled_progress_display_shows_nothing(capsys: object) -> None:
    with ProgressDisplay(enabled=False, delay=0) as display:
        display("extracting", 1, 2)
        assert display.progress is None
