"""Writing results: to stdout, or to a file atomically.

A file is written to a temporary sibling and renamed over the target, so a
failed or interrupted run never leaves a half-written file behind.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from crosscheck.errors import OutputError

STDOUT = "-"


def write_output(target: str, text: str | Iterable[str]) -> None:
    """Write `text` (a string, or pieces of one) to the path `target`, or to stdout for "-"."""
    pieces = [text] if isinstance(text, str) else text
    if target == STDOUT:
        for piece in pieces:
            sys.stdout.write(piece)
        sys.stdout.flush()
        return
    path = Path(target)
    if path.is_dir():
        raise OutputError("is a directory, not a file", path=target)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError("its directory does not exist", path=target)
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror}", path=target) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            for piece in pieces:
                handle.write(piece)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
