"""Files → articles.

A corpus is a directory (read recursively) or files named one by one:
`.md`/`.txt` with or without YAML front matter, and `.jsonl` with one article
per line. A bad file among good ones is skipped with a warning; when nothing
usable is left, `CorpusError` says why, naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from crosscheck import safeyaml
from crosscheck.dates import banner_date
from crosscheck.errors import CorpusError
from crosscheck.models import Article
from crosscheck.textfile import read_text

TEXT_SUFFIXES = (".md", ".markdown", ".txt")
JSONL_SUFFIX = ".jsonl"
FRONT_MATTER_FIELDS = ("id", "title", "outlet", "published", "url")
_FENCE = re.compile(r"^---[ \t]*\r?\n", re.MULTILINE)
_SAFE_ID = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class LoadResult:
    articles: tuple[Article, ...]
    warnings: tuple[str, ...]


def load_corpus(paths: Sequence[str | Path]) -> LoadResult:
    """Read every article under `paths`; raise CorpusError if none is usable."""
    warnings: list[str] = []
    articles: list[Article] = []
    seen: dict[str, str] = {}
    files = list(_files(paths))
    for path in files:
        try:
            loaded = _read_file(path)
        except CorpusError as error:
            if len(files) == 1:
                raise
            warnings.append(f"{error} (skipped)")
            continue
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
        raise CorpusError("no articles found (looked for .md, .txt and .jsonl files)", path=where)
    articles.sort(key=lambda a: a.source)
    return LoadResult(tuple(articles), tuple(warnings))


def _files(paths: Sequence[str | Path]) -> Iterable[Path]:
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise CorpusError("no such file or directory", path=str(raw))
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in (*TEXT_SUFFIXES, JSONL_SUFFIX)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            yield from found
        else:
            yield path


def _read_file(path: Path) -> list[Article]:
    text = read_text(path, error=CorpusError)
    if path.suffix.lower() == JSONL_SUFFIX:
        return _read_jsonl(path, text)
    return [_read_text(path, text)]


def _read_text(path: Path, text: str) -> Article:
    meta, body_offset = _front_matter(path, text)
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
    )


BANNER_LINES = 5  # a page's date banner stands within the first few lines, under the headline


def _banner_published(body: str) -> str | None:
    """The date of a banner line ("August 7, 2012", "Published: 2012.08.08 09:01 AM") near the
    top of an article without a `published` date in its front matter."""
    for line in body.splitlines()[:BANNER_LINES]:
        found = banner_date(line)
        if found:
            return found
    return None


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


def _read_jsonl(path: Path, text: str) -> list[Article]:
    articles = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise CorpusError(f"invalid JSON: {error.msg}", path=str(path), line=number) from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise CorpusError("each line needs an object with a string 'text'", path=str(path), line=number)
        source = _clean_id(record.get("id")) or f"{_clean_id(path.stem)}-{number}"
        body = record["text"]
        if not body.strip():
            raise CorpusError("empty article text", path=str(path), line=number)
        articles.append(
            Article(
                source=source,
                path=f"{path}:{number}",
                text=body,
                title=_optional_str(record.get("title")) or body.strip().splitlines()[0].strip(),
                outlet=_optional_str(record.get("outlet")),
                published=_iso_date(record.get("published")),
                url=_optional_str(record.get("url")),
                record_line=number,
            )
        )
    if not articles:
        raise CorpusError("no articles in JSON Lines file", path=str(path))
    return articles


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
