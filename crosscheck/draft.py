"""A starting fact sheet for `crosscheck init`, holding only what `crosscheck check` passes.

One entry per group of the report. Each is checked as `check` would check it; one that fails is
restated as the sources have it (the status they give, the sources that support it), and one
that still fails, or that no source supports as worded, is written commented out, with the
reason, for a person to reword or drop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from crosscheck import __version__
from crosscheck.factsheet import ClaimCheck, SheetStatus, check, parse_sheet
from crosscheck.models import Report, Status

GROUP_TO_SHEET = {
    Status.CONFLICT: SheetStatus.DISPUTED,
    Status.AGREE: SheetStatus.CORROBORATED,
    Status.UNCLEAR: SheetStatus.CORROBORATED,
    Status.REVISED: SheetStatus.DISPUTED,  # the sources give two figures; the sheet says which stands
    Status.SINGLE: SheetStatus.SINGLE_SOURCE,
}
HEADER = (
    "# Fact sheet written by `crosscheck init`: one entry per group of the report, each one that\n"
    "# `crosscheck check` passes; entries it would fail are commented out with the reason.\n"
    "# Edit the texts and statuses, delete what you do not stand behind, then run `crosscheck check`.\n"
)
# Restating an entry's sources changes the words it is read with, so a restated entry is
# checked again; what the last round still fails is commented out.
ROUNDS = 3


@dataclass(frozen=True)
class Entry:
    id: str
    text: str
    status: SheetStatus
    sources: tuple[str, ...]
    note: str | None = None
    left_out: str | None = None  # why the entry is commented out
    grouped: tuple[SheetStatus, tuple[str, ...]] | None = None  # as the report had it, if restated

    def record(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "status": self.status.value,
            "sources": list(self.sources),
        }
        if self.note:
            found["note"] = self.note
        return found


@dataclass(frozen=True)
class Draft:
    text: str
    written: int  # entries that check passes
    left_out: int  # entries written commented out


def starting_sheet(report: Report, corpus: str, *, path: Path) -> Draft:
    """The starting sheet for `report`'s corpus, to be saved at `path` (`corpus` relative to it)."""
    entries = [_entry(report, index) for index in range(len(report.groups))]
    # A claim's verdict depends only on its own entry (and the sheet-wide settings, the same
    # for all), so only restated entries need checking again.
    pending = list(range(len(entries)))
    for round_ in range(ROUNDS):
        if not pending:
            break
        checks = _checks(report, _render([entries[i] for i in pending], corpus), path)
        restated = []
        for index in pending:
            entry = entries[index]
            entries[index] = _settle(entry, checks[entry.id], last=round_ == ROUNDS - 1)
            if entries[index].left_out is None and not checks[entry.id].ok:
                restated.append(index)
        pending = restated
    written = sum(1 for e in entries if e.left_out is None)
    return Draft(_render(entries, corpus), written, len(entries) - written)


def _entry(report: Report, index: int) -> Entry:
    group = report.groups[index]
    first = report.claim(group.claim_ids[0])
    sources = tuple(sorted({report.claim(c).source for c in group.claim_ids}))
    return Entry(group.id, first.text, GROUP_TO_SHEET[group.status], sources)


def _checks(report: Report, text: str, path: Path) -> dict[str, ClaimCheck]:
    """Each entry's verdict, read back from the text as `check` reads the file."""
    sheet = parse_sheet(text, path)
    corpus = Report(articles=report.articles, claims=report.claims, groups=())
    return {c.claim.id: c for c in check(corpus, sheet).checks}


def _settle(entry: Entry, verdict: ClaimCheck, *, last: bool) -> Entry:
    """The entry as it passes: unchanged, restated as the sources have it, or left out."""
    if verdict.ok:
        return replace(entry, note=_note(entry, verdict))
    if verdict.computed is SheetStatus.UNSUPPORTED:
        return replace(entry, left_out="no source supports it as worded")
    grouped = entry.grouped or (entry.status, entry.sources)
    restated = replace(entry, status=verdict.computed, sources=verdict.supported_by, grouped=grouped)
    if last or restated == entry:
        reasons = "; ".join(p.message for p in verdict.problems)
        return replace(entry, left_out=reasons)
    return restated


def _note(entry: Entry, verdict: ClaimCheck) -> str | None:
    """What a person editing the entry should know: what the conflicting sources say, and how the
    report had it where init restated it."""
    said = []
    if verdict.claim.status is SheetStatus.DISPUTED:
        differs = "; ".join(
            f"{e.claim.source}:{e.claim.line} says {e.b_says or '—'} where this says {e.a_says or '—'}"
            for e in verdict.contradicted_by
        )
        said.append(f"Sources conflict ({differs}); rewrite the text to the version you stand behind.")
    if entry.grouped is not None:
        status, sources = entry.grouped
        said.append(
            f"The report had it {status.value} in {', '.join(sources)}; "
            f"as worded, check finds it {entry.status.value} in {', '.join(entry.sources)}."
        )
    return " ".join(said) or None


def _render(entries: Sequence[Entry], corpus: str) -> str:
    head = yaml.safe_dump({"corpus": corpus, "crosscheck": __version__}, sort_keys=False, allow_unicode=True)
    written = [e for e in entries if e.left_out is None]
    lines = [HEADER, head, "claims:" if written else "claims: []", "\n"]
    for entry in entries:
        body = yaml.safe_dump([entry.record()], sort_keys=False, allow_unicode=True, width=100)
        if entry.left_out is None:
            lines.extend(f"  {line}\n" for line in body.splitlines())
        else:
            lines.append(f"  # left out: check would fail it: {_one_line(entry.left_out)}\n")
            lines.extend(f"  # {line}\n" for line in body.splitlines())
        lines.append("\n")
    return "".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())
