"""`crosscheck report --html FILE`: every conflict of the JSON on the page with its sources and
lines, nothing loaded from the network, article text escaped, and the page as a browser shows it."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from benchmarks.quality import DEFAULT_DEVSET
from crosscheck.cli import app

from .conftest import CORPUS

runner = CliRunner()
LOADING = {"script": "src", "img": "src", "iframe": "src", "link": "href", "source": "src", "embed": "src",
           "object": "data", "audio": "src", "video": "src"}  # fmt: skip


class Page(HTMLParser):
    """Every start tag of a page, with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def render(corpus: Path, tmp_path: Path, *extra: str) -> tuple[str, dict[str, object]]:
    page, data = tmp_path / "report.html", tmp_path / "report.json"
    result = runner.invoke(app, ["report", str(corpus), *extra, "--html", str(page), "--json", str(data)])
    assert result.exit_code == 0, result.output
    assert f"wrote {page}" in result.stdout
    return page.read_text(encoding="utf-8"), json.loads(data.read_text(encoding="utf-8"))


def card(page: str, group_id: str) -> str:
    """The text of one group's card."""
    found = re.search(rf'<article class="card [a-z]+" id="{re.escape(group_id)}".*?</article>', page, re.S)
    assert found is not None, f"no card for {group_id}"
    return html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"</?mark>", "", found.group())))


def assert_every_conflict_is_shown(page: str, document: dict[str, object]) -> None:
    claims = {c["id"]: c for c in document["claims"]}  # type: ignore[attr-defined]
    sources = {s["id"]: s for s in document["sources"]}  # type: ignore[attr-defined]
    conflicts = [g for g in document["groups"] if g["status"] == "conflict"]  # type: ignore[attr-defined]
    assert conflicts
    for group in conflicts:
        text = card(page, group["id"])
        for finding in group["findings"]:
            if finding["status"] != "conflict":
                continue
            assert finding["kind"] in text
            for side in ("a", "b"):
                claim = claims[finding[side]]
                assert f"{sources[claim['source']]['path']}:{claim['line']}" in text
                assert claim["source"] in text
                assert " ".join(claim["text"].split()[:6]) in " ".join(text.split())


def assert_nothing_is_loaded(page: str) -> None:
    parsed = Page()
    parsed.feed(page)
    for tag, attrs in parsed.tags:
        if tag in LOADING:
            assert not attrs.get(LOADING[tag]), (tag, attrs)
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
    assert [tag for tag, _ in parsed.tags].count("script") == 1
    assert "url(" not in page and "@import" not in page
    assert "default-src 'none'" in page


def test_the_bundled_corpus_as_a_page(tmp_path: Path) -> None:
    page, document = render(CORPUS, tmp_path, "--kinds", str(CORPUS / "kinds.yaml"))
    assert_every_conflict_is_shown(page, document)
    assert_nothing_is_loaded(page)
    # The rifle and the carbine, marked where each source says it.
    assert "<mark>rifle</mark>" in page and "<mark>carbine</mark>" in page
    summary = html.unescape(re.sub(r"<[^>]+>", " ", page.split("</header>")[0]))
    assert "sources 5 (5 independent stories)" in " ".join(summary.split())
    # The discrepancy table: a row per disputed fact, a column per source that gives a value.
    table = page.split('<section id="table">')[1].split("</section>")[0]
    assert table.count("<tr data-kinds=") == sum(1 for g in document["groups"] if g["status"] == "conflict")  # type: ignore[attr-defined]


@pytest.mark.skipif(not DEFAULT_DEVSET.is_dir(), reason="../shared/devset is absent (a user's clone)")
def test_a_development_set_folder_as_a_page(tmp_path: Path) -> None:
    page, document = render(DEFAULT_DEVSET / "ecbplus" / "16_ecbplus", tmp_path)
    assert_every_conflict_is_shown(page, document)
    assert_nothing_is_loaded(page)


HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'


def test_article_text_is_escaped_everywhere(tmp_path: Path) -> None:
    for source, figure in (("a", 12), ("b", 40)):
        (tmp_path / f"{source}.md").write_text(
            f"---\nid: x{source}{HOSTILE}\ntitle: '{HOSTILE}'\noutlet: '{HOSTILE}'\nurl: javascript:alert(3)\n---\n"
            f"The storm {HOSTILE} killed {figure} people on Monday in North Ridge, officials said.\n",
            encoding="utf-8",
        )
    out = tmp_path / "out"
    out.mkdir()
    page, document = render(tmp_path, out)
    assert document["summary"]["conflict"] == 1  # type: ignore[index]
    assert_nothing_is_loaded(page)
    parsed = Page()
    parsed.feed(page)
    assert not any(tag == "img" for tag, _ in parsed.tags)
    assert not any((attrs.get("href") or "").startswith("javascript:") for _, attrs in parsed.tags)
    assert html.escape(HOSTILE) in page


BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(BROWSER is None, reason="no Chromium installed (Debian: apt-get install chromium)")
@pytest.mark.parametrize("width", [390, 1280])
def test_a_browser_renders_the_page(tmp_path: Path, width: int) -> None:
    render(CORPUS, tmp_path, "--kinds", str(CORPUS / "kinds.yaml"))
    shot = tmp_path / f"report-{width}.png"
    subprocess.run(
        [str(BROWSER), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         f"--window-size={width},900", f"--screenshot={shot}", (tmp_path / "report.html").as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == width  # the PNG's width: the page laid out at it


@pytest.mark.skipif(BROWSER is None, reason="no Chromium installed (Debian: apt-get install chromium)")
def test_the_pages_script_runs_in_a_browser(tmp_path: Path) -> None:
    render(CORPUS, tmp_path)
    dom = subprocess.run(
        [str(BROWSER), "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", (tmp_path / "report.html").as_uri()],
        check=True, capture_output=True, text=True, timeout=120,
    ).stdout  # fmt: skip
    assert '<html lang="en" data-ready="">' in dom  # set by the script once its filters are wired
