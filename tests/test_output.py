"""Where outputs go: the mode a file is given, links, devices, and paths that must not be written."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app
from crosscheck.errors import OutputError
from crosscheck.output import write_output

runner = CliRunner()

STORM_A = "The storm killed 12 people on Monday, officials said.\n"
STORM_B = "The storm killed 40 people on Monday, officials said.\n"


def storm_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(STORM_A)
    (corpus / "b.txt").write_text(STORM_B)
    return corpus


def test_a_new_file_gets_the_mode_the_umask_allows(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_output(str(tmp_path / "x.csv"), "a,b\n")
        os.umask(0o027)
        write_output(str(tmp_path / "y.csv"), "a,b\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "x.csv").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "y.csv").stat().st_mode) == 0o640


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    target.write_text("{}")
    target.chmod(0o600)
    write_output(str(target), '{"a": 1}')
    assert target.read_text() == '{"a": 1}'
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_symbolic_link_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("{}")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_output(str(link), '{"a": 1}')
    assert link.is_symlink()
    assert real.read_text() == '{"a": 1}'


def test_a_device_is_written_to_not_replaced(tmp_path: Path) -> None:
    write_output(os.devnull, "nothing to keep\n")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_write_that_fails_is_one_error_and_leaves_nothing(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system to make a disk-full error")
    link = tmp_path / "full.json"
    link.symlink_to("/dev/full")
    with pytest.raises(OutputError) as raised:
        write_output(str(link), "x" * 100_000)
    assert str(raised.value) == f"{link}: cannot write: No space left on device"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full.json"]


def test_two_outputs_to_one_place_are_refused_before_any_work(tmp_path: Path) -> None:
    corpus = storm_corpus(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", str(corpus), "--csv", str(out), "--json", str(out)])
    assert result.exit_code == 2
    assert (
        result.stderr.strip()
        == f"crosscheck: error: {out}: two outputs are written here; give each its own file"
    )
    assert not out.exists()
    both = runner.invoke(app, ["report", str(corpus), "--csv", "-", "--json", "-"])
    assert both.exit_code == 2
    assert "-: two outputs are written here" in both.stderr


def test_an_output_that_is_an_input_is_refused_and_the_article_kept(tmp_path: Path) -> None:
    corpus = storm_corpus(tmp_path)
    article = corpus / "a.txt"
    result = runner.invoke(app, ["report", str(corpus), "--json", str(article)])
    assert result.exit_code == 2
    assert "is an input of this run" in result.stderr
    assert article.read_text() == STORM_A
    named = runner.invoke(app, ["report", str(article), str(corpus / "b.txt"), "--csv", str(article)])
    assert named.exit_code == 2
    assert article.read_text() == STORM_A
    # A file in the corpus directory that the corpus does not read may be written.
    beside = runner.invoke(app, ["report", str(corpus), "--json", str(corpus / "report.json")])
    assert beside.exit_code == 0, beside.output


def test_bom_starts_the_csv_with_a_byte_order_mark_for_spreadsheets(tmp_path: Path) -> None:
    corpus = storm_corpus(tmp_path)
    plain, marked = tmp_path / "plain.csv", tmp_path / "marked.csv"
    assert runner.invoke(app, ["report", str(corpus), "--csv", str(plain)]).exit_code == 0
    assert runner.invoke(app, ["report", str(corpus), "--csv", str(marked), "--bom"]).exit_code == 0
    assert marked.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    assert plain.read_bytes().startswith(b"group,")


LONG = (
    "The storm killed 12 people on Monday in the river towns of the northern valley, where the "
    "water rose faster than anyone had seen in forty years, officials said.\n"
)


def _in_terminal(args: list[str], columns: int, *, colour: bool = False) -> str:
    """What a command prints to a pseudo-terminal `columns` wide (without colour: NO_COLOR)."""
    import fcntl
    import pty
    import struct
    import subprocess
    import sys
    import termios

    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR")}
    env |= {"TERM": "xterm-256color"} if colour else {"NO_COLOR": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "crosscheck", *args], stdout=secondary, stderr=secondary, env=env
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait()
    os.close(primary)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def _long_claims(tmp_path: Path) -> Path:
    """Two articles whose claims are longer than any terminal is wide, one figure apart."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(LONG)
    (corpus / "b.txt").write_text(LONG.replace("12 people", "40 people"))
    return corpus


@pytest.mark.parametrize("columns", [80, 120])
def test_a_terminal_gets_lines_of_its_width_and_a_pipe_whole_records(tmp_path: Path, columns: int) -> None:
    corpus = _long_claims(tmp_path)
    shown = _in_terminal(["report", str(corpus)], columns)
    lines = shown.splitlines()
    assert max(len(line) for line in lines) <= columns
    assert sum("officials:" in line for line in lines) == 2  # each claim starts one line, then wraps
    piped = runner.invoke(app, ["report", str(corpus)]).stdout.splitlines()
    claim = "officials: The storm killed 12 people on Monday in the river towns of the northern valley,"
    assert [line for line in piped if claim in line] == [
        "  a:1     officials: The storm killed 12 people on Monday in the river towns of the northern "
        "valley, where the water rose faster than anyone had seen in forty years"
    ]


@pytest.mark.parametrize("columns", [80, 120])
def test_in_colour_the_lines_fit_the_terminal_too(tmp_path: Path, columns: int) -> None:
    corpus = _long_claims(tmp_path)
    shown = _in_terminal(["report", str(corpus)], columns, colour=True)
    assert "\x1b[" in shown  # coloured
    visible = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in shown.splitlines()]
    assert max(len(line) for line in visible) <= columns
    assert sum("officials:" in line for line in visible) == 2
