"""What a figure counts by: the verb that governs it, and the words just before it.

"shooting three co-workers" and "killing two co-workers" count two things; "married two weeks
before" and "married three weeks before" one. Rules on the words around a figure, no parser:
the verb within VERB_REACH words before it, else the verb after its counted words ("Three
shots were fired"), else, for a figure in a phrase after a comma, the verb of the clause the
phrase adds to ("arrested …, three houses from the scene").
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosscheck import quantities
from crosscheck.facts import PREDICATE_WINDOW, folded_words, near, written_as
from crosscheck.grammar import is_finite_verb, looks_past
from crosscheck.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    OBJECT_KINDS,
    PLACE_ADVERBS,
    PREPOSITIONS,
    REPORTING_VERBS,
    STOP_WORDS,
)
from crosscheck.normalize import NUMBER_WORDS, TEXT_CACHE, Aliases, fold, tokens
from crosscheck.revisions import changed_before

NOT_ACTS = AUXILIARIES | REPORTING_VERBS  # "was", "said": no act of their own
_CLAUSE_OPENER = re.compile(r"\b(?:when|after|before|while|because|since|until|as|if|though|although)\s+$")
# "said 14 people", "said that 14 people", "said Saturday that four people": what was said opens.
_REPORTED = re.compile(rf"\b(?:{'|'.join(sorted(REPORTING_VERBS))})(?:(?:\s+[\w.]+){{0,2}}\s+that)?\s+$")


def same_predicate(a: str, x: quantities.Quantity, b: str, y: quantities.Quantity, aliases: Aliases) -> bool:
    """Whether the words just before two figures agree on what they count: "shooting three
    co-workers" / "killing two co-workers" count two things; "married two weeks before" /
    "married three weeks before" one. A figure with nothing before it ("Three shots were
    fired") is counted by the verb after it, where one follows its counted words ("Seven
    bullets hit him" / "fired a total of 11 shots": two acts), else leaves the question open."""
    changed_a, changed_b = changed_before(a, x.start), changed_before(b, y.start)
    if changed_a and changed_b:
        return True  # "the toll rose to 14" / "the toll climbed to 16": one count, moving on
    noun_a, noun_b = measured_noun(a, x, aliases), measured_noun(b, y, aliases)
    if noun_a and noun_a == noun_b:
        # "careered into a 150m ravine" / "plunged into an 80 metre ravine": a measure of the
        # thing it stands before, whatever verb the clause has.
        return True
    compound = compound_measure(a, x, aliases)
    if compound and compound == compound_measure(b, y, aliases):
        return True  # "the seven-storey building" / "a six-storey building": one thing's storeys
    if (changed_a and not _toll_of(a, x, aliases)) or (changed_b and not _toll_of(b, y, aliases)):
        return True  # "the toll rose to 14": a toll of nothing told counts what the other does
    verb_a, before_a = what_counts(a, x, aliases)
    verb_b, before_b = what_counts(b, y, aliases)
    if verb_a and verb_b:
        # The verb nearest each figure tells what it counts, whatever else stands near:
        # "accused of shooting three" / "accused of killing two" share "accused".
        return bool(verb_a & verb_b)
    return not before_a or not before_b or bool(before_a & before_b)


_STATE_AFTER = re.compile(
    r"\s*(?:(?:are|is|were|was|remain|remained|(?:have|had)(?: also| all)? been)(?:\s+still)?\s+)?"
    r"(?:(?:also|all|seriously|critically|badly|severely|slightly|fatally)\s+)?"
    r"(?P<state>dead|missing|injured|wounded|hurt|trapped)\b"
)
_CONJOINED = re.compile(r"\b(?:and|or|but)\s+$")
_IN_HOSPITAL = re.compile(
    r"\s*(?:(?:are|is|were|was|remain|remained)\s+(?:still\s+)?)?(?:in (?:the )?hospital|hospitali[sz]ed"
    r"|(?:being )?treated)\b"
)
WHOLE = "#whole"  # what the whole of a partitive ("one of four men") is counted by
_PARTITIVE_WHOLE = re.compile(
    rf"\b(?:\d+|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}|some|each|all|most|many|none)"
    r"\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?$"
)
_OPENS_A_PHRASE = re.compile(r"[,;:(-]\s*$")


_COUNTING_WORDS = frozenset(("total", "overall", "altogether", "combine"))
# "29 people on the bus", "18 people in the stretch limousine", "787 had been inside the mine"
_HELD_IN = re.compile(
    r"\s+(?:(?:were|was|are|is|had been|have been)\s+)?(?P<where>on|in|inside|aboard)"
    r"\s+(?:the|a|an|its|their)\s+(?P<noun>[a-z]+)(?:\s+(?P<then>[a-z]+))?"
)
_VEHICLES = (
    OBJECT_KINDS["vehicle"] | OBJECT_KINDS["aircraft"] | OBJECT_KINDS["vessel"] | {"limo", "coach", "minibus"}
)
_RELATIVE_AFTER = re.compile(r"\s+(?:who|that)\s")
CAPACITY = "#can"  # what a figure of what could be counts by
# "11 people were on board", "29 people, including the driver, were on board the bus"
_ABOARD = re.compile(
    r"(?:,\s+including\s+[^,]{1,40},)?\s+(?:(?:were|was|are|is|had been)\s+)?(?:on board|onboard|aboard)\b"
)


@lru_cache(maxsize=TEXT_CACHE)
def what_counts(text: str, q: quantities.Quantity, aliases: Aliases) -> tuple[frozenset[str], frozenset[str]]:
    """What a figure counts by: the verb that governs it, and the content words just before it.
    A figure that opens a conjunct ("two were killed and another wounded", "and three hurt")
    is counted by the verb after it, which stands for the words before too: those belong to
    the conjunct before. (Cached: a pair's number rules ask it of each figure several times.)"""
    folded = fold(text)
    toll = _toll_of(text, q, aliases)
    if toll:
        # "the death toll rose to 274", "the death toll stood at 274": what the toll is of, the
        # dead, as "274 died" would say ("rose" is no act).
        return toll, toll
    state = fold(q.text).split()[-1]
    told_after = _STATE_AFTER.match(folded, q.extent[1])
    if told_after:
        state = told_after["state"]  # "33 people are missing", "left two women dead"
    if _IN_HOSPITAL.match(folded, q.extent[1]):
        # "81 people in hospital", "87 people were still being treated": the hospitalized, a
        # count apart from the dead and from all the injured.
        return frozenset({"hospitalize"}), frozenset({"hospitalize"})
    if state in quantities.STATES_OF_PERSONS:
        # "more than 150 injured", "two dead": the state the figure counts persons in is its
        # predicate, whatever verb the clause has ("were killed and 150 injured").
        told = frozenset(tokens(state, aliases))
        return told, told
    if quantities.CAPACITY_BEFORE.search(folded, 0, q.start):
        # "equipped to carry 13 people", "licensed to carry up to 200", "a capacity of 193":
        # what could be, not what was; counted apart from "a plane carrying 11 people".
        return frozenset({CAPACITY}), frozenset({CAPACITY})
    if (
        _ABOARD.match(folded, q.extent[1])
        and not verb_before(text, q.start, aliases)
        and not verb_after(text, q, aliases)  # "the 11 people aboard were killed": the dead
    ):
        # "11 people were on board": those a vehicle carried, as "carrying 11 people" counts them.
        return frozenset({"carry"}), frozenset()
    held = _HELD_IN.match(folded, q.extent[1])
    in_a_vehicle = held and {held["noun"], held["then"]} & _VEHICLES
    if held and (in_a_vehicle or held["where"] == "inside") and not verb_after(text, q, aliases):
        # "There were 29 people on the bus", "787 people had been inside the mine": those it
        # carried or held, not those it left dead or hurt.
        return frozenset({"carry"}), frozenset()
    if _PARTITIVE_WHOLE.search(folded, 0, q.start):
        # "one of four men who were climbing", "three of the seven bullets": the group a part
        # is taken from, no count of what the clause says of the part. (Counting the whole by
        # a verb after it, "the seven bullets fired by the officers", measured: five conflicts
        # more with "fired 11 shots", where the seven were the bullets that hit.)
        return frozenset({WHOLE}), frozenset()
    if _CONJOINED.search(folded, 0, q.start):
        after = verb_after(text, q, aliases)
        return after, after
    if after_a_comma(text, q):
        # "arrested by a SWAT team, three houses from the scene": the words before the comma
        # are another phrase's; the figure's phrase tells where or when the clause's act was.
        return verb_after(text, q, aliases) or clause_verb(text, q.start, aliases), frozenset()
    if _REPORTED.search(folded, 0, q.start) or _CLAUSE_OPENER.search(folded, 0, q.start):
        # "Officials said 14 people were hurt", "police intervened when 100 people joined": the
        # figure opens a clause of its own, and the words before it tell nothing of what it
        # counts; the verb after it does.
        return verb_after(text, q, aliases), frozenset()
    # Words of counting say nothing of what is counted: "in total 47 people died" is counted by
    # "died" as "47 people died" is.
    before = near(text, ((q.start, q.end),), aliases, before=PREDICATE_WINDOW, after=0) - _COUNTING_WORDS
    if _RELATIVE_AFTER.match(folded, q.extent[1]):
        # "among the 14 people who perished": the relative clause tells what the persons did or
        # suffered, whatever stands before them.
        after = verb_after(text, q, aliases)
        if after:
            return after, before
    return verb_before(text, q.start, aliases) or (
        frozenset() if before else verb_after(text, q, aliases)
    ), before


# A measure that stands before the noun it measures, maybe with the dimension: "a 150m ravine",
# "a 116-meter-deep ravine", "a 40-acre lot".
_BEFORE_ITS_NOUN = re.compile(r"(?:-?\s*(?:deep|high|tall|long|wide|thick)\b)?\s*(?P<noun>[a-z]+)\b")


def compound_measure(text: str, q: quantities.Quantity, aliases: Aliases) -> tuple[str, ...]:
    """The lemmas of what a figure hyphened to a word measures ("the seven-storey building" →
    ("storey", "building"), "a 12-floor tower" → ("floor", "tower")), or () for any other
    figure. Such a figure describes its noun, whatever verb the clause has: "the fire started
    on the second floor of the seven-storey building" tells the building's height as much as
    "the fire swept through the six-storey building" does."""
    if text[q.start : q.end].rstrip()[-1:] not in ("-", "‐"):  # folding makes a hyphen a space
        return ()
    words = q.text.split()[1:]
    if len(words) < 2 or any(w[0].isdigit() or w in NUMBER_WORDS for w in words):
        return ()
    return tuple(t for w in words for t in tokens(w, aliases))


def measured_noun(text: str, q: quantities.Quantity, aliases: Aliases) -> str:
    """The lemma of the noun a measure stands before ("a 150m ravine" → "ravine"), or "" for a
    count, or a measure told otherwise ("fell 500 meters down a ravine")."""
    if q.unit not in quantities.MEASURES:
        return ""
    match = _BEFORE_ITS_NOUN.match(fold(text), q.extent[1])
    if (
        match is None
        or match["noun"] in STOP_WORDS
        or match["noun"] in PREPOSITIONS
        or match["noun"] in PLACE_ADVERBS
    ):
        return ""
    if is_finite_verb(match["noun"], previous=None) or looks_past(match["noun"]):
        return ""  # "a 150m fall killed", "30 km away was": no noun measured
    lemmas = tokens(match["noun"], aliases)
    return lemmas[0] if lemmas else ""


def after_a_comma(text: str, q: quantities.Quantity) -> bool:
    """Whether a figure opens a phrase after a comma (or a semicolon, colon, bracket, dash)."""
    return bool(_OPENS_A_PHRASE.search(fold(text), 0, q.start))


def clause_verb(text: str, start: int, aliases: Aliases) -> frozenset[str]:
    """The lemma of the last finite verb before offset `start` of fold(text), auxiliaries and
    reporting verbs aside: the act of the clause a phrase after a comma adds to."""
    words = [w.strip(".,;:") for s, e, w in folded_words(text) if e <= start]
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word in NOT_ACTS or not is_finite_verb(word, previous=words[k - 1] if k else None):
            continue
        return frozenset(tokens(word, aliases))
    return frozenset()


def verb_after(text: str, q: quantities.Quantity, aliases: Aliases) -> frozenset[str]:
    """The lemma of the verb right after a figure's counted words, auxiliaries aside ("Three
    shots were fired" → "fire"), or nothing. A verb that only frames another ("one person is
    believed to have been arrested", "began to adjust") stands for the verb it frames. Persons
    who do the act are told from persons it is done to: "two officers shot" counts shooters
    ("^shoot"), "two teenagers were shot" and "shooting two" the shot."""
    following = [w.strip(".,;:") for s, e, w in folded_words(text) if s >= q.start][len(q.text.split()) :]
    k = _verb_at(following, _past_where(following))
    if k is None:
        return frozenset()
    if k + 1 < len(following) and following[k + 1] in _FRAMED:
        framed = _verb_at(following, k + 2)
        k = framed if framed is not None else k
    if following[k] in _SUFFERED and any(w in _HARMS for w in following[k + 1 : k + 3]):
        return frozenset(tokens("injured", aliases))  # "15 people suffered injuries": the injured
    lemmas = frozenset(tokens(following[k], aliases))
    if quantities.kind(q) == "people" and _active(following, k):
        return frozenset(AGENT + lemma for lemma in lemmas)
    return lemmas


def _active(words: list[str], k: int) -> bool:
    """Whether the verb at words[k], after a count of persons, is theirs to do: no passive
    auxiliary before it, and an object after it ("two officers shot him", "two gunmen killed
    three"); "two killed in a crash", "another wounded" are reduced passives."""
    if any(w in _PASSIVE for w in words[:k]) or k + 1 >= len(words):
        return False
    following = words[k + 1]
    return following in _OBJECT_STARTS or (following not in STOP_WORDS and following not in PREPOSITIONS)


_OBJECT_STARTS = frozenset("him her them it us me the a an his their its this that these those".split())


_SUFFERED = frozenset(("suffered", "sustained", "received", "suffer", "sustain", "suffering", "sustaining"))
_HARMS = frozenset(("injuries", "injury", "wounds", "burns"))
AGENT = "^"  # marks the act of persons who do it, against persons it is done to
_FRAMED = frozenset(("to", "that"))  # "believed to have been arrested", "showed that"
_PASSIVE = frozenset(("was", "were", "been", "be", "being", "is", "are"))


def _past_where(words: list[str]) -> int:
    """Where the verb after counted persons may stand: past a relative pronoun ("14 people who
    perished") or a phrase of where they were ("14 others on the bus were injured", "18 people
    inside the limo died"; a preposition, a determiner and a noun)."""
    if words[:1] and words[0] in _RELATIVE:
        return 1
    if len(words) > 3 and words[0] in _WHERE_THEY_WERE and words[1] in DETERMINERS:
        return 4 if words[3] in _RELATIVE else 3
    return 0


_RELATIVE = frozenset(("who", "that", "which"))
_WHERE_THEY_WERE = frozenset(("on", "in", "inside", "aboard", "at"))


def _verb_at(words: list[str], start: int) -> int | None:
    """The index of the first verb at `start` or after, past auxiliaries (MAX_AUXILIARIES at
    most) and adverbs ("have also been injured", "16 others seriously injured"), or None when
    another word comes first."""
    adverbs = 0
    for k in range(start, len(words)):
        if k - start - adverbs > MAX_AUXILIARIES:
            return None
        word = words[k]
        if word in AUXILIARIES:
            continue
        if adverbs < MAX_ADVERBS and (word in _ADVERBS or (word.endswith("ly") and len(word) > 4)):
            adverbs += 1
            continue
        if is_finite_verb(word, previous=words[k - 1] if k else None) or looks_past(word):
            return k
        return None
    return None


MAX_AUXILIARIES = 2  # "were", "have been" between a counted subject and its verb
MAX_ADVERBS = 1  # "have also been", "seriously injured"
_ADVERBS = frozenset(("also", "still", "all", "now", "later", "since", "both"))


VERB_REACH = 2  # words back from a figure to the verb that governs it ("killing all three")
_TOTAL_OF = ["total", "of"]  # "fired a total of 11 shots": fired, whatever stands between


@lru_cache(maxsize=TEXT_CACHE)
def verb_before(text: str, start: int, aliases: Aliases) -> frozenset[str]:
    """The lemma of the verb just before offset `start` of fold(text) ("shooting three", "were
    killed in two"), if one stands within VERB_REACH words; auxiliaries and reporting verbs
    are no such verb."""
    before = [w for s, e, w in folded_words(text) if e <= start]
    # The object between a verb and its figure is no verb, and no reach used up: "hitting Lee
    # eleven times" (a name shows in the words as written).
    raw = written_as(text)
    while raw is not None and len(before) > 1 and raw[len(before) - 1][:1].isupper():
        before = before[:-1]
    if before[-2:] == _TOTAL_OF:
        before = before[:-3] if before[-3:-2] in (["a"], ["the"]) else before[:-2]
    for k in range(len(before) - 1, max(-1, len(before) - 1 - VERB_REACH), -1):
        word = before[k].strip(".,;:")
        if not word or word in NOT_ACTS or word in STOP_WORDS:
            continue  # "" was punctuation alone: "in all ... 735 remaining stores"
        previous = before[k - 1] if k else None
        # An -ing word after a determiner is a noun: "escorted from the building 10 minutes
        # earlier", "the evening".
        verb = is_finite_verb(word, previous=previous) or (
            word.endswith("ing") and len(word) > GERUND_MIN and previous not in DETERMINERS
        )
        return frozenset(tokens(word, aliases)) if verb else frozenset()
    return frozenset()


GERUND_MIN = 5  # "killing", "wounding"; not "king" or "ring"


# What a casualty toll counts by: "killed", "died", "deaths" (all "dead"), "injured", "missing",
# and the rescued and evacuated, counted as the rescue goes on.
_TOLL_WORDS = frozenset(
    {"dead", "injured", "injury", "casualty", "miss", "trap", "hospitalize", "rescue", "evacuate"}
)


def one_act(a: str, x: quantities.Quantity, b: str, y: quantities.Quantity, aliases: Aliases) -> bool:
    """Whether the verbs that govern two figures (`what_counts`) share an act."""
    return bool(what_counts(a, x, aliases)[0] & what_counts(b, y, aliases)[0])


def _toll_of(text: str, q: quantities.Quantity, aliases: Aliases) -> frozenset[str]:
    """What the toll a figure is the value of counts ("the death toll rose to 274": the dead);
    empty where the figure is no toll's value, or the toll's word tells no state."""
    told = quantities.TOLL_BEFORE.search(fold(text), 0, q.start)
    return frozenset(tokens(told["of"], aliases)) & _TOLL_WORDS if told and told["of"] else frozenset()


def counts_missing(text: str, q: quantities.Quantity, aliases: Aliases) -> bool:
    """Whether a figure counts the missing ("40 people are still missing"): a count that falls
    as the missing are found, and rises as more are reported, so either way it moves on."""
    verbs, words = what_counts(text, q, aliases)
    return bool({"miss", "trap"} & (verbs | words))


def is_toll(text: str, q: quantities.Quantity, aliases: Aliases) -> bool:
    """Whether a figure counts people killed, hurt or missing ("four people died", "108 were
    injured"): a toll, which an unfolding story counts again."""
    if q.unit == "body":
        return True  # "30 bodies had been recovered": the dead, counted as they are found
    if quantities.kind(q) != "people":
        return False  # persons in any noun: "four people", "120 miners", "two officers"
    verbs, words = what_counts(text, q, aliases)
    return bool((verbs | words) & _TOLL_WORDS)
