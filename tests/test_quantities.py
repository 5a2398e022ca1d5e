"""Quantities read from real-shaped sentences: what a reader takes each figure to state."""

from __future__ import annotations

from crosscheck import quantities
from crosscheck.compare import judge
from crosscheck.context import Context
from crosscheck.models import ConflictKind, Status
from crosscheck.normalize import DEFAULT_ALIASES
from tests.test_compare import claim, verdict


def read(text: str) -> list[tuple[str, float, str, str]]:
    return [(q.text, round(q.value, 1), q.bound, q.unit) for q in quantities.quantities(text)]


def test_one_unit_or_a_fraction_of_one_told_in_words_is_a_measure() -> None:
    assert read("The ferry tipped over about half an hour after leaving Lakeview") == [
        ("about half an hour", 1800.0, "~", "sec"),
    ]  # fmt: skip
    assert read("Rescuers searched the water about a kilometer from the port") == [
        ("about a kilometer", 1000.0, "~", "m"),
    ]  # fmt: skip
    assert read("The standoff ended an hour and a half later")[0][:2] == ("an hour and a half", 5400.0)
    assert read("The fire burned two and a half miles of forest")[0][:2] == ("two and a half miles", 4023.4)
    assert read("a half-hour drive from the city")[0][1] == 1800.0
    # A fraction of a unit is no count of fractions.
    assert read("The boat sank three-quarters of a mile offshore") == [
        ("three quarters of a mile", 1207.0, "=", "m"),
    ]  # fmt: skip
    # A rate states no amount, and "a second" is an ordinal as often as not.
    assert read("The guards check the gate twice a day") == [("twice", 2.0, "=", "times")]
    assert read("Workers are paid $15 an hour") == [("$15", 15.0, "=", "usd")]
    assert read("A second man was arrested") == []


def test_a_dozen_after_its_article_is_a_count() -> None:
    # "a 911 dispatcher" names a dispatcher; "a dozen crew" counts the crew.
    assert read("The train carried 243 passengers and a dozen crew")[-1][1:] == (12.0, "=", "crew")
    assert read("A dozen crew were aboard") == [("a dozen crew", 12.0, "=", "crew")]
    assert read("A 911 dispatcher took the call") == []


def test_a_time_within_which_things_happened_is_a_bound() -> None:
    assert read("Police made the arrest within 10 days") == [("within 10 days", 864000.0, "<=", "sec")]
    assert read("It was the second death in the park in two days") == [("two days", 172800.0, "<=", "sec")]
    # One death a day after another is the second death in two days: no conflict.
    one_day = "Ann Lee's death came a day after Jon Hale died in a fall in the same national park"
    two_days = "It was the second death in the park in two days"
    assert verdict(one_day, two_days, similarity=40)[1] is not ConflictKind.NUMBER


def test_a_distance_from_a_point_and_the_length_of_a_fall_are_two_measures() -> None:
    near = "They were within 80 m of the hut when Lee slipped"
    fall = "Lee slipped and fell about 200 m down a steep gully"
    assert verdict(near, fall, similarity=45)[1] is not ConflictKind.NUMBER
    # Two distances from one point conflict; so do two falls, "from" a ridge or not.
    a = "Lakeview is about 84 miles (135 kilometers) northeast of Acme City"
    b = "Lakeview is in a rural area about 100 miles (160 km) northeast of Acme City"
    assert verdict(a, b, similarity=75)[:4] == (
        Status.CONFLICT,
        ConflictKind.NUMBER,
        "about 84 miles",
        "about 100 miles",
    )
    ridge = "Lee died after falling 150 meters from a ridge in the park"
    gully = "Lee died after he fell 60 m down a gully in the park"
    assert verdict(ridge, gully, similarity=60)[1] is ConflictKind.NUMBER


def test_figures_far_apart_share_no_value_under_a_bound() -> None:
    # Ten minutes fits "in two months", and is no figure stated twice.
    drove = claim("a", "Ten minutes after being taken off the job, Lee drove her car to the security gate")
    suspended = claim(
        "b", "After the confrontation, Lee was suspended from her job for the second time in two months"
    )
    found = judge(
        drove, suspended, similarity=51, shared=0.2, threshold=80, context=Context(aliases=DEFAULT_ALIASES)
    )
    assert found is None


def test_two_distances_from_one_point_conflict_whatever_verb_their_clauses_have() -> None:
    a = "Rain hampered the teams working in the village, 60 km (35 miles) from the city of Acme"
    b = "At least 20 people were killed when a landslide flattened Lakeview village, 110 km from Acme city"
    assert verdict(a, b, similarity=55)[:4] == (Status.CONFLICT, ConflictKind.NUMBER, "60 km", "110 km")
    # From two points, two distances.
    c = "Rain hampered the teams working in the village, 60 km (35 miles) from the coast"
    assert verdict(c, b, similarity=55)[1] is not ConflictKind.NUMBER


def test_an_initialism_before_the_counted_noun_is_a_modifier() -> None:
    assert read("Acme asked to sell the inventory in all 735 U.S. stores")[0][1:] == (735.0, "=", "store")
    # "states" after a count is the noun, not the verb of saying.
    assert read("Ice cream was shipped to 23 states")[0][3] == "state"


def test_a_compound_number_word_is_one_number() -> None:
    assert read("Forty-six injured people were taken to hospital")[0][1:] == (46.0, "=", "people")
    assert (
        verdict(
            "Forty-six injured people were taken to the Lakeview hospital",
            "46 injured were taken to the Lakeview hospital",
            similarity=75,
        )[0]
        is Status.AGREE
    )


def test_a_bound_before_a_list_of_figures_bounds_each() -> None:
    assert read("He is blamed for at least 12 homicides and 45 rapes")[1][1:3] == (45.0, ">=")
    # The bound of another clause's figure is not shared.
    assert read("killing at least six people and injuring 120 others")[1][1:3] == (120.0, "=")
    upwards = "Hale may have committed upwards of 50 rapes across the state"
    listed = "Hale is blamed for at least 12 homicides and 45 rapes across the state"
    assert verdict(upwards, listed, similarity=60)[1] is not ConflictKind.NUMBER


def test_what_a_vehicle_could_carry_is_counted_apart_from_what_it_carried() -> None:
    capacity = "The plane was equipped to carry 13 people"
    carrying = "A skydiving plane carrying 11 people crashed on Friday"
    assert verdict(capacity, carrying, similarity=60)[1] is not ConflictKind.NUMBER
    # Those on board are those it carried; and two capacities are one figure.
    aboard = "The King Air plane had 13 people on board when it went down"
    assert verdict(carrying, aboard, similarity=60)[:4] == (
        Status.CONFLICT,
        ConflictKind.NUMBER,
        "11 people",
        "13 people",
    )
    licensed = "The ferry was licensed to carry up to 200 people"
    could = "The ferry could accommodate up to 193 people"
    assert verdict(licensed, could, similarity=60)[1] is ConflictKind.NUMBER


def test_a_count_in_total_is_counted_by_its_verb() -> None:
    died = "In total 47 people died, the police chief told reporters"
    treated = "The police chief said 46 injured people were being treated at three hospitals"
    assert verdict(died, treated, similarity=71)[1] is not ConflictKind.NUMBER


def test_the_event_a_record_is_measured_by_is_another_event() -> None:
    record = "The crash is the deadliest in the state since October 1989, when a plane went down, killing 20 people"
    toll = "The crash of the plane killed 11 people in the state"
    assert verdict(record, toll, similarity=60)[1] is not ConflictKind.NUMBER


def test_a_part_the_victims_include_is_a_lower_bound() -> None:
    assert [q[2] for q in read("The victims include two women and three men")] == [">=", ">="]
    whole = "The victims were nine men and two women"
    part = "The victims include two women and three men in their late 20s"
    assert verdict(whole, part, similarity=65)[1] is not ConflictKind.NUMBER


def test_one_count_of_persons_in_two_nouns_agrees_beside_other_figures() -> None:
    context = Context(aliases=DEFAULT_ALIASES)
    working = claim("a", "103 people were working at the factory")
    workers = claim(
        "b",
        "There are 103 workers in total working for this factory, 43 people had been injured, the police said",
    )
    found = judge(working, workers, similarity=55, shared=0.45, threshold=80, context=context)
    assert found is not None and found.status is Status.AGREE
    rescuers = claim(
        "a", "Seven disaster response teams, each comprising 42 rescuers, are engaged in the rescue"
    )
    teams = claim(
        "b", "Seven teams of 42 workers each fanned out across the mud and four machines scooped it out"
    )
    found = judge(rescuers, teams, similarity=45, shared=0.16, threshold=80, context=context)
    assert found is not None and found.status is Status.AGREE


def test_one_bounded_figure_told_twice_by_one_act_agrees() -> None:
    context = Context(aliases=DEFAULT_ALIASES)
    assert read('The blaze left "in excess of 150" buildings in ruin')[0][1:] == (150.0, ">=", "building")
    destroyed = claim(
        "a", "The fire tore through the Lakeview area Monday: it destroyed at least 150 buildings"
    )
    homes = claim(
        "b", "Three people are dead after the wildfire that destroyed more than 150 homes and businesses"
    )
    found = judge(destroyed, homes, similarity=45, shared=0.29, threshold=80, context=context)
    assert found is not None and found.status is Status.AGREE


def test_a_small_count_of_a_thing_rarely_spoken_of_is_a_value_told_twice() -> None:
    context = Context(aliases=DEFAULT_ALIASES)
    derailed = claim(
        "a", "Eight cars and two locomotives derailed, Acme Rail said, leaving all but one car on its side"
    )
    crashed = claim(
        "b",
        "A Lakeview-bound train reportedly crashed Monday into a truck, derailing eight cars and two locomotives",
    )
    found = judge(derailed, crashed, similarity=45, shared=0.3, threshold=80, context=context)
    assert found is not None and found.status is Status.AGREE
    # Two men and two cars are said of too many things.
    men = claim("a", "Two men were seen leaving the bar in a hurry, the police said")
    left = claim("b", "Two men left the house before the fire, a neighbour said")
    assert judge(men, left, similarity=45, shared=0.2, threshold=80, context=context) is None


def test_an_adverb_after_a_figure_qualifies_what_is_counted_or_ends_the_phrase() -> None:
    assert [
        (q.value, q.unit) for q in quantities.quantities("Two seriously injured people were flown out")
    ] == [(2.0, "people")]
    # "three critically": three of the injured just told of, no noun of its own counted.
    assert [
        q.text for q in quantities.quantities("Fourteen others on the bus were injured, three critically")
    ] == ["fourteen others"]


def test_a_second_person_with_no_count_before_it_is_the_second_death_not_a_count_of_one() -> None:
    text = "A second person died on Friday after the explosion that injured more than 100 workers"
    assert [q.text for q in quantities.quantities(text)] == ["more than 100 workers"]
    assert (
        verdict(text, "Officials report two people have died after the explosion", 60.0)[0]
        is not Status.CONFLICT
    )
    # After a count, it is one person more: "two were killed and a third wounded".
    assert [(q.value, q.text) for q in quantities.quantities("Two were killed and a third wounded")] == [
        (2.0, "two"), (1.0, "a third"),
    ]  # fmt: skip
