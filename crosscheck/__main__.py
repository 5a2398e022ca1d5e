"""The `crosscheck` command (and `python -m crosscheck`).

This module imports nothing of crosscheck's own before it can handle an interrupt: Ctrl-C at
any moment after Python's own start-up, the imports of typer and rich included, ends in exit
status 130 and one line, never a traceback. SIGTERM ends a run the same way (exit 143): the
handler raises SystemExit, so every `finally` and `except BaseException` on the way out runs,
removing temporary files and closing the worker pool.
"""

from __future__ import annotations

import signal
import sys

# Not errors.ExitCode: importing it would leave a window in which an interrupt has no handler.
INTERRUPTED = 130  # 128 + SIGINT
TERMINATED = 143  # 128 + SIGTERM


def _terminated(signum: int, frame: object) -> None:
    sys.stderr.write("crosscheck: terminated\n")
    raise SystemExit(TERMINATED)


_swallowed: list[BaseException] = []  # interrupts raised where Python could only ignore them


def _unraisable(hook: sys.UnraisableHookArgs) -> None:
    """An exception Python cannot raise (one in a finaliser, a weakref callback or a fork
    handler) is reported here, not raised. Ctrl-C that lands in one was lost, and the run went
    on to the end (measured: 1 run in about 10 with Ctrl-C half a second in, on a loaded
    machine): it is kept, so the run still ends as interrupted, and no traceback is printed."""
    if isinstance(hook.exc_value, KeyboardInterrupt):
        _swallowed.append(hook.exc_value)
        return
    sys.__unraisablehook__(hook)


def main() -> None:
    signal.signal(signal.SIGTERM, _terminated)
    sys.unraisablehook = _unraisable
    try:
        from crosscheck.cli import app

        app(prog_name="crosscheck")
    except KeyboardInterrupt:
        _interrupted()
    except SystemExit:
        if _swallowed:
            _interrupted()
        raise
    if _swallowed:
        _interrupted()


def _interrupted() -> None:
    sys.stderr.write("crosscheck: interrupted\n")
    sys.exit(INTERRUPTED)


if __name__ == "__main__":
    main()
