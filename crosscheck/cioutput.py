"""A fact-sheet check in the formats CI reads: GitHub workflow commands, JSON and SARIF.

Each renders a CheckResult (claims that fail or hold weakly) or the errors that stopped a check
before it began (a sheet that is not valid, a corpus that cannot be read): one document or one
line a problem, in line order. Pure: the command writes what these return.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import Enum
from typing import Any

from crosscheck import __version__
from crosscheck.errors import Located
from crosscheck.factsheet import CheckResult


class Format(str, Enum):
    """How `check` prints: for people (text), scripts (json), GitHub Actions, or SARIF."""

    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


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


# --- SARIF 2.1.0 -----------------------------------------------------------------------------
# The Static Analysis Results Interchange Format, which GitHub code scanning, GitLab and most
# CI dashboards read: one run of one tool, a result per problem with its file and line.

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
RULES = {
    "grounding": "A claim of the sheet is not said by a source it lists.",
    "contradiction": "A source contradicts a claim of the sheet.",
    "status": "The status the sheet gives a claim is not the one its sources make.",
    "one-voice": "A claim rests on one voice: its sources are copies of one story.",
    "sheet": "The fact sheet or its corpus cannot be read.",
}


def _sarif(results: list[dict[str, Any]]) -> str:
    rules = [
        {"id": rule, "shortDescription": {"text": text}, "helpUri": "https://pypi.org/project/crosscheck/"}
        for rule, text in RULES.items()
    ]
    driver = {
        "name": "crosscheck",
        "version": __version__,
        "informationUri": "https://pypi.org/project/crosscheck/",
        "rules": rules,
    }
    return _json(
        {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [{"tool": {"driver": driver}, "results": results}],
        }
    )


def _result(rule: str, level: str, message: str, path: str | None, line: int | None) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": rule,
        "ruleIndex": list(RULES).index(rule),
        "level": level,
        "message": {"text": message},
    }
    if path:
        location: dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
        if line is not None:
            location["region"] = {"startLine": max(line, 1)}
        result["locations"] = [{"physicalLocation": location}]
    return result


def _uri(path: str) -> str:
    """A file's address as SARIF wants it: a relative path with forward slashes, escaped."""
    from urllib.parse import quote

    return quote(path.replace("\\", "/"))


def check_sarif(result: CheckResult) -> str:
    """Each problem a SARIF result on its line of the sheet: `error` or `warning`."""
    return _sarif(
        [
            _result(p.rule, p.severity.value, f"{p.claim_id}: {p.message}", result.path, p.line)
            for p in result.problems
        ]
    )


def errors_sarif(errors: Sequence[Located]) -> str:
    return _sarif([_result("sheet", "error", e.message, e.path, e.line) for e in errors])
