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


# Mutations of a bundled article, as broken downloads, bad editors and hostile senders make
# them: bytes inserted, dropped or replaced; characters of any kind inserted (controls, bidi
# overrides, NUL, line and paragraph separators); front-matter values rewritten.
_HEAD_KEYS = st.sampled_from(["id", "title", "outlet", "published", "updated", "url", "author"])
_YAML_VALUES = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        ["2023-02-30", "0000-01-01", "[a, b", "&a x", "*a", "!!python/object:os.system", "{", "'"]
    ),
    st.integers().map(str),
)


@st.composite
def mutated_article(draw: st.DrawFn) -> bytes:
    from pathlib import Path

    data = (Path(__file__).parent.parent / "corpus" / "s002.md").read_bytes()
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["insert", "drop", "replace", "chars", "front"]))
        if kind == "insert":
            data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
        elif kind == "drop":
            data = data[:at] + data[at + draw(st.integers(1, 200)) :]
        elif kind == "replace" and at < len(data):
            data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]
        elif kind == "chars":
            text = draw(st.text(st.characters(codec="utf-8"), min_size=1, max_size=6))
            data = data[:at] + text.encode("utf-8") + data[at:]
        elif kind == "front":
            value = draw(_YAML_VALUES).replace("\n", " ")
            line = f"{draw(_HEAD_KEYS)}: {value}\n".encode("utf-8", "replace")
            data = data.replace(b"---\n", b"---\n" + line, 1)
    return data


@settings(max_examples=40, deadline=None)
@given(data=mutated_article())
def test_a_mutated_article_is_read_or_refused_never_a_crash(data: bytes) -> None:
    import re
    import tempfile
    from pathlib import Path

    from crosscheck.corpus import load_corpus
    from crosscheck.errors import CrosscheckError
    from crosscheck.pipeline import run
    from crosscheck.render import report_json

    corpus = Path(__file__).parent.parent / "corpus"
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "mutant.md").write_bytes(data)
        (Path(tmp) / "s001.md").write_bytes((corpus / "s001.md").read_bytes())
        try:
            loaded = load_corpus([tmp])
        except CrosscheckError:
            return  # refused with its one-line reason: what the CLI prints
        report = run(loaded.articles)
        again = run(load_corpus([tmp]).articles)
    assert report_json(report, report.groups) == report_json(again, again.groups)
    texts = {a.source: a.text for a in loaded.articles}
    for claim in report.claims:
        span = texts[claim.source][claim.start : claim.end].lower()  # a claim starts with a capital
        words = re.findall(r"\w+", re.sub(r"^\[[^\]]*\]\s*", "", claim.text).lower())
        assert span and (not words or (words[0] in span and words[-1] in span)), (claim, span)


def test_ids_that_sort_the_other_way_give_the_same_groups_and_findings(tmp_path: object) -> None:
    import json
    import re
    from pathlib import Path

    from crosscheck.corpus import load_corpus
    from crosscheck.pipeline import run
    from crosscheck.render import report_json

    corpus = Path(__file__).parent.parent / "corpus"
    renamed = Path(str(tmp_path))
    for n, path in enumerate(sorted(corpus.glob("*.md"))):
        # s000 … s004 become z4 … z0: the articles sort the other way round.
        text = re.sub(r"^id: s00\d$", f"id: z{4 - n}", path.read_text(encoding="utf-8"), count=1, flags=re.M)
        (renamed / path.name).write_text(text, encoding="utf-8")

    def facts(directory: Path) -> tuple[set[object], set[object]]:
        report = run(load_corpus([directory]).articles)
        document = json.loads(report_json(report, report.groups))
        text = {c["id"]: c["text"] for c in document["claims"]}
        groups = {
            (g["status"], tuple(sorted(text[c["id"]] for c in g["claims"]))) for g in document["groups"]
        }
        findings = {
            (
                f["status"],
                f["kind"],
                tuple(sorted([(text[f["a"]], f["a_says"]), (text[f["b"]], f["b_says"])])),
            )
            for g in document["groups"]
            for f in g["findings"]
        }
        return groups, findings

    assert facts(renamed) == facts(corpus)
