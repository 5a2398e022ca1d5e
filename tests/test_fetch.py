"""`crosscheck fetch` against pages served from 127.0.0.1: articles written and archived,
each failure with its one-line reason, and nothing fetched twice. Nothing here reaches beyond
the loopback address."""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
import yaml
from typer.testing import CliRunner

from benchmarks.webpages import FIRE_COURIER, FIRE_LEDGER, markdown, news_page
from crosscheck import fetch
from crosscheck.cli import app
from crosscheck.corpus import load_corpus
from tests.test_pages import findings

runner = CliRunner()
SLOW = 3.0  # seconds the slow page takes, beyond the timeout the tests give


class Site(http.server.BaseHTTPRequestHandler):
    """Two outlets' pages, a redirect to one of them, and the ways a fetch fails."""

    hits: ClassVar[Counter[str]] = Counter()
    agents: ClassVar[set[str]] = set()
    flaky_left = 0

    def do_GET(self) -> None:
        Site.hits[self.path] += 1
        Site.agents.add(self.headers.get("User-Agent", ""))
        origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/news/ledger-fire":
            self._send(
                200, "text/html; charset=utf-8", news_page(*FIRE_LEDGER, url=f"{origin}/news/ledger-fire")
            )
        elif self.path == "/news/courier-fire":
            page = news_page(*FIRE_COURIER, outlet="Glen Falls Courier", url=f"{origin}/news/courier-fire")
            self._send(200, "text/html", page)
        elif self.path == "/short/abc":
            self._redirect(f"{origin}/news/courier-fire")
        elif self.path == "/loop":
            self._redirect(f"{origin}/loop")
        elif self.path == "/report.pdf":
            self._send(200, "application/pdf", "%PDF-1.7 not a page")
        elif self.path == "/slow":
            time.sleep(SLOW)
            self._send(200, "text/html", news_page(*FIRE_LEDGER))
        elif self.path == "/index":
            self._send(
                200,
                "text/html",
                "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>",
            )
        elif self.path == "/flaky":
            if Site.flaky_left > 0:
                Site.flaky_left -= 1
                self._send(503, "text/html", "<p>busy</p>")
            else:
                self._send(200, "text/html", news_page(*FIRE_LEDGER, url=f"{origin}/flaky"))
        else:
            self._send(404, "text/html", "<h1>Not Found</h1>")

    def _send(self, status: int, kind: str, body: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(data)  # the slow page's client gave up waiting, as it should

    def _redirect(self, where: str) -> None:
        self.send_response(301)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass  # no access log on the test's stderr


@pytest.fixture
def site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Site.hits.clear()
    Site.agents.clear()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_fetched_pages_become_a_corpus_that_reports_as_the_articles_do(site: str, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    urls = [f"{site}/news/ledger-fire", f"{site}/short/abc"]
    result = runner.invoke(app, ["fetch", *urls, "--output", str(out)])
    assert result.exit_code == 0, result.output
    ledger, courier = (out / f"{fetch.source_id(u)}.md" for u in urls)
    assert result.stdout.splitlines() == [f"wrote {ledger}", f"wrote {courier}"]
    assert (
        result.stderr
        == "crosscheck: 2 articles written, 0 already there (--refresh fetches them again), 0 failed\n"
    )
    meta = yaml.safe_load(courier.read_text(encoding="utf-8").split("---\n")[1])
    raw = (out / ".pages" / f"{fetch.source_id(urls[1])}.html").read_bytes()
    assert meta["id"] == fetch.source_id(urls[1])
    assert (meta["title"], meta["outlet"], meta["published"], meta["author"]) == (
        "Fire guts empty Acme warehouse", "Glen Falls Courier", "2024-03-12", "Ann Lee",
    )  # fmt: skip
    assert (meta["url"], meta["requested"]) == (f"{site}/news/courier-fire", urls[1])  # the redirect followed
    assert meta["sha256"] == hashlib.sha256(raw).hexdigest()
    assert meta["fetched"].endswith("Z")
    assert all(agent.startswith("crosscheck/") for agent in Site.agents)
    # The archived pages are evidence, not articles: the corpus holds the two Markdown files.
    assert [a.url for a in load_corpus([out]).articles] == sorted(
        [f"{site}/news/ledger-fire", f"{site}/news/courier-fire"],
        key=lambda u: fetch.source_id(urls[0] if u.endswith("ledger-fire") else urls[1]),
    )
    files = tmp_path / "files"
    files.mkdir()
    (files / "a.md").write_text(markdown(*FIRE_LEDGER, source=ledger.stem), encoding="utf-8")
    (files / "b.md").write_text(markdown(*FIRE_COURIER, source=courier.stem), encoding="utf-8")
    assert findings(out) == findings(files)


def test_each_failure_has_its_reason_and_the_others_are_written(site: str, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    urls = [f"{site}/missing", f"{site}/loop", f"{site}/report.pdf", f"{site}/index", f"{site}/slow"]
    good = f"{site}/news/ledger-fire"
    links = tmp_path / "links.txt"
    links.write_text("# coverage of the fire\n" + "\n".join([*urls, "ftp://old.example/a", ""]) + "\n")
    started = time.monotonic()
    result = runner.invoke(
        app, ["fetch", good, "-i", str(links), "-o", str(out), "--timeout", "0.5", "--retries", "0"]
    )
    assert time.monotonic() - started < SLOW  # the slow page was given up, not waited for
    assert result.exit_code == 1
    assert result.stdout == f"wrote {out / fetch.source_id(good)}.md\n"
    assert result.stderr.splitlines() == [
        f"crosscheck: error: {site}/missing: HTTP 404 Not Found",
        f"crosscheck: error: {site}/loop: redirect loop (or more than 10 redirects)",
        f"crosscheck: error: {site}/report.pdf: not an HTML page (application/pdf)",
        f"crosscheck: error: {site}/index: no article text found in the page",
        f"crosscheck: error: {site}/slow: timed out after 0.5 s",
        "crosscheck: error: ftp://old.example/a: not an http(s) URL",
        "crosscheck: 1 article written, 0 already there (--refresh fetches them again), 6 failed",
    ]
    assert sorted(p.name for p in out.iterdir()) == [".pages", f"{fetch.source_id(good)}.md"]


def test_a_second_fetch_fetches_nothing_new_unless_refreshed(site: str, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    url = f"{site}/news/ledger-fire"
    assert runner.invoke(app, ["fetch", url, "-o", str(out)]).exit_code == 0
    again = runner.invoke(app, ["fetch", url, url, "-o", str(out)])
    assert again.exit_code == 0
    assert again.stdout == ""
    assert "0 articles written, 1 already there" in again.stderr
    assert Site.hits["/news/ledger-fire"] == 1
    refreshed = runner.invoke(app, ["fetch", url, "-o", str(out), "--refresh"])
    assert refreshed.stdout == f"wrote {out / fetch.source_id(url)}.md\n"
    assert Site.hits["/news/ledger-fire"] == 2


def test_a_busy_server_is_tried_again(site: str, tmp_path: Path) -> None:
    Site.flaky_left = 1
    options = fetch.FetchOptions(backoff=0.01)
    (outcome,) = fetch.fetch_all([f"{site}/flaky"], tmp_path, options)
    assert (outcome.status, Site.hits["/flaky"]) == ("written", 2)
    Site.flaky_left = 5
    (outcome,) = fetch.fetch_all([f"{site}/flaky"], tmp_path, fetch.FetchOptions(backoff=0.01, refresh=True))
    assert (outcome.status, outcome.reason) == ("failed", "HTTP 503 Service Unavailable")


def test_ids_are_stable_and_tell_where_a_page_is_from() -> None:
    assert fetch.source_id("https://www.ledger.example/news/2024/03/warehouse-fire") == (
        "ledger-example-warehouse-fire-"
        + hashlib.sha256(b"https://www.ledger.example/news/2024/03/warehouse-fire").hexdigest()[:8]
    )
    assert fetch.source_id("https://ledger.example/a?id=1") != fetch.source_id(
        "https://ledger.example/a?id=2"
    )


def test_no_address_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["fetch", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert (
        result.stderr
        == "crosscheck: error: no addresses given: name them, or a list of them with --input FILE\n"
    )
