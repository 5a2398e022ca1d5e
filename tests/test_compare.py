"""Typed comparison of claim pairs, on real-shaped sentences with hand-written verdicts."""

from __future__ import annotations

from dataclasses import replace

from crosscheck import predicates, quantities
from crosscheck.compare import compare, judge
from crosscheck.context import Context
from crosscheck.hedges import is_hedged
from crosscheck.models import Claim, ConflictKind, Status
from crosscheck.normalize import DEFAULT_ALIASES, load_aliases, tokens

CONTEXT = Context(aliases=DEFAULT_ALIASES)


def claim(
    source: str, text: str, *, attribution: str | None = None, quote: bool = False, hedged: bool = False
) -> Claim:
    return Claim(f"{source}:{text[:8]}", source, text, 0, len(text), 1, text, attribution, quote, hedged)


def verdict(
    a: str, b: str, similarity: float = 80.0, **context: object
) -> tuple[Status, ConflictKind | None, str, str]:
    ctx = Context(**{"aliases": DEFAULT_ALIASES, **context})  # type: ignore[arg-type]
    found = compare(claim("a", a), claim("b", b), similarity=similarity, context=ctx)
    return found.status, found.kind, found.a_says, found.b_says


def counted_by(text: str) -> frozenset[str]:
    """What the first figure of `text` is counted by (`predicates.what_counts`)."""
    return predicates.what_counts(text, quantities.quantities(text)[0], DEFAULT_ALIASES)[0]


def test_different_counts_are_a_number_conflict() -> None:
    assert verdict("The storm killed ten people", "The storm killed 24 people") == (
        Status.CONFLICT, ConflictKind.NUMBER, "ten people", "24 people",
    )  # fmt: skip


def test_equal_quantities_in_other_words_agree() -> None:
    assert (
        verdict(
            "Pyongyang twice failed to launch a satellite", "Pyongyang failed two times to launch a satellite"
        )[0]
        is Status.AGREE
    )
    assert (
        verdict("The quake struck 10 km from the coast", "The quake struck 6.2 miles from the coast")[0]
        is Status.AGREE
    )
    assert verdict("At least 10 people died in the fire", "12 people died in the fire")[0] is Status.AGREE


def test_five_hour_against_three_hour_summit() -> None:
    assert verdict("They held a five-hour summit", "They held a three-hour summit") == (
        Status.CONFLICT, ConflictKind.NUMBER, "five hour", "three hour",
    )  # fmt: skip


def test_weekdays_are_read_against_the_publication_date() -> None:
    published = {"a": "2023-09-14", "b": None}
    assert (
        verdict("The leaders met on Wednesday", "The leaders met on September 13, 2023", published=published)[
            0
        ]
        is Status.AGREE
    )
    assert verdict("The leaders met on Tuesday", "The leaders met on September 13, 2023", published=published)[:2] == (
        Status.CONFLICT, ConflictKind.DATE,
    )  # fmt: skip


def test_a_weekday_the_day_after_the_date_line_may_be_that_next_day() -> None:
    from crosscheck.dates import timing

    # An article dated Thursday 13 June that tells of "Friday": six days back, or the story
    # updated the next day. Both are kept, so a Friday article's Friday is no date conflict.
    assert timing("Two workers remained hospitalized Friday", published="2013-06-13").dates == (
        "2013-06-07", "2013-06-14",
    )  # fmt: skip
    published = {"a": "2013-06-13", "b": "2013-06-14"}
    updated = "Two Acme workers remained hospitalized Friday, the company said"
    later = "Two Acme workers remained hospitalized on Friday"
    assert verdict(updated, later, published=published)[1] is not ConflictKind.DATE
    # Any other weekday is the last one on or before the date line, as before.
    assert timing("Two workers remained hospitalized Tuesday", published="2013-06-13").dates == (
        "2013-06-11",
    )
    assert verdict("Two Acme workers remained hospitalized Wednesday", later, published=published)[:2] == (
        Status.CONFLICT,
        ConflictKind.DATE,
    )


def test_during_against_shortly_before_is_a_time_conflict() -> None:
    status, kind, a_says, b_says = verdict(
        "While the leaders were meeting, the army launched two missiles into the sea",
        "The army launched two missiles into the sea shortly before the meeting",
        similarity=75,
    )
    assert (status, kind, a_says, b_says) == (Status.CONFLICT, ConflictKind.TIME, "during", "before")


def test_negation() -> None:
    assert verdict("The minister confirmed the deal", "The minister did not confirm the deal")[:2] == (
        Status.CONFLICT, ConflictKind.NEGATION,
    )  # fmt: skip


def test_a_figure_both_state_alike_anchors_the_figures_beside_it() -> None:
    # One man's description: the same height, two weights, and no shared word near them.
    a = "He is 5-feet-10 inches tall, weighing 180 pounds, has a beard"
    b = "Police said that Hale is 5-foot-10,190 pounds, with tattoos on both arms"
    assert verdict(a, b, similarity=50)[1:] == (ConflictKind.NUMBER, "180 pounds", "190 pounds")
    # Two verbs that say the figures measure two things keep them apart.
    lifted = "The 5-foot-10 man lifted 180 pounds at the gym"
    carried = "The 5-foot-10 man carried 190 pounds at the gym"
    assert verdict(lifted, carried, similarity=60)[1] is not ConflictKind.NUMBER


def test_an_un_word_negates_its_stem() -> None:
    armed, unarmed = "The man was armed when officers shot him", "The man was unarmed when officers shot him"
    assert verdict(unarmed, armed)[:3] == (Status.CONFLICT, ConflictKind.NEGATION, "unarmed")
    assert verdict(unarmed, "The man was not armed when officers shot him")[:2] == (Status.AGREE, None)
    # "un-" before a verb reverses it ("unveiled", "unsealed"), and some words only start so.
    assert tokens("The dealer is unlicensed", DEFAULT_ALIASES) == ("dealer", "license")
    assert tokens("Police unveiled a memorial amid unrest", DEFAULT_ALIASES) == (
        "police", "unveil", "memorial", "unrest",
    )  # fmt: skip
    assert tokens("a judge unsealed the file", DEFAULT_ALIASES) == ("judge", "unseal", "file")


def test_things_of_one_kind_in_the_same_role() -> None:
    assert verdict("The president was given a sword", "The president was given a pistol")[1:] == (
        ConflictKind.ENTITY, "sword", "pistol",
    )  # fmt: skip


def test_a_story_adds_its_own_kinds_of_things() -> None:
    a, b = "The ferry was rammed by a trawler", "The ferry was rammed by a tug"
    assert verdict(a, b)[:2] == (Status.AGREE, None)  # the built-in kinds do not know these boats
    story = load_aliases(None, extra_kinds={"vessel": ["trawler", "tug"]})
    assert verdict(a, b, aliases=story) == (Status.CONFLICT, ConflictKind.ENTITY, "trawler", "tug")


def test_north_korea_against_south_korea_is_an_entity_conflict() -> None:
    found = verdict("The missiles were fired by North Korea", "The missiles were fired by South Korea")
    assert found[:2] == (Status.CONFLICT, ConflictKind.ENTITY)


def test_a_longer_name_for_the_same_person_is_not_a_conflict() -> None:
    assert (
        verdict("Kim Jong Un visited the plant on Friday", "Kim visited the plant on Friday")[0]
        is Status.AGREE
    )


def test_hedged_differences_are_unclear_not_conflicts() -> None:
    a = claim("a", "The storm likely killed ten people", hedged=True)
    b = claim("b", "The storm killed 24 people")
    found = compare(a, b, similarity=80, context=CONTEXT)
    assert (found.status, found.kind) == (Status.UNCLEAR, ConflictKind.NUMBER)


def test_one_remark_quoted_in_other_words_is_a_quote_conflict() -> None:
    a = claim("a", "The leader shows great interest in missile technology", attribution="Putin", quote=True)
    b = claim("b", "The leader shows great interest in rocket engineering", attribution="Putin", quote=True)
    found = compare(a, b, similarity=70, context=CONTEXT)
    assert (found.kind, found.a_says, found.b_says) == (
        ConflictKind.QUOTE,
        "missile technology",
        "rocket engineering",
    )


def test_two_remarks_of_one_speaker_are_no_quote_conflict() -> None:
    a = claim("a", "We will never surrender", attribution="The mayor", quote=True)
    b = claim("b", "We are ready to negotiate today", attribution="Mayor", quote=True)
    assert compare(a, b, similarity=65, context=CONTEXT).status is Status.AGREE


def test_tokens_fold_aliases_numbers_and_inflection() -> None:
    assert tokens("The DPRK twice launched missiles", DEFAULT_ALIASES) == (
        "north_korea",
        "2",
        "launch",
        "missile",
    )


def test_an_ordinal_is_a_place_in_order_not_a_count() -> None:
    # "third" read as "3" made "the third-floor break room" share a figure with "the other three".
    assert tokens("in the third-floor break room", DEFAULT_ALIASES) == ("3rd", "floor", "break", "room")
    assert tokens("on the 3rd floor", DEFAULT_ALIASES) == ("3rd", "floor")
    assert tokens("She shot the other three", DEFAULT_ALIASES) == ("shoot", "3")
    assert tokens("married for the second time", DEFAULT_ALIASES) == ("marry", "2nd", "time")


def test_a_word_written_with_a_hyphen_or_as_one_is_one_word() -> None:
    assert tokens("five days before the play-off game", DEFAULT_ALIASES) == ("5", "day", "playoff", "game")
    assert tokens("his co-workers", DEFAULT_ALIASES) == tokens("his coworkers", DEFAULT_ALIASES)
    # Not every hyphenated pair is a word written together: "well-known" stays two.
    assert tokens("a well-known actor", DEFAULT_ALIASES) == ("well", "know", "actor")


def test_clock_suffixes_and_ordinal_endings_are_no_words() -> None:
    # "p.m." was "p" and "be" (from "m"), and "223rd" gave "rd": words any two clock times or
    # numbered streets shared.
    assert tokens("shot at about 3:10 p. m. on 223rd Street", DEFAULT_ALIASES) == (
        "shoot",
        "3",
        "10",
        "223rd",
        "street",
    )
    assert tokens("at 8 p.m., near the 67th Precinct", DEFAULT_ALIASES) == ("8", "near", "67th", "precinct")


def test_a_contraction_is_its_words_not_another_word() -> None:
    # With the mark dropped, "we'd" was "wed" (and so "marry"), "we'll" "well", "she'd" "shed".
    assert tokens("we'd gone home", DEFAULT_ALIASES) == ("go", "home")
    assert tokens("we’ ll see, she’ d said", DEFAULT_ALIASES) == ("see", "say")
    assert tokens("He didn't know", DEFAULT_ALIASES) == tokens("He did not know", DEFAULT_ALIASES)
    assert tokens("They won't go", DEFAULT_ALIASES) == ("not", "go")
    assert tokens("Ann Lee's car and the girls' school", DEFAULT_ALIASES) == (
        "ann",
        "lee",
        "car",
        "girl",
        "school",
    )


def test_a_lemma_english_never_writes_falls_back_to_the_regular_stem() -> None:
    # simplemma's table has "growing" → "growe" and "preferred" → "preferr".
    assert tokens("crops growing", DEFAULT_ALIASES) == tokens("crops grow", DEFAULT_ALIASES)
    assert tokens("she preferred tea", DEFAULT_ALIASES) == ("prefer", "tea")
    # A letter is no word to inflect: the "m" of "80m" was "be".
    assert tokens("within 80m of the hut", DEFAULT_ALIASES) == ("within", "80", "m", "hut")


def test_a_plural_ing_noun_is_its_singular() -> None:
    # The dictionary stops at "shootings" → "shooting"; the singular goes on to "shoot".
    assert tokens("after the shootings", DEFAULT_ALIASES) == tokens("after the shooting", DEFAULT_ALIASES)
    assert tokens("two killings", DEFAULT_ALIASES) == ("2", "dead")
    assert tokens("the kings", DEFAULT_ALIASES) == ("king",)


def test_an_adverb_in_ally_is_the_noun_it_is_made_from() -> None:
    assert tokens("He accidentally shot Ann Lee", DEFAULT_ALIASES) == ("accident", "shoot", "ann", "lee")
    assert "accident" in tokens("The shooting was an accident", DEFAULT_ALIASES)
    # Only where adjective and noun are both everyday words: "fatally" is not "fat".
    assert tokens("fatally wounded", DEFAULT_ALIASES)[0] == "fatally"


def test_a_compound_name_is_a_name() -> None:
    assert verdict("The army bought a Russian-made rifle", "The army bought a Chinese-made rifle")[1:] == (
        ConflictKind.ENTITY,
        "Russian-made",
        "Chinese-made",
    )


def test_a_name_is_known_to_a_source_only_if_all_its_parts_are() -> None:
    vocabulary = {
        "a": frozenset({"kim", "jong", "un", "visit"}),
        "b": frozenset({"kim", "jong", "un", "visit"}),
    }
    found = verdict(
        "Kim Jong-dae visited the plant",
        "Kim Jong-un visited the plant",
        similarity=90,
        vocabulary=vocabulary,
    )
    assert found[:2] == (Status.CONFLICT, ConflictKind.ENTITY)


def test_a_name_swapped_in_a_list_of_names() -> None:
    assert verdict(
        "The treaty was signed by France, Germany and Italy on Monday",
        "The treaty was signed by France, Germany and Spain on Monday",
    ) == (Status.CONFLICT, ConflictKind.ENTITY, "Italy", "Spain")


def test_a_swap_is_found_where_the_old_name_occurs_elsewhere_in_the_sentence() -> None:
    vocabulary = {
        "a": frozenset({"odesa", "istanbul", "ship"}),
        "b": frozenset({"odesa", "izmail", "istanbul"}),
    }
    found = verdict(
        "The ship sailed from Odesa to Istanbul, according to Odesa port officials",
        "The ship sailed from Izmail to Istanbul, according to Odesa port officials",
        similarity=88,
        vocabulary=vocabulary,
    )
    assert found == (Status.CONFLICT, ConflictKind.ENTITY, "Odesa", "Izmail")


def test_names_that_trade_places_are_not_a_swap() -> None:
    assert (
        verdict("Macron met Scholz in Berlin on Friday", "Scholz met Macron in Berlin on Friday")[0]
        is Status.AGREE
    )


def test_a_name_both_sources_use_is_no_swap() -> None:
    # "Brussels" against "the EU": another way of naming one side, which each source also uses.
    known = frozenset({"european_union", "european", "union", "brussels", "london"})  # normalised
    vocabulary = {"a": known, "b": known}
    found = verdict(
        "London rejected the offer from Brussels on Tuesday",
        "London rejected the offer from EU on Tuesday",
        similarity=85,
        vocabulary=vocabulary,
    )
    assert found[0] is Status.AGREE


def test_the_kind_lexicon_covers_many_kinds_of_things() -> None:
    # General kinds, not the words of any one story: aircraft, vessels, buildings, weapons.
    assert verdict("The minister arrived by helicopter", "The minister arrived by plane")[1:] == (
        ConflictKind.ENTITY, "helicopter", "plane",
    )  # fmt: skip
    assert verdict("The ferry sank off the island", "The yacht sank off the island")[1:] == (
        ConflictKind.ENTITY, "ferry", "yacht",
    )  # fmt: skip
    assert verdict("The shell hit a hospital in the city", "The shell hit a school in the city")[1:] == (
        ConflictKind.ENTITY, "hospital", "school",
    )  # fmt: skip
    assert verdict("The attacker was armed with a sword", "The attacker was armed with a dagger")[1:] == (
        ConflictKind.ENTITY, "sword", "dagger",
    )  # fmt: skip
    assert verdict("The gunman was armed with a pistol", "The gunman was armed with a machete")[1:] == (
        ConflictKind.ENTITY, "pistol", "machete",
    )  # fmt: skip
    # Firearms of two kinds conflict, and a general word for them contradicts neither.
    assert verdict("Police said the gunman fired a revolver", "Police said the gunman fired a shotgun")[1:] == (
        ConflictKind.ENTITY, "revolver", "shotgun",
    )  # fmt: skip
    assert verdict("Police said the gunman fired a revolver", "Police said the gunman fired a gun")[0] is (
        Status.AGREE
    )


def test_two_dates_conflict_only_for_one_act() -> None:
    one_act = verdict(
        "Voters in 2009 approved a bond to buy the old mill", "Voters in 2010 approved a bond to buy the mill",
        similarity=60,
    )  # fmt: skip
    assert one_act[:2] == (Status.CONFLICT, ConflictKind.DATE)
    two_acts = verdict(
        "A county judge on Thursday upheld the jury's death sentence for the killer",
        "A county jury on Tuesday recommended the death sentence for the killer",
        similarity=60,
    )
    assert two_acts[0] is Status.AGREE


def test_a_date_at_the_end_of_a_long_predicate_dates_its_clause_verb() -> None:
    published = {"a": "2013-05-03", "b": "2013-05-03"}
    late = "The singer checked into the Glen Falls Wellness Center treatment facility late Thursday, avoiding arrest"
    early = "Early Friday morning, around 1:30 a.m., the singer checked into the Glen Falls Wellness Center"
    assert verdict(late, early, similarity=55, published=published)[:2] == (
        Status.CONFLICT,
        ConflictKind.DATE,
    )
    # A verb's -ing form between them dates its own act: the conviction is not the killing.
    convicted = "Jon Hale was convicted March 20 of first-degree murder in the killing of a guard"
    murdering = "A jury convicted Jon Hale of murdering the guard in June 2005"
    assert (
        verdict(convicted, murdering, similarity=55, published={"a": "2007-04-20", "b": "2007-04-20"})[1]
        is not ConflictKind.DATE
    )


def test_two_offsets_from_one_moment_are_a_date_conflict() -> None:
    earlier = (
        "The guard was investigating a robbery in which Hale shot a clerk at the Acme store four days earlier"
    )
    previous = "The guard had gone to ask a clerk about a robbery at the Acme store that had taken place the previous day"
    assert verdict(earlier, previous, similarity=55) == (
        Status.CONFLICT, ConflictKind.DATE, "four days earlier", "the previous day",
    )  # fmt: skip
    # One distance in other words, or offsets the other way round, are no such conflict.
    a_day = previous.replace("the previous day", "a day earlier")
    assert verdict(a_day, previous, similarity=55)[1] is not ConflictKind.DATE
    assert verdict(earlier.replace("earlier", "later"), previous, similarity=55)[1] is not ConflictKind.DATE


def test_near_against_far_is_an_entity_conflict() -> None:
    far = (
        "A guest at the Lakeview Inn called at 3:33 a.m. after seeing the empty warehouse across town on fire"
    )
    near = "A guest walked out of the Lakeview Inn at 3:33 a.m. and saw the empty warehouse nearby in flames"
    assert verdict(far, near, similarity=55) == (
        Status.CONFLICT,
        ConflictKind.ENTITY,
        "across town",
        "nearby",
    )
    # A claim that says both is no side of such a conflict.
    both = "The guest, who lives nearby, saw the warehouse across town on fire"
    assert verdict(both, near, similarity=55)[1] is not ConflictKind.ENTITY


def test_two_clock_times_on_one_street_are_anchored_by_it() -> None:
    shot = "The shooting occurred about 3:10 p.m. in the 1200 block of Elm Street in Glen Falls"
    followed = (
        "Hale followed Lee to a house in the 1500 block of East Elm Street, to the home of a friend"
        " whom the guard knew from earlier fights, at about 3:30 p.m."
    )
    assert verdict(shot, followed, similarity=48)[:2] == (Status.CONFLICT, ConflictKind.TIME)
    # Two acts at one street are two moments: the shooting, and an arrest there that night.
    arrested = "Police arrested Lee at about 11:30 p.m. on Elm Street"
    assert verdict(shot, arrested, similarity=48)[1] is not ConflictKind.TIME


def test_two_named_peoples_years_at_one_place_are_no_conflict() -> None:
    two_people = verdict(
        "Smith has worked at the plant for about 15 years",
        "Jones has worked at the plant for nearly 30 years",
    )
    assert two_people[0] is Status.AGREE
    one_person = verdict(
        "Smith has worked at the plant for 15 years", "Smith has worked at the plant for 30 years"
    )
    assert one_person[:2] == (Status.CONFLICT, ConflictKind.NUMBER)


def test_a_short_form_of_a_given_name_is_the_same_name_but_a_letter_more_is_not() -> None:
    assert verdict(
        "The mill was bought by attorney William Hale", "The mill was bought by attorney Bill Hale"
    )[0] is (Status.AGREE)
    jon = verdict(
        "Public safety director Jon Hale said the fire was set",
        "Public safety director John Hale said the fire was set",
    )
    assert jon[1:] == (ConflictKind.ENTITY, "Jon", "John")


def test_a_spelling_the_other_source_uses_only_of_another_person_is_still_new_in_this_name() -> None:
    from crosscheck.names import vocabularies
    from crosscheck.normalize import tokens
    from crosscheck.variants import mentions_of

    a = claim("a", "Jon Hale, the city's public safety director")
    b = claim("b", "Public safety director John Hale said the fire was set")
    other_john = claim("a", "Fire marshal John Bond surveyed the scene")
    center = claim("b", "She left the Desert Treatment Center in the spring")
    office = claim("a", "The state Department of Health said the treatment center was not licensed")
    corpus = [a, b, other_john, center, office]
    ctx = Context(
        aliases=DEFAULT_ALIASES,
        vocabulary=vocabularies(
            corpus,
            [tokens(c.text, DEFAULT_ALIASES) for c in corpus],
            [mentions_of(c.text, DEFAULT_ALIASES, None) for c in corpus],
            DEFAULT_ALIASES,
        ),
    )
    found = compare(a, b, similarity=60, context=ctx)
    # Source a writes "John" of the marshal, never "John Hale": the two spellings still conflict.
    assert (found.kind, found.a_says, found.b_says) == (ConflictKind.ENTITY, "Jon", "John")
    # Two words alike in letters but not in their first letter are no misspelling of each other.
    assert compare(office, center, similarity=40, context=ctx).kind is not ConflictKind.ENTITY


def test_claims_that_share_only_a_figure_or_give_figures_that_fit_nowhere_are_no_finding() -> None:
    from crosscheck.compare import judge

    walk = claim("a", "The rescuers had to carry the man down the glacier for two miles")
    deaths = claim("b", "It was the second death in the park in two days")
    assert judge(walk, deaths, similarity=25, shared=0.4, threshold=70, context=CONTEXT) is None
    company = claim("a", "The firm has about 350 employees in offices across the country")
    office = claim("b", "Twenty of the office's 40 employees are engineers")
    assert judge(company, office, similarity=60, shared=0.4, threshold=70, context=CONTEXT) is None
    same = claim("b", "The firm employs about 350 people in offices across the country")
    assert judge(company, same, similarity=75, shared=0.5, threshold=70, context=CONTEXT) is not None


def test_an_age_conflicts_beside_one_name_whatever_the_words_before_it() -> None:
    a = "On Sunday, 42-year-old Welshman Gareth Pryce, who lived in the valley, fell from the ridge"
    b = "A reportedly ill-prepared walker, 41-year-old Gareth Pryce of Cardiff, slipped on the ice"
    # The hedge ("reportedly") is about how he was prepared, not about how old he is.
    assert verdict(a, b, similarity=58) == (
        Status.CONFLICT,
        ConflictKind.NUMBER,
        "42- year old",
        "41- year old",
    )


def test_two_ages_near_one_name_belong_to_two_people() -> None:
    suspect = "A suspect, 52-year-old Dale Hurst, is now in custody"
    victim = "Police believe Dale Hurst shot 19-year-old Owen Brandt"
    assert verdict(suspect, victim, similarity=40)[0] is Status.AGREE  # no conflict


def test_a_negation_conflicts_with_the_very_words_it_negates() -> None:
    a = '"Mara never checked into Westbrook, she is back home," her agent said'
    b = "Mara had checked into Westbrook Clinic on Monday morning"
    assert verdict(a, b, similarity=55)[:2] == (Status.CONFLICT, ConflictKind.NEGATION)
    # An intention or a noun is not the act: no conflict with "had not bought".
    bought = "The council said Tuesday it had not bought the land, although there were plans to"
    plans = "The council was negotiating to buy the land along with two other lots"
    assert verdict(bought, plans, similarity=55)[1] is not ConflictKind.NEGATION
    # "not only … but" negates nothing.
    only = "The report studied not only the farm project but also a dairy scheme in the north"
    farm = "The farm project turned out to be a colossal failure"
    assert verdict(only, farm, similarity=55)[1] is not ConflictKind.NEGATION
    # Nor does "not just one".
    several = "Several of the officers fired at him, not just one officer"
    one = "Once that officer fired, the others followed"
    assert verdict(several, one, similarity=75)[1] is not ConflictKind.NEGATION


def test_counts_of_persons_in_other_nouns_are_one_value() -> None:
    from crosscheck.compare import shares_value

    a = claim("a", "46 people had been arrested by midnight")
    b = claim("b", "At least 46 demonstrators were arrested along the avenue")
    assert shares_value(a, b, CONTEXT)
    # One figure, one of them rounded: stated twice, whatever is near it.
    roughly = claim("a", "Lee drove through the gate and into the hall, where roughly 120 people were")
    staff = claim("b", "Most of the other 120 workers inside got out safely")
    assert shares_value(roughly, staff, CONTEXT)
    assert not shares_value(roughly, claim("b", "More than 120 workers got out safely"), CONTEXT)
    # One count of times under two verbs is two acts: shots fired, shots that hit.
    fired = claim("a", "Both officers fired 11 shots at the suspect near the car")
    assert not shares_value(fired, claim("b", "The suspect was hit 11 times near the car"), CONTEXT)
    # The name between a verb and its figure is the verb's object: "hitting Lee" still hits.
    assert not shares_value(
        fired, claim("b", "The officers fired, hitting Lee 11 times near the car"), CONTEXT
    )
    assert shares_value(fired, claim("b", "Two officers fired 11 rounds at Lee near the car"), CONTEXT)
    # Two counts of different persons are no number conflict.
    women = "She killed two women in the break room"
    children = "Hiller, a mother of four children, worked at the plant"
    assert verdict(women, children, similarity=50)[1] is not ConflictKind.NUMBER


def test_quantities_read_as_a_reader_would() -> None:
    from crosscheck.quantities import quantities

    def read(text: str) -> list[tuple[str, float, str]]:
        return [(q.text, round(q.value, 2), q.unit) for q in quantities(text)]

    # A height glued to a weight: "5-foot-8,135 pounds" weighs 135 pounds, not 8,135.
    assert read("Orr is 5-foot-8,135 pounds, with a scar")[-1] == ("135 pounds", 61.23, "kg")
    # A figure glued to a name by a hyphen counts nothing.
    assert read("COVID-19 cases rose to 5,000 cases") == [("5,000 cases", 5000.0, "case")]
    # A conversion in brackets restates the figure before it.
    assert read("He fell about 600 metres (2,000 feet) down a gully") == [("about 600 metres", 600.0, "m")]
    # Hyphens left hanging by an upstream tool ("sisters-8-and") break no reading.
    assert ("10- year old", 10.0, "age") in read("two sisters-8-and 10-year-old girls-who saw it")
    assert read("She finished 30 days' worth of treatment") == [("30 days'", 2592000.0, "sec")]
    assert read("the father of two boys, ages 6 and 16") == [
        ("two boys", 2.0, "boy"), ("6", 6.0, "age"), ("16", 16.0, "age"),
    ]  # fmt: skip
    # The counted phrase ends at its verb: these count people, not settings-off or attendances.
    assert read("More than 200 people set off from the vigil site") == [
        ("more than 200 people", 200.0, "people")
    ]
    assert read("About 200 people attended the vigil") == [("about 200 people", 200.0, "people")]
    assert read("Three armed men fled") == [("three armed men", 3.0, "man")]
    # Shots and bullets count times something happened; "once" before a clause counts nothing.
    assert read("Seven bullets hit Lee") == [("seven bullets", 7.0, "times")]
    assert read("Police fired 11 shots") == [("11 shots", 11.0, "times")]
    assert read("Lee was shot once in the leg") == [("once", 1.0, "times")]
    assert read("Police said once Lee had been hit, he fell") == []
    assert read("Once that person has a gun, anything can happen") == []
    # ... and at an adverb after its noun.
    assert read("Most of the other 100 workers inside got out") == [("100 workers", 100.0, "worker")]
    # "houses", "homes" and "buildings" all count buildings.
    assert read("He was found five houses away") == [("five houses", 5.0, "building")]
    assert read("Fire destroyed 40 homes") == [("40 homes", 40.0, "building")]
    # An adverb before the verb ends the counted words: the people rampaged briefly.
    assert read("at least three dozen mostly young people briefly rampaged") == [
        ("at least three dozen mostly young people", 36.0, "people")
    ]
    # The article of "a hundred" is the number's, under its bound.
    assert read("more than a hundred people joined the vigil") == [
        ("more than a hundred people", 100.0, "people")
    ]
    # What is done only to persons counts persons: "two were killed".
    assert read("At least a dozen were injured") == [("at least a dozen", 12.0, "people")]
    assert read("Two were in the car") == []


def test_a_block_number_names_a_place_and_only_the_same_number_fits() -> None:
    from crosscheck.quantities import compatible, quantities

    (a,) = quantities("in the 12200 block of Elm Street")
    (b,) = quantities("in the 12500 block of Elm Street")
    assert not compatible(a, b)


def test_nearly_a_figure_is_just_short_of_it() -> None:
    from crosscheck.quantities import compatible, quantities

    def fit(a: str, b: str) -> bool:
        (x,), (y,) = quantities(a), quantities(b)
        return compatible(x, y)

    assert not fit("nearly 100 people marched", "108 people marched")
    assert fit("about 100 people marched", "108 people marched")
    assert fit("nearly 100 people marched", "92 people marched")
    assert fit("almost 30 years", "about 30 years")


def test_a_claim_about_an_earlier_event_is_not_compared_by_its_figures() -> None:
    earlier = "In a separate case, a gunman at the depot killed four workers and wounded one"
    this = "The gunman killed two workers and wounded one at the bakery"
    assert verdict(earlier, this, similarity=60)[1] is not ConflictKind.NUMBER
    # Both about the one earlier attack: compared as usual.
    other = "In a separate case, a gunman at the depot killed three workers and wounded one"
    assert verdict(earlier, other, similarity=75)[:2] == (Status.CONFLICT, ConflictKind.NUMBER)
    # Before the event reported, and apart from it.
    months_ago = "Earlier this year, a gunman at the depot killed four workers and wounded one"
    assert verdict(months_ago, this, similarity=60)[1] is not ConflictKind.NUMBER


def test_a_claim_about_another_person_is_not_compared_by_its_dates() -> None:
    hale = (
        "The receiver, Jon Hale, was arrested early Jan. 6 on suspicion of drunken driving on state Route 52"
    )
    lee = "Hale, 32, was arrested around 1:30 a.m. Feb. 1 on state Route 94 on suspicion of drunken driving"
    assert verdict(hale, lee, similarity=60)[:2] == (Status.CONFLICT, ConflictKind.DATE)
    another = "Another player, receiver Jon Hale, was arrested early Jan. 6 on suspicion of drunken driving"
    assert verdict(another, lee.replace("Hale", "Ann Lee"), similarity=60)[1] is not ConflictKind.DATE


def test_a_date_without_a_verb_beside_it_dates_no_act() -> None:
    published = {"a": "2005-06-25", "b": "2005-06-25"}
    occurred = "The deputy was searching for the man because of a shooting that occurred in the street Monday"
    searching = "Deputies were searching for the man in the street Friday night"
    assert verdict(occurred, searching, similarity=55, published=published)[1] is not ConflictKind.DATE


def test_an_act_not_yet_done_is_not_negated_by_an_intention() -> None:
    a = "The cause of the warehouse fire has not been determined"
    b = "Investigators were at the scene by noon trying to determine the cause of the warehouse fire"
    assert verdict(a, b, similarity=72)[1] is not ConflictKind.NEGATION
    assert verdict("The cause of the fire was not determined", "The cause of the fire was determined")[:2] == (
        Status.CONFLICT, ConflictKind.NEGATION,
    )  # fmt: skip


def test_a_weekday_agrees_with_a_date_on_that_weekday_and_a_year_with_its_decade() -> None:
    from crosscheck.compare import shares_value

    published = {"a": None, "b": "2013-05-03"}
    context = Context(aliases=DEFAULT_ALIASES, published=published)
    monday = claim("a", "The singer checked into the clinic in the desert on Thursday night")
    dated = claim("b", "The singer checked into the clinic late Thursday, her lawyer confirmed")
    assert shares_value(monday, dated, context)  # b's Thursday is 2 May 2013, a Thursday
    built = claim("a", "The old warehouse, built in the 1930s, burned to the ground")
    year = claim("b", "It was built in 1935, the same year the first settlers arrived")
    assert shares_value(built, year, CONTEXT)
    sold = claim("b", "It was sold in 1935 to the dairy cooperative")
    assert not shares_value(built, sold, CONTEXT)  # another act of that year


def test_a_day_shared_with_nothing_else_ties_no_fact() -> None:
    from crosscheck.compare import shares_value

    # Coverage of one story tells many acts of its days: a day, a weekday, "that night" alone
    # is no value two claims state of one thing.
    calls = "The mill's owner was not returning calls on Tuesday"
    survey = "The state fire marshal surveyed the scene Tuesday afternoon"
    assert not shares_value(claim("a", calls), claim("b", survey), CONTEXT)
    assert not judged_agree(calls, survey, similarity=40, shared=0.46)
    published = {"a": "2005-06-27", "b": "2005-06-27"}
    context = Context(aliases=DEFAULT_ALIASES, published=published)
    set_out = claim("a", "Hale set out without a partner Friday because he was eager to get to work")
    killed = claim("b", "The 35-year-old deputy was killed on June 24")  # that Friday
    assert not shares_value(set_out, killed, context)
    # Nor does a verb of saying beside it.
    statement = claim("a", "We wanted the chance to look into it, Acme said in a statement Friday")
    reason = claim("b", "Why Lee was suspended had not been made public Friday, co-workers said")
    assert not shares_value(statement, reason, CONTEXT)
    # One clock time still ties one moment, and a day with a word of the act one fact.
    out = claim("a", "The fire was knocked down by 6:40 a.m.")
    assert shares_value(out, claim("b", "It was extinguished by 6:40 a.m."), CONTEXT)
    fire = claim("b", "The mill in Glen Falls burned to the ground in a fire Tuesday morning")
    assert shares_value(claim("a", "A fire on Tuesday destroyed the old mill"), fire, CONTEXT)


def test_a_month_named_without_a_day_holds_its_days() -> None:
    from crosscheck.compare import shares_value
    from crosscheck.dates import timing

    assert timing("Jon Hale was convicted in April 2021 of fraud").months == ("2021-04",)
    assert timing("The sale should close by the end of January", published="2021-11-12").months == (
        "~2021-01",
    )
    assert timing("Hale was convicted last month", published="2021-04-02").months == ("2021-03",)
    # "may" and "march" alone are verbs as often: a month needs a word that dates by it.
    assert timing("Voters may march to the hall").months == ()
    assert timing("The march began on May 3").months == ()  # a day, not a month

    published = {"a": "2021-04-02", "b": "2021-04-09"}
    context = Context(aliases=DEFAULT_ALIASES, published=published)
    last_month = claim("a", "A jury convicted Jon Hale of fraud last month after a two-week trial")
    on_the_day = claim("b", "A jury convicted Jon Hale of fraud on March 19 after a two-week trial")
    assert shares_value(last_month, on_the_day, context)
    in_april = "A jury convicted Jon Hale of fraud in April 2021 after a two-week trial"
    assert verdict(in_april, on_the_day.text, published=published)[:4] == (
        Status.CONFLICT, ConflictKind.DATE, "2021-04", "--03-19",
    )  # fmt: skip
    # A claim that names the month of an earlier act beside the day of its own is read by both.
    earlier = "A jury on Tuesday sentenced Jon Hale, convicted of fraud in March 2021"
    assert verdict(earlier, "The jury convicted Jon Hale of fraud in March 2021")[0] is Status.AGREE


def test_a_day_no_calendar_has_is_no_date_and_breaks_no_comparison() -> None:
    from crosscheck.compare import shares_value

    # A typo in one article ("February 30") must not stop the report on a whole corpus.
    published = {"a": "2023-03-02", "b": "2023-03-02"}
    context = Context(aliases=DEFAULT_ALIASES, published=published)
    typo = claim("a", "The council approved the budget on February 30, the mayor said")
    weekday = claim("b", "The council approved the budget on Thursday")
    assert not shares_value(typo, weekday, context)
    assert verdict(typo.text, weekday.text, similarity=75, published=published)[1] is not ConflictKind.DATE


def test_a_reporting_verb_beside_a_date_dates_an_announcement() -> None:
    announced = "Acme announced on Tuesday that it has signed a deal to acquire Bolt Systems, a pump maker"
    said = "Acme on Monday said it has agreed to buy Bolt Systems, a maker of pumps"
    assert verdict(announced, said, similarity=60)[1:] == (ConflictKind.DATE, "tuesday", "monday")
    # "said" a few words from a date is no announcement of that day: two facts, two days.
    told = "A cousin told news outlets Wednesday that the teen was carrying a gun for a friend"
    flashed = "After the shooting on Saturday, police officials said the teen flashed a gun at officers"
    assert verdict(told, flashed, similarity=60)[1] is not ConflictKind.DATE


def test_one_street_named_in_two_ways_is_one_value() -> None:
    from crosscheck.compare import shares_value
    from crosscheck.places import streets

    assert streets("Two officers saw him near 473 East 52nd Street") == {"52nd street"}
    assert streets("He was shot on E. 52nd St. on Saturday night") == {"52nd street"}
    assert streets("The Main Street bridge was closed") == {"main street"}
    home = claim("a", "The shooting occurred around 10:30 p.m. at a home on East Orchard Avenue")
    staying = claim("b", "The girl, 17, was staying with her boyfriend on Orchard Avenue")
    assert shares_value(home, staying, CONTEXT)
    other = claim("b", "The girl, 17, was staying with her boyfriend on Orchard Lane")
    assert not shares_value(home, other, CONTEXT)


def test_one_street_crossed_by_two_others_is_an_entity_conflict() -> None:
    at_oak = "The crash happened on Main Street at Oak Avenue just before noon"
    at_elm = "Two cars collided at Main Street and Elm Road, police said"
    assert verdict(at_oak, at_elm, similarity=45) == (
        Status.CONFLICT, ConflictKind.ENTITY, "Oak Avenue", "Elm Road",
    )  # fmt: skip
    same_corner = "Two cars collided at the corner of Main St. and Oak Ave., police said"
    assert verdict(at_oak, same_corner, similarity=45)[1] is None


def test_one_named_place_in_two_towns_is_an_entity_conflict() -> None:
    north = "The strike began at the Acme Foods plant in North Ridge on Monday"
    glen = "Hundreds of workers walked out of the Acme Foods plant in Glen Falls"
    assert verdict(north, glen, similarity=50) == (
        Status.CONFLICT, ConflictKind.ENTITY, "North Ridge", "Glen Falls",
    )  # fmt: skip
    # A source that names both towns elsewhere ("in Glen Falls, near North Ridge") is not read
    # as contradicting the other.
    knows_both = {"a": frozenset(("glen", "fall", "north", "ridge")), "b": frozenset(("north", "ridge"))}
    assert verdict(north, glen, similarity=50, vocabulary=knows_both)[1] is None
    # One town more exactly: no conflict.
    east = "Hundreds of workers walked out of the Acme Foods plant in East North Ridge"
    assert verdict(north, east, similarity=50)[1] is None
    # Two things that share one everyday word are two things: "Union Station" / "Union Square".
    square = "Hundreds of workers marched from Union Square in Glen Falls"
    assert verdict("The march began at Union Station in North Ridge", square, similarity=50)[1] is None


def test_a_date_inside_a_noun_phrase_dates_what_it_names() -> None:
    conviction = "Hale was convicted March 20 of first-degree murder"
    earlier = "Hale was also convicted of the June 20, 2005 attempted murder of a farmer"
    assert verdict(earlier, conviction, similarity=55)[1] is None  # the day of the attack
    other_day = "Hale was convicted on June 20, 2005 of attempted murder"
    assert verdict(other_day, conviction, similarity=55)[:2] == (Status.CONFLICT, ConflictKind.DATE)


def test_a_later_report_of_what_had_not_happened_yet_is_the_story_moving_on() -> None:
    earlier = "Results of Hale's blood-alcohol test have not been released"
    later = "Results of Hale's blood-alcohol test were released Wednesday"
    dates = {"a": "2009-02-04", "b": "2009-04-02"}
    assert verdict(earlier, later, published=dates)[:2] == (Status.REVISED, ConflictKind.NEGATION)
    # Said the other way round in time, or of no state so far, it is a conflict.
    assert verdict(earlier, later, published={"a": "2009-04-03", "b": "2009-04-02"})[0] is Status.CONFLICT
    never = "Lee never checked into the Lakeview clinic"
    assert verdict(never, "Lee checked into the Lakeview clinic", published=dates)[0] is Status.CONFLICT


def test_a_later_report_that_says_a_figure_changed_revises_it() -> None:
    earlier = "Officials said 12 people died in the flooding"
    later = "The death toll from the flooding rose to 14, officials said"
    dates = {"a": "2024-05-01", "b": "2024-05-02"}
    assert verdict(earlier, later, similarity=60, published=dates) == (
        Status.REVISED,
        ConflictKind.NUMBER,
        "12 people",
        "14",
    )
    # The older report cannot revise the newer one; nor can a rise to fewer.
    older = {"a": "2024-05-03", "b": "2024-05-02"}
    assert verdict(earlier, later, similarity=60, published=older)[0] is Status.CONFLICT
    fell = "The death toll from the flooding fell to 14, officials said"
    assert verdict(earlier, fell, similarity=60)[0] is Status.CONFLICT
    # A date of update counts as the report's date.
    assert (
        verdict(earlier, later, similarity=60, published=older, updated={"b": "2024-05-04"})[0]
        is Status.REVISED
    )
    # A figure that does not say it changed is a conflict, but for a toll an unfolding story
    # counts again: higher a day or more later, within a week, it is the count moving on.
    plain = "Officials said 14 people died in the flooding"
    assert verdict(earlier, plain, published=dates)[:2] == (Status.REVISED, ConflictKind.NUMBER)
    # The same day, either may be the later count; weeks on, or lower later, it is a conflict.
    assert verdict(earlier, plain, published={"a": "2024-05-01", "b": "2024-05-01"})[0] is Status.REVISED
    for apart in ({"a": "2024-05-01", "b": "2024-05-20"}, older):
        assert verdict(earlier, plain, published=apart)[0] is Status.CONFLICT
    homes = verdict("Officials said 12 homes flooded", "Officials said 14 homes flooded", published=dates)
    assert homes[0] is Status.CONFLICT  # not a toll
    assert (
        verdict(earlier, "The toll now stands at 14, officials said after the flooding", similarity=60)[0]
        is Status.REVISED
    )


def test_a_name_written_in_another_word_order_is_an_entity_conflict() -> None:
    a = "Acme sells power and cooling products, such as Dynamic Smart Cooling"
    b = "Acme has been playing up its wares, such as its Smart Dynamic Cooling offering"
    assert verdict(a, b, similarity=51) == (
        Status.CONFLICT, ConflictKind.ENTITY, "Dynamic Smart Cooling", "Smart Dynamic Cooling",
    )  # fmt: skip
    # Two people who trade places, or a list of names in another order, are no such name.
    assert (
        verdict("Ann Lee met Jon Hale Smith in Glen Falls", "Jon Hale Smith met Ann Lee in Glen Falls")[1]
        is None
    )
    assert (
        verdict(
            "Rivals such as Globex, Initech, Acme and Umbrella sell them",
            "Rivals such as Initech, Globex, Acme and Umbrella sell them",
        )[1]
        is None
    )


def test_news_synonyms_agree() -> None:
    # "a 2012 car crash case" / "her June 2012 car accident case": one case, in other words.
    assert verdict(
        "She began a 90-day stint as part of a sentence for a 2012 car crash case",
        "The actress checked in as part of a plea deal from her June 2012 car accident case",
        similarity=55,
    )[:2] == (Status.AGREE, None)
    assert tokens("The blaze destroyed the warehouse", DEFAULT_ALIASES) == tokens(
        "The fire destroyed the warehouse", DEFAULT_ALIASES
    )


def test_two_conditions_of_one_patient_conflict() -> None:
    assert verdict("Jon Hale, 39, is hospitalized in critical condition", "Hale was listed in stable condition", similarity=67) == (
        Status.CONFLICT, ConflictKind.ENTITY, "critical condition", "stable condition",
    )  # fmt: skip
    # "Critical but stable" says both, and fits either; it conflicts with neither word said.
    # A claim of two patients' conditions states no one condition.
    assert (
        verdict("Hale is in critical but stable condition", "Hale was listed in critical condition")[0]
        is Status.AGREE
    )
    assert (
        verdict("[Nally] was listed in critical but stable condition", "He is in stable condition")[1] is None
    )
    assert verdict("Hale is in critical but stable condition", "Hale was listed in serious condition", similarity=67) == (
        Status.CONFLICT, ConflictKind.ENTITY, "critical but stable condition", "serious condition",
    )  # fmt: skip
    two = "Two victims were in critical condition and one in stable condition"
    assert verdict(two, "Hale was listed in stable condition", similarity=67)[1] is not ConflictKind.ENTITY


def test_a_count_that_opens_its_clause_is_counted_by_the_verb_after_it() -> None:
    # Shots fired and bullets that hit are two counts, however the sentences are built.
    fired = "Both officers fired a total of 11 shots at the suspect near the car"
    assert (
        verdict("Seven bullets hit the suspect near the car", fired, similarity=55)[1]
        is not ConflictKind.NUMBER
    )
    assert verdict("Seven shots were fired at the suspect near the car", fired, similarity=55)[:4] == (
        Status.CONFLICT, ConflictKind.NUMBER, "seven shots", "11 shots",
    )  # fmt: skip


def judged_agree(a: str, b: str, *, similarity: float, shared: float) -> bool:
    """Whether `compare.judge` reports the candidate pair as an agreement."""
    from crosscheck.compare import judge

    found = judge(
        claim("a", a), claim("b", b), similarity=similarity, shared=shared, threshold=70, context=CONTEXT
    )
    return found is not None and found.status is Status.AGREE


def test_an_act_that_fell_short_does_not_agree_with_the_whole_act() -> None:
    def agrees(a: str, b: str) -> bool:
        return judged_agree(a, b, similarity=80, shared=0.5)

    nearly = "The old mill in Glen Falls was nearly destroyed by a fire early Tuesday"
    assert not agrees(nearly, "The fire that destroyed the old mill in Glen Falls early Tuesday")
    assert agrees(nearly, "The old mill in Glen Falls was almost destroyed by fire early Tuesday")


def test_two_denials_of_one_rare_thing_agree() -> None:
    def agrees(a: str, b: str) -> bool:
        return judged_agree(a, b, similarity=40, shared=0.2)

    not_licensed = "A state official said the Lakeview clinic is not licensed to give that treatment"
    assert agrees(not_licensed, "She checked into the Lakeview clinic, which is unlicensed, on Thursday")
    assert agrees("Acme bought the firm for an undisclosed sum", "Terms of the Acme deal were not disclosed")
    # Denials of words said of anything are no shared fact.
    assert not agrees(
        "Lee did not know how fast the car was going", "The results of the Lee test were not known"
    )


def test_clock_times_on_days_known_to_differ_are_two_events_hours() -> None:
    friday = "A rescue helicopter was sent shortly after 11am on Friday to the ridge"
    sunday = "The other three climbers were rescued by helicopter by about 10am on Sunday"
    assert verdict(friday, sunday, similarity=75)[1] is not ConflictKind.TIME
    # One day, or a weekday against a date without its year (which may be that weekday): compared.
    assert verdict(friday, friday.replace("11am", "3pm"))[:2] == (Status.CONFLICT, ConflictKind.TIME)
    driving = "Hale was driving his car at about 1:00 am Sunday on Route 9 when police stopped him"
    dated = "Hale was stopped while driving his car on Route 9 around 1:30 a.m. on February 1"
    assert verdict(driving, dated, similarity=75)[:2] == (Status.CONFLICT, ConflictKind.TIME)


def test_the_ages_of_one_group_listed_two_ways_conflict() -> None:
    from crosscheck.quantities import quantities

    # "6- and 8-year-old": the first age's "-year-old" is the second's.
    assert [(q.value, q.unit) for q in quantities("the 6- and 8-year-old girls")] == [
        (6.0, "age"),
        (8.0, "age"),
    ]
    witnesses = "The star witnesses were two sisters, 8- and 10-year-old girls who saw the shooting"
    daughters = "Two of the woman's children, girls age 6 and 8, looked on as Lee fired"
    assert verdict(witnesses, daughters, similarity=47)[:4] == (
        Status.CONFLICT, ConflictKind.NUMBER, "10- year old", "6",
    )  # fmt: skip
    # The same ages in another order agree; ages of a group against one person's are not compared.
    assert (
        verdict(witnesses, daughters.replace("6 and 8", "10 and 8"), similarity=47)[0] is not Status.CONFLICT
    )
    boy = "A boy, 6, and his friends looked on as Lee fired at the woman"
    assert verdict(witnesses, boy, similarity=47)[0] is not Status.CONFLICT


def test_a_figure_after_a_comma_is_of_the_act_before_it() -> None:
    away = "Jon Hale was arrested five buildings away on Main Street shortly before midnight"
    houses = (
        "Hale was arrested around midnight Friday by a SWAT team, three houses from the scene of the shooting"
    )
    assert verdict(away, houses, similarity=61)[:4] == (
        Status.CONFLICT, ConflictKind.NUMBER, "five buildings", "three houses",
    )  # fmt: skip
    # Another act before the comma: no figure of the arrest.
    found = houses.replace("arrested", "seen")
    assert verdict(away, found, similarity=55)[0] is not Status.CONFLICT


def test_a_noun_after_a_preposition_is_no_act_beside_a_clock_time() -> None:
    from crosscheck.grammar import is_finite_verb

    assert not is_finite_verb("search", previous="with")
    assert is_finite_verb("search", previous="crews")
    # "called" and "rescued" are two acts; "search and rescue" after "with" names the crews.
    called = "A rescue helicopter from Glen Falls was called about 3pm to assist with search and rescue co-ordination"
    rescued = "The other three men were rescued by about 10am on Sunday morning"
    assert verdict(called, rescued, similarity=40)[1] is not ConflictKind.TIME
    # One act at two times is still a conflict.
    called_again = "A rescue helicopter from Glen Falls was called at about 10am to assist with the search"
    assert verdict(called_again, called, similarity=75)[:2] == (Status.CONFLICT, ConflictKind.TIME)


def test_a_relative_day_inside_a_quotation_dates_nothing() -> None:
    from crosscheck.dates import timing

    chant = "Marchers chanted “how many kids did you kill today” on their way to the station"
    assert timing(chant, published="2021-03-13").dates == ()
    assert timing("The marchers set off today", published="2021-03-13").dates == ("2021-03-13",)


def test_one_speaker_quoted_denying_one_thing_in_two_wordings_is_no_misquote() -> None:
    a = claim("a", "The building was uninsured", attribution="Owen", quote=True)
    b = claim("b", "None of it was insured", attribution="Owen", quote=True)
    assert compare(a, b, similarity=58, context=CONTEXT).status is Status.AGREE
    # One remark quoted two ways that differ in what is said stays a misquote.
    c = claim("c", "The building was fully insured, and the loss is covered", attribution="Owen", quote=True)
    d = claim(
        "d", "The building was fully insured, and the loss is not covered", attribution="Owen", quote=True
    )
    assert compare(c, d, similarity=80, context=CONTEXT).status is Status.CONFLICT


def test_figures_of_two_people_told_apart_by_their_ages_are_two_facts() -> None:
    hale = "On Saturday, 32-year-old Englishman Jon Hale fell about 600m while climbing to a hut"
    other = "A 36-year-old Australian climber is dead after falling about 150 metres at Glen Falls"
    assert verdict(hale, other, similarity=45)[0] is not Status.CONFLICT
    # One man by his name, whose age is given two ways: compared.
    older = "The 33-year-old Jon Hale fell about 150 metres while climbing to a hut"
    assert verdict(hale, older, similarity=60)[:2] == (Status.CONFLICT, ConflictKind.NUMBER)
    # Two claims of one age, or one claim with none, say nothing of two people.
    unaged = "A climber is dead after falling about 600 metres at Glen Falls"
    assert verdict(other, unaged, similarity=60)[:2] == (Status.CONFLICT, ConflictKind.NUMBER)


def test_two_round_figures_a_hundred_apart_are_no_rounding_of_one() -> None:
    # "about" allows 10 %: 600 and 700 are two answers to how far he fell, not one rounded.
    assert verdict("He fell about 600 metres down the ridge", "He fell some 700 metres down the ridge")[:2] == (
        Status.CONFLICT, ConflictKind.NUMBER,
    )  # fmt: skip
    assert verdict("The site covers about 8.7 acres", "The site covers nine acres")[0] is Status.AGREE
    assert verdict("He fell about 600 metres down the ridge", "He fell about 2,000 feet down the ridge")[
        0
    ] is (Status.AGREE)


def test_numbers_that_name_or_date_count_nothing() -> None:
    from crosscheck.quantities import quantities

    def read(text: str) -> list[tuple[float, str, str]]:
        return [(q.value, q.unit, q.bound) for q in quantities(text)]

    # A year before a noun, a number after "a", a house number, a pronoun, "once" for formerly,
    # a number word inside another word, a clock time with its zone.
    for text in (
        "Hale was assigned the day before his June 24, 2005 murder",
        "Hale was driving his 2008 Bentley",
        "Cpl. Ann Lee, a 911 dispatcher, took the call",
        "The wooden structure at 325 E. Main Ave. burned",
        "They met near 473 East 52nd Street",
        "but no one believed her story",
        "the building once housed a creamery",
        "and someone shot him in the head",
        "she made phone calls",
        "The blast came at 1815 GMT",
        "Lee, a three-time champion, was arrested",
    ):
        assert read(text) == [], text
    # Still figures: a measure after "a", a count with a bound, a year-shaped count of persons.
    assert read("a 40 acre farm") == [(40.0, "acre", "=")]
    assert [q.value for q in quantities("Thirty people drive to the plant each day")] == [30.0]  # no address
    assert read("about 2000 people marched") == [(2000.0, "people", "~")]
    assert read("shot once in the leg") == [(1.0, "times", "=")]
    assert read("The 17-year-olds were pronounced dead") == [(17.0, "age", "=")]
    assert read("in the last 30 seconds") == [(30.0, "sec", "<=")]  # within them: a bound


def test_an_age_between_commas_is_the_age_of_the_name_before_it() -> None:
    from crosscheck.quantities import quantities

    assert [(q.value, q.unit) for q in quantities("Police named the suspect as Jon Hale, 27, a parolee")] == [
        (27.0, "age")
    ]
    assert [q.unit for q in quantities("On Friday, 27 people died")] == ["people"]


def test_one_persons_ages_conflict_unless_the_years_between_the_articles_explain_them() -> None:
    arrested = "Jon Hale, 27, a parolee, was charged with the murder of the deputy"
    convicted = "Jon Hale, 29, was convicted of the murder of the deputy"
    # Two years apart, he is two years older: no conflict; in one week's coverage, a conflict.
    apart = {"a": "2005-06-25", "b": "2007-04-04"}
    assert verdict(arrested, convicted, similarity=50, published=apart)[0] is not Status.CONFLICT
    week = {"a": "2005-06-25", "b": "2005-06-27"}
    assert verdict(arrested, convicted, similarity=50, published=week)[:2] == (
        Status.CONFLICT,
        ConflictKind.NUMBER,
    )
    # An undated article: at most the years the corpus covers.
    corpus = {"a": "2005-06-25", "b": None, "c": "2007-05-02"}
    assert verdict(arrested, convicted, similarity=50, published=corpus)[0] is not Status.CONFLICT
    assert (
        verdict(arrested, convicted.replace("29", "35"), similarity=50, published=corpus)[0]
        is Status.CONFLICT
    )
    # Two men who share a given name are two men: "Luis Orr, 35" / "Ann Luis Hale, 27".
    other = "Deputy Luis Orr, 35, was shot outside the building"
    assert verdict(other, "Police named the suspect as Jose Luis Hale, 27", similarity=50, published=week)[
        0
    ] is not (Status.CONFLICT)


def test_a_counted_phrase_ends_where_its_noun_does() -> None:
    from crosscheck.quantities import quantities

    def units(text: str) -> list[str]:
        return [q.unit for q in quantities(text)]

    assert units("Lee has four prior arrests") == ["arrest"]  # a plural noun, not the verb "arrests"
    assert units("Deputies detained nine potential witnesses") == ["witness"]
    assert units("a group of six teenagers standing by the road") == ["teenager", "age"]  # and how old
    assert units("the two women she's accused of killing") == ["woman"]
    assert units("one witness says he ran") == ["witness"]


def test_a_range_and_a_vague_number_are_the_figures_at_their_ends() -> None:
    from crosscheck.quantities import quantities

    def read(text: str) -> list[tuple[float, float, str]]:
        return [(round(q.value), round(q.high), q.unit) for q in quantities(text)]

    assert read("Between 60 and 100 rioters gathered") == [(60, 100, "rioter")]
    assert read("He had owned the property for six or seven years") == [(189345600, 220903200, "sec")]
    assert read("rose from 5 to 10 percent") == [(10, 0, "%")]  # a change, not a range
    assert read("dozens of people were arrested") == [(24, 150, "people")]
    assert all(q.vague for q in quantities("a few days before the game"))
    # A vague number fits a figure inside its range; one outside is no conflict either: "struck
    # several times" against "two bullets struck from the front" tells of a part.
    few = "Jon Hale was arrested for drunk driving a few days before the playoff game"
    five = "Hale was arrested for DUI on Jan. 6, five days before the playoff game"
    assert verdict(few, five, similarity=66)[0] is Status.AGREE
    several = "The officers fired 11 rounds, striking Lee several times"
    assert verdict(several, "Two bullets struck Lee from the front", similarity=50)[0] is not Status.CONFLICT


def test_one_person_more_is_a_count_of_one() -> None:
    from crosscheck.quantities import quantities

    def counts(text: str) -> list[tuple[float, str, str]]:
        return [(q.value, q.unit, q.text) for q in quantities(text)]

    assert counts("Two people have been killed and another wounded at the plant") == [
        (2.0, "people", "two people"), (1.0, "people", "another"),
    ]  # fmt: skip
    assert counts("killing two women and critically injuring a third co-worker") == [
        (2.0, "woman", "two women"), (1.0, "people", "a third"),
    ]  # fmt: skip
    # The words a figure counts stop before another figure: "two others" is a count of its own.
    assert counts("killing two workers and wounding two others") == [
        (2.0, "worker", "two workers"), (2.0, "people", "two others"),
    ]  # fmt: skip
    # Not one person more: a figure of its own, someone else, a share, a time.
    assert counts("Another 20 people were hurt") == [(20.0, "people", "20 people")]
    assert counts("Another player was arrested on Friday") == []
    assert counts("A third of the staff went home") == []
    assert counts("Crowds gathered for a third straight night") == []


def test_a_figure_that_opens_a_conjunct_is_counted_by_the_verb_after_it() -> None:
    two_others = "A gunman opened fire at the Acme plant, killing two workers and wounding two others"
    another = "Two people have been killed and another wounded in a shooting at the Acme plant"
    assert verdict(two_others, another, similarity=57)[:4] == (
        Status.CONFLICT, ConflictKind.NUMBER, "two others", "another",
    )  # fmt: skip
    # Two killed in both, and one wounded: they agree.
    third = "The gunman killed two workers at the Acme plant and wounded a third"
    assert verdict(third, another, similarity=57)[0] is not Status.CONFLICT


def test_the_whole_a_part_is_taken_from_is_no_count_of_the_part() -> None:
    # "one of four men who were trying to climb": four is the party, not the dead.
    party = (
        "Jon Hale, who had been living in Glen Falls, was one of four men who were trying to climb the ridge"
    )
    dead = "Two men have died in separate climbing accidents on the ridge this weekend"
    assert verdict(party, dead, similarity=45)[0] is not Status.CONFLICT
    autopsy = "An autopsy shows that Lee was hit in the back by three of the seven bullets"
    wounds = "Two bullets struck Lee from the front, hitting his right thigh"
    assert verdict(autopsy, wounds, similarity=45)[0] is not Status.CONFLICT
    # The same figures, counted outright, are compared.
    assert verdict("Seven bullets hit Lee in the back", "Two bullets hit Lee in the back")[:2] == (
        Status.CONFLICT, ConflictKind.NUMBER,
    )  # fmt: skip


def test_a_total_is_no_conflict_with_the_counts_it_breaks_into() -> None:
    shot = "As I was running down the steps they were yelling, 'Oh, my God, there's three people shot!'"
    killed = "Two people have been killed and another wounded in a shooting at the Acme plant"
    assert verdict(shot, killed, similarity=40)[0] is not Status.CONFLICT
    # A total told by one of the parts' verbs is no total of them.
    five = "Five people have been killed in a shooting at the Acme plant"
    assert verdict(five, killed, similarity=75)[:4] == (
        Status.CONFLICT, ConflictKind.NUMBER, "five people", "two people",
    )  # fmt: skip


def test_a_total_in_one_noun_is_no_conflict_with_its_breakdown_by_noun() -> None:
    apart = "There were 112 passengers and 6 infants on board the Acme Air jet"
    within = "There were 118 passengers on board the Acme Air jet"
    assert verdict(apart, within)[0] is not Status.CONFLICT
    killed = "Five passengers and three children were killed when the Lakeview ferry capsized"
    assert (
        verdict("Eight passengers were killed when the Lakeview ferry capsized", killed)[0]
        is not Status.CONFLICT
    )
    # Crew are not folded into the passengers, as children are.
    crew = "There were 112 passengers and 6 crew on board the Acme Air jet"
    assert verdict(crew, within)[:4] == (
        Status.CONFLICT,
        ConflictKind.NUMBER,
        "112 passengers",
        "118 passengers",
    )
    # A part already inside another is not added to it: twelve, three of them children.
    inside = "Twelve people died when the Lakeview ferry capsized, including three children"
    assert verdict("Fifteen people died when the Lakeview ferry capsized", inside)[:4] == (
        Status.CONFLICT, ConflictKind.NUMBER, "fifteen people", "twelve people",
    )  # fmt: skip
    # Grown-ups of two trades are not folded into one of them, as children are.
    trades = "Three firefighters and two police officers were hurt in the Acme plant blaze"
    five = "Five firefighters were hurt in the Acme plant blaze"
    assert verdict(five, trades)[:4] == (
        Status.CONFLICT,
        ConflictKind.NUMBER,
        "five firefighters",
        "three firefighters",
    )
    assert verdict("Five people were hurt in the Acme plant blaze", trades)[0] is not Status.CONFLICT
    # Parts told by two acts are a breakdown by act: a total of one act is no total of both.
    acts = "Two people were killed and three children were hurt in the Acme plant blaze"
    assert verdict("Five people were killed in the Acme plant blaze", acts)[:2] == (
        Status.CONFLICT,
        ConflictKind.NUMBER,
    )


def test_one_duration_in_two_units_is_one_value_stated_twice() -> None:
    from crosscheck.facts import pairing_keys
    from crosscheck.quantities import quantities

    assert [(q.value, q.bound) for q in quantities("his second arrest in less than a month")] == [
        (2629800.0, "<=")
    ]
    # Rounded as a reporter would name it, one duration is one key, however it is written.
    stay, ninety = (
        "Lee checked in for what is to be a three-month stay",
        "The court ordered Lee to serve 90 days",
    )
    assert "#sec:3mo" in pairing_keys(stay) & pairing_keys(ninety)
    assert "#sec:1mo" in pairing_keys("for the second time in less than four weeks")
    assert "#sec:1mo" in pairing_keys("the second such arrest in less than a month")
    a = "Ann Lee was arrested on suspicion of drunken driving, the team's second such arrest in less than a month"
    b = "Sunday, for the second time in less than four weeks, a team player was pulled over by police"
    found = judge(claim("a", a), claim("b", b), similarity=44, shared=0.33, threshold=70, context=CONTEXT)
    assert found is not None and found.status is Status.AGREE
    stay = "Ann Lee checked into the Lakeview Clinic on Thursday night, for what is to be a three-month stay"
    ordered = "The clinic has not been sanctioned by the court that ordered Lee to serve 90 days of treatment"
    found = judge(
        claim("a", stay), claim("b", ordered), similarity=39, shared=0.14, threshold=70, context=CONTEXT
    )
    assert found is not None and found.status is Status.AGREE
    # Another duration is no figure stated twice.
    c = "Sunday, for the second time in three years, a team player was pulled over by police"
    found = judge(claim("a", a), claim("c", c), similarity=44, shared=0.33, threshold=70, context=CONTEXT)
    assert found is None or found.status is not Status.AGREE


def test_measures_four_times_apart_are_two_things_and_feet_for_metres_is_not() -> None:
    near = "The climber died after he fell about 150 metres down a steep gully"
    far = "The climber died after he fell around 2,000 ft down a steep gully"
    assert verdict(near, far)[0] is not Status.CONFLICT
    feet = "The climber died after he fell about 200 ft down a steep gully"
    metres = "The climber died after he fell about 200 m down a steep gully"
    assert verdict(feet, metres)[:2] == (Status.CONFLICT, ConflictKind.NUMBER)
    # A count of a few is held to five times: a first report's "two" against "ten".
    assert verdict("The blast killed two people", "The blast killed ten people")[:2] == (
        Status.CONFLICT, ConflictKind.NUMBER,
    )  # fmt: skip


def test_clock_times_of_two_acts_are_two_moments_not_a_conflict() -> None:
    visit = "The mayor visited the precinct stationhouse about 12:30 a.m. Tuesday"
    protest = "The protest at the precinct stationhouse began around 8:30 p.m. Tuesday"
    assert verdict(visit, protest, similarity=60)[1] is not ConflictKind.TIME
    # One act at two hours is a conflict.
    later = "The protest at the precinct stationhouse began around 10:30 p.m. Tuesday"
    assert verdict(protest, later, similarity=60)[:2] == (Status.CONFLICT, ConflictKind.TIME)


def test_a_time_on_the_hour_may_be_rounded_by_a_quarter_hour() -> None:
    erupted = "The five-alarm fire erupted around 3:15 a.m. at the warehouse"
    assert verdict("The five-alarm fire erupted at 3 a.m. at the warehouse", erupted, similarity=60)[:2] == (
        Status.AGREE, None,
    )  # fmt: skip
    # Half an hour from the hour, or a quarter hour between two times off the hour, is two times.
    assert verdict("The fire erupted at about 1 a.m. at the warehouse", "The fire erupted at approximately 1:30 a.m. at the warehouse", similarity=60)[:2] == (
        Status.CONFLICT, ConflictKind.TIME,
    )  # fmt: skip
    assert verdict("The fire erupted at about 3:10 a.m. at the warehouse", erupted.replace("3:15", "3:30"), similarity=60)[:2] == (
        Status.CONFLICT, ConflictKind.TIME,
    )  # fmt: skip


def test_a_fire_got_under_control_is_an_act_of_its_own() -> None:
    # The hour the fire was under control is not the hour it broke out.
    control = "They were able to get the fire at the warehouse under control around 5 a.m."
    erupted = "The five-alarm fire at the warehouse erupted around 3:15 a.m."
    assert verdict(control, erupted, similarity=60)[1] is not ConflictKind.TIME
    assert verdict(control, "The fire at the warehouse was controlled at 7 a.m.", similarity=60)[:2] == (
        Status.CONFLICT, ConflictKind.TIME,
    )  # fmt: skip


def test_a_surname_that_is_also_a_role_is_a_name() -> None:
    witness = "Ann King is the only witness who has come forward in the case"
    official = "The mayor is the only official who has come forward in the case"
    assert verdict(witness, official, similarity=75)[1] is not ConflictKind.ENTITY
    # The role itself, or a title before a name, is still a kind.
    assert verdict("The king spoke at the opening", "The mayor spoke at the opening")[:4] == (
        Status.CONFLICT, ConflictKind.ENTITY, "king", "mayor",
    )  # fmt: skip


def test_a_typo_of_an_everyday_word_is_no_name_spelt_two_ways() -> None:
    from crosscheck.names import misspelt

    assert not misspelt("Warehouse", "Warehuose")
    # A frequent surname is no dictionary word: its misspelling stays a name spelt two ways.
    assert misspelt("Rodriguez", "Rodriquez")
    assert misspelt("Katrina", "Katrine") and misspelt("Latoya", "Latonya")


def test_a_count_its_subject_narrows_is_a_part_of_the_whole() -> None:
    whole = "Twenty people were killed when a stretch limousine crashed near Lakeview"
    inside = "All 18 people inside the limousine died when its driver failed to stop near Lakeview"
    assert verdict(inside, whole)[0] is not Status.CONFLICT
    sent = "Twelve people injured by the blast were sent to Lakeview General for treatment"
    assert verdict(sent, "At least 30 people were injured by the blast")[0] is not Status.CONFLICT
    # The part is fewer than the whole: more "inside" than in all is a conflict.
    assert verdict(inside.replace("18", "22"), whole)[:2] == (
        Status.CONFLICT, ConflictKind.NUMBER,
    )  # fmt: skip


def test_a_count_nationwide_and_a_count_in_one_place_are_two_scopes() -> None:
    national = "The flu has killed 40 people nationwide this winter, officials said"
    county = "The flu has killed 12 people in Lakeview County this winter, officials said"
    assert verdict(national, county)[0] is not Status.CONFLICT
    # One place, or one claim silent on where: the figures are compared.
    other = "The flu has killed 15 people in Lakeview County this winter, officials said"
    assert verdict(county, other)[:2] == (Status.CONFLICT, ConflictKind.NUMBER)
    silent = "The flu has killed 15 people this winter, officials said"
    assert verdict(county, silent)[:2] == (Status.CONFLICT, ConflictKind.NUMBER)


def test_a_bound_on_the_clock_tells_one_moment_only_near_it() -> None:
    from crosscheck.compare import shares_value

    call = claim("a", "A call came in to the fire station at 3:33 a.m. from the hotel")
    control = claim("b", "By 6:40 a.m. the fire at the station was under control")
    near = claim("c", "The fire at the station was under control at 6:20 a.m.")
    assert not shares_value(call, control, CONTEXT)
    assert shares_value(near, control, CONTEXT)
    # Two zones: one moment, hours apart on the clock.
    gmt, edt = (
        claim("d", "The launch came at 1815 GMT on Monday"),
        claim("e", "The launch came at 2:15 p.m. EDT"),
    )
    assert shares_value(gmt, edt, CONTEXT)


def test_an_area_in_acres_or_hectares_is_a_measure() -> None:
    from crosscheck.compare import shares_value

    site = claim("a", "The old dairy stood on an area of about 8.7 acres near downtown Lakeview")
    nine = claim("b", "The dairy building was located on the nine acre site in Lakeview")
    assert shares_value(site, nine, CONTEXT)
    assert verdict("The blaze covered 40 hectares of forest", "The blaze covered 40 acres of forest")[:2] == (
        Status.CONFLICT, ConflictKind.NUMBER,
    )  # fmt: skip


def test_a_preposition_ends_the_words_a_figure_counts() -> None:
    from crosscheck.quantities import quantities

    assert [(q.unit, q.text) for q in quantities("Police held 40 people near the scene")] == [
        ("people", "40 people")
    ]
    assert [q.unit for q in quantities("It laid off 12 workers across the plant")] == ["worker"]
    # So a count of persons near a place is compared as one.
    assert verdict("Police held 40 people near the scene", "Police held 45 people near the scene")[:2] == (
        Status.CONFLICT, ConflictKind.NUMBER,
    )  # fmt: skip


def test_the_state_a_count_is_left_in_ends_its_words() -> None:
    from crosscheck.quantities import quantities

    assert [(q.unit, q.text) for q in quantities("The rampage left two women dead and a third wounded")] == [
        ("woman", "two women"), ("people", "a third"),
    ]  # fmt: skip
    # Right after the figure, the state says who is counted: persons.
    assert [(q.unit, q.text) for q in quantities("Two dead in a crash on Route 9")] == [
        ("people", "two dead")
    ]


def test_square_miles_are_an_area_converted_to_acres() -> None:
    assert verdict(
        "The fire has burned 40 square miles of forest", "The fire has burned 25,600 acres of forest"
    )[0] is (Status.AGREE)
    assert verdict("The fire has burned 40 square miles of forest", "The fire has burned 12,000 acres of forest")[:2] == (
        Status.CONFLICT, ConflictKind.NUMBER,
    )  # fmt: skip


def test_an_age_told_by_a_word_is_the_range_of_years_it_names() -> None:
    from crosscheck.quantities import quantities

    def ages(text: str) -> list[tuple[float, float]]:
        return [(q.value, q.high) for q in quantities(text) if q.unit == "age"]

    assert ages("A Lakeview teenager was shot at a party") == [(13.0, 19.0)]
    assert ages("Both teens were taken to hospital") == [(13.0, 19.0)]
    assert ages("Police are looking for a man in his early 30s") == [(30.0, 33.0)]
    assert ages("The man, aged in his early 30s, fell") == [(30.0, 33.0)]  # no age of 30
    assert ages("The woman, in her late 40s, fled on foot") == [(47.0, 49.0)]
    assert ages("The 17-year-olds were pronounced dead at the scene") == [(17.0, 0.0)]

    # One person told of by an age and by the word for it: one fact, in the subject of each.
    teen = claim("a", "A Lakeview teenager was shot and killed inside a home on Elm Road")
    aged = claim("b", "A 17-year-old girl was shot and killed at a Lakeview home")
    found = judge(teen, aged, similarity=50, shared=0.25, threshold=80, context=CONTEXT)
    assert found is not None and found.status is Status.AGREE
    # A word is too vague to contradict a figure: "a teenager" may be told apart from "a
    # 25-year-old man" by a sentence, but not by the two ages.
    grown = claim("b", "A 25-year-old man was shot and killed at a Lakeview home")
    found = judge(teen, grown, similarity=50, shared=0.25, threshold=80, context=CONTEXT)
    assert found is None or found.status is not Status.CONFLICT
    # Nor is a word both claims say ("the teenager") an anchor of two counts beside it.
    hits = "The report did not say which of the seven bullets killed the teenager"
    loaded = "His gun was loaded with four bullets, and whether the teenager fired it is unknown"
    assert verdict(hits, loaded, similarity=52)[0] is not Status.CONFLICT


def test_a_day_told_from_the_storys_own_counts_from_the_day_named_before_it() -> None:
    from crosscheck.dates import narrative_days, timing
    from crosscheck.extract import extract_claims
    from crosscheck.models import Article

    # In the same sentence, from the day named before the words; else from the article's last.
    assert timing("On Tuesday, crews were seen at the store where, the night before, a crowd broke in",
                  published="2021-03-12").dates == ("2021-03-09", "2021-03-08")  # fmt: skip
    assert timing("They could not be brought down until the next morning", day="2021-03-06").dates == (
        "2021-03-07",
    )
    assert timing("They could not be brought down until the next morning").dates == ()  # no day before
    # "The day before" something else counts from that thing, which the story does not date here.
    assert timing("Lee was told the day before his trial", day="2021-03-06").dates == ()
    assert timing("Lee had called her the night before she testified", day="2021-03-06").dates == ()
    assert timing("Lee had called her the night before.", day="2021-03-06").dates == ("2021-03-05",)

    texts = [
        "Jon Hale fell about 200 metres near the Elm Hut on Saturday, police said.",
        "His two companions raised the alarm.",
        "A helicopter found them, but they could not be lifted out until the next morning.",
    ]
    assert narrative_days(texts, "2021-03-08") == [None, None, "2021-03-06"]
    article = Article("a", "a.md", "\n".join(texts), published="2021-03-08")
    lifted = [c for c in extract_claims(article) if "next morning" in c.text]
    assert lifted and all(c.day == "2021-03-06" for c in lifted)

    # Such a day agrees with the day another source names for one act, not for another act.
    context = Context(aliases=DEFAULT_ALIASES, published={"a": "2021-03-08", "b": "2021-03-07"})
    told = replace(
        claim("a", "They could not be lifted out from the ridge until the next morning"), day="2021-03-06"
    )
    named = claim("b", "The other two men were lifted out from the ridge by about 10am on Sunday")
    found = judge(told, named, similarity=45, shared=0.16, threshold=70, context=context)
    assert found is not None and found.status is Status.AGREE
    other_act = claim("b", "A team flew in from the ridge today to recover the body")
    assert judge(told, other_act, similarity=45, shared=0.16, threshold=70, context=context) is None


def test_before_against_during_conflicts_only_relative_to_one_moment() -> None:
    # One moment, told two ways: "while the talks were under way" / "shortly before the talks".
    during = "While the talks were under way, the rebels fired two rockets into the port"
    before = "The rebels fired two rockets into the port shortly before the talks"
    assert verdict(during, before, similarity=75)[:2] == (Status.CONFLICT, ConflictKind.TIME)
    # Two moments: a confrontation, and a gun pointed; both may be true of one shooting.
    confronted = "Lee was shot during a confrontation with two officers on Elm Street on Saturday night"
    pointed = "Lee was shot on Saturday night after pointing a gun at two officers on Elm Street"
    assert verdict(confronted, pointed, similarity=75)[1] is not ConflictKind.TIME


def test_the_dates_of_a_reporting_period_label_figures_and_date_no_event() -> None:
    closing = "Acme expects the deal to close during its first fiscal quarter, which will end Jan. 31, 2008"
    revenue = "Acme had revenue of $100.5 billion for the four fiscal quarters ended July 31, 2007"
    assert verdict(closing, revenue, similarity=75)[1] is not ConflictKind.DATE
    fiscal = "Acme expects the deal to close by its first fiscal 2008 quarter"
    assert verdict(fiscal, revenue, similarity=75)[1] is not ConflictKind.DATE
    # Days on which something happened still conflict.
    assert verdict("Acme closed the deal on Jan. 31, 2008", "Acme closed the deal on July 31, 2007")[:2] == (
        Status.CONFLICT, ConflictKind.DATE,
    )  # fmt: skip


def test_a_word_said_by_the_way_in_a_relative_clause_is_not_what_a_denial_denies() -> None:
    denied = "The results of Lee's blood-alcohol test have not been released"
    aside = "Lee, who was booked into county jail and later released on bail, gave a blood sample for a test"
    assert verdict(denied, aside, similarity=72)[1] is not ConflictKind.NEGATION
    stated = "The results of Lee's blood-alcohol test were released on Monday"
    assert verdict(denied, stated, similarity=72)[:2] == (Status.CONFLICT, ConflictKind.NEGATION)


def test_a_lone_quotation_mark_after_a_negation_is_no_word() -> None:
    # It strips to nothing; reading it as a verb had raised an IndexError.
    denied = 'Lee said he did not " go back to the house that night'
    went = "Lee went back to the house that night"
    assert verdict(denied, went, similarity=75)[:2] == (Status.CONFLICT, ConflictKind.NEGATION)


def test_a_time_ago_is_a_moment_that_counts_for_one_act() -> None:
    from crosscheck.compare import shares_value

    def shared(a: str, b: str) -> bool:
        return shares_value(claim("a", a), claim("b", b), CONTEXT)

    # "Two weeks ago" dates an act, as a year does: another act that long before, or after
    # another moment, is another fact.
    married = "The Lakeview resident was married two weeks ago to his second wife, Ann"
    boasted = (
        "Jurors asked to review a recording of Hale boasting about the shooting two weeks after the death"
    )
    assert not shared(married, boasted)
    trial = "A judge today found a former Acme employee guilty of murder in a rampage exactly two years ago"
    other = "Two years ago, a college student committed a shooting at a college in another state"
    assert not shared(trial, other)
    # The same act that long ago, in other words ("wed" is the past of "wed"), is one fact.
    wed = "The deputy, who was wed about three weeks ago, is survived by his wife and two sons"
    before = "Ann Hale, who married the deputy three weeks before he was murdered, told the court"
    assert shared(wed, before)
    # A length of time is no moment: two claims that give one still share a value.
    stay = "Lee checked in for what is to be a three-month stay"
    assert shared(stay, "Lee agreed to a three-month stay at the clinic")


def test_at_one_time_is_a_moment_and_a_car_window_is_no_car() -> None:
    from crosscheck.quantities import quantities

    pouring = (
        "At one time, Hale said, firefighters were pouring 5,000 gallons of water per minute onto the blaze"
    )
    assert [(q.value, q.unit) for q in quantities(pouring)] == [(5000.0, "gallon")]
    assert [(q.value, q.unit) for q in quantities("He was hit one time in the chest")] == [(1.0, "times")]
    # A kind's word before the noun it describes tells that noun, not a member of the kind.
    smashed = "Projectiles were hurled at officers and car windows were smashed on Elm Street"
    hit = "Someone hit an officer with a brick, and another brick went through the window of a police van"
    assert verdict(smashed, hit, similarity=50)[0] is not Status.CONFLICT
    assert verdict("Hale drove off in a red car", "Hale drove off in a red van", similarity=85)[:4] == (
        Status.CONFLICT, ConflictKind.ENTITY, "car", "van",
    )  # fmt: skip


def test_a_kind_word_before_a_noun_in_ly_describes_that_noun() -> None:
    # "assembly" ends in -ly and is no adverb: "car assembly plant" tells a plant, not a car.
    plant = "Hale worked at the car assembly plant in Lakeview for ten years"
    drove = "Hale drove a van to the plant in Lakeview for ten years"
    assert verdict(plant, drove, similarity=75)[0] is not Status.CONFLICT
    # An adverb after the word leaves it a member of its kind: "a car quickly" is a car.
    assert verdict(
        "Hale left in a car quickly after the shots",
        "Hale left in a van quickly after the shots",
        similarity=85,
    )[:4] == (Status.CONFLICT, ConflictKind.ENTITY, "car", "van")


def test_a_date_after_an_event_noun_of_someone_dates_that_event_not_the_verb() -> None:
    published = {"a": "2018-08-04", "b": "2018-08-04"}
    indicted = "Officer Jon Hale was indicted Friday for the killing of Ann Lee, court records show"
    shooting = "Court records confirm Officer Jon Hale has been indicted for murder in the shooting death of Ann Lee on April 3"
    assert verdict(indicted, shooting, similarity=72, published=published)[1] is not ConflictKind.DATE
    # Nor does it tell the day of the act its noun names: a caption's date may be the charge's.
    caption = "Jon Hale, who was charged with murder in the fatal shooting of a deputy on Wednesday, Feb. 5"
    shot = "The deputy was fatally shot during a chase Tuesday night on Route 9"
    assert verdict(caption, shot, similarity=50, published={"a": "2020-02-06", "b": "2020-02-06"})[1] is not (
        ConflictKind.DATE
    )
    # Two dates of one event noun still conflict.
    other = "Court records confirm Officer Jon Hale has been indicted for murder in the shooting death of Ann Lee on April 5"
    assert verdict(shooting, other, similarity=90, published=published)[:2] == (
        Status.CONFLICT,
        ConflictKind.DATE,
    )


def test_claims_that_read_alike_date_two_acts_when_the_verbs_beside_their_dates_differ() -> None:
    published = {"a": "2018-08-04", "b": "2018-08-04"}
    responded = "An officer of the Lakeview Police Department who in April had responded to a call has been indicted on a murder charge"
    charged = "A Lakeview police officer on Friday was charged with murder in the death of a man who had called police"
    assert verdict(responded, charged, similarity=74, published=published)[1] is not ConflictKind.DATE


def test_clock_times_ending_two_clauses_of_two_acts_are_two_moments() -> None:
    burial = "He will be laid to rest at Lakeview Memorial Gardens at 3 p.m. that day"
    chase = "The chase began near exit 28 on Route 9 in northern Lakeview County after 10 p.m. on Tuesday"
    assert verdict(burial, chase, similarity=45)[1] is not ConflictKind.TIME


def test_a_clause_act_is_found_past_joined_ordinals_and_nouns_in_ing() -> None:
    outbreak = "The Acme warehouse caught fire around 5:30 pm on Thursday"
    # "fifth and sixth" join two ordinals, not two clauses; "building" is a noun, not an act's
    # -ing form: the verb before them ("seen") is the act the clock time is of.
    floors = "A fire was seen on the fifth and sixth floors of the Acme warehouse at around 10:15 am"
    building = "A fire was seen in the Acme warehouse building at around 10:15 am"
    assert verdict(floors, outbreak)[1] is not ConflictKind.TIME
    assert verdict(building, outbreak)[1] is not ConflictKind.TIME
    # One act at two hours stays a conflict.
    assert verdict("The Acme warehouse caught fire at around 10:15 am", outbreak)[:4] == (
        Status.CONFLICT, ConflictKind.TIME, "10:15", "17:30",
    )  # fmt: skip


def figures(text: str) -> list[tuple[str, float, str, str]]:
    return [(q.text, q.value, q.bound, q.unit) for q in quantities.quantities(text)]


def test_a_figures_bound_is_read_after_another_figure_and_in_brackets() -> None:
    assert figures("killing at least six people and injuring more than 120 others")[-1] == (
        "more than 120 others", 120.0, ">=", "people",
    )  # fmt: skip
    assert figures("we have six fatalities and (at least) 125 injured")[-1][1:3] == (125.0, ">=")
    # "persons" and "people" count one noun.
    assert figures("at least 120 persons were killed")[0][3] == "people"


def test_a_magnitude_written_with_a_hyphen_is_its_decimal() -> None:
    assert figures("A magnitude-6.7 earthquake struck the island late Friday")[0][1] == 6.7
    assert figures("Traffic on I-65 near exit 28 was stopped") == []  # a road's name counts nothing


def test_counts_of_the_killed_and_the_injured_are_compared_apart() -> None:
    a = "At least 119 people were killed and more than 150 injured when the express train derailed on Sunday"
    b = "At least 120 persons were killed and around 100 injured when the express train derailed on Sunday"
    assert verdict(a, b, similarity=75)[:4] == (
        Status.CONFLICT, ConflictKind.NUMBER, "more than 150 injured", "around 100 injured",
    )  # fmt: skip


def test_figures_governed_by_two_verbs_do_not_conflict_however_alike_the_claims_read() -> None:
    found = "[Ann Lee] found four people in the break room"
    allowed = (
        "When Ann Lee found a group of co-workers in a break room, she allowed one person to leave unharmed"
    )
    assert verdict(found, allowed, similarity=75)[1] is not ConflictKind.NUMBER


def test_a_time_zone_that_may_be_on_summer_time_allows_both_hours() -> None:
    eastern = "The train hit the truck near the crossing at 1:42 p.m. ET as it traveled east"
    assert verdict(eastern, "The train hit the truck near the crossing at 17:42 GMT as it traveled east")[
        0
    ] is (Status.AGREE)
    assert verdict(eastern, "The train hit the truck near the crossing at 19:42 GMT as it traveled east")[
        :2
    ] == (
        Status.CONFLICT,
        ConflictKind.TIME,
    )
    # Whole hours apart, one side naming no zone: the other may be the place's own clock.
    local = "The train hit the truck near the crossing at 12:42 p.m. as it traveled east"
    assert verdict(eastern, local)[1] is not ConflictKind.TIME
    assert verdict(local, "The train hit the truck near the crossing at 12:58 p.m. as it traveled east")[
        1
    ] is (ConflictKind.TIME)


def test_noon_is_a_clock_time() -> None:
    assert verdict("The visitation ends at noon on Monday", "The visitation ends at 3 p.m. on Monday")[
        :2
    ] == (
        Status.CONFLICT,
        ConflictKind.TIME,
    )


def test_a_double_quote_inside_a_contraction_is_an_apostrophe() -> None:
    denied = "The district attorney said the shooting was not justified"
    misencoded = "The district attorney said the shooting wasn”t justified"
    assert verdict(denied, misencoded)[0] is Status.AGREE


def test_two_things_of_one_kind_that_both_sources_tell_of_are_two_things_not_two_values() -> None:
    derailed = "Several riders were waiting at the station after the train was derailed near Lakeview"
    collided = "The Lakeview Chief was carrying 243 passengers when it collided with a dump truck"
    both_told = {"a": frozenset({"train", "truck", "derail"}), "b": frozenset({"train", "truck", "collide"})}
    assert verdict(derailed, collided, similarity=40, vocabulary=both_told)[1] is not ConflictKind.ENTITY
    # Where a source never tells of the other's thing, the two are rival values of one fact.
    one_told = {"a": frozenset({"pistol"}), "b": frozenset({"shotgun", "pistol"})}
    assert verdict("He was shot with a pistol", "He was shot with a shotgun", vocabulary=one_told)[:2] == (
        Status.CONFLICT,
        ConflictKind.ENTITY,
    )


def test_what_is_said_on_a_day_opens_after_that() -> None:
    text = "The official said Saturday that four people had been killed in the quake"
    (four,) = quantities.quantities(text)
    assert predicates.is_toll(text, four, DEFAULT_ALIASES)


def test_a_quotation_that_quotes_more_of_one_remark_is_no_quote_conflict() -> None:
    short = claim(
        "a", "“This is a fire for the history books,” the chief said", attribution="the chief", quote=True
    )
    full = claim(
        "b",
        "“This is a fire for the history books because it is unlike anything most have ever seen,” the chief said",
        attribution="the chief",
        quote=True,
    )
    assert compare(short, full, similarity=75, context=CONTEXT).kind is not ConflictKind.QUOTE


def test_topping_and_past_are_bounds() -> None:
    assert verdict(
        "Winds at times topping 87 mph fanned the fire", "Winds that topped 80 mph fanned the fire"
    )[0] is (Status.AGREE)
    assert (
        verdict(
            "The boat capsized past noon on Thursday", "The boat capsized at about 12:50 p.m. on Thursday"
        )[1]
        is not ConflictKind.TIME
    )


def test_a_count_told_missing_after_its_verb_is_not_a_count_of_the_dead() -> None:
    died = "Thirty-five people died while 134 were rescued and 20 remain missing when the boat capsized"
    missing = "Up to 33 people are missing after the boat capsized shortly after setting sail"
    assert verdict(died, missing, similarity=50)[1] is not ConflictKind.NUMBER


def test_a_general_word_for_a_vessel_contradicts_none_of_its_kinds() -> None:
    ship = "Divers were searching for survivors inside the ship"
    assert verdict(ship, "Divers were searching for survivors inside the ferry")[1] is not ConflictKind.ENTITY


def test_a_speakers_name_spelt_two_ways_is_an_entity_conflict() -> None:
    a = claim("a", "I thought it was the end of the world", attribution="resident Carlos Canseco")
    b = claim("b", "He woke up when his bed began to shake violently", attribution="Carlos Conseco")
    found = compare(a, b, similarity=40, context=CONTEXT)
    assert (found.status, found.kind, found.a_says, found.b_says) == (
        Status.CONFLICT, ConflictKind.ENTITY, "Canseco", "Conseco",
    )  # fmt: skip
    # One spelling is none; nor is a short form ("Arman" may be "Armand" cut short).
    same = claim("b", "He woke up when his bed began to shake violently", attribution="Carlos Canseco")
    assert compare(a, same, similarity=40, context=CONTEXT).kind is not ConflictKind.ENTITY


def test_a_speakers_name_a_source_also_spells_the_other_way_is_its_own_typo() -> None:
    from crosscheck.names import vocabularies
    from crosscheck.normalize import tokens
    from crosscheck.variants import mentions_of

    a = claim(
        "a", "Nine hundred people were inside the plant at the time", attribution="Minister Ruben Ozdil"
    )
    b = claim(
        "b", "Crowds gathered outside the plant with 900 people inside", attribution="Minister Ruben Ozdel"
    )
    b_later = claim("b", "Our hopes are fading", attribution="Minister Ozdil", quote=True)

    def context(corpus: list[Claim]) -> Context:
        return Context(
            aliases=DEFAULT_ALIASES,
            vocabulary=vocabularies(
                corpus,
                [tokens(c.text, DEFAULT_ALIASES) for c in corpus],
                [mentions_of(c.text, DEFAULT_ALIASES, None, c.attribution) for c in corpus],
                DEFAULT_ALIASES,
            ),
        )

    # Source b spells the minister "Ozdel" once and "Ozdil" once: its own slip, not a disagreement.
    assert compare(a, b, similarity=50, context=context([a, b, b_later])).kind is not ConflictKind.ENTITY
    # Where b never writes "Ozdil", the two spellings conflict.
    found = compare(a, b, similarity=50, context=context([a, b]))
    assert (found.kind, found.a_says, found.b_says) == (ConflictKind.ENTITY, "Ozdil", "Ozdel")


def test_a_place_or_a_firm_spelt_two_ways_is_no_conflict_and_a_person_still_is() -> None:
    firm = (
        "The fire broke out at the factory of Hashford Foods, a subsidiary of the Korvath Group",
        "The factory is owned by Hashford Foods, part of the multinational Korvoth Group",
    )
    area = (
        "The fire started in a building in the Kornby area of the town",
        "Flames swept through the building in the Karnby area of the town",
    )
    town = (
        "The crash happened just outside Santa Maria de Lakeview, a city popular with pilgrims",
        "The train derailed near Santa Maria de Lakevew in the north",
    )
    for a, b in (firm, area, town):
        assert verdict(a, b, similarity=50)[1] is not ConflictKind.ENTITY, (a, b)
    person = (
        "Firefighter Ann Colby was treated and released",
        "Firefighter Ann Calby was treated at the hospital",
    )
    assert verdict(*person, similarity=50)[1:] == (ConflictKind.ENTITY, "Colby", "Calby")


def test_a_figure_hyphened_to_its_noun_measures_that_thing_whatever_the_verb() -> None:
    seven = "The fire started on the second floor of the seven-storey building"
    assert verdict(seven, "The fire swept through the six-storey building", similarity=50)[1:] == (
        ConflictKind.NUMBER, "seven storey building", "six storey building",
    )  # fmt: skip
    # One place spelt two ways is one scope: the building is still one.
    in_kornby = "The fire started on the second floor of the seven-storey building in Kornby area"
    in_karnby = "The fire swept through the six-storey building in Karnby area of the town"
    assert verdict(in_kornby, in_karnby, similarity=50)[1] is ConflictKind.NUMBER
    # Two places are two scopes.
    in_acme = "The fire swept through the six-storey building in Acme Springs"
    assert verdict(in_kornby, in_acme, similarity=50)[1] is not ConflictKind.NUMBER


def test_a_name_with_a_letter_doubled_is_misspelt_not_cut_short() -> None:
    a = "Police confirmed the arrest of the singer Ali Sharief this morning"
    b = "The singer Ali Amir Sharieff was arrested in the same incident"
    assert verdict(a, b, similarity=50)[1:] == (ConflictKind.ENTITY, "Sharief", "Sharieff")
    # A short form is no misspelling: "Steve" / "Steven".
    assert (
        verdict("Police arrested Steve Lee on Friday", "Police arrested Steven Lee on Friday")[0]
        is Status.AGREE
    )


def test_a_count_told_in_another_noun_for_persons_fits_and_a_state_after_its_noun_counts() -> None:
    # "five people" is the count "in 5 patients" tells: not a conflict with the other state's 3.
    kansas = "The five were hospitalized at the same hospital for unrelated problems"
    both = "The illnesses were first reported in 5 patients at a Lakeview hospital, and 3 others at a hospital in Elm County"
    assert verdict(kansas, both, similarity=50)[1] is not ConflictKind.NUMBER
    # "left two women dead and a third wounded" counts the dead by "dead": the wounded differ.
    wounding = "A woman opened fire at the plant last night, killing two workers and wounding two others"
    third = "The rampage at the plant left two women dead and a third employee wounded"
    assert verdict(wounding, third, similarity=50)[:4] == (
        Status.CONFLICT,
        ConflictKind.NUMBER,
        "two others",
        "a third",
    )


def test_the_verb_of_a_relative_clause_after_that_and_last_before_a_day_read_as_a_reader_would() -> None:
    # "the quake that struck … at 10:04 p.m.": the relative clause's verb is the act timed;
    # "last Friday" is a date, and "last" no act of its own.
    a = "The runway needs repair after the quake that struck Lakeview at 10:04 p.m. damaged its concrete"
    b = "A powerful earthquake struck the city at 10:03 p.m. last Friday, killing six people"
    assert verdict(a, b, similarity=50)[:4] == (Status.CONFLICT, ConflictKind.TIME, "22:04", "22:03")


def test_a_word_that_ends_with_another_of_its_kind_names_the_same_thing() -> None:
    # "airplane" is a kind of "plane": one thing, not two aircraft; a helicopter is another.
    plane = "The plane crashed at the Lakeview airfield shortly after takeoff on Friday"
    airplane = "The airplane crashed at the Lakeview airfield shortly after takeoff on Friday"
    helicopter = "The helicopter crashed at the Lakeview airfield shortly after takeoff on Friday"
    assert verdict(plane, airplane)[0] is Status.AGREE
    assert verdict(plane, helicopter)[:4] == (Status.CONFLICT, ConflictKind.ENTITY, "plane", "helicopter")


def test_a_figure_its_own_report_marks_provisional_is_no_hard_conflict() -> None:
    # "initially reported", "so far": the other source's figure is the count moved on.
    initially = claim("a", "Nine people had died in the crash", attribution="Officials initially reported")
    settled = claim("b", "Eleven people died in the crash of the skydiving plane")
    found = compare(initially, settled, similarity=70, context=CONTEXT)
    assert (found.status, found.kind) == (Status.REVISED, ConflictKind.NUMBER)
    so_far = "Rescuers have recovered 23 bodies so far from the debris"
    later = "Rescuers have recovered 30 bodies from the debris"
    assert verdict(so_far, later, similarity=80)[0] is Status.REVISED
    # Unmarked, two counts of the dead are still a conflict to look at.
    assert (
        verdict("Rescuers have recovered 23 bodies from the debris", later, similarity=80)[0]
        is Status.CONFLICT
    )


def test_bodies_recovered_on_one_day_are_a_toll_counted_again() -> None:
    same_day = {"published": {"a": "2014-07-31", "b": "2014-07-31"}}
    a = "Twenty bodies were recovered from the mud by late Wednesday"
    b = "Rescuers had recovered 23 bodies by Thursday morning"
    assert verdict(a, b, similarity=55, **same_day)[0] is Status.REVISED


def test_a_word_and_a_word_made_from_it_are_no_name_spelt_two_ways() -> None:
    from crosscheck.names import misspelt

    assert not misspelt("Agricultural", "Agriculture")  # "the Lakeview Agricultural University"
    assert misspelt("Sharief", "Sharieff") and misspelt("Jon", "John")


def test_british_and_american_spellings_are_one_name() -> None:
    from crosscheck.names import misspelt

    a = "Jon Hale, a deputy director of the Lakeview Fire Service and Civil Defence, said the search went on"
    b = "The rescue led by the Lakeview Fire Service and Civil Defense still goes on, Jon Hale said"
    assert verdict(a, b, similarity=60)[1] is not ConflictKind.ENTITY
    assert not misspelt("Harbour", "Harbor") and not misspelt("Centre", "Center")
    assert not misspelt("Organisation", "Organization")
    assert misspelt("Mansour", "Mansoor")  # a name spelt two ways, not a house style


def test_a_negation_in_a_wish_or_a_purpose_denies_nothing() -> None:
    pledge = "The minister said the state would act to ensure such accidents do not take place in future"
    happened = "The minister said such accidents take place in the state every monsoon"
    assert verdict(pledge, happened, similarity=75)[1] is not ConflictKind.NEGATION
    assert verdict("Results of the test have not been released", "Results of the test were released")[1] is (
        ConflictKind.NEGATION
    )


def test_a_remark_quoted_twice_with_a_word_changed_inside_it_is_a_quote_conflict() -> None:
    a = claim(
        "a",
        '"In my 40 years here, this is the most tragic aircraft incident that we have had"',
        attribution="Chief Lee said",
    )
    b = claim(
        "b",
        '"In my 40 years here, this is the most tragic incident we have had"',
        attribution="Fire Chief Ann Lee said",
    )
    found = compare(a, b, similarity=85, context=CONTEXT)
    assert (found.status, found.kind, found.a_says, found.b_says) == (
        Status.CONFLICT,
        ConflictKind.QUOTE,
        "aircraft",
        "",
    )
    officer = claim(
        "a", '"His training allowed him and his fellow officer to survive"', attribution="Chief Lee said"
    )
    officers = claim(
        "b", '"His training allowed him and his fellow officers to survive"', attribution="Chief Lee said"
    )
    found = compare(officer, officers, similarity=95, context=CONTEXT)
    assert (found.kind, found.a_says, found.b_says) == (ConflictKind.QUOTE, "officer", "officers")
    # Quoting more of it, or a word English writes two ways, is no misquote.
    longer = claim(
        "b",
        '"His training allowed him and his fellow officer to survive, as he rushed in"',
        attribution="Chief Lee said",
    )
    assert compare(officer, longer, similarity=90, context=CONTEXT).status is Status.AGREE
    toward = claim("a", '"They swam toward the shore as the boat went down"', attribution="Jon Hale said")
    towards = claim("b", '"They swam towards the shore as the boat went down"', attribution="Jon Hale said")
    assert compare(toward, towards, similarity=95, context=CONTEXT).status is Status.AGREE


def test_the_verb_after_counted_persons_is_found_past_adverbs_relatives_and_where_they_were() -> None:
    assert counted_by("Thirteen people have also been injured in the crash") == {"injured"}
    assert counted_by("Eleven others on the coach were injured in the crash") == {"injured"}
    assert counted_by("Ann Lee was among the 14 people who perished when the coach fell") == {"dead"}
    assert counted_by("There were 29 people on the bus at the time of the crash") == {"carry"}
    # Persons aboard that the sentence says were killed are the dead, not those carried.
    assert counted_by("The 11 people aboard the plane were killed") == {"dead"}
    # So a count of the hurt, of the carried and of the dead are three facts, not one told three ways.
    for a, b in (
        (
            "Thirteen people have also been injured in the crash",
            "At least 24 people were killed in the crash",
        ),
        ("Eleven others on the coach were injured in the crash", "Fourteen people were killed in the crash"),
        (
            "There were 29 people on the bus at the time of the crash",
            "Fifteen people are dead after the crash",
        ),
    ):
        assert verdict(a, b, 60.0)[0] is Status.AGREE


def test_as_many_as_bounds_a_figure_from_above() -> None:
    text = "There have been reports of as many as 60 people missing after the flood"
    assert [(q.value, q.bound) for q in quantities.quantities(text)] == [(60.0, "<=")]
    assert verdict(text, "About 40 people are still missing after the flood", 60.0)[0] is Status.AGREE


def test_a_figure_told_as_said_before_or_as_the_latest_is_revised_not_contradicted() -> None:
    assert verdict("Earlier, police had put the death toll from the flood at 68", "Police said 145 people died in the flood", 60.0)[:2] == (
        Status.REVISED, ConflictKind.NUMBER,
    )  # fmt: skip
    assert verdict(
        "The latest information we got is that 24 people are dead in the flood",
        "At least 26 people were killed in the flood",
        60.0,
    )[:2] == (Status.REVISED, ConflictKind.NUMBER)
    # Where a person is from "originally" marks no figure.
    assert verdict(
        "On Saturday, 32-year-old Jon Hale, originally from Acme, fell about 600 metres",
        "The climber, 31-year-old Jon Hale of Acme, slipped and fell 600 meters",
        60.0,
    ) == (Status.CONFLICT, ConflictKind.NUMBER, "32- year old", "31- year old")


def test_an_earlier_event_a_story_measures_this_one_by_is_not_compared_with_it() -> None:
    for earlier in (
        "It is the deadliest crash since a 2009 plane crash near Acme that killed 50 people",
        "Several months earlier, 12 people were killed in a crash in West Lakeview",
        "The crossing had been the site of another collision 21 years ago that killed six people",
    ):
        assert (
            verdict(earlier, "Twenty people were killed in the crash near Lakeview", 60.0)[0] is Status.AGREE
        )
    # "Two years ago" alone may date the very event, in coverage of its trial.
    assert verdict(
        "A jury found her guilty of a rampage two years ago that left two workers dead",
        "She opened fire at the plant, killing three workers",
        60.0,
    )[:2] == (Status.CONFLICT, ConflictKind.NUMBER)


def test_two_earlier_events_of_two_years_are_two_stories_and_of_one_year_one() -> None:
    plunge = "It was the deadliest road crash since a 1998 bus plunge near Lakeview that killed 30 people"
    ferry = (
        "It was the worst disaster in the county since the 2004 sinking of a ferry, which killed 12 people"
    )
    assert verdict(plunge, ferry, 50.0)[1] is not ConflictKind.NUMBER
    again = (
        "It was the worst crash in the county since the 1998 bus plunge near Lakeview, which killed 32 people"
    )
    assert verdict(plunge, again, 50.0)[1:] == (ConflictKind.NUMBER, "30 people", "32 people")


def test_distances_from_two_points_are_two_facts_and_from_one_point_one() -> None:
    assert verdict("The injured were taken to Lakeview, 70 km from here", "The bodies were taken to Acme, about 40 km from the temple site", 60.0)[0] is Status.AGREE  # fmt: skip
    assert verdict("The town lies 30 miles west of Lakeview", "The town lies 40 miles west of Lakeview", 60.0)[:2] == (
        Status.CONFLICT, ConflictKind.NUMBER,
    )  # fmt: skip


def test_a_word_and_its_short_form_name_one_thing() -> None:
    assert verdict("All 18 of the adults in the limousine were killed", "All 18 people inside the limo died when its driver hit a parked car", 60.0)[0] is Status.AGREE  # fmt: skip


def test_a_measure_before_the_noun_it_measures_is_of_that_noun_whatever_the_verbs() -> None:
    def noun(text: str) -> str:
        return predicates.measured_noun(text, quantities.quantities(text)[0], DEFAULT_ALIASES)

    assert noun("The bus careered into a 150m ravine in the province") == "ravine"
    assert noun("The bus plunged into a 116-meter-deep ravine") == "ravine"
    assert noun("The bus fell 500 meters down a ravine") == ""  # a fall, told apart from the ravine
    assert noun("The camp was 30 km away") == ""
    assert verdict(
        "The bus carrying dozens of passengers careered into a 150m ravine just before midnight",
        "The bus plunged into an 80 metre ravine",
        50.0,
    ) == (Status.CONFLICT, ConflictKind.NUMBER, "150 m", "80 metre")


def test_persons_who_suffered_injuries_are_the_injured() -> None:
    text = "15 people suffered injuries, and some remain in critical condition"
    assert counted_by(text) == {"injured"}


def test_a_clock_time_in_hours_written_as_four_figures() -> None:
    assert verdict("The stampede took place at around 1000 hrs", "The stampede took place after 11 a.m. on Sunday", 60.0)[:2] == (
        Status.CONFLICT, ConflictKind.TIME,
    )  # fmt: skip


def test_a_clock_time_with_a_dot_between_hours_and_minutes() -> None:
    # British and Indian copy writes "7.40 pm": 19:40, never "40 pm". Five minutes apart, two
    # "around"s are one landing told twice.
    assert verdict("The plane skidded off the runway on Friday around 7.40 pm", "The plane skidded off the runway at around 7.45 pm", 60.0)[:2] == (
        Status.AGREE, None,
    )  # fmt: skip
    assert verdict("The plane skidded off the runway at 7.40 pm", "The plane skidded off the runway at 9.40 pm", 60.0)[:4] == (
        Status.CONFLICT, ConflictKind.TIME, "19:40", "21:40",
    )  # fmt: skip


def test_a_count_of_the_missing_moves_either_way_as_the_days_pass() -> None:
    # Five days on, fewer are missing: the missing were found, not miscounted.
    later = {"published": {"a": "2013-07-12", "b": "2013-07-07"}}
    assert verdict("Police said another 22 people are missing after the blast", "Police said about 40 people are still missing after the blast", 60.0, **later)[:2] == (
        Status.REVISED, ConflictKind.NUMBER,
    )  # fmt: skip
    # The dead are not found alive: a later, lower toll is still a conflict to look at.
    assert verdict("Police said 22 people died in the blast", "Police said 40 people died in the blast", 60.0, **later)[:2] == (
        Status.CONFLICT, ConflictKind.NUMBER,
    )  # fmt: skip


def test_persons_on_board_with_a_parenthesis_between_are_those_carried() -> None:
    text = "29 people, including the driver, were on board the bus when the crash occurred"
    assert counted_by(text) == {"carry"}


def test_all_of_a_group_counts_the_group() -> None:
    assert [
        (q.value, q.text) for q in quantities.quantities("All 18 of the adults in the limousine were killed")
    ] == [(18.0, "18 of the adults")]
    # A part of a counted whole stays the whole's count.
    assert [
        q.text for q in quantities.quantities("RCMP confirmed 14 of the 29 people on board had died")
    ] == ["29 people"]


def test_a_hedge_in_a_relative_clause_after_a_figure_does_not_hedge_the_figure() -> None:
    def status(a: str, b: str) -> Status:
        ctx = Context(aliases=DEFAULT_ALIASES)
        first, second = claim("a", a, hedged=is_hedged(a)), claim("b", b, hedged=is_hedged(b))
        return compare(first, second, similarity=50.0, context=ctx).status

    dead = "At least 40 children and 45 women were among the dead"
    toll = "At least 145 pilgrims, including 30 children, were killed in a stampede that was apparently sparked by rumours"
    assert status(toll, dead) is Status.CONFLICT
    # A hedge in the figure's own clause still makes the difference unclear.
    assert status("Apparently 30 children were killed in the stampede", dead) is Status.UNCLEAR


def test_a_name_written_without_its_accents_is_the_same_name() -> None:
    assert (
        verdict(
            "The driver has been identified as 52-year-old Francisco Jose Garzon, who was trapped in the cabin",
            "The driver, Francisco José Garzón Amo, with three decades of experience, is under investigation",
            60.0,
        )[0]
        is Status.AGREE
    )


def test_the_hospitalized_are_counted_apart_from_the_dead() -> None:
    assert verdict("On Thursday night, of the 218 passengers, 80 were dead", "On Thursday night, 87 people were still being treated for injuries", 60.0)[0] is Status.AGREE  # fmt: skip
    assert verdict("Hours after 80 people were killed in the crash", "The crash killed at least 78, with 81 people in hospital", 60.0)[0] is not Status.CONFLICT  # fmt: skip


def test_years_a_decade_apart_date_two_events() -> None:
    assert verdict("In 1992, a gas explosion killed 263 mine workers", "Tuesday's explosion killed 274 mine workers", 60.0, published={"a": "2014-05-14", "b": "2014-05-14"})[:2] != (Status.CONFLICT, ConflictKind.DATE)  # fmt: skip
    assert verdict("The plant was built in 2010 by Acme", "The plant was built in 2012 by Acme", 80.0)[:2] == (Status.CONFLICT, ConflictKind.DATE)  # fmt: skip


def test_days_months_apart_date_two_events_but_a_mistyped_month_keeps_its_day() -> None:
    earlier = "In September, at least 21 people died when a bus plunged into a ravine near Lakeview"
    this = "At least 25 people died on Monday, December 23, when a bus plunged into a ravine near Lakeview"
    assert verdict(earlier, this, 80.0)[1] is not ConflictKind.DATE
    # A month apart is one event's day told two ways: a verdict's month, a day mistyped.
    march = "Jon Hale was found guilty of fraud on March 20, 2007"
    assert verdict(march, "Jon Hale was found guilty of fraud in April 2007", 80.0)[:2] == (
        Status.CONFLICT, ConflictKind.DATE,
    )  # fmt: skip
    assert verdict(march, "Jon Hale was found guilty of fraud on June 20, 2007", 80.0)[:2] == (
        Status.CONFLICT, ConflictKind.DATE,
    )  # fmt: skip
    assert (
        verdict(march, "Jon Hale was found guilty of fraud on June 2, 2007", 80.0)[1] is not ConflictKind.DATE
    )


def test_a_toll_that_says_it_rose_counts_its_own_dead_and_revises_an_earlier_one() -> None:
    # "raising the death toll … to 301" says it changed, whatever words stand between.
    assert verdict("Two more bodies were found, raising the death toll of the disaster to 301", "The death toll stood at 274 on Wednesday", 60.0)[0] is Status.REVISED  # fmt: skip
    assert verdict("Death toll rises to 232 in the mine disaster", "Officials said 205 people died in the mine disaster", 60.0)[0] is Status.REVISED  # fmt: skip
    # A toll of the dead is no count of those the mine held, nor of a crowd.
    assert verdict("The death toll rose to 274 in the mine", "787 people had been inside the coal mine", 60.0)[0] is Status.AGREE  # fmt: skip
    assert verdict("Death toll rises to 232 in the mine", "Police fired tear gas to disperse several thousand people near the mine", 60.0)[0] is Status.AGREE  # fmt: skip


def test_a_count_of_the_trapped_moves_either_way_as_the_days_pass() -> None:
    later = {"published": {"a": "2014-05-15", "b": "2014-05-14"}}
    assert verdict("An estimated 120 miners remain trapped underground", "Rescuers raced to reach more than 200 miners trapped underground", 60.0, **later)[0] is Status.REVISED  # fmt: skip


def test_several_thousand_is_thousands() -> None:
    assert [
        (q.value, q.high, q.text) for q in quantities.quantities("Police dispersed several thousand people")
    ] == [(3000.0, 15000.0, "several thousand people")]


def test_a_claim_dated_decades_before_its_article_tells_of_another_event() -> None:
    published = {"published": {"a": "2014-05-15", "b": "2014-05-15"}}
    assert verdict("A deadly mining accident in 1992 near the coast claimed 263 lives", "The mining accident has claimed at least 274 lives", 60.0, **published)[0] is Status.AGREE  # fmt: skip
    assert verdict("A disastrous mining accident happened in the 1990s and took 260 lives", "The mining accident has claimed at least 274 lives", 60.0, **published)[0] is Status.AGREE  # fmt: skip
    # This year's, or last year's, is the event's own year.
    assert verdict("The mining accident in 2014 claimed 263 lives", "The mining accident has claimed at least 274 lives", 60.0, **published)[0] is Status.CONFLICT  # fmt: skip


def test_a_second_of_the_noun_counted_before_is_one_more_of_it() -> None:
    two = "Two officers were injured – one was shot and the other was hit by shrapnel – and both were taken to hospital"
    parts = "One officer was struck by a bullet in the shoulder and a second officer was hit by shrapnel"
    assert verdict(two, parts, similarity=50)[1] is not ConflictKind.NUMBER
    # A total told by one part's own verb is no total: two killed is not one killed and one wounded.
    killed = "Two officers were killed in the attack"
    one_killed = "One officer was killed and a second officer was wounded"
    assert verdict(killed, one_killed, similarity=50)[1:] == (
        ConflictKind.NUMBER,
        "two officers",
        "one officer",
    )


def test_an_undated_report_that_names_a_later_day_is_the_later_count() -> None:
    from crosscheck.revisions import told_dates

    friday = "The bus collided with a truck on Friday evening. Fourteen people were killed."
    saturday = "Fifteen people were killed in the crash on Friday. The last victim died on Saturday."
    dated = "The crash happened on Friday night."
    # The event's day is the one named most (Friday, 2018-04-06 before the dated article of the 7th).
    told = told_dates([("a", friday, None), ("b", saturday, None), ("c", dated, "2018-04-07")])
    assert told == {"a": "2018-04-06", "b": "2018-04-07"}
    fourteen, fifteen = "Fourteen people were killed in the crash", "Fifteen people were killed in the crash"
    assert verdict(fourteen, fifteen, told=told)[:2] == (Status.REVISED, ConflictKind.NUMBER)
    # The later report's figure lower, or two reports of one day: still a conflict.
    assert verdict(fifteen, fourteen, told=told)[:2] == (Status.CONFLICT, ConflictKind.NUMBER)
    assert verdict(fourteen, fifteen, told={"a": "2018-04-06", "b": "2018-04-06"})[0] is Status.CONFLICT
    # An undated report told on the event's day may be later than a dated one: no known order.
    assert (
        verdict(fourteen, fifteen, told={"a": "2018-04-06"}, published={"b": "2018-04-05"})[0]
        is Status.CONFLICT
    )
