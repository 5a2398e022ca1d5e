"""A fact-sheet check in the formats CI reads: GitHub workflow commands and JSON.

Each renders a CheckResult (claims that fail or hold weakly) or the errors that stopped a check
before it began (a sheet that is not valid, a corpus that cannot be read): one document or one
line a problem, in line order. Pure: the command writes what these return.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from crosscheck.errors import Located
from crosscheck.factsheet import CheckResult


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


# --- GitHub Actions workflow commands --------------------------------------------------------


def _escape(text: str, *, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def _command(level: str, message: str, path: str | None, line: int | None, title: str) -> str:
    where = [f"file={_escape(path, prop=True)}"] if path else []
    if path and line is not None:
        where.append(f"line={line}")
    where.append(f"title={_escape(title, prop=True)}")
    return f"::{level} {','.join(where)}::{_escape(message)}"


def check_github(result: CheckResult) -> str:
    """Each problem annotates its line in the pull request: `::error` or `::warning`."""
    return "".join(
        _command(p.severity.value, p.message, result.path, p.line, f"crosscheck {p.claim_id}") + "\n"
        for p in result.problems
    )


def errors_github(errors: Sequence[Located]) -> str:
    return "".join(_command("error", e.message, e.path, e.line, "crosscheck") + "\n" for e in errors)


# --- JSON ------------------------------------------------------------------------------------


def check_json(result: CheckResult) -> str:
    """The whole check: counts, each checked claim with its evidence and problems; `errors` is
    empty (it lists what stopped a check that could not run)."""
    return _json(
        {
            "file": result.path,
            "checked": len(result.checks),
            "skipped": result.skipped,
            "failed": result.failed,
            "warnings": result.warnings,
            "errors": [],
            "claims": [
                {
                    "id": c.claim.id,
                    "line": c.claim.line,
                    "status": c.claim.status.value,
                    "computed": c.computed.value,
                    "ok": c.ok,
                    "supported_by": list(c.supported_by),
                    "contradicted_by": [
                        {
                            "source": e.claim.source,
                            "line": e.claim.line,
                            "text": e.claim.text,
                            "a_says": e.a_says,
                            "b_says": e.b_says,
                            "similarity": e.similarity,
                        }
                        for e in c.contradicted_by
                    ],
                    "problems": [
                        {"line": p.line, "severity": p.severity.value, "rule": p.rule, "message": p.message}
                        for p in c.problems
                    ],
                }
                for c in result.checks
            ],
        }
    )


def errors_json(path: str, errors: Sequence[Located]) -> str:
    return _json(
        {
            "file": path,
            "errors": [{"file": e.path, "line": e.line, "message": e.message} for e in errors],
        }
    )
