"""URLs → a corpus on disk (`crosscheck fetch`).

Each page is downloaded once and archived as it came (`<out>/.pages/<id>.html`: the evidence,
hashed in the article's front matter), and its article (`pages.read_page`) is written as
`<out>/<id>.md`, which `report` reads like any other article. A hidden directory, so the raw
pages are never read as articles of their own.

Polite and robust: one user agent that names crosscheck, a timeout per request, a few retries
with a doubling pause for what may pass (a timeout, a dropped connection, 429 and 5xx; a
`Retry-After` of up to a minute is honoured), at most PER_HOST requests to one host at a time,
redirects followed (the final address is kept), and each failure reported with its reason
without stopping the others. A URL whose article is already on disk is not fetched again
unless `refresh`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

import yaml

from crosscheck import __version__, pages
from crosscheck.errors import OutputError
from crosscheck.output import write_output

USER_AGENT = f"crosscheck/{__version__} (news cross-checking tool; Python urllib)"
TIMEOUT = 20.0  # seconds a request may wait for the server, each time
RETRIES = 2  # tries after the first, for what may pass
BACKOFF = 1.0  # seconds before the first retry, doubled for each next one
MAX_RETRY_AFTER = 60.0  # seconds: a longer Retry-After is no pause to wait out
PER_HOST = 2  # requests in flight to one host
WORKERS = 8  # requests in flight in all
MAX_PAGE_BYTES = 20_000_000  # far beyond any news page
MAX_REDIRECTS = 10
PAGES_DIR = ".pages"
_RETRIED_STATUS = frozenset((429, 500, 502, 503, 504))
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 48  # characters of the id taken from the address

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class FetchOptions:
    timeout: float = TIMEOUT
    retries: int = RETRIES
    backoff: float = BACKOFF
    per_host: int = PER_HOST
    workers: int = WORKERS
    refresh: bool = False


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one URL: `written` (to `path`), `skipped` (already fetched, at `path`),
    or `failed` (with `reason`)."""

    url: str
    status: str
    path: str | None = None
    reason: str | None = None


class FetchFailure(Exception):
    """One URL's one-line reason for failing; `retry` when trying again may help."""

    def __init__(self, reason: str, *, retry: bool = False, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry = retry
        self.wait = wait


def source_id(url: str) -> str:
    """A stable id for a URL: its host and the last words of its path, then a hash of the
    whole address (two pages of one site never share an id)."""
    parts = urllib.parse.urlsplit(url)
    host = (parts.hostname or "page").removeprefix("www.")
    words = [w for w in parts.path.split("/") if w]
    slug = _SLUG.sub("-", f"{host} {words[-1] if words else ''}".lower()).strip("-")[:MAX_SLUG].strip("-")
    return f"{slug}-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:8]}"


def read_url_list(text: str) -> list[str]:
    """The URLs of a list: one a line; blank lines and `#` comments skipped."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]


def fetch_all(
    urls: Sequence[str],
    out: Path,
    options: FetchOptions = FetchOptions(),
    *,
    progress: Progress | None = None,
    now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.timezone.utc),
) -> list[Outcome]:
    """Fetch every URL (each once, in the order given) into the corpus directory `out`; the
    outcomes in that order."""
    unique = list(dict.fromkeys(urls))
    hosts = {urllib.parse.urlsplit(u).hostname or "" for u in unique}
    gates = {host: threading.Semaphore(max(options.per_host, 1)) for host in hosts}
    done = threading.Lock()  # the progress display is told from one thread at a time

    def one(url: str) -> Outcome:
        try:
            return _fetch_one(url, out, options, gates, now)
        finally:
            if progress is not None:
                with done:
                    progress("fetching", 1, len(unique))

    with ThreadPoolExecutor(max_workers=max(options.workers, 1)) as pool:
        return list(pool.map(one, unique))


def _fetch_one(
    url: str,
    out: Path,
    options: FetchOptions,
    gates: dict[str, threading.Semaphore],
    now: Callable[[], dt.datetime],
) -> Outcome:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return Outcome(url, "failed", reason="not an http(s) URL")
    ident = source_id(url)
    article = out / f"{ident}.md"
    if article.exists() and not options.refresh:
        return Outcome(url, "skipped", path=str(article))
    try:
        with gates[parts.hostname]:
            final_url, raw = _download(url, options)
        page = pages.read_page(raw, url=final_url)
        if page is None:
            raise FetchFailure("no article text found in the page")
        archive = out / PAGES_DIR
        archive.mkdir(parents=True, exist_ok=True)
        write_output(str(archive / f"{ident}.html"), raw)
        write_output(str(article), _markdown(ident, url, final_url, page, raw, now()))
    except FetchFailure as failure:
        return Outcome(url, "failed", reason=failure.reason)
    except (OutputError, OSError) as error:
        return Outcome(url, "failed", reason=f"cannot write the article: {error}")
    return Outcome(url, "written", path=str(article))


def _markdown(
    ident: str, url: str, final_url: str, page: pages.Page, raw: bytes, fetched: dt.datetime
) -> str:
    address = page.url or final_url
    meta = {
        "id": ident,
        "title": page.title,
        "outlet": page.outlet,
        "published": page.published,
        "updated": page.updated,
        "author": page.author,
        "url": address,
        **({"requested": url} if url != address else {}),
        "fetched": fetched.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sha256": hashlib.sha256(raw).hexdigest(),
    }
    kept = {key: value for key, value in meta.items() if value is not None}
    front = yaml.safe_dump(kept, sort_keys=False, allow_unicode=True, width=10_000)
    return f"---\n{front}---\n{page.text}"


def _download(url: str, options: FetchOptions) -> tuple[str, bytes]:
    """The final address and the body of an HTML page, retried as FetchFailure allows."""
    for attempt in range(options.retries + 1):
        try:
            return _request(url, options.timeout)
        except FetchFailure as failure:
            if not failure.retry or attempt == options.retries:
                raise
            time.sleep(failure.wait if failure.wait is not None else options.backoff * 2**attempt)
    raise AssertionError("unreachable")  # the last attempt returns or raises


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 2  # the same address a third time is a loop


_OPENER = urllib.request.build_opener(_Redirects())


def _request(url: str, timeout: float) -> tuple[str, bytes]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in _HTML_TYPES:
                raise FetchFailure(f"not an HTML page ({kind})")
            body = response.read(MAX_PAGE_BYTES + 1)
            if len(body) > MAX_PAGE_BYTES:
                raise FetchFailure(f"larger than {MAX_PAGE_BYTES // 1_000_000} MB")
            return response.geturl(), body
    except urllib.error.HTTPError as error:
        raise _http_failure(error) from None
    except urllib.error.URLError as error:
        raise _connection_failure(error.reason, timeout) from None
    except TimeoutError:
        raise FetchFailure(f"timed out after {timeout:g} s", retry=True) from None
    except (http.client.HTTPException, ConnectionError) as error:
        raise FetchFailure(f"connection failed: {_describe(error)}", retry=True) from None


def _http_failure(error: urllib.error.HTTPError) -> FetchFailure:
    if 300 <= error.code < 400:
        return FetchFailure(f"redirect loop (or more than {MAX_REDIRECTS} redirects)")
    wait = _retry_after(error.headers) if error.code in (429, 503) else None
    return FetchFailure(f"HTTP {error.code} {error.reason}", retry=error.code in _RETRIED_STATUS, wait=wait)


def _retry_after(headers: Message) -> float | None:
    value = (headers.get("Retry-After") or "").strip()
    return float(value) if value.isdigit() and float(value) <= MAX_RETRY_AFTER else None


def _connection_failure(reason: object, timeout: float) -> FetchFailure:
    if isinstance(reason, TimeoutError):
        return FetchFailure(f"timed out after {timeout:g} s", retry=True)
    if isinstance(reason, socket.gaierror):
        return FetchFailure("unknown host")
    if isinstance(reason, ConnectionRefusedError):
        return FetchFailure("connection refused")
    if isinstance(reason, ConnectionError):
        return FetchFailure(f"connection failed: {_describe(reason)}", retry=True)
    return FetchFailure(f"cannot fetch: {_describe(reason)}")


def _describe(reason: object) -> str:
    text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return " ".join(str(text).split())


def summary(outcomes: Iterable[Outcome]) -> dict[str, int]:
    counts = {"written": 0, "skipped": 0, "failed": 0}
    for outcome in outcomes:
        counts[outcome.status] += 1
    return counts
