"""Which fact-sheet claims a change since a git ref can affect: the `--changed-since` filter.

A claim's verdict depends on its own entry, on the sheet-wide settings (corpus path,
threshold, aliases, kinds, the crosscheck version), and on the statements of the corpus that
read like it. So a claim is checked when its entry changed, when a source it cites changed,
when a changed article (before or after the change) has a statement close enough to support or
contradict it, or when a change made two articles copies of one story or no longer copies; and
every claim is checked when anything sheet-wide changed. The working tree counts as it is:
uncommitted edits and untracked files are changes.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from crosscheck import __version__, pipeline
from crosscheck.copies import sketch, stories
from crosscheck.corpus import load_corpus
from crosscheck.errors import CrosscheckError
from crosscheck.factsheet import FactSheet, claims_near, parse_sheet
from crosscheck.models import Article, Claim


class GitError(CrosscheckError):
    """git is missing, the file is not in a repository, or the ref does not exist."""


@dataclass(frozen=True)
class Changes:
    """The claims to check, or None for all of them, and why all of them (for a note)."""

    claim_ids: frozenset[str] | None
    reason: str | None = None
    sources: tuple[str, ...] = ()  # the articles that changed, by source id


def changed_claims(
    sheet: FactSheet,
    articles: Sequence[Article],
    claims: Sequence[Claim],
    ref: str,
    *,
    version: str = __version__,
) -> Changes:
    """What `crosscheck check --changed-since REF` checks: see the module docstring."""
    path = Path(sheet.path).resolve()
    top = Path(_git(path.parent, "rev-parse", "--show-toplevel").strip()).resolve()
    _git(top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", what=f"unknown git ref {ref!r}")
    if sheet.version is not None and sheet.version != version:
        return Changes(None, f"the sheet names crosscheck {sheet.version}; this is crosscheck {version}")
    try:
        old_text = _git(top, "show", f"{ref}:{path.relative_to(top).as_posix()}")
    except GitError:
        return Changes(None, f"the fact sheet is new since {ref}")
    try:
        old = parse_sheet(old_text, path)
    except CrosscheckError:
        return Changes(None, f"the fact sheet was not valid at {ref}")
    settings = [
        key for (key, now), (_, then) in zip(sheet.settings, old.settings, strict=True) if now != then
    ]
    if settings:
        return Changes(None, f"{', '.join(settings)} changed since {ref}")
    try:
        corpus = sheet.corpus.resolve().relative_to(top).as_posix()
    except ValueError:
        return Changes(None, "the corpus is outside the git repository")
    changed = _changed_sources(top, corpus, ref, articles)
    before = {c.id: c.fingerprint for c in old.claims}
    ids = {
        c.id for c in sheet.claims if before.get(c.id) != c.fingerprint or set(c.sources) & changed.sources
    }
    ids |= claims_near(sheet, [c for c in claims if c.source in changed.sources])
    ids |= claims_near(sheet, changed.old_claims)
    restoried = _story_changes(articles, changed)
    ids |= {c.id for c in sheet.claims if set(c.sources) & restoried}
    ids |= claims_near(sheet, [c for c in claims if c.source in restoried])
    return Changes(frozenset(ids), sources=tuple(sorted(changed.sources)))


@dataclass(frozen=True)
class _Changed:
    sources: set[str]  # source ids whose article is new, deleted or edited
    old_articles: list[Article]  # the versions at the ref of the changed articles
    old_claims: tuple[Claim, ...]


def _changed_sources(top: Path, corpus: str, ref: str, articles: Sequence[Article]) -> _Changed:
    """Articles that differ between `ref` and the working tree, in content or front matter."""
    edited = _git(top, "diff", "--name-only", "--no-renames", "-z", ref, "--", corpus).split("\0")
    # Untracked files, ignored ones too: the corpus reader does not know .gitignore.
    added = _git(top, "ls-files", "--others", "-z", "--", corpus).split("\0")
    files = {(top / name).resolve() for name in edited + added if name}
    if not files:
        return _Changed(set(), [], ())
    now = {a.source: a for a in articles}
    in_files = {a.source for a in articles if Path(a.path).resolve() in files}
    old_articles = _articles_at(top, ref, sorted(files))
    was = {a.source: a for a in old_articles}
    sources = {s for s in in_files | set(was) if s not in was or s not in now or _key(was[s]) != _key(now[s])}
    old = [a for a in old_articles if a.source in sources]
    return _Changed(sources, old, pipeline.extract_corpus(old))


def _key(article: Article) -> tuple[object, ...]:
    """What of an article a verdict can depend on: not its path."""
    return (article.text, article.body_offset, article.title, article.outlet, article.published, article.url)


def _articles_at(top: Path, ref: str, files: Sequence[Path]) -> list[Article]:
    """The articles of `files` as they were at `ref` (files that did not exist then have none)."""
    names = [file.relative_to(top).as_posix() for file in files]
    request = "".join(f"{ref}:{name}\n" for name in names).encode()
    try:
        done = subprocess.run(["git", "cat-file", "--batch"], cwd=top, input=request, capture_output=True)
    except FileNotFoundError:
        raise GitError("--changed-since needs git, which is not installed") from None
    output, at = done.stdout, 0
    with tempfile.TemporaryDirectory(prefix="crosscheck-") as scratch:
        written = []
        for name in names:
            header_end = output.index(b"\n", at)
            header = output[at:header_end].split()
            at = header_end + 1
            if header[-1] == b"missing" or header[1] != b"blob":
                continue
            size = int(header[2])
            target = Path(scratch, name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(output[at : at + size])
            written.append(target)
            at += size + 1
        found: dict[str, Article] = {}
        for target in written:
            try:
                loaded = load_corpus([target]).articles
            except CrosscheckError:
                continue  # not an article file, or one that could not be read then: no articles
            for article in loaded:
                found.setdefault(article.source, article)
        return list(found.values())


def _story_changes(articles: Sequence[Article], changed: _Changed) -> set[str]:
    """Unchanged sources whose story (the articles they are copies of) a change altered."""
    if not changed.sources:
        return set()
    kept = [a for a in articles if a.source not in changed.sources]
    now = _members(stories({a.source: sketch(a.body) for a in articles}))
    was = _members(stories({a.source: sketch(a.body) for a in [*kept, *changed.old_articles]}))
    return {a.source for a in kept if now[a.source] != was[a.source]}


def _members(story: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each source's story as the set of its members."""
    groups: dict[str, set[str]] = {}
    for source, name in story.items():
        groups.setdefault(name, set()).add(source)
    return {source: frozenset(groups[name]) for source, name in story.items()}


def _git(cwd: Path, *args: str, what: str | None = None) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise GitError("--changed-since needs git, which is not installed") from None
    if done.returncode != 0:
        message = what or (done.stderr.strip().splitlines() or ["git failed"])[-1]
        raise GitError(message, path=str(cwd))
    return done.stdout
