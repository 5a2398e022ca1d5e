"""Which fact-sheet claims changed since a git ref: the `--changed-since` filter."""

from __future__ import annotations

import subprocess
from pathlib import Path

from crosscheck.errors import CrosscheckError, FactSheetError
from crosscheck.factsheet import FactSheet, parse_sheet


class GitError(CrosscheckError):
    """git is missing, the file is not in a repository, or the ref does not exist."""


def changed_claim_ids(sheet: FactSheet, ref: str) -> set[str]:
    """Ids of claims added or edited since `ref` (all of them if the file is new since then)."""
    path = Path(sheet.path).resolve()
    top = _git(path.parent, "rev-parse", "--show-toplevel").strip()
    relative = path.relative_to(Path(top).resolve()).as_posix()
    _git(
        path.parent, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", what=f"unknown git ref {ref!r}"
    )
    try:
        old_text = _git(path.parent, "show", f"{ref}:{relative}")
    except GitError:
        return {c.id for c in sheet.claims}  # the file did not exist at ref: everything is new
    try:
        old = parse_sheet(old_text, path)
    except FactSheetError:
        return {c.id for c in sheet.claims}  # the old version did not parse: check everything
    before = {c.id: c.fingerprint for c in old.claims}
    return {c.id for c in sheet.claims if before.get(c.id) != c.fingerprint}


def _git(cwd: Path, *args: str, what: str | None = None) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise GitError("--changed-since needs git, which is not installed") from None
    if done.returncode != 0:
        message = what or (done.stderr.strip().splitlines() or ["git failed"])[-1]
        raise GitError(message, path=str(cwd))
    return done.stdout
