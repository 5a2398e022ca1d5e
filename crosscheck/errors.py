"""Errors named for the condition, each carrying the file and line it is about.

They are turned into a one-line message in exactly one place (`cli.py`).
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    CHECK_FAILED = 1
    BAD_INPUT = 2
    INTERRUPTED = 130
    BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a pipe closed early


class CrosscheckError(Exception):
    """Base for every error the CLI reports as one line on stderr."""

    exit_code = ExitCode.BAD_INPUT

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line is not None:
            where = f"{self.path}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class CorpusError(CrosscheckError):
    """A corpus file or directory cannot be read as articles."""


class FactSheetError(CrosscheckError):
    """claims.yaml cannot be read: YAML syntax, schema, or unknown source ids."""


class AliasError(CrosscheckError):
    """An aliases file cannot be read."""


class OutputError(CrosscheckError):
    """An output file cannot be written."""


def summary(error: BaseException) -> str:
    """The first line of an exception's message (its type if it has none): for problems that
    reading a file meets but does not name itself."""
    text = str(error)
    return text.splitlines()[0] if text else type(error).__name__
