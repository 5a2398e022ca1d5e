"""Web pages as articles: the article text only, the page's metadata, offsets into that text."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from benchmarks.webpages import FIRE_COURIER, FIRE_LEDGER, markdown, news_page
from crosscheck.cli import app
from crosscheck.corpus import load_corpus
from crosscheck.pages import read_page

runner = CliRunner()


def test_a_page_is_read_as_its_article_and_metadata() -> None:
    page = read_page(news_page(*FIRE_LEDGER).encode("utf-8"))
    assert page is not None
    assert page.text == (
        "Warehouse fire destroys Glen Falls landmark\n"
        "A fire destroyed the old Acme warehouse on Main Street in Glen Falls early Tuesday, fire officials said.\n"
        "The blaze was reported at 3:30 a.m. by a passing driver, and 31 firefighters from four departments responded.\n"
        "Fire Chief Jon Hale said nobody was inside the building, which had been empty since 2019.\n"
        "The cause of the fire is under investigation, Hale said.\n"
    )  # no cookie banner, menu, byline, related stories, comments or footer
    assert (page.title, page.outlet, page.published, page.url, page.author) == (
        "Warehouse fire destroys Glen Falls landmark",
        "The Glen Falls Ledger",
        "2024-03-12",
        "https://ledger.example/news/2024/03/warehouse-fire",
        "Ann Lee",
    )


def test_a_page_updated_after_it_was_published_says_when() -> None:
    updated = read_page(news_page(*FIRE_LEDGER, modified="2024-03-13T10:05:00-05:00"))
    assert updated is not None and (updated.published, updated.updated) == ("2024-03-12", "2024-03-13")
    same_day = read_page(news_page(*FIRE_LEDGER, modified="2024-03-12T11:00:00-05:00"))
    assert same_day is not None and same_day.updated is None


def test_a_page_with_no_article_is_skipped_with_a_warning_that_names_it(tmp_path: Path) -> None:
    (tmp_path / "ledger.html").write_text(news_page(*FIRE_LEDGER), encoding="utf-8")
    menu = (
        "<html><head><title>Page not found</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    (tmp_path / "gone.html").write_text(menu, encoding="utf-8")
    loaded = load_corpus([tmp_path])
    assert [a.source for a in loaded.articles] == ["ledger"]
    assert loaded.warnings == (f"{tmp_path / 'gone.html'}: no article text found in the page (skipped)",)


def test_claims_point_into_the_extracted_text_and_the_json_says_so(tmp_path: Path) -> None:
    (tmp_path / "ledger.htm").write_text(news_page(*FIRE_LEDGER), encoding="utf-8")
    result = runner.invoke(app, ["report", str(tmp_path), "--all", "--json", "-"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    (source,) = document["sources"]
    assert (source["offsets"], source["outlet"], source["published"], source["author"]) == (
        "extracted", "The Glen Falls Ledger", "2024-03-12", "Ann Lee",
    )  # fmt: skip
    text = load_corpus([tmp_path]).articles[0].text
    by_text = {c["text"]: c for c in document["claims"]}
    chief = by_text["Nobody was inside the building, which had been empty since 2019"]
    assert chief["line"] == 4
    assert (
        text[chief["start"] : chief["end"]]
        == "nobody was inside the building, which had been empty since 2019"
    )
    shown = runner.invoke(app, ["claims", str(tmp_path), "--text"])
    assert (
        shown.stdout.splitlines()[0] == f"==> ledger: {tmp_path / 'ledger.htm'} (extracted from the page) <=="
    )
    assert (
        shown.stdout.splitlines()[4]
        == "4  Fire Chief Jon Hale said nobody was inside the building, which had been empty since 2019."
    )


def findings(corpus: Path) -> set[tuple[str, str | None, str, str, str, str]]:
    """The findings of a report by what they say: statuses, kinds, values, the two claims."""
    result = runner.invoke(app, ["report", str(corpus), "--all", "--json", "-"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    text = {c["id"]: c["text"] for c in document["claims"]}
    return {
        (f["status"], f["kind"], f["a_says"], f["b_says"], text[f["a"]], text[f["b"]])
        for g in document["groups"]
        for f in g["findings"]
    }


def test_pages_give_the_findings_their_articles_give_as_markdown(tmp_path: Path) -> None:
    pages, files = tmp_path / "pages", tmp_path / "files"
    pages.mkdir()
    files.mkdir()
    for source, (headline, paragraphs), outlet in (
        ("ledger", FIRE_LEDGER, "The Glen Falls Ledger"),
        ("courier", FIRE_COURIER, "Glen Falls Courier"),
    ):
        (pages / f"{source}.html").write_text(
            news_page(headline, paragraphs, outlet=outlet), encoding="utf-8"
        )
        (files / f"{source}.md").write_text(markdown(headline, paragraphs, source=source), encoding="utf-8")
    from_pages = findings(pages)
    assert from_pages == findings(files)
    assert ("conflict", "number", "25 firefighters", "31 firefighters") in {f[:4] for f in from_pages}
