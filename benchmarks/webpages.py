"""Saved news pages as outlets publish them, for the tests of HTML input and `fetch` and for
the extraction benchmark (`benchmarks.pages`): a cookie banner, navigation, the article,
related links, reader comments, a footer, and the metadata (Open Graph, JSON-LD, `<meta>`) a
page carries. The two articles are invented; their sentences are written the way news copy is."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

FIRE_LEDGER = (
    "Warehouse fire destroys Glen Falls landmark",
    (
        "A fire destroyed the old Acme warehouse on Main Street in Glen Falls early Tuesday, fire officials said.",
        "The blaze was reported at 3:30 a.m. by a passing driver, and 31 firefighters from four departments responded.",
        "Fire Chief Jon Hale said nobody was inside the building, which had been empty since 2019.",
        "The cause of the fire is under investigation, Hale said.",
    ),
)
FIRE_COURIER = (
    "Fire guts empty Acme warehouse",
    (
        "Flames tore through the vacant Acme warehouse on Main Street in Glen Falls on Tuesday morning.",
        "A passing driver reported the fire at 3:30 a.m., and 25 firefighters from four departments responded.",
        "Nobody was inside the building, which had been empty since 2019, Fire Chief Jon Hale said.",
        "Investigators have not determined what started the fire.",
    ),
)


def news_page(
    headline: str,
    paragraphs: Sequence[str],
    *,
    outlet: str = "The Glen Falls Ledger",
    url: str = "https://ledger.example/news/2024/03/warehouse-fire",
    published: str = "2024-03-12T08:30:00-05:00",
    author: str = "Ann Lee",
    modified: str | None = None,
) -> str:
    """A whole page, everything around the article included."""
    e = html.escape
    metadata = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": headline,
            "datePublished": published,
            **({"dateModified": modified} if modified else {}),
            "author": {"@type": "Person", "name": author},
            "publisher": {"@type": "Organization", "name": outlet},
        }
    )
    body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{e(headline)} | {e(outlet)}</title>
<meta property="og:title" content="{e(headline)}">
<meta property="og:site_name" content="{e(outlet)}">
<meta property="og:url" content="{e(url)}">
<link rel="canonical" href="{e(url)}">
<meta name="author" content="{e(author)}">
<script type="application/ld+json">{metadata}</script>
<script>window.dataLayer = window.dataLayer || []; function track() {{ dataLayer.push(arguments); }}</script>
<style>.nav {{ display: flex }} .cookie-consent {{ position: fixed }}</style>
</head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience on our site.
<button>Accept all cookies</button> <button>Manage preferences</button></div>
<header><nav class="nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sports">Sports</a></li><li><a href="/weather">Weather</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main><article>
<h1>{e(headline)}</h1>
<p class="byline">By {e(author)} · Updated 9:14 a.m.</p>
{body}
</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Council approves new budget for the fire department after long debate</a></li>
<li><a href="/b">Five things to do in Glen Falls this weekend, from concerts to markets</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>This is so sad, I worked there for ten years and it was a great place to work.</p></div>
<div class="comment"><p>Who is going to pay for all of this? The taxpayers again, I guess, as always.</p></div>
</section></main>
<footer><p>© 2024 {e(outlet)}. All rights reserved.</p><a href="/privacy">Privacy policy</a>
<a href="/terms">Terms of use</a></footer>
</body></html>
"""


def markdown(headline: str, paragraphs: Sequence[str], *, source: str) -> str:
    """The same article as a Markdown file of a corpus."""
    return f"---\nid: {source}\n---\n{headline}\n" + "".join(f"{p}\n" for p in paragraphs)
