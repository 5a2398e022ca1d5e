"""Project settings, so that options need not be repeated on every run: `crosscheck.toml`, or
`[tool.crosscheck]` in `pyproject.toml`, found in the working directory or the nearest one
above it that has either (in one directory, `crosscheck.toml` comes first), as ruff and Vale
find theirs.

    corpus = "coverage/"            # the default PATHS (a path or a list of paths)
    aliases = "aliases.yaml"        # --aliases
    kinds = "kinds.yaml"            # --kinds
    min-similarity = 75             # --min-similarity
    workers = 2                     # --workers
    format = "github"               # check --format

Paths are relative to the file's directory. A flag given on the command line wins over the
file, and the file over the built-in defaults.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crosscheck.cioutput import Format
from crosscheck.errors import CrosscheckError
from crosscheck.textfile import read_text

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

OWN_FILE = "crosscheck.toml"
PYPROJECT = "pyproject.toml"
FORMATS = tuple(f.value for f in Format)  # check --format
_AT_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_AT_END = re.compile(r"\(at end of document\)")


class ConfigError(CrosscheckError):
    """A settings file cannot be read, or holds what crosscheck does not understand."""


@dataclass(frozen=True)
class Settings:
    """What a settings file says, paths made absolute; empty when there is none."""

    path: Path | None = None
    values: Mapping[str, Any] = field(default_factory=dict)

    def get(self, key: str) -> Any:
        return self.values.get(key)


def find(start: Path) -> Path | None:
    """The settings file that governs `start`: the nearest directory up that has one."""
    for directory in (start, *start.parents):
        own = directory / OWN_FILE
        if own.is_file():
            return own
        project = directory / PYPROJECT
        if project.is_file() and _has_section(project):
            return project
    return None


def load(path: Path) -> Settings:
    """The settings of one file (`crosscheck.toml`, or a `pyproject.toml`'s section)."""
    text = read_text(path, error=ConfigError)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _AT_LINE.search(str(error))
        message = _AT_LINE.sub("", _AT_END.sub("", str(error))).strip()
        line = int(found[1]) if found else text.count("\n") or 1  # "at end of document": the last line
        raise ConfigError(f"not valid TOML: {message}", path=str(path), line=line) from None
    if path.name == PYPROJECT:
        data = data.get("tool", {}).get("crosscheck", {})
    if not isinstance(data, dict):
        raise ConfigError("[tool.crosscheck] must be a table", path=str(path))
    return Settings(path, {key: _checked(path, text, key, value) for key, value in data.items()})


def _has_section(path: Path) -> bool:
    try:
        return bool(re.search(r"^\[tool\.crosscheck\]", path.read_text(encoding="utf-8"), re.MULTILINE))
    except (OSError, UnicodeDecodeError):
        return False


def _checked(path: Path, text: str, key: str, value: Any) -> Any:
    """A value as the options take it, or ConfigError naming its line."""
    base = path.parent

    def fail(message: str) -> ConfigError:
        return ConfigError(f"{key}: {message}", path=str(path), line=_line(text, key))

    if key == "corpus":
        paths = [value] if isinstance(value, str) else value
        if not isinstance(paths, list) or not paths or not all(isinstance(p, str) for p in paths):
            raise fail("a path, or a list of paths")
        return [base / p for p in paths]
    if key in ("aliases", "kinds"):
        if not isinstance(value, str):
            raise fail("a path to a YAML file")
        return base / value
    if key == "min-similarity":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
            raise fail("a number from 0 to 100")
        return float(value)
    if key == "workers":
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise fail("a whole number, 1 or more")
        return value
    if key == "format":
        if value not in FORMATS:
            raise fail(f"one of {', '.join(FORMATS)}")
        return value
    known = "corpus, aliases, kinds, min-similarity, workers, format"
    raise ConfigError(f"unknown setting {key!r} (known: {known})", path=str(path), line=_line(text, key))


def _line(text: str, key: str) -> int | None:
    found = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else None
