"""The report as one self-contained web page (`crosscheck report --html FILE`).

Conflicts first, one card per disputed fact with a row per source (its words, the differing
values marked, the speaker, the article, and the file and line of the evidence); then the
discrepancy table (one row per disputed fact, one column per source); then agreements and
single-source claims, collapsed. Filters by kind and source, a text search and keyboard
navigation run in a few lines of plain JavaScript; nothing is loaded from the network (a
Content-Security-Policy forbids it), and every piece of article text is escaped: the page
says only what the JSON says, and runs nothing an article wrote.

At scale the page stays usable by showing at most SHOWN_AGREEMENTS agreements and
SHOWN_SINGLES single-source claims, and saying how many more the JSON holds.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources

from crosscheck.models import DISPUTED, Article, Claim, Finding, Group, Report, Status
from crosscheck.normalize import DEFAULT_ALIASES, tokens
from crosscheck.render import agreeing, roles_note

SHOWN_AGREEMENTS = 1000
SHOWN_SINGLES = 1000
ABOUT_WORDS = 8  # words of "what the fact is about" in a card's heading
TITLE_CHARS = 90  # of an article's title beside a claim
TABLE_SOURCES = 40  # sources giving values, at most, for the table's column a source
_WORD = re.compile(r"[\w'’-]+")
_LINKABLE = re.compile(r"^https?://", re.I)


def report_html(report: Report, groups: Sequence[Group]) -> Iterator[str]:
    """The page, in pieces (written atomically by `output.write_output`)."""
    disputed = [g for g in groups if g.status in DISPUTED]
    agreed = [g for g in groups if g.status is Status.AGREE]
    singles = [g for g in groups if g.status is Status.SINGLE]
    articles = {a.source: a for a in report.articles}
    yield _HEAD
    yield from _header(report, groups)
    yield from _filters(report, disputed)
    yield '<main id="cards">\n'
    titles = {
        Status.CONFLICT: "Conflicts",
        Status.UNCLEAR: "Unclear: one side hedges",
        Status.REVISED: "Revised",
    }
    for status, title in titles.items():
        these = [g for g in disputed if g.status is status]
        if these or status is Status.CONFLICT:
            yield f'<section class="status-{status.value}"><h2>{title} ({len(these)})</h2>\n'
            yield from (_card(report, articles, g) for g in these)
            if not these:
                yield '<p class="none">No source contradicts another.</p>\n'
            yield "</section>\n"
    yield from _table(report, disputed)
    yield from _agreements(report, articles, agreed)
    yield from _singles(report, articles, singles)
    yield from _sources(report)
    yield "</main>\n"
    yield _SCRIPT
    yield "</body>\n</html>\n"


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _header(report: Report, groups: Sequence[Group]) -> Iterator[str]:
    stories = len({report.story(a.source) for a in report.articles})
    kinds: dict[str, int] = {}
    for g in groups:
        if g.status is Status.CONFLICT:
            for kind in g.kinds:
                kinds[kind.value] = kinds.get(kind.value, 0) + 1

    def count(status: Status) -> int:
        return sum(1 for g in groups if g.status is status)

    by_kind = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "none"
    facts = [
        ("sources", f"{len(report.articles)} ({stories} independent stories)"),
        ("claims", str(len(report.claims))),
        ("conflicts", f"{count(Status.CONFLICT)} ({by_kind})"),
        ("unclear", str(count(Status.UNCLEAR))),
        ("revised", str(count(Status.REVISED))),
        ("agreements", str(count(Status.AGREE))),
        ("single-source", str(count(Status.SINGLE))),
    ]
    yield '<header><h1>crosscheck report</h1>\n<dl class="summary">'
    yield "".join(f"<div><dt>{_e(k)}</dt><dd>{_e(v)}</dd></div>" for k, v in facts)
    yield "</dl></header>\n"


def _filters(report: Report, disputed: Sequence[Group]) -> Iterator[str]:
    kinds = sorted({f.kind.value for g in disputed for f in g.findings if f.kind})
    sources = sorted(a.source for a in report.articles)
    yield '<nav class="filters" aria-label="Filters">'
    yield '<label>kind <select id="kind"><option value="">all</option>'
    yield "".join(f'<option value="{_e(k)}">{_e(k)}</option>' for k in kinds)
    yield '</select></label> <label>source <select id="source"><option value="">all</option>'
    yield "".join(f'<option value="{_e(s)}">{_e(s)}</option>' for s in sources)
    yield '</select></label> <label>search <input id="search" type="search"'
    yield ' placeholder="words in a claim"></label>'
    yield ' <span class="keys">j / k: next / previous · /: search · Esc: clear</span></nav>\n'


def _listed(group: Group) -> tuple[list[Finding], list[str]]:
    """A disputed group's findings of its own status, and their kinds."""
    listed = [f for f in group.findings if f.status is group.status]
    return listed, sorted({f.kind.value for f in listed if f.kind})


def _card(report: Report, articles: dict[str, Article], group: Group) -> str:
    listed, kinds = _listed(group)
    says = _values(report, listed)
    claims = [report.claim(c) for c in group.claim_ids]
    rows = "".join(_row(c, articles.get(c.source), says.get(c.id, ())) for c in claims)
    differs = "".join(
        f'<li><b>{_e(f.a_says) or "—"}</b> <span class="vs">vs</span> <b>{_e(f.b_says) or "—"}</b>'
        f' <span class="dim">({_e(report.claim(f.a).source)}:{report.claim(f.a).line} / '
        f"{_e(report.claim(f.b).source)}:{report.claim(f.b).line}, similarity {f.similarity:.0f})</span>"
        f"{_roles(f)}</li>"
        for f in listed
    )
    return (
        f'<article class="card {group.status.value}" id="{_e(group.id)}" tabindex="-1"'
        f"{_data(kinds, (c.source for c in claims), (c.text for c in claims))}>"
        f'<h3><a href="#{_e(group.id)}">{_e(group.id)}</a> <span class="kind">{_e(", ".join(kinds))}</span>'
        f' <span class="about">{_e(_about(listed, report))}</span></h3>'
        f'<table class="rows"><tbody>{rows}</tbody></table><ul class="differs">{differs}</ul></article>\n'
    )


def _roles(finding: Finding) -> str:
    """A note that the two claims put two parties the other way round (`roles`), if they do."""
    if not finding.roles:
        return ""
    return f'<p class="roles">{roles_note(*(_e(name) for name in finding.roles))}</p>'


def _data(kinds: Iterable[str], sources: Iterable[str], texts: Iterable[str]) -> str:
    """The attributes the page's filters read: kinds, sources and the words, lower-cased."""
    return (
        f' data-kinds="{_e(" ".join(kinds))}" data-sources="{_e(" ".join(sorted(set(sources))))}"'
        f' data-text="{_e(" ".join(texts).lower())}"'
    )


def _values(report: Report, findings: Iterable[Finding]) -> dict[str, tuple[str, ...]]:
    """What each claim says in the findings listed: the values to mark in its words."""
    found: dict[str, list[str]] = {}
    for f in findings:
        for claim_id, said in ((f.a, f.a_says), (f.b, f.b_says)):
            if said and said not in found.setdefault(claim_id, []):
                found[claim_id].append(said)
            for copy in report.repeats.get(claim_id, ()):
                found.setdefault(copy, found[claim_id])
    return {claim: tuple(values) for claim, values in found.items()}


def _about(findings: Sequence[Finding], report: Report) -> str:
    """What a fact is about: the words the first pair's claims share, in the first's order."""
    if not findings:
        return ""
    a, b = report.claim(findings[0].a), report.claim(findings[0].b)
    theirs = set(tokens(b.text, DEFAULT_ALIASES))
    shared = [w for w in _WORD.findall(a.text) if set(tokens(w, DEFAULT_ALIASES)) & theirs]
    return " ".join(dict.fromkeys(shared[:ABOUT_WORDS]))


def _row(claim: Claim, article: Article | None, values: Sequence[str]) -> str:
    speaker = claim.attribution or ""
    if claim.via:
        speaker += f", to {claim.via}"
    return (
        f'<tr><th scope="row">{_e(claim.source)}</th><td class="claim">{_marked(claim.text, values)}</td>'
        f'<td class="speaker">{_e(speaker)}</td><td class="article">{_article(article)}</td>'
        f'<td class="where">{_where(claim, article)}</td></tr>'
    )


def _marked(text: str, values: Sequence[str]) -> str:
    """The claim's words, escaped, with each value it gives in the finding marked."""
    spans: list[tuple[int, int]] = []
    folded = text.lower()
    for value in values:
        at = folded.find(value.lower())
        if at >= 0 and not any(s < at + len(value) and at < e for s, e in spans):
            spans.append((at, at + len(value)))
    out, last = [], 0
    for start, end in sorted(spans):
        out.append(_e(text[last:start]) + f"<mark>{_e(text[start:end])}</mark>")
        last = end
    return "".join(out) + _e(text[last:])


def _article(article: Article | None) -> str:
    if article is None:
        return ""
    parts = [p for p in (article.outlet, article.published) if p]
    meta = f'<span class="dim">{_e(" · ".join(parts))}</span>' if parts else ""
    title = article.title or ""
    # A title taken from a first line may be a paragraph: shortened, whole in its tooltip.
    if len(title) <= TITLE_CHARS:
        return f'<span class="title">{_e(title)}</span> {meta}'
    short = title[: TITLE_CHARS - 1].rstrip() + "…"
    return f'<span class="title" title="{_e(title)}">{_e(short)}</span> {meta}'


def _where(claim: Claim, article: Article | None) -> str:
    where = f"{_e(article.path if article else claim.source)}:{claim.line}"
    return _linked(where, article.url if article else None)


def _linked(shown: str, url: str | None) -> str:
    """`shown` (escaped already) as a link to `url`, where that is an http(s) address: only
    those, so that no `javascript:` a page's metadata holds becomes a link."""
    if url and _LINKABLE.match(url):
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{shown}</a>'
    return shown


def _table(report: Report, disputed: Sequence[Group]) -> Iterator[str]:
    """The discrepancy table: a row per disputed fact, a column per source that gives a value."""
    cells: list[tuple[Group, dict[str, list[str]]]] = []
    for group in disputed:
        by_source: dict[str, list[str]] = {}
        for claim_id, values in _values(report, _listed(group)[0]).items():
            kept = by_source.setdefault(report.claim(claim_id).source, [])
            kept.extend(v for v in values if v not in kept)
        cells.append((group, by_source))
    sources = sorted({s for _, by_source in cells for s in by_source})
    yield f'<section id="table"><h2>Discrepancy table ({len(cells)})</h2>\n'
    if not cells:
        yield '<p class="none">Nothing disputed.</p></section>\n'
        return
    if len(sources) > TABLE_SOURCES:
        yield from _long_table(report, cells)
        return
    yield '<div class="scroll"><table class="grid"><thead><tr><th>fact</th><th>kind</th>'
    yield "".join(f'<th scope="col">{_e(s)}</th>' for s in sources)
    yield "</tr></thead><tbody>\n"
    for group, by_source in cells:
        kinds = _listed(group)[1]
        yield (
            f"<tr{_data(kinds, by_source, (report.claim(c).text for c in group.claim_ids))}>"
            f'<th scope="row"><a href="#{_e(group.id)}">{_e(group.id)}</a></th>'
            f"<td>{_e(', '.join(kinds))}</td>"
        )
        yield "".join(f"<td>{_e(' / '.join(by_source.get(s, ())))}</td>" for s in sources)
        yield "</tr>\n"
    yield "</tbody></table></div></section>\n"


def _long_table(report: Report, cells: Sequence[tuple[Group, dict[str, list[str]]]]) -> Iterator[str]:
    """The table for many sources, a row per value a source gives: a column per source would
    be mostly empty cells, thousands wide."""
    yield '<div class="scroll"><table class="grid"><thead><tr><th>fact</th><th>kind</th>'
    yield "<th>source</th><th>value</th></tr></thead><tbody>\n"
    for group, by_source in cells:
        kinds = _listed(group)[1]
        claims = [report.claim(c) for c in group.claim_ids]
        for source, values in sorted(by_source.items()):
            texts = [c.text for c in claims if c.source == source]
            yield (
                f'<tr{_data(kinds, [source], texts)}><th scope="row"><a href="#{_e(group.id)}">'
                f"{_e(group.id)}</a></th><td>{_e(', '.join(kinds))}</td><td>{_e(source)}</td>"
                f"<td>{_e(' / '.join(values))}</td></tr>\n"
            )
    yield "</tbody></table></div></section>\n"


def _agreements(report: Report, articles: dict[str, Article], groups: Sequence[Group]) -> Iterator[str]:
    """Each agreement folded to one line (how many independent sources, the first claim)."""
    yield f'<section class="agreements"><h2>Agreements ({len(groups)})</h2>\n'
    for group in groups[:SHOWN_AGREEMENTS]:
        claims = [report.claim(c) for c in group.claim_ids]
        yield (
            f'<details class="card agree" id="{_e(group.id)}"'
            f"{_data((), (c.source for c in claims), (c.text for c in claims))}>"
            f"<summary><b>{_e(group.id)}</b> {_e(agreeing(report, group))} · {_e(claims[0].text)}</summary>"
            f"<ul>{''.join(_line(c, articles.get(c.source)) for c in claims)}</ul>"
            f"{''.join(_roles(f) for f in group.findings)}</details>\n"
        )
    yield from _more(len(groups) - SHOWN_AGREEMENTS, "agreement")
    yield "</section>\n"


def _singles(report: Report, articles: dict[str, Article], groups: Sequence[Group]) -> Iterator[str]:
    """What one source alone says, one line each, the whole list folded."""
    yield f'<section class="singles"><h2>Single-source ({len(groups)})</h2>\n'
    if groups:
        yield "<details><summary>show the claims no other source makes</summary><ul>\n"
        for group in groups[:SHOWN_SINGLES]:
            claim = report.claim(group.claim_ids[0])
            yield _line(
                claim,
                articles.get(claim.source),
                f' class="item" id="{_e(group.id)}"' + _data((), [claim.source], [claim.text]),
            )
        yield "</ul></details>\n"
    yield from _more(len(groups) - SHOWN_SINGLES, "single-source claim")
    yield "</section>\n"


def _line(claim: Claim, article: Article | None, attributes: str = "") -> str:
    """A claim on one line: its source, its words, where it stands."""
    return (
        f"<li{attributes}><b>{_e(claim.source)}</b> {_e(claim.text)} "
        f'<span class="dim">{_where(claim, article)}</span></li>\n'
    )


def _more(hidden: int, noun: str) -> Iterator[str]:
    if hidden > 0:
        yield f'<p class="more">{hidden} more {noun}s are in the JSON (--json FILE).</p>\n'


def _sources(report: Report) -> Iterator[str]:
    yield f'<section id="sources"><h2>Sources ({len(report.articles)})</h2>'
    columns = ("id", "title", "outlet", "published", "story", "file")
    yield '<div class="scroll"><table class="grid"><thead><tr>'
    yield "".join(f"<th>{c}</th>" for c in columns) + "</tr></thead><tbody>\n"
    for a in report.articles:
        path = _linked(_e(a.path), a.url)
        yield (
            f'<tr><th scope="row">{_e(a.source)}</th><td>{_e(a.title)}</td><td>{_e(a.outlet)}</td>'
            f"<td>{_e(a.published)}</td><td>{_e(report.story(a.source))}</td><td>{path}</td></tr>\n"
        )
    yield "</tbody></table></div></section>\n"


def _asset(name: str) -> str:
    return resources.files("crosscheck").joinpath(name).read_text(encoding="utf-8")


_HEAD = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    # Nothing from the network, whatever a page's text holds: styles and the script are inline.
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
    "<title>crosscheck report</title>\n<style>\n" + _asset("report.css") + "</style>\n</head>\n<body>\n"
)
_SCRIPT = "<script>\n" + _asset("report.js") + "</script>\n"
