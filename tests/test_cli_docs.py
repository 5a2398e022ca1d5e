"""The README's option tables and the commands' --help name the same options."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from crosscheck.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
# Where each command's option table stands: from its heading to the next heading of that level.
SECTIONS = {
    "report": "### `crosscheck report`",
    "check": "## The fact sheet: `claims.yaml` and `crosscheck check`",
    "fetch": "### `crosscheck fetch`",
    "claims": "### `crosscheck claims` and `crosscheck init`",
    "init": "### `crosscheck claims` and `crosscheck init`",
}


def documented(command: str) -> set[str]:
    heading = SECTIONS[command]
    start = README.index(heading)
    level = heading.split()[0]
    following = re.compile(rf"^{level} ", re.M)
    end_match = following.search(README, start + len(heading))
    section = README[start : end_match.start() if end_match else len(README)]
    if "`crosscheck claims` and" in heading:  # one table for two commands: a column names each
        return set(re.findall(rf"^\| `{command}` \| `(--[a-z-]+)", section, re.M))
    return set(re.findall(r"^\| `(--[a-z-]+)", section, re.M))


def offered(command: str) -> set[str]:
    click_command = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    names = {name for param in click_command.params for name in param.opts if name.startswith("--")}
    return names - {"--help"}


@pytest.mark.parametrize("command", sorted(SECTIONS))
def test_the_readme_documents_every_option_and_no_other(command: str) -> None:
    assert documented(command) == offered(command)


def test_the_readme_documents_the_global_options() -> None:
    section = README[README.index("Global options, before the command") :]
    section = section[: section.index("###")]
    click_group = typer.main.get_command(app)
    offered_here = {name for param in click_group.params for name in param.opts if name.startswith("--")}
    assert set(re.findall(r"^\| `(--[a-z-]+)", section, re.M)) == offered_here - {"--help"}
