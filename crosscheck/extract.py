"""Article → atomic claims. Pure: no I/O, no printing, deterministic.

The steps, each a small general rule:
1. lines that are page furniture are dropped (`boilerplate`);
2. each remaining line is cut into sentences (`segment`); questions and
   fragments are dropped;
3. an attribution frame ("X said that …", "…, X said", "According to X, …")
   is peeled off and kept as the claim's attribution;
4. the content is split into atomic clauses at coordinations ("; ", ", and",
   "– as well as", "and" + past-tense verb), and a clause that lost its
   subject or verb gets them back from the clause it was split from.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from crosscheck import dates
from crosscheck.boilerplate import has_final_punctuation, is_boilerplate_line, is_furniture
from crosscheck.grammar import finite_verb_index, first_verb, is_finite_verb, looks_past, words
from crosscheck.hedges import is_hedged
from crosscheck.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    FEMININE_WORDS,
    GROUP_SPEAKERS,
    IRREGULAR_PAST,
    MASCULINE_WORDS,
    MONTHS,
    PERSON_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    REPORTING_NEEDS_THAT,
    REPORTING_VERBS,
    SPECULATIVE_REPORTING,
    STOP_WORDS,
    TITLES,
    WEEKDAYS,
)
from crosscheck.models import Article, Claim
from crosscheck.normalize import NUMBER_WORDS
from crosscheck.segment import Span, lines, sentences
from crosscheck.speakers import Speakers

MIN_SENTENCE_WORDS = 4
MIN_CLAIM_WORDS = 3
MAX_SPEAKER_WORDS = 12
MAX_TRAILING_SPEAKER_WORDS = 8
MIN_QUOTE_WORDS = 3

_TOKEN = re.compile(r"[“”\"]|[\w'’.-]+|[^\s\w]")
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
_OPEN_QUOTES = '“"'
_CLOSE_QUOTES = '”"'
_ACCORDING_FIRST = re.compile(r"^According to (?P<who>[^,]{2,80}?),\s+(?P<rest>.+)$", re.S)
_ACCORDING_LAST = re.compile(r"^(?P<rest>.+?),?\s+according to (?P<who>[^,]{2,80}?)[.!]?$", re.S)
_RV = "|".join(sorted(REPORTING_VERBS, key=len, reverse=True))
# "…,” Smith said, according to Reuters."  /  "…, said Ana Ruiz, director of …"
# The tail: a few words after the verb, such as whom it was told ("told The Lakeview Union-Tribune").
_SPEAKER_AFTER = re.compile(
    rf"^(?P<rest>.+?[,”\"])\s+(?P<who>[^,“”\"]{{1,80}}?)\s+(?P<verb>{_RV})\b"
    r"(?P<tail>(?:\s+[\w’'-]+){0,6})(?P<after>[,;].*)?[.!]?$",
    re.S,
)
_VERB_BEFORE_SPEAKER = re.compile(
    rf"^(?P<rest>.+?[,”\"])\s+(?P<verb>{_RV})\s+(?P<who>[^,“”\"]{{1,80}}?)(?P<after>,.*)?[.!]?$", re.S
)
_CONDITIONAL = re.compile(r"^(?:if|unless|should)\b", re.I)
_SPACES = re.compile(r"\s+")
_NEWLINE = re.compile("\n")
_REPORTING_VERB = re.compile(rf"\b(?P<verb>{_RV})\b")
_LOWER_RUN = re.compile(r"[a-z]+")


@lru_cache(maxsize=1 << 10)  # each attribution pattern asks about the same sentence
def _mentions_reporting_verb(text: str) -> bool:
    """A quick test before the attribution patterns, which are slow to fail: each needs a
    reporting verb as a whole lower-case word, and such a word is a run of a-z letters."""
    return not REPORTING_VERBS.isdisjoint(_LOWER_RUN.findall(text))


_LEADING_ADVERBS = re.compile(
    r"^(?:moreover|however|meanwhile|furthermore|additionally|also|in addition|earlier|later|"
    r"then|still|indeed|overall|notably),\s+",
    re.I,
)
# Words that open a sentence to link it to the one before ("But Ann Lee said", "As Lee
# announced"): no part of who spoke.
_OPENING_LINK = re.compile(r"(?:As|But|And|Yet)\s+")
_SPEAKER_NOISE = re.compile(r"\b(?:also|further|later|again|previously|earlier|then|first)\b", re.I)
# Every joint starts with a space, comma, semicolon or dash: the lookahead lets the regex
# engine pass over the letters of a sentence without trying each alternative (3x faster).
_SPLIT_POINT = re.compile(
    r"(?=[\s,;–—])(?:\s*[–—]\s*as well as\s+|,?\s+as well as\s+|;\s+|,?\s+and that\s+"
    r"|,\s+(?:and|but|while|whereas)\s+|\s+and\s+)"
)


@dataclass(frozen=True)
class _Frame:
    """A sentence with its attribution peeled off."""

    content: Span
    speaker: str | None
    speculative: bool = False
    was_quote: bool = False
    after: Span | None = None  # what follows the speaker: "…, X said, but …", "…, noting that …"
    via: str | None = None  # the outlet the speaker spoke to: "…, he told AFP"
    identity: Span | None = None  # who the speaker is said to be: "Ann Lee, the town's mayor"
    documented: bool = False  # "according to a 911 call": the speaker is a source, not someone who acts


@dataclass(frozen=True)
class _Clause:
    text: str
    span: Span
    restored: str | None = None  # words given back from the clause before, bracketed in `text`


def extract_claims(article: Article, *, furniture: frozenset[str] = frozenset()) -> list[Claim]:
    """All atomic claims of one article, in reading order.

    `furniture` holds line keys (see `boilerplate.repeated_lines`) that recur across
    the corpus and are dropped as site furniture.
    """
    claims: list[Claim] = []
    seen: dict[str, int] = {}
    # Where each line of the file ends, for claims' line numbers: one pass over the text, not one
    # count from the start for every claim (quadratic on a page that is one long line).
    newlines = [m.start() for m in _NEWLINE.finditer(article.text)]
    speakers = Speakers()  # "he said" refers back to the last named speaker it fits
    carried: str | None = None  # who spoke last in the line before, for a quotation that goes on
    for n, line in enumerate(lines(article.body)):
        if is_boilerplate_line(line.text) or is_furniture(line.text, furniture):
            continue
        headline = n == 0 and _is_headline(line.text)
        first_claim = len(claims)
        continuing = carried if not headline else None
        for sentence in sentences(_without_dateline(line)):
            if not _is_statement(sentence.text):
                continue
            frames = _frames(sentence)
            continuing = continuing if _goes_on_quoting(sentence, frames) else None
            if continuing is not None:
                frames = [_quotation_going_on(replace(frames[0], speaker=continuing))]
            if not any(frame.speaker for frame in frames):
                # "Anchorage lawyer Jon Hale, the owner, was there. He said …": the person a
                # narrative sentence tells of is whom a "he said" after it likeliest means.
                subject = _narrative_subject(sentence.text)
                if subject is not None:
                    speakers.mentioned(*subject)
            for frame in frames:
                if frame.identity is not None:
                    # The role the sentence gives its speaker is the source's own statement.
                    whole = _Clause(frame.identity.text, frame.identity)
                    claim = _make_claim(
                        article, sentence, _Frame(frame.identity, None), None, whole, seen, newlines=newlines
                    )
                    if claim is not None:
                        claims.append(claim)
                # "he said" is the last named speaker it fits (with none, nobody known), read
                # when the first clause that is the tag's own comes: a clause before it may
                # name a speaker of its own ("“…,” said Jon Hale, a pastor; a date had yet to
                # be set, he said": Hale).
                pronoun = frame.speaker if frame.speaker and frame.speaker.lower() in PRONOUNS else None
                speaker = None if pronoun else frame.speaker
                if speaker is not None:
                    _note_speaker(speakers, speaker)
                for clause in _clauses(frame):
                    if pronoun is not None and not _has_own_speaker(frame, clause):
                        speaker, pronoun = _resolved(speakers, pronoun), None
                    claim = _make_claim(
                        article, sentence, frame, speaker, clause, seen, newlines=newlines, headline=headline
                    )
                    if claim is not None:
                        claims.append(claim)
                        if claim.attribution is not None and claim.attribution != speaker:
                            _note_speaker(speakers, claim.attribution)  # the clause's own tag
                if pronoun is not None:
                    _resolved(speakers, pronoun)
        last = claims[-1] if len(claims) > first_claim else None
        carried = last.attribution if last is not None else None
    return _with_narrative_days(claims, article.published)


def _goes_on_quoting(sentence: Span, frames: list[_Frame]) -> bool:
    """Whether a sentence is a quotation and nothing else, with no tag, as a paragraph that
    goes on quoting the speaker of the paragraph before is written ("“…,” Ann Lee said." then
    "“We will rebuild.”", or "“But inside …" whose quotation the next paragraph goes on with).
    Words after the quotation ("“…,” the Lakeview Star quoted her as saying") are a tag this
    reader does not know, not the speaker before."""
    text = sentence.text
    if text[:1] not in _OPEN_QUOTES or len(frames) != 1 or frames[0].speaker is not None:
        return False
    closing = next((k for k in range(1, len(text)) if text[k] in _CLOSE_QUOTES), None)
    return closing is None or not text[closing + 1 :].strip(" .,!")


def _note_speaker(speakers: Speakers, speaker: str) -> None:
    """Remember a tag's speaker, a group or a named person, for the pronouns after it."""
    if _is_group(speaker):
        speakers.grouped(speaker)
    elif _is_name(speaker):
        speakers.named(speaker)


def _resolved(speakers: Speakers, pronoun: str) -> str | None:
    """The speaker a pronoun tag refers back to, remembered as that speaker's latest tag."""
    speaker = speakers.referent(pronoun)
    if speaker is not None:
        _note_speaker(speakers, speaker)
    return speaker


def _has_own_speaker(frame: _Frame, clause: _Clause) -> bool:
    """Whether a clause split off a frame carries a named speaker's tag of its own."""
    if clause.span.text == frame.content.text.rstrip(" ."):
        return False
    inner = _attribution(Span(_tidy(clause.text), clause.span.start, clause.span.end))
    return inner.speaker is not None and inner.speaker.lower() not in PRONOUNS


def _with_narrative_days(claims: list[Claim], published: str | None) -> list[Claim]:
    """Each claim that tells a day from the story's own ("could not be rescued until the next
    morning"), given the day its article named last before it (`dates.narrative_days`)."""
    told = [c for c in claims if not c.headline]
    days = dict(
        zip((c.id for c in told), dates.narrative_days([c.text for c in told], published), strict=True)
    )
    return [replace(c, day=days[c.id]) if days.get(c.id) else c for c in claims]


_SAYING_VERBS = ("saying", "adding", "declaring", "noting")
_SAYING = re.compile(
    rf"^(?P<main>.+?),?\s+(?:{'|'.join(_SAYING_VERBS)}),?\s+(?P<quote>[“\"][^“”\"]+[”\"])[.!]?$", re.S
)


def _frames(sentence: Span) -> list[_Frame]:
    """The sentence's attributed content; "…, saying, “Q”" yields Q as a quote of its own."""
    # The pattern is slow to fail, and most sentences lack the verb it needs.
    has_verb = any(verb in sentence.text for verb in _SAYING_VERBS)
    match = _SAYING.match(sentence.text) if has_verb else None
    if match is None:
        frame = _dated_frame(sentence, _attribution(sentence))
        return [frame, *_after_speaker(frame)]
    main = _sub(sentence, sentence.text, match, "main")
    quote = _sub(sentence, sentence.text, match, "quote")
    main_frame = _attribution(main)
    speaker = main_frame.speaker or _subject(main_frame.content.text) or None
    return [main_frame, _unquote(_Frame(quote, speaker))]


# What a sentence goes on to say after its speaker: "“…,” X said, but the fact that … makes …"
# (the reporter's own clause), "…, said X, a director, noting that …" (the speaker's).
_AFTER_BUT = re.compile(r"^[,;]\s*(?:but|and|while|yet)\s+(?P<clause>.+?)[.!]?$", re.S)
_SPEAKERS_NEXT_ACTS = ("noting", "adding", "explaining", "stressing", "saying")
_AFTER_NOTING = re.compile(
    rf"(?:^|,)\s*(?:{'|'.join(_SPEAKERS_NEXT_ACTS)})\s+(?:that\s+)?(?P<clause>.+?)[.!]?$", re.S
)


# "…,” X said, referring to the witnesses, two girls who saw it": the reporter's gloss on what
# the words were about, a fact of its own where it holds a clause.
_AFTER_REFERRING = re.compile(r"(?:^|,)\s*referring to\s+(?P<clause>.+?)[.!]?$", re.S)


def _after_speaker(frame: _Frame) -> list[_Frame]:
    after = frame.after
    if after is None:
        return []
    patterns = ((_AFTER_NOTING, frame.speaker), (_AFTER_REFERRING, None), (_AFTER_BUT, None))
    for pattern, speaker in patterns:
        found = pattern.search(after.text)
        if found and finite_verb_index(found["clause"]) is not None:
            clause = _sub(after, after.text, found, "clause")
            if len(words(clause.text)) >= MIN_CLAIM_WORDS:
                return [_Frame(content=clause, speaker=speaker)]
    return []


# "KYIV, Ukraine (AP) — ", "WASHINGTON (Reuters) - ", "LONDON, March 4 – ": a wire dateline
# in capitals opens the first paragraph; it is not part of the first claim.
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w .]+?)?(?:\s*\([\w .&-]{1,30}\))?\s*[—–-]{1,2}\s+(?=\S)"
)


def _without_dateline(line: Span) -> Span:
    match = _DATELINE.match(line.text)
    if not match:
        return line
    return Span(line.text[match.end() :], line.start + match.end(), line.end)


MAX_HEADLINE_WORDS = 25


def _is_headline(line: str) -> bool:
    """The first line of an article is its headline when it reads like one: short, and not
    ended like a sentence ("Lawyer: Singer checks into clinic"; not a first paragraph)."""
    stripped = line.strip()
    return (
        bool(stripped) and len(words(stripped)) <= MAX_HEADLINE_WORDS and not has_final_punctuation(stripped)
    )


def _is_name(speaker: str) -> bool:
    """ "Jane Smith", "terminal manager Jon Hale" are names a later "she" or "he" can refer
    to; "the report", "the Daily Courier", "a spokesman for Acme Foods" are not."""
    first, *rest = speaker.split()
    if first.lower() in DETERMINERS | PRONOUNS and not (rest and rest[0].rstrip(".").lower() in TITLES):
        return False  # "the report"; but "the Rev. Jon Hale" is a name
    return first[0].isupper() or bool(_NAME_RUN.search(speaker))


def _is_group(speaker: str) -> bool:
    """ "officials", "Authorities", "the jurors": people a later "they" can refer to, never
    "he" or "she" (a name may stand after them: "Authorities in Lakeview")."""
    head = _head_words(speaker)
    return not _NAME_RUN.search(" ".join(head)) and head[-1].lower() in GROUP_SPEAKERS


_RELATIVES = RELATIVE_PRONOUNS | {"that"}


def _head_words(speaker: str) -> list[str]:
    """A speaker's words up to its head noun: before a relative clause or a phrase that
    describes it ("three jurors who spoke briefly", "Authorities in Lakeview": the jurors,
    the authorities)."""
    written = speaker.split()
    for k, word in enumerate(written[1:], start=1):
        if word.lower() in _RELATIVES or word.lower() in PREPOSITIONS:
            return written[:k]
    return written


# Two capitalised words in a row: a person's name or title and name ("Sgt. Ann Lee").
_NAME_RUN = re.compile(r"\b[A-Z][\w.'’-]*\s+[A-Z][\w'’-]+")
_NAME_PARTICLES = frozenset("de da del der di van von la le bin al".split())
# Capitalised words in a row, one or more, with a name's particles between them ("Hale",
# "Sheriff's Deputy Jon Hale", "Ann de la Cruz").
_CAPITALISED_RUN = re.compile(
    rf"\b[A-Z][\w.'’-]*(?:(?:\s+(?:{'|'.join(sorted(_NAME_PARTICLES))}))*\s+[A-Z][\w.'’-]*)*"
)
_AGE_AFTER = re.compile(r"\s*,\s*\d{1,3}\s*,")  # "Jon Hale, 24, …"


def _narrative_subject(text: str) -> tuple[str, bool] | None:
    """The name a sentence opens by telling of, and whether the sentence describes it as a
    person: the first capitalised run before its first verb, not after a preposition, that a
    comma or that verb (one word between at most) follows ("Jon Hale later described …", "In
    her statement, Lee admitted …"). Described: by a word of the name ("Deputy Jon Hale", "HP
    CEO Ann Lee"), an age after it ("Jon Hale, 24,"), or a word just before it ("Anchorage
    lawyer Jon Hale", "His barber, Jon Hale,"), that says a person (`PERSON_WORDS`)."""
    verb = first_verb(text)
    if verb is None:
        return None
    before = text[: verb.start()]
    for match in _CAPITALISED_RUN.finditer(before):
        rest, lead = before[match.end() :], before[: match.start()]
        if not rest.lstrip().startswith(",") and len(words(rest)) > 1:
            continue  # a capital that opens the sentence or a phrase ("His barber", "In her …")
        previous = words(lead)[-1:]
        if previous and previous[0].lower() in PREPOSITIONS:
            continue  # "During his keynote at Acme World, …": a place, not who the sentence is of
        name = match.group().rstrip(".")
        if not _is_name(name) or _is_group(name):
            return None
        described_by = [w.rstrip(".").lower() for w in name.split()[:-1]]
        if previous and (not lead.rstrip().endswith(",") or len(words(lead)) <= SHORT_LEAD_WORDS):
            described_by.append(previous[0].lower())
        described_by += _apposition(rest)
        described = bool(_AGE_AFTER.match(rest)) or any(w in _OF_A_PERSON for w in described_by)
        return name, described
    return None


_OF_A_PERSON = PERSON_WORDS | TITLES | FEMININE_WORDS | MASCULINE_WORDS
_APPOSITION = re.compile(r"\s*,\s*(?:a|an|the)\s+([^,]+),")  # "Jon Hale, a city council candidate,"


def _apposition(rest: str) -> list[str]:
    """The words of a description set off by commas right after a name ("Jon Hale, a
    candidate for mayor, came …"), lower-cased; none where no such description follows."""
    match = _APPOSITION.match(rest)
    return [w.lower() for w in words(match.group(1))] if match else []


SHORT_LEAD_WORDS = 2  # "His barber, Jon Hale": a description set off by a comma


def _is_statement(text: str) -> bool:
    """A sentence that can be checked: not a question, not a fragment."""
    stripped = text.rstrip(" ”\"’')")
    return not stripped.endswith("?") and len(words(text)) >= MIN_SENTENCE_WORDS


def _make_claim(
    article: Article,
    sentence: Span,
    frame: _Frame,
    speaker: str | None,
    clause: _Clause,
    seen: dict[str, int],
    *,
    newlines: Sequence[int],
    headline: bool = False,
) -> Claim | None:
    """The claim of one clause; `seen` counts each text met so far in the article (for ids),
    `newlines` holds where the file's lines end (for line numbers)."""
    text = _tidy(clause.text)
    if len(words(text)) < MIN_CLAIM_WORDS:
        return None
    # A clause split off a longer statement may carry its own frame ("…, and told reporters …"),
    # and its own speaker: in "A said X, but B said Y", Y is B's.
    split_off = clause.span.text != frame.content.text.rstrip(" .")
    inner = _attribution(Span(text, clause.span.start, clause.span.end)) if split_off else None
    if inner is not None and inner.speaker is not None:
        if inner.speaker.lower() not in PRONOUNS:
            speaker = inner.speaker.strip("[]")  # else the frame's own tag, resolved already
        text = _tidy(inner.content.text)
    restored = clause.restored
    if inner is not None and inner.speaker is not None:
        restored = None  # the clause had a frame of its own; nothing was restored
    occurrence = seen.get(text, 0)
    seen[text] = occurrence + 1
    start = article.body_offset + clause.span.start
    end = article.body_offset + clause.span.end
    line = article.record_line or bisect_left(newlines, start) + 1
    return Claim(
        id=claim_id(article.source, text, occurrence),
        source=article.source,
        text=text,
        start=start,
        end=end,
        line=line,
        sentence=_context(sentence, start - article.body_offset, end - article.body_offset),
        attribution=speaker,
        quote=frame.was_quote or _has_quotation(text),
        hedged=frame.speculative or is_hedged(text) or _is_conditional(sentence.text),
        restored=restored,
        via=frame.via,
        headline=headline,
    )


MAX_CONTEXT = 2000  # characters of a claim's sentence kept as its context


def _context(sentence: Span, start: int, end: int) -> str:
    """The claim's sentence; of a run-on one (a page that lost its full stops), the claim with
    what stands around it, up to MAX_CONTEXT characters, so that no output repeats megabytes."""
    if len(sentence.text) <= MAX_CONTEXT:
        return sentence.text
    margin = max(0, (MAX_CONTEXT - (end - start)) // 2)
    low = max(0, start - sentence.start - margin)
    high = min(len(sentence.text), end - sentence.start + margin)
    return ("…" if low else "") + sentence.text[low:high] + ("…" if high < len(sentence.text) else "")


def claim_id(source: str, text: str, occurrence: int = 0) -> str:
    """Stable across runs: the same text in the same source gets the same id."""
    digest = hashlib.sha1(f"{source}\x00{text}\x00{occurrence}".encode()).hexdigest()
    return f"{source}:{digest[:10]}"


def _is_conditional(sentence: str) -> bool:
    return bool(_CONDITIONAL.match(sentence))


def _has_quotation(text: str) -> bool:
    return any(len(q.split()) >= MIN_QUOTE_WORDS for q in _QUOTED.findall(text))


# --- attribution ---------------------------------------------------------------------------


def _attribution(sentence: Span) -> _Frame:
    text = sentence.text
    for attempt in (_according_to, _quoted_as_saying, _speaker_after, _speaker_before):
        frame = attempt(sentence, text)
        if frame is not None:
            return _unquote(frame)
    return _Frame(content=sentence, speaker=None)


def _sub(sentence: Span, text: str, match: re.Match[str], group: str) -> Span:
    start, end = match.span(group)
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    return Span(piece, sentence.start + start + lead, sentence.start + start + lead + len(piece))


def _according_to(sentence: Span, text: str) -> _Frame | None:
    if "ccording to " not in text:  # both patterns need it ("According to X, …", "…, according to X")
        return None
    for pattern in (_ACCORDING_FIRST, _ACCORDING_LAST):
        match = pattern.match(text)
        if match and len(words(match["who"])) <= MAX_SPEAKER_WORDS:
            content = _strip_leading_adverb(_sub(sentence, text, match, "rest"))
            inner = _speaker_after(content, content.text) or _speaker_before(content, content.text)
            if inner is not None:  # "According to Tass, X said that …": the speaker is X
                return inner
            return _Frame(content, _clean_speaker(match["who"], last_part=False), documented=True)
    return None


_ADDRESSING = frozenset({"told", "tells", "tell", "asked", "asks", "warned", "urged"})
_CLAUSE_OPENERS = frozenset({"but", "and", "while", "whereas", "yet", "although", "though"})


# First words of what follows a speaker's tag that make it no part of what was said: a clause
# of the reporter's ("…, X said, but …"), the speaker's next act ("…, X said, adding that …"),
# words about the speaker ("…, X said, who …").
_NOT_CONTINUING = (
    _CLAUSE_OPENERS
    | frozenset(_SPEAKERS_NEXT_ACTS)
    | RELATIVE_PRONOUNS
    | frozenset("referring according where".split())
)


def _tag_inside(match: re.Match[str]) -> bool:
    """Whether a speaker's tag ("…, he said, …") interrupts one sentence: the words before it
    are no closed quotation, and the words after it hold a verb of their own that carries on
    what was said ("If the rain keeps falling, officials said, the river will flood")."""
    after = (match["after"] or "").strip()
    rest = match["rest"].rstrip()
    if not after.startswith(",") or rest.endswith(tuple(_CLOSE_QUOTES)) or len(words(rest)) < 2:
        return False  # a closed quotation, or one word before the tag: "But, the mayor says, …"
    if match["who"].split()[0].lower() in _NOT_CONTINUING:
        return False  # "the clinic, whose owner was not revealed, …": no speaker at all
    clause = after[1:].strip()
    first = clause.split(maxsplit=1)[0].lower() if clause else ""
    return bool(first) and first not in _NOT_CONTINUING and finite_verb_index(clause) is not None


def _whole(sentence: Span) -> Span:
    """The sentence without its final stop."""
    lead = len(sentence.text) - len(sentence.text.lstrip())
    trimmed = sentence.text.strip().rstrip(".!")
    return Span(trimmed, sentence.start + lead, sentence.start + lead + len(trimmed))


def _speaker_after(sentence: Span, text: str) -> _Frame | None:
    if not _mentions_reporting_verb(text):
        return None
    for pattern in (_SPEAKER_AFTER, _VERB_BEFORE_SPEAKER):
        match = pattern.match(text)
        if not match:
            continue
        if pattern is _VERB_BEFORE_SPEAKER and match["verb"] in _ADDRESSING:
            continue  # "…, told the judge, “…”": who follows "told" is spoken to, not speaking
        who = match["who"]
        if not _is_speaker(who, trailing=True):
            continue
        if (
            who.split()[0].lower() in _CLAUSE_OPENERS | RELATIVE_PRONOUNS
            or finite_verb_index(match.groupdict().get("tail") or "") is not None
        ):
            # "…, but an official said it is unlicensed": a clause of its own, not a tag;
            # "…, whose location was not revealed, …": a clause about what came before.
            continue
        inside = pattern is _SPEAKER_AFTER and _tag_inside(match)
        # "Once the gate opens, she said, the crowd will pour in": the tag stands inside
        # the sentence, and what follows it is the rest of what was said, not a clause apart.
        content = _whole(sentence) if inside else _sub(sentence, text, match, "rest")
        if len(words(content.text)) < MIN_CLAIM_WORDS:
            continue
        tail = match.groupdict().get("tail") or ""
        identity = None
        if pattern is _VERB_BEFORE_SPEAKER and match["after"]:
            # "…, says Ann Lee, the town's mayor, Acme Ltd, noting …": the parts that describe her.
            role_end = match.start("after")
            for part in match["after"][1:].split(","):
                if not _describes(part.strip(" .!")):
                    break
                role_end += 1 + len(part.rstrip(" .!"))
            identity = _identity(sentence, text, match.start("who"), role_end)
        return _Frame(
            content=content,
            speaker=_clean_speaker(who, last_part=False),
            speculative=match["verb"] in SPECULATIVE_REPORTING,
            after=_sub(sentence, text, match, "after") if match["after"] and not inside else None,
            via=_channel(tail) if match["verb"] in _ADDRESSING else None,
            identity=identity,
        )
    return None


def _speaker_before(sentence: Span, text: str) -> _Frame | None:
    """ "X said (that) …", "As X announced, …": the first reporting verb, with a verbless X."""
    if not _mentions_reporting_verb(text):
        return None
    for match in _REPORTING_VERB.finditer(text):
        who = text[: match.start()].strip()
        before = words(who)
        if before and before[-1].lower() in DETERMINERS:
            continue  # "the report said": a noun, not the verb
        if not who:
            return None
        if not _is_speaker(who):
            # "Ann Lee, who has run the shop for 30 years, said …": the name before the clause
            # that describes her is who spoke. Not before "told" or "asked": whom it was told,
            # and how, run on after it ("Lee, who …, told Hale in a firm voice, “…”").
            described = None if match["verb"] in _ADDRESSING else _described_speaker(who)
            if described is None:
                return None
            who = described
        told = _TOLD_THAT.match(text, match.end()) if match["verb"] in _ADDRESSING else None
        rest = told or (_SAID_CLAUSE if match["verb"] in _SPEAKING else _REPORTED_CLAUSE).match(
            text, match.end()
        )
        assert rest is not None  # every group in the pattern is optional
        content_text = text[rest.end() :].strip()
        has_that = bool(rest.group("that"))
        if not _is_reported_clause(content_text, verb=match["verb"], has_that=has_that):
            return None
        start = sentence.start + rest.end() + (len(text[rest.end() :]) - len(text[rest.end() :].lstrip()))
        return _Frame(
            content=Span(content_text, start, start + len(content_text)),
            speaker=_clean_speaker(who, last_part=True),
            speculative=match["verb"] in SPECULATIVE_REPORTING,
            via=_channel(told["whom"]) if told else None,
            identity=_identity(sentence, text, 0, match.start()),
        )
    return None


# What may stand between a reporting verb and what is reported: whom it was told, and when it
# was said ("said on Monday", "told reporters late Tuesday"). After a verb of speaking the day
# belongs to the frame, not to the fact ("said Thursday the singer checked in"); after
# "announced" or "reported" it may be the fact itself, and stays.
_DAY_NAMES = [w.capitalize() for w in WEEKDAYS if w.endswith("day")]
_DAY_WORDS = "|".join((*_DAY_NAMES, "yesterday", "today", "tonight"))
_SAID_DAY = rf"(?:late |early )?(?:{_DAY_WORDS})\b(?: (?:night|morning|afternoon|evening))?"
# "Acme on Monday said it has agreed to buy Bolt", "the firm announced on Tuesday that …": when
# the frame before what is reported dates it, the date is part of the fact (the day of an
# announcement), so the claim keeps the whole sentence, speaker and all.
_FRAME_DATE = re.compile(rf"\b(?:{_DAY_WORDS}|{'|'.join(m.capitalize() for m in MONTHS if len(m) > 3)})\b")
_CALENDAR_DATE = re.compile(rf"\b(?:\d{{1,2}}|{'|'.join(m.capitalize() for m in MONTHS)})\b\.?")
_ANNOUNCING = re.compile(r"\b(?:announced|announces|said|says|confirmed|confirms|reported|reports)\b")


def _dated_frame(sentence: Span, frame: _Frame) -> _Frame:
    if frame.speaker is None or frame.content.start <= sentence.start:
        return frame
    head = sentence.text[: frame.content.start - sentence.start]
    verbs = list(_ANNOUNCING.finditer(head))
    if not verbs:
        return frame
    # After "said" a weekday is the wire's note of when the words were had ("her lawyer said
    # Thursday …"); before it, the day of an announcement ("Acme on Monday said …"). A calendar
    # date ("said on 12 November that …") is given for the record, wherever it stands.
    verb = verbs[-1]
    dated = head[: verb.start()] if verb.group() in _SPEAKING else head
    if not _FRAME_DATE.search(dated) and not _CALENDAR_DATE.search(head[verb.end() :]):
        return frame
    return replace(frame, content=sentence, was_quote=False, after=None)


_SPEAKING = frozenset({"said", "says", "told", "tells"})
# "Witnesses told police that …", "she told The Associated Press on Monday that …": whom it was
# told stands between the verb and "that", and is no part of what was told.
_TOLD_THAT = re.compile(
    r"\s+(?P<whom>(?:the |a |an )?[\w.&'’-]+(?: [\w.&'’-]+){0,3}?)"
    rf"(?:,?\s+(?:on\s+)?{_SAID_DAY})?,?\s+(?P<that>that\s+)"
)


def _channel(whom: str) -> str | None:
    """An outlet a statement was given to ("AFP", "The Associated Press"): a name, with any
    day it was said dropped; None for "police" or "reporters"."""
    named = _SPEAKER_TAIL.sub("", " " + whom.strip()).strip()
    name = re.sub(r"^the ", "", named)  # "the Daily Courier" is an outlet, "the judge" is not
    return named if name[:1].isupper() and named.lower() not in PRONOUNS else None


_TOLD_WHOM = r"\s*(?:reporters|journalists|the media|the press)?\s*"
_THAT = r",?\s*(?P<that>that\s+)?"
# "on Monday", "in March", "on Monday 12 November", "on Monday, Nov. 12"
_ON_DATE = r"(?:on|in) [A-Z]\w+(?:,? \d{1,2}(?: [A-Z][a-z]+\.?)?|,? [A-Z][a-z]+\.? \d{1,2})?"
_REPORTED_CLAUSE = re.compile(rf"{_TOLD_WHOM}(?:{_ON_DATE})?{_THAT}")
_SAID_CLAUSE = re.compile(rf"{_TOLD_WHOM}(?:{_ON_DATE}|{_SAID_DAY})?{_THAT}")
MAX_SUBJECT_WORDS = 8
MAX_SAID_SUBJECT_WORDS = 14  # before the verb of what "X said" reports, where a noun phrase opens it


def _is_reported_clause(content: str, *, verb: str, has_that: bool) -> bool:
    """What follows a reporting verb is reported speech only if it is a clause."""
    if len(words(content)) < MIN_CLAIM_WORDS:
        return False
    if has_that or content[:1] in _OPEN_QUOTES:
        return True
    if verb in REPORTING_NEEDS_THAT:
        return False
    index = finite_verb_index(content)
    if index is None or index == 0:
        return False
    if index <= MAX_SUBJECT_WORDS:
        return True
    # "Ann Lee said the two fires on consecutive days in the valley were not related": after
    # "said" a longer subject still makes a clause, where it opens as a noun phrase does (not
    # "said at a hearing on Tuesday that …", nor after "told" a judge's long title).
    return verb in _SPEAKING and index <= MAX_SAID_SUBJECT_WORDS and words(content)[0].lower() in DETERMINERS


_RESTRICTIVE_WHO = re.compile(r"\s+who\s+")
MAX_RESTRICTED_WORDS = 4  # "another local resident": longer, and the words before "who" run on as a clause
MAX_DESCRIBED_SPEAKER_WORDS = 30  # a name and the clause between commas that describes it


def _described_speaker(who: str) -> str | None:
    """The name that opens `who` where the rest is a description closed by a comma ("Ann Lee,
    who runs the shop," → "Ann Lee"; "Jon Hale, the former commander for training at the
    department," → "Jon Hale") or a relative clause that tells which one ("a woman who said
    she was a neighbour" → "a woman"); None for anything else."""
    if any(q in who for q in '“”"') or len(words(who)) > MAX_DESCRIBED_SPEAKER_WORDS:
        return None
    restrictive = _RESTRICTIVE_WHO.search(who)
    if restrictive and "," not in who:
        # "A woman who said she was his cousin told …": the relative clause tells which woman.
        name = who[: restrictive.start()]
        return name.strip() if len(words(name)) <= MAX_RESTRICTED_WORDS and _is_speaker(name) else None
    name, _, description = who.partition(",")
    if not who.endswith(",") or not description.strip(" ,") or not _is_speaker(name):
        return None
    opener = words(description)[0].lower()
    if not (opener in RELATIVE_PRONOUNS or opener in DETERMINERS or _is_role(description.strip(" ,"))):
        return None  # "Lee, Hale and Ross said": a list, not a description
    return name.strip()


# Forms of "be", "have" and "do", and modals that name nothing ("could"; not "will", "can"): a
# verb wherever they stand ("requirements are growing", "Hale could not say"),
# never a noun before another, as "fire" is in "fire officials".
_NEVER_NOUNS = frozenset("is are was were be been am has have had does did could would should must".split())


def _is_speaker(who: str, *, trailing: bool = False) -> bool:
    """A short noun phrase with no verb of its own and no quotation in it.

    Before the verb it must look like a name or start with a determiner; after a
    comma ("…, officials said") a short lower-case noun phrase will do.
    """
    tokens = words(who)
    if not tokens or len(tokens) > MAX_SPEAKER_WORDS or any(q in who for q in '“”"'):
        return False
    lowered = [t.lower() for t in tokens]
    if any(t in {"who", "which", "that", "if", "when", "while"} for t in lowered):
        return False
    # A verb of its own makes a clause, not a speaker; a noun that can be a verb after a
    # determiner, or before another noun, is a noun ("the fire chief", "fire officials"); before
    # an adverb it is a verb ("the call came shortly after …").
    for i, token in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        before_noun = (
            following is not None
            and token.lower() not in _NEVER_NOUNS
            and following.lower() not in STOP_WORDS
            and not looks_past(following)
            and not _is_adverb(following)
        )
        if is_finite_verb(token, previous=tokens[i - 1] if i else None) and not before_noun:
            return False
    first = _SPEAKER_NOISE.sub("", who).strip(" ,").removeprefix("As ").strip()
    if trailing and first and len(tokens) <= MAX_TRAILING_SPEAKER_WORDS:
        return True
    return bool(first) and (first[0].isupper() or first.split()[0].lower() in DETERMINERS | PRONOUNS)


# "“…,” the Lakeview Star quoted Ann Lee as saying" / "Interfax quoted a spokesman as saying
# that …": the words are the speaker's, given through an outlet (or through whoever quoted them).
_QUOTED_AFTER = re.compile(
    r"^(?P<rest>.+?[,”\"])\s+(?P<via>[^,“”\"]{2,60}?)\s+quoted\s+(?P<who>[^,“”\"]{2,80}?)\s+as\s+saying[.!]?$",
    re.S,
)
_QUOTED_BEFORE = re.compile(
    r"^(?P<via>[^,“”\"]{2,60}?)\s+quoted\s+(?P<who>[^,“”\"]{2,80}?)\s+as\s+saying(?:\s+that)?,?\s+(?P<rest>.+?)[.!]?$",
    re.S,
)


def _quoted_as_saying(sentence: Span, text: str) -> _Frame | None:
    if " as saying" not in text:  # both patterns need it
        return None
    for pattern in (_QUOTED_AFTER, _QUOTED_BEFORE):
        match = pattern.match(text)
        if match is None or not _is_speaker(match["who"], trailing=pattern is _QUOTED_AFTER):
            continue
        content = _sub(sentence, text, match, "rest")
        if len(words(content.text)) < MIN_CLAIM_WORDS:
            continue
        return _Frame(content, _clean_speaker(match["who"], last_part=False), via=_channel(match["via"]))
    return None


_SPEAKER_TAIL = re.compile(
    r"\s+(?:in an?|with an?|on|at|late|early|later|earlier|during|after|before|yesterday|today|"
    r"tonight|last|this)\b.*$",
    re.S,
)


def _clean_speaker(who: str, *, last_part: bool) -> str:
    """ "Earlier, the press secretary, Jane Smith," → "Jane Smith"."""
    cleaned = _OPENING_LINK.sub("", who.strip())
    cleaned = _SPEAKER_NOISE.sub("", cleaned)
    parts = [p.strip() for p in cleaned.split(",") if p.strip()]
    if not parts:
        return who.strip()
    names = [p for p in parts if _is_full_name(p)]
    # "Ann Lee, the town's mayor, said": the name, wherever it stands, is who spoke.
    chosen = names[0] if len(names) == 1 else parts[-1] if last_part else parts[0]
    if (len(parts) > 1 and re.match(r"(?:and|or) ", parts[-1])) or (" and " in parts[-1] and not names):
        chosen = ", ".join(parts)  # "Police, firefighters and medics": a list of speakers
    # "the clerk in a firm voice", "a spokesman late Tuesday": how or when it was said is no part of who.
    chosen = _SPEAKER_TAIL.sub("", chosen) or chosen
    return re.sub(r"\s+", " ", chosen).strip()


def _identity(sentence: Span, text: str, start: int, end: int) -> Span | None:
    """The speaker's name with the role the sentence gives them ("Ann Lee, the town's mayor";
    "the press secretary, Jane Smith"; "Tom Ross, 45, a teacher"): one full name and parts
    that describe, between commas. None for anything else ("Police, firefighters")."""
    # Each part between commas, as (start, end) in `text` without its spaces.
    parts = [(start + m.start(), start + m.end()) for m in _PART.finditer(text[start:end])]
    while parts and _SPEAKER_NOISE.fullmatch(_OPENING_LINK.sub("", text[slice(*parts[0])]).strip()):
        parts = parts[1:]  # "Earlier, the press secretary, Jane Smith"
    if parts:  # "But Officer Jon Hale, …": the conjunction links the sentence, it names nobody
        linked = _OPENING_LINK.match(text, parts[0][0], parts[0][1])
        parts[0] = (linked.end() if linked else parts[0][0], parts[0][1])
    said = [text[slice(*p)] for p in parts]
    # A full name (the speaker's, and any firm's after it) and at least one role.
    if not any(map(_is_full_name, said)) or not any(map(_is_role, said)):
        return None
    if not all(_is_full_name(p) or _describes(p) for p in said):
        return None
    first, last = parts[0][0], parts[-1][1]
    return Span(text[first:last], sentence.start + first, sentence.start + last)


_PART = re.compile(r"[^,\s](?:[^,]*[^,\s])?")  # a part between commas, without its spaces


def _is_full_name(part: str) -> bool:
    """ "Ann Lee", "Juan de la Cruz": two or more words, each capitalised but for particles."""
    tokens = part.split()
    return (
        len(tokens) >= 2
        and tokens[0][0].isupper()
        and tokens[0].lower() not in DETERMINERS | PRONOUNS
        and all(t[0].isupper() or t in _NAME_PARTICLES for t in tokens)
    )


MAX_FIRM_WORDS = 5


def _describes(part: str) -> bool:
    """A part after a speaker's name that says who they are: a role, or the firm it is at
    ("HP Services"); not what they went on to do ("noting that …")."""
    tokens = part.split()
    if not tokens or tokens[0].lower().endswith("ing") or finite_verb_index(part) is not None:
        return False
    return _is_role(part) or (_is_full_name(part) and len(tokens) <= MAX_FIRM_WORDS) or tokens[0].isupper()


def _is_role(part: str) -> bool:
    """What a speaker is: "the town's mayor", "chairman of Acme", an age ("45")."""
    tokens = part.split()
    if not tokens or len(tokens) > MAX_SPEAKER_WORDS:
        return False
    opener = tokens[0]
    if opener.isdigit():
        return len(tokens) == 1
    return opener[0].islower() and opener not in _CLAUSE_OPENERS and opener not in _CLAUSE_WORDS


def _unquote(frame: _Frame) -> _Frame:
    """Content that is one whole quotation becomes the quoted words themselves."""
    text = frame.content.text
    if len(text) > 2 and text[0] in _OPEN_QUOTES and text.rstrip(",.")[-1:] in _CLOSE_QUOTES:
        inner = text[1:].rstrip(",.")[:-1]
        if not any(q in inner for q in '“”"'):
            inner_text = inner.rstrip(",. ")
            start = frame.content.start + 1
            span = Span(inner_text, start, start + len(inner_text))
            return replace(frame, content=span, was_quote=True)
    return frame


def _quotation_going_on(frame: _Frame) -> _Frame:
    """A quotation of the speaker before: the quoted words, also where the paragraph leaves the
    quotation open for the next one ("“But inside, there was timber.")."""
    frame = _unquote(frame)
    text = frame.content.text
    if frame.was_quote or text[:1] not in _OPEN_QUOTES or any(q in text[1:] for q in '“”"'):
        return replace(frame, was_quote=True)
    inner = text[1:].rstrip(",. ")
    start = frame.content.start + 1
    return replace(frame, content=Span(inner, start, start + len(inner)), was_quote=True)


def _strip_leading_adverb(span: Span) -> Span:
    match = _LEADING_ADVERBS.match(span.text)
    if not match:
        return span
    return Span(span.text[match.end() :], span.start + match.end(), span.end)


# --- atomic clauses ------------------------------------------------------------------------


def _clauses(frame: _Frame) -> Iterator[_Clause]:
    """Split a statement at coordinations; give each clause back what it lost.

    A direct quotation stays whole: its wording is what a quote check compares.
    """
    content = frame.content
    if frame.was_quote:
        yield _Clause(content.text, content)
        return
    text = content.text
    pieces: list[tuple[int, int]] = []  # (start, end) within text
    kinds: list[str] = []  # how each piece after the first attaches: clause, verb or object
    cursor = 0
    for point in _SPLIT_POINT.finditer(text):
        # Each decision needs only the words near the split point; looking at all the rest of
        # the sentence would cost quadratic time on a run-on "sentence" of thousands of words.
        left = text[max(cursor, point.start() - SPLIT_CONTEXT) : point.start()]
        right = text[point.end() : point.end() + SPLIT_CONTEXT]
        if _inside_quote(text, point.start()) or _inside_opening_subordinate(text[cursor : point.start()]):
            continue
        kind = _coordination_kind(point.group(), left, right)
        if kind is None:
            continue
        pieces.append((cursor, point.start()))
        kinds.append(kind)
        cursor = point.end()
    pieces.append((cursor, len(text)))
    # A piece that lost its subject (or verb) gets it back from the clause it belongs to (the
    # latest piece with a subject of its own: in "A was hurt, but police say they freed him
    # and took him away", "took him away" is the police's), marked as restored; where none can
    # be found, it stays part of the clause before it: a whole sentence is better than a piece
    # that cannot stand alone.
    head = text[pieces[0][0] : pieces[0][1]]
    found: list[tuple[int, int, str | None]] = [(*pieces[0], None)]
    for (start, end), kind in zip(pieces[1:], kinds, strict=True):
        if kind == "clause":
            head = text[start:end]
        given = _subject(head) if kind == "verb" else _verb_phrase(head) if kind == "object" else None
        if (
            kind == "verb"
            and frame.speaker is not None
            and not frame.documented
            and _SPEAKERS_OWN_ACT.match(text, start)
        ):
            # "Lee said the shootings were many and lamented that …": the speaker lamented (not
            # a document's: "according to a 911 call, Hale called and explained that …").
            given = frame.speaker
        if given is not None and _has_subordinate_clause(text[found[-1][0] : found[-1][1]]):
            given = ""
        if given == "":
            found[-1] = (found[-1][0], end, found[-1][2])
        else:
            found.append((start, end, given))
    for start, end, given in found:
        span = _span_of(content, start, end)
        piece = text[start:end]
        yield _Clause(piece if given is None else f"[{given}] {piece}", span, given)


# A verb with "that" after it, split off what a speaker said: the speaker's own next act
# ("… and lamented that", "… and said"), not one of what was said.
_SPEAKERS_OWN_ACT = re.compile(r"(?:[a-z]+ed\s+that|said)\b")


# Words that open a subordinate clause before its main one: "When the shop closed and its staff
# had left, the street went quiet".
_OPENING_SUBORDINATORS = frozenset(
    "when whenever while after before because since if although though once until unless".split()
)


def _inside_opening_subordinate(piece: str) -> bool:
    """Whether a piece of a sentence is a subordinate clause still open: it starts with a word
    that opens one and no comma has closed it yet, so a coordination within it joins two
    parts of that clause, and what follows is no claim apart from it."""
    opener = piece.lstrip(" ,;:–—").split(maxsplit=1)
    return bool(opener) and opener[0].lower() in _OPENING_SUBORDINATORS and "," not in piece


SPLIT_CONTEXT = 1000  # characters either side of a split point that decide it: far beyond a clause


def _span_of(content: Span, start: int, end: int) -> Span:
    piece = content.text[start:end]
    trimmed = piece.rstrip(" ,;:–—")
    if trimmed.endswith(".") and not trimmed.endswith("..."):
        trimmed = trimmed[:-1]
    return Span(trimmed, content.start + start, content.start + start + len(trimmed))


def _inside_quote(text: str, position: int) -> bool:
    before = text[:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_SUBJECT_PRONOUNS = frozenset("he she they we i".split())


def _coordination_kind(joint: str, left: str, right: str) -> str | None:
    """How the right-hand piece attaches, or None when this is not a split point."""
    right_words = words(right)
    if len(right_words) < MIN_CLAIM_WORDS or finite_verb_index(left) is None:
        return None
    if _OPENS_WITH_A_FIGURE.match(right) and any(w.lower() in AUXILIARIES for w in right_words[:3]):
        # "Four people died and 108 were injured": a figure is the clause's own subject (words
        # leave figures out, so the verb would seem to open the piece). Not "and more than 150
        # injured", one predicate told of two counts; nor "indicates 243 passengers and 12 crew
        # members were aboard", where the figure before has no verb after it: one subject.
        figures_left = list(_FIGURE.finditer(left))
        if figures_left and finite_verb_index(left[figures_left[-1].end() :]) is None:
            return None
        return "clause"
    first = right_words[0]
    starts_with_verb = is_finite_verb(first, previous=None) and first[0].islower()
    if "as well as" in joint:
        if finite_verb_index(" ".join(right_words[:4])) is None:
            return "object" if _verb_phrase(left) else None
        return "clause"
    if joint.strip(" ,").endswith("that"):
        return "clause"
    bare_and = joint.strip() == "and"
    before = words(left)[-1]  # `left` has a finite verb, so a word
    takes_object = len(right_words) > 1 and right_words[1].lower() in DETERMINERS | PRONOUNS
    if bare_and and _is_past(before) and _is_past(first) and not takes_object:
        # "shot and killed by police": one predicate, two verbs ("… and approached the group": two)
        return None
    if bare_and:
        if first.lower() in _SUBJECT_PRONOUNS and finite_verb_index(" ".join(right_words[:4])) is not None:
            return "clause"  # "… had a revolver and he allegedly pointed it …": a clause of its own
        past_or_aux = _is_past(first) or first.lower() in AUXILIARIES
        return "verb" if starts_with_verb and past_or_aux else None
    if starts_with_verb:
        return "verb"
    index = finite_verb_index(" ".join(right_words[:8]))
    if index is None:
        return None
    # "… and then made her own statement": only adverbs before the verb, so no subject of its own.
    return "verb" if all(_is_adverb(w) for w in right_words[:index]) else "clause"


_FIGURE = re.compile(rf"\b(?:\d[\d,.]*|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\b", re.I)
_OPENS_WITH_A_FIGURE = re.compile(r"\s*(?:about |around |nearly |more than |at least )?\d")
_ADVERBS = frozenset("then also later again still soon finally just now once".split())


def _is_adverb(word: str) -> bool:
    lower = word.lower()
    return lower in _ADVERBS or (lower.endswith("ly") and len(lower) > 4)


_SUBORDINATORS = frozenset(
    "when while after before because since as if although though where who which that whose once "
    "until".split()
)


def _is_past(word: str) -> bool:
    return word.lower() in IRREGULAR_PAST or looks_past(word)


_LEADING_CONJUNCTIONS = re.compile(r"^(?:but|and|so|yet|then)\s+", re.I)


def _subject(clause: str) -> str:
    """The noun phrase before the clause's first finite verb, after any leading phrase ("In
    the 1950s, dairy farmers"; "But the march, peaceful at first," → "the march"). Empty where
    none can be told: a subordinate clause ("…, when the settlers arrived"), words that do not
    open a noun phrase, or more than MAX_SUBJECT_WORDS of them."""
    clause = _INNER_TAG.sub(",", clause)  # "A year ago, she said, a guard stopped her"
    match = first_verb(clause)
    if match is None:
        return ""
    parts = [_LEADING_CONJUNCTIONS.sub("", p.strip()) for p in clause[: match.start()].split(",")]
    for part in reversed([p for p in parts if p]):
        if any(w.lower() in _SUBORDINATORS for w in words(part)):
            return ""  # "Minutes after a woman was suspended": the verb is the subordinate's
        opener = part.split()[0]
        if opener[0].isupper() or opener.lower() in DETERMINERS | PRONOUNS or opener[0].isdigit():
            part = _CONTRACTED_AUXILIARY.sub("", part)  # "He’d been dropped off" → "He"
            return part if len(words(part)) <= MAX_SUBJECT_WORDS else ""
    return ""


# A speaker's tag between commas inside a sentence: ", he said,", ", Ann Lee says,".
_INNER_TAG = re.compile(rf",\s+[^,“”\"]{{1,40}}?\s+(?:{_RV}),")
_CONTRACTED_AUXILIARY = re.compile(r"\s?[’']\s?(?:d|s|ve|ll|re|m)$")


def _has_subordinate_clause(clause: str) -> bool:
    """Whether a subordinate or relative clause follows the clause's first verb ("…milk, which
    allowed it to be mixed"): a verb after it may belong to either, so none is given back."""
    match = first_verb(clause)
    after = words(clause[match.end() :]) if match else []
    for i, word in enumerate(after):
        lower = word.lower()
        if lower in _CLAUSE_WORDS:
            return True
        # "after a faction broke off" is a clause; "after the meeting", a phrase.
        if lower in _SUBORDINATORS and finite_verb_index(" ".join(after[i + 1 : i + 1 + CLAUSE_REACH])):
            return True
    return False


CLAUSE_REACH = 4  # words after "after", "since", "as" … within which a verb makes it a clause


# Words that open a subordinate or relative clause and nothing else ("as", "after" are
# prepositions too: "a bowl as a gift").
_CLAUSE_WORDS = frozenset(
    "which who whom whose that when while because although though if unless whether how what why "
    "where".split()
)


def _verb_phrase(clause: str) -> str:
    """Subject, verb and any indirect object: everything before the first object's determiner."""
    match = first_verb(clause)
    if match is None:
        return ""
    subject = _subject(clause)
    after = clause[match.end() :]
    for det in re.finditer(r"\b(\w+)\b", after):
        if det.group(1).lower() in DETERMINERS:
            return f"{subject} {clause[match.start() : match.end() + det.start()].strip()}".strip()
    return ""


def _tidy(text: str) -> str:
    """Trim the punctuation a split leaves behind; keep closing quotation marks."""
    # Any run of whitespace but a single space is two spaces or a character that is not
    # printable (a tab, a line break, a no-break space): only then is there work to do.
    uneven = "  " in text or not text.isprintable()
    cleaned = (_SPACES.sub(" ", text) if uneven else text).strip()
    cleaned = cleaned.rstrip(" ,;:–—")
    if cleaned.endswith(".") and not cleaned.endswith("..."):
        cleaned = cleaned[:-1]
    if cleaned.endswith((",”", ".”", ',"', '."')):
        cleaned = cleaned[:-2] + cleaned[-1]
    if cleaned and cleaned[0].islower() and not has_final_punctuation(cleaned[:1]):
        capital = cleaned[0].upper()
        # Only a capital that is the same letter: "µ" (micro) capitalises to Greek "Μ", "ß" to
        # "SS", and the claim would no longer be the source's words.
        if len(capital) == 1 and capital.lower() == cleaned[0]:
            cleaned = capital + cleaned[1:]
    return cleaned
