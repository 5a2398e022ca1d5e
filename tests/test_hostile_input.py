"""Hostile and broken input (issue 17): one clear line naming the file (and line), or that file
skipped with a warning among good ones; never a traceback, never unbounded memory or time."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck import corpus, factsheet
from crosscheck.cli import app
from crosscheck.corpus import load_corpus
from crosscheck.errors import CorpusError

runner = CliRunner()

GOOD = "The storm hit the coast on Monday.\n"
STORM_A = "The storm killed 12 people on Monday, officials said.\nThe mayor opened three shelters.\n"
STORM_B = "The storm killed 40 people on Monday, officials said.\nThe mayor opened three shelters.\n"
DIGITS = "9" * 5000


def warnings_beside_good(directory: Path) -> tuple[str, ...]:
    """Load `directory` with a good article added to what the test put there: the good one is
    read whatever the rest holds; the warnings are returned."""
    (directory / "good.txt").write_text(GOOD)
    result = load_corpus([directory])
    assert [a.source for a in result.articles] == ["good"]
    return result.warnings


def alias_bomb() -> str:
    """A few hundred bytes that stand for 9^9 (387 million) strings once the aliases are expanded."""
    lines = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\n']
    for before, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{', '.join([f'*{before}'] * 9)}]\n")
    return "".join(lines)


def storm_corpus(directory: Path) -> Path:
    directory.mkdir()
    (directory / "a.txt").write_text(STORM_A)
    (directory / "b.txt").write_text(STORM_B)
    return directory


def fifo(tmp_path: Path, name: str = "pipe.md") -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


# --- 1. front-matter values YAML cannot build ------------------------------------------------

BAD_VALUES = [
    ("published: 2023-02-30", "2023-02-30 is not a valid date (day is out of range for month)"),
    ("published: 0000-01-01", "0000-01-01 is not a valid date (year 0 is out of range)"),
    ("published: 2023-01-01 25:00:00", "2023-01-01 25:00:00 is not a valid date (hour must be in 0..23)"),
    (
        f"count: {DIGITS}",
        "99999999999999999999… is not a valid integer "
        "(Exceeds the limit (4300 digits) for integer string conversion)",
    ),
]


@pytest.mark.parametrize(("line", "problem"), BAD_VALUES)
def test_a_front_matter_value_yaml_cannot_build_skips_that_file(
    tmp_path: Path, line: str, problem: str
) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text(f"---\nid: bad\n{line}\n---\n{GOOD}")
    assert warnings_beside_good(tmp_path) == (f"{bad}:3: malformed front matter: {problem} (skipped)",)


@pytest.mark.parametrize(("line", "problem"), BAD_VALUES)
def test_a_front_matter_value_yaml_cannot_build_alone_is_one_error_line(
    tmp_path: Path, line: str, problem: str
) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text(f"---\nid: bad\n{line}\n---\n{GOOD}")
    result = runner.invoke(app, ["claims", str(bad)])
    assert result.exit_code == 2
    assert result.stderr == f"crosscheck: error: {bad}:3: malformed front matter: {problem}\n"
    assert result.stdout == ""


# --- 2. YAML aliases and tags ----------------------------------------------------------------

ALIASES_REFUSED = "invalid YAML: YAML aliases (*name) are not allowed"


def test_an_alias_bomb_in_front_matter_skips_that_file(tmp_path: Path) -> None:
    bad = tmp_path / "bomb.md"
    bad.write_text(f"---\n{alias_bomb()}---\n{GOOD}")
    assert warnings_beside_good(tmp_path) == (
        f"{bad}:2: malformed front matter: YAML aliases (*name) are not allowed (skipped)",
    )


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("!thing storm", "!thing"),
        ("!!python/object:os.system storm", "tag:yaml.org,2002:python/object:os.system"),
    ],
)
def test_a_custom_tag_in_front_matter_skips_that_file(tmp_path: Path, value: str, tag: str) -> None:
    bad = tmp_path / "tagged.md"
    bad.write_text(f"---\nid: tagged\ntitle: {value}\n---\n{GOOD}")
    assert warnings_beside_good(tmp_path) == (
        f"{bad}:3: malformed front matter: YAML tag {tag!r} is not allowed (skipped)",
    )


@pytest.mark.parametrize(
    ("sheet_text", "line", "message"),
    [
        (f"corpus: corpus\n{alias_bomb()}claims: []\n", 2, ALIASES_REFUSED),
        (
            "corpus: !!python/object:os.system corpus\nclaims: []\n",
            1,
            "invalid YAML: YAML tag 'tag:yaml.org,2002:python/object:os.system' is not allowed",
        ),
        (
            "corpus: corpus\nclaims: " + "[" * 100_000 + "\n",
            2,
            "invalid YAML: exceeded maximum nesting depth",
        ),
    ],
)
def test_a_fact_sheet_with_aliases_tags_or_deep_nesting_is_refused_with_its_line(
    tmp_path: Path, sheet_text: str, line: int, message: str
) -> None:
    storm_corpus(tmp_path / "corpus")
    sheet = tmp_path / "claims.yaml"
    sheet.write_text(sheet_text)
    result = runner.invoke(app, ["check", str(sheet)])
    assert result.exit_code == 2
    assert result.stderr == f"crosscheck: error: {sheet}:{line}: {message}\n"


@pytest.mark.parametrize("option", ["--aliases", "--kinds"])
def test_an_alias_bomb_in_a_word_list_file_is_refused_with_its_line(tmp_path: Path, option: str) -> None:
    words = tmp_path / "words.yaml"
    words.write_text(alias_bomb())
    result = runner.invoke(app, ["report", str(storm_corpus(tmp_path / "corpus")), option, str(words)])
    assert result.exit_code == 2
    assert result.stderr == f"crosscheck: error: {words}:1: {ALIASES_REFUSED}\n"


# --- 3. regular files only, and not too large ------------------------------------------------


def test_a_character_device_alone_is_refused_by_name() -> None:
    result = runner.invoke(app, ["report", "/dev/zero"])
    assert result.exit_code == 2
    assert result.stderr == "crosscheck: error: /dev/zero: not a regular file (a character device)\n"


def test_a_named_pipe_alone_is_refused_by_name(tmp_path: Path) -> None:
    pipe = fifo(tmp_path)
    result = runner.invoke(app, ["report", str(pipe)])
    assert result.exit_code == 2
    assert result.stderr == f"crosscheck: error: {pipe}: not a regular file (a named pipe)\n"


def test_devices_and_pipes_among_good_files_are_skipped_with_a_warning(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    pipe = fifo(tmp_path)
    result = runner.invoke(app, ["claims", "--json", "-", str(good), "/dev/zero", str(pipe)])
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "crosscheck: warning: /dev/zero: not a regular file (a character device) (skipped)\n"
        f"crosscheck: warning: {pipe}: not a regular file (a named pipe) (skipped)\n"
    )
    assert [c["source"] for c in json.loads(result.stdout)] == ["good"]


def test_a_fact_sheet_naming_a_device_as_its_corpus_is_refused_by_name(tmp_path: Path) -> None:
    sheet = tmp_path / "claims.yaml"
    sheet.write_text("corpus: /dev/zero\nclaims: []\n")
    result = runner.invoke(app, ["check", str(sheet), "--allow-outside-corpus"])
    assert result.exit_code == 2
    assert result.stderr == "crosscheck: error: /dev/zero: not a regular file (a character device)\n"


def test_a_fact_sheet_corpus_outside_its_directory_is_refused_unless_allowed(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "a.md").write_text("---\nid: a\n---\nThe mayor opened the bridge on Monday.\n")
    repo = tmp_path / "repo"
    repo.mkdir()
    sheet = repo / "claims.yaml"
    sheet.write_text("corpus: ../elsewhere\nclaims: []\n")
    refused = runner.invoke(app, ["check", str(sheet)])
    assert refused.exit_code == 2
    assert refused.stderr == (
        f"crosscheck: error: {sheet}:1: the corpus it names, {repo / '../elsewhere'}, is outside the fact "
        "sheet's directory (pass --allow-outside-corpus to read it)\n"
    )
    allowed = runner.invoke(app, ["check", str(sheet), "--allow-outside-corpus"])
    assert allowed.exit_code == 0, allowed.output


def test_a_fact_sheet_or_word_list_that_is_no_regular_file_is_refused_by_name(tmp_path: Path) -> None:
    pipe = fifo(tmp_path, "kinds.yaml")
    result = runner.invoke(app, ["check", "/dev/zero"])
    assert (result.exit_code, result.stderr) == (
        2,
        "crosscheck: error: /dev/zero: not a regular file (a character device)\n",
    )
    result = runner.invoke(app, ["report", str(storm_corpus(tmp_path / "corpus")), "--kinds", str(pipe)])
    assert (result.exit_code, result.stderr) == (
        2,
        f"crosscheck: error: {pipe}: not a regular file (a named pipe)\n",
    )


def test_a_file_over_the_size_limit_is_skipped_with_a_warning(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50_000_001)  # sparse: nothing is written, and nothing should be read
    assert warnings_beside_good(tmp_path) == (
        f"{big}: too large: 50,000,001 bytes (the limit is 50,000,000) (skipped)",
    )


# --- 4. JSON Lines and deep directories ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (
            '{"id": "b", "text": "The storm hit.", "n": ' + DIGITS + "}",
            "invalid JSON: Exceeds the limit (4300 digits) for integer string conversion",
        ),
        ("[" * 100_000, "invalid JSON: nested too deeply"),
        ("{not json}", "invalid JSON: Expecting property name enclosed in double quotes"),
        ('{"id": "b", "text": "The storm \\ud800 hit."}', "text holds a lone surrogate (\\ud800), not text"),
        ('{"id": "b", "text": 7}', "each line needs an object with a string 'text'"),
    ],
)
def test_a_bad_jsonl_line_is_skipped_and_the_good_records_kept(
    tmp_path: Path, line: str, problem: str
) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(
        '{"id": "a", "text": "The storm hit the coast on Monday."}\n'
        f"{line}\n"
        '{"id": "c", "text": "The storm hit the coast on Tuesday."}\n'
    )
    result = load_corpus([path])
    assert [(a.source, a.record_line) for a in result.articles] == [("a", 1), ("c", 3)]
    assert result.warnings == (f"{path}:2: {problem} (skipped)",)


def test_a_line_separator_inside_a_json_string_does_not_end_the_record(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(
        '{"id": "a", "text": "The storm hit.\u2028The mayor spoke.\x85End."}\n'
        '{"id": "b", "text": "The storm hit the coast."}\n',
        encoding="utf-8",
    )
    result = load_corpus([path])
    assert [(a.source, a.record_line, a.text) for a in result.articles] == [
        ("a", 1, "The storm hit.\u2028The mayor spoke.\x85End."),
        ("b", 2, "The storm hit the coast."),
    ]
    assert result.warnings == ()


def test_a_jsonl_file_with_no_good_line_is_named_with_its_first_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text('\n{"id": "a"}\n[1, 2]\n')
    with pytest.raises(CorpusError) as caught:
        load_corpus([path])
    assert str(caught.value) == f"{path}:2: each line needs an object with a string 'text'"


def test_directories_nested_1200_deep_are_read_without_recursion(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "top.txt").write_text(GOOD)
    deepest = root
    for _ in range(1200):
        deepest = deepest / "d"
        deepest.mkdir()
    (deepest / "deep.txt").write_text("The storm hit the coast on Tuesday.\n")
    try:
        result = load_corpus([root])
        assert [a.source for a in result.articles] == ["deep", "top"]
        assert result.warnings == ()
    finally:
        # Remove the tree from the bottom up: shutil.rmtree recurses once per level.
        (deepest / "deep.txt").unlink()
        while deepest != root:
            deepest.rmdir()
            deepest = deepest.parent


def test_a_pipe_in_a_corpus_directory_is_skipped_with_a_warning(tmp_path: Path) -> None:
    pipe = fifo(tmp_path)
    assert warnings_beside_good(tmp_path) == (f"{pipe}: not a regular file (a named pipe) (skipped)",)


# --- 5. byte-order marks and line ends -------------------------------------------------------


def claims_of(path: Path) -> list[dict[str, object]]:
    result = runner.invoke(app, ["claims", "--json", "-", str(path)])
    assert result.exit_code == 0, result.output
    claims: list[dict[str, object]] = json.loads(result.stdout)
    return claims


def test_offsets_after_a_byte_order_mark_count_the_text_after_it(tmp_path: Path) -> None:
    """README, "Corpus format": offsets count characters of the decoded file without the BOM,
    which is how Python's `utf-8-sig` codec (and editors) read it."""
    path = tmp_path / "bom.md"
    path.write_bytes("\ufeff---\nid: bom\n---\nThe storm killed 12 people on Monday.\n".encode())
    (claim,) = claims_of(path)
    assert (claim["source"], claim["line"], claim["start"], claim["end"]) == ("bom", 4, 16, 52)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        stored = handle.read()
    assert stored[16:52] == "The storm killed 12 people on Monday" == claim["text"]


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_front_matter_lines_and_offsets_with_any_line_end(tmp_path: Path, end: str) -> None:
    path = tmp_path / "ends.md"
    lines = ["---", "id: ends", "title: Storm", "---", GOOD.strip(), "", "The mayor opened three shelters."]
    path.write_bytes(end.join([*lines, ""]).encode())
    claims = claims_of(path)
    assert [(c["source"], c["line"], c["text"]) for c in claims] == [
        ("ends", 5, "The storm hit the coast on Monday"),
        ("ends", 7, "The mayor opened three shelters"),
    ]
    with path.open(encoding="utf-8", newline="") as handle:
        stored = handle.read()
    assert [stored[c["start"] : c["end"]] for c in claims] == [c["text"] for c in claims]  # type: ignore[misc]


# --- 6. a fact sheet that is not UTF-8 text --------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            "corpus: corpus\nclaims:\n  - id: café\n".encode("latin-1"),
            "3: not UTF-8 (byte 0xe9 at offset 34)",
        ),
        (b"corpus: corpus\nclaims:\n  - id: a\x00b\n", "3: binary file (NUL byte), not text"),
        (b"corpus: corpus\rclaims:\r  - id: a\x00b\r", "3: binary file (NUL byte), not text"),
    ],
    ids=["latin-1", "NUL", "NUL after lone CRs"],
)
def test_a_fact_sheet_that_is_not_utf8_text_names_the_line(tmp_path: Path, data: bytes, message: str) -> None:
    sheet = tmp_path / "claims.yaml"
    sheet.write_bytes(data)
    result = runner.invoke(app, ["check", str(sheet)])
    assert result.exit_code == 2
    assert result.stderr == f"crosscheck: error: {sheet}:{message}\n"


# --- 7. whatever else reading one file meets is that file's one line -------------------------


def test_an_unexpected_error_reading_an_article_is_that_files_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def overflow(path: Path, text: str) -> object:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(corpus, "_front_matter", overflow)
    (tmp_path / "good.jsonl").write_text('{"id": "good", "text": "The storm hit the coast."}\n')
    bad = tmp_path / "bad.md"
    bad.write_text(GOOD)
    result = load_corpus([tmp_path])
    assert [a.source for a in result.articles] == ["good"]
    assert result.warnings == (f"{bad}: cannot read: maximum recursion depth exceeded (skipped)",)


def test_an_unexpected_error_reading_a_fact_sheet_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> object:
        raise ValueError("a value no check foresaw")

    monkeypatch.setattr(factsheet, "_claims", broken)
    sheet = tmp_path / "claims.yaml"
    sheet.write_text("corpus: corpus\nclaims: []\n")
    result = runner.invoke(app, ["check", str(sheet)])
    assert result.exit_code == 2
    assert result.stderr == f"crosscheck: error: {sheet}: cannot read: a value no check foresaw\n"


# --- terminal safety ------------------------------------------------------------------------


def test_escape_sequences_and_direction_overrides_from_files_are_shown_escaped(tmp_path: Path) -> None:
    corpus_dir = tmp_path / "c"
    corpus_dir.mkdir()
    (corpus_dir / "e.md").write_text(
        "---\nid: e\n---\nThe crowd \x1b[2J cheered loudly at the stadium on Monday.\n"
        "The mayor \u202e said the park would open on Friday.\n",
        encoding="utf-8",
    )
    (corpus_dir / "bad\x1b]8;;x\x07.md").write_text("---\nid: [\n---\nA line.\n")
    claims = runner.invoke(app, ["claims", str(corpus_dir)])
    assert claims.exit_code == 0, claims.output
    assert "The crowd \\x1b[2J cheered loudly" in claims.stdout
    assert "The mayor \\u202e: The park would open on Friday" in claims.stdout
    report = runner.invoke(app, ["report", str(corpus_dir), "--all"])
    for output in (claims.stdout, claims.stderr, report.stdout, report.stderr):
        assert "\x1b" not in output and "\u202e" not in output and "\x07" not in output
    # The skipped file's name is in its warning, escaped: it can plant no link.
    assert "bad\\x1b]8;;x\\x07.md" in claims.stderr
    # The JSON keeps the text as it is (escaped the JSON way), for a program to read.
    data = json.loads(runner.invoke(app, ["claims", str(corpus_dir), "--json", "-"]).stdout)
    assert data[0]["text"] == "The crowd \x1b[2J cheered loudly at the stadium on Monday"


# --- signals ----------------------------------------------------------------------------------


def _start(args: list[str], cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "crosscheck", *args],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_sigterm_mid_run_ends_like_an_interrupt_and_leaves_no_file(tmp_path: Path) -> None:
    from benchmarks.generate import write_corpus

    corpus_dir = write_corpus(tmp_path / "big", 3000)  # a run of several seconds
    out = tmp_path / "out.json"
    process = _start(["report", str(corpus_dir), "--json", str(out), "--quiet"], tmp_path)
    time.sleep(2)  # well into the run; the assertion below is on the outcome, not on any time
    assert process.poll() is None, "the run ended before the signal was sent"
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert (process.returncode, stderr) == (143, "crosscheck: terminated\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big"]


@pytest.mark.parametrize("after", [0.05, 0.15, 0.5])
def test_ctrl_c_while_starting_up_or_running_is_one_line_and_no_traceback(
    tmp_path: Path, after: float
) -> None:
    from benchmarks.generate import write_corpus

    corpus_dir = write_corpus(tmp_path / "c", 300)
    process = _start(["report", str(corpus_dir), "--quiet"], tmp_path)
    time.sleep(after)  # in the imports, or loading, or extracting: the outcome must be the same
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    # 130 as crosscheck exits, or the signal itself (-2, which a shell shows as 130 too) where it
    # lands as Python finishes.
    assert process.returncode in (130, -signal.SIGINT)
    assert stderr in ("crosscheck: interrupted\n", "")


# --- long lines -------------------------------------------------------------------------------


def test_a_run_on_sentence_keeps_a_window_of_context_and_true_offsets() -> None:
    from crosscheck.extract import MAX_CONTEXT, extract_claims
    from crosscheck.models import Article

    run_on = "; ".join(f"the crew cleared road {n} on Monday" for n in range(2000)) + "."
    text = f"---\nid: r\n---\nThe mayor opened the bridge.\n{run_on}\n"
    claims = extract_claims(Article(source="r", path="r.md", text=text, body_offset=14))
    assert claims[0].line == 4 and claims[-1].line == 5
    for claim in claims[1:]:
        assert len(claim.sentence) <= MAX_CONTEXT + 2  # and an ellipsis at each end at most
        assert text[claim.start : claim.end] in claim.sentence
    assert claims[-1].text == "The crew cleared road 1999 on Monday"


def test_a_kind_written_as_one_string_of_several_words_is_refused_with_the_fix(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("The mayor opened the bridge in Washington, D.C. on Monday.\n")
    kinds = tmp_path / "kinds.yaml"
    kinds.write_text("weapon: rifle, carbine\n")
    result = runner.invoke(app, ["report", str(article), "--kinds", str(kinds)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"crosscheck: error: {kinds}: kinds for 'weapon': 'rifle, carbine' is one string, not a list; "
        "write [rifle, carbine]\n"
    )
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("washington: Washington, D.C.\n")
    assert runner.invoke(app, ["report", str(article), "--aliases", str(aliases)]).exit_code == 0


@pytest.mark.parametrize("output_format", ["text", "github"])
def test_a_claim_id_cannot_forge_a_workflow_command(
    tmp_path: Path, corpus_dir: Path, output_format: str
) -> None:
    import shutil

    shutil.copytree(corpus_dir, tmp_path / "corpus")
    sheet = tmp_path / "claims.yaml"
    sheet.write_text(
        'corpus: corpus\nclaims:\n  - id: "x\\n::error file=a,line=1::owned"\n'
        "    text: Putin gave Kim a rifle as a gift\n    status: single-source\n    sources: [s001]\n"
    )
    result = runner.invoke(app, ["check", str(sheet), "--format", output_format])
    assert result.exit_code == 1
    commands = [line for line in result.stdout.splitlines() if line.startswith("::")]
    # Text output has no workflow command at all; GitHub output has the one for the failing
    # claim, with the id's line break escaped inside it, not a second command of the id's making.
    assert len(commands) == (1 if output_format == "github" else 0), result.stdout
    assert not any(line.startswith("::error file=a") for line in result.stdout.splitlines())


def test_ctrl_c_that_python_could_only_ignore_still_ends_the_run_as_interrupted(tmp_path: Path) -> None:
    # Ctrl-C that lands in a finaliser (or a weakref callback, or a fork handler) is not raised
    # but reported to sys.unraisablehook, and the run went on to exit 0. Here a finaliser raises
    # it, as Python does when the signal lands there, while a command that then succeeds runs.
    script = (
        "import sys, crosscheck.__main__ as entry, crosscheck.cli as cli\n"
        "class Finalised:\n"
        "    def __del__(self):\n"
        "        raise KeyboardInterrupt\n"
        "def app(prog_name):\n"
        "    Finalised()\n"
        "    sys.exit(0)\n"
        "cli.app = app\n"
        "entry.main()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert (done.returncode, done.stderr) == (130, "crosscheck: interrupted\n")


def test_a_figure_after_an_ellipsis_in_a_quotation_is_compared_not_a_crash(tmp_path: Path) -> None:
    # Real coverage cuts quotations with "...": a word of punctuation alone before a figure.
    corpus_dir = tmp_path / "c"
    corpus_dir.mkdir()
    (corpus_dir / "a.txt").write_text(
        "Acme will close its stores\n"
        'Acme\'s lenders "want to sell the inventory in all ... 735 remaining stores", the filing says.\n'
    )
    (corpus_dir / "b.txt").write_text(
        "Acme to shut down\nAcme's lenders want to sell the inventory in all 800 remaining stores, the filing says.\n"
    )
    result = runner.invoke(app, ["report", str(corpus_dir), "--csv", "-", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "735 remaining stores" in result.output and "800 remaining stores" in result.output
