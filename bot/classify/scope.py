"""Scope rules: whether an event word is asserted, or sits under a negation, a modal or
hypothetical, a threat, an accusation, a foiled plot, or a non-military sense of the sentence.

A cue governs the next event word of its own clause, and only that one: "No one was injured in the
attack" negates "injured", not "attack"; "rebels vow new offensive as rockets kill 30" leaves
"kill" asserted, because "as" starts a new clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set
from dataclasses import dataclass
from typing import Final

from bot.classify.lowered import NeedleSets, absent, answer_together, fold, folded, found
from bot.classify.matcher import Hit
from bot.classify.numbers import NUMBER_RE, QUALIFIED_NUMBER_PATTERN
from bot.classify.sentences import (
    CLAUSE_PUNCTUATION,
    CLAUSE_WORD,
    SENTENCE_BREAK,
    crosses_clause,
    last_break_before,
    stops_a_short_form,
)

#: Event words: what scope cues can govern.
EVENT_CATEGORIES: Final = frozenset(
    {"strike", "strike_ambiguous", "fire", "attack", "killed", "injured", "toll", "threat", "foil", "show_of_force",
     "mobilization",
     "deescalation", "release"}
)
VIOLENT_CATEGORIES: Final = frozenset({"strike", "strike_ambiguous", "fire", "attack"})
CASUALTY_CATEGORIES: Final = frozenset({"killed", "injured", "toll"})
MARKER_CATEGORIES: Final = frozenset({"past", "foil", "show_of_force"})
#: cue category -> the scope it puts an event word in (checked in this order for a multi-role cue)
CUE_SCOPES: Final[tuple[tuple[str, str], ...]] = (
    ("negation", "negated"),
    ("legal", "legal"),
    ("hypothetical", "hypothetical"),
    ("modality", "modal"),
    ("threat", "modal"),
)
CUE_CATEGORIES: Final = frozenset(category for category, _ in CUE_SCOPES)
#: What the walk back from an event word stops at: a cue, or an earlier event word.
_WALKED_CATEGORIES: Final = CUE_CATEGORIES | EVENT_CATEGORIES
MAX_CUE_GAP_WORDS: Final = 6
MAX_FOIL_GAP_WORDS: Final = 10
# "prepares a new set of leaders in case its first and second set are arrested or assassinated": a
# conditional opens a clause of what may come, and governs every event word of it up to the clause's end,
# not only the next few words (a clause break still ends it: "if talks fail, troops attacked the town"
# is no condition of the attack).
_CONDITIONS: Final = frozenset({"if", "unless", "in case", "in the event of"})
MAX_CONDITION_GAP_WORDS: Final = 14

def words_between(text: str, start: int, end: int) -> int:
    """Words between two hits, counted by the spaces around them (str.count is C-fast, and this runs
    for every cue of every event word)."""
    return max(0, text.count(" ", start, end) - 1) if end > start else 0


def _follows_in_clause(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether `pattern` matches at `start` (up to `end`) and its match stays in the clause it starts in: what
    the phrase after an event word says of it (a date, a span, a known event) is said of it only there."""
    match = pattern.match(text, start, end)
    return match is not None and not crosses_clause(text, start, match.end())


def scope_of(text: str, hits: list[Hit], index: int, markers: list[Hit], title_end: int = 0) -> str | None:
    """The scope of the event word hits[index] ("negated", "legal", "hypothetical", "modal", "past",
    "foiled"), or None when it is asserted. `hits` are the hits of one sentence, in order;
    `markers` its hits of category past or foil (looked up once per sentence, not per word);
    `title_end` where the item's title ends (a headline drops its auxiliaries)."""
    event = hits[index]
    event_start = event.start
    # the word the walk back has reached: the event word, or the first word of the compound, list or object it is
    # a part of (carries_frame), whose cue governs it as well
    anchor = event
    last_break = last_break_before(text, event_start)
    for back in range(index - 1, -1, -1):
        cue = hits[back]
        if cue.categories.isdisjoint(_WALKED_CATEGORIES):
            continue  # a name, a number, a weapon: neither a cue nor an act that takes the cues before it
        # (crosses_clause and words_between, inlined: this loop runs for every event word)
        if cue.end < anchor.start and (last_break >= cue.end or text.count(" ", cue.end, anchor.start) - 1 > MAX_CUE_GAP_WORDS) and not (
                last_break < cue.end and "legal" in cue.categories and (
                    _framed_past_a_term(text, cue, anchor) or _framed_past_its_object(text, cue, anchor))):
            if (last_break < cue.end and "hypothetical" in cue.categories and cue.text.lower() in _CONDITIONS
                    and text.count(" ", cue.end, anchor.start) - 1 <= MAX_CONDITION_GAP_WORDS):
                return "hypothetical"
            if cue.categories & EVENT_CATEGORIES and carries_frame(text, cue, anchor):
                anchor = cue  # "threatens to kill officials, kidnap foreigners or ...", "to detonate a (...) car bomb"
                last_break = last_break_before(text, cue.start)
                continue
            if not _in_a_list_after(text, cue, anchor):
                break
        if cue.categories & CUE_CATEGORIES and not (cue.start > 0 and text[cue.start - 1] in "-‐‑") and not (
                cue.end - cue.start == 2 and _NUMBER_LABEL_NO.match(text, cue.start) is not None):
            # ("long-threatened invasion": a word inside a compound modifier is no cue)
            if "legal" in cue.categories and (_charge_then_own_act(text, cue, anchor) or _legal_word_before_own_act(
                    text, cue, anchor, anchor.start < title_end) or _own_act_of_a_described_subject(text, cue.start, anchor)
                    or (anchor is not event and _names_a_death_by_its_act(text, anchor, event)
                        and not _known_suspects_frame(text, cue))):
                # "a man charged with fraud shot dead two guards": the charge's frame is closed; "a blast at a
                # court during a terrorism trial kills four", "followers of a jailed sect leader storm a police
                # station": a case named in the subject, or a person the case word describes, frames nothing
                # of the clause's own act
                break
            for category, scope in CUE_SCOPES:
                if category in cue.categories:
                    if scope in _ASKED_SCOPES and _named_by_a_gone_time(text, event_start):
                        # "demands an explanation for last week's assault": an act named by a time gone is
                        # done, the topic of what is asked, not the thing asked for
                        return "past"
                    return scope
        if cue.categories & EVENT_CATEGORIES:
            if carries_frame(text, cue, anchor):
                anchor = cue
                last_break = last_break_before(text, cue.start)
                continue
            break  # an earlier event word takes the cues before it
    for other in markers:
        if "past" in other.categories:
            lo, hi = (other.end, event.start) if other.end <= event.start else (event.end, other.start)
            if words_between(text, lo, hi) <= MAX_FOIL_GAP_WORDS and not crosses_clause(text, lo, hi) and not (
                    lo == event.end and (act_dated_by_a_remembrance(text, event, other, event_start < title_end)
                                         or _reason_between(hits, index, other))) and not (
                    hi == event.start and dates_the_subjects_description(text, other, event)):
                return "past"
            if other.end <= event.start and describes_past_event(text, other.end, event.start):
                # a relative clause that hangs from what the marker remembers is the past it tells: "the
                # anniversary of the day when the senator was assassinated", "the bodies of the passengers
                # who died"
                return "past"
    if _may_deny_a_claim(text, event_start) and _DENIED_CLAIM.search(text, max(0, event_start - 240), event_start):
        return "negated"  # "India rejected as false a Pakistani claim that Indian drones had struck a village"
    if event.categories & VIOLENT_CATEGORIES or "distance_weapon" in event.categories:
        for other in markers:
            if "foil" not in other.categories and "show_of_force" not in other.categories:
                continue
            lo, hi = (other.end, event.start) if other.end <= event.start else (event.end, other.start)
            if words_between(text, lo, hi) <= MAX_FOIL_GAP_WORDS:
                return "foiled"
    return None


#: The phrases that name the earlier act an act answers ("in response to", "to avenge"): a time gone after them
#: ("last week's attack") dates that earlier act, not the act told before them.
REASON_PHRASES: Final = frozenset({"to avenge", "avenge", "revenge for", "in revenge for", "in retaliation for",
                                    "in response to"})


def _reason_between(hits: list[Hit], index: int, marker: Hit) -> bool:
    """Whether a phrase of the reason an act answers (REASON_PHRASES) stands between the event word hits[index] and
    the past marker `marker` after it: "jets bombed two rebel bases in response to last week's attack on a convoy"
    tells the bombing as news, done for the act the marker dates (the act's own words stay history: "the minister
    resigns in response to last week's attack")."""
    return any(marker.start >= other.end and other.start >= hits[index].end and "background" in other.categories
               and other.text.lower() in REASON_PHRASES for other in hits[index + 1:])


#: Remembrance words that name a date an act may fall on: "on the anniversary of", "ahead of its centenary".
_REMEMBERED_DATES: Final = frozenset({"anniversary", "centenary", "centennial", "commemoration", "commemorations"})
#: A time adjunct that ends right before the remembrance word: "on the anniversary", "ahead of the tenth
#: anniversary", "on the eve of its centenary", "days before the anniversary", "during commemorations".
_ON_A_REMEMBERED_DATE: Final = re.compile(
    r"\s(?:on|ahead\s+of|before|during|amid|on\s+the\s+eve\s+of|(?:days|hours|weeks|a\s+day|a\s+week)\s+before)"
    r"\s+(?:(?:the|its|their|this\s+year['’]s)\s+)?(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)
#: A place or time adjunct of a rite or of the remembrance's place, after the act and up to the marker: "at the
#: memorial", "outside the city's memorial", "during a vigil for victims of", "at a memorial ceremony for victims of".
_AT_A_RITE: Final = re.compile(
    r"\s(?:at|near|outside|inside|beside|by|in\s+front\s+of|during)\s+(?:(?:the|a|an|its|their|this\s+year['’]s)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:memorials?|vigils?|funerals?|ceremon(?:y|ies)|commemorations?|services?|remembrances?)\b",
    re.IGNORECASE)
#: A past verb of an act and its object right after the event word: the verb of a clause of its own, with its subject
#: ("gunmen stormed the memorial", "a gunman shot five villagers", "gunmen opened fire on mourners"); a participle that
#: describes its noun takes no object ("the farmers killed at the memorial", "gunmen killed in the raid").
_PAST_VERB_WITH_OBJECT: Final = re.compile(
    r"(?:\s+(?:\w+ly\s+)?(?:[a-z]+ed|shot|struck|hit|threw|set\s+fire\s+to|opened\s+fire\s+(?:on|at)))?\s+"
    r"(?:at\s+least\s+)?(?:the|a|an|his|her|their|its|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens|scores|several|[a-z]+(?:ers|men|ians|ists))\b")
#: The past marker words that name a memorial, a place an act may be done to.
_MEMORIALS: Final = frozenset({"memorial", "memorials"})
#: The doer nouns of an act whose own past verb may follow them ("a gunman shot five villagers").
_DOER_NOUNS: Final = frozenset({"gunman", "gunmen", "attacker", "attackers", "assailant", "assailants", "militants",
                                "bomber", "bombers", "rebels", "insurgents", "militiamen"})
#: A count right after an act's verb: its own toll ("kill five villagers", "wounded 12").
_TOLL_AFTER_VERB: Final = re.compile(rf"\s+(?:{QUALIFIED_NUMBER_PATTERN})(?!\w)", re.IGNORECASE)
#: How far before the remembrance word its time adjunct may open.
_REMEMBERED_DATE_REACH: Final = 40


def _takes_its_object(text: str, event: Hit) -> bool:
    """Whether the event word is a past verb of an act that takes its object right after it, or a doer noun followed by
    such a verb (_PAST_VERB_WITH_OBJECT): a clause of its own, with its subject ("gunmen stormed the memorial", "a
    gunman shot five villagers"), which a headline's bare past form leaves own_verb unsure of."""
    word = event.text.lower()
    if word in _DOER_NOUNS:
        verb = re.match(r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|shot|struck|hit|threw|set\s+fire|opened\s+fire)\b", text[event.end:])
        return verb is not None and _PAST_VERB_WITH_OBJECT.match(text, event.end) is not None
    if not (word.endswith("ed") or word in {"shot", "struck", "hit"} or word.endswith("opened fire")):
        return False
    tail = re.match(r"\s+(?:on|at)\b", text[event.end:]) if word.endswith("fire") else None
    return _PAST_VERB_WITH_OBJECT.match(text, event.end + (tail.end() if tail else 0)) is not None


def act_dated_by_a_remembrance(text: str, event: Hit, marker: Hit, in_title: bool) -> bool:
    """Whether the event word `event`, before the past marker `marker`, is an act of its own told on the date a
    remembrance names: the marker is an anniversary in a time adjunct ("on the anniversary of the 2015
    massacre", "ahead of the anniversary of") and the event word a verb of its own or one with its own toll
    ("gunmen kill five villagers on the anniversary of ..."), or a rite or the remembrance's place in an adjunct
    after the act, up to the marker ("gunmen kill five villagers at the memorial", "a bomber killed 12 at a
    ceremony for victims of the war": the act's own subject and verb tell where it fell, the marker the rite's
    words, not what is remembered). Such an act is news that falls on the date; the
    remembered act after the marker stays history, and so does a word the remembrance is about ("those
    killed in the massacre, remembered on its anniversary": a participle with no toll of its own)."""
    if marker.text.lower() in _REMEMBERED_DATES and _ON_A_REMEMBERED_DATE.search(
            text, max(event.end, marker.start - _REMEMBERED_DATE_REACH), marker.start) is not None:
        pass
    elif _AT_A_RITE.search(text, event.end, marker.end) is not None or (
            marker.text.lower() in _MEMORIALS and _takes_its_object(text, event)):
        # (or the memorial the act's object: "gunmen stormed the memorial")
        in_title = False  # (a headline's bare participle at a rite is as often its dead: "the 31 killed are read at")
    else:
        return False
    if _takes_its_object(text, event):
        return True
    return own_verb(text, event.start, in_title) or (
        not _act_noun(event) and _TOLL_AFTER_VERB.match(text, event.end) is not None)


# "relatives read the names of the victims on the 25th anniversary of the attacks, as bells toll at the minutes the
# hijacked planes struck the towers", "a vigil on the 22nd anniversary of the siege, releasing balloons for the
# hostages killed", "gather on the 31st anniversary of the massacre to bury the remains of seven victims, among the
# 8,000 men and boys killed by the army in July 1995", "on the 37th anniversary of the bombing, while the university
# holds a service for its 35 students who died": an anniversary counts years since the act it names, and the rest of
# its sentence that describes that act or its dead, in a relative clause ("in which a gunman killed 51", "who died",
# "the minutes the planes struck") or in a participle after the people it describes ("the hostages killed"), recalls
# the act remembered. Not so an act told by a verb of its own with its subject ("on the anniversary of the massacre,
# gunmen killed five at the memorial", "a bomb exploded during the ceremony"), in the present ("a bomb kills five"),
# or dated by a recent day: that is news that falls on the date (act_dated_by_a_remembrance tells the same of an act
# before the anniversary).
_ANNIVERSARY_OF: Final = re.compile(
    r"\b(?:the|its|their|this\s+year['’]s)\s+(?:[\w-]+\s+){0,2}?(?:anniversary|centenary|centennial)\s+of\s")
_ANNIVERSARY_NEEDLES: Final = frozenset({"anniversary", "centenary", "centennial"})
#: What opens a clause that describes the remembered act or its dead: a relative word ("in which", "who", "that"),
#: or a noun of the time of the act before its clause ("at the minutes the planes struck", "the hour when").
_TIME_OF_THE_ACT_OPENER: Final = r"(?:minutes?|moments?|hours?|time|instant)\s+(?=(?:the|a|an|its|their|when|that)\b)"
_DESCRIBING_CLAUSE_OPENER: Final = re.compile(
    rf"\b(?:(?:in|during|at)\s+which|who|whom|that|when|where|{_TIME_OF_THE_ACT_OPENER})")
#: ... and the noun of the act's time alone, which names the moment of the act remembered in a clause of its own after
#: a break too ("marks 80 years since the bombing; a bell is rung at 8:15, the minute the bomb exploded").
_TIME_OF_THE_ACT: Final = re.compile(rf"\b{_TIME_OF_THE_ACT_OPENER}")
#: ... and after a break, where the act must be the time clause's own verb after its subject of three words at most
#: ("the minute the atomic bomb exploded"; two as words_between counts them), not a verb of another clause it runs on
#: into ("the moment the ceremony began a bomb exploded").
MAX_TIME_CLAUSE_SUBJECT_WORDS: Final = 2
#: How many words the act may stand after the opener of the clause that describes it ("in which a white
#: supremacist gunman killed": four).
MAX_DESCRIBING_CLAUSE_WORDS: Final = 6
#: Where a clause of the anniversary's sentence breaks off into one of its own: a semicolon, a colon (not a clock's,
#: "at 8:15"), or "but".
_ANNIVERSARY_CLAUSE_BREAK: Final = re.compile(r";|:(?!\d)|\bbut\b")
#: A participle of harm right after the people it describes ("hostages killed", "men and boys killed").
_PEOPLE_BEFORE_PARTICIPLE: Final = re.compile(
    r"(?:\b(?:men|women|people|children|police|boys|girls|dead|victims)|[a-z]s)\s+$")
_HARM_PARTICIPLE: Final = re.compile(r"(?:killed|slain|murdered|massacred|shot|wounded|injured|executed)\b")
#: What follows a participle that describes people, not an object of a verb of its own ("the hostages killed, 186 of
#: them children", "men killed by the army", "killed in the siege"; not "gunmen killed two villagers").
_AFTER_DESCRIBING_PARTICIPLE: Final = re.compile(
    r"\s*(?:$|[,.;)]|(?:by|in|during|at|on|when|while|as|and|or|over|near|outside|inside|there)\b)")
#: How far after the anniversary's word what it recalls may stand.
MAX_ANNIVERSARY_TO_ACT_CHARS: Final = 260



def recalled_by_an_anniversary(text: str, hits: list[Hit], index: int, sentence: tuple[int, int]) -> bool:
    """Whether the violent or casualty word hits[index] stands after "the (Nth) anniversary of" in its sentence and
    describes the act remembered or its dead (see _ANNIVERSARY_OF): in a clause a relative word or a noun of the act's
    time opens a few words before it (_DESCRIBING_CLAUSE_OPENER), or as a participle after the people it describes;
    with no recent day and no act in the present between, and no break into a clause of its own."""
    if absent(text, _ANNIVERSARY_NEEDLES) and absent(text, _SINCE_NEEDLES):
        return False
    event = hits[index]
    low = folded(text)
    marker = None
    for pattern, needles in _COUNTS_YEARS_SINCE_AN_ACT:
        if not absent(text, needles):
            for match in pattern.finditer(low, sentence[0], event.start):
                if marker is None or match.end() > marker.end():
                    marker = match
    if marker is None or event.start - marker.end() > MAX_ANNIVERSARY_TO_ACT_CHARS:
        return False
    # (a clause of its own after a break tells its own news, but the rite told there may still name the moment of the
    # act remembered by a noun of its time: "marks 80 years since the bombing; a bell is rung at 8:15, the minute the
    # bomb exploded")
    broken = _ANNIVERSARY_CLAUSE_BREAK.search(low, marker.end(), event.start)
    end = _ANNIVERSARY_CLAUSE_BREAK.search(low, event.end, sentence[1])
    span = (marker.end(), end.start() if end is not None else sentence[1])
    if _RECENT_DAY.search(low, *span) is not None or any(
            _ACT_IN_THE_PRESENT.match(low, hit.start) is not None for hit in hits
            if span[0] <= hit.start < span[1] and not _HARM.isdisjoint(hit.categories)):
        return False
    participle = _HARM_PARTICIPLE.match(low, event.start)
    if broken is None and participle is not None and _AFTER_DESCRIBING_PARTICIPLE.match(
            low, participle.end()) is not None and _PEOPLE_BEFORE_PARTICIPLE.search(
            low, max(marker.end(), event.start - 20), event.start) is not None:
        return True  # "for the hostages killed": the dead remembered
    opener = None
    openers = _DESCRIBING_CLAUSE_OPENER if broken is None else _TIME_OF_THE_ACT
    for match in openers.finditer(low, marker.end() if broken is None else broken.end(), event.start):
        opener = match
    return opener is not None and "," not in low[opener.end():event.start] and (
        words_between(text, opener.end(), event.start) <= (
            MAX_DESCRIBING_CLAUSE_WORDS if broken is None else MAX_TIME_CLAUSE_SUBJECT_WORDS))


#: "No." before a figure is the word "number", a label ("the No. 5 bus"), no negation of the event words
#: after it ("waiting for the No. 5 bus and wounding three"); without its full stop it may be a
#: figure for "no one" ("No 1 was injured").
_NUMBER_LABEL_NO: Final = re.compile(r"(?:No|NO|no)\.\s*\d")


def _modifies(text: str, before: Hit, event: Hit) -> bool:
    """Whether the violent word `before` stands right before the violent noun `event` as its modifier, the
    two one act named in a compound ("a suicide bombing attack", "a car bomb attack", "bombing raids"): the
    compound takes the scope of its first word ("planning a suicide bombing attack" plans the attack too).
    (Only a noun of an act, or of a death, heads such a compound: a word that may be a verb is the act told of its
    subject, "alleged airstrikes hit a convoy", "a bombing hit the market".)"""
    return (before.end + 1 == event.start and text[before.end] in " -" and (
        event.text.lower() in _COMPOUND_HEADS or event.text.split(maxsplit=1)[0].lower() in _DEATH_HEADS)
            and not before.categories.isdisjoint(VIOLENT_CATEGORIES))


#: What joins two event words told alike, which the cue before the first governs as well.
_COORDINATION: Final = frozenset({" or ", " and ", " OR ", " AND "})


# A cue governs every member of the list its first member opens, and the object of the act it governs: the second
# act of "threatens to target ministries, assassinate officials or kidnap foreigners", "arrested for planning car
# bombings and suicide attacks" or "plotting to detonate a 1,000 lb (454 kg) car bomb" is as threatened or as
# planned as the first. A list's members are alike: infinitives after a cue of what is to be done (bare verbs,
# "to target ..., assassinate"), or nouns of acts (each with its own modifiers, "and suicide attacks"). A
# member joined by a bare comma belongs to a list only where a later "and" or "or" closes it (a headline's verbs
# in a row, "rebels vow to fight on, attack convoy", are acts of their own); a verb in the past or a noun with a
# subject before it opens a clause of its own ("threatened to strike, and rebels attacked the town", "planning
# attacks, and police raided the house"). (The violent twin, "gunmen target ministries, assassinate officials
# and kidnap foreigners", has no cue, and every member is told.)
#: The words no member of a list holds: a clause's auxiliaries, subjects and subordinators end it.
_NOT_IN_A_MEMBER: Final = (r"(?!(?:was|were|is|are|has|have|had|be|been|being|will|would|could|can|may|might|should|"
                           r"must|do|does|did|he|she|they|it|we|i|you|who|whom|which|that|as|while|but|after|before|"
                           r"when|where|because|since|then|so|yet|although|though|until|said|says|say|told|amid|"
                           r"following|however|if|unless|than|the)\b)")
_MEMBER_WORD: Final = rf"{_NOT_IN_A_MEMBER}[\w'’.-]+"
#: What joins the next member to a list: a comma, "and" or "or", or both.
_LIST_JOINER: Final = r"(?P<joiner>,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
#: From a cue taking an infinitive to a bare verb after the first member(s) of its list: " target ministries, ".
_VERB_LIST_AFTER_CUE: Final = re.compile(rf"(?:\s+to)?(?:,?\s+(?:the\s+)?{_MEMBER_WORD}){{1,12}}?{_LIST_JOINER}",
                                         re.IGNORECASE)
#: From one verb of a list to the next: its object, then the joiner (" officials, ", " or ").
_VERB_LIST_GAP: Final = re.compile(rf"(?:\s+(?:the\s+)?{_MEMBER_WORD}){{0,6}}?{_LIST_JOINER}", re.IGNORECASE)
#: From one noun of an act to the next: its complement, the joiner, the next one's modifiers (" and suicide ",
#: " on security forces, and bank ", ", terror ").
_NOUN_LIST_GAP: Final = re.compile(
    rf"(?:\s+(?:on|against|at|in|of)\s+(?:the\s+)?(?:{_MEMBER_WORD}\s+){{0,3}}?{_MEMBER_WORD})?"
    rf"{_LIST_JOINER}(?:(?:an?|more|other|further)\s+)?(?:(?-i:[a-z][\w-]*)(?<!ly)\s+){{0,2}}", re.IGNORECASE)
#: From an infinitive to the act or arms named as its object: " a 1,000 lb (454 kg) " (no adverb: "an airstrike
#: intended to kill militants mistakenly kills 18" has a verb of its own after the object).
_OBJECT_GAP: Final = re.compile(
    rf"(?:\s+(?!(?:on|against|at|in|of|for|to|from|with|by|into|over|near|and|or)\b){_NOT_IN_A_MEMBER}[\w'’.()-]+(?:,\d{{3}})*(?<!ly))"
    r"{0,6}?\s+", re.IGNORECASE)
#: The act or arms an act's verb takes as its object: "detonate a car bomb", "kill the gunmen", "stage attacks".
_ACT_OR_ARMS_OBJECT: Final = re.compile(r"(?:bombs?|devices?|IEDs?|vests?|explosives|bombers?|gunm[ae]n|attackers?|"
                                        r"attacks?|bombings?|assaults?|raids?|offensive)$", re.IGNORECASE)
#: A verb's forms that are no bare infinitive ("attacked", "killing", "attacks").
_NOT_BARE: Final = ("ed", "ing", "s")
_INFINITIVE_BEFORE: Final = ("to ", "To ", ", ", " and ", " or ")
#: A comma-joined member belongs to a list closed by a later "and" or "or" in its clause.
_LIST_CLOSED_AFTER: Final = re.compile(r"[^.;:!?()—]{0,80}?\b(?:and|or)\s", re.IGNORECASE)


#: The last words of a verb of several words ("blow up", "open fire", "shoot dead"), unlike a noun's ("car bomb").
_VERB_PARTICLES: Final = frozenset({"up", "off", "out", "down", "on", "at", "fire", "dead", "hostage", "hostages"})


def _bare_verb(word: Hit) -> bool:
    """Whether the event word `word` may be a bare infinitive: lower case, in no inflected form (of several words,
    a verb and its particle)."""
    words = word.text.split()
    return words[0].islower() and not words[0].endswith(_NOT_BARE) and (
        len(words) == 1 or words[-1].lower() in _VERB_PARTICLES)


def _closes_a_list(text: str, joined: re.Match[str] | None, member: Hit) -> bool:
    """Whether the list gap `joined` (a match of a _LIST_JOINER pattern, or None) joins the member after it by "and"
    or "or", or by a bare comma with a later "and" or "or" in the clause."""
    return joined is not None and (joined.group("joiner").strip() != "," or _LIST_CLOSED_AFTER.match(
        text, member.end) is not None)


def _in_a_list_after(text: str, before: Hit, member: Hit) -> bool:
    """Whether the bare verb `member`, beyond a clause break or a long gap from the hit `before`, is a later
    member of a list of infinitives that a cue taking one opens at or before `before` (see _NOT_IN_A_MEMBER): the
    walk back goes on to the cue, which governs the list."""
    if not _bare_verb(member) or before.categories.isdisjoint(CUE_CATEGORIES):
        return False
    gap = text[before.end:member.start]
    takes_infinitive = before.text.lower().endswith(" to") or gap.startswith(" to ")
    return takes_infinitive and _closes_a_list(text, _VERB_LIST_AFTER_CUE.fullmatch(gap), member)


def carries_frame(text: str, before: Hit, event: Hit) -> bool:
    """Whether the event word `before` carries its frame (the cue that governs it) to the next event word `event`:
    the two are one act named in a compound (_modifies), members of one list, or an act and the act or arms that
    are its object ("to detonate a car bomb")."""
    gap = text[before.end:event.start]
    if gap in _COORDINATION or _modifies(text, before, event):
        return True  # "threaten to kill or kidnap", "planning a suicide bombing attack"
    if _bare_verb(before) and text.endswith(_INFINITIVE_BEFORE, 0, before.start):
        if _ACT_OR_ARMS_OBJECT.search(event.text) and _OBJECT_GAP.fullmatch(gap) is not None:
            return True  # "plotting to detonate a car bomb"
        return _bare_verb(event) and _closes_a_list(text, _VERB_LIST_GAP.fullmatch(gap), event)
    return _act_noun(before) and _act_noun(event) and _closes_a_list(text, _NOUN_LIST_GAP.fullmatch(gap), event)


def _act_noun(word: Hit) -> bool:
    """Whether the event word `word` may be a noun of an act ("car bombings", "attacks", "murder"): its last word
    ends as one does, and its first is no verb in the past ("opened fire")."""
    return _EVENT_NOUN_END.search(word.text) is not None and not word.text.split(maxsplit=1)[0].lower().endswith("ed")


#: The nouns of an act that head a compound of two violent words ("a bombing attack", "bombing raids").
_COMPOUND_HEADS: Final = frozenset({"attack", "attacks", "raid", "raids", "assault", "assaults", "campaign",
                                    "campaigns", "plot", "plots", "operation", "operations"})
# "the prime suspect in the shooting deaths of two deputies is reported to be": a suspect named with "the" is one
# known, in a case known before, and the deaths of the act he is known by are that case's matter, as the act is. One
# sought or unnamed ("a manhunt for a suspect in the shooting deaths of his wife and two children") may be the first
# news of them: a case's frame carries into such a compound only from a known suspect.
_KNOWN_SUSPECT_BEFORE: Final = re.compile(r"\b(?:the|its|their)\s+(?:(?:prime|main|chief|lead|key|female|male|lone|"
                                          r"alleged|accused|only|sole|other|second|two|three)\s+)*$", re.IGNORECASE)
#: The case frames of a known suspect: "the suspect in", "the prime suspect in".
_SUSPECT_FRAME: Final = re.compile(r"(?:(?:prime|main|chief|lead|key)\s+)?suspects?\s+(?:in|of)$", re.IGNORECASE)


def _names_a_death_by_its_act(text: str, act: Hit, death: Hit) -> bool:
    """Whether `death` is the head of a compound of a death that `act` modifies ("the shooting deaths")."""
    return death.text.split(maxsplit=1)[0].lower() in _DEATH_HEADS and _modifies(text, act, death)


def _known_suspects_frame(text: str, cue: Hit) -> bool:
    """Whether the case cue `cue` is the frame of a suspect named with "the" (see _KNOWN_SUSPECT_BEFORE)."""
    return _SUSPECT_FRAME.fullmatch(cue.text) is not None and _KNOWN_SUSPECT_BEFORE.search(
        text, max(0, cue.start - 30), cue.start) is not None


#: The nouns of a death that head a compound with the act that dealt it ("the shooting deaths of two deputies", "a
#: stabbing death"): one act, so "the suspect in the shooting deaths of two deputies" frames the deaths as it frames
#: the shooting (a death named by its act is that act's toll, no death of its own).
_DEATH_HEADS: Final = frozenset({"death", "deaths"})


#: The scopes of what is asked for, threatened or supposed, which an act done cannot be in.
_ASKED_SCOPES: Final = frozenset({"hypothetical", "modal"})
# "last week's assault", "last month's violence", "last Friday's attack": a time a week or more gone, in the
# possessive before an event noun (maybe past a word or two that say its kind), names an act done. ("Last
# night's" or "yesterday's" act may be reported for the first time.)
_GONE_TIME: Final = r"\b[Ll]ast\s+(?:week|month|year|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+"
_GONE_TIME_NAMED: Final = re.compile(_GONE_TIME + r"(?:[\w'’.–-]+\s+){0,2}$")
MAX_GONE_TIME_CHARS: Final = 50


def _named_by_a_gone_time(text: str, event_start: int) -> bool:
    """Whether the event word at event_start is named by a time gone in the possessive (see _GONE_TIME_NAMED)."""
    window = max(0, event_start - MAX_GONE_TIME_CHARS)
    return ("'s " in text[window:event_start] or "’s " in text[window:event_start]) and (
        _GONE_TIME_NAMED.search(text, window, event_start) is not None)


# "Man jailed for 18 years over 2023 Ballarat service station stabbing", "sentenced to life in prison for the 2019
# motorway shooting": the term of a sentence between the case word and what it is for ("for 18 years", "to life
# in prison", "to nine years' jail") is part of the case's frame, which then goes on in "for" or "over" and the
# act it is for; the act's words are counted from there, as after "jailed over".
_TERM_OF_A_SENTENCE_AFTER: Final = re.compile(
    r"\s+(?:to\s+|for\s+)?(?:(?:a|an)\s+)?(?:(?:whole\s+)?life|(?:a\s+)?(?:minimum\s+(?:of\s+)?|maximum\s+(?:of\s+)?|at\s+least\s+)?"
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:\s+and\s+a\s+half)?[\s-]+(?:years?|months?|weeks?)"
    r"['’]?)(?:\s+(?:in\s+)?(?:prison|jail|gaol|detention|custody|behind\s+bars))?\s+(?:for|over)\b",
    re.IGNORECASE)


# "arrested for murdering four people in the Jewish Museum of Belgium shooting": the act a charged verb's object was
# harmed in, named by its noun after "in", is the act the charge is for; the frame goes on past the object to it, as
# it does past a sentence's term.
_OBJECT_THEN_IN_AFTER: Final = re.compile(
    r"\s+(?:(?!(?:and|but|or|as|while|when|after|then)\b)[\w'’.-]+\s+){1,6}?(?:in|during)\s+(?:the|an?)\s",
    re.IGNORECASE)


def _framed_past_its_object(text: str, cue: Hit, event: Hit) -> bool:
    """Whether the legal cue `cue` is a charged verb ("for murdering") whose object is followed by "in" and the act
    noun `event`, within MAX_CUE_GAP_WORDS of it, in the clause (see _OBJECT_THEN_IN_AFTER)."""
    if not cue.text.lower().endswith("ing") or not _act_noun(event):
        return False
    object_ = _OBJECT_THEN_IN_AFTER.match(text, cue.end, event.start)
    return object_ is not None and words_between(text, object_.end() - 1, event.start) <= MAX_CUE_GAP_WORDS and (
        not crosses_clause(text, cue.end, event.start))


def _framed_past_a_term(text: str, cue: Hit, event: Hit) -> bool:
    """Whether the legal cue `cue` is followed by the term of a sentence and "for" or "over" (see
    _TERM_OF_A_SENTENCE_AFTER), and the event word comes within MAX_CUE_GAP_WORDS of that, in the clause."""
    term = _TERM_OF_A_SENTENCE_AFTER.match(text, cue.end, event.start)
    return term is not None and words_between(text, term.end(), event.start) <= MAX_CUE_GAP_WORDS and (
        not crosses_clause(text, term.end(), event.start))


#: The frames that name a charge or a blame as their object: "charged with fraud", "accused of theft",
#: "jailed for arson". (Cues that take a clause, "alleged the army killed", are not among them.)
_CHARGE_FRAMES: Final = frozenset({"charged with", "accused of", "convicted of", "suspected of", "jailed for",
                                   "blamed for", "involved in", "wanted for", "indicted for", "arrested for",
                                   "detained for", "sentenced for", "convicted for",
                                   # ("the suspect in last week's robbery shot dead two officers")
                                   "suspect in", "suspects in", "suspect of", "suspects of", "involvement in"})
#: The charge told as a bare noun phrase of one to three lower-case words ("fraud", "tax evasion", "a
#: robbery"): no preposition, conjunction, relative or auxiliary, and no -ing verb, after which the
#: frame could still go on ("accused of involvement in the attack", "charged with plotting to bomb",
#: "accused of fraud and murder", "convicted of having killed").
_BARE_CHARGE: Final = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?:(?!(?:of|in|on|for|with|to|at|by|and|or|nor|but|who|whom|that|which|having|had|has|"
    r"have|been|being|was|were|is|are|over|against|after|before|during|from|into|as|than|attempted|attempting)\b)"
    r"[a-z][a-z'’-]*(?<!ing)\s+){1,3}")
#: The first words of a verb told for its own subject, past or present, active or passive: "shot dead",
#: "stabbed", "was killed", "kills". (A bare noun is no verb: "charged with first-degree murder".)
_OWN_VERB_FIRST_WORDS: Final = frozenset({"shot", "was", "were", "kills", "shoots", "stabs", "struck", "slew",
                                          "beat", "hit", "blew", "opens"})


def _charge_then_own_act(text: str, cue: Hit, event: Hit) -> bool:
    """Whether the legal cue `cue` is a frame whose object is a charge told as a bare noun, and the event
    word after it is the verb of the sentence's own act, not the charge: "a man charged with fraud shot
    dead two guards" tells the shooting as done ("charged with murder", "accused of killing two" and
    "accused of fraud and murder" stay the case's charge)."""
    if cue.text.lower() not in _CHARGE_FRAMES or not _BARE_CHARGE.fullmatch(text, cue.end, event.start):
        return False
    first = event.text.split(maxsplit=1)[0].lower()
    return first.endswith("ed") or first in _OWN_VERB_FIRST_WORDS


#: Case words that describe a person when a noun follows them: "a jailed sect leader", "the convicted spy".
_CASE_ADJECTIVES: Final = frozenset({"jailed", "convicted", "imprisoned", "accused", "sentenced", "indicted", "detained",
                                     "charged"})
#: What may follow a case word for it to frame what comes after: a preposition of its charge, or nothing.
_CASE_FRAME_AFTER: Final = re.compile(r"\s*(?:(?:of|for|with|over|in|on|to|by|after|before)\b|$)", re.IGNORECASE)
_CASE_PREPOSITION: Final = re.compile(r"\b(?:of|for|with|over)\b", re.IGNORECASE)
#: Legal cues that are nouns: a case named, not a frame around the next word.
_CASE_NOUNS: Final = frozenset({"trial", "lawsuit", "allegation", "allegations", "war crimes"})
#: Case words that may describe either an act ("alleged killings", "alleged war crimes") or its doers ("alleged
#: drug traffickers shoot ..."): they frame the act unless a noun of doers follows them (_DESCRIBED_DOERS).
_DOER_OR_ACT_ADJECTIVES: Final = frozenset({"alleged"})
#: Doers named after "alleged", then the clause's own verb: up to two words that are no preposition, a noun of
#: people that do (an agent noun, a member, a gang, a gunman), and at most one verb joined to the event word by
#: "and" ("alleged drug traffickers shoot and kill", "an alleged gang member stabbed"; "alleged abuses by
#: soldiers" and "alleged army killings" name the act).
_DESCRIBED_DOERS: Final = re.compile(
    r"\s+(?:(?!(?:of|by|for|in|on|at|against|with|including|over|and|or)\s)[\w'’-]+\s+){0,2}?"
    r"(?:[a-z]+(?:ers?|ists?|ants?|m[ae]n)|members?|gangs?|cartels?|rebels?)"
    r"\s+(?:[a-z]+\s+and\s+)?$", re.IGNORECASE)

# "An inmate jailed in 2016 stabbed two guards", "a prisoner serving 25 years for killing three people in 2016 shot a
# warden": a case told in the description of a subject that opens the sentence is closed where that subject's own verb
# comes, a past form with its object after it and no preposition or "having" before it that would make it the charge
# ("accused of having stabbed two guards", "jailed after he stabbed a guard" stay the case's).
#: A word right before a verb that makes it the charge's or a clause's, no main verb of the subject's own.
#: How often one person was struck, after the verb: a count of wounds, no object ("a man stabbed 20 times").
_TIMES_AFTER: Final = re.compile(r"\s+\S+\s+times\b", re.IGNORECASE)
#: A subject of a few words that a participle describes right after it: "An inmate jailed", "A prisoner serving".
#: (the participle takes its complement, as a case's does: "jailed in", "serving 25 years", "convicted of"; a word in
#: -ing before a noun is no participle: "a fishing boat")
_PARTICIPLE_AFTER_SUBJECT: Final = re.compile(
    r"\s*(?:A|An|The)\s+(?:[\w'’-]+\s+){1,3}?([a-z]+(?:ed|ing))\s+(?:(?:in|for|of|on|to|over|with|since|at|by|a|an|the|his|"
    r"her|their|life)\b|\d)")
#: An act's past form that takes no -ed, then its object: "shot dead a guard", "struck a warden".
_IRREGULAR_ACT_WITH_OBJECT: Final = re.compile(
    r"(?:shot(?:\s+dead)?|struck|slew|beat)\s+(?:at\s+least\s+)?(?:\d|an?\s|the\s|his\s|her\s|their\s|one\s|two\s|"
    r"three\s|four\s|five\s|six\s|seven\s|eight\s|nine\s|ten\s)", re.IGNORECASE)
_CHARGE_WORD_BEFORE: Final = re.compile(r"\b(?:of|for|with|over|having|had|has|have|after|before|and|or|to)\s+$",
                                        re.IGNORECASE)


# "A man who pleaded guilty to assault last year shoots dead two neighbours", "an inmate jailed in March stabs two
# guards": a time told at the end of the description of a subject that opens its sentence (a relative clause of "who"
# with its own verb, or a participle after the subject's noun) dates that description, the case or the life it tells;
# the subject's own verb right after it, with its object, is a new act ("Last year a man shot two neighbours" and "the
# man who last year shot two neighbours" stay past: the time opens the sentence, or the act is the relative's own).
#: (its words open no clause of their own inside it: "a man who said he shot two neighbours" tells what he said)
_SUBJECT_WITH_A_WHO_CLAUSE: Final = re.compile(
    r"(?:\A|(?<=[.!?\n]))\s*(?:A|An|The)\s+(?:[\w'’-]+\s+){1,3}?(who)\s+(?:(?!(?:he|she|they|it|we|i|you|that|which|"
    r"and|or|but|when|while|after|before|because|since|if|until)\s)[\w'’.-]+\s+){2,16}$", re.IGNORECASE)
#: How far before the time the subject it ends the description of may open.
MAX_DATED_DESCRIPTION_CHARS: Final = 140


def dates_the_subjects_description(text: str, time: Hit, event: Hit) -> bool:
    """Whether the time marker `time`, right before the event word, ends the description of a subject that opens
    its sentence, and the event word is that subject's own violent verb with its object (see
    _SUBJECT_WITH_A_WHO_CLAUSE's comment)."""
    if event.categories.isdisjoint(VIOLENT_CATEGORIES) or not _main_verb_after_object(text, event):
        return False
    lo = max(0, time.start - MAX_DATED_DESCRIPTION_CHARS)
    if _SUBJECT_WITH_A_WHO_CLAUSE.search(text, lo, time.start) is not None:
        return True
    subject = _SUBJECT_DESCRIBED.search(text, lo, time.start)
    participle = _PARTICIPLE_AFTER_SUBJECT.match(text, subject.start()) if subject is not None else None
    return participle is not None and participle.end(1) < time.start


def _own_act_of_a_described_subject(text: str, case_start: int, event: Hit) -> bool:
    """Whether the case word at `case_start` stands in the description of a subject that opens its sentence (a
    participle after its noun, or a clause of "who": _SUBJECT_WITH_A_WHO_CLAUSE) and the event word after it is that
    subject's own verb with its object (see _CHARGE_WORD_BEFORE's comment)."""
    if not _main_verb_after_object(text, event) or _TIMES_AFTER.match(text, event.end) or _CHARGE_WORD_BEFORE.search(
            text, max(0, event.start - 10), event.start):
        return False
    lo = max(0, case_start - MAX_DESCRIBED_SUBJECT_CHARS)
    relative = _SUBJECT_WITH_A_WHO_CLAUSE.search(text, lo, event.start)
    if relative is not None and relative.start(1) < case_start:
        return True  # "a man who pleaded guilty to burglary shoots dead two neighbours"
    subject = _SUBJECT_DESCRIBED.search(text, lo, event.start)
    if subject is None:
        return False
    participle = _PARTICIPLE_AFTER_SUBJECT.match(text, subject.start())
    return participle is not None and participle.start(1) <= case_start


# "a US strike on an alleged drug boat in the Caribbean kills four", "a raid on an alleged militant hideout killed
# two": "alleged" in a phrase of the subject that names the target or the place of the act describes that thing,
# not the act; the clause's own verb after the phrase is told ("soldiers fired on alleged looters" has no verb
# after it; "an alleged plot to kill" and "alleged that troops killed" hold an infinitive and a that-clause).
#: The preposition that opens the phrase "alleged" stands in, right before it (and its determiner).
_PLACE_OR_TARGET_BEFORE: Final = re.compile(r"\b(?:on|at|against|near|in|of)\s+(?:(?:an?|the)\s+)?$", re.IGNORECASE)
#: The thing described, up to the verb: words with no "that", "to" or auxiliary among them.
_DESCRIBED_THING: Final = re.compile(
    r"\s+(?:(?!(?:that|to|who|which|was|were|is|are|has|have|had|be|been|being)\s)[\w'’.-]+\s+){1,8}?", re.IGNORECASE)


def _legal_word_before_own_act(text: str, cue: Hit, event: Hit, in_title: bool) -> bool:
    """Whether the legal cue `cue` frames nothing of the event word after it: a case word that describes the
    person named after it ("followers of a jailed sect leader storm a police station", "alleged drug traffickers
    shoot and kill 3 policemen"), or a case named as a
    noun before the clause's own verb ("a blast at a court during a terrorism trial kills four", "witness in
    gang murder trial shot dead")."""
    word = cue.text.lower()
    if word in _CASE_ADJECTIVES:
        # (a verb's object before its charge frames still: "has accused the rebels of violating the truce")
        between = text[cue.end:event.start]
        return bool(between.strip()) and not _CASE_FRAME_AFTER.match(between) and not _CASE_PREPOSITION.search(between)
    if word in _DOER_OR_ACT_ADJECTIVES:
        # ("alleged drug traffickers shoot and kill 3 policemen": who the doers are said to be; the act is told)
        # (the doer noun is itself no act told: "the alleged theater gunman" names the person the case is about)
        if _act_noun(event) or "armed_group" in event.categories:
            return False
        return _DESCRIBED_DOERS.fullmatch(text, cue.end, event.start) is not None or (
            _PLACE_OR_TARGET_BEFORE.search(text, max(0, cue.start - 12), cue.start) is not None
            and _DESCRIBED_THING.fullmatch(text, cue.end, event.start) is not None
            # (a verb with its toll as its object is a finite one: "... in the hills killed three people")
            and (own_verb(text, event.start, in_title) or _TOLL_AFTER_VERB.match(text, event.end) is not None))
    return word in _CASE_NOUNS and own_verb(text, event.start, in_title)


# A denied or rejected claim denies what its that-clause says, however far the denial stands
# from the event word ("rejected as false and fabricated a Pakistani claim that drones had struck"), and
# whoever made the claim ("denies claims by its neighbour that one of its aircraft dropped a bomb"), up to
# the toll told after a comma at its end ("that its jets bombed a village, killing three").
_DENIED_CLAIM: Final = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|refuted|refutes)\b"
    r"(?:\s+[\w'’,-]+){0,8}?\s+(?:claims?|allegations?|reports?|accusations?|suggestions?)"
    r"(?:\s+(?:by|from)\s+(?:[\w'’.-]+\s+){1,6}?)?\s*that\s+(?:[\w'’-]+\s+){0,14}?(?:[\w'’-]+,\s+)?$",
    re.IGNORECASE,
)
_DENIAL_NEEDLES: Final = frozenset({"deni", "deny", "reject", "dismiss", "refute"})


def _may_deny_a_claim(text: str, event_start: int) -> bool:
    """False when _DENIED_CLAIM cannot match before the event word (no denial word in the text, or
    no "that" shortly before the event): the common case, told by substring tests."""
    return not absent(text, _DENIAL_NEEDLES) and folded(text).find("that", max(0, event_start - 120), event_start) >= 0


#: The words that open a clause about an earlier event, in the folded text (bot.classify.lowered):
#: "after", "since", "in the wake of", "in light of", "in response to"; and the words that name the
#: cause of a measure, which is as much an earlier event: "a curfew is imposed due to recent attacks".
# (and the cause a retaliation or revenge is for: "will not retaliate militarily for the missile attack on
# its bases that injured 100 troops", "vows revenge for the raid")
_SUBORDINATOR: Final = re.compile(
    r"\b(?:after|following|since|in\s+the\s+wake\s+of|in\s+light\s+of|in\s+response\s+to|in\s+retaliation\s+for|"
    r"due\s+to|because\s+of|"
    r"despite|in\s+spite\s+of|retaliat(?:e|es|ed|ing)\s+(?:\w+ly\s+)?for|(?:revenge|vengeance)\s+for)\b")
#: The markers of _SUBORDINATOR that name a cause, not an earlier time.
_CAUSE_MARKERS: Final = ("due", "because")
_CLAUSE_PUNCTUATION: Final = re.compile(r"[,;:]")
_SUBORDINATOR_NEEDLES: Final = frozenset({"after", "following", "since", "wake", "light", "response", "retaliat", "due to",
                                         "because of",
                                         "despite", "spite", "revenge", "vengeance"})
# "oil prices fall following news that forces killed the group's leader": news told as the cause of
# other news is its background, whoever it says was killed
_NEWS_OF: Final = re.compile(r"\s+(?:the\s+)?(?:news|reports?|word|announcement)\s+(?:that|of)\b")


def may_hold_background_clause(text: str) -> bool:
    """False when `text` has no after/following/since, so in_background_clause cannot find one:
    asked once per text."""
    return not absent(text, _SUBORDINATOR_NEEDLES) and _SUBORDINATOR.search(folded(text)) is not None


#: Damage a main clause tells, which an act in its after-clause did: a fall, a fire, a blast, a wreck.
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_DAMAGE_TOLD: Final = re.compile(
    r"\b(?:collaps(?:es|ed|ing|e)|caved?\s+in|caves\s+in|burst\s+into\s+flames|bursts\s+into\s+flames|caught\s+fire|"
    r"catch(?:es)?\s+fire|ablaze|on\s+fire|(?:fire|blaze)\s+(?:breaks|broke)\s+out|derail(?:s|ed)|sank|sinks|sunk|"
    r"destroyed|flattened|razed|levell?ed|toppled|crumbled)\b")


#: A span of hours before an after-clause's marker: what the clause tells happened hours before the news.
_HOURS_BEFORE: Final = re.compile(r"\b(?:hours|minutes|moments|an\s+hour|shortly|soon)\s+$", re.IGNORECASE)


def in_background_clause(text: str, hits: list[Hit], index: int, sentence_start: int,
                         quiet: Set[int] = frozenset()) -> bool:
    """ "Italy suspended air links one day after a Serbian jet shot down a helicopter", "the league
    bans the team despite the attack on its bus": an event in an after/following/since/despite
    clause, when the main clause before it reports no casualty or reports an act of its own, is the
    background of other news. So is one in such a clause that opens the sentence, where the main
    clause after it reports no violence ("Following the bombing of the embassy, the two states cut
    ties"). `quiet` holds the starts of the sentence's earlier event words already found to be history
    or the topic of a reaction (the main clause's "condemns the attack" reports no violence of its
    own)."""
    event = hits[index]
    marker = None
    window_start = max(sentence_start, event.start - 200)
    for match in _SUBORDINATOR.finditer(folded(text), window_start, event.start):
        marker = match
    if marker is None:
        return False
    lag = folded(text)[max(sentence_start, marker.start() - 20):marker.start()]
    if ("hour" in lag or "minute" in lag or "moment" in lag or "shortly" in lag or "soon" in lag) and _HOURS_BEFORE.search(
            lag):
        return False  # "police arrest a suspect hours after a shooting that killed three": the act is hours old, news
    lagged = _lagged_days_after(text, sentence_start, marker)
    news_of = _NEWS_OF.match(folded(text), marker.end()) is not None
    # (news told as the cause is background however short the main clause before it: "Oil prices fall
    # following news that ...")
    fronted = not news_of and words_between(text, sentence_start, marker.start()) < 3
    known = _names_known_event(text, hits, marker.end()) or (
        # (a span of weeks of fighting, where the main clause ends or answers it: asked only after a span)
        not fronted and _SPAN_OF.match(text, marker.end()) is not None and any(
            not _ENDS_OR_ANSWERS.isdisjoint(hit.categories) for hit in hits if sentence_start <= hit.start < marker.start())
        and _names_known_event(text, hits, marker.end(), spans=True)) or (
        not fronted and _names_described_event(text, hits, marker.end())
        and any("reaction" in hit.categories for hit in hits if sentence_start <= hit.start < marker.start()))
    # (an event dated earlier is told as past, but its clause still ends at a comma: "..., killing three more")
    earlier = not known and (lagged or _dated_earlier(text, marker.end(), event.end) or (
        not fronted and _diplomacy_days_after(text, hits, sentence_start, marker.start())))
    if fronted and not (known or earlier or marker.group().startswith("in ")):
        return False  # "After a bomb went off in the market, police sealed the area": the bomb is the news
    # a cause may last into the news, where an after-clause's act is over: "families flee due to clashes between
    # the army and rebels" tells the clashes; a cause known before or dated earlier is background ("a curfew is
    # imposed due to recent attacks"), but not its toll ("due to the violence in the capital, where 87 were killed")
    cause = marker.group().startswith(_CAUSE_MARKERS)
    if cause and not (known or earlier):
        return False
    if not _clause_reaches(text, marker.end(), event.start, known or (
            lagged and _told_on_past_comma(text, hits, marker.end(), event.start))):
        return False
    if not fronted and _result_of_the_main_act(text, hits, sentence_start, marker, event, quiet):
        return False  # "jets bombed a camp in retaliation for the attack, killing 30 militants": the jets' toll
    if not fronted and _LATER_CASE_STAGE.search(text, sentence_start, marker.start()):
        # a later stage of a case answers the act it follows, whatever the clause tells (the main clause's
        # own casualty words name the charge: "charged with murder after shooting dead two men")
        return True
    if not (known and not cause) and not earlier and not news_of and any(
            _tells_a_killing(hit.categories) for hit in hits if hit.start >= marker.end()) and any(
        not CASUALTY_CATEGORIES.isdisjoint(hit.categories) for hit in hits if hit.start >= marker.end()
    ):
        # "talks collapsed after an Israeli raid killed two": people killed or wounded are news of their
        # own, whatever the main clause reports (but "following the death of the king" tells no killing,
        # and "talks resume following the raid that killed two" names an event known before)
        return False
    if fronted:
        main_start = _main_clause_start(text, marker.end(), event.end)
        return main_start >= 0 and not any(
            hit.categories & (VIOLENT_CATEGORIES | CASUALTY_CATEGORIES) for hit in hits if hit.start >= main_start)
    if _DAMAGE_TOLD.search(folded(text), sentence_start, marker.start()) is not None:
        # "a building collapses after a missile strike", "a petrol station burst into flames after being
        # struck by a drone": the main clause tells what the act did, so the act is the news
        return False
    main = [hit for hit in hits if hit.end <= marker.start() and hit.start not in quiet]
    if any(not VIOLENT_CATEGORIES.isdisjoint(hit.categories) for hit in main):
        # "US Navy strikes radar sites after attacks on shipping": the act of the main clause is the
        # news, the one it answers its background
        return True
    # (but in "three killed after gunmen opened fire" the clause tells how the main clause's dead died)
    return not any(not CASUALTY_CATEGORIES.isdisjoint(hit.categories) for hit in main)


# "orders troops to the district three days after gunmen killed 38 villagers", "issues a warning a fortnight after a
# bomber killed 11", "a year after the rebels' capture of the city, which left 3,000 dead": a span of two days or more
# set before "after" says its act was done that long before the news, which is the main clause's: the act is the
# news's background, told to the end of its clause ("..., where a boy was shot dead", "..., killing six"). (A span of
# hours is the news of the act itself; and so is a span of one day: an act of yesterday may be first reported
# today, as "gunmen killed 12 on Sunday" read on Monday, "police sealed off the square a day after a car bomb
# killed 12 there".)
_DAYS_SPAN_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|few|some|many|"
    r"[2-9]|\d\d+)\s+days|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|some|many|\d+)\s+"
    r"(?:weeks?|months?|years?|decades?)|(?:a|one|two|\d+)\s+fortnights?|days|weeks|months|years|decades)"
    r"\s+(?:later\s+|on\s+)?$", re.IGNORECASE)
_DAYS_SPAN_NEEDLES: Final = ("day", "week", "month", "year", "fortnight", "decade")


#: A relative word after a comma: the clause it opens describes the noun before the comma.
_RELATIVE_AFTER_COMMA: Final = re.compile(r",\s+(?:which|where|who|whom|when|in\s+which|during\s+which)\b", re.IGNORECASE)


def _told_on_past_comma(text: str, hits: list[Hit], clause_start: int, event_start: int) -> bool:
    """Whether the after-clause starting at clause_start goes on past a comma to the event word at event_start:
    where it tells an act of its own before the event word, which a participle or a clause after the comma
    describes ("weeks after settlers torched homes on 3 June, where a boy was shot dead", "a week after a bomb
    outside the station in the town, in the province, killed three"), or where a relative word opens the
    clause after its first comma ("a year after the rebels' capture of the city, which left 3,000 dead"). An
    after-clause of no act leaves a participle after the comma to the main clause's act ("clashes broke out
    weeks after a truce was signed, leaving eight dead")."""
    comma = text.find(",", clause_start, event_start)
    if comma < 0:
        return True
    return _RELATIVE_AFTER_COMMA.match(text, comma) is not None or any(
        not (VIOLENT_CATEGORIES | CASUALTY_CATEGORIES).isdisjoint(hit.categories)
        for hit in hits if clause_start <= hit.start < event_start)


def _lagged_days_after(text: str, sentence_start: int, marker: re.Match[str]) -> bool:
    """Whether the after-word `marker` is "after" or "following" set a span of two days or more after its act
    (see _DAYS_SPAN_BEFORE)."""
    if not marker.group().startswith(("after", "following")):
        return False
    window = folded(text)[max(sentence_start, marker.start() - 24):marker.start()]
    return any(needle in window for needle in _DAYS_SPAN_NEEDLES) and _DAYS_SPAN_BEFORE.search(window) is not None


# "the opposition calls a strike after security forces killed 12 protesters last week", "after police
# recently shot two students, ...": a word of earlier time in the after-clause places its event before
# the news, which is the main clause's, whoever the clause says did the killing. (A day keeps the event
# news: "after police killed 12 protesters on Monday" may be its first report.)
MAX_EARLIER_AFTER_EVENT: Final = 60


def _dated_earlier(text: str, clause_start: int, event_end: int) -> bool:
    """Whether a word of earlier time (see _EARLIER) dates the after-clause opening at clause_start, no
    further than a few words past the event word ending at event_end, in its clause."""
    if absent(text, _EARLIER_NEEDLES):
        return False
    earlier = _EARLIER.search(text, clause_start, min(len(text), event_end + MAX_EARLIER_AFTER_EVENT))
    return earlier is not None and not crosses_clause(text, clause_start, earlier.start())


# "the state evacuates all its diplomats one day after an attack on its embassy left one dead", "recalls its
# envoy two days after gunmen killed a consul": a diplomatic act (a reaction word, or diplomats, an embassy
# or an envoy named in the main clause) set a day or more after an act answers that act as yesterday's
# news, whatever its toll. (A lag alone under another main clause leaves the act news: "police sealed off
# the square, a day after a car bomb killed 12 there"; and so does a lag of hours.)
_DAYS_LAG_BEFORE: Final = re.compile(
    r"\b(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?)\s+$", re.IGNORECASE)
_DIPLOMACY: Final = re.compile(r"\b(?:diplomats?|diplomatic|embass(?:y|ies)|ambassadors?|envoys?|consulates?|"
                               r"consuls?)\b", re.IGNORECASE)


def _diplomacy_days_after(text: str, hits: list[Hit], sentence_start: int, marker_start: int) -> bool:
    """Whether the after-word at marker_start is set a day or more after its act (see _DAYS_LAG_BEFORE) and
    the main clause before it is a diplomatic act."""
    if _DAYS_LAG_BEFORE.search(text, max(sentence_start, marker_start - 20), marker_start) is None:
        return False
    main = [hit for hit in hits if sentence_start <= hit.start < marker_start]
    # (a main clause that tells harm, even as an accusation, is a tit-for-tat of acts: "accuses the neighbour
    # of shooting dead five soldiers, a day after three of its own were killed" reports both)
    return all(_HARM.isdisjoint(hit.categories) for hit in main) and (
        _DIPLOMACY.search(text, sentence_start, marker_start) is not None
        or any("reaction" in hit.categories for hit in main))


# "following the raid", "after yesterday's bombing", "since the recent clashes", "after the killing
# of": an after-clause that opens with a definite event noun names an event known before, whose toll
# is told again as its description. (A subject and its verb, "after the army killed two", tell news:
# the first word of the vocabulary after the determiner is then an actor or a verb, not an event noun.)
_KNOWN_DETERMINER: Final = re.compile(
    r"\s+(?:the|this|that|these|those|its|their|his|her|last\s+\w+['’]s|(?:yester|to)day['’]s|\w+day['’]s|"
    r"[A-Z][\w.-]*['’]s|recent)\s+(?:recent\s+)?",
)
# "agree to a ceasefire after two weeks of fighting that killed hundreds", "talks resume after months of
# clashes": a span of weeks or more names a period of fighting told whole, where the main clause ends it or
# answers it (a truce, a reaction). (A span of days may be news, and a main clause of war tells the
# period's end by arms: "the army retakes the city after three months of fighting that killed 2,000".)
_SPAN_OF: Final = re.compile(
    r"\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+)?(?:weeks|months|years|decades)\s+"
    r"of\s+",
    re.IGNORECASE)
_ENDS_OR_ANSWERS: Final = frozenset({"deescalation", "reaction"})
_EVENT_NOUNS: Final = VIOLENT_CATEGORIES | {"conflict", "context_protest"}
_ACTORS: Final = frozenset({"state_force", "armed_group"})
_EVENT_MODIFIERS: Final = frozenset({"gathering_target", "military_place", "vehicle"})
_MAX_KNOWN_WORDS: Final = 25


def _names_known_event(text: str, hits: list[Hit], clause_start: int, spans: bool = False) -> bool:
    """Whether the clause starting at clause_start opens with a definite event noun (see _KNOWN_DETERMINER),
    or, where `spans`, a span of weeks or more of one (see _SPAN_OF)."""
    determiner = _KNOWN_DETERMINER.match(text, clause_start) or (_SPAN_OF.match(text, clause_start) if spans else None)
    if determiner is None:
        return False
    # (the event word may hold the determiner: "the death of"; names and forces before it are its
    # modifiers, "the Navy Seals raid", where the event word is a noun, not a verb in the past: "the
    # army killed", "the rebels attacked")
    # (where people gather, bases and vehicles are modifiers too: "the church shooting", "the bus bombing";
    # and the count of a span is the determiner's: "two weeks of fighting")
    first = next((hit for hit in hits if hit.start >= clause_start and not hit.names
                  and _ACTORS.isdisjoint(hit.categories) and not hit.categories <= _EVENT_MODIFIERS
                  and not (hit.end <= determiner.end() and hit.categories <= _COUNT_CATEGORIES)), None)
    if first is None or words_between(text, determiner.end(), first.start) > 4:
        return False
    if not _EVENT_NOUNS.isdisjoint(first.categories):
        return not first.text.lower().endswith("ed")
    # a casualty word is a noun where "of" follows: "the killing of", "the deaths of"
    return not CASUALTY_CATEGORIES.isdisjoint(first.categories) and (
        first.text.lower().endswith(" of") or text.startswith(" of ", first.end))


# "Israel suspends permits following a mass shooting in the city that killed four", "the club withdraws
# its staff after an attack on its offices in which two died": a reaction (the main clause's act is a
# reaction word: a ban, a suspension, an expulsion) to an event named by a noun, whose toll a relative
# clause tells, answers that event as a thing known: the toll describes it, as with "the raid that killed
# two". (Where the event is told by a verb of its own, "after gunmen killed four", it stays news.)
# A bare plural or mass event noun is as indefinite as one after "a": "the government dissolves the court
# after riots that killed four", "announces reforms following unrest that saw six people killed" answer
# the riots as a thing known by their toll. (The noun must open the clause, maybe after one word that
# says what kind it was, "deadly clashes", "fresh riots"; a subject, "after gunmen killed four", is news.)
_INDEFINITE_DETERMINER: Final = re.compile(r"\s+(?:(?:an?|another)\s+(?:recent\s+)?|(?=\S))", re.IGNORECASE)
#: How many words may stand between a bare event noun (no "a") and the start of its clause.
MAX_WORDS_BEFORE_BARE_EVENT: Final = 1
_RELATIVE_WORD: Final = re.compile(r"\b(?:that|which|who|in\s+which|during\s+which)\b", re.IGNORECASE)


def _names_described_event(text: str, hits: list[Hit], clause_start: int) -> bool:
    """Whether the clause starting at clause_start opens with an event noun after "a" or "an", and every
    casualty word of the clause comes in a relative clause after it (see _INDEFINITE_DETERMINER)."""
    determiner = _INDEFINITE_DETERMINER.match(text, clause_start)
    if determiner is None:
        return False
    first = next((hit for hit in hits if hit.start >= clause_start and not hit.names
                  and _ACTORS.isdisjoint(hit.categories) and not hit.categories <= _EVENT_MODIFIERS), None)
    bare = not determiner.group().strip()
    if first is None or (len(text[determiner.end():first.start].split()) > MAX_WORDS_BEFORE_BARE_EVENT if bare
                         else words_between(text, determiner.end(), first.start) > 4) or _EVENT_NOUNS.isdisjoint(
            first.categories) or first.text.lower().endswith("ed"):
        return False
    toll = next((hit for hit in hits if hit.start >= first.end and not CASUALTY_CATEGORIES.isdisjoint(hit.categories)),
                None)
    return toll is not None and _RELATIVE_WORD.search(text, first.end, toll.start) is not None


# Where a known event's clause ends: a semicolon or a colon, or a comma that opens a clause of its own
# ("..., and troops killed five today").
_CLAUSE_END: Final = re.compile(r"[;:]|,\s+(?:and|but|while|as|whereas)\b")


#: A participle right after a comma: it tells a result of the act of the clause it follows.
_RESULT_PARTICIPLE: Final = re.compile(r",\s+$")
#: A relative word in an after-clause: a participle after the relative's clause may go on telling the clause's own
#: act ("in response to a shelling that hit the town, killing five": the shelling's toll).
_RELATIVE_IN_CLAUSE: Final = re.compile(r"\b(?:that|which|who|whom|where|when|in\s+which)\b")


def _result_of_the_main_act(text: str, hits: list[Hit], sentence_start: int, marker: re.Match[str], event: Hit,
                            quiet: Set[int]) -> bool:
    """Whether the event word, a participle after a comma that ends an after- or reason-clause naming a known
    event, tells the result of the main clause's own act ("jets bombed a camp in retaliation for the deaths of
    four guards, killing 30 militants": the 30 are the jets' dead, the reason's deaths another event). The main
    clause must tell a violent act of its own (not quiet) and the clause no relative of its own, whose act a
    participle may still tell ("after the raid that hit the town, killing five")."""
    if not event.text[:1].islower() or not event.text.split(maxsplit=1)[0].endswith("ing"):
        return False
    if _RESULT_PARTICIPLE.search(text, max(marker.end(), event.start - 3), event.start) is None:
        return False
    if _RELATIVE_IN_CLAUSE.search(folded(text), marker.end(), event.start) is not None:
        return False
    return any(not VIOLENT_CATEGORIES.isdisjoint(hit.categories) and hit.start not in quiet
               for hit in hits if sentence_start <= hit.start and hit.end <= marker.start())


def _clause_reaches(text: str, clause_start: int, event_start: int, known: bool) -> bool:
    """Whether the after-clause starting at clause_start still holds the event word at event_start:
    ten words with no comma, or a known event's description up to the end of its clause."""
    if not known:
        return not _CLAUSE_PUNCTUATION.search(text, clause_start, event_start) and words_between(
            text, clause_start, event_start) <= 10
    return not _CLAUSE_END.search(text, clause_start, event_start) and words_between(
        text, clause_start, event_start) <= _MAX_KNOWN_WORDS


def _main_clause_start(text: str, clause_start: int, event_end: int) -> int:
    """Where the main clause after a fronted after-clause starts: after the first comma past the event
    word, or -1 where there is none."""
    comma = text.find(",", event_end)
    return comma + 1 if comma >= 0 else -1


_KILLING_CUES: Final = VIOLENT_CATEGORIES | {"conflict"}


def _tells_a_killing(categories: frozenset[str]) -> bool:
    """Whether a hit tells violence done to people: a casualty word that names its cause ("killed",
    "wounded"), a violent act, or a war or violence ("violence results in seven deaths")."""
    if not _KILLING_CUES.isdisjoint(categories):
        return True
    return not CASUALTY_CATEGORIES.isdisjoint(categories) and "bare_death" not in categories


# "the 2008 Mumbai attacks", "the 1991-1995 Serbo-Croatian conflict": a year (and capitalised
# name words) between "the" and the event word names a known, earlier event. A fresh report dates
# its event instead ("a bomb exploded on 3 May 2019"), and "the 2000 people killed" is a count
# (no capital after the number), so neither is taken for history.
# A day and month used the same way name one too: "the September 11 attacks", "the 7 July bombings",
# "the 9/11 attacks"; and "a" names one as "the" does ("a 2009 kidnapping", "a March 4 airstrike").
_MONTHS: Final = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")
_MONTH_NAME: Final = "(?:" + "|".join(_MONTHS) + ")"
_DATED: Final = (r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?|\d{1,2}/\d{1,2}"
                 rf"|{_MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+(?:19|20)\d\d)")
_NAME_WORD: Final = r"[A-Z][\w'’.–-]*\s+(?:\d+\s+)?"
_DATED_NAME: Final = re.compile(rf"{_DATED}\s+(?:{_NAME_WORD}){{0,3}}$")
# An event noun (not a casualty word: "the 2000 Syrian soldiers killed" is a count) may follow the
# name words after a plain word or two that says what kind of event it was: "the 2010 Israel–Lebanon
# border clash", "the 2004 Madrid train bombings".
_DATED_KIND_NAME: Final = re.compile(rf"{_DATED}\s+(?:{_NAME_WORD}){{1,3}}(?:[a-z][\w'’-]*\s+){{1,2}}$")
# "reopen 2019 murder case", "1994 massacre victims": a year right before an event noun dates it too,
# but a number before a casualty verb or adjective is a count ("2000 killed")
# (and a name or two between: "killed in 1986 US airstrikes", "the 1940 Katyn massacre")
#: How far before the event word the year of _YEAR_BEFORE may stand (itself and two words of a name).
MAX_NAME_AFTER_YEAR_CHARS: Final = 36
_YEAR_BEFORE: Final = re.compile(r"(?<![\w,.])(?:19|20)\d\d (?:[A-Z][\w'’.-]*\s+){0,2}$")
# (and so is one told with its auxiliary, the clause's own verb: "engineers abducted in May 2011 were killed
# during a rescue attempt")
_COUNT_WORD: Final = re.compile(r"(?:(?:was|were|are|is|had\s+been|have\s+been|has\s+been)\s+)?"
                                r"(?:killed|dead|died|dies|injured|wounded|hurt|perished|slain)\b", re.IGNORECASE)
# "... the massacre in which 300 people died", "the bombing that killed 12": a relative clause that
# describes an event word in the past is in the past too, and so is one that hangs from what a past
# marker remembers ("the anniversary of the day when the senator was assassinated", "the bodies of the
# passengers who died", "the report into the crash, which concludes that the plane was shot down"). The
# gap from that word to the next event word: an optional "of (the) X" or "into (the) X" of a
# few words, or the event's target or place ("the attacks on the airport and metro that killed 32"),
# and a relative word, then a few words (initials among them: "Robert F. Kennedy").
_RELATIVE_GAP: Final = re.compile(
    # (or a place it happened in, or its target: "Sunday's bombings in the capital that killed 200",
    # "the attacks on the airport and metro that killed 32"; or both, the target told with "a": "the
    # bombing of a mosque in the old town that killed 63")
    # (the event's phrase may hold the preposition: "strikes on"; a place at sea is "off" a coast: "the shooting off
    # Selangor, in which one was killed")
    r"(?:(?:\s+(?:of|into|in|at|on|near|outside|against|off)|(?<=\s(?:on|of|in|at)))\s+(?:(?:the|a|an)\s+)?[\w'’-]+"
    r"(?:\s+[\w'’-]+){0,3}){0,2}"
    # (and the place's region and country after commas, in capitals: "the strike on a market in Mota, Amhara
    # Region, Ethiopia, which killed 26"; maybe abbreviated, "D.C.", "U.S.")
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}){0,3}"
    # (and the day it happened on: "a shooting in the city on March 11 that injured 13 people")
    rf"(?:,?\s+on\s+(?:{_MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_NAME}))?\s*,?\s+"
    r"(?:that|which|in\s+which|during\s+which|where|when|who|whom)\s+(?:[\w'’.-]+\s+){0,6}"
    # (its subject may join two groups of the dead: "in which five guards and a Qatari security officer were killed")
    r"(?:and\s+(?:[\w'’.-]+\s+){1,4})?",
    re.IGNORECASE,
)


#: What the dated-name regexes and _YEAR_BEFORE need somewhere in the text: a year, a day/month or a month's name. (It
#: opens with one class of every first character, and a look-behind tells the alternatives apart: the regex engine
#: skips in C the characters none starts with, which an alternation of whole words kept it from, twice as slow.)
def _by_first_letter(words: tuple[str, ...]) -> str:
    """ "(?<=J)(?:anuary|une|uly)|(?<=F)ebruary|...": the words after their first letter, which a
    look-behind names."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "|".join(f"(?<={first})" + (f"(?:{'|'.join(rest)})" if len(rest) > 1 else rest[0])
                    for first, rest in rests.items())


_DATED_HINT: Final = re.compile(
    r"[\d" + "".join(dict.fromkeys(month[0] for month in _MONTHS)) + r"](?:(?<=1)9\d\d|(?<=2)0\d\d|(?<=\d)/\d|"
    + _by_first_letter(_MONTHS) + ")")


def may_name_dated_event(text: str) -> bool:
    """False when no event of `text` can be named by a year or a date ("the 2008 ...", "the September
    11 attacks"): asked once per text."""
    return _DATED_HINT.search(text) is not None


# "the 2010 flotilla raid", "the 2001 terror attacks", "a December 2012 murder": after "the" or "a" and a
# year (or a month and a year), plain words name the event too, where the event word is a noun of an
# act, not a count ("the 2000 people killed").
# (two kinds joined by "and" are one name: "the 2019 Easter Sunday church and hotel bombings")
_DATED_PLAIN_NAME: Final = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?:{_MONTH_NAME}\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+(?:[\w'’.–-]+\s+){{0,3}}"
    r"(?:and\s+[\w'’.–-]+\s+)?$")
# "2015 Sousse attacks", "November 2015 Paris attacks", "2014–15 border skirmishes": a title (or a part of
# a list of them after a comma) that opens with a year names a dated event; so does a month
# and year before a capitalised name anywhere ("reactions to November 2015 Paris attacks").
_DATED_TITLE: Final = re.compile(
    rf"(?:^|\n|,[ \t])[ \t]*(?:{_MONTH_NAME}\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+(?:[\w'’.–-]+\s+){{0,4}}$"
    rf"|\b{_MONTH_NAME}\s+(?:19|20)\d\d\s+(?:[A-Z][\w'’.–-]*\s+){{1,3}}$"
)


# "the March strikes on the port", "the February suicide bombing of a mosque", "the January drone strike": a
# month's name alone between "the" and the event noun (maybe after a plain word or two that say its kind)
# names the event of that month, known before: a fresh report dates its act by a day ("on Tuesday", "a
# drone strike on Thursday"). (A capitalised word after the month names something else: "the May Day
# rally"; and "a March strike" may be a plan.)
_MONTH_NAMED: Final = re.compile(rf"\b[Tt]he\s+{_MONTH_NAME}\s+(?:[a-z][\w'’-]*\s+){{0,2}}$"
                                 # and in the possessive, after a lower-case word (a capitalised one makes it a
                                 # name: "Theresa May's"): "killed during May's flotilla raid", "in March's attack
                                 # on the port", as "last Thursday's" names a week gone
                                 rf"|(?<=[a-z]\s){_MONTH_NAME}['’]s\s+(?:[\w'’.–-]+\s+){{0,3}}$")


# "flies surgical supplies to a hospital still treating people wounded in January's fighting", "aid for families of
# those killed in last month's attack on the market": people described by a participle of harm whose phrase names its
# act by a month or a time a week or more gone (_MONTH_NAMED, _GONE_TIME) are known by that act, told before; under a
# main clause that tells no violence of its own they are its background, as the act is. (A clause of their own keeps
# them news, "nine were wounded in March's attack, officials now say" counts them; and a bare day, "killed in
# Sunday's strike", may be a first report.)
_HURT_PARTICIPLES: Final = frozenset({"wounded", "injured", "hurt", "maimed", "killed"})
#: Before the participle, an auxiliary that makes it the verb of a clause of its own ("nine were wounded in").
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_AUXILIARY_BEFORE_PARTICIPLE: Final = re.compile(
    r"\b(?:was|were|been|be|is|are|being|got|get|gets|getting)\s+(?:[a-z]+ly\s+)?$")
_ACT_AFTER_TIME_GONE: Final = re.compile(
    rf"\s+(?:in|during)\s+(?:{_MONTH_NAME}['’]s\s+|[Tt]he\s+{_MONTH_NAME}\s+|{_GONE_TIME[2:]})")
#: How many words may say the act's kind between the time and its noun ("in January's fierce fighting").
MAX_ACT_KIND_AFTER_TIME_WORDS: Final = 2


def hurt_in_an_act_of_a_time_gone(text: str, hits: list[Hit], index: int, sentence: tuple[int, int],
                                  quiet: Set[int] = frozenset()) -> bool:
    """Whether the participle of harm hits[index] describes people hurt or killed in an act named by a month or a
    time a week or more gone (_ACT_AFTER_TIME_GONE: "people wounded in January's fighting"), with no auxiliary
    before it and no violence or harm told before it in its sentence."""
    event = hits[index]
    if event.text.lower() not in _HURT_PARTICIPLES or _AUXILIARY_BEFORE_PARTICIPLE.search(
            folded(text), max(sentence[0], event.start - 24), event.start) is not None:
        return False
    after = _ACT_AFTER_TIME_GONE.match(text, event.end)
    if after is None or not any(other.start >= after.end() and not VIOLENT_CATEGORIES.isdisjoint(other.categories)
                                and words_between(text, after.end(), other.start) <= MAX_ACT_KIND_AFTER_TIME_WORDS
                                for other in hits):
        return False
    return not any(not VIOLENT_CATEGORIES.isdisjoint(other.categories) and other.start not in quiet
                   or not CASUALTY_CATEGORIES.isdisjoint(other.categories)
                   for other in hits[:index] if sentence[0] <= other.start)


# "an emergency session on last Thursday's drone strike", "protests over last weekend's bombing of a convoy": a
# time a week or more gone (_GONE_TIME), in the possessive before the event noun (maybe after a word or two
# that say its kind), names an act reported before. (A bare "Thursday's attack" may be this week's news, and
# only the event noun is named: "police hunting the suspect in last Thursday's attack shoot dead a man".)
_LAST_WEEKDAY_NAMED: Final = re.compile(_GONE_TIME + r"(?:[\w'’.–-]+\s+){0,3}$")
#: How far before the event word "last" may stand (the weekday, and three words of the event's kind).
MAX_LAST_WEEKDAY_CHARS: Final = 60


def named_by_a_past_weekday(text: str, hits: list[Hit], index: int, sentence_start: int) -> bool:
    """Whether the event noun hits[index] is named by a weekday a week or more gone (see
    _LAST_WEEKDAY_NAMED), as the first event word after it."""
    event_start = hits[index].start
    window = max(sentence_start, event_start - MAX_LAST_WEEKDAY_CHARS)
    if text.find("ast ", window, event_start) < 0 or _COUNT_WORD.match(text, event_start):
        return False
    named = _LAST_WEEKDAY_NAMED.search(text, window, event_start)
    return named is not None and not any(
        hit.end > named.start() and not EVENT_CATEGORIES.isdisjoint(hit.categories) for hit in hits[max(0, index - 4):index])


# "the EU condemns yesterday's missile strike on a mall that killed 19", "closes its crossings after Monday's gang
# assault on the town, in which 16 were killed", "holds a debate on Sunday's attack on a bus that killed nine": an act
# named by a day gone in the possessive is an act reported before. Where it is no subject (the object of the main
# verb, or in its after-, on- or over-phrase) and the main clause before it tells no violence of its own, the act is
# that news's background, and so is its toll told in a relative clause: the act's known toll. (The act as the subject
# of a clause is news, "Sunday's bombing in Kabul killed 40", "officials say yesterday's strike killed 19"; and so is
# its claim, which a digest may give first: "claims responsibility for yesterday's attack on a base that killed six".)
#: A day or a span gone in the possessive: "yesterday's", "Monday's", "last Sunday night's", "the weekend's".
_DAY_GONE: Final = (
    r"(?:(?:[Ll]ast|[Tt]his|[Tt]he)\s+(?:weekend|week|month|night)|(?:[Ll]ast\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)|[Yy]esterday)(?:\s+(?:night|morning|evening|afternoon))?['’]s\s+")
_DAY_GONE_POSSESSIVE: Final = re.compile(rf"\b{_DAY_GONE}")
_DAY_GONE_NEEDLES: Final = frozenset({"day's", "day’s", "week's", "week’s", "weekend's", "weekend’s", "month's",
                                      "month’s", "night's", "night’s"})
# "schools reopen after a ten-day closure that followed the suicide attack on the cantonment, in which 16 were
# killed": an act named as what another thing followed (a closure, a curfew, a crackdown, a period) is an act
# gone before that thing, which is itself over or known: the act is named as known, as a day gone in the possessive
# names it. (The act as the subject of its own verb stays news: "the closure that followed the attack ended, and
# gunmen killed two".)
# (and so is an act that failures, lapses or errors are said to have come before, a judgement made after it:
# "resigns, saying he takes responsibility for security failures before the bombing of a rally that killed 17")
_ACT_FOLLOWED: Final = re.compile(
    r"\b(?:(?:that|which)\s+(?:had\s+)?followed\s+(?:the|an?)\s+|(?:failures?|failings?|lapses?|shortcomings|"
    r"errors)\s+(?:[\w'’-]+\s+){0,2}?(?:before|ahead\s+of|in\s+the\s+run-up\s+to|leading\s+up\s+to)\s+the\s+)")
_ACT_FOLLOWED_NEEDLES: Final = frozenset({"followed", "failure", "failing", "lapse", "shortcoming", "errors"})
#: What ends the words that name the act's kind before its noun: a preposition or an article opens its phrase of
#: place or target ("Monday's attack on a supply convoy").
_ACT_PHRASE_END: Final = re.compile(r"\b(?:on|of|in|at|near|by|against|to|from|the|a|an|that|which|and|or)\b",
                                    re.IGNORECASE)
#: How many words may name the act's kind between the possessive and its noun ("Saturday's glide-bomb strike",
#: "Sunday's al-Shabaab attack", "Thursday's Houthi missile attack").
MAX_ACT_KIND_WORDS: Final = 3
#: The words that open a clause whose subject the possessive's act then is ("says that yesterday's killing of 49
#: recruits was the outcome of neglect"), or the sentence itself (or a label before a colon).
_CLAUSE_OPENER_BEFORE: Final = re.compile(
    r"(?:^|[:;]|\b(?:that|which|and|but|while|as|when|where|because|so|whereas))\s*$", re.IGNORECASE)
_CLAIMED_BEFORE: Final = re.compile(r"\b(?:responsibility|credit)\s+for\b", re.IGNORECASE)
_ACT_HEAD_CATEGORIES: Final = VIOLENT_CATEGORIES | {"armed_fire"}
_PREPOSITION_LAST: Final = re.compile(r"\s(?:on|of|in|at|against|near|by)$", re.IGNORECASE)
#: How far before the event word the possessive may stand (the act's phrase and a relative clause with its toll).
MAX_DAY_GONE_CHARS: Final = 220


#: Between two parts of one toll in a relative clause, "and" after no comma and the few words of the second's people:
#: "in which one man was killed and four were wounded" (", and" or "but" opens a clause of its own).
_TOLL_JOINED: Final = re.compile(r"\s+and\s+(?:[\w'’-]+\s+){0,4}")


def _toll_joined_in_relative(text: str, hits: list[Hit], head: Hit, event: Hit) -> bool:
    """Whether the casualty word `event` is the second part of a toll, joined by "and", whose first part is told in a
    relative clause of the act `head` ("Friday's shooting off the coast, in which one migrant was killed and four were
    wounded"): the relative clause tells both parts of the act's known toll."""
    if CASUALTY_CATEGORIES.isdisjoint(event.categories):
        return False
    for first in hits:
        if first.start <= head.end or first.end > event.start or CASUALTY_CATEGORIES.isdisjoint(first.categories):
            continue
        if _TOLL_JOINED.fullmatch(text, first.end, event.start) is not None and _RELATIVE_GAP.fullmatch(
                text, head.end, first.start) is not None:
            return True
    return False


def may_name_a_day_gone(text: str) -> bool:
    """False when no possessive of a day, a week, a weekend, a month or a night, and no act named as what something
    followed (_ACT_FOLLOWED), occurs in `text`: asked once per text."""
    return not absent(text, _DAY_GONE_NEEDLES) or not absent(text, _ACT_FOLLOWED_NEEDLES)


def may_name_a_followed_act(text: str) -> bool:
    """False when no word of _ACT_FOLLOWED occurs in `text`."""
    return not absent(text, _ACT_FOLLOWED_NEEDLES)


def dated_act_under_other_news(text: str, hits: list[Hit], index: int, sentence: tuple[int, int],
                               quiet: Set[int] = frozenset()) -> bool:
    """Whether the event word hits[index] is an act named by a day gone in the possessive (or its toll in a
    relative clause of it), under a main clause of other news (see _DAY_GONE_POSSESSIVE)."""
    event = hits[index]
    possessive = None
    window = max(sentence[0], event.start - MAX_DAY_GONE_CHARS)
    for match in _DAY_GONE_POSSESSIVE.finditer(text, window, event.start):
        possessive = match
    if may_name_a_followed_act(text):
        for match in _ACT_FOLLOWED.finditer(text, possessive.end() if possessive is not None else window, event.start):
            possessive = match
    if possessive is None:
        return False
    # the act's noun: the last violent word of the few words after the possessive ("glide-bomb strike on")
    head = None
    for other in hits:
        if other.start < possessive.end():
            continue
        kind = text[possessive.end():other.start]
        if len(kind.split()) > MAX_ACT_KIND_WORDS or _ACT_PHRASE_END.search(kind) is not None:
            break
        if not _ACT_HEAD_CATEGORIES.isdisjoint(other.categories):
            head = other
    if head is None or event.start > head.start and _RELATIVE_GAP.fullmatch(text, head.end, event.start) is None and (
            not _toll_joined_in_relative(text, hits, head, event)):
        return False
    # (the act as the subject of its toll, "officials say Monday's attack on the convoy killed 19", is news)
    toll = next((other for other in hits if other.start >= head.end
                 and not CASUALTY_CATEGORIES.isdisjoint(other.categories)), None)
    # (where the act's word holds the preposition of its phrase, "strike on", the noun ends before it)
    noun_end = head.start + len(head.text.rsplit(maxsplit=1)[0]) if _PREPOSITION_LAST.search(head.text) else head.end
    if toll is not None and _SUBJECT_TOLL.match(text, toll.start) and (
            not text[noun_end:toll.start].strip() or _SUBJECT_TOLL_GAP.fullmatch(text, noun_end, toll.start)):
        return False
    before = text[sentence[0]:possessive.start()]
    # (a claim of the act, not of failures before it: "takes responsibility for security failures before the
    # bombing")
    if _CLAUSE_OPENER_BEFORE.search(before) is not None or (
            _CLAIMED_BEFORE.search(before) is not None and possessive.re is not _ACT_FOLLOWED):
        return False
    # (the main clause tells no violence of its own: "Kenyan jets bomb two bases in response to last week's attack")
    # (and names no one harmed, even as its object: "condemns the killing of a reporter in Thursday's attack" tells the
    # death by the act that brought it; but the bodies it identifies are the known dead of that act)
    return not any(not VIOLENT_CATEGORIES.isdisjoint(other.categories) and other.start not in quiet
                   or not CASUALTY_CATEGORIES.isdisjoint(other.categories) and not _bodies_identified(text, other)
                   for other in hits if sentence[0] <= other.start < possessive.start())


# "officials continue to identify the bodies of the victims in yesterday's attack", "names the remains": the dead told
# as the bodies a verb of identifying takes are known; whose they are is the news.
_IDENTIFYING_BEFORE: Final = re.compile(
    r"\b(?:identif(?:y|ies|ied|ying)|nam(?:e|es|ed|ing)|confirm(?:s|ed|ing)?\s+the\s+identit(?:y|ies)\s+of)\s+"
    r"(?:the|their|its|all|some|more|most)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
_BODY_NOUNS: Final = frozenset({"bodies", "remains"})


def _bodies_identified(text: str, hit: Hit) -> bool:
    """Whether `hit` is the bodies or remains a verb of identifying takes (see _IDENTIFYING_BEFORE)."""
    return hit.text.lower() in _BODY_NOUNS and _IDENTIFYING_BEFORE.search(
        text, max(0, hit.start - 50), hit.start) is not None


# A sentence that opens with a year and names an event, with no verb, is the name of a known event
# used as a heading ("2016 Brussels bombings", "November 2015 Paris attacks", "2014 shooting of two
# deputies"): a topic, not a report (a report does not open on a bare year; a count of people opens on
# a number that is no year: "2,000 killed"; _COUNT_WORD keeps "2000 killed" a count).
_DATED_HEADING: Final = re.compile(
    rf"\s*(?:{_MONTH_NAME}\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+(?:(?:{_NAME_WORD}){{1,3}}"
    r"(?:[a-z][\w'’-]*\s+){0,2})?")


def names_dated_event(text: str, event_start: int, sentence_start: int) -> bool:
    """Whether the event word at event_start is part of the name of a dated, earlier event."""
    if event_start > 1 and text[event_start - 1] in "-‐‑" and text[event_start - 2].isalpha():
        # (the first part of a compound is part of the event's word: "the December 2024 car-ramming")
        while event_start > 0 and not text[event_start - 1].isspace():
            event_start -= 1
    # (each regex below needs a year, a day/month or a month's name between the sentence's start, or
    # the character before it, and the event word: most event words have none before them, even in a
    # text that has one elsewhere)
    if _DATED_HINT.search(text, max(0, sentence_start - 1), event_start) is None:
        return False
    if _DATED_HEADING.fullmatch(text, sentence_start, event_start) and not _COUNT_WORD.match(text, event_start):
        return True
    # (_YEAR_BEFORE ends in a digit and a space, or in a capitalised word or two after them: what stands
    # before the event word is looked at first)
    if (text[event_start - 2:event_start - 1].isdecimal() or text[event_start - 2:event_start - 1].isalpha()) and (
            _YEAR_BEFORE.search(text, max(sentence_start, event_start - MAX_NAME_AFTER_YEAR_CHARS), event_start)):
        # ("an inmate jailed in 2016 stabbed two guards": a verb with its object after the year, no name the year dates)
        return not _COUNT_WORD.match(text, event_start) and not past_form_with_object(text, event_start)
    window = max(sentence_start, event_start - 60)
    if _DATED_NAME.search(text, window, event_start) is not None:
        return True
    if _COUNT_WORD.match(text, event_start):
        return False
    return (_DATED_KIND_NAME.search(text, window, event_start) is not None
            or _DATED_PLAIN_NAME.search(text, window, event_start) is not None
            or _MONTH_NAMED.search(text, window, event_start) is not None
            or _DATED_TITLE.search(text, max(0, sentence_start - 1), event_start) is not None)


# "a counterpoint to the Charlie Hebdo shootings", "before the Boston Marathon bombings": a set of
# attacks named by "the" and the name of a place or thing, with no year, is a known event too. Only the
# plural (and "massacre"), which names a set of events once reported ("the Kabul attack" may be today's);
# and not after an actor's name ("the Taliban attacks" tell who, and may be fresh).
_KNOWN_EVENT_NOUN: Final = re.compile(r"(?:attacks|bombings|shootings|killings|stabbings|massacre)\b", re.IGNORECASE)
# (a plain word of its kind may follow the names: "the Harbour City mosque shootings")
_KNOWN_EVENT_NAME: Final = re.compile(rf"\b[Tt]he\s+(?:{_NAME_WORD}){{1,3}}(?:[a-z][\w'’-]*\s+)?$")
_LABEL_NAME: Final = re.compile(rf"\s*(?:{_NAME_WORD}){{1,3}}")


# "every villager murdered during the Riverside massacre", "people killed in the Harbour bombings": a toll
# told as part of a set of attacks known by name is that event's, told before.
_IN_KNOWN_EVENT_AFTER: Final = re.compile(
    rf"(?:[\s,]+[\w'’.-]+){{0,5}}?\s+(?:in|during)\s+the\s+(?:{_NAME_WORD}){{1,3}}"
    r"(?:attacks|bombings|shootings|killings|stabbings|massacre)\b")


def killed_in_known_event(text: str, event_end: int, sentence_end: int) -> bool:
    """Whether the casualty word ending at event_end is told as part of a set of attacks known by name
    (see _IN_KNOWN_EVENT_AFTER), in its clause."""
    return _follows_in_clause(_IN_KNOWN_EVENT_AFTER, text, event_end, min(sentence_end, event_end + 100))


def names_known_event(text: str, hits: list[Hit], index: int, sentence_start: int) -> bool:
    """Whether the event word hits[index] is the plural noun of a set of events known by name."""
    event = hits[index]
    if not _KNOWN_EVENT_NOUN.match(text, event.start):
        return False
    match = _KNOWN_EVENT_NAME.search(text, max(sentence_start, event.start - 50), event.start)
    if match is None:
        # a label that opens the text and ends in a colon names the topic: "Riverside bombings: the
        # council approves a fund"
        match = _LABEL_NAME.fullmatch(text, sentence_start, event.start)
        if match is None or not text.startswith(":", event.end):
            return False
    return not any(hit.names and any(role == "actor" for role, *_ in hit.names)
                   for hit in hits[max(0, index - 4):index] if hit.start >= match.start())


# "Russian invasion of Ukraine: Poland cancels a visit", "Siege of Mariupol: the Red Cross calls for a corridor": a
# label that opens the text and ends in a colon, the name of a war or a campaign against a place (names, the act's
# noun, "of" or "in" and the place's name), is the story's topic, as "Sudanese civil war:" is: it tells no act
# itself; the text after the colon tells what is news.
_STORY_LABEL_BEFORE: Final = re.compile(rf"\s*(?:{_NAME_WORD}){{0,3}}")
_STORY_LABEL_AFTER: Final = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?(?:[A-Z][\w'’.–-]*\s+){0,2}[A-Z][\w'’.–-]*:\s")
#: How far after the event noun the label's colon may stand ("of" and three words of the place).
MAX_STORY_LABEL_PLACE_CHARS: Final = 60


def names_a_storys_war(text: str, event_start: int, event_end: int, sentence_start: int) -> bool:
    """Whether the event noun between event_start and event_end names a war in a label that opens the text (see
    _STORY_LABEL_BEFORE, _STORY_LABEL_AFTER)."""
    if text.find(": ", event_end, event_end + MAX_STORY_LABEL_PLACE_CHARS) < 0:
        return False  # (most event words have no colon after them: no regex asked)
    return (_STORY_LABEL_AFTER.match(text, event_end) is not None and text[event_start:event_start + 1].islower()
            and not text.endswith("ed", 0, event_end)
            and _STORY_LABEL_BEFORE.fullmatch(text, sentence_start, event_start) is not None)


def peacekeeping_in_clause(text: str, hits: list[Hit], index: int) -> bool:
    """ "The UN deployed peacekeepers": troops sent to keep a peace, observe or inspect are no
    mobilization. Only in the clause of the deployment word: "Britain mobilized reservists while UN
    inspectors asked for more time" is a mobilization."""
    event = hits[index]
    for other in hits:
        if "context_peacekeeping" in other.categories:
            lo, hi = (other.end, event.start) if other.end <= event.start else (event.end, other.start)
            if not crosses_clause(text, lo, hi):
                return True
    return False


# "a corporal who died in 2009 while shielding his patrol from a grenade blast", "a reporter who was
# killed in 1994 when gunmen stormed the office": the act told after a death of the past, in a clause
# of how it came about (while, when, as, after), is that death's cause and as past as the death.
_PAST_DEATH: Final = re.compile(r"(?:killed|dead|died|wounded|injured|hurt|perished|slain|injuries|wounds)$", re.IGNORECASE)
# (and the act it came by, right after it: "the 50 people killed in the mosque attacks", "a reporter who
# died in a drone strike in 2009")
_HOW_IT_CAME_GAP: Final = re.compile(
    r"(?:\s+(?!and\b|but\b)[\w'’.-]+){0,6}?\s+(?:while|when|as|after)\s+(?:(?!and\b|but\b)[\w'’.-]+\s+){0,8}"
    # (wounds named as a noun take their participle: "injuries sustained in a bomb blast")
    r"|\s+(?:(?:sustained|suffered|received)\s+)?(?:in|during|by)\s+(?:(?:the|a|an)\s+)?(?:(?!and\b|but\b)[\w'’.-]+\s+){0,3}",
    re.IGNORECASE,
)


# "Sunday's bombings that killed 40 people and injured 90 others": a toll joined by "and" to one told in
# the past shares its subject, and so its scope (in "gunmen killed 40 and injured 90" neither is past). The
# first toll's object may stand between them: "killed over 200 people and"; and the second toll's count may
# stand before its word, as the first's did: "left 12 people dead and 49 injured", "and another six injured".
_COORDINATED_GAP: Final = re.compile(
    r"(?:\s+(?!and\b)[\w'’.-]+){0,4}?,?\s+and\s+"
    r"(?:(?:(?:another|at\s+least|some|about|nearly|over|more\s+than)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|scores|hundreds)\s+(?:(?:more|other|others|people)\s+)?)?", re.IGNORECASE)


# "the brigade that fired the missile at a playground in April 2025, killing 20 people": a participle after
# the year (or the month and year) that dates a past act, and a comma, tells what that act did, as past as it.
# (Its gap holds no verb in the past, which would tell an act of its own: "the 2019 attack troops avenged in
# March 2026, killing five".)
_DATED_PARTICIPLE_GAP: Final = re.compile(
    rf"(?:\s+(?!(?:and|but)\b)[\w'’.-]+(?<!ed)){{0,10}}?\s+(?:in|during)\s+(?:{_MONTH_NAME}\s+)?(?:1[0-9]\d\d|20\d\d),\s+")


# "where five days of fighting in July 2025 killed 43 people", "sectarian killings in March 2025 left more than
# 1,400 people dead", "May fighting in the capital left eight people dead": the toll whose subject is the past
# event noun (maybe past a phrase of its time or place, with no verb or comma of its own) is that event's, as
# past as it. (The subject must be a noun: a verb in the past, "who attacked in 2019 killed five", tells an act
# of its own; and so must the toll be a verb with no auxiliary, "attacks in the city are killed" tells the dead
# as its subject; a verb of saying opens a report of its own: "investigating attacks on the pipeline say gunmen
# killed three". A gap of nothing is no subject's: "the shooting deaths of" is one noun.)
_LEFT_GAP: Final = r"\s+left(?:\s+(?!(?:and|but|or)\b)[\w'’,.-]+){1,5}?"
_SUBJECT_TOLL_GAP: Final = re.compile(
    r"(?:\s+(?:in|at|on|near|across|along|around|inside|outside|during)"
    r"(?:\s+(?!(?:and|but|or|which|that|who|where|when|while|as|is|are|was|were|has|have|had|been|say|says|said|"
    r"claim|claims|claimed)\b)[\w'’.–-]+){1,3}?"
    rf"(?:{_LEFT_GAP})?|{_LEFT_GAP})\s+", re.IGNORECASE)
#: The toll verb such a subject takes (or the word that ends "left ... dead"): no act of its own.
_SUBJECT_TOLL: Final = re.compile(r"(?:killed|kills|dead|wounded|injured)\b", re.IGNORECASE)
# (an event noun that is the object in a relative clause of people is no subject of the verb after it: "gunmen who
# escaped the raid on their hideout killed two guards")
_PERSONS_RELATIVE_BEFORE: Final = re.compile(r"\b(?:who|whom)\s+(?:[\w'’.-]+\s+){1,5}?[\w'’.-]+$", re.IGNORECASE)
MAX_PERSONS_RELATIVE_CHARS: Final = 60


# "marks 15 years since the gunman's bombing of the government quarter in the capital and the shooting at the camp,
# which killed 77": an act noun joined by "and" and a determiner to a past act noun, past the phrase of that act's
# place or target, is the next item of one list of acts named the same way, as past as the first. (The phrase holds
# prepositions and names only, no verb, clause word or comma; and the second is a noun, not a verb of a new clause:
# "the bombing of the quarter and the army shelled the town" tells the shelling.)
_LISTED_ACT_GAP: Final = re.compile(
    r"\s+(?:of|in|on|at|near|against|outside|inside)\s+"
    r"(?:(?!(?:and|but|or|which|that|who|whom|when|where|while|as|was|were|is|are|has|have|had|been|be|will|would)\b)"
    r"[\w'’.-]+\s+){1,7}and\s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}", re.IGNORECASE)
#: What an act noun of such a list ends in: "shooting", "massacre", "attacks", "siege", "explosion".
_LISTED_ACT_ENDING: Final = r"(?:ings?|ions?|ments?|attacks?|raids?|strikes?|massacres?|sieges?|assaults?|ambush(?:es)?)"
_LISTED_ACT_NOUN: Final = re.compile(rf"[\w-]*{_LISTED_ACT_ENDING}\b", re.IGNORECASE)
_LISTED_ACT_NOUN_END: Final = re.compile(rf"{_LISTED_ACT_ENDING}$", re.IGNORECASE)
#: How far back from its end the first act noun's ending is looked for ("ambushes").
MAX_ACT_ENDING_CHARS: Final = 10


def listed_with_a_past_act(text: str, past_end: int, event_start: int) -> bool:
    """Whether the act noun at event_start is the next item of a list of acts after the past act noun that ends at
    past_end (see _LISTED_ACT_GAP)."""
    return _LISTED_ACT_NOUN_END.search(text, max(0, past_end - MAX_ACT_ENDING_CHARS), past_end) is not None and (
        _LISTED_ACT_GAP.fullmatch(text, past_end, event_start) is not None) and (
        _LISTED_ACT_NOUN.match(text, event_start) is not None)


# "mourners gathered at a funeral for a slain elder when gunmen opened fire": a clause of "when", "while" or "as"
# with its own subject after a plain noun phrase of people or things times the main clause (the rite), and what it
# tells is done there, news. It describes what it follows only after a participle of a death or an act told after its
# noun ("an elder killed in the village when gunmen", "who was shot while"), or after a time or an act noun ("the day
# when", "the massacre when"): a death word before its noun ("a slain elder") is a label, no clause of how it came.
#: A word that tells a death or an act done, a verb or a participle: "killed", "shot", "slain", "dead", "died".
_DONE_WORD: Final = r"(?:[\w'’-]*ed|slain|shot|dead|died|hurt|struck|hit|stabbed|beaten|taken|held)"
#: A time or an act noun, which a "when" clause describes: "the day when", "the massacre when", "in 1994 when".
_TIME_OR_ACT_NOUN: Final = (r"(?:days?|nights?|times?|moments?|mornings?|afternoons?|evenings?|hours?|weeks?|months?|"
                            r"years?|dates?|eras?|period|weekends?|war|battle|fighting|genocide|violence|conflict|uprising|"
                            r"revolution|coup|invasion|occupation|crash|blast|explosion|riots?|clash(?:es)?|fire|"
                            r"\d+|[\w-]*" + _LISTED_ACT_ENDING + ")")
#: The gap from a rite's word (or an attributive death word) to the first word of the when-clause's subject: maybe a
#: rite's noun and its "of" or "for", a determiner (or a possessive), maybe an adverb and a death word before the noun
#: (at the rite's side only), then words that tell no death, the last no time or act noun, and the clause word.
_WHEN_AFTER_A_PLAIN_NOUN: Final = re.compile(
    r"(?:(?:(?:\s+(?!(?:when|while|as)\b)[\w'’-]+){0,2}?\s+(?:of|for|to))?\s+"
    r"(?:the|a|an|its|their|his|her|our|[\w'’-]+['’]s)(?:\s+[\w-]+ly)?(?:\s+" + _DONE_WORD + r")?)?"
    r"(?:\s+(?!" + _DONE_WORD + r"\b)[\w'’-]+){0,3}?"
    r"\s+(?!" + _DONE_WORD + r"\b|" + _TIME_OR_ACT_NOUN + r"\b)[\w'’-]+"
    r"\s+(?:when|while|as)\s+(?!" + _DONE_WORD + r"\b|[\w'’-]*ing\b)", re.IGNORECASE)
#: A determiner right before a death word, which makes it a label of its noun: "a slain", "the recently murdered".
_LABEL_DETERMINER: Final = re.compile(r"\b(?:the|a|an|its|their|his|her|our|[\w'’-]+['’]s)\s+(?:[\w-]+ly\s+)?$",
                                       re.IGNORECASE)


def times_the_main_clause(text: str, start: int, event_start: int) -> bool:
    """Whether the event word at event_start opens or sits in a clause of "when", "while" or "as" that follows a
    plain noun phrase after offset `start` (a rite's word, or a death word before its noun): one that times the
    main clause, not one of how a death came (see _WHEN_AFTER_A_PLAIN_NOUN)."""
    return _WHEN_AFTER_A_PLAIN_NOUN.match(text, start, event_start) is not None


def describes_past_event(text: str, past_end: int, event_start: int) -> bool:
    """Whether the event word at event_start sits in a relative clause of the past event word that
    ends at past_end, or is joined to it by "and" (or is the next act noun of a list it opens), or is its toll
    with that word as the subject, or is a participle of its dated clause, or, where that word is a death, in the
    clause of how it came about."""
    if _RELATIVE_GAP.fullmatch(text, past_end, event_start) is not None or _COORDINATED_GAP.fullmatch(
            text, past_end, event_start) is not None or listed_with_a_past_act(text, past_end, event_start):
        return True
    if not text.endswith("ed", 0, past_end) and _SUBJECT_TOLL.match(text, event_start) and _SUBJECT_TOLL_GAP.fullmatch(
            text, past_end, event_start) is not None and _PERSONS_RELATIVE_BEFORE.search(
            text, max(0, past_end - MAX_PERSONS_RELATIVE_CHARS), past_end) is None:
        return True
    if text.startswith(", ", event_start - 2) and text[event_start:event_start + 20].split(maxsplit=1)[0].endswith(
            "ing") and _DATED_PARTICIPLE_GAP.fullmatch(text, past_end, event_start) is not None:
        return True
    if text.startswith(" of ", event_start - 4) or text.startswith(" of an ", event_start - 7) or (
            text.startswith(" of a ", event_start - 6)) or text.startswith(" of the ", event_start - 8):
        if _PART_OF_GAP.fullmatch(text, past_end, event_start) is not None:
            return True
    return (_PAST_DEATH.search(text, max(0, past_end - 9), past_end) is not None
            and _HOW_IT_CAME_GAP.fullmatch(text, past_end, event_start) is not None and not (
                _LABEL_DETERMINER.search(text, max(0, past_end - 40), past_end - len(
                    text[:past_end].rsplit(None, 1)[-1])) is not None
                and times_the_main_clause(text, past_end, event_start)))


# "where a van killed 14 people on 17 August 2017, part of an attack that claimed 16 lives": a phrase after a comma
# that makes the past act a part of a larger act names that act, as past as its part.
_PART_OF_GAP: Final = re.compile(
    r"(?:\s+(?!(?:and|but)\b)[\w'’.-]+){0,10}?,\s+(?:part|one|the\s+first|the\s+last|the\s+deadliest|the\s+worst)\s+"
    r"of\s+(?:(?:the|an?|its|their|a\s+wider|a\s+larger)\s+)?", re.IGNORECASE)


# "vows revenge for the killing of its top general in a drone strike", "denies the murder of the reporter by
# its agents": the act a death noun says the death came by ("of" its victim, then "in", "by" or "during"
# the act) is told in the death's scope: history, a threat's topic or a denial with it.
_DEATH_NOUN: Final = re.compile(r"(?:killings?|deaths?|murders?|assassinations?)$", re.IGNORECASE)
_CAME_BY_GAP: Final = re.compile(
    r"\s+of\s+(?:(?!and\b|but\b)[\w'’.-]+\s+){1,5}?(?:in|during|by)\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?!and\b|but\b)[\w'’.-]+\s+){0,3}", re.IGNORECASE)


def is_death_noun(phrase: str) -> bool:
    """Whether a casualty phrase is a death noun ("the killing", "murder", "assassination")."""
    return _DEATH_NOUN.search(phrase) is not None


# "charged with the murder of two motorcyclists shot dead in Lahore", "protests over the killing of a teenager stabbed
# outside his school": a participle right after the victims of a death noun describes them by that death, the same
# act in the noun's scope. (A participle with an object of its own is a verb of another clause: "after the killing
# of the chief troops shot dead 30 protesters".)
_VICTIMS_GAP: Final = re.compile(r"\s+of\s+(?:(?!(?:and|but|or|who|which|that|as|while|when|after)\b)[\w'’.-]+\s+){1,5}?",
                                 re.IGNORECASE)
_OBJECT_OF_A_VERB_AFTER: Final = re.compile(
    r"\s+(?:an?|the|his|her|their|its|him|them|at\s+least|some|more|dozens|\d|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?)\b)", re.IGNORECASE)


def came_by_act(text: str, death_end: int, event_start: int, event_end: int | None = None) -> bool:
    """Whether the event word at event_start is the act by which the death noun ending at death_end came
    about (see _CAME_BY_GAP), or, given where it ends, a participle that describes the noun's victims by it (see
    _VICTIMS_GAP)."""
    if _CAME_BY_GAP.fullmatch(text, death_end, event_start) is not None:
        return True
    return event_end is not None and _CUT_SHORT_PARTICIPLE.match(text, event_start) is not None and (
        _VICTIMS_GAP.fullmatch(text, death_end, event_start) is not None) and (
        _OBJECT_OF_A_VERB_AFTER.match(text, event_end) is None)


_MILITARY_CONTEXT: Final = frozenset({"weapon", "military_place", "distance_weapon", "state_force", "armed_group", "strike",
                               "fire", "attack",
                               "killed", "injured"})
_WEAPONS: Final = frozenset({"weapon", "distance_weapon", "armed_group", "strike", "fire"})
_OTHER_SENSES: Final = frozenset({"context_sports", "context_verbal", "context_cyber", "context_protest",
                                   "context_science"})
_SENSE_CONTEXTS: Final = _OTHER_SENSES | {"context_labour", "context_disaster", "context_business"}
_BUSINESS_BLOCKS: Final = frozenset({"attack", "strike_ambiguous", "injured"})  # "shares ended lower, hurt by weak data"
_ATTACK_SENSES: Final = frozenset({"attack", "strike_ambiguous"})
_DISASTER_BLOCKS: Final = frozenset({"killed", "injured", "toll", "attack", "strike_ambiguous"})  # "a storm hit"
_STRIKE_ALONE: Final = frozenset({"strike_ambiguous"})
_NOTHING: Final[frozenset[str]] = frozenset()


def sense_blocks(categories: frozenset[str] | set[str], has_named_group: bool) -> frozenset[str]:
    """The event categories a sentence's non-military context switches off. `categories` are all the
    categories hit in the sentence. A weapon word keeps the military sense: "a grenade attack on fans
    watching a match" is still an attack."""
    military = has_named_group or not _MILITARY_CONTEXT.isdisjoint(categories)
    if _SENSE_CONTEXTS.isdisjoint(categories):
        # the usual sentence: no other sense in sight, only the bare "strike" rule can apply
        return _NOTHING if military else _STRIKE_ALONE
    blocked: set[str] = set()
    armed = has_named_group or not _WEAPONS.isdisjoint(categories)
    if not armed and not _OTHER_SENSES.isdisjoint(categories):
        blocked |= _ATTACK_SENSES
    if "context_labour" in categories and not (armed or "state_force" in categories):
        blocked.add("strike_ambiguous")
    if "context_business" in categories and not armed:
        # markets and companies are hurt, hit and attacked only in a figure of speech
        blocked |= _BUSINESS_BLOCKS
    if "context_disaster" in categories and not armed:
        # "an explosion at a fireworks factory killed 11": an accident, not an attack
        blocked |= _DISASTER_BLOCKS
    if not military:
        blocked.add("strike_ambiguous")  # "strike" alone, with no weapon, force or target, is not military
    return frozenset(blocked)


# A title or a proper name that holds an event word: "Death of a Salesman", "To Kill a Mockingbird",
# "the Battle of Gettysburg", "the puppeteer Kevin Clash". In running text in sentence case an event
# word capitalised mid-sentence, right after a capitalised word or before "of (the) Name", is part
# of a name: a work, a person or an event in history, no report of violence. (A headline in title
# case capitalises every word: there, too few lowercase words stand around it to tell, and the rule
# stays out.)
_NAME_WORDS_AROUND: Final = 6
_MIN_LOWERCASE_AROUND: Final = 2
_SENTENCE_OPENERS: Final = frozenset(".!?:;\n\"“‘'(|–—-")
_OF_NAME: Final = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?=[^\W\d_])")
_WORD: Final = re.compile(r"[^\W\d_][\w'’.-]*")


def in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word text[start:end] is part of a title or a proper name."""
    word = text[start:end]
    if not word[:1].isupper() or word.isupper():
        return False  # (lowercase, or an acronym: "IED")
    if any(each[:1].islower() and len(each) > 3 for each in word.split()[1:]):
        return False  # a capitalised modifier of a plain noun is no title: "Predator attacks", "Bomb blast"
    before = text[max(0, start - 80):start]
    stripped = before.rstrip()
    if not stripped or stripped[-1] in _SENTENCE_OPENERS or "\n" in before[len(stripped):]:
        return False  # the first word of a sentence (or of the summary after a title) is capitalised anyway
    before = stripped
    words_before = _WORD.findall(before)
    words_after = _WORD.findall(text, end, min(len(text), end + 80))
    around = words_before[-_NAME_WORDS_AROUND:] + words_after[:_NAME_WORDS_AROUND]
    if sum(1 for each in around if each[:1].islower() and len(each) > 3) < _MIN_LOWERCASE_AROUND:
        return False  # a headline in title case
    if words_before and words_before[-1][:1].isupper() and not words_before[-1].isupper() and before.endswith(
        words_before[-1]
    ):
        # (an acronym before it is a doer: "US Predator strikes")
        return True  # "Kevin Clash", "Video Killed the Radio Star", "Seven Killings"
    if words_after and text[end:end + 1] == " " and text.startswith(words_after[0], end + 1) and (
            words_after[0][:1].isupper() and not words_after[0].isupper()):
        # "Assault Amphibious Vehicles", "Strike Eagle", "a crash near Shell Mera": the first word of a name
        return True
    # "Battle of Gettysburg" (and "Death of a Salesman", where the phrase "death of" holds the "of")
    after = _OF_NAME.match(text, end - 3 if word.lower().endswith(" of") else end)
    return after is not None and text[after.end():after.end() + 1].isupper()


# "whose plane was shot down in 1994", "an attempted assassination of the singer in 1994", "looted
# by troops in the 1860s": a violent event dated by a bare year or decade after it, in its own clause,
# is history. A fresh report dates its event by a day ("on Tuesday", "on 6 May 2020", "in May 2020"
# is no bare year); a year before the event ("In 2014, gunmen attacked...") is how incident
# records open, and is left alone.
# An event noun followed by "of" and a year is named by it: "the massacre of 1921", "the riots of 1992"
# (not a count: "a town of 1500 people").
#: Up to a dozen words, then "in", "during" or "between" before a time (a year, a decade: what follows).
_IN_A_TIME_AFTER: Final = r"(?:[\s,]+[\w'’.-]+){0,12}?\s+(?:in|during|between)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?"
_A_YEAR_OR_DECADE: Final = r"(?:1[0-9]\d\d|20\d\d)(?:s\b|\b(?!\s*[-–/]\s*\d))"
_BARE_YEAR_AFTER: Final = re.compile(
    _IN_A_TIME_AFTER + _A_YEAR_OR_DECADE + r"|\s+of\s+(?:1[0-9]\d\d|20\d\d)\b(?!\s*[-–/]\s*\d)(?!\s+[a-z])"
    # (its month, or its day and month, may stand before the year, which is then no count of what follows: "the
    # tank battle of July 1943 and the commanders", "the massacre of 4 June 1989", as "the massacre of 1915" names
    # an act by its year)
    rf"|\s+of\s+(?:\d{{1,2}}\s+)?{_MONTH_NAME}\s+(?:\d{{1,2}},?\s+)?(?:1[0-9]\d\d|20\d\d)\b(?!\s*[-–/]\s*\d)",
    re.IGNORECASE,
)
#: A full date with its year after the event in its clause: "killed 14 people on 17 August 2017".
_FULL_DATE_WITH_YEAR_AFTER: Final = (
    rf"(?:[\s,]+[\w'’.-]+){{0,12}}?\s+on\s+(?:\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}},?)\s+"
    + _A_YEAR_OR_DECADE)
#: A year, or a month and a year, after the event in its clause ("in 1994", "in October 2023").
#: (or a full date with its year: "the pavement where a van killed 14 people on 17 August 2017")
_YEAR_OR_MONTH_AFTER: Final = re.compile(
    _IN_A_TIME_AFTER + rf"(?:{_MONTH_NAME}\s+)?" + _A_YEAR_OR_DECADE
    + "|" + _FULL_DATE_WITH_YEAR_AFTER
    # (or a toll reached by a year: "the bomb, which killed 70,000 people by the end of 1945")
    + rf"|(?:[\s,]+[\w'’.-]+){{0,12}}?\s+by\s+(?:the\s+end\s+of\s+)?(?:{_MONTH_NAME}\s+)?" + _A_YEAR_OR_DECADE
    # (or an act named by its month and year after "of", as "the massacre of 1921" is by its year: "homes destroyed
    # since the invasion of February 2022", "the attacks of 7 October 2023")
    + rf"|(?:[\s,]+[\w'’.-]+){{0,12}}?\s+of\s+(?:\d{{1,2}}\s+)?{_MONTH_NAME}\s+(?:\d{{1,2}},?\s+)?"
    + _A_YEAR_OR_DECADE,
    re.IGNORECASE)
# "the general who was killed in the 1998 uprising", "soldiers killed 14 people in the massacre of
# 1921": a toll told as part of an event named by its year is that event's, history. (A bare year is
# left to the violent words: "two soldiers killed in the east in 2016" is how some reports date their news.)
# ("a" names a dated event as "the" does where an event noun follows the year: "shot in the arm during a 2005
# assassination attempt"; "in a 2009 Toyota" names a thing)
_IN_DATED_EVENT_AFTER: Final = re.compile(
    r"(?:[\s,]+[\w'’.-]+){0,6}?\s+(?:in|during|at)\s+"
    r"(?:an?\s+(?:1[0-9]\d\d|20\d\d)\s+(?:[a-z][\w-]*\s+){0,2}?(?:attacks?|attempts?|bombings?|shootings?|raids?|"
    r"coups?|riots?|uprising|massacre|war|clash(?:es)?|ambush|assault|stabbing|kidnapping|abduction|incident|"
    r"crackdown|protests?|rebellion|insurgency|offensive|siege)\b|the\s+"
    # (the year may follow its month: "killed 54 people during the November 2020 riots")
    rf"(?:(?:{_MONTH_NAME}\s+)?(?:1[0-9]\d\d|20\d\d)(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+[A-Za-z]"
    r"|(?:[\w'’.-]+\s+){1,4}of\s+(?:1[0-9]\d\d|20\d\d)\b(?!\s*[-–/]\s*\d)(?!\s+[a-z])))",
)


# "relations soured since the navy killed nine sailors in 2011", "the family of a man who was shot dead
# in 2006": a toll dated by a bare year in a since- or relative clause describes what the main clause
# looks back on. (In a main clause, "two soldiers killed in the east in 2016", a year may date news.)
# (the clause word may sit inside a casualty phrase: "a man who was shot dead")
# The act of such a clause is as past as its toll: "rails from the station, where a missile strike killed 61
# people in April 2022"; and "that" opens one after a noun with its determiner ("identifies the brigade that
# fired the missile at a playground in April 2025"), but not after a verb of saying, whose clause may report
# news ("the army said that").
# (a participle between commas after a name is a relative clause cut short: "the missionary, seized by gunmen from
# her home in January 2025, is handed to mediators")
# So is a clause of time that places the act before what the main clause tells: "follows a family in the months
# before Russian forces captured the city in February 2024", "lived there until troops stormed it in May 2022".
_DEPENDENT_BEFORE: Final = re.compile(
    r"(?:\b(?:since|who|whom|whose|which|where|before|until|till)\b|,\s+(?-i:[a-z]+ed)\s+by\b"
    r"|\b(?:the|an?|its|their|his|her)\s+(?:(?!(?:said|says|say|told|tells|reported|reports|claimed|claims|stated|states|"
    r"added|adds|announced|announces|confirmed|confirms|believes|believed|found|finds|concluded|concludes)\s)"
    r"[\w'’-]+\s+){1,3}that\b)(?:\s+[\w'’.-]+){1,9}$",
    re.IGNORECASE)


def dated_in_dependent_clause(text: str, event_start: int, event_end: int, sentence: tuple[int, int]) -> bool:
    """Whether the casualty or violent word at event_start sits in a since- or relative clause and a year (or a
    month and a year) dates it (see _DEPENDENT_BEFORE and _YEAR_OR_MONTH_AFTER)."""
    if not found(text, _A_YEAR):
        return False
    before = _DEPENDENT_BEFORE.search(text, max(sentence[0], event_start - 60), event_end)
    if before is None or crosses_clause(text, before.start() + 1, event_end):
        return False  # (the clause word opens a clause itself: the break is looked for after it)
    # (in a clause that says who someone is, a month and a year date the past as a year does: "the gunman
    # who shot dead two fans in October 2023")
    return _follows_in_clause(_YEAR_OR_MONTH_AFTER, text, event_end, min(sentence[1], event_end + 100))


# "the boy was walking outside a recreation centre when he was shot by an officer on November 22, 2014": a clause of
# "when" dated by a full date with its year (or a month with its year) tells the day of an act gone, the background of what the item tells (a
# day of the news is told by its weekday or its date alone, "were killed when a bomb hit their bus on Sunday"); the
# act of a main clause that the when-clause dates keeps its own reading ("two soldiers were killed when ...").
_WHEN_BEFORE: Final = re.compile(r"\bwhen(?:\s+[\w'’.-]+){1,9}$", re.IGNORECASE)
#: (a month with its year dates a day gone as a full date does, and no day of the news: "a hospital that closed when
#: fighting reached the state in December 2023")
_FULL_DATE_WITH_YEAR_IN_CLAUSE: Final = re.compile(
    _FULL_DATE_WITH_YEAR_AFTER
    + rf"|(?:[\s,]+[\w'’.-]+){{0,12}}?\s+in\s+(?:early\s+|late\s+|mid-?)?{_MONTH_NAME}\s+" + _A_YEAR_OR_DECADE,
    re.IGNORECASE)


def dated_in_a_when_clause(text: str, event_start: int, event_end: int, sentence: tuple[int, int]) -> bool:
    """Whether the violent or casualty word at event_start sits in a clause of "when" that a full date with its year
    dates (see _WHEN_BEFORE)."""
    before = _WHEN_BEFORE.search(text, max(sentence[0], event_start - 60), event_end)
    if before is None or crosses_clause(text, before.start() + 1, event_end):
        return False
    return _follows_in_clause(_FULL_DATE_WITH_YEAR_IN_CLAUSE, text, event_end, min(sentence[1], event_end + 100))


# "Victoria passes knife law named after teenager killed in 2023", "a scholarship for a nurse shot dead in 2019": a
# participle after a noun that hangs from a preposition of other news is a relative clause cut short ("after a
# teenager who was killed in 2023"), and a year after it in its clause dates it as it dates the full one
# (dated_in_dependent_clause): who the person is, history. (A participle after a heading's subject is its predicate,
# and a year there is left to the violent words: "Two soldiers killed in the east in 2016".)
_NOUN_OF_A_PREPOSITION_BEFORE: Final = re.compile(
    r"\S\s+(?:after|for|of|to|about|over|with|against|honouring|honoring|remembering)\s+"
    r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+$", re.IGNORECASE)
#: A participle of harm that may be cut short of its relative word ("killed", "stabbed to death", "shot dead").
_CUT_SHORT_PARTICIPLE: Final = re.compile(r"(?:[a-z]+ed|slain|shot|beaten|hit|struck)\b", re.IGNORECASE)
MAX_NOUN_OF_A_PREPOSITION_CHARS: Final = 50


def dated_in_reduced_relative(text: str, hits: list[Hit], index: int, sentence: tuple[int, int]) -> bool:
    """Whether the event word hits[index] is a participle after a noun that hangs from a preposition (see
    _NOUN_OF_A_PREPOSITION_BEFORE), dated by a year (or a month and a year) after it in its clause."""
    if not found(text, _A_YEAR):
        return False
    event = hits[index]
    if _CUT_SHORT_PARTICIPLE.match(event.text) is None:
        return False
    if _NOUN_OF_A_PREPOSITION_BEFORE.search(
            text, max(sentence[0], event.start - MAX_NOUN_OF_A_PREPOSITION_CHARS), event.start) is None:
        return False
    return _follows_in_clause(_YEAR_OR_MONTH_AFTER, text, event.end, min(sentence[1], event.end + 100))


# "deported to the country where an activist was murdered earlier this week", "the gunman who recently
# shot two men is a diplomat", "the funeral of a leader who was killed last month": an event told as the
# verb of a relative clause that a word of earlier time places before the news says who someone is or
# what a place is, when the main clause before it reports no violence of its own. (A day keeps the news
# its own: "police arrest the man who shot two guards on Monday" may be its first report; and "police
# kill a gunman who recently shot two officers" reports the main clause's killing.)
# ("a recent drone strike" is as earlier as "recently": "an inquiry after a recent drone strike that killed
# five"; but "the most recent attack" only orders attacks, and may be today's)
_EARLIER_NEEDLES: Final = frozenset({"recent", "previously", "earlier", "last ", " ago"})
_EARLIER: Final = re.compile(
    r"\b(?:recently|(?<!most\s)recent|previously|earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)|last\s+(?:week|month|year)"
    r"|(?:days|weeks|months|years)\s+(?:ago|earlier))\b",
    re.IGNORECASE)
# A month alone, or a season gone, dates an act before the news in such a clause as well: "visits the town, where
# gunmen killed nine people at a festival in April", "power plants damaged in missile strikes over the winter". (A
# fresh report dates its act by a day, "where gunmen killed nine on Sunday"; "since April" tells a series that may
# run to today, and a month with its day, "on April 3", a date that may be yesterday's.)
_SEASONS: Final = ("winter", "summer", "spring", "autumn")
_MONTH_OR_SEASON_GONE: Final = re.compile(
    rf"(?-i:\b(?:in|last|early\s+in|late\s+in)\s+{_MONTH_NAME})\b(?!\s+\d{{1,2}}(?:st|nd|rd|th)?\b)"
    rf"|\b(?:(?:over|during|through|in)\s+the\s+(?:past\s+)?|last\s+)(?:{'|'.join(_SEASONS)})\b",
    re.IGNORECASE)
# (a participle after no auxiliary: "plants were damaged in strikes in March" is a clause of its own)
_DAMAGE_PARTICIPLE: Final = (r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
                             r"\b(?:damaged|destroyed|wrecked|razed|flattened|levelled|leveled)\s+(?:in|by|during)")
_DAMAGE_PARTICIPLE_AT: Final = re.compile(_DAMAGE_PARTICIPLE, re.IGNORECASE)
# the relative word and what may stand between it and its verb: auxiliaries and adverbs after "who",
# "which", ", that"; a subject of up to four words after "where", "whom", "in which"
_AUXILIARY: Final = r"(?:\s+(?:was|were|had|has|have|been|is|are|being|recently|previously|allegedly|reportedly))*"
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered. Case-sensitive,
#: the regex engine tells its alternatives apart by the first letter; asked for every act in a text with a relative word.)
_RELATIVE_VERB_BEFORE: Final = re.compile(
    rf"(?:(?:\b(?:who|which)|,\s+that){_AUXILIARY}"
    rf"|\b(?:where|whom|in\s+which)(?:\s+(?!(?:and|but|or)\s)[\w'’.-]+){{1,4}}?{_AUXILIARY}"
    # (a participle of damage is a relative clause cut short: "repair power plants damaged in Russian missile strikes
    # over the winter", "rebuild schools destroyed by shelling last year")
    rf"|{_DAMAGE_PARTICIPLE}(?:\s+(?!(?:and|but|or)\s)[\w'’.-]+){{0,3}}?)"
    # (a toll's "dead" may follow its verb and object: "who recently shot two men dead")
    rf"(?:\s+(?:shot|gunned|stabbed|beat|beaten|left)(?:\s+[\w'’.-]+){{0,3}}?)?\s+$")


_HARM: Final = VIOLENT_CATEGORIES | CASUALTY_CATEGORIES


# "charged with murder after shooting dead two men", "the officer who struck an activist is dismissed
# from his post", "the soldier who shot two protesters was sentenced": a later stage of a case against
# someone (a charge, a trial, a verdict, a sentence, a dismissal from office) comes days or more after
# the act it is about, so that act, told as the case's cause or in a relative clause that says who its
# subject is, is known before: the case is the news. (An arrest or a detention may come within the hour
# and leaves the act news: "police arrest the man who shot two guards", "arrested after they attacked a
# police station, killing two officers".)
_CASE_STAGE_WORDS: Final = (r"(?:charged|indicted|convicted|sentenced|acquitted|cleared|exonerated|jailed|imprisoned|"
                            r"tried|extradited|court-martiall?ed|fined|dismissed|sacked|demoted|discharged|stripped\s+of)")
# (before an after-clause only the words no other sense shares: "troops cleared the area after", "police
# tried to" and "police charged the crowd after" are no case)
# (and as the clause's verb, with its complement: "convicted of", "sentenced to"; an adjective is no stage
# of a case told: "a convicted spy dies after being attacked by inmates" reports the attack)
_LATER_CASE_STAGE: Final = re.compile(
    r"\b(?:charged\s+(?:with|over|in|for)|indicted\s+(?:on|for|over|in)|convicted\s+(?:of|on|for|over|in)|"
    r"sentenced\s+(?:to|for|over|in)|acquitted\s+(?:of|on|in|over)|jailed\s+(?:for|over|in)|"
    r"imprisoned\s+(?:for|over)|extradited\s+(?:to|from|over|for)|court-martiall?ed\s+(?:for|over))\b",
    re.IGNORECASE)
_CASE_STAGE_NEEDLES: Final = frozenset({"charge", "indict", "convict", "sentence", "acquit", "guilty", "cleared",
                                        "confess", "admit",
                                        "counts", "trial", "inquest", "inquiry", "hearing", "court", "case", "jury", "jurors",
                                        "tribunal",
                                        "suspect", "accused", "defendant", "probe", "verdict", "appeal",
                                        "investigation", "perpetrator", "mastermind", "plotter",
                                        "exonerated", "jailed", "imprisoned", "tried", "extradited",
                                        "court-martial", "dismissed", "sacked", "demoted", "discharged",
                                        "stripped", "imprison", "execution", "wanted", "term"})
# the main clause's verb after the relative clause: an auxiliary, maybe an adverb, then the stage
_CASE_STAGE_PREDICATE: Final = re.compile(
    r",?\s+(?:is|was|were|are|has\s+been|have\s+been|had\s+been|will\s+be|to\s+be)"
    rf"\s+(?:(?:formally|later|now|also|then|since|not|reportedly)\s+)?{_CASE_STAGE_WORDS}\b",
    re.IGNORECASE)
# the relative word of a clause on the case's subject and up to six words of that clause before the event
# word ("who ordered the raid", "whose men opened fire on")
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_CASE_SUBJECT_RELATIVE_BEFORE: Final = re.compile(
    r"(?:\b(?:who|whom|whose|which)|,\s+that)(?:\s+(?!(?:and|but|or)\s)[\w'’.-]+){0,6}?\s+$")
#: How far after the relative clause's event word the main clause's verb may come.
MAX_RELATIVE_TAIL_CHARS: Final = 120


def may_tell_a_case_stage(text: str) -> bool:
    """Whether `text` holds a word of a later stage of a case that acted_before_a_case and
    told_as_a_cases_cause need."""
    return not absent(text, _CASE_STAGE_NEEDLES)


def acted_before_a_case(text: str, hits: list[Hit], index: int, sentence: tuple[int, int],
                        quiet: Set[int] = frozenset()) -> bool:
    """Whether the event word hits[index] is the verb of a relative clause on the subject of a later
    stage of a case that follows it ("the officer who struck an activist is dismissed"), where the
    sentence tells no violence or casualty of its own before it (see _LATER_CASE_STAGE)."""
    event = hits[index]
    relative = _CASE_SUBJECT_RELATIVE_BEFORE.search(folded(text), max(sentence[0], event.start - 60), event.start)
    if relative is None or crosses_clause(text, relative.start() + 1, event.start):
        return False
    tail_end = min(sentence[1], event.end + MAX_RELATIVE_TAIL_CHARS)
    stage = _CASE_STAGE_PREDICATE.search(text, event.end, tail_end)
    if stage is None:
        return False
    # (the tail of the relative clause may tell more of the same act, "who shot two men and wounded a
    # third", but no other clause: a full stop or a semicolon ends it)
    if ";" in text[event.end:stage.start()]:
        return False
    return not any(not _HARM.isdisjoint(hit.categories)
                   for hit in hits[:index] if hit.start >= sentence[0] and hit.start not in quiet)


#: A stage of a case told as an appositive participle after a comma: "Smith, found guilty of the murders, is".
APPOSED_STAGE_WORDS: Final = (r"found\s+guilty|convicted|sentenced|acquitted|charged|indicted|jailed|imprisoned|"
                               r"extradited")
#: The main clause's verb right after an appositive stage closes with a comma: "Smith, convicted of fraud, shot two
#: guards" tells the shooting for itself (a verb after an auxiliary is own_verb's).
_MAIN_VERB_AFTER_APPOSITION: Final = re.compile(r",\s+(?:(?:then|later|now|\w+ly)\s+)?$", re.IGNORECASE)


# "is sentenced to 86 years in jail for trying to kill US soldiers", "is found guilty of murder in relation to
# a mass shooting which killed 12", "pleads guilty to killing a woman", "a court sentences him to 21 years for
# killing 77 people": what a later stage of a case (see _LATER_CASE_STAGE) is for, told after its verb, is
# the act the case is about, known before; the case is the news. The verb is the clause's own, told with
# its auxiliary or in the present ("a convicted spy dies after being attacked", "a colonel convicted of
# strangling a girl is shot dead" tell an adjective, and the attack or the shooting is news), and not in a
# relative clause ("a man who was convicted of fraud in 2005 shot two guards").
_CASE_STAGE_VERB: Final = re.compile(
    # (every alternative starts a word: tested once in front, the regex engine leaves at once the characters
    # that start none, instead of trying each alternative at each of them: the whole-text search of
    # told_as_a_cases_cause took a third of the time)
    # (the auxiliary may be "being", the stage told as a cause: "is given a life sentence after being convicted of
    # the murder")
    rf"\b(?=\w)(?:\b(?:is|was|were|are|has\s+been|have\s+been|had\s+been|will\s+be|being)\s+"
    rf"(?:(?:formally|later|now|also|then|not|reportedly)\s+)?"
    rf"(?:{_CASE_STAGE_WORDS}|found\s+[\"“]?(?:not\s+)?guilty)"
    # (or, after a comma, stand in apposition to the one it is told of, with its complement: "Smith, found guilty
    # of the murders, is sentenced"; see _MAIN_VERB_AFTER_APPOSITION for the act of the main clause)
    rf"|(?<=,\s)(?P<apposed>{APPOSED_STAGE_WORDS})\s+(?:of|for|with|to|on|over|in)\s"
    r"|\b(?:pleads?|pleaded|pled)\s+(?:not\s+)?guilty"
    # (a confession, as a plea of guilty, owns to an act done before: "confesses to killing five", "admits to
    # 42 murders"; the act told for itself after it still alerts, "confesses to the theft, then stabs a guard"; and
    # "admitted to" is also a patient's taking in, "two men shot in the raid were admitted to hospital")
    r"|\b(?:confess(?:es|ed|ing)?|admits)\s+to\b"
    r"|\b(?:sentences|convicts|acquits|indicts)\s+(?!to\b|for\b)"
    # (a court that jails someone, with the object after it: "court jails four men who supplied the rifle for the
    # station shooting"; "jails in the north" are prisons)
    r"|\b(?:jails|imprisons)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|an?|the|his|her|their|its|"
    r"(?-i:[A-Z]))"
    # (and in the past, with its object: "a court sentenced Issa H., 27, to life"; "a convicted killer" is
    # an adjective)
    r"|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)\b(?:sentenced\s+(?!(?:to|for|of|on|in|over|by)\b)(?:[\w'’.,-]+\s+){1,5}?to"
    r"|(?:convicted|acquitted)\s+(?!(?:to|for|of|on|in|over|by)\b)(?:[\w'’.,-]+\s+){1,5}?of)\s"
    # (the one found guilty may be described after commas: "finds the tycoon, the former head of a group, guilty")
    # (or by a whole clause of its own between commas, the verdict's object still: "finds the chef, who told police
    # that he burned his dead wife's body, guilty of murder")
    r"|\bfinds\s+(?:[\w'’.,-]+\s+){1,14}?guilty"
    r"|\bfinds\s+(?:[\w'’.-]+\s+){1,6}?[\w'’.-]+,\s+(?:[\w'’.-]+\s+){1,30}?[\w'’.-]+,\s+guilty"
    # "charges 32 people with murder", "faces five counts of assault", "is given a whole life sentence for",
    # "to stand trial for"
    # (the one charged may be described after a comma: "charges the former police chief, a general, with murder"; and
    # the charge may be an attempt, an incitement or a conspiracy: "with incitement to kill foreigners"; a charge
    # "at" or "into" people is a rush on them: "police charged at the crowd, killing two with assault rifles")
    r"|\bcharges?\s+(?!(?:at|into|on|onto|towards?|through|across)\b)(?:[\w'’.,-]+\s+){1,10}?with\s+(?:[\w'’.-]+\s+){0,3}?(?:murder|manslaughter|homicide|"
    r"assault|terrorism|terror|killing|attempted|attempting|incitement|conspiracy|counts?|crimes?|offen[cs]es|arson|"
    r"genocide)"
    r"|\bfac(?:es|ing|ed)\s+(?:[\w'’.-]+\s+){0,3}?(?:charges?|counts?)"
    # a charge or a verdict confirmed, upheld, filed or dropped, a stage of its own: "judges confirm charges of
    # crimes against humanity against", "an appeals court upholds the conviction of", "prosecutors file
    # murder charges against"
    r"|\b(?:confirm(?:s|ed|ing)?|uph(?:olds?|eld|olding)|fil(?:es?|ed|ing)|br(?:ings?|ought|inging)|"
    r"drop(?:s|ped|ping)?|dismiss(?:es|ed|ing)?)\s+(?:(?:the|formal|fresh|new|further|all|murder|terrorism)\s+){0,2}"
    r"(?:charges?|indictments?|convictions?|sentences?|verdicts?)\b"
    # (charges filed may say their kinds in any lower-case words: "files homicide and organised-crime charges
    # over"; only after "file", which no weapon's charges take: "dropped explosive charges from drones")
    r"|\bfil(?:es?|ed|ing)\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}?"
    r"(?:charges|indictments?|convictions?|sentences?|verdicts?)\b"
    # a sentence passed or served told by its noun, what it is for a few words on: "is given a life sentence and
    # more for two murders", "already serving life imprisonment on two counts of murder", "a ten-year term for"
    r"|\b(?:life|death|prison|jail|[\w-]+-year)\s+(?:sentences?|imprisonment|terms?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:for|on|over)\s"
    # a sentence carried out, named with its convict: "halts the execution of a man for a double murder" (the
    # execution is the sentence's end; what it is for was done years before)
    r"|\bexecution\s+of\s+(?:[\w'’.-]+\s+){1,4}?for\s"
    # what a warrant is out for, an act known before the warrant: "arrest a man wanted for the murders of three
    # officers" (an arrest "on suspicion of murder" may come with the first report of the death, and is left)
    r"|\bwanted\s+(?:(?:in\s+\w+|\w+ly)\s+)?for\s"
    r"|\bstands?\s+trial\s+(?:for|over|on)|\b(?:try|tries)\s+(?!to\b)(?:[\w'’.-]+\s+){1,5}?(?:for|over)"
    # the proceedings themselves: "the trial of the gunman in the Fort Hood shooting", "an inquest into the
    # siege", "the inquest hears that one hostage was killed", "a court is told that the prince murdered"
    # ("on" and a day or a date tell when it sat, not its matter: "during a militia leader's trial on Monday,
    # killing a clerk")
    # (past the place where it sits, in a word or two: "an inquest in Belfast into the deaths of two teenagers", "a
    # trial at The Hague of"; the text may be folded to lower case, so no capital is asked)
    # (a proceeding named with its matter, then what it heard: "the inquest into the death of a man was told he was
    # stabbed" hears as "the inquest was told" does; tried before the proceeding's matter alone, as it starts there)
    r"|\b(?:trial|retrial|inquest|inquiry|hearing)\s+(?:of|into)\s+(?:[\w'’.-]+\s+){1,8}?"
    r"(?:has\s+|had\s+|is\s+|was\s+)?(?:hears|heard|told)(?=\s+(?!by\b))"
    r"|\b(?:trial|retrial|court[- ]martial|inquest|inquiry|hearing)\s+"
    r"(?:(?:in|at)\s+(?:the\s+)?(?!(?:which|whom|what)\b)[\w'’.-]+(?:\s+[\w'’.-]+)?,?\s+)?"
    r"(?:of|into|over|for|on(?!\s+(?:(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)day|\d|(?:jan|febr)uary|march|april|may|june|july|august|september|october|november|"
    r"december)\b))"
    r"|\b(?:court|jury|jurors|inquest|inquiry|tribunal|trial|hearing)\s+(?:has\s+|had\s+|is\s+|was\s+)?(?:hears|heard|told)"
    # what an investigation finds, and what it is looking into: "a joint investigation finds that the aid
    # worker was killed by a grenade", "NATO is investigating whether its troops killed up to seven Afghans"
    # (the investigation's subject may name its team and who leads it: "a joint investigation team led by
    # the Netherlands concludes that")
    r"|\b(?:investigation|inquiry|inquest|probe|review)\s+(?:[\w'’.-]+\s+){0,5}?(?:finds|found|concludes|concluded|"
    r"determines|determined|establishes|established)"
    r"|\binvestigat(?:ing|es|e|ed)\s+(?:whether|if|charges|claims|allegations|reports))\b",
    re.IGNORECASE)
#: _CASE_STAGE_VERB for the folded text, as told_as_a_cases_cause asks it of the whole text (lowered.found): its
#: letters are lower case but in its (?-i:...) groups, which ask a letter's case either way, so without
#: re.IGNORECASE it finds there what it finds with it (that search, case-insensitive, cost two and a half times
#: as much).
_CASE_STAGE_VERB_FOLDED: Final = re.compile(_CASE_STAGE_VERB.pattern)
#: Words that open a main clause of its own after the case's: what follows is told for itself
#: ("two men are charged with terrorism, as a 14th bomb is found"). (A semicolon does too.)
# ("also known as", "such as" and "as well as" name or list, and open no clause)
_OWN_CLAUSE_AFTER_CASE: Final = re.compile(r";|\b(?:(?<!known\s)(?<!such\s)(?<!well\s)as|while|but|meanwhile|whereas)\s",
                                           re.IGNORECASE)
_RELATIVE_BEFORE_CASE: Final = re.compile(r"\b(?:who|whom|which|that)\s+(?:[\w'’.-]+\s+){0,2}$", re.IGNORECASE)
#: Words _CASE_STAGE_VERB needs one of (its verbs, and the nouns of the proceedings it names).
_CASE_VERB_NEEDLES: Final = frozenset({"sentenc", "convict", "acquit", "indict", "guilty", "confess", "admit",
                                       "charge", "counts", "trial",
                                       "inquest", "inquir", "hearing", "court", "jury", "jurors", "tribunal", "try ", "tries",
                                       "tried", "fined", "jailed", "imprison", "extradit", "dismissed", "sacked", "demoted",
                                       "discharged", "stripped", "cleared", "exonerat", "investigat", "probe",
                                       "review", "execution", "wanted", "term"})
#: A relative or complement word after the case's verb: the verbs after it tell the case's matter ("for the
#: massacre that killed 13", "the inquest hears that two hostages were killed").
_RELATIVE_AFTER_CASE: Final = re.compile(r"\b(?:that|which|who|whom|whose|where|when)\b", re.IGNORECASE)
#: Finite forms of violent verbs in the present: a clause's own, never a participle hung on a noun.
_FINITE_VERB_FORMS: Final = frozenset({"kills", "stabs", "shoots", "dies"})
#: A word that makes the next one a noun or an infinitive's base ("the kills", "to kill"), whole ("in the
#: Caribbean kills four" ends in "an " but not in the word "an").
_NOUN_OR_INFINITIVE_BEFORE: Final = re.compile(r"\b(?:to|the|a|an)\s$")
#: Auxiliaries an event word may open with ("were killed", "was stabbed"): the clause's own verb.
_AUXILIARIES: Final = frozenset({"was", "were", "is", "are"})
#: An auxiliary right before a participle: the clause's own verb ("was attacked by another inmate").
_AUXILIARY_BEFORE: Final = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been)\s+(?:\w+ly\s+)?$",
                                      re.IGNORECASE)
#: Words that a participle after them describes (people, and plurals): "three men hit by a car", "two
#: motorcyclists shot dead" are the case's victims, not an act of the sentence's own.
_DESCRIBED_BEFORE: Final = re.compile(r"(?:\b(?:men|women|people|children|police)|[a-z]s)\s+$", re.IGNORECASE)


def own_verb(text: str, start: int, in_title: bool) -> bool:
    """Whether the event word at `start` is a verb of its clause's own, not a noun, an -ing form, an
    infinitive's base or a participle describing the noun before it: a finite verb in the present, a
    participle after an auxiliary (or a passive that opens with one), or, in a headline (which drops its auxiliaries), a participle after a
    word that is no plural ("Ex-sergeant on trial over 2019 massacre stabbed to death in prison")."""
    first = text[start:].split(maxsplit=1)[0].lower()
    if first in _FINITE_VERB_FORMS and _NOUN_OR_INFINITIVE_BEFORE.search(text, max(0, start - 5), start) is None:
        return True
    if first in _AUXILIARIES:
        return True  # a passive told whole in the event word: "were killed", "was shot dead"
    if not (first.endswith("ed") or first in {"shot", "struck", "hit", "slain", "beaten"}):
        return False
    before = max(0, start - 30)
    return _AUXILIARY_BEFORE.search(text, before, start) is not None or (
        in_title and _DESCRIBED_BEFORE.search(text, before, start) is None)


#: How far before the event word the case's verb may stand.
MAX_CASE_REACH_CHARS: Final = 200
#: How far after the event word a case's phrase that names it as its charge may end ("charges him with murder").
MAX_CHARGE_TAIL_CHARS: Final = 20


def told_as_a_cases_cause(text: str, hits: list[Hit], index: int, sentence: tuple[int, int],
                          quiet: Set[int] = frozenset(), in_title: bool = False) -> bool:
    """Whether the event word hits[index] tells what a later stage of a case told before it in its
    sentence is for (see _CASE_STAGE_VERB), where the sentence tells no violence or casualty of its own
    before that verb."""
    if absent(text, _CASE_VERB_NEEDLES) or not found(text, _CASE_STAGE_VERB_FOLDED):
        return False  # (asked once per text, the needles first: the regex is slow, and rarely matches)
    event = hits[index]
    start = max(sentence[0], event.start - MAX_CASE_REACH_CHARS)
    # (the stage's phrase may hold the event word as the charge it names, "charges 32 people with murder": it
    # starts before the event word and ends after it, up to MAX_CHARGE_TAIL_CHARS)
    stages = [stage for stage in _CASE_STAGE_VERB.finditer(text, start, min(sentence[1], event.end + MAX_CHARGE_TAIL_CHARS))
              if stage.start() < event.start < stage.end()] or list(_CASE_STAGE_VERB.finditer(text, start, event.start))
    if not stages:
        return False
    stage = stages[-1]  # (the nearest case)
    if _OWN_CLAUSE_AFTER_CASE.search(text, stage.end(), event.start) or result_after_a_told_toll(text, hits, index, sentence):
        return False
    if stage.group("apposed") and _MAIN_VERB_AFTER_APPOSITION.search(
            text, stage.end(), event.start) is not None:
        return False  # ("Smith, convicted of fraud, shot two guards": the apposition has closed)
    if _RELATIVE_BEFORE_CASE.search(text, max(sentence[0], stage.start() - 40), stage.start()):
        return False
    if not _heard_by_the_case(stage.group(0)) and (own_verb(text, event.start, in_title)
                                                   or _own_act_of_a_described_subject(text, stage.start(), event) or any(
            _main_verb_told_after(text, stage.end(), hit) for hit in hits[:index]
            if stage.end() <= hit.start and not _HARM.isdisjoint(hit.categories))) and not (
            _RELATIVE_AFTER_CASE.search(text, stage.end(), event.start)):
        # "Ex-sergeant on trial over 2019 massacre stabbed to death in prison": a verb after the case's matter,
        # with no relative word to hang it on that matter, is the sentence's own act (and so is the death it deals:
        # "serving a life sentence for robbery stabs three guards to death")
        return False
    return not any(not _HARM.isdisjoint(hit.categories)
                   for hit in hits[:index] if sentence[0] <= hit.start < stage.start() and hit.start not in quiet)


#: A proceeding that hears or is told, at the end of a case's phrase: "the inquest hears", "a court was told".
_HEARD_BY_THE_CASE: Final = re.compile(r"\b(?:hears|heard|told)$", re.IGNORECASE)


def _heard_by_the_case(stage: str) -> bool:
    """Whether the case's phrase `stage` is a proceeding that hears or is told: what follows is what it hears, a
    clause with its "that" dropped as headlines drop it ("Inquest hears teenager stabbed in the park had asked
    for help", "Court told gunman shot two guards"), so even a verb of its own there is the case's matter."""
    return _HEARD_BY_THE_CASE.search(stage) is not None


# "the Magdeburg market attack trial hears from survivors", "the Aurora shooting suspect appears in court",
# "the embassy bombing appeal", "faces assault charges": an event noun that names a case, a suspect or a proceeding it goes before
# tells the act the case is about, known before. (A verb in the past is no name: "police killed suspects".)
_CASE_NOUN_AFTER: Final = re.compile(
    r"[\s-]+(?:trials?|retrials?|cases?|charges?|suspects?|accused|defendants?|inquir(?:y|ies)|inquests?|probes?|hearings?|"
    r"verdicts?|appeals?|investigations?|convicts?|perpetrators?|masterminds?|plotters?|convictions?|acquittals?|"
    r"sentenc(?:e|es|ing))\b",
    re.IGNORECASE)


#: Event words that are nouns (besides those in -ing): a verb before "defendant" or "suspects" is an act
#: done to them ("a sniper kills a defendant", "police killed suspects").
_CASE_NAMING_NOUNS: Final = frozenset({"attack", "attacks", "massacre", "massacres", "murder", "murders", "raid",
                                       "raids", "siege", "ambush", "assault", "blast", "blasts", "explosion",
                                       "explosions", "rampage", "riot", "riots", "violence", "car-ramming", "arson"})


def names_a_case(text: str, start: int, end: int) -> bool:
    """Whether the event word text[start:end] is a noun naming the case, suspect or proceeding after it
    (see _CASE_NOUN_AFTER)."""
    word = text[start:end].lower()
    return (word.endswith(("ing", "ings")) or word in _CASE_NAMING_NOUNS) and _CASE_NOUN_AFTER.match(text, end) is not None


# "Man jailed for life over city-centre stabbings | A judge ... calling his attack on shoppers 'merciless'", "at
# her trial, prosecutors described the shooting as planned": in a story whose heading or sentence tells a later
# stage of a case against someone, the act told with the accused's possessive ("his attack", "their bombing of")
# or as the object of what a judge or a prosecutor says of it is the case's act, known before. (With no case,
# "his attack on the shoppers left three dead" is the day's news; and an act the accused launches, resumes or
# steps up, or a new one of theirs, is an act of its own: "the rebels launched their attack at dawn".)
_CASE_TOLD: Final = re.compile(
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)\b(?:jail(?:s|ed)?|imprison(?:s|ed)?|sentenc(?:es|ed)|convict(?:s|ed)|acquit(?:s|ted))\s+"
    r"(?:(?!(?:and|but|or|as|while)\b)[\w'’.,-]+\s+){0,4}?(?:for|over|to|of|on)\b"
    r"|\b(?:on|stands?|standing|stood|faces?|facing|faced)\s+(?:a\s+)?(?:re)?trial\b"
    r"|\b(?:found|finds|pleads?|pleaded|pled)\s+(?:[\w'’.,-]+\s+){0,3}?(?:not\s+)?guilty\b",
    re.IGNORECASE)
#: The accused's possessive before the act, past words that tell which act, or none: "his attack", "her
#: shooting of", "their brutal bombing".
_ACCUSED_POSSESSIVE_BEFORE: Final = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?!(?:new|fresh|latest|renewed|further|next|second|third|another)\b)"
    r"[a-z][\w'’-]*\s+){0,2}$")
#: A verb of starting or pressing an act on: what follows it is an act going on, not the case's.
_ACT_BEGUN_BEFORE: Final = re.compile(
    r"\b(?:launch|begin|began|begun|start|step|stepped|renew|resume|continue|intensif|escalat|press|expand|"
    r"widen|open|carr(?:y|ies|ied)\s+on)\w*\s+(?:up\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
#: A judge's, a court's or a prosecutor's words whose object is the act: "the judge called the attack", "prosecutors
#: described his shooting of the guard as".
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_COURT_WORDS_BEFORE: Final = re.compile(
    r"\b(?:judges?|justice|magistrates?|prosecutors?|prosecution|court|jury|coroner)\b(?:\s+(?!(?:and|but|or)\s)[\w'’.,-]+){0,8}?"
    r"\s+(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|term(?:s|ed|ing)?|said|says|told|"
    r"condemn(?:s|ed|ing)?)\s+(?:the|his|her|their|this|that)\s+(?:[a-z][\w'’-]*\s+){0,2}$")
#: How far before the act the possessive or the court's words may start.
MAX_ACCUSED_REACH_CHARS: Final = 120


def told_of_the_accused(text: str, hits: list[Hit], index: int, sentence: tuple[int, int], title_end: int) -> bool:
    """Whether the event word hits[index] is the act a case told in the item's heading or in its own sentence
    is about, told with the accused's possessive or as the object of a judge's or a prosecutor's words (see
    _CASE_TOLD)."""
    event = hits[index]
    reach = max(sentence[0], event.start - MAX_ACCUSED_REACH_CHARS)
    court = _COURT_WORDS_BEFORE.search(folded(text), reach, event.start)
    if (court is None or crosses_clause(text, court.start(), event.start)) and (
            _ACCUSED_POSSESSIVE_BEFORE.search(text, max(sentence[0], event.start - 40), event.start) is None
            or _ACT_BEGUN_BEFORE.search(text, reach, event.start) is not None):
        return False
    return (_CASE_TOLD.search(text, 0, title_end) is not None or _LATER_CASE_STAGE.search(text, 0, title_end) is not None
            or _CASE_TOLD.search(text, sentence[0], sentence[1]) is not None
            or _LATER_CASE_STAGE.search(text, sentence[0], sentence[1]) is not None)


#: The words of earlier time the relative clauses below need besides _EARLIER's: a season gone (_MONTH_OR_SEASON_GONE;
#: a month is a dated name's, TextCues.dated_name) and a government gone (_GONE_GOVERNMENT).
_EARLIER_RELATIVE_NEEDLES: Final = _EARLIER_NEEDLES | frozenset(_SEASONS) | frozenset({"previous", "former", "ousted"})


def may_tell_an_earlier_relative(text: str) -> bool:
    """Whether `text` holds a word of earlier time that told_in_earlier_relative (but for a month's name) and
    killed_in_gone_event need."""
    return not absent(text, _EARLIER_RELATIVE_NEEDLES)


def told_in_earlier_relative(text: str, hits: list[Hit], index: int, sentence: tuple[int, int],
                             quiet: Set[int] = frozenset()) -> bool:
    """Whether the event word hits[index] is the verb of a relative clause that a word of earlier time
    dates, after a main clause with no violence or casualty of its own (see _RELATIVE_VERB_BEFORE)."""
    if "armed_group" in hits[index].categories:
        return _doer_known_by_earlier_act(text, hits, index, sentence, quiet)
    return _act_in_earlier_relative(text, hits, index, sentence, quiet)


def _act_in_earlier_relative(text: str, hits: list[Hit], index: int, sentence: tuple[int, int],
                             quiet: Set[int]) -> bool:
    """told_in_earlier_relative for an act or a casualty word."""
    event = hits[index]
    # (the participle of damage may be the word itself: "schools destroyed by shelling in February")
    relative = _RELATIVE_VERB_BEFORE.search(folded(text), max(sentence[0], event.start - 60), event.start) or (
        _DAMAGE_PARTICIPLE_AT.match(text, event.start))
    if relative is None or crosses_clause(text, relative.start() + 1, event.start):
        return False
    start = relative.start()
    clause_end = min(sentence[1], event.end + 80)
    earlier = _EARLIER.search(text, start, clause_end) or _MONTH_OR_SEASON_GONE.search(text, start, clause_end)
    if earlier is None or crosses_clause(text, max(event.end, start + 1), earlier.start()):
        return False
    # (the main clause is what stands before the relative clause: a participle of damage is the clause's own word)
    return not any(not _HARM.isdisjoint(hit.categories)
                   for hit in hits[:index] if sentence[0] <= hit.start < start and hit.start not in quiet)


# "claims that the gunman who recently shot two men is a diplomat": a doer word (an attack word of its own,
# "gunman", "attacker") whose relative clause right after it tells his act dated earlier is a person known
# by that act, as the act is (_act_in_earlier_relative); the main clause tells what is said of him. (A
# relative clause that tells no act leaves the doer's own act news: "a gunman who recently escaped from
# prison shot dead two guards".)
_RELATIVE_AFTER_DOER: Final = re.compile(r",?\s+(?:who|that|whom)\b", re.IGNORECASE)
# So is a doer who is the subject of a relative clause of place or of an event: "visits the town, where gunmen
# killed nine people at a festival in April" (the act after him is then asked the same).
_RELATIVE_BEFORE_DOER: Final = re.compile(r"\b(?:where|in\s+which|during\s+which)\s+(?:(?:the|a|an)\s+)?$",
                                          re.IGNORECASE)


def _doer_known_by_earlier_act(text: str, hits: list[Hit], index: int, sentence: tuple[int, int],
                               quiet: Set[int]) -> bool:
    """Whether the doer word hits[index] opens a relative clause whose first act or casualty word is told
    as an act dated earlier (_act_in_earlier_relative)."""
    doer = hits[index]
    if _RELATIVE_AFTER_DOER.match(text, doer.end, sentence[1]) is None and _RELATIVE_BEFORE_DOER.search(
            text, max(sentence[0], doer.start - 20), doer.start) is None:
        return False
    act = next((later for later in range(index + 1, len(hits)) if not _HARM.isdisjoint(hits[later].categories)), None)
    return act is not None and _act_in_earlier_relative(text, hits, act, sentence, quiet | {doer.start})


#: The relative clause after an event's name, up to the toll word it tells.
_TOLL_RELATIVE_OF_A_NAME: Final = (
    r",?\s+(?:which|that|where|in\s+which|during\s+which)\s+(?:(?!(?:and|but)\s)[\w'’,.-]+\s+|(?<![,;]\s)and\s+){0,8}$")


# "the 2011 uprising, which killed over 4,000 people", "the genocide of 1915, in which a million people
# were killed", "the March 2025 incident in which 15 paramedics were killed": a relative clause that tells
# the toll of an event named by its year (or its month and year) is its history.
_DATED_EVENT_RELATIVE_BEFORE: Final = re.compile(
    r"(?:"
    # ("a" names a dated event as "the" does: "apologises for a 1947 raid on the village, in which 43 men were
    # executed")
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?:{_MONTH_NAME}\s+)?(?:1[0-9]\d\d|20\d\d)(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+(?:[\w'’.-]+\s+){{0,8}}?"
    r"[\w'’.-]+"
    # (and its doer after "by", which the name holds beside its object: "the 1988 downing of a passenger jet by a
    # warship, which killed 290")
    r"(?:\s+by\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’.-]+\s+){0,2}?[\w'’.-]+)?"
    # (or after "of", by a year or a full date: "the massacre of 1915", "the festival massacre of 7 October
    # 2023, in which 364 people were killed")
    rf"|\b[\w'’-]+\s+of\s+(?:\d{{1,2}}\s+{_MONTH_NAME},?\s+|{_MONTH_NAME}\s+(?:\d{{1,2}},?\s+)?)?(?:1[0-9]\d\d|20\d\d)"
    # (or dated after its name, by a month and a year: "the knife attack at a festival in August 2024 that
    # killed three people")
    rf"|\b(?:in|during)\s+(?:{_MONTH_NAME}\s+)?(?:1[0-9]\d\d|20\d\d)"
    # (or by a span of years after it: "an amnesty for the violence between 2020 and 2023, in which dozens of
    # protesters were killed")
    r"|\b(?:between\s+(?:1[0-9]\d\d|20\d\d)\s+and|from\s+(?:1[0-9]\d\d|20\d\d)\s+(?:to|until))\s+(?:1[0-9]\d\d|20\d\d))"
    # (an "and" after no comma joins the people it tells of: "in which 15 paramedics and rescue workers were
    # killed"; ", and" or "but" opens a clause of its own)
    # (the name may run to nine words, with its aim or place but no comma: "the 2017 battle to retake the old
    # city from the militants, which left thousands dead"; "where" tells a toll at its place: "the March 2023
    # standoff at the farm, where two officers were killed"; and the toll may be attributed: "which UN
    # investigators say left up to 900 dead")
    + _TOLL_RELATIVE_OF_A_NAME)


def killed_in_dated_event(text: str, hits: list[Hit], index: int, sentence: tuple[int, int]) -> bool:
    """Whether the casualty word hits[index] is told as part of an event named by its year, after
    it in its clause or in a relative clause of its name (see _IN_DATED_EVENT_AFTER and
    _DATED_EVENT_RELATIVE_BEFORE), and is no result of the main clause's act told after that clause
    (result_after_a_told_toll)."""
    if not found(text, _A_YEAR):
        return False
    event_start, event_end = hits[index].start, hits[index].end
    match = _IN_DATED_EVENT_AFTER.match(text, event_end, min(sentence[1], event_end + 100))
    if match is not None and not crosses_clause(text, event_end, match.end()):
        return True
    return _DATED_EVENT_RELATIVE_BEFORE.search(text, max(sentence[0], event_start - 120), event_start) is not None and (
        not result_after_a_told_toll(text, hits, index, sentence))


# "A man opened fire in a courtroom on Thursday during a hearing over a 2020 feud that left four people dead, killing
# two and wounding a clerk": a relative clause that has told its own toll is closed, and a participle after its comma
# (and one joined to that by "and") tells the result of the main clause's act, dated by a recent day before the
# relative clause, as after a reason's relative clause that told its harm (engine._reason_closed_before). (With no
# recent day in the main clause, "the 2011 uprising, which killed 4,000, wounding thousands" goes on telling the
# relative's act.)
_PARTICIPLE_AFTER_COMMA: Final = re.compile(r",\s+[a-z]+ing\b")
_RELATIVE_OF_A_TOLL: Final = re.compile(r"\b(?:that|which|where)\b")


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of `matches`, or None."""
    last = None
    for last in matches:  # noqa: B007 (the loop only runs to the end)
        pass
    return last


def result_after_a_told_toll(text: str, hits: list[Hit], index: int, sentence: tuple[int, int]) -> bool:
    """Whether the -ing word hits[index] tells the main clause's act after a relative clause that told its own toll
    (see _PARTICIPLE_AFTER_COMMA's comment)."""
    event = hits[index]
    if not event.text[:1].islower() or not event.text.split(maxsplit=1)[0].endswith("ing"):
        return False
    participle = _last(_PARTICIPLE_AFTER_COMMA.finditer(text, sentence[0], event.end))
    if participle is None or "," in text[participle.end():event.start] or (
            participle.end() < event.start and not text.endswith("and ", 0, event.start)):
        return False
    lowered = folded(text)
    relative = _last(_RELATIVE_OF_A_TOLL.finditer(lowered, sentence[0], participle.start()))
    return relative is not None and _RECENT_DAY.search(lowered, sentence[0], relative.start()) is not None and any(
        relative.end() <= hit.start and hit.end <= participle.start() and not CASUALTY_CATEGORIES.isdisjoint(hit.categories)
        for hit in hits[:index])


# "the March 2023 standoff at the farm, where an officer and three gunmen were killed", "the 2011 uprising, in
# which gunmen stormed the palace": a doer word in a relative clause that tells an event named by its year
# is part of that event's history, as its toll is (killed_in_dated_event).
def doer_in_dated_relative(text: str, event_start: int, sentence: tuple[int, int]) -> bool:
    """Whether the doer word at event_start stands in a relative clause of an event named by its year (see
    _DATED_EVENT_RELATIVE_BEFORE)."""
    return _DATED_EVENT_RELATIVE_BEFORE.search(text, max(sentence[0], event_start - 120), event_start) is not None


# "a motion over the failures before the October 7 attack, in which about 1,200 people were killed", "rejects the
# account of the January bombing of a bus in the county, which killed eleven passengers": an event named by "the"
# and its month (maybe with its day) before its own words is one reported before (_MONTH_NAMED), and a relative
# clause that tells its toll describes it, as with a year (_DATED_EVENT_RELATIVE_BEFORE). (A fresh report dates
# its act by a day after it, "a bombing on Monday, which killed eleven"; a capital after the month names something
# else: "the May Day rally, where".)
_MONTH_EVENT_RELATIVE_BEFORE: Final = re.compile(
    rf"\b[Tt]he\s+(?:{_MONTH_NAME}(?:\s+\d{{1,2}})?|\d{{1,2}}\s+{_MONTH_NAME})\s+(?=[a-z])(?:[\w'’.-]+\s+){{0,8}}?[\w'’.-]+"
    + _TOLL_RELATIVE_OF_A_NAME)


def killed_in_month_named_event(text: str, event_start: int, sentence_start: int) -> bool:
    """Whether the casualty word at event_start is told in a relative clause of an event named by its month (see
    _MONTH_EVENT_RELATIVE_BEFORE)."""
    return _MONTH_EVENT_RELATIVE_BEFORE.search(text, max(sentence_start, event_start - 120), event_start) is not None


# "the funerals of four officers killed in the 12 June explosion", "wounded during the March strikes on the
# port": a toll told as part of an act that "the" and a date or a month name (names_dated_event) is that act's,
# reported before, as with a year (_IN_DATED_EVENT_AFTER). Only deaths: wounds of a dated act may be the cause
# of a death that is news ("dies of wounds he suffered in the 12 June bombing").
# (or with no article before the year that names the act: "thought to have been killed in 1986 US airstrikes")
_IN_THE_AFTER: Final = re.compile(r"(?:\s+(?!(?:and|but|or)\b)[\w'’.-]+){0,4}?\s+(?:in|during)\s+"
                                  r"(?:the\s+|(?=(?:19|20)\d\d\s))")
MAX_WORDS_TO_DATED_ACT: Final = 4


def killed_in_named_dated_act(text: str, hits: list[Hit], index: int, sentence: tuple[int, int]) -> bool:
    """Whether the casualty word hits[index] is told as part of an act named by its date after "in the" or
    "during the" (see _IN_THE_AFTER), in its clause."""
    event = hits[index]
    if "killed" not in event.categories:
        return False
    match = _IN_THE_AFTER.match(text, event.end, min(sentence[1], event.end + 80))
    if match is None or crosses_clause(text, event.end, match.end()):
        return False
    act = next((hit for hit in hits[index + 1:] if hit.start >= match.end()
                and not VIOLENT_CATEGORIES.isdisjoint(hit.categories)), None)
    return act is not None and words_between(text, match.end(), act.start) < MAX_WORDS_TO_DATED_ACT and (
        not crosses_clause(text, match.end(), act.start)) and names_dated_event(text, act.start, sentence[0])


# "elegies for relatives killed in an air strike in 2024": a toll told as part of an act that a bare year dates
# (dated_by_bare_year: the act is history) is that act's, as past as it is. (The year must date the act, after it
# in its clause: "two soldiers killed in the east in 2016" names no act, and is left to the rules of a bare year.)
_IN_AN_ACT_AFTER: Final = re.compile(r"(?:\s+(?!(?:and|but|or)\b)[\w'’.-]+){0,4}?\s+(?:in|during|by)\s+(?:an?|the)\s+")


def killed_in_year_dated_act(text: str, hits: list[Hit], index: int, sentence: tuple[int, int]) -> bool:
    """Whether the casualty word hits[index] is told as part of an act after "in a", "in the", "during a" or "by a"
    (see _IN_AN_ACT_AFTER) that a bare year dates, in its clause."""
    event = hits[index]
    if "killed" not in event.categories and "injured" not in event.categories:
        return False
    match = _IN_AN_ACT_AFTER.match(text, event.end, min(sentence[1], event.end + 80))
    if match is None or crosses_clause(text, event.end, match.end()):
        return False
    act = next((hit for hit in hits[index + 1:] if hit.start >= match.end()
                and not VIOLENT_CATEGORIES.isdisjoint(hit.categories)), None)
    return act is not None and words_between(text, match.end(), act.start) < MAX_WORDS_TO_DATED_ACT and (
        not crosses_clause(text, match.end(), act.start)) and dated_by_bare_year(text, act.end, sentence[1])


# "documents 14 strikes on the city between January and May that killed 62", "counts 40 attacks on clinics from
# March to June": acts counted over a span of months or years are a tally, the background of what is said of them
# (a report, a finding), no event. (A span of days may be this week's news: "14 strikes between Monday and
# Wednesday killed 62".)
_COUNT_BEFORE_ACTS: Final = re.compile(r"(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                       r"twelve|dozens\s+of|scores\s+of|hundreds\s+of))\s+(?:[\w'’-]+\s+){0,3}$",
                                       re.IGNORECASE)


def _span_after(first: str, last: str | None = None) -> re.Pattern[str]:
    """A span "between F and L" or "from F to (until, through) L", F and L points of time (`first`, and `last`
    or `first` again), after at most eight words of the clause: the one form of the spans that
    counted_over_months and toll_over_years ask for, each with its own points. (No "but" or "or" among the
    words, nor an "and" that opens a clause; an "and" before a number or a name joins two tolls or two places
    that share the span: "killed and another 36,245 wounded between", "in Syria and Iraq between".)"""
    return re.compile(rf"(?:\s+(?!(?:and(?!\s+(?:another\s+)?\d|\s+[A-Z])|but|or)\b)[\w'’.,-]+){{0,8}}?\s+"
                      rf"(?:between\s+{first},?\s+and|from\s+{first},?\s+(?:to|until|through))\s+{last or first}\b",
                      re.IGNORECASE)


#: Acts counted over months or years: "between January and May", "from March 2023 to 2024".
_MONTHS_SPAN_AFTER: Final = _span_after(rf"(?:{_MONTH_NAME}|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?")
_MONTHS_SPAN_NEEDLES: Final = frozenset({"between", "from"})


def counted_over_months(text: str, event_start: int, event_end: int, sentence_end: int) -> bool:
    """Whether the plural act noun at event_start is counted (see _COUNT_BEFORE_ACTS) and its clause spans months
    or years (see _MONTHS_SPAN_AFTER)."""
    word = text[event_start:event_end].lower().removesuffix(" on").removesuffix(" against")
    if not word.endswith("s") or _lacks(text[event_end:min(sentence_end, event_end + 120)], _MONTHS_SPAN_NEEDLES):
        return False
    if _COUNT_BEFORE_ACTS.search(text, max(0, event_start - 40), event_start) is None:
        return False
    return _follows_in_clause(_MONTHS_SPAN_AFTER, text, event_end, min(sentence_end, event_end + 120))


# "estimates that thousands died in the campaign against the rebels between 1955 and 1971", "800 people were
# killed from 1992 to 1995": a toll counted over a span of years is a total of the past, history, no event (as
# acts counted over months, counted_over_months). (Only years: "killed 12 between 2 and 4 pm" is today's.)
# (either end may be a full date, "between 1 January 2014 and 31 October 2015", "between September 10, 2015, and
# February 2, 2016"; or a day and month of the closing year, "between 1 May and 31 October 2015": a span of months)
_SPAN_DATE: Final = rf"(?:(?:\d{{1,2}}\s+)?{_MONTH_NAME}(?:\s+\d{{1,2}})?)"
_SPAN_YEAR: Final = rf"(?:{_SPAN_DATE},?\s+)?(?:1[0-9]|20)\d\d"
_YEARS_SPAN_AFTER: Final = _span_after(rf"(?:{_SPAN_YEAR}|{_SPAN_DATE})", _SPAN_YEAR)


def toll_over_years(text: str, event_end: int, sentence_end: int) -> bool:
    """Whether the casualty word ending at event_end is counted over a span of years after it, in its clause
    (see _YEARS_SPAN_AFTER)."""
    end = min(sentence_end, event_end + 120)
    if _lacks(text[event_end:end], _MONTHS_SPAN_NEEDLES):
        return False
    return _follows_in_clause(_YEARS_SPAN_AFTER, text, event_end, end)


# "says glide bombs caused most civilian deaths in the city", "shelling accounts for half of all deaths": deaths told as
# a share of all of them (most, half, a majority) are a total's part, counted over the whole of a war or a span, no
# event. (A count with it is a toll of its own: "most of the 40 deaths were children" leaves the 40 to its act.)
_SHARE_BEFORE: Final = re.compile(
    r"\b(?:most|the\s+majority\s+of|a\s+majority\s+of|(?:about\s+|nearly\s+|more\s+than\s+)?(?:half|a\s+third|"
    r"two[-\s]thirds|a\s+quarter|three[-\s]quarters)\s+of|\d+\s*(?:%|per\s*cent|percent)\s+of)\s+(?:(?:all|the)\s+)?"
    r"(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
_SHARE_NOUNS: Final = frozenset({"deaths", "casualties", "killings", "fatalities"})
#: The words of a share that _SHARE_BEFORE needs one of ("cent" for "per cent" and "percent"): a TextCues flag.
_SHARE_NEEDLES: Final = frozenset({"most", "majority", "half", "third", "quarter", "%", "cent"})


def a_share_of_deaths(text: str, event_start: int, event_end: int) -> bool:
    """Whether the plural death noun at event_start is told as a share of all deaths (see _SHARE_BEFORE)."""
    if text[event_start:event_end].lower().rsplit(maxsplit=1)[-1] not in _SHARE_NOUNS:
        return False
    return _SHARE_BEFORE.search(text, max(0, event_start - 40), event_start) is not None


# "documents 14 strikes between January and May ... and calls them \"indiscriminate attacks\"": the label a speaker
# gives, by a plural pronoun, to acts told before names those acts again, as past as they are. (A single act's label,
# "condemned an air strike on Thursday that killed three, calling it an attack on its sovereignty", is left to the
# rules of the act, which may be fresh.)
_LABEL_OF_PRONOUN_BEFORE: Final = re.compile(
    r"\b(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|brand(?:s|ed|ing)?|label(?:s|led|ling)?|term(?:s|ed)?)\s+"
    r"(?:them|these|those)\s+(?:as\s+)?[\"“'‘]?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def labels_acts_told(text: str, event_start: int, sentence_start: int) -> bool:
    """Whether the act noun at event_start is a label given by a pronoun to acts told before (see
    _LABEL_OF_PRONOUN_BEFORE)."""
    return _LABEL_OF_PRONOUN_BEFORE.search(text, max(sentence_start, event_start - 50), event_start) is not None


# "follows last month's violence at the city prison, where authorities say 31 inmates died", "over last week's
# raid on the camp, in which two guards were killed": a relative clause that tells the toll of an event named by a
# time gone in the possessive (_GONE_TIME_NAMED) is its description, as with an event named by its year
# (_DATED_EVENT_RELATIVE_BEFORE).
# So does a government gone in the possessive: "hearings into the previous administration's war on drugs, in which
# thousands of suspects were killed", "the ousted regime's crackdown, which left 300 dead" (its acts are done).
_GONE_GOVERNMENT: Final = (r"\b(?i:previous|former|ousted)\s+(?:[\w-]+\s+)?(?:governments?|administrations?|regimes?|"
                           r"juntas?|dictators?|dictatorships?)['’]s?\s+")
_GONE_EVENT_RELATIVE_BEFORE: Final = re.compile(
    rf"(?:{_GONE_TIME}|{_GONE_GOVERNMENT})(?:[\w'’.–-]+\s+){{0,6}}?[\w'’.–-]+"
    # (an "and" after no comma joins the people it tells of, as in _TOLL_RELATIVE_OF_A_NAME: "over last Saturday's siege
    # of a hotel, in which 12 guests and staff were killed")
    r",?\s+(?:which|that|where|in\s+which|during\s+which)\s+(?:(?!(?:and|but)\s)[\w'’.-]+\s+|(?<![,;]\s)and\s+){0,6}$")
MAX_GONE_EVENT_CHARS: Final = 140


def killed_in_gone_event(text: str, event_start: int, sentence_start: int) -> bool:
    """Whether the casualty word at event_start is told in a relative clause of an event named by a time gone
    (see _GONE_EVENT_RELATIVE_BEFORE)."""
    window = max(sentence_start, event_start - MAX_GONE_EVENT_CHARS)
    return _GONE_EVENT_RELATIVE_BEFORE.search(text, window, event_start) is not None


# "Somalia buries deputy minister killed in hotel siege", "leads prayers for the envoy, one of nine people who died
# when gunmen stormed the hotel", "mourners attend the funerals of four officers shot dead at a checkpoint": people a
# burial, a funeral, mourning or prayers are for, described by how they died, died before the rite, which is the
# news. (The death must be told as a description: a participle with a phrase of how or where after it, or a
# relative clause; "a bomber at the funeral of an elder killed 12 mourners" tells the killing as the verb of its
# own subject, and a funeral that is the place of an act is no rite's object. An act dated yesterday or today
# may be reported for the first time beside its dead's burial: "buries five children killed in yesterday's air
# strike" stays news.)
_MOURNED_BEFORE: Final = re.compile(
    r"(?<!\bat\s)(?<!\bduring\s)(?<!\bnear\s)(?<!\boutside\s)"
    # (a funeral's place may stand between it and its dead: "a state funeral in the capital for troops killed")
    r"\b(?:bur(?:y|ies|ied|ying|ials?)|funerals?\s+(?:(?:in|at)\s+(?-i:[A-Z][\w'’.-]*\s+){1,3})?(?:of|for)|mourns?|"
    r"mourned|mourning|prayers?\s+for|"
    r"laid\s+to\s+rest|lays?\s+to\s+rest|"
    # (remembrance is mourning's rite too: "gathered to remember the 900 villagers killed by a battalion in 1981",
    # "honours the officers who died"; its object opens with a determiner: "an honour killing" is no rite)
    r"(?:remember(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|commemorat(?:e|es|ed|ing)|pa(?:y|ys|id|ying)\s+(?:tribute|homage)"
    r"\s+to)(?=\s+(?:the|those|all|its|their|his|her)\s))\s+"
    # (a figure's thousands are one word: "the nearly 1,000 villagers killed")
    r"(?:(?!(?:and|but|as|while|after|when|amid)\b)[\w'’.-]+(?:,\d{3})*,?\s+){0,8}?"
    r"(?P<relative>(?:who|that)\s+(?:(?:was|were|had|have|has|been)\s+)*)?$", re.IGNORECASE)
#: After a participle that describes the dead: how or where they died ("killed in the siege", "shot dead at").
_HOW_OR_WHERE_AFTER: Final = re.compile(r"\s+(?:in|by|during|when|while|at|on|near|after|last|earlier)\b",
                                        re.IGNORECASE)
_MOURNED_NEEDLES: Final = frozenset({"bur", "funeral", "mourn", "prayer", "to rest", "remember", "honour", "honor",
                                     "commemorat", "tribute", "homage"})
MAX_MOURNED_CHARS: Final = 100
#: A day of the news itself, after the death in its sentence: its act may be first reported here.
_TODAY_OR_YESTERDAY: Final = re.compile(r"\b(?:yesterday|today|tonight|last\s+night|this\s+morning)\b", re.IGNORECASE)
MAX_DAY_AFTER_DEATH_CHARS: Final = 120


def died_before_a_rite(text: str, event_start: int, event_end: int, sentence: tuple[int, int]) -> bool:
    """Whether the casualty word at event_start describes people a burial, a funeral or prayers are for (see
    _MOURNED_BEFORE), with no day of the news after it in its sentence (_TODAY_OR_YESTERDAY)."""
    if absent(text, _MOURNED_NEEDLES):
        return False
    mourned = _MOURNED_BEFORE.search(text, max(sentence[0], event_start - MAX_MOURNED_CHARS), event_start)
    return mourned is not None and (mourned.group("relative") is not None
                                    or _HOW_OR_WHERE_AFTER.match(text, event_end) is not None) and (
        _TODAY_OR_YESTERDAY.search(text, event_end, min(sentence[1], event_end + MAX_DAY_AFTER_DEATH_CHARS)) is None)


# "Those killed in the massacre were remembered at a ceremony", "the four officers shot at the checkpoint were buried
# with honours": the dead described by how they died, as the subject of a rite's passive (remembered, honoured,
# mourned, commemorated, buried), died before the rite, which is the news; so did the act their description names.
# (The subject opens its sentence with a determiner of known people; a day of the news after it, or a clause of its
# own, may still report an act first, as for the active rite.)
_MOURNED_SUBJECT: Final = re.compile(
    r"\s*[\"“‘']?(?:the|those|all(?:\s+those)?)\s+(?P<subject>[^;:.]{1,100}?)\s+(?:were|was|are|is|(?:have|has|had)\s+"
    r"been|will\s+be)\s+(?:[a-z]+ly\s+)?(?:remembered|honou?red|mourned|commemorated|buried|laid\s+to\s+rest|"
    r"memoriali[sz]ed)\b", re.IGNORECASE)
#: In that subject, the words that describe the dead by their death: a participle of killing or a relative clause.
_DEAD_DESCRIBED: Final = re.compile(r"\b(?:killed|slain|murdered|massacred|shot|died|who|that)\b", re.IGNORECASE)


def mourned_in_the_passive(text: str, event_start: int, sentence: tuple[int, int]) -> bool:
    """Whether the event word at event_start is in the subject of a rite's passive that describes the dead by
    how they died (_MOURNED_SUBJECT), with no day of the news after it in its sentence."""
    mourned = _MOURNED_SUBJECT.match(text, sentence[0], sentence[1])
    # (a clause of its own after the rite may tell news the rite did not answer: "the 2000 people killed in the
    # floods were buried on Sunday after shelling resumed")
    return mourned is not None and mourned.start("subject") <= event_start < mourned.end("subject") and (
        _DEAD_DESCRIBED.search(mourned.group("subject")) is not None) and _TODAY_OR_YESTERDAY.search(
        text, mourned.end(), sentence[1]) is None and _SUBORDINATE_BEFORE_RITE.search(
        folded(text), mourned.end(), sentence[1]) is None


# "A day of mourning is held following two suicide attacks which killed 43", "holds a minute of silence to
# commemorate the 38 people killed in Tunisia a week ago", "Following the attack on the base, the state declares
# three days of mourning for the 17 soldiers killed in the attack": a rite of mourning or remembrance (mourning, a
# minute of silence, a vigil, a wreath, flags at half-mast, a commemoration, a memorial service, a tribute) paid in
# the main clause answers deaths already known (one mourns the dead one has heard of): the act in its
# after-clause, in its object, or in the relative clause or participle that describes that object is the rite's
# cause, told before, and the rite is the news. Not so:
# - the act told in a sentence or a clause of its own: "a suicide attack killed 43 on Sunday; the state declared a
#   day of mourning", "a vigil was held for the victims, and police fired on the crowd", "the town commemorates
#   its founding, marking the day with a parade as a bomb goes off" (a participle after a comma goes on with the
#   main clause's subject, not the rite's object);
# - an act at the rite, told before it or taking it as its place: "gunmen opened fire at a vigil for flood
#   victims, killing three", "a bomb exploded during the commemorations";
# - an act told by its doer and its own verb ("declares a day of mourning after militants stormed a village,
#   killing 20"), unless a word of earlier time dates it ("... a week ago"), and an act dated by a recent day
#   ("after a bomb killed 43 at a market on Sunday"): these may be first reported here. (A day's name in the
#   possessive, "for the victims of Sunday's bombing", names an act known.)
# Security raised where people gather answers a known act as a rite does: "police increase security around churches,
# following a bombing that killed 23" (the same limits keep an act told by its doer or by a recent day).
_SECURITY_RAISED: Final = (r"(?:increas|rais|tighten|heighten|boost|bolster|step(?:s|ped|ping)?\s+up|ramp(?:s|ed|ing)?\s+up)"
                           # (security as a concern or a body is no measure: "raises security concerns")
                           r"(?:e|es|ed|ing|s)?\s+security(?!\s+(?:concerns?|council|questions?|issues?|fears?)\b)")
_RITE: Final = re.compile(
    r"\b(?:mourn(?:s|ed|ing)?|(?:minutes?|moments?)\s+of\s+silence|(?:minute|moment)['’]s\s+silence|"
    r"silent\s+tribute|tributes?|vigils?|wreaths?|half[-\s](?:mast|staff)|commemorat(?:e|es|ed|ing|ions?)|"
    # (a funeral is mourning's rite: "thousands attend funerals in the city for mosque bombing victims")
    r"funerals?|"
    rf"memorial\s+(?:services?|ceremon(?:y|ies)|mass(?:es)?|events?|gatherings?)|{_SECURITY_RAISED})\b")
_RITE_NEEDLES: Final = frozenset({"mourn", "silence", "tribute", "vigil", "wreath", "half", "commemorat", "memorial",
                                  "security", "funeral"})
#: A clause of accompanying time that follows a main clause ("send condolences as the country observes a day of
#: mourning", "talks resume while the city mourns"): the rite it pays goes on with that main clause, whose news is
#: no act (no harm is told before the rite), so what it follows is still the rite's cause. (One that opens the
#: sentence, "as mourners held a vigil, a bomb went off", leaves the main clause after it.)
_ACCOMPANYING_CLAUSE_BEFORE_RITE: Final = re.compile(r"\S\s+(?:as|while|whilst)\s+(?:(?!as\b|while\b|whilst\b)[\w'’.-]+,?\s+){1,8}$")


def _opens_a_clause_before_the_rite(low: str, main_start: int, rite_start: int) -> bool:
    """Whether a subordinate word opens a clause between the sentence's main clause (from main_start) and the rite
    at rite_start (_SUBORDINATE_BEFORE_RITE): the rite is then no main clause's; but a clause of accompanying time
    after a main clause still pays it (_ACCOMPANYING_CLAUSE_BEFORE_RITE), if no other subordinate word stands
    before it."""
    opener = _SUBORDINATE_BEFORE_RITE.search(low, main_start, rite_start)
    if opener is None:
        return False
    accompanying = _ACCOMPANYING_CLAUSE_BEFORE_RITE.search(low, main_start, rite_start)
    if accompanying is None or not accompanying.start() < opener.start() < accompanying.end():
        return True
    return _SUBORDINATE_BEFORE_RITE.search(low, opener.end(), rite_start) is not None


#: The rite as the place or the time of an act ("at a vigil", "during the commemorations", "targeting mourning
#: crowds"): no rite paid in the main clause.
_RITE_AS_PLACE_BEFORE: Final = re.compile(
    # (where people gather or are, the rite is what they attend, no place of an act: "hundreds gather at a vigil
    # for a stabbed girl"; an act there is told before the rite, "gunmen opened fire at a vigil")
    r"(?<!\bgather\s)(?<!\bgathers\s)(?<!\bgathered\s)(?<!\bgathering\s)(?<!\bassemble\s)(?<!\bassembled\s)"
    r"(?<!\bmeet\s)(?<!\bmet\s)(?<!\bstand\s)(?<!\bstood\s)(?<!\bpray\s)(?<!\bprayed\s)(?<!\bweep\s)(?<!\bwept\s)"
    r"\b(?:at|during|on|near|outside|into|among|inside|targeting|targeted|targets?|attack(?:ed|s)?\s+on|"
    r"attacks?|struck|hit)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,2}$")
#: A word that opens a subordinate clause before the rite: the rite is then no main clause's ("as mourners held a
#: vigil, a bomb went off").
_SUBORDINATE_BEFORE_RITE: Final = re.compile(
    r"\b(?:as|while|when|whilst|after|before|since|if|although|though|because|until|once|where|who|which|that)\b")
#: Where the rite's clause ends and another may tell news of its own: a semicolon or a colon, a clause joined by a
#: comma and a conjunction, or a clause of time or contrast ("as police fired on the crowd", "amid fresh
#: clashes", "but gunmen attacked"). ("when" after a date is a relative of time: "a siege that began on September
#: 21 when militants stormed the mall".)
_RITE_CLAUSE_END: Final = re.compile(
    r"[;:]|,\s+(?:and|but|while|as|whereas|then)\b|\b(?:as|while|whilst|amid|amidst|but|whereas|before|until|"
    r"even\s+as|just\s+as)\b|(?<!\d\s)(?<!\bday\s)(?<!\bnight\s)(?<!\bmorning\s)(?<!\bevening\s)\bwhen\b")
#: A participle after a comma: it goes on with the main clause's subject ("..., marking the day with a parade").
#: ("following" and "during" are prepositions: ", following the attack that killed 20" is the rite's after-clause.)
_PARTICIPLE_AFTER_COMMA: Final = re.compile(r",\s+(?!following\b|during\b)[a-z]+ing\b")
#: A recent day that dates the act ("on Sunday", "yesterday", "hours earlier"), not in the possessive
#: ("Sunday's bombing" names an act known).
_RECENT_DAY: Final = re.compile(
    r"\b(?:today|tonight|yesterday|overnight|last\s+night|this\s+(?:morning|afternoon|evening)|"
    r"earlier\s+(?:today|in\s+the\s+day)|(?:hours|minutes)\s+(?:earlier|before|after|ago)|"
    r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b(?!['’])")
#: A word of earlier time in the rite's clause ("killed in Tunisia a week ago", "last month").
_EARLIER_FOR_A_RITE: Final = re.compile(rf"{_EARLIER.pattern}|\b(?:a|one|two|three|four|\d+)\s+(?:weeks?|months?|years?)\s+ago\b",
                                        re.IGNORECASE)
#: A fronted after-clause: "Following the attack on the base, ...", "After the bombing, ...".
_FRONTED_AFTER: Final = re.compile(r"\s*(?:after|following|in\s+the\s+wake\s+of|in\s+the\s+aftermath\s+of)\s")
#: "by" and its determiner before a doer: the agent of the act before it ("killed by gunmen").
_AGENT_BEFORE: Final = re.compile(r"\bby\s+(?:(?:the|a|an|suspected|alleged|armed)\s+)*(?:[\w'’-]+\s+)?$", re.IGNORECASE)
#: An act word in the present tense: today's news, not the rite's cause ("a bomb kills 12").
_ACT_IN_THE_PRESENT: Final = re.compile(r"(?:kills|wounds|injures|leaves|explodes|opens\s+fire|shoots|storms|detonates|"
                                 r"blows\s+up|attacks\s+(?:the|a|an)\b)")
#: How far the act may stand after the rite's word, and its own verb after its doer (in words).
MAX_RITE_TO_ACT_CHARS: Final = 260
MAX_DOER_TO_ACT_WORDS: Final = 4


#: A place a force holds, named by the force before it: "an army post", "a police station", "a military base". The
#: force is then the modifier of the place, the target of what is told there, no subject of a verb after it
#: ("following an attack on an army post which killed 34 soldiers": the relative clause tells the attack's toll).
#: (A unit of the force that moves and acts, "an army patrol", "a police convoy", keeps the force its doer.)
_FORCES_PLACE_AFTER: Final = re.compile(
    r"[\s-]+(?:posts?|outposts?|bases?|camps?|barracks|checkpoints?|stations?|garrisons?|positions?|headquarters|"
    r"compounds?|depots?|academ(?:y|ies)|colleges?)\b", re.IGNORECASE)
#: The object of an act's "on" or "against" before a force: "an ambush on an army convoy", "an attack against
#: police": the force is what the act hit, no subject of the verb after it ("... which killed 20 soldiers").
_TARGET_OF_AN_ACT_BEFORE: Final = re.compile(
    r"\b(?:on|against|upon)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)


def _names_a_forces_place(text: str, doer: Hit) -> bool:
    """Whether the force word `doer` only names the place that it holds, a noun of a place right after it (see
    _FORCES_PLACE_AFTER), or the target of an act, the object of its "on" (see _TARGET_OF_AN_ACT_BEFORE)."""
    return _FORCES_PLACE_AFTER.match(text, doer.end) is not None or _TARGET_OF_AN_ACT_BEFORE.search(
        text, max(0, doer.start - 30), doer.start) is not None


def _tells_its_doers_act(text: str, hits: list[Hit], doer: Hit) -> bool:
    """Whether the doer `doer` is the subject of an act verb a few words after it ("militants stormed the mall",
    not the participle that describes people, "the soldiers killed in the attack"), or the agent of one before it
    ("killed by militants"); not where it only names a place it holds ("an army post which was hit",
    _names_a_forces_place)."""
    if _names_a_forces_place(text, doer):
        return False
    if _AGENT_BEFORE.search(text, max(0, doer.start - 24), doer.start) is not None and any(
            not _HARM.isdisjoint(hit.categories) and hit.end <= doer.start
            and words_between(text, hit.end, doer.start) <= MAX_DOER_TO_ACT_WORDS + 2 for hit in hits):
        return True
    return any(not _HARM.isdisjoint(hit.categories) and doer.end <= hit.start
               and words_between(text, doer.end, hit.start) <= MAX_DOER_TO_ACT_WORDS
               and _HOW_OR_WHERE_AFTER.match(text, hit.end) is None for hit in hits)


#: A word that opens a clause or a phrase of the rite's cause between the rite and the act ("after a bomb killed
#: 12 on Sunday", "when gunmen stormed the market"): the act is then no description of the rite's object.
_CAUSE_OPENER: Final = re.compile(
    r"\b(?:after|following|when|as|since|because|amid|amidst|over|in\s+the\s+wake\s+of|in\s+the\s+aftermath\s+of|where)\b")
#: The word that names whom the rite is paid for ("a vigil for", "a tribute to", "in memory of", "honouring").
_RITE_PAID_FOR: Final = re.compile(r"\b(?:for|to|honou?ring|in\s+memory\s+of)\b")


def _act_describes_the_rites_object(low: str, hits: list[Hit], clause: tuple[int, int]) -> bool:
    """Whether the first harm word of the rite's clause describes the rite's object (the dead it is paid for, told
    by a participle or a relative clause: "a vigil for the girl stabbed to death there on Thursday", "a minute's
    silence for the three people who died in the attack on Saturday"), with no word of a cause's clause before it.
    The rite is then the main clause's news and the act its background, even dated by a recent day; an act told
    in a clause of its own after the rite ("after a bomb killed 12 on Sunday") may be first reported there."""
    first = next((hit for hit in hits if clause[0] <= hit.start < clause[1] and not _HARM.isdisjoint(hit.categories)),
                 None)
    if first is None:
        return False
    paid_for = _RITE_PAID_FOR.search(low, clause[0], first.start)
    return paid_for is not None and _CAUSE_OPENER.search(low, clause[0], first.start) is None


def may_pay_a_rite(text: str) -> bool:
    """False when `text` holds no word of a rite (see _RITE): asked once per text."""
    return not absent(text, _RITE_NEEDLES) and found(text, _RITE)


def answered_by_a_rite(text: str, hits: list[Hit], index: int, sentence: tuple[int, int]) -> bool:
    """Whether the violent or casualty word hits[index] tells the act that a rite of mourning or remembrance paid
    in the main clause of its sentence answers (see _RITE): after the rite's word, in its clause, or in an
    after-clause that opens the sentence before a main clause that pays the rite; not told by its doer and its own
    verb unless dated earlier, and with no recent day (_RECENT_DAY) in its clause."""
    event = hits[index]
    low = folded(text)
    rite = _RITE.search(low, sentence[0], sentence[1])
    if rite is None:
        return False
    if _FRONTED_AFTER.match(low, sentence[0]) is not None and event.end <= rite.start():
        # the act in the after-clause that opens the sentence, the rite in the main clause after its comma
        comma = low.find(",", event.end, rite.start())
        if comma < 0 or words_between(text, comma, rite.start()) > 8:
            return False
        clause = (sentence[0], comma)
        main_start = comma + 1
    else:
        if rite.end() > event.start or event.start - rite.end() > MAX_RITE_TO_ACT_CHARS:
            return False
        if _RITE_CLAUSE_END.search(low, rite.end(), event.start) is not None:
            return False  # "a vigil was held for the victims, and police fired on the crowd": a clause of its own
        if _PARTICIPLE_AFTER_COMMA.search(low, rite.end(), event.start) is not None:
            return False  # "..., marking the day with a parade as ...": the main clause goes on
        end = _RITE_CLAUSE_END.search(low, event.end, sentence[1])
        clause = (rite.end(), end.start() if end is not None else sentence[1])
        main_start = sentence[0]
    # the rite is the main clause's: no harm told before it, no subordinate word before it, no place of an act
    if any(not _HARM.isdisjoint(hit.categories) for hit in hits if main_start <= hit.start < rite.start()):
        return False
    # (flags fly "at half-mast": a rite, no place)
    if _opens_a_clause_before_the_rite(low, main_start, rite.start()) or (
            not rite.group().startswith("half")
            and _RITE_AS_PLACE_BEFORE.search(low, max(main_start, rite.start() - 40), rite.start()) is not None):
        return False
    if _RECENT_DAY.search(low, *clause) is not None and not _act_describes_the_rites_object(low, hits, clause):
        return False
    if any(_ACT_IN_THE_PRESENT.match(low, hit.start) is not None for hit in hits
           if clause[0] <= hit.start < clause[1] and not _HARM.isdisjoint(hit.categories)):
        return False  # "... after a bomb kills 12 at a market": the act told in the present, as news
    # an act told by its doer and its own verb, as a first report may tell it, unless dated earlier
    # (an armed group is a doer wherever the clause names it, "killed in a Taliban ambush"; a state's force may be
    # the victims, "the 17 soldiers killed in the attack", and is a doer as a subject or an agent)
    told_by_its_doer = any("armed_group" in doer.categories or (
        "state_force" in doer.categories and _tells_its_doers_act(text, hits, doer))
                           for doer in hits if clause[0] <= doer.start < clause[1])
    return not told_by_its_doer or _EARLIER_FOR_A_RITE.search(low, *clause) is not None


# "cholera in camps for families who fled militia raids", "children who escaped the fighting in the north": the act
# a relative clause says people fled is how they are known, an act before the news (the camps, the aid, the
# disease); no report of it. (People who flee now are told by a main verb, "thousands flee as militia raids
# villages", and "fleeing" may be under way; and witnesses who fled, as a report's source, tell the news they
# fled: "according to witnesses who fled fighting in the province, fighters seize ...".) A place's relative clause
# whose people have fled, in the perfect, describes the place as theirs: "a camp where thousands have fled fighting"
# ("a town where thousands fled on Sunday" may tell the flight as news, and is no match).
_FLED_BEFORE: Final = re.compile(
    r"(?<!witnesses\s)(?<!witness\s)(?<!sources\s)\b(?:(?:who|that)\s+(?:(?:had|have|has)\s+)?|"
    r"where\s+(?:[\w'’,-]+\s+){1,3}?(?:had|have|has)\s+)(?:fled|escaped)\s+(?:from\s+)?(?:(?:the|a|an)\s+)?"
    r"(?:(?!(?:and|but|or|as|when|while|after)\b)[\w'’.-]+\s+){0,3}$", re.IGNORECASE)
_FLED_NEEDLES: Final = frozenset({"fled", "escaped"})
MAX_FLED_CHARS: Final = 60


def fled_before(text: str, event_start: int, sentence_start: int) -> bool:
    """Whether the violent word at event_start is what people a relative clause describes fled (see _FLED_BEFORE)."""
    if absent(text, _FLED_NEEDLES):
        return False
    return _FLED_BEFORE.search(text, max(sentence_start, event_start - MAX_FLED_CHARS), event_start) is not None


# "pledges aid as the IOM says gang attacks have driven 1.3 million people from their homes", "militia raids have
# displaced 200,000 in the province": acts in the plural (or "fighting") as the subject of a perfect whose object
# is the people they have driven out in all tell a running tally of displacement, as a war's running total does
# (totals_a_conflict); the aid, the appeal or the agency's report is the news. (A past tense tells acts of the
# news, "gang attacks drove 3,000 from their homes on Sunday", and a toll told beside them keeps its own words.)
_DROVE_OUT_IN_ALL_AFTER: Final = re.compile(
    # (their doers may follow them after "by": "attacks by armed groups have driven 7 million from their homes")
    r"(?:\s+by\s+(?:(?:the|a|an|its|their)\s+)?(?:(?!(?:have|has)\b)[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    r"\s+(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+|since\s+\w+\s+)?(?:driven|forced|displaced|uprooted|pushed)\b",
    re.IGNORECASE)
_DROVE_OUT_NEEDLES: Final = frozenset({"driven", "forced", "displaced", "uprooted", "pushed"})


def drove_people_out_in_all(text: str, hit: Hit) -> bool:
    """Whether the violent word `hit`, a plural act or "fighting", is the subject of a perfect that tells the
    people it has driven from their homes in all (see _DROVE_OUT_IN_ALL_AFTER)."""
    word = hit.text.lower()
    if absent(text, _DROVE_OUT_NEEDLES) or not (word.endswith(("s", "es")) or word == "fighting"):
        return False
    return _DROVE_OUT_IN_ALL_AFTER.match(text, hit.end) is not None


#: The year _BARE_YEAR_AFTER needs: most items hold none.
_A_YEAR: Final = re.compile(r"1[0-9]\d\d|20\d\d")


def dated_by_bare_year(text: str, event_end: int, sentence_end: int) -> bool:
    """Whether a bare year or decade ("in 1994", "in the 1970s", "between 1956 and 1958") dates the
    event word ending at event_end, in its clause."""
    if not found(text, _A_YEAR):
        return False
    return _follows_in_clause(_BARE_YEAR_AFTER, text, event_end, min(sentence_end, event_end + 100))


# "summons the ambassador over the shelling of the port", "charges two men in connection with the
# bombing", "investigates the killing", "a resolution banning the unjustified killing of prisoners":
# an event word that is the object of a diplomatic, legal or investigative act or a reaction
# (taxonomy.toml's reaction), or sits in a phrase hanging from that object, is what the act is
# about: an event reported before, not news. The object is a short noun phrase, then a preposition
# that hangs the event on it; or the event word is the object itself. A verb of
# its own in between ("protests in the city left five dead") starts a new report: auxiliaries, "to"
# and "and" end the object, and so does a count right before the event word.
# (a word may open or close a quotation: condemns the "outrageous attack")
# (nor is a verb of saying, which opens the clause it reports: "officials investigating attacks on the
# pipeline say gunmen killed three guards")
_OBJECT_WORD: Final = (r"(?!(?:was|were|is|are|has|have|had|been|be|being|will|would|and|or|to|then|that|which|"
                       r"say|says|said)\s)[\w'’.\"“”-]+\s+")
# (in the object before its preposition "to" and "and" are too: "recalls its envoy to the capital over
# the raid", "dismisses the defence and interior ministers over the shelling")
_OBJECT_OR_TO: Final = r"(?!(?:was|were|is|are|has|have|had|been|be|being|will|would|or|then|that|which)\s)[\w'’.\"“”-]+\s+"
# (two names joined by "and" are one modifier of the event noun: "over his handling of a string of ISIL and
# PKK attacks"; a plain "and" may open a clause of its own, "over the reform and troops killed two")
_NAMES_JOINED: Final = r"(?-i:[A-Z][\w'’.-]*\s+and\s+[A-Z][\w'’.-]*\s+)"
_EVENT_NOUN_PHRASE: Final = rf"(?:{_NAMES_JOINED}|(?!\d){_OBJECT_WORD}){{0,4}}"
#: An age told as a compound before a person ("a 17-year-old girl", "a six-month-old baby"): a description, no count.
_AGE_OF_A_PERSON: Final = r"(?:\d+|[a-z]+)-(?:years?|months?|weeks?|days?)-old\s+"
_REACTION_OBJECT: Final = re.compile(
    rf"\s+(?:{_OBJECT_OR_TO}(?:{_OBJECT_OR_TO}){{0,6}}?)?(?:over|for|into|on|about|regarding|concerning|against|of|at|with|behind|"
    # (an arrest or a charge "in relation to", "in connection to" or "relating to" an act: "police arrest two men in
    # relation to the assassination of the singer")
    rf"in\s+connection\s+(?:with|to)|connected\s+(?:to|with)|related\s+to|relating\s+to|in\s+relation\s+(?:to|with)|"
    rf"linked\s+to|responsible\s+for|in\s+the\s+case\s+of)"
    rf"\s+{_EVENT_NOUN_PHRASE}"
    # the event word as the object: after a determiner, maybe after a participle that takes it ("a
    # resolution declaring the killings a genocide"). (Right after the reaction word it would be a
    # compound noun: "convict killed", "jail attack", "protest deaths".)
    # (the words of a name before it are one: "discuss the Port Harbour Stadium clashes")
    rf"|\s+(?:[\w-]+ing\s+)?(?:the|a|an|its|his|her|their|this|these|those|[\w-]+['’]s)\s+"
    # (and the count of people known by the event: "a vigil for the 50 people killed")
    # (an age before a person describes that person, no count: "a vigil for a 17-year-old girl stabbed to death")
    rf"(?:[A-Z][\w'’.-]*\s+){{0,3}}(?:\d[\d,]*\s+)?(?:{_AGE_OF_A_PERSON})?(?:(?!\d){_OBJECT_WORD}){{0,2}}"
    # the object described by the attacks it claims: "bans two groups that claim responsibility for attacks
    # on police", "outlaws the movement, which claimed the bombings" (a claim is the claimant's record,
    # told of whoever the act falls on; a verb of violence in the relative clause, "arrests the man who shot
    # two guards", is left to tell its own news)
    rf"|\s+(?:{_OBJECT_OR_TO}){{1,4}}?,?\s*(?:that|which|who)\s+(?:has\s+|have\s+|had\s+)?(?:repeatedly\s+)?"
    rf"claim(?:s|ed)?\s+(?:(?:responsibility|credit)\s+for\s+)?{_EVENT_NOUN_PHRASE}",
    re.IGNORECASE,
)
# a case's "in the killing of": "an inquiry clears the minister in the murder of a lawyer", "acquits two
# officers in the shooting of a student" (the event noun, then "of" and its victim, checked after it)
# (and a headline's, which drops the article, or a date's words before the noun: "man arrested in killing of
# shopkeeper", "charged in the March 3 shooting of a driver")
_CASE_IN_OBJECT: Final = re.compile(rf"\s+(?:{_OBJECT_OR_TO}){{0,6}}?in\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?",
                                    re.IGNORECASE)
# and a case "in" an act named by its day, a thing known: "three men arrested in Sunday's shooting at a mall",
# "charged in last night's stabbing" (an arrest "in clashes" is made during them: no day, no victim, no case)
_CASE_IN_DATED_OBJECT: Final = re.compile(rf"\s+(?:{_OBJECT_OR_TO}){{0,6}}?in\s+{_DAY_GONE}(?:[\w-]+\s+){{0,2}}?",
                                          re.IGNORECASE)
_OF_VICTIM_AFTER: Final = re.compile(r"\s+of\s")
# "condemns Israeli air strikes", "to discuss Saudi Arabian attacks": in running text (a reaction word in
# lower case, not a headline in title case) names and demonyms before the event word make it the object.
# (A day or a month is no name of the object, nor is a verb in the past an object: "at a protest Monday
# police killed two", "arrest Taliban fighters killed".)
_NAMED_OBJECT: Final = re.compile(
    r"\s+(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + _MONTH_NAME[3:-1] + r")\b)"
    r"[A-Z][\w'’.-]*\s+){1,3}")
_COUNT_CATEGORIES: Final = frozenset({"number", "vague"})
#: A definite article before a count makes it a description of known people: "the 50 people killed".
_KNOWN_COUNT_BEFORE: Final = re.compile(r"\b(?:the|those|these)\s+$", re.IGNORECASE)
#: How many words may stand between a count and the casualty word whose toll it is ("five people dead").
MAX_TOLL_GAP_WORDS: Final = 2
#: How many hits back from the event word the reaction may stand (its object, names and numbers).
MAX_REACTION_HITS_BACK: Final = 8


# "opens an investigation into alleged war crimes in the country, including killings by foreign troops": an
# event word that a list after a comma adds to the object of a reaction ("including", "such as") is of that
# object. (A clause of its own after the reaction's clause is news: "the council meets as clashes kill two".)
_LISTED_AFTER_COMMA: Final = re.compile(r",\s+(?:including|such\s+as|notably|among\s+them)\s+(?:[\w'’-]+\s+){0,2}$",
                                        re.IGNORECASE)


_REACTION_OR_PAST: Final = frozenset({"reaction", "past"})


def _lists_a_reactions_object(text: str, hits: list[Hit], index: int, comma: int) -> bool:
    """Whether a reaction word (or a marker of the past) stands before the comma at `comma`, in its clause."""
    last_break = last_break_before(text, comma)
    for back in range(index - 1, max(-1, index - MAX_REACTION_HITS_BACK), -1):
        cue = hits[back]
        if cue.start >= comma:
            continue
        if last_break >= cue.end:
            return False
        if not _REACTION_OR_PAST.isdisjoint(cue.categories):
            return True  # (an inquiry "into" is a marker of the past: taxonomy.toml)
    return False


def _counts_a_rites_object(text: str, hits: list[Hit], count: int) -> bool:
    """Whether the count hits[count] stands right after a reaction that ends in "to" or "for" (a rite paid to
    the dead, justice sought for them): "pays tribute to three men shot dead", "justice for 300 protesters
    killed" count the dead the reaction is for, known by how they died, not a toll of its own."""
    if count == 0:
        return False
    cue = hits[count - 1]
    return "reaction" in cue.categories and cue.text.lower().endswith((" to", " for")) and not text[
        cue.end:hits[count].start].strip()


# "an inmate serving a life sentence for robbery kills three guards": a reaction's or a sentence's object names the
# act it is about in its own phrase, a noun phrase; a verb of its own after that phrase, in the present ("kills",
# "stabs") or in the past with its object ("killed three guards"), is the main verb of the clause, a new act told
# for itself. (A participle with a time after it still describes the dead it is paid for: "a vigil for the
# villagers killed two weeks ago".)
_TIME_AFTER: Final = re.compile(r"\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|hours?|decades?|minutes?|nights?)\b",
                                re.IGNORECASE)


#: Words that open a clause of cause or time, or a relative or a reported one: a verb after one is that clause's, the
#: act the case or the reaction is for ("faces five counts of assault after he shoots into a car", "resigns, citing
#: that gunmen had attacked his house").
_SUBORDINATE_BEFORE: Final = re.compile(r"\b(?:after|before|because|since|when|whenever|while|as|following|until|once|"
                                        r"if|that|which|who|whom|whose|where)\b", re.IGNORECASE)


def _main_verb_told_after(text: str, start: int, event: Hit) -> bool:
    """Whether the event word is a verb of its clause's own (_main_verb_after_object) in no clause of cause or time
    opened after `start`."""
    return _main_verb_after_object(text, event) and _SUBORDINATE_BEFORE.search(text, start, event.start) is None


def _main_verb_after_object(text: str, event: Hit) -> bool:
    """Whether the event word is a verb of its clause's own after a reaction's object (see _TIME_AFTER's comment):
    a finite verb in the present (own_verb), or a past form (in -ed, or "shot dead") with an object after it."""
    first = event.text.split(maxsplit=1)[0]
    if first.lower() in _FINITE_VERB_FORMS:
        return own_verb(text, event.start, False)
    return past_form_with_object(text, event.start) or _IRREGULAR_ACT_WITH_OBJECT.match(text, event.start) is not None


def past_form_with_object(text: str, start: int) -> bool:
    """Whether the word at `start` is a past form in -ed with an object after it ("stabbed two guards"), a verb's, no
    name's ("the 2016 stabbing") nor a span's ("killed two years ago")."""
    first_end = text.find(" ", start)
    return (first_end > start and text.endswith("ed", start, first_end) and _OBJECT_OF_A_VERB.match(text, first_end) is not None
            and _TIME_AFTER.match(text, first_end) is None)


#: The words that may describe a subject, none opening a clause of its own (a conjunction, a relative word, a pronoun)
#: or a finite verb of its own ("the court heard the woman was stabbed" tells what a case hears).
SUBJECT_DESCRIPTION_WORDS: Final = (
    r"(?:(?!(?:and|or|but|who|which|that|whom|whose|when|while|after|before|as|because|since|if|until|"
    r"he|she|they|it|we|i|was|were|is|are|has|have|had|heard|hears|told|tells|said|says)\s)[\w'’.-]+\s+)")
# "A 19-year-old due to give evidence in a gang murder trial was shot dead": a passive told whole in the event word
# ("was shot dead") whose subject opens the sentence holds the case or the reaction in that subject's description:
# its harm is the news, no object of the case.
_SUBJECT_DESCRIBED: Final = re.compile(
    r"(?:\A|(?<=[.!?\n]))\s*(?:A|An|The)\s+" + SUBJECT_DESCRIPTION_WORDS + r"{1,24}$")
#: How far before the reaction's word the subject it describes may open.
MAX_DESCRIBED_SUBJECT_CHARS: Final = 120
#: "police arrest two in killing of shopkeeper", "charge three men over shooting": a count, maybe with its noun,
#: then the preposition of a case before the act counts the people the case is against, not the act's toll (a
#: toll stands by its word: "five dead", "two people killed").
_CASE_PREPOSITION_BETWEEN: Final = re.compile(r"\s+(?:[\w'’-]+\s+)?(?:in|over)\s+", re.IGNORECASE)


def reacts_to_event(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the event word hits[index] is the object of a reaction word of its clause, or hangs
    from that object (see _REACTION_OBJECT), or is listed after it (see _LISTED_AFTER_COMMA)."""
    event = hits[index]
    listed = _LISTED_AFTER_COMMA.search(text, max(0, event.start - 40), event.start)
    if listed is not None:
        return _lists_a_reactions_object(text, hits, index, listed.start())
    last_break = last_break_before(text, event.start)
    for back in range(index - 1, max(-1, index - MAX_REACTION_HITS_BACK), -1):
        cue = hits[back]
        if last_break >= cue.end:
            return False  # a clause break between them
        if "reaction" not in cue.categories and _main_verb_told_after(text, last_break, cue):
            return False  # a verb of its own between them: "for robbery stabs three guards to death"
        # (a count far from the event word counts someone else: "charges two men with the attempted murder of")
        if back == index - 1 and not _COUNT_CATEGORIES.isdisjoint(cue.categories) and words_between(
                text, cue.end, event.start) <= MAX_TOLL_GAP_WORDS and not _KNOWN_COUNT_BEFORE.search(
                text, max(0, cue.start - 8), cue.start) and not _counts_a_rites_object(text, hits, back) and (
                _CASE_PREPOSITION_BETWEEN.fullmatch(text, cue.end, event.start) is None):
            # "protesters over the pension reform left five dead": a toll of its own (but "a vigil for the
            # 50 people killed in the attacks" names people known by their death)
            return False
        if "reaction" in cue.categories:
            if _main_verb_told_after(text, cue.end, event):
                return False  # "serving a life sentence for robbery kills three guards": a new act
            if event.text.split(maxsplit=1)[0].lower() in _AUXILIARIES and _SUBJECT_DESCRIBED.search(
                    text, max(0, cue.start - MAX_DESCRIBED_SUBJECT_CHARS), event.start) is not None:
                return False  # "A witness due to testify in a murder trial was shot dead": the subject's own harm
            if event.text[:4].lower() == "the " and not text[cue.end:event.start].strip():
                return True  # the event word holds its determiner: "protest the death of"
            if back == index - 2 and not _COUNT_CATEGORIES.isdisjoint(hits[index - 1].categories) and (
                    _counts_a_rites_object(text, hits, index - 1)):
                return True  # "pay tribute to three men shot dead": the dead the rite is for
            if cue.text.lower() in _CITING and _CITED_CLAUSE.fullmatch(text, cue.end, event.start):
                return True  # "resigns, citing that he and his family were attacked"
            return _REACTION_OBJECT.fullmatch(text, cue.end, event.start) is not None or (
                _CASE_IN_OBJECT.fullmatch(text, cue.end, event.start) is not None
                and _OF_VICTIM_AFTER.match(text, event.end) is not None) or (
                _CASE_IN_DATED_OBJECT.fullmatch(text, cue.end, event.start) is not None) or (
                cue.text[:1].islower() and not event.text.lower().endswith("ed")
                and _NAMED_OBJECT.fullmatch(text, cue.end, event.start) is not None) or (
                (_ENDS_IN_PREPOSITION.search(cue.text) is not None or cue.text.lower() in _DEALS_WITH)
                and _EVENT_NOUN_END.search(event.text) is not None
                and _BARE_OBJECT.fullmatch(text, cue.end, event.start) is not None
                and _OBJECT_OF_A_VERB.match(text, event.end) is None)
    return False


# "charges ten former officers in the scandal, in which civilians were killed", "sanctions five generals over the
# crackdown, during which troops shot 30 protesters": the object of a case or a reaction (reacts_to_event) may be a
# noun that names no act (a scandal, an affair, a crackdown), and a clause of "in which" or "during which" after it
# tells the act it is about, known before, as the same clause after an act's noun does ("over the raid, in which 30
# were killed": describes_past_event). A recent day in that clause tells news ("in which 30 were shot dead on
# Sunday"), and so does a verb of its own between the reaction and the noun.
_EVENT_CLAUSE_BEFORE: Final = re.compile(r",?\s+(?:in|during)\s+which\s+(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE)
_EVENT_CLAUSE_NEEDLES: Final = frozenset({"in which", "during which"})
#: How far before the act word the clause's relative word may stand.
MAX_EVENT_CLAUSE_CHARS: Final = 60
#: A case "in" a thing that names no act, its name maybe quoted: "charges ten officers in the "false positives" scandal".
_CASE_IN_A_NAMED_THING: Final = re.compile(
    rf"\s+(?:{_OBJECT_OR_TO}){{0,6}}?in\s+(?:the\s+)?(?:[\w'’\"“”-]+\s+){{1,4}}", re.IGNORECASE)


def in_clause_of_a_reactions_object(text: str, hits: list[Hit], index: int, sentence: tuple[int, int]) -> bool:
    """Whether the harm word hits[index] stands in a clause of "in which" or "during which" after a noun that is the
    object of a reaction or a case of its sentence (see _EVENT_CLAUSE_BEFORE), with no recent day in that clause."""
    if absent(text, _EVENT_CLAUSE_NEEDLES):
        return False
    event = hits[index]
    clause = _EVENT_CLAUSE_BEFORE.search(text, max(sentence[0], event.start - MAX_EVENT_CLAUSE_CHARS), event.start)
    if clause is None or _RECENT_DAY.search(folded(text), clause.end(), sentence[1]) is not None:
        return False
    head_end = clause.start()
    for back in range(index - 1, max(-1, index - MAX_REACTION_HITS_BACK), -1):
        cue = hits[back]
        if cue.end > head_end:
            continue
        if "reaction" not in cue.categories:
            if not _HARM.isdisjoint(cue.categories) or _main_verb_told_after(text, cue.end, cue):
                return False  # (an act's noun before is describes_past_event's; a verb of its own ends the object)
            continue
        if last_break_before(text, head_end) >= cue.end:
            return False
        # (the object phrases end before the act word, on white space; a reaction's word may stand in the name of an
        # earlier one's object: "charges six commanders in the 'night visits' affair")
        phrase = text[cue.end:head_end] + " "
        if _REACTION_OBJECT.fullmatch(phrase) is not None or _CASE_IN_A_NAMED_THING.fullmatch(phrase) is not None:
            return True
    return False


# "claims responsibility for the attack", "denies responsibility for a recent rocket attack", "claims credit for
# the bombing of the embassy on May 23": a claim or a denial of an act that the words name as known (a definite
# article, "recent") or that a calendar date sets back is told after that act, which is its object: the claim is
# the news. An act named for the first time, by "a" or a bare plural with no date, is still told as news by its
# claim ("claims responsibility for a suicide bombing at a market that killed 12"), and so is one set a day back,
# the first report of a daily digest ("claims responsibility for yesterday's attack on a base that killed six"),
# and one whose toll the claim counts ("claimed responsibility for the bombing of the embassy that killed 14":
# readers of the train alarms took such claims for the act's report).
_CLAIM_FOR: Final = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|den(?:y|ies|ied|ying)|accept(?:s|ed|ing)?|admit(?:s|ted|ting)?|disown(?:s|ed|ing)?)\s+"
    r"(?:the\s+|full\s+|its\s+)?(?:responsibility|credit)\s+for\s+(?P<object>(?:[\w'’.-]+\s+){0,6})$", re.IGNORECASE)
_KNOWN_OBJECT: Final = re.compile(
    r"(?:the|this|that|these|those|(?:an?\s+|(?:[\w-]+\s+)?)recent)\s",
    re.IGNORECASE)
#: a calendar date after the act, in its clause: "on May 23", "on 11 December", "in November"
_MONTH_DATE_AFTER: Final = re.compile(
    rf"[^;:.]*?\b(?:on|in)\s+(?:(?:early|late|mid-?)\s+)?(?:\d{{1,2}}\s+)?{_MONTH_NAME}\b")
# (a claim that tells the toll of the act it names, "claims responsibility for the bombing in the capital that
# killed 54", reports that toll, which a digest may give there first: news)
_TOLL_COUNTED_AFTER: Final = re.compile(
    rf"[^;.]*?(?:\b(?:killed|killing|claimed|left|wounded|injured|injuring)\s+(?:{QUALIFIED_NUMBER_PATTERN})(?!\w)"
    rf"|(?<!\w)(?:{QUALIFIED_NUMBER_PATTERN})\s+(?:[\w-]+\s+){{0,2}}(?:(?:were|are|have\s+been)\s+)?"
    rf"(?:killed|dead|died|wounded|injured)\b)", re.IGNORECASE)
_CLAIM_NEEDLES: Final = frozenset({"responsib", "credit for"})
MAX_CLAIM_DATE_CHARS: Final = 120


# "the ministry confirms that the commander was killed in an airstrike on September 1", "the group confirms the
# death of its leader in a drone strike in November": a confirmation of an act that a calendar date sets back
# tells what was reported at that date; the confirmation is the news. (An act of a weekday, "confirms that a
# strike killed its chief on Monday", may be the first report, and so may one whose toll it counts: both news.)
_CONFIRM_NEEDLES: Final = frozenset({"confirm"})
_CLAUSE_ENDS_AFTER_DATE: Final = re.compile(r"(?:\s+\d{1,2}\b)?(?:,?\s+(?:19|20)\d\d)?\s*(?:[.;,]|$)")
_CONFIRM: Final = re.compile(r"\bconfirm(?:s|ed|ing)?\b", re.IGNORECASE)
MAX_CONFIRMED_CHARS: Final = 160


def may_confirm_an_act(text: str) -> bool:
    """Whether `text` holds a word of confirmation that confirms_dated_act needs."""
    return not absent(text, _CONFIRM_NEEDLES)


def confirms_dated_act(text: str, event_start: int, sentence: tuple[int, int]) -> bool:
    """Whether the event word at event_start is what a confirmation before it in its clause confirms, with no
    count of the dead, and a calendar date sets it back: see _CONFIRM."""
    start = max(sentence[0], event_start - MAX_CONFIRMED_CHARS)
    confirm = None
    for match in _CONFIRM.finditer(text, start, event_start):
        confirm = match  # (the last one before the event word)
    if confirm is None or any(mark in text[confirm.end():event_start] for mark in ";:") or CLAUSE_WORD.search(
            text, confirm.end(), event_start) is not None:
        return False  # ("confirms that a man died after being shot at a protest on May 11": the death is news)
    date = _MONTH_DATE_AFTER.match(text, event_start, min(sentence[1], event_start + MAX_CLAIM_DATE_CHARS))
    # (the date ends the clause, dating what it confirms: "confirms that workers kidnapped on May 2 have been
    # executed" confirms an act of its own; and people it counts are a toll, "confirms that 17 were shot")
    return date is not None and _CLAUSE_ENDS_AFTER_DATE.match(text, date.end()) is not None and (
        NUMBER_RE.search(text, confirm.end(), date.end() - 1) is None) and CLAUSE_WORD.search(
        text, event_start, date.end()) is None


# "the army acknowledges that its raids in the delta may have killed civilians", "the president admits a bomb
# brought down the airliner", "the ministry acknowledges its part in the air raid on the town": a side's
# admission of an act tells that act as alleged before and now owned; the admission is the news. An admission
# that counts a toll ("admits its jets killed 20 civilians", "acknowledges that its warplanes may have hit an
# army position, killing more than 60 troops") or names a near day ("admits troops fired on the crowd on
# Friday") may be the act's first report: news. ("Admitted to" is no admission of this kind: a plea in a court,
# "admitted to three counts of murder", or a patient, "admitted to hospital".)
_ADMIT_NEEDLES: Final = frozenset({"admit", "acknowledg", "conced"})
_ADMISSION: Final = re.compile(
    r"(?<!\bofficially\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)"
    r"\b(?:admit(?:s|ted)?|acknowledg(?:es|ed|e)|conced(?:es|ed|e))\b(?!\s+(?:to|into)\b)",
    re.IGNORECASE)
#: How far before the act its admission may stand.
MAX_ADMITTED_CHARS: Final = 120


def may_admit_an_act(text: str) -> bool:
    """Whether `text` holds a word of admission that admits_an_act needs."""
    return not absent(text, _ADMIT_NEEDLES)


def admits_an_act(text: str, event_start: int, sentence: tuple[int, int]) -> bool:
    """Whether the event word at event_start is what an admission before it in its sentence owns (see
    _ADMISSION), in a sentence that counts no toll and names no near day."""
    start = max(sentence[0], event_start - MAX_ADMITTED_CHARS)
    admission = _ADMISSION.search(text, start, event_start)
    if admission is None or any(mark in text[admission.end():event_start] for mark in ";:"):
        return False
    return (_REPORTED_TOLL.search(text, sentence[0], sentence[1]) is None
            and _NEAR_DAY.search(text, sentence[0], sentence[1]) is None)


def may_claim_an_act(text: str) -> bool:
    """Whether `text` holds the words of a claim of responsibility that claims_known_act needs."""
    return not absent(text, _CLAIM_NEEDLES)


def claims_known_act(text: str, event_start: int, event_text: str, sentence_end: int) -> bool:
    """Whether the event word at event_start is the object of a claim or denial of responsibility and names
    an act known before: see _CLAIM_FOR."""
    claim = _CLAIM_FOR.search(text, max(0, event_start - 120), event_start)
    if claim is None or _TOLL_COUNTED_AFTER.match(text, event_start, sentence_end) is not None:
        return False
    if claim.group("object") or event_text[:4].lower() != "the ":
        if _KNOWN_OBJECT.match(claim.group("object") or event_text) is None and _MONTH_DATE_AFTER.match(
                text, event_start, min(sentence_end, event_start + MAX_CLAIM_DATE_CHARS)) is None:
            return False
    return True


# "the premier resigns, citing that his family was attacked": a that-clause cited as the reason for an act
# tells a known event as that reason, as "citing the attack on his family" does (a clause break ends it:
# "citing witnesses, police killed two" reports the killing).
_CITING: Final = frozenset({"citing", "cites", "cited"})
_CITED_CLAUSE: Final = re.compile(r"\s+that\s+(?:[\w'’-]+\s+){0,8}")


# A reaction phrase that holds its own preposition ("rally against", "vigil for", "reaction to") takes
# its object with no determiner: "thousands rally against police killings", "a vigil for shooting
# victims". (The event word is then a noun, "killings", "attacks": a verb, "killed", "were shot dead", is no
# object but the news of a clause of its own, "marchers demanding justice for slain activists were shot dead".)
_ENDS_IN_PREPOSITION: Final = re.compile(r"\s(?:against|for|to)$", re.IGNORECASE)
# So does a verb of dealing with a matter, whose object is a topic: "calls on the president to address
# extrajudicial killings", "the committee will investigate police shootings" (a noun again: "investigate
# police shooting two men" takes people, and is left alone by _OBJECT_OF_A_VERB). So does a verb of citing,
# whose object is the reason of a measure: "passes a bill outlawing the group, citing arson attacks on trucks".
_DEALS_WITH: Final = frozenset({"address", "addresses", "addressed", "addressing", "investigate", "investigates",
                                "investigated", "investigating", "discuss", "discusses", "discussed", "discussing"}) | _CITING
# (at most two plain words before the event noun, none that opens a clause of its own: "rally against the
# junta as police kill two" tells a killing beside the rally)
# (and the event word is a noun, not a verb taking people: "rally against police killing two protesters")
_OBJECT_OF_A_VERB: Final = re.compile(
    r"\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d|an?\s|the\s|his\s|her\s|their\s|its\s|one\s|two\s|three\s|four\s|"
    r"five\s|six\s|seven\s|eight\s|nine\s|ten\s|dozens\s|scores\s|hundreds\s)", re.IGNORECASE)
_BARE_OBJECT: Final = re.compile(
    r"\s+(?:(?!(?:as|while|when|after|before|and|but|or|then|that|which|who|was|were|is|are|has|have)\s)"
    r"[\w'’-]+\s+){0,2}", re.IGNORECASE)


# "North Korea fires two ballistic missiles from its east coast", "launches a long-range rocket
# carrying a satellite": weapons launched at nothing named (no target after them in their clause, no
# violence, casualty or sinking in their sentence) are a test, a show of force or a space launch, not a strike.
# "fired rockets at the town", "fires missiles into the north", "launched drones, killing two" name
# what was hit.
# (a launch "into space" or "into orbit" aims at no one: "launches a rocket to put a satellite into orbit")
_AIMED: Final = re.compile(
    r"\b(?:at|on|onto|into(?!\s+(?:space|orbit)\b)|toward|towards|against|across|over|targeting|targeted|inside|hitting|"
    r"striking)\b")
_STRUCK: Final = VIOLENT_CATEGORIES | CASUALTY_CATEGORIES | {"military_place", "crash"}
MAX_TARGET_CHARS: Final = 120


def launched_at_nothing(text: str, hits: list[Hit], index: int, sentence_end: int) -> bool:
    """Whether the weapon hits[index], made an event by the launch verb before it, names no target
    in its clause and its sentence tells no violence or casualty."""
    weapon = hits[index]
    if any(hit is not weapon and not _STRUCK.isdisjoint(hit.categories) for hit in hits):
        return False
    end = min(sentence_end, weapon.end + MAX_TARGET_CHARS)
    lowered = folded(text)
    for match in _AIMED.finditer(lowered, weapon.end, end):
        return crosses_clause(text, weapon.end, match.start())
    return True


# History told by its distance or its year: "five years since the raid", "two decades after the
# massacre" (the event is the point a span of time is counted from), and "since 1983, when commandos
# tried to assassinate the president", "in 1979 when students stormed the embassy" (a when-clause that
# describes a bare year or decade). Days and hours after an event are left alone: "dies four days
# after being shot" reports the shooting's toll.
# (a span without its count is one too: "months after a gunman killed 58 people at a concert")
_SPAN_AFTER: Final = re.compile(
    r"\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|several|many|few|some)[\s-]+(?:years?|decades?|months?|weeks?|"
    # (the span may be spent doing something: "returns after five weeks recovering after being shot")
    r"centuries|century)|years|decades|months|weeks|centuries)(?:\s+[a-z]+ing)?\s+(?:after|since|on\s+from|following)\s+"
    # (and the relative clause that tells the toll of what it counts from: "a decade after the coup in which
    # hundreds were killed")
    r"(?:[\w'’-]+\s+){0,4}(?:(?:in\s+which|during\s+which|that|which|when)\s+(?:[\w'’-]+\s+){0,3})?$"
)
# (the when-clause runs on past the commas of an apposition, "when commandos tried to kill the then
# president, Chun, in a bomb attack"; a semicolon, "and", "but" or "while" is not crossed: "when a bomb
# killed 20, ..., and on Monday rebels shelled the market" tells news after it)
_YEAR_WHEN: Final = re.compile(
    r"\b(?:1[0-9]\d\d|20\d\d)s?\s*,?\s+when\s+(?:(?!(?:and|but|while)\s)[\w'’.-]+,?\s+){0,16}$")
_SPAN_NEEDLES: Final = frozenset({"year", "decade", "month", "week", "centur"})


def may_tell_history(text: str) -> bool:
    """False when no span of time (_SPAN_AFTER) and no year (which _YEAR_WHEN needs) can occur in
    `text`: asked for each event word, answered once per text."""
    return not absent(text, _SPAN_NEEDLES) or found(text, _A_YEAR)


# "Kenya remembers mall attack victims 12 years on", "the bombing, two decades later": a span of years counted
# on from an act, after it in its clause, dates it as history as "twelve years since the attack" does (the span
# the news stands at). A span counted on *from* another event ("gunmen kill five, 20 years on from the massacre")
# dates that one. Days and weeks are left alone: "dies three weeks later" tells the act's toll.
_SPAN_COUNT: Final = (r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                      r"thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|several|many)")
_YEARS_ON_AFTER: Final = re.compile(
    r"(?:\s+(?!(?:and|but|while|as|when|after|before|since|then)\b)[\w'’.-]+){0,6}?,?\s+"
    rf"{_SPAN_COUNT}[\s-]+(?:years?|decades?)\s+(?:on|later)\b(?!\s+(?:from|since|after)\b)", re.IGNORECASE)
#: How far after the act its span of years may end (the six words of _YEARS_ON_AFTER).
MAX_YEARS_ON_CHARS: Final = 90


def dated_years_on(text: str, event_end: int, sentence_end: int) -> bool:
    """Whether a span of years counted on from the act word ending at event_end closes its clause (see
    _YEARS_ON_AFTER)."""
    return _follows_in_clause(_YEARS_ON_AFTER, text, event_end, min(sentence_end, event_end + MAX_YEARS_ON_CHARS))


# "a ceremony marking 30 years since the bombing, reading aloud the names of the 168 people who died": in a
# sentence that counts years since an act or marks its anniversary, the dead named with a definite article ("the
# 168 people who died", "those killed") are that act's dead, known and remembered, no toll of news; and so in a later
# sentence of the rite that item tells ("The city marks 20 years since the bombings. Wreaths are laid as the names of
# the 192 people who died are read").
_YEARS_SINCE: Final = re.compile(
    rf"\b{_SPAN_COUNT}[\s-]+(?:years?|decades?)\s+(?:since|after|on)\b|\banniversar(?:y|ies)\b", re.IGNORECASE)
_DEFINITE_DEAD_BEFORE: Final = re.compile(
    r"\b(?:the|those)\s+(?:(?:\d[\d,]*|[a-z]+)\s+(?:[a-z]+\s+)?(?:who|that)\s+(?:were\s+|was\s+|had\s+)?)?$",
    re.IGNORECASE)
#: How far before the casualty word "the" of its dead may stand ("the 1,168 people who were killed").
MAX_DEFINITE_DEAD_CHARS: Final = 40


def remembered_dead(text: str, event_start: int, sentence_start: int) -> bool:
    """Whether the casualty word at event_start is the dead named with a definite article in an item that counts
    years since an act or marks its anniversary before it, in its sentence or an earlier one (see _YEARS_SINCE)."""
    return _DEFINITE_DEAD_BEFORE.search(text, max(sentence_start, event_start - MAX_DEFINITE_DEAD_CHARS),
                                        event_start) is not None and (
        _YEARS_SINCE.search(text, 0, event_start) is not None)


# "followed shootings and extortion in several provinces in previous years", "attacks on churches over the
# past decade": acts told in their clause as spread over years gone by are history, not news.
_OVER_PAST_YEARS_AFTER: Final = re.compile(
    r"\S+(?:\s+(?!(?:but|while|as)\s)[\w'’.-]+){0,10}?\s+(?:in\s+(?:recent|previous|past|earlier|prior)\s+"
    r"(?:years|decades)|over\s+the\s+(?:past|last)\s+(?:(?:few|several|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+)\s+)?(?:years|decades))\b")


#: How far after the event word its span of past years may end (the ten words of _OVER_PAST_YEARS_AFTER).
MAX_PAST_YEARS_CHARS: Final = 160


def told_as_history(text: str, event_start: int, sentence_start: int) -> bool:
    """Whether the event word at event_start is the point a span of years or weeks is counted from,
    sits in a when-clause describing a bare year, or is told as spread over years gone by (see
    _SPAN_AFTER, _YEAR_WHEN and _OVER_PAST_YEARS_AFTER)."""
    lowered = folded(text)
    window = max(sentence_start, event_start - 120)
    before = lowered[window:event_start]
    # (each regex only where the words before the event hold what it needs: a span of time, "when")
    return (any(map(before.__contains__, _SPAN_NEEDLES)) and _SPAN_AFTER.search(lowered, window, event_start) is not None
            ) or ("when" in before and _YEAR_WHEN.search(lowered, window, event_start) is not None) or (
        ("years" in (after := lowered[event_start:event_start + MAX_PAST_YEARS_CHARS]) or "decades" in after)
        and _OVER_PAST_YEARS_AFTER.match(lowered, event_start, event_start + MAX_PAST_YEARS_CHARS) is not None)


# "The area has seen months of clashes between the army and rebels, but rescuers blame the rain", "a region that has
# endured decades of insurgency": fighting told as a span of months or more that a place has seen, endured or
# suffered is the state of the place, its background, no act told. (A span of days or weeks may be this week's
# fighting: "the city has seen a week of clashes" is left to the other rules; and an act of the span's own, "rebels
# shelled the town on Monday", is told by its own words.)
_SPAN_A_PLACE_HAS_SEEN_BEFORE: Final = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:long|already|also)\s+)?(?:seen|endured|suffered|witnessed|experienced|known)\s+"
    r"(?:(?:many|several|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+)?"
    r"(?:months|years|decades)\s+of\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
#: How far before the act word its span's verb may stand ("has long endured several decades of sporadic armed").
MAX_SPAN_SEEN_CHARS: Final = 80


def fighting_a_place_has_seen(text: str, event_start: int, sentence_start: int) -> bool:
    """Whether the act word at event_start is fighting told as a span of months or more that a place has seen (see
    _SPAN_A_PLACE_HAS_SEEN_BEFORE)."""
    return _SPAN_A_PLACE_HAS_SEEN_BEFORE.search(
        text, max(sentence_start, event_start - MAX_SPAN_SEEN_CHARS), event_start) is not None


# "clashes on the border subside as a truce takes effect", "the clashes between the two states seem to abate", "now
# that the fighting has ended", "the battle for the city has reached its end": fighting as the subject of a verb of
# its lessening or its end tells a lull, the news of a truce or of a war's course, not an act. The noun names a
# fight's course, not one act ("the attack ended with five dead" tells the attack); an act or a toll told in its
# own words keeps them ("fighting eased after shelling killed 12"), and a relative clause or a verb of its own
# between the noun and the lull tells an act ("the clashes, which killed 12, subsided"; "clashes killed 12 and
# then subsided" keep their act).
_COURSE_OF_FIGHTING: Final = frozenset({"fighting", "clashes", "violence", "hostilities", "battle", "battles",
                                        "skirmishes", "shelling", "bombardment", "offensive"})
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_LULL_AFTER: Final = re.compile(
    # (the noun's phrase: its sides joined by "and" after "between", then no clause word, and no modal or verb that
    # would start a clause of its own)
    r"(?:\s+(?:[\w'’.-]+\s+){0,3}?between(?:\s+[\w'’.-]+){1,4}?\s+and)?"
    r"(?:\s+(?!(?:and|but|or|as|while|after|before|when|which|that|who|where|with|killing|leaving|will|would|may|might|"
    r"could|can|should|must|is|are|was|were|take|takes|took|taking)\b)[\w'’.-]+){0,6}?"
    r"\s+(?:(?:seem|seems|seemed|appear|appears|appeared|began|begin|begins|start|starts|started)\s+to\s+)?"
    r"(?:(?:has|have|had)\s+(?:now\s+|finally\s+|largely\s+)?)?"
    r"(?:subsid(?:e|es|ed|ing)|abat(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|ebb(?:s|ed|ing)?|(?:die|dies|died|dying)\s+down|"
    r"(?:wind|winds|winding|wound)\s+down|calm(?:s|ed)?\s+down|(?<!the\s)(?<!an\s)(?<!its\s)(?:end|ended|ending)\b(?!\s+(?:with|in|up|of)\b)|"
    r"(?:reach(?:es|ed)?|c[oa]me?s?)\s+(?:to\s+)?(?:its|an)\s+end|(?:is|are|was|were)\s+over)\b")
_LULL_NEEDLES: Final = frozenset({"subsid", "abat", "eas", "ebb", "down", "end", "over"})
#: How far after the noun its lull may end.
MAX_LULL_CHARS: Final = 90


def fighting_lulls(text: str, hit: Hit, sentence_end: int) -> bool:
    """Whether the act word `hit` names a fight's course as the subject of a verb of its lessening or its end
    (see _LULL_AFTER)."""
    if hit.text.lower() not in _COURSE_OF_FIGHTING or absent(text, _LULL_NEEDLES):
        return False
    return _LULL_AFTER.match(folded(text), hit.end, min(sentence_end, hit.end + MAX_LULL_CHARS)) is not None


# "a Bronze Age battle", "excavations at the site of a battle around 1250 BC", "a massacre in the 12th century":
# an act dated to an age long gone is history (a find, a museum, a book tells it), however fresh the news that
# tells it. The age dates the act itself: an era right before its noun, or after it in its clause a year BC,
# a century before the 20th or "centuries ago". ("Gunmen attack archaeologists at a Bronze Age site" dates the
# site, not the attack, and is news.)
_ERA: Final = (r"(?:(?:bronze|iron|stone|viking|ice)\s+age|(?:neo|meso|palaeo|paleo)lithic|prehistoric|medieval|"
               r"mediaeval|ancient|1?\d(?:st|nd|rd|th)[\s-]century)")
_ERA_BEFORE: Final = re.compile(rf"\b{_ERA}\s+(?:mass\s+)?$", re.IGNORECASE)
_ANTIQUITY_AFTER: Final = re.compile(
    r"(?:[\s,]+[\w'’.-]+){0,8}?\s+(?:\d[\d,]*\s*(?:bce?|b\.c\.)(?![\w.])|(?:centuries|millennia)\s+ago\b|"
    r"(?:in|during)\s+the\s+(?:early\s+|late\s+|mid-?)?(?:1?\d(?:st|nd|rd|th)|(?!twent)[a-z]+(?:th|st|nd))\s+"
    r"century\b)", re.IGNORECASE)
_ANTIQUITY_NEEDLES: Final = frozenset({"bc", "b.c", "bronze age", "iron age", "stone age", "viking age", "ice age", "lithic",
                                       "prehistoric", "medieval", "mediaeval", "ancient", "century", "centuries",
                                       "millennia"})
#: How far after the act its date of antiquity may end (the eight words of _ANTIQUITY_AFTER).
MAX_ANTIQUITY_CHARS: Final = 100


def dated_to_antiquity(text: str, event_start: int, event_end: int, sentence: tuple[int, int]) -> bool:
    """Whether the act word at event_start is dated to an age long gone (see _ERA_BEFORE and _ANTIQUITY_AFTER)."""
    return _ERA_BEFORE.search(text, max(sentence[0], event_start - 30), event_start) is not None or _follows_in_clause(
        _ANTIQUITY_AFTER, text, event_end, min(sentence[1], event_end + MAX_ANTIQUITY_CHARS))


# "skulls from a Neolithic grave show blunt-force injuries", "analysis of 37 skeletons shows many of the men had
# healed injuries from earlier fighting": the harm that old remains show or bear, and the act it came from, is read off
# the dead of long ago, a find of old remains, no one hurt in the news. The remains are the subject of the verb of
# showing, in the harm's clause. ("Gunmen attacked archaeologists digging up skeletons, injuring two" shows nothing:
# news.)
_REMAINS_SHOW_BEFORE: Final = re.compile(
    r"\b(?:skeletons?|skulls?|bones|remains|mumm(?:y|ies)|burials)\b(?:\s+[\w'’.-]+){0,8}?\s+"
    r"(?:shows?|showed|reveals?|revealed|bears?|bore|displays?|displayed|carr(?:y|ies|ied))\s+"
    r"(?:(?!(?:and|but|while|after|when|as|because)\s)[\w'’-]+\s+){0,6}?$", re.IGNORECASE)
#: The harm noun remains show, and a phrase of its cause before an act word after it ("injuries from earlier").
_REMAINS_HARM: Final = r"(?:injur(?:y|ies)|wounds?|trauma|fractures?|cuts|lesions)"
_HARM_FROM_BEFORE: Final = re.compile(
    rf"\b{_REMAINS_HARM}\s+(?:(?:sustained|received|suffered)\s+)?(?:from|in|of|during)\s+(?:[\w'’-]+\s+){{0,2}}$",
    re.IGNORECASE)
_REMAINS_HARM_AT: Final = re.compile(rf"{_REMAINS_HARM}\b", re.IGNORECASE)
_REMAINS_NEEDLES: Final = frozenset({"skelet", "skull", "bones", "remains", "mumm", "burials"})
#: How far before the harm word its remains may stand (the words of _REMAINS_SHOW_BEFORE).
MAX_REMAINS_CHARS: Final = 160


def seen_on_old_remains(text: str, event_start: int, sentence_start: int) -> bool:
    """Whether the harm word at event_start, or the act of a harm told right before it ("injuries from earlier
    fighting"), is what remains show (see _REMAINS_SHOW_BEFORE)."""
    window = max(sentence_start, event_start - 40)
    cause = _HARM_FROM_BEFORE.search(text, window, event_start)
    harm = cause.start() if cause is not None else event_start
    if cause is None and _REMAINS_HARM_AT.match(text, event_start) is None:
        return False
    shown = _REMAINS_SHOW_BEFORE.search(text, max(sentence_start, harm - MAX_REMAINS_CHARS), harm)
    return shown is not None and not crosses_clause(text, shown.start(), harm)


# "estimates that homicide kills about 450,000 people worldwide each year", "each year, landmines kill or maim
# thousands": deaths told as a rate a year are a statistic of many acts over many years, no event. ("A bomb
# kills 12 people a year after the war" is dated by the year, not counted by it; "the deadliest in a year"
# compares.)
_YEARLY: Final = (r"(?:(?:each|every|per)\s+year|(?<!\bin\s)(?<!\bfor\s)(?<!\bthan\s)(?<!\bwithin\s)a\s+year|"
                  r"annually|yearly|per\s+annum)(?![\w-])")
_RATE_AFTER: Final = re.compile(
    rf"(?:[\s,]+[\w'’.-]+){{0,8}}?\s+{_YEARLY}(?!\s+(?:ago|after|before|earlier|later|since|on|into|from|of)\b)",
    re.IGNORECASE)
_RATE_BEFORE: Final = re.compile(r"\b(?:each|every)\s+year\b", re.IGNORECASE)
_RATE_NEEDLES: Final = frozenset({"year", "annually", "annum"})
#: How far after the act its rate may end (the eight words of _RATE_AFTER).
MAX_RATE_CHARS: Final = 100


def told_as_a_yearly_rate(text: str, event_start: int, event_end: int, sentence: tuple[int, int]) -> bool:
    """Whether the clause of the event word at event_start tells it as a rate a year (see _RATE_AFTER and
    _RATE_BEFORE)."""
    # (a slice test for the words of a rate on each side first: most event words have none near them)
    end = min(sentence[1], event_end + MAX_RATE_CHARS)
    if not _lacks(text[event_end:end], _RATE_NEEDLES) and _follows_in_clause(_RATE_AFTER, text, event_end, end):
        return True
    start = max(sentence[0], event_start - MAX_RATE_CHARS)
    before = _RATE_BEFORE.search(text, start, event_start) if "year" in folded(text)[start:event_start] else None
    if before is None:
        return False
    # (a rate that opens the sentence is set off by its comma: "Each year, landmines kill thousands")
    start = before.end() + 1 if not text[sentence[0]:before.start()].strip() and text.startswith(
        ",", before.end()) else before.end()
    return not crosses_clause(text, start, event_start)


# "a retaliatory strike was called off at the last minute", "the planned raid has been cancelled": an
# act whose clause says it was called off did not happen; it was only threatened. (A cue before the
# act, "calls off a planned strike", is a negation: taxonomy.toml.)
_CALLED_OFF_AFTER: Final = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|then\s+)?"
    r"(?:called\s+off|cancell?ed|aborted|scrapped|shelved|postponed|put\s+on\s+hold)\b")
_CALLED_OFF_NEEDLES: Final = frozenset({"called off", "cancel", "aborted", "scrapped", "shelved", "postponed", "on hold"})


def called_off_after(text: str, event_end: int, sentence_end: int) -> bool:
    """Whether the clause of the event word ending at event_end says it was called off."""
    if absent(text, _CALLED_OFF_NEEDLES):
        return False
    match = _CALLED_OFF_AFTER.match(folded(text), event_end, sentence_end)
    return match is not None and not crosses_clause(text, event_end, match.end())


# "Three aid workers kidnapped in May are freed", "the release of hostages kidnapped in the north",
# "a minister who was abducted last week is released": people seized before, whose release the
# sentence tells, are described by their capture; the release is the news (a de-escalation). A capture
# told as the main verb of its own ("the premier is kidnapped from a hotel but later released") is news.
_CAPTURE_AS_MAIN_VERB: Final = re.compile(r"\b(?:is|are|was|were|been|being|get|gets|got)\s+$")
_CAPTURE_IN_RELATIVE: Final = re.compile(
    r"\b(?:who|that|which|whom)\s+(?:had\s+|have\s+|has\s+)?(?:been|was|were)\s+(?:being\s+)?$"
    # ("a ship believed to have been hijacked is found safe": an infinitive's perfect describes, as a relative does)
    r"|\bto\s+have\s+been\s+$")
_RELEASE_CATEGORIES: Final = frozenset({"release", "deescalation"})
_RELEASED_MEDIA: Final = re.compile(
    r"\s+(?:(?:a|an|the|its)\s+)?(?:new\s+)?(?:video|videos|footage|statement|report|documents|photos|images|recording|audio)\b",
    re.IGNORECASE)
#: A release worked or asked for, not done: "working to free the crew", "calls for the release of".
_RELEASE_SOUGHT_BEFORE: Final = re.compile(
    r"\b(?:work\w*|efforts?|try\w*|tries|tried|seek\w*|sought|attempt\w*|bid|push\w*|call\w*|demand\w*|plead\w*|"
    r"appeal\w*|negotiat\w*|urg\w*|campaign\w*)\s+(?:for|to)\s+(?:(?:the|their|his|her|its)\s+)?$", re.IGNORECASE)
_CAPTURE_OBJECT: Final = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|"
    r"several|some|many)\b|\d|[A-Z])")


def freed_captives(text: str, hits: list[Hit], index: int, sentence_end: int | None = None,
                   quiet: Set[int] = frozenset()) -> bool:
    """Whether the capture word hits[index] describes people whose release, return to safety or state as
    captives its sentence (ending at `sentence_end`) tells (see _BACK_SAFE_AFTER and _CAPTIVES_STATE; `quiet`: the
    starts of the sentence's words found to be history)."""
    if not any(not _RELEASE_CATEGORIES.isdisjoint(hit.categories) and not _RELEASED_MEDIA.match(text, hit.end)
               and not _RELEASE_SOUGHT_BEFORE.search(text, max(0, hit.start - 40), hit.start)
               for hit in hits) and not _back_safe(text, hits[index].end, sentence_end) and not _captives_state(
                   text, hits, index, sentence_end, quiet):
        # (a video released frees no one: "releases a video of the hostages"; nor does a release sought,
        # "working to free the crew that was hijacked", "calls for the release of")
        return False
    capture = hits[index]
    if _CAPTURE_OBJECT.match(text, capture.end) and not _describes_captives(text, capture.start, capture.end):
        return False  # an active verb with its object: "gunmen kidnapped five workers and freed two"
    before = text[max(0, capture.start - 30):capture.start]
    if _CAPTURE_AS_MAIN_VERB.search(before):
        return _CAPTURE_IN_RELATIVE.search(before) is not None
    return True


# "an engineer kidnapped by the Taliban pleads for help on television", "a reporter they kidnapped in April is still
# alive", "a sign of life of four nationals kidnapped in the north", "29 workers abducted at a building site are
# still missing": people described by their capture whose state as captives the sentence tells were taken
# before; their plea, their life or their absence is the news. A toll, fire or a strike in the sentence tells an
# act ("a kidnapped engineer is killed by his captors"), but not the known toll of an act told before: "prays for
# the victims of last week's attack, in which 17 were killed, and appeals for the release of those abducted".
_CAPTIVES_STATE: Final = re.compile(
    r"\b(?:plead(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+for|(?:is|are|was|were)\s+(?:still\s+)?(?:alive|missing)|"
    r"still\s+(?:alive|missing|held|in\s+captivity)|remain(?:s|ed)?\s+(?:missing|captive|in\s+captivity)|"
    r"(?:sign|proof)\s+of\s+life|(?:is|are)\s+shown|(?:has|have)\s+been\s+missing)\b", re.IGNORECASE)
_CAPTIVES_STATE_NEEDLES: Final = frozenset({"plead", "appeal", "alive", "missing", "still held", "captivity", "captive",
                                            "of life", "shown"})
_CAPTIVES_HARMED: Final = frozenset({"killed", "injured", "toll", "fire", "strike"})


def _captives_state(text: str, hits: list[Hit], index: int, sentence_end: int | None,
                    quiet: Set[int] = frozenset()) -> bool:
    """Whether the sentence of the capture word hits[index] tells the state of its captives (see _CAPTIVES_STATE)
    and no toll, fire or strike (but those of `quiet`, found to be history)."""
    if sentence_end is None:
        return False
    capture = hits[index]
    start = max(0, capture.start - MAX_BACK_SAFE_CHARS)
    end = min(sentence_end, capture.end + MAX_BACK_SAFE_CHARS)
    if _lacks(text[start:end], _CAPTIVES_STATE_NEEDLES) or not all(
            map(_CAPTIVES_HARMED.isdisjoint, (hit.categories for hit in hits if hit.start not in quiet))):
        return False
    return _CAPTIVES_STATE.search(text, start, end) is not None


def _lacks(part: str, needles: frozenset[str]) -> bool:
    """Whether no needle occurs in `part`, a few words of a text (lowered.absent keeps the answers of one
    whole text, and asked of a part it would drop them)."""
    folded_part = fold(part)
    return not any(map(folded_part.__contains__, needles))


# "two engineers kidnapped last month are found safe", "nurses held hostage for a month arrive home", "aid
# workers kidnapped in May are rescued", "the rescue of a footballer kidnapped on Saturday": people back in
# safety are freed as released ones are; their capture describes them, the news is their return.
_BACK_SAFE_AFTER: Final = re.compile(
    r"\b(?:found\s+(?:safe|alive|unharmed)|(?:return|returns|returned|returning)\s+home|"
    r"(?:arrive|arrives|arrived|arriving)\s+(?:back\s+)?(?:home|at|in)\b|reunited|"
    r"rescue|rescues|rescued|rescuing)\b", re.IGNORECASE)
_BACK_SAFE_NEEDLES: Final = frozenset({"safe", "alive", "unharmed", "home", "arriv", "reunited", "rescu"})
MAX_BACK_SAFE_CHARS: Final = 200


def _back_safe(text: str, capture_end: int, sentence_end: int | None) -> bool:
    """Whether the sentence of a capture word ending at capture_end tells, in its whole (before the word or
    after it), that the captives are back in safety (see _BACK_SAFE_AFTER)."""
    if sentence_end is None:
        return False
    start = max(0, capture_end - MAX_BACK_SAFE_CHARS)
    end = min(sentence_end, capture_end + MAX_BACK_SAFE_CHARS)
    if _lacks(text[start:end], _BACK_SAFE_NEEDLES):
        return False
    return _BACK_SAFE_AFTER.search(text, start, end) is not None


# "bishops kidnapped by gunmen in the north are released", "the consul is released by gunmen after two years in
# captivity", "gunmen release a consultant after six days in captivity": the attackers named as the captors of
# people whose release the sentence tells are who held them, no assault of the news. ("Gunmen kidnap five
# workers" tells one.)
_CAPTORS_BEFORE: Final = re.compile(
    r"\b(?:kidnapped|abducted|held|hostage|seized|captured|released|freed)\s+by\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE)
_CAPTORS_FREE_AFTER: Final = re.compile(r"\s+(?:release|releases|released|free|frees|freed)\b", re.IGNORECASE)
_CAPTOR_NOUNS: Final = frozenset({"gunmen", "gunman"})
_CAPTORS_HARM_NONE: Final = frozenset({"killed", "injured", "toll", "fire", "strike", "distance_weapon"})
_IN_CAPTIVITY_NEEDLES: Final = frozenset({"captivity", "hostage", "captive"})
_CAPTIVITY_NEEDLES: Final = frozenset({"captivity", "release", "freed", "frees"})


def captors_of_freed(text: str, hits: list[Hit], index: int, sentence_end: int) -> bool:
    """Whether the attacker noun hits[index] names the captors of people whose release its sentence tells:
    the agent of their capture ("kidnapped by gunmen") or of their release ("released by gunmen", "gunmen
    release")."""
    hit = hits[index]
    if hit.text.lower() not in _CAPTOR_NOUNS or not all(map(_CAPTORS_HARM_NONE.isdisjoint, (h.categories for h in hits))):
        return False  # (captors who kill or wound in the sentence assault: "freed by gunmen who also kill two")
    if not any("capture" in other.categories for other in hits) and _lacks(
            text[hit.start:min(sentence_end, hit.end + MAX_BACK_SAFE_CHARS)], _IN_CAPTIVITY_NEEDLES):
        return False  # (people freed from no captivity were not the gunmen's: "inmates freed by gunmen")
    if _CAPTORS_FREE_AFTER.match(text, hit.end) is not None:
        return True
    if _CAPTORS_BEFORE.search(text, max(0, hit.start - 60), hit.start) is None:
        return False
    return any(("capture" in other.categories and freed_captives(text, hits, other_index, sentence_end))
               or (not _RELEASE_CATEGORIES.isdisjoint(other.categories) and other.end <= hit.start
                   and not _lacks(text[other.start:hit.start], _CAPTIVITY_NEEDLES))
               for other_index, other in enumerate(hits) if other_index != index)


# "the foreign minister attacks Argentina over its decision to nationalise the oil company", "blasts
# the United States over its support for the militia", "has attacked the incursions as provocative",
# "attacks the Vatican's approach to the scandal": an attack verb whose object is given a reason
# (over or for what it did), a judgement (as provocative, as "disgraceful") or is itself a decision,
# a policy or a stance is criticism, where its sentence names no weapon, armed actor or casualty.
# ("attacked the base over the weekend", "attacked the village as troops withdrew" give none.)
# What is said, promised or written is only ever attacked in words: "attacked the opposition's pledge to
# abolish stamp duty", "attacks the government's budget", "attacked the bill as unworkable" (a noun of
# discourse that ends the object: "attacked a bus carrying law students" attacks the bus, not a law).
_CRITICISM_VERBS: Final = frozenset({"attack", "attacks", "attacked", "attacking", "blast", "blasts", "blasted",
                                     "blasting"})
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_PASSIVE_OR_NOUN: Final = re.compile(
    r"(?:\b(?:was|were|is|are|be|been|being|get|gets|got|the|a|an|its|their|his|her|new|further|more|of|by|in)|['’]s)"
    r"\s+(?:[\w-]+ly\s+)?$")
_ABSTRACT: Final = (r"(?:approach|decision|decisions|policy|policies|stance|handling|remarks|comments|record|proposal|"
                    r"proposals|plan|plans|culture|rhetoric|response|reforms?|leadership|silence|position|tactics|"
                    r"conduct|statement|statements|move|moves|failure|failures|cuts|spending|austerity|"
                    r"taxes|tax\s+rises|pledges?|promises?|remark|comment|claims?|budgets?|laws?|(?-i:bills?)|"
                    r"legislation|measures?|schemes?|strateg(?:y|ies)|agenda|manifesto|programmes?|programs?|"
                    r"ideas?|ruling|verdict|speech|views)")
#: After a noun of _ABSTRACT, what shows that it ends the object, no modifier of another noun ("the budget
#: office", "law students"): a stop, a preposition or conjunction, a verb of its own or a name ("on Monday").
_OBJECT_ENDS: Final = (r"(?=\s*(?:[^\w\s]|$)|\s+(?:to|of|for|on|in|at|by|as|that|which|and|or|but|over|from|with|"
                       r"without|after|before|because|since|saying|calling|describing|this|last|yesterday|today|is|"
                       r"was|were|are|will|would|could|has|had|\w+ed)\b|\s+(?-i:[A-Z]))")
# (a list of names is one object: "attacks Labour and the Greens for cuts to services"; but "and" before a
# word in lower case starts another verb: "plan an attack and claim to be moving rockets")
_CRITICISM_AFTER: Final = re.compile(
    r"\s+(?:(?!(?:and\s+(?!the\s+(?-i:[A-Z])|(?-i:[A-Z]))|or\s|to\s|that\s|which\s|who\s|with\s))"
    r"[\w'’.\"“”-]+\s+){0,6}?"
    r"(?P<reason>over\s+(?:its|his|her|their|[\w.-]+['’]s|the\s+\w+['’]s|the\s+" + _ABSTRACT + r")\b"
    r"|for\s+(?:its|his|her|their|failing|refusing|not|(?:the\s+)?" + _ABSTRACT + r")\b"
    r"|as\s+(?:[\"“]|(?:(?:an?|very|too|so|deeply|absolutely)\s+)?[\w-]+(?:ive|ful|ous|able|ible|ic|al|ent|ant)\b(?![\w-]))"
    r"|[\"“]?" + _ABSTRACT + r"\b" + _OBJECT_ENDS + ")",
    re.IGNORECASE)
_NOT_CRITICISM: Final = frozenset({"weapon", "distance_weapon", "armed_group", "state_force", "killed", "injured", "toll",
                                   "strike", "fire"})


def criticises(text: str, hits: list[Hit], index: int, categories: frozenset[str]) -> bool:
    """Whether the attack word hits[index] is a verb of criticism (see _CRITICISM_AFTER)."""
    hit = hits[index]
    if hit.text.lower() not in _CRITICISM_VERBS:
        return False
    if _PASSIVE_OR_NOUN.search(folded(text), max(0, hit.start - 30), hit.start):
        return False  # "the embassy was attacked", "the attacks", "a blast"
    match = _CRITICISM_AFTER.match(text, hit.end)
    if match is None or crosses_clause(text, hit.end, match.start("reason")) or (
            SENTENCE_BREAK.search(text, hit.end, match.start("reason")) is not None):
        return False  # (the reason is given in the verb's clause: "attacks in Lebanon. The EU called the claim")
    # (arms or a toll in its clause make it an attack: "militants attack the base over its support";
    # a relative clause after it is another's: "blasts the US over its support for groups it calls terrorists")
    clause_start = last_break_before(text, hit.start)
    return all(_NOT_CRITICISM.isdisjoint(other.categories) for other in hits
               if clause_start < other.start < match.end())


# "the depot destroys its last nerve gas shells", "the state has destroyed its chemical arsenal", "a plan
# for the country's chemical weapons stockpile to be destroyed abroad": arms destroyed by their owner are
# disarmament, not a strike on them. Where the sentence tells another act or a casualty ("jets struck
# the camp, destroying their weapons"), the destroying is part of that act and left to it.
# Arms burned by the fighters who hold them are a disarmament rite as well: "fighters set fire to their
# rifles in a ceremony" (but "gunmen set fire to a bus" burns no arms of theirs).
_DESTROY_VERBS: Final = frozenset({"destroy", "destroys", "destroyed", "destroying", "set fire", "sets fire",
                                   "setting fire", "burn", "burns", "burned", "burnt", "burning"})
_ARMS: Final = (r"(?:weapons?|arms|arsenals?|stockpiles?|shells|munitions|warheads|missiles|mines|rockets|"
                r"ammunition|stocks?|rifles|guns)")
_OWN_ARMS_AFTER: Final = re.compile(
    rf"(?:\s+(?:to|on))?\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){{0,4}}?{_ARMS}\b", re.IGNORECASE)
# Arms of mass destruction are destroyed under a treaty by the state that holds them, with their sites:
# "has destroyed 21 of its 23 chemical weapons facilities", "destroys the last of the nerve agents" (but
# jets or troops named beside them strike them: "jets destroyed a chemical weapons depot").
_MASS_DESTRUCTION_AFTER: Final = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,5}?(?:chemical|nuclear|biological|nerve)\s+(?:weapons?|arms|agents?|munitions|warheads|gas)"
    r"(?:\s+(?:facilities|facility|sites?|plants?|stockpiles?|equipment|programmes?|programs?))?\b", re.IGNORECASE)
_STRIKING_FORCE: Final = frozenset({"state_force", "distance_weapon", "armed_group"})
_ARMS_DESTROYED_BEFORE: Final = re.compile(
    rf"\b{_ARMS}\s+(?:to\s+be|are\s+to\s+be|is\s+to\s+be|were|was|have\s+been|has\s+been|being|be)\s+$",
    re.IGNORECASE)


def destroys_own_arms(text: str, hits: list[Hit], index: int) -> bool:
    """Whether hits[index] is a destroy word telling arms destroyed by their owner, or the arms it
    destroys ("its last shells"), in a sentence with no other violent act and no casualty (see
    _OWN_ARMS_AFTER)."""
    for back in range(index, max(-1, index - 5), -1):
        hit = hits[back]
        if hit.text.lower() not in _DESTROY_VERBS:
            continue
        after = _OWN_ARMS_AFTER.match(text, hit.end)
        if after is None and all(_STRIKING_FORCE.isdisjoint(other.categories) for other in hits):
            after = _MASS_DESTRUCTION_AFTER.match(text, hit.end)
        before = None if after else _ARMS_DESTROYED_BEFORE.search(text, max(0, hit.start - 40), hit.start)
        if after is None and before is None:
            return False
        span = (hit.start, after.end()) if after else (before.start(), hit.end)
        # (the arms named are no act of their own: "destroys its last shells")
        return span[0] <= hits[index].start < span[1] and not any(
            not (VIOLENT_CATEGORIES | CASUALTY_CATEGORIES).isdisjoint(other.categories)
            for other in hits if not span[0] <= other.start < span[1])
    return False


# "militants blew up the ancient temple", "a World Heritage site is destroyed by fighters", "the
# mausoleum of the saint was razed": a monument of the past (a ruin, a tomb, an ancient temple, a
# heritage site, statues and artefacts) wrecked with no one in it is heritage destroyed, no assault on
# people (docs/taxonomy.md: an attack is an armed assault on forces, officials or civilians). Where the
# sentence tells a toll or another violent act ("blew up an ancient shrine, killing five worshippers",
# "stormed the museum and shot visitors"), the wrecking is part of that attack and left to it; a temple,
# a shrine or a museum with no word of age is a place people are in.
WRECK_VERBS: Final = frozenset({"destroy", "destroys", "destroyed", "destroying", "blown up", "blew up", "blow up",
                                 "blows up", "blowing up", "demolished", "demolishes", "demolishing", "razed",
                                 "razes", "razing", "bulldozed", "bulldozes", "bulldozing", "flattened",
                                 "dynamited"})
_HERITAGE: Final = (r"(?:ancient|heritage|mausoleums?|tombs?|statues?|artefacts?|artifacts?|ruins|monuments?|"
                    r"archaeological|manuscripts|relics|millennia-old|centuries-old)")
_HERITAGE_AFTER: Final = re.compile(
    rf"\s+(?:(?:the|an?|its|their|several|two|three|many|some|dozens\s+of|more)\s+)?(?:[\w'’.-]+\s+){{0,2}}?"
    rf"{_HERITAGE}\b", re.IGNORECASE)
_HERITAGE_WRECKED_BEFORE: Final = re.compile(
    rf"\b{_HERITAGE}\b(?:\s+[\w'’.-]+){{0,6}}?\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being)"
    r"(?:\s+(?:reportedly|reported|partly|partially|completely|also|now))?\s+$", re.IGNORECASE)
_HERITAGE_NEEDLES: Final = frozenset({"ancient", "heritage", "mausoleum", "tomb", "statue", "artefact", "artifact",
                                      "ruins", "monument", "archaeolog", "manuscript", "relic", "-old"})
#: How far back the subject of a passive wrecking is looked for ("The mausoleum of Sidi ... is destroyed").
_HERITAGE_SPAN: Final = 80


def wrecks_heritage(text: str, hits: list[Hit], index: int) -> bool:
    """Whether hits[index] is a wrecking word whose object (or the subject of its passive) is a
    monument of the past, in a sentence (`hits`) that tells no toll or other violent act (see
    WRECK_VERBS)."""
    hit = hits[index]
    if hit.text.lower() not in WRECK_VERBS or absent(text, _HERITAGE_NEEDLES):
        return False
    if _HERITAGE_AFTER.match(text, hit.end) is None and _HERITAGE_WRECKED_BEFORE.search(
            text, max(0, hit.start - _HERITAGE_SPAN), hit.start) is None:
        return False
    return all(other.text.lower() in WRECK_VERBS or (VIOLENT_CATEGORIES | CASUALTY_CATEGORIES).isdisjoint(
        other.categories) for other in hits)


# "the state destroys the homes of three militants", "authorities destroyed the family house of the gunman":
# the homes of named people torn down, with no force, aircraft or weapon before it and no casualty in the
# sentence, is a demolition, a punishment by decree, not a strike. ("Jets destroyed the home of a
# commander", "militants destroyed the houses of policemen" name who struck.)
_HOMES_OF_AFTER: Final = re.compile(r"\s+(?:the\s+)?(?:family\s+)?(?:homes?|houses?)\s+of\b", re.IGNORECASE)


def demolishes_homes(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the destroy word hits[index] tears down the homes of named people (see _HOMES_OF_AFTER), with
    no striking force or weapon before it or from afar, and no other violent act or casualty in its sentence."""
    hit = hits[index]
    if hit.text.lower() not in _DESTROY_VERBS or _HOMES_OF_AFTER.match(text, hit.end) is None:
        return False
    return all((other.start > hit.start or _STRIKING_FORCE.isdisjoint(other.categories))
               and "distance_weapon" not in other.categories
               and (other is hit or (VIOLENT_CATEGORIES | CASUALTY_CATEGORIES).isdisjoint(other.categories))
               for other in hits)


# "coalition parties clash over the raid on the convoy", "the two ministers clashed with each other over
# the killings": a clash over a topic, where the sentence names no arms, armed actor, force or casualty,
# is a quarrel; the violence after "over" is its topic (is_a_topic). ("Militias clash over the oil
# field", "two clans clash over land, killing five" name an armed side or a toll: a clash.)
_CLASH_WORDS: Final = frozenset({"clash", "clashes", "clashed", "clashing"})
#: Battles and fights "over" a matter are quarrels too ("a battle over district lines", "developers are
#: fighting over licences"), but not over a place, which is what armies fight over ("fighting over the town").
_BATTLE_WORDS: Final = frozenset({"battle", "battles", "battled", "battling", "fight", "fights", "fought", "fighting"})
_PLACE_FOUGHT_OVER: Final = re.compile(
    r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:town|towns|city|cities|village|villages|region|province|district|area|"
    r"territory|territories|control|border|frontier|airport|base|bridge|hill|capital|port|enclave|corridor|"
    r"front|island|islands|strait|sea|skies|airspace|streets?)\b", re.IGNORECASE)
_QUARREL_AFTER: Final = re.compile(
    r"\s+(?:(?:with|against)\s+(?:[\w'’.-]+\s+){1,5}?)?over\s+"
    r"(?!(?:the\s+|a\s+)?(?:weekend|night|nights|past|last|next|holiday|holidays|course|years?|months?|days?|hours?)\b)"
    r"(?!\d)",
    re.IGNORECASE)


def quarrels(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the clash or battle word hits[index] is a quarrel over a topic (see _QUARREL_AFTER)."""
    hit = hits[index]
    word = hit.text.lower()
    if word not in _CLASH_WORDS and word not in _BATTLE_WORDS:
        return False
    over = _QUARREL_AFTER.match(text, hit.end)
    if over is None:
        return False
    if word in _BATTLE_WORDS and (_PLACE_FOUGHT_OVER.match(text, over.end()) or any(
            other.names for other in hits if over.end() <= other.start < over.end() + 40)):
        return False  # ("fighting over the town", "the battle over Bakhmut": a place, fought over)
    # (the sides, before "over", are no armed ones; what they argue about may name arms: "over the army
    # raid on the convoy"; a toll anywhere is a clash's)
    return all(_NOT_CRITICISM.isdisjoint(other.categories) for other in hits
               if other is not hit and other.start < over.end()) and all(
        CASUALTY_CATEGORIES.isdisjoint(other.categories) for other in hits)


# "Police investigating the fraud allegations raid 11 offices", "tax inspectors acting on a tip-off raided the
# firm's premises": a raid whose subject, at the head of its clause, is an agent of the law is a search of
# homes and offices (as "police raid" is: taxonomy.toml's sense_block), however long the phrase that tells
# what the agents are about. Arms, an armed side or a toll in the sentence make it an assault ("police
# raided a militant hideout, killing three", "officers raid a compound held by gunmen").
RAID_VERBS: Final = frozenset({"raid", "raids", "raided", "raiding"})
_LAW_AGENT_SUBJECT: Final = re.compile(
    r"[\s,;:.!?\"“(|\n—–-]*(?:(?:the|some|several|dozens\s+of|\d+)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:police|policemen|investigators|prosecutors|detectives|agents|inspectors|auditors|regulators|"
    r"tax\s+(?:officials|authorities|officers))"
    # (then the raid itself, or a participle phrase that tells what the agents are about: not another verb
    # with a subject of its own, "police say bandits raided the village")
    r"(?:\s+(?:also|then|reportedly|later))?(?:\s+[a-z]+ing\b(?:\s+[\w'’.-]+){0,14}?)?\s+$", re.IGNORECASE)
#: What makes a raid by agents of the law an assault: arms, an armed side, fire or a toll.
_NOT_A_SEARCH: Final = frozenset({"weapon", "distance_weapon", "armed_group", "named_group", "killed", "injured",
                                  "toll", "strike", "fire"})
_RAID_AS_NOUN_BEFORE: Final = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|[\w-]+['’]s)\s+$", re.IGNORECASE)


# "Police arrest 19 suspects in dawn raids", "police mount raids on the suspects' homes, with fifteen people
# arrested", "police say they found bomb-making material in a raid on a flat", "house raids result in the arrest
# of six": a raid noun in a sentence whose agents are of the law, or whose raids end in arrests, and that tells an
# arrest or a find, is a search (as "police raid" is), whatever it finds; a toll, shots or fire told in it make it
# an assault ("police killed two suspects in a dawn raid", "officers came under fire during the raid").
_RAID_NOUNS: Final = frozenset({"raid", "raids"})
_NOT_AN_ARREST: Final = frozenset({"killed", "injured", "toll", "strike", "fire", "distance_weapon"})
_LAW_AGENTS: Final = re.compile(r"\b(?:police|policemen|officers|investigators|prosecutors|detectives|agents|"
                                r"gendarmes|gendarmerie|authorities|officials|customs)\b", re.IGNORECASE)
_ARREST_OR_FIND: Final = re.compile(r"\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detention|discover(?:s|ed|ing)?|"
                                    # (a person captured, a camp removed: "report the capture of a drug lord in a
                                    # raid", "police remove the protest camp during an overnight raid")
                                    r"captur(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|evict(?:s|ed|ing)?|"
                                    r"found|finds?|seiz(?:e|es|ed|ing)|confiscat(?:e|es|ed|ing)|uncover(?:s|ed|ing)?)\b",
                                    re.IGNORECASE)
#: Shots told in a raid's sentence, a word the vocabulary leaves to its context ("is shot and arrested in a raid").
_SHOTS: Final = re.compile(r"\b(?:shot|shoots|gunfire|gunshots?|shootout|exchange\s+of\s+fire)\b", re.IGNORECASE)
_RAIDS_END_IN_ARRESTS: Final = re.compile(r"\s+(?:result(?:s|ed)?\s+in|le(?:ad|ads|d)\s+to)\s+(?:the\s+)?arrests?\b",
                                          re.IGNORECASE)


def raid_of_the_law(text: str, hits: list[Hit], index: int, categories: frozenset[str],
                    sentence: tuple[int, int]) -> bool:
    """Whether the raid noun hits[index] is a search by agents of the law that ends in arrests or finds, in a
    sentence (`categories`: its hits' categories; `sentence`: its span) that tells no toll, shots or fire."""
    hit = hits[index]
    if hit.text.lower() not in _RAID_NOUNS or not categories.isdisjoint(_NOT_AN_ARREST):
        return False
    start, end = sentence
    if _RAIDS_END_IN_ARRESTS.match(text, hit.end):
        return True
    return (_LAW_AGENTS.search(text, start, end) is not None and _ARREST_OR_FIND.search(text, start, end) is not None
            and _SHOTS.search(text, start, end) is None)


def searched_by_the_law(text: str, hits: list[Hit], index: int, categories: frozenset[str]) -> bool:
    """Whether the raid verb hits[index] has an agent of the law as the subject at the head of its
    clause, in a sentence (`categories`) that names no arms, armed side, fire or toll (see
    _LAW_AGENT_SUBJECT)."""
    hit = hits[index]
    if hit.text.lower() not in RAID_VERBS or not categories.isdisjoint(_NOT_A_SEARCH):
        return False
    if _RAID_AS_NOUN_BEFORE.search(text, max(0, hit.start - 24), hit.start):
        return False
    return _LAW_AGENT_SUBJECT.fullmatch(text, max(0, last_break_before(text, hit.start)), hit.start) is not None


# "authorities raid a law firm", "officials seize documents during a raid of the local offices", "a raid against
# organised crime", "raids on warehouses", "anti-terror raids": a raid on a place of business, or against a crime,
# is a search by the law, whoever makes it; its target tells it from an assault, which falls on a village, a camp,
# a base or a hideout. Arms, an armed side, an attacker, fire or a toll in the sentence make it one ("gunmen raid
# the offices of a newspaper", "security forces raid the headquarters, killing two").
_SEARCH_TARGET_AFTER: Final = re.compile(
    r"\s+(?:(?:on|of|at|against|into)\s+)?(?:(?:the|a|an|its|their|his|her|[\w'’-]+['’]s)\s+)?"
    r"(?:(?:local|regional|main|national|central|several|two|three|four|five|[A-Z][\w'’.-]*)\s+){0,3}?"
    r"(?:offices?|premises|headquarters|warehouses?|(?:law\s+)?firms?|compan(?:y|ies)|banks?|businesses|factor(?:y|ies)|"
    r"shops|stores|studios?|newsrooms?|organi[sz]ed\s+crime|corruption|fraud|tax\s+evasion)\b")
_AGAINST_A_CRIME_BEFORE: Final = re.compile(r"\banti-(?:terror|terrorism|terrorist|drugs?|corruption|mafia|fraud|narcotics)\s+$",
                                            re.IGNORECASE)
_NOT_A_SEARCH_OF_PREMISES: Final = _NOT_A_SEARCH | {"attack", "strike_ambiguous"}


def raid_on_premises(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the raid word hits[index] falls on a place of business or on a crime (see _SEARCH_TARGET_AFTER), in a
    sentence (`hits`) with no arms, armed side, other assault, fire or toll."""
    hit = hits[index]
    if hit.text.lower() not in RAID_VERBS:
        return False
    if _SEARCH_TARGET_AFTER.match(text, hit.end) is None and _AGAINST_A_CRIME_BEFORE.search(
            text, max(0, hit.start - 20), hit.start) is None:
        return False
    return all(other_index == index or _NOT_A_SEARCH_OF_PREMISES.isdisjoint(other.categories)
               for other_index, other in enumerate(hits))


# "troops raid several towns, arresting eight people", "soldiers raid a mosque and detain 18 suspects", "the army
# captures five suspected rebels in a raid on the island", "troops raid neighbourhoods looking for activists": a
# raid whose only outcome told is people arrested (or seized by a state's force, which arrests: taxonomy.md), or a
# search for people, is an arrest or a search, whoever's troops make it, as a raid by the police is. Any other act,
# arms, fire, shots or a toll in its sentence make it an assault ("troops raid the camp, arresting 12 and killing
# two", "raid dormitories, arresting and beating students"), and so does a capture by an armed side ("rebels
# capture two soldiers in a raid": hostages).
_ARRESTED: Final = re.compile(r"\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detention|into\s+custody|"
                              r"(?:looking|searching|hunting)\s+for|in\s+search\s+of)\b", re.IGNORECASE)
_ARRESTED_NEEDLES: Final = frozenset({"arrest", "detain", "detention", "custody", "looking for", "searching for",
                                      "hunting for", "search of"})
#: What a sentence of a raid for arrests holds none of besides the raid (a capture is told apart: by whom).
_NOT_A_RAID_FOR_ARRESTS: Final = VIOLENT_CATEGORIES | CASUALTY_CATEGORIES | {"weapon", "distance_weapon", "armed_group"}
_SEIZED_BY: Final = frozenset({"ship_taking", "capture"})
#: The verbs of that category that take people (not "on board", "boarded").
_SEIZING_STEMS: Final = ("captur", "seiz", "nab")
_ARMED_SIDE_ONLY: Final = frozenset({"armed_group", "intent"})
#: Force on people that the vocabulary leaves to its context ("arresting and beating students").
_FORCE_ON_PEOPLE: Final = re.compile(r"\b(?:beat(?:s|ing|en)?|tortur\w*|wound\w*|injur\w*|hurt|clash\w*|tear\s+gas|"
                                     r"resist\w*|fir(?:e|ed|ing)\s+(?:on|at|into)|opened\s+fire)\b", re.IGNORECASE)


def raid_for_arrests(text: str, hits: list[Hit], index: int, sentence: tuple[int, int]) -> bool:
    """Whether the raid word hits[index] tells a raid whose only outcome is people arrested, seized by a state, or
    searched for, in a sentence (`hits`, `sentence`) with no other act, arms, fire or toll (see _ARRESTED)."""
    hit = hits[index]
    if hit.text.lower() not in RAID_VERBS:
        return False
    start, end = sentence
    seized = [other for other in hits
              if not _SEIZED_BY.isdisjoint(other.categories) and other.text.lower().startswith(_SEIZING_STEMS)]
    for other_index, other in enumerate(hits):
        if other_index != index and not _NOT_A_RAID_FOR_ARRESTS.isdisjoint(other.categories) and not (
                other.categories <= _ARMED_SIDE_ONLY and (
                    any(seizing.end <= other.start for seizing in seized)
                    or _ARRESTED.search(text, start, other.start))):
            return False  # (the militants arrested are the raid's catch, not its doers)
    if _SHOTS.search(text, start, end) or _FORCE_ON_PEOPLE.search(text, start, end):
        return False
    if not absent(text, _ARRESTED_NEEDLES):
        arrest = _ARRESTED.search(text, start, end)
        # (not an arrest of people a relative clause ties to a raid of its own: "arrested informants who helped
        # in the raid on the compound")
        if arrest and (arrest.start() > hit.start or _RELATIVE_WORD.search(text, arrest.end(), hit.start) is None):
            return True
    return bool(seized) and all(_seized_by_a_state(hits, seizing) for seizing in seized)


def _seized_by_a_state(hits: list[Hit], seizing: Hit) -> bool:
    """Whether a state's force or a state, and no armed side, is named before the verb of seizing `seizing`."""
    before = [other for other in hits if other.end <= seizing.start]
    return any("state_force" in other.categories or any(name[0] == "actor" and name[2] == "state" for name in other.names)
               for other in before) and all(_ARMED_SIDE.isdisjoint(other.categories) for other in before)


# "police recapture a fugitive after he escaped from prison", "twenty prisoners escape, with three recaptured", "the
# navy recaptures an escaped drug lord": people who escaped from custody and are recaptured are arrested, not taken
# in a battle; a sentence that tells an escape and no fire or toll tells an arrest.
_ESCAPE: Final = re.compile(r"\b(?:escape|escapes|escaped|escaping|escapees?|fugitives?|jailbreak|prison\s+break|broke\s+out)\b",
                            re.IGNORECASE)
_ESCAPE_NEEDLES: Final = frozenset({"escap", "fugitive", "jailbreak", "prison break", "broke out"})
_NOT_AN_ARREST_OF_ESCAPEES: Final = frozenset({"killed", "injured", "toll", "fire", "strike", "armed_group", "named_group"})
#: The nouns of places that armed sides take and hold ("the town", "an army base", "the border crossing").
PLACE_NOUNS: Final = (
    r"(?:towns?|cit(?:y|ies)|villages?|bases?|airbases?|airports?|airfields?|airstrips?|districts?|provinces?|"
    r"regions?|territor(?:y|ies)|hills?|areas?|positions?|ports?|border|crossings?|capital|outposts?|strongholds?|"
    r"barracks|checkpoints?|garrisons?|neighbou?rhoods?|suburbs?|compounds?|headquarters|oil\s?fields?|"
    r"refiner(?:y|ies)|dams?|fortress(?:es)?|camps?|military\s+posts?|army\s+posts?)\b(?!['’]s?\b)")
#: A place as what is taken, right after the verb, up to three words before its noun and none of them a
#: preposition ("rebels recapture the town after troops escaped", "seize the Syrian city of", but not "captured
#: five workers in the town"): it is taken in a battle.
PLACE_TAKEN_AFTER: Final = re.compile(
    r"\s+(?:(?!(?:in|at|near|from|on|outside|inside|during|after|before|with|and|by|to|for|as|while)\s)"
    rf"[\w'’-]+\s+){{0,3}}?{PLACE_NOUNS}", re.IGNORECASE)
_PLACE_RECAPTURED_AFTER: Final = PLACE_TAKEN_AFTER
_RECAPTURE_VERBS: Final = frozenset({"recapture", "recaptures", "recaptured"})


def recaptures_escapees(text: str, hits: list[Hit], index: int, sentence: tuple[int, int]) -> bool:
    """Whether the recapture verb hits[index], with no place as its object, is in a sentence (`sentence`: its span)
    that tells an escape from custody (see _ESCAPE) and no fire, toll or armed side."""
    if hits[index].text.lower() not in _RECAPTURE_VERBS or _lacks(text[sentence[0]:sentence[1]], _ESCAPE_NEEDLES):
        return False
    if not all(map(_NOT_AN_ARREST_OF_ESCAPEES.isdisjoint, (hit.categories for hit in hits))) or (
            _PLACE_RECAPTURED_AFTER.match(text, hits[index].end) is not None):
        return False
    return _ESCAPE.search(text, sentence[0], sentence[1]) is not None


# "parliament approves air strikes against the group", "votes to authorise air strikes on", "endorses Russian
# air strikes", "calls on Britain to join France in bombing", "announces it is ending its bombing campaign",
# "refuses to participate in the invasion", "crowds protest against the airstrikes": strikes that a decision,
# a vote or a protest is about are its topic, a policy, not an act the sentence tells. A toll in the sentence
# makes them news ("approved the strike that killed ten"), and so does a strike that backs an act ("an offensive
# backed by air strikes": no decision verb stands before it) or is joined ("Britain joins the air strikes", "the
# unit that participated in the raid").
_DECIDED_BEFORE: Final = re.compile(
    r"\b(?:approv(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)|endors(?:e|es|ed|ing)|sanction(?:s|ing)?|"
    r"(?:vote|votes|voted|voting)\s+(?:on|for|against)|to\s+(?:join|participate\s+in|take\s+part\s+in)|"
    # (one's own campaign ended or halted, not an act stopped: "halts an attack on the capital" tells one)
    r"(?:end|ends|ending|halt|halts|halting|suspend|suspends|suspending)\s+(?:its|their|the)|protest(?:s|ed|ing)?\s+against|"
    r"oppos(?:e|es|ing))\s+(?:(?!(?:and|but|or|as|while|after|when|with|by|using)\s)[\w'’.–-]+\s+){0,4}?$", re.IGNORECASE)
_DECIDED_NEEDLES: Final = frozenset({"announc", "approv", "authori", "endors", "sanction", "vote", "voting", "join", "particip",
                                     "take part", "end", "halt", "suspend", "protest", "oppos"})
_DECIDED_STRIKES: Final = frozenset({"strike", "fire", "attack"})
_TOLL_OR_HARM: Final = frozenset({"killed", "injured", "toll"})
MAX_DECIDED_CHARS: Final = 80


# "the Taliban announces its annual spring offensive", "the rebels announce the start of a new campaign": an
# offensive its side announces is declared, a threat of fighting to come; the fighting is told by its acts ("launched
# its spring offensive with attacks on three checkpoints") or a toll, which the sentence then holds.
_ANNOUNCED_BEFORE: Final = re.compile(
    r"\bannounc(?:e|es|ed|ing)\s+(?:(?:the\s+)?(?:start|launch|beginning|opening)\s+of\s+)?"
    r"(?:(?:its|their|the|a|an|this\s+year['’]s)\s+)(?:(?!(?:and|but|or|as|while|after|when|with|by)\s)[\w'’.–-]+\s+){0,3}?$",
    re.IGNORECASE)
#: A campaign of fighting, which may be announced before it is fought.
_CAMPAIGN_NOUN: Final = frozenset({"offensive", "offensives", "campaign", "campaigns"})


def decided_on(text: str, hits: list[Hit], index: int, sentence_start: int) -> bool:
    """Whether the strike, bombing or assault word hits[index] is what a decision, a vote or a protest before it in
    its clause is about (see _DECIDED_BEFORE), or an offensive announced (_ANNOUNCED_BEFORE), in a sentence
    (`hits`) that tells no toll."""
    hit = hits[index]
    if _DECIDED_STRIKES.isdisjoint(hit.categories):
        return False
    start = max(sentence_start, hit.start - MAX_DECIDED_CHARS)
    if not all(map(_TOLL_OR_HARM.isdisjoint, (other.categories for other in hits))):
        return False
    if hit.text.lower() in _CAMPAIGN_NOUN and "announc" in folded(text)[start:hit.start]:
        match = _ANNOUNCED_BEFORE.search(text, start, hit.start)
        if match is not None and not crosses_clause(text, match.end(), hit.start):
            return True
    if _lacks(text[start:hit.start], _DECIDED_NEEDLES):
        return False
    match = _DECIDED_BEFORE.search(text, start, hit.start)
    return match is not None and not crosses_clause(text, match.end(), hit.start)


# "the Democrats recapture the House", "Nadal recaptures the number one ranking": a place retaken is taken in
# a battle only where the sentence names a force, an armed side, arms or a war ("the army retakes the town",
# "rebels recapture two villages"); else it is a seat, a title or a lead won back.
CAPTURE_VERBS: Final = frozenset({"retake", "retakes", "retook", "retaken", "recapture", "recaptures", "recaptured"})
# The same holds of a place taken the first time ("rebels capture the town", "militants seize control of the
# district", "troops take control of the airport", "fighters overrun a base"): a verb of taking whose object
# is a place (engine's _places_taken_told reads it so) is an assault only where the sentence names a force, an
# armed side, arms or a fight; "the party seizes control of the region's council" is a vote won.
PLACE_TAKING_VERBS: Final = frozenset({
    "capture", "captures", "captured", "capturing", "seize", "seizes", "seized", "seizing",
    "take", "takes", "took", "taken", "taking", "overrun", "overruns", "overran", "overrunning"})
# So is a ship seized: by a navy, an armed group or a state named it is an assault on shipping ("the Guards
# seized a tanker", "pirates seized a cargo ship"), but the coast guard or customs that seize a ship
# carrying drugs or smuggled fuel enforce a law (taxonomy.toml's attack phrases of a ship seized).
SHIP_SEIZURES: Final = frozenset({
    "seized a tanker", "seizes tanker", "seized tanker", "seizes oil tanker", "seized an oil tanker",
    "seized oil tanker", "seizes a tanker", "seized a ship", "seizes ship", "seized a vessel", "seizes vessel",
    "seized a cargo ship", "seizes cargo ship"})
_ARMED_TAKERS: Final = frozenset({"state_force", "armed_group", "named_group", "weapon", "distance_weapon",
                                  "military_place", "conflict", "fire", "strike", "killed", "injured"})


def taken_without_arms(hits: list[Hit], index: int, categories: frozenset[str]) -> bool:
    """Whether the capture verb or ship seized hits[index] is in a sentence (`categories`: all its hits'
    categories) that names no force, armed side, arms, war or harm, and no actor of the gazetteers. A ship's
    taker is named before the seizure, as its subject: arms or a state named after it are its cargo, what was
    found on board or whose the ship is ("customs seized a ship after a missile was found on board")."""
    taken = hits[index].text.lower()
    takers = hits
    if taken in SHIP_SEIZURES:
        takers = hits[:index]
        categories = frozenset().union(*(hit.categories for hit in takers))
    elif taken not in CAPTURE_VERBS and taken not in PLACE_TAKING_VERBS:
        return False
    if not categories.isdisjoint(_ARMED_TAKERS):
        return False
    # (a place taken the first time needs an armed side, not a state by its name alone: "the Bank of Portugal
    # takes control of Banco Espirito Santo"; a group by its name is an armed side)
    first_taking = taken in PLACE_TAKING_VERBS
    return not any(role == "actor" and not (first_taking and kind == "state")
                   for hit in takers if hit.names for role, _, kind, *_ in hit.names)


# "the mayor calls the ruling an attack on the city", "critics describe the plan as an attack on the poor",
# "residents see the highway as an attack on the neighbourhood", "the closure is an attack on the city's
# culture", "the cuts amount to an attack on the city": an attack noun that is what a speaker calls
# something, or what something is said to be, is a judgement of that thing, not an event. What is so
# called must name no violent act, arms, toll, fire, crash or vehicle ("the minister called the bombing an
# attack on the nation" judges a real bombing), and no pronoun or bare incident, which may stand for an
# event told before ("police called it an attack", "the incident was an attack"), and be one phrase, no
# clause ("residents called police to report an attack on a shop" tells an attack).
_JUDGING_VERBS: Final = (r"(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|brand(?:s|ed|ing)?|"
                         r"label(?:s|ed|led|ing|ling)?|term(?:s|ed|ing)?|decr(?:y|ies|ied|ying)|condemn(?:s|ed|ing)?|"
                         r"slam(?:s|med|ming)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|characteri[sz](?:e|es|ed|ing))")
#: Verbs of seeing that judge only with "as": "see the highway as an attack" (but "saw soldiers launch an attack").
_SEEING_VERBS: Final = r"(?:see|sees|saw|seen|seeing|view|views|viewed|viewing|regard|regards|regarded|regarding)"
#: The thing so called: one to ten words of one phrase.
_NAMED: Final = (r"(?P<named>(?:(?!(?:to|that|which|who|after|when|while|during|and|but|for)\s)"
                 r"[^\s.;:!?]+\s+){1,10}?)")
#: The attack's article, maybe a quote and a word of degree: "an", "a direct", "\"an".
_ATTACK_ARTICLE: Final = (r"[\"“‘']?(?:an?|the)\s+(?:(?:direct|frontal|brazen|blatant|unprecedented|outright|full-scale|"
                          r"all-out|political|cynical|unacceptable|deliberate|concerted|sustained|new|further|another)"
                          r"\s+)?[\"“‘']?$")
#: Each judging regex with the stems (lower case) one of which its verb holds: a span that holds none is
#: not searched.
_JUDGED_AS_ATTACK: Final = (
    (re.compile(rf"\b{_JUDGING_VERBS}\s+{_NAMED}(?:as\s+)?{_ATTACK_ARTICLE}", re.IGNORECASE),
     ("call", "describ", "denounc", "brand", "label", "term", "decr", "condemn", "slam", "critici", "characteri")),
    (re.compile(rf"\b{_SEEING_VERBS}\s+{_NAMED}as\s+{_ATTACK_ARTICLE}", re.IGNORECASE),
     ("see", "saw", "view", "regard")),
)
#: "the closure is an attack on", "the cuts amount to an attack on", "the ruling was \"an attack on".
_IS_AN_ATTACK: Final = re.compile(
    rf"\s(?:is|was|are|were|amounts?\s+to|amounted\s+to|constitutes?|constituted|represents?|represented)\s+"
    rf"(?:nothing\s+less\s+than\s+|tantamount\s+to\s+)?{_ATTACK_ARTICLE}", re.IGNORECASE)
_MAX_JUDGED_SPAN: Final = 120
#: What each judging regex above has right before the attack noun: white space, then the attack's article.
#: Most attack nouns have none ("a suicide attack", "attacks on"): this one cheap search then answers for
#: the three (each opens with \b or a word list tried at every position of the span).
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_ARTICLE_BEFORE_ATTACK: Final = re.compile(rf"\s{_ATTACK_ARTICLE}")
_STANDS_FOR_AN_EVENT: Final = re.compile(
    r"\b(?:it|this|that|these|those|them|what|incident|incidents|event|events)\s+$", re.IGNORECASE)
_NOT_JUDGED: Final = (_NOT_CRITICISM - {"state_force"}) | VIOLENT_CATEGORIES | {
    "natural_cause", "context_disaster", "crash", "road_vehicle", "vehicle", "intent", "armed_group"}
_ATTACK_NOUNS: Final = frozenset({"attack", "attacks", "assault", "assaults"})


def judged_an_attack(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the attack noun hits[index] is what a speaker calls, or says to be, a thing that is no
    violence (see _JUDGED_AS_ATTACK and _IS_AN_ATTACK)."""
    hit = hits[index]
    if hit.text.lower() not in _ATTACK_NOUNS:
        return False
    window = max(0, hit.start - _MAX_JUDGED_SPAN)
    if _ARTICLE_BEFORE_ATTACK.search(folded(text), window, hit.start) is None:
        return False
    named: tuple[int, int] | None = None
    span = folded(text)[window:hit.start]
    for pattern, stems in _JUDGED_AS_ATTACK:
        if not any(map(span.__contains__, stems)):
            continue
        match = pattern.search(text, window, hit.start)
        if match is not None:
            named = match.span("named")
            break
    if named is None:
        copula = _IS_AN_ATTACK.search(text, window, hit.start)
        if copula is None:
            return False
        # (what is said to be an attack: the words of its clause before "is")
        named = (max(window, last_break_before(text, copula.start())), copula.start() + 1)
    if _STANDS_FOR_AN_EVENT.search(text[named[0]:named[1]]):
        return False
    return all(_NOT_JUDGED.isdisjoint(other.categories) for other in hits if named[0] <= other.start < hit.start)


# "the city battles a surge in cases", "hospitals fight a rise in admissions", "farmers battle a wave of
# locusts": a battle whose object is an amount that grows (a surge, a rise, a wave, an outbreak) is a
# struggle against a trend, no fighting. An armed actor or a weapon in the clause keeps the battle
# ("troops battle a surge of insurgents in the valley").
_BATTLE_VERBS: Final = frozenset({"battle", "battles", "battled", "battling", "fight", "fights", "fighting", "fought",
                                  "combat", "combats", "combating", "combatting", "combated"})
_TREND_OBJECT: Final = re.compile(
    r"\s+(?:(?:a|an|the|this|its|their|new|fresh|sudden|sharp|record|renewed|growing|rapid|steep|second|third|"
    r"massive|huge|big)\s+){0,3}(?:surges?|rises?|spikes?|waves?|upsurges?|resurgences?|increases?|jumps?|"
    r"outbreaks?|epidemics?|shortages?|backlogs?)\b", re.IGNORECASE)
_ARMED_IN_CLAUSE: Final = frozenset({"weapon", "distance_weapon", "armed_group", "named_group", "killed", "injured",
                                     "toll"})


# "the candidate is fighting for his political life", "both parties battle for votes": a fight for a post, a
# career or votes is a struggle in politics, no fighting (an armed actor or a weapon in the clause keeps it).
_STRUGGLE_OBJECT: Final = re.compile(
    r"\s+for\s+(?:(?:his|her|their|its|the|a|an|every)\s+)?(?:(?:political|electoral|party['’]s|own)\s+)?"
    r"(?:political\s+(?:life|lives|future|survival)|survival|job|jobs|seats?|votes?|voters|re-?election|nomination|"
    r"leadership|presidency|majority|ballots?|support)\b", re.IGNORECASE)
# "two firms are fighting New York's cease-and-desist order", "the miner fights the export ban", "he fought
# extradition for a decade": a fight against an order, a ruling, a law or a charge is fought in court or in
# politics, no fighting (its object comes straight after the verb: "fighting in order to retake the town"
# has none; an armed actor or a weapon in the clause keeps the fight).
_LEGAL_OBJECT: Final = re.compile(
    r"\s+(?:(?:the|a|an|its|his|her|their|this|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s)\s+)?"
    r"(?:(?!(?:in|on|at|near|for|against|with|to|from|into|across|and|or)\b)[\w-]+\s+){0,2}?"
    r"(?:orders?|rulings?|verdicts?|laws?|(?-i:bills?)|bans?|lawsuits?|charges|extradition|deportation|eviction|"
    r"injunctions?|subpoenas?|fines?|decisions?|proposals?|legislation|sanctions|tariffs?)" + _OBJECT_ENDS,
    re.IGNORECASE)


def battles_a_trend(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the battle word hits[index] has a growing amount as its object (see _TREND_OBJECT), fights
    for a post, a career or votes (see _STRUGGLE_OBJECT), or against an order, a ruling or a law (see
    _LEGAL_OBJECT)."""
    hit = hits[index]
    if hit.text.lower() not in _BATTLE_VERBS or (_TREND_OBJECT.match(text, hit.end) is None
                                                 and _STRUGGLE_OBJECT.match(text, hit.end) is None
                                                 and _LEGAL_OBJECT.match(text, hit.end) is None):
        return False
    clause_start = last_break_before(text, hit.start)
    return all(_ARMED_IN_CLAUSE.isdisjoint(other.categories) for other in hits
               if other is not hit and other.start > clause_start and not crosses_clause(text, hit.end, other.start))


# "turned a blind eye to militant groups fighting in the mountains", "will give the Kurdish forces, which
# are fighting the jihadists, more arms": fighting told of fighters after them (a participle or a relative
# clause), where the fighters are the object of a verb or a preposition, says who they are, not what
# happened: the news is what is done to or for them. (Fighters as the subject tell their fighting as
# news, "rebels fighting in the north seized two towns"; and another act or a casualty in the sentence
# reports violence of its own.)
_FIGHTING_WORDS: Final = frozenset({"fighting", "battling"})
_FIGHTERS_DESCRIBED_BEFORE: Final = re.compile(
    r"\b(?:to|for|with|of|on|among|against|from|alongside|behind|backing|arm|arms|arming|give|gives|giving|"
    r"gave|support|supports|supporting|supported|help|helps|helping|helped|train|trains|training|trained|fund|"
    r"funds|funding|funded|aid|aids|aiding|aided|equip|equips|equipping|equipped)\s+"
    r"(?:(?!(?:and|or|but|who|which|that)\s)[\w'’.-]+\s+){0,3}?"
    r"(?:groups?|forces|fighters|militias?|militants|rebels|troops|units|factions|guerrillas|insurgents|"
    r"soldiers|peshmerga)"
    r"(?:,?\s+(?:which|who|that)\s+(?:are|were|is|was|have\s+been|has\s+been)(?:\s+(?:still|now|currently))?)?\s+$",
    re.IGNORECASE)
_FIGHTERS_SPAN: Final = 120


def describes_fighters(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the fighting word hits[index] describes fighters who are the object of a verb or a
    preposition, in a sentence that tells no other violent act or casualty (see _FIGHTERS_DESCRIBED_BEFORE)."""
    hit = hits[index]
    if hit.text.lower() not in _FIGHTING_WORDS or _FIGHTERS_DESCRIBED_BEFORE.search(
            text, max(0, hit.start - _FIGHTERS_SPAN), hit.start) is None:
        return False
    return all(other is hit or _HARM.isdisjoint(other.categories) for other in hits)


# "38,000 people have died in the drug war since 2006", "over 1,000 killings since its 2004 inception":
# a toll counted since a year is a running total of the past, not news of an event (TAXONOMY.md). So is
# one counted since a month or the start of the year ("troops have killed five villagers since January"):
# a span of weeks or months. (A span of days is news: "fighting since Monday has killed 40"; and so is a
# month with its day, "since January 5", which may be days ago; with its year, "since October 10, 2015", news
# names a day of a year gone, as a year.) The event a year dates may take several words:
# "since the French-led intervention began in January 2013".
_SINCE_YEAR_AFTER: Final = re.compile(
    r"(?:[\s,]+[\w'’.-]+){0,12}?\s+since\s+(?:(?:(?:the|its|their|his|her)\s+)?(?:[\w'’.-]+\s+){0,8}?"
    r"(?:\d{1,2},\s+)?(?:1[0-9]\d\d|20\d\d)\b(?!\s*[-–/]\s*\d)"
    rf"|(?:early\s+|late\s+|mid-?)?{_MONTH_NAME}\b(?!\s+\d)"
    r"|the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b)",
    re.IGNORECASE,
)


def counted_since_a_year(text: str, event_end: int, sentence_end: int) -> bool:
    """Whether the casualty word ending at event_end is counted since a year named after it, in its
    clause (see _SINCE_YEAR_AFTER)."""
    if "since" not in folded(text)[event_end:sentence_end]:
        return False
    return _follows_in_clause(_SINCE_YEAR_AFTER, text, event_end, min(sentence_end, event_end + 160))


# "the strikes since September, which the navy says hit smugglers, killed dozens", "raids since 2021 have
# left 300 dead", "killed 80 in six attacks in two provinces since 2019": acts named in the plural with a span of months or years after them ("since" a month or a
# year, as counted_since_a_year) are a series, and the toll they are the subject of a running total, not news
# of an act. (A span of days is news: "strikes since Monday have killed 40"; a day with its year is a day of a
# year gone: "attacks since October 10, 2015".)
_SERIES_SINCE_AFTER: Final = re.compile(
    r"(?:\s+(?:in|across|on|against|outside|at|by)\s+(?:(?!(?:and|but|which|who|that|as|while|after)\s)"
    r"[\w'’.-]+\s+){0,7}?[\w'’.-]+)?"
    rf"\s+since\s+(?:(?:early|late|mid-?)\s*)?(?:(?:\d{{1,2}}\s+)?(?:{_MONTH_NAME}\s+(?:\d{{1,2}},?\s+)?)?"
    rf"(?:1[0-9]\d\d|20\d\d)\b|{_MONTH_NAME}\b(?!\s+\d)"
    r"|the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b)", re.IGNORECASE)
#: How far a toll may stand after the series it is the toll of.
MAX_SERIES_TO_TOLL: Final = 120


def told_of_a_series_since(text: str, hits: list[Hit], index: int, sentence: tuple[int, int]) -> bool:
    """Whether hits[index] is a plural act noun with a span of months or years after it, or a casualty word or
    an act word of a relative clause set off by a comma whose nearest act before it in its sentence is one,
    past acts of such a relative clause between them (see _SERIES_SINCE_AFTER)."""
    hit = hits[index]
    if _is_series_since(text, hit, sentence[1]):
        return True
    relative = _SET_OFF_RELATIVE_BEFORE.search(text, max(sentence[0], hit.start - 60), hit.start) is not None
    if not relative and (CASUALTY_CATEGORIES.isdisjoint(hit.categories)
                         or not VIOLENT_CATEGORIES.isdisjoint(hit.categories)):
        return False
    for back in range(index - 1, -1, -1):
        act = hits[back]
        if act.start < sentence[0] or hit.start - act.end > MAX_SERIES_TO_TOLL:
            return False
        if _HARM.isdisjoint(act.categories):
            continue
        if _is_series_since(text, act, sentence[1]):
            return True
        # (an act of the series' own relative clause: "the raids since May, which the navy says hit
        # smugglers, killed dozens")
        if _SET_OFF_RELATIVE_BEFORE.search(text, max(sentence[0], act.start - 60), act.start) is None or (
                "," not in text[act.end:hit.start]):
            return False
    return False


#: A relative clause opened after a comma, up to the word it holds.
_SET_OFF_RELATIVE_BEFORE: Final = re.compile(r",\s+(?:which|who|that)\s+[^,;:]*$", re.IGNORECASE)


# "63 soldiers have been killed fighting rebels since the offensive began in 2013", "200 died in fighting since
# 2014": the act a toll counted since a year is told with, right after its casualty word, says how the counted
# died; it is the running total's, no act of the news. (The casualty word itself: counted_since_a_year.)
_HOW_THE_COUNTED_DIED: Final = re.compile(r"\s+(?:(?:in|while|during)\s+(?:the\s+)?)?$", re.IGNORECASE)


def act_of_a_toll_since(text: str, hits: list[Hit], index: int, sentence: tuple[int, int]) -> bool:
    """Whether the violent word hits[index] follows, with at most "in", "while" or "during" between, a casualty word
    counted since a year (counted_since_a_year)."""
    if index == 0:
        return False
    toll = hits[index - 1]
    hit = hits[index]
    return (toll.start >= sentence[0] and not CASUALTY_CATEGORIES.isdisjoint(toll.categories)
            and _HOW_THE_COUNTED_DIED.fullmatch(text, toll.end, hit.start) is not None
            and counted_since_a_year(text, toll.end, sentence[1]))


def _is_series_since(text: str, act: Hit, sentence_end: int) -> bool:
    """Whether the act word `act` is a plural with a span of months or years after it (_SERIES_SINCE_AFTER), or a
    campaign told going on since a month or a year (_GOING_ON_SINCE_AFTER)."""
    if act.text[-1:].lower() == "s":
        return _SERIES_SINCE_AFTER.match(text, act.end, sentence_end) is not None
    return act.text.lower().endswith(_CAMPAIGNS) and _GOING_ON_SINCE_AFTER.match(text, act.end, sentence_end) is not None


# "its bombing campaign in support of the government has been in progress since late September": a campaign told as
# going on since a month or a year is a series of acts over that span, as plural acts since then are; the news is
# what the sentence tells beside it (a deployment). Its acts told by their own verbs, or a day named, are news.
_CAMPAIGNS: Final = ("campaign", "offensive")
_GOING_ON_SINCE_AFTER: Final = re.compile(
    r"(?:\s+(?!(?:and|but|which|who|that|as|while|after)\s)[\w'’.-]+){0,8}?\s+(?:has|have)\s+(?:been\s+(?:in\s+progress|"
    r"under\s*way|ongoing|going\s+on|waged)|continued|gone\s+on)"
    rf"\s+since\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTH_NAME}\s+)?(?:1[0-9]\d\d|20\d\d)\b|{_MONTH_NAME}\b(?!\s+\d))",
    re.IGNORECASE)


# "two kidnapped peacekeepers are released", "releases three abducted Indonesians": a capture word after
# a number, a determiner or a preposition is an adjective that describes the people held (whose release
# freed_captives tells), not a verb with its object ("gunmen kidnapped two workers and freed one").
# (and a word of how many of them: "all abducted schoolgirls are free", "the remaining kidnapped workers")
_BEFORE_ADJECTIVE: Final = re.compile(
    r"\b(?:a|an|the|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|of|from|for|to|"
    r"with|all|both|remaining|other|\d+)\s+$", re.IGNORECASE)
# (so is one that opens its sentence, which a verb with no subject does not: "Kidnapped British engineer is found safe")
_OPENS_A_SENTENCE_BEFORE: Final = re.compile(r"(?:^|[.!?|]\s*)[\"“‘']?$")


def _describes_captives(text: str, capture_start: int, capture_end: int) -> bool:
    """Whether the capture word at capture_start is an adjective before the people it describes."""
    return (_BEFORE_ADJECTIVE.search(text, max(0, capture_start - 12), capture_start) is not None
            or _OPENS_A_SENTENCE_BEFORE.search(text, max(0, capture_start - 6), capture_start) is not None
            ) and _NOUN_AFTER.match(text, capture_end) is not None


#: A word after a capture word that can be the noun it describes (not a preposition, a time or a verb's
#: complement: "the kidnapped in the north", "two kidnapped last week").
_NOUN_AFTER: Final = re.compile(
    r"\s+(?!(?:by|in|on|at|from|near|last|earlier|during|after|before|as|and|or|while|when|since|for)\b)[^\W\d_]")


# "tensions rise over the shooting of a fisherman", "a row about the raid", "anger over police killings":
# an event word that is the object of over, about, regarding or concerning is what other news is about,
# told before. (A quantity is no topic, "over 100 killed", nor is a time, "attacks over the weekend":
# there the event word comes first.)
_TOPIC_BEFORE: Final = re.compile(
    r"\b(?:over|about|regarding|concerning)\s+(?:(?:the|a|an|this|that|these|those|its|their|his|her|recent|"
    r"yesterday['’]s|[A-Z][\w.-]*['’]s|\w+day['’]s|last\s+\w+['’]s)\s+)?(?:(?![\d])(?!(?:dozens|hundreds|thousands|"
    r"scores|several|many|more|at|least|nearly|almost|about|around|some|past|last|next|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|million|dozen)\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE)
# "rejects a UN report on revenge killings of former officials", "a study on police shootings": a report or a
# study "on" an act names the act as its topic, as "over" does; told before. (A time after "on" dates the
# report: "a report on Monday said gunmen killed five" tells news.)
_REPORT_ON_BEFORE: Final = re.compile(
    rf"\b(?:reports?|study|studies|dossier)\s+on\s+(?!(?:\w+day|tonight|{_MONTH_NAME})\b)"
    r"(?:(?:the|a|an|its|their|recent)\s+)?(?:(?!\d)(?!(?:dozens|hundreds|thousands|scores|several|many|more|at|"
    r"least|nearly|almost|about|around|some|past|last|next|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"[a-z][\w'’-]*\s+){0,2}$")
# "police arrest two men in connection with the bombing", "detained in relation to last year's killings", "a
# charge relating to one of the attacks": what something is done in connection with is its matter, a thing known,
# as the object of "over" is. Unlike "over", these phrases take no quantity of people, so the object may count
# acts and date them ("in connection with almost 20 stabbings", "with the 1982 park bombings") and name its place
# in full, commas and all ("the April 27 Valley Springs, California, stabbing"). A verb or a clause word ends the
# object: "in connection with the robbery, as gunmen shot two guards" tells the shooting.
_CONNECTED_TOPIC_BEFORE: Final = re.compile(
    r"\b(?:in\s+(?:connection|relation)\s+(?:with|to)|relating\s+to)\s+"
    r"(?:(?-i:[A-Z][\w'’.-]*),\s+|(?-i:[A-Z][\w'’.-]*\s+and)\s+"
    r"|(?!(?:was|were|is|are|has|have|had|been|be|who|which|that|where|when|and|or|but|as|while|after|before|then)\b)"
    r"[\w'’.-]+\s+){0,8}$",
    re.IGNORECASE)
# "a law that draws on lessons from Russian missile and drone strikes on Ukrainian cities", "lessons learned from the
# siege": what lessons are drawn from is a thing gone and known, the matter of the lesson, as a report's topic is.
# (A time after the act dates it as news of its own: "lessons from Monday's raid" is left to the day's rules.)
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_LESSON_FROM_BEFORE: Final = re.compile(
    r"\blessons?\s+(?:(?:learned|learnt|drawn|taken)\s+)?(?:from|of)\s+"
    r"(?:(?:the|a|an|its|their|recent|past)\s+)?(?:(?!\d)(?!(?:dozens|hundreds|thousands|scores|several|many|"
    r"at|least|one|two|three|four|five|six|seven|eight|nine|ten|that|which|who|was|were|is|are)\b)"
    r"[\w'’-]+\s+){0,4}$")
_TOPIC_NEEDLES: Final = frozenset({"over", "about", "regarding", "concerning", "report", "stud", "dossier",
                                   "connection", "relation", "relating", "lesson"})
#: How far before the event word the phrase of connection may stand (its eight words of object).
MAX_CONNECTED_TOPIC_CHARS: Final = 110
#: The victims of the connected act counted after it: "the deaths of two soldiers", "the killing of at least three"
#: count a toll, which the connection may be the first to report (acts counted, "20 stabbings", are no toll).
_VICTIMS_COUNTED_AFTER: Final = re.compile(
    rf"[\w'’-]+\s+of\s+(?:{QUALIFIED_NUMBER_PATTERN})(?!\w)", re.IGNORECASE)


def may_name_a_topic(text: str) -> bool:
    """False when no topic preposition occurs in `text`: asked once per text."""
    return not absent(text, _TOPIC_NEEDLES)


def is_a_topic(text: str, event_start: int, sentence_start: int) -> bool:
    """Whether the event word at event_start is the object of a topic preposition, of "on" after a report, of
    lessons drawn, or of a phrase of connection (see _TOPIC_BEFORE, _REPORT_ON_BEFORE, _LESSON_FROM_BEFORE and
    _CONNECTED_TOPIC_BEFORE)."""
    match = _TOPIC_BEFORE.search(text, max(sentence_start, event_start - 60), event_start) or (
        _REPORT_ON_BEFORE.search(text, max(sentence_start, event_start - 50), event_start)) or (
        _LESSON_FROM_BEFORE.search(folded(text), max(sentence_start, event_start - 60), event_start))
    if match is None:
        match = _CONNECTED_TOPIC_BEFORE.search(text, max(sentence_start, event_start - MAX_CONNECTED_TOPIC_CHARS),
                                               event_start)
        if match is not None and _VICTIMS_COUNTED_AFTER.match(text, event_start) is not None:
            return False  # "in custody in connection with the shooting deaths of two soldiers": a toll, news
        # (the connected act's place may be named in full, commas and all: "in connection with the April 27 Valley
        # Springs, California, stabbing")
        return match is not None and not _crosses_clause_past_places(text, match.start(), event_start)
    return not crosses_clause(text, match.start(), event_start)


# "a weekend killing has prompted the government to issue a travel advisory", "the attacks dominate the
# summit's talks": an event word that is the subject of a verb telling what it caused in politics or
# talk is the cause of that news, told before. (Its own toll, "the bombing killed five and prompted a
# curfew", is another event word and still news.) So is one that sparks or triggers a reaction of people
# or politics ("the death of a detainee at the centre sparks a rooftop protest", "the killing triggered
# outrage"); what it sets off in the world, "the shelling sparked a fire at the plant", is still its news.
_CAUSED_AFTER: Final = re.compile(
    # (the subject's words: a place named with its region, "in Sydney, Australia,", is one; a relative word opens
    # a clause of the event's own, "fighting that threatens the highway and has prompted families to flee")
    r"(?:\s+(?:(?-i:[A-Z][\w'’.-]*,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,)"
    r"|(?!(?:killed|killing|kills|left|leaving|wounded|wounding|injured|injuring|that|which|who)\b)[\w'’.,-]+)){0,10}?\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:prompted|prompts|prompting|dominated|dominates|dominate|overshadowed|overshadows|"
    r"overshadow|drew\s+condemnation|drew\s+criticism|has\s+drawn"
    r"|(?:sparks|sparked|sparking|triggers|triggered|triggering|provokes|provoked|provoking)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:protests?|outrage|anger|condemnation|criticism|debate|demonstrations?|rally|rallies|row|fears?|concerns?|"
    r"tensions?|uproar|outcry|backlash|calls|boycotts?|resignations?|inquiry|investigation))\b",
    re.IGNORECASE)
_CAUSED_NEEDLES: Final = frozenset({"prompt", "dominat", "overshadow", "drew", "drawn", "spark", "trigger", "provok"})
#: How an event noun ends ("killing", "attacks", "massacre", "deaths"), unlike a verb in the past ("killed").
_EVENT_NOUN_END: Final = re.compile(r"(?:ings?|acks?|ths?|ers?|ids?|ges?|res?|ion|ions|ts)$", re.IGNORECASE)


def caused_other_news(text: str, event_end: int, sentence_end: int) -> bool:
    """Whether the event word ending at event_end is the subject of a verb telling the news it caused
    (see _CAUSED_AFTER), in its clause."""
    # (the event word may hold its "of": "the death of")
    noun_end = event_end - 3 if text[event_end - 3:event_end].lower() == " of" else event_end
    if absent(text, _CAUSED_NEEDLES) or not _EVENT_NOUN_END.search(text, max(0, noun_end - 12), noun_end):
        return False  # (a verb's subject is no event word: "the bomb killed five and prompted a curfew")
    match = _CAUSED_AFTER.match(text, event_end, min(sentence_end, event_end + 100))
    return match is not None and not _crosses_clause_past_places(text, event_end, match.end())


# "the death of a detainee at a centre in Sydney, Australia, sparks a protest": the commas of a place named
# with its country or region ("Sydney, Australia,") stand inside a noun phrase, and end no clause.
# (a region may have its country after it: "in Valley Springs, California, United States, a boy")
_PLACE_WITH_ITS_REGION: Final = re.compile(
    r"\b[A-Z][\w'’.-]*(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)+,")


def _crosses_clause_past_places(text: str, start: int, end: int) -> bool:
    """Whether a clause break lies between offsets start and end of `text`, but for the commas of a place
    named with its region (see _PLACE_WITH_ITS_REGION)."""
    if not crosses_clause(text, start, end):
        return False
    span = _PLACE_WITH_ITS_REGION.sub(lambda place: place.group().replace(",", ""), text[start:end])
    if span == text[start:end]:
        return True
    low = folded(span)
    return CLAUSE_PUNCTUATION.search(low) is not None or CLAUSE_WORD.search(" " + low) is not None


# "The actor who played a war hero dies at 88", "a veteran of the landings dies aged 101": a death told
# with the age it came at is a life's end, an obituary, not a casualty, whatever wars the life saw.
# A cause told after it in its sentence ("dies aged 34 in the shelling", "died at 72 of his wounds")
# keeps it a casualty. Where and when the life ended may come between ("dies in Santa Monica aged 93", "died
# at his home in Hanoi on Sunday at the age of 97"): a cause there is a harm word after the death, and keeps it.
_AGE_AT_DEATH: Final = re.compile(
    r"(?:,?\s+(?:in|at|on)(?:,?\s+(?!(?:at|aged)\s+\d)[\w'’.-]+){1,4}?){0,3}"
    r"\s*,?\s+(?:at|aged|at\s+the\s+age\s+of)\s+(?:\d{2,3}|a\s+hundred)\b", re.IGNORECASE)
_AGE_NEEDLES: Final = frozenset({"at", "aged"})


def died_of_age(text: str, hits: list[Hit], index: int, sentence_end: int) -> bool:
    """Whether the death word hits[index] (one that tells no cause) is told with the age it came at,
    and no violent or casualty word follows it in its sentence."""
    hit = hits[index]
    if "bare_death" not in hit.categories or "toll" in hit.categories or _AGE_AT_DEATH.match(text, hit.end) is None:
        # (a toll counts deaths, it has no age: "the police put the death toll at 41" is its number)
        return False
    return all(_HARM.isdisjoint(other.categories) for other in hits[index + 1:] if other.start < sentence_end)


# "Death of Ana Ruiz" over "Ana Ruiz, a former guerrilla commander, dies at her home aged 89": a heading that names one
# person's death, over a summary that tells a life's end with its age (died_of_age), names that same death, an
# obituary; whatever the summary says of the life is no cause of the heading's death either. (A summary that tells a
# cause keeps it: "Death of Ana Ruiz" over "Ana Ruiz was shot dead on Monday".) So does a heading that opens with a
# bare "Deaths", a list's label ("Deaths in 2025" over "a former general who commanded units in the war dies aged
# 89"): over a life's end told with its age it names that death among a period's, no toll.
_ONE_DEATH_HEADINGS: Final = frozenset({"death of", "the death of"})
_DEATHS_LIST_HEADING: Final = "deaths"


def heading_of_a_lifes_end(text: str, hits: list[Hit], title_end: int) -> int:
    """Where the title's word of one person's death ("Death of ...") starts, where a death of the summary is told
    with the age it came at (died_of_age); -1 where there is none. (All of the item's hits: a sentence's are not
    enough.)"""
    heading = next((hit.start for hit in hits if hit.start < title_end and (
        hit.text.lower() in _ONE_DEATH_HEADINGS or (hit.start == 0 and hit.text.lower() == _DEATHS_LIST_HEADING))), -1)
    if heading < 0 or absent(text, _AGE_NEEDLES):
        return -1
    for index, death in enumerate(hits):
        if death.start >= title_end and "bare_death" in death.categories:
            stop = SENTENCE_BREAK.search(text, death.end)
            if died_of_age(text, hits, index, stop.start() if stop is not None else len(text)):
                return heading
    return -1


# "A Medal of Honor recipient who stormed a machine-gun nest in Korea dies at 91", "the pilot, whose
# squadron bombed the dams, has died aged 96": what a relative clause tells of one whose life's end the
# sentence tells with its age (died_of_age) is that life's story, history. A day in the clause tells news
# ("a soldier who was wounded in Monday's ambush dies at 23 in hospital").
_RELATIVE_BEFORE: Final = re.compile(r"\b(?:who|whose|which)\b", re.IGNORECASE)
_FRESH_DAY: Final = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
                               r"tonight|overnight|last\s+(?:night|week|month)|this\s+(?:week|month)|earlier|recent|"
                               r"recently)\b", re.IGNORECASE)


def told_of_one_who_died_of_age(text: str, hits: list[Hit], index: int, sentence: tuple[int, int]) -> bool:
    """Whether the violent or casualty word hits[index] is told in a relative clause before a death
    told with its age (died_of_age) in its sentence, with no day of the news in the clause."""
    # (the death first: most violent words have none after them in their sentence)
    for later in range(index + 1, len(hits)):
        death = hits[later]
        if death.start >= sentence[1]:
            return False
        if "bare_death" in death.categories and died_of_age(text, hits, later, sentence[1]):
            # (the last relative word before the act opens its clause)
            starts = [match.start() for match in _RELATIVE_BEFORE.finditer(text, sentence[0], hits[index].start)]
            return bool(starts) and _FRESH_DAY.search(text, starts[-1], death.start) is None
    return False


# "the son of Pakistan's murdered prime minister", "the funeral of slain critic Nemtsov", "his
# assassinated brother": a killing word used as an adjective after a determiner or a possessive
# describes a person by an earlier death, not a report of it ("the gunmen murdered two" has a verb).
# A person described by an earlier capture is the same: "a letter from abducted sergeant Berg".
_KILLED_ADJECTIVES: Final = frozenset({"murdered", "slain", "assassinated", "martyred", "abducted", "kidnapped"})
_DETERMINER_BEFORE: Final = re.compile(
    r"(?:\b(?:the|his|her|their|its|our|my|late|of|for|to|from)|[\w.]['’]s)\s+$", re.IGNORECASE)


def describes_the_dead(text: str, event_start: int, event_end: int) -> bool:
    """Whether the killing word at event_start is an adjective describing a person killed before."""
    if text[event_start:event_end].lower() not in _KILLED_ADJECTIVES:
        return False
    return (_DETERMINER_BEFORE.search(text, max(0, event_start - 20), event_start) is not None
            and _NOUN_AFTER.match(text, event_end) is not None)


# "gives his royalties to a sports centre for badly injured soldiers", "a charity for wounded veterans": the
# wounded named as those a place, a fund or a gift is for are a class of people it serves, described by
# an earlier wound, not a report of one ("the wounded soldiers were flown out" has a verb of its own).
_SERVED_BEFORE: Final = re.compile(
    r"\bfor\s+(?:the\s+|other\s+|injured\s+and\s+|wounded\s+and\s+)?(?:(?:badly|seriously|severely|critically|"
    r"gravely|permanently)\s+)?$", re.IGNORECASE)
SERVED_ADJECTIVES: Final = frozenset({"injured", "wounded", "maimed"})
#: How far before the wound word _SERVED_BEFORE is looked for.
MAX_SERVED_CHARS: Final = 40


def describes_the_served_wounded(text: str, event_start: int, event_end: int) -> bool:
    """Whether the wound word at event_start is an adjective of the people a place or a gift is for (see
    _SERVED_BEFORE)."""
    # (a slice test for "for" before the search: most wound words have none before them)
    start = max(0, event_start - MAX_SERVED_CHARS)
    return (text[event_start:event_end].lower() in SERVED_ADJECTIVES
            and folded(text).find("for", start, event_start) >= 0
            and _SERVED_BEFORE.search(text, start, event_start) is not None
            and _PLURAL_PEOPLE_AFTER.match(text, event_end) is not None)


# "the hospital discharges the last patient hurt when a missile hit its wing", "all seven troops hurt in the rocket
# attack back on duty", "the service members treated for brain injuries after the attack have returned to their
# units": people described by their wounds (a participle after them, or the wounds they were treated for) who leave
# hospital, are sent home or go back to duty were wounded before; their recovery is the news, and the act that
# wounded them is as past (describes_past_event). (A wound told by an act's own verb or participle, "a missile
# struck the hospital, wounding 71; most were sent home", is news: the act comes first in its sentence.)
_RECOVERY: Final = re.compile(
    r"\b(?:discharg(?:es|ed|ing)|sen(?:ds|t|ding)\s+home|released\s+from\s+(?:the\s+)?hospital|"
    r"(?:leaves?|left|leaving)\s+(?:the\s+)?hospital|back\s+(?:on|to|at)\s+(?:duty|work)|"
    r"return(?:s|ed|ing)?\s+to\s+(?:duty|work|(?:their|his|her)\s+units?)|rejoin(?:s|ed|ing)?\s+(?:their|his|her)\s+units?|"
    r"(?:has|have)\s+recovered|fully\s+recovered|"
    # (care given for wounds had before is recovery too: "undergoes surgery for injuries sustained in a blast")
    r"undergo(?:es|ne|ing)?\s+(?:[\w-]+\s+){0,2}?(?:surgery|operations?|treatment))\b", re.IGNORECASE)
_RECOVERY_NEEDLES: Final = frozenset({"discharg", "home", "hospital", "duty", "work", "unit", "recovered", "undergo"})
#: The care wounds are had for: "treated for", "surgery for".
_CARE_FOR: Final = r"\b(?:treated|treatment|surgery|operations?|operated\s+on)(?:\s+(?:in|at|on)(?:\s+[\w-]+){1,3}?)?\s+for"
#: The wounds told as what people are known by: a participle after a word of people, or wounds they were cared for.
_DESCRIBED_WOUND_BEFORE: Final = re.compile(rf"(?:\b[a-z][\w-]*|{_CARE_FOR}(?:\s+[\w-]+){{0,3}}?)\s+$")
_CARED_FOR_BEFORE: Final = re.compile(_CARE_FOR, re.IGNORECASE)
_WOUND_PARTICIPLES: Final = frozenset({"hurt", "wounded", "injured"})


def wounded_before_recovery(text: str, hits: list[Hit], index: int, sentence: tuple[int, int],
                            quiet: Set[int] = frozenset()) -> bool:
    """Whether the wound word hits[index] describes people whose recovery its sentence tells (see _RECOVERY),
    where the sentence tells no violence or casualty before it."""
    event = hits[index]
    if "injured" not in event.categories or absent(text, _RECOVERY_NEEDLES):
        return False
    word = event.text.lower().rsplit(maxsplit=1)[-1]  # (the phrase may hold its count and people: "71 people hurt")
    before = text[max(sentence[0], event.start - 40):event.start]
    described = (word in _WOUND_PARTICIPLES and _DESCRIBED_WOUND_BEFORE.search(before) is not None
                 and not before.rstrip().lower().endswith(("was", "were", "been", "is", "are", "be", "and")))
    if not described and _CARED_FOR_BEFORE.search(before) is None:
        return False
    return _RECOVERY.search(text, sentence[0], sentence[1]) is not None and not any(
        not _HARM.isdisjoint(hit.categories) and hit.start not in quiet for hit in hits[:index] if hit.start >= sentence[0])


#: The people after a wound adjective, a plural noun that ends its phrase: "soldiers", "veterans", "children".
_PLURAL_PEOPLE_AFTER: Final = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:soldiers|veterans|servicemen|troops|children|civilians|people|fighters|officers|"
    r"personnel|survivors|refugees|police(?:men)?)\b(?!\s+(?:was|were|are|is|have|had|by|during|after|when)\b)",
    re.IGNORECASE)


# "the son of a man killed in a drone strike", "the funeral of the party founder, who was killed in the
# capital", "families of soldiers slain in the ambush": people named by their kin, their funeral or
# their burial, then by how they died, are described by an earlier death; the news is about the kin
# or the funeral. (A toll told by a verb of its own, "gunmen killed the son of a farmer", is news.)
_KIN_OF_THE_DEAD: Final = re.compile(
    r"\b(?:son|sons|daughter|daughters|father|mother|parents|widow|widows|widower|brother|sister|family|"
    r"families|relatives|children|(?:funerals?|burials?)(?P<place>\s+(?:in|at)(?:\s+(?-i:[A-Z][\w'’.-]*),?){1,4})?)"
    # (a funeral's place may stand before its "of": "the funeral in Chilpancingo, Guerrero, of a journalist who")
    r"\s+of\s+(?:(?:a|an|the|his|her|their|its|"
    r"two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:(?!(?:and|or|but|was|were|is|are|has|have|had)\s)[\w'’.-]+\s+){0,4}?"
    # (a name may take an apposition between commas before its relative clause, "the funeral of Lena Duran,
    # the party's co-founder, who was killed", or be described by a participle after a comma, "the family
    # of Tomas Herrera, killed by police in 2005")
    r"(?:[\w'’.-]+,\s+(?:(?!(?:and|or|but|was|were|is|are|has|have|had)\s)[\w'’.-]+\s+){1,7}?"
    r"(?=[\w'’.-]+,?\s+(?:who|that)\s))?(?P<participle>[\w'’.-]+,\s+)?"
    # (who may be told with others between commas: "the family of Ali Nasser, who with his wife and children, was
    # abducted")
    r"(?P<relative>[\w'’.-]+,?\s+(?:who|that)\s+(?:with\s+(?:[\w'’-]+\s+){1,5}?[\w'’-]+,\s+)?"
    r"(?:(?:was|were|had\s+been|has\s+been)\s+)?)?"
    # (and the act that killed them: "the son of a man killed in a drone strike")
    r"(?P<act>(?:killed|slain|murdered|shot\s+dead|wounded|injured)\s+(?:in|by|during)\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w'’.-]+\s+){0,2}?)?$",
    re.IGNORECASE)
_KIN_NEEDLES: Final = frozenset({"son", "daughter", "father", "mother", "parents", "widow", "brother", "sister",
                                 "famil", "relatives", "children", "funeral", "burial"})


def describes_kin_of_the_dead(text: str, event_start: int, sentence_start: int, casualty: bool) -> bool:
    """Whether the casualty word at event_start describes people named by their kin or their funeral,
    or is the act that killed them (see _KIN_OF_THE_DEAD). `casualty`: the word tells what befell them
    (a death, a wound, a capture), not an act."""
    window = max(sentence_start, event_start - MAX_KIN_TO_DEATH_CHARS)
    before = folded(text)[window:event_start]
    if not any(map(before.__contains__, _KIN_NEEDLES)):
        return False  # (no kin or funeral before the event word: most have none)
    match = _KIN_OF_THE_DEAD.search(text, window, event_start)
    if match is None or _MAIN_VERB_AUXILIARY.match(text, event_start) and not match.group("relative"):
        return False  # a verb of its own: "a father of three was shot dead by gunmen" is news
    if match.group("participle") and not match.group("relative") and _ING_FORM.match(text, event_start):
        return False  # the main clause's own participle after a comma: "opened fire at the funeral of a host, killing three"
    # (a violent word is only the act that killed them: "the families of two soldiers were attacked" is news)
    return casualty or match.group("act") is not None


_MAIN_VERB_AUXILIARY: Final = re.compile(r"(?:was|were|is|are|has|have|had|been)\s", re.IGNORECASE)
#: An -ing form: a participle that goes on with its clause's subject, no description of the dead before it.
_ING_FORM: Final = re.compile(r"[a-z]+ing\b", re.IGNORECASE)
#: How far before the death the kin or the funeral may stand (a funeral's place and a name with its apposition:
#: "the funeral in Chilpancingo, Guerrero, of investigative journalist Ana Ruiz, who was killed").
MAX_KIN_TO_DEATH_CHARS: Final = 130


# "registers her candidacy; her father, a senator, was killed by guerrillas in 1998", "his brother was shot
# dead by soldiers in 2004": the death of a kin of the one in the news, named by a possessive ("her father") and
# dated by a bare year, is who that one is, a life's background, no report. (Dated by a day it is news: "her
# father was shot dead on Sunday"; and named by no one in the news, "a senator was killed in 1998", the bare year
# is left to the violent words, as _BARE_YEAR_AFTER's comment says.)
_POSSESSED_KIN_BEFORE: Final = re.compile(
    r"\b(?:his|her|their)\s+(?:late\s+)?(?:father|mother|parents|brother|brothers|sister|sisters|son|sons|daughter|"
    r"daughters|husband|wife|uncle|aunt|grandfather|grandmother|cousin|children)"
    # (an apposition between commas may say who the kin was: "her father, a senator,")
    r"(?:,\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+,)?\s+(?:(?:was|were|had\s+been)\s+)?$", re.IGNORECASE)
MAX_POSSESSED_KIN_CHARS: Final = 70
_POSSESSED_KIN_NEEDLES: Final = frozenset({"his ", "her ", "their "})


def kin_lost_in_a_year_gone(text: str, event_start: int, event_end: int, sentence: tuple[int, int]) -> bool:
    """Whether the event word at event_start tells what befell a kin of the one in the news, named by a
    possessive, in a year gone (see _POSSESSED_KIN_BEFORE)."""
    if absent(text, _POSSESSED_KIN_NEEDLES):
        return False
    return _POSSESSED_KIN_BEFORE.search(text, max(sentence[0], event_start - MAX_POSSESSED_KIN_CHARS),
                                        event_start) is not None and dated_by_bare_year(text, event_end, sentence[1])


# "peace talks on the civil war that has killed more than 250,000 people", "a town where recent violence
# has killed ten", "unrest, which has left 400 dead": a relative clause that describes a war, unrest or
# violence by its running total (a perfect: "has killed", "have left"; so is the fighting of a drug war or
# a feud, "in the state where the fighting has killed thousands") is the historical total of the
# background, not news of an event (TAXONOMY.md). (A main clause, "the fighting has killed 20 this
# week", and an act's toll, "the bombing that killed 20", are left to be news.)
_CONFLICT_TOLL_BEFORE: Final = re.compile(
    r"\b(?:that|which|where|in\s+which)\s+(?:[\w'’-]+\s+){0,3}?(?:wars?|conflicts?|unrest|violence|insurgency|"
    r"insurgencies|crisis|uprising|rebellion|strife|fighting)\s+(?:(?:that|which)\s+)?(?:has|have)\s+"
    r"(?:so\s+far\s+|now\s+|already\s+|reportedly\s+)?(?:left\s+(?:[\w'’,-]+\s+){0,4}?)?$"
    r"|\b(?:wars?|conflicts?|unrest|violence|insurgency|insurgencies|crisis|uprising|rebellion|strife|fighting)\s*,?\s+"
    r"(?:that|which)\s+(?:(?:has|have)\s+)(?:so\s+far\s+|now\s+|already\s+|reportedly\s+)?"
    # (the toll's "dead" may follow its verb and count: "which has left over 400 people dead")
    r"(?:left\s+(?:[\w'’,-]+\s+){0,4}?)?$",
    re.IGNORECASE)
_CONFLICT_NEEDLES: Final = frozenset({"war", "conflict", "unrest", "violence", "insurgen", "crisis", "uprising",
                                      "rebellion", "strife", "fighting"})


def totals_a_conflict(text: str, event_start: int, sentence_start: int) -> bool:
    """Whether the casualty word at event_start tells the running total of a war or unrest in a
    relative clause that describes it (see _CONFLICT_TOLL_BEFORE)."""
    return _CONFLICT_TOLL_BEFORE.search(text, max(sentence_start, event_start - 80), event_start) is not None


# "in the state where the fighting has killed thousands": the fighting whose running total a relative
# clause tells is the conflict that clause describes, as "war" would be, not an act of the news.
_RELATIVE_BEFORE_FIGHTING: Final = re.compile(r"\b(?:that|which|where|in\s+which)\s+(?:[\w'’-]+\s+){0,3}?$",
                                              re.IGNORECASE)
_RUNNING_TOTAL_AFTER: Final = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:has|have)\s+(?:so\s+far\s+|now\s+|already\s+|reportedly\s+)?(?:killed|left|claimed)\b",
    re.IGNORECASE)


def fighting_totalled(text: str, event_start: int, event_end: int, sentence_start: int) -> bool:
    """Whether the word "fighting" at event_start is the subject of a running total in a relative clause
    (see _RELATIVE_BEFORE_FIGHTING and _RUNNING_TOTAL_AFTER)."""
    return (text[event_start:event_end].lower() == "fighting"
            and _RUNNING_TOTAL_AFTER.match(text, event_end) is not None
            and _RELATIVE_BEFORE_FIGHTING.search(text, max(sentence_start, event_start - 40), event_start) is not None)


# "the death toll of the civil war reaches 9,000", "casualties in the war have now exceeded 2,000", "the number
# of troops wounded since the invasion now stands at 6,900", "the death toll from jihadist attacks during
# November surpassed 5,000", "2,000 people have died in the drug war", "409 people were killed during the
# previous month": a toll told as a level a war or a span of a month or more has reached, or as the dead of a
# whole war, is its running total, the background of the news (TAXONOMY.md), not an event; the acts it counts
# ("from jihadist attacks", "since the invasion") are in it. A toll of a day is news: "the death toll from
# Monday's bombing reaches 40" (a day, hours or a weekday named make no running total).
_TOLL_HEAD: Final = (r"(?:death[\s-]+toll|toll|number\s+of\s+(?:[\w'’.-]+\s+){0,4}?(?:dead|deaths|killed|wounded|injured|"
                     r"casualties|fatalities)|deaths|casualties|fatalities|dead)")
_LEVEL_REACHED: Final = (r"(?:(?:has|have|had)\s+(?:now\s+|already\s+)?(?:reached|exceeded|surpassed|passed|topped|crossed|"
                         r"fallen\s+to|dropped\s+to)|reach(?:es|ed|ing)?|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|tops|topped|"
                         r"(?:now\s+)?stands?\s+at|stood\s+at|(?:is|are)\s+now|could\s+be\s+(?:more|over|as\s+high)|"
                         r"(?:rose|rises|risen)\s+to\s+(?:a\s+)?record|(?:has\s+|have\s+)?(?:doubled|tripled)\s+to)\b")
_WHOLE_WAR: Final = r"(?:civil\s+war|wars?|conflict|uprising|insurgency|revolution|intifada)"
#: A word that makes a level an estimate ("around 100,000", "more than 60,000").
_ABOUT: Final = r"(?:(?:an\s+)?(?:estimated|nearly|almost|about|around|roughly|some|over|more\s+than)\s+)"
#: A count in the thousands: the level of a war's toll, not of a day's.
_THOUSANDS: Final = r"(?:\d{1,3}(?:,\d{3})+|\d{4,})\b"
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered. Its search,
#: per event word, then takes some 40 % less time than with re.IGNORECASE on the text.)
_RUNNING_TOLL: Final = re.compile(
    rf"\b{_TOLL_HEAD}(?:\s+(?!(?:and|but|while|as|after|when)\b)[\w'’.,()-]+){{0,14}}?\s+{_LEVEL_REACHED}"
    # (the level may name its dead: "reaches 1,900 people killed"; or a with-phrase after it may count more of the
    # war's dead, in the thousands: "reaches 3,538, with over 60,000 people killed overall")
    rf"(?:\s+(?:an?\s+)?{_ABOUT}?\d[\d,]*(?:(?:\s+[\w-]+){{0,2}}?\s+(?:killed|dead)\b"
    rf"|,\s+with\s+{_ABOUT}?{_THOUSANDS}\s+(?:[\w-]+\s+){{0,2}}?(?:killed|dead|deaths)\b))?"
    # (a whole war's toll put at a level, whatever verb puts it there: "placing the death toll of the six-year
    # conflict at around 100,000 deaths"; "the toll of the conflict rises to 40" is a toll revised, news)
    rf"|(?:death[\s-]+)?tolls?\s+(?:of|in|from)\s+(?:the\s+|[\w'’.-]+['’]s\s+)?(?:[\w'’.-]+\s+){{0,3}}?"
    rf"{_WHOLE_WAR}\b(?!['’-]|\s+zones?\b)(?:\s+[\w'’.-]+){{0,3}}?\s+at\s+{_ABOUT}?\d[\d,]*"
    r"(?:\s+(?:people\s+)?(?:killed|dead|deaths)\b)?"
    # (a perfect whose place is a whole war, told as a tally: an estimate, a count in the thousands or a span of a
    # month after it: "are estimated to have been killed in the uprising", "2,000 people have died in the drug
    # war", "63 soldiers have died in the war during July"; "two soldiers have been killed in the war in the
    # east" is news)
    r"|(?:(?:are|is)\s+(?:now\s+)?(?:estimated|believed|thought|said)\s+to\s+have\s+(?:been\s+killed|died)\s+(?:in|during)\s+"
    rf"(?:the\s+|[a-z][\w'’.-]*['’]s\s+)?(?:[\w'’.-]+\s+){{0,3}}?{_WHOLE_WAR}\b"
    r"|(?:\d{1,3}(?:,\d{3})+|\d{4,}|thousands|hundreds)\s+(?:[\w'’.-]+\s+){0,5}?"
    r"(?:has|have|had)\s+(?:now\s+|reportedly\s+|so\s+far\s+|already\s+)?(?:been\s+killed|died)\s+(?:in|during)\s+"
    # (a toll in the thousands has died in "the fighting" of a war, not of one battle: "100,000 people have died in
    # the fighting"; "40 people have died in the fighting" is a battle's, news)
    rf"(?:the\s+|[a-z][\w'’.-]*['’]s\s+)?(?:[\w'’.-]+\s+){{0,3}}?(?:{_WHOLE_WAR}|fighting)\b"
    r"|(?:has|have|had)\s+(?:now\s+|reportedly\s+|so\s+far\s+|already\s+)?(?:been\s+killed|died)\s+(?:in|during)\s+"
    rf"(?:the\s+|[a-z][\w'’.-]*['’]s\s+)?(?:[\w'’.-]+\s+){{0,3}}?{_WHOLE_WAR}(?:\s+[\w'’.-]+){{0,3}}?\s+during\s+"
    rf"(?:the\s+month\s+of\s+)?{_MONTH_NAME.lower()}\b)"
    # (a side a relative clause describes by the dead it has left, in the tens of thousands: "the regime that has
    # killed 380,000 people", who the side is, no act of the news; "the militia that has killed 12 since Sunday" may
    # be news)
    rf"|\b(?:that|which|who)\s+(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?[\"“'‘]?(?:killed|left)\s+{_ABOUT}?"
    r"(?:\d{1,3},\d{3},\d{3}|[1-9]\d{1,2},\d{3}|[1-9]\d{4,})\b"
    # (people counted dead "so far" or "to date" in the thousands: "with 2,400 people dead so far", a running total)
    rf"|{_THOUSANDS}\s+(?:[\w-]+\s+)?(?:dead|killed)\s+(?:so\s+far|to\s+date|in\s+total|overall)\b"
    # (a tally over a month or more: "were killed during the previous month", "died during the month of May")
    # (or over the past months, years or decade, or a period of them: "murdered in the past decade", "killed over a
    # period of seven years")
    # (a superlative's or an ordinal's span is no tally's: "killed 12 in the deadliest attack in the past year", "is
    # killed, the 17th journalist shot in the past two years")
    r"|\b(?:killed|died|wounded|injured)\b(?:(?!\b(?:\w+est|worst|first|most|\d+(?:st|nd|rd|th)|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)[^.;:]){0,60}?\b(?:(?:during|over|for)\s+(?:the\s+|a\s+period\s+of\s+)?"
    r"|in\s+the\s+(?=past|last))"
    r"(?:(?:previous|past|last|whole|entire|first)\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    rf"\s+)?(?:months?|years?|decades?)\b")
#: What a running total is of: a whole war or a span of a month or more, or the record it sets.
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_LONG_SPAN_OR_WAR: Final = re.compile(rf"\b(?:{_WHOLE_WAR}|since|months?|years?|decades?|record|(?:19|20)\d\d|overall|"
                                      r"so\s+far|to\s+date|in\s+total)\b")
#: A span of a day or hours, which makes a toll an event's: "since Monday", "in two days of fighting".
#: (Every alternative starts a word: tested once in front, the regex engine leaves at once the ends of words; and
#: "today" is asked before the look-behinds, not they at every word: a third fewer instructions.) (Reads the folded
#: text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_DAY_SPAN: Final = re.compile(r"\b(?=\w)(?:today(?<!released\stoday)(?<!published\stoday)|yesterday|tonight|overnight|days?|hours?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                              r"this\s+week|last\s+night)\b")
_RUNNING_TOLL_NEEDLES: Final = frozenset({"toll", "deaths", "casualties", "dead", "fatalities", "died", "killed", "wounded",
                                          "injured"})
MAX_RUNNING_TOLL_REACH: Final = 220
MAX_SPAN_AFTER_LEVEL: Final = 60
_TOLL_HEAD_STARTS: Final = frozenset({"deat", "toll", "numb", "casu", "fata", "dead"})
#: One act, whose toll is its own however long the war: "the toll from the attack", "of Monday's bombing".
_ONE_ACT: Final = re.compile(r"\b(?:the|a|an|\w+['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:attack|bombing|blast|strike|airstrike|"
                             r"explosion|shooting|massacre|raid|ambush|assault|battle|crash|fire|stampede)\b", re.IGNORECASE)


#: Words _RUNNING_TOLL needs one of, asked of the whole text first (its search, per event word, is costly): a
#: whole war or a span of months or years (a tally's or a perfect's place), or a level reached together with
#: what _LONG_SPAN_OR_WAR then asks of a toll's level.
_WAR_OR_SPAN_NEEDLES: Final = frozenset({"war", "conflict", "uprising", "insurgency", "revolution", "intifada", "month",
                                         "year", "fighting"})
_LEVEL_NEEDLES: Final = frozenset({"reach", "exceed", "surpass", "passed", "top", "crossed", "fallen", "dropped", "stand",
                                   "stood", "now", "could", "record"})
_LONG_SPAN_NEEDLES: Final = _WAR_OR_SPAN_NEEDLES | {"since", "decade", "record", "19", "20", "overall", "far", "date",
                                                    "total",
                                                    # (a side's forces, whose toll in the thousands is a war's)
                                                    "forces", "troops", "soldiers", "personnel", "servicemen",
                                                    "service members", "military"}


#: Words of a relative perfect or of a total "so far", which _RUNNING_TOLL reads with no war or span named.
_TALLY_NEEDLES: Final = frozenset({"that has", "that have", "which has", "which have", "who has", "who have", "so far",
                                   "to date", "in total", "overall"})


def may_tell_a_running_toll(text: str) -> bool:
    """Whether `text` holds the words in_a_running_toll needs: a toll's word (_RUNNING_TOLL_NEEDLES), and a war
    or a span, or a level reached with a long span, or a relative perfect or a total so far."""
    return not absent(text, _RUNNING_TOLL_NEEDLES) and not (
        absent(text, _WAR_OR_SPAN_NEEDLES) and (absent(text, _LEVEL_NEEDLES) or absent(text, _LONG_SPAN_NEEDLES))
        and absent(text, _TALLY_NEEDLES))


# "the death toll of NATO forces reaches 3,000", "with the death toll among coalition personnel reaching 2,670": the
# dead of a side's forces told as a level in the thousands are what its war has cost it, a running total with no
# war named (no one day's act kills thousands of a force: "the toll among the soldiers reaches 40" is news).
_FORCES_TOLL: Final = re.compile(
    r"(?:death[\s-]+)?tolls?\s+(?:of|among|for)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:forces|troops|soldiers|"
    r"personnel|servicemen|service\s+members|military)\b", re.IGNORECASE)
_LEVEL_IN_THOUSANDS: Final = re.compile(rf"\s+{_ABOUT}?{_THOUSANDS}", re.IGNORECASE)


def _a_forces_toll_in_thousands(text: str, match: re.Match[str], sentence_end: int) -> bool:
    """Whether the running toll `match` (of _RUNNING_TOLL, ending at its level's verb) is of a side's forces (see
    _FORCES_TOLL), its level a count in the thousands and no one act named after it ("reached 1,200 in the attack")."""
    return (_FORCES_TOLL.match(text, match.start()) is not None
            and _LEVEL_IN_THOUSANDS.match(text, match.end()) is not None
            and _ONE_ACT.search(text, match.end(), min(sentence_end, match.end() + MAX_SPAN_AFTER_LEVEL)) is None)


def in_a_running_toll(text: str, event_start: int, event_end: int, sentence: tuple[int, int]) -> bool:
    """Whether the event word at event_start stands in a running toll of a whole war or a long span (see
    _RUNNING_TOLL), in a sentence (`sentence`: its span) that names no day or hours."""
    if not may_tell_a_running_toll(text):
        return False
    start = max(sentence[0], event_start - MAX_RUNNING_TOLL_REACH)
    end = min(sentence[1], event_end + MAX_RUNNING_TOLL_REACH)
    if _lacks(text[start:end], _RUNNING_TOLL_NEEDLES) or _DAY_SPAN.search(folded(text), sentence[0], sentence[1]) is not None:
        return False
    for match in _RUNNING_TOLL.finditer(folded(text), start, end):
        if match.start() > event_end:
            break
        if match.end() < event_start:
            continue
        # (the subject of a perfect or a tally stands before its match: "2,000 people have died in the war")
        # (the match's words are taken from the text, not the folded text the match was found in)
        told = text[match.start():match.end()]
        if told[:4].lower() in _TOLL_HEAD_STARTS and (
                (_LONG_SPAN_OR_WAR.search(folded(text), match.start(), min(sentence[1], match.end() + MAX_SPAN_AFTER_LEVEL)) is None
                 and not _a_forces_toll_in_thousands(text, match, sentence[1]))
                or _ONE_ACT.search(told) is not None):
            # a toll's level with no war or span, or of one act: "the death toll from the bombing reaches 40", "the
            # toll from the attack on the market in the war-torn city reaches 40"
            return False
        return True
    return False


# "the group's annual report states that in 2011, 105 people were killed by security forces", "UN figures show
# more than 1,000 people died in attacks during the month of May", "a report indicates that at least 60 people were
# killed in the state in March": the tolls of a report or of figures over a whole year or month are a tally of
# that period, a statistic (as a rate a year is: taxonomy.md), not news of an act. (A day named in the sentence
# may tell one: "a report says gunmen killed 12 on Monday"; and a month with its day is a date, "on 12 May".)
# (a report "of" something is word of it, no tally: "with reports of heavy gunfire continuing"; and a month "back in
# April" dates another thing than the toll: "despite a peace deal reached back in April")
# (a ranking of sides or places by their dead over the period is such a tally: "was the world's deadliest terrorist
# group in 2014, responsible for 6,664 deaths"; not an act ranked, "killed 60 in the deadliest attack in 2014"; and so
# is an index, a report's figures that rank places: "the index names the country the most affected by terrorism in
# 2023, with 1,907 deaths")
_REPORT_WORDS: Final = re.compile(r"\b(?:reports?|figures|statistics|data|annual|tally|survey|index)\b(?!\s+of\b)"
                                  r"|\bdeadliest\s+(?:[\w'’-]+\s+){0,2}?(?:group|organi[sz]ation|militia|country|nation|"
                                  r"city|region|year|place)s?\b", re.IGNORECASE)
_REPORT_NEEDLES: Final = frozenset({"report", "figures", "statistics", "data", "annual", "tally", "survey", "index",
                                    "deadliest"})
_WHOLE_PERIOD: Final = re.compile(
    rf"(?<!back\s)\b(?:in|during|for|over)\s+(?:the\s+(?:month|year)\s+of\s+)?(?:(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)"
    rf"|{_MONTH_NAME}\b(?!\s+\d))", re.IGNORECASE)


#: How far after a toll's word the figures it heads may end ("death-toll figures").
MAX_TOLL_TO_FIGURES_CHARS: Final = 20


def tallied_over_a_period(text: str, event_start: int, sentence: tuple[int, int]) -> bool:
    """Whether the event word at event_start is told after a report's or figures' word, in a sentence
    (`sentence`) that tallies over a whole year or month (see _REPORT_WORDS and _WHOLE_PERIOD) and names no day
    or hours (_DAY_SPAN)."""
    # (or right after it, the toll a noun of the figures: "UN death-toll figures show")
    if absent(text, _REPORT_NEEDLES) or _REPORT_WORDS.search(
            folded(text), sentence[0], min(sentence[1], event_start + MAX_TOLL_TO_FIGURES_CHARS)) is None:
        return False
    return _WHOLE_PERIOD.search(text, sentence[0], sentence[1]) is not None and (
        _DAY_SPAN.search(folded(text), sentence[0], sentence[1]) is None)


# "the gunman in the mosque shootings is sentenced to life", "the bomber was identified as a local man",
# "the gunmen behind the raid were charged": an attacker named with "the" as the subject of a verb of a
# case or an inquiry is a person known by an earlier act, not an attack told. ("A gunman is on the loose",
# "the gunman opened fire" tell one.)
_ATTACKER_NOUN: Final = re.compile(r"(?:gunm[ae]n|bombers?|shooters?|attackers?|assailants?|killers?)$", re.IGNORECASE)
#: Words that say which of the attackers, or how he is now: "the lone gunman", "the last surviving gunman", "the
#: deceased gunman".
_ATTACKER_STATE: Final = r"(?:(?:alleged|suspected|accused|lone|convicted|deceased|dead|last|surviving)\s+){0,2}"
_DEFINITE_ATTACKER_BEFORE: Final = re.compile(rf"\b(?:the|its|their)\s+{_ATTACKER_STATE}$", re.IGNORECASE)
# (the phrase that says which act he is known by may name its place in full, commas and all, but opens no clause: "the
# gunman in the May 23 killings in Santa Barbara, California, is named"; "the gunman in the raid, who shot two guards,
# was arrested" tells the shooting)
_ATTACKERS_ACT_PHRASE: Final = (r"\s+(?:in|behind|of|from|at)\s+(?:(?!(?:who|whom|whose|which|that|and|but|as|while|after)\b)"
                                r"[\w'’.,-]+\s+){0,9}?[\w'’.-]+")
_CASE_VERB_AFTER: Final = re.compile(
    rf"(?P<phrase>{_ATTACKERS_ACT_PHRASE})?,?\s+"
    r"(?:(?:is|was|were|are|has\s+been|have\s+been|had\s+been)\s+(?:formally\s+|later\s+|now\s+|also\s+)?"
    r"(?:sentenced|charged|convicted|indicted|identified|named|arrested|detained|jailed|extradited|tried|acquitted|"
    r"buried)|(?:pleads|pleaded|pled)\s+(?:not\s+)?guilty|(?:goes|went)\s+on\s+trial"
    r"|(?:appears|appeared)\s+in\s+court"
    # (an appeal or a verdict of his own: "launches an appeal against his death sentence", "receives a guilty verdict")
    r"|(?:launch(?:es|ed)|fil(?:es|ed)|los(?:es|t)|w(?:ins|on))\s+(?:an|his|her|their)\s+appeal"
    r"|receiv(?:es|ed)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:verdict|sentence))\b",
    re.IGNORECASE)
# "police identify the gunman as a local man", "names the deceased attacker of four students as": an attacker named as
# known who is the object of an identification is a person known by an earlier act, as its passive subject is
_IDENTIFIED_ATTACKER_BEFORE: Final = re.compile(
    rf"\b(?:identif(?:y|ies|ied)|names|named)\s+(?:the|its|their)\s+{_ATTACKER_STATE}$", re.IGNORECASE)
_AS_AFTER: Final = re.compile(rf"(?P<phrase>{_ATTACKERS_ACT_PHRASE})?,?\s+as\b", re.IGNORECASE)


#: The attacker's case named by its possessive: "the supermarket gunman's death penalty trial".
_CASE_OF_ATTACKER_AFTER: Final = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:trial|retrial|sentencing|hearing|case|appeal|extradition|verdict|prosecution)\b",
    re.IGNORECASE)


def _known_attackers_case(text: str, noun_start: int, noun_end: int) -> re.Match[str] | None:
    """The case or the identification an attacker noun named as known stands in, from the noun's end (see
    _CASE_VERB_AFTER and _IDENTIFIED_ATTACKER_BEFORE), or None."""
    window = max(0, noun_start - 40)
    if _DEFINITE_ATTACKER_BEFORE.search(text, window, noun_start) is not None:
        case = _CASE_VERB_AFTER.match(text, noun_end)
        if case is not None:
            return case
    if _IDENTIFIED_ATTACKER_BEFORE.search(text, window, noun_start) is not None:
        return _AS_AFTER.match(text, noun_end)
    return None


def attacker_in_a_case(text: str, event_start: int, event_end: int) -> bool:
    """Whether the attacker noun at event_start, named with "the", is the subject of a verb of a case or
    an inquiry (see _CASE_VERB_AFTER) or the object of an identification, or whether it names, in the
    possessive, the case itself."""
    if _ATTACKER_NOUN.search(text, event_start, event_end) is None:
        return False
    return _known_attackers_case(text, event_start, event_end) is not None or (
        _CASE_OF_ATTACKER_AFTER.match(text, event_end) is not None)


# "the gunman in the mosque shootings is sentenced to life", "the last surviving gunman from the Mumbai attacks
# launches an appeal": the act in the phrase that says which attacker a known one is, where he stands in a case or an
# identification (see attacker_in_a_case), is the act he is known by, told before; the case is the news.
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_ATTACKER_AND_PHRASE_BEFORE: Final = re.compile(
    r"\b(?P<noun>gunm[ae]n|bombers?|shooters?|attackers?|assailants?|killers?)\s+(?:in|behind|of|from|at)\s+"
    r"(?:[\w'’.,-]+\s+){0,9}?$")
#: How far before the act the attacker noun of its phrase may stand.
MAX_ATTACKERS_PHRASE_CHARS: Final = 110


def known_attackers_act(text: str, event_start: int, event_end: int, sentence_start: int) -> bool:
    """Whether the event word text[event_start:event_end] is in the phrase that says which act a known attacker in
    a case or an identification is known by (see _known_attackers_case)."""
    if absent(text, _ATTACKER_NEEDLES):
        return False
    before = _ATTACKER_AND_PHRASE_BEFORE.search(folded(text), max(sentence_start, event_start - MAX_ATTACKERS_PHRASE_CHARS),
                                                event_start)
    if before is None:
        return False
    case = _known_attackers_case(text, before.start("noun"), before.end("noun"))
    return case is not None and case.group("phrase") is not None and case.end("phrase") >= event_end


_KNOWN_EVENT_NEEDLES: Final = frozenset({"attacks", "bombings", "shootings", "killings", "stabbings", "massacre"})
_SINCE_NEEDLES: Final = frozenset({"since"})
_DESTROY_NEEDLES: Final = frozenset({"destroy", " fire", "burn"})


# "claims that a suicide bombing that wounded his security chief was planned in the border city", "an air
# strike that hit a clinic last autumn did not amount to a war crime", "says the drone attacks on its oil plants
# were sponsored by its rival": an act named by a noun as the subject of a predicate on how it was prepared
# (planned, plotted, ordered, financed, sponsored) or what it amounted to ("was an act of war", "was
# illegal") is an act known before; who prepared it or what it was is the news. (The act as a verb, "gunmen killed
# 20 in a raid that was planned abroad", reports the killing; only a noun after a determiner is the subject.)
_FINDING_NEEDLES: Final = frozenset({"planned", "plotted", "masterminded", "ordered", "organised", "organized",
                                     "financed", "orchestrated", "sponsored", "backed", "instigated", "commissioned",
                                     "amount", "act of", "crime", "violation", "breach", "legal", "lawful",
                                     "justified", "aimed at", "directed at", "targeted at", "set off", "detonated",
                                     "triggered"})
#: The determiners of an act noun as a subject, one of the last three words before it ("a suicide bombing",
#: "the air strike", "an air strike": looked up in a set, not searched by a regex, for every act word).
_SUBJECT_DETERMINERS: Final = frozenset({"a", "an", "the", "this", "that", "its", "their", "(a", "(the"})
_FINDING_PREDICATE_AFTER: Final = re.compile(
    r"(?:[^.;:!?]{0,90}?)\s(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:allegedly\s+|reportedly\s+)?"
    r"(?:planned|plotted|masterminded|ordered|organi[sz]ed|financed|orchestrated|sponsored|backed|instigated|"
    r"commissioned)\s+(?:in|from|by|at|abroad)\b"
    r"|(?:did\s+not\s+|does\s+not\s+|do\s+not\s+)?amount(?:s|ed)?\s+to\b"
    # (a name given to it: "says the assassination of the general was an act of war", "calls ... a war crime")
    r"|(?:was|were|is|are)\s+(?:not\s+)?(?:an?\s+)?(?:act\s+of\s+(?:war|terror|terrorism|aggression)|war\s+crimes?|"
    r"crimes?\s+against\s+humanity|violation\s+of|breach\s+of|illegal|unlawful|unjustified|justified|legal|lawful)\b"
    # (or what it was aimed at, where a full date ends its description: "says an air strike that killed 16 guests
    # at a wedding on 14 February was aimed at militants" judges an act dated before; "the strike, which killed
    # 16, was aimed at militants, the army said" may be its first report)
    rf"|on\s+(?:\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}})(?:,?\s+(?:19|20)\d\d)?\s+(?:was|were)\s+"
    r"(?:aimed|directed|targeted)\s+at\b"
    # (or how it was set off, where a day a week or more gone ends its description: "investigators say the car bomb
    # that exploded outside the prison last Wednesday was set off remotely" find the means of an act known before;
    # "a car bomb that was detonated remotely killed 12" tells the act)
    rf"|(?:last\s+(?:week|month|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on\s+(?:\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}}))"
    r"(?:,?\s+(?:19|20)\d\d)?\s+(?:was|were|had\s+been)\s+(?:remotely\s+)?(?:set\s+off|detonated|triggered)\b)")
MAX_SUBJECT_CHARS: Final = 40
#: How far after the act its predicate may end (the 90 characters of _FINDING_PREDICATE_AFTER and the predicate).
MAX_FINDING_TAIL_CHARS: Final = 130


# "a rights commission finds that soldiers killed 45 civilians in January", "rights group finds army jet hit
# wedding": an act told as the content of a finding (what a body finds, concludes or determines, in a clause
# after the verb) is the finding's matter, an act known before; the finding is the news. The clause opens with
# "that", or, in a headline that drops it, with its subject and the act as its verb. (The verbs in the present
# only, bare: "found" is also a discovery, "police found the bodies of two men who were shot"; perfect and -ing
# forms with "that" only: "the group has found that troops killed civilians", "a report concluding that the regime
# used chemical weapons". The simple past is left to tell the act: "inspectors concluded that chlorine was used
# as a weapon in the town" reads as its report, test_wire_phrasings.py.) The finding's
# subject may run to seven words before the act: "that the flight from the capital to the coast was shot down".
_FINDING_VERB_BEFORE: Final = re.compile(
    r"\b(?P<verb>finds|concludes|determines|establishes|concluding|(?:has|have|had)\s+(?:also\s+|now\s+)?"
    r"(?:found|concluded|determined|established))\s+"
    r"(?P<that>that\s+)?"
    r"(?:(?!(?:and|but|as|while|when|after|before|because|if)\b)[\w'’.-]+\s+){1,7}?$", re.IGNORECASE)
#: The forms of a finding verb that read as one with no "that" after them (see _FINDING_VERB_BEFORE).
_BARE_FINDING_VERBS: Final = frozenset({"finds", "concludes", "determines", "establishes"})
_FINDING_VERB_NEEDLES: Final = frozenset({"finds", "concludes", "determines", "establishes", "found that",
                                          "concluded that", "concluding that", "determined that", "established that"})
MAX_FINDING_SUBJECT_CHARS: Final = 80

# "evidence smuggled out of the country indicates the use of chemical weapons", "a paper reports continued use of
# chemical weapons by the regime", "claims to possess documentation of the use of chemical weapons": a use of
# weapons as the object of a word of proof or confirmation is a use established after the fact, an act known
# before; the proof is the news. (A use told with its day or its toll is news of the act, whoever tells it: "the
# monitor reports the use of chemical weapons in the town on Tuesday, killing 12".)
_WEAPON_USE_WORDS: Final = ("use of", "used ")
#: The needles of _WEAPON_USE_WORDS, asked of the whole text (text_cues) with the finding verbs.
_WEAPON_USE_NEEDLES: Final = frozenset(_WEAPON_USE_WORDS)
_ESTABLISHED_USE_BEFORE: Final = re.compile(
    r"\b(?:confirm(?:s|ed|ing)?|reports?|reported|evidence|documentation|documents|proof|indicat(?:e|es|ed|ing)|"
    r"establish(?:es|ed|ing)?|prov(?:e|es|ed|ing))\s+(?:of\s+)?(?:the\s+)?"
    r"(?:(?:continued|repeated|widespread|systematic|further)\s+)?$", re.IGNORECASE)
MAX_ESTABLISHED_USE_CHARS: Final = 40


def _use_established(text: str, event: Hit, sentence: tuple[int, int]) -> bool:
    """Whether the weapon-use words of `event` ("use of chemical weapons") are the object of a word of proof or
    confirmation (see _ESTABLISHED_USE_BEFORE), in a sentence that names no near day and counts no toll."""
    window = max(sentence[0], event.start - MAX_ESTABLISHED_USE_CHARS)
    return (_ESTABLISHED_USE_BEFORE.search(text, window, event.start) is not None
            and _NEAR_DAY.search(text, sentence[0], sentence[1]) is None
            and _TOLL_COUNTED_AFTER.match(text, event.end, sentence[1]) is None)


def told_in_a_finding(text: str, hits: list[Hit], index: int, sentence: tuple[int, int], in_title: bool,
                      quiet: Set[int] = frozenset()) -> bool:
    """Whether the event word hits[index] tells the content of a finding (see _FINDING_VERB_BEFORE), or a use of
    weapons established after the fact (see _ESTABLISHED_USE_BEFORE), where the sentence tells no violence or
    casualty of its own before it."""
    event = hits[index]
    if event.text.lower().startswith(_WEAPON_USE_WORDS) and _use_established(text, event, sentence):
        return _no_harm_before(hits, index, sentence, quiet)
    # (the finding verbs asked of the whole text first, its answer kept: most texts have none)
    if absent(text, _FINDING_VERB_NEEDLES):
        return False
    window = max(sentence[0], event.start - MAX_FINDING_SUBJECT_CHARS)
    if _lacks(text[window:event.start], _FINDING_VERB_NEEDLES):
        return False
    finding = _FINDING_VERB_BEFORE.search(text, window, event.start)
    if finding is None or crosses_clause(text, finding.start(), event.start):
        return False
    if finding.group("that") is None and (finding.group("verb").lower() not in _BARE_FINDING_VERBS
                                          or not own_verb(text, event.start, in_title)):
        return False  # ("army finds 12 bodies in a mass grave" is a discovery, no finding's clause)
    return _no_harm_before(hits, index, sentence, quiet)


def _no_harm_before(hits: list[Hit], index: int, sentence: tuple[int, int], quiet: Set[int]) -> bool:
    """Whether no word of harm, unless quieted, stands before hits[index] in its sentence."""
    return not any(not _HARM.isdisjoint(hit.categories) and hit.start not in quiet
                   for hit in hits[:index] if hit.start >= sentence[0])


# "the army is investigating whether its troops killed two farmers", "military police investigate charges that an
# officer shot a girl as she lay wounded", "agents probe for evidence that the student took part in the bombings":
# an act in the question an inquiry asks, whether it happened or the charge that it did, is under question, not
# reported; the inquiry is the news. (A charge or a report under inquiry that dates its act by a near day may be
# the act's first report: "investigating reports that troops killed ten villagers on Sunday" alerts; a question
# is asked, "whether", whatever its day.)
_INQUIRY_NEEDLES: Final = frozenset({"investigat", "inquir", "probe", "probing", "examin", "looking into",
                                     "looks into", "look into", "verif", "ascertain"})
_UNDER_INQUIRY_BEFORE: Final = re.compile(
    r"\b(?:investigat(?:es?|ed|ing|ions?)|inquir(?:es?|ed|ing|y|ies)|prob(?:es?|ed|ing)|examin(?:es?|ed|ing|ations?)|"
    r"look(?:s|ed|ing)?\s+into|verif(?:y|ies|ied|ying)|ascertain(?:s|ed|ing)?)\s+(?:(?:of|into)\s+)?"
    r"(?:(?P<charge>(?:the\s+)?(?:charges?|allegations?|claims?|reports?|accusations?|suspicions?)\s+that|"
    r"(?:for\s+)?evidence\s+that)|(?P<question>whether|if))\s", re.IGNORECASE)
#: Where the question's clause ends: a semicolon or a colon, or a clause joined by a comma and a conjunction.
_QUESTION_ENDS: Final = re.compile(r"[;:]|,\s+(?:and|but|as|while|when|after|before|although|though|whereas)\b",
                                   re.IGNORECASE)
MAX_INQUIRY_CHARS: Final = 160
#: An inquiry's participle that no auxiliary carries describes people of the main clause, whose verb may come after
#: the question: "detectives investigating whether the fire was arson were shot at" (the shooting is news).
_PARTICIPLE_CARRIED_BEFORE: Final = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being|['’]s|['’]re)\s+(?:(?:still|now|also|currently|already)\s+)?$",
    re.IGNORECASE)


def may_ask_an_inquirys_question(text: str) -> bool:
    """Whether `text` holds a word of inquiry that under_inquiry needs."""
    return not absent(text, _INQUIRY_NEEDLES)


def under_inquiry(text: str, hits: list[Hit], index: int, sentence: tuple[int, int], quiet: Set[int]) -> bool:
    """Whether the event word hits[index] is in the question an inquiry asks before it in its sentence (see
    _UNDER_INQUIRY_BEFORE), which no harm of the sentence's own comes before."""
    event = hits[index]
    inquiry = None
    for match in _UNDER_INQUIRY_BEFORE.finditer(text, max(sentence[0], event.start - MAX_INQUIRY_CHARS), event.start):
        inquiry = match  # (the last one before the event word)
    if inquiry is None or _QUESTION_ENDS.search(text, inquiry.end(), event.start) is not None:
        return False
    word_end = inquiry.start() + len(inquiry.group().split(None, 1)[0])
    if text[inquiry.start():word_end].lower().endswith("ing") and _PARTICIPLE_CARRIED_BEFORE.search(
            text, max(sentence[0], inquiry.start() - 24), inquiry.start()) is None:
        return False
    if inquiry.group("charge") is not None and _NEAR_DAY.search(text, inquiry.end(), sentence[1]) is not None:
        return False
    return _no_harm_before(hits, index, sentence, quiet)


# "Human Rights Watch says the army has used cluster bombs in villages during its offensive", "UN investigators
# say government forces continue to shell hospitals", "a report from Amnesty International blames the
# coalition's air strikes for the flight of thousands": a rights group's or a UN body's report of a side's
# conduct in a war is a finding made after the acts, which it sums up; the report is the news. A report that
# counts a toll ("Human Rights Watch says militias killed more than 40 civilians in the villages", "UNICEF says
# dozens of children were killed", "Amnesty says soldiers shot dead a boy") or names a near day ("... shelled
# the town on Tuesday") tells acts as their first report does: news.
_MONITOR_NEEDLES: Final = frozenset({"human rights watch", "hrw", "amnesty", "unicef", "ocha", "unhcr",
                                     "refugees international", "investigators", "commission of inquiry",
                                     "high commissioner for human rights", "coordination of humanitarian affairs"})
_MONITOR: Final = (
    r"(?:Human\s+Rights\s+Watch|HRW|Amnesty\s+International|UNICEF|OCHA|UNHCR|Refugees\s+International"
    r"|(?:UN|U\.N\.|United\s+Nations)(?:\s+human\s+rights)?\s+(?:investigators|commission\s+of\s+inquiry)"
    r"|(?:UN|U\.N\.|United\s+Nations)?\s*High\s+Commissioner\s+for\s+Human\s+Rights"
    r"|Office\s+for\s+the\s+Coordination\s+of\s+Humanitarian\s+Affairs)")
#: The monitor as the teller of its sentence: named in its opening words, a verb of telling or finding after it.
_MONITOR_TELLS: Final = re.compile(
    _MONITOR + r"(?:\s*\([^)]{1,12}\))?[^.;:]{0,60}?\b(?:says?|said|reports?|reported|claims?|claimed|alleges?|alleged|"
    r"accuses|accused|confirms|confirmed|finds|found|documents|documented|blames|blamed|raises|publishes|published|"
    r"releases|released)\b", re.IGNORECASE)
#: How far into its sentence the monitor may be named to be its teller ("US-based Human Rights Watch says", "A
#: report from Refugees International blames").
MAX_MONITOR_OPENING_CHARS: Final = 50
#: A day of a month in the report's sentence dates one act, which a monitor may report first: "UN investigators say
#: jets bombed a clinic in the town on 3 May".
_DAY_OF_MONTH: Final = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b")
#: "Amnesty said on Thursday that the army had used cluster munitions during its offensive", "HRW on Monday said":
#: a day in the monitor's own words or right after its verb dates the report, not the acts it tells (a day's
#: possessive names an act: "said Monday's shelling hit a school").
_DAY_OF_THE_TELLING_AFTER: Final = re.compile(r"\s+(?:on\s+)?(?:(?:last|this)\s+)?(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|"
                                              r"[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|[Yy]esterday|[Tt]oday)\b(?!['’]s)")
#: One act told, not a conduct: an act named with "a" or a count ("an air strike", "two bombings"), or done to a
#: target so named ("attacked a camp", "hit two hospitals", "a school was shelled"). A monitor may be its first
#: teller: "the UN refugee agency says gunmen attacked a camp in the west". (Conduct is told by bare plurals: "bomb
#: hospitals", "destroyed homes and villages", "used cluster bombs in civilian areas".)
_ONE: Final = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_ONE_ACT_TOLD: Final = re.compile(
    rf"\b{_ONE}\s+(?:[\w-]+\s+){{0,2}}?(?:air\s*strikes?|airstrikes?|drone\s+strikes?|strikes?|attacks?|bombings?|"
    r"raids?|shelling|explosions?|blasts?|ambush(?:es)?|massacres?)\b"
    rf"|\b(?:hit|hits|struck|strikes|attacked|attacks|shelled|shells|bombed|bombs|stormed|raided|targeted|"
    rf"fired\s+(?:on|at|into))\s+{_ONE}\s"
    r"|\ban?\s+(?:[\w-]+\s+){0,4}?(?:was|were)\s+(?:shelled|bombed|hit|struck|attacked|stormed|raided|targeted)\b",
    re.IGNORECASE)
#: A toll of the report's own: a count, a vague amount or one person ("a boy") next to a word of harm, or told by the
#: treatment of the hurt ("at least 30 other people were treated for gunshot wounds", "12 were hospitalised").
_AMOUNT: Final = rf"(?:{QUALIFIED_NUMBER_PATTERN}|dozens|scores|hundreds|thousands|several|many|an?)"
_REPORTED_TOLL: Final = re.compile(
    rf"(?<!\w){_AMOUNT}\s+(?:[\w-]+\s+){{0,3}}?(?:(?:were|are|have\s+been|had\s+been)\s+)?"
    r"(?:killed|dead|died|deaths|wounded|injured|casualties|executed|massacred|shot|treated|hospitali[sz]ed)\b"
    rf"|\b(?:killed|killing|kills|wounded|wounding|injured|injuring|executed|executing|shot|deaths\s+of|lists)\s+"
    rf"(?:[\w-]+\s+)?{_AMOUNT}(?!\w)", re.IGNORECASE)


def may_tell_a_monitors_report(text: str) -> bool:
    """Whether `text` names a monitor that told_in_a_monitors_report needs."""
    return not absent(text, _MONITOR_NEEDLES)


def told_in_a_monitors_report(text: str, event_start: int, sentence: tuple[int, int]) -> bool:
    """Whether the event word at event_start tells what a rights group's or a UN body's report, told by the
    opening words of its sentence, found of a side's conduct, with no toll of its own and no near day (see
    _MONITOR_TELLS)."""
    opening = min(event_start, sentence[0] + MAX_MONITOR_OPENING_CHARS)
    tells = _MONITOR_TELLS.search(text, sentence[0], event_start)
    if tells is None or tells.start() > opening:
        return False
    told_day = _DAY_OF_THE_TELLING_AFTER.match(text, tells.end())
    return (
        _REPORTED_TOLL.search(text, sentence[0], sentence[1]) is None
        and _NEAR_DAY.search(text, sentence[0], tells.start()) is None
        and _NEAR_DAY.search(text, told_day.end() if told_day else tells.end(), sentence[1]) is None
        and _DAY_OF_MONTH.search(text, sentence[0], sentence[1]) is None
        and _ONE_ACT_TOLD.search(text, tells.end(), sentence[1]) is None)


def subject_of_a_finding(text: str, event_start: int, event_end: int, sentence_end: int) -> bool:
    """Whether the act noun at event_start is the subject of a predicate on how it was prepared or what it
    amounted to (see _FINDING_PREDICATE_AFTER), in its sentence."""
    # (cheap tests first, for every act word: a verb of being or "amount" after it, then the determiner;
    # then the words of a finding, asked once per text, and the predicate itself)
    tail = text[event_end:min(sentence_end, event_end + MAX_FINDING_TAIL_CHARS)]
    if " wer" not in tail and " wa" not in tail and " is " not in tail and " are " not in tail and (
            "amount" not in tail and " been " not in tail):
        return False
    words = text[max(0, event_start - MAX_SUBJECT_CHARS):event_start].split()[-3:]
    return any(word.lower() in _SUBJECT_DETERMINERS for word in words) and (
        not absent(text, _FINDING_NEEDLES)) and _FINDING_PREDICATE_AFTER.match(text, event_end, sentence_end) is not None


# "protest after the kingdom used a sword to behead a maid without telling them it planned to execute her",
# "bans work there following the execution of a maid who was beheaded": a killing that its sentence calls an
# execution, or ties to a conviction or a death sentence, where no armed group or force is named, is a
# sentence carried out by a state: capital punishment, no armed violence. ("Militants executed 20
# prisoners by beheading", "troops executed villagers", "an execution-style killing" name armed doers or
# call a murder by the name of its manner.)
_PUNISHMENT_NEEDLES: Final = frozenset({"execut", "convicted", "death sentence", "sentenced to death", "death row",
                                        "death penalty", "charges of", "charge of", "for killing", "for murder",
                                        "for the killing", "for the murder"})
# (and the crime it punishes, told after the killing: "a woman is beheaded for killing her employer", "a man is
# beheaded on charges of sorcery"; a beheading by no armed doer for a crime, or on a charge, is a sentence)
_PUNISHMENT: Final = re.compile(r"\b(?:execut(?:e|es|ed|ing|ion|ions)\b(?![\s-]*style)|convicted|death\s+sentence|"
                                r"sentenced\s+to\s+death|death\s+row|death\s+penalty|on\s+(?:the\s+)?charges?\s+of|"
                                r"for\s+(?:the\s+)?(?:killing|murder(?:ing|s)?)\b)", re.IGNORECASE)
_PUNISHED_KILLINGS: Final = ("behead", "was executed", "were executed")
_ARMED_DOERS: Final = frozenset({"armed_group", "named_group", "state_force"})


def carries_out_a_sentence(text: str, hits: list[Hit], index: int, sentence: tuple[int, int]) -> bool:
    """Whether the killing word hits[index] (a beheading or "was executed") is capital punishment: its
    sentence names an execution, a conviction or a death sentence and no armed doer (see _PUNISHMENT)."""
    killing = hits[index]
    if not killing.text.lower().startswith(_PUNISHED_KILLINGS) or absent(text, _PUNISHMENT_NEEDLES):
        return False
    # (a word of punishment besides the killing word: "12 hostages were executed" names no sentence)
    return (_PUNISHMENT.search(text, sentence[0], killing.start) is not None
            or _PUNISHMENT.search(text, killing.end, sentence[1]) is not None) and all(
        _ARMED_DOERS.isdisjoint(hit.categories) for hit in hits)


# "files an application to formally declare the diplomat (born in 1912) to be dead", "a court declares the
# missing sailors legally dead": a death declared by a legal act is the status of someone missing, no
# report of a killing. ("Declared dead at the scene", a death stated by medics, and "presumed dead after
# their boat was shelled", a death feared, are left to tell their cause.)
_DECLARED_NEEDLES: Final = frozenset({"declare", "legally dead"})

# An act stopped before it was done is a foiled one (taxonomy: a threat), though no foil word of the vocabulary
# names it:
# - a device as the object of "defuse" ("police defuse a car bomb near the farmhouse"): made safe, it never went
#   off (the bare verb is no foil word, as "defused" is: its object is mostly tensions or a crisis);
# - an act right after "failed to" ("the bomber fails to detonate his vest", "the device failed to explode");
# - an attacker named by the act he came to do ("a suicide bomber", "a gunman"), who is stopped, caught or
#   arrested on his way or before he acts, as the object of that verb or its passive subject ("guards stopped a
#   suicide bomber from setting off his bomb", "a suicide bomber is arrested on his way to the city").
# An attacker caught with no such words is a person named, no act and no plot ("the gunman was arrested",
# "marines arrest seven gunmen suspected in the massacre"): what he did is told by its own words and stays an
# act ("police arrested the gunman who shot dead three guards", "the gunmen were arrested after they stormed
# the bank"). (An attacker by whom something is done is the doer: "forces are overpowered by gunmen".)
_STOPPED_NEEDLES: Final = frozenset({"efus", "fail", "stopped", "arrest", "caught", "detain", "apprehend",
                                     "intercept", "overpower", "subdue"})
_DEFUSED_BEFORE: Final = re.compile(r"\bdefus(?:e|es|ing)\s+(?:(?:a|an|the|his|her|their|two|three|several|\d+)\s+)?"
                                    r"(?:[\w'’-]+\s+)?$", re.IGNORECASE)
_FAILED_TO_BEFORE: Final = re.compile(r"\b(?:fails?|failed|failing)\s+to\s+$", re.IGNORECASE)
_ATTACKER_NOUNS: Final = ("bomber", "bombers", "gunman", "gunmen", "attacker", "attackers", "assailant", "assailants")
_STOPPING_VERBS: Final = (r"(?:stop(?:s|ped|ping)?|arrest(?:s|ed|ing)?|caught|catch(?:es|ing)?|detain(?:s|ed|ing)?|"
                          r"apprehend(?:s|ed|ing)?|intercept(?:s|ed|ing)?|overpower(?:s|ed|ing)?|subdu(?:e|es|ed|ing))")
_STOPPED_ATTACKER_BEFORE: Final = re.compile(
    rf"\b{_STOPPING_VERBS}\s+(?!by\b)(?:(?:a|an|the|two|three|four|several|\d+)\s+)?(?:(?!by\b)[\w'’-]+\s+){{0,3}}?$",
    re.IGNORECASE)
#: What tells the attacker was stopped before he acted: "on his way", "from setting off", "before he could".
_BEFORE_HE_ACTED: Final = re.compile(r"[^.;:!?]{0,60}?\b(?:on\s+(?:his|her|their|its)\s+way|from\s+\w+ing|before\s+"
                                     r"(?:he|she|they|it)\s+(?:could|was\s+able|were\s+able)|as\s+(?:he|she|they)\s+tried)\b",
                                     re.IGNORECASE)
_STOPPED_ATTACKER_AFTER: Final = re.compile(
    rf"\s+(?:(?:is|was|are|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?{_STOPPING_VERBS}\b|"
    r"(?:fails?|failed)\s+to\b)", re.IGNORECASE)


# The aim of a move of forces is no act told: what they are sent, deployed or arrive for has not happened through
# them (a mobilization, taxonomy.md):
# - "sends special forces to help local forces fight the militants", "advisers helping army troops fight the
#   insurgents", "troops to assist the police in fighting the gangs": a fight that forces are sent or there to help
#   others with (as "to help fight" is: taxonomy.toml's hypothetical), whoever is named as the helped;
# - "thousands of troops arrive to start a new offensive", "sends more tanks to reinforce the offensive", "deploys
#   troops to join the assault on the city": an act named as what a move is for; one to be started or resumed is a
#   threat, one to be joined, backed or continued an aim.
# (A fight or an act told by its own verb stays one: "the advisers fought beside the troops", "the offensive
# continues"; so does a toll: "helping the army fight the rebels, killing 30", "to reinforce an offensive that has
# killed 200".)
_FIGHT_WORDS: Final = frozenset({"fight", "fighting", "combat", "combating", "combatting", "battle", "battling"})
_HELPED_BEFORE: Final = re.compile(
    r"\b(?:help(?:s|ed|ing)?|assist(?:s|ed|ing)?|support(?:s|ed|ing)?|train(?:s|ed|ing)?|advis(?:e|es|ed|ing))\s+"
    r"(?:(?!(?:and|but|or|after|as|while|when|where|who|which|that)\s)[\w'’.-]+\s+){1,5}?(?:(?:to|in)\s+)?$",
    re.IGNORECASE)
#: Verbs of an act begun, after "to" in a move's aim: the act is to come.
_STARTED: Final = r"(?:start|begin|launch|open|mount|resume|renew|prepare\s+for)"
#: Verbs of an act backed or carried on: the act is the aim, no act of the forces moved.
_BACKED: Final = (r"(?:join|reinforce|support|back|bolster|boost|strengthen|continue|press(?:\s+on\s+with)?|"
                  r"step\s+up|intensify|expand|widen|take\s+part\s+in|help(?:\s+with)?|lead|spearhead)")
_MOVE_AIM_BEFORE: Final = re.compile(
    r"\b(?:sen(?:d|ds|t|ding)|dispatch(?:es|ed|ing)?|(?:re)?deploy(?:s|ed|ing)?|airlift(?:s|ed|ing)?|"
    r"rush(?:es|ed|ing)?|mov(?:e|es|ed|ing)|transferr?(?:s|ed|ing)?|a?mass(?:es|ed|ing)?|arriv(?:e|es|ed|ing)|"
    r"mobili[sz](?:e|es|ed|ing)|head(?:s|ed|ing)?)\b"
    r"(?:\s+(?!(?:and\s+then|but|after|as|while|when|where|who|which|that|because|since|amid)\b)[\w'’.,-]+){0,12}?"
    rf"\s+(?:in\s+order\s+)?to\s+(?:\w+ly\s+)?(?:(?P<started>{_STARTED})|{_BACKED})\s+"
    r"(?:(?!(?:and|but|or|after|as|while|when|who|which|that)\s)[\w'’-]+\s+){0,3}?$", re.IGNORECASE)
_MOVE_NEEDLES: Final = frozenset({"send", "sent", "dispatch", "deploy", "airlift", "rush", "mov", "transfer", "mass",
                                  "arriv", "mobili", "head"})
MAX_MOVE_AIM_CHARS: Final = 160


def aim_of_a_move(text: str, start: int, end: int) -> str | None:
    """The scope of the violent word text[start:end] where it is the aim of a move of forces (see _HELPED_BEFORE
    and _MOVE_AIM_BEFORE): "modal" for an act to be started, "hypothetical" for a fight helped or an act joined,
    backed or continued; else None."""
    if text[start:end].lower() in _FIGHT_WORDS and _HELPED_BEFORE.search(text, max(0, start - 80), start) is not None:
        return "hypothetical"
    if absent(text, _MOVE_NEEDLES) or " to " not in text[max(0, start - 80):start]:
        return None
    match = _MOVE_AIM_BEFORE.search(text, max(0, start - MAX_MOVE_AIM_CHARS), start)
    if match is None:
        return None
    return "modal" if match.group("started") else "hypothetical"


# "Further attacks are imminent", "a new mass attack may be imminent", "a strike on the country may come within
# days": an act that is the subject of a predicate of what is to come is a possibility (a threat), as "an imminent
# attack" is, though the modal stands after it, where no cue before the word can govern it. (An act with a verb
# of its own is told: "a strike hit the depot; more may come" tells the strike. A prediction, "a battle will take
# place", is left to the other rules: it is told of acts that have begun as often as of acts to come.)
_TO_COME_NEEDLES: Final = frozenset({"imminent", "may ", "could ", "might "})
_TO_COME_AFTER: Final = re.compile(
    r"(?:\s+(?!(?:and|but|or|as|after|while|when|which|that|who|has|have|had|is|are|was|were|hit|hits|killed|kills)\s)"
    r"[\w'’.-]+){0,3}?\s+(?:(?:(?:is|are|was|were|seemed|seems|appeared|appears|(?:may|could|might)\s+be)"
    r"\s+(?:\w+ly\s+)?imminent)|(?:may|could|might)\s+(?:come|happen|follow|occur|take\s+place|be\s+launched|"
    r"be\s+carried\s+out|begin|start)\b)", re.IGNORECASE)


def told_as_to_come(text: str, end: int, sentence_end: int) -> bool:
    """Whether the act word ending at `end` is the subject of a predicate of what is to come ("attacks are
    imminent", "a strike may come"): see _TO_COME_AFTER."""
    if absent(text, _TO_COME_NEEDLES):
        return False  # (asked of the whole text first, its answer kept: most texts have none of the words)
    rest = text[end:min(sentence_end, end + 80)].lower()
    return any(needle in rest for needle in _TO_COME_NEEDLES) and _TO_COME_AFTER.match(text, end, sentence_end) is not None


# "a statement that a naval blockade or attack on the island could amount to a threat to its survival", "says an
# invasion would constitute a breach of the treaty": an act named with "a", "an" or "any" (maybe the last of a list
# of two) as the subject of a modal verb that weighs what it would be or bring is a case supposed, no act told.
# (An act named with "the" is one done: "the attack could lead to a wider war" keeps it; and "could have" weighs
# what an act done might have done.)
_SUPPOSED_NEEDLES: Final = frozenset({"could ", "would ", "might "})
_SUPPOSED_ACT_BEFORE: Final = re.compile(r"\b(?:a|an|any)\s+(?:(?!(?:was|were|is|are|has|had|have)\b)[\w'’-]+\s+){0,4}$",
                                         re.IGNORECASE)
_WEIGHED_AS_SUPPOSED_AFTER: Final = re.compile(
    r"(?:\s+(?!(?:and|but|or|as|after|while|when|which|that|who|has|have|had|is|are|was|were)\s)[\w'’.-]+){0,4}?\s+"
    r"(?:could|would|might)\s+(?:(?:well|also|even|easily)\s+)?(?:amount\s+to|constitute|mean|trigger|lead\s+to|spark|"
    r"provoke|prompt|invite|justify|count\s+as|be\s+(?:considered|seen\s+as|deemed|treated\s+as|regarded\s+as|"
    r"viewed\s+as|a|an))\b", re.IGNORECASE)
MAX_SUPPOSED_ACT_CHARS: Final = 40


def supposed_as_a_case(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the act word at start..end, named with "a", "an" or "any" (_SUPPOSED_ACT_BEFORE), is the subject of a
    modal verb that weighs it (_WEIGHED_AS_SUPPOSED_AFTER): a case supposed ("an attack on the island could amount
    to a threat")."""
    if absent(text, _SUPPOSED_NEEDLES) or _SUPPOSED_ACT_BEFORE.search(
            text, max(sentence[0], start - MAX_SUPPOSED_ACT_CHARS), start) is None:
        return False
    return _follows_in_clause(_WEIGHED_AS_SUPPOSED_AFTER, text, end, sentence[1])


# "was offered an alternative to attacking Iraq", "seeks alternatives to air strikes on the rebels": an act named as
# what an alternative is to is an option weighed, not an act done (one told by its own verb after it is: "rejected
# alternatives to war and attacked the town").
_ALTERNATIVE_TO_BEFORE: Final = re.compile(
    r"\balternatives?\s+to\s+(?:(?!(?:and|but|then|before|after|as|when|while)\s)[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_ALTERNATIVE_NEEDLES: Final = frozenset({"alternative"})
MAX_ALTERNATIVE_CHARS: Final = 50


def weighed_as_an_alternative(text: str, start: int, sentence_start: int) -> bool:
    """Whether the act word at `start` is named as what an alternative is to (see _ALTERNATIVE_TO_BEFORE)."""
    return not absent(text, _ALTERNATIVE_NEEDLES) and _ALTERNATIVE_TO_BEFORE.search(
        text, max(sentence_start, start - MAX_ALTERNATIVE_CHARS), start) is not None


# "addresses the parliament, comparing the invasion to the nuclear bombing of Hiroshima", "likens the new law to a
# massacre": an act named as what something is compared or likened to is a likeness that names a known kind of deed,
# not an act done, and so is the act the comparison's verb takes as its object, named to be weighed against another
# ("comparing Russia's invasion to ..."); an act told by its own verb after it is news ("compared the raid to a war and
# then shelled the town").
_COMPARED_TO_BEFORE: Final = re.compile(
    r"\b(?:compar(?:e|es|ed|ing)|liken(?:s|ed|ing)?)\s+(?:(?:[\w'’-]+\s+){0,6}?(?:to|with)\s+)?"
    r"(?:(?!(?:and|but|then|before|after|as|when|while)\s)[\w'’-]+\s+){0,4}$", re.IGNORECASE)
_COMPARED_NEEDLES: Final = frozenset({"compar", "liken"})
MAX_COMPARED_CHARS: Final = 100


def named_as_a_likeness(text: str, start: int, sentence_start: int) -> bool:
    """Whether the act word at `start` is named as what something is compared or likened to (_COMPARED_TO_BEFORE)."""
    return not absent(text, _COMPARED_NEEDLES) and _COMPARED_TO_BEFORE.search(
        text, max(sentence_start, start - MAX_COMPARED_CHARS), start) is not None


# "as the weather warms, making both travel and fighting easier", "a ruling that makes strikes on the border harder":
# an act named as what a state of things makes easier, harder, likelier or possible is a prospect, not an act done.
# ("made the attack possible" may tell one done: a definite act told by "the" is left to its other words.)
_MADE_BEFORE: Final = re.compile(
    r"\b(?:make|makes|making|made)\s+(?:(?:both|all|any|future|further|more|new)\s+)?(?:[\w'’-]+\s+(?:and|or)\s+)?$",
    re.IGNORECASE)
_EASIER_AFTER: Final = re.compile(
    r"(?:\s+(?!(?:and|but|or|as|while|when|after|which|that)\b)[\w'’-]+){0,5}?\s+(?:easier|harder|more\s+difficult|"
    r"more\s+likely|less\s+likely|likelier|possible|impossible)\b", re.IGNORECASE)
_EASIER_NEEDLES: Final = frozenset({"easier", "harder", "difficult", "likely", "likelier", "possible"})
MAX_MADE_CHARS: Final = 40


def made_easier_or_harder(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the act word at start..end is named as what something makes easier, harder, likelier or possible
    (see _MADE_BEFORE and _EASIER_AFTER)."""
    if absent(text, _EASIER_NEEDLES) or absent(text, _MAKE_NEEDLES):
        return False
    return _MADE_BEFORE.search(text, max(sentence[0], start - MAX_MADE_CHARS), start) is not None and (
        _EASIER_AFTER.match(text, end, sentence[1]) is not None)


_MAKE_NEEDLES: Final = frozenset({"mak", "made"})


# "A plot among officers to kill the president", "a threat by the group to attack shopping malls", "suspected of
# travelling to Europe on behalf of the group to attack the city": an act in the infinitive after a plot or a threat
# with its authors named, or after a deed a suspect is charged with, is the aim of the plot, not an act done (as
# "plot to kill" and "threat to" are: taxonomy.toml's foil and modality, which cannot reach past the names).
# So is an act in the infinitive that an order, an authorisation, a vow or a plan governs past its object or an
# adverb, or an ability in the present: "parliament authorizes the army to strike", "orders the navy to seize
# tankers", "vowed on Sunday to destroy", "the army is now able to strike" (a threat; but "in order to retake"
# tells an aim of an act done, and "troops were able to destroy" an act done).
_GOVERNING_VERBS: Final = (r"(?<!in\s)\b(?:order(?:s|ed|ing)?|authori[sz](?:e|es|ed|ing)|allow(?:s|ed|ing)?|"
                           r"permit(?:s|ted|ting)?|instruct(?:s|ed|ing)?|command(?:s|ed|ing)?|empower(?:s|ed|ing)?|"
                           r"vow(?:s|ed)?|pledg(?:e|es|ed)|plan(?:s|ned)?|threaten(?:s|ed)?)")
_PLOTTED_BEFORE: Final = re.compile(
    r"(?:\b(?:plot|plots|threat|threats|plan|plans|conspiracy|scheme)\s+(?:by|among|from|of)\s+"
    r"(?:(?!(?:and|but|who|which|that|after|when)\s)[^\s.;:!?]+\s+){1,8}?"
    r"|\b(?:suspected|accused|suspicion)\s+of\s+[a-z]+ing\s+(?:(?!(?:and|but|who|which|that|after|when)\s)"
    r"[^\s.;:!?]+\s+){0,10}?"
    rf"|{_GOVERNING_VERBS}\s+(?:(?!(?:and|but|who|which|that|after|when|as|while|before|because)\s)"
    r"[^\s.;:!?]+\s+){0,6}?"
    r"|\b(?:is|are|am|be|being)\s+(?:\w+\s+)?able\s+)to\s+$", re.IGNORECASE)


def aimed_in_a_plot(text: str, start: int) -> bool:
    """Whether the act word at `start` is the infinitive aim of a plot or threat with its authors named, of a deed
    a suspect is charged with, or of an order, authorisation, vow, plan or ability (see _PLOTTED_BEFORE)."""
    return text.endswith("to ", 0, start) and _PLOTTED_BEFORE.search(text, max(0, start - 140), start) is not None


def stopped_before_the_act(text: str, start: int, end: int) -> str | None:
    """The scope of the violent word text[start:end] where it names an act stopped before it was done (see
    _STOPPED_NEEDLES): "foiled" for a device defused, an act that failed to happen or an attacker stopped on his
    way; "hypothetical" for an attacker caught, a person named (no act, no plot); else None."""
    before = max(0, start - 60)
    if "efus" in text[before:start] and _DEFUSED_BEFORE.search(text, before, start):
        return "foiled"
    if "fail" in text[before:start] and _FAILED_TO_BEFORE.search(text, before, start):
        return "foiled"
    if not text[start:end].lower().endswith(_ATTACKER_NOUNS):
        return None
    after = _STOPPED_ATTACKER_AFTER.match(text, end)
    if after is None and _STOPPED_ATTACKER_BEFORE.search(text, before, start) is None:
        return None
    return "foiled" if _BEFORE_HE_ACTED.match(text, after.end() if after else end) else "hypothetical"
_DECLARED_DEAD_BEFORE: Final = re.compile(
    r"(?:\b(?:declare|declares|declared|declaring)\b[^.;!?]{0,100}?\bto\s+be|\blegally)\s+$", re.IGNORECASE)
MAX_DECLARED_CHARS: Final = 140


def declared_dead(text: str, event_start: int, event_end: int, sentence_start: int) -> bool:
    """Whether the bare death word at event_start ("dead") is a death declared by a legal act (see
    _DECLARED_DEAD_BEFORE)."""
    return text[event_start:event_end].lower() == "dead" and not absent(text, _DECLARED_NEEDLES) and _DECLARED_DEAD_BEFORE.search(
        text, max(sentence_start, event_start - MAX_DECLARED_CHARS), event_start) is not None


# "more anger than the rising death toll within the country", "concern over the mounting toll of the war":
# a toll with no count, named as rising, is the running total of a war or unrest, a trend and a topic, not
# news of an event. (A toll given a count is news: "the death toll from the bombing rose to 30".)
_TREND_TOLL_NEEDLES: Final = frozenset({"rising", "mounting", "growing", "climbing", "soaring", "increasing",
                                        "spiralling", "spiraling"})
_TREND_BEFORE_TOLL: Final = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?:rising|mounting|growing|climbing|soaring|increasing|spiral?ling)\s+(?:civilian\s+)?$",
    re.IGNORECASE)
_COUNT_IN_CLAUSE_AFTER: Final = re.compile(r"[^.;:,]{0,60}?\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                                           r"dozens|scores|hundreds|thousands)\b", re.IGNORECASE)


def a_toll_as_trend(text: str, event_start: int, event_end: int) -> bool:
    """Whether the toll word at event_start is named as rising with no count after it in its clause (see
    _TREND_BEFORE_TOLL)."""
    return not absent(text, _TREND_TOLL_NEEDLES) and _TREND_BEFORE_TOLL.search(
        text, max(0, event_start - 30), event_start) is not None and (
        _COUNT_IN_CLAUSE_AFTER.match(text, event_end) is None)


# "police revise the death toll from the attack down to 76", "the toll of the bombing was lowered to 32": a toll
# told as a revision corrects a count reported before, so it and the act it counts are known, not news. (A toll
# that rises is told as news of its own: "the death toll from the bombing rose to 30".) The revision's verb
# stands before the toll, or after it as a passive; the act is the toll's object, a few words after it.
_REVISION_NEEDLES: Final = frozenset({"revis", "lower", "correct", "downgrad", "adjust"})
_REVISED_TOLL_ACTIVE: Final = re.compile(
    r"\b(?:revis|lower|correct|downgrad|adjust)(?:e|es|ed|ing|s)?\s+(?:down(?:ward)?\s+)?(?:the|its|their)\s+"
    r"(?:official\s+|overall\s+)?(?:death\s+|casualty\s+)?tolls?\b", re.IGNORECASE)
_REVISED_TOLL_PASSIVE: Final = re.compile(
    r"\b(?:is|was|were|are|has\s+been|have\s+been|had\s+been)\s+(?:now\s+)?(?:revised|lowered|corrected|"
    r"downgraded|adjusted)\b", re.IGNORECASE)
_TOLL_WORD: Final = re.compile(r"\btolls?\b", re.IGNORECASE)
_TOLL_NEEDLES: Final = frozenset({"toll"})
#: How far the act a toll counts (its object: "from the attack on the market in the town") reaches after it.
MAX_TOLL_OBJECT_CHARS: Final = 60


def in_a_revised_toll(text: str, event_start: int, event_end: int, sentence: tuple[int, int]) -> bool:
    """Whether the event word at event_start is a toll told as revised, or the act such a toll counts (see
    _REVISED_TOLL_ACTIVE / _REVISED_TOLL_PASSIVE). Asked where TextCues.revision holds (a word of revision and a
    toll in the text)."""
    for toll in _TOLL_WORD.finditer(text, max(sentence[0], event_start - MAX_TOLL_OBJECT_CHARS), min(sentence[1],
                                                                                                  event_end + 12)):
        # (the event word is the toll or its object: at most a short phrase after the toll word, in its clause)
        if toll.start() > event_start + 12 or crosses_clause(text, toll.end(), max(toll.end(), event_start)):
            continue
        if _REVISED_TOLL_ACTIVE.search(text, max(sentence[0], toll.start() - 40), toll.end()) is not None:
            return True
        passive = _REVISED_TOLL_PASSIVE.search(text, toll.end(), min(sentence[1], toll.end() + MAX_TOLL_OBJECT_CHARS + 20))
        if passive is not None and not crosses_clause(text, toll.end(), passive.start()):
            return True
    return False


# "the Secretary-General visits the country as fighting continues near the eastern city", "urges the parties
# to observe a truce amid fighting near the capital": fighting named by a bare noun, in an as-, while- or
# amid-clause after a diplomatic act (a reaction, talks, a truce), is the backdrop of the diplomacy, a state
# of affairs. (A toll, a weapon or a doer named in the sentence reports an event: "talks open as clashes
# kill 12", "as rebels shell the port".) A deployment has the same backdrop: "deploys more troops along the
# border as fighting intensifies", "troops are sent to the port, the scene of heavy fighting this week" (a
# place named by its fighting is in the state it tells); the forces or arms named before the fighting are
# the ones moved, not its doers ("as rebels shell the port", a toll or a strike still report an event).
# A deployment names its fighting as its reason or its task as well: "sends troops to the capital due to
# clashes", "moves reserves to the border to deal with fierce fighting", "sends a warship to monitor the
# offensive", "reinforces police who are facing sustained attacks"; and the sides of the fighting, named as
# the noun's complement, are of the state it tells ("amid fighting with rebel groups", "the scene of heavy
# fighting between militants and loyalists"; "as rebels shell the port", their own verb, tells an act).
_BACKDROP_NOUNS: Final = frozenset({"fighting", "clashes", "violence", "hostilities", "heavy fighting",
                                    "fierce fighting", "attacks", "offensive"})
_BACKDROP_STATE: Final = r"(?:(?:the|continued|continuing|ongoing|renewed|sporadic|sustained|mounting|repeated|local)\s+)?"
_BACKDROP_OPENER_BEFORE: Final = re.compile(rf"\b(?:as|while|amid|amidst|scene\s+of)\s+{_BACKDROP_STATE}$",
                                            re.IGNORECASE)
#: What a deployment answers or is sent to do about the fighting: its reason or its task.
_DEPLOYMENT_REASON_BEFORE: Final = re.compile(
    r"\b(?:due\s+to|because\s+of|in\s+the\s+face\s+of|(?:are|is|were|was)\s+facing|to\s+(?:deal\s+with|monitor|"
    rf"contain|counter|cope\s+with))\s+{_BACKDROP_STATE}(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
#: The sides of the fighting, named as the noun's complement: "fighting with rebels", "between militants and ...".
_SIDES_AFTER: Final = re.compile(r"\s+(?:between|with|from|involving|among)\s", re.IGNORECASE)
#: The acts whose backdrop fighting may be: diplomacy (a reaction, a truce or talks) and a deployment.
BACKDROPPED_ACTS: Final = frozenset({"reaction", "deescalation", "mobilization", "send"})
_MOBILIZATION: Final = frozenset({"mobilization"})
_SEND: Final = frozenset({"send"})
#: How many words from a verb of sending its forces may stand ("is massing", "moves thousands of troops").
MAX_SENT_FORCE_WORDS: Final = 4
_EVENT_TOLD: Final = CASUALTY_CATEGORIES | {"weapon", "distance_weapon", "armed_group", "named_group", "state_force",
                                            "strike", "fire"}
#: What a deployment moves: forces and arms, named before the fighting they are sent into.
_MOVED: Final = frozenset({"weapon", "armed_group", "named_group", "state_force"})


def _deploys(text: str, hits: list[Hit], act: Hit) -> bool:
    """Whether the act `act` is a deployment: a word of mobilization, or a verb of sending ("massing", "moves")
    with a state's forces a few words from it (a verb of sending alone moves anything: "moved into the town")."""
    if not _MOBILIZATION.isdisjoint(act.categories):
        return True
    return not _SEND.isdisjoint(act.categories) and any(
        not _STATE_FORCE.isdisjoint(hit.categories) and words_between(text, min(hit.end, act.end), max(hit.start, act.start))
        <= MAX_SENT_FORCE_WORDS for hit in hits)


def backdrop_of_diplomacy(text: str, hits: list[Hit], index: int, sentence: tuple[int, int]) -> bool:
    """Whether the bare fighting noun hits[index] opens an as-, while-, amid- or scene-of clause after a
    diplomatic act or a deployment of its sentence (or names a deployment's reason or task: see
    _DEPLOYMENT_REASON_BEFORE), which names no toll, weapon or doer (see _BACKDROP_OPENER_BEFORE; a
    deployment's forces and arms before the fighting are what it moves, and the sides named as the noun's
    complement are the fighting's)."""
    event = hits[index]
    if event.text.lower() not in _BACKDROP_NOUNS:
        return False
    opened = _BACKDROP_OPENER_BEFORE.search(text, max(sentence[0], event.start - 30), event.start) is not None
    reason = not opened and _DEPLOYMENT_REASON_BEFORE.search(text, max(sentence[0], event.start - 40),
                                                             event.start) is not None
    if not (opened or reason):
        return False
    in_sentence = [hit for hit in hits if sentence[0] <= hit.start < sentence[1]]
    acts = [hit for hit in hits[:index] if hit.start >= sentence[0] and not BACKDROPPED_ACTS.isdisjoint(hit.categories)]
    moved = any(_deploys(text, in_sentence, hit) for hit in acts)
    if not (moved or (acts and opened and any(_SEND.isdisjoint(hit.categories) for hit in acts))):
        return False
    sides = _SIDES_AFTER.match(text, event.end) is not None
    return all(hit is event or _EVENT_TOLD.isdisjoint(hit.categories)
               or (moved and _EVENT_TOLD & hit.categories <= _MOVED and (
                   hit.start < event.start or (sides and not crosses_clause(text, event.end, hit.start))))
               for hit in in_sentence)


# "marks the 25th anniversary of the genocide in which 800,000 people were killed", "lays a wreath at the
# site where the airliner was shot down": an event told in a relative clause of what a marker of the past
# names (an anniversary, a memorial, a wreath) is that past event, described. (The clause ends at "and" or
# "but": "..., and on Monday gunmen killed three" is news.)
_MARKER_RELATIVE: Final = re.compile(
    r"\s+(?:(?:of|to|for|at|on)\s+)?(?:(?:the|a|an|its|their)\s+)?(?:(?!and\b|but\b)[\w'’-]+\s+){0,4}?,?\s*"
    r"(?:in\s+which|during\s+which|that|which|when|where)\s+(?:(?!and\b|but\b)[\w'’.,-]+\s+){0,6}",
    re.IGNORECASE)
_PAST_MARKER: Final = frozenset({"past"})


def told_in_relative_of_a_marker(text: str, markers: list[Hit], event_start: int) -> bool:
    """Whether the event word at event_start sits in a relative clause of what a marker of the past before it
    names (see _MARKER_RELATIVE)."""
    return any(marker.end <= event_start and not _PAST_MARKER.isdisjoint(marker.categories)
               and _MARKER_RELATIVE.fullmatch(text, marker.end, event_start) is not None
               and not times_the_main_clause(text, marker.end, event_start) for marker in markers)


# "imprisons 487 of the people it captured in its commando raid on the flotilla", "releases the activists
# they detained during the raid": people described by a relative clause of their capture, with the act they
# were taken in, are people known; the raid is how they were taken, told before. (A capture told as news
# has a subject of its own: "commandos captured 500 activists in a raid on the flotilla".)
_TAKEN_IN_BEFORE: Final = re.compile(
    r"\b(?:people|men|women|activists|passengers|crew|sailors|fishermen|soldiers|migrants|those|ones|nationals|"
    r"citizens|hostages|prisoners|detainees)\s+(?:that\s+|whom\s+)?(?:it|they|he|she|we|forces|troops|police)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:captured|detained|arrested|seized|took|taken|held|abducted)\s+"
    r"(?:in|during|at)\s+(?:its|their|his|her|the|a|an)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
#: How far before the act its preposition ("in its commando raid") may stand.
MAX_TAKEN_IN_CHARS: Final = 40
_TAKEN_NEEDLES: Final = frozenset({"captured", "detained", "arrested", "seized", "took", "taken", "held", "abducted"})
#: A capture verb and the preposition and determiner of the act after it, anywhere in the folded text
#: (bot.classify.lowered.found), which _TAKEN_IN_BEFORE needs: "held" and "taken" are common, this is rare.
_TAKEN_IN_AN_ACT: Final = re.compile(r"(?:captured|detained|arrested|seized|took|taken|held|abducted)\s+"
                                     r"(?:in|during|at)\s+(?:its|their|his|her|the|a|an)\s")


def may_tell_an_act_taken_in(text: str) -> bool:
    """Whether `text` holds a capture verb before the act it was made in, which taken_in_known_act needs
    (the verbs first, then the regex, each asked once per text)."""
    return not absent(text, _TAKEN_NEEDLES) and found(text, _TAKEN_IN_AN_ACT)


def taken_in_known_act(text: str, event_start: int, sentence_start: int) -> bool:
    """Whether the act word at event_start is the act that people described by a relative clause of their
    capture were taken in (see _TAKEN_IN_BEFORE)."""
    # (the preposition right before the act first, a slice test; then the capture verbs, asked once per text)
    near = text[max(sentence_start, event_start - MAX_TAKEN_IN_CHARS):event_start]
    return (" in " in near or " during " in near or " at " in near) and not absent(text, _TAKEN_NEEDLES) and (
        _TAKEN_IN_BEFORE.search(text, max(sentence_start, event_start - 100), event_start) is not None)


# (a class with slots, not a NamedTuple: the rules read its flags some hundred times an item, and a NamedTuple's
# field is a descriptor that costs half again a slot's read; not frozen either, whose __init__ costs more than
# the reads save)
@dataclass(slots=True)
class TextCues:
    """Which of the checks asked of each event word can possibly fire in one text. Each check needs
    words that most texts lack (a year, "since", "over", "son of"): the text is asked once whether it
    holds them (text_cues), and a check whose words it lacks is not asked for any event word of it.
    Each check still tells the same by itself: these only spare the asking."""

    #: an after/following/since clause (may_hold_background_clause: in_background_clause)
    background_clause: bool
    #: a year or a date that can name an event (may_name_dated_event: names_dated_event)
    dated_name: bool
    #: a year (dated_by_bare_year, killed_in_dated_event, dated_in_dependent_clause)
    year: bool
    #: a plural noun of a set of known events (names_known_event, killed_in_known_event)
    known_event: bool
    #: a span of time or a year (may_tell_history: told_as_history)
    history: bool
    #: "since" (counted_since_a_year)
    since: bool
    #: a topic preposition (may_name_a_topic: is_a_topic)
    topic: bool
    #: a verb of news caused (caused_other_news)
    caused: bool
    #: a killing word that can describe a person (describes_the_dead)
    described_dead: bool
    #: kin or a funeral (describes_kin_of_the_dead)
    kin: bool
    #: an act called off (called_off_after)
    called_off: bool
    #: a destroy word (destroys_own_arms)
    destroying: bool
    #: a word of earlier time (told_in_earlier_relative)
    earlier: bool
    #: a noun of a war or unrest (totals_a_conflict)
    conflict: bool
    #: an age told with "at" or "aged" (died_of_age)
    age: bool
    #: a word of a later stage of a case (acted_before_a_case)
    case_stage: bool
    #: a definite article before a count (counted_before)
    definite_count: bool
    #: a drill and a verb of what it holds (played_in_a_drill)
    drill_content: bool
    #: a record noun (told_as_record_content)
    record: bool
    #: a relative word (told_of_a_reactions_party)
    relative: bool
    #: a word of succession to an office (told_of_the_one_replaced)
    succession: bool
    #: a work and the opening of its story (may_tell_a_works_story: told_as_a_works_story)
    work: bool
    #: a capture verb before the act it was made in (may_tell_an_act_taken_in: taken_in_known_act)
    taken: bool
    #: a word of a device made safe, an act that failed or an attacker stopped (stopped_before_the_act)
    stopped: bool
    #: a word of a death declared (declared_dead)
    declared: bool
    #: a claim of responsibility (claims_known_act)
    claimed: bool
    #: a word of confirmation (confirms_dated_act)
    confirmed: bool
    #: a word of admission (admits_an_act)
    admitted: bool
    #: a word of a burial, a funeral or prayers (died_before_a_rite)
    mourned: bool
    #: a word of a rite of mourning or remembrance (may_pay_a_rite: answered_by_a_rite)
    rite: bool
    #: a word of recovery from wounds (wounded_before_recovery)
    recovery: bool
    #: "fled" or "escaped" (fled_before)
    fled: bool
    #: a verb of a finding, or words of a use of weapons (told_in_a_finding)
    finding: bool
    #: the name of a rights group or a UN body of inquiry or relief (told_in_a_monitors_report)
    monitor: bool
    #: a word of inquiry (may_ask_an_inquirys_question: under_inquiry)
    inquiry: bool
    #: a word of what is to come, "imminent" or a modal (told_as_to_come)
    to_come: bool
    #: a toll's word with a war, a span or a level reached (may_tell_a_running_toll: in_a_running_toll)
    running_toll: bool
    #: a word of revision ("revised", "lowered": in_a_revised_toll)
    revision: bool
    #: a word of a decision, a vote or a protest (decided_on)
    decided: bool
    #: "between" or "from" (counted_over_months)
    months_span: bool
    #: a word of a share, "most", "half", a per cent (a_share_of_deaths)
    share: bool
    #: an attacker noun (identifies_known_attacker)
    attacker: bool
    #: a word of an attribution of who did an act (attributes_known_act)
    attribution: bool
    #: a word of an age long gone (dated_to_antiquity)
    antiquity: bool
    #: a word of a year's rate (told_as_a_yearly_rate)
    rate: bool
    #: a noun of old remains (seen_on_old_remains)
    remains: bool
    #: a possessive of a day gone (may_name_a_day_gone: dated_act_under_other_news)
    day_gone: bool


def text_cues(text: str) -> TextCues:
    """The TextCues of `text`: asked once per text (the substring tests of bot.classify.lowered)."""
    answer_together(text, TEXT_NEEDLES)
    return TextCues(
        background_clause=may_hold_background_clause(text),
        dated_name=may_name_dated_event(text),
        year=found(text, _A_YEAR),
        known_event=not absent(text, _KNOWN_EVENT_NEEDLES),
        history=may_tell_history(text),
        since=not absent(text, _SINCE_NEEDLES),
        topic=may_name_a_topic(text),
        caused=not absent(text, _CAUSED_NEEDLES),
        described_dead=not absent(text, _KILLED_ADJECTIVES),
        kin=not absent(text, _KIN_NEEDLES),
        called_off=not absent(text, _CALLED_OFF_NEEDLES),
        destroying=not absent(text, _DESTROY_NEEDLES),
        earlier=may_tell_an_earlier_relative(text),
        conflict=not absent(text, _CONFLICT_NEEDLES),
        age=not absent(text, _AGE_NEEDLES),
        case_stage=may_tell_a_case_stage(text),
        definite_count=may_count_known_people(text),
        drill_content=may_tell_drill_content(text),
        record=may_tell_record_content(text),
        relative=may_tell_a_partys_act(text),
        succession=not absent(text, _SUCCESSION_NEEDLES),
        work=may_tell_a_works_story(text),
        taken=may_tell_an_act_taken_in(text),
        stopped=not absent(text, _STOPPED_NEEDLES),
        declared=not absent(text, _DECLARED_NEEDLES),
        claimed=may_claim_an_act(text),
        confirmed=may_confirm_an_act(text),
        admitted=may_admit_an_act(text),
        mourned=not absent(text, _MOURNED_NEEDLES),
        rite=may_pay_a_rite(text),
        recovery=not absent(text, _RECOVERY_NEEDLES),
        fled=not absent(text, _FLED_NEEDLES),
        finding=not absent(text, _FINDING_VERB_NEEDLES) or not absent(text, _WEAPON_USE_NEEDLES),
        monitor=may_tell_a_monitors_report(text),
        inquiry=may_ask_an_inquirys_question(text),
        to_come=not absent(text, _TO_COME_NEEDLES),
        running_toll=may_tell_a_running_toll(text),
        revision=not absent(text, _REVISION_NEEDLES) and not absent(text, _TOLL_NEEDLES),
        decided=not absent(text, _DECIDED_NEEDLES),
        months_span=not absent(text, _MONTHS_SPAN_NEEDLES),
        share=not absent(text, _SHARE_NEEDLES),
        attacker=not absent(text, _ATTACKER_NEEDLES),
        attribution=not absent(text, _ATTRIBUTION_NEEDLES),
        antiquity=not absent(text, _ANTIQUITY_NEEDLES),
        remains=not absent(text, _REMAINS_NEEDLES),
        rate=not absent(text, _RATE_NEEDLES),
        day_gone=may_name_a_day_gone(text),
    )


# "names a new army chief, replacing a general who was executed", "the minister succeeds Ana Ruiz, who was
# assassinated": a relative clause on the one replaced in an office tells how the office fell vacant, known
# before; the appointment is the news, where the sentence tells no violence of its own before it. (A
# violent main clause after it is news: "the general replacing the chief who was executed is shot dead".)
_SUCCESSION_NEEDLES: Final = frozenset({"replac", "succe"})
_REPLACED_RELATIVE_BEFORE: Final = re.compile(
    r"\b(?:replac(?:ing|es|ed|e)|succe(?:eding|eds|eded|ed)|successor\s+(?:to|of))\s+"
    r"(?:(?!(?:and|but|as|while|when|after)\s)[\w'’.-]+\s+){0,4}?[\w'’.-]+,?\s+(?:who|whom)"
    rf"{_AUXILIARY}\s+$",
    re.IGNORECASE)


def told_of_the_one_replaced(text: str, hits: list[Hit], index: int, sentence: tuple[int, int],
                             quiet: Set[int] = frozenset()) -> bool:
    """Whether the event word hits[index] is the verb of a relative clause on the one replaced in an office
    (see _REPLACED_RELATIVE_BEFORE), after no violence or casualty of its sentence."""
    event = hits[index]
    relative = _REPLACED_RELATIVE_BEFORE.search(text, max(sentence[0], event.start - 80), event.start)
    if relative is None:
        return False
    return not any(not _HARM.isdisjoint(hit.categories)
                   for hit in hits[:index] if hit.start >= sentence[0] and hit.start not in quiet)


# "The decree makes March 17 a holiday to commemorate the revolts. On March 17, 2002, police killed four
# protesters in the district": in an item that tells a remembrance (an anniversary, a commemoration, a
# memorial), a sentence that opens with a date given with its year tells the history remembered. (Without
# a remembrance, "On 6 May 2020, gunmen attacked a convoy" is how incident records open, and stays news.)
_REMEMBRANCE_NEEDLES: Final = frozenset({"commemorat", "anniversar", "memorial", "remembrance", "in memory of"})
_OPENED_BY_A_YEAR: Final = re.compile(
    rf"\s*(?:On|In|By)\s+(?:(?:{_MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_NAME}),?\s+|{_MONTH_NAME}\s+)?"
    r"(?:1[0-9]\d\d|20\d\d)\b")


def may_tell_remembered_history(text: str) -> bool:
    """Whether `text` holds a word of remembrance and a year, which opened_by_a_remembered_date needs."""
    return not absent(text, _REMEMBRANCE_NEEDLES) and found(text, _A_YEAR)


def opened_by_a_remembered_date(text: str, event_start: int, sentence_start: int) -> bool:
    """Whether the sentence of the event word at event_start opens with a date and its year (see
    _OPENED_BY_A_YEAR), in an item that tells a remembrance (may_tell_remembered_history)."""
    match = _OPENED_BY_A_YEAR.match(text, sentence_start)
    return match is not None and match.end() <= event_start and may_tell_remembered_history(text)


# "severs ties with Iran, accusing it of arming rebels that killed ten soldiers", "talks on what to do with
# the state which shot down a jet", "to stop prosecutors from indicting the agents who kidnapped a cleric":
# an act told in a relative clause on a party to a reaction (a blame, a meeting, a case, a sanction)
# says who that party is, by an act known before; the reaction is the news, where the sentence tells
# no violence of its own before it. (An arrest may come within the hour: "police arrest the men who
# shot two guards" may be the act's first report. A relative clause under a violent main clause, or
# with no reaction before it, tells news: "gunmen who stormed a hotel killed 12".)
_PARTY_RELATIVE_BEFORE: Final = re.compile(
    rf"(?:\b(?:who|which)|\bthat){_AUXILIARY}"
    r"(?:\s+(?:shot|gunned|stabbed|beat|beaten|left)(?:\s+[\w'’.-]+){0,3}?)?\s+$",
    re.IGNORECASE)
#: Reaction words of acts that may come within the hour of the act they answer.
_IMMEDIATE_RESPONSES: Final = frozenset({"arrest", "arrests", "arrested", "arresting", "detain", "detains",
                                         "detained"})
_RELATIVE_NEEDLES: Final = frozenset({"who", "which", "that"})
_NEWS_CLAUSE_OPENER: Final = re.compile(
    r"\b(?:after|following|since|as|when|while|amid|before|until|despite|because)\b", re.IGNORECASE)


def may_tell_a_partys_act(text: str) -> bool:
    """Whether `text` holds a relative word that told_of_a_reactions_party needs."""
    return not absent(text, _RELATIVE_NEEDLES)


#: A full date (a day and its month) after an act, in its clause: "killed 12 people at the base on 4 March".
_FULL_DATE_AFTER: Final = re.compile(
    rf"(?:\s+(?!(?:and|but|or)\b)[\w'’.-]+){{0,10}}?\s+on\s+(?:\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}})\b",
    re.IGNORECASE)


def told_of_a_reactions_party(text: str, hits: list[Hit], index: int, sentence: tuple[int, int],
                              quiet: Set[int] = frozenset()) -> bool:
    """Whether the event word hits[index] is the verb of a relative clause after a reaction word of its
    sentence (not an arrest), where the sentence tells no violence or casualty before it (see
    _PARTY_RELATIVE_BEFORE), or a doer word whose relative clause right after it tells such an act."""
    event = hits[index]
    if "armed_group" in event.categories and _RELATIVE_AFTER_DOER.match(text, event.end, sentence[1]) is not None:
        # "a protest note saying the suicide bombers who killed 12 people at the base on 4 March trained abroad":
        # the doer is the party, known by the act its relative clause tells and dates by a full date, as that act
        # is (undated, or dated by a weekday, the act may be told for the first time: "the ministry protests,
        # saying gunmen who killed 12 soldiers on Sunday came from across the border")
        act = next((later for later in range(index + 1, len(hits)) if hits[later].start < sentence[1]
                    and not _HARM.isdisjoint(hits[later].categories)), None)
        if act is not None and _FULL_DATE_AFTER.match(text, hits[act].end, sentence[1]) is not None and (
                told_of_a_reactions_party(text, hits, act, sentence, quiet | {event.start})):
            return True
    relative = _PARTY_RELATIVE_BEFORE.search(text, max(sentence[0], event.start - 60), event.start)
    if relative is None or crosses_clause(text, relative.start() + 1, event.start):
        return False
    before = [hit for hit in hits[:index] if hit.start >= sentence[0]]
    head_end = len(text[:relative.start()].rstrip(", "))  # (a comma before "which" opens no clause of its own)
    # (the party is the reaction's own: no clause and no after-, as- or when-clause starts between them,
    # "protests erupt after police who raided a mosque killed three" tells the raid as news)
    return any("reaction" in hit.categories and hit.end <= relative.start()
               and hit.text.lower() not in _IMMEDIATE_RESPONSES
               and not crosses_clause(text, hit.end, head_end)
               and _NEWS_CLAUSE_OPENER.search(text, hit.end, head_end) is None for hit in before) and not any(
        not _HARM.isdisjoint(hit.categories) and hit.start not in quiet for hit in before)


# "a banner with the faces of the nine people killed during the raid", "the 53 Americans taken hostage in
# 1979 will be compensated", "a sports centre for the soldiers wounded under his command": a counted set of
# people named with "the" and then by what befell them is a set known and counted before; the news is
# what is said of them, however many words say who they are ("the ten Danish aid workers killed in the ambush").
# (A count of its own is news: "nine people killed in the raid"; and so is "the two gunmen killed a guard", where
# the participle is a verb with its object: one that describes its people is followed by a preposition or the
# clause's end.)
_DEFINITE_COUNT_BEFORE: Final = re.compile(
    r"\b(?:the|those|these)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|"
    r"scores\s+of|hundreds\s+of|thousands\s+of)\s+(?:[\w'’-]+\s+){1,3}$",
    re.IGNORECASE)
_DESCRIBING_PARTICIPLE: Final = re.compile(
    r"(?:killed|slain|murdered|wounded|injured|shot\s+dead|taken\s+hostage|kidnapped|abducted|held\s+hostage)$",
    re.IGNORECASE)
_AFTER_DESCRIPTION: Final = re.compile(r"\s*(?:[,.;)]|$)|\s+(?:in|during|by|at|on|when|while|since|under|last|over|"
                                       r"near|outside|inside|across|aboard|as|and|or|were|are|was|is|have|had|will)\b",
                                       re.IGNORECASE)
#: A definite article or demonstrative before a count, which _DEFINITE_COUNT_BEFORE needs; searched in
#: the folded text (bot.classify.lowered.found), so in lower case and without re.IGNORECASE, and opening
#: with the literal "th", its word boundary checked behind it: a regex that opens with a literal is
#: searched by a fast scan for it, where one that opens with \b is tried at every position (8 times slower).
_DEFINITE_COUNT: Final = re.compile(
    r"th(?<=\bth)(?:e|ose|ese)\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|"
    r"hundreds|thousands)")


def may_count_known_people(text: str) -> bool:
    """Whether `text` holds a definite article before a count, which counted_before needs."""
    return found(text, _DEFINITE_COUNT)


def counted_before(text: str, event_start: int, event_end: int, sentence_start: int) -> bool:
    """Whether the casualty word at event_start is a participle describing a counted set of people named
    with "the" before it (see _DEFINITE_COUNT_BEFORE)."""
    # (the casualty phrase may hold the count and its people: "9 people killed")
    phrase = text[event_start:event_end]
    words = phrase.split()
    if words and (words[0][:1].isdigit() or words[0].lower() in _COUNT_WORDS):
        participle_start = event_start + phrase.rfind(words[-1]) if not phrase.lower().endswith(
            ("shot dead", "taken hostage", "held hostage")) else event_start + len(phrase) - len(" ".join(words[-2:]))
        count_start = event_start
    else:
        participle_start, count_start = event_start, -1
    if _DESCRIBING_PARTICIPLE.search(text, participle_start, event_end) is None or _AFTER_DESCRIPTION.match(
            text, event_end) is None:
        return False
    if count_start >= 0:
        return _DEFINITE_BEFORE_COUNT.search(text, max(sentence_start, count_start - 12), count_start) is not None
    known = _DEFINITE_COUNT_BEFORE.search(text, max(sentence_start, event_start - 60), event_start)
    if known is None:
        return False
    if _AUXILIARY_OPENS.match(text, event_start) is None:
        return True
    # the passive's verb: a part of the set counted before it is news of the part ("three of the 22 crew were
    # killed"), and so is the set itself as the passive's subject, its noun right before the auxiliary ("the two
    # gunmen were then shot dead by police"); a relative clause still describes it ("the 31 people who were killed")
    return _RELATIVE_WORD.search(text, known.start(), event_start) is not None and not _part_counted_before(
        text, known.start(), sentence_start)


#: A figure and "of" before a counted set: the figure is a part of that set, which the clause tells of ("three of
#: the 22 crew were killed", "one of the 18 passengers was wounded"): news of the part, the set its whole.
_PART_OF_BEFORE: Final = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                    r"twelve)\s+of\s+$", re.IGNORECASE)
#: The passive verb of the clause a part is the subject of ("three of the 22 crew were killed"; but "27 of the 32 people
#: killed in the bombing have been identified" tells of the known dead, the participle describing them).
_AUXILIARY_OPENS: Final = re.compile(r"(?:was|were|is|are|have\s+been|has\s+been|had\s+been)\s", re.IGNORECASE)
#: A relative word between a counted set and its passive: the clause describes the set ("the 31 people who were killed").
_RELATIVE_WORD: Final = re.compile(r"\b(?:who|that|which|whom)\b", re.IGNORECASE)
#: The most characters looked back from "the" for the part's figure and "of".
_PART_OF_REACH: Final = 16


def _part_counted_before(text: str, definite_start: int, sentence_start: int) -> bool:
    """Whether the counted set named with "the" at `definite_start` is the whole a figure before it takes a part of."""
    return _PART_OF_BEFORE.search(text, max(sentence_start, definite_start - _PART_OF_REACH), definite_start) is not None


_COUNT_WORDS: Final = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                                 "twelve", "dozens", "scores", "hundreds", "thousands"})
_DEFINITE_BEFORE_COUNT: Final = re.compile(r"\b(?:the|those|these)\s+$", re.IGNORECASE)


# "war games featuring mock landings, helicopter assaults and tank battles", "drills that included
# simulated air strikes and raids on the coast": the acts a drill is said to include are its parts,
# played by its own forces at no one. A clause of its own after the drill tells a real act: an
# auxiliary, a subordinator or a participle of harm ends the list ("exercises involving troops were
# attacked", "drills including live fire, as militants attacked the base").
_NO_CLAUSE_WORD: Final = (r"(?!(?:was|were|is|are|has|have|had|been|be|when|as|after|while|but|before|and\s+then|"
                          r"killing|wounding|leaving)\b)")
_DRILL_CONTENT_BEFORE: Final = re.compile(
    r"\b(?:war\s*games?|drills?|exercises?|manoeuvres|maneuvers|simulations?),?\s+"
    # (where the drill is held may come first: "drills near the border, including")
    rf"(?:{_NO_CLAUSE_WORD}[\w'’-]+,?\s+){{0,5}}?"
    r"(?:that\s+(?:include[sd]?|feature[sd]?|involve[sd]?|simulate[sd]?)|featuring|including|involving|simulating|"
    r"practi[cs]ing|rehearsing)\s+"
    rf"(?:{_NO_CLAUSE_WORD}[\w'’-]+,?\s+){{0,12}}$",
    re.IGNORECASE)
_DRILL_CONTENT_NEEDLES: Final = frozenset({"featur", "includ", "involv", "simulat", "practi", "rehears"})
_DRILL_NEEDLES: Final = frozenset({"game", "drill", "exercise", "manoeuvre", "maneuver", "simulation"})
MAX_DRILL_CONTENT_CHARS: Final = 120


def may_tell_drill_content(text: str) -> bool:
    """Whether `text` holds a drill and a verb of what it holds, which played_in_a_drill needs."""
    return not absent(text, _DRILL_CONTENT_NEEDLES) and not absent(text, _DRILL_NEEDLES)


def played_in_a_drill(text: str, event_start: int, sentence_start: int) -> bool:
    """Whether the event word at event_start is one of the acts a drill before it is said to include
    (see _DRILL_CONTENT_BEFORE)."""
    return _DRILL_CONTENT_BEFORE.search(text, max(sentence_start, event_start - MAX_DRILL_CONTENT_CHARS),
                                        event_start) is not None


# "condemns a UN report that says its bullets were used in attacks", "condemn photos depicting troops
# posing with the corpses of bombers", "experts confirm that footage showing killings by soldiers is
# authentic": a record (a report, footage, photos, documents, a book) whose content a relative clause or
# a participle tells is what the main clause is about: it is condemned, confirmed, released or judged,
# and the acts it shows are told as its content, not as news. A record that is the subject of a verb of
# its own tells its content as the news ("Footage shows troops firing on protesters", "a UN report says
# 30 were killed"), and "reports of fighting" are reports of news.
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_RECORD_CONTENT_BEFORE: Final = re.compile(
    r"\b(?:footage|videos?|photos?|photographs?|pictures?|images?|documents?|report|book|memoir|documentary|"
    r"recordings?|tapes?|cables?)\s+"
    r"(?:(?:that|which)\s+(?:(?:seems?|seemed|appears?|appeared|allegedly|reportedly)\s+(?:to\s+)?)?"
    r"(?:says?|said|shows?|showed|depicts?|depicted|documents?|documented|describes?|described|details?|detailed|"
    r"outlines?|outlined|claims?|claimed|contradicts?|contradict|alleges?|alleged|highlights?|highlighted)"
    r"|showing|depicting|documenting|describing|detailing|outlining|claiming|contradicting|alleging|highlighting"
    # (a picture "of" what it shows: "television shows footage of a drone that its forces say they shot down")
    r"|(?<!report\s)(?<!book\s)(?<!documents\s)(?<!document\s)(?P<of>of))\s+"
    r"(?:[\w'’.-]+,?\s+){0,16}?$")
#: A casualty word told by a verb ("killed", "beheaded", "shot dead"), not a noun ("killings", "deaths").
_KILLED_VERB: Final = re.compile(r"(?:ed|dead)$", re.IGNORECASE)
_RECORD_NEEDLES: Final = frozenset({"footage", "video", "photo", "picture", "image", "document", "report", "book",
                                    "memoir", "recording", "tape", "cable"})
MAX_RECORD_CONTENT_CHARS: Final = 120


def may_tell_record_content(text: str) -> bool:
    """Whether `text` holds a record noun that told_as_record_content needs."""
    return not absent(text, _RECORD_NEEDLES)


def told_as_record_content(text: str, hits: list[Hit], index: int, sentence: tuple[int, int]) -> bool:
    """Whether the event word hits[index] is told in the content of a record named before it in its
    clause (see _RECORD_CONTENT_BEFORE), with no toll counted there."""
    event = hits[index]
    record = _RECORD_CONTENT_BEFORE.search(folded(text), max(sentence[0], event.start - MAX_RECORD_CONTENT_CHARS),
                                           event.start)
    if record is None or crosses_clause(text, record.end(), event.start):
        return False
    if record.group("of") is not None and "capture" in event.categories:
        return False  # (a video "of" hostages kidnapped in the valley may be how their capture is first known)
    # (people counted killed or wounded are news of their own, as in an after-clause: "footage showing
    # the moment a car bomb exploded, killing five"; and so are people the record shows being killed, told
    # by a verb: "a video showing a hostage being beheaded" may be how the killing is first known, where
    # "footage showing killings" names acts as its content, and so do killings a written record names by a noun
    # with their victims counted after "of": "documents detailing the killings of hundreds of civilians"; a video
    # "showing the killing of two hostages" may be how that killing is first known)
    content = [hit for hit in hits if record.end() <= hit.start < sentence[1]]
    casualties = [hit for hit in content if not CASUALTY_CATEGORIES.isdisjoint(hit.categories)]
    if casualties and _WRITTEN_RECORD.match(record.group(0)) and all(
            _named_by_a_noun(text, hit) for hit in casualties) and _DAY_SPAN.search(folded(text), *sentence) is None:
        return True
    return not (casualties and (any(not _COUNT_CATEGORIES.isdisjoint(hit.categories) for hit in content)
                                or any(_KILLED_VERB.search(hit.text) for hit in casualties)))


#: A record written down (documents, a report, cables), which tells acts done before it was written.
_WRITTEN_RECORD: Final = re.compile(r"(?:documents?|report|book|memoir|cables?)\b", re.IGNORECASE)
#: A death noun's plural, or its "of" after it: a noun ("killings", "the killing of"), not a participle ("killing five").
_DEATH_NOUN_PLURAL: Final = re.compile(r"(?:killings|deaths|murders|assassinations)$", re.IGNORECASE)


def _named_by_a_noun(text: str, hit: Hit) -> bool:
    """Whether the casualty word `hit` is a death noun (see is_death_noun), not a verb or its participle."""
    return _DEATH_NOUN_PLURAL.search(hit.text) is not None or hit.text.lower().endswith(" of") or (
        is_death_noun(hit.text) and text.startswith(" of ", hit.end))


# "The film, about a sniper who killed 160 insurgents, tops the box office", "a novel depicting the siege",
# "the biopic of a pilot based on his memoir of the raids": what a work (a film, a book, a play, a song)
# is about is its story, told as what it holds, not as news, counted tolls and all (unlike footage or a
# report, whose counted dead are news: told_as_record_content). A clause of time or cause in between
# starts news of its own ("a film about the war was showing when gunmen attacked the cinema").
#: A work and the word that opens its story ("a film about", "the novel, which is based on"), in lower case.
_WORK_AND_ABOUT: Final = (
    r"(?:films?|movies?|biopics?|documentar(?:y|ies)|books?|novels?|memoirs?|plays?|operas?|musicals?|"
    r"dramas?|songs?|albums?|exhibitions?|paintings?|comics?|graphic\s+novels?|screenplays?|sitcoms?|"
    r"tv\s+series|television\s+series|miniseries|podcasts?|short\s+stories|short\s+story|poems?)\s*,?\s+"
    # (its title of up to four words between commas may stand before its story: "the film Oppenheimer, about",
    # "his memoir Spare, in which he writes that he killed", "the documentary Twenty Days in Mariupol, which shows")
    r"(?:(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+(?=about|in\s+which|which|that))?"
    r"(?:(?:that|which)\s+(?:is|was|are|were)\s+|(?:that|which)\s+(?=tells?\s+of|told\s+of))?"
    # (or its pages, "in which", and what it shows in its clause of "which" or "that": a work's story is told, not
    # filmed as news, unlike footage's: told_as_record_content)
    r"(?:in\s+which|(?:that|which)\s+(?:shows?|showed|depicts?|depicted|portrays?|portrayed|chronicles?|chronicled|"
    r"recounts?|recounted|dramati[sz]es|dramati[sz]ed)|"
    r"about|depicting|portraying|chronicling|recounting|dramati[sz]ing|based\s+on|inspired\s+by|"
    r"telling\s+the\s+story\s+of|on\s+the\s+life\s+of|on|tells\s+of|told\s+of)\s+")
# "his memoir says he killed 25 fighters while serving as a pilot", "the novel tells how soldiers burned the village": a
# memoir, a novel or a life's story, the subject of a verb of telling, tells what its author lived or made up, its
# story, as one "about" it does (a report or footage that says so tells news: told_as_record_content).
_WRITTEN_LIFE_TELLS: Final = (
    r"(?:memoirs?|autobiograph(?:y|ies)|novels?|biograph(?:y|ies))\s+"
    r"(?:says?|said|writes?|recounts?|recounted|reveals?|revealed|tells?|told|describes?|described)\s+"
    r"(?:(?:that|how)\s+)?")
_WORK_AND_ITS_STORY: Final = rf"(?:{_WORK_AND_ABOUT}|{_WRITTEN_LIFE_TELLS})"
_WORK_ABOUT_BEFORE: Final = re.compile(
    r"\b" + _WORK_AND_ITS_STORY
    + r"(?P<story>(?:(?!(?:when|while|as|after|before|until|because|since|but|says?|said)\b)[\w'’.,-]+\s+){0,12}?)$",
    re.IGNORECASE)
#: A work and its story's opening anywhere in the folded text (bot.classify.lowered.found), which
#: _WORK_ABOUT_BEFORE needs: most texts with a work's word ("history", "played", "a series of") have none.
_A_WORKS_STORY: Final = re.compile(_WORK_AND_ITS_STORY)
_WORK_NEEDLES: Final = frozenset({"film", "movie", "biopic", "documentar", "book", "novel", "memoir", "play", "opera",
                                  "musical", "drama", "song", "album", "exhibition", "painting", "comic",
                                  "screenplay", "sitcom", "series", "podcast", "stor", "poem"})
MAX_WORK_STORY_CHARS: Final = 120
#: A relative word right at a position (after a story's noun): the clause that follows describes it.
_RELATIVE_WORD_NEXT: Final = re.compile(r"\s*(?:who|whom|whose|which|that)\b", re.IGNORECASE)
_RELATIVE_IN: Final = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.IGNORECASE)
_AUXILIARY_IN: Final = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b", re.IGNORECASE)


def may_tell_a_works_story(text: str) -> bool:
    """Whether `text` holds a work and the opening of its story, which told_as_a_works_story needs (the
    work's words first, then the regex, each asked once per text)."""
    return not absent(text, _WORK_NEEDLES) and found(text, _A_WORKS_STORY)


def told_as_a_works_story(text: str, hit_start: int, sentence_start: int) -> bool:
    """Whether the event word at hit_start is told in what a work named before it in its sentence is
    about (see _WORK_ABOUT_BEFORE)."""
    if absent(text, _WORK_NEEDLES):
        return False  # (asked once per text: its answer is kept)
    match = _WORK_ABOUT_BEFORE.search(text, max(sentence_start, hit_start - MAX_WORK_STORY_CHARS), hit_start)
    if match is None:
        return False
    # (the story is one noun phrase, maybe with its relative clause: "about a sniper who killed 160", not
    # "a drama about the war, killing two", where the act after the break is news)
    story = match.start("story")
    # (the work's noun phrase ends at a verb of its own: "a film about the war was screened in the town
    # that rebels shelled" tells the town's shelling as news)
    head = _RELATIVE_IN.search(text, story, hit_start)
    if _AUXILIARY_IN.search(text, story, head.start() if head else hit_start):
        return False
    last = last_break_before(text, hit_start)
    if last < story:
        return True
    return _RELATIVE_WORD_NEXT.match(text, last) is not None and not crosses_clause(text, story, last)


# "terrorists who kill civilians will be hunted down", "rebels that attack voters would face the army": an act
# in the present tense in a relative clause on the subject of a modal main verb defines whoever does it, as
# "anyone who attacks" does: a warning, no act told. (An act in the past is someone's deed: "the rebels who
# attacked the village will face trial" reports the attack.)
_GENERIC_RELATIVE_BEFORE: Final = re.compile(r"\b(?:who|that)\s+$", re.IGNORECASE)
_PRESENT_ACT: Final = re.compile(r"(?:attacks?|kills?|bombs?|shoots?|murders?|targets?|strikes?|harms?|hurts?|"
                                 r"assaults?|abducts?|kidnaps?)$", re.IGNORECASE)
_MODAL_MAIN_VERB_AFTER: Final = re.compile(
    r"(?:\s+(?!(?:and|but|as|while|when|after)\b)[\w'’-]+){0,6}?\s+(?:will|would|shall|must|should)\s+"
    r"(?:not\s+)?(?:be|face|pay|get|go)\b", re.IGNORECASE)


def done_by_whoever(text: str, event_start: int, event_end: int, sentence_end: int) -> bool:
    """Whether the event word at event_start is a verb in the present tense of a relative clause on the
    subject of a modal main verb (see _GENERIC_RELATIVE_BEFORE and _MODAL_MAIN_VERB_AFTER)."""
    if _PRESENT_ACT.search(text, event_start, event_end) is None or _GENERIC_RELATIVE_BEFORE.search(
            text, max(0, event_start - 24), event_start) is None:
        return False
    return _follows_in_clause(_MODAL_MAIN_VERB_AFTER, text, event_end, sentence_end)


# "the minister says the attacks in the city are \"sickening\"", "the inquiry says the invasion was not a last
# resort", "the raid was unlawful": an event named with "the" as the subject of a copula whose complement
# judges it (as wrong, lawful, a mistake, shocking) is a known event weighed, a reaction, as "condemns the
# attack" is; the judgement is the news. (A complement that tells more of the act, "the attack was
# coordinated", or its toll, "the bombing that killed 12", is no judgement.)
_JUDGED_AFTER: Final = re.compile(
    r"(?:\s+(?:in|on)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?)?,?\s+"
    r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:not\s+|neither\s+)?(?:(?:a|an|the)\s+)?"
    r"(?:(?:very|deeply|completely|totally|utterly|entirely|clearly|both|so|most|plainly|simply)\s+)?[\"“‘']?"
    r"(?:distressing|sickening|shocking|appalling|unacceptable|illegal|unlawful|lawful|legal|unjustified|justified|"
    r"unjustifiable|mistake|last\s+resort|wrong|crime|war\s+crime|barbaric|barbarous|cowardly|despicable|"
    r"outrageous|regrettable|deplorable|senseless|abhorrent|heinous|inexcusable|reprehensible|disgraceful|"
    r"shameful|provocation|provocative|violation|breach)\b",
    re.IGNORECASE)
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_DEFINITE_SUBJECT_BEFORE: Final = re.compile(r"\b(?:the|these|those|this|that)\s+(?:[\w'’-]+\s+){0,2}$")


def judged_by_a_copula(text: str, event_start: int, event_end: int) -> bool:
    """Whether the event noun at event_start, named with "the", is the subject of a copula that judges it
    (see _JUDGED_AFTER)."""
    # (the determiner first: the caller has found a copula or "in"/"on" after the event word already, and
    # few of those event words are named with "the"; then the anchored match, which backtracks over a place)
    return (_DEFINITE_SUBJECT_BEFORE.search(folded(text), max(0, event_start - 30), event_start) is not None
            and _JUDGED_AFTER.match(text, event_end) is not None
            and _EVENT_NOUN_END.search(text, max(0, event_end - 12), event_end) is not None)


# "Assassination of Boris Nemtsov", "2016 Orlando nightclub shooting", "Attacks on secularists in
# Bangladesh", "Senator's filibuster, Orlando nightclub shooting": a heading that is a noun phrase,
# with no verb or predicate of its own, is the name of a topic (of a story, an article, a running
# event), not a report; the summary under it tells the news, often a reaction to the violence the
# name recalls (a ban, a funeral, a vote). Its violence counts only where the summary reports the act
# itself. A heading is a report where it holds a clause: an auxiliary, a copula or a verb of saying
# ("is", "was", "says"), a toll ("five dead", "12 killed": headlines drop their copula), a count of
# people, or an event word used as a verb ("Gunman kills five", "Rebels attack base", "Bomb explodes in
# market", "Mosque attacked in the north"). (Other verbs leave the event a topic: "Police question
# suspect after mosque shooting" tells its aftermath.) An event word is a noun in a name where its
# form is a noun's ("shooting", "assassination") or where a preposition of the name or the name's end
# follows it ("Attacks on ...", "... nightclub attack").
_HEADING_CLAUSE: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|shall|should|does|"
    r"did|says|said|say|tells|told)\b"
    # (a count: a number that is no year, nor the end of a span of years, "2014–16"; or a number word)
    r"|(?<![\d–/-])\b(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\b"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|scores|"
    r"several)\b",
    re.IGNORECASE)
#: A day beside its month, or a date written with slashes: "September 11 attacks", "7 July bombings", "9/11" name
#: the act by its date; the number is no count of a clause (as "on 12 May" is none in Counts).
_DAY_BESIDE_ITS_MONTH: Final = re.compile(rf"(?:{_MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_NAME}|\d{{1,2}}/\d{{1,2}})\b",
                                          re.IGNORECASE)


# "Bombing of Pan Am Flight 103", "Crash of Air India Flight 182": a count stands before its noun ("12 dead", "five
# soldiers"); a number after a name's noun, in a name of two capitalized words or more, is the name's label, as a
# flight's, a route's or a resolution's is, and no count. (The noun is singular: a capitalized word in -s before a
# number is a title-case verb, "Car Bombing Leaves 12 Dead", whose number is a count.)
_NUMBER_OF_A_NAME: Final = re.compile(r"\b[A-Z][\w'’-]*\s+[A-Z][\w'’-]*[^\Ws]\s+\d[\d,.]*\b")


def _heading_holds_a_clause(text: str, title_end: int) -> bool:
    """Whether the heading text[:title_end] holds a word of a clause (see _HEADING_CLAUSE), a number that is a day
    beside its month (_DAY_BESIDE_ITS_MONTH) or a name's label (_NUMBER_OF_A_NAME) aside."""
    dates = [match.span() for match in _DAY_BESIDE_ITS_MONTH.finditer(text, 0, title_end)]
    dates += [match.span() for match in _NUMBER_OF_A_NAME.finditer(text, 0, title_end)]
    return any(not any(start <= match.start() < end for start, end in dates)
               for match in _HEADING_CLAUSE.finditer(text, 0, title_end))


#: Forms of an event word that only a noun has ("shooting", "assassination", "massacre", "genocide").
_NOUN_FORM: Final = re.compile(r"(?:ings?|ions?|ments?|acres?|ides?)$", re.IGNORECASE)
#: An event phrase whose first word takes "of" is that word's noun phrase, no verb's ("Use of chemical weapons in the
#: civil war": a verb takes its object with no "of").
_NOUN_OF_PHRASE: Final = re.compile(r"^[\w'’-]+\s+of\s", re.IGNORECASE)
#: What may follow an event word used as a noun in a name: the name's end, a separator or a
#: preposition of the name ("Attacks on", "Killing of", "Strikes against").
_AFTER_NAME_NOUN: Final = re.compile(r"\s*(?:$|[,:;(–—]|(?:of|on|against)\b)", re.IGNORECASE)
#: A noun of what follows an act, after an event word that is its modifier, at the name's end: "Paris attack
#: aftermath", "Mall attack inquiry", "Church attack reactions", "Market attack funerals" (the act is the topic
#: that what others do after it, in words, rites, arrests or cases, is named by).
_REACTION_NOUN_AFTER: Final = re.compile(
    r"\s+(?:aftermath|fallout|inquiry|inquest|investigations?|trials?|probes?|hearings?|verdicts?|sentencing|"
    r"anniversary|victims|memorials?|reactions?|responses?|condolences|tributes?|funerals?|vigils?|mourning|"
    r"arrests?|suspects?)\s*(?:$|[,:;(–—])",
    re.IGNORECASE)
#: A preposition of a name at the end of an event phrase that holds it ("Death of").
_HELD_NAME_PREPOSITION: Final = re.compile(r"\s+(?:of|on|against)$", re.IGNORECASE)
#: What names an armed side or its weapons (taxonomy.toml's categories, the engine's NAMED_GROUP).
_ARMED_SIDE: Final = frozenset({"armed_group", "named_group", "distance_weapon"})
#: A casualty word that is a predicate in a headline: "Five dead", "Gunman killed", "Two hurt".
_TOLL_PREDICATE: Final = re.compile(r"(?:ed|dead|dies|die|hurt|slain|kills?)$", re.IGNORECASE)
#: A heading that ends as a sentence does (a full stop, maybe before its sources in parentheses) is one; not the
#: full stop of an abbreviation that ends a name ("Assassination of Martin Luther King Jr.": stops_a_short_form).
_SENTENCE_END: Final = re.compile(r"[.!?]\s*(?:\([^)]*\)[\s,]*)*$")
#: Names are short; a heading longer than this is a sentence.
MAX_TOPIC_NAME_WORDS: Final = 12
# "Battle of Aleppo", "Hit offensive (2016)", "Siege of Sarajevo", "War in Donbass": a name of a running
# campaign of fighting names no event that is over; where the summary under it tells its next move (a
# town taken, an advance: a state's forces or an armed side act), that is the fighting itself, and the
# heading keeps its violence. (Under it, "the UN warns of a catastrophe" tells none.)
_STATE_FORCE: Final = frozenset({"state_force"})
_ARMED_SIDE_OR_STATE_FORCE: Final = _ARMED_SIDE | _STATE_FORCE
_CAMPAIGN: Final = re.compile(r"(?:battles?|offensives?|sieges?|wars?|warfare|insurgency|insurgencies|campaigns?|"
                              r"invasions?|operations?|fighting|clashes|uprising|conflict)$", re.IGNORECASE)


def _sentence_start(text: str, offset: int) -> int:
    """Where the sentence (or the line) that holds `offset` starts, roughly: after the last full stop
    and space, or line break, before it."""
    return max(text.rfind("\n", 0, offset), text.rfind(". ", 0, offset))


#: The categories of a violent or casualty word, which a topic's name must hold (heading_is_a_topic).
_EVENT_WORD_CATEGORIES: Final = VIOLENT_CATEGORIES | CASUALTY_CATEGORIES


def _title_names_an_event(hits: list[Hit], title_end: int) -> bool:
    """Whether a hit before title_end is a violent or casualty word (without one a title names no event)."""
    for hit in hits:
        if hit.start < title_end and not _EVENT_WORD_CATEGORIES.isdisjoint(hit.categories):
            return True
    return False


#: A move of forces: troops sent, massed or deployed (taxonomy.toml's send and mobilization).
_MOVE_OF_FORCES: Final = frozenset({"send", "mobilization"})


# "Aleppo offensive (September 2016)" over "ten thousand troops amass near the city in preparation of a final
# assault", "Battle of Kunduz" over "the coalition dispatches troops to the city to help the army": a side
# whose sentence tells only its forces moved (sent, massed, deployed), with no act of its own, tells a
# mobilization under the campaign's name, not its next move of fighting. ("Troops sent to the city retake
# the old quarter" tells one.)
def _forces_only_moved(text: str, hits: list[Hit], side: Hit, title_end: int) -> bool:
    """Whether the sentence of the summary that holds `side` tells forces moved (_MOVE_OF_FORCES) and no
    violent or casualty word."""
    return _sentence_tells_only(text, hits, side, title_end, _MOVE_OF_FORCES)


def _sentence_tells_only(text: str, hits: list[Hit], side: Hit, title_end: int, told: frozenset[str]) -> bool:
    """Whether the sentence of the summary that holds `side` holds a word of the categories `told` and no
    violent or casualty word."""
    start = max(title_end, _sentence_start(text, side.start))
    end = text.find(". ", side.end)
    end = len(text) if end < 0 else end
    found = False
    for other in hits:
        if other.start < start or other.start >= end:
            continue
        if not _EVENT_WORD_CATEGORIES.isdisjoint(other.categories):
            return False
        found = found or not told.isdisjoint(other.categories)
    return found


# "Stadium bombing" over "bomber John Doe receives a guilty verdict", "Mall shooting" over "suspected shooter John Doe
# is arrested", "School attack" over "police say the deceased attacker was driven by hatred": under a heading that
# names an act, an attacker in the summary is that act's, known by it (as "the gunman" is: attacker_in_a_case); where
# his sentence tells a step of a case (an arrest, a charge, a verdict) and no violent or casualty word, or tells him
# dead, the act is over and the case or who he was is the news. ("Gunmen still hold the hall" keeps it news.)
_CASE_WORDS: Final = frozenset({"reaction", "legal"})
_DEAD_ATTACKER_BEFORE: Final = re.compile(r"\b(?:deceased|dead|slain)\s+$", re.IGNORECASE)
# "Village massacre" over "graves left by the militia after the massacre are found", "Siege of the town" over "aid
# reaches the quarter held by rebels": a side named as the agent of a participle that tells no act describes a thing
# or a place by who left or holds it (as "a rebel-held town" does), and tells it no doer of fighting now.
_AGENT_OF_PARTICIPLE_BEFORE: Final = re.compile(r"\b[a-z]+(?:ed|en|eft|eld|un)\s+by\s+(?:the\s+)?$")
#: How far before a side the participle it is the agent of may stand.
MAX_AGENT_PARTICIPLE_CHARS: Final = 30
# "Assassination of the prime minister" over "crowds mark 28 years since the prime minister was assassinated by a
# far-right extremist", "School kidnapping" over "ten pupils abducted by gunmen are freed": a side named as the agent
# of an event word of the summary, its doer after "by", is named by that act alone; whether the act is news is that
# word's own reading (a remembrance, a release, a case), and the side tells no fighting of its own beside it. ("Ten
# pupils were abducted by gunmen on Sunday" alerts on "abducted" itself.)
_AGENT_OF_AN_ACT_BEFORE: Final = re.compile(r"\s+by\s+(?:(?:the|an?)\s+)?(?:[\w'’-]+\s+){0,2}$")
#: How far after the event word its agent may stand ("by a far-right religious").
MAX_AGENT_OF_AN_ACT_CHARS: Final = 40


#: A person who leads, founded or speaks for a side: "leader", "founder", "spokesman" (engine's _LED_BY_ROLE_BEFORE
#: reads it before "of": "the leader of the militia").
LEADING_ROLE: Final = r"(?:leader|founder|co-founder|head|chief|chairman|ideologue|spokesman|spokeswoman|spokesperson)"
# "Assassination of the group's leader" over "Iran vows punishment over the killing of Hamas political leader Ismail
# Haniyeh": a side named as what a person leads or speaks for, before the person's role ("Hamas political leader", "the
# militia's spokesman"), says who that person is, not that the side fights ("Hamas fighters fire rockets" does).
_ROLE_AFTER_SIDE: Final = re.compile(rf"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{0,2}}?{LEADING_ROLE}s?\b")


def _agent_of_an_act(text: str, hits: list[Hit], side: Hit) -> bool:
    """Whether the side `side` is the agent ("by") of an event word right before it (_AGENT_OF_AN_ACT_BEFORE)."""
    for other in hits:
        if other.end <= side.start - MAX_AGENT_OF_AN_ACT_CHARS or _EVENT_WORD_CATEGORIES.isdisjoint(other.categories):
            continue
        if other.end > side.start:
            break
        if _AGENT_OF_AN_ACT_BEFORE.fullmatch(text, other.end, side.start) is not None:
            return True
    return False


def _side_does_no_fighting(text: str, hits: list[Hit], side: Hit, title_end: int) -> bool:
    """Whether the armed side `side` in the summary under a heading that names an act tells no fighting of its own:
    the act's attacker in a case or dead (_CASE_WORDS, _DEAD_ATTACKER_BEFORE), the agent of a participle that
    is no event word (_AGENT_OF_PARTICIPLE_BEFORE) or of an event word of the summary (_agent_of_an_act), what a
    person leads or speaks for (_ROLE_AFTER_SIDE), or the subject of a finding's clause (_in_a_findings_clause)."""
    before = max(title_end, side.start - MAX_AGENT_PARTICIPLE_CHARS)
    agent = _AGENT_OF_PARTICIPLE_BEFORE.search(text, before, side.start)
    if agent is not None and not any(agent.start() <= other.start < side.start for other in hits):
        return True
    if _in_a_findings_clause(text, side, title_end) or _agent_of_an_act(text, hits, side) or _ROLE_AFTER_SIDE.match(
            text, side.end) is not None:
        return True
    if _ATTACKER_NOUN.search(text, side.start, side.end) is None:
        return False
    return _DEAD_ATTACKER_BEFORE.search(text, before, side.start) is not None or _sentence_tells_only(
        text, hits, side, title_end, _CASE_WORDS)


# "Use of chemical weapons in the civil war" over "a watchdog publishes a report concluding that an air force helicopter
# dropped a chlorine cylinder on a building in 2018": a side in the clause of a finding (what a body finds, concludes or
# determines, with "that": told_in_a_finding) is the finding's matter, an act known before, as its acts are; it tells
# no fighting under the heading's name now ("an air force helicopter drops chlorine on the town" does).
def _in_a_findings_clause(text: str, side: Hit, title_end: int) -> bool:
    """Whether the side `side` in the summary stands in the clause of a finding opened by "that" (see
    _FINDING_VERB_BEFORE)."""
    if absent(text, _FINDING_VERB_NEEDLES):
        return False
    finding = _FINDING_VERB_BEFORE.search(text, max(title_end, side.start - MAX_FINDING_SUBJECT_CHARS), side.start)
    return finding is not None and finding.group("that") is not None and not crosses_clause(
        text, finding.start(), side.start)


# "Battle of Verdun" over "a new gallery on the 1916 battle in which 300,000 French and German soldiers died",
# "Russian invasion of Ukraine" over "the bodies of 1,000 people Kyiv believes to be Ukrainian soldiers are
# returned": a state's forces named as the dead (the subject of a verb of dying or of being killed) or as what
# people are (the noun of a predicate: "believes to be soldiers", "were soldiers") do nothing; they tell no next
# move of the campaign under its name. (Their deaths told as news are the summary's own violence, read by
# itself: "Battle of Kunduz" over "20 soldiers were killed on Sunday" alerts on "killed".)
_FORCE_AS_PREDICATE_BEFORE: Final = re.compile(
    r"\b(?:to\s+be|were|was|are|is)\s+(?:(?:the|an?|its|their)\s+)?(?:[A-Z][\w'’-]*\s+|\w+\s+and\s+){0,3}$")
_FORCE_AS_THE_DEAD_AFTER: Final = re.compile(
    r"\s+(?:(?:who|that)\s+)?(?:(?:died|perished|lost\s+their\s+lives)\b|"
    r"(?:were|had\s+been|have\s+been|are|was)\s+(?:killed|slain|wounded|injured)\b)", re.IGNORECASE)
#: How far before a force its predicate's verb may stand ("to be" and three words: "to be Ukrainian and Polish").
MAX_FORCE_PREDICATE_CHARS: Final = 50


def force_told_as_the_dead(text: str, force: Hit) -> bool:
    """Whether the state's force `force` is named as the dead or as what people are, not as a doer (see
    _FORCE_AS_PREDICATE_BEFORE, _FORCE_AS_THE_DEAD_AFTER)."""
    return _FORCE_AS_THE_DEAD_AFTER.match(text, force.end) is not None or _FORCE_AS_PREDICATE_BEFORE.search(
        text, max(0, force.start - MAX_FORCE_PREDICATE_CHARS), force.start) is not None


# "Turkish offensive in Syria" over "the Union condemns the offensive and calls on Turkey to withdraw its troops": a
# condemnation is a reaction (the vocabulary reads its words as "past": what they condemn is known), and a sentence it
# opens names forces as what the reaction is about or asks of them, as one a "reaction" word opens does.
_CONDEMNATION: Final = re.compile(r"(?:condemn|denounc|deplor)", re.IGNORECASE)


def opens_a_reaction(hit: Hit) -> bool:
    """Whether `hit` is a word of a reaction: the vocabulary's reaction, or a condemnation (_CONDEMNATION)."""
    return "reaction" in hit.categories or ("past" in hit.categories and _CONDEMNATION.match(hit.text) is not None)


def _ends_as_a_sentence(text: str, title_end: int) -> bool:
    """Whether the heading text[:title_end] ends as a sentence does (_SENTENCE_END), its full stop no
    abbreviation's."""
    end = _SENTENCE_END.search(text, 0, title_end)
    return end is not None and not (text[end.start()] == "." and stops_a_short_form(text, end.start()))


def heading_is_a_topic(text: str, hits: list[Hit], title_end: int) -> bool:
    """Whether the title of an item with a summary (text[:title_end]) is a topic's name (see
    _HEADING_CLAUSE): then its event words are no report of their own."""
    # (the cheapest tests first: a long title, or one with no event word, needs no regex over it)
    if title_end >= len(text) or len(text[:title_end].split()) > MAX_TOPIC_NAME_WORDS or not _title_names_an_event(
            hits, title_end) or _heading_holds_a_clause(text, title_end) or _ends_as_a_sentence(text, title_end):
        return False
    named = campaign = False
    for index, hit in enumerate(hits):
        if hit.start >= title_end:
            # an armed side or a weapon fired from afar in the summary tells the fighting go on under
            # the name ("... rocket attacks" / "a rocket fired from the strip lands"), and under a
            # campaign's name a state's forces do too ("Battle of ..." / "the army retakes the town"):
            # the name's violence stays news
            if not (_ARMED_SIDE_OR_STATE_FORCE if campaign else _ARMED_SIDE).isdisjoint(hit.categories) and not any(
                    opens_a_reaction(other) for other in hits
                    if _sentence_start(text, hit.start) < other.start < hit.start) and not attacker_in_a_case(
                    text, hit.start, hit.end) and not _forces_only_moved(text, hits, hit, title_end) and not (
                    not campaign and _side_does_no_fighting(text, hits, hit, title_end)) and not (
                    campaign and "state_force" in hit.categories and force_told_as_the_dead(text, hit)) and not (
                    recalled_by_an_anniversary(text, hits, index, (_sentence_start(text, hit.start), len(text)))):
                # (nor a side in the clause that describes an act an anniversary recalls: "on the seventh
                # anniversary of the shootings, in which a gunman killed 51")
                # (not in a sentence a reaction opens: "sanctions on the group's leaders", "votes to
                # designate the army as a terrorist organisation"; nor an attacker in a case: "the gunman
                # is sentenced")
                return False
            continue
        if _EVENT_WORD_CATEGORIES.isdisjoint(hit.categories):
            continue
        word = text[hit.start:hit.end]
        # (a phrase of the vocabulary may hold the name's preposition itself: "Death of" in "Death of a
        # teenager in police custody"; the noun is the word before it, and the preposition follows that)
        held = _HELD_NAME_PREPOSITION.search(word)
        noun_end = hit.end if held is None else hit.start + held.start()
        word = text[hit.start:noun_end]
        if not CASUALTY_CATEGORIES.isdisjoint(hit.categories) and _TOLL_PREDICATE.search(word):
            return False
        if _CAMPAIGN.search(word):
            campaign = True  # a running campaign of fighting, not an event that is over
        elif not (_NOUN_FORM.search(word) or _NOUN_OF_PHRASE.match(word) or _AFTER_NAME_NOUN.match(text[:title_end], noun_end)
                  or _REACTION_NOUN_AFTER.match(text[:title_end], noun_end)):
            return False  # an event word used as a verb: "Gunman kills five", "Bomb explodes in market"
        named = True
    return named


# "blames the government for the attack", "says the army was responsible for the bombing of the convoy on
# September 19", "says a militia is behind recent rocket attacks that killed 20", "vows to punish the
# perpetrators of the bombings": an act that is the object of an attribution (who is responsible for it,
# behind it, to blame for it, its perpetrators) and that the words name as known (a definite article, "recent",
# a possessive of a day or month, a calendar date) is told after that act; who did it is the news. As with a
# claim (_CLAIM_FOR), an act named for the first time ("blames rebels for an attack on a market") is news,
# and so is a known one whose toll the attribution counts ("blames rebels for the bombing that killed 12"),
# unless its words set it back beyond a first report ("recent", "this month's", "last week's", a date).
# A verb or a noun of a part in the act is the same attribution ("claiming it backed the rebel attack", "says
# Moscow carried out the nerve agent attack", "accusing them of being involved in the abduction", "denies any
# role in the bombing"): a side's part in a known act, claimed or denied, is the news; but only in an act it
# names as known by its words ("the", "these", a day's), as "says it carried out an air strike on 12 February"
# or "says rebels carried out an attack on a market" tell their act first.
# So is what a known act is called ("calls the attacks on the embassy \"unacceptable\"", "described the shelling as
# \"a terrorist act\"", "terms the killing a crime"): a verb of judging whose object is the act, then its judgement
# (a quotation, "as", "a" or "an"), tells what is said of an act known before.
# (A recognition is such a judgement: "formally recognises the mass killings of Armenians in 1915 as genocide".)
_ATTRIBUTION_NEEDLES: Final = frozenset({
    "responsible", "behind", "blame", "perpetrat", "backed", "sponsored", "masterminded", "orchestrated",
    "carried out", "involved in", "involvement in", "complicity in", "role in",
    "call", "describ", "term", "brand", "label", "dub", "recogni",
    "legitimate", "lawful", "legal", "justified", "acceptable", "staged", "faked", "fabricated", "self-defen", "crime",
    "act of", "violation"})
_ATTRIBUTED_FOR: Final = re.compile(
    r"(?:\bresponsible\s+for|\b(?:is|are|was|were|be|been|being|stands?|stood)\s+(?:\w+ly\s+)?behind|"
    r"\bblam(?:e|es|ed|ing)\s+(?:[\w'’.-]+,?\s+){1,10}?for|\bperpetrators?\s+of|"
    # (a verb of a part in the act with its subject before it, not an adjective: "the Chad-backed rebel attack")
    r"(?P<part>(?<![\w-])(?:backed|sponsored|masterminded|orchestrated|perpetrated|carried\s+out)|"
    r"\b(?:involved|involvement|complicity|role)\s+in))\s+"
    # (the object is a noun phrase of its line: a copula after it opens a predicate, "protesting against the
    # militia's role in the war is shot dead", and a heading's end is no part of it)
    r"(?P<object>(?:(?!(?:is|are|was|were)\b)[\w'’.-]+[^\S\n]+){0,6})$", re.IGNORECASE)
_JUDGED_KNOWN: Final = re.compile(
    r"(?P<part>\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|term(?:s|ed|ing)?|brand(?:s|ed|ing)?|"
    r"label(?:s|led|ed|ling|ing)?|dub(?:s|bed|bing)?|recogni[sz](?:e|es|ed|ing)))\s+"
    r"(?P<object>(?:(?!(?:is|are|was|were|for|on|off|in)\b)[\w'’.-]+[^\S\n]+){0,6})$", re.IGNORECASE)
#: The act's word (one or two) and the phrase of its target or place: "attacks on the embassy", "air strike on the
#: school bus".
_ACT_AND_ITS_TARGET: Final = r"[\w'’-]+(?:\s+[\w'’-]+)?(?:\s+(?:on|in|at|against|of|by)\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)?"
#: The judgement after the act judged and the phrase of its target or place: "the attacks on the embassy
#: \"unacceptable\"", "the shelling as", "the killing a crime".
_JUDGEMENT_AFTER: Final = re.compile(_ACT_AND_ITS_TARGET + r",?\s+(?:as\s|[\"“‘']|an?\s)")
# ... or said to be by a copula, the act its subject: "says the air strike on the school bus was a legitimate military
# action", "the attack was staged", "the stabbing was an act of terrorism" (a judgement of it or what it was found to
# be; "the attack was the third this week" tells no judgement).
_DEFINITE_SUBJECT_BEFORE: Final = re.compile(
    r"(?:^|[.:;!?\n]\s*|\b(?:that|says|said|say)\s+)(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose|\w+day['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,3}$")
_SAID_TO_BE_AFTER: Final = re.compile(
    _ACT_AND_ITS_TARGET + r"\s+(?:was|were|is|are)\s+(?:(?:not|an?|the)\s+)?(?:[\w-]+ly\s+)?"
    r"(?:(?:un)?lawful|(?:il)?legal|(?:il)?legitimate|(?:un)?justified|(?:un)?acceptable|staged|faked|fabricated|self-defen[cs]e|(?:war\s+)?crime|act\s+of|violation)\b",
    re.IGNORECASE)
#: How far before the act's word the opening of its subject may stand (the article and three words).
MAX_SUBJECT_CHARS: Final = 60
#: Words that set an act back beyond a first report, before it: "recent", "earlier", "this month's", "last
#: week's", "October 9".
_GONE_OBJECT: Final = re.compile(
    rf"(?:(?:the|a|an|its|their)\s+)?(?:(?:[\w-]+\s+)?(?:recent|earlier|previous)\s|this\s+(?:week|month|year)['’]s\s|"
    rf"last\s+\w+['’]s\s|{_MONTH_NAME}\s+\d{{1,2}}\s)", re.IGNORECASE)
#: Words that name an act as known before it, with no toll counted: "the", "these", "yesterday's", "Friday's".
#: ... or after it, in the phrase of its place: "the bombings at this month's rally", "the raid in last week's".
_GONE_PHRASE_AFTER: Final = re.compile(
    r"[\w'’.-]*(?:\s+(?!(?:and|but|that|which|who)\b)[\w'’.-]+){0,5}?\s+(?:this\s+(?:week|month|year)['’]s|"
    r"last\s+\w+['’]s|earlier\s+this\s+(?:week|month|year))\s", re.IGNORECASE)
_DEFINITE_OBJECT: Final = re.compile(r"(?:the|this|that|these|those|\w+day['’]s)\s", re.IGNORECASE)
MAX_ATTRIBUTION_CHARS: Final = 140


def attributes_known_act(text: str, event_start: int, sentence_end: int, opening: bool) -> bool:
    """Whether the violent word at event_start is the object of an attribution of who did it and names an act
    known before: see _ATTRIBUTED_FOR. An act named by a definite word alone is known before the item only in
    its opening sentence (`opening`: the title's, or the summary's first): in a later one, "the attack" is the
    act the item told ("hostile objects were engaged over the city. State media says Israel is behind the
    attacks")."""
    if absent(text, _ATTRIBUTION_NEEDLES):
        return False
    if opening and _DEFINITE_SUBJECT_BEFORE.search(text, max(0, event_start - MAX_SUBJECT_CHARS), event_start) and (
            _SAID_TO_BE_AFTER.match(text, event_start, sentence_end)) and _TOLL_COUNTED_AFTER.match(
            text, event_start, sentence_end) is None:
        return True  # "the air strike on the school bus was a legitimate military action"
    window = text[max(0, event_start - MAX_ATTRIBUTION_CHARS):event_start]
    if not any(needle in window for needle in _ATTRIBUTION_NEEDLES) and "Blame" not in window:
        return False
    attribution = _ATTRIBUTED_FOR.search(text, max(0, event_start - MAX_ATTRIBUTION_CHARS), event_start)
    if attribution is None:
        attribution = _JUDGED_KNOWN.search(text, max(0, event_start - MAX_ATTRIBUTION_CHARS), event_start)
        if attribution is None or _JUDGEMENT_AFTER.match(text, event_start, sentence_end) is None:
            return False
    if CLAUSE_WORD.search(text, attribution.end(), event_start) is not None:
        return False
    obj = attribution.group("object") or text[event_start:event_start + 12]
    if attribution.group("part") and _DEFINITE_OBJECT.match(obj) is None:
        # a side's part in an act it names with "a" or none is its report of that act, dated or not: "says it
        # carried out an air strike on 12 February"
        return False
    if _GONE_OBJECT.match(obj) is not None or _GONE_PHRASE_AFTER.match(text, event_start, sentence_end) is not None or (
            _MONTH_DATE_AFTER.match(text, event_start, min(sentence_end, event_start + MAX_CLAIM_DATE_CHARS))):
        return True
    return opening and _DEFINITE_OBJECT.match(obj) is not None and _TOLL_COUNTED_AFTER.match(
        text, event_start, sentence_end) is None


# "the attacker who killed eight people at the base was a triple agent", "the three suicide bombers who killed 44
# people were foreign nationals", "yesterday's suicide bomber had registered with the authorities", "the gunman,
# who killed nine people, had links to no group": an attacker named as known ("the", a day's possessive), whose
# clause's predicate tells who he was (a copula before a name or a description, "had links", "had registered"),
# is known by an act told before; his act, in a relative clause of him, is told again, and who he was is the
# news. (A predicate of violence is news of its own, "the gunman who killed nine was shot dead"; and a relative
# clause that dates the act by a day near may be its first report, "the gunman who killed nine on Tuesday was a
# former pupil".) So is the arm of a known act whose predicate tells where it came from or whose it was, its
# act in a relative clause of it: "the missile that downed the airliner came from rebel territory", "the
# missile that killed two farmers was probably fired by air defences", "the shell that killed a child was fired
# from a school" (who fired it is the news; "the rocket that killed two on Tuesday was fired from the north" may
# be its first report).
_ATTACKERS: Final = (r"(?:gunm[ae]n|bombers?|shooters?|attackers?|assailants?|killers?|perpetrators?|"
                     r"missiles?|rockets?|shells?|bombs?|drones?|projectiles?|bullets?)")
_KNOWN_ATTACKER: Final = r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|\w+day['’]s)\s+(?:[\w'’-]+\s+){0,4}?"
_KNOWN_ATTACKER_BEFORE: Final = re.compile(_KNOWN_ATTACKER + r"$")
#: An event word that is itself the attacker or the arm ("the shell that killed a child was fired from a school").
_ATTACKER_OR_ARM: Final = re.compile(_ATTACKERS + r"$", re.IGNORECASE)
_KNOWN_ATTACKERS_RELATIVE_BEFORE: Final = re.compile(
    _KNOWN_ATTACKER + _ATTACKERS + r"\s*,?\s+(?:who|that|which)\s+(?:(?:had|has|have|allegedly|reportedly)\s+)?$")
_IDENTITY_AFTER: Final = re.compile(
    r"[^.;:!?]{0,140}?(?:,\s*|\s)(?:(?:was|were|is|are)\s+(?:an?\s|[A-Z]|(?:[\w-]+,?\s+(?:and\s+)?){0,4}"
    r"(?:nationals|citizens|residents|natives|members)\b)"
    r"|had\s+(?:\w+\s+)?(?:links|ties|connections|registered|been)\b(?!\s+(?:killed|shot|wounded|injured|hurt|dead))"
    # (an arm's origin or owner)
    r"|(?:was|were)\s+(?:\w+ly\s+)?(?:fired|launched)\s+(?:by|from|near)\b|came\s+from\b|belonged\s+to\b)")
_NEAR_DAY: Final = re.compile(r"\b(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|"
                              r"[Yy]esterday|[Tt]oday|[Tt]onight|overnight|last\s+night|this\s+morning)\b")
MAX_ATTACKER_CHARS: Final = 60
#: The attacker nouns (of _ATTACKER_NOUN and _ATTACKERS) that identifies_known_attacker needs, one of them in either
#: of its cases: asked of the whole text first (lowered.absent keeps its answer), as most texts name no attacker.
_ATTACKER_NEEDLES: Final = frozenset({"gunm", "bomb", "shooter", "attacker", "assailant", "killer", "perpetrator",
                                      "missile", "rocket", "shell", "drone", "projectile", "bullet"})


def identifies_known_attacker(text: str, event_start: int, event_end: int, sentence_end: int) -> bool:
    """Whether the violent or casualty word at event_start is a known attacker or the act of a relative clause of
    one, whose predicate tells who he was: see _IDENTITY_AFTER."""
    if absent(text, _ATTACKER_NEEDLES):
        return False
    lo = max(0, event_start - MAX_ATTACKER_CHARS)
    if _ATTACKER_OR_ARM.search(text, event_start, event_end) is not None:
        if _KNOWN_ATTACKER_BEFORE.search(text, lo, event_start) is None:
            return False
    elif all(word not in text[lo:event_start] for word in (" who ", " that ", " which ")) or (
            _KNOWN_ATTACKERS_RELATIVE_BEFORE.search(text, lo, event_start) is None):
        return False
    identity = _IDENTITY_AFTER.match(text, event_end, sentence_end)
    return identity is not None and _NEAR_DAY.search(text, event_end, identity.end()) is None


#: The needle sets text_cues asks, and the case verbs every event word's told_as_a_cases_cause asks: answered
#: together, in one pass over the text (bot.classify.lowered.answer_together), at half the cost of a test
#: per needle. (Defined last: the sets are defined all over this module. A set left out is still answered,
#: by absent itself. The engine answers these in its own pass, with the sets its stage 1 asks: text_cues then
#: finds them answered.)
TEXT_NEEDLES: Final = NeedleSets((
    _SUBORDINATOR_NEEDLES, _KNOWN_EVENT_NEEDLES, _SPAN_NEEDLES, _SINCE_NEEDLES, _TOPIC_NEEDLES, _CAUSED_NEEDLES,
    _KILLED_ADJECTIVES, _KIN_NEEDLES, _CALLED_OFF_NEEDLES, _DESTROY_NEEDLES, _EARLIER_NEEDLES, _EARLIER_RELATIVE_NEEDLES,
    _CONFLICT_NEEDLES,
    _AGE_NEEDLES, _CASE_STAGE_NEEDLES, _DRILL_CONTENT_NEEDLES, _DRILL_NEEDLES, _RECORD_NEEDLES, _RELATIVE_NEEDLES,
    _SUCCESSION_NEEDLES, _WORK_NEEDLES, _TAKEN_NEEDLES, _STOPPED_NEEDLES, _DECLARED_NEEDLES, _CASE_VERB_NEEDLES,
    _MOURNED_NEEDLES, _RITE_NEEDLES, _RECOVERY_NEEDLES, _FLED_NEEDLES, _FINDING_VERB_NEEDLES, _WEAPON_USE_NEEDLES, _MONITOR_NEEDLES, _ADMIT_NEEDLES, _INQUIRY_NEEDLES, _TO_COME_NEEDLES,
    _RUNNING_TOLL_NEEDLES,
    _WAR_OR_SPAN_NEEDLES, _LEVEL_NEEDLES, _LONG_SPAN_NEEDLES, _DECIDED_NEEDLES, _MONTHS_SPAN_NEEDLES, _SHARE_NEEDLES,
    _ATTACKER_NEEDLES, _ATTRIBUTION_NEEDLES, _REVISION_NEEDLES, _TOLL_NEEDLES, _ANTIQUITY_NEEDLES, _REMAINS_NEEDLES, _RATE_NEEDLES,
    _DAY_GONE_NEEDLES,
    _ACT_FOLLOWED_NEEDLES, _CLAIM_NEEDLES, _CONFIRM_NEEDLES, _MOVE_NEEDLES, _REPORT_NEEDLES, _DENIAL_NEEDLES, _FINDING_NEEDLES))


# "to mark 17 years since gunmen attacked hotels, a station and a hospital in the city, killing 166 people", "a
# ceremony to mark 40 years since guerrillas seized the palace and the army stormed it to retake the building": a
# span of months or more that a remembrance or a copula counts since an act (told_as_history's _SPAN_AFTER) opens a
# clause that runs on to the end of its sentence, through the lists, the participles, the purposes and the verbs
# joined by "and" that tell the same act: all of it is the remembered act, history. It ends where a new clause of
# contrast or time opens (a semicolon, ", but", ", while", ", as", ", when") or where a recent day dates a word
# after "since" (an act of the news: "marks a year since the coup as troops fire on crowds on Monday"). A span that
# opens its sentence is a fronted adverb and its clause ends at the comma ("Three years since the coup, soldiers
# opened fire on Sunday, killing 12" tells news), so the span must follow a verb of marking or a copula.
_MARKED_SPAN_SINCE: Final = re.compile(
    r"\b(?:marks?|marked|marking|commemorat(?:e|es|ed|ing)|remember(?:s|ed|ing)?|observe[sd]?|observing|"
    r"(?:it|this)\s+(?:is|was|has\s+been)|(?:it['’]s))\s+"
    rf"(?:exactly\s+|nearly\s+|almost\s+|about\s+|more\s+than\s+|over\s+)?{_SPAN_COUNT}[\s-]+(?:full\s+)?"
    r"(?:years?|decades?|months?)\s+since\s", re.IGNORECASE)
#: Where the clause after "since" ends and news of its own may open.
_SINCE_CLAUSE_END: Final = re.compile(r";|,\s+(?:but|while|as|when|whereas|although|though)\s|\s(?:amid|as)\s")
_SINCE_NEEDLES: Final = frozenset({" since "})
#: The phrases that count years since an act, each with the needles it needs (recalled_by_an_anniversary): an
#: anniversary of it, and a span that a verb of marking or a copula counts since it ("marking 80 years since the
#: bombing, as a bell tolls at the minute the bomb exploded": an anniversary told by its span).
_COUNTS_YEARS_SINCE_AN_ACT: Final = ((_ANNIVERSARY_OF, _ANNIVERSARY_NEEDLES), (_MARKED_SPAN_SINCE, _SINCE_NEEDLES))


def in_a_marked_span_since(text: str, event_start: int, sentence_start: int) -> bool:
    """Whether the event word at event_start stands in the clause after a span of months or more that a verb of
    marking or a copula counts since an act, before that clause ends or a recent day dates a word in it (see
    _MARKED_SPAN_SINCE)."""
    if absent(text, _SINCE_NEEDLES):
        return False
    spans = list(_MARKED_SPAN_SINCE.finditer(text, sentence_start, event_start))
    if not spans:
        return False
    span = spans[-1]  # (the last span before the event: its clause is the nearest)
    return (_SINCE_CLAUSE_END.search(text, span.end(), event_start) is None
            and _RECENT_DAY.search(folded(text), span.end(), event_start) is None)


# "the insurgents behind years of attacks in the province", "after decades of war", "ending months of clashes": acts
# told as a span of months or more are a state of things that lasted, the background of what is said of them (who
# is behind them, what ended them), no act told, as fighting a place has seen is (fighting_a_place_has_seen). (A
# span of days or weeks may be this week's: "after three days of clashes" is left to the other rules; an act of the
# span's own is told by its own words: "years of attacks culminated on Monday when gunmen killed 12".)
_SPAN_OF_ACTS_BEFORE: Final = re.compile(
    r"\b(?:(?:many|several|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|long)\s+)?"
    r"(?:months|years|decades)\s+of\s+(?:[a-z][\w'’-]*\s+){0,2}$", re.IGNORECASE)
#: A word of time before the span: the span is then the period a main clause ends or answers, left to the rules of
#: such periods ("the army retakes the city after three months of fighting that killed 2,000" tells the battle's toll).
_TIME_WORD_BEFORE_SPAN: Final = re.compile(
    r"\b(?:after|following|amid|ending|ended|ends|end|during|through|throughout)\s+(?:(?:many|several|\d+|two|three|"
    r"four|five|six|seven|eight|nine|ten|a\s+few|long)\s+)?$", re.IGNORECASE)
#: How far before the act word its span may open ("several decades of sporadic armed").
MAX_SPAN_OF_ACTS_CHARS: Final = 50


def told_as_a_span_of_acts(text: str, event_start: int, event_end: int, sentence_start: int) -> bool:
    """Whether the plural or mass act word at event_start is told as a span of months or more (see
    _SPAN_OF_ACTS_BEFORE)."""
    word = text[event_start:event_end].lower()
    if not (word.endswith("s") or word.endswith("ing") or word in _MASS_ACTS):
        return False
    span = _SPAN_OF_ACTS_BEFORE.search(text, max(sentence_start, event_start - MAX_SPAN_OF_ACTS_CHARS), event_start)
    return span is not None and _TIME_WORD_BEFORE_SPAN.search(text, max(sentence_start, span.start() - 30),
                                                               span.start()) is None


#: Act nouns that name many acts in the singular: "years of war", "decades of conflict".
_MASS_ACTS: Final = frozenset({"war", "conflict", "violence", "insurgency", "unrest", "bloodshed", "terror"})


_KILL_VERBS: Final = frozenset({"kill", "kills", "killed", "killing"})


# "a compound from a soil bacterium killed golden staph in lab tests", "the drug kills 99% of cancer cells": a verb of
# killing whose object is germs, cells or a tumour (taxonomy.toml's context_science) tells what a medicine or a
# body does, no death of people ("bacteria killed three patients" has people for its object, and stays a death).
#: How many words may stand between the kill verb and the germs or cells it kills ("99.9% of", "drug-resistant").
MAX_WORDS_TO_KILLED_GERMS: Final = 3
_SCIENCE_SENSE: Final = "context_science"


# "a molecule attacked and killed drug-resistant Acinetobacter in lab dishes and in mice", "the drug killed 90% of
# tumours in mice": what is killed in a laboratory's test, a dish, a test tube or an animal model is no person,
# whatever the germ's name (the setting of an experiment, after the verb in its clause; "in the lab" alone is a
# place where people may be shot, "gunmen killed two guards in the laboratory", and is no setting of a test).
_IN_AN_EXPERIMENT_AFTER: Final = re.compile(
    r"(?:\s+(?!(?:and|but|while|as|after|when|in)\s)[\w'’.%-]+){0,6}?\s+in\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?:lab|laboratory)\s+(?:tests?|dish(?:es)?|experiments?|studies|trials|cultures?|animals|mice|rats)"
    r"|(?:petri\s+|culture\s+)?dish(?:es)?|test[\s-]tubes?|vitro|(?:lab\s+|laboratory\s+)?(?:mice|rats)"
    r"|animal\s+(?:tests|studies|models|experiments)|cell\s+cultures?|pre-?clinical\s+(?:tests|studies|trials))\b")
#: The words _IN_AN_EXPERIMENT_AFTER needs (asked before it: most kill verbs have none after them).
_EXPERIMENT_NEEDLES: Final = frozenset({"lab", "dish", "tube", "vitro", "mice", "rats", "animal", "cell cultur",
                                        "clinical"})
#: How far after the kill verb its experiment's setting may stand.
MAX_EXPERIMENT_CHARS: Final = 90


def kills_germs_or_cells(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the kill verb hits[index] has germs, cells or a tumour for its object: the next hit after it is of
    context_science and stands within MAX_WORDS_TO_KILLED_GERMS words of it, in its clause; or its clause sets it
    in an experiment (_IN_AN_EXPERIMENT_AFTER)."""
    hit = hits[index]
    if hit.text.lower() not in _KILL_VERBS:
        return False
    if index + 1 < len(hits):
        following = hits[index + 1]
        if _SCIENCE_SENSE in following.categories and (
                words_between(text, hit.end, following.start) < MAX_WORDS_TO_KILLED_GERMS
                and not crosses_clause(text, hit.end, following.start)):
            return True
    return killed_in_an_experiment(text, hit)


def killed_in_an_experiment(text: str, hit: Hit) -> bool:
    """Whether the kill verb `hit` is set in a laboratory's test, a dish or an animal model after it in its clause
    (see _IN_AN_EXPERIMENT_AFTER)."""
    if absent(text, _EXPERIMENT_NEEDLES):
        return False
    setting = _IN_AN_EXPERIMENT_AFTER.match(folded(text), hit.end, hit.end + MAX_EXPERIMENT_CHARS)
    return setting is not None and not crosses_clause(text, hit.end, setting.end())


# "an Alzheimer's drug that attacks amyloid plaques in the brain", "a phage therapy that attacks and kills the
# bacteria", "the new antibiotic kills resistant strains": what a medicine attacks or kills, a medicine the subject of
# the act's verb, is a disease or its cause, no person, whatever the object is called (the germs' own names are too
# many to list: context_science names only the common ones). The medicine must head the subject right before the verb,
# after an article or opening a relative clause of "that" or "which" ("drug gangs attack", "a drug cartel that
# kills", "drug attacks" name people or acts, no medicine; "the vaccine convoy was attacked" has the convoy for its
# head), and a verb joined by "and" before the act shares the subject ("attacks and kills").
_MEDICINE: Final = r"(?:drugs?|medicines?|medications?|therap(?:y|ies)|treatments?|vaccines?|antibiotics?|antivirals?)"
#: Words that make the medicine after them the object of a preposition, no subject ("the war on drugs kills").
_NOT_A_MEDICINES_MODIFIER: Final = r"(?:on|of|for|against|in|with|to|from|by)\s"
_MEDICINE_AS_SUBJECT_BEFORE: Final = re.compile(
    rf"(?:\b(?:a|an|the|this|its|their)\s+(?:(?!{_NOT_A_MEDICINES_MODIFIER})[\w'’-]+\s+){{0,3}}{_MEDICINE}\s+"
    rf"|(?<!\bon\s)(?<!\bof\s)(?<!\bfor\s)(?<!against\s)\b{_MEDICINE}\s+(?:that|which)\s+)"
    r"(?:(?:can|could|may|might|will|would|also|selectively)\s+)?(?:[a-z]+s\s+(?:and|or)\s+)?$", re.IGNORECASE)
#: The forms of the act's verb a medicine takes as its subject: "attacks", "kills", "attacked", "kill".
_MEDICINE_ACT_VERBS: Final = frozenset({"attack", "attacks", "attacked", "kill", "kills", "killed"})
#: How far before the verb the medicine's subject may open ("an experimental cancer drug that").
MAX_MEDICINE_SUBJECT_CHARS: Final = 70


def done_by_a_medicine(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the attack or kill verb hits[index] has a medicine for its subject (see _MEDICINE_AS_SUBJECT_BEFORE):
    what a drug, a therapy or a vaccine attacks or kills is a disease, no one."""
    hit = hits[index]
    if hit.text.lower() not in _MEDICINE_ACT_VERBS:
        return False
    return _MEDICINE_AS_SUBJECT_BEFORE.search(text, max(0, hit.start - MAX_MEDICINE_SUBJECT_CHARS),
                                              hit.start) is not None


# "Peshawar remembers children killed in 2014 school attack", "Bangladesh honours intellectuals killed in 1971 war",
# "Inquest into 2021 hostel shooting opens": a heading drops its articles, so a year after a preposition and before
# an act's noun names a dated act as "the 2014 school attack" does in a sentence (_DATED_PLAIN_NAME), and the dead
# told "killed in" it are its dead, history. Only in a heading, and only after a preposition that a word opens the
# heading before ("In 2014 attacks rose" may date a tally; a body's sentence keeps its articles).
_HEADING_YEAR: Final = (rf"(?:{_MONTH_NAME}\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+")
_YEAR_NAMED_IN_HEADING_BEFORE: Final = re.compile(
    rf"\S\s+(?:in|into|during|of|over|after|since|for|from|on|at|by)\s+{_HEADING_YEAR}(?:[a-z][\w'’.–-]*\s+){{0,3}}$")
_DEAD_OF_YEAR_NAMED_IN_HEADING_AFTER: Final = re.compile(
    rf"(?:\s+[\w'’.-]+){{0,3}}?\s+(?:in|during|by)\s+{_HEADING_YEAR}(?:[A-Za-z][\w'’.–-]*\s+){{0,3}}?"
    r"(?:war|wars|attacks?|bombings?|shootings?|massacres?|riots?|uprising|coup|genocide|conflict|violence|raids?|"
    r"strikes?|clashes|crackdown|insurgency|siege|fighting|offensive|killings|ambush|terror\s+attacks?)\b")


def dated_by_a_heading_year(text: str, hits: list[Hit], index: int, title_end: int) -> bool:
    """Whether the event word hits[index], in the heading (before title_end), is named by a year its dropped
    article leaves after a preposition (_YEAR_NAMED_IN_HEADING_BEFORE), or is a death told as part of an act so
    named (_DEAD_OF_YEAR_NAMED_IN_HEADING_AFTER)."""
    hit = hits[index]
    if hit.end > title_end:
        return False
    # (only an act's noun is its name: a participle after the year tells what befell someone, "police reopen 2019
    # case as woman stabbed to death")
    if _act_noun(hit) and _YEAR_NAMED_IN_HEADING_BEFORE.search(text, 0, hit.start) is not None and (
            not _COUNT_WORD.match(text, hit.start)):
        return True
    return "killed" in hit.categories and _DEAD_OF_YEAR_NAMED_IN_HEADING_AFTER.match(text, hit.end, title_end) is not None


# "the writers abducted and killed in the last days of the 1971 independence war", "villagers who died during the
# final months of the 1990s insurgency": a toll told as part of a stretch of an event named by its year (its first
# or last days, its closing months) is that event's, history, as one told "in the 1971 war" is
# (killed_in_dated_event). The participles joined to the death by "and" tell the same act ("abducted and killed").
_JOINED_TO_A_DEATH_AFTER: Final = re.compile(
    r"\s+(?:and|or)\s+(?:then\s+)?(?:killed|murdered|executed|shot\s+dead|slain|died)\b", re.IGNORECASE)
_IN_A_STRETCH_OF_A_DATED_EVENT_AFTER: Final = re.compile(
    r"(?:[\s,]+[\w'’.-]+){0,4}?\s+(?:in|during|at)\s+the\s+(?:[a-z]+\s+){0,2}"
    r"(?:days|weeks|months|years|hours|stages?|phases?|period|end|start|height|close|aftermath)\s+of\s+"
    rf"(?:the\s+|an?\s+)?{_HEADING_YEAR}(?:[a-z][\w'’.–-]*\s+){{0,2}}?"
    r"(?:war|wars|attacks?|bombings?|massacres?|riots?|uprising|revolution|coup|genocide|conflict|violence|"
    r"insurgency|siege|fighting|offensive|crackdown|occupation|struggle|campaign)\b", re.IGNORECASE)
#: How far after the death word the stretch of its dated event may end.
MAX_STRETCH_OF_DATED_EVENT_CHARS: Final = 140


def killed_in_a_stretch_of_a_dated_event(text: str, hits: list[Hit], index: int, sentence_end: int) -> bool:
    """Whether the event word hits[index] is a death, or an act joined by "and" to one after it
    (_JOINED_TO_A_DEATH_AFTER), told as part of a stretch of an event named by its year (see
    _IN_A_STRETCH_OF_A_DATED_EVENT_AFTER), in its clause."""
    hit = hits[index]
    end = hit.end
    if "killed" not in hit.categories:
        joined = _JOINED_TO_A_DEATH_AFTER.match(text, end, sentence_end)
        if joined is None:
            return False
        end = joined.end()
    return _follows_in_clause(_IN_A_STRETCH_OF_A_DATED_EVENT_AFTER, text, end,
                              min(sentence_end, end + MAX_STRETCH_OF_DATED_EVENT_CHARS))


# "officers who opened fire at a hostel during a March 2021 rent protest", "shot during a 2019 raid on the camp":
# "a" before a year (or a month and a year) names a dated event as "the" does ("the March 2021 rent protest",
# _DATED_PLAIN_NAME), and an act told as done during it is history. (A year after "a" with no plain word after it
# is no event's name: "a 2009 Toyota" names a thing, and a count may follow it: "in a 2021 report, 40 were killed".)
_DURING_A_YEAR_NAMED_EVENT_AFTER: Final = re.compile(
    rf"(?:[\s,]+[\w'’.-]+){{0,8}}?\s+(?:in|during|at|amid)\s+an?\s+(?:{_MONTH_NAME}\s+)?(?:19|20)\d\d\s+"
    r"(?:[a-z][\w'’-]*\s+){0,2}?(?:protests?|demonstrations?|rally|riots?|strikes?|raids?|attacks?|clash(?:es)?|"
    r"crackdown|uprising|coup|war|offensive|operation|siege|massacre|shooting|bombing|ambush|election|elections|"
    r"standoff|stand-off|unrest|incident|confrontation|eviction|march)\b")
_DURING_A_YEAR_NEEDLES: Final = frozenset({" a 19", " a 20", " an 19", " an 20", " a jan", " a feb", " a mar", " an apr",
                                          " a may", " a jun", " a jul", " an aug", " a sep", " an oct", " a nov",
                                          " a dec"})
#: How far after the act its year-named event may end (the eight words of _DURING_A_YEAR_NAMED_EVENT_AFTER).
MAX_YEAR_NAMED_EVENT_CHARS: Final = 130


def done_during_a_year_named_event(text: str, event_end: int, sentence_end: int) -> bool:
    """Whether the act word ending at event_end is told as done during an event that "a" and a year name, in its
    clause (see _DURING_A_YEAR_NAMED_EVENT_AFTER)."""
    if absent(text, _DURING_A_YEAR_NEEDLES):
        return False
    return _follows_in_clause(_DURING_A_YEAR_NAMED_EVENT_AFTER, text, event_end,
                              min(sentence_end, event_end + MAX_YEAR_NAMED_EVENT_CHARS))


# "Study puts deaths in Tigray war at more than 300,000", "the casualties of the civil war", "civilians died of
# violence, hunger and lack of care during the 2020-2022 war": deaths summed over a whole war (a war named by its
# place or by its span of years) are its toll, a level it has reached, history or a running total, no act of the
# news (TAXONOMY.md: "a level a war's toll has reached").
_DEATHS_OF_A_WAR_AFTER: Final = re.compile(
    r"\s+(?:in|of|during)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:civil\s+)?(?:war|wars)\b(?!\s+(?:zone|crimes?))",
    re.IGNORECASE)
#: (and killings, with no victims of their own: "forgive the north for killings during the civil war")
_WAR_DEATH_NOUNS: Final = frozenset({"deaths", "casualties", "fatalities", "killings"})
_OVER_A_SPAN_OF_YEARS_AFTER: Final = re.compile(
    r"(?:[\s,]+[\w'’.-]+){0,10}?\s+(?:in|during|over|throughout)\s+(?:the\s+)?(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\s+"
    r"(?:[a-z][\w'’-]*\s+){0,2}?(?:war|conflict|insurgency|civil\s+war|fighting|occupation|crisis)\b", re.IGNORECASE)
MAX_WAR_SPAN_CHARS: Final = 140


def deaths_summed_over_a_war(text: str, event_start: int, event_end: int, sentence_end: int) -> bool:
    """Whether the casualty word at event_start is a death noun of a whole war (see _DEATHS_OF_A_WAR_AFTER) or a
    death told over a war named by its span of years (_OVER_A_SPAN_OF_YEARS_AFTER), in its clause."""
    if text[event_start:event_end].lower() in _WAR_DEATH_NOUNS and _follows_in_clause(
            _DEATHS_OF_A_WAR_AFTER, text, event_end, min(sentence_end, event_end + 60)):
        return True
    if not found(text, _YEAR_SPAN):
        return False
    # (the causes of the deaths may be listed before the span: "died of violence, hunger and lack of care during
    # the 2020-2022 war", so only a semicolon ends the clause here)
    span = _OVER_A_SPAN_OF_YEARS_AFTER.match(text, event_end, min(sentence_end, event_end + MAX_WAR_SPAN_CHARS))
    return span is not None and ";" not in text[event_end:span.end()]


#: A span of years ("2020-2022", "1992–95") that _OVER_A_SPAN_OF_YEARS_AFTER needs.
_YEAR_SPAN: Final = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d")


# "civilians who were passed off as guerrillas killed in combat", "a murder staged as a suicide": what people or a
# death are passed off or staged as is a false likeness the doers made, no act (the act it hides is told by its own
# words: "the killing of 27 civilians"). Only a participle that describes the likeness: a doer disguised as another
# acts ("gunmen disguised as police kill 27"), and so does one passed off as another ("passed off as a guest, shot").
_PASSED_OFF_AS_BEFORE: Final = re.compile(
    r"\b(?:pass(?:ed|es|ing)?\s+off|staged|made\s+to\s+look|falsely\s+(?:reported|recorded|"
    r"listed|declared|presented|registered))\s+(?:as|like)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_PASSED_OFF_NEEDLES: Final = frozenset({"passed off", "passes off", "passing off", "pass off", "staged as", "made to look",
                                        "falsely"})
#: The participles that describe a likeness ("guerrillas killed in combat"), not a finite verb of a doer's.
_LIKENESS_PARTICIPLES: Final = frozenset({"killed", "dead", "shot", "slain", "wounded", "injured", "executed"})
#: How far before the act's last word the likeness may open ("passed off as guerrillas").
MAX_PASSED_OFF_CHARS: Final = 60


def passed_off_as(text: str, event_start: int, event_end: int, sentence_start: int) -> bool:
    """Whether the last word of the event phrase at event_start..event_end is told as what people or a death were
    passed off, staged or disguised as (see _PASSED_OFF_AS_BEFORE)."""
    if absent(text, _PASSED_OFF_NEEDLES):
        return False
    last = text.rfind(" ", event_start, event_end) + 1 or event_start
    if text[last:event_end].lower() not in _LIKENESS_PARTICIPLES:
        return False
    return _PASSED_OFF_AS_BEFORE.search(text, max(sentence_start, last - MAX_PASSED_OFF_CHARS), last) is not None


# "Police arrest two men over vaccinator's killing | The vaccinator was shot dead in March in the district": a
# heading that tells a reaction to an act it names after the reaction's word is about that act: an arrest or a stage
# of a case, an inquiry, an inquest or a trial (the vocabulary's reaction), a rite for its dead (_RITE: "funeral",
# "tributes", "vigil") or its anniversary ("Hundreds attend funeral of slain nurse | The nurse was shot dead in
# March"). The summary's main clause that dates an act by a bare month or a season gone (_MONTH_OR_SEASON_GONE) tells
# it as the reaction's background, known before, as a relative clause so dated does ("... the chairman, who was shot
# dead in March"). (A near day keeps it news, "was shot dead on Monday": an arrest or a funeral may come within the
# day; and a heading that tells an act before its reaction, "gunmen kill vaccinator; two arrested", reports it.)
_ANNIVERSARY_WORD: Final = re.compile(r"\b(?:anniversar(?:y|ies)|centenary|centennial)\b")
#: (searched in the folded text, in lower case: _RITE is written so)
_REACTION_IN_HEADING: Final = (_ARRESTED, _LATER_CASE_STAGE, _CASE_TOLD, _RITE, _ANNIVERSARY_WORD)
_REACTION: Final = "reaction"
#: A month or a season gone that opens the sentence: "In March, ...", "Last winter ...".
_OPENING_MONTH_OR_SEASON: Final = re.compile(
    rf"(?:(?:In|Early\s+in|Late\s+in)\s+{_MONTH_NAME}\b(?!\s+\d)|(?:Over|During|In)\s+the\s+(?:past\s+)?"
    rf"(?:{'|'.join(_SEASONS)})\b|Last\s+(?:{'|'.join(_SEASONS)})\b)")


def heading_of_a_reaction(text: str, hits: list[Hit], title_end: int) -> bool:
    """Whether the item's heading (before title_end, over a summary) tells a reaction to an act (_REACTION_IN_HEADING,
    or a word of the vocabulary's reaction: "inquiry", "inquest", "trial") before every word of harm it holds, and
    holds one after it: the act the reaction is to."""
    if not 0 < title_end < len(text):
        return False
    low = folded(text)
    told = [match.start() for pattern in _REACTION_IN_HEADING if (match := pattern.search(low, 0, title_end))]
    told += [hit.start for hit in hits if hit.start < title_end and _REACTION in hit.categories]
    if not told:
        return False
    harm = [hit.start for hit in hits if hit.start < title_end and not _HARM.isdisjoint(hit.categories)]
    return bool(harm) and min(harm) > min(told)


def dated_by_a_month_under_a_reaction(text: str, hits: list[Hit], index: int, sentence: tuple[int, int],
                                  quiet: Set[int], title_end: int) -> bool:
    """Whether the act or casualty word hits[index], in the summary under a heading of a reaction to it
    (heading_of_a_reaction), is dated by a bare month or a season gone in its clause, after it or opening its
    sentence, with no near day in the sentence and no harm told before it there."""
    event = hits[index]
    if sentence[0] < title_end or _NEAR_DAY.search(text, sentence[0], sentence[1]) is not None:
        return False
    month = _MONTH_OR_SEASON_GONE.search(text, event.end, sentence[1])
    if month is None or crosses_clause(text, event.end, month.start()):
        month = _OPENING_MONTH_OR_SEASON.match(text, sentence[0], event.start)
    return month is not None and _no_harm_before(hits, index, sentence, quiet)
