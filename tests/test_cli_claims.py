"""`crosscheck claims` through typer's CliRunner: exit codes and exact output."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from crosscheck.cli import app

runner = CliRunner()


def test_claims_json_for_one_source(corpus_dir: Path) -> None:
    result = runner.invoke(app, ["claims", str(corpus_dir), "--json", "-", "--source", "s001"])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)
    first = claims[0]
    assert set(first) >= {
        "id",
        "source",
        "text",
        "line",
        "start",
        "end",
        "sentence",
        "attribution",
        "quote",
        "hedged",
    }
    assert {c["source"] for c in claims} == {"s001"}
    assert first["text"] == "Putin gave Kim a “high-quality” Russian-made rifle as a gift"
    assert first["attribution"] == "Peskov"
    on_disk = (corpus_dir / "s001.md").read_text(encoding="utf-8")
    for claim in claims:
        assert on_disk[claim["start"] : claim["end"]] in claim["sentence"]
        assert claim["line"] == on_disk.count("\n", 0, claim["start"]) + 1


def test_claims_table_is_plain_when_not_a_terminal(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline Here\nThe storm hit the coast on Monday, officials said.\n")
    result = runner.invoke(app, ["claims", str(tmp_path)])
    assert result.exit_code == 0
    assert result.stdout == (
        "source  line  claim                                         flags\n"
        "a          2  officials: The storm hit the coast on Monday\n"
        "1 claim from 1 source\n"
    )


def test_unknown_source_is_an_error(corpus_dir: Path) -> None:
    result = runner.invoke(app, ["claims", str(corpus_dir), "--source", "nope"])
    assert result.exit_code == 2
    assert result.stderr.startswith("crosscheck: error: unknown source id 'nope'")


def test_missing_path_exits_2_with_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["claims", str(tmp_path / "missing")])
    assert result.exit_code == 2
    assert result.stderr == f"crosscheck: error: {tmp_path / 'missing'}: no such file or directory\n"
    assert result.stdout == ""


def test_non_utf8_file_alone_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"ok line\n\xff\n")
    result = runner.invoke(app, ["claims", str(path)])
    assert result.exit_code == 2
    assert result.stderr == f"crosscheck: error: {path}:2: not UTF-8 (byte 0xff at offset 8)\n"


def test_bad_file_among_good_ones_warns_and_continues(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("The storm hit the coast on Monday.\n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01")
    result = runner.invoke(app, ["claims", str(tmp_path), "--json", "-"])
    assert result.exit_code == 0
    assert "warning:" in result.stderr and "bin.txt:1: binary file" in result.stderr
    assert [c["source"] for c in json.loads(result.stdout)] == ["good"]


def test_empty_directory_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["claims", str(tmp_path)])
    assert result.exit_code == 2
    assert "no articles found" in result.stderr
