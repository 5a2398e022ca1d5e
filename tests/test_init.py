"""`crosscheck init && crosscheck check` exits 0: init writes only what check passes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from benchmarks import quality
from crosscheck.cli import app

from .conftest import ROOT

runner = CliRunner()
DEVSET = quality.DEFAULT_DEVSET


def init_then_check(corpus: Path, out: Path) -> tuple[str, str]:
    written = runner.invoke(app, ["init", str(corpus), "--output", str(out)])
    assert written.exit_code == 0, written.output
    checked = runner.invoke(app, ["check", str(out)])
    assert checked.exit_code == 0, checked.stdout
    return written.stdout, checked.stdout


def test_init_on_the_bundled_corpus_writes_a_sheet_that_passes(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    out = tmp_path / "claims.yaml"
    written, checked = init_then_check(tmp_path / "corpus", out)
    assert written == f"wrote {out} (101 claims)\n"
    assert checked.splitlines()[0] == f"{out}: 101 claims checked · 101 hold · 0 fail"
    text = out.read_text(encoding="utf-8")
    assert text.count("\n  - id: ") == 101
    assert "corpus: corpus\ncrosscheck: " in text
    # The report grouped g45 as a conflict; check does not find it one, so init restates it
    # as check has it, and says so.
    assert (
        "    note: The report had it disputed in s001, s004; as worded, check finds it corroborated in s001, s004.\n"
        in text
    )


def test_an_entry_check_would_fail_is_written_commented_out_with_the_reason(tmp_path: Path) -> None:
    # With a published date, check reads the source's "on Tuesday" as a date and no longer as
    # the weekday the claim states, so no source supports the claim as worded (a sentence of
    # the development set, ecbplus/13).
    (tmp_path / "a.txt").write_text(
        "---\nid: a\npublished: 2013-05-01\n---\n"
        "The fire destroyed the old dairy warehouse in Palmer on Tuesday, officials said.\n"
        "Crews fought the blaze for six hours before it was out, the fire chief said.\n",
        encoding="utf-8",
    )
    out = tmp_path / "claims.yaml"
    written, checked = init_then_check(tmp_path, out)
    assert written == f"wrote {out} (1 claim; 1 more commented out, with the reason)\n"
    assert checked == f"{out}: 1 claim checked · 1 holds · 0 fail\n"
    assert out.read_text(encoding="utf-8").split("claims:\n")[1] == (
        "  # left out: check would fail it: no source supports it as worded\n"
        "  # - id: g1\n"
        "  #   text: The fire destroyed the old dairy warehouse in Palmer on Tuesday\n"
        "  #   status: single-source\n"
        "  #   sources:\n"
        "  #   - a\n"
        "\n"
        "  - id: g2\n"
        "    text: Crews fought the blaze for six hours before it was out\n"
        "    status: single-source\n"
        "    sources:\n"
        "    - a\n"
        "\n"
    )


@pytest.mark.skipif(
    not (DEVSET / "gold").is_dir(),
    reason=f"no development set at {DEVSET} (it is not shipped with crosscheck)",
)
@pytest.mark.parametrize("name", [name for name, *_ in quality.folders(DEVSET)] if DEVSET.is_dir() else [])
def test_init_on_every_development_set_folder_writes_a_sheet_that_passes(name: str, tmp_path: Path) -> None:
    # The sheet sits beside its corpus, as in a user's repository (a corpus outside the sheet's
    # directory is refused without --allow-outside-corpus).
    shutil.copytree({n: c for n, c, _ in quality.folders(DEVSET)}[name], tmp_path / "corpus")
    _, checked = init_then_check(tmp_path / "corpus", tmp_path / "claims.yaml")
    assert " · 0 fail" in checked.splitlines()[0]
