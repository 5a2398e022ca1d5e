"""The `crosscheck` command (and `python -m crosscheck`).

This module imports nothing of crosscheck's own before it can handle an interrupt: Ctrl-C at
any moment after Python's own start-up, the imports of typer and rich included, ends in exit
status 130 and one line, never a traceback; SIGTERM ends a run as Ctrl-C does (exit 143),
temporary files removed, workers stopped.
"""

from __future__ import annotations

import signal
import sys

INTERRUPTED = 130  # 128 + SIGINT: errors.ExitCode.INTERRUPTED, not imported before the handler
TERMINATED = 143  # 128 + SIGTERM


class _TerminatedEarly(BaseException):
    """SIGTERM before the CLI's own handling is imported."""


def _terminated(signum: int, frame: object) -> None:
    try:
        from crosscheck.errors import Terminated
    except BaseException:  # still importing: stop all the same
        raise _TerminatedEarly from None
    raise Terminated


def main() -> None:
    signal.signal(signal.SIGTERM, _terminated)
    try:
        from crosscheck.cli import app

        app(prog_name="crosscheck")
    except KeyboardInterrupt:
        sys.stderr.write("crosscheck: interrupted\n")
        sys.exit(INTERRUPTED)
    except BaseException as error:
        if type(error).__name__ not in ("Terminated", "_TerminatedEarly"):
            raise
        sys.stderr.write("crosscheck: terminated\n")
        sys.exit(TERMINATED)


if __name__ == "__main__":
    main()
