"""Copies of one text are one story: detected, counted once, and never changing the findings."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.copies import containment, sketch, stories
from crosscheck.corpus import load_corpus
from crosscheck.models import Article, Report, Status
from crosscheck.pipeline import Options, run

from .conftest import CORPUS

WIRE = (
    "A fire destroyed a historic dairy warehouse in the town early on Tuesday, officials said.\n"
    "The blaze was reported at 3:30 a.m. by a hotel guest who saw flames across the road.\n"
    "Crews from three departments fought the fire for about three hours before it was out.\n"
    "The building, built in 1935, had no power or gas, and the chief called the fire suspicious.\n"
    "The city had planned to buy the property and turn it into a museum of the valley's farms.\n"
)
# The same wire story as a second site runs it: its own headline, the last paragraph trimmed.
REPRINT = "Historic warehouse lost to fire\n" + "\n".join(WIRE.splitlines()[:-1]) + "\n"
# The wire story retold line by line, as a site that edits every sentence a little does: a
# fifth of its 8-word shingles are the wire's.
REWRITE = (
    "Fire destroyed a historic dairy warehouse in the town early on Tuesday, according to officials.\n"
    "A hotel guest who saw flames across the road reported the blaze at 3:30 a.m.\n"
    "Crews from three departments fought the fire for about three hours before it went out.\n"
    "Built in 1935, the building had no power or gas, and the fire chief called the blaze suspicious.\n"
    "The city had planned to buy the property as a museum of farming in the valley.\n"
)
# Another outlet, in its own words.
OWN = (
    "Firefighters spent the early hours of Tuesday battling a blaze at the old dairy warehouse.\n"
    "A guest at a nearby hotel called in the fire shortly after 3:30 a.m., the fire chief said.\n"
    "The chief said the empty building had no electricity and the cause was being investigated.\n"
)


def test_a_reprint_is_a_copy_and_another_outlet_is_not() -> None:
    wire, reprint, own = sketch(WIRE), sketch(REPRINT), sketch(OWN)
    assert containment(wire, reprint) > 0.8  # all but the new headline's few shingles
    assert containment(wire, own) < 0.1
    assert stories({"wire": wire, "reprint": reprint, "own": own}) == {
        "own": "own",
        "reprint": "reprint",
        "wire": "reprint",
    }  # a story is named after its first article in id order


def test_a_story_retold_line_by_line_is_a_copy() -> None:
    wire, rewrite, own = sketch(WIRE), sketch(REWRITE), sketch(OWN)
    assert 0.18 <= containment(wire, rewrite) < 0.25  # counted exactly: 15 of its 74 shingles
    assert containment(own, rewrite) == 0.0
    assert stories({"wire": wire, "rewrite": rewrite, "own": own}) == {
        "own": "own",
        "rewrite": "rewrite",
        "wire": "rewrite",
    }


def _conflicts(report: Report) -> set[tuple[object, ...]]:
    """Conflicts between independent sources, as (kind, the two stories, the two values)."""
    found = set()
    for group in report.groups:
        for f in group.findings:
            if f.status is Status.CONFLICT:
                a, b = report.claim(f.a), report.claim(f.b)
                sides = sorted([(report.story(a.source), f.a_says), (report.story(b.source), f.b_says)])
                found.add((f.kind, *sides))
    return found


def _copied(articles: tuple[Article, ...], times: int) -> list[Article]:
    """Every article and `times` copies of it under other ids."""
    out = list(articles)
    for article in articles:
        out += [
            Article(
                source=f"{article.source}copy{n}",
                path=article.path,
                text=article.text,
                body_offset=article.body_offset,
                title=article.title,
            )
            for n in range(times)
        ]
    return out


def test_copies_of_every_bundled_article_leave_the_findings_as_they_are(corpus_dir: Path) -> None:
    articles = load_corpus([corpus_dir]).articles
    plain = run(articles)
    for times in (1, 2, 10):
        copied = run(_copied(articles, times))
        assert _conflicts(copied) == _conflicts(plain)
        assert copied.count(Status.AGREE) == plain.count(Status.AGREE)
        assert copied.count(Status.SINGLE) == plain.count(Status.SINGLE)
        assert len(copied.copies()) == len(articles)


@settings(max_examples=12, deadline=None)
@given(
    chosen=st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=4),
    trim=st.booleans(),
)
def test_inserting_copies_never_changes_the_conflicts_between_independent_sources(
    chosen: list[int], trim: bool
) -> None:
    articles = load_corpus([CORPUS]).articles
    plain = _conflicts(run(articles, options=Options()))
    extra = []
    for n, which in enumerate(chosen):
        original = articles[which]
        body = original.text[original.body_offset :]
        # A light edit: a new headline, and perhaps the last paragraph dropped.
        paragraphs = body.strip().split("\n")
        body = "\n".join(["A reprint of the story", *(paragraphs[:-1] if trim else paragraphs)]) + "\n"
        extra.append(Article(source=f"zz{n}", path=f"zz{n}.md", text=body))
    assert _conflicts(run([*articles, *extra])) == plain
