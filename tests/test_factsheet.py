"""`crosscheck check` on the repository's fact sheet, edited the way a person would edit it."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app

from .conftest import ROOT

runner = CliRunner()


def edit(path: Path, old: str, new: str) -> int:
    """Replace one line's text; return that line's number."""
    lines = path.read_text(encoding="utf-8").split("\n")
    (index,) = [i for i, line in enumerate(lines) if old in line]
    lines[index] = lines[index].replace(old, new)
    path.write_text("\n".join(lines), encoding="utf-8")
    return index + 1


def line_of(path: Path, text: str) -> int:
    (index,) = [i for i, line in enumerate(path.read_text(encoding="utf-8").split("\n")) if text in line]
    return index + 1


def test_the_untouched_fact_sheet_passes(sheet: Path) -> None:
    result = runner.invoke(app, ["check", str(sheet)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{sheet}: 29 claims checked · 29 hold · 0 fail")


def test_a_claim_no_source_says_fails_grounding_on_its_source_line(sheet: Path) -> None:
    edit(
        sheet,
        "text: Putin has accepted an invitation to visit North Korea.",
        "text: Putin has declined to send troops to the border.",
    )
    source_line = line_of(sheet, "id: putin-accepts-invitation") + 3
    result = runner.invoke(app, ["check", str(sheet)])
    assert result.exit_code == 1
    assert (
        f"{sheet}:{source_line}: putin-accepts-invitation: not supported by s002; closest: “" in result.stdout
    )


def test_a_claim_one_source_contradicts_fails_unless_disputed(sheet: Path) -> None:
    result = runner.invoke(app, ["check", str(sheet), "--format", "json"])
    rifle = next(c for c in json.loads(result.stdout)["claims"] if c["id"] == "gift-rifle")
    assert rifle["ok"] and rifle["computed"] == "disputed"
    assert [(e["source"], e["a_says"], e["b_says"]) for e in rifle["contradicted_by"]] == [
        ("s000", "rifle", "carbine")
    ]

    lines = sheet.read_text(encoding="utf-8").split("\n")
    at = lines.index("  - id: gift-rifle")
    assert lines[at + 2] == "    status: disputed"
    lines[at + 2] = "    status: single-source"
    sheet.write_text("\n".join(lines), encoding="utf-8")

    result = runner.invoke(app, ["check", str(sheet)])
    assert result.exit_code == 1
    problems = [
        line for line in result.stdout.splitlines() if line.startswith(f"{sheet}:{at + 1}: gift-rifle")
    ]
    assert problems[0].startswith(
        f"{sheet}:{at + 1}: gift-rifle: contradicted by s000:17 “Kim presented Putin a carbine"
    )
    assert "(rifle vs carbine)" in result.stdout
    assert "status is single-source but the sources make it disputed" in result.stdout


def test_a_status_that_does_not_match_fails(sheet: Path) -> None:
    line = line_of(sheet, "id: kim-asked-about-rockets")
    lines = sheet.read_text(encoding="utf-8").split("\n")
    assert lines[line + 1] == "    status: single-source"
    lines[line + 1] = "    status: corroborated"
    sheet.write_text("\n".join(lines), encoding="utf-8")
    result = runner.invoke(app, ["check", str(sheet)])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[1:] == [
        f"{sheet}:{line}: kim-asked-about-rockets: status is corroborated but the sources make it single-source (supported by s002)"
    ]


def test_malformed_yaml_exits_2_with_its_line(sheet: Path) -> None:
    line = edit(sheet, "    sources: [s003, s004]", "    sources: [s003, s004")
    result = runner.invoke(app, ["check", str(sheet)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"crosscheck: error: {sheet}:")
    reported = int(result.stderr.split(":")[3])
    assert line <= reported <= line + 2


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("    sources: [s002]\n", "    sources: [s999]\n", "unknown source id 's999'"),
        ("  - id: opulent-lunch", "  - id: talks-with-ministers", "duplicate id 'talks-with-ministers'"),
        (
            "    status: single-source\n    sources: [s003]",
            "    status: maybe\n    sources: [s003]",
            "status must be one of",
        ),
        ("    note: s000 lists", "    remark: s000 lists", "unknown key 'remark'"),
        (
            "    text: Kim asked detailed",
            "    txt: Kim asked detailed",
            "claim is missing 'text' (is 'txt' a misspelling?)",
        ),
    ],
)
def test_schema_errors_exit_2_and_name_the_line(sheet: Path, old: str, new: str, message: str) -> None:
    text = sheet.read_text(encoding="utf-8")
    assert old in text
    sheet.write_text(text.replace(old, new, 1), encoding="utf-8")
    edited = sheet.read_text(encoding="utf-8")
    expected_line = edited[: edited.rindex(new.strip())].count("\n") + 1
    result = runner.invoke(app, ["check", str(sheet)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"crosscheck: error: {sheet}:")
    assert message in result.stderr
    assert int(result.stderr.split(":")[3]) in (expected_line, expected_line - 1, expected_line - 2)


def test_github_format_annotates_the_line(sheet: Path) -> None:
    line = line_of(sheet, "id: kim-asked-about-rockets")
    text = sheet.read_text(encoding="utf-8").replace(
        "    status: single-source\n    sources: [s002]\n\n  - id: kim-interest",
        "    status: corroborated\n    sources: [s002]\n\n  - id: kim-interest",
    )
    sheet.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["check", str(sheet), "--format", "github"])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        f"::error file={str(sheet).replace(':', '%3A')},line={line},title=crosscheck kim-asked-about-rockets::"
        "status is corroborated but the sources make it single-source (supported by s002)"
    )


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_changed_since_checks_only_edited_claims(sheet: Path) -> None:
    repo = sheet.parent
    git(repo, "init", "-q")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "add", ".")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "sheet")
    edit(
        sheet,
        "text: Putin has accepted an invitation to visit North Korea.",
        "text: Putin has declined to send troops to the border.",
    )
    result = runner.invoke(app, ["check", str(sheet), "--changed-since", "HEAD", "--format", "json"])
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert (doc["checked"], doc["skipped"], doc["failed"]) == (1, 28, 1)
    assert doc["claims"][0]["id"] == "putin-accepts-invitation"

    clean = runner.invoke(app, ["check", str(sheet), "--changed-since", "HEAD~0", "--format", "json"])
    assert json.loads(clean.stdout)["checked"] == 1


def test_changed_since_an_unknown_ref_exits_2(sheet: Path) -> None:
    git(sheet.parent, "init", "-q")
    result = runner.invoke(app, ["check", str(sheet), "--changed-since", "no-such-ref"])
    assert result.exit_code == 2
    assert "unknown git ref 'no-such-ref'" in result.stderr


def test_init_writes_a_sheet_and_refuses_to_overwrite(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    out = tmp_path / "claims.yaml"
    first = runner.invoke(app, ["init", str(tmp_path / "corpus"), "--output", str(out)])
    assert first.exit_code == 0, first.output
    assert "corpus: corpus\n" in out.read_text(encoding="utf-8")
    written = out.read_text(encoding="utf-8")
    assert "status: disputed" in written and "status: corroborated" in written
    again = runner.invoke(app, ["init", str(tmp_path / "corpus"), "--output", str(out)])
    assert again.exit_code == 2
    assert "already exists; use --force" in again.stderr
    forced = runner.invoke(app, ["init", str(tmp_path / "corpus"), "--output", str(out), "--force"])
    assert forced.exit_code == 0
    check = runner.invoke(app, ["check", str(out)])
    assert check.exit_code in (0, 1)  # a starting point to edit: it reads, and its claims are checked
    assert "claims checked" in check.stdout


def test_missing_fact_sheet_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(tmp_path / "claims.yaml")])
    assert result.exit_code == 2
    assert result.stderr == f"crosscheck: error: {tmp_path / 'claims.yaml'}: no such file\n"


def test_a_blank_corpus_or_a_threshold_out_of_range_names_its_line(tmp_path: Path) -> None:
    sheet = tmp_path / "claims.yaml"
    sheet.write_text('corpus: "  "\nthreshold: 150\nclaims: []\n')
    result = CliRunner().invoke(app, ["check", str(sheet)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"crosscheck: error: {sheet}:1: corpus must be a non-empty string\n"
        f"crosscheck: error: {sheet}:2: threshold must be a number from 0 to 100\n"
    )
    sheet.write_text("threshold: many\nclaims: []\n")
    result = CliRunner().invoke(app, ["check", str(sheet)])
    assert result.stderr == (
        f"crosscheck: error: {sheet}:1: no corpus at {tmp_path / 'corpus'} (the default: name one with the key 'corpus')\n"
        f"crosscheck: error: {sheet}:1: threshold must be a number from 0 to 100\n"
    )


def test_a_copy_of_the_one_source_does_not_corroborate(sheet: Path) -> None:
    # s003 alone tells of the five-hour summit; a reprint of s003 is the same voice, so the
    # claim stays single-source and the sheet still passes.
    corpus = sheet.parent / "corpus"
    reprint = (corpus / "s003.md").read_text(encoding="utf-8").replace("id: s003", "id: s003reprint")
    (corpus / "s003reprint.md").write_text(reprint, encoding="utf-8")
    result = runner.invoke(app, ["check", str(sheet)])
    assert result.exit_code == 0, result.output
