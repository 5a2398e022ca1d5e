"""Input files → text: regular files only, at most MAX_FILE_BYTES, UTF-8.

Every input file (articles, fact sheets, aliases and kinds files) is read here, so each is
refused the same way, by the caller's error class, naming the file and, where there is one,
the line.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from crosscheck.errors import CrosscheckError

# Far beyond any article or fact sheet, small enough to hold in memory while it is read.
MAX_FILE_BYTES = 50_000_000  # 50 MB

_NOT_REGULAR = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
)


def read_text(path: Path, *, error: type[CrosscheckError]) -> str:
    """The text of a regular UTF-8 file, a leading byte-order mark dropped; `error` otherwise."""
    return decode(read_bytes(path, error=error), path, error=error)


def read_bytes(path: Path, *, error: type[CrosscheckError]) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES: a device or a pipe would never
    end, and an endless or huge file would fill the memory."""
    where = str(path)
    try:
        # Non-blocking, so that opening a named pipe does not wait for a writer; regular files
        # read as usual.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise error("no such file", path=where) from None
    except OSError as problem:
        raise error(f"cannot read: {problem.strerror}", path=where) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise error(f"not a regular file ({_kind(info.st_mode)})", path=where)
        if info.st_size > MAX_FILE_BYTES:
            raise error(_too_large(info.st_size), path=where)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as problem:
        raise error(f"cannot read: {problem.strerror}", path=where) from None
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:  # it grew while it was read
        raise error(_too_large(len(data)), path=where)
    return data


def decode(data: bytes, path: Path, *, error: type[CrosscheckError]) -> str:
    """UTF-8 text without a leading byte-order mark; refuse binary and non-UTF-8 data with the line."""
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise error("binary file (NUL byte), not text", path=str(path), line=line_at(data, offset))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as problem:
        raise error(
            f"not UTF-8 (byte 0x{data[problem.start]:02x} at offset {problem.start})",
            path=str(path),
            line=line_at(data, problem.start),
        ) from None
    return text.removeprefix("\ufeff")


def line_at(data: bytes, offset: int) -> int:
    """The line (from 1) of a byte offset, lines ending in LF, CRLF or a lone CR."""
    before = data[:offset]
    return before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1


def _kind(mode: int) -> str:
    return next((name for test, name in _NOT_REGULAR if test(mode)), "of an unknown kind")


def _too_large(size: int) -> str:
    return f"too large: {size:,} bytes (the limit is {MAX_FILE_BYTES:,})"
