"""The one place the stages are chained: articles → claims → candidate pairs → findings → groups."""

from __future__ import annotations

import signal
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import TypeVar

from crosscheck import dates, quantities
from crosscheck.boilerplate import repeated_lines
from crosscheck.built import built_pairs
from crosscheck.compare import denied, judge
from crosscheck.context import Context
from crosscheck.copies import Sketch, containment, sketch, stories
from crosscheck.dates import Timing, TimingKey
from crosscheck.extract import extract_claims
from crosscheck.facts import SLOT, pairing_keys, valued_slots
from crosscheck.match import DEFAULT_THRESHOLD, normalised, similarity
from crosscheck.models import (
    DISPUTED,
    NO_MENTIONS,
    Article,
    Claim,
    ConflictKind,
    Finding,
    Group,
    Mentions,
    Report,
    Status,
)
from crosscheck.names import vocabularies
from crosscheck.normalize import DEFAULT_ALIASES, Aliases, known_tokens
from crosscheck.pairing import Candidate, KeyIndex, best_partners, build_key_index, lonely, scored_pairs
from crosscheck.quantities import Quantity
from crosscheck.revisions import told_dates
from crosscheck.variants import mentions_of, nickname_pairs, spelling_pairs, street_pairs
from crosscheck.words import learn, lemmas_known, lemmas_since, preload

Progress = Callable[[str, int, int], None]  # (stage, advance, total)
T = TypeVar("T")


@dataclass(frozen=True)
class Options:
    """Every setting of a run, built once at the edge (CLI or fact sheet)."""

    threshold: float = DEFAULT_THRESHOLD
    aliases: Aliases = field(default=DEFAULT_ALIASES)
    workers: int = 1


PARALLEL_MIN_ARTICLES = 64  # below this, starting worker processes costs more than it saves
CHUNK = 32  # articles handed to a worker at a time


def extract_corpus(
    articles: Sequence[Article], *, workers: int = 1, progress: Progress | None = None
) -> tuple[Claim, ...]:
    """Every claim of every article, sources in id order, claims in reading order.

    With `workers` > 1, articles are extracted in that many processes; extraction is a
    pure function of each article, so the result is the same as with one.
    """
    return _extract(articles, workers=workers, aliases=None, progress=progress).claims


Tokens = tuple[str, ...]


@dataclass(frozen=True)
class _Extracted:
    claims: tuple[Claim, ...]
    toks: list[Tokens]  # each claim's normalised tokens (with aliases)
    keys: list[Tokens]  # each claim's pairing keys (with aliases)
    slots: list[frozenset[str]]  # each claim's value slots, told with their values' bands
    mentions: list[Mentions]  # each claim's names, streets, nicknames, buildings
    sketches: dict[str, Sketch]  # each article's text, for copy detection (with aliases)


def _extract(
    articles: Sequence[Article], *, workers: int, aliases: Aliases | None, progress: Progress | None
) -> _Extracted:
    """The claims, and with `aliases` each claim's normalised tokens and its pairing keys
    (tokens and the slots its values fill) and each article's sketch, made in the same worker
    that extracted the claims rather than one by one afterwards."""
    notify = progress or _silent
    ordered = sorted(articles, key=lambda a: a.source)
    furniture = repeated_lines(a.body for a in ordered)
    chunks = [ordered[i : i + CHUNK] for i in range(0, len(ordered), CHUNK)]
    claims: list[Claim] = []
    toks: list[Tokens] = []
    keys: list[Tokens] = []
    slots: list[frozenset[str]] = []
    mentions: list[Mentions] = []
    sketches: dict[str, Sketch] = {}
    parallel = workers if len(ordered) >= PARALLEL_MIN_ARTICLES else 1
    rows = _mapped(_extract_chunk, chunks, parallel, (furniture, aliases))
    for chunk, (
        chunk_claims,
        chunk_tokens,
        chunk_keys,
        chunk_slots,
        chunk_mentions,
        chunk_sketches,
        chunk_lemmas,
        chunk_figures,
        chunk_timings,
    ) in zip(chunks, rows, strict=True):
        learn(chunk_lemmas)
        quantities.learn(chunk_figures)
        dates.learn(chunk_timings)
        claims.extend(Claim(*row) for row in chunk_claims)
        toks.extend(chunk_tokens)
        keys.extend(chunk_keys)
        slots.extend(chunk_slots)
        mentions.extend(NO_MENTIONS if row is None else Mentions(*row) for row in chunk_mentions)
        sketches.update(zip((a.source for a in chunk), chunk_sketches, strict=False))
        notify("extracting", len(chunk), len(ordered))
    return _Extracted(tuple(claims), toks, keys, slots, mentions, sketches)


def _mapped(
    function: Callable[..., T], chunks: Sequence[object], workers: int, shared: tuple[object, ...]
) -> Iterator[T]:
    """`function(chunk, *shared)` for each chunk, in order; in `workers` processes if more than one.

    `shared` reaches each worker once, when it starts (a fork inherits it without copying),
    not once per chunk. A single chunk is mapped here: one worker would do it alone, after
    the pool had forked two (the search for repeated statements, 0.05 s at 1,000 articles).
    """
    if workers <= 1 or len(chunks) <= 1:
        _install(*shared)
        try:
            yield from map(function, chunks)
        finally:
            _install()  # let go of the corpus once the stage is done
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=shared) as pool:
        try:
            with _signals_held():  # the pool forks its workers as the chunks are submitted
                results = pool.map(function, chunks)
            yield from results
        except BaseException:
            # Ctrl-C or SIGTERM in the parent: no new chunk starts, and the workers (which
            # ignore Ctrl-C; a SIGTERM sent to them too ends them at once) end with the chunk at
            # hand when the pool closes.
            pool.shutdown(wait=False, cancel_futures=True)
            _end_workers(pool)
            raise


_HELD = {signal.SIGINT, signal.SIGTERM}


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back while the pool forks: one that lands in a fork handler
    (logging's, run after every fork) is swallowed there, and the run went on as if never
    interrupted (measured: 1 run in 40 with Ctrl-C at 0.5 s). Held, it arrives once the
    workers are started; a worker lets both through again as it starts (`_start_worker`)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)


def _end_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers now. An interrupt that lands while the pool starts, after it has
    forked its workers and before its manager thread runs, leaves nobody to tell them to stop:
    they would wait for work, and the parent for them as Python exits, for ever (measured: 1
    run in 30 with Ctrl-C half a second in). `_processes` is the executor's own record of them."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()


_shared: tuple[object, ...] = ()  # what `_mapped` gave this process: read only by the chunk functions


def _start_worker(*shared: object) -> None:
    """A worker process: the parent alone answers Ctrl-C and SIGTERM (a worker that raised
    KeyboardInterrupt would print its own traceback), then `_install`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)  # forked while the parent held them
    _install(*shared)


def _install(*shared: object) -> None:
    global _shared
    _shared = shared


# Claims, candidates and findings cross the process boundary as plain tuples of their fields,
# in their order: several times faster to pickle than the dataclasses.
ClaimRow = tuple[
    str, str, str, int, int, int, str, str | None, bool, bool, str | None, str | None, bool, str | None
]
_claim_row: Callable[[Claim], ClaimRow] = attrgetter(*(f.name for f in fields(Claim)))


# A `Mentions`' fields in order (None for a claim that mentions none of them).
MentionsRow = tuple[
    tuple[str, ...],
    tuple[tuple[str, str], ...],
    tuple[tuple[str, str], ...],
    tuple[str, ...],
    tuple[bool, ...],
]


ExtractedRows = tuple[
    list[ClaimRow],
    list[Tokens],
    list[Tokens],
    list[frozenset[str]],
    list[MentionsRow | None],
    list[Sketch],
    list[tuple[str, str]],
    list[tuple[str, tuple[Quantity, ...]]],
    list[tuple[TimingKey, Timing]],
]


def _extract_chunk(chunk: Sequence[Article]) -> ExtractedRows:
    furniture, aliases = _shared
    assert isinstance(furniture, frozenset) and (aliases is None or isinstance(aliases, Aliases))
    known = lemmas_known()
    claims = [claim for article in chunk for claim in extract_claims(article, furniture=furniture)]
    if aliases is None:
        return [_claim_row(c) for c in claims], [], [], [], [], [], [], [], []
    toks = normalised(claims, aliases)
    # A headline is context, never compared: it holds no keys, so no search proposes it.
    published = {a.source: a.published for a in chunk}
    keys = [
        ()
        if c.headline
        else (*t, *sorted(pairing_keys(c.text, published[c.source], c.day)), *denial_key(c.text, aliases))
        for c, t in zip(claims, toks, strict=True)
    ]
    # The claim's figures are at hand here (`pairing_keys` has just read them), not in the
    # parent, where reading them again for every claim cost a tenth of the run.
    slots = [valued_slots(c.text, k) for c, k in zip(claims, keys, strict=True)]
    # What the corpus-wide look-ups need of each claim is read here too, in parallel, not one
    # claim after another in the parent (there it cost a seventh of the run at 10,000 articles).
    mentions = [
        _mentions_row(mentions_of(c.text, aliases, published[c.source], c.attribution)) for c in claims
    ]
    sketches = [sketch(a.body) for a in chunk]
    # The lemmas looked up here go to the parent, and from it to the comparison workers (`learn`);
    # so do the figures and dates `pairing_keys` has just read of each claim compared (its cache
    # answers), which the comparison read again. Measured at 1,000 articles: the comparison's
    # CPU 4.5 -> 3.4 s, for 0.03 s more pickling in the workers and 0.03 s reading in the parent.
    compared = [c for c in claims if not c.headline]
    figures = [(c.text, quantities.quantities(c.text)) for c in compared]
    timed: list[TimingKey] = [(c.text, published[c.source], c.day) for c in compared]
    timings = [(key, dates.timing(key[0], published=key[1], day=key[2])) for key in timed]
    rows = [_claim_row(c) for c in claims]
    return rows, toks, keys, slots, mentions, sketches, lemmas_since(known), figures, timings


def _mentions_row(mentions: Mentions) -> MentionsRow | None:
    return None if mentions is NO_MENTIONS else _MENTIONS_FIELDS(mentions)


_MENTIONS_FIELDS: Callable[[Mentions], MentionsRow] = attrgetter(*(f.name for f in fields(Mentions)))


def denial_key(text: str, aliases: Aliases) -> tuple[str, ...]:
    """A key for the rare word a claim denies ("#not:disclose"): "terms were not disclosed" and
    "for an undisclosed sum" share little else, and one shared word proposes no candidate."""
    word = denied(text, aliases)
    return (f"{SLOT}not:{word}",) if word else ()


def _silent(stage: str, advance: int, total: int) -> None:
    """The progress callback when nobody is watching."""


def run(
    articles: Sequence[Article], *, options: Options = Options(), progress: Progress | None = None
) -> Report:
    """Extract, pair and compare: the whole cross-check of one corpus.

    `progress(stage, advance, total)` is told how far each stage has come.
    """
    notify = progress or _silent
    ordered = tuple(sorted(articles, key=lambda a: a.source))
    parallel = options.workers if len(ordered) >= PARALLEL_MIN_ARTICLES else 1
    if parallel > 1:
        preload()  # before the first fork: the workers inherit what the parent has loaded
    extracted = _extract(ordered, workers=options.workers, aliases=options.aliases, progress=notify)
    claims, toks, keys = extracted.claims, extracted.toks, extracted.keys
    # Copies of one text are one voice (`copies`): what they repeat word for word is one claim,
    # and two copies never agree. Where one copy tells a fact otherwise (an edited figure, a
    # name spelt anew) that is still a conflict, shown with the story of each side.
    story_of = stories(extracted.sketches)
    context = Context(
        aliases=options.aliases,
        published={a.source: a.published for a in ordered},
        updated={a.source: a.updated for a in ordered},
        vocabulary=vocabularies(claims, toks, extracted.mentions, options.aliases),
        told=told_dates((a.source, a.text, a.updated or a.published) for a in ordered),
    )
    sources = [c.source for c in claims]
    # A claim a copy repeats is paired once, through the story's first article; the copies
    # join its groups afterwards, so they never crowd out the partners a fact needs.
    copies = _repeated_claims([story_of[s] for s in sources], toks)
    repeats = {i for copied in copies.values() for i in copied}
    index = build_key_index([() if i in repeats else k for i, k in enumerate(keys)], sources)
    candidates: list[Candidate] = []
    # Two searches: every claim through its short postings, then the claims still alone
    # through their long ones too (a statement that many sources repeat; see `scored_pairs`).
    for stage, repeated in (("pairing", False), ("pairing repeats", True)):
        wanted = lonely(index, candidates) if repeated else range(len(claims))
        # Claims with no keys (headlines, what copies repeat) have nothing to search with.
        steps = _row_steps([i for i in wanted if index.keys[i]])
        total = sum(len(rows) for rows in steps)
        for rows, found in zip(
            steps, _mapped(_candidate_rows, steps, parallel, (index, repeated)), strict=True
        ):
            candidates.extend(Candidate(*row) for row in found)
            notify(stage, len(rows), total)
    keyed = [i for i in range(len(claims)) if index.keys[i]]  # not headlines, not what copies repeat
    del index
    chosen = best_partners(candidates, sources, _id_ranks(claims), extracted.slots)
    del candidates
    # A name spelt two ways in sentences that share nothing else (`variants`): compared too.
    paired = {(c.a, c.b) for c in chosen}
    spelt = [
        Candidate(a, b, 0.0)
        for a, b in sorted(
            {
                *spelling_pairs(claims, keyed, extracted.mentions),
                *street_pairs(claims, keyed, extracted.mentions),
                *nickname_pairs(claims, keyed, extracted.mentions),
                *built_pairs(claims, keyed, context.published, extracted.mentions),
            }
        )
    ]
    chosen = sorted((*chosen, *(c for c in spelt if (c.a, c.b) not in paired)), key=lambda c: (c.a, c.b))
    strings = tuple(" ".join(t) for t in toks)
    compared = _compare_pairs(claims, strings, context, chosen, options.threshold, parallel, notify)
    independent = [
        (a, b, f)
        for a, b, f in compared
        if f.status is not Status.AGREE or story_of[claims[a].source] != story_of[claims[b].source]
    ]

    def restates(i: int, j: int) -> bool:
        return similarity(strings[i], strings[j]) >= RESTATED

    groups = tuple(_groups(claims, independent, copies, restates))
    shares = {
        source: round(containment(extracted.sketches[source], extracted.sketches[story]), 2)
        for source, story in story_of.items()
        if source != story
    }
    copy_ids = {claims[i].id: tuple(claims[c].id for c in copied) for i, copied in copies.items()}
    return Report(
        articles=ordered, claims=claims, groups=groups, stories=story_of, shares=shares, repeats=copy_ids
    )


def _repeated_claims(stories: Sequence[str], toks: Sequence[Tokens]) -> dict[int, list[int]]:
    """For each claim that later articles of its story repeat (the same words), those repeats."""
    first: dict[tuple[str, Tokens], int] = {}
    copies: dict[int, list[int]] = defaultdict(list)
    for i, (story, words) in enumerate(zip(stories, toks, strict=True)):
        if not words:
            continue
        original = first.setdefault((story, tuple(words)), i)
        if original != i:
            copies[original].append(i)
    return dict(copies)


ROWS_PER_STEP = 1000  # claims searched between two progress reports (and per worker task)
PAIRS_PER_CHUNK = 5000  # pairs compared per worker task


def _row_steps(rows: Sequence[int]) -> list[Sequence[int]]:
    return [rows[i : i + ROWS_PER_STEP] for i in range(0, len(rows), ROWS_PER_STEP)]


def _id_ranks(claims: Sequence[Claim]) -> list[int]:
    """Each claim's place in id order: ties are broken by id, which does not depend on where
    a claim sits in the corpus (integers stand in for the ids, as they sort faster)."""
    ranks = [0] * len(claims)
    for position, i in enumerate(sorted(range(len(claims)), key=lambda i: claims[i].id)):
        ranks[i] = position
    return ranks


CandidateRow = tuple[int, int, float]
_candidate_row: Callable[[Candidate], CandidateRow] = attrgetter(*(f.name for f in fields(Candidate)))
FindingRow = tuple[str, str, Status, ConflictKind | None, str, str, float, tuple[str, ...]]
_finding_row: Callable[[Finding], FindingRow] = attrgetter(*(f.name for f in fields(Finding)))


def _candidate_rows(rows: Sequence[int]) -> list[CandidateRow]:
    index, repeated = _shared
    assert isinstance(index, KeyIndex) and isinstance(repeated, bool)
    return [_candidate_row(c) for c in scored_pairs(index, rows, repeated=repeated)]


Pair = tuple[int, int, Finding]  # two claims' positions and the verdict on them


def _compare_pairs(
    claims: tuple[Claim, ...],
    strings: tuple[str, ...],
    context: Context,
    chosen: Sequence[Candidate],
    threshold: float,
    workers: int,
    notify: Progress,
) -> list[Pair]:
    """Every chosen candidate compared; those that state one fact are kept (`compare.judge`)."""
    # The candidates travel as rows, like the claims: pickling them as dataclasses cost the
    # parent 0.045 s at 1,000 articles (and the workers as much to read them), rows 0.002 s.
    rows = [_candidate_row(c) for c in chosen]
    chunks = [rows[i : i + PAIRS_PER_CHUNK] for i in range(0, len(rows), PAIRS_PER_CHUNK)]
    kept: list[Pair] = []
    shared = (claims, strings, context, threshold)
    for chunk, found in zip(chunks, _mapped(_compare_chunk, chunks, workers, shared), strict=True):
        for (a, b, _), row in zip(chunk, found, strict=True):
            if row is not None:
                kept.append((a, b, Finding(*row)))
        notify("comparing", len(chunk), len(chosen))
    return kept


def _compare_chunk(chunk: Sequence[CandidateRow]) -> list[FindingRow | None]:
    claims, strings, context, threshold = _shared
    assert isinstance(claims, tuple) and isinstance(strings, tuple) and isinstance(context, Context)
    assert isinstance(threshold, float | int)
    rows: list[FindingRow | None] = []
    # Each claim's tokens, as the extraction read them (joined in `strings`; a token holds no space).
    read = {claims[i].text: tuple(strings[i].split()) for a, b, _ in chunk for i in (a, b)}
    with known_tokens(read, context.aliases):
        for a, b, score in chunk:
            similar = similarity(strings[a], strings[b])
            finding = judge(
                claims[a], claims[b], similarity=similar, shared=score, threshold=threshold, context=context
            )
            rows.append(None if finding is None else _finding_row(finding))
    return rows


# How alike (0–100) two claims of one source that agree with one other claim must read to be one
# fact said twice ("Hale had given Lee a medal taken from a ship that had sailed the Arctic" /
# "… a medal from a ship that had made many Arctic voyages") rather than two facts.
RESTATED = 60.0


def _groups(
    claims: tuple[Claim, ...],
    pairs: Sequence[Pair],
    copies: Mapping[int, Sequence[int]] | None = None,
    restates: Callable[[int, int], bool] | None = None,
) -> list[Group]:
    """Facts: findings about one thing, with the claims they pair; every other claim alone.

    Two findings of one claim are about one fact when both are agreements, or both are
    conflicts of one kind in which that claim says the same ("three weeks" against two
    sources' "two weeks"). So a claim that agrees with one source and conflicts with another
    stands in two groups, and a source that tells two facts in one sentence does not chain
    them. Members are in source order, groups in the order of their first member. A headline
    is in no group: it is never compared, and it is no single-source detail either. A claim
    that copies of its article repeat (`copies`) brings the repeats into each of its groups.
    """
    copies = copies or {}
    repeats = {i for copied in copies.values() for i in copied}
    parent = list(range(len(pairs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(n: int, other: int) -> None:
        ra, rb = root(n), root(other)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first_of: dict[tuple[int, object], int] = {}  # (claim, what it says in the conflict) → a finding
    agreements: list[int] = []
    for n, (a, b, finding) in enumerate(pairs):
        if finding.status is Status.AGREE:
            agreements.append(n)
            continue
        for claim, says in ((a, finding.a_says), (b, finding.b_says)):
            join(n, first_of.setdefault((claim, (finding.kind, says)), n))
    # Agreements of one claim are one fact, but two claims of one source are one fact only
    # where the one restates the other (`restates`): a long sentence agrees with one source on
    # one of its facts and with another on another, and joining every agreement through it
    # chained a whole story into one group (measured: 108 claims of one shooting's coverage in
    # one "agreement"). The most alike pairs join first.

    def one_fact(mine: set[int], theirs: set[int]) -> bool:
        return mine == theirs or (
            restates is not None and all(restates(x, y) for x in mine - theirs for y in theirs - mine)
        )

    held: dict[int, dict[str, set[int]]] = {}  # an agreement group's root → source → its claims
    with_claim: dict[int, list[int]] = defaultdict(list)  # a claim → agreements that hold it
    for n in sorted(agreements, key=lambda n: (-pairs[n][2].similarity, n)):
        a, b = pairs[n][0], pairs[n][1]
        held[n] = {claims[a].source: {a}, claims[b].source: {b}}
        for m in (*with_claim[a], *with_claim[b]):
            ra, rb = root(n), root(m)
            mine, theirs = held[ra], held[rb]
            if ra == rb or not all(one_fact(mine[s], theirs[s]) for s in mine.keys() & theirs.keys()):
                continue  # one group already, or two claims of one source that tell two facts
            keep, gone = min(ra, rb), max(ra, rb)
            parent[gone] = keep
            for source, said in held.pop(gone).items():
                held[keep].setdefault(source, set()).update(said)
        with_claim[a].append(n)
        with_claim[b].append(n)
    facts: dict[int, list[int]] = defaultdict(list)
    for n in range(len(pairs)):
        facts[root(n)].append(n)
    place = [(c.source, c.start, c.id) for c in claims]
    position = {c.id: place[i] for i, c in enumerate(claims)}
    paired = {i for a, b, _ in pairs for i in (a, b)}
    found: list[tuple[list[int], list[Finding]]] = []
    for members in facts.values():
        paired_here = {i for n in members for i in pairs[n][:2]}
        ids = sorted(paired_here | {c for i in paired_here for c in copies.get(i, ())}, key=place.__getitem__)
        findings = sorted((pairs[n][2] for n in members), key=lambda f: (position[f.a], position[f.b]))
        found.append((ids, findings))
    found.extend(
        ([i, *copies.get(i, ())], [])
        for i in range(len(claims))
        if i not in paired and i not in repeats and not claims[i].headline
    )
    found.sort(key=lambda group: list(map(place.__getitem__, group[0])))  # by first member, then the rest
    width = len(str(len(found)))
    return [
        Group(f"g{n:0{width}d}", _status(findings), tuple(claims[i].id for i in ids), tuple(findings))
        for n, (ids, findings) in enumerate(found, start=1)
    ]


def _status(findings: Sequence[Finding]) -> Status:
    statuses = {f.status for f in findings}
    for status in (*DISPUTED, Status.AGREE):
        if status in statuses:
            return status if status is not Status.UNCLEAR or Status.AGREE not in statuses else Status.AGREE
    return Status.SINGLE
