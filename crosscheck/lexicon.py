"""Small built-in word lists of general English, shared by the rule-based stages.

Nothing here knows about any particular event: these are closed-class words,
common verbs, and cue words that signal reporting, hedging or negation.
"""

from __future__ import annotations


def _inflect(bases: str) -> frozenset[str]:
    """Base forms plus their regular -s/-es, -ed and -ing forms."""
    forms: set[str] = set()
    for base in bases.split():
        forms.add(base)
        if base.endswith(("s", "sh", "ch", "x", "z")):
            forms.add(base + "es")
        elif base.endswith("y") and base[-2:-1] not in "aeiou":
            forms.add(base[:-1] + "ies")
            forms.add(base[:-1] + "ied")
        else:
            forms.add(base + "s")
        if base.endswith("e"):
            forms.add(base + "d")
            forms.add(base[:-1] + "ing")
        elif not base.endswith("y") or base[-2:-1] in "aeiou":
            forms.add(base + "ed")
            forms.add(base + "ing")
    return frozenset(forms)


AUXILIARIES = frozenset(
    "is are was were be been being am has have had having do does did will would "
    "can could may might must shall should".split()
)

IRREGULAR_PAST = frozenset(
    "said went got made knew thought took saw came gave told found felt became left put meant "
    "kept let began seemed held brought wrote sat stood lost paid met led understood spoke read "
    "spent grew won bought sent built fell cut sold flew drew drove ate fought hid hit hurt "
    "rose ran shot shut sang sank slept struck swore swam taught threw woke wore withdrew "
    "gone taken seen come given known thought written spoken flown drawn driven eaten fallen "
    "hidden risen shown sung sunk struck sworn swum thrown woken worn withdrawn begun broken "
    "broke chose chosen forgot forgotten froze frozen laid lay lent lit meant sought shook shaken "
    "stole stolen stuck swept tore torn undertook undertaken upheld withheld overtook overseen "
    "oversaw foresaw bore borne beat beaten bid bound caught dealt dug fed fled hung heard "
    "mistook mistaken proved proven rang rung rode ridden set shed shone split spread sprang "
    "stung stank strove sprung strode tread trod wept wound wed".split()
)

COMMON_VERBS = _inflect(
    "say go get make know think take see come want look use find give tell work call try ask "
    "need feel become leave put mean keep let begin seem help talk turn start show hear play run "
    "move like live believe hold bring happen write provide sit stand lose pay meet include "
    "continue set learn change lead understand watch follow stop create speak read allow add "
    "spend grow open walk win offer remember love consider appear buy wait serve die send expect "
    "build stay fall cut reach kill remain suggest raise pass sell require report decide pull "
    "launch visit fly plan accept announce deny state note claim confirm warn praise predict "
    "host attend sign agree fail order fire arrive tour travel discuss describe express present "
    "receive pledge vow demand urge hint signal stress emphasize emphasise reiterate explain "
    "insist argue mention assure acknowledge recall reveal indicate highlight declare assert "
    "maintain estimate cite focus remind inspect invite enjoy toast revolve extend bring convey "
    "commit target deliver violate ban test influence expand counter achieve train orbit "
    "damage destroy injure arrest charge release close increase decrease drop rise kill attack "
    "strike hit approve reject vote elect win lose sign join quit resign hire fire fund invest "
    "cost earn post record rank score beat draw lead trail collapse erupt burn flood shake "
    "evacuate rescue search escape survive die injure wound occur happen last end conclude "
    "underscore symbolize symbolise signify mark tie embody imply outline cite stress verify "
    "determine inspect witness observe discuss disclose undermine fulfil fulfill seek wish sue"
)

VERBS = AUXILIARIES | IRREGULAR_PAST | COMMON_VERBS

# Verbs that introduce reported speech: "X said (that) ...", "..., X said".
REPORTING_VERBS = frozenset(
    "said says say stated states noted notes added adds continued continues told tells "
    "reported reports announced announces claimed claims explained explains stressed stresses "
    "emphasized emphasised emphasizes reiterated reiterates confirmed confirms warned warns "
    "insisted insists argued argues wrote writes mentioned mentions assured assures "
    "acknowledged acknowledges recalled recalls revealed reveals declared declares asserted "
    "asserts maintained maintains believes believed thinks thought predicted predicts "
    "estimated estimates suggested suggests indicated indicates disclosed discloses "
    "alleged alleges admitted admits denied denies testified testifies "
    "say note claim warn argue believe think insist suggest report estimate allege deny admit "
    "confirm stress explain maintain acknowledge predict state announce".split()
)

# Acts of two parties alike (lemmas): "Lee met Hale" and "Hale
# met Lee" are one fact, so their order says nothing of roles (`roles`).
SYMMETRIC_VERBS = frozenset(
    "meet talk speak chat negotiate agree disagree clash fight argue marry divorce date partner "
    "merge ally tie draw play face join split meeting".split()  # the lemmatiser reads "met" as "meeting"
)

# Reporting verbs that also take plain objects ("continued the tour", "noted the risk"):
# they introduce reported speech only when "that" follows.
REPORTING_NEEDS_THAT = frozenset(
    "continued continues added adds noted notes note mentioned mentions believed believes "
    "believe thought thinks think estimated estimates estimate indicated indicates suggested "
    "suggests suggest revealed reveals recalled recalls acknowledged acknowledges acknowledge "
    "maintained maintains maintain stressed stresses stress explained explains explain "
    "predicted predicts predict reported reports report stated states state announced "
    "announces announce confirmed confirms confirm denied denies deny admitted admits admit "
    "claimed claims claim testified testifies".split()
)

# Reporting verbs that are themselves a hedge: the speaker is not asserting a fact.
SPECULATIVE_REPORTING = frozenset(
    "believes believed thinks thought predicted predicts estimated estimates suggested "
    "suggests alleged alleges".split()
)

DETERMINERS = frozenset(
    "a an the this that these those his her its their our my your some several many few "
    "one two three four five six seven eight nine ten another each every any no".split()
)

# Prepositions after which a verb's base form is a noun: "with search and rescue teams", "a
# call for help", "in attacks" (and "to", which `grammar` asks of its own).
PREPOSITIONS = frozenset(
    "of with for from in on at by into onto about after before during over under through "
    "against within without toward towards among between across".split()
)
# Time zones a clock time may name, with their offsets from UTC in hours.
# Hours from UTC of the time zones news copy names; "ET", "CT", "PT" say the zone but not
# whether summer time is on, so they allow both hours.
TIME_ZONES: dict[str, tuple[int, ...]] = {
    "gmt": (0,), "utc": (0,), "bst": (1,), "cet": (1,), "cest": (2,),
    "est": (-5,), "edt": (-4,), "cst": (-6,), "cdt": (-5,),
    "mst": (-7,), "mdt": (-6,), "pst": (-8,), "pdt": (-7,),
    "et": (-5, -4), "ct": (-6, -5), "pt": (-8, -7),
}  # fmt: skip
PRONOUNS = frozenset("he she they it we i you".split())
# Pronouns that open a relative clause: "Ann Lee, who runs the shop", "the clinic, whose owner".
RELATIVE_PRONOUNS = frozenset("who whom whose which".split())

# Speakers that are many people, whom "they" refers back to and never "he" or "she".
GROUP_SPEAKERS = frozenset(
    "authorities officials police investigators prosecutors detectives officers deputies "
    "firefighters witnesses residents neighbors neighbours relatives family friends sources "
    "reports experts analysts researchers scientists doctors lawyers attorneys jurors critics "
    "organizers organisers protesters students parents workers employees colleagues "
    "spokespeople".split()
)

# Words of a speaker's description that tell which of "he" and "she" can refer back to them
# (`speakers`): titles, kin and roles that English marks for sex. No given names.
FEMININE_WORDS = frozenset(
    "mrs ms miss madam dame lady woman mother wife daughter sister girl grandmother aunt niece "
    "widow actress waitress spokeswoman councilwoman congresswoman chairwoman businesswoman "
    "policewoman sportswoman girlfriend fiancee bride queen princess duchess".split()
)
MASCULINE_WORDS = frozenset(
    "mr sir lord man father husband son brother boy grandfather uncle nephew widower actor "
    "waiter spokesman councilman congressman chairman businessman policeman sportsman "
    "boyfriend fiance groom king prince duke".split()
)

# Cues that a statement is speculation, opinion or a conditional, not a reported fact.
HEDGE_CUES = frozenset(
    "likely unlikely might could possibly perhaps probably reportedly "
    "allegedly apparently speculation speculate speculated speculating rumor rumors rumour "
    "rumours rumored rumoured potentially unclear unconfirmed presumably "
    "believe believes believed suggest suggests suggested hint hints hinted hinting "
    "expected appears appear appeared seems seem seemed would".split()
)
# "police who claim he pointed a gun": one side's account, not a fact the outlet states. (Not
# "claim" alone: "the storm claimed 12 lives" asserts.)
HEDGE_PHRASES = (
    "seen as", "viewed as", "interpreted as", "expected to", "is said to", "are said to",
    "who claim ", "who claims ", "who claimed ", "claim that", "claims that", "claimed that",
    "allege that", "alleges that", "alleged that",
)  # fmt: skip

NEGATION_CUES = frozenset(
    "not no never none nothing nobody neither nor without deny denies denied denying refused "
    "refuses rejected rejects cannot cant dont didnt doesnt wont isnt wasnt werent arent "
    "couldnt wouldnt shouldnt hasnt havent hadnt".split()
)

STOP_WORDS = frozenset(
    "a an the and or but of to in on at by for with from as into onto over under about "
    "after before during while than then that this these those there here which who whom "
    "whose what when where why how its it his her their our your my he she they we i you "
    "him them us me is are was were be been being am has have had do does did will would "
    "shall should can could may might must also too very so such just only even still yet "
    "up down out off again further more most other some any each both all own same "
    "if because until since per via among amid between through mr mrs ms".split()
)

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}

# Kinds of things that fill the same role in a sentence: "a pistol" and "a sword" given as a
# gift are two accounts of one gift. Two different members of one kind is an entity conflict.
# A few common members of a few kinds; the things of a user's own story (its ships, its
# weapons, its aircraft) go in a kinds file (`--kinds`, or `kinds:` in a fact sheet).
OBJECT_KINDS: dict[str, frozenset[str]] = {
    "weapon": frozenset(
        # Arms as crime reports name them ("armed with a pistol" / "with a machete", "a
        # revolver" / "a shotgun"); a story's own arms (a long gun's kind, a model, a make) go
        # in its kinds file.
        "pistol gun handgun shotgun revolver musket sword saber sabre dagger knife "
        "machete bayonet crossbow machinegun grenade".split()
    ),
    "vehicle": frozenset("car truck lorry van bus train tram motorcycle bicycle limousine tank jeep".split()),
    # Not "airliner": it is a plane, and may be a jet. ("aeroplane" and "airplane" are one word
    # spelt two ways: SYNONYMS.)
    "aircraft": frozenset("plane airplane aeroplane jet helicopter drone glider balloon".split()),
    "vessel": frozenset("ship boat submarine ferry yacht frigate destroyer carrier tanker".split()),
    "building": frozenset("hotel hospital school church mosque temple palace embassy museum stadium".split()),
    "role": frozenset(
        "president premier chancellor king queen prince minister governor mayor general admiral "
        "spokesman spokeswoman spokesperson ambassador senator".split()
    ),
}

# Adverbs that may follow a counted noun and end its phrase: "100 workers inside" counts
# workers, "five buildings away" buildings.
PLACE_ADVERBS = frozenset(
    "inside outside aboard abroad away apart apiece alone together overall altogether nearby "
    "nationwide statewide worldwide ago later earlier instead".split()
)

# Prepositions that are no stop words yet end a counted phrase: "40 people near the scene"
# counts people, "12 workers across the plant" workers; and adjectives of the state a count
# is left in, after it.
PHRASE_ENDING_PREPOSITIONS = frozenset(
    "near across toward towards behind beneath beside besides beyond along amid amidst among "
    "around past within without via despite throughout upon onto underneath opposite except "
    "alongside atop".split()
    # ... and the state a count is left in: "two women dead", "five workers missing"
    + "dead alive missing unharmed unhurt safe".split()
)

# Nouns (lemmas) that count persons: "46 people were arrested" and "at least 46 demonstrators
# were arrested" count the same thing, "seven employees" and "seven people" too.
PERSON_NOUNS = frozenset(
    "people person man woman child kid teen teenager youth adult boy girl student worker employee "
    "staff staffer officer firefighter protester protestor demonstrator marcher victim passenger "
    "resident soldier civilian troop member fan patient suspect bystander survivor climber hiker "
    "tourist visitor customer shopper driver pedestrian inmate prisoner detainee migrant refugee "
    "voter delegate guest spectator attendee participant individual casualty coworker co-worker "
    "colleague agent deputy trooper crew rescuer villager miner pilot skydiver jumper doctor nurse "
    "journalist player athlete".split()
)

# Words that describe a person by role or trade, beside a name ("Anchorage lawyer Jon Hale",
# "HP CEO Ann Lee", "His barber, Jon Hale,"): what makes a name a person's, not a firm's.
PERSON_WORDS = PERSON_NOUNS | frozenset(
    "lawyer barber owner manager neighbor neighbour witness friend relative cousin teacher "
    "doctor nurse pastor priest executive ceo founder chairman spokesperson lawmaker analyst "
    "expert researcher scientist professor economist reporter photographer journalist editor "
    "coach player singer artist author writer partner candidate advocate activist "
    "president".split()
)

# Nouns that name an event, as a verb would: "charged in the shooting death of Ann Lee on
# April 3" dates the shooting, not the charge.
EVENT_NOUNS = frozenset(
    "shooting death killing murder slaying stabbing attack assault beating crash collision "
    "accident explosion blast robbery arrest disappearance rescue derailment".split()
)

# Nouns that count buildings, whatever kind: "destroyed 40 homes" / "40 structures burned",
# "arrested five buildings away" / "three houses from the scene" count one thing.
BUILDING_NOUNS = frozenset("building house home structure dwelling residence".split())

# Common English short forms of given names: "Bill" and "William" name one person, "Jon" and
# "John" two spellings (no entry), so a short form is never a misspelling.
SHORT_NAMES: dict[str, frozenset[str]] = {
    full: frozenset(shorts.split())
    for full, shorts in {
        "william": "bill billy will willy liam", "robert": "bob bobby rob robbie bert",
        "james": "jim jimmy jamie", "michael": "mike mikey mick", "thomas": "tom tommy",
        "david": "dave davey", "daniel": "dan danny", "joseph": "joe joey", "richard": "rick ricky dick rich",
        "christopher": "chris kit", "anthony": "tony", "elizabeth": "liz lizzie beth betty bess eliza",
        "katherine": "kate katie kathy kat", "catherine": "kate katie cathy", "susan": "sue susie",
        "jennifer": "jen jenny", "patrick": "pat paddy", "patricia": "pat patty tricia",
        "edward": "ed eddie ted teddy ned", "andrew": "andy drew", "alexander": "alex sandy",
        "benjamin": "ben benny", "samuel": "sam sammy", "nicholas": "nick nicky", "matthew": "matt",
        "timothy": "tim timmy", "gregory": "greg", "lawrence": "larry", "gerald": "jerry gerry",
        "ronald": "ron ronnie", "donald": "don donnie", "kenneth": "ken kenny", "frederick": "fred freddie",
        "margaret": "maggie meg peggy", "rebecca": "becky becca", "deborah": "deb debbie",
        "victoria": "vicky tori", "stephen": "steve", "steven": "steve", "charles": "charlie chuck",
        "henry": "hank harry", "john": "jack johnny", "jonathan": "jon", "abraham": "abe",
    }.items()
}  # fmt: skip

# Titles and ranks written with a capital before a name ("Fire Marshal", "Sgt.", "Chief"): part of
# how a person is named, never a name that could be misspelt or swapped.
TITLES = frozenset(
    "mr mrs ms miss dr prof sir dame lord lady rev reverend fr sgt sergeant cpl corporal lt "
    "lieutenant capt captain maj major col colonel gen cmdr commander chief deputy sheriff marshal "
    "inspector detective officer constable superintendent commissioner director judge justice "
    "attorney senator sen rep representative gov governor mayor councilman councilwoman".split()
)

# Words after a name that make it a place's or a body's ("Lakeview County", "the Acme Group",
# "the Kornby area"), or that, with "of", stand before one ("the city of Lakeview"): names whose
# spelling two sources may give two ways without disagreeing about whom a fact is of.
PLACE_WORDS = frozenset(
    "area district village town city county province region state union upazila township "
    "municipality subdistrict parish ward island islands river lake valley hills bay coast "
    "peninsula airport station port".split()
)
BODY_WORDS = frozenset(
    "group company corp corporation inc ltd limited llc plc industries holdings bank party "
    "association council ministry department agency authority university college institute "
    "foundation".split()
)

# Irregular verb forms → base form, so "gave" and "given" match "give".
IRREGULAR_LEMMAS: dict[str, str] = {
    form: base
    for base, forms in {
        "say": "said says stated stating", "go": "went gone goes", "get": "got gotten", "make": "made",
        "know": "knew known", "think": "thought", "take": "took taken", "see": "saw seen",
        "come": "came", "give": "gave given", "tell": "told", "find": "found", "feel": "felt",
        "become": "became", "leave": "left", "meet": "met", "hold": "held", "bring": "brought",
        "write": "wrote written", "stand": "stood", "lose": "lost", "pay": "paid", "lead": "led",
        "speak": "spoke spoken", "spend": "spent", "grow": "grew grown", "win": "won",
        "buy": "bought", "send": "sent", "build": "built", "fall": "fell fallen", "sell": "sold",
        "fly": "flew flown flies", "draw": "drew drawn", "drive": "drove driven", "fight": "fought",
        "rise": "rose risen", "run": "ran", "shoot": "shot", "strike": "struck", "throw": "threw thrown",
        "break": "broke broken", "choose": "chose chosen", "seek": "sought", "shake": "shook shaken",
        "steal": "stole stolen", "catch": "caught", "flee": "fled", "hear": "heard", "begin": "began begun",
        "show": "shown", "is": "was were are am been being be", "have": "has had having",
        "do": "did does done",
    }.items()
    for form in forms.split()
}  # fmt: skip

# Words that report the same event in other words; each maps to one representative.
SYNONYMS: dict[str, str] = {
    "present": "give", "hand": "give", "gift": "give", "donate": "give", "award": "give",
    "summit": "meeting", "talk": "meeting", "meet": "meeting", "visit": "trip", "journey": "trip",
    "kill": "dead", "die": "dead", "death": "dead", "fatality": "dead", "killed": "dead", "perish": "dead",
    "plunge": "fall", "plummet": "fall", "tumble": "fall",
    "injure": "injured", "wound": "injured", "hurt": "injured",
    "launch": "launch", "wed": "marry", "wedding": "marry",
    "unsuccessful": "fail", "failed": "fail", "attempt": "try",
    "reconnaissance": "spy", "surveillance": "spy", "ammunition": "munition", "shell": "munition",
    "facility": "site", "area": "site", "station": "site",
    "clinic": "center", "centre": "center",  # "the Lakeview Clinic", "the Lakeview Center"
    "aeroplane": "airplane",  # one word, spelt two ways
    "limo": "limousine", "automobile": "car", "copter": "helicopter",  # a word and its short form
    "assist": "help", "assistance": "help", "aid": "help",
    # "stated" reports; "state" and "states" are as often the noun ("in 23 states"), which
    # names a place and must not read as "say" (`normalize.lemma` maps the verb's forms).
    "say": "say", "tell": "say", "announce": "say", "declare": "say",
    "crash": "accident", "collision": "accident", "blaze": "fire", "inferno": "fire",
    "shooter": "gunman", "teen": "teenager",
}  # fmt: skip
