"""`crosscheck check --changed-since REF` never passes what a full check fails.

Each test makes its own git repository (corpus/ and claims.yaml committed), changes one thing
without committing it, and compares the filtered check with the full one.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from crosscheck import __version__
from crosscheck.cli import app

from .conftest import ROOT

runner = CliRunner()
# The one claim of a small sheet: s001 says it, s000 tells of a carbine instead, so it is
# disputed, though it cites only s001.
GIFT_RIFLE = """claims:
  - id: gift-rifle
    text: Putin gave Kim a high-quality Russian-made rifle as a gift.
    status: disputed
    sources: [s001]
"""


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True)
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository holding corpus/ and claims.yaml, committed."""
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    shutil.copy(ROOT / "claims.yaml", tmp_path / "claims.yaml")
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.name", "Test")
    git(tmp_path, "config", "user.email", "test@example.com")
    commit(tmp_path)
    return tmp_path


def commit(repo: Path) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "state")


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def small_sheet(repo: Path) -> Path:
    """claims.yaml with gift-rifle as its only claim, committed."""
    sheet = repo / "claims.yaml"
    text = sheet.read_text(encoding="utf-8")
    sheet.write_text(text[: text.index("claims:")] + GIFT_RIFLE, encoding="utf-8")
    commit(repo)
    return sheet


def run(repo: Path, *args: str) -> tuple[int, dict[str, Any], str]:
    result = runner.invoke(app, ["check", str(repo / "claims.yaml"), "--format", "json", *args])
    return result.exit_code, json.loads(result.stdout), result.stderr


def failing(doc: dict[str, Any]) -> list[str]:
    return [c["id"] for c in doc["claims"] if not c["ok"]]


def checked(doc: dict[str, Any]) -> list[str]:
    return [c["id"] for c in doc["claims"]]


def test_nothing_changed_checks_nothing(repo: Path) -> None:
    code, doc, _ = run(repo, "--changed-since", "HEAD")
    assert (code, doc["checked"], doc["skipped"]) == (0, 0, 29)


ENTRY = "  - id: putin-accepts-invitation\n    text: Putin has accepted an invitation to visit North Korea.\n"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("to visit North Korea.\n", "to visit Pyongyang.\n"),
        (
            "    status: single-source\n    sources: [s002]\n",
            "    status: corroborated\n    sources: [s002]\n",
        ),
        ("    sources: [s002]\n", "    sources: [s002, s004]\n"),
        ("    sources: [s002]\n", "    sources: [s002]\n    note: a note added.\n"),
    ],
    ids=["text", "status", "sources", "note"],
)
def test_an_edited_entry_is_checked_alone(repo: Path, old: str, new: str) -> None:
    sheet = repo / "claims.yaml"
    text = sheet.read_text(encoding="utf-8")
    at = text.index(ENTRY) + len(ENTRY) - len("to visit North Korea.\n")
    assert old in text[at : at + 120]
    sheet.write_text(text[:at] + text[at:].replace(old, new, 1), encoding="utf-8")
    code, doc, _ = run(repo, "--changed-since", "HEAD")
    assert checked(doc) == ["putin-accepts-invitation"]
    full_code, full, _ = run(repo)
    assert code == full_code
    assert failing(doc) == [c for c in failing(full) if c == "putin-accepts-invitation"]


def test_an_edited_article_checks_the_claims_citing_it(repo: Path) -> None:
    # The case: s001 gives a pistol, not a rifle; a full check fails gift-rifle.
    replace_in(repo / "corpus" / "s001.md", "rifle", "pistol")
    code, doc, _ = run(repo, "--changed-since", "HEAD")
    full_code, full, _ = run(repo)
    assert (full_code, failing(full)) == (1, ["gift-rifle"])
    assert (code, failing(doc)) == (1, ["gift-rifle"])
    citing_s001 = [c["id"] for c in full["claims"] if "s001" in c["supported_by"]]
    assert set(citing_s001) <= set(checked(doc))


def test_front_matter_is_part_of_the_article(repo: Path) -> None:
    # A published date gives "Wednesday" a date: the article changed, though its body did not.
    replace_in(repo / "corpus" / "s001.md", "id: s001\n", "id: s001\npublished: 2023-09-14\n")
    code, doc, _ = run(repo, "--changed-since", "HEAD")
    assert "meeting-on-wednesday" in checked(doc)
    assert code == run(repo)[0]


def test_a_new_untracked_article_that_contradicts_a_claim_fails_it(repo: Path) -> None:
    (repo / "corpus" / "s005.md").write_text(
        "---\nid: s005\n---\nSummit report\n\n"
        "Putin and Kim Jong Un held a three-hour summit at the Vostochny Cosmodrome on Wednesday, "
        "officials said.\n",
        encoding="utf-8",
    )
    code, doc, _ = run(repo, "--changed-since", "HEAD")
    full_code, full, _ = run(repo)
    assert (full_code, failing(full)) == (1, ["summit-five-hours", "meeting-on-wednesday"])
    assert (code, failing(doc)) == (1, ["summit-five-hours", "meeting-on-wednesday"])
    assert doc["checked"] < 29


def test_a_deleted_article_that_disputed_a_claim_fails_it(repo: Path) -> None:
    # gift-rifle cites only s001; s000, which disputes it, goes: the claim is single-source now.
    small_sheet(repo)
    (repo / "corpus" / "s000.md").unlink()
    code, doc, _ = run(repo, "--changed-since", "HEAD")
    assert (code, failing(doc)) == (1, ["gift-rifle"])
    assert doc["claims"][0]["problems"][0]["message"] == (
        "status is disputed but the sources make it single-source (supported by s001)"
    )
    assert run(repo)[0] == 1


def test_an_article_renamed_with_its_id_is_no_change_to_the_claims(repo: Path) -> None:
    git(repo, "mv", "corpus/s004.md", "corpus/renamed.md")
    code, doc, _ = run(repo, "--changed-since", "HEAD")
    assert (code, doc["checked"]) == (0, 0)


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("corpus: corpus\n", "corpus: corpus\nthreshold: 95\n", "threshold changed since HEAD"),
        ("kinds:\n", "aliases:\n  north korea: [dprk]\nkinds:\n", "aliases changed since HEAD"),
        ("  rocket: [soyuz-2, angara]\n", "", "kinds changed since HEAD"),
        ("corpus: corpus\n", "corpus: ./corpus\n", "corpus changed since HEAD"),
        (f"crosscheck: {__version__}\n", "", "crosscheck changed since HEAD"),
    ],
    ids=["threshold", "aliases", "kinds", "corpus", "version-named"],
)
def test_a_sheet_wide_change_checks_every_claim(repo: Path, old: str, new: str, reason: str) -> None:
    replace_in(repo / "claims.yaml", old, new)
    code, doc, stderr = run(repo, "--changed-since", "HEAD")
    assert (doc["checked"], doc["skipped"]) == (29, 0)
    assert stderr == f"crosscheck: checking every claim: {reason}\n"
    assert code == run(repo)[0]


def test_threshold_95_fails_what_a_full_check_fails(repo: Path) -> None:
    replace_in(repo / "claims.yaml", "corpus: corpus\n", "corpus: corpus\nthreshold: 95\n")
    code, doc, _ = run(repo, "--changed-since", "HEAD")
    assert (code, doc["failed"]) == (1, 22)


def test_a_sheet_naming_another_crosscheck_version_checks_every_claim(repo: Path) -> None:
    replace_in(repo / "claims.yaml", f"crosscheck: {__version__}\n", "crosscheck: 0.0.1\n")
    commit(repo)
    _, doc, stderr = run(repo, "--changed-since", "HEAD")
    assert doc["checked"] == 29
    assert stderr == (
        f"crosscheck: checking every claim: the sheet names crosscheck 0.0.1; this is crosscheck {__version__}\n"
    )


def test_a_sheet_new_since_the_ref_checks_every_claim(repo: Path) -> None:
    git(repo, "rm", "-q", "--cached", "claims.yaml")
    git(repo, "commit", "-qm", "no sheet")
    _, doc, stderr = run(repo, "--changed-since", "HEAD")
    assert doc["checked"] == 29
    assert stderr == "crosscheck: checking every claim: the fact sheet is new since HEAD\n"
