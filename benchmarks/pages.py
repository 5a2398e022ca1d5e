"""What reading web pages costs: milliseconds a page for `pages.read_page` (trafilatura's
extraction and metadata), and the whole load of a directory of pages.

    python -m benchmarks.pages [--pages 500]

The pages are the development set's articles (../shared/devset), each wrapped in the page of an
outlet (`webpages.news_page`: menus, cookie banner, comments, related links, metadata), so each
page holds a real article of real length; without the development set, the two invented
articles of `webpages` are used in turn. Pages are written to a temporary directory.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.quality import DEFAULT_DEVSET, folders
from benchmarks.webpages import FIRE_COURIER, FIRE_LEDGER, news_page
from crosscheck.corpus import load_corpus
from crosscheck.pages import read_page


def articles(devset: Path = DEFAULT_DEVSET) -> list[tuple[str, list[str]]]:
    """(headline, paragraphs) of every development-set article, else the invented two."""
    found: list[tuple[str, list[str]]] = []
    if devset.is_dir():
        for _, corpus, _ in folders(devset):
            for path in sorted(corpus.glob("*.txt")):
                lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
                if len(lines) > 1:
                    found.append((lines[0], lines[1:]))
    return found or [(FIRE_LEDGER[0], list(FIRE_LEDGER[1])), (FIRE_COURIER[0], list(FIRE_COURIER[1]))]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    count = parser.parse_args(argv).pages
    texts = articles()
    pages = [news_page(*texts[i % len(texts)]).encode("utf-8") for i in range(count)]
    read_page(pages[0])  # trafilatura's first call loads its settings: not a page's cost
    times = []
    for page in pages:
        start = time.perf_counter()
        read_page(page)
        times.append((time.perf_counter() - start) * 1000)
    size = statistics.mean(len(p) for p in pages) / 1024
    print(f"{count} pages of {size:.1f} KiB on average ({len(texts)} distinct articles)")
    print(f"read_page: median {statistics.median(times):.1f} ms, mean {statistics.mean(times):.1f} ms a page")
    with tempfile.TemporaryDirectory() as tmp:
        for i, page in enumerate(pages):
            (Path(tmp) / f"p{i:05d}.html").write_bytes(page)
        start = time.perf_counter()
        loaded = load_corpus([tmp])
        seconds = time.perf_counter() - start
    each = seconds / count * 1000
    print(f"load_corpus of {len(loaded.articles)} pages: {seconds:.1f} s ({each:.1f} ms a page)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
