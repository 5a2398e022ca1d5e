"""The claim extractor on real sentences from the bundled corpus, expected values by hand."""

from __future__ import annotations

from crosscheck.boilerplate import is_boilerplate_line, repeated_lines
from crosscheck.extract import extract_claims
from crosscheck.hedges import is_hedged
from crosscheck.models import Article
from crosscheck.segment import Span, sentences

from .conftest import article


def texts(text: str) -> list[str]:
    return [c.text for c in extract_claims(article(text))]


def said(text: str) -> list[tuple[str, str | None]]:
    """Each claim's text with its speaker."""
    return [(c.text, c.attribution) for c in extract_claims(article(text))]


def split(text: str) -> list[str]:
    return [s.text for s in sentences(Span(text, 0, len(text)))]


# --- segmentation --------------------------------------------------------------------------


def test_quote_ending_in_punctuation_ends_the_sentence() -> None:
    text = "It had already been in space “several times.” Kim, in turn, gave Putin a carbine made in North Korea."
    assert split(text) == [
        "It had already been in space “several times.”",
        "Kim, in turn, gave Putin a carbine made in North Korea.",
    ]


def test_abbreviations_initials_and_decimals_do_not_split() -> None:
    text = "The U.S. Army said Gen. Mark Milley met Dr. Smith. This 42.7-meter booster is new."
    assert split(text) == [
        "The U.S. Army said Gen. Mark Milley met Dr. Smith.",
        "This 42.7-meter booster is new.",
    ]


def test_sentence_after_a_web_address_is_split() -> None:
    text = "He spoke in a discussion with example.ca. Earlier, the spokesman said so."
    assert split(text) == ["He spoke in a discussion with example.ca.", "Earlier, the spokesman said so."]


def test_lines_without_final_punctuation_are_never_glued_together() -> None:
    text = "Tue. Oct 3rd, 2023\nKim Jong Un and Vladimir Putin Meet for Rare Summit\nThe two leaders met on Wednesday."
    assert texts(text) == ["The two leaders met on Wednesday"]


# --- boilerplate ---------------------------------------------------------------------------


def test_page_furniture_is_removed_by_general_rules() -> None:
    junk = [
        "No time to read?",
        "Get a summary",
        "Previous Article",
        "READ ALSO: A List For The Most Dangerous Cities In Arkansas This Year",
        "Please enter your comment!",
        "Please enter your name here",
        "Sunday, June 23, 2024",
        'HomeWorld News"Putin Offers Satellite Launch Assistance to North Korea in Space-Focused Summit with...',
        "Russia and North Korea’s space-related cooperation and potential collaboration. (Photo: Wisconsin Public Radio)",
        "Ghoul FPV Drones: Funding, Deployment, and Front-Line Impact",
        "Sources By Agencies",
    ]
    assert [line for line in junk if not is_boilerplate_line(line)] == []


def test_prose_is_not_boilerplate() -> None:
    assert not is_boilerplate_line("Kim asked detailed questions about rockets during the tour.")
    assert not is_boilerplate_line("The plan was to continue the journey to Vladivostok")


def test_short_lines_repeated_across_documents_are_furniture() -> None:
    furniture = repeated_lines(["Stay with us\nThe summit lasted five hours.", "Stay with us\nIt rained."])
    assert furniture == frozenset({"stay with us"})


def test_a_repeated_full_sentence_is_kept_as_evidence() -> None:
    sentence = "The two leaders met for five hours on Wednesday."
    assert repeated_lines([sentence, sentence]) == frozenset()


# --- atomic splitting and attribution --------------------------------------------------------


def test_object_coordination_yields_two_claims_with_the_speaker() -> None:
    text = (
        "Peskov continued that Putin gave Kim a “high-quality” Russian-made rifle as a gift – as well as "
        "the glove from a space suit that had already been in space “several times.”"
    )
    claims = extract_claims(article(text))
    # The words the second claim takes from the first are marked as restored, in the text and
    # apart; the span is the source's own words only.
    assert [(c.text, c.attribution, c.restored) for c in claims] == [
        ("Putin gave Kim a “high-quality” Russian-made rifle as a gift", "Peskov", None),
        (
            "[Putin gave Kim] the glove from a space suit that had already been in space “several times”",
            "Peskov",
            "Putin gave Kim",
        ),
    ]
    glove = claims[1]
    assert text[glove.start : glove.end].startswith("the glove from a space suit")


def test_coordinated_clauses_with_their_own_verbs_are_split() -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov is scheduled to visit Pyongyang for further talks next month, "
        "and Putin has accepted an invitation to visit North Korea."
    )
    assert texts(text) == [
        "Russian Foreign Minister Sergei Lavrov is scheduled to visit Pyongyang for further talks next month",
        "Putin has accepted an invitation to visit North Korea",
    ]


def test_a_verb_phrase_after_and_gets_its_subject_back() -> None:
    text = (
        "During the summit, Putin showed Kim around Russia’s advanced space rocket launch site and discussed "
        "the possibility of sending a North Korean cosmonaut into space."
    )
    assert texts(text) == [
        "During the summit, Putin showed Kim around Russia’s advanced space rocket launch site",
        "[Putin] discussed the possibility of sending a North Korean cosmonaut into space",
    ]


def test_a_piece_whose_subject_cannot_be_found_stays_in_its_sentence() -> None:
    # Before "has been" stands a subordinate clause ("when the first settlers arrived"), whose
    # subject is not the building's: no subject to restore, so the sentence stays whole.
    text = (
        "The mill dates to 1921, when the first settlers arrived in the valley, and has been on the "
        "state's list of endangered places for years."
    )
    assert texts(text) == [
        "The mill dates to 1921, when the first settlers arrived in the valley, and has been on the "
        "state's list of endangered places for years"
    ]


def test_a_short_first_line_without_final_punctuation_is_the_headline() -> None:
    claims = extract_claims(article("Gunman kills two at bakery in quiet town\nThe gunman fled in a van.\n"))
    assert [(c.text, c.headline) for c in claims] == [
        ("Gunman kills two at bakery in quiet town", True),
        ("The gunman fled in a van", False),
    ]
    # A first paragraph is no headline.
    (claim,) = extract_claims(article("The gunman fled in a van after the shooting.\n"))
    assert not claim.headline


def test_and_between_nouns_is_not_a_split() -> None:
    assert texts("Putin and Kim met on Wednesday at the cosmodrome in the Russian Far East.") == [
        "Putin and Kim met on Wednesday at the cosmodrome in the Russian Far East"
    ]


def test_speaker_in_apposition_after_a_leading_adverb() -> None:
    text = (
        "Earlier, the presidential press secretary, Dmitry Peskov, stated that Putin had given Kim a glove "
        "taken from a spacesuit that had spent time in space."
    )
    role, claim = extract_claims(article(text))
    assert (role.text, role.attribution) == ("The presidential press secretary, Dmitry Peskov", None)
    assert claim.attribution == "Dmitry Peskov"
    assert claim.text == "Putin had given Kim a glove taken from a spacesuit that had spent time in space"


def test_he_refers_back_to_the_last_named_speaker() -> None:
    text = (
        "In a separate statement on September 14, Peskov reiterated that Putin had given Kim a glove. "
        "He also mentioned that Kim presented Putin a carbine crafted by North Korean gunsmiths."
    )
    assert [(c.attribution, c.text) for c in extract_claims(article(text))] == [
        ("Peskov", "Putin had given Kim a glove"),
        ("Peskov", "Kim presented Putin a carbine crafted by North Korean gunsmiths"),
    ]


def test_quotation_with_trailing_speaker_and_agency() -> None:
    text = (
        "“We talked about the possibility of training a North Korean cosmonaut and sending him into space "
        "if the North Korean side wants it,” Peskov said, according to Russian news agencies Tass and Ria Novosti."
    )
    (claim,) = extract_claims(article(text))
    assert claim.attribution == "Peskov"
    assert claim.quote is True
    assert claim.text == (
        "We talked about the possibility of training a North Korean cosmonaut and sending him into space "
        "if the North Korean side wants it"
    )


def test_according_to_frames() -> None:
    text = "According to assessments from Washington, the talks held in Vostochny could lead to arms sales."
    (claim,) = extract_claims(article(text))
    assert (claim.attribution, claim.text, claim.hedged) == (
        "assessments from Washington",
        "The talks held in Vostochny could lead to arms sales",
        True,
    )


def test_said_after_a_comma_names_the_first_part_of_the_speaker() -> None:
    text = (
        "Russia is targeting North Korea’s artillery shells, said An Chan-il, director of the "
        "International Institute for North Korean Studies."
    )
    (claim,) = extract_claims(article(text))
    assert (claim.attribution, claim.text) == (
        "An Chan-il",
        "Russia is targeting North Korea’s artillery shells",
    )


def test_saying_introduces_a_quote_by_the_subject() -> None:
    text = (
        "Putin highlighted North Korea’s interest in rocket engineering, saying, “The leader of the DPRK shows "
        "great interest in rocket engineering; they are also trying to develop space.”"
    )
    claims = extract_claims(article(text))
    assert [(c.text, c.attribution, c.quote) for c in claims] == [
        ("Putin highlighted North Korea’s interest in rocket engineering", None, False),
        (
            "The leader of the DPRK shows great interest in rocket engineering; they are also trying to develop space",
            "Putin",
            True,
        ),
    ]


def test_reporting_verb_with_a_plain_object_is_not_attribution() -> None:
    text = "Türkiye recently announced a successful launch of its own sounding rocket."
    (claim,) = extract_claims(article(text))
    assert claim.attribution is None
    assert claim.text == "Türkiye recently announced a successful launch of its own sounding rocket"


# --- hedging ---------------------------------------------------------------------------------


def test_hedge_cues() -> None:
    assert is_hedged("The glove was likely produced at a factory near the capital")
    assert is_hedged("Discussions may have encompassed these dual-use technologies")
    assert is_hedged("Speculation arose regarding expanded military cooperation")
    assert is_hedged("Analysts believe the deal could be signed")
    assert not is_hedged("Kim, in turn, gave Putin a carbine made in North Korea")
    assert not is_hedged("KCNA reported the launch in May")
    # One side's claim is its account; a storm that "claimed" lives asserts.
    assert is_hedged("Lee was shot on March 9 by officers who claim he pointed a gun at them")
    assert is_hedged("The company claimed that the plant met every standard")
    assert not is_hedged("The storm claimed 12 lives in the valley")


def test_conditional_sentence_is_hedged() -> None:
    text = "If such a mission comes about, it would be the first person from the country to fly into space."
    (claim,) = extract_claims(article(text))
    assert claim.hedged


def test_questions_are_not_claims() -> None:
    assert texts("Will the two countries sign a treaty next year?") == []


# --- ids and spans -----------------------------------------------------------------------------


def test_ids_are_stable_and_spans_point_into_the_file() -> None:
    text = "---\nid: x\n---\nKim asked detailed questions about rockets during the tour."
    doc = Article(source="x", path="x.md", text=text, body_offset=text.index("Kim"))
    (first,) = extract_claims(doc)
    (again,) = extract_claims(doc)
    assert first.id == again.id
    assert text[first.start : first.end] == "Kim asked detailed questions about rockets during the tour"
    assert first.line == 4


def test_a_wire_dateline_is_not_part_of_the_first_claim() -> None:
    text = "KYIV, Ukraine (AP) — Russian drones struck the port overnight, officials said.\nWASHINGTON (Reuters) - The Senate passed the bill on Tuesday."
    claims = extract_claims(article(text))
    assert [(c.text, c.attribution) for c in claims] == [
        ("Russian drones struck the port overnight", "officials"),
        ("The Senate passed the bill on Tuesday", None),
    ]
    assert text[claims[0].start : claims[0].end] == "Russian drones struck the port overnight"


def test_a_capitalised_opening_without_a_dash_is_kept() -> None:
    assert texts("NATO leaders met in Vilnius on Tuesday.") == ["NATO leaders met in Vilnius on Tuesday"]


def test_how_or_when_something_was_said_is_not_part_of_the_speaker() -> None:
    text = "The court clerk in a quiet voice said the jury had deliberated for four hours.\n"
    (claim,) = extract_claims(article(text))
    assert (claim.text, claim.attribution) == ("The jury had deliberated for four hours", "The court clerk")


def test_a_clause_after_the_speaker_is_a_claim_of_its_own() -> None:
    text = (
        "“It is too early to call it arson,” Fire Chief Tom Hale said, but the fact that the empty "
        "warehouse had no power makes the blaze suspicious.\n"
        "“Two more arrests were made,” said Ann Lee, a local organiser, noting that about 900 "
        "drivers are convicted every year in the county.\n"
    )
    assert said(text) == [
        ("It is too early to call it arson", "Fire Chief Tom Hale"),
        ("The fact that the empty warehouse had no power makes the blaze suspicious", None),
        ("Ann Lee, a local organiser", None),
        ("Two more arrests were made", "Ann Lee"),
        ("About 900 drivers are convicted every year in the county", "Ann Lee"),
    ]


def test_who_a_speaker_is_said_to_be_is_a_claim_of_the_source() -> None:
    # A name with its role between commas states a fact (a first name, a title) that another
    # source may give differently; a list of speakers is no such thing.
    text = (
        "Jon Reed, the city's public safety director, says the call came shortly after 3 a. m.\n"
        "“The site is ready,” says Mary Stone, chairman of Delta Works.\n"
        "Tom Ross, 45, a teacher, said the school was shut on Monday.\n"
        "Police, firefighters and medics said the road was closed for hours.\n"
    )
    claims = extract_claims(article(text))
    assert [(c.text, c.attribution) for c in claims] == [
        ("Jon Reed, the city's public safety director", None),
        ("The call came shortly after 3 a. m", "Jon Reed"),
        ("Mary Stone, chairman of Delta Works", None),
        ("The site is ready", "Mary Stone"),
        ("Tom Ross, 45, a teacher", None),
        ("The school was shut on Monday", "Tom Ross"),
        ("The road was closed for hours", "Police, firefighters and medics"),
    ]
    assert text[claims[2].start : claims[2].end] == "Mary Stone, chairman of Delta Works"


def test_what_the_speaker_referred_to_is_the_reporters_claim_when_it_holds_a_clause() -> None:
    text = (
        "“It was done in front of two young girls,” Hale said, referring to the witnesses, two "
        "sisters-8-and 10-year-old girls-who described the shooting for the jury.\n"
        "“They are angry,” Hale said, referring to the anger after the shooting.\n"
    )
    assert said(text) == [
        ("It was done in front of two young girls", "Hale"),
        ("The witnesses, two sisters-8-and 10-year-old girls-who described the shooting for the jury", None),
        ("They are angry", "Hale"),
    ]


def test_a_noun_that_can_be_a_verb_does_not_stop_a_speaker() -> None:
    text = "“It is too early to call it arson,” the fire chief said.\n"
    (claim,) = extract_claims(article(text))
    assert (claim.text, claim.attribution) == ("It is too early to call it arson", "the fire chief")


def test_who_is_told_is_not_the_speaker() -> None:
    text = "The widow, who married him a year ago, told the judge in a firm voice, “You did not break us.”\n"
    (claim,) = extract_claims(article(text))
    assert claim.attribution != "the judge"
    assert "married him a year ago" in claim.text


def test_the_day_of_the_saying_stays_with_the_speaker() -> None:
    text = "Her lawyer said Thursday the singer checked into a clinic in the desert.\n"
    (claim,) = extract_claims(article(text))
    assert (claim.text, claim.attribution) == ("The singer checked into a clinic in the desert", "Her lawyer")


def test_a_second_speaker_after_but_speaks_for_the_second_clause() -> None:
    text = (
        "Her lawyer said the singer checked into a clinic in the desert, but a state official said "
        "the clinic is not licensed to give the treatment a judge ordered.\n"
    )
    assert said(text) == [
        ("The singer checked into a clinic in the desert", "Her lawyer"),
        ("The clinic is not licensed to give the treatment a judge ordered", "A state official"),
    ]


def test_whom_it_was_told_is_no_part_of_what_was_told_and_an_outlet_is_the_channel() -> None:
    text = (
        "Witnesses told police that the driver was drunk and hit the fence.\n"
        "The mayor told The Courier on Monday that the budget was cut by half.\n"
        "“We will rebuild the mill,” the owner told AFP late Tuesday.\n"
        "Her lawyer told the Daily Courier that she had left the country.\n"
    )
    claims = extract_claims(article(text))
    assert [(c.text, c.attribution, c.via, c.restored) for c in claims] == [
        ("The driver was drunk", "Witnesses", None, None),
        ("[the driver] hit the fence", "Witnesses", None, "the driver"),
        ("The budget was cut by half", "The mayor", "The Courier", None),
        ("We will rebuild the mill", "the owner", "AFP", None),
        ("She had left the country", "Her lawyer", "the Daily Courier", None),
    ]


def test_two_verbs_of_one_predicate_are_not_split() -> None:
    # "shot and killed by police" is one event told with two verbs; no subject to give back.
    assert texts("The teenager was shot and killed by police on Saturday night in the street.") == [
        "The teenager was shot and killed by police on Saturday night in the street"
    ]


def test_a_calibre_and_a_short_zone_after_a_clock_end_no_sentence() -> None:
    assert split("Police said he turned toward them with a loaded. 38-caliber revolver in hand.") == [
        "Police said he turned toward them with a loaded. 38-caliber revolver in hand."
    ]
    assert split("The firm will hold a call at 7:15 a. m. PT today. It will be webcast.") == [
        "The firm will hold a call at 7:15 a. m. PT today.",
        "It will be webcast.",
    ]


def test_a_piece_with_only_adverbs_before_its_verb_has_no_subject_of_its_own() -> None:
    # ", and then made …" is a verb phrase; the subordinate clause before it ("as she read …")
    # leaves no subject to give back, so the sentence stays whole rather than yield "Then made …".
    text = (
        "The widow spoke briefly before the judge ruled, reading from a letter written by her son, "
        "and then made her own statement."
    )
    assert texts(text) == [
        "The widow spoke briefly before the judge ruled, reading from a letter written by her son, "
        "and then made her own statement"
    ]


def test_rights_notices_sign_offs_bylines_and_related_headings_are_furniture() -> None:
    for line in (
        "Copyright 2016 The Associated Press. All rights reserved.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "For Channel 4 News, I’m Jane Doe.",
        "I'm Jane Doe, reporting for Channel 4 News.",
        "By Jane Doe, Staff Writer",
        "Related stories:",
        "Photo: John Smith / Staff",
    ):
        assert is_boilerplate_line(line), line
    for line in (
        "The journalist, who was reporting from the scene of the crash, said the bridge fell.",
        "By noon the crews had cleared the road, police said.",
    ):
        assert not is_boilerplate_line(line), line


def test_a_relative_clause_before_a_reporting_verb_is_no_speaker() -> None:
    # "whose site was not" is no one who revealed anything: the sentence is kept whole.
    text = "The judge moved him to a clinic, whose site was not revealed publicly, a court clerk said.\n"
    assert [speaker for _, speaker in said(text)] == [None]
    assert said(text)[0][0].endswith("whose site was not revealed publicly, a court clerk said")


def test_a_verb_split_off_takes_its_subject_from_its_own_clause() -> None:
    # "take them to the surface" is the guards' act, as they say: not the miners'.
    assert said(
        "Four miners were trapped below the shaft, but guards say they were able to reach them, "
        "cut the cable, and take them to the surface."
    ) == [
        ("Four miners were trapped below the shaft", None),
        ("They were able to reach them, cut the cable, and take them to the surface", "Guards"),
    ]
    # The first clause still gives its subject where the verb belongs to it.
    assert texts("The crew cleared the road and reopened the bridge by noon.") == [
        "The crew cleared the road",
        "[The crew] reopened the bridge by noon",
    ]


def test_what_x_said_may_have_a_long_subject_that_opens_as_a_noun_phrase() -> None:
    text = (
        "Inspector Jon Hale said the two fires on consecutive nights in the Lakeview industrial park "
        "were not related.\nHe said they were a reminder to lock the gates.\n"
    )
    assert said(text) == [
        (
            "The two fires on consecutive nights in the Lakeview industrial park were not related",
            "Inspector Jon Hale",
        ),
        ("They were a reminder to lock the gates", "Inspector Jon Hale"),
    ]
    # A phrase of place or time is no subject: the sentence stays whole.
    text = "He said at a council hearing on Tuesday that the damage had been caused by a small group.\n"
    assert said(text)[0][0].startswith("He said at a council hearing")


def test_a_speaker_described_between_commas_or_by_a_relative_clause_is_named() -> None:
    text = (
        "Jon Hale, who has run the mill for 30 years, said the roof gave way and lamented that "
        "nobody had listened.\n"
        "Ann Lee, the former head of training at the fire department, said the crews were too few.\n"
        "A man who lives across the road said the smoke was black.\n"
    )
    assert said(text) == [
        ("The roof gave way", "Jon Hale"),
        # The speaker's own next act: he lamented, not the roof.
        ("[Jon Hale] lamented that nobody had listened", "Jon Hale"),
        ("Ann Lee, the former head of training at the fire department", None),
        ("The crews were too few", "Ann Lee"),
        ("The smoke was black", "A man"),
    ]
    # Before "told", whom it was told and how run on: the sentence stays whole.
    text = "Ann Lee, who lost her son in the blaze, told Hale in a firm voice, “You did not break us.”\n"
    assert said(text) == [
        ("Ann Lee, who lost her son in the blaze, told Hale in a firm voice, “You did not break us”", None)
    ]


def test_be_and_have_are_verbs_wherever_they_stand_so_no_clause_is_a_speaker() -> None:
    # "requirements are growing" is what was said, not who said it.
    assert said("Jon Hale, chief of Acme, said worldwide cooling requirements are growing rapidly.") == [
        ("Jon Hale, chief of Acme", None),
        ("Worldwide cooling requirements are growing rapidly", "Jon Hale"),
    ]


def test_a_press_releases_about_heading_is_furniture() -> None:
    for line in ("About Acme Mission Systems, Inc.", "About the Lakeview Group:"):
        assert is_boilerplate_line(line), line
    for line in (
        "About 40 people were hurt in the blast.",
        "About Lee, little is known.",
        "About Acme: it makes soap.",
    ):
        assert not is_boilerplate_line(line), line


def test_furniture_is_found_in_capitals_and_beyond_ascii_too() -> None:
    # The notice and credit patterns ignore case; a quick look for their words comes first.
    for line in (
        "COPYRIGHT 2016 GLOBEX MEDIA. ALL RIGHTS RESERVED.",
        "Copyright 2016 Globex Media — all rights reserved.",
        "© 2016 Globex Media",
        "The scene on Lakeview Road. (PHOTO: Ann Lee)",
        "SEE ALSO",
        "By Jon Hale | Acme News",
    ):
        assert is_boilerplate_line(line), line
    for line in (
        "The source said the photo was taken in May, before the fire.",
        "Ann Lee, who was reporting for Acme News, said the road was closed.",
    ):
        assert not is_boilerplate_line(line), line


def test_the_day_of_an_announcement_and_a_calendar_date_stay_with_the_fact() -> None:
    text = (
        "Acme on Monday said it has agreed to buy Bolt Systems for an undisclosed sum.\n"
        "The company said on Monday 12 November that it has agreed to buy the consulting firm.\n"
    )
    assert said(text) == [
        # Before "said", the day dates the announcement: the claim keeps the whole sentence.
        ("Acme on Monday said it has agreed to buy Bolt Systems for an undisclosed sum", "Acme"),
        # After it, a calendar date is given for the record: the whole sentence again.
        (
            "The company said on Monday 12 November that it has agreed to buy the consulting firm",
            "The company",
        ),
    ]


def test_a_pronoun_with_no_speaker_named_before_it_is_nobody_known() -> None:
    text = "“We will rebuild the mill,” he said.\nAnn Lee said the mill would stay. “It is ours,” she said.\n"
    assert said(text) == [
        ("We will rebuild the mill", None),
        ("The mill would stay", "Ann Lee"),
        ("It is ours", "Ann Lee"),
    ]


def test_a_pronoun_refers_back_to_the_last_named_speaker_it_fits() -> None:
    # "he" skips a speaker the article has called a woman, by her title or by an earlier "she".
    text = (
        "Officer Jon Hale said the door was locked.\n"
        "Mrs. Ann Lee said she heard two shots.\n"
        "The bullet, he said, hit the wall behind him.\n"
    )
    assert said(text)[-1] == ("The bullet, he said, hit the wall behind him", "Officer Jon Hale")
    text = (
        "Jon Hale said the door was locked.\n"
        "Ann Lee said the shop was closed. “I saw them leave,” she said.\n"
        "“It was over in a minute,” he said.\n"
    )
    assert said(text)[-1] == ("It was over in a minute", "Jon Hale")
    # Where no named speaker fits, the speaker is not known, rather than the wrong person.
    text = "Councilwoman Ann Lee said the shop was closed.\n“It was over in a minute,” he said.\n"
    assert said(text)[-1] == ("It was over in a minute", None)
    # A surname that is a word of sex ("King") tells nothing; a title before a name does.
    text = "Ann King said the shop was closed.\n“It was over in a minute,” she said.\n"
    assert said(text)[-1] == ("It was over in a minute", "Ann King")


def test_they_refers_back_to_a_group_and_he_to_a_person_named_after_a_title() -> None:
    text = (
        "Ann Lee said the gate was open.\n"
        "The jurors said the evidence was overwhelming.\n"
        "They said the defendant had squandered two chances.\n"
    )
    assert said(text)[-1] == ("The defendant had squandered two chances", "The jurors")
    # "Authorities" is many people: "he" passes over it to the person named before.
    text = (
        "“The tank was nearly empty,” said terminal manager Jon Hale.\n"
        "Authorities said the fire was set on purpose.\n"
        "“It mainly holds heating oil,” he said.\n"
    )
    assert said(text)[-1] == ("It mainly holds heating oil", "terminal manager Jon Hale")


def test_he_refers_to_a_person_the_sentence_before_tells_of() -> None:
    # A narrative sentence's subject, described as a person (a word of trade or title beside
    # the name, an age), is whom a "he said" after it means, as a speaker would be.
    text = (
        "“The fire started at the back,” Fire Chief Ann Lee said.\n"
        "Glen Falls lawyer Jon Hale, the building's owner, was there to inspect the damage.\n"
        "He said he had owned the mill for six years.\n"
    )
    assert said(text)[-1] == ("He had owned the mill for six years", "Jon Hale")
    text = (
        "“We lost everything,” said Ann Lee.\n"
        "His barber, Jon Hale, also from the area, agreed.\n"
        "Two years before, he said, an officer stopped him outside the shop.\n"
    )
    assert said(text)[-1] == (
        "Two years before, he said, an officer stopped him outside the shop",
        "Jon Hale",
    )
    # One word, or a name nothing describes as a person ("Acme Foods"), refers back only to
    # someone named before; the name first given is kept.
    text = (
        "“The plant will reopen,” said Acme chief executive Jon Hale.\n"
        "Mayor Ann Lee said the town would help.\n"
        "Hale later described the fire as a disaster.\n"
        "“We will rebuild,” he said.\n"
    )
    assert said(text)[-1] == ("We will rebuild", "Acme chief executive Jon Hale")
    text = (
        "“The plant will reopen,” said Jon Hale.\n"
        "Acme Foods closed the plant on Friday.\n"
        "“We will rebuild,” he said.\n"
    )
    assert said(text)[-1] == ("We will rebuild", "Jon Hale")
    # A name after a preposition is where, not whom, the sentence tells of.
    text = (
        "“The plant will reopen,” said Jon Hale.\n"
        "During his speech at Lakeview Hall, the mayor thanked the crews.\n"
        "“We will rebuild,” he said.\n"
    )
    assert said(text)[-1] == ("We will rebuild", "Jon Hale")


def test_a_pronoun_after_a_speaker_named_earlier_in_its_sentence_is_that_speaker() -> None:
    text = (
        "“The church will stay open,” said Ann Lee.\n"
        "“Our focus now is the funeral,” said Jon Hale, a pastor who is helping the family; "
        "a date had yet to be set, he said.\n"
    )
    assert said(text)[-1] == ("A date had yet to be set", "Jon Hale")
    # And that speaker is the referent of the next sentence's pronoun too.
    text += "“We will all be there,” he said.\n"
    assert said(text)[-1] == ("We will all be there", "Jon Hale")


def test_a_name_with_a_particle_described_after_a_comma_is_a_referent() -> None:
    text = (
        "“The protest was peaceful,” said Ann Lee.\n"
        "Councilwoman Maria de la Cruz, a candidate for mayor, also came to the park Monday.\n"
        "“I understand the anger,” she said.\n"
    )
    assert said(text)[-1] == ("I understand the anger", "Councilwoman Maria de la Cruz")
    # A description that is not a person's does not make a firm a referent.
    text = (
        "“The plant will reopen,” said Jon Hale.\n"
        "Acme Foods, the largest employer in town, closed the plant.\n"
        "“We will rebuild,” he said.\n"
    )
    assert said(text)[-1] == ("We will rebuild", "Jon Hale")


def test_they_refers_to_a_group_described_by_a_relative_clause() -> None:
    text = (
        "Prosecutors said the case was strong.\n"
        "According to two jurors who spoke outside the courtroom, the decision was difficult.\n"
        "The evidence was overwhelming, they said.\n"
    )
    assert said(text)[-1] == ("The evidence was overwhelming", "two jurors who spoke outside the courtroom")


def test_they_never_refers_to_one_person_only_told_of() -> None:
    text = (
        "Police said the suspect had fled.\n"
        "Teacher Jon Hale, 34, was shot in the leg.\n"
        "They said the gunman was arrested later.\n"
    )
    assert said(text)[-1] == ("The gunman was arrested later", "Police")


def test_a_title_after_the_names_it_a_person() -> None:
    text = "The Rev. Jon Hale said the church would open.\n“It is our duty,” he said.\n"
    assert said(text)[-1] == ("It is our duty", "The Rev. Jon Hale")


def test_testimony_is_reported_speech_and_a_linking_word_is_no_part_of_the_speaker() -> None:
    text = "But Officer Jon Hale, of the Fifth District, testified that Lee fired at him from a hallway.\n"
    assert said(text) == [
        ("Officer Jon Hale, of the Fifth District", None),
        ("Lee fired at him from a hallway", "Officer Jon Hale"),
    ]


def test_a_clause_is_capitalised_only_by_its_own_capital_letter() -> None:
    from crosscheck.extract import _tidy

    assert _tidy("the plant reopened on Monday.") == "The plant reopened on Monday"
    # "µ" (the micro sign) capitalises to the Greek "Μ", and "ß" to "SS": the claim would no
    # longer be the source's words, so they stay as written.
    assert _tidy("µSv readings rose near the plant.") == "µSv readings rose near the plant"
    assert _tidy("ßtraße was closed.") == "ßtraße was closed"


def test_a_speakers_tag_inside_a_sentence_keeps_what_follows_it() -> None:
    # What follows ", X said," is the rest of what was said: kept, with the speaker.
    assert said("By the time police arrived, Hale said, there was no hope of saving the building.") == [
        ("By the time police arrived, Hale said, there was no hope of saving the building", "Hale")
    ]
    assert said("Equally damning, jurors said, was the lack of remorse shown by the defendant.") == [
        ("Equally damning, jurors said, was the lack of remorse shown by the defendant", "jurors")
    ]
    # A clause split off after it gets its subject from the sentence, not from the tag.
    assert said(
        "Ann Lee said the shop was closed. Two years before, she said, an officer stopped her in front of "
        "the shop, and then arrested her after a short argument."
    )[1:] == [
        ("Two years before, she said, an officer stopped her in front of the shop", "Ann Lee"),
        ("[an officer] then arrested her after a short argument", "Ann Lee"),
    ]
    # A closed quotation before the tag, and the speaker's next act after it, are as before.
    assert said("“We will rebuild,” Hale said, adding that the town would help.") == [
        ("We will rebuild", "Hale"),
        ("The town would help", "Hale"),
    ]


def test_a_coordination_inside_an_opening_subordinate_clause_is_not_split() -> None:
    assert texts(
        "When Ann Lee's house was burned and she was killed by the blaze, the neighbours suspected arson."
    ) == ["When Ann Lee's house was burned and she was killed by the blaze, the neighbours suspected arson"]
    # Once a comma has closed it, the main clause splits as any other.
    assert texts("When the fire started, the alarm rang, and the workers left the building.") == [
        "When the fire started, the alarm rang",
        "The workers left the building",
    ]


def test_a_speaker_who_told_a_paper_of_several_words_is_the_speaker() -> None:
    text = (
        "Results of the test were released Wednesday, showing a level of 0.07 percent, "
        "Highway Patrol Officer Jon Hale told The Lakeview Union-Tribune.\n"
        "He said the blood was drawn well after the arrest.\n"
    )
    assert said(text)[-1] == ("The blood was drawn well after the arrest", "Highway Patrol Officer Jon Hale")


def test_a_figure_after_and_is_the_subject_of_its_own_clause() -> None:
    assert texts(
        "Four people died and 108 were injured in the earthquake that hit the city late Friday.\n"
    ) == [
        "Four people died",
        "108 were injured in the earthquake that hit the city late Friday",
    ]
    # Not one predicate told of two counts, nor a subject of two counts.
    one_predicate = (
        "At least 119 people were killed and more than 150 injured when the train derailed on Sunday."
    )
    assert len(texts(one_predicate + "\n")) == 1
    one_subject = (
        "Preliminary information indicates 243 passengers and 12 crew members were aboard the train."
    )
    assert len(texts(one_subject + "\n")) == 1


def test_a_paragraph_that_goes_on_quoting_is_the_speaker_of_the_paragraph_before() -> None:
    text = (
        "Fire Chief Ann Lee said the mill burned for an hour.\n"
        "“Within a minute or two, the whole roof was ablaze,” she said.\n"
        "“There was nothing left to save by the time the second engine came.”\n"
        "“We will find out how it started.” The mill had stood since 1921.\n"
    )
    assert said(text) == [
        ("The mill burned for an hour", "Fire Chief Ann Lee"),
        ("Within a minute or two, the whole roof was ablaze", "Fire Chief Ann Lee"),
        ("There was nothing left to save by the time the second engine came", "Fire Chief Ann Lee"),
        ("We will find out how it started", "Fire Chief Ann Lee"),
        ("The mill had stood since 1921", None),  # the reporter's own sentence after the quotation
    ]
    # A quotation the paragraph leaves open for the next one is still the speaker's words.
    text = "“The outside was battered,” Jon Hale said.\n“But inside, there was all this beautiful timber.\n"
    assert said(text)[-1] == ("But inside, there was all this beautiful timber", "Jon Hale")
    # After a paragraph of the reporter's own, a quotation without a tag is nobody's known.
    text = (
        "“It was battered,” Jon Hale said.\nThe mill had stood since 1921.\n“The town will miss the mill.”\n"
    )
    assert said(text)[-1] == ("“The town will miss the mill”", None)
    # Words after the quotation are a tag, even one this reader cannot parse: not the speaker before.
    text = "“It was ours,” Jon Hale said.\n“It burned fast,” the Lakeview Star quoted a neighbour saying.\n"
    assert said(text)[-1][1] != "Jon Hale"


def test_an_outlet_that_quoted_someone_as_saying_gives_that_speakers_words() -> None:
    assert said("“The doors were locked,” the Lakeview Star quoted witness Jon Hale as saying.\n") == [
        ("The doors were locked", "witness Jon Hale")
    ]
    assert said("Interfax quoted a ministry spokesman as saying that 12 people had died.\n") == [
        ("12 people had died", "a ministry spokesman")
    ]
