"""A building's age against the year it was put up (`built`), on invented sentences."""

from __future__ import annotations

from crosscheck.built import Built, built_conflict, years_built
from crosscheck.models import Article, ConflictKind
from crosscheck.pipeline import Options, run

AGED = "The fact that the 86-year-old structure had no power lines makes the fire suspicious"
BUILT = "The warehouse was constructed in 1935, long before statehood"


def test_a_year_of_building_and_an_age_read_as_spans_of_years() -> None:
    assert years_built(AGED, "2013-05-21") == (Built(1926, 1927, "86-year-old structure", aged=True),)
    assert years_built(BUILT, None) == (Built(1935, 1935, "constructed in 1935", aged=False),)
    assert years_built("The mill dates back to the mid 1930's", None) == (
        Built(1933, 1937, "dates back to the mid 1930's", aged=False),
    )
    # An age without the year the story came out dates nothing; nor does an industry "built".
    assert years_built(AGED, None) == ()
    assert years_built("An industry built in 1935 on dairy farms", None) == ()


def test_an_age_that_misses_the_year_of_building_is_a_conflict() -> None:
    assert built_conflict(AGED, "2013-05-21", BUILT, None) == ("86-year-old structure", "constructed in 1935")
    # 78 years old in 2013 is 1935: one date told two ways.
    assert built_conflict(AGED.replace("86", "78"), "2013-05-21", BUILT, None) is None
    assert built_conflict(AGED.replace("86", "78"), "2013-05-21", "It was built in the 1930s", None) is None


def test_the_pipeline_compares_an_age_with_a_year_though_the_sentences_share_no_word() -> None:
    articles = [
        Article(source="a", path="a.md", text=f"{AGED}.\n", published="2013-05-21"),
        Article(source="b", path="b.md", text=f"{BUILT}.\n", published="2013-05-21"),
    ]
    report = run(articles, options=Options(workers=1))
    findings = [f for g in report.groups for f in g.findings]
    assert [(f.kind, f.a_says, f.b_says) for f in findings] == [
        (ConflictKind.DATE, "86-year-old structure", "constructed in 1935")
    ]
