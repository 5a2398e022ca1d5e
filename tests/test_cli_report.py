"""`crosscheck report`: table, CSV and JSON outputs and their options."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app

runner = CliRunner()

STORM_A = "The storm killed 12 people on Monday, officials said.\nThe mayor opened three shelters.\n"
STORM_B = "The storm killed 40 people on Monday, officials said.\nThe mayor opened three shelters.\n"


def storm_corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(STORM_A)
    (tmp_path / "b.txt").write_text(STORM_B)
    return tmp_path


def test_report_shows_summary_conflict_and_agreement(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(storm_corpus(tmp_path))])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "2 sources · 4 claims · 2 groups · 1 conflict · 1 agreement · 0 unclear · 0 single-source\n"
        "\n"
        "Conflicts (1)\n"
        "g1 number\n"
        "  a:1     officials: The storm killed 12 people on Monday\n"
        "  b:1     officials: The storm killed 40 people on Monday\n"
        "  differs 12 people  vs  40 people  (similarity 93)\n"
        "\n"
        "Agreements (1)\n"
        "g2 2 sources agree\n"
        "  a:2 The mayor opened three shelters\n"
        "  b:2 The mayor opened three shelters\n"
    )


def test_csv_has_the_documented_columns_and_only_conflicts(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(storm_corpus(tmp_path)), "--csv", "-"])
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:12] == [
        "group", "status", "kind", "source_a", "line_a", "claim_a",
        "source_b", "line_b", "claim_b", "a_says", "b_says", "similarity",
    ]  # fmt: skip
    assert [r[:11] for r in rows[1:]] == [
        [
            "g1", "conflict", "number", "a", "1", "The storm killed 12 people on Monday",
            "b", "1", "The storm killed 40 people on Monday", "12 people", "40 people",
        ]
    ]  # fmt: skip


def test_csv_all_has_every_pair_and_neutralises_formulas(tmp_path: Path) -> None:
    # Two outlets, each in its own words but for one sentence (identical files would be copies
    # of one story, and never compared).
    (tmp_path / "a.txt").write_text(
        "=HYPERLINK said the storm killed 12 people on Monday.\n"
        "Crews worked through the night to clear fallen trees from the coastal road near the harbour.\n"
    )
    (tmp_path / "b.txt").write_text(
        "=HYPERLINK said the storm killed 12 people on Monday.\n"
        "Schools in three districts stayed closed on Tuesday while engineers inspected every building.\n"
    )
    out = tmp_path / "out.csv"
    result = runner.invoke(
        app, ["report", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--csv", str(out), "--all"]
    )
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 2
    assert rows[1][1] == "agree"
    assert rows[1][5].startswith("'=")


def test_json_document(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(storm_corpus(tmp_path)), "--json", "-"])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert [s["id"] for s in doc["sources"]] == ["a", "b"]
    assert doc["summary"]["conflict"] == 1
    assert [(g["id"], g["status"]) for g in doc["groups"]] == [("g1", "conflict"), ("g2", "agree")]
    group = doc["groups"][0]
    assert set(group["claims"][0]) == {"id", "source", "text", "line", "start", "end"}
    assert group["findings"][0]["kind"] == "number"
    assert (group["findings"][0]["a_says"], group["findings"][0]["b_says"]) == ("12 people", "40 people")


def test_same_input_gives_byte_identical_output(tmp_path: Path, corpus_dir: Path) -> None:
    first = runner.invoke(app, ["report", str(corpus_dir), "--json", "-"]).stdout
    second = runner.invoke(app, ["report", str(corpus_dir), "--json", "-"]).stdout
    assert first == second


def test_only_single_and_source_filter(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The storm killed 12 people on Monday.\nThe bridge collapsed at noon.\n")
    (tmp_path / "b.txt").write_text("The storm killed 12 people on Monday.\n")
    result = runner.invoke(app, ["report", str(tmp_path), "--only", "single", "--source", "a"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[2:] == ["Single-source (1)", "  a:2 The bridge collapsed at noon"]


def test_min_similarity_out_of_range_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(storm_corpus(tmp_path)), "--min-similarity", "150"])
    assert result.exit_code == 2


def test_unwritable_output_leaves_no_file_and_exits_2(tmp_path: Path) -> None:
    target = tmp_path / "missing-dir" / "out.json"
    result = runner.invoke(app, ["report", str(storm_corpus(tmp_path)), "--json", str(target)])
    assert result.exit_code == 2
    assert "its directory does not exist" in result.stderr
    assert not target.exists()


def test_bad_aliases_file_names_the_line(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("storm: [tempest\n")
    result = runner.invoke(app, ["report", str(storm_corpus(tmp_path)), "--aliases", str(aliases)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"crosscheck: error: {aliases}:")


def test_writing_a_file_prints_the_summary_and_the_path(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["report", str(storm_corpus(tmp_path)), "--json", str(out)])
    assert result.exit_code == 0
    assert result.stdout == (
        "2 sources · 4 claims · 2 groups · 1 conflict · 1 agreement · 0 unclear · 0 single-source\n"
        f"wrote {out}\n"
    )
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["claims"] == 4


def test_ctrl_c_exits_130_and_writes_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crosscheck import pipeline

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "run", interrupted)
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["report", str(storm_corpus(tmp_path)), "--json", str(out)])
    assert result.exit_code == 130
    assert result.stderr == "crosscheck: interrupted\n"
    assert list(tmp_path.glob("*.json")) == [] and list(tmp_path.glob(".*")) == []


def test_user_aliases_let_other_words_for_one_thing_match(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The cyclone killed 12 people in Dhaka on Monday.\n")
    (tmp_path / "b.txt").write_text("The tempest killed 40 people in Dhaka on Monday.\n")
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("storm: [cyclone, tempest]\n")
    without = runner.invoke(app, ["report", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--json", "-"])
    with_aliases = runner.invoke(
        app,
        [
            "report",
            str(tmp_path / "a.txt"),
            str(tmp_path / "b.txt"),
            "--aliases",
            str(aliases),
            "--json",
            "-",
        ],
    )
    assert (
        json.loads(with_aliases.stdout)["groups"][0]["findings"][0]["similarity"]
        > json.loads(without.stdout)["groups"][0]["findings"][0]["similarity"]
    )
    finding = json.loads(with_aliases.stdout)["groups"][0]["findings"][0]
    assert (finding["kind"], finding["a_says"], finding["b_says"]) == ("number", "12 people", "40 people")


def test_min_similarity_decides_when_claims_without_a_shared_value_agree(tmp_path: Path) -> None:
    # One topic, two facts: the storm wrecked the bridge; engineers inspected it. They share the
    # bridge and the storm and no value, and read 56 alike: no finding at the default (70).
    (tmp_path / "a.txt").write_text("The storm destroyed the old bridge near the harbour.\n")
    (tmp_path / "b.txt").write_text("Engineers inspected the bridge after the storm, the mayor said.\n")
    default = runner.invoke(app, ["report", str(tmp_path), "--json", "-"])
    loose = runner.invoke(app, ["report", str(tmp_path), "--min-similarity", "50", "--json", "-"])
    assert [g["status"] for g in json.loads(default.stdout)["groups"]] == ["single", "single"]
    assert [g["status"] for g in json.loads(loose.stdout)["groups"]] == ["agree"]


def test_a_number_conflict_pairs_whatever_the_min_similarity(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The storm killed 12 people.\n")
    (tmp_path / "b.txt").write_text("The storm killed 40 people.\n")
    strict = runner.invoke(app, ["report", str(tmp_path), "--min-similarity", "100", "--json", "-"])
    (group,) = json.loads(strict.stdout)["groups"]
    assert (group["status"], group["kinds"]) == ("conflict", ["number"])


def test_a_kinds_file_makes_two_things_of_the_story_an_entity_conflict(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The ferry was rammed by a trawler off the coast on Monday.\n")
    (tmp_path / "b.txt").write_text("The ferry was rammed by a tug off the coast on Monday.\n")
    kinds = tmp_path / "kinds.yaml"
    kinds.write_text("vessel: [trawler, tug]\n")
    files = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    without = json.loads(runner.invoke(app, ["report", *files, "--json", "-"]).stdout)
    assert without["summary"]["conflict"] == 0
    with_kinds = json.loads(
        runner.invoke(app, ["report", *files, "--kinds", str(kinds), "--json", "-"]).stdout
    )
    finding = with_kinds["groups"][0]["findings"][0]
    assert (finding["kind"], finding["a_says"], finding["b_says"]) == ("entity", "trawler", "tug")


def test_a_kinds_file_that_is_not_a_mapping_of_lists_names_the_file(tmp_path: Path) -> None:
    kinds = tmp_path / "kinds.yaml"
    kinds.write_text("vessel: [trawler\n")
    result = runner.invoke(app, ["report", str(storm_corpus(tmp_path)), "--kinds", str(kinds)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"crosscheck: error: {kinds}:")
    kinds.write_text("vessel: {trawler: 1}\n")
    result = runner.invoke(app, ["report", str(storm_corpus(tmp_path)), "--kinds", str(kinds)])
    assert result.exit_code == 2
    assert result.stderr == f"crosscheck: error: {kinds}: kinds for 'vessel' must be a list of strings\n"


def test_sources_lists_the_copies_of_one_text(tmp_path: Path, corpus_dir: Path) -> None:
    for path in corpus_dir.glob("s00*.md"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    copy = (corpus_dir / "s004.md").read_text(encoding="utf-8").replace("id: s004", "id: s004copy")
    (tmp_path / "s004copy.md").write_text(copy, encoding="utf-8")
    result = runner.invoke(app, ["report", str(tmp_path), "--sources"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "6 articles · 5 independent stories\ns004  s004copy  shares 100%\n"
    # The report itself names the copies under its summary line, and finds what it found without.
    report = runner.invoke(app, ["report", str(tmp_path)])
    assert report.stdout.splitlines()[1] == "s004 = s004copy (same story)"


def test_source_filter_counts_what_is_shown_and_shows_that_sources_findings(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The storm killed 12 people on Monday, officials said.\n")
    (tmp_path / "b.txt").write_text("The storm killed 40 people on Monday, officials said.\n")
    (tmp_path / "c.txt").write_text(
        "The storm killed 40 people on Monday, officials said.\n"
        "The governor visited the hospital in the afternoon.\n"
    )

    def shown(source: str) -> tuple[str, list[str]]:
        result = runner.invoke(app, ["report", str(tmp_path), "--source", source, "--all"])
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        conflict = lines[lines.index("Conflicts (1)") + 2 : lines.index("Conflicts (1)") + 4]
        return lines[0], [line.split()[0] for line in conflict]

    # b's groups only (the conflict and the agreement with c), not c's own detail; and in the
    # conflict, b's finding, not c's.
    assert shown("b") == (
        "3 sources · 3 claims · 2 groups · 1 conflict · 1 agreement · 0 unclear · 0 single-source",
        ["a:1", "b:1"],
    )
    assert shown("c") == (
        "3 sources · 4 claims · 3 groups · 1 conflict · 1 agreement · 0 unclear · 1 single-source",
        ["a:1", "c:1"],
    )


FLOOD_EARLY = (
    "---\npublished: 2024-05-01\n---\nOfficials said 12 people died in the flooding in North Ridge.\n"
)
FLOOD_LATE = "---\npublished: 2024-05-02\n---\nThe death toll from the flooding in North Ridge rose to 14, officials said.\n"


def test_a_figure_a_later_report_says_changed_is_shown_as_a_revision(tmp_path: Path) -> None:
    (tmp_path / "early.md").write_text(FLOOD_EARLY)
    (tmp_path / "late.md").write_text(FLOOD_LATE)
    result = runner.invoke(app, ["report", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:6] == [
        "2 sources · 2 claims · 1 group · 0 conflicts · 0 agreements · 0 unclear · 1 revised · 0 single-source",
        "",
        "Revised: a later report says it changed (1)",
        "g1 number",
        "  early:4 Officials: 12 people died in the flooding in North Ridge",
        "  late:4  officials: The death toll from the flooding in North Ridge rose to 14",
    ]
    assert result.stdout.splitlines()[6].startswith("  revised 12 people  vs  14  (similarity ")
    document = json.loads(runner.invoke(app, ["report", str(tmp_path), "--json", "-"]).stdout)
    assert (document["schema"], document["summary"]["revised"], document["groups"][0]["status"]) == (
        3,
        1,
        "revised",
    )
    # A fact sheet that still gives the earlier figure fails: the later source contradicts it.
    sheet = tmp_path.parent / "claims.yaml"
    sheet.write_text(
        f"corpus: {tmp_path.name}\nclaims:\n  - id: toll\n    text: Officials said 12 people died in the flooding in North Ridge\n"
        "    status: single-source\n    sources: [early]\n"
    )
    checked = runner.invoke(app, ["check", str(sheet)])
    assert checked.exit_code == 1, checked.output
    assert "late" in checked.stdout


def test_lines_are_file_line_records_for_grep_and_editors(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(storm_corpus(tmp_path)), "--lines", "--all"])
    assert result.exit_code == 0, result.output
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    assert result.stdout.splitlines() == [
        f"{a}:1: conflict number (g1): 12 people vs 40 people ({b}:1): The storm killed 12 people on Monday",
        f"{b}:1: conflict number (g1): 40 people vs 12 people ({a}:1): The storm killed 40 people on Monday",
        f"{a}:2: agree (g2): ({b}:2): The mayor opened three shelters",
        f"{b}:2: agree (g2): ({a}:2): The mayor opened three shelters",
    ]
