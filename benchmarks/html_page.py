"""What the web page of a report costs at scale: seconds to render it beside the JSON, and its
size, on a corpus written from real articles (`realistic.py`).

    python -m benchmarks.html_page [--articles 10000] [--workers 2]

The pipeline runs in this process; the page and the JSON are rendered to memory, so what is
timed is the rendering alone.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.realistic import write_realistic
from crosscheck import pipeline, render
from crosscheck.corpus import load_corpus
from crosscheck.htmlreport import report_html


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        write_realistic(Path(tmp), args.articles)
        articles = load_corpus([tmp]).articles
        start = time.perf_counter()
        report = pipeline.run(articles, options=pipeline.Options(workers=args.workers))
        ran = time.perf_counter() - start
    groups = list(report.groups)
    start = time.perf_counter()
    json_size = sum(len(piece.encode("utf-8")) for piece in render.report_json_pieces(report, groups))
    json_time = time.perf_counter() - start
    start = time.perf_counter()
    page_size = sum(len(piece.encode("utf-8")) for piece in report_html(report, groups))
    page_time = time.perf_counter() - start
    mib = 1024 * 1024
    print(f"{len(articles)} articles, {len(report.claims)} claims, {len(groups)} groups")
    print(f"pipeline {ran:.1f} s; JSON {json_size / mib:.1f} MiB in {json_time:.1f} s")
    print(f"page {page_size / mib:.1f} MiB in {page_time:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
