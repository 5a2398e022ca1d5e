"""Tables, CSV and JSON. The only module that imports rich.

Data goes to stdout, diagnostics to stderr. When stdout is not a terminal or
NO_COLOR is set, output is plain: no colour, no box drawing.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from typing import IO, Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from crosscheck.models import Claim

PLAIN_WIDTH = 100


def make_console(file: IO[str] | None = None, *, width: int | None = None) -> Console:
    """A console that is plain (no colour, no boxes) unless it writes to a colour terminal."""
    target = file or sys.stdout
    fancy = _is_fancy(target)
    return Console(
        file=target,
        width=width or (None if fancy else PLAIN_WIDTH),
        color_system="auto" if fancy else None,
        no_color=not fancy,
        highlight=False,
        soft_wrap=False,
        emoji=False,
    )


def _is_fancy(target: IO[str]) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(target, "isatty", None)
    return bool(isatty and isatty())


def is_plain(console: Console) -> bool:
    return console.no_color or console.color_system is None


def emit(console: Console, renderable: Any) -> None:
    """Print; in plain mode without the padding rich leaves at the end of each line."""
    if not is_plain(console):
        console.print(renderable)
        return
    with console.capture() as captured:
        console.print(renderable)
    lines = captured.get().splitlines()
    console.file.write("".join(line.rstrip() + "\n" for line in lines))


def _table(console: Console, *columns: str) -> Table:
    table = Table(
        box=None if is_plain(console) else box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        header_style="bold",
        expand=False,
    )
    for name in columns:
        table.add_column(name)
    return table


def claim_flags(claim: Claim) -> str:
    flags = []
    if claim.quote:
        flags.append("quote")
    if claim.hedged:
        flags.append("hedged")
    return ",".join(flags)


def print_claims(console: Console, claims: Sequence[Claim]) -> None:
    """One row per claim: source, line, attribution + claim, flags."""
    table = _table(console, "source", "line", "claim", "flags")
    table.columns[1].justify = "right"
    table.columns[2].ratio = 1
    for claim in claims:
        text = Text()
        if claim.attribution:
            text.append(f"[{claim.attribution}] ", style="cyan")
        text.append(claim.text)
        table.add_row(claim.source, str(claim.line), text, Text(claim_flags(claim), style="yellow"))
    emit(console, table)
    sources = len({c.source for c in claims})
    summary = f"{plural(len(claims), 'claim')} from {plural(sources, 'source')}"
    emit(console, Text(summary, style="dim"))


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def claim_record(claim: Claim) -> dict[str, Any]:
    """The JSON form of a claim; field order is part of the output contract."""
    record = asdict(claim)
    return {key: record[key] for key in CLAIM_FIELDS}


CLAIM_FIELDS = ("id", "source", "text", "line", "start", "end", "sentence", "attribution", "quote", "hedged")


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def claims_json(claims: Sequence[Claim]) -> str:
    return to_json([claim_record(c) for c in claims])
