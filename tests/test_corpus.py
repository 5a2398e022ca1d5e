"""Loading articles, and every kind of bad input the loader must name precisely."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.corpus import load_corpus
from crosscheck.errors import CorpusError


def test_bundled_corpus_loads_with_front_matter(corpus_dir: Path) -> None:
    result = load_corpus([corpus_dir])
    assert [a.source for a in result.articles] == ["s000", "s001", "s002", "s003", "s004"]
    first = result.articles[0]
    assert first.title == "Symbolic gifts and space diplomacy: a look at the Putin-Kim exchange"
    assert first.text[first.body_offset :].startswith("Symbolic gifts and space diplomacy")
    assert result.warnings == ()


def test_file_without_front_matter_takes_stem_and_first_line(tmp_path: Path) -> None:
    (tmp_path / "wire-report.txt").write_text("Storm hits coast\nThe storm hit the coast on Monday.\n")
    (article,) = load_corpus([tmp_path]).articles
    assert (article.source, article.title, article.body_offset) == ("wire-report", "Storm hits coast", 0)


def test_jsonl_one_article_per_line(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(
        '{"id": "a", "text": "The storm hit the coast on Monday.", "published": "2024-05-01"}\n'
        '{"id": "b", "text": "The storm hit the coast on Tuesday.", "outlet": "Daily"}\n'
    )
    articles = load_corpus([path]).articles
    assert [(a.source, a.published, a.outlet, a.record_line) for a in articles] == [
        ("a", "2024-05-01", None, 1),
        ("b", None, "Daily", 2),
    ]


def test_missing_path_is_named(tmp_path: Path) -> None:
    with pytest.raises(CorpusError) as caught:
        load_corpus([tmp_path / "nope"])
    assert str(caught.value) == f"{tmp_path / 'nope'}: no such file or directory"


def test_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no articles found"):
        load_corpus([tmp_path])


def test_non_utf8_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("First line\nCaf\xe9 owners said the storm hit.\n".encode("latin-1"))
    with pytest.raises(CorpusError) as caught:
        load_corpus([path])
    assert str(caught.value) == f"{path}:2: not UTF-8 (byte 0xe9 at offset 14)"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x00\x00")
    with pytest.raises(CorpusError, match=r"image.txt:2: binary file"):
        load_corpus([path])


def test_malformed_front_matter_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\nid: ok\ntitle: [unclosed\n---\nThe storm hit the coast on Monday.\n")
    with pytest.raises(CorpusError) as caught:
        load_corpus([path])
    assert caught.value.path == str(path)
    assert caught.value.line == 4
    assert "malformed front matter" in caught.value.message


def test_empty_article(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_text("---\nid: e\n---\n   \n")
    with pytest.raises(CorpusError, match="empty article"):
        load_corpus([path])


def test_bad_file_among_good_ones_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("The storm hit the coast on Monday.\n")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe broken")
    result = load_corpus([tmp_path])
    assert [a.source for a in result.articles] == ["good"]
    assert result.warnings == (f"{tmp_path / 'bad.txt'}:1: not UTF-8 (byte 0xff at offset 0) (skipped)",)


def test_duplicate_source_ids_keep_the_first(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\nid: same\n---\nThe storm hit the coast on Monday.\n")
    (tmp_path / "b.md").write_text("---\nid: same\n---\nThe storm hit the coast on Tuesday.\n")
    result = load_corpus([tmp_path])
    assert [a.path for a in result.articles] == [str(tmp_path / "a.md")]
    assert "already used" in result.warnings[0]


def test_invalid_jsonl_line_is_skipped_and_named(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": "a", "text": "Fine text here."}\n{not json}\n')
    result = load_corpus([path])
    assert [a.source for a in result.articles] == ["a"]
    assert result.warnings == (
        f"{path}:2: invalid JSON: Expecting property name enclosed in double quotes (skipped)",
    )


def test_a_numeric_banner_with_a_north_american_zone_reads_month_first() -> None:
    from crosscheck.dates import banner_date

    assert banner_date("UPDATED 05 / 03 / 2013 at 11:00 AM EDT") == "2013-05-03"
    assert banner_date("UPDATED 05 / 03 / 2013 at 11:00") is None  # 5 March or 3 May?


def test_date_banners_as_news_pages_write_them() -> None:
    from crosscheck.dates import banner_date

    # Lines under the headline of real articles, each only a date (and a label or clock time).
    assert banner_date("on Feb. 04, 2009") == "2009-02-04"
    assert banner_date("Sun, 15 Sep 2013") == "2013-09-15"
    assert banner_date("Friday, Sep 10, 2010 | Updated 11:20 AM") == "2010-09-10"
    assert banner_date("10:55 P. M. FEB. 2, 2009") == "2009-02-02"
    assert banner_date("8:44AM BST 16 Sep 2013") == "2013-09-16"
    assert banner_date("Story Created: Aug 7, 2012") == "2012-08-07"
    assert banner_date("May 3rd, 2013") == "2013-05-03"
    assert banner_date("Fri., May. 3, 2013") == "2013-05-03"
    assert banner_date("Published: 2012.08.08 09:01 AM") == "2012-08-08"
    assert banner_date("13 / 02 / 2009") == "2009-02-13"  # 13 is no month
    assert banner_date("Monday 16 September 2013 03.31 BST") == "2013-09-16"  # a British clock
    # Not banners: a sentence, a weekday word that is an ordinary word, a numeric date read two ways.
    assert banner_date("On the way home") is None
    assert banner_date("Sun rises, 15 Sep 2013") is None
    assert banner_date("Posted 2 / 3 / 2009") is None


def test_a_banner_read_two_ways_is_dated_by_the_other_articles(tmp_path: Path) -> None:
    # 3 February or 2 March? The other articles of the event came out on 2 and 4 February.
    (tmp_path / "a.txt").write_text(
        "Lee arrested\n2 / 3 / 2009 5:59:13 PM\nLee was arrested.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("Lee held\nFebruary 2, 2009\nLee was held.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Lee freed\non Feb. 04, 2009\nLee was freed.\n", encoding="utf-8")
    dated = {a.source: a.published for a in load_corpus([tmp_path]).articles}
    assert dated == {"a": "2009-02-03", "b": "2009-02-02", "c": "2009-02-04"}
    # Alone, or with no other article near either reading, it stays undated.
    (tmp_path / "b.txt").unlink()
    (tmp_path / "c.txt").write_text("Lee freed\nJune 1, 2009\nLee was freed.\n", encoding="utf-8")
    assert {a.source: a.published for a in load_corpus([tmp_path]).articles}["a"] is None
