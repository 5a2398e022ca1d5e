"""Web pages → articles: the main text of a saved or fetched news page, and its metadata.

trafilatura finds the article body (no menus, cookie banners, comments or related links) and
reads the page's metadata (Open Graph, JSON-LD, `<meta>` tags); htmldate, which it calls,
reads the publication date from the markup only, never guessed from the text. The text
comes out as the headline, then one paragraph a line: what the claims of an HTML article
point into (their offsets and lines are of this text, not of the page's markup).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Dates from the page's markup only (`extensive_search` would also guess from its text and
# links); the date as first published, not as last modified. A fixed upper bound, so that a
# page reads the same whatever the date of the run.
_LATEST_DATE = "2100-01-01"
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": _LATEST_DATE}


MIN_ARTICLE_WORDS = 15  # fewer, and what is left of a page is no article


@dataclass(frozen=True, slots=True)
class Page:
    """What a news page holds: its article text and what its metadata says."""

    text: str  # the headline, then one paragraph a line
    title: str | None = None
    outlet: str | None = None  # the site's name
    published: str | None = None  # ISO date
    url: str | None = None  # the canonical link, else the address it was fetched from
    author: str | None = None
    updated: str | None = None  # ISO date of the last update, where later than `published`


def read_page(html: bytes | str, *, url: str | None = None) -> Page | None:
    """The article of a page, or None when it holds no article text (an index page, an error
    page, a page of scripts). `url`, where known, is where the page was fetched from."""
    document = _extract(html, url)
    if document is None:
        return None
    title = _clean(document.title)
    body = "\n".join(line.strip() for line in (document.text or "").splitlines() if line.strip())
    if len(body.split()) < MIN_ARTICLE_WORDS:
        return None  # a menu or a notice left over ("Home", "Page not found"), not an article
    if title and not body.startswith(title):
        body = f"{title}\n{body}"  # the headline is the article's first line, as in a file
    return Page(
        text=body + "\n",
        title=title,
        outlet=_clean(document.sitename),
        published=_clean(document.date),
        url=_clean(document.url) or url,
        author=_clean(document.author),
        updated=_updated(html, _clean(document.date)),
    )


def _updated(html: bytes | str, published: str | None) -> str | None:
    """The date the page says it was last modified, if later than its publication."""
    from htmldate import find_date

    modified = find_date(html, extensive_search=False, original_date=False, max_date=_LATEST_DATE)
    return modified if modified and published and modified > published else None


def _extract(html: bytes | str, url: str | None) -> Any:
    from trafilatura import bare_extraction  # loaded on first use: 0.1 s that text corpora need not pay

    return bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
    )


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None
