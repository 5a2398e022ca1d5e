"""Invariants of extraction, checked on generated text (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract import extract_claims
from crosscheck.models import Article

WORDS = [
    "Putin",
    "the",
    "army",
    "said",
    "that",
    "two",
    "ships",
    "sank",
    "and",
    "met",
    "“quoted words here”",
    "on",
]
sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=14).map(lambda ws: " ".join(ws) + ".")
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
document = st.lists(st.one_of(paragraph, st.just(""), st.just("Share this")), min_size=1, max_size=5).map(
    "\n".join
)
front = st.sampled_from(["", "---\nid: d\ntitle: T\n---\n"])


@settings(max_examples=150, deadline=None)
@given(front=front, body=document)
def test_spans_point_at_text_in_the_file_and_lines_match(front: str, body: str) -> None:
    text = front + body
    doc = Article(source="d", path="d.md", text=text, body_offset=len(front))
    for claim in extract_claims(doc):
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end].strip() == text[claim.start : claim.end]
        assert claim.line == text.count("\n", 0, claim.start) + 1
        assert claim.sentence in text


@settings(max_examples=100, deadline=None)
@given(body=document)
def test_extraction_is_deterministic(body: str) -> None:
    doc = Article(source="d", path="d.md", text=body)
    assert extract_claims(doc) == extract_claims(doc)
    ids = [c.id for c in extract_claims(doc)]
    assert len(ids) == len(set(ids))


@settings(max_examples=25, deadline=None)
@given(order=st.permutations(range(5)))
def test_grouping_does_not_depend_on_the_order_of_input_files(order: list[int]) -> None:
    from pathlib import Path

    from crosscheck.corpus import load_corpus
    from crosscheck.pipeline import run
    from crosscheck.render import report_json

    files = sorted((Path(__file__).parent.parent / "corpus").glob("*.md"))
    shuffled = [files[i] for i in order]
    baseline = run(load_corpus(files).articles)
    report = run(load_corpus(shuffled).articles)
    assert report_json(report, report.groups) == report_json(baseline, baseline.groups)
