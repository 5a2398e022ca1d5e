"""Tables, CSV and JSON. The only module that imports rich.

Data goes to stdout, diagnostics to stderr. When stdout is not a terminal or
NO_COLOR is set, output is plain: no colour, no box drawing.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import time
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import GeneratorType
from typing import IO, Any

from rich import box
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from crosscheck.factsheet import CheckResult, Severity
from crosscheck.grammar import plural
from crosscheck.models import DISPUTED, Article, Claim, Fact, Finding, Group, Report, Status
from crosscheck.stated import fact_line, fact_record

UNWRAPPED_WIDTH = 100_000  # piped output: wide enough that no record wraps
# Direction overrides and isolates: shown escaped, so that no text can reorder what a reader sees.
_BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def shown(text: str) -> str:
    """Text from a file made safe for a terminal: a control character (an escape sequence that
    would clear the screen, plant a link, a line break that would forge a line of its own) or a
    direction override is shown as its escape, "\\x1b", "\\u202e", never sent as it is."""
    if text.isprintable():
        return text
    return "".join(_escaped(c) if unicodedata.category(c) == "Cc" or c in _BIDI else c for c in text)


def _escaped(character: str) -> str:
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def make_console(file: IO[str] | None = None, *, width: int | None = None) -> Console:
    """A console that is plain (no colour, no boxes) unless it writes to a colour terminal."""
    target = file or sys.stdout
    fancy = _is_fancy(target)
    # In a terminal (NO_COLOR or not) lines fit its width; piped or to a file, a record is one
    # line, whole, for grep and awk.
    return Console(
        file=target,
        width=width or (None if _is_terminal(target) else UNWRAPPED_WIDTH),
        color_system=("auto" if _is_terminal(target) else "standard") if fancy else None,
        no_color=not fancy,
        highlight=False,
        soft_wrap=False,
        emoji=False,
    )


def stderr_is_terminal() -> bool:
    return _is_fancy(sys.stderr)


_color_mode = "auto"  # set by `--color` (cli.Color): auto, always or never


def set_color(mode: str) -> None:
    """`--color`: "always" and "never" overrule the environment and the terminal; "auto"
    follows FORCE_COLOR, then NO_COLOR, then whether the output is a terminal."""
    global _color_mode
    _color_mode = mode


def _is_fancy(target: IO[str]) -> bool:
    if _color_mode != "auto":
        return _color_mode == "always"
    if os.environ.get("FORCE_COLOR", "") not in ("", "0", "false"):
        return True  # force-color.org: `FORCE_COLOR=1 crosscheck report | less -R`
    return not os.environ.get("NO_COLOR") and _is_terminal(target)


def _is_terminal(target: IO[str]) -> bool:
    isatty = getattr(target, "isatty", None)
    return bool(isatty and isatty())


def is_plain(console: Console) -> bool:
    return console.no_color or console.color_system is None


def emit(console: Console, renderable: Any, *, wrap: bool = True) -> None:
    """Print; in plain mode without the padding rich leaves at the end of each line.

    `wrap=False` keeps a line whole, for output that tools parse (`FILE:LINE: message`).
    """
    if not is_plain(console):
        console.print(renderable, soft_wrap=not wrap)
        return
    with console.capture() as captured:
        console.print(renderable, soft_wrap=not wrap)
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


def print_claims(
    console: Console, claims: Sequence[Claim], facts: Sequence[tuple[Fact, ...]] | None = None
) -> None:
    """One row per claim: source, line, attribution + claim, flags; with `facts`, a dim line
    under the claim for each fact it states."""
    table = _table(console, "source", "line", "claim", "flags")
    table.columns[1].justify = "right"
    table.columns[2].ratio = 1
    for n, claim in enumerate(claims):
        text = Text()
        if claim.attribution:
            text.append(speaker_label(claim), style="cyan")
        text.append(_body(claim))
        table.add_row(shown(claim.source), str(claim.line), text, Text(claim_flags(claim), style="yellow"))
        for fact in facts[n] if facts is not None else ():
            table.add_row("", "", Text("  " + shown(fact_line(fact)), style="dim"), "")
    emit(console, table)
    sources = len({c.source for c in claims})
    summary = f"{plural(len(claims), 'claim')} from {plural(sources, 'source')}"
    emit(console, Text(summary, style="dim"))


def article_texts(articles: Sequence[Article]) -> str:
    """Each article's text as read, under a line naming it, numbered as claims' lines are: the
    file's lines, or for a web page those of the article extracted from it."""
    out: list[str] = []
    for article in articles:
        what = "extracted from the page" if article.extracted else "as read"
        out.append(f"==> {shown(article.source)}: {shown(article.path)} ({what}) <==\n")
        lines = article.text.split("\n")
        if lines[-1] == "":
            lines.pop()  # the file's last line break ends a line; it starts none
        # A JSON Lines record is one line of its file: every claim of it has that line.
        numbers = [article.record_line] * len(lines) if article.record_line else range(1, len(lines) + 1)
        width = len(str(max(numbers, default=1)))
        out.extend(f"{n:>{width}}  {shown(line)}\n" for n, line in zip(numbers, lines, strict=True))
    return "".join(out)


def claim_record(claim: Claim, copy_of: str | None = None) -> dict[str, Any]:
    """The JSON form of a claim; field order is part of the output contract. `copy_of` is the
    claim this one repeats word for word, in a copy of its article (see `copies`)."""
    return {**{key: getattr(claim, key) for key in CLAIM_FIELDS}, "copy_of": copy_of}


CLAIM_FIELDS = (
    "id", "source", "text", "line", "start", "end", "sentence", "attribution", "quote", "hedged", "restored",
    "via", "headline",
)  # fmt: skip


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


# One encoder for every item: `json.dumps` with a keyword makes a new one per call, which cost
# a tenth of writing a large report (261,000 items at 10,000 articles).
_ITEM_ENCODER = json.JSONEncoder(ensure_ascii=False)


def json_lines(document: Mapping[str, Iterable[Any] | Any]) -> Iterator[str]:
    """A large document laid out one list item per line, as a stream of pieces: readable,
    diff-friendly, written by json's C encoder (which `indent` would switch off), and never
    held in memory whole. A value that is a list or generator is laid out item by item."""
    yield "{"
    for n, (key, value) in enumerate(document.items()):
        yield ("\n" if n == 0 else ",\n") + f"  {json.dumps(key)}: "
        if isinstance(value, (list, GeneratorType)):
            empty = True
            for item in value:
                yield ("[\n    " if empty else ",\n    ") + _ITEM_ENCODER.encode(item)
                empty = False
            yield "[]" if empty else "\n  ]"
        else:
            yield _ITEM_ENCODER.encode(value)
    yield "\n}\n"


def claims_json(claims: Sequence[Claim], facts: Sequence[tuple[Fact, ...]]) -> str:
    """The claims as a JSON list, each with the facts it states (`stated.facts_of`)."""
    return to_json(
        [
            {**claim_record(c), "facts": [fact_record(f) for f in found]}
            for c, found in zip(claims, facts, strict=True)
        ]
    )


# --- the report ------------------------------------------------------------------------------

STATUS_STYLE = {
    Status.CONFLICT: "bold red",
    Status.UNCLEAR: "yellow",
    Status.REVISED: "cyan",
    Status.AGREE: "green",
    Status.SINGLE: "dim",
}
SECTION_TITLES = {
    Status.CONFLICT: "Conflicts",
    Status.UNCLEAR: "Unclear: one side hedges",
    Status.REVISED: "Revised: a later report says it changed",
    Status.AGREE: "Agreements",
    Status.SINGLE: "Single-source",
}


def summary_line(report: Report, groups: Sequence[Group] | None = None) -> str:
    """The counts of the whole report, or of the `groups` shown (`report --source`): their
    sources, claims and groups by status."""
    if groups is None:
        sources, claims, listed = len(report.articles), len(report.claims), list(report.groups)
    else:
        ids = {c for g in groups for c in g.claim_ids}
        sources, claims, listed = len({report.claim(c).source for c in ids}), len(ids), list(groups)

    def count(status: Status) -> int:
        return sum(1 for g in listed if g.status is status)

    parts = [
        plural(sources, "source"),
        plural(claims, "claim"),
        plural(len(listed), "group"),
        plural(count(Status.CONFLICT), "conflict"),
        plural(count(Status.AGREE), "agreement"),
        f"{count(Status.UNCLEAR)} unclear",
        *([f"{count(Status.REVISED)} revised"] if count(Status.REVISED) else []),  # rare: quiet when none
        f"{count(Status.SINGLE)} single-source",
    ]
    return " · ".join(parts)


def copy_lines(report: Report) -> list[str]:
    """ "s003 = s007, s009 (same story)": the articles that are copies of one text."""
    return [f"{story} = {', '.join(others)} (same story)" for story, others in report.copies().items()]


def print_stories(console: Console, report: Report) -> None:
    """Which articles are copies of one text, and how much of it they share."""
    voices = len(set(report.story(a.source) for a in report.articles))
    emit(
        console,
        Text(f"{plural(len(report.articles), 'article')} · {voices} independent stories", style="bold"),
    )
    copies = report.copies()
    if not copies:
        emit(console, Text("no article is a copy of another", style="dim"))
        return
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="cyan", no_wrap=True)
    grid.add_column()
    grid.add_column(justify="right", style="dim")
    for story, others in copies.items():
        for n, other in enumerate(others):
            grid.add_row(
                shown(story) if n == 0 else "", shown(other), f"shares {report.shares.get(other, 0):.0%}"
            )
    emit(console, grid)


def print_summary(console: Console, report: Report, written: Sequence[str]) -> None:
    emit(console, Text(summary_line(report), style="bold"))
    for path in written:
        emit(console, Text(f"wrote {shown(path)}", style="dim"))


def print_report(
    console: Console,
    report: Report,
    groups: Sequence[Group],
    sections: Sequence[Status],
    *,
    focus: frozenset[str] = frozenset(),
) -> None:
    """Summary line, the copies, then one section per status: conflicts first, differing words
    highlighted. With `focus` (`report --source`), the counts are of the groups shown, and a
    group's findings are those of a focused source where it has any."""
    emit(console, Text(summary_line(report, groups if focus else None), style="bold"))
    for line in copy_lines(report):
        emit(console, Text(shown(line), style="dim"))
    for status in sections:
        chosen = [g for g in groups if g.status is status]
        if not chosen:
            continue
        emit(console, Text(""))
        emit(
            console,
            Text(f"{SECTION_TITLES[status]} ({len(chosen)})", style=STATUS_STYLE[status] + " underline"),
        )
        for group in chosen:
            _print_group(console, report, group, focus)


def report_lines(report: Report, groups: Sequence[Group], sections: Sequence[Status]) -> Iterator[str]:
    """The report as `FILE:LINE: status kind: values (other side): text` lines, one for each
    claim of each finding (a single-source claim, one), sections in order: what compilers print
    and editors jump to."""
    paths = {a.source: a.path for a in report.articles}

    def where(claim: Claim) -> str:
        return f"{shown(paths.get(claim.source, claim.source))}:{claim.line}"

    for status in sections:
        for group in (g for g in groups if g.status is status):
            if status is Status.SINGLE:
                claim = report.claim(group.claim_ids[0])
                yield f"{where(claim)}: single ({group.id}): {shown(claim.text)}\n"
                continue
            for f in (f for f in group.findings if f.status is status):
                kind = f" {f.kind.value}" if f.kind else ""
                a, b = report.claim(f.a), report.claim(f.b)
                for mine, other, says, theirs in ((a, b, f.a_says, f.b_says), (b, a, f.b_says, f.a_says)):
                    values = f" {shown(says) or '—'} vs {shown(theirs) or '—'}" if f.kind else ""
                    roles = f" (roles swapped: {' <> '.join(map(shown, f.roles))})" if f.roles else ""
                    yield (
                        f"{where(mine)}: {status.value}{kind} ({group.id}):{values} ({where(other)}){roles}: "
                        f"{shown(mine.text)}\n"
                    )


def roles_note(first: str, second: str) -> str:
    """What a finding's `roles` tells a reader, in the terminal and the HTML page alike."""
    return f"{first} and {second} trade places about one act: maybe two facts, or one told wrongly"


def _add_roles(grid: Table, finding: Finding) -> None:
    """A line saying the two claims put two parties the other way round, where they do."""
    if finding.roles:
        note = roles_note(*(shown(name) for name in finding.roles))
        grid.add_row(Text("  roles", style="dim"), Text(note, style="yellow"))


def _print_group(console: Console, report: Report, group: Group, focus: frozenset[str] = frozenset()) -> None:
    """A group as an indented grid, so wrapped claims stay aligned with their text column."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="cyan")
    grid.add_column(ratio=1)
    if group.status is Status.SINGLE:
        claim = report.claim(group.claim_ids[0])
        grid.add_row(_where(claim), _claim_text(claim, highlight="", style=""))
        emit(console, grid)
        return
    header = Text(f"{group.id} ", style="bold")
    if group.status in DISPUTED:
        listed = [f for f in group.findings if f.status is group.status]
        mine = [f for f in listed if {report.claim(f.a).source, report.claim(f.b).source} & focus]
        listed = mine or listed  # with --source, the findings of that source's own claim
        header.append(
            ", ".join(sorted({f.kind.value for f in listed if f.kind})), style=STATUS_STYLE[group.status]
        )
        emit(console, header)
        marked, label = (
            ("bold cyan", "  revised") if group.status is Status.REVISED else ("bold red", "  differs")
        )
        for finding in listed:
            a, b = report.claim(finding.a), report.claim(finding.b)
            grid.add_row(_where(a), _claim_text(a, highlight=finding.a_says, style=marked))
            grid.add_row(_where(b), _claim_text(b, highlight=finding.b_says, style=marked))
            differs = Text(shown(finding.a_says) or "—", style="bold")
            differs.append("  vs  ", style="dim")
            differs.append(shown(finding.b_says) or "—", style="bold")
            differs.append(f"  (similarity {finding.similarity:.0f})", style="dim")
            grid.add_row(Text(label, style="dim"), differs)
            _add_roles(grid, finding)
            copies = [report.claim(c) for side in (a, b) for c in report.repeats.get(side.id, ())]
            if copies:
                where = ", ".join(f"{shown(c.source)}:{c.line}" for c in copies)
                grid.add_row(Text("  copies", style="dim"), Text(f"the same words in {where}", style="dim"))
    else:
        header.append(agreeing(report, group), style=STATUS_STYLE[group.status])
        emit(console, header)
        for claim_id in group.claim_ids:
            claim = report.claim(claim_id)
            grid.add_row(_where(claim), _claim_text(claim, highlight="", style=""))
        for finding in group.findings:
            _add_roles(grid, finding)
    emit(console, grid)


def agreeing(report: Report, group: Group) -> str:
    """ "3 sources agree", or with copies among them "2 independent sources agree (3 articles)"."""
    sources = {report.claim(c).source for c in group.claim_ids}
    voices = {report.story(s) for s in sources}
    if len(voices) == len(sources):
        return f"{len(sources)} sources agree"
    return f"{len(voices)} independent sources agree ({len(sources)} articles)"


def speaker_label(claim: Claim) -> str:
    """ "the mayor: ", "the owner, to AFP: ": who says it (and to which outlet), before the words."""
    via = f", to {shown(claim.via)}" if claim.via else ""
    return f"{shown(claim.attribution or '')}{via}: "


def _body(claim: Claim) -> Text:
    """The claim's words; the words restored from the clause before ("[the mayor said]") dim."""
    body = Text(shown(claim.text))
    if claim.restored and claim.text.startswith("["):
        body.stylize("dim", 0, len(shown(claim.restored)) + 2)
    return body


def _where(claim: Claim) -> str:
    return f"  {shown(claim.source)}:{claim.line}"


def _claim_text(claim: Claim, *, highlight: str, style: str) -> Text:
    line = Text()
    if claim.attribution:
        line.append(speaker_label(claim), style="magenta")
    body = _body(claim)
    for word in shown(highlight).split():
        body.highlight_regex(rf"(?<![\w]){re.escape(word)}(?![\w])", style=style)
    line.append(body)
    flags = claim_flags(claim)
    if flags:
        line.append(f"  ({flags})", style="yellow")
    return line


CSV_COLUMNS = (
    "group", "status", "kind", "source_a", "line_a", "claim_a", "source_b", "line_b", "claim_b",
    "a_says", "b_says", "similarity", "claim_a_id", "claim_b_id", "story_a", "story_b", "roles",
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """A spreadsheet must not run a cell as a formula: neutralise it with a leading quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _with_copies(report: Report, finding: Finding) -> Iterator[tuple[Claim, Claim]]:
    """The finding's two claims, then each copy of either against the other: every article that
    carries a claim shows in the table, and the rows grow with the copies, not their square."""
    a, b = report.claim(finding.a), report.claim(finding.b)
    yield a, b
    for copy in report.repeats.get(a.id, ()):
        yield report.claim(copy), b
    for copy in report.repeats.get(b.id, ()):
        yield a, report.claim(copy)


def findings_csv(report: Report, groups: Sequence[Group], *, every_pair: bool) -> str:
    """The discrepancy table: one row per cross-source pair (conflicts only unless every_pair)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for group in groups:
        for f in group.findings:
            if not every_pair and f.status is not Status.CONFLICT:
                continue
            for a, b in _with_copies(report, f):
                row = (
                    group.id, f.status.value, f.kind.value if f.kind else "", a.source, a.line, a.text,
                    b.source, b.line, b.text, f.a_says, f.b_says, f"{f.similarity:.1f}", a.id, b.id,
                    report.story(a.source), report.story(b.source), " <> ".join(f.roles),
                )  # fmt: skip
                writer.writerow([_cell(v) for v in row])
    return buffer.getvalue()


# 2: a group's findings are the pairs that were reported (a claim's best partners in other
# sources that plainly state one fact), no longer every cross-source pair of the group.
# 3: the status `revised` (a later report says a figure changed), counted in the summary.
# (Fields added since, within 3: a finding's `roles`.)
JSON_SCHEMA_VERSION = 3


def report_json(report: Report, groups: Sequence[Group]) -> str:
    """The whole result as one string (see `report_json_pieces`)."""
    return "".join(report_json_pieces(report, groups))


def report_json_pieces(report: Report, groups: Sequence[Group]) -> Iterator[str]:
    """The whole result; the layout is documented in the README and is a contract."""
    original = {copy: claim for claim, copies in report.repeats.items() for copy in copies}
    document = {
        "schema": JSON_SCHEMA_VERSION,
        "summary": {
            "sources": len(report.articles),
            "claims": len(report.claims),
            "groups": len(report.groups),
            **{status.value: report.count(status) for status in Status},
        },
        "sources": [
            {
                "id": a.source,
                "path": a.path,
                "title": a.title,
                "outlet": a.outlet,
                "published": a.published,
                "url": a.url,
                "author": a.author,
                "updated": a.updated,
                "offsets": "extracted" if a.extracted else "file",
                "story": report.story(a.source),
            }
            for a in report.articles
        ],
        "claims": (claim_record(c, original.get(c.id)) for c in report.claims),
        "groups": (_group_record(report, g) for g in groups),
    }
    return json_lines(document)


GROUP_CLAIM_FIELDS = ("id", "source", "text", "line", "start", "end")


def _group_record(report: Report, group: Group) -> dict[str, Any]:
    return {
        "id": group.id,
        "status": group.status.value,
        "kinds": [k.value for k in group.kinds],
        "claims": [
            {key: getattr(claim, key) for key in GROUP_CLAIM_FIELDS}
            for claim in map(report.claim, group.claim_ids)
        ],
        "findings": [
            {
                "a": f.a,
                "b": f.b,
                "status": f.status.value,
                "kind": f.kind.value if f.kind else None,
                "a_says": f.a_says,
                "b_says": f.b_says,
                "similarity": f.similarity,
                "roles": list(f.roles) or None,
            }
            for f in group.findings
        ],
    }


# --- fact sheet checks -------------------------------------------------------------------------


def print_check(console: Console, result: CheckResult) -> None:
    """One summary line, then `FILE:LINE: id: message` for every problem, in line order (a
    warning's message starts "warning: ")."""
    summary = Text(f"{shown(str(result.path))}: {check_summary(result)}", style="bold")
    emit(console, summary, wrap=False)
    for problem in result.problems:
        line = Text(f"{shown(str(result.path))}:{problem.line}: ", style="cyan")
        line.append(f"{shown(problem.claim_id)}: ", style="bold")
        if problem.severity is Severity.WARNING:
            line.append("warning: ", style="yellow")
        line.append(shown(problem.message))
        emit(console, line, wrap=False)


def _verb(n: int, verb: str) -> str:
    """ "1 holds", "2 hold"."""
    return f"{verb}s" if n == 1 else verb


def check_summary(result: CheckResult) -> str:
    """ "29 claims checked · 28 hold · 1 fails", with what --changed-since skipped and any
    warnings."""
    held = len(result.checks) - result.failed
    summary = f"{plural(len(result.checks), 'claim')} checked"
    if result.skipped:
        summary += f" ({result.skipped} unaffected, skipped)"
    summary += f" · {held} {_verb(held, 'hold')} · {result.failed} {_verb(result.failed, 'fail')}"
    if result.warnings:
        summary += f" · {plural(result.warnings, 'warning')}"
    return summary


# --- progress --------------------------------------------------------------------------------

STAGE_LABELS = {
    "fetching": "fetching pages",
    "extracting": "extracting claims",
    "matching": "matching",
    "matching repeats": "matching repeats",
    "comparing": "comparing",
}


class ProgressDisplay:
    """A progress bar on stderr that appears only once a run has taken more than `delay`.

    Called as the pipeline's progress callback: `(stage, advance, total)`. Hidden entirely
    when `enabled` is false (stderr not a terminal, or --quiet).
    """

    def __init__(self, *, enabled: bool, delay: float = 1.0) -> None:
        self.enabled = enabled
        self.delay = delay
        self.started = time.monotonic()
        self.counts: dict[str, tuple[int, int]] = {}
        self.progress: Progress | None = None
        self.tasks: dict[str, TaskID] = {}

    def __call__(self, stage: str, advance: int, total: int) -> None:
        if not self.enabled:
            return
        done, _ = self.counts.get(stage, (0, total))
        self.counts[stage] = (done + advance, total)
        if self.progress is None and time.monotonic() - self.started < self.delay:
            return
        if self.progress is None:
            self.progress = Progress(
                TextColumn("{task.description:<18}"),
                BarColumn(),
                TaskProgressColumn(),
                TimeElapsedColumn(),
                TextColumn("left"),
                TimeRemainingColumn(),  # shown once rich can estimate it from the rate so far
                console=Console(stderr=True),
                transient=True,
            )
            self.progress.start()
        for name, (completed, size) in self.counts.items():
            if name not in self.tasks:
                self.tasks[name] = self.progress.add_task(STAGE_LABELS.get(name, name), total=size)
            self.progress.update(self.tasks[name], completed=completed, total=size)

    def __enter__(self) -> ProgressDisplay:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()
