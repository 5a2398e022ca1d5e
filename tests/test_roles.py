"""Two claims that put the same two parties the other way round about one act (`roles`)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from crosscheck.cli import app
from crosscheck.roles import swapped


def test_the_giver_and_the_receiver_trade_places() -> None:
    assert swapped("Ann Lee gave Jon Hale a rifle as a gift", "Hale gave Lee a hunting rifle") == (
        "Ann Lee", "Jon Hale",
    )  # fmt: skip
    # One verb for both is the act, whatever else the sentences say: "presented" is "gave".
    assert swapped("Lee presented Hale a carbine made in Lakeview", "Hale gave Lee a rifle") == (
        "Lee",
        "Hale",
    )
    assert swapped("Acme sued Globex for $2 million on Monday", "On Monday, Globex sued Acme for $2 million") == (
        "Acme", "Globex",
    )  # fmt: skip


def test_the_same_roles_in_other_words_are_no_swap() -> None:
    assert swapped("Acme sued Globex for $2 million", "Acme sued Globex for $3 million") is None
    # The passive turns the order round, not the roles.
    assert swapped("Lee was sued by Acme on Monday", "Acme sued Lee on Monday") is None
    # Two parties alike in the act: whoever comes first, one fact.
    assert swapped("Ann Lee met Jon Hale in Lakeview", "Hale met Lee in Lakeview") is None
    assert swapped("Ann Lee married Jon Hale in June", "Hale married Lee in June") is None
    # Another act, or one party only.
    assert swapped("Lee gave Hale a rifle", "Hale thanked Lee for the rifle") is None
    assert swapped("Lee gave Hale a rifle", "Hale gave a rifle to the museum") is None


def test_a_swap_is_shown_in_the_terminal_the_csv_and_the_json(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Acme sued Globex for $2 million on Monday.\n")
    (tmp_path / "b.txt").write_text("Globex sued Acme for $2 million on Monday.\n")
    runner = CliRunner()
    shown = runner.invoke(app, ["report", str(tmp_path)])
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.splitlines()[2:] == [
        "Agreements (1)",
        "g1 2 sources agree",
        "  a:1   Acme sued Globex for $2 million on Monday",
        "  b:1   Globex sued Acme for $2 million on Monday",
        "  roles Acme and Globex trade places about one act: maybe two facts, or one told wrongly",
    ]
    table = list(
        csv.DictReader(
            io.StringIO(runner.invoke(app, ["report", str(tmp_path), "--all", "--csv", "-"]).stdout)
        )
    )
    assert [(row["status"], row["roles"]) for row in table] == [("agree", "Acme <> Globex")]
    document = json.loads(runner.invoke(app, ["report", str(tmp_path), "--json", "-"]).stdout)
    assert [f["roles"] for g in document["groups"] for f in g["findings"]] == [["Acme", "Globex"]]
    lines = runner.invoke(app, ["report", str(tmp_path), "--lines", "--all"]).stdout
    assert "(roles swapped: Acme <> Globex)" in lines
    page = runner.invoke(app, ["report", str(tmp_path), "--html", "-"]).stdout
    assert '<p class="roles">Acme and Globex trade places about one act' in page
