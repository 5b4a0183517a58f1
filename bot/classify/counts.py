"""Casualty counts: how many were killed and injured, read from the words around each casualty word.

Three grammatical shapes carry a count in news text:
  - the object of an active verb: "killing 2 soldiers and 3 militants", "killed a soldier, 4
    paramilitaries and 4 civilians" (a list is summed; an article or possessive item counts one);
  - the subject of a passive or headline verb: "one fighter was killed", "Three troops killed",
    "Six soldiers, 6 civilians and a police officer were killed";
  - a toll: "the death toll rose to 30".
A vague amount ("dozens", "six to nine") where the count belongs means a count is there but is not a
number: no number is produced, never a guess. Numbers after "including"/"among them" are parts of a
total already counted; a count in a "Since October, ..." sentence is a background total.
"""

from __future__ import annotations

import re
from itertools import chain
from typing import Final

from bot.classify.lowered import absent, fold, folded
from bot.classify.lowered import lowered as lowered_text
from bot.classify.matcher import NUMBER, Hit
from bot.classify.numbers import (
    NUMBER_PATTERN,
    QUALIFIED_NUMBER_PATTERN,
    QUALIFIERS,
    SCALES,
    TENS,
    UNITS,
    counts_no_one,
    parse_number,
)
from bot.classify.scope import APPOSED_STAGE_WORDS, SUBJECT_DESCRIPTION_WORDS, words_between
from bot.classify.sentences import stops_a_short_form

#: Casualty words that take their count as an object ("killing 5", "wounded two others").
ACTIVE_FORMS: Final = frozenset(
    {"killing", "killed", "kills", "kill", "wounding", "wounded", "wounds", "injuring", "injured", "injures", "injure",
     "hurting", "hurt", "claimed the lives of", "shot dead", "shoot dead", "shoots dead", "shooting dead", "shot and killed", "murdered", "murdering",
     "shot and wounded", "shot and injured", "shot and seriously wounded", "shot and critically wounded",
     "the death of", "the deaths of", "death of", "deaths of", "the wounding of", "the injuring of", "leaving",
     "left", "behead", "beheads", "beheaded", "hacked to death", "stabbed to death", "beaten to death",
     # (every verb of doing to death takes its object after it as "killed" does: "shot to death 22 villagers")
     "shot to death", "burned to death", "stoned to death", "clubbed to death", "bludgeoned to death",
     "kicked to death", "tortured to death",
     "killed himself and", "killing himself and", "kills himself and", "killed herself and", "killing herself and",
     "killed themselves and", "killing themselves and",
     # (the verb of executing, where people are its object: engine._executions_told)
     "executed", "executes", "executing", "execute", "decapitated", "decapitates", "decapitating", "beheading",
     # (the present of wounding, where people are its object: engine._wounds_told)
     "wound", "graze", "grazes", "grazed", "grazing",
     "fatally shot", "fatally shooting", "fatally shoots", "fatally stabbed", "fatally stabbing", "fatally stabs",
     "fatally wounded", "fatally wounding", "fatally wounds", "fatally injured", "fatally injuring",
     # (lives claimed, counted: "claimed 15 lives", "claims the lives of 4 people": engine._lives_claimed_told)
     "claimed", "claims", "claiming", "claim", "claims the lives of", "claiming the lives of", "claim the lives of",
     "claimed the life of", "claims the life of", "claiming the life of",
     # (a side's own dead, counted: "losing four men": engine._own_losses_told)
     "lost", "losing", "loses", "lose",
     # (the present of "gunned down", where people are its object: engine._guns_down_told; and "gunned down", a
     # heading's passive as often, "Farmer gunned down near his home", whose subject counts where no object follows)
     "guns down", "gun down", "gunning down", "gunned down",
     # (a verb of killing many by hand, where people are its object: engine._slaughters_told)
     "massacred", "massacres", "massacring", "slaughtered", "slaughters", "slaughtering", "butchered", "butchers",
     "butchering"}
)
MAX_SUBJECT_GAP_WORDS: Final = 12
MAX_ITEM_WORDS: Final = 8
#: The oldest age a bare figure after a person is read as (an older one is no age: "a guard, 400 ...").
MAX_AGE: Final = 110
#: The most words of one person named inside a subject list ("a medic", "a young police officer").
MAX_PERSON_WORDS: Final = 4
MAX_EVIDENCE_CHARS: Final = 60
#: Victim nouns that name the attackers: their deaths are reported apart from the toll.
PERPETRATOR_WORDS: Final = re.compile(
    r"\b(?:attackers?|assailants?|gunm[ae]n|terrorists?|militants?|bombers?|perpetrators?|shooters?|"
    r"jihadists?|insurgents?|kidnappers?|hostage-takers?|suspects?)\b",
    re.IGNORECASE,
)

#: The fighters of a side: the attackers where the item tells them attacking ("militants stormed a
#: post ... one militant was killed": reported apart), else a side whose dead the event's toll sums
#: ("troops raided a hideout; six militants were killed and a soldier was also killed": 7).
_FIGHTER_NOUNS: Final = r"(?:militants?|insurgents?|jihadists?)"
_FIGHTER_WORDS: Final = re.compile(rf"\b{_FIGHTER_NOUNS}\b", re.IGNORECASE)
_FIGHTERS_ATTACKING: Final = re.compile(
    rf"\b{_FIGHTER_NOUNS}\s+(?:[a-z]+\s+){{0,2}}?(?:who\s+(?:had\s+)?(?:tried|attempted|sought|tries|try)\s+to\s+)?"
    r"(?:stormed|storm|storms|attacked|attack|attacks|"
    r"ambushed|ambush|ambushes|raided|opened\s+fire|open\s+fire|opens\s+fire|overran|overrun|seized|"
    r"detonated|set\s+off|launched|launch|launches|fired|struck|targeted|besieged)\b",
    re.IGNORECASE,
)

#: Lower-case words one of which each regex above must match (see bot.classify.lowered.absent).
_PERPETRATOR_NEEDLES: Final = frozenset({"attacker", "assailant", "gunm", "terrorist", "militant", "bomber", "perpetrator", "shooter",
                        "jihadist", "insurgent", "kidnapper", "hostage-taker", "suspect"})

#: After the people a casualty verb counts (in the list it reads or right after it), what makes them the
#: attackers: "killed 4 men suspected of carrying out the attack", "shot dead two people believed to have
#: staged the raid" (but "killed 5 villagers suspected of helping the army" names victims).
_SUSPECTS_REACH: Final = 60
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_SUSPECTS_AFTER: Final = re.compile(
    r"\s*,?\s+(?:who\s+(?:were|are)\s+)?(?:(?:suspected|accused)\s+of|believed\s+to\s+have)\s+"
    r"(?:(?:carrying|carried|having|being|been|taking|taken|planning|planned|staging|staged|launching|launched|"
    r"mounting|involvement|plotting|organi[sz]ing)\b[^.;]{0,40}?\b|the\s+|(?:[\w'’-]+\s+)?)"
    r"(?:attacks?|bombings?|shootings?|assault|raid|massacre|killings?|blasts?|ambush)\b",
)
#: A reflexive pronoun told with a passive of harm to one person ("the soldier was then shot dead himself", "was
#: himself shot dead"): a passive takes no object, so the pronoun stresses that he too got the harm he did to others,
#: the doer of the act told before (no suicide, no victim of his act).
_REFLEXIVE_OF_A_PASSIVE: Final = re.compile(r"\s*,?\s+(?:himself|herself)\b", re.IGNORECASE)
_REFLEXIVE_OF_A_PASSIVE_BEFORE: Final = re.compile(r"\b(?:was|is|has\s+been|had\s+been)\s+(?:himself|herself)\s+[\w\s]*$",
                                                   re.IGNORECASE)
_KILLED_BY_FORCES: Final = re.compile(
    r"\s+by\s+(?:the\s+)?(?:police|security\s+forces|troops|soldiers|officers|special\s+forces|guards)\b",
    re.IGNORECASE,
)
#: "another" as the whole object of a casualty verb, a pronoun for one person: "wounded another",
#: "killing another in the crossfire" (not "another 20", "another soldier").
#: The forms of ACTIVE_FORMS that are also nouns, whose people follow "of" ("over the killing of three people").
_KILLING_NOUNS: Final = frozenset({"killing"})
_KILLING_NOUN_OF: Final = re.compile(r"\s+of(?=\s)", re.IGNORECASE)
#: The nouns of an act done by hand to people, whose people follow "of" ("the shooting of three teenagers"): told
#: fatal, those people are its dead ("the fatal stabbing of two women" is killed 2), as after "the killing of".
_ACTS_ON_PEOPLE: Final = frozenset({"shooting", "shootings", "stabbing", "stabbings", "beating", "beatings",
                                    "stoning", "lynching", "gunning down"})
#: "fatal" or "deadly" right before the act's noun, a word between ("the fatal police shooting of a man").
_FATAL_BEFORE: Final = re.compile(r"\b(?:fatal|deadly)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
#: The most characters looked back from the act's noun for "fatal".
_FATAL_REACH: Final = 30


def fatal_act_of_people(text: str, hit: Hit) -> bool:
    """Whether `hit` is the noun of an act on people told fatal with its people after "of": "the fatal stabbing of
    two women", "a deadly shooting of three teenagers" (its people are its dead, and the act keeps its kind)."""
    return (" ".join(hit.text.lower().split()) in _ACTS_ON_PEOPLE and _KILLING_NOUN_OF.match(text, hit.end) is not None
            and _FATAL_BEFORE.search(text, max(0, hit.start - _FATAL_REACH), hit.start) is not None)
_ANOTHER_ALONE: Final = re.compile(
    r"\s+another(?=\s+(?:in|at|near|on|during|when|as|after|before|with|and|while|inside|outside)\b|\s*[,.;]|\s*$)",
    re.IGNORECASE)
# ("all 47 people on board", "all five crew members": every one of a number is that number; "all but
# his father" names who was spared)
_OBJECT_GAP: Final = re.compile(
    r"\s*(?:(?:another|a further|an additional|other|all(?=\s+(?:\d|(?:" + "|".join([*UNITS, *TENS]) + r")\b)))\s+)?",
    re.IGNORECASE)
_TOLL_GAP: Final = re.compile(
    r"(?:\s+(?:has|had|have|rose|risen|climbed|reached|jumped|stood|stands|increased|is|was|at|to|of|now|"
    r"climbing|rising|over|above|past|passed|exceeded|surpassed|topped))*\s*",
    re.IGNORECASE,
)
#: The verb of a toll that has grown, right before its new figure: "has risen to 34", "climbed to 12",
#: "now stands at 9" (maybe after "at least").
_TOLL_RISEN_BEFORE: Final = re.compile(
    # (or a copula that states it: "the death toll from the attacks is seven")
    r"\b(?:risen|rose|rises|rising|climbed|climbs|reached|reaches|jumped|jumps|increased|increases|stands|stood|is|was)"
    r"\s+(?:to\s+|at\s+)?(?:(?:at\s+least|more\s+than|over|nearly|some)\s+)?$",
    re.IGNORECASE)
#: The figure a toll went from, told with the one it went to after it: "rose from 9 (to 12)", "raising the
#: toll from Tuesday's bombing from 9 (to 11)".
_TOLL_RISEN_FROM_BEFORE: Final = re.compile(r"\bfrom\s+(?:(?:at\s+least|about|around|some)\s+)?$", re.IGNORECASE)
#: The most words between a toll and the verb of its growth far after it.
MAX_RISEN_TOLL_WORDS: Final = 35
#: Words between a toll and that verb that end the toll's clause: another clause ("; the number of
#: arrests rose to 10"), a clause of its own ("said", "which").
# (not the colon of a time: "the bombing at 10:40 has risen to 11")
_TOLL_CLAUSE_END: Final = re.compile(r";|:(?!\d)|\b(?:said|says|which|while|but|whereas)\b", re.IGNORECASE)


def _risen_toll(text: str, hits: list[Hit], index: int, sentence_end: int, used: set[int]) -> int | None:
    """The index of the figure a toll (or "the number of people killed") has grown to, where the
    toll's circumstances stand between it and its verb: "the death toll from Monday's air strike on
    the market in the city centre has risen to 34, up from 21" (34; the earlier figure is no toll
    of its own), or None. No other casualty word may come between."""
    hit = hits[index]
    for later in range(index + 1, len(hits)):
        number = hits[later]
        if not _COUNTING.isdisjoint(number.categories) or number.start >= sentence_end:
            return None
        if not _is_number(number) or later in used:
            continue
        if words_between(text, hit.end, number.start) > MAX_RISEN_TOLL_WORDS:
            return None
        if _TOLL_RISEN_BEFORE.search(text, max(hit.end, number.start - 40), number.start) is not None:
            return None if _TOLL_CLAUSE_END.search(text, hit.end, number.start) else later
        if _TOLL_RISEN_FROM_BEFORE.search(text, max(hit.end, number.start - 40), number.start) is not None:
            # "the toll from the bombing rose from 9 to 12": the figure it rose to (no dates: "from 2019 to 2021")
            raised = _raised_to(text, hits, later)
            if raised is None:
                continue  # ("the toll from attacks from 2019 to 2021" counts no one: no figures of a toll)
            if _TOLL_CLAUSE_END.search(text, hit.end, number.start) or any(
                    counts_no_one(text, lowered_text(text), hits[i].start, hits[i].end) for i in (later, raised)):
                return None
            used.add(later)
            return raised
    return None


#: Words around a toll that make it a running total over a period: "since", "so far", "in the war"
#: ("the total toll from Friday's bombings" is the event's).
# (and a toll over weeks or more of it: "the death toll from a week of bombardment", "from three months of
# fighting"; "two days of clashes" may be one event's)
_RUNNING_TOTAL: Final = re.compile(
    r"\b(?:since|so\s+far|to\s+date|this\s+year|in\s+the\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:conflict|war|insurgency|campaign|occupation|uprising)"
    r"|(?:a|one|two|three|four|five|six|several|many|\d+)\s+(?:weeks?|months?|years?)\s+of)\b",
    re.IGNORECASE)
#: Between a toll and the figure it was raised (or lowered) from: "raising the toll from two to three".
_TOLL_FROM: Final = re.compile(r"\s+(?:(?:was|has\s+been|has|had)\s+)?(?:raised\s+|revised\s+(?:up|upward|upwards)\s+|"
                               r"(?:rose|risen|climbed|jumped|increased|grew|grown)\s+)?from\s+"
                               r"(?:(?:at\s+least|about|around|some)\s+)?", re.IGNORECASE)
#: Between the figure a toll went from and the one it went to: "from two to three", "from 13 to at least 19".
_FROM_TO: Final = re.compile(r"\s+to\s+(?:(?:at\s+least|about|around|some|more\s+than|over|nearly)\s+)?", re.IGNORECASE)
#: A toll told as the one before the news: "raising an earlier toll of 13", "up from a previous toll of 9".
_EARLIER_TOLL: Final = re.compile(r"\b(?:earlier|previous|prior|former|old)\s+(?:death\s+)?$", re.IGNORECASE)


def _raised_to(text: str, hits: list[Hit], index: int) -> int | None:
    """The index of the figure a toll went to after the figure it went from, hits[index] ("from two to
    three": the three), or None."""
    if index + 1 < len(hits):
        later = hits[index + 1]
        if _is_number(later) and _FROM_TO.fullmatch(text, hits[index].end, later.start):
            return index + 1
    return None


#: "the number of (people) killed", "the number of dead": the casualty word names a toll.
_NUMBER_OF: Final = re.compile(r"\bnumber\s+of\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
#: What _NUMBER_OF needs in the text (asked once per text, not searched before every killing word).
_NUMBER_OF_NEEDLES: Final = frozenset({"number"})
_TOLL_TO: Final = re.compile(r"\b(?:to|at|reached|hit|hits|of)\s+$", re.IGNORECASE)
#: A separator between list items (not the comma of "1,200").
# ("as well as" and "along with" join victims as "and" does: "killed 5 workers, as well as 2 guards")
_ITEM_SPLIT: Final = re.compile(
    r"\s*,(?!\d{3}(?!\d))\s*(?:and\s+|as\s+well\s+as\s+|along\s+with\s+)?|\s+(?:and|as\s+well\s+as|along\s+with)\s+",
    re.IGNORECASE)
#: Where an insertion opens inside an object list: what follows names parts of the count before it
#: ("killed 18 people including 8 civilians and 10 soldiers" is 18), never further items.
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_LIST_INSERTION: Final = re.compile(
    r",?\s*\b(?:including|among\s+them|among\s+whom|mostly|most\s+of\s+them|many\s+of\s+them|all\s+of\s+them)\b")
#: A preposition or conjunction that opens the circumstances of the event after a list item: a later
#: item too long to be a list item ends there ("a tribal elder and his two sons in an ambush on the
#: road to the town" lists three people).
_ITEM_CIRCUMSTANCE: Final = re.compile(
    r"\s+(?:in|on|at|near|during|after|before|outside|inside|when|while|as|across|along|from|with|overnight)\b",
    re.IGNORECASE)
_ITEM_NUMBER: Final = re.compile(rf"(?:{QUALIFIED_NUMBER_PATTERN})(?!\w)", re.IGNORECASE)
#: An age right after a list's first number: "64-year-old woman", "19 year old student" (one person).
_AGE_AFTER: Final = re.compile(r"\s*-?\s*years?[\s-]+old\b", re.IGNORECASE)
#: A collective noun with its size is that many people: "a family of six", "a crew of 12", and in a
#: headline's words "kills family of seven", "killing its crew of four".
_COLLECTIVE: Final = re.compile(r"(?:(?:an?|the|entire|its|their|his|her)\s+)?(?:entire\s+)?(?:family|group|crew|household)"
                                r"\s+of\s+", re.IGNORECASE)
#: A possessive before a count: "a senior commander and his three bodyguards" (else one person: "and
#: his bodyguard").
_POSSESSIVE: Final = re.compile(
    # and a definite article before a number: "killed the 2 officers and a pedestrian" lists three
    r"(?:his|her|their|its)\s+(?=\S)|(?:the|these|those)\s+(?=(?:\d[\d,]*|" + "|".join([*UNITS, *TENS]) + r")(?![\w-]))",
    re.IGNORECASE,
)
_COLLECTIVE_WORDS: Final = frozenset({"family", "group", "crew", "household", "entire"})
_ITEM_ONE: Final = re.compile(
    # ("an unknown number", "an undisclosed number": a vague amount, not one person; "a week", "a day", "an hour": a
    # span of time, after the list as "killed 40 villagers on Sunday, a week after an attack" times the act, no person,
    # as a figure before a time unit counts no one)
    r"(?:a|an|his|her|their|its)\s+(?!(?:total|number|further|few|dozen|lot|series|handful|hundred|thousand|unknown|"
    r"undisclosed|unspecified|undetermined|unconfirmed|"
    r"(?:minute|hour|day|night|week|fortnight|month|year|decade)s?)\b)\w"
    # "and another man" (not "another 29", "another two", "another were injured")
    rf"|another\s+(?![\d,]|(?:{'|'.join([*UNITS, *TENS, *SCALES])}|dozen|few|were|was|is|are|had|has|have|who|of)\b)\w"
    # ("the police" are many, "the police officer" is one)
    r"|the\s+(?!(?:people|men|women|children|police(?!\s+(?:officer|chief|commander|constable|inspector|sergeant)\b)|"
    r"personnel|staff|crew|family|rest|remaining|other|others|same)\b)"
    r"[\w'’-]*[^\Ws]\b(?!\s+(?:and|or)\s+(?:his|her|their)\b)",
    re.IGNORECASE,
)
#: Every first word (lower case) of a match of _ITEM_NUMBER or _ITEM_ONE that is made of letters.
_LIST_FIRST_WORDS: Final = frozenset(
    [qualifier.split()[0] for qualifier in QUALIFIERS] + [*UNITS, *TENS, *SCALES, "dozen", "half", "a"]
    + ["a", "an", "his", "her", "their", "its", "the", "another", "him"]
)
#: A pronoun of one person as the first object of a list: "killing him and two of his bodyguards" is three (the
#: one the pronoun names is a person the item told, now among the dead) where a figure counts the rest; alone
#: ("killing him") or before people no figure counts ("killing him and his family") it is left as it is.
_ONE_PRONOUN: Final = re.compile(r"(?:him|her)", re.IGNORECASE)


#: The general noun of people after a figure ("two people", "two of them", "three others", "two victims"), which says
#: nothing of who they were.
_GENERAL_PEOPLE: Final = re.compile(r"\s*(?:(?:more|other)\s+)?(?:people|persons|others|victims|of\s+(?:them|whom))\s*$",
                                    re.IGNORECASE)


def _apposition_restating(values: list[int], nouns: list[str], first_separator: str) -> bool:
    """Whether the items after a figure of people named by a general noun are, set off by a comma, as many single
    persons as it counts: who they were, no more people ("killing two of them, a 17-year-old girl and a 19-year-old
    man" is 2; "killing two soldiers, a policeman and a child" names four)."""
    return (len(values) > 2 and "," in first_separator and "and" not in first_separator.lower()
            and _GENERAL_PEOPLE.fullmatch(nouns[0]) is not None
            and all(value == 1 for value in values[1:]) and values[0] == len(values) - 1)


def _counted_after_a_pronoun(region: str, separator: re.Match[str]) -> bool:
    """Whether the people listed after a pronoun of one person that opens an object list are counted, so that the
    pronoun counts one among them: "killing him and two of his bodyguards", "killing him and his driver", and after a
    comma the people a possessive names ("killing him, his driver and a guard" is 3); a description of him in commas
    ("killing him, a retired teacher") names no one more, and a group ("killing him and his family") no count."""
    after = separator.end()
    if _ITEM_NUMBER.match(region, after) is not None:
        return True
    if _ITEM_ONE.match(region, after) is None or not _COLLECTIVE_WORDS.isdisjoint(region[after:].lower().split()[:3]):
        return False  # ("killing him and his family": a group no figure counts)
    return "and" in separator.group().lower() or _POSSESSIVE_FIRST.match(region, after) is not None


_FIRST_WORD: Final = re.compile(r"\s*([\w'’-]+)")  # (a titled name's first word may be a quote or a dash)
# (and a verb of its own: "killed the ambassador and 3 bystanders were injured" lists one person; "stabs three at a
# bus stop, one dies" lists three, the one the subject of its own death)
_ITEM_STOP: Final = re.compile(r"\b(?:said|says|told|reported|according|including|among|who|which|whom|whose|"
                               r"were|was|are|is|have|has|had|died|dies|die|"
                               r"of\s+(?:them|those)|critically|seriously|severely|badly|gravely|lightly|slightly)\b",
                               re.IGNORECASE)
#: A later item that is a clause of its own, its verb followed by its object: "killed 12 people, and the
#: president declared a curfew", "killed nine students on Tuesday, the rector closed the university" (a
#: participle before its noun is followed by the noun: "and a wounded soldier").
_ITEM_CLAUSE: Final = re.compile(
    r"\b(?:[a-z]+ed|took|sent|made|began|held|led|shut|set|put|cut|sought|brought|kept|left|gave)\s+"
    r"(?:a|an|the|off|up|down|out|its|their|his|her|that|to|on|all|in)\b",
    re.IGNORECASE)
#: An item that names an event, not a person: "killed 3 people, the third such attack this week" (an
#: apposition; "and a soldier in the raid" is a person, the event after a preposition).
_ITEM_EVENT: Final = re.compile(
    r"(?:the|a|an|its|their)\s+(?:(?!(?:in|on|at|near|during|after|before|of|from|by|with)\s)[\w'’-]+\s+){0,3}?"
    r"(?:attacks?|bombings?|blasts?|explosions?|incidents?|raids?|"
    r"assaults?|ambush(?:es)?|shelling|strikes?)\b",
    re.IGNORECASE)
#: An item that names a place, an apposition to the place named in the item before: "shot dead the mayor of
#: Jama, a town in Manabi province" (the town is no second victim; "a village chief" is a person, the place
#: word not the item's head).
_ITEM_PLACE: Final = re.compile(
    r"(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,2}?(?:town|city|village|hamlet|district|province|region|suburb|"
    r"municipality|county|state|neighbou?rhood|port|capital|island|settlement)"
    r"(?=\s+(?:in|of|on|near|north|south|east|west|outside|some|about|\d)\b|\s*$)",
    re.IGNORECASE)
#: A proper name of several words, its small words within it: "the Volunteers for the Defence of the
#: Homeland", "the Bank of England" (a list item that holds one is no longer for it).
_NAME_RUN: Final = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|the|de|del|du|des|la|al)\s+)*[A-Z][\w'’.-]*)+")


def _item_words(item: str) -> int:
    """The words of a list item, a proper name of several words counted as one: "a Volunteer for the
    Defence of the Homeland auxiliary" is three (an article, the name, its noun)."""
    words = len(item.split())
    if words <= MAX_ITEM_WORDS or item[1:] == item[1:].lower():
        return words  # (short, or no capital past the first letter: no name to fold)
    return len(_NAME_RUN.sub("N", item).split())


#: The words of an insertion after the part they name, the clause ending with them: "killing seven, the gunman
#: among them" (the gunman is one of the seven).
_PART_NAMED_BEFORE: Final = re.compile(r"\s+(?:among\s+them|among\s+whom)\s*(?:[,;.)]|$)", re.IGNORECASE)
#: A relative clause that opens after the words of a list item: it describes that person ("and a
#: nurse who ran to help") and ends the list.
#: ("9 of whom were fighters" is a part of the count before, no person: left to _ITEM_STOP)
_RELATIVE_AFTER_ITEM: Final = re.compile(r"(?<=\w)(?<!\bof)\s+(?:who|whom|whose)\b")
#: A proper name set off by commas after a person: "the acting minister, Khalil Haqqani, and ...".
_NAME_APPOSITION: Final = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
#: Where a list of victims ends: a clause punctuation, a dash, a full stop. (It opens with the class
#: of all these characters, each alternative then asking what its character was: a regex that opens
#: with a class lets the engine skip in C the characters that cannot start a match, and is searched
#: to the end of every sentence with an active casualty verb.)
_LIST_END: Final = re.compile(r"[;:()\[\]—–.-](?:(?<=[;:()\[\]—–])|(?<=-)\s|(?<=\.)(?:\s|$))")


def _list_end(text: str, start: int, end: int) -> re.Match[str] | None:
    """Where the list of victims from `start` ends (_LIST_END), past the full stops of abbreviations and initials,
    which end no sentence: "wounding two contractors and a soldier, a U.S. defence official said" lists three, its
    teller after the comma no victim (sentences.stops_a_short_form)."""
    stop = _LIST_END.search(text, start, end)
    while stop is not None and stop.group()[0] == "." and stops_a_short_form(text, stop.start(), start):
        stop = _LIST_END.search(text, stop.end(), end)
    return stop


# An insertion without a closing comma ends where the sentence goes on: at a verb ("9 people
# including two policemen were killed") or at a group apart from it ("... and another 14 were
# wounded", "... and 30 others injured"); else the count after it was read as part of it.
_INSERTION: Final = re.compile(
    r",?\s*(?:including|among them|among whom|mostly|most of them|many of them|all of them)\b"
    r"(?:(?!\s+(?:were|was|are|is|have|has|had)\b|\s+and\s+(?:another\b|(?:\S+\s+){1,3}(?:others|more)\b))[^,;])*,?"
    # a partitive apposition is a part of the number before it: "seven policemen, two of them critically,"
    r"|,\s*[\w-]+\s+of\s+(?:them|whom|those)\b[^,;]*,?"
    # (its first word is its count, no auxiliary: "A neighbour, 45, was slightly hurt" is a clause)
    r"|,\s*(?!(?:was|were|is|are|has|have|had|been)\b)[\w-]+\s+(?:critically|seriously|severely|badly|gravely|lightly|"
    r"slightly)\b[^,;]*,?"
    # a relative clause set off by commas describes the subject: "two tourists and a guide, who died
    # in hospital, were killed"
    r"|,\s*who\b[^,;]*,"
    r"|\([^)]*\)",
    re.IGNORECASE,
)
#: (read in the folded text, case-sensitive: see bot.classify.lowered)
_INSERTION_HINT: Final = re.compile(
    r"\(|\b(?:including|among|mostly|most of|many of|all of|of them|of whom|of those|critically|seriously|severely|"
    r"badly|gravely|lightly|slightly|who)\b"
)
# ("of whom" and "slightly" are left out: a text that holds them holds "who" and "lightly", and every
# needle is one more search of every text with a count)
_INSERTION_NEEDLES: Final = frozenset({"(", "including", "among", "mostly", "most of", "many of", "all of", "of them",
                                        "of those", "critically", "seriously", "severely", "badly", "gravely",
                                        "lightly", "who"})
_CASUALTY_WORDS: Final = frozenset({"killed", "injured", "toll"})
#: A subordinate clause that opens with a subject of its own, between a figure and a casualty word: "protest after a
#: teacher was", "gather when the boy". (Not a clause of the figure's people: "hospitalised after being stabbed".)
_CLAUSE_OF_ITS_OWN: Final = re.compile(r"\b(?:after|when|while|because|since|before|until|once|where|following)\s+"
                                       r"(?:a|an|the|his|her|their|its|this|that|another)\s", re.IGNORECASE)
_SUBJECT_GAP_BREAK: Final = re.compile(r"[;:()]|,(?!\s*(?:and\s+)?(?:\d|an?\b|one\b))", re.IGNORECASE)
_LIST_SEPARATOR: Final = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$", re.IGNORECASE)
_AND_ONE: Final = re.compile(r"\band\s+(?:a|an|their|his|her)\s+[\w'’-]+", re.IGNORECASE)
#: A thing carried or held, right before "and" in a subject's words: "Two men carrying knives and a meat cleaver
#: are shot" (what is joined to a weapon by "and" is another thing in the hands, no person; "two soldiers and a
#: medic" joins a person).
_ARMS_BEFORE_AND: Final = re.compile(
    r"\b(?:knife|knives|machetes?|axes?|hatchets?|swords?|cleavers?|clubs?|bats|hammers?|guns?|handguns?|rifles?|"
    r"shotguns?|pistols?|revolvers?|firearms?|weapons?|explosives?|grenades?|bombs?|ammunition)"
    r"\s*,?\s+and\s+(?:a|an|their|his|her)\s", re.IGNORECASE)
_SINGULAR_SUBJECT: Final = re.compile(
    r"(?<![\w'’-])(?:a|an)\s+(?:[\w'’-]+\s+){0,5}(?:was|has\s+been|had\s+been|is)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_SINGULAR_INTRANSITIVE: Final = re.compile(r"(?<![\w'’-])(?:a|an)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
# "A prosecutor handling gang extortion cases was shot dead", "A witness in the trial of a former mayor accused of
# ordering the killing of three journalists was shot dead": a singular passive's subject that opens its sentence with
# "a" is one person, however long the phrase that describes him (with no comma, conjunction, relative word or pronoun,
# which would open a clause of its own: "A man stabbed two passengers and was shot dead by police" is the attacker's
# own end; "A protester died of wounds suffered when he was shot" tells one person twice).
# (his age in commas after the noun that names him is a part of his description, no clause: "A court clerk, 54, was
# shot in the leg" is one hurt)
_SUBJECT_OPENING_THE_SENTENCE: Final = re.compile(
    r"\s*(?:A|An)\s+(?:" + SUBJECT_DESCRIPTION_WORDS + r"{1,24}|" + SUBJECT_DESCRIPTION_WORDS
    + r"{0,23}[\w'’.-]+\s*,\s*(?:aged\s+)?\d{1,3}\s*,\s+" + SUBJECT_DESCRIPTION_WORDS + r"{0,4})$", re.IGNORECASE)
#: The words _SINGULAR_SUBJECT and _SINGULAR_PERSON need near the end of their window: looked for
#: among its last words first, so that these slow regexes (backtracking over the words before)
#: run only where they can match.
_SINGULAR_VERBS: Final = frozenset({"was", "is", "been"})
_PERSON_NOUNS: Final = ("soldier", "serviceman", "servicewoman", "civilian", "militiaman", "policeman", "policewoman",
                 "officer", "journalist", "reporter", "fighter", "child", "boy", "girl", "man", "woman", "resident",
                 "volunteer", "medic", "paramedic", "doctor", "guard", "teacher", "worker", "farmer", "driver", "pilot",
                 "commander", "official", "teenager", "teen", "student", "pupil", "nurse", "priest", "tourist",
                 "passenger", "shepherd", "baby", "toddler", "infant", "mother", "father", "son", "daughter", "person",
                 "candidate", "politician", "lawmaker", "mayor", "judge", "activist", "ambassador", "diplomat",
                 "governor", "vendor", "shopkeeper", "bystander", "pedestrian", "villager", "businessman", "cleric",
                 "imam", "bodyguard", "councillor", "councilor", "lawyer", "engineer", "trader", "gendarme",
                 "constable", "trooper", "conscript", "reservist", "peacekeeper", "firefighter", "rescuer", "sailor",
                 "seafarer", "miner", "monk", "nun", "pilgrim", "worshipper", "hostage", "prisoner", "detainee",
                 "migrant", "refugee", "protester", "demonstrator", "photographer", "sergeant", "lieutenant",
                 # the people of a court or a prison story
                 # ("witness" and "suspect" are left out: "a Reuters witness said", "the suspect was shot dead" is
                 # an attacker)
                 "defendant", "inmate", "prosecutor", "magistrate", "warden", "jailer", "attorney", "deputy", "bailiff",
                 # the people of a crime at a shop, a bar or a home: kin, friends, staff and customers
                 "cashier", "clerk", "customer", "patron", "guest", "employee", "waiter", "friend", "neighbour",
                 "neighbor", "relative", "cousin", "uncle", "nephew", "niece", "brother", "sister", "wife", "husband",
                 "colleague",
                 # the people hurt by chance at the scene
                 "passer-by", "passerby")
_PERSON_NOUN_SET: Final = frozenset(_PERSON_NOUNS)
# "Key witness in gang murder trial shot dead", "Ex-sergeant on trial over massacre stabbed to death", "Prosecutor
# investigating cartel killed in car bomb": a heading drops the article and the auxiliary of that passive; its subject
# opening the sentence with a person's noun in the singular (a title or two before it, an "ex-" on it) is one person
# however long his description, as "a" tells it (a plural, "Witnesses", or a figure, "Two guards", is counted apart).
_BARE_SUBJECT_OPENING: Final = re.compile(
    r"\s*(?:[A-Z][\w'’-]*\s+){0,2}?(?:[\w'’]+-)?(?:witness|police officer|" + "|".join(_PERSON_NOUNS) + r")\s+"
    + SUBJECT_DESCRIPTION_WORDS + r"{0,24}$", re.IGNORECASE)
#: Heads of a subject that acts: a person's role, an office, or an institution ("and the army vows revenge",
#: "and the president declares a day of mourning").
_SUBJECT_HEADS: Final = (*_PERSON_NOUNS, "chief", "president", "minister", "premier", "leader", "spokesman",
                         "spokeswoman", "army", "military", "government", "ministry", "council")
#: A later item that is the subject of a verb of its own: a head of _SUBJECT_HEADS, then a verb in the present or
#: the past that is no plural of a head and no participle of harm ("killed 12 soldiers and the mayor resigns",
#: "and the governor imposes a curfew", "and the mayor resigned"): a new clause, its subject no victim ("and a
#: soldier wounded in the raid" is a person described; "and the mayor" with no verb after is a victim).
_ITEM_SUBJECT: Final = re.compile(
    r"(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(sorted(_SUBJECT_HEADS, key=len, reverse=True))
    + r")\s+(?!(?:" + "|".join(_SUBJECT_HEADS) + r")s\b|(?:forces|troops|units|services|authorities|"
    r"wounded|injured|killed|hurt|shot|stabbed|"
    r"dead|slain|abducted|kidnapped)\b)(?:[a-z]+(?<=[a-z][a-z][a-z]s)\b"
    # (a past form only with its object or nothing after it: "a teacher named Ali", "a guard stationed at
    # the gate" are participles that describe the person)
    r"|[a-z]+ed(?=\s*$|\s+(?:a|an|the|his|her|their|its|that)\b))",
    re.IGNORECASE)
#: People named by a role as a verb's object, a determiner and up to two words before the role noun: "wound the
#: mayor", "wound a local councillor", "injure their drivers" (read as one person, or by their count, as a
#: killing verb's object is).
ROLE_OBJECT: Final = re.compile(
    r"\s+(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(sorted(_PERSON_NOUNS, key=len, reverse=True))
    + r")s?\b(?![-'’])", re.IGNORECASE)
#: A person's age after the noun that names him, no count of people: "the councillor, 56,", "a man in his 20s",
#: "a woman in her late thirties", "a guard aged 40".
_AGE_OF_A_PERSON: Final = (r"(?:\s*,\s*(?:aged\s+)?\d{1,3}\s*,|\s+in\s+(?:his|her)\s+(?:early\s+|mid-?\s*|late\s+)?"
                           r"(?:\d0['’]?s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
                           r"|,?\s+aged\s+(?:about\s+)?\d{1,3},?)")
_AGE_OF_A_PERSON_RE: Final = re.compile(_AGE_OF_A_PERSON, re.IGNORECASE)
#: One person as a subject: "a soldier was lightly hurt", "a police officer has been killed", "the councillor,
#: 56, was killed", "a man in his 20s was critically injured", and one who suffered the harm or was treated for
#: it: "a prison officer suffered serious injuries", "his driver was hospitalised with two gunshot wounds" (one
#: person, whatever the noun's number).
# One more person told by his place in a count, or by his age alone, is one as a noun names him: "two people were
# stabbed to death and a third was wounded", "A fourth man, shot in the leg, ...", "a man was shot dead and a
# 19-year-old wounded"; and one described in commas, or told hurt with an adverb and no auxiliary after "and":
# "A third man, a customer, was wounded", "a father was stabbed to death and his neighbour seriously injured".
_ORDINALS: Final = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
#: The heads of a subject of one person: a person noun, an ordinal, an age ("a 19-year-old").
_ONE_PERSON_HEADS: Final = (*_PERSON_NOUNS, *_ORDINALS, "-old")
#: A description of a person in commas after the noun that names him ("a third man, a customer,").
_DESCRIBED_IN_COMMAS: Final = r"\s*,\s*(?:an?|the|his|her|who)\s+[^,;]{1,30}?,"
_DESCRIBED_IN_COMMAS_RE: Final = re.compile(_DESCRIBED_IN_COMMAS, re.IGNORECASE)
#: The most characters looked back from a harm word for the one person told before it (_SINGULAR_PERSON).
# (an ordinal with no noun after it, or with "victim", the noun a place among the harmed takes: "a third victim, a
# woman, was also killed"; "a third home is shot", "a fourth unsolved murder" name no person)
MAX_ONE_PERSON_CHARS: Final = 90
# "A third man escaped with head injuries", "was rescued by police with head injuries", "was found with stab wounds":
# one person told with the harm the act did to his body, whatever the verb of his escape, rescue or finding, is one
# hurt, as one who survived with a wound is (its harm a noun after "with", no act of his: "charged with causing
# injuries" names none hurt).
_WITH_THE_HARM_TO_THE_BODY: Final = (r"(?:(?:was|has\s+been|is)\s+)?[a-z]+(?:\s+by\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
                                     r"\s+with(?=\s+(?:(?![\w-]+ing\b)[\w-]+\s+){0,2}$)")
_SINGULAR_PERSON: Final = re.compile(
    r"(?<![\w'’-])(?:[\w'’-]+\s+){0,2}(?:police officer|" + "|".join(_PERSON_NOUNS) + r"|(?:(?<=\ban\s)|(?<=\ba\s))(?:"
    + "|".join(_ORDINALS) + r")(?:\s+victim)?|\d{1,3}-year-old)" + _AGE_OF_A_PERSON + "?" + f"(?:{_DESCRIBED_IN_COMMAS})?"
    r"(?:\s*,)?\s+(?:(?:was|has\s+been|is|(?P<plural>were))\s+(?:(?:\w+ly|also)\s+)?|\w+ly\s+|(?:also\s+)?(?:suffered|sustained|suffers|sustains|received|receives"
    r"|surviv(?:ed|es)\s+with|" + _WITH_THE_HARM_TO_THE_BODY + r"|(?:was|has\s+been|is)\s+(?:hospitali[sz]ed|treated(?:\s+in\s+hospital)?|admitted\s+to\s+"
    r"hospital|(?:taken|rushed|airlifted|flown)\s+to\s+(?:a\s+|the\s+)?hospital)\s+(?:for|with))"
    r"\s+(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE,
)
# "A man in his 20s is in a critical condition in hospital after being shot", "A woman, 34, is in a stable condition
# after she was stabbed", "a guard remains in hospital after being shot": one person whose state after the harm is
# told (in a condition, in hospital) is one hurt. (A state after no harm names no one hurt: "is in a critical
# condition after a fall", "the patient is stable after surgery" hold no casualty word for it to count.)
_CONDITION_AFTER_HARM: Final = re.compile(
    r"(?<![\w'’-])(?:[\w'’-]+\s+){0,2}(?:police officer|" + "|".join(_PERSON_NOUNS) + r"|\d{1,3}-year-old)"
    + _AGE_OF_A_PERSON + "?" + f"(?:{_DESCRIBED_IN_COMMAS})?"
    r"\s+(?:is|was|remains|remained)\s+(?:still\s+)?in\s+(?:(?:a|an|the)\s+)?(?:(?:[\w-]+,?\s+(?:but\s+)?){1,3}condition"
    r"(?:,?\s+in\s+(?:a\s+|the\s+)?hospital)?|hospital)"
    r"\s+after\s+(?:being\s+|(?:he|she)\s+(?:(?:was|had\s+been)\s+)?)?$",
    re.IGNORECASE,
)
#: The words a state after harm needs before the casualty word (looked for first, in the folded text).
_CONDITION_NEEDLES: Final = ("condition", "hospital")
MAX_CONDITION_CHARS: Final = 130
# "shelling killed civilian in Gorlovka", "sniper kills soldier near Avdiivka": headlines drop the
# article, and one person named so is one. The noun must end the phrase ("killing civilian protesters"
# counts no one).
_BARE_PERSON: Final = re.compile(
    r"(?:" + "|".join(sorted(_PERSON_NOUNS, key=len, reverse=True)) + r")"
    r"(?=\s+(?:in|near|at|on|from|of|during|after|as|with|by|outside|inside)\b|\s*[,.;:]|\s*$)",
    re.IGNORECASE,
)
#: A bare person noun with a figure right after it: one person where the figure is a measure, a date or a label of
#: the place or time ("kill farmer 2 km from village", "sniper kills soldier 3 miles from the front"), which
#: counts no one and so opens no list of people (see _one_before_a_label).
_BARE_PERSON_BEFORE_FIGURE: Final = re.compile(
    r"(?:" + "|".join(sorted(_PERSON_NOUNS, key=len, reverse=True)) + r")\s+(?=\S)", re.IGNORECASE)


def _one_before_a_label(text: str, item: str, item_start: int) -> bool:
    """Whether the list's first item is one person named by a bare noun whose figure after it counts no one: a
    distance, a date, a time or a label ("farmer 2 km from village" is one farmer, as "farmer near the village" is)."""
    noun = _BARE_PERSON_BEFORE_FIGURE.match(item)
    if noun is None:
        return False
    number = _ITEM_NUMBER.match(item, noun.end())
    return number is not None and counts_no_one(text, lowered_text(text), item_start + number.start(),
                                                 item_start + number.end()) and not _AGE_AFTER.match(item, number.end())


def _plural(noun: str) -> str:
    """The plural of a person noun of _PERSON_NOUNS: "soldiers", "policemen", "children", "deputies"."""
    if noun == "person":
        return "people"
    if noun == "child":
        return "children"
    if noun == "wife":
        return "wives"
    if noun.startswith("passer"):
        return "passers" + noun[6:]  # ("passers-by": the head takes the plural)
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


# "gunmen kill the governor and his bodyguards", "killing two soldiers and several civilians": a group of people
# named by a plural with no figure is counted by no one, so the list's total is not stated (a vague amount gives no
# count, never a guess: docs/taxonomy.md, Counts); "both", "a fifth", "his bodyguard" have their figure in the words.
# The group opens with its own determiner or amount: a bare plural after a figure is counted by it ("kills 17
# security guards and drivers", "killing 42 people, mainly students").
_UNCOUNTED_GROUP: Final = re.compile(
    r"(?:(?:the|his|her|their|its|other|several|many|some|numerous|dozens\s+of|scores\s+of|hundreds\s+of|"
    r"a\s+number\s+of|an?\s+(?:unknown|undisclosed|unspecified)\s+number\s+of)\s+)(?:[\w'’-]+\s+){0,2}?"
    r"(?:" + "|".join(sorted((_plural(noun) for noun in _PERSON_NOUNS), key=len, reverse=True)) + r"|others)"
    r"(?=\s+(?:in|near|at|on|from|of|during|after|as|with|by|outside|inside)\b|\s*[,.;:]|\s*$)",
    re.IGNORECASE,
)
#: A possessive that opens a first item: "killed his bodyguards" is a group, "killed his bodyguard" one person.
_POSSESSIVE_FIRST: Final = re.compile(r"(?:his|her|their|its)\s", re.IGNORECASE)
#: One person named by a noun with a word or two before it, in a headline's words: "kills police
#: officer in Kabul", "kills al-Shabaab commander in Somalia" (the noun ends the phrase, as above).
_MODIFIED_PERSON: Final = re.compile(r"(?:[\w'’-]+\s+){1,2}" + _BARE_PERSON.pattern, re.IGNORECASE)
#: A person named with a title: "senior Hamas official Saleh al-Arouri", "commander Ali Hassan".
_TITLED_NAME: Final = re.compile(
    r"(?:[\w'’-]+\s+){0,3}(?:" + "|".join(sorted(_PERSON_NOUNS, key=len, reverse=True)) + r")"
    r"\s+[A-Z][\w'’.-]*(?:\s+(?:al-|bin\s+|ibn\s+|de\s+|van\s+)?[A-Z][\w'’.-]*){0,3}"
)
#: (with its noun too, whatever it is: "another victim was injured", and in the present: "another is injured"; not a
#: number, "another two were hurt")
_ANOTHER: Final = re.compile(
    rf"(?<![\w'’-])another\s+(?:(?![\d,]|(?:{'|'.join([*UNITS, *TENS, *SCALES])}|dozen|few|was|were|is|are|has|have|had|"
    r"been|who|of)\b)[a-z][\w-]*\s+)?(?:(?:was|were|is|(?:has|had)\s+been)\s+)?(?:[a-z]+ly\s+)?$", re.IGNORECASE)
#: Categories of the words a count belongs to: a count before one of them is not this word's.
_COUNTING: Final = frozenset({"killed", "injured", "toll"})
_HARMED: Final = frozenset({"killed", "injured"})
#: Categories of a word that ends a list of numbers walked backwards from a casualty word.
_LIST_BREAKS: Final = frozenset({"killed", "injured", "toll", "subset"})
#: The kinds of a violent act's word, which end a list walked backwards as a casualty word does.
_ACT_VERBS: Final = frozenset({"attack", "strike"})
_INTRANSITIVE: Final = frozenset({"died", "dies", "dead", "perished", "succumbed"})
#: "to" right before "death": a person done to death ("beat a farmer to death").
_TO_BEFORE: Final = re.compile(r"\bto\s+$", re.IGNORECASE)
#: One person as the object right before "to death": an article and up to three words, no number among them
#: ("stabs a 94-year-old woman to death"; "a mob stabbed 12 people to death" counts its twelve).
_ONE_DONE_TO_DEATH: Final = re.compile(
    r"(?<![\w'’-])(?:a|an)\s++(?:(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|scores?|hundreds?)\b"
    r"|\d++\s)[\w'’-]++\s++){1,3}$",
    re.IGNORECASE)
#: One person as the object right before "to death" named by a possessive: "stabbed his wife to death", "beat her
#: former partner to death" (a singular noun last, no number or "and" between: "his two sons", "his wife and
#: daughter" are counted as lists are).
_ONE_OWN_DONE_TO_DEATH: Final = re.compile(
    r"(?<![\w'’-])(?:his|her|their|its)\s++(?:(?!(?:and|or|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"[a-z][\w'’-]*+\s++){0,2}(?!(?:and|or)\s)[a-z][\w'’-]*(?<![^s]s)\s++$",
    re.IGNORECASE)
_BOTH_FIELDS: Final = frozenset({"casualties", "casualty"})
_OR_JOIN: Final = re.compile(r"\s+(?:or|and)\s+", re.IGNORECASE)
_REFERENCE: Final = re.compile(r"\b(?:the|these|those|such)\s+$")  # (in the folded text: bot.classify.lowered)
# "A man shot dead his wife, their two sons and his mother-in-law before turning the gun on himself. Officers found
# the five bodies": the dead counted with "the" are people told before, the killer among them here; the count
# restates a toll, and counts only where the item tells none ("Police found the three bodies in a ditch" is 3).
_DEAD_NOUNS: Final = frozenset({"bodies", "dead"})
_RANGE_BEFORE: Final = re.compile(r"(?<![\w-])(?:\d+|(?!up\b)[a-z]+)\s+(?:to|or)\s+$|between\s+(?:[\w,-]+\s+and\s+)?$", re.IGNORECASE)  # ("up to 5" is no range)
_RANGE_AFTER: Final = re.compile(r"\s*(?:to|or|-)\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)", re.IGNORECASE)


class Count:
    """One count read in a sentence: which field, the number (None when vague), and its span.
    (A plain class with slots, as Hit: built for every count read.)"""

    __slots__ = ("field", "value", "start", "end", "is_total", "perpetrators", "cumulative", "of_wounded",
                 "attackers_left_out", "attackers_unnumbered", "joined", "stopped", "place")

    def __init__(self, field: str, value: int | None, start: int, end: int, is_total: bool = False,
                 perpetrators: bool = False, cumulative: bool = False, of_wounded: bool = False) -> None:
        self.field = field  # "killed" or "injured"
        self.value = value
        self.start = start
        self.end = end
        self.is_total = is_total
        self.perpetrators = perpetrators
        #: a running total over a period ("40,000 have been killed since the war began"), or another
        #: source's estimate ("some sources say 40 were killed"): the item's own count, where it states
        #: one, is the news
        self.cumulative = cumulative
        #: deaths among the wounded counted before ("wounding six ... one of the wounded died"): more dead, as
        #: many wounded fewer (the taxonomy's later deaths of the wounded)
        self.of_wounded = of_wounded
        #: the attackers a toll named as its part, taken out of `value` ("16 killed, including the bomber": 1)
        self.attackers_left_out = 0
        #: whether the toll names attackers as its part with no figure ("14 dead including attackers")
        self.attackers_unnumbered = False
        #: whether a verb joined by "and" to the count before it of the same field tells it ("wounding a woman and
        #: injuring a man"), or a person told by his place after others ("a second woman was wounded"): more people,
        #: never that count restated
        self.joined = False
        #: whether the count is of the attackers only because forces killed or hurt them ("a man was shot dead by
        #: police"), its words naming no attacker: where it is the only count, the dead may as well be victims
        self.stopped = False
        #: the place of one person told after others ("a second man" 2, "a third" 3; "another" 0, one more than those
        #: before), or None: how many the hurt are at least, counted from those an act took before
        self.place: int | None = None

    def __repr__(self) -> str:
        return (f"Count({self.field!r}, {self.value!r}, {self.start}, {self.end}, is_total={self.is_total}, "
                f"perpetrators={self.perpetrators}, cumulative={self.cumulative}, of_wounded={self.of_wounded})")


def casualty_field(hit: Hit) -> str:
    return "injured" if "injured" in hit.categories and "killed" not in hit.categories else "killed"


def is_reference(text: str, hit: Hit, sentence_start: int) -> bool:
    """ "the wounded", "these casualties": a mention of people already counted, not a report."""
    if "toll" in hit.categories:
        return False  # "the death toll rose to 17" is a report
    if _REFERENCE.search(folded(text), max(sentence_start, hit.start - 8), hit.start) is None:
        return False
    return _people_named_after(text, hit) is None  # ("the dead were a soldier and a nurse" names them: a report)


# "The dead were the groom's uncle, 52, and a cousin, 23": the harmed named after "the dead were" are the count,
# listed as a verb's object is ("The dead were buried on Friday" names no one, and stays a mention).
_HARMED_NOUNS: Final = frozenset({"dead", "wounded", "injured"})
#: The copula after "the dead", then the first word of a list of people (an article, a possessive, a number).
_COPULA_AND_PEOPLE: Final = re.compile(
    r"\s+(?:were|are)\s+(?=(?:the|a|an|his|her|their|\d|" + "|".join([*UNITS, *TENS]) + r")\b)", re.IGNORECASE)


def _people_named_after(text: str, hit: Hit) -> re.Match[str] | None:
    """The copula after "the dead" (or "the wounded", "the injured") where people are named after it, or None."""
    if hit.text.lower() not in _HARMED_NOUNS:
        return None
    return _COPULA_AND_PEOPLE.match(text, hit.end)


#: The forms of ACTIVE_FORMS that are also passive participles, whose subject an auxiliary before them names:
#: "three men were hacked to death two days ago", "were wounded 20 km from the town" (no object after them).
_PARTICIPLE_ENDS: Final = ("ed", " to death", "hurt")


def _passive_participle(text: str, hit: Hit, lowered: str, sentence_start: int) -> bool:
    """Whether the active form `hit` (lower case `lowered`) is a participle after a passive auxiliary ("were
    hacked to death", "was wounded"): its count is its subject's, and what follows it is no object."""
    return lowered.endswith(_PARTICIPLE_ENDS) and _OWN_DEATH_BEFORE.search(
        folded(text), max(sentence_start, hit.start - 30), hit.start) is not None


def _is_number(hit: Hit) -> bool:
    return NUMBER in hit.categories and hit.value is not None


def _is_range(text: str, hit: Hit) -> bool:
    """ "six to nine", "20 to 30", "between 5 and 9": a range states no total ("up to 5" is one bound)."""
    # (_RANGE_BEFORE needs "to", "or", "between" or "and" and a space just before the number: tested
    # first, on the one character before the number, then on the words before it)
    if text[hit.start - 1:hit.start].isspace() and text[max(0, hit.start - 30):hit.start].rstrip().lower().endswith(
        ("to", "or", "between", "and")
    ) and _RANGE_BEFORE.search(text, max(0, hit.start - 30), hit.start):
        return True
    # (past blank space, _RANGE_AFTER needs "to", "or" or a dash: the next character is tested first;
    # no other character matches t or o under re.IGNORECASE)
    rest = text[hit.end:hit.end + 20].lstrip()
    if rest and rest[0] not in "tToO-":
        return False
    return _RANGE_AFTER.match(text, hit.end) is not None


def _may_start_list(text: str, start: int, end: int) -> bool:
    """False when the object list at text[start:end] cannot begin: its first item (past blank space)
    must start with a number, a qualifier ("at least") or an article or possessive, each a whole
    first word (a separator cannot start inside a word). A first word of plain ASCII letters is
    enough to tell (they fold to lower case alone under re.IGNORECASE); any other first word is
    left to the regexes."""
    word = _FIRST_WORD.match(text, start, end)
    if word is None:
        return False  # (both regexes start with a word character)
    first = word.group(1)
    if not (first.isascii() and first.isalpha()) or first.lower() in _LIST_FIRST_WORDS or (
            first.lower() in _PERSON_NOUN_SET) or first.lower() in _COLLECTIVE_WORDS:
        return True
    # "killed senior Hamas official Saleh al-Arouri and six others": a titled name (a person noun
    # among its first words is looked for first: the regex is spared the usual "killed in an attack")
    words = text[word.start(1):min(end, word.start(1) + 60)].split()
    for position, title_word in enumerate(words[1:4], 1):
        if title_word.lower().rstrip(".,;:!?") in _PERSON_NOUN_SET:
            # (a person noun after a word or two may be one person: "kills police officer in Kabul")
            return position <= 2 or _TITLED_NAME.match(text, word.start(1), end) is not None
    return False


#: Who told of the toll, after it: ", a military officer and witnesses said", ", the governor told reporters".
_SOURCE_AFTER: Final = re.compile(
    r",\s+(?:(?:a|an|the|two|three|several|local)\s+)?(?:[\w'’-]+\s+){0,4}?(?:and\s+(?:[\w'’-]+\s+){0,3}?)?"
    r"(?:said|says|told)\b", re.IGNORECASE)


#: "with" and a number right before the next casualty word: that word's own count, told beside the
#: object ("killing four soldiers with 11 wounded", "lost three men with two more injured").
_WITH_COUNT_BEFORE_VERB: Final = re.compile(
    rf"\s+with\s+(?:{QUALIFIED_NUMBER_PATTERN})(?:\s+(?:others|other|more|people|of\s+them))?\s*$", re.IGNORECASE)


#: "both" as the whole object of a casualty verb is two people ("attacked two men, killing both", "wounding both
#: of them", "killing both guards"); not where a list of two follows it ("killing both the driver and a
#: passenger" is read as its list), nor "both sides" (a war's two parties, not two people).
_BOTH_OBJECT: Final = re.compile(
    r"\s*both(?:\s+of\s+them|\s+(?!sides\b|the\b|a\b|an\b|his\b|her\b|their\b)(?:[\w'’-]+\s+)?(?:men|women|children|people|[a-z]+s))?"
    r"(?=\s*(?:[,;:.)]|$)|\s+(?:in|at|on|near|during|before|after|when|while|as|inside|outside|with|by)\b)",
    re.IGNORECASE)


#: A figure of people at the end of an object list that runs up to the next casualty word, with a word or two of its
#: own and none of a circumstance before it ("left two others" before "wounded"; "in two attacks" is no subject).
#: (A figure after a list word is a further item: "a farmer and his two sons and wounding four"; one whose words end
#: with "and" or "or" is an item before the next verb's own clause.)
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_NEXT_WORDS_SUBJECT: Final = re.compile(rf"(?<=\s)(?:{QUALIFIED_NUMBER_PATTERN})(?:\s+(?!(?:and|or)\b)[\w'’-]+){{0,2}}\s*$")
_CIRCUMSTANCE_BEFORE: Final = re.compile(
    r"(?:\b(?:in|of|at|on|from|with|during|over|by|for|to|after|before|and|or|his|her|their|its|the)\s+|,\s*)$",
    re.IGNORECASE)


#: A clause of time with a subject and a past verb of its own after an object list: "before police shot", "after the
#: gunman was" ("before being shot", "after fleeing" have no subject: the list's people may be theirs).
_LATER_CLAUSE_IN_LIST: Final = re.compile(
    r"\s(?:before|after|when|while|until|as)\s+(?!being\b|having\b)(?:[\w'’-]+\s+){1,3}?"
    r"(?:[a-z]+ed|shot|struck|hit|beat|slew|fought|caught|took|was|were)\b", re.IGNORECASE)
#: The words _LATER_CLAUSE_IN_LIST needs one of (looked for first).
_LATER_CLAUSE_IN_LIST_NEEDLES: Final = re.compile(r"\b(?:before|after|when|while|until|as)\s", re.IGNORECASE)


def _object_count(text: str, start: int, sentence_end: int, before_verb: bool = False) -> tuple[int | None, int, str]:
    """Parse the object list after an active casualty verb ending at `start`:
    "2 soldiers and 3 militants" -> 5; "a soldier, 4 paramilitaries and 4 civilians" -> 9.
    `before_verb`: `sentence_end` is where the next casualty word starts.
    Returns (value or None when there is no list, end offset, the list text); a list with a group of people
    that no figure counts ("the mayor and his bodyguards") is (None, its end, its text): its total is unknown."""
    stop = _list_end(text, start, sentence_end)
    region_end = stop.start() if stop else sentence_end
    # a last item that runs up to the next casualty word is that word's subject, not an object of this
    # one: "killed 20 people and 10 others wounded", "killed 20 villagers, and a rocket wounded two"
    subject_next = before_verb and stop is None
    if "both" in text[start:start + 8]:
        both = _BOTH_OBJECT.match(text, start, region_end)
        if both is not None:
            return 2, both.end(), both.group().strip()
    if not _may_start_list(text, start, region_end):
        return None, start, ""  # the usual "killed in an attack": no list to split
    source = _SOURCE_AFTER.search(text, start, region_end)
    if source is not None:
        region_end = source.start()  # "killing 13 people, a military officer and witnesses said"
    if not absent(text, _INSERTION_NEEDLES):
        inserted = _LIST_INSERTION.search(folded(text), start, region_end)
        if inserted is not None:
            region_end, subject_next = inserted.start(), False
            if _PART_NAMED_BEFORE.match(text, inserted.start(), stop.end() if stop else sentence_end):
                # "killing seven people, a police officer among them": the part is named before the words
                # that make it one, and is no further item
                comma = text.rfind(",", start, region_end)
                if comma > start:
                    region_end = comma
    if subject_next:
        trailing = _NEXT_WORDS_SUBJECT.search(folded(text), start, region_end)
        if trailing is not None and trailing.start() > start and _CIRCUMSTANCE_BEFORE.search(
                text, max(start, trailing.start() - 12), trailing.start()) is None:
            # "the fatal shooting of three teenagers at a party left two others wounded": a figure right before the
            # next casualty word is its subject, not a further part of a first item that runs on
            region_end = trailing.start()
    if _LATER_CLAUSE_IN_LIST_NEEDLES.search(text, start, region_end):
        later_clause = _LATER_CLAUSE_IN_LIST.search(text, start, region_end)
        if later_clause is not None:
            # "wounding a police officer and four civilians before police shot both of them dead": the list ends where
            # a clause of time with its own subject and verb begins (the next casualty word is in it, and the figure
            # before it is this verb's; "dead" there tells no death of the list's people)
            region_end, subject_next = later_clause.start(), False
    if subject_next and "with" in text[start:region_end]:
        companion = _WITH_COUNT_BEFORE_VERB.search(text, start, region_end)
        if companion is not None:
            region_end = companion.start()  # "losing four men with 11 wounded": the 11 are the next word's
    region = text[start:region_end]
    consumed = 0
    items = 0
    position = 0
    one_before = False  # whether the item before was one person ("the acting minister")
    values: list[int] = []
    nouns: list[str] = []
    first_runs_on = False  # whether the first item, a number, ran on past a short phrase
    first_separator = ""  # the separator after the first item
    for separator in chain(_ITEM_SPLIT.finditer(region), (None,)):  # lazily: most lists end at once
        item_end = separator.start() if separator else len(region)
        item = region[position:item_end].strip()
        if items and separator is None and subject_next:
            break  # the subject of the next casualty word
        last = False  # whether the item ends the list where its circumstances begin
        if items and "who" in item:
            relative = _RELATIVE_AFTER_ITEM.search(item)
            if relative is not None:
                # "killing 9 villagers and a guard who tried to stop them": the clause tells who the
                # last person was, and the list ends with him
                item, item_end, last = item[:relative.start()], position + relative.start(), True
        if items and _item_words(item) > MAX_ITEM_WORDS:
            circumstance = _ITEM_CIRCUMSTANCE.search(item)
            if circumstance is not None:
                item, item_end, last = item[:circumstance.start()], position + circumstance.start(), True
        if items and one_before and separator is not None and _ITEM_PLACE.match(item) and (
                _item_words(item) <= MAX_ITEM_WORDS and region[:position].rstrip().endswith(",")):
            # "the mayor of Tolu, a port on the coast, and his driver": the place is the one before it, and the
            # list goes on past it
            position = separator.end()
            continue
        # the first item may run on ("23 people as well as themselves late Sunday ..."); later ones
        # must be short, or the list has ended ("..., a police official said")
        if not item or (items and (_item_words(item) > MAX_ITEM_WORDS or _ITEM_STOP.search(item)
                                   or _ITEM_EVENT.match(item) or _ITEM_PLACE.match(item) or _ITEM_CLAUSE.search(item)
                                   or _ITEM_SUBJECT.match(item))):
            break
        if items and first_runs_on:
            # "wounded 86 others on April 30 in an attack claimed by X and Y": a number's noun phrase
            # that runs on into the circumstances ends the list ("a candidate running for a seat in
            # the assembly, his driver and a guard" is a person described, and the list goes on)
            break
        first_runs_on = not items and len(item.split()) > MAX_ITEM_WORDS and _ITEM_NUMBER.match(item) is not None
        collective = _COLLECTIVE.match(item) or _POSSESSIVE.match(item)
        # ("another 10 on Saturday", "a further 3": a later group of the same count)
        lead = collective or _OBJECT_GAP.match(item)
        number = _ITEM_NUMBER.match(item, lead.end() if lead else 0)
        after_one, one_before = one_before, False
        if number and items and after_one and number.group() == item and item.isdigit() and int(item) <= MAX_AGE and (
                region[:position].rstrip().endswith(",")):
            # "killing the driver, 52, and three passengers", "killing a boy, 9.": a bare figure set off by a
            # comma after one person is that person's age, as a name is his; the list goes on past it
            if separator is None:
                break
            position, one_before = separator.end(), True
            continue
        if number and items and number.group() == item and values and values[-1] > 1 and nouns[-1].strip() and (
                number.group()[0].isdigit()):
            # "killed two farmers, 40 and 52": bare figures after a counted group named by its noun are the
            # group's ages (people counted by a figure are named by a noun, or by none at the list's head)
            break
        aged = False  # whether the item is one person told by an age
        if number:
            # an item that is a date, a time or a label ends the list: "killed 1 villager on January 1,
            # 1990" lists one villager, not 1,991, and "killed 2 km from his home" no one (the people are
            # the subject's); an item that is an age is one person told by it: "kills 64-year-old woman"
            # (a headline drops the article)
            item_start = start + region.index(item, position)
            if counts_no_one(text, lowered_text(text), item_start + number.start(), item_start + number.end()):
                if not _AGE_AFTER.match(item, number.end()):
                    break
                # (a later item told by an age is one person too: "killing a woman and her 4-year-old son")
                number, aged = None, True
        if number is None and not aged and (items or _POSSESSIVE_FIRST.match(item)) and _UNCOUNTED_GROUP.match(item):
            # (a list with an uncounted group: its total is unknown, a vague count over the whole list)
            return None, start + item_end, region[:item_end]
        if number:
            value = parse_number(number.group())
            if value is None:
                break
            values.append(value)
            nouns.append(item[number.end():])
        elif aged or _ITEM_ONE.match(item) or (not items and (_BARE_PERSON.match(item) or _TITLED_NAME.fullmatch(item)
                                                      or _MODIFIED_PERSON.match(item) or _one_before_a_label(
                                                          text, item, start + region.index(item, position)))):
            values.append(1)
            nouns.append(item)
            one_before = True
        elif not items and separator is not None and _ONE_PRONOUN.fullmatch(item) and _counted_after_a_pronoun(
                region, separator):
            values.append(1)
            nouns.append(item)
            one_before = True
        elif after_one and _BARE_PERSON.match(item):
            # "wounds deputy and prosecutor": a headline's list of people named by role, each one person
            values.append(1)
            nouns.append(item)
            one_before = True
        elif after_one and separator is not None and "and" in separator.group() and _NAME_APPOSITION.fullmatch(item):
            # "the acting minister, Khalil Haqqani, and five others": the name is the person before it
            position = separator.end()
            continue
        else:
            break
        items += 1
        consumed = item_end
        if separator is None or last:
            break
        if items == 1:
            first_separator = separator.group()
        position = separator.end()
    if not items:
        return None, start, ""
    if _apposition_restating(values, nouns, first_separator):
        values, nouns = values[:1], nouns[:1]
    victims, attackers_apart = _without_attackers(values, nouns)
    total = sum(victims)
    if consumed > MAX_EVIDENCE_CHARS:
        # a run-on first item ("23 people as well as themselves late Sunday when ...") is shown short
        cut = region.rfind(" ", 0, MAX_EVIDENCE_CHARS)
        consumed = cut if cut > 0 else MAX_EVIDENCE_CHARS
    # (a list that held attackers apart counts the victims: "killed a suspected bomber, a soldier and 4
    # civilians" is 5 victims, and no text is returned to be read for the attackers' words)
    return total, start + consumed, "" if attackers_apart else region[:consumed]


#: The ages of the people a subject counts, set off by commas: "two men, aged 19 and 23, were killed" (a
#: description of the two, as an insertion is).
# (a list of three ages or more holds commas of its own: "three pupils, aged 7, 8 and 10, were hurt")
_AGES_APPOSITION: Final = re.compile(r",\s*(?:aged|ages)\s+(?:\d{1,3}\s*,\s*)*[^,;]{1,30}?,", re.IGNORECASE)


#: The active forms of a blade's act on the body, whose counted object is hurt where nothing tells the people dead
#: ("a man stabbed two commuters", "stabbing three tourists"): the act names its people as a wounding does.
_STABBING_VERBS: Final = frozenset({"stabbed", "stabs", "stabbing",
                                    # and a shot's, where the attack reads it as one: a doer before it and counted
                                    # people as its object ("gunmen shot two guards and wounded a third" is three)
                                    "shot", "shoots"})
#: The forms of a shot among them, whose doer must be the subject of its clause.
_SHOT_VERBS: Final = frozenset({"shot", "shoots"})
#: A relative pronoun as the doer right before a verb (an adverb between): the clause describes the noun before it.
_RELATIVE_DOER_BEFORE: Final = re.compile(r"\b(?:who|whom|that|which)\s+(?:[\w'’-]+ly\s+|also\s+|then\s+)?$",
                                          re.IGNORECASE)
#: Words before the verb that make it a passive or a noun: "had been stabbed", "after being stabbed", "a stabbing".
_NO_ACTIVE_BEFORE: Final = re.compile(
    r"(?<![\w'’-])(?:been|being|was|were|is|are|get|gets|got|getting|a|an|the|fatal|fatally|deadly)\s+$", re.IGNORECASE)
#: An object told dead after it: "stabbed two women to death" is counted as a death by its own phrase.
_DONE_TO_DEATH: Final = re.compile(r"\bto\s+death\b|\bdead\b|\bfatally\b", re.IGNORECASE)
#: The stabbed then killed by the same doer, named again by a pronoun: "stabbed a student and killed her".
_THEN_KILLED_AGAIN: Final = re.compile(
    r"[^.;]{0,60}?\band\s+(?:then\s+|later\s+)?(?:killed|murdered|kills|murders)\s+(?:him|her|them)\b", re.IGNORECASE)


#: A pronoun alone as a killing verb's object, the people named before again: "and killed her", "and killed them."
_PRONOUN_ALONE: Final = re.compile(r"\s+(?P<pronoun>him|her|them)\b(?!\s+(?:and|,|[\w'’-]+\s+(?:and|,)))",
                                   re.IGNORECASE)
#: The past forms of an act on a person that take him as their object: "stabbed a guard", "shot a policeman".
_ACT_TAKING_ONE: Final = frozenset({"stabbed", "shot", "attacked", "assaulted", "wounded", "injured", "hacked",
                                    "beat", "struck", "rammed"})
#: The verbs of an act that takes people as its object by the doer who then kills them: "stabbed a student",
#: "abducted two farmers", "shot a guard".
_ACT_TAKING_PEOPLE: Final = re.compile(
    r"\b(?:stabbed|stabs|shot|shoots|abducted|abducts|kidnapped|kidnaps|seized|seizes|attacked|attacks|assaulted|"
    r"assaults|beat|beats|tortured|tortures)\s+", re.IGNORECASE)
#: The words between the act's object and the killing verb: the same clause joined by "and".
_AND_THEN: Final = re.compile(r"[^.;:]{0,60}?\band\s+(?:then\s+|later\s+)?$", re.IGNORECASE)


def _killed_again(text: str, hit: Hit, sentence_start: int, sentence_end: int) -> tuple[int, int, int] | None:
    """(value, start, end) of the dead that a killing verb names again by a pronoun alone, the object of an act on
    people joined to it by "and" in its clause ("A man stabbed a student on a tram and killed her" is killed 1;
    "abducted two farmers and killed them" 2); else None. The pronoun agrees with the count ("him"/"her" one)."""
    pronoun = _PRONOUN_ALONE.match(text, hit.end, sentence_end)
    if pronoun is None:
        return None
    acts = list(_ACT_TAKING_PEOPLE.finditer(text, sentence_start, hit.start))
    if not acts:
        return None
    act = acts[-1]
    value, end, _ = _object_count(text, act.end(), hit.start)
    if not value or _AND_THEN.fullmatch(text, end, hit.start) is None:
        return None
    if (value == 1) != (pronoun.group("pronoun").lower() != "them"):
        return None
    return value, act.start(), pronoun.end()


def people_stabbed(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The most people that an asserted stabbing verb among `spans` (the attack's evidence) takes as its counted object
    ("a man stabbed two people at a station" is 2, "Boy stabs two pupils" the same two restated), and where that
    object ends; (0, 0) where none does."""
    most = most_end = 0
    for start, end in spans:
        verb = text[start:end].lower()
        if verb not in _STABBING_VERBS or _NO_ACTIVE_BEFORE.search(text, max(0, start - 12), start):
            continue
        if verb in _SHOT_VERBS and _RELATIVE_DOER_BEFORE.search(text, max(0, start - 30), start):
            continue  # "police kill a gunman who recently shot two officers": the shot describes the gunman

        gap = _OBJECT_GAP.match(text, end)
        value, after, listed = _object_count(text, gap.end() if gap else end, len(text))
        if value and not _DONE_TO_DEATH.search(listed) and not _THEN_KILLED_AGAIN.match(text, after) and value > most:
            most, most_end = value, after
    return most, most_end


def _clean_gap(text: str, start: int, end: int) -> str:
    """text[start:end] without its insertions ("including 5 policemen") and ages ("aged 19 and 23")."""
    gap = text[start:end]
    if "age" in gap:
        gap = _AGES_APPOSITION.sub(" ", gap)
    if absent(text, _INSERTION_NEEDLES):
        return gap
    return _INSERTION.sub(" ", gap) if _INSERTION_HINT.search(fold(gap)) else gap


def _names_perpetrators(text: str, words: str) -> bool:
    """Whether `words` (a part of `text`) names the attackers."""
    # (most texts hold no perpetrator word at all: asked once per text, the words are spared the test)
    return (not absent(text, _PERPETRATOR_NEEDLES) and _may_name_perpetrators(fold(words))
            and _perpetrator_in(text, words, 0, len(words)))


def _perpetrator_in(text: str, words: str, start: int, end: int) -> bool:
    """Whether words[start:end] names the attackers: an attacker word, or fighters of a side that
    `text` tells attacking."""
    named = [match.group() for match in PERPETRATOR_WORDS.finditer(words, start, end)]
    if not named:
        return False
    if any(_FIGHTER_WORDS.fullmatch(word) is None for word in named):
        return True
    return _FIGHTERS_ATTACKING.search(text) is not None


def _count_of_one_told(text: str, field: str, value: int, start: int, end: int, words: str) -> Count:
    """The count of a person told by `words` before the casualty word that ends at `end`: the attackers where the words
    name them, or where forces did the harm ("the driver was shot dead by police": one killed by the forces that
    stopped an attack is its perpetrator, whatever the text calls him; marked `stopped`)."""
    named = _names_perpetrators(text, words) or _driver_of_the_ramming(text, _THE_DRIVER_LAST.sub(" the driver", words),
                                                                         start)
    count = Count(field, value, start, end, perpetrators=named or _KILLED_BY_FORCES.match(text, end) is not None
                  or _REFLEXIVE_OF_A_PASSIVE.match(text, end) is not None
                  or _REFLEXIVE_OF_A_PASSIVE_BEFORE.search(text, max(start, end - 40), end) is not None)
    count.stopped = count.perpetrators and not named
    return count


#: A person told by his place after others: "a second woman", "a third man" (see _ORDINALS), "another man".
_ONE_MORE_BY_PLACE: Final = re.compile(r"\b(?:another|an?\s+(?P<ordinal>" + "|".join(_ORDINALS) + r"))\b", re.IGNORECASE)
#: One person told new by "a" and added by "also" right before his harm: "A passer-by was also wounded" is one more
#: than the hurt told before, as "another" is ("The driver was also hurt" names one maybe told already).
_ALSO_A_NEW_ONE: Final = re.compile(r"(?<![\w'’-])(?:a|an)\s+[^,;.]*?\balso\s+$", re.IGNORECASE)
#: "of" after an ordinal: a part of a group ("a third of the passengers"), no person told by his place.
_A_PART_OF: Final = re.compile(r"\s+of\b", re.IGNORECASE)
#: One of a pair told by a pronoun or its figure: "One of them", "one of the two".
_ONE_OF_A_PAIR: Final = re.compile(r"(?:one|1)\s+of\s+(?:them|the\s+(?:two|2|pair))\b", re.IGNORECASE)
#: The other of the pair told doing what only a doer does, after the one's harm: "and the other detonated the bombs",
#: "while the other was arrested" (one of two victims may flee or be wounded too: no doer's act).
_THE_OTHER_DOES: Final = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,6}?(?:and|while|as)\s+the\s+other(?:\s+(?:one|man|\d))?\s+(?:(?:then|later)\s+)?"
    r"(?:detonated|blew\s+himself\s+up|set\s+off|opened\s+fire|surrendered|(?:was|got)\s+(?:arrested|captured|detained))\b",
    re.IGNORECASE)


def _one_of_doers(text: str, start: int, end: int, sentence_end: int) -> bool:
    """Whether the count that `start` opens and a casualty word ends at `end` is one of a pair whose other the sentence
    tells doing a doer's act: "One of them was shot dead by police and the other detonated the bombs" tells the pair
    the attackers, the one's death apart from the toll."""
    return ("other" in folded(text)[end:sentence_end] and _ONE_OF_A_PAIR.match(text, start) is not None
            and _THE_OTHER_DOES.match(text, end, sentence_end) is not None)


#: A vehicle as the subject of ramming, the act its driver does: "A car rammed through the gates", "a truck ploughed
#: into the crowd" (its driver is the attacker, as a bomber is).
# (and a vehicle a doer drives into people or a place, "a man drove his car into a group of soldiers", as the object of
# the verb of driving: the one who drove it is the driver; in any sentence of the item before the driver's death,
# "... wounding four. Troops shot the driver dead": the driver told again)
_VEHICLES: Final = r"(?:car|truck|lorry|van|vehicle|suv|jeep|pickup|minibus)"
_RAMMING_VEHICLE: Final = re.compile(
    rf"\b{_VEHICLES}\s+(?:[\w'’-]+\s+){{0,2}}?(?:rammed|rams|ramming|ploughed|"
    r"plowed|ploughs|plows|smashed|slammed)\b"
    rf"|\b(?:drove|drives|driving|steered|steers|steering)\s+(?:a|an|his|her|their|the|its)\s+(?:[\w'’-]+\s+)?{_VEHICLES}"
    r"\s+into\b", re.IGNORECASE)
#: The driver alone as a casualty verb's object, no one's else ("killing the driver", not "the driver of the bus").
_THE_DRIVER_ALONE: Final = re.compile(r"\s*(?:the|its)\s+driver\s*", re.IGNORECASE)
#: The words before "the driver" that ends the words of one person told ("Troops shot the driver"), which leave him alone.
_THE_DRIVER_LAST: Final = re.compile(r"^.*\s(?:the|its)\s+driver\s*$", re.IGNORECASE | re.DOTALL)


def _driver_of_the_ramming(text: str, listed: str, verb_start: int) -> bool:
    """Whether the people a casualty verb counts are "the driver" of a vehicle the item tells ramming before the
    verb: "A car rammed the gates and exploded, killing the driver" tells the attacker's own death, reported apart,
    and so does "A man drove his car into soldiers, wounding four. Troops shot the driver dead" (a bus's driver killed
    by a blast beside it is a victim: nothing he drove rammed)."""
    return ("driver" in listed and _THE_DRIVER_ALONE.fullmatch(listed) is not None
            and _RAMMING_VEHICLE.search(text, 0, verb_start) is not None)


def _may_name_perpetrators(low: str) -> bool:
    """False when `low`, a part of a text folded (bot.classify.lowered.folded), holds no perpetrator
    word in any letter case, so PERPETRATOR_WORDS cannot match in it (see bot.classify.lowered.absent:
    the same test, made on the few words of a count instead of the whole text)."""
    return any(map(low.__contains__, _PERPETRATOR_NEEDLES))  # (the tests mapped in C, as in absent)


def read_counts(text: str, hits: list[Hit], casualty_indexes: list[int], sentence: tuple[int, int],
                background: bool) -> list[Count]:
    """The counts of one sentence. `casualty_indexes` point at asserted casualty words in `hits`."""
    used: set[int] = set()  # number hits already counted
    joined_deaths: set[int] = set()  # starts of death words whose people a harm joined before them counts
    counts: list[Count] = []
    sentence_start, sentence_end = sentence
    # whether the text can hold an insertion ("including 5 policemen") at all, asked once here rather
    # than for every number before every casualty word (most texts hold none)
    insertions = not absent(text, _INSERTION_NEEDLES)
    number_of = not absent(text, _NUMBER_OF_NEEDLES)
    for index in casualty_indexes:
        hit = hits[index]
        field = casualty_field(hit)
        lowered = " ".join(hit.text.lower().split())
        after = hits[index + 1] if index + 1 < len(hits) else None
        number_of_harmed = _NUMBER_OF.search(text, max(sentence_start, hit.start - 40), hit.start) if number_of else None
        if "toll" in hit.categories or number_of_harmed is not None:
            # "the death toll rose to 30", "raises death toll from rebel attacks in east to 17"; "the
            # number of people killed has climbed to 34" is a toll told in other words, and so is "the number of
            # injured had risen to 28" a toll of the hurt
            told = None
            for later in range(index + 1, min(index + 8, len(hits))):
                number = hits[later]
                if _is_number(number) and later not in used and words_between(text, hit.end, number.start) <= 10:
                    if _TOLL_GAP.fullmatch(text, hit.end, number.start) or _TOLL_TO.search(text, hit.end, number.start):
                        told = later
                    elif _TOLL_FROM.fullmatch(text, hit.end, number.start):
                        # "raising the toll from two to three": the figure it went from is the old one
                        told = _raised_to(text, hits, later)
                        if told is not None:
                            used.add(later)
                    break
            if told is None:
                told = _risen_toll(text, hits, index, sentence_end, used)
            if told is not None:
                number = hits[told]
                used.add(told)
                # "the total number of soldiers killed in the conflict now stands at 24": a
                # running total over a period, the news only where the item counts no event of its own
                running = _RUNNING_TOTAL.search(text, max(sentence_start, hit.start - 40), number.start)
                # "raising an earlier toll of 13": a toll the news has replaced, counted only where the item
                # states no other
                earlier = _EARLIER_TOLL.search(text, max(sentence_start, hit.start - 30), hit.start)
                counts.append(Count(field, number.value, hit.start, number.end, is_total=True,
                                    cumulative=running is not None or earlier is not None))
            if told is not None or field == "killed":
                continue
        if hit.start in joined_deaths:
            continue  # "were stabbed and killed": the people of the harm before, counted there as dead
        death = _death_joined_to_harm(text, hits, index, sentence_end) if field == "injured" else None
        if death is not None:
            # "two passengers were stabbed on a train and were killed": the stabbed who were killed are the dead,
            # not more hurt; the death word names no one of its own
            field = "killed"
            joined_deaths.add(hits[death].start)
        # "killing or wounding 50", "killing and injuring dozens": one number for two fields is neither
        elif after is not None and _joined_verbs(text, hit, after):
            used.update(i for i in range(index + 1, min(index + 3, len(hits))) if _is_number(hits[i]))
            continue
        if index > 0 and _joined_verbs(text, hits[index - 1], hit):
            continue
        if background or lowered in _BOTH_FIELDS:
            continue  # "40 casualties" mixes killed and injured: no number for either
        named_after = _people_named_after(text, hit) if lowered in _HARMED_NOUNS else None
        if named_after is not None:
            value, end, _ = _object_count(text, named_after.end(), sentence_end)
            if end > named_after.end():
                # (who the dead were restates a toll told, where the item tells one: "killing four. The dead were
                # a soldier and three nurses"; cumulative, it counts only where none is told)
                counts.append(Count(field, value, hit.start, end, cumulative=True))
                continue
        fatal_act = lowered in _ACTS_ON_PEOPLE and fatal_act_of_people(text, hit)
        if (lowered in ACTIVE_FORMS or fatal_act) and not (
                after is not None and index + 1 in used and after.start - hit.end < 3) and not (
                _passive_participle(text, hit, lowered, sentence_start)):
            again = _killed_again(text, hit, sentence_start, sentence_end) if field == "killed" else None
            if again is not None:
                # "stabbed a student on a tram and killed her": the people the act took are the dead
                counts.append(Count(field, again[0], again[1], again[2]))
                continue
            alone = _ANOTHER_ALONE.match(text, hit.end, sentence_end)
            if alone is not None:
                # "killed two policemen and wounded another in the attack": "another" alone is one person
                counts.append(Count(field, 1, hit.start, alone.end()))
                counts[-1].place = 0  # one more than the people an act took before ("stabbed two and wounded another")
                continue
            # ("the killing of three people": the noun's people follow "of", as after "the deaths of")
            noun_of = _KILLING_NOUN_OF.match(text, hit.end) if lowered in _KILLING_NOUNS or fatal_act else None
            gap = _OBJECT_GAP.match(text, noun_of.end() if noun_of else hit.end)
            object_start = gap.end() if gap else hit.end
            if after is not None and "vague" in after.categories and after.start <= object_start + 1:
                counts.append(Count(field, None, hit.start, after.end))
                continue
            # the list ends before the next casualty word: "the death of 2 people and the wounding of
            # 5 others" lists 2 people (its "the wounding" is no third item)
            # (but a verb of the doer's own end takes no subject from the list: "shot dead his wife and her partner
            # before killing himself" lists 2)
            list_end, subject_next = sentence_end, False
            for later in range(index + 1, len(hits)):
                if not _CASUALTY_WORDS.isdisjoint(hits[later].categories):
                    list_end, subject_next = hits[later].start, not _SELF_AFTER.match(text, hits[later].end)
                    break
            value, end, listed = _object_count(text, object_start, list_end, subject_next)
            if value is not None or end > object_start:  # (a list whose total is unknown: None)
                for i in range(index + 1, len(hits)):
                    if hits[i].start >= end:
                        break
                    if _is_number(hits[i]):
                        used.add(i)
                ranged = after is not None and _is_number(after) and _is_range(text, after)
                counts.append(Count(field, None if ranged else value, hit.start, end,
                                    perpetrators=_names_perpetrators(text, listed) or (
                                        bool(listed) and _SUSPECTS_AFTER.search(
                                            folded(text), object_start, min(sentence_end, end + _SUSPECTS_REACH)) is not None)
                                    or _driver_of_the_ramming(text, listed, hit.start)))
                place = _ONE_MORE_BY_PLACE.match(text[hit.end:end].lstrip()) if value == 1 else None
                if place is not None and not (place["ordinal"] and _A_PART_OF.match(text[hit.end:end].lstrip(), place.end())):
                    # "stabbed two guards and wounded a third": the object told by his place after others is one
                    # more than the people an act took before it (engine._with_the_hurt_by_place), as a subject is
                    counts[-1].place = _ORDINALS.index(place["ordinal"].lower()) + 2 if place["ordinal"] else 0
                continue
        if "and" in lowered_text(text)[sentence_start:hit.start] and _doers_own_end(text, hits, index, sentence_start):
            continue  # "a man stabbed two passengers and was shot dead by police": the attacker's own death, apart
        some_fatally = _struck_some_fatally(text, hits, index) if field == "killed" else None
        if some_fatally is not None:
            struck, dead, struck_object = some_fatally
            used.update((hits.index(dead), hits.index(struck)))
            counts.append(Count("killed", dead.value, dead.start, hit.end))
            counts.append(Count("injured", struck.value - dead.value, struck.start, dead.start))  # type: ignore[operator]
            # (the rest of a verb's struck object are people of their own, never another count of the hurt restated:
            # "shot two officers, one fatally, and wounded a bystander" is two hurt; a heading's figure is restated)
            counts[-1].joined = struck_object
            continue
        subject = _subject_count(text, hits, index, sentence_start, used, insertions)
        if subject is not None:
            counts.append(Count(field, subject[0], subject[1], hit.end, perpetrators=subject[2] or _one_of_doers(
                                    text, subject[1], hit.end, sentence_end),
                                of_wounded=subject[3], cumulative=lowered in _DEAD_NOUNS and _REFERENCE.search(
                                    folded(text), max(sentence_start, subject[1] - 8), subject[1]) is not None))
            gapped = _gapped_count(text, hits, index, used)
            if gapped is not None:
                counts.append(Count(field, hits[gapped].value, hits[gapped].start, hits[gapped].end))
            continue
        if insertions and _hit_inside_insertion(text, hit, sentence_start, sentence_end):
            # "killing at least 15 people, including 13 policemen and 1 soldier killed": the casualty word
            # of an insertion tells a part of the count before it, counted already
            continue
        # (the wounded only: two shot dead after they acted are as often the attackers, "Two drivers rammed
        # soldiers. Both drivers are shot dead", as their victims)
        if field == "injured" and "both" in folded(text)[max(sentence_start, hit.start - 40):hit.start]:
            both = _BOTH_SUBJECT.search(text, max(sentence_start, hit.start - 40), hit.start)
            if both is not None:
                counts.append(Count(field, 2, both.start(), hit.end))  # "Both injured officers were taken to hospital"
                continue
        condition = _condition_after_harm(text, hit.start, sentence_start) if field == "injured" else None
        if condition is not None:
            # "A man in his 20s is in a critical condition after being shot" (the attacker where forces stopped him:
            # "a gunman is in hospital after being shot by police")
            counts.append(_count_of_one_told(text, field, 1, condition.start(), hit.end, condition.group()))
            continue
        # "A journalist has been killed", "Ukrainian soldier dies": a singular subject is one person
        if field != "killed" and lowered not in {"was stabbed", "was shot"}:
            # an injury needs a person named ("a child was wounded", "and another seriously injured"):
            # "the attacker escaped in a taxi and was injured" names no one new
            singular = _singular_person(text, hit.start, sentence_start) or _ANOTHER.search(
                text, max(sentence_start, hit.start - 30), hit.start) or _one_opening_a_passive(
                text, hit, lowered, sentence_start)
        else:
            singular = _singular_subject(text, hit.start, sentence_start) or (
                _singular_person(text, hit.start, sentence_start)) or _aged_name(text, hit.start, sentence_start)
            if singular is None and (lowered.split(" ", 1)[0] in _INTRANSITIVE or lowered.startswith(_PASSIVE_STARTS)
                                     or (lowered == "death" and _TO_BEFORE.search(text, max(0, hit.start - 4), hit.start))):
                # ("a prisoner died of his wounds": a death phrase that opens with its intransitive verb;
                # "stabbed a shopkeeper to death": the one person done to death stands before "to")
                # ("a canvas vendor was killed": the passive phrase holds its own "was")
                singular = _SINGULAR_INTRANSITIVE.search(text, max(sentence_start, hit.start - 60), hit.start)
                if singular is None and lowered == "death":
                    singular = _ONE_OWN_DONE_TO_DEATH.search(text, max(sentence_start, hit.start - 40), hit.start - 3)
                if singular is None and lowered.startswith(_PASSIVE_STARTS):
                    singular = _SUBJECT_OPENING_THE_SENTENCE.match(text, sentence_start, hit.start)
            if singular is None and lowered.endswith(_BARE_PARTICIPLE_ENDS):
                singular = _one_opening_a_passive(text, hit, lowered, sentence_start)
                if singular is None and _NO_OBJECT_AFTER.match(text, hit.end):
                    # (a heading drops the article and the auxiliary too: "Key witness in trial shot dead outside court")
                    singular = _BARE_SUBJECT_OPENING.match(text, sentence_start, hit.start)
        if singular is None and "," in text[max(sentence_start, hit.start - 80):hit.start]:
            singular = _person_before_participle(text, hit.start, sentence_start)
        # (a death's subject described in commas is one more where an ordinal tells his place, "A third victim, a
        # woman, was also killed": one told by his place after others is no part of the toll told before)
        if singular and _one_clause(singular.group(), not lowered.endswith("ing") and (
                field == "injured" or _ONE_MORE_BY_PLACE.search(singular.group()) is not None)):
            # "the driver was shot dead by police": one killed by the forces that stopped an attack is
            # its perpetrator, whatever the text calls him
            joined, start = _joined_persons_before(text, singular.start(), singular.end(), sentence_start, hit)
            if not joined and "plural" in singular.re.groupindex and singular["plural"]:
                continue  # "Police and a medic were wounded": the one person is a part of a group no figure counts
            counts.append(_count_of_one_told(text, field, 1 + joined + _along_with(text, hits, index, sentence_end, used),
                                             start, hit.end, text[start:singular.end()]))
            # "wounding his wife ... A second woman also received stab wounds", "injures one. Another man was injured":
            # the hurt told by his place after others is one more, never the one before restated
            # ("another" is one more only after a count of the hurt before it: engine._total)
            place = _ONE_MORE_BY_PLACE.search(singular.group()) if field == "injured" else None
            if place is not None:
                counts[-1].joined = place["ordinal"] is not None
                counts[-1].place = _ORDINALS.index(place["ordinal"].lower()) + 2 if place["ordinal"] else 0
            elif field == "injured" and _ALSO_A_NEW_ONE.search(text, sentence_start, singular.end()) is not None:
                counts[-1].place = 0  # "stabbed two women. A passer-by was also injured": one more, as "another" is
            continue
        named = _named_subject(text, hit, sentence_start)
        if named is not None:
            # "radio host Jane Roe is shot dead", "Jane Roe, 24, is shot in the leg": one person named
            counts.append(_count_of_one_told(text, field, 1 + _along_with(text, hits, index, sentence_end, used), named,
                                             hit.end, text[named:hit.start]))
    if counts and "after" in folded(text)[sentence_start:sentence_end]:
        for marker in _TIME_AFTER.finditer(text, sentence_start, sentence_end):
            if words_between(text, sentence_start, marker.start()) < MIN_MAIN_CLAUSE_WORDS:
                continue  # "Two days after the bombing, 5 more died": the fronted clause dates the news
            for count in counts:
                if count.start >= marker.end():
                    # "killed nine on Sunday, a day after 14 soldiers were killed in an ambush": an
                    # earlier event's toll, counted only where the item states none of its own
                    count.cumulative = True
    if len(counts) > 1 and "and" in folded(text)[sentence_start:sentence_end]:
        _mark_joined_verbs(text, counts)
    for index, count in enumerate(counts):
        if count.value == 1 and _ONE_MORE_PERSON.match(text, count.start) and any(
                before.field == count.field for before in counts[:index]):
            # "injures one while another victim was injured": one more than the sentence's count before, not it restated
            count.joined = True
    if counts and "behind" in folded(text)[sentence_start:sentence_end]:
        for count in counts:
            if _DOERS_BEHIND_AN_ACT.search(text, max(sentence_start, count.start - 80), count.start):
                # "struck militants behind an ambush that killed 16 soldiers": the toll of the act that names the
                # target, counted only where the item states none of its own
                count.cumulative = True
    if len(counts) > 1 and _contrasted_tellers(text, counts, sentence_start, sentence_end):
        for count in counts:
            count.is_total = True  # two sources' estimates of one toll: the larger stands, none is added
    if counts and not absent(text, _OTHER_ESTIMATE_NEEDLES) and _OTHER_ESTIMATE.search(folded(text), sentence_start, sentence_end):
        for count in counts:
            count.cumulative = True  # "Some sources say 40 were killed": another estimate of the toll told
    if counts and ("includ" in folded(text)[sentence_start:sentence_end]
                   or "among them" in folded(text)[sentence_start:sentence_end]):
        for count in counts:
            _leave_out_attackers_included(text, count, sentence_start, sentence_end)
    if counts and "suicide" in folded(text)[sentence_start:sentence_end] and MURDER_SUICIDE.search(
            text, sentence_start, sentence_end):
        for count in counts:
            _leave_out_the_doer_of_a_murder_suicide(text, count, sentence_start)
    if counts and "also" in folded(text)[sentence_start:sentence_end]:
        for match in _ALSO_HIT.finditer(text, sentence_start, sentence_end):
            if any(count.end <= match.start() for count in counts) and not counts_no_one(
                    text, lowered_text(text), match.start("number"), match.end("number")):
                # "X is wounded by gunfire; two of his bodyguards are also hit": the people hit as well are
                # harmed as the one before was (hit by the fire told), wounded
                counts.append(Count("injured", parse_number(match.group("number")), match.start(), match.end()))
    for count in counts:
        if count.field == "injured" and _PART_OF_THE_GROUP.match(folded(text), count.start) and hurt_to_a_degree_part(text, count):
            # "Four officers were stabbed. Two of the officers suffered serious injuries": how badly some of the people
            # counted before are hurt, counted only where the item counts no hurt of its own
            count.cumulative = True
    for count in counts:
        if told_in_a_state_of_the_hurt(text, count):
            # "17 were hurt; three remain in a critical condition": the state tells how badly some of the hurt are,
            # counted only where the item counts no hurt of its own ("killing two; two others remain in a serious
            # condition" is injured 2)
            count.cumulative = True
    if counts and _SPAN_NEEDLES.search(folded(text), sentence_start, sentence_end):
        for tally in _PERFECT_OVER_A_SPAN.finditer(text, sentence_start, sentence_end):
            for count in counts:
                if count.start <= tally.start() <= count.end:
                    # "almost 400 people have been killed in the last six days": a running total over the span, the
                    # news only where the item counts no act of its own
                    count.cumulative = True
    if counts and "among" in folded(text)[sentence_start:sentence_end]:
        for count in counts:
            if _AMONG_THE_HARMED.search(text, count.start, count.end):
                # "12 civilians are among the dead": a part of a toll, at least that many; the count
                # where the item states no whole toll ("killing 30 ...; 12 civilians are among the dead" is 30)
                count.cumulative = True
    if len(counts) > 1 and "bodies" in folded(text)[sentence_start:sentence_end]:
        _bodies_within_the_acts_toll(text, counts)
    if len(counts) > 1:
        counts = _struck_with_their_dead(text, counts)
    if len(counts) > 1:
        counts = _without_parts_told_after(text, counts)
    return counts


#: A count told in the perfect over a span of days or more that reaches back from the news: "have been killed in the
#: last six days", "have died over the past two weeks" (a running total; "in the past day" may be the day's own toll).
_PERFECT_OVER_A_SPAN: Final = re.compile(
    r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|also\s+)?(?:been\s+[\w-]+(?:\s+dead)?|died|perished)\b[^,;.]{0,60}?"
    r"\b(?:in|over|during|within|across)\s+the\s+(?:last|past|previous)\s+(?:(?:few|several|[\w-]+)\s+)?"
    r"(?:days|weeks?|months?|years?)\b", re.IGNORECASE)
#: The words _PERFECT_OVER_A_SPAN needs (searched in the folded text first).
_SPAN_NEEDLES: Final = re.compile(r"\b(?:last|past|previous)\s")


#: A toll told in a relative clause of the act's noun: "the strike that killed 40", "the blast, which has killed 12".
_TOLL_OF_THE_ACT_BEFORE: Final = re.compile(r"\b(?:that|which)\s+(?:(?:has|had|have)\s+)?$", re.IGNORECASE)
#: The most characters between a relative word and the toll's casualty word (an auxiliary between).
MAX_RELATIVE_TOLL_GAP: Final = 12


def _bodies_within_the_acts_toll(text: str, counts: list[Count]) -> None:
    """Mark a count of bodies cumulative where its sentence describes the act by its toll: "Rescuers pull 12 more
    bodies from the rubble of the building hit by the strike that killed 40" (the bodies found are among the 40 the
    act killed; a running toll is not added to its own act's). A body count with no such toll stands ("Police found
    12 bodies", "17 bodies were recovered and six more victims died")."""
    tolls = [count for count in counts if count.field == "killed" and not text.endswith("bodies", 0, count.end)
             and count.value is not None and _TOLL_OF_THE_ACT_BEFORE.search(
                 text, max(0, count.start - MAX_RELATIVE_TOLL_GAP - 10), count.start) is not None]
    if not tolls:
        return
    for count in counts:
        if count.field == "killed" and text.endswith("bodies", 0, count.end) and count.value is not None and (
                count.value <= max(toll.value or 0 for toll in tolls)):
            count.cumulative = True


# "four people are shot, leaving three critically injured", "wounding nine, of whom four seriously", "wounded
# nine, four of them badly": people told after "leaving", "of whom" or "of them" with a figure no larger than a
# count of the same harm before them are a part of those people (how badly some of them are hurt), not more
# people; "killing two and leaving five injured" tells another harm, and "leaving five others injured" more people.
_PART_MARKER_BEFORE: Final = re.compile(r"\b(?:leaving|left|of\s+whom|of\s+them|among\s+them|among\s+whom)\s+"
                                        r"(?:(?:at\s+least|about|some|nearly|almost)\s+)?$", re.IGNORECASE)
#: A count that opens with its figure and "of them": "four of them seriously injured", "two of whom".
# (and "of which", as people are often told: "52 civilians were killed, 39 of which in the city alone")
_PART_MARKER_AFTER: Final = re.compile(r"[\w,-]+\s+of\s+(?:them|whom|those|which)\b", re.IGNORECASE)
#: People added to those before: "leaving five others injured", "two more".
_MORE_PEOPLE: Final = re.compile(r"\b(?:others?|more|another|further)\b", re.IGNORECASE)


#: A count of the hurt told with how badly, after "with" or as a part of a definite group: "injured 10, with one
#: severely wounded", "two of the officers suffered serious injuries" (how badly some of those counted are hurt; "with
#: 11 wounded" tells more people, no degree).
_DEGREE_OF_HARM: Final = re.compile(r"\b(?:seriously|critically|severely|badly|gravely|serious|critical|severe|grave|"
                                    r"life-threatening)\b", re.IGNORECASE)
_WITH_BEFORE: Final = re.compile(r"\bwith\s+$", re.IGNORECASE)
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_PART_OF_THE_GROUP: Final = re.compile(r"[\w-]+\s+of\s+(?:the|these|those)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+s\b")


#: The state of the hurt a count's injured phrase ends with: "remain in a serious condition" (taxonomy.toml).
STATE_OF_THE_HURT: Final = re.compile(r"\bin\s+(?:a\s+)?[\w-]+\s+condition$", re.IGNORECASE)


def told_in_a_state_of_the_hurt(text: str, count: Count) -> bool:
    """Whether the injured `count` counts people told in a state of the hurt (see STATE_OF_THE_HURT), which
    says how badly people are hurt, often a part of a toll of the hurt told beside it."""
    return count.field == "injured" and STATE_OF_THE_HURT.search(text, count.start, count.end) is not None


def hurt_to_a_degree_part(text: str, count: Count) -> bool:
    """Whether the injured `count` tells how badly a part of people counted before are hurt (see _DEGREE_OF_HARM)."""
    return count.field == "injured" and _DEGREE_OF_HARM.search(text, count.start, count.end) is not None and (
        _WITH_BEFORE.search(text, max(0, count.start - 6), count.start) is not None
        or _PART_OF_THE_GROUP.match(folded(text), count.start) is not None)


def _without_parts_told_after(text: str, counts: list[Count]) -> list[Count]:
    """The counts of a sentence without those that tell a part of an earlier count of the same harm (see
    _PART_MARKER_BEFORE): the part is among the people counted, not added to them."""
    kept: list[Count] = []
    for count in counts:
        earlier = [other for other in kept if other.field == count.field and other.value is not None
                   and not other.perpetrators and other.end <= count.start]
        if earlier and count.value is not None and count.value <= max(other.value for other in earlier) and (  # type: ignore[type-var]
                _PART_MARKER_BEFORE.search(text, max(earlier[-1].end, count.start - 30), count.start) is not None
                or _PART_MARKER_AFTER.match(text, count.start) is not None or hurt_to_a_degree_part(text, count)) and (
                _MORE_PEOPLE.search(text, count.start, count.end) is None):
            continue
        kept.append(count)
    return kept


#: The passives of being hit by a shot or a blade, which name everyone hit, the dead among them ("six are shot,
#: two fatally"), where "wounded" and "injured" name those who lived.
_STRUCK_FORMS: Final = ("is shot", "are shot", "was shot", "were shot", "is stabbed", "are stabbed", "was stabbed",
                        "were stabbed")


def _struck_with_their_dead(text: str, counts: list[Count]) -> list[Count]:
    """The counts of a sentence with the count of the people struck (see _STRUCK_FORMS) made that of the hurt
    alone, where the sentence tells after it how many of them died: "four officers are shot, with two killed" has
    two hurt; and dropped where it also tells how many were hurt ("four are shot, one dead and three injured":
    the parts tell the whole)."""
    for struck in [count for count in counts if count.field == "injured" and count.value
                   and text[count.start:count.end].lower().endswith(_STRUCK_FORMS)]:
        later = [count for count in counts if count.start > struck.start and not count.perpetrators]
        dead = sum(count.value or 0 for count in later if count.field == "killed")
        if not dead or dead > struck.value:  # type: ignore[operator]
            continue
        if any(count.field == "injured" for count in later):
            counts = [count for count in counts if count is not struck]
        else:
            struck.value -= dead  # type: ignore[operator]
    return counts


#: One person named right before a point: "his press officer", "a young guard".
_PERSON_ENDS: Final = re.compile(
    r"(?<![\w'’-])(?:[\w'’-]+\s+){0,2}(?:police officer|" + "|".join(_PERSON_NOUNS) + r")$", re.IGNORECASE)
#: A participle phrase set off by commas between a subject and its singular verb: "his press officer,
#: travelling in the back seat, was wounded"; or a past participle's, a stage of a case told of the person
#: ("the farmer, found guilty of two murders, is stabbed to death").
_PARTICIPLE_INSERTION_BEFORE: Final = re.compile(
    rf",\s+(?:[a-z]+ing|{APPOSED_STAGE_WORDS})\b[^,;]{{0,60}},\s*"
    r"(?:(?:was|is|has\s+been)\s+(?:\w+ly\s+)?)?$")


def _person_before_participle(text: str, end: int, sentence_start: int) -> re.Match[str] | None:
    """One person as the subject of a casualty word at `end`, a participle phrase in commas between
    them ("a guard, standing at the gate, was shot"): the person before the phrase, or None."""
    insertion = _PARTICIPLE_INSERTION_BEFORE.search(text, max(sentence_start, end - 80), end)
    if insertion is None:
        return None
    return _PERSON_ENDS.search(text, max(sentence_start, insertion.start() - 60), insertion.start())


#: A singular auxiliary (and an adverb) right before a casualty participle, or the phrase's own ("was shot").
_SINGULAR_AUXILIARY: Final = re.compile(
    r"\b(?:is|was|has\s+been)\s+(?:(?:also|reportedly|fatally|critically|seriously|badly|gravely|later)\s+)?$",
    re.IGNORECASE)
#: The subject of a clause that is one person named: a name of two to four capitalised words after a few
#: words of title ("radio broadcaster Jane Roe", "Olimpia midfielder Juan Perez"), maybe with an apposition in
#: commas (", 24,", ", a candidate for mayor of Springfield, Ohio,", ", who played for the club,"). No
#: preposition among the title words: "a bus in New York" is no person.
_NAME: Final = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:al-|bin\s+|de\s+|del\s+|da\s+|van\s+|von\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3}"
_NAMED_SUBJECT: Final = re.compile(
    rf"(?:(?:(?!(?:in|at|on|of|from|near|for|with|by|to|and|the|a|an)\s)[\w'’-]+\s+){{0,4}}?{_NAME}"
    r"(?:\s*,\s*[^;,]{1,60}(?:,\s*[^;,]{1,40}){0,2},)?"
    # or one person described, then named in commas: "a tribal elder, Omar Hassan Ali,"
    rf"|(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+,\s+{_NAME},)\s+")
#: Collective nouns that end a capitalised name of many: no named person ("the Border Police", "the National Army").
_NOT_A_NAME_END: Final = re.compile(r"\b(?:forces|police|army|guard|troops|people|team|crew|family|group|unit|"
                                    r"battalion|brigade|regiment|party|movement|government|ministry|service)\s*(?:,|$)",
                                    re.IGNORECASE)


def _named_subject(text: str, hit: Hit, sentence_start: int) -> int | None:
    """Where the clause subject starts when it is one person named and the casualty word `hit` follows a
    singular auxiliary ("Filipino radio host Jane Roe is shot dead by a gunman", "Jane Roe, a candidate
    for mayor of Springfield, is shot dead"), else None. The clause opens the sentence or follows a
    semicolon."""
    aux = _SINGULAR_AUXILIARY.search(text, max(sentence_start, hit.start - 40), hit.start)
    if aux is not None:
        end = aux.start()
    elif hit.text.lower().startswith(_PASSIVE_STARTS):
        end = hit.start  # ("was shot": the phrase holds its auxiliary)
    else:
        return None
    clause = max(sentence_start, text.rfind(";", sentence_start, end) + 1, text.rfind("\n", sentence_start, end) + 1)
    while clause < end and text[clause].isspace():
        clause += 1
    if end - clause > 200 or not any(char.isupper() for char in text[clause:end]):
        return None
    match = _NAMED_SUBJECT.fullmatch(text, clause, end)
    if match is None:
        return None
    name_end = text.find(",", clause, end)
    if _NOT_A_NAME_END.search(text, clause, name_end if name_end >= 0 else end):
        return None
    return clause


#: After a passive casualty word of one person, the others harmed with him: "is shot dead during a rally
#: along with two of her supporters", "was killed together with six others", "along with his three sons and a
#: nephew" (N people more, and one more named after "and"). (Not after a number of people: in "28 soldiers
#: and six civilians die, along with 45 Afghans" the 45 may be the other side, the attackers.)
_ALONG_WITH: Final = re.compile(
    rf"[^;.]{{0,80}}?\b(?:along|together)\s+with\s+(?:at\s+least\s+)?(?:his\s+|her\s+|their\s+)?(?P<number>{NUMBER_PATTERN})"
    r"(?=\s+(?:of\s+(?:his|her|their|its)\b|other\b|others\b|(?:[\w'’-]+\s+)?(?:[\w'’-]+s|people|men|women|children)\b))"
    r"(?:[\w'’\s-]{0,30}?\s+and\s+(?P<one>an?|his|her|their)\s+[\w'’-]+"
    r"(?=\s*(?:[,.;]|$|\s+(?:in|at|on|near|during|by|from|when|while|after|before|as|outside|inside)\b)))?",
    re.IGNORECASE)


#: One person named after "along with" by a singular noun of a person: "was shot dead along with his bodyguard".
_ALONG_WITH_ONE: Final = re.compile(
    r"[^;.]{0,80}?\b(?:along|together)\s+with\s+(?:his|her|their|an?)\s+(?:[\w'’-]+\s+)?(?:"
    + "|".join(_PERSON_NOUNS) + r")(?![\w'’-])", re.IGNORECASE)


def _along_with(text: str, hits: list[Hit], index: int, sentence_end: int, used: set[int]) -> int:
    """How many more people "along with N ..." after the casualty word hits[index] adds to its count (0
    for none); the number's hit is marked used."""
    hit = hits[index]
    if "with" not in folded(text)[hit.end:min(sentence_end, hit.end + 120)]:
        return 0
    match = _ALONG_WITH.match(text, hit.end, sentence_end)
    if match is None:
        return 1 if _ALONG_WITH_ONE.match(text, hit.end, sentence_end) is not None else 0
    if counts_no_one(text, lowered_text(text), match.start("number"), match.end("number")):
        return 0  # ("along with 20 years of savings": a measure, no people)
    for later in range(index + 1, len(hits)):
        other = hits[later]
        if other.start >= match.end():
            break
        if not _COUNTING.isdisjoint(other.categories) or later in used:
            return 0  # (another casualty word between: the number is its own)
        if other.start == match.start("number"):
            used.add(later)
    value = parse_number(match.group("number"))
    return (value or 0) + (1 if value and match.group("one") else 0)


#: People counted and "also hit" (or shot) after a harm told in their sentence: "two of his bodyguards are also
#: hit", "three bystanders were also shot" (people named by a plural person noun: "two cars were also hit"
#: counts no one).
_PLURAL_PERSONS: Final = ("(?:" + "|".join(sorted(_PERSON_NOUNS, key=len, reverse=True)) + ")s"
                          "|people|men|women|children|others|policemen|servicemen|passers-by")
# "Both injured officers were taken to hospital", "both were wounded", "both guards were hurt": "both" as the subject
# of a wound, or before the wound's adjective, is two people (as "killing both" is): people named by a plural noun
# of people, or by none.
_BOTH_SUBJECT: Final = re.compile(
    rf"(?<![\w'’-])[Bb]oth\s+(?:of\s+them\s+)?(?:(?:{_PLURAL_PERSONS})\s+)?"
    r"(?:(?:were|are|have\s+been|had\s+been)\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
#: A subject's figure of people with the persons it counts set off in commas, the closing comma right before its
#: passive: "Two bystanders, a woman aged 62 and a boy of 11, were wounded" (the persons are who the figure's people
#: were, no more of them; with no closing comma they are a list of more: "two soldiers, a medic and a driver were
#: killed"). Each person opens with an article or a possessive.
_MEMBERS_SET_OFF: Final = re.compile(
    rf"(?<![\w'’-])(?P<number>{NUMBER_PATTERN})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_PLURAL_PERSONS})\s*,"
    r"(?P<members>\s*(?:an?|the|his|her|their)\s+[^,;:()]{1,40}?(?:(?:,\s*|\s+and\s+|,\s*and\s+)(?:an?|the|his|her|their)\s+"
    r"[^,;:()]{1,40}?)+)\s*,\s+(?P<auxiliary>(?:were|are|have\s+been|had\s+been)\s+(?:(?:\w+ly|also)\s+)?)?$", re.IGNORECASE)
#: Between two persons set off in commas (see _MEMBERS_SET_OFF).
_MEMBER_SPLIT: Final = re.compile(r"(?:,\s*|\s+and\s+|,\s*and\s+)(?=(?:an?|the|his|her|their)\s)", re.IGNORECASE)
MAX_MEMBERS_SET_OFF_CHARS: Final = 160
#: A casualty word that holds its passive's auxiliary, or an intransitive death: what the people set off are the
#: subject of ("were killed", "died").
_PASSIVE_OR_INTRANSITIVE: Final = re.compile(r"(?:were|are|have\s+been|had\s+been)\s|(?:died|perished)\b", re.IGNORECASE)


def _members_set_off(text: str, hit: Hit, sentence_start: int) -> re.Match[str] | None:
    """The subject's figure before the passive at `hit` whose people are named one by one in commas after it, as many
    as it counts ("Two bystanders, a woman aged 62 and a boy of 11, were wounded" is 2, the ages no count), or None."""
    start = max(sentence_start, hit.start - MAX_MEMBERS_SET_OFF_CHARS)
    if text.count(",", start, hit.start) < 2:
        return None
    match = _MEMBERS_SET_OFF.search(text, start, hit.start)
    if match is None or not (match.group("auxiliary") or _PASSIVE_OR_INTRANSITIVE.match(hit.text)):
        return None  # (an active verb after them has them as its doers: "Two gunmen, a man and a boy, killed three")
    if parse_number(match.group("number")) != len(_MEMBER_SPLIT.split(match.group("members").strip())):
        return None
    return match


_ALSO_HIT: Final = re.compile(
    rf"(?<![\w'’-])(?P<number>{NUMBER_PATTERN})\s+(?:of\s+(?:his|her|their|its|the)\s+)?(?:[\w'’-]+\s+)?"
    rf"(?:{_PLURAL_PERSONS})\s+(?:are|were|have\s+been)\s+also\s+(?:hit|shot)\b(?!\s+(?:at|down)\b)",
    re.IGNORECASE)


#: The end of a count that names its people as a part of the harmed ("are among the dead").
_AMONG_THE_HARMED: Final = re.compile(r"\bamong\s+the\s+(?:dead|wounded|injured)$", re.IGNORECASE)


#: The attackers named as part of a toll just told: "16 people were killed, including the bomber",
#: "killing 12 including the two gunmen", "five died, including the 17-year-old shooter", "shoots six people, including himself" (a few words of the
#: toll's circumstances may come between).
# (the attackers end the insertion, not a person of theirs nor one more person: "including the bomber's
# brother", "including the gunman and his wife"; an "and" that goes on with the next verb goes on with the
# sentence: "killing nine people including the bomber and wounding 14")
_ATTACKERS_WHO: Final = (
    # (a word or two may describe the attackers: "the lone gunman", "the 19-year-old shooter")
    rf"(?:(?P<number>{NUMBER_PATTERN}|both)\s+)?(?:(?:suicide|lone|armed|female|male|teenage|young|alleged|"
    r"suspected|\d{1,2}-year-old)\s+){0,2}(?P<who>himself|herself|themselves|attackers?|assailants?|gunm[ae]n|bombers?|perpetrators?|shooters?|hostage-takers?|"
    r"hijackers?)\b(?!['’]|\s+and\s+(?![a-z]+ing\b))")
_ATTACKERS_INCLUDED: Final = re.compile(
    r"(?:\s+[A-Za-z'’-]+){0,7}?(?:\s*,?\s+(?:including|among\s+them)\s+(?:the\s+|all\s+)?" + _ATTACKERS_WHO
    # or named first, the insertion's word after them: "killing seven, the gunman among them"
    + r"|\s*,\s+(?:the\s+|all\s+)?" + _ATTACKERS_WHO.replace("?P<", "?P<after_") + r"\s+(?:among\s+them|included))",
    re.IGNORECASE,
)


#: The attackers counted before a toll in its sentence ("Two female suicide bombers blew themselves up"): whom a
#: plural reflexive in the toll ("killing nine people including themselves") names.
_ATTACKERS_COUNTED: Final = re.compile(
    rf"(?<![\w'’-])(?P<number>{NUMBER_PATTERN})\s+(?:[\w'’-]+\s+){{0,2}}?" + PERPETRATOR_WORDS.pattern, re.IGNORECASE)


def _attackers_a_reflexive_names(text: str, sentence_start: int, toll_start: int) -> int | None:
    """How many "themselves" names in a toll: the attackers its sentence counted before the toll, the subject that
    did the act ("Two bombers blew themselves up ..., killing nine including themselves" is 2), or None where the
    sentence counts them nowhere before (a plural reflexive alone tells no number)."""
    counted = [match for match in _ATTACKERS_COUNTED.finditer(text, sentence_start, toll_start)
               if not counts_no_one(text, lowered_text(text), match.start("number"), match.end("number"))]
    return parse_number(counted[-1].group("number")) if counted else None


def _leave_out_attackers_included(text: str, count: Count, sentence_start: int, sentence_end: int) -> None:
    """Take the attackers a toll names as its part out of it ("16 people were killed in the blast,
    including the suicide bomber" is 15 victims): attackers are reported apart from the toll, in a
    list or in an insertion. One attacker for "the bomber", the number for "the two gunmen"; a plural
    without a number ("including the attackers") leaves the toll as it is."""
    if count.field != "killed" or count.value is None or count.perpetrators:
        return
    match = _ATTACKERS_INCLUDED.match(text, count.end, sentence_end)
    if match is None:
        # the insertion inside a subject, between its number and the verb: "19 people, including the
        # bomber, were killed"
        number = _ITEM_NUMBER.match(text, count.start, count.end)
        if number is None:
            return
        match = _ATTACKERS_INCLUDED.match(text, number.end(), count.end)
        if match is None:
            return
    group = "number" if match.group("number") else "after_number"
    number = match.group(group)
    if number and number.lower() != "both" and counts_no_one(text, lowered_text(text), match.start(group), match.end(group)):
        number = None  # (a label or a date before the attackers counts none of them)
    who = (match.group("who") or match.group("after_who")).lower()
    if number:
        attackers = 2 if number.lower() == "both" else parse_number(number)
    elif who == "themselves":
        attackers = _attackers_a_reflexive_names(text, sentence_start, count.start)
    else:
        attackers = None if who.endswith("s") or who == "gunmen" else 1
    if attackers is None:
        count.attackers_unnumbered = True
    elif attackers < count.value:
        count.value -= attackers
        count.attackers_left_out = attackers


#: The dead named as a murder-suicide: the doer who took his own life is among them.
MURDER_SUICIDE: Final = re.compile(r"\bmurder[\s‐–—-]*suicides?\b", re.IGNORECASE)


def _leave_out_the_doer_of_a_murder_suicide(text: str, count: Count, sentence_start: int) -> None:
    """Take the doer out of a toll its sentence calls a murder-suicide ("Four people were found shot dead in what
    police called a murder-suicide" is 3 victims): the dead counted as a subject hold him, as a toll "including the
    gunman" does; the toll opens its sentence, its subject. (An active verb's object is his victims only: "killed his
    wife and two sons in a murder-suicide" is 3; a toll that already left attackers out is left as it is.)"""
    if count.field != "killed" or count.value is None or count.value < 2 or count.perpetrators or (
            count.attackers_left_out or text[sentence_start:count.start].strip() or (
                _ITEM_NUMBER.match(text, count.start) is None)):
        return
    count.value -= 1
    count.attackers_left_out = 1


def leave_out_attackers_restated(title: list[Count], summary: list[Count]) -> None:
    """A title's toll that names attackers among its dead with no figure ("14 dead including attackers") is the
    summary's toll restated where the summary's, before its attackers were taken out, is that figure ("14 people
    died, among them the five attackers"): it is the victims' toll of the summary (docs/taxonomy.md, Counts). So is
    a title's bare toll of the same figure ("Suicide car bomber hits checkpoint, nine dead" over "killing nine people
    including the bomber"): a heading counts the dead its summary counts, and the summary tells who they are."""
    for told in title:
        if told.value is not None and not told.perpetrators:
            for count in summary:
                if count.attackers_left_out and count.value is not None and (
                        count.value + count.attackers_left_out == told.value):
                    told.value = count.value
                    break


#: Another source's estimate of a toll the item states: it counts only where the item states none of
#: its own ("... killed at least 47. Some sources say 40 were killed" is 47, not 87).
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_OTHER_ESTIMATE: Final = re.compile(
    r"\b(?:some|other|different|conflicting|unofficial)\s+(?:sources|reports|estimates|accounts|tallies)\b"
    r"|\baccording\s+to\s+(?:some|other)\b"
)
#: Between a passive casualty word and a second number that shares its verb: "Three people were killed
#: in Kharkiv and two in Odesa" (the verb is left out the second time).
_GAP_BEFORE: Final = re.compile(r"(?:\s+(?:in|at|near|on|across)\s+[^,;.]{1,40}?)?,?\s+and\s+", re.IGNORECASE)
_GAP_AFTER: Final = re.compile(r"\s+(?:more\s+|others?\s+|people\s+)?(?:in|at|near|on|across)\s", re.IGNORECASE)


def _gapped_count(text: str, hits: list[Hit], index: int, used: set[int]) -> int | None:
    """The index of a number after the casualty word hits[index] that is its count again, with the
    verb left out: "were killed in Kharkiv and two in Odesa" (two more killed), or None."""
    hit = hits[index]
    for later in range(index + 1, min(index + 4, len(hits))):
        candidate = hits[later]
        if not _COUNTING.isdisjoint(candidate.categories):
            return None
        if not _is_number(candidate):
            continue
        if later in used or not _GAP_BEFORE.fullmatch(text, hit.end, candidate.start) or not _GAP_AFTER.match(
                text, candidate.end):
            return None
        used.add(later)
        return later
    return None


#: The gap between two counts of one harm told by verbs joined with "and": "wounding a woman and lightly injuring a man".
_AND_BETWEEN_VERBS: Final = re.compile(r"\s*,?\s+and\s+(?:(?:\w+ly|also|then)\s+)?", re.IGNORECASE)


#: A count of one person told as one more than those before ("while another victim was injured", "a third man was
#: wounded"): more people, never a count before restated (Count.joined).
_ONE_MORE_PERSON: Final = re.compile(
    r"(?:(?:and|while|whilst|whereas|but|as)\s+)?(?:another|an?\s+(?:" + "|".join(_ORDINALS) + r"))\b", re.IGNORECASE)


def _mark_joined_verbs(text: str, counts: list[Count]) -> None:
    """Mark each count of a verb joined by "and" to the count of the same field right before it (Count.joined)."""
    for before, count in zip(counts, counts[1:], strict=False):
        if before.field == count.field and before.end <= count.start and text[count.start:count.start + 1].islower() and (
                _AND_BETWEEN_VERBS.fullmatch(text, before.end, count.start)):
            count.joined = True


#: People named by an act they are behind, its toll in a relative clause: "targeted militants behind an ambush that
#: killed 16 soldiers", "hunting the gang behind a raid which killed two guards". The act describes its doers, the
#: news is what is done to them (a copula makes it an attribution, read by scope.attributes_known_act: "a militia
#: is behind the attack that killed 20").
_DOERS_BEHIND_AN_ACT: Final = re.compile(
    r"(?<![\w'’-])(?!(?:is|are|was|were|be|been|being|stand|stands|stood|remain|remains|remained|firmly|squarely|"
    r"allegedly|reportedly)\s)[a-z][\w'’-]*\s+behind\s+(?:[\w'’-]+\s+){1,5}?(?:that|which)\s+(?:(?:had|has|have)\s+)?$",
    re.IGNORECASE)


#: A clause set a time after an earlier event: "..., a day after 14 soldiers were killed", "two weeks
#: after a bombing killed 30".
_TIME_AFTER: Final = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|seven|several|few|\d{1,2})\s+(?:hours?|days?|weeks?|months?)|"
    r"the\s+day|a\s+day)\s+after\b", re.IGNORECASE)
#: The fewest words before a time-after clause for it to follow a main clause of its own.
MIN_MAIN_CLAUSE_WORDS: Final = 3
#: Two sources set against each other in one sentence: "local sources reported 85 soldiers and 50
#: civilians killed, while state sources said over 300 were killed" tells two estimates of one toll.
#: (Any teller: "officials say over 100 were killed, while local doctors say at least 80 died", "according to the state
#: agency 29 are killed, while activists report 9 deaths".)
_TELLER_SAID: Final = (r"(?:\b[\w'’-]+\s+(?:\w+\s+)?(?:said|say|says|reported|report|reports|claimed|claim|claims|put|puts|"
                       r"estimated|estimate|estimates|counted)\b|\baccording\s+to\b)")
#: (a semicolon sets two tellers' clauses side by side as "while" does: "the group said it killed 40 soldiers; the army
#: said nine soldiers were killed")
_CONTRASTED_SOURCES: Final = re.compile(
    rf"{_TELLER_SAID}[^;]*?(?:\b(?:while|whereas|but)\s+|;\s+)(?:[\w'’-]+\s+){{0,3}}?{_TELLER_SAID}", re.IGNORECASE)
#: The words a contrast of tellers needs in its sentence (looked for before the regex).
_CONTRAST_NEEDLES: Final = ("while", "whereas", "but", ";")


def _contrasted_tellers(text: str, counts: list[Count], sentence_start: int, sentence_end: int) -> bool:
    """Whether the sentence sets two tellers against each other ("officials say ..., while doctors say ...") with a
    count of the same harm on each side of the contrast: two estimates of one toll."""
    window = folded(text)[sentence_start:sentence_end]
    if not any(needle in window for needle in _CONTRAST_NEEDLES):
        return False
    contrast = _CONTRASTED_SOURCES.search(text, sentence_start, sentence_end)
    if contrast is None:
        return False
    turn = _CONTRAST_WORD.search(text, contrast.start(), contrast.end())
    if turn is None:
        return False
    if any(before.field == after.field and _same_people(text, before, after) for before in counts
           if before.end <= turn.start() for after in counts if after.start >= turn.end()):
        return True
    # (each a count of the dead as they were found, not of a side's own kills: "the army claims to have killed 80
    # fighters while the rebels claim to have killed six soldiers" are two tolls, of two sides)
    # (and the later one an estimate of the same dead, its people unnamed: "80 people died", "9 deaths"; "while the army
    # said a soldier died" names other dead, added)
    told = [count for count in counts if not _done_by_a_side(text, count)]
    return any(before.field == after.field for before in told if before.end <= turn.start()
               for after in told if after.start >= turn.end() and (
                   "sources" in folded(text)[turn.end():sentence_end] or _names_no_one(text, after)))


#: The person nouns in their plurals too, a word of people named: "a soldier", "two policemen", "35 militants".
_NAMED_PEOPLE: Final = re.compile(
    r"\b(?:" + "|".join(sorted({*_PERSON_NOUNS, *(_plural(noun) for noun in _PERSON_NOUNS)} - {"person", "people"},
                                key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _names_no_one(text: str, count: Count) -> bool:
    """Whether `count` names its dead by no word of who they were ("80 people died", "9 deaths")."""
    words = text[count.start:count.end]
    return _NAMED_PEOPLE.search(words) is None and not _names_perpetrators(text, words)


#: A teller who is the doer, right before its verb of harm: "claims to have killed", "said they killed", "says it shot dead".
_TELLER_DID: Final = re.compile(r"(?:\bto\s+have|\b(?:they|it|we|he|she)\s+(?:had\s+|have\s+|has\s+)?)\s*$", re.IGNORECASE)


def _done_by_a_side(text: str, count: Count) -> bool:
    """Whether `count` is read as the object of an active verb of harm whose doer is its teller ("the army claims to
    have killed 80 fighters", "the rebels said they killed six soldiers"): a side's own kills, not an estimate."""
    first = _FIRST_WORD.match(text, count.start, count.end)
    return first is not None and first.group(1).lower() in ACTIVE_FORMS and _TELLER_DID.search(
        text, max(0, count.start - 20), count.start) is not None


_CONTRAST_WORD: Final = re.compile(r"\b(?:while|whereas|but)\b|;", re.IGNORECASE)


#: The person nouns of _NAMED_PEOPLE by their plurals: a noun named in either number is one noun.
_SINGULAR_OF: Final = {_plural(noun): noun for noun in _PERSON_NOUNS}


def _same_people(text: str, before: Count, after: Count) -> bool:
    """Whether two counts told by two tellers name their people by the same noun: one side's kills and the other side's
    losses of the same people ("the group said it killed 40 soldiers; the army said nine soldiers were killed") are two
    estimates of one toll, as two tellers' figures of the dead are (the larger stands)."""
    named = {_SINGULAR_OF.get(match.group().lower(), match.group().lower()) for match in _NAMED_PEOPLE.finditer(text, before.start, before.end)}
    return bool(named) and any(_SINGULAR_OF.get(match.group().lower(), match.group().lower()) in named
                               for match in _NAMED_PEOPLE.finditer(text, after.start, after.end))
#: Lower-case words one of which _OTHER_ESTIMATE must match (see bot.classify.lowered.absent): the
#: text is searched for them once, not each sentence with a count for the regex.
_OTHER_ESTIMATE_NEEDLES: Final = frozenset({"sources", "reports", "estimates", "accounts", "tallies", "according"})


#: One person named before "and" in a subject: "a soldier and", "the commander and", "Noor and", "his
#: wife and" (a name is one to three capitalised words that open the sentence or follow a comma).
_PERSON_AND: Final = re.compile(
    r"(?:(?<![\w'’-])(?i:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+"
    r"|(?:^|(?<=,\s)|(?<=\.\s))[A-Z][\w'’.-]*(?:\s+(?:al-|bin\s+|de\s+)?[A-Z][\w'’.-]*){0,2})\s+and\s+$"
)
_AND_WORD: Final = re.compile(r"and\s+", re.IGNORECASE)
#: Two people named by bare nouns joined by "and", in a headline's words, right before the casualty word:
#: "Soldier and civilian killed", "Local councillor and bodyguard shot dead", "mayor and his driver killed".
_BARE_PAIR: Final = re.compile(
    rf"(?<![\w'’-])(?:{'|'.join(_PERSON_NOUNS)})\s+and\s+(?:(?:his|her|their)\s+)?(?:[\w'’-]+\s+)?"
    rf"(?:{'|'.join(_PERSON_NOUNS)})\s+$", re.IGNORECASE)
#: A plural verb before or in a casualty phrase: the subject is more than one.
_PLURAL_VERB: Final = re.compile(r"\b(?:were|are|have)\b", re.IGNORECASE)


def _joined_persons_before(text: str, start: int, end: int, sentence_start: int, hit: Hit) -> tuple[int, int]:
    """How many persons are joined by "and" before a subject of one person, with a plural verb ("a soldier
    and a civilian were killed", "the commander and his driver were killed"): (their number, the new
    start). A singular verb or a plain noun before the "and" joins no one ("troops and a medic was ..." is
    not written; "Police and a medic were ..." names no number of police: no one is added)."""
    # ("shot a cleric and an associate to death": the objects done to death are joined with no verb)
    to_death = hit.text.lower() == "death" and _TO_BEFORE.search(text, max(0, hit.start - 4), hit.start) is not None
    if not hit.text.lower().startswith(_PASSIVE_STARTS):
        pair = _BARE_PAIR.search(text, max(sentence_start, hit.start - 60), hit.start)
        if pair is not None:
            return 1, pair.start()  # "Soldier and civilian killed in shelling": a headline's two people
    if not to_death and not _PLURAL_VERB.search(text, max(sentence_start, start), hit.end):
        return 0, start
    # (the one person's phrase may hold the "and" itself: "and a civilian")
    joined = _AND_WORD.match(text, start, end)
    anchor = joined.end() if joined else start
    match = _PERSON_AND.search(text, max(sentence_start, anchor - 60), anchor)
    if match is None:
        return 0, start
    words = match.group().lower().split()[:-1]  # (without the "and")
    if words[0] in _NOT_ONE_PERSON or words[-1] in _NOT_ONE_PERSON or (words[-1].endswith("s")
                                                                      and not words[-1].endswith("ss")):
        return 0, start  # a group or a plural ("the police and a medic", "the markets and a child")
    return 1, match.start()


#: Words that open or end a phrase naming no one person: "Police and a medic were killed", "the
#: army and a child", "In Kabul and ...".
_NOT_ONE_PERSON: Final = frozenset({"police", "army", "military", "taliban", "staff", "crew", "people", "family",
                                    "group", "government", "forces", "in", "on", "at", "after", "during", "both",
                                    "market", "town", "village", "city", "area", "base", "building", "house",
                                    "camp", "school", "hospital", "mosque", "church", "street", "road", "bus", "car"})


#: Casualty phrases that hold their own auxiliary ("was killed", "was shot dead").
_PASSIVE_STARTS: Final = ("was ", "is ", "has been ")
#: Those auxiliaries right before a participle of death that lacks them ("is shot dead"), and how far they reach.
_AUXILIARY_BEFORE: Final = re.compile(r"\s(?:was|is|has\s+been)\s+$")
MAX_AUXILIARY_CHARS: Final = 10
#: The auxiliary with an adverb of manner, time or report before the participle, which leaves the passive what it is
#: ("A cook was also wounded", "was seriously hurt"; not one that denies the harm, "was nearly killed").
_AUXILIARY_AND_ADVERB_BEFORE: Final = re.compile(
    r"\s(?:was|is|has\s+been)\s+(?:(?!(?:nearly|narrowly|barely|hardly|only)\b)[a-z]+ly|also|then|later)\s+$", re.IGNORECASE)
MAX_AUXILIARY_ADVERB_CHARS: Final = 30
#: The ends of a participle of death a heading's passive stands in without its auxiliary ("shot dead", "killed",
#: "stabbed to death").
_BARE_PARTICIPLE_ENDS: Final = ("ed", " dead", " to death")
#: The ends of a participle of harm after its auxiliary and the subject of one person ("was wounded", "was hurt").
_ONE_PASSIVES_PARTICIPLE_ENDS: Final = (*_BARE_PARTICIPLE_ENDS, "hurt")
# "22y.o. Valeriy Herovkin killed", "52-year-old Anna Kovacs was injured": a person named with an age
# is one person.
_AGED_NAME: Final = re.compile(
    r"(?<![\w'’-])\d{1,3}\s*(?:y\.\s?o\.|yo\b|-year-old|\s+year\s+old|-years-old)\s+"
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:(?:was|has\s+been|is)\s+)?$"
)


def _aged_name(text: str, end: int, sentence_start: int) -> re.Match[str] | None:
    start = max(sentence_start, end - 60)
    if not any(char.isdigit() for char in text[start:end]):
        return None
    return _AGED_NAME.search(text, start, end)


def _singular_subject(text: str, end: int, sentence_start: int) -> re.Match[str] | None:
    start = max(sentence_start, end - 80)
    if not any(word in _SINGULAR_VERBS for word in folded(text)[start:end].split()[-2:]):
        return None
    return _SINGULAR_SUBJECT.search(text, start, end)


def _one_clause(subject: str, described: bool) -> bool:
    """Whether the subject of one person before a casualty word holds no comma but those of his age, or, where
    `described`, of his description ("A third man, a customer, was wounded") or one before a participle that tells
    his harm ("A fourth man, shot in the leg,"): a comma else ends a clause of its own. (Only a person hurt is told
    so: before an -ing form the comma ends the act whose result it tells, "shot a guard, wounding two" names no one
    wounded; and a death's subject keeps to its clause, the one described in commas maybe a part of a toll told.)"""
    subject = _AGE_OF_A_PERSON_RE.sub("", subject)
    if described:
        subject = _DESCRIBED_IN_COMMAS_RE.sub("", subject).rstrip(", ")
    return "," not in subject


def _one_opening_a_passive(text: str, hit: Hit, lowered: str, sentence_start: int) -> re.Match[str] | None:
    """The subject of one person that opens the sentence with "a" before the auxiliary of the passive participle at
    `hit`, however long his description: "A former commander critical of the president is shot dead" is one dead,
    "A night watchman was wounded" one hurt (the participle alone is the casualty word; the noun needs no list of
    persons, the article and the auxiliary tell one), or None."""
    if not lowered.endswith(_ONE_PASSIVES_PARTICIPLE_ENDS):
        return None
    auxiliary = _AUXILIARY_BEFORE.search(text, max(sentence_start, hit.start - MAX_AUXILIARY_CHARS), hit.start) or (
        _AUXILIARY_AND_ADVERB_BEFORE.search(text, max(sentence_start, hit.start - MAX_AUXILIARY_ADVERB_CHARS), hit.start))
    if auxiliary is None:
        return None
    return _SUBJECT_OPENING_THE_SENTENCE.match(text, sentence_start, auxiliary.start() + 1)


def _singular_person(text: str, end: int, sentence_start: int) -> re.Match[str] | None:
    start = max(sentence_start, end - MAX_ONE_PERSON_CHARS)
    # (the noun may stand before "suffered" and two describing words: "officer suffered serious head injuries";
    # before an age, "man in his 20s was critically", or before "was treated with two gunshot"; and before a clause
    # that describes him: "a woman, who was jogging nearby, also received multiple stab wounds")
    if not any(word.rstrip(",").endswith(_ONE_PERSON_HEADS) for word in folded(text)[start:end].split()[-14:]):
        return None
    return _SINGULAR_PERSON.search(text, start, end)


def _condition_after_harm(text: str, end: int, sentence_start: int) -> re.Match[str] | None:
    """One person whose state after the harm told at `end` is told before it (see _CONDITION_AFTER_HARM), or None."""
    start = max(sentence_start, end - MAX_CONDITION_CHARS)
    window = folded(text)[start:end]
    if "after" not in window or not any(needle in window for needle in _CONDITION_NEEDLES):
        return None
    return _CONDITION_AFTER_HARM.search(text, start, end)


#: A heading's bare participle of being struck between the struck's figure and the dead's: "Six shot, one fatally",
#: "Three stabbed, two fatally" (the heading's "six are shot, one fatally"; its first figure counts everyone struck).
_STRUCK_BEFORE_FATALLY: Final = re.compile(
    r"\s+(?:(?:people|persons|men|women|teens|teenagers|children|officers|students)\s+)?(?:shot|stabbed)\s*,\s*",
    re.IGNORECASE)
#: The active verb of striking right before the struck's figure, its object: "shot two guards, one of whom died",
#: "stabbed four people, two fatally" (the figure counts everyone struck, the dead among them).
#: (In one line: a heading's last word is no verb of the summary's first figure.)
#: (and a heading's present: "Man stabs three at bus stop, one dies")
_STRIKING_BEFORE: Final = re.compile(r"\b(?:shot|stabbed|shooting|stabbing|shoots|stabs) +$", re.IGNORECASE)
#: The death words that tell a part of the struck dead with no "of whom" when right after its figure, as "fatally"
#: does: "stabs three, one dies", "shot two guards, one later died" (the figure's own clause, its verb intransitive).
_DEATHS_OF_A_PART: Final = frozenset({"died", "dies", "die"})
_BEFORE_A_PARTS_DEATH: Final = re.compile(r"\s+(?:(?:later|since|subsequently)\s+)?", re.IGNORECASE)
#: The struck's noun after their figure, with where and when they were struck, up to the comma before the dead's
#: figure: " guards, ", " police officers at a checkpoint on Monday, " (no verb or conjunction among them: "six
#: people are shot, two fatally" tells the struck as a passive's subject, read apart; "and" or "before" opens a
#: clause of its own). Where and when may each take several words ("people at a bus stop in Leeds city centre on
#: Tuesday night, one of whom later died"): the bound is of a place and a time, the words themselves hold no clause.
MAX_STRUCK_OBJECT_WORDS: Final = 16
_STRUCK_OBJECT_BEFORE_PART: Final = re.compile(
    r"(?:\s+(?!(?:are|were|was|is|have|has|had|been|shot|stabbed|wounded|injured|killed|and|or|but|before|after|when|"
    rf"while|as|who|which|that)\b)[\w'’-]+){{1,{MAX_STRUCK_OBJECT_WORDS}}}\s*,\s*",
    re.IGNORECASE)
#: How far back from the verb of striking is looked for it (its longest form and its space).
_STRIKING_WINDOW: Final = 12


def _struck_some_fatally(text: str, hits: list[Hit], index: int) -> tuple[Hit, Hit, bool] | None:
    """The figures of the struck and of the dead among them around a death at `index` told of a part of them: a
    heading's "Six shot, one fatally" (one killed, five hurt), or an active verb's counted object, "shot two guards,
    one of whom died", "stabbed four people, two of them fatally" (the part dead, the rest hurt), and whether the
    struck are such an object; or None."""
    hit = hits[index]
    if index < 2 or casualty_field(hit) != "killed":
        return None
    fatally = hit.text.lower() == "fatally"
    dies = hit.text.lower() in _DEATHS_OF_A_PART
    for dead_index in range(index - 1, max(0, index - 3), -1):  # (a part's "of whom" may be a hit of its own between)
        dead = hits[dead_index]
        if _is_number(dead) and (fatally and not text[dead.end:hit.start].strip()
                                 or dies and _BEFORE_A_PARTS_DEATH.fullmatch(text, dead.end, hit.start) is not None
                                 or _PART_WHO_DIED.fullmatch(text, dead.end, hit.start) is not None):
            break
    else:
        return None
    # the struck's figure is the one nearest before (the participle, a place may be hits of their own between)
    struck = next((hit for hit in reversed(hits[:dead_index]) if _is_number(hit)), None)
    if struck is None or struck.value < dead.value:  # type: ignore[operator]
        return None
    if fatally and _STRUCK_BEFORE_FATALLY.fullmatch(text, struck.end, dead.start) is not None:
        return struck, dead, False
    if _STRUCK_OBJECT_BEFORE_PART.fullmatch(text, struck.end, dead.start) is not None and _STRIKING_BEFORE.search(
            text, max(0, struck.start - _STRIKING_WINDOW), struck.start) is not None:
        return struck, dead, True
    return None


#: The auxiliary that ends a subject before its verb phrase ("three members of the public who came to help | were also
#: treated for minor injuries").
_AUXILIARY_IN_GAP: Final = re.compile(r"\s(?:were|was|are|is|have|has|had)\s", re.IGNORECASE)
#: The most words of the verb phrase between the auxiliary and the casualty word ("were also treated for minor").
MAX_VERB_PHRASE_WORDS: Final = 6


def _long_subject_gap(gap: str) -> bool:
    """Whether the words between a count and its casualty word are too many for the count to be its subject's: more
    than MAX_SUBJECT_GAP_WORDS, unless the subject alone, up to the auxiliary of its verb, is no longer than that and
    the verb phrase after it is short ("three members of the public who came to help were also treated for minor
    injuries": a subject described at length, its verb phrase no part of it)."""
    if gap.count(" ") - 1 <= MAX_SUBJECT_GAP_WORDS:
        return False
    auxiliary = _AUXILIARY_IN_GAP.search(gap)
    return auxiliary is None or gap[:auxiliary.start() + 1].count(" ") - 1 > MAX_SUBJECT_GAP_WORDS or (
        gap[auxiliary.end() - 1:].count(" ") - 1 > MAX_VERB_PHRASE_WORDS)


def _subject_count(text: str, hits: list[Hit], index: int, sentence_start: int,
                   used: set[int], insertions: bool = True) -> tuple[int | None, int, bool, bool] | None:
    """The count before a casualty word: (value or None if vague, start, names perpetrators, a death among the
    wounded told before: "one of the wounded died"), or None.
    `insertions` False says the text holds no insertion word (absent(text, _INSERTION_NEEDLES))."""
    hit = hits[index]
    if hit.text.lower() == "death":
        to = _TO_BEFORE.search(text, max(0, hit.start - 4), hit.start)
        if to is not None and _ONE_DONE_TO_DEATH.search(text, max(sentence_start, to.start() - 60), to.start()):
            return None  # "torches 70 homes and stabs a woman to death": the one done to death is the object before "to"
    died_of_the_hurt = _died_of_the_hurt(text, hits, index, sentence_start)
    if died_of_the_hurt is not None:
        return died_of_the_hurt
    set_off = _members_set_off(text, hit, sentence_start)
    if set_off is not None:
        # (the figures inside, ages, count no one more)
        used.update(back for back in range(index) if set_off.start() <= hits[back].start < set_off.end())
        return parse_number(set_off.group("number")), set_off.start(), False, False
    partitive = -1  # where the "of ..." of a partitive of the harmed starts: the numbers after it are the whole
    of_wounded = False  # whether that partitive is of the wounded ("one of the wounded died"), not of the dead
    for back in range(index - 1, -1, -1):
        candidate = hits[back]
        if not _COUNTING.isdisjoint(candidate.categories):
            if insertions and _inside_insertion(text, candidate, hit, sentence_start):
                continue  # "two tourists, who died in hospital, were killed": the clause describes the subject
            if casualty_field(hit) == "killed":
                of = _PARTITIVE_OF_HARMED.search(text, max(sentence_start, candidate.start - 40), candidate.start)
                if of is not None:
                    # "one of the wounded died later", "1 of the 4 children injured has died": a later
                    # death among the injured, counted as killed
                    partitive = of.start()
                    of_wounded = casualty_field(candidate) == "injured"
                    continue
            return None
        if partitive >= 0 and candidate.start >= partitive:
            continue  # (the number of the whole: "one of the three injured")
        is_number = _is_number(candidate)
        if not (is_number or "vague" in candidate.categories):
            continue
        if insertions and _inside_insertion(text, candidate, hit, sentence_start):
            continue  # "31 people, including 5 policemen, were killed": 5 is part of 31
        if is_number and back > 0 and _is_number(hits[back - 1]) and _OF_THE_WHOLE.fullmatch(
                text, hits[back - 1].end, candidate.start) and _PASSIVE_OF_THE_PART.search(
                text, candidate.end, hit.end) is not None:
            # "three of the 22 crew were killed": the figure before "of the" counts, the 22 are the whole ("one of the
            # three injured died": the whole, described by its harm, is the injured word's)
            continue
        if is_number and text[max(sentence_start, candidate.start - 4):candidate.start].lower().endswith("of ") and (
                _GROUP_OF_PEOPLE_BEFORE.search(text, max(sentence_start, candidate.start - 30), candidate.start)):
            continue  # "four members of one family were shot dead": 4; "a father of three was stabbed": no count
        if is_number and _ACT_NOUN_OF_BEFORE.search(text, max(sentence_start, candidate.start - 30), candidate.start):
            continue  # "a witness in the trial over the killing of three reporters was shot dead": the act's people
        gap = _clean_gap(text, candidate.end, hit.start) if insertions or "age" in text[candidate.end:hit.start] else (
            text[candidate.end:hit.start])
        if partitive >= 0 and "," in gap:
            # "one of the wounded, a 72-year-old woman, died": the one described in commas
            gap = _ONE_DESCRIBED.sub(" ", gap)
        if back in used:
            return None
        appositive = False
        if (";" in gap or ":" in gap or "(" in gap or ")" in gap or "," in gap) and _SUBJECT_GAP_BREAK.search(gap):
            # (the character tests spare most gaps the regex)
            if not _CLOSING_COMMA.fullmatch(gap):
                return None
            appositive = True  # "10 others, 5 police officers and 5 civilians, injured": only a total and its parts
        if _long_subject_gap(gap):
            return None
        folded_gap = fold(gap)
        # (every match of _OWN_SUBJECT holds "he" or "it": looked for first, in the folded gap)
        if ("he" in folded_gap or "it" in folded_gap) and _OWN_SUBJECT.search(gap):
            return None  # "stabbed two shoppers before he was shot dead": the verb has a subject of its own
        if _CLAUSE_OF_ITS_OWN.search(gap) or _LATER_CLAUSE_IN_LIST.search(gap):
            # "200 students protest after a teacher was stabbed to death", "hundreds protest after a student was
            # stabbed": the casualty word is in a clause of its own, its people the subject that clause opens with
            return None
        if _WOUNDS_OF_ONE.fullmatch(gap) and hit.text.lower() in _WOUND_NOUNS:
            # "hospitalised with two gunshot wounds", "received multiple stab wounds": the wounds of one person, no
            # count of people, whether a figure or a vague amount counts them
            return None
        if not is_number or _is_range(text, candidate):
            return None, candidate.start, False, False
        # walk a list backwards: "Six soldiers, 6 civilians and a police officer were killed"
        values = [candidate.value or 0]
        nouns = [gap]  # the words after each number: what it counts
        taken = [back]
        used.add(back)
        start = candidate.start
        current = back
        for earlier in range(back - 1, -1, -1):
            previous = hits[earlier]
            if not _LIST_BREAKS.isdisjoint(previous.categories) or not _ACT_VERBS.isdisjoint(previous.categories):
                break  # (a figure before an act's verb is that act's: "Three stabbed at the station, one dies")
            if not _is_number(previous):
                continue
            if earlier in used or _inside_insertion(text, previous, hit, sentence_start):
                break  # (a number already counted as another verb's object: "killed 5 and 10 others wounded")
            if earlier > 0 and _object_of_an_act(text, hits[earlier - 1], previous):
                break  # "a man stabbed two commuters, and two others were killed": the figure is the stabbing's
            between = text[previous.end:hits[current].start]
            if not _LIST_SEPARATOR.search(between) or words_between(text, previous.end, hits[current].start) > 5:
                break
            if _CIRCUMSTANCE_BEFORE.search(text, max(sentence_start, previous.start - 20), previous.start):
                break  # "In the 2 attacks, 40 people were killed": the attacks are where, not whom
            values.insert(0, (previous.value or 0) + _persons_between(between))
            nouns.insert(0, between)
            taken.append(earlier)
            used.add(earlier)
            start = previous.start
            current = earlier
        values, attackers_apart = _without_attackers(values, nouns)
        if len(values) > 2 and values[0] == sum(values[1:]):
            total = values[0]  # "40 people, 6 security personnel and 34 civilians": a total, then its parts
        elif appositive:
            used.difference_update(taken)  # (no count here: the numbers stay free for the others)
            return None
        else:
            total = sum(values)
            # (in the gap without insertions: "including two children and a woman"; the regex needs "and")
            if "and" in folded_gap and _AND_ONE.search(gap) and not _ARMS_BEFORE_AND.search(gap):
                # (each person named one by one after the last number: "two soldiers, a medic and a driver")
                total += max(1, _persons_between(gap))
            persons = _person_before_list(text, hits, taken[-1], start, sentence_start)
            if persons is not None:
                total, start = total + persons[0], persons[1]  # "A 19-year-old soldier and two civilians were killed"
        perpetrators = not attackers_apart and not absent(text, _PERPETRATOR_NEEDLES) and _may_name_perpetrators(
            folded(text)[start:hit.start]) and _perpetrator_in(text, text, start, hit.start)
        if perpetrators and insertions and _INSERTION_HINT.search(folded(text), start, hit.start):
            # the attackers named in an insertion are a part of the count, not its people: "19 people,
            # including the bomber, were killed" (taken out by _leave_out_attackers_included)
            subject = _clean_gap(text, start, hit.start)
            perpetrators = _perpetrator_in(text, subject, 0, len(subject))
        if not of_wounded and len(values) == 1 and hit.text.lower() in _INTRANSITIVE and _OF_THE_VICTIMS.fullmatch(gap):
            of_wounded = True  # "two were stabbed. One of the victims died": the dead cannot die, so the hurt did
        return total, start, perpetrators, of_wounded
    return None


#: A figure's part of the victims before a death ("one of the victims died", "two of the victims later died"): a death
#: among the hurt counted before, as "one of the wounded died" is.
_OF_THE_VICTIMS: Final = re.compile(
    r"\s+of\s+(?:the|those|its|his)\s+victims\s+(?:(?:later|since|subsequently|also)\s+)?", re.IGNORECASE)


#: A figure and "of whom" or "of them" right before a death ("one of whom later died", "two of them died in hospital").
_PART_WHO_DIED: Final = re.compile(r"\s+of\s+(?:whom|them)\s+(?:(?:later|since|subsequently|also)\s+)?$", re.IGNORECASE)


def _died_of_the_hurt(text: str, hits: list[Hit], index: int, sentence_start: int) -> tuple[int, int, bool, bool] | None:
    """The count of a death told of a part of the hurt counted before it in the sentence ("three people were
    stabbed, one of whom later died"; "wounding five, two of them died in hospital"): (value, start, False, whether
    it is of the wounded, which it leaves for the dead); else None."""
    hit = hits[index]
    if casualty_field(hit) != "killed" or index < 2 or not _is_number(hits[index - 2]) or (
            "subset" not in hits[index - 1].categories):
        return None
    number = hits[index - 2]
    if number.value is None or _PART_WHO_DIED.fullmatch(text, number.end, hit.start) is None:
        return None
    hurt = [other for other in hits[:index - 2] if other.start >= sentence_start
            and not _COUNTING.isdisjoint(other.categories) and casualty_field(other) == "injured"]
    if not hurt:
        return None
    # (the struck, "were stabbed", name the dead among them already: _struck_with_their_dead leaves them)
    struck = " ".join(hurt[-1].text.lower().split()) in _STRUCK_FORMS
    return number.value, number.start, False, not struck


#: People named before "of" and a number, which counts the group they belong to, not them: "four members of one
#: family" (the four are counted), "a father of three" (one person). (A collective noun is the people it counts:
#: "a family of six was killed" is six; and "one of three" is a partitive, read apart.)
#: The noun of an act on people right before "of": a figure after it counts that act's people ("the 2021 killing of
#: three journalists"), the object of a preposition, never the subject of a verb after it; and so does the noun of a
#: case about people ("a witness in the trial of four gang members was shot dead" is one dead: the four are the
#: accused the trial is of).
_ACT_NOUN_OF_BEFORE: Final = re.compile(
    r"\b(?:killings?|murders?|deaths?|massacres?|assassinations?|executions?|kidnappings?|abductions?|shootings?|"
    r"stabbings?|beatings?|lynchings?|trials?|retrials?|prosecutions?|courts?[\s-]martial|extraditions?)\s+of\s+$",
    re.IGNORECASE)
_GROUP_OF_PEOPLE_BEFORE: Final = re.compile(
    r"(?<![\w'’-])(?:members?|" + "|".join(sorted({*_PERSON_NOUNS, *map(_plural, _PERSON_NOUNS)}, key=len, reverse=True))
    + r"|people)\s+of\s+$", re.IGNORECASE)


#: The words between a part's figure and its whole's in a partitive: "three of the 22 crew", "one of its 18 staff".
_OF_THE_WHOLE: Final = re.compile(r"\s+of\s+(?:the|its|their|his|her)\s+", re.IGNORECASE)


#: The passive verb of the part's clause, after the whole's noun: "were killed", "was shot".
_PASSIVE_OF_THE_PART: Final = re.compile(r"\b(?:was|were|is|are|been)\s", re.IGNORECASE)


#: Nouns of wounds, which a number before them with the kind of wound between counts (see _WOUNDS_OF_ONE).
_WOUND_NOUNS: Final = frozenset({"wounds", "injuries"})
#: The kind of a wound between a number and "wounds": "two gunshot wounds", "three stab wounds", "five shrapnel
#: wounds" count the wounds of one body, no people ("20 wounds" alone, "12 injuries", may count people).
_WOUNDS_OF_ONE: Final = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:gunshot|gun-shot|bullet|stab(?:bing)?s?|knife|shrapnel|machete|puncture|entry|exit)\s+", re.IGNORECASE)


def _persons_between(between: str) -> int:
    """The persons named one by one between two numbers of a subject list: "Two soldiers, a medic and 3
    civilians" has a medic between (the first piece is the noun of the number before)."""
    pieces = _ITEM_SPLIT.split(between)
    return sum(1 for piece in pieces[1:] if len(piece.split()) <= MAX_PERSON_WORDS
               and _ITEM_ONE.match(piece.strip()) is not None)


#: One person joined before the first number of a subject list: "a soldier and two civilians", "the
#: commander, his driver and three guards", "a farmer and his two sons" (the noun is checked apart); in a
#: headline's words with no article, "leaves mother and two children hurt", "Peruvian mayor, his driver
#: and two bodyguards shot dead" (a bare noun, maybe after one capitalised word).
_PERSON_BEFORE_LIST: Final = re.compile(
    r"(?<![\w'’-])(?:(?:a|an|the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}|(?-i:[A-Z][\w'’-]*\s+)?)(?P<noun>[\w'’-]+)"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:his|her|their)\s+)?$",
    re.IGNORECASE,
)
#: The words that name a person as a part of a count told before: "including", "among them".
_INCLUDED_BEFORE: Final = re.compile(r"\b(?:including|among\s+them|among\s+whom)\s+$", re.IGNORECASE)
_INCLUDED_REACH: Final = 16
#: The most persons named one by one before a subject list ("A driver, a nurse and two guards").
MAX_PERSONS_BEFORE_LIST: Final = 4


def _person_before_list(text: str, hits: list[Hit], first: int, start: int,
                        sentence_start: int) -> tuple[int, int] | None:
    """How many persons are named one by one before a subject list of numbers, and where the first
    starts ("A 19-year-old soldier and two civilians were killed": one more; "A driver, a nurse and two
    guards were shot dead": two more), or None. Each noun must name a person (not "a wedding and two
    guests"), and no casualty word may stand right before the first: "killed a soldier and two civilians
    were wounded" counts the soldier as the first verb's object."""
    window = max(sentence_start, start - 60)
    if "and" not in folded(text)[window:start] and "," not in text[window:start]:
        return None
    persons, first_start = 0, start
    while persons < MAX_PERSONS_BEFORE_LIST:
        match = _PERSON_BEFORE_LIST.search(text, max(sentence_start, first_start - 60), first_start)
        if match is None or (persons and "," not in text[match.end("noun"):first_start]):
            break  # (a person before another is set off by a comma: "A driver, a nurse and two ...")
        noun = match.group("noun").lower()
        if noun not in _PERSON_NOUN_SET and "-old" not in match.group().lower():
            break  # (an age names a person: "a 20-year-old conscript", "a 9-year-old")
        persons, first_start = persons + 1, match.start()
    if not persons or _INCLUDED_BEFORE.search(text, max(sentence_start, first_start - _INCLUDED_REACH), first_start):
        # ("Seven were killed, including a 12-year-old girl, and 31 were injured": the girl is one of the seven)
        return None
    for back in range(first - 1, -1, -1):
        before = hits[back]
        if before.end <= first_start:
            if not _COUNTING.isdisjoint(before.categories) and words_between(text, before.end, first_start) <= 1:
                return None
            if _is_number(before) and words_between(text, before.end, first_start) <= 1:
                return None  # (a number before it: "two soldiers, a medic and 3 civilians" is walked already)
            break
    return persons, first_start


#: The words of a list item that name the attackers of the attack told (not the fighters of a side,
#: "militants", "insurgents", whose dead a clash's toll counts: "killing 2 soldiers and 3 militants").
_ATTACKER_ITEM: Final = re.compile(
    r"\b(?:attackers?|assailants?|gunm[ae]n|bombers?|perpetrators?|shooters?|hostage-takers?|kidnappers?|hijackers?)\b",
    re.IGNORECASE,
)


def _without_attackers(values: list[int], nouns: list[str]) -> tuple[list[int], bool]:
    """The values of a list of victims without the items that name the attackers ("22 civilians, 2
    police officers and 5 attackers were killed": 24 victims; the attackers killed are reported apart
    from the toll), and whether any was left out. A list of attackers alone is left whole (its count is
    marked as theirs)."""
    if len(values) < 2:
        return values, False
    victims = [value for value, noun in zip(values, nouns, strict=True) if not _ATTACKER_ITEM.search(noun)]
    if not victims or len(victims) == len(values):
        return values, False
    return victims, True


#: One person described in commas: "one of the wounded, a 72-year-old woman, died" (read after a partitive).
_ONE_DESCRIBED: Final = re.compile(r",\s*(?:an?|the|his|her)\s+[^,;]{1,40},\s*", re.IGNORECASE)
#: "of the" before a casualty word: a part of the people it names ("one of the wounded").
_PARTITIVE_OF_HARMED: Final = re.compile(
    r"\bof\s+(?:(?:the|those)\s+(?:[\w'’-]+\s+){0,2}|(?:[\d,]+|" + "|".join([*UNITS, *TENS]) + r")\s+(?:[\w'’-]+\s+){0,2})$",
    re.IGNORECASE)


#: A preposition (and article) before a number: the number counts the circumstances of the event, not
#: people ("in the 2 attacks", "after three blasts").
_CIRCUMSTANCE_BEFORE: Final = re.compile(
    r"\b(?:in|on|at|during|after|before|from|near|across|over|throughout)\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)

#: A pronoun with its verb between a number and a casualty word: the casualty word's own subject.
#: A passive joined by "and" to the clause before it, with no subject of its own, ending at its casualty word:
#: "... and was shot dead", "... and were later killed".
_JOINED_PASSIVE: Final = re.compile(r"\band\s+(?:(?:then|later)\s+)?(?:was|were|had\s+been|has\s+been|have\s+been)"
                                    r"\s+(?:(?:then|later|himself|herself|themselves)\s+)?[\w'’-]+(?:\s+dead)?$",
                                    re.IGNORECASE)
#: Between an act's verb and the figure of its object: nothing but an adverb or an article.
_VERB_TO_OBJECT: Final = re.compile(r"\s+(?:(?:at\s+least|fatally|critically|seriously|the|some)\s+)?", re.IGNORECASE)
#: The verb of shooting people, read as an intent word where no harm follows it ("shot three guards").
_SHOT: Final = frozenset({"shot", "shoots", "shooting"})
#: How many words an act's object and its place may hold before the "and" of the passive joined to it.
MAX_JOINED_OBJECT_WORDS: Final = 10


def _object_of_an_act(text: str, verb: Hit, figure: Hit) -> bool:
    """Whether the figure `figure` is the object of the act's verb `verb` right before it ("stabbed two commuters",
    "shot at least three guards"): its people are that act's, no part of a later passive's subject."""
    return (not _ACT_VERBS.isdisjoint(verb.categories) or verb.text.lower() in _SHOT) and (
        _VERB_TO_OBJECT.fullmatch(text, verb.end, figure.start) is not None)


def _doers_own_end(text: str, hits: list[Hit], index: int, sentence_start: int) -> re.Match[str] | None:
    """The joined passive (_JOINED_PASSIVE) that ends at the casualty word hits[index], where the clause it is
    joined to has an act's verb (or one of wounding or shooting) with a figure as its object ("a man stabbed two passengers on a train and was
    shot dead by police", "gunmen wounded three guards and were killed"): the passive's subject is the doer of
    that act, not its victims (the figure), so its death is the attacker's own, reported apart; or None."""
    hit = hits[index]
    for back in range(index - 1, 0, -1):
        figure, verb = hits[back], hits[back - 1]
        if figure.start < sentence_start or verb.start < sentence_start:
            return None
        if not _is_number(figure) or (_ACT_VERBS.isdisjoint(verb.categories) and "injured" not in verb.categories
                                      and verb.text.lower() not in _SHOT):
            continue
        if _VERB_TO_OBJECT.fullmatch(text, verb.end, figure.start) is None or words_between(
                text, figure.end, hit.start) > MAX_JOINED_OBJECT_WORDS:
            return None
        between = text[figure.end:hit.end]
        if any(mark in between for mark in ";:,"):
            return None  # (a clause set apart: "stabbed two, one fatally, and was ..." is left as it was read)
        return _JOINED_PASSIVE.search(between)
    return _one_doers_own_end(text, hits, index, sentence_start)


# "A man stabbed an Israeli security guard, 20, at a checkpoint near the court on Monday and was shot dead by troops":
# the act's object may be one person named by "a" or "an" (his age in commas no clause of its own), and its place and
# time may run longer than a figure's, the passive joined by "and" still the doer's own end.
#: One person as the act's object right after its verb.
_ONE_OBJECT_AFTER: Final = re.compile(r"\s+(?:an?)\s", re.IGNORECASE)
#: A word that opens a clause of another subject between the object and the passive ("a guard, who was").
_OTHER_SUBJECT_BETWEEN: Final = re.compile(r"\b(?:who|whom|which|that|whose|while|when|after|before)\b", re.IGNORECASE)
#: How many words the one person, the place and the time may hold before the "and" of the passive.
MAX_ONE_JOINED_OBJECT_WORDS: Final = 20


def _one_doers_own_end(text: str, hits: list[Hit], index: int, sentence_start: int) -> re.Match[str] | None:
    """The joined passive that ends at the casualty word hits[index] after an act on one person named by "a" (see
    _ONE_OBJECT_AFTER's comment), or None."""
    hit = hits[index]
    for back in range(index - 1, -1, -1):
        verb = hits[back]
        if verb.start < sentence_start:
            return None
        if _ACT_VERBS.isdisjoint(verb.categories) and verb.text.lower() not in _SHOT:
            continue
        if verb.text.split(maxsplit=1)[0].lower() not in _ACT_TAKING_ONE or not _ONE_OBJECT_AFTER.match(text, verb.end) or (
                words_between(text, verb.end, hit.start) > MAX_ONE_JOINED_OBJECT_WORDS):
            return None
        between = _AGE_OF_A_PERSON_RE.sub(" ", text[verb.end:hit.end])
        if any(mark in between for mark in ";:,") or _OTHER_SUBJECT_BETWEEN.search(between):
            return None
        return _JOINED_PASSIVE.search(between)
    return None


_OWN_SUBJECT: Final = re.compile(r"\b(?:he|she|they|it)(?:\s+(?:was|were|is|are|had|has|have)\b|\s*$)", re.IGNORECASE)

#: The gap from the last number of a list in apposition to the casualty word: "and 5 civilians, injured".
_CLOSING_COMMA: Final = re.compile(r"(?:\s+[\w'’-]+){0,3}\s*,\s*(?:(?:were|was|are|have\s+been)\s+)?", re.IGNORECASE)


#: A death joined by "and" to a harm told in the passive before it, with no subject of its own, in the same clause:
#: "were stabbed on a train and were killed", "were shot outside a bar and later died", "were stabbed and killed".
_JOINED_DEATH: Final = re.compile(
    # (a further participle joined by "and" shares the auxiliary and its subject: "was shot and stabbed and died")
    r"(?:\s+(?!(?:and|but|or|while|as|who|which)\b)[\w'’-]+"
    r"|\s+and\s+(?:[a-z]+ed|shot|hit|struck|beaten)\b){0,8}?\s+and\s+(?P<verb>(?:(?:then|later|subsequently)\s+)?"
    r"(?:(?:was|were)\s+(?:(?:then|later|subsequently)\s+)?)?)(?=(?:killed|died|dead)\b)", re.IGNORECASE)
#: A passive's auxiliary right before a harm word, or opening it: "two passengers were stabbed", "was shot".
_PASSIVE_BEFORE: Final = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _death_joined_to_harm(text: str, hits: list[Hit], index: int, sentence_end: int) -> int | None:
    """The index of the death word joined by "and" to the passive harm word hits[index] that it shares its subject
    with (_JOINED_DEATH: "two passengers were stabbed and were killed"), or None: the people harmed and then killed are
    the dead, counted once."""
    hit = hits[index]
    if not (hit.text.lower().startswith(("was ", "were ", "is ", "are ")) or _PASSIVE_BEFORE.search(
            text, max(0, hit.start - 20), hit.start)):
        return None
    joined = _JOINED_DEATH.match(text, hit.end, sentence_end)
    if joined is None or any(mark in text[hit.end:joined.end()] for mark in ",;:"):
        return None
    for later in range(index + 1, len(hits)):
        if hits[later].start >= joined.start("verb"):
            return later if hits[later].start <= joined.end() and casualty_field(hits[later]) == "killed" else None
    return None


def _joined_verbs(text: str, first: Hit, second: Hit) -> bool:
    """ "killing or wounding", "killed and wounded": two casualty verbs of one form sharing a number."""
    if _HARMED.isdisjoint(first.categories) or _HARMED.isdisjoint(second.categories):
        return False
    if not _OR_JOIN.fullmatch(text, first.end, second.start):
        return False
    if casualty_field(first) == casualty_field(second):
        return False  # "are stabbed and wounded": one field, whose number it is
    a, b = first.text.lower(), second.text.lower()
    return " or " in text[first.end:second.start].lower() or (a[-3:] == b[-3:] == "ing") or (a[-2:] == b[-2:] == "ed")


def _hit_inside_insertion(text: str, hit: Hit, sentence_start: int, sentence_end: int) -> bool:
    """Whether the casualty word `hit` stands inside an insertion ("including ...", "(...)")."""
    window_start = max(sentence_start, hit.start - 80)
    if not _INSERTION_HINT.search(folded(text), window_start, hit.start):
        return False
    return any(match.start() < hit.start and hit.end <= match.end()
               for match in _INSERTION.finditer(text, window_start, sentence_end))


def _inside_insertion(text: str, candidate: Hit, hit: Hit, sentence_start: int) -> bool:
    # (an insertion of the sentence before is no part of this one: "..., including the capital. At
    # least 250 people, including dozens of foreigners, were killed" counts 250)
    window_start = max(sentence_start, candidate.start - 80)
    if absent(text, _INSERTION_NEEDLES):
        return False  # the common case, decided by substring tests
    if not _INSERTION_HINT.search(folded(text), window_start, hit.start):
        return False
    for match in _INSERTION.finditer(text, window_start, hit.start):
        if match.start() < candidate.start < match.end():
            return True
    return False


#: The passive or intransitive end of a clause whose subject is the one who died: "the gunman was
#: shot dead", "both attackers were later killed", "the bomber died" (not "the gunman killed").
#: What may follow a participle that takes no object, a heading's passive with its auxiliary dropped ("deputies shot;
#: gunman killed", "gunman killed by police", "gunman killed in shootout", "judge shot dead outside court"; not "gunman
#: killed two").
_NO_OBJECT_AFTER: Final = re.compile(
    r"\s*(?:$|[,;:.\n]|\s(?:by|in|at|on|outside|near|inside|after|when|as|during|while)\b)", re.IGNORECASE)
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_OWN_DEATH_BEFORE: Final = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+|also\s+)?$")
#: A death dealt to oneself: "killing only himself", "killed himself".
# "Two gunmen opened fire, wounding five, before police shot both of them dead", "stabbed two guards before special
# forces shot him dead": the forces that stop an act shoot its doers, and the people a pronoun names again there are
# the doers told before (a victim is named by his noun: "police shot a bystander dead" is a death of its own).
_FORCES_SHOT_THE_DOERS: Final = re.compile(
    r"\b(?:police(?:\s+officers)?|(?:security|special|government)\s+forces|troops|soldiers|officers|guards|snipers)\s+"
    r"(?:then\s+|later\s+|eventually\s+)?(?:shot|gunned\s+down|shoot|shoots)\s+"
    r"(?:him|her|them|both(?:\s+of\s+them)?|all\s+(?:[\w-]+\s+)?(?:of\s+them)?)\s+(?:to\s+)?$", re.IGNORECASE)
MAX_FORCES_SHOT_CHARS: Final = 70
# "opened fire on officers, wounding three before he was shot dead", "stabbed two guards until she was shot": a
# pronoun that is the subject of a passive death in a clause of time after the act names the doer the sentence opened
# with (the one the act's verb had as its subject), whose own end is reported apart.
_DOER_STOPPED_IN_A_CLAUSE: Final = re.compile(
    r"\b(?:before|until|when|as)\s+(?:he|she|they)\s+(?:(?:was|were|had\s+been)\s+(?:(?:\w+ly|also|then|later)\s+)?)?$",
    re.IGNORECASE)
_SELF_AFTER: Final = re.compile(r"\s+(?:only\s+)?(?:himself|herself|themselves)\b(?!\s+and\b)", re.IGNORECASE)


def tells_victim_deaths(text: str, hits: list[Hit], casualty_indexes: list[int], counts: list[Count],
                        sentence_start: int) -> bool:
    """Whether a sentence reports someone killed other than the attackers. A report that counts the
    injured and tells no such death reports none killed ("a bomb went off, injuring 13"; "only the
    attacker was killed; four police officers were injured"): 0, not an unknown. Any death of a victim,
    counted or not ("civilians were killed", "dozens died"), keeps the killed total to what is stated."""
    for index in casualty_indexes:
        hit = hits[index]
        if casualty_field(hit) != "killed":
            continue
        owned = [count for count in counts if count.field == "killed" and count.start <= hit.start
                 and hit.end <= count.end]
        if owned:
            if all(count.perpetrators for count in owned):
                continue
            return True
        if _SELF_AFTER.match(text, hit.end) or _doers_own_end(text, hits, index, sentence_start):
            continue
        if _FORCES_SHOT_THE_DOERS.search(text, max(sentence_start, hit.start - MAX_FORCES_SHOT_CHARS), hit.start):
            continue  # "wounding five before police shot both of them dead": the attackers' own end
        if _DOER_STOPPED_IN_A_CLAUSE.search(text, max(sentence_start, hit.start - MAX_FORCES_SHOT_CHARS), hit.start):
            continue  # "wounding three officers before he was shot dead": the doer's own end
        lowered = " ".join(hit.text.lower().split())
        passive = (lowered in _INTRANSITIVE or lowered.startswith(_PASSIVE_STARTS)
                   or _OWN_DEATH_BEFORE.search(folded(text), max(sentence_start, hit.start - 30), hit.start) is not None
                   # ("assailant shot dead" in a heading, which drops the auxiliary: no object after it)
                   or (lowered.endswith(("ed", " dead")) and _NO_OBJECT_AFTER.match(text, hit.end) is not None))
        if passive and _names_perpetrators(text, text[max(sentence_start, hit.start - 60):hit.start]):
            continue  # "the attacker was shot dead by police": the attacker's own death
        return True
    return False
