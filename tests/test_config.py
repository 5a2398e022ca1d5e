"""Project settings: found upward from the working directory, flags over the file over the
defaults, and a bad file named with its line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app

from .conftest import CORPUS

runner = CliRunner()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project holding the bundled corpus, with the working directory one level inside it."""
    shutil.copytree(CORPUS, tmp_path / "coverage")
    (tmp_path / "notes").mkdir()
    monkeypatch.chdir(tmp_path / "notes")
    return tmp_path


def conflicts(args: list[str]) -> int:
    result = runner.invoke(app, [*args, "--json", "-"])
    assert result.exit_code == 0, result.output
    return int(json.loads(result.stdout)["summary"]["conflict"])


def test_settings_are_found_upward_and_paths_are_read_from_the_file(project: Path) -> None:
    (project / "crosscheck.toml").write_text('corpus = "coverage"\nkinds = "coverage/kinds.yaml"\n')
    # The corpus and the story's kinds come from the file, two directories' worth of paths.
    assert conflicts(["report"]) == 4
    # A flag wins over the file; --no-config reads none.
    assert (
        conflicts(["report", "--min-similarity", "100", "--kinds", str(project / "coverage" / "kinds.yaml")])
        == 4
    )
    no_config = runner.invoke(app, ["--no-config", "report", "--json", "-"])
    assert no_config.exit_code == 2  # no corpus/ here without the file
    assert "corpus: no such file or directory" in no_config.stderr


def test_a_pyproject_section_is_read_and_crosscheck_toml_comes_first(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n[tool.crosscheck]\ncorpus = "coverage"\n'
    )
    assert conflicts(["report"]) == 2  # the built-in kinds only: neither the gifts nor the rockets
    (project / "crosscheck.toml").write_text('corpus = ["coverage"]\nkinds = "coverage/kinds.yaml"\n')
    assert conflicts(["report"]) == 4


def test_config_names_another_file(project: Path, tmp_path: Path) -> None:
    other = project / "desk.toml"
    other.write_text('corpus = "coverage"\nkinds = "coverage/kinds.yaml"\n')
    assert conflicts(["--config", str(other), "report"]) == 4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('corpus = "coverage"\nworkers = 0\n', "2: workers: a whole number, 1 or more"),
        (
            'corpus = "coverage"\n\ncolour = "always"\n',
            "3: unknown setting 'colour' (known: corpus, aliases, kinds, min-similarity, workers, format)",
        ),
        ('corpus = "coverage"\nformat = "xml"\n', "2: format: one of text, json, github, sarif"),
        ('corpus = "coverage"\nmin-similarity = = 3\n', "2: not valid TOML: Invalid value"),
        ('corpus = "coverage"\nmin-similarity = [\n', "2: not valid TOML: Invalid value"),
    ],
)
def test_a_bad_setting_is_one_line_naming_the_file_and_line(project: Path, text: str, message: str) -> None:
    (project / "crosscheck.toml").write_text(text)
    result = runner.invoke(app, ["report"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"crosscheck: error: {project / 'crosscheck.toml'}:{message}")
    assert result.stderr.count("\n") == 1
    assert runner.invoke(app, ["report", "--help"]).exit_code == 0  # help never reads the file


def test_check_takes_its_format_from_the_settings(project: Path) -> None:
    shutil.copy(CORPUS.parent / "claims.yaml", project / "claims.yaml")
    (project / "claims.yaml").write_text(
        (project / "claims.yaml").read_text().replace("corpus: corpus", "corpus: coverage")
    )
    (project / "crosscheck.toml").write_text('format = "json"\n')
    result = runner.invoke(app, ["check", str(project / "claims.yaml")])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert (document["checked"], document["failed"]) == (29, 0)
