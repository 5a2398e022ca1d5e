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
    """The speakers of one article so far, latest last: named people, with the sex each is
    known by, and groups ("officials", "jurors") that only "they" refers back to."""

    order: list[tuple[str, bool]] = field(default_factory=list)  # (speaker, is a group), latest last
    sex: dict[str, str] = field(default_factory=dict)  # by `_person`: "f" or "m"

    def named(self, speaker: str) -> None:
        """A named speaker's tag ("Ann Lee said", "said terminal manager Jon Hale")."""
        person = _person(speaker)
        told = told_sex(speaker)
        if told is not None:
            self.sex.setdefault(person, told)
        self.order = [(s, g) for s, g in self.order if g or _person(s) != person] + [(speaker, False)]

    def grouped(self, speaker: str) -> None:
        """A group's tag ("officials said", "Authorities said")."""
        self.order = [(s, g) for s, g in self.order if s != speaker] + [(speaker, True)]

    def referent(self, pronoun: str) -> str | None:
        """The speaker a pronoun in a tag refers back to: for "he" or "she" the latest named
        person whose sex, as far as the article has told it, fits ("she" never a "Mr."), else
        None; a person of no known sex is taken to be of the pronoun's from then on. For
        "they" or "we", the latest speaker, group or person."""
        wanted = _SEX_OF_PRONOUN.get(pronoun.lower())
        if wanted is None:
            return self.order[-1][0] if self.order else None
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
