"""The `crosscheck` command: arguments → options → pipeline → render → exit code.

Every CrosscheckError becomes one line on stderr here, and nowhere else.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, TypeVar

import typer
import typer.core

from crosscheck import __version__, cioutput, config, corpus, fetch, pipeline, render
from crosscheck.cioutput import Format
from crosscheck.errors import CrosscheckError, ExitCode, Located, OutputError, SheetErrors
from crosscheck.factsheet import CheckResult, read_sheet, unknown_sources
from crosscheck.factsheet import check as check_sheet
from crosscheck.grammar import plural
from crosscheck.match import DEFAULT_THRESHOLD
from crosscheck.models import DISPUTED, Report, Status
from crosscheck.normalize import DEFAULT_ALIASES, load_aliases
from crosscheck.output import STDOUT, write_output
from crosscheck.pipeline import Options
from crosscheck.stated import facts_by_claim
from crosscheck.textfile import read_text

# The web page (htmlreport), a sheet's changes since a commit (changes) and a starting sheet
# (draft) are imported where they are used: a report to JSON or the terminal needs none of them
# (measured: about 0.01 s of the 0.3 s start-up).

app = typer.Typer(
    no_args_is_help=True,  # the help, with examples, is the callback's docstring
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DEFAULT_CORPUS = Path("corpus")
T = TypeVar("T")
DEFAULT_WORKERS = min(os.cpu_count() or 1, 8)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"crosscheck {__version__}\n")
        raise typer.Exit()


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    color: Annotated[
        Color,
        typer.Option(
            "--color",
            metavar="auto|always|never",
            help="Colour in the output: auto (a terminal, unless NO_COLOR; FORCE_COLOR forces it), "
            "always, or never.",
        ),
    ] = Color.auto,
    config_file: Annotated[
        Path | None,
        typer.Option(
            "--config",
            metavar="FILE",
            help="Settings to use instead of the crosscheck.toml or pyproject.toml found upward.",
        ),
    ] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help="Read no settings file.")] = False,
) -> None:
    """Cross-check news coverage claim by claim: where sources agree, contradict, or stand alone.

    Examples:

    \b
      crosscheck report corpus/                     the findings, here
      crosscheck report corpus/ --csv table.csv     the discrepancy table
      crosscheck report corpus/ --html report.html  a page to look at and send
      crosscheck fetch -i links.txt -o coverage/    a corpus from links
      crosscheck init corpus/ && crosscheck check   a fact sheet, checked
    """
    render.set_color(color.value)
    ctx.obj = _SettingsRequest(config_file, no_config)


PathsArg = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="PATH",
        help="Article files or directories, any number (.md, .txt, .jsonl, .html). Default: corpus/",
        show_default=False,
    ),
]

# typer prints an argument's Python type after its name ("paths... <list[Path]>"); the metavar
# says all a reader needs.
typer.core.TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]


@dataclass
class _SettingsRequest:
    """Which settings file the root options asked for; read when a command first needs it, so
    that a broken file stops a run with its line, and never `--help`."""

    path: Path | None
    disabled: bool
    loaded: config.Settings | None = None


def _settings(ctx: typer.Context) -> config.Settings:
    request = ctx.find_root().obj
    if not isinstance(request, _SettingsRequest) or request.disabled:
        return config.Settings()
    if request.loaded is None:
        found = request.path or config.find(Path.cwd())
        request.loaded = config.load(found) if found else config.Settings()
    return request.loaded


def _setting(ctx: typer.Context, name: str, key: str, value: T) -> T:
    """An option's value: the command line's, else the settings file's, else the default."""
    source = ctx.get_parameter_source(name)
    given = getattr(source, "name", None) not in (None, "DEFAULT", "DEFAULT_MAP")
    configured = _settings(ctx).get(key)
    return value if given or configured is None else configured


def _warn(message: str) -> None:
    sys.stderr.write(f"crosscheck: warning: {render.shown(message)}\n")


def _note(message: str) -> None:
    sys.stderr.write(f"crosscheck: {render.shown(message)}\n")


@contextmanager
def _errors_to_exit(render_errors: Callable[[Sequence[Located]], str] | None = None) -> Iterator[None]:
    """Turn the library's errors into a named exit code and one stderr line a problem, or, with
    `render_errors`, into the document or lines it makes of them on stdout."""
    try:
        yield
    except CrosscheckError as error:
        if render_errors is None:
            sys.stderr.write("".join(f"crosscheck: error: {render.shown(str(p))}\n" for p in error.problems))
        else:
            write_output(STDOUT, render_errors(error.problems))
        raise typer.Exit(int(error.exit_code)) from None
    except KeyboardInterrupt:
        sys.stderr.write("crosscheck: interrupted\n")
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    except BrokenPipeError:
        # The reader went away (`crosscheck report | head`): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(int(ExitCode.BROKEN_PIPE)) from None


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for a run: the pipeline builds millions of small,
    acyclic objects, and collecting them as they are made costs a tenth of the time at scale.
    Afterwards they are frozen, not collected: they live until the command ends, and the full
    collections Python runs at exit would otherwise walk them all (0.8 s of 6 at 1,000
    articles on one core)."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _load(paths: list[Path] | None) -> corpus.LoadResult:
    loaded = corpus.load_corpus(paths or [DEFAULT_CORPUS])
    for warning in loaded.warnings:
        _warn(warning)
    return loaded


@app.command()
def claims(
    ctx: typer.Context,
    paths: PathsArg = None,
    json_file: Annotated[
        str | None,
        typer.Option("--json", metavar="FILE", help="Write the claims as a JSON list ('-': stdout)."),
    ] = None,
    source: Annotated[
        list[str] | None,
        typer.Option("--source", "-s", metavar="ID", help="Only claims from this source id (repeatable)."),
    ] = None,
    show_text: Annotated[
        bool,
        typer.Option(
            "--text",
            help="Print each article's text as read instead, lines numbered as claims' lines are "
            "(for a web page: the article extracted from it).",
        ),
    ] = False,
    show_facts: Annotated[
        bool,
        typer.Option(
            "--facts",
            help="Under each claim, the facts it states: each value, the slot it fills, what it "
            "counts by and what stands near it (the JSON always has them).",
        ),
    ] = False,
) -> None:
    """List the atomic claims extracted from each article.

    Examples:

    \b
      crosscheck claims corpus/ --source s001        one article's claims
      crosscheck claims corpus/ --facts              with the facts each states
      crosscheck claims corpus/ --json claims.json   all of them, as JSON
      crosscheck claims page.html --text             what was read of a web page
    """
    with _errors_to_exit():
        paths = _setting(ctx, "paths", "corpus", paths)
        if json_file is not None:
            _check_outputs([json_file], paths or [DEFAULT_CORPUS])
        loaded = _load(paths)
        if source:
            _check_sources(source, {a.source for a in loaded.articles})
        if show_text:
            chosen = [a for a in loaded.articles if not source or a.source in source]
            write_output("-", render.article_texts(chosen))
            return
        extracted = pipeline.extract_corpus(loaded.articles)
        if source:
            extracted = tuple(c for c in extracted if c.source in source)
        published = {a.source: a.published for a in loaded.articles}
        facts = facts_by_claim(extracted, published, DEFAULT_ALIASES) if json_file or show_facts else None
        if json_file is not None:
            assert facts is not None
            write_output(json_file, render.claims_json(extracted, facts))
            if json_file != STDOUT:
                sys.stdout.write(f"wrote {json_file} ({plural(len(extracted), 'claim')})\n")
        else:
            render.print_claims(render.make_console(), extracted, facts)


class Only(str, Enum):
    conflicts = "conflicts"
    agreements = "agreements"
    unclear = "unclear"
    revised = "revised"
    single = "single"


ONLY_STATUS = {
    Only.conflicts: Status.CONFLICT,
    Only.agreements: Status.AGREE,
    Only.unclear: Status.UNCLEAR,
    Only.revised: Status.REVISED,
    Only.single: Status.SINGLE,
}


@app.command()
def report(
    ctx: typer.Context,
    paths: PathsArg = None,
    show_all: Annotated[
        bool, typer.Option("--all", "-a", help="Show single-source claims too; with --csv, every pair.")
    ] = False,
    only: Annotated[
        Only | None,
        typer.Option(
            "--only", metavar="conflicts|agreements|unclear|revised|single", help="Show one section only."
        ),
    ] = None,
    source: Annotated[
        list[str] | None,
        typer.Option(
            "--source", "-s", metavar="ID", help="Only groups with a claim from this source (repeatable)."
        ),
    ] = None,
    min_similarity: Annotated[
        float,
        typer.Option(
            "--min-similarity",
            metavar="N",
            min=0,
            max=100,
            help="How alike (0-100) two claims with no telling value in common must read to agree.",
        ),
    ] = DEFAULT_THRESHOLD,
    aliases: Annotated[
        Path | None,
        typer.Option(
            "--aliases", metavar="FILE", help="YAML file of extra aliases: canonical: [variant, ...]"
        ),
    ] = None,
    kinds: Annotated[
        Path | None,
        typer.Option(
            "--kinds",
            metavar="FILE",
            help="YAML file of extra kinds of things: kind: [word, ...], e.g. vessel: [trawler]",
        ),
    ] = None,
    csv_file: Annotated[
        str | None,
        typer.Option("--csv", metavar="FILE", help="Write the discrepancy table as CSV ('-': stdout)."),
    ] = None,
    json_file: Annotated[
        str | None,
        typer.Option("--json", metavar="FILE", help="Write the whole result as JSON ('-': stdout)."),
    ] = None,
    html_file: Annotated[
        str | None,
        typer.Option(
            "--html", metavar="FILE", help="Write the report as one self-contained web page ('-': stdout)."
        ),
    ] = None,
    bom: Annotated[
        bool,
        typer.Option(
            "--bom",
            help="Start the CSV with a byte-order mark, so that Excel and LibreOffice read it as UTF-8.",
        ),
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            "-j",
            metavar="N",
            min=1,
            help="Processes for extracting and comparing claims (default: one per core).",
        ),
    ] = DEFAULT_WORKERS,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar on long runs.")] = False,
    lines: Annotated[
        bool,
        typer.Option(
            "--lines",
            help="One line a claim of each finding, FILE:LINE: status kind: values: text, for grep "
            "and editors.",
        ),
    ] = False,
    list_stories: Annotated[
        bool,
        typer.Option(
            "--sources",
            help="List the stories: which articles are copies of one text, and how much they share.",
        ),
    ] = False,
) -> None:
    """Group claims across sources and show where they agree, conflict, or stand alone.

    Examples:

    \b
      crosscheck report corpus/ --kinds corpus/kinds.yaml
      crosscheck report corpus/ --only conflicts --source s002
      crosscheck report corpus/ --csv table.csv --bom --json report.json
      crosscheck report corpus/ --html report.html
    """
    with _errors_to_exit():
        paths = _setting(ctx, "paths", "corpus", paths)
        min_similarity = _setting(ctx, "min_similarity", "min-similarity", min_similarity)
        aliases = _setting(ctx, "aliases", "aliases", aliases)
        kinds = _setting(ctx, "kinds", "kinds", kinds)
        workers = _setting(ctx, "workers", "workers", workers)
        outputs = [f for f in (csv_file, json_file, html_file) if f is not None]
        _check_outputs(outputs, paths or [DEFAULT_CORPUS])
        loaded = _load(paths)
        options = Options(
            threshold=min_similarity, aliases=load_aliases(aliases, kinds_path=kinds), workers=workers
        )
        with render.ProgressDisplay(enabled=not quiet and render.stderr_is_terminal()) as progress, _no_gc():
            result = pipeline.run(loaded.articles, options=options, progress=progress)
        groups = list(result.groups)
        if source:
            _check_sources(source, {a.source for a in loaded.articles})
            wanted = set(source)
            groups = [g for g in groups if any(result.claim(c).source in wanted for c in g.claim_ids)]
        if csv_file is not None:
            table = render.findings_csv(result, groups, every_pair=show_all)
            write_output(csv_file, ("\ufeff" if bom else "") + table)
        if json_file is not None:
            write_output(json_file, render.report_json_pieces(result, groups))
        if html_file is not None:
            from crosscheck.htmlreport import report_html  # on use: see the imports

            write_output(html_file, report_html(result, groups))
        if STDOUT in outputs:
            return
        if outputs:
            # The data went to a file: say what was found and where it went, not the whole report.
            render.print_summary(render.make_console(), result, outputs)
            return
        if list_stories:
            render.print_stories(render.make_console(), result)
            return
        sections = [ONLY_STATUS[only]] if only else [*DISPUTED, Status.AGREE]
        if show_all and not only:
            sections.append(Status.SINGLE)
        if lines:
            write_output(STDOUT, render.report_lines(result, groups, sections))
            return
        render.print_report(render.make_console(), result, groups, sections, focus=frozenset(source or ()))


@app.command()
def check(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="The fact sheet to check.")] = Path(
        "claims.yaml"
    ),
    output_format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            metavar="text|json|github|sarif",
            help="text, json, github (workflow commands that annotate lines), or sarif (SARIF 2.1.0).",
        ),
    ] = Format.text,
    changed_since: Annotated[
        str | None,
        typer.Option(
            "--changed-since",
            metavar="REF",
            help="Check only the claims a change since the git ref REF can affect.",
        ),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when claims fail (not when input is bad).")
    ] = False,
    allow_outside_corpus: Annotated[
        bool,
        typer.Option(
            "--allow-outside-corpus",
            help="Read a corpus outside the sheet's directory (refused by default: a sheet from a pull "
            "request could name any directory, and its texts would be quoted into CI logs).",
        ),
    ] = False,
) -> None:
    """Check every claim of a fact sheet against its sources: grounding, contradiction, status.

    Exit status: 0 every claim holds, 1 a claim fails, 2 the file or corpus cannot be read.

    Examples:

    \b
      crosscheck check
      crosscheck check claims.yaml --format json
      crosscheck check claims.yaml --format github --changed-since origin/main
    """
    with _errors_to_exit():
        output_format = Format(_setting(ctx, "output_format", "format", output_format))
    with _errors_to_exit(_error_renderer(output_format, str(file))):
        result = _check(file, changed_since, allow_outside=allow_outside_corpus)
        if output_format is Format.json:
            write_output(STDOUT, cioutput.check_json(result))
        elif output_format is Format.github:
            write_output(STDOUT, cioutput.check_github(result))
            _note(render.check_summary(result))
        elif output_format is Format.sarif:
            write_output(STDOUT, cioutput.check_sarif(result))
            _note(render.check_summary(result))
        else:
            render.print_check(render.make_console(), result)
    raise typer.Exit(0 if exit_zero else int(result.exit_code))


def _check(file: Path, changed_since: str | None, *, allow_outside: bool = False) -> CheckResult:
    """Read the sheet and its corpus, reporting every schema error at once; check the claims."""
    reading = read_sheet(file, allow_outside=allow_outside)
    errors = list(reading.errors)
    loaded = None
    if reading.corpus_ok:
        try:
            loaded = _load([reading.sheet.corpus])
        except CrosscheckError as error:
            if not errors:
                raise
            errors.extend(error.problems)
    if loaded is not None:
        errors.extend(unknown_sources(reading, {a.source for a in loaded.articles}))
    if errors or loaded is None:
        raise SheetErrors(errors)
    sheet = reading.sheet
    claims = pipeline.extract_corpus(loaded.articles)
    only = None
    if changed_since:
        from crosscheck.changes import changed_claims  # on use: see the imports

        changes = changed_claims(sheet, loaded.articles, claims, changed_since)
        if changes.claim_ids is None:
            _note(f"checking every claim: {changes.reason}")
        else:
            only = set(changes.claim_ids)
    return check_sheet(Report(articles=loaded.articles, claims=claims, groups=()), sheet, only=only)


def _error_renderer(output_format: Format, path: str) -> Callable[[Sequence[Located]], str] | None:
    if output_format is Format.json:
        return lambda errors: cioutput.errors_json(path, errors)
    if output_format is Format.github:
        return cioutput.errors_github
    if output_format is Format.sarif:
        return cioutput.errors_sarif
    return None


@app.command()
def init(
    ctx: typer.Context,
    corpus_path: Annotated[
        Path, typer.Argument(metavar="CORPUS", help="The corpus to describe.")
    ] = DEFAULT_CORPUS,
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="FILE", help="Where to write the fact sheet.")
    ] = Path("claims.yaml"),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a starting fact sheet: one entry per group of the report, with its computed status.

    Examples:

    \b
      crosscheck init corpus/ --output claims.yaml
      crosscheck init coverage/ -o cover.yaml && crosscheck check cover.yaml
    """
    with _errors_to_exit():
        corpus_path = _setting(ctx, "corpus_path", "corpus", [corpus_path])[0]
        if output.exists() and not force:
            raise CrosscheckError("already exists; use --force to overwrite it", path=str(output))
        loaded = _load([corpus_path])
        result = pipeline.run(loaded.articles)
        corpus_ref = os.path.relpath(corpus_path.resolve(), output.resolve().parent)
        from crosscheck.draft import starting_sheet  # on use: see the imports

        draft = starting_sheet(result, corpus_ref, path=output)
        write_output(str(output), draft.text)
        left_out = f"; {draft.left_out} more commented out, with the reason" if draft.left_out else ""
        sys.stdout.write(f"wrote {output} ({plural(draft.written, 'claim')}{left_out})\n")


@app.command("fetch")
def fetch_pages(
    urls: Annotated[
        list[str] | None,
        typer.Argument(metavar="URL", help="Addresses of news pages (any number).", show_default=False),
    ] = None,
    input_file: Annotated[
        Path | None,
        typer.Option(
            "--input", "-i", metavar="FILE", help="A list of addresses, one a line ('#' starts a comment)."
        ),
    ] = None,
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="DIR", help="The corpus directory to write.")
    ] = DEFAULT_CORPUS,
    refresh: Annotated[bool, typer.Option("--refresh", help="Fetch again what is already there.")] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", metavar="SECONDS", min=0.1, help="How long one request may wait.")
    ] = fetch.TIMEOUT,
    retries: Annotated[
        int,
        typer.Option(
            "--retries", min=0, metavar="N", help="Tries after the first, for timeouts, dropped links, 5xx."
        ),
    ] = fetch.RETRIES,
    per_host: Annotated[
        int, typer.Option("--per-host", min=1, metavar="N", help="Requests in flight to one host at most.")
    ] = fetch.PER_HOST,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Download news pages into a corpus: one Markdown article per page, the page kept beside it.

    Each article is written as OUTPUT/<id>.md (front matter: id, title, outlet, published,
    author, url, fetched, sha256 of the page), the page as it came as OUTPUT/.pages/<id>.html.
    A failed address gets one line on stderr with its reason; the others are still written,
    and the exit status is 1.

    Examples:

    \b
      crosscheck fetch https://example.org/a https://example.org/b -o coverage/
      crosscheck fetch -i links.txt -o coverage/ && crosscheck report coverage/
      crosscheck fetch -i links.txt -o coverage/ --refresh --timeout 60
    """
    with _errors_to_exit():
        wanted = list(urls or [])
        if input_file is not None:
            wanted += fetch.read_url_list(read_text(input_file, error=CrosscheckError))
        if not wanted:
            raise CrosscheckError("no addresses given: name them, or a list of them with --input FILE")
        if output.exists() and not output.is_dir():
            raise OutputError("is not a directory", path=str(output))
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(f"cannot create the directory: {error.strerror}", path=str(output)) from None
        options = fetch.FetchOptions(timeout=timeout, retries=retries, per_host=per_host, refresh=refresh)
        enabled = not quiet and render.stderr_is_terminal()
        with render.ProgressDisplay(enabled=enabled) as display:
            outcomes = fetch.fetch_all(wanted, output, options, progress=display)
        for outcome in outcomes:
            if outcome.status == "written":
                sys.stdout.write(f"wrote {render.shown(outcome.path or '')}\n")
            elif outcome.status == "failed":
                sys.stderr.write(f"crosscheck: error: {render.shown(outcome.url)}: {outcome.reason}\n")
        counts = fetch.summary(outcomes)
        _note(
            f"{plural(counts['written'], 'article')} written, {counts['skipped']} already there "
            f"(--refresh fetches them again), {counts['failed']} failed"
        )
        if counts["failed"]:
            raise typer.Exit(int(ExitCode.CHECK_FAILED))


def _check_outputs(outputs: list[str], inputs: list[Path]) -> None:
    """Refuse, before any work, two outputs to one place and an output that is an input: the
    second would silently replace the first, and the article would be lost."""
    seen: set[str] = set()
    for target in outputs:
        where = target if target == STDOUT else str(Path(target).resolve())
        if where in seen:
            raise OutputError("two outputs are written here; give each its own file", path=target)
        seen.add(where)
        if target != STDOUT and _is_input(Path(target), inputs):
            raise OutputError("is an input of this run; writing it would overwrite an article", path=target)


def _is_input(target: Path, inputs: list[Path]) -> bool:
    if not target.exists():
        return False
    resolved = target.resolve()
    for path in inputs:
        if path.is_dir():
            read = resolved.suffix.lower() in corpus.ARTICLE_SUFFIXES
            if read and resolved.is_relative_to(path.resolve()):
                return True
        elif path.exists() and resolved == path.resolve():
            return True
    return False


def _check_sources(wanted: list[str], known: set[str]) -> None:
    unknown = sorted(set(wanted) - known)
    if unknown:
        raise CrosscheckError(f"unknown source id {unknown[0]!r}; known: {', '.join(sorted(known))}")
