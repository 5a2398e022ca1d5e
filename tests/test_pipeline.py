"""The pipeline as a whole: workers, progress reports, determinism."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks.generate import write_corpus
from crosscheck import pipeline
from crosscheck.corpus import load_corpus
from crosscheck.models import Article, ConflictKind, Status
from crosscheck.pairing import PARTNERS_PER_CLAIM
from crosscheck.pipeline import Options, run
from crosscheck.render import ProgressDisplay, report_json


def test_two_workers_give_the_same_report_as_one(tmp_path: Path) -> None:
    articles = load_corpus([write_corpus(tmp_path / "c", 70)]).articles
    one = run(articles, options=Options(workers=1))
    two = run(articles, options=Options(workers=2))
    assert report_json(two, two.groups) == report_json(one, one.groups)


def test_progress_is_reported_for_every_stage(corpus_dir: Path) -> None:
    seen: dict[str, int] = {}

    def progress(stage: str, advance: int, total: int) -> None:
        seen[stage] = seen.get(stage, 0) + advance
        assert advance >= 0 and total >= 0

    report = run(load_corpus([corpus_dir]).articles, progress=progress)
    # The second search reads the long postings of claims the first left alone; five articles
    # have no posting that long, so it has nothing to do.
    assert seen.pop("pairing repeats", 0) == 0
    compared = seen.pop("comparing")
    assert compared >= sum(len(g.findings) for g in report.groups)
    assert seen == {"extracting": 5, "pairing": len(report.claims)}


def test_the_second_search_is_for_claims_alone_that_hold_a_long_posting() -> None:
    from crosscheck.pairing import MAX_POSTING, build_key_index, lonely

    # Claim 0 holds a rare word that more than MAX_POSTING claims hold; claim 1 only short
    # postings; claim 2 is reached by a candidate already; claim 3's long posting is a common
    # word ("said"), which proposes whatever claims follow. Only claim 0 is worth a second look.
    repeated = [("kayak", f"w{i}") for i in range(MAX_POSTING + 1)]
    common = [("said", f"v{i}") for i in range(MAX_POSTING + 1)]
    keys = [("kayak", "ember"), ("ash", "cinder"), ("ash", "smoke"), ("said", "ember"), *repeated, *common]
    sources = [f"s{i}" for i in range(len(keys))]
    index = build_key_index(keys, sources)
    reached = [pipeline.Candidate(2, 4, 0.5)]
    alone = lonely(index, reached)
    assert alone[:1] == [0]
    assert not {1, 2, 3} & set(alone)


def test_a_short_claim_whose_rare_words_a_longer_one_holds_is_proposed_whichever_comes_first() -> None:
    from crosscheck.pairing import RAREST_KEYS, build_key_index, scored_pairs

    # Claim 0 ("The trouble began after more than 200 people set off from the vigil site at
    # Church Ave. ...") searches by its rarest keys, details that claim 1 ("About 200 people
    # attended the vigil") lacks but for one. Claim 1's own rarest keys are all in claim 0.
    # Claims 2-4 make the shared words commoner than claim 0's details.
    details = [f"detail{i}" for i in range(RAREST_KEYS)]
    keys = [
        ("200", "vigil", "people", *details),
        ("200", "vigil", "people", "attend"),
        ("vigil", "people", "march"), ("vigil", "people", "candle"), ("people", "attend", "march"),
        *[(d, "other") for d in details],  # each detail held by one claim elsewhere
    ]  # fmt: skip
    sources = ["a", "b", "c", "d", "e", *(f"x{i}" for i in range(RAREST_KEYS))]
    index = build_key_index(keys, sources)
    found = scored_pairs(index, range(len(keys)))
    assert [(c.a, c.b) for c in found].count((0, 1)) == 1
    # Proposed from both rows, the pair comes once: from the first claim that proposes it.
    assert len({(c.a, c.b) for c in found}) == len(found)


def test_a_disabled_progress_display_shows_nothing(capsys: object) -> None:
    with ProgressDisplay(enabled=False, delay=0) as display:
        display("extracting", 1, 2)
        assert display.progress is None


def test_a_statement_that_many_sources_repeat_is_one_fact_and_the_dissent_another() -> None:
    # More sources than a posting list is read for (pairing.MAX_POSTING): the claims must still
    # meet, and the one source with another number must be flagged.
    # Each article adds a line of its own (a question, so no claim), so that they are 150
    # outlets and not copies of one story.
    vocabulary = "smoke hills farm morning river bridge school market church field road wind ash sky".split()
    own = [" ".join(random.Random(n).sample(vocabulary, 10)) + "?" for n in range(150)]
    texts = [f"Firefighters said the blaze destroyed 40 homes in the valley on Sunday.\n{o}\n" for o in own]
    texts[77] = f"Firefighters said the blaze destroyed 14 homes in the valley on Sunday.\n{own[77]}\n"
    articles = [Article(source=f"s{n:03d}", path=f"s{n:03d}.md", text=text) for n, text in enumerate(texts)]
    report = run(articles, options=Options(workers=1))
    agreed, disputed = sorted(report.groups, key=lambda g: g.status.value)
    assert agreed.status is Status.AGREE and len(agreed.claim_ids) == 149
    # The dissent and the partners it keeps (the others all say the same, so all are as close).
    assert disputed.status is Status.CONFLICT and len(disputed.claim_ids) == 1 + PARTNERS_PER_CLAIM
    assert {report.claim(c).source for c in disputed.claim_ids} >= {"s077"}
    assert {(f.kind, f.a_says, f.b_says) for f in disputed.findings} <= {
        (ConflictKind.NUMBER, "40 homes", "14 homes"),
        (ConflictKind.NUMBER, "14 homes", "40 homes"),
    }
    assert all("s077" in (report.claim(f.a).source, report.claim(f.b).source) for f in disputed.findings)
    # Each claim is compared with its best few partners (pairing.PARTNERS_PER_CLAIM), not with
    # all 149 others.
    assert len(agreed.findings) < 150 * 149 // 2 // 5
    # The dissenter's partners are all conflicts; no other claim picks the dissenter, as each
    # has 148 partners that read exactly like it.
    assert len(disputed.findings) == PARTNERS_PER_CLAIM


def test_work_cut_into_small_steps_gives_the_same_report(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["Firefighters said the blaze destroyed 40 homes in the valley on Sunday."] * 60
    texts[30] = "Firefighters said the blaze destroyed 14 homes in the valley on Sunday."
    articles = [Article(source=f"s{n:03d}", path=f"s{n:03d}.md", text=text) for n, text in enumerate(texts)]
    whole = run(articles, options=Options(workers=1))
    monkeypatch.setattr(pipeline, "ROWS_PER_STEP", 7)  # 60 claims searched in nine steps
    monkeypatch.setattr(pipeline, "PAIRS_PER_CHUNK", 30)  # and compared in chunks of 30 pairs
    steps = run(articles, options=Options(workers=1))
    assert steps.groups == whole.groups


def test_a_headline_is_context_and_never_compared() -> None:
    texts = [
        "Officials say the storm killed 12 in a coastal town\nThe storm killed 12 people on Monday, officials said.\n",
        "Mayor opens shelters after the storm killed 40\nThe storm killed 40 people on Monday, officials said.\n",
    ]
    articles = [Article(source=f"s{n}", path=f"s{n}.txt", text=t) for n, t in enumerate(texts)]
    report = run(articles, options=Options(workers=1))
    headlines = {c.id for c in report.claims if c.headline}
    assert len(headlines) == 2
    assert not any(headlines & set(g.claim_ids) for g in report.groups)
    (group,) = report.groups  # the body claims, in conflict; the headlines make no second one
    assert group.status is Status.CONFLICT


def test_a_claim_keeps_the_partner_that_fills_its_value_slot() -> None:
    from crosscheck.pairing import Candidate, best_partners

    # Claim 0 ("fell about 200 metres down a gully") in source x; in source y, claim 1 shares
    # more words ("the climber from Melbourne slipped") and claim 2 the distance ("a fall of
    # 150 meters"), ranked well below.
    # Claim 2's own best partner in x is claim 3.
    candidates = [Candidate(0, 1, 0.5), Candidate(0, 2, 0.2), Candidate(2, 3, 0.9)]
    sources, order = ["x", "y", "y", "x"], [0, 1, 2, 3]
    assert best_partners(candidates, sources, order) == [Candidate(0, 1, 0.5), Candidate(2, 3, 0.9)]
    slots = [frozenset({"#m"}), frozenset(), frozenset({"#m"}), frozenset()]
    assert best_partners(candidates, sources, order, slots) == candidates


def test_a_slot_is_filled_only_by_a_figure_of_its_magnitude() -> None:
    from crosscheck.facts import pairing_keys, valued_slots
    from crosscheck.pairing import Candidate, best_partners

    def slots(text: str) -> frozenset[str]:
        return valued_slots(text, tuple(pairing_keys(text)))

    fell_700 = "One of the party has slipped on the ice and has fallen some 700 metres to his death"
    fell_60 = "On Friday, a 36-year-old died after slipping and falling about 60 metres from a ridge"
    fell_600 = "On Saturday, 32-year-old Jon Hale fell about 600 metres while climbing to a hut"
    assert slots(fell_700) & slots(fell_600)  # within a factor of two: always one band
    assert not slots(fell_700) & slots(fell_60)  # more than four apart: never
    # In source y the 60-metre fall shares more words with claim 0 than the 600-metre one,
    # which is still the partner kept for the distance; and kept past the cap of partners a
    # claim has in all (here 1), which the words alone fill.
    candidates = [Candidate(0, 1, 0.27), Candidate(0, 2, 0.17)]
    sources, order = ["x", "y", "y"], [0, 1, 2]
    valued = [slots(fell_700), slots(fell_60), slots(fell_600)]
    import crosscheck.pairing as pairing

    cap = pairing.PARTNERS_PER_CLAIM
    try:
        pairing.PARTNERS_PER_CLAIM = 1
        assert best_partners(candidates, sources, order, valued) == candidates
    finally:
        pairing.PARTNERS_PER_CLAIM = cap


def test_each_kind_of_figure_gets_a_partner_that_fills_it() -> None:
    from crosscheck.pairing import Candidate, best_partners

    # Claim 0 gives a date and a distance. In source y, claim 1 (the best by words) gives the
    # same date and another distance; claim 2 the same distance: it is kept too, for the
    # distance, though a kept partner already fills the date.
    # (Claim 2's own best partner in x is claim 3, which gives no figure.)
    slots = [
        frozenset({"#date", "#m@4", "#m@4.5"}),
        frozenset({"#date", "#m@2", "#m@2.5"}),
        frozenset({"#m@4", "#m@4.5"}),
        frozenset(),
    ]
    candidates = [Candidate(0, 1, 0.3), Candidate(0, 2, 0.1), Candidate(2, 3, 0.9)]
    sources, order = ["x", "y", "y", "x"], [0, 1, 2, 3]
    assert best_partners(candidates, sources, order, slots) == candidates
    # Without the distance, the date is filled and nothing more is kept.
    slots[0] = frozenset({"#date"})
    assert best_partners(candidates, sources, order, slots) == [Candidate(0, 1, 0.3), Candidate(2, 3, 0.9)]


def test_one_day_named_by_its_weekday_and_by_its_date_brings_two_claims_together() -> None:
    # Nothing rare in common but "jury" and the day: "on Tuesday" in a story published on
    # Wednesday 10 March 2021 is 9 March, the day the other story names.
    texts = {
        "a": ("2021-03-10", "A Glen Falls jury on Tuesday convicted the former treasurer of theft."),
        "b": ("2021-03-12", "The jury returned its verdict against Jon Hale on March 9 after two hours."),
        "c": ("2021-03-12", "The appeal by Jon Hale will be heard on March 23, a court clerk said."),
    }
    articles = [
        Article(source=s, path=f"{s}.md", text=t + "\nA reporter asked the clerk why?\n", published=p)
        for s, (p, t) in texts.items()
    ]
    report = run(articles, options=Options(workers=1))
    pairs = {
        frozenset(report.claim(c).source for c in (f.a, f.b)): f.status
        for g in report.groups
        for f in g.findings
    }
    assert pairs.get(frozenset("ab")) is Status.AGREE
    assert frozenset("ac") not in pairs  # the 23rd is not the 9th, and nothing else is shared


def test_a_denied_rare_word_is_a_pairing_key_however_the_denial_is_worded() -> None:
    # "terms were not disclosed" and "an undisclosed sum" share one word, too little for the
    # candidate search: the denied word is a key of its own.
    from crosscheck.normalize import DEFAULT_ALIASES

    key = pipeline.denial_key
    assert key("Acme agreed to buy Globex for an undisclosed sum", DEFAULT_ALIASES) == ("#not:disclose",)
    assert key("Financial terms were not disclosed", DEFAULT_ALIASES) == ("#not:disclose",)
    assert key("None of it was insured", DEFAULT_ALIASES) == ("#not:insure",)
    # A common word or a figure denied tells nothing of which fact: "not know", "not just one".
    assert key("Police did not know how fast the car was going", DEFAULT_ALIASES) == ()
    assert key("Several of them did it, not just one person", DEFAULT_ALIASES) == ()
    assert key("He was sentenced to life without parole", DEFAULT_ALIASES) == ()


def test_a_long_claim_does_not_chain_the_facts_it_shares_with_others_into_one_group() -> None:
    from crosscheck.models import Claim, Finding

    texts = [
        ("a", "Jon Hale, 41, who was shot in the leg on Elm Road, was taken to Lakeview Hospital"),
        ("b", "Jon Hale, 41, was shot in the leg on Elm Road"),
        ("b", "Hale was taken to Lakeview Hospital by ambulance"),
        ("c", "Jon Hale, 41, was shot in the leg on Elm Road late on Monday"),
        ("c", "Hale, 41, was shot in the leg on Elm Road, police said"),
    ]
    claims = tuple(Claim(f"{s}:{n}", s, t, 0, len(t), n, t) for n, (s, t) in enumerate(texts))

    def agree(i: int, j: int, similarity: float) -> tuple[int, int, Finding]:
        return i, j, Finding(claims[i].id, claims[j].id, Status.AGREE, None, "", "", similarity)

    pairs = [agree(0, 1, 80), agree(0, 2, 60), agree(1, 3, 90), agree(1, 4, 85)]
    restated = {frozenset((3, 4))}  # c says the shooting twice; b's two claims are two facts

    groups = pipeline._groups(claims, pairs, restates=lambda i, j: frozenset((i, j)) in restated)
    agreeing = sorted(g.claim_ids for g in groups if g.status is Status.AGREE)
    # The shooting, told by all three sources (c twice); the hospital, by a and b.
    assert agreeing == [("a:0", "b:1", "c:3", "c:4"), ("a:0", "b:2")]
    # Without the restatement, c's second telling is a group of its own with b's.
    groups = pipeline._groups(claims, pairs)
    assert sorted(g.claim_ids for g in groups if g.status is Status.AGREE) == [
        ("a:0", "b:1", "c:3"), ("a:0", "b:2"), ("b:1", "c:4"),
    ]  # fmt: skip


def test_tokens_handed_to_a_comparison_worker_are_what_it_would_read_itself() -> None:
    from crosscheck.normalize import DEFAULT_ALIASES, Aliases, known_tokens, tokens

    # The extraction hands its tokens over joined by spaces: a token never holds one, however
    # the text is written (an alias made one token, a hyphenated word, a contraction, a.m.).
    text = "The U.S. co-workers didn't leave until 9:30 a.m., when 14 people were hurt in the blast"
    read = tokens(text, DEFAULT_ALIASES)
    assert "united_states" in read and "coworker" in read
    assert tuple(" ".join(read).split()) == read
    handed = {text: ("handed", "over")}
    with known_tokens(handed, DEFAULT_ALIASES):
        assert tokens(text, DEFAULT_ALIASES) == ("handed", "over")
        # Read with other aliases, the text is read anew.
        assert tokens(text, Aliases.build({"usa": ["u.s."]})) != ("handed", "over")
    assert tokens(text, DEFAULT_ALIASES) == read  # outside the block, read again


def test_lemmas_one_process_looked_up_are_handed_to_the_next() -> None:
    from crosscheck.words import learn, lemma, lemmas_known, lemmas_since

    mark = lemmas_known()
    assert lemma("zorbled") == "zorbled"  # a word no dictionary holds is kept as it is
    assert ("zorbled", "zorbled") in lemmas_since(mark)
    # What another process looked up is answered as it was there, not looked up again.
    learn([("glorped", "glorp")])
    assert lemma("glorped") == "glorp"
