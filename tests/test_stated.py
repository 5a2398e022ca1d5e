"""The facts a claim states (`stated.facts_of`), read from real sentences of news coverage
(names changed), with the values a reader would write down."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from crosscheck.cli import app
from crosscheck.models import Fact
from crosscheck.normalize import DEFAULT_ALIASES
from crosscheck.stated import fact_line, facts_of

PUBLISHED = "2021-03-10"  # a Wednesday


def facts(text: str) -> list[Fact]:
    return list(facts_of(text, published=PUBLISHED, aliases=DEFAULT_ALIASES))


def test_a_count_knows_what_it_counts_and_by_which_verb() -> None:
    (hurt,) = facts("Officials said 14 people were hurt in the blast")
    assert (hurt.slot, hurt.value, hurt.text, hurt.counts, hurt.by) == (
        "people",
        "14",
        "14 people",
        "people",
        ("injured",),
    )
    assert "blast" in hurt.about
    (dozen,) = facts(
        "At least a dozen were injured when the device went off, a police spokesman told reporters"
    )
    assert (dozen.slot, dozen.value, dozen.by) == ("people", "≥12", ("injured",))


def test_a_measure_is_in_its_base_unit_with_what_it_is_about() -> None:
    distance, day, clock = facts("The fire started 30 miles north of the city at 2:15 p.m. EDT on Tuesday")
    assert (distance.slot, distance.value, distance.text) == ("m", "48.3 km", "30 miles")
    assert {"north", "city", "fire"} <= set(distance.about)
    assert (day.slot, day.value) == ("date", "2021-03-09")  # the Tuesday before publication
    assert (clock.slot, clock.value) == ("clock", "14:15 edt")
    (area,) = facts("Crews contained a blaze covering 40 acres")
    assert (area.slot, area.value, area.by) == ("acre", "40 acre", ("cover",))
    (stay,) = [f for f in facts("Hale checked in for what is to be a three-month stay") if f.slot == "sec"]
    assert stay.value == "3mo"


def test_a_clock_time_with_its_zone_is_no_figure() -> None:
    assert [(f.slot, f.value) for f in facts("The blast came at 1815 GMT")] == [("clock", "18:15 gmt")]


def test_a_claim_about_another_event_says_so() -> None:
    found = facts("A similar attack in 1998 killed 12 people, police said")
    assert [(f.slot, f.value, f.elsewhere) for f in found] == [("people", "12", True), ("year", "1998", True)]
    assert not any(f.elsewhere for f in facts("The attack killed 12 people, police said"))


def test_names_with_their_titles_and_no_street_word_or_zone() -> None:
    found = facts("Deputy Jon Hale was shot twice in the 12200 block of 223rd Street")
    assert [(f.slot, f.value, f.role) for f in found if f.slot in ("name", "street")] == [
        ("street", "223rd street", ""),
        ("name", "Jon Hale", "deputy"),
    ]
    (times,) = [f for f in found if f.slot == "times"]
    assert (times.value, times.by) == ("2", ("shoot",))
    # A list is names side by side; a possessive is the name.
    names = [
        f.value for f in facts("Lee's lawyer met Acme, Globex and Initech officials") if f.slot == "name"
    ]
    assert names == ["Acme", "Globex", "Initech"]


def test_a_fact_reads_as_one_line() -> None:
    (hurt,) = facts("Officials said 14 people were hurt in the blast")
    assert fact_line(hurt) == "people 14 “14 people” · by injured · about blast, injured, official, say"


def test_claims_json_and_terminal_carry_the_facts(tmp_path: Path) -> None:
    (tmp_path / "a1.md").write_text(
        "# Blast\n\nOfficials said 14 people were hurt in the blast.\n", encoding="utf-8"
    )
    runner = CliRunner()
    result = runner.invoke(app, ["--color", "never", "claims", str(tmp_path), "--json", "-"])
    assert result.exit_code == 0, result.output
    (claim,) = [c for c in json.loads(result.stdout) if not c["headline"]]
    assert claim["facts"] == [
        {
            "slot": "people",
            "value": "14",
            "text": "14 people",
            "counts": "people",
            "by": ["injured"],
            "about": ["blast", "injured"],
            "scope": [],
            "role": "",
            "elsewhere": False,
        }
    ]
    shown = runner.invoke(app, ["--color", "never", "claims", str(tmp_path), "--facts"])
    assert shown.exit_code == 0, shown.output
    assert "people 14 “14 people” · by injured · about blast, injured" in shown.stdout
    plain = runner.invoke(app, ["--color", "never", "claims", str(tmp_path)])
    assert "by injured" not in plain.stdout


def test_a_count_of_persons_is_counted_by_the_act_they_do_or_suffer() -> None:
    def by(text: str) -> list[tuple[str, ...]]:
        return [f.by for f in facts(text) if f.slot == "people"]

    # The shooters and the shot are two counts: "^" marks persons who do the act.
    assert by("Two plainclothes officers shot Ann Lee on Saturday") == [("^shoot",)]
    assert by("Two teenagers have been shot and killed") == [("shoot",)]
    assert by("Police say two people have been killed and another wounded") == [("dead",), ("injured",)]
    # A verb that frames another stands for it; a clause opener starts the figure's own clause.
    assert by("One person is believed to have been arrested") == [("arrest",)]
    assert by("Police intervened when more than a hundred people joined the vigil") == [("^join",)]


def test_the_first_word_of_a_quotation_is_no_name_and_a_scope_is_read_whole() -> None:
    names = [
        f.value
        for f in facts("There is an old saying that “Once is chance”, Ann Lee said")
        if f.slot == "name"
    ]
    assert names == ["Ann Lee"]
    assert [f.value for f in facts("He said “Jon Hale shot him”") if f.slot == "name"] == ["Jon Hale"]
    # A place name that starts near the figure is read whole, however far it runs.
    arrests = facts("Police arrested 12 people along Church Avenue and on other streets in East Flatbush")[0]
    assert arrests.scope == ("east", "flatbush")


def test_a_noun_in_ing_after_a_determiner_is_no_verb_a_figure_counts_by() -> None:
    (minutes,) = [
        f for f in facts("She was escorted from the building 10 minutes earlier") if f.slot == "sec"
    ]
    assert minutes.by == ()
    (killed,) = facts("The gunman opened fire, killing two workers")
    assert killed.by == ("dead",)
