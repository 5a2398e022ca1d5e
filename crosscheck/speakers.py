"""Who "he said" or "she said" refers back to: the last named speaker the pronoun fits.

An article often quotes a man and a woman in turn ("Ann Lee said …", "Officer Jon Hale said
…", "the bullet, he said, …"): the last named speaker is the likeliest referent of a pronoun,
unless what the article has told of that speaker rules it out. What tells it: a word of the
speaker's own description ("Mrs. Lee", "a spokeswoman", "Councilman Hale"), or an earlier
"she said" or "he said" that was taken to be that speaker. Nothing is guessed from a given
name. Where no named speaker fits, the speaker is unknown (None), not the wrong person.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crosscheck.lexicon import FEMININE_WORDS, MASCULINE_WORDS

_SEX_OF_PRONOUN = {"he": "m", "she": "f"}


def _person(speaker: str) -> str:
    """What names one person in its speaker strings: the last word ("Mrs. Ann Lee", "Lee")."""
    return speaker.split()[-1].strip(".,'’").lower()


def told_sex(speaker: str) -> str | None:
    """ "f" or "m" where a word of the speaker's description tells it ("Mrs. Lee", "the
    spokeswoman", "Councilman Hale"), else None."""
    written = speaker.split()
    # A capitalised word counts before the name's last word, as a title ("Councilman Hale",
    # "Queen Ann"), not as the surname itself ("Tishana King", "Ann Bride").
    described = {
        w.strip(".,'’").lower() for k, w in enumerate(written) if w[:1].islower() or k < len(written) - 1
    }
    feminine, masculine = bool(described & FEMININE_WORDS), bool(described & MASCULINE_WORDS)
    if feminine == masculine:
        return None
    return "f" if feminine else "m"


@dataclass
class Speakers:
    """The people of one article so far, latest last: named speakers, the people narrative
    sentences tell of, each with the sex it is known by, and groups ("officials", "jurors")
    that only "they" refers back to."""

    order: list[tuple[str, bool]] = field(default_factory=list)  # (speaker, is a group), latest last
    sex: dict[str, str] = field(default_factory=dict)  # by `_person`: "f" or "m"
    spoke: set[str] = field(default_factory=set)  # by `_person`: those who spoke, not only told of

    def named(self, speaker: str) -> None:
        """A named speaker's tag ("Ann Lee said", "said terminal manager Jon Hale")."""
        self._latest(speaker)
        self.spoke.add(_person(speaker))

    def mentioned(self, name: str, described: bool) -> None:
        """A person a narrative sentence opens by telling of ("Anchorage lawyer Jon Hale, the
        owner, was there"), the likeliest referent of a "he said" after it, as a speaker is.
        A name not described as a person ("Acme Foods closed the plant") counts only as
        someone the article has named before; so does one word ("Hale"), kept as first named."""
        person = _person(name)
        earlier = next((s for s, g in self.order if not g and _person(s) == person), None)
        if earlier is not None:
            self._latest(earlier)
        elif described and len(name.split()) > 1:
            self._latest(name)

    def _latest(self, name: str) -> None:
        person = _person(name)
        told = told_sex(name)
        if told is not None:
            self.sex.setdefault(person, told)
        self.order = [(s, g) for s, g in self.order if g or _person(s) != person] + [(name, False)]

    def grouped(self, speaker: str) -> None:
        """A group's tag ("officials said", "Authorities said")."""
        self.order = [(s, g) for s, g in self.order if s != speaker] + [(speaker, True)]

    def referent(self, pronoun: str) -> str | None:
        """The speaker a pronoun in a tag refers back to: for "he" or "she" the latest named
        person whose sex, as far as the article has told it, fits ("she" never a "Mr."), else
        None; a person of no known sex is taken to be of the pronoun's from then on. For
        "they" or "we", the latest speaker, group or person (not one only told of)."""
        wanted = _SEX_OF_PRONOUN.get(pronoun.lower())
        if wanted is None:
            return next((s for s, g in reversed(self.order) if g or _person(s) in self.spoke), None)
        for speaker, group in reversed(self.order):
            if group:
                continue
            known = self.sex.get(_person(speaker))
            if known is None:
                self.sex[_person(speaker)] = wanted
                return speaker
            if known == wanted:
                return speaker
        return None
