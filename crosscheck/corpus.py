"""Files → articles.

A corpus is a directory (read recursively) or files named one by one:
`.md`/`.txt` with or without YAML front matter, `.jsonl` with one article
per line, and `.html`/`.htm` web pages (their article text, `pages`). A bad
file among good ones, or a bad line of a `.jsonl` file, is skipped with a
warning; when nothing usable is left, `CorpusError` says why, naming the file
and line.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from crosscheck import pages, safeyaml
from crosscheck.dates import banner_readings
from crosscheck.errors import CorpusError, summary
from crosscheck.models import Article
from crosscheck.textfile import MAX_FILE_BYTES, decode, read_bytes, read_text

TEXT_SUFFIXES = (".md", ".markdown", ".txt")
JSONL_SUFFIX = ".jsonl"
HTML_SUFFIXES = (".html", ".htm")
STDIN = "-"  # as a path: JSON Lines articles read from standard input
STDIN_NAME = Path("<stdin>")  # how its records are named: "<stdin>:3"; ids "stdin-3"
ARTICLE_SUFFIXES = (*TEXT_SUFFIXES, JSONL_SUFFIX, *HTML_SUFFIXES)  # what a directory's walk reads
FRONT_MATTER_FIELDS = ("id", "title", "outlet", "published", "updated", "url", "author")
_FENCE = re.compile(r"^---[ \t]*\r?\n", re.MULTILINE)
_SAFE_ID = re.compile(r"[^\w.-]+")
# JSON may escape half of a UTF-16 pair ("\ud800"), which is no character and cannot be written out.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class LoadResult:
    articles: tuple[Article, ...]
    warnings: tuple[str, ...]


def load_corpus(paths: Sequence[str | Path]) -> LoadResult:
    """Read every article under `paths`; raise CorpusError if none is usable."""
    files, warnings = _files(paths)
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for path in files:
        try:
            loaded, skipped = _read_file(path, warnings)
        except CorpusError as error:
            if len(files) == 1:
                raise
            warnings.append(f"{error} (skipped)")
            continue
        warnings.extend(f"{problem} (skipped)" for problem in skipped)
        for article in loaded:
            if article.source in seen:
                warnings.append(
                    f"{article.path}: source id {article.source!r} is already used by "
                    f"{seen[article.source]} (skipped)"
                )
                continue
            seen[article.source] = article.path
            articles.append(article)
    if not articles:
        if warnings:
            raise CorpusError(f"no usable article; {warnings[-1]}")
        where = ", ".join(str(p) for p in paths)
        raise CorpusError("no articles found (looked for .md, .txt, .jsonl and .html files)", path=where)
    articles.sort(key=lambda a: a.source)
    return LoadResult(_settle_banners(articles), tuple(warnings))


def _files(paths: Sequence[str | Path]) -> tuple[list[Path], list[str]]:
    """The files to read, and a warning for each directory that cannot be listed."""
    files: list[Path] = []
    warnings: list[str] = []
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN:
            files.append(path)  # JSON Lines from standard input, as csvkit and sqlite-utils read it
            continue
        try:
            is_directory = stat.S_ISDIR(path.stat().st_mode)
        except FileNotFoundError:
            raise CorpusError("no such file or directory", path=str(raw)) from None
        except OSError as error:
            raise CorpusError(f"cannot read: {error.strerror}", path=str(raw)) from None
        if is_directory:
            files.extend(_walk(path, warnings))
        else:
            files.append(path)  # named: read whatever its suffix; refused by name if not a regular file
            if path.suffix and path.suffix.lower() not in ARTICLE_SUFFIXES:
                known = ", ".join(ARTICLE_SUFFIXES)
                warnings.append(f"{path}: not a known article format ({known}); read as plain text")
    return files, warnings


def _walk(root: Path, warnings: list[str]) -> list[Path]:
    """The article files under `root`, hidden names skipped, sorted. Iterative, so that no
    depth of nesting exhausts the stack; directories reached through symlinks are not entered,
    so a link to a parent is no loop."""
    found: list[Path] = []
    pending = [root]
    while pending:
        directory = pending.pop()
        try:
            with os.scandir(directory) as listing:
                entries = list(listing)
        except OSError as error:
            warnings.append(f"{directory}: cannot read directory: {error.strerror} (skipped)")
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = directory / entry.name
            if entry.is_dir(follow_symlinks=False):
                pending.append(path)
            elif path.suffix.lower() in ARTICLE_SUFFIXES:
                found.append(path)
    return sorted(found)


# A lone CR ends a line as LF does (old Mac files): read as LF, one character for one, so that
# offsets still count the characters of the file and line numbers count its lines.
_LONE_CR = re.compile(r"\r(?!\n)")


def _read_file(path: Path, warnings: list[str]) -> tuple[list[Article], list[CorpusError]]:
    """The articles of one file, and the records of it that were skipped (JSON Lines); what
    is kept but worth a word goes to `warnings`."""
    try:
        if str(path) == STDIN:
            return _read_jsonl(STDIN_NAME, _LONE_CR.sub("\n", _read_stdin()))
        if path.suffix.lower() in HTML_SUFFIXES:
            return [_read_html(path)], []
        text = _LONE_CR.sub("\n", read_text(path, error=CorpusError))
        if path.suffix.lower() == JSONL_SUFFIX:
            return _read_jsonl(path, text)
        return [_read_text(path, text, warnings)], []
    except (OSError, ValueError, RecursionError, yaml.YAMLError) as error:
        # What the readers do not name is still this file's one-line problem, not a traceback.
        raise CorpusError(f"cannot read: {summary(error)}", path=str(path)) from None


def _read_text(path: Path, text: str, warnings: list[str]) -> Article:
    meta, body_offset = _front_matter(path, text)
    for key in ("published", "updated"):
        if meta.get(key) not in (None, "") and _iso_date(meta[key]) is None:
            line = _key_line(text, key)
            warnings.append(f"{path}:{line}: {key} {str(meta[key])!r} is no date (YYYY-MM-DD); left out")
    body = text[body_offset:]
    if not body.strip():
        raise CorpusError("empty article (no text after front matter)", path=str(path))
    source = _clean_id(meta.get("id")) or _clean_id(path.stem)
    if not source:
        raise CorpusError("cannot derive a source id from the file name", path=str(path))
    title = meta.get("title") or body.strip().splitlines()[0].strip()
    return Article(
        source=source,
        path=str(path),
        text=text,
        body_offset=body_offset,
        title=str(title),
        outlet=_optional_str(meta.get("outlet")),
        published=_iso_date(meta.get("published")) or _banner_published(body),
        url=_optional_str(meta.get("url")),
        author=_optional_str(meta.get("author")),
        updated=_iso_date(meta.get("updated")),
    )


def _read_stdin() -> str:
    data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise CorpusError(f"too large: more than {MAX_FILE_BYTES:,} bytes", path=str(STDIN_NAME))
    return decode(data, STDIN_NAME, error=CorpusError)


def _read_html(path: Path) -> Article:
    """A saved web page as the article it holds (`pages`): the page's own encoding is read
    from its markup, its metadata fills the fields front matter would."""
    page = pages.read_page(read_bytes(path, error=CorpusError))
    if page is None:
        raise CorpusError("no article text found in the page", path=str(path))
    source = _clean_id(path.stem)
    if not source:
        raise CorpusError("cannot derive a source id from the file name", path=str(path))
    return Article(
        source=source,
        path=str(path),
        text=page.text,
        title=page.title or page.text.splitlines()[0],
        outlet=page.outlet,
        published=_iso_date(page.published),
        url=page.url,
        author=page.author,
        updated=page.updated,
        extracted=True,
    )


BANNER_LINES = 5  # a page's date banner stands within the first few lines, under the headline


def _banner_published(body: str) -> str | None:
    """The date of a banner line ("August 7, 2012", "Published: 2012.08.08 09:01 AM") near the
    top of an article without a `published` date in its front matter: the first that reads
    one way only."""
    return next((readings[0] for readings in _banners(body) if len(readings) == 1), None)


def _banners(body: str) -> Iterator[tuple[str, ...]]:
    """The readings of each banner line among the first BANNER_LINES (`dates.banner_readings`)."""
    for line in body.splitlines()[:BANNER_LINES]:
        readings = banner_readings(line)
        if readings:
            yield readings


SAME_NEWS_DAYS = 7  # the articles of a corpus about one event come out within days of each other


def _settle_banners(articles: Sequence[Article]) -> tuple[Article, ...]:
    """Articles whose banner reads two ways ("2 / 3 / 2009": 3 February or 2 March?) dated by
    the reading within SAME_NEWS_DAYS of another article's date, where only one is: coverage
    of one event comes out together. Where neither or both are, the date stays unknown."""
    dated = sorted(dt.date.fromisoformat(a.published) for a in articles if a.published)
    if not dated:
        return tuple(articles)
    settled = []
    for article in articles:
        readings = () if article.published or article.extracted else next(_banners(article.body), ())
        near = [r for r in readings if _days_to(dt.date.fromisoformat(r), dated) <= SAME_NEWS_DAYS]
        settled.append(
            replace(article, published=near[0]) if len(near) == 1 and len(readings) > 1 else article
        )
    return tuple(settled)


def _days_to(day: dt.date, dated: Sequence[dt.date]) -> int:
    """Days from `day` to the nearest of the sorted `dated`."""
    i = bisect.bisect_left(dated, day)
    return min(abs((dated[k] - day).days) for k in (i - 1, i) if 0 <= k < len(dated))


def _key_line(text: str, key: str) -> int:
    """The line of the front matter that sets `key`."""
    found = re.search(rf"^{key}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else 1


def _front_matter(path: Path, text: str) -> tuple[dict[str, object], int]:
    """Parse a leading `---` block; return (metadata, offset where the body starts)."""
    opening = _FENCE.match(text)
    if opening is None:
        return {}, 0
    closing = _FENCE.search(text, opening.end())
    if closing is None:
        raise CorpusError("front matter opened with '---' is never closed", path=str(path), line=1)
    block = text[opening.end() : closing.start()]
    # The block starts on line 2, under the opening fence.
    meta = (
        safeyaml.load(block, error=CorpusError, path=str(path), what="malformed front matter", first_line=2)
        or {}
    )
    if not isinstance(meta, dict):
        raise CorpusError("front matter must be a mapping of keys to values", path=str(path), line=2)
    return meta, closing.end()


def _read_jsonl(path: Path, text: str) -> tuple[list[Article], list[CorpusError]]:
    """One article a line; a bad line is skipped (and returned as a problem), the others kept."""
    articles: list[Article] = []
    skipped: list[CorpusError] = []
    # Split on LF only: a JSON string may hold U+2028 or U+0085, which `splitlines` splits on.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            articles.append(_record(path, line, number))
        except CorpusError as error:
            skipped.append(error)
    if not articles:
        raise skipped[0] if skipped else CorpusError("no articles in JSON Lines file", path=str(path))
    return articles, skipped


def _record(path: Path, line: str, number: int) -> Article:
    """One line of a JSON Lines file as an article; CorpusError, with the line, if it is none."""
    where = str(path)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise CorpusError(f"invalid JSON: {error.msg}", path=where, line=number) from None
    except ValueError as error:  # an integer too long to convert
        raise CorpusError(f"invalid JSON: {str(error).split(':')[0]}", path=where, line=number) from None
    except RecursionError:
        raise CorpusError("invalid JSON: nested too deeply", path=where, line=number) from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise CorpusError("each line needs an object with a string 'text'", path=where, line=number)
    for key in ("id", "text", "title", "outlet", "published", "url"):
        value = record.get(key)
        found = _LONE_SURROGATE.search(value) if isinstance(value, str) else None
        if found:
            code = f"\\u{ord(found[0]):04x}"
            raise CorpusError(f"{key} holds a lone surrogate ({code}), not text", path=where, line=number)
    source = _clean_id(record.get("id")) or f"{_clean_id(path.stem)}-{number}"
    body = record["text"]
    if not body.strip():
        raise CorpusError("empty article text", path=where, line=number)
    return Article(
        source=source,
        path=f"{path}:{number}",
        text=body,
        title=_optional_str(record.get("title")) or body.strip().splitlines()[0].strip(),
        outlet=_optional_str(record.get("outlet")),
        published=_iso_date(record.get("published")),
        url=_optional_str(record.get("url")),
        record_line=number,
    )


def _clean_id(value: object) -> str:
    if value is None:
        return ""
    return _SAFE_ID.sub("-", str(value).strip()).strip("-")


def _optional_str(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def _iso_date(value: object) -> str | None:
    """Accept a YAML date, a datetime or an ISO string; keep only the date part."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            return None
    return None
