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
}


def documented(command: str) -> set[str]:
    heading = SECTIONS[command]
    start = README.index(heading)
    level = heading.split()[0]
    following = re.compile(rf"^{level} ", re.M)
    end_match = following.search(README, start + len(heading))
    section = README[start : end_match.start() if end_match else len(README)]
    return set(re.findall(r"^\| `(--[a-z-]+)", section, re.M))


def offered(command: str) -> set[str]:
    click_command = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    names = {name for param in click_command.params for name in param.opts if name.startswith("--")}
    return names - {"--help"}


@pytest.mark.parametrize("command", sorted(SECTIONS))
def test_the_readme_documents_every_option_and_no_other(command: str) -> None:
    assert documented(command) == offered(command)
