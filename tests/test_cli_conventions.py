"""The conventions users know from other command-line tools: help that reads cleanly, with
examples; `--json FILE` alike in every command; warnings for what is read but doubtful;
`--color`, FORCE_COLOR and NO_COLOR; articles from standard input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck import render
from crosscheck.cli import app

runner = CliRunner()
COMMANDS = ("claims", "report", "check", "init", "fetch")
STORM = '{"id": "%s", "text": "The storm killed %d people on Monday in North Ridge, officials said."}\n'


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_names_no_python_types_and_shows_examples(command: str) -> None:
    result = runner.invoke(app, [command, "--help"] if command else ["--help"])
    assert result.exit_code == 0
    assert not re.search(r"<(list\[|float|int|path|str)", result.stdout), result.stdout
    examples = [line for line in result.stdout.splitlines() if line.startswith("    crosscheck ")]
    assert len(examples) >= 2, result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_repeatable_options_say_so() -> None:
    for command in ("claims", "report"):
        help_text = " ".join(runner.invoke(app, [command, "--help"]).stdout.split())
        assert re.search(r"-s, --source ID .*?\(repeatable\)", help_text), help_text


def test_claims_json_takes_a_file_as_report_does(tmp_path: Path, corpus_dir: Path) -> None:
    out = tmp_path / "claims.json"
    result = runner.invoke(app, ["claims", str(corpus_dir), "--source", "s002", "--json", str(out)])
    assert result.exit_code == 0, result.output
    claims = json.loads(out.read_text(encoding="utf-8"))
    assert {c["source"] for c in claims} == {"s002"}
    assert result.stdout == f"wrote {out} ({len(claims)} claims)\n"
    to_stdout = runner.invoke(app, ["claims", str(corpus_dir), "--source", "s002", "--json", "-"])
    assert json.loads(to_stdout.stdout) == claims


def test_a_file_of_another_format_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    path.write_text("The storm hit the coast on Monday, officials said.\n")
    result = runner.invoke(app, ["claims", str(path)])
    assert result.exit_code == 0
    assert result.stderr == (
        f"crosscheck: warning: {path}: not a known article format "
        "(.md, .markdown, .txt, .jsonl, .html, .htm); read as plain text\n"
    )


def test_a_date_that_is_no_date_is_named_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\nid: a\npublished: yesterday\n---\nThe storm hit the coast on Monday, officials said.\n"
    )
    result = runner.invoke(app, ["claims", str(path)])
    assert result.exit_code == 0
    assert (
        result.stderr
        == f"crosscheck: warning: {path}:3: published 'yesterday' is no date (YYYY-MM-DD); left out\n"
    )


@pytest.mark.parametrize(
    ("flag", "env", "coloured"),
    [
        (None, {}, False),  # piped: plain
        ("always", {}, True),
        (None, {"FORCE_COLOR": "1"}, True),  # `FORCE_COLOR=1 crosscheck report | less -R`
        ("never", {"FORCE_COLOR": "1"}, False),  # the flag overrules the environment
        ("always", {"NO_COLOR": "1"}, True),
    ],
)
def test_colour_follows_the_flag_then_the_environment(
    tmp_path: Path, flag: str | None, env: dict[str, str], coloured: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "feed.jsonl").write_text(STORM % ("a", 12) + STORM % ("b", 40))
    args = ["--color", flag] if flag else []
    try:
        result = runner.invoke(app, [*args, "report", str(tmp_path)], env=env)
    finally:
        render.set_color("auto")
    assert result.exit_code == 0, result.output
    assert ("\x1b[" in result.stdout) is coloured


def test_articles_are_read_from_standard_input(tmp_path: Path) -> None:
    feed = STORM % ("a", 12) + STORM % ("b", 40) + "not json\n"
    result = runner.invoke(app, ["report", "-", "--json", "-"], input=feed)
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert [s["id"] for s in document["sources"]] == ["a", "b"]
    assert document["summary"]["conflict"] == 1
    assert result.stderr == "crosscheck: warning: <stdin>:3: invalid JSON: Expecting value (skipped)\n"


def test_the_progress_bar_estimates_the_time_left() -> None:
    from rich.progress import TimeRemainingColumn

    display = render.ProgressDisplay(enabled=True, delay=0)
    display("extracting", 1, 10)
    try:
        assert display.progress is not None
        assert any(isinstance(column, TimeRemainingColumn) for column in display.progress.columns)
    finally:
        display.progress.stop()


def test_section_headings_hold_one_pair_of_brackets(tmp_path: Path) -> None:
    hedged = '{"id": "b", "text": "The storm may have killed 40 people on Monday in North Ridge, officials said."}\n'
    (tmp_path / "feed.jsonl").write_text(STORM % ("a", 12) + hedged)
    result = runner.invoke(app, ["report", str(tmp_path)])
    assert "Unclear: one side hedges (1)" in result.stdout.splitlines()
