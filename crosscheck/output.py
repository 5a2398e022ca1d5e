"""Writing results: to stdout, or to a file atomically.

A regular file is written to a temporary sibling and renamed over the target, so a failed or
interrupted run never leaves a half-written file behind. The new file gets the mode a shell
redirection would give it: the old file's, or else what the umask allows (0644 under the usual
umask 022). A symbolic link is followed, so the link stays and its target is replaced. A
target that is no regular file but can be written (a character device such as /dev/null, a
named pipe) is written directly, as `> target` would: renaming over it would replace the
device with a file.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from crosscheck.errors import OutputError

STDOUT = "-"
NEW_FILE_MODE = 0o666  # before the umask, as open(2) creates files


def write_output(target: str, text: str | bytes | Iterable[str]) -> None:
    """Write `text` (a string, or pieces of one, or bytes as they are: a fetched page) to the
    path `target`, or to stdout for "-"."""
    binary = isinstance(text, bytes)
    pieces: Iterable[Any] = [text] if isinstance(text, (str, bytes)) else text
    if target == STDOUT:
        stream: IO[Any] = sys.stdout.buffer if binary else sys.stdout
        stream.writelines(pieces)
        stream.flush()
        return
    path = Path(target).resolve() if Path(target).is_symlink() else Path(target)
    try:
        info: os.stat_result | None = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror}", path=target) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError("is a directory, not a file", path=target)
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_directly(path, pieces, target, binary=binary)
        return
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError("its directory does not exist", path=target)
    mode = stat.S_IMODE(info.st_mode) if info is not None else NEW_FILE_MODE & ~_umask()
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror}", path=target) from None
    try:
        os.fchmod(fd, mode)
        with _opened(fd, binary=binary) as handle:
            handle.writelines(pieces)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"cannot write: {error.strerror}", path=target) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _opened(fd: int, *, binary: bool) -> IO[Any]:
    return os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")


def _write_directly(path: Path, pieces: Iterable[Any], target: str, *, binary: bool) -> None:
    try:
        with path.open("wb") if binary else path.open("w", encoding="utf-8", newline="") as handle:
            handle.writelines(pieces)
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror}", path=target) from None


def _umask() -> int:
    """The process's umask (reading it means setting it; it is put back at once)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
