"""Names spelt two ways in sentences that share nothing else (`variants`)."""

from __future__ import annotations

from crosscheck.models import Article, ConflictKind, Status
from crosscheck.normalize import DEFAULT_ALIASES
from crosscheck.pipeline import Options, run
from crosscheck.variants import mentions_of, spelling_pairs
from tests.test_compare import claim


def _report(texts: dict[str, str]):  # type: ignore[no-untyped-def]
    articles = [Article(source=s, path=f"{s}.md", text=t) for s, t in texts.items()]
    return run(articles, options=Options(workers=1))


def test_a_name_spelt_two_ways_in_unrelated_sentences_is_an_entity_conflict() -> None:
    report = _report(
        {
            "a": "At one point a co-worker was holding onto Katrina Lowe near the loading dock.\n"
            "The plant in Glen Falls employs about 300 people on three shifts.\n",
            "b": "The gunman opened fire in the cafeteria, killing Katrine Lowe and wounding a guard.\n"
            "Police closed Main Street for most of the night.\n",
        }
    )
    findings = [f for g in report.groups for f in g.findings]
    assert [(f.status, f.kind, f.a_says, f.b_says) for f in findings] == [
        (Status.CONFLICT, ConflictKind.ENTITY, "Katrina", "Katrine")
    ]


def test_short_forms_compounds_and_other_people_are_not_proposed() -> None:
    claims = [
        claim("a", "Steve Hale spoke to reporters outside the court"),
        claim("b", "Steven Hale was not in court on Monday"),  # a short form, not a spelling
        claim("a", "The New Zealand-born climber was planning to ski"),
        claim("b", "The New Zealander had been dropped off by helicopter"),  # a compound
        claim("a", "Ann Brown was taken to hospital"),
        claim("b", "Jon Brown, her brother, said she was recovering"),  # another first letter
        claim("a", "Jon Hale said the company would appeal"),
        claim("a", "John Hale was not at the meeting"),  # one source: no conflict to find
    ]

    def proposed() -> list[tuple[int, int]]:
        mentions = [mentions_of(c.text, DEFAULT_ALIASES, None) for c in claims]
        return spelling_pairs(claims, range(len(claims)), mentions)

    assert proposed() == []
    claims.append(claim("b", "A lawyer for John Hale declined to comment"))
    assert proposed() == [(6, 8)]


def test_one_street_named_as_two_kinds_of_way_is_an_entity_conflict() -> None:
    # The name spaced two ways ("Elm Leaf" / "Elmleaf"): the sentences share no word at all.
    texts = {
        "a": "The shooting happened near the corner of Elm Leaf Place and Elm Leaf Court.\n",
        "b": "It all happened at Elmleaf Plaza, neighbours said.\n",
    }
    findings = [f for g in _report(texts).groups for f in g.findings]
    assert [(f.kind, f.a_says, f.b_says) for f in findings] == [
        (ConflictKind.ENTITY, "Elm Leaf Place", "Elmleaf Plaza")
    ]
    # Where a third source names both ways, they are two streets of one name: no conflict.
    third = {**texts, "c": "Police closed Elm Leaf Place and, later, Elm Leaf Plaza.\n"}
    assert not [f for g in _report(third).groups for f in g.findings if f.kind is ConflictKind.ENTITY]


def test_a_nickname_spelt_two_ways_is_an_entity_conflict() -> None:
    texts = {
        "a": "The defendant, who also goes by the street moniker of Ziggo, appeared in court today.\n",
        "b": 'Hale is a gang member known by the nickname "Ziggy".\n',
    }
    findings = [f for g in _report(texts).groups for f in g.findings]
    assert [(f.kind, f.a_says, f.b_says) for f in findings] == [(ConflictKind.ENTITY, "Ziggo", "Ziggy")]
    # Two nicknames nothing alike may be two people's: no conflict.
    other = {**texts, "b": texts["b"].replace("Ziggy", "Shadow")}
    assert not [f for g in _report(other).groups for f in g.findings]
