"""`crosscheck check` as CI reads it: every schema error at once, in line order, in the format
asked for; warnings for claims that hold weakly; `--exit-zero`; counts and streams."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app

from .conftest import ROOT

runner = CliRunner()

# Five mistakes: an unknown key (line 4), a bad status (line 12), an unknown source (line 17:
# found only once the corpus is read, after the others), a duplicate id (line 18), a missing
# text (line 22). Before, a run showed the first and "(and 3 more)".
BROKEN = """corpus: corpus
kinds:
  weapon: [rifle, carbine]
colour: blue
claims:
  - id: gift-rifle
    text: Putin gave Kim a high-quality Russian-made rifle as a gift.
    status: disputed
    sources: [s001]
  - id: gift-carbine
    text: Kim gave Putin a carbine.
    status: maybe
    sources: [s000]
  - id: lunch
    text: The leaders had lunch.
    status: single-source
    sources: [s009]
  - id: gift-rifle
    text: Putin gave Kim a rifle.
    status: single-source
    sources: [s001]
  - id: no-text
    status: single-source
    sources: [s001]
"""
EXPECTED = [
    (4, "unknown key 'colour' (expected one of aliases, claims, corpus, crosscheck, kinds, threshold)"),
    (12, "status must be one of corroborated, disputed, single-source"),
    (17, "lunch: unknown source id 's009' (the corpus has s000, s001, s002, s003, s004)"),
    (18, "duplicate id 'gift-rifle' (first on line 6)"),
    (22, "claim is missing 'text'"),
]


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    sheet = tmp_path / "claims.yaml"
    sheet.write_text(BROKEN, encoding="utf-8")
    return sheet


def test_every_schema_error_at_once_in_line_order(broken: Path) -> None:
    result = runner.invoke(app, ["check", str(broken)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "".join(
        f"crosscheck: error: {broken}:{line}: {text}\n" for line, text in EXPECTED
    )


def test_schema_errors_as_github_annotations(broken: Path) -> None:
    result = runner.invoke(app, ["check", str(broken), "--format", "github"])
    assert result.exit_code == 2
    file = str(broken).replace(":", "%3A")
    assert result.stdout == "".join(
        f"::error file={file},line={line},title=crosscheck::{text}\n" for line, text in EXPECTED
    )


def test_schema_errors_as_a_json_document(broken: Path) -> None:
    result = runner.invoke(app, ["check", str(broken), "--format", "json"])
    assert result.exit_code == 2
    assert json.loads(result.stdout) == {
        "file": str(broken),
        "errors": [{"file": str(broken), "line": line, "message": text} for line, text in EXPECTED],
    }


def test_yaml_that_does_not_parse_is_one_error_in_the_format(broken: Path) -> None:
    broken.write_text("corpus: corpus\nclaims: [\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(broken), "--format", "json"])
    assert result.exit_code == 2
    (error,) = json.loads(result.stdout)["errors"]
    assert (error["line"], error["message"].startswith("invalid YAML")) == (3, True)


def set_status(sheet: Path, claim: str, old: str, new: str) -> int:
    lines = sheet.read_text(encoding="utf-8").split("\n")
    at = lines.index(f"  - id: {claim}")
    assert lines[at + 2] == f"    status: {old}"
    lines[at + 2] = f"    status: {new}"
    sheet.write_text("\n".join(lines), encoding="utf-8")
    return at + 1


def test_problems_are_in_line_order(sheet: Path) -> None:
    # putin-accepts-invitation fails on its id line and on its source line; the text edit
    # below makes it fail on both, and the status edit makes kim-asked-about-rockets, earlier
    # in the file, fail too.
    rockets = set_status(sheet, "kim-asked-about-rockets", "single-source", "corroborated")
    text = sheet.read_text(encoding="utf-8").replace(
        "text: Putin has accepted an invitation to visit North Korea.",
        "text: Putin has declined to send troops to the border.",
    )
    sheet.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["check", str(sheet)])
    lines = [int(line.split(":")[1]) for line in result.stdout.splitlines()[1:]]
    assert lines == sorted(lines)
    assert lines[0] == rockets
    assert result.stdout.splitlines()[0] == f"{sheet}: 29 claims checked · 27 hold · 2 fail"


def test_counts_are_grammatical_in_text_and_github(sheet: Path, tmp_path: Path) -> None:
    one = tmp_path / "one.yaml"
    text = sheet.read_text(encoding="utf-8")
    one.write_text(text[: text.index("  - id: summit-five-hours")], encoding="utf-8")
    result = runner.invoke(app, ["check", str(one)])
    assert result.stdout == f"{one}: 1 claim checked · 1 holds · 0 fail\n"
    github = runner.invoke(app, ["check", str(one), "--format", "github"])
    assert (github.stdout, github.stderr) == ("", "crosscheck: 1 claim checked · 1 holds · 0 fail\n")


def test_exit_zero_reports_failures_but_exits_0(sheet: Path) -> None:
    line = set_status(sheet, "kim-asked-about-rockets", "single-source", "corroborated")
    result = runner.invoke(app, ["check", str(sheet), "--exit-zero", "--format", "github"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"::error file={str(sheet).replace(':', '%3A')},line={line},")
    broken = runner.invoke(app, ["check", str(sheet.parent / "missing.yaml"), "--exit-zero"])
    assert broken.exit_code == 2


def test_copies_listed_as_two_sources_hold_with_a_warning(sheet: Path) -> None:
    corpus = sheet.parent / "corpus"
    reprint = (corpus / "s003.md").read_text(encoding="utf-8").replace("id: s003", "id: s003reprint")
    (corpus / "s003reprint.md").write_text(reprint, encoding="utf-8")
    text = sheet.read_text(encoding="utf-8")
    old = "    status: single-source\n    sources: [s003]\n"
    assert old in text
    sheet.write_text(text.replace(old, "    status: single-source\n    sources: [s003, s003reprint]\n", 1))
    line = next(n for n, row in enumerate(text.split("\n"), 1) if row == "  - id: summit-five-hours")
    message = "s003 and s003reprint are copies of one text: 1 independent source of the 2 listed"

    result = runner.invoke(app, ["check", str(sheet)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"{sheet}: 29 claims checked · 29 hold · 0 fail · 1 warning",
        f"{sheet}:{line}: summit-five-hours: warning: {message}",
    ]
    github = runner.invoke(app, ["check", str(sheet), "--format", "github"])
    assert github.stdout == (
        f"::warning file={str(sheet).replace(':', '%3A')},line={line},title=crosscheck summit-five-hours::{message}\n"
    )
    doc = json.loads(runner.invoke(app, ["check", str(sheet), "--format", "json"]).stdout)
    assert doc["warnings"] == 1 and doc["failed"] == 0
    (claim,) = [c for c in doc["claims"] if c["id"] == "summit-five-hours"]
    assert claim["ok"] and claim["problems"] == [
        {"line": line, "severity": "warning", "rule": "one-voice", "message": message}
    ]


SARIF_SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8")
)


def valid_sarif(text: str) -> dict[str, object]:
    from jsonschema import Draft4Validator

    document = json.loads(text)
    Draft4Validator(SARIF_SCHEMA).validate(document)
    return document  # type: ignore[no-any-return]


def test_failures_and_warnings_as_sarif(sheet: Path) -> None:
    rockets = set_status(sheet, "kim-asked-about-rockets", "single-source", "corroborated")
    corpus = sheet.parent / "corpus"
    reprint = (corpus / "s003.md").read_text(encoding="utf-8").replace("id: s003", "id: s003reprint")
    (corpus / "s003reprint.md").write_text(reprint, encoding="utf-8")
    text = sheet.read_text(encoding="utf-8")
    sheet.write_text(text.replace("    sources: [s003]\n", "    sources: [s003, s003reprint]\n", 1))
    result = runner.invoke(app, ["check", str(sheet), "--format", "sarif"])
    assert result.exit_code == 1
    document = valid_sarif(result.stdout)
    (run,) = document["runs"]  # type: ignore[index]
    assert run["tool"]["driver"]["name"] == "crosscheck"
    found = [
        (r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
        for r in run["results"]
    ]
    assert ("status", "error", rockets) in found
    assert any(rule == "one-voice" and level == "warning" for rule, level, _ in found)
    assert [line for *_, line in found] == sorted(line for *_, line in found)


def test_schema_errors_as_sarif(broken: Path) -> None:
    result = runner.invoke(app, ["check", str(broken), "--format", "sarif"])
    assert result.exit_code == 2
    (run,) = valid_sarif(result.stdout)["runs"]  # type: ignore[index]
    assert [
        (r["message"]["text"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
        for r in run["results"]
    ] == [(text, line) for line, text in EXPECTED]
