"""Errors named for the condition, each carrying the file and line it is about.

They are turned into messages (one line a problem, in the format asked for) in exactly one
place (`cli.py`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    CHECK_FAILED = 1
    BAD_INPUT = 2
    INTERRUPTED = 130  # 128 + SIGINT (SIGTERM's 143 is `__main__`'s alone)
    BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a pipe closed early


@dataclass(frozen=True)
class Located:
    """One problem with the file and line it is about: what every output format reports."""

    message: str
    path: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line is not None:
            where = f"{self.path}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class CrosscheckError(Exception):
    """Base for every error the CLI reports as one line on stderr."""

    exit_code = ExitCode.BAD_INPUT

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    @property
    def problems(self) -> tuple[Located, ...]:
        """Each problem this error stands for: one, but for SheetErrors."""
        return (Located(self.message, self.path, self.line),)

    def __str__(self) -> str:
        return "\n".join(str(problem) for problem in self.problems)


class CorpusError(CrosscheckError):
    """A corpus file or directory cannot be read as articles."""


class FactSheetError(CrosscheckError):
    """claims.yaml cannot be read: YAML syntax, schema, or unknown source ids."""


class SheetErrors(FactSheetError):
    """Every schema error of a fact sheet at once, in line order: the sheet's first, then any
    other file's (its corpus), files in the order given."""

    def __init__(self, problems: Iterable[Located]):
        given = list(problems)
        files = {problem.path: index for index, problem in reversed(list(enumerate(given)))}
        self._problems = tuple(sorted(given, key=lambda p: (files[p.path], p.line or 0, p.message)))
        first = self._problems[0]
        super().__init__(first.message, path=first.path, line=first.line)

    @property
    def problems(self) -> tuple[Located, ...]:
        return self._problems


class AliasError(CrosscheckError):
    """An aliases file cannot be read."""


class OutputError(CrosscheckError):
    """An output file cannot be written."""


def summary(error: BaseException) -> str:
    """The first line of an exception's message (its type if it has none): for problems that
    reading a file meets but does not name itself."""
    text = str(error)
    return text.splitlines()[0] if text else type(error).__name__
