"""Which items tell the same event: the story rule, pure and explainable.

A conflict story arrives as a stream: a flash ("explosions reported in Kharkiv"), a first toll, a
higher toll, the same facts from other outlets, a claim of responsibility. An item joins an earlier
one's story when everything below holds, and the `Verdict` says which test decided:

1. **time**: published within `window` (default 24 h) of it;
2. **types**: compatible kinds of event (strike, attack and casualty are one kind of violence, so
   "explosions reported" and "5 killed" can join; a threat never joins a strike);
3. **place**: no two different specific places (a city, a region: a country is too wide to tell
   events apart);
4. **no sign of another event**: neither says "a second explosion", "fresh strikes", "a day after";
5. **targets**: not two different things hit ("a school" / "a market" in one city are two events);
6. **evidence of one event**, one of: the same target at the same place within 12 h (or with
   some word overlap later); a follow-up that refers back to an event of the other's kind ("in
   connection with yesterday's attack", "victims of the bombing", "the toll from a strike in X"):
   a definite reference joins when the reports share a place, an actor, a country or a target, or
   the follow-up names no city; an indefinite one ("a bombing in Kabul") only at a shared city,
   unless it names the day ("an attack ... the day prior"); a
   bare flash ("explosions reported in X") at the same place within 3 h; six distinguishing words
   in common at `threshold` overlap; or the distinguishing words overlap at least `threshold` (0.7
   without a shared city), with three in common. Those words leave out place and actor names
   (every report of a war shares them), numbers (a toll changes) and the vocabulary every report
   has ("strike", "toll"). Arrests, mourning and claims rarely share a headline's words: the
   reference back is what ties them to their event.

A changed toll does not keep items apart: that is what an update is. The rule is conservative on
purpose: a missed join costs a channel one extra message, a wrong one hides an event. Its quality
is measured on labelled pairs by bench/story_merge_bench.py.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache

from bot.models import EVENT_TYPES, Event

#: How far apart two reports of one event may be published.
STORY_WINDOW = timedelta(hours=24)
#: The least share of distinguishing words two reports of one event have in common (overlap
#: coefficient: shared words / words of the shorter report). On the bench's 437 pairs 0.3 to 0.7
#: all keep precision at 0.99; recall falls from 0.827 to 0.748 across that range.
SIMILARITY = 0.4
#: Reports that name the same target (a school, a hotel) in one place within this time are one
#: event whatever their wording; further apart they need the word overlap too.
CLOSE_WINDOW = timedelta(hours=12)
#: Two reports naming the same target need only this share of `threshold` in word overlap.
TARGET_SHARE = 0.8
#: Reports that share no specific place (none named, or only a country) need this word overlap.
UNPLACED_SIMILARITY = 0.7
#: A headline with fewer distinguishing words than this is a bare flash ("Explosions reported in
#: Kharkiv"): it joins only a story of the same place published within FLASH_WINDOW.
FLASH_WORDS = 2
FLASH_WINDOW = timedelta(hours=3)
#: Without a common target, reports must share at least this many distinguishing words.
MIN_SHARED = 3
#: So many distinguishing words in common (names of people, the target, what was done) tell one
#: event without a shared place, at the `threshold` overlap.
MANY_SHARED = 6

#: Kinds of event whose types may meet in one story.
_KINDS: tuple[frozenset[str], ...] = (
    frozenset({"strike", "attack", "casualty"}),
    frozenset({"threat"}),
    frozenset({"mobilization"}),
    frozenset({"deescalation"}),
)

#: Words that say a report is about another event than one before it: "a second explosion",
#: "fresh strikes", "a day after the shootings".
_ANOTHER_EVENT = re.compile(
    r"\b(?:(?:another|second|third|fourth|separate|fresh|new|renewed|further|more)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|airstrikes?|air\s+strikes?|blasts?|explosions?|bombings?|shootings?|raids?|assaults?|"
    r"waves?|rounds?|days?|clashes|incidents?|rockets?|missiles?|drones?|shelling)"
    r"|(?:a\s+day|days|hours|a\s+week|minutes)\s+after|again)\b",
    re.IGNORECASE,
)
_DAY = r"(?:yesterday|today|last\s+(?:night|evening)|this\s+weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
#: A reference that points at one event the reader knows: "the bombing", "Monday's attack" (not
#: "a bombing in Kabul", which points at one only with the place).
_DEFINITE = re.compile(r"\b(?:the|this|that|these)\b|['’]s\b", re.IGNORECASE)
#: A day named after an indefinite reference makes it point at one event: "claims responsibility
#: for an attack on a wedding party in Afghanistan the day prior".
_DAY_NAMED = re.compile(r"\b(?:the\s+day\s+(?:prior|before)|(?:two|three)\s+days\s+ago|yesterday|last\s+night)\b",
                        re.IGNORECASE)
#: A report that refers back to an event already told: "in connection with the attacks", "victims
#: of the bombing", "responsible for yesterday's attack", "Monday's deadly explosion". The noun
#: names the kind of event referred to (see _REFERRED_KIND).
_BACK_REFERENCE = re.compile(
    r"(?:\btoll\s+(?:from|of|in)\s+(?:(?:the|this|that|these|an?)\s+)?"
    r"|\b(?:for|from|in|of|after|following|during|to|with|behind|over|about|since|identif(?:y|ies|ied)|names?|named|"
    r"blames?|blamed|condemns?|condemned|calls?|called)\s+(?:(?:the|this|that|these|an?)\s+|" + _DAY + r"['’]s\s+)"
    r"|\b" + _DAY + r"['’]s\s+)"
    r"(?:[\w'’-]+\s+){0,3}?"
    r"(?P<noun>attacks?|bombings?|shootings?|blasts?|explosions?|massacres?|killings?|murders?|stabbings?|"
    r"assaults?|raids?|ramming|strikes?|airstrikes?|bombers?|gunm[ae]n|attackers?|perpetrators?)\b",
    re.IGNORECASE,
)
#: A reference to a series of events ("the serial bombings", "the recent attacks") or to one long
#: past ("the attack ... the month prior") names no event of the window.
_SERIES_OR_PAST = re.compile(
    r"\b(?:serial|series|spate|string|wave|recent|previous|earlier|past|latest|other)\b"
    r"|\b(?:the\s+(?:month|year|week)\s+(?:prior|before)|last\s+(?:month|year)|(?:months|years|weeks)\s+ago)\b",
    re.IGNORECASE,
)
#: The words (after _SYNONYMS) by which the other report must tell the referred kind of event: "the
#: bombing" refers to a blast, not to a shooting. Nouns not listed ("the attack") refer to any
#: violent event.
_REFERRED_KIND = {
    "bombing": frozenset({"blast", "suicide"}), "blast": frozenset({"blast", "suicide"}),
    "explosion": frozenset({"blast", "suicide"}), "bomber": frozenset({"blast", "suicide"}),
    "shooting": frozenset({"shoot", "gunmen", "gunman", "fire"}), "gunman": frozenset({"shoot", "gunmen", "fire"}),
    "gunmen": frozenset({"shoot", "gunmen", "fire"}),
    "stabbing": frozenset({"stabbing", "stabbed", "stab", "knife"}),
}
#: Words by which a report corrects a figure downward on purpose ("revises the toll down to 11"):
#: only then does a story's toll fall.
_CORRECTION = re.compile(
    r"\b(?:revis(?:es|ed|ing)|correct(?:s|ed|ing)?|lower(?:s|ed|ing)?)\b.{0,40}?\b(?:toll|figure|count|down)\b"
    r"|\b(?:toll|figure)\b.{0,40}?\b(?:revised|corrected|lowered)\b",
    re.IGNORECASE,
)
#: Weapons named after a vehicle, which are no target: "a car bomb at a checkpoint".
_VEHICLE_WEAPON = re.compile(r"\b(car|truck|lorry|vehicle)[\s-]+(bombs?|bombings?|bombers?)\b", re.IGNORECASE)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_FILLER = frozenset(
    "a an the of in on at to for from by with and or as after amid over into near says say said is are "
    "was were be been being has have had it its this that these those their his her they he she who which "
    "whom while when where than then there also but not no yes up down out off about against between "
    "least more most some several many dozens dozen hundreds hundred thousands thousand scores one two "
    "three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "report reports reported reportedly update updates live latest breaking video photos watch according "
    "official officials source sources told tell local state media news agency spokesman spokesperson "
    "today yesterday tonight overnight morning evening night day days week early late hours hour "
    "monday tuesday wednesday thursday friday saturday sunday "
    "people person strike strikes airstrike airstrikes attack attacks attacked kill kills killed killing "
    "dead death deaths toll die dies died dying injure injures injured injuring injury injuries wound "
    "wounds wounded wounding casualty casualties rise rises rose risen rising climb climbs climbed "
    "hit hits struck leave leaves left including others other least "
    "claim claimed minister ministry interior president spokesman statement announce announced "
    "armed force forces military militant militants troop troops security government".split()
)
#: Different words for one thing, so that two outlets' wording can meet.
_SYNONYMS = {
    "explosion": "blast", "explosions": "blast", "explode": "blast", "explodes": "blast", "exploded": "blast",
    "bomb": "blast", "bombs": "blast", "bombing": "blast", "bombings": "blast", "bomber": "blast",
    "bombers": "blast", "blasts": "blast", "detonate": "blast", "detonates": "blast", "detonated": "blast",
    "building": "block", "apartment": "block", "residential": "block", "flats": "block",
    "gunman": "gunmen", "shooter": "gunmen", "assailant": "gunmen", "attacker": "gunmen", "attackers": "gunmen",
    "shooting": "shoot", "shootings": "shoot", "shot": "shoot", "shoots": "shoot", "gunfire": "shoot",
    "shelling": "shell", "shelled": "shell", "shells": "shell", "artillery": "shell",
    "missiles": "missile", "rocket": "missile", "rockets": "missile",
    "drones": "drone", "uav": "drone",
    "worshippers": "mosque", "prayers": "mosque",
    "airbase": "base", "barrack": "base", "home": "house", "vessel": "ship", "tanker": "ship",
    "boat": "ship", "freighter": "ship", "bazaar": "market", "souq": "market", "marketplace": "market",
    "buildup": "mass", "masse": "mass", "build": "mass", "massing": "mass", "concentrated": "mass",
    "jail": "prison", "college": "university", "tents": "tent", "hostel": "hotel",
}
#: The things a strike or an attack hits (after _SYNONYMS): two reports that each name some, and
#: none in common, tell two events ("a school in Gaza City" / "a market in Gaza City").
_TARGETS = frozenset(
    "school hospital clinic market mosque church synagogue temple shrine hotel restaurant cafe nightclub "
    "mall shop bank block house port airport base checkpoint convoy bus car truck train ship camp tent "
    "shelter village plant station embassy consulate parliament palace prison bridge "
    "university stadium arena wedding funeral procession rally concert headquarters depot "
    "refinery pipeline dam factory warehouse farm".split()
)


@dataclass(frozen=True, slots=True)
class Report:
    """What the story rule reads of one item."""

    title: str
    summary: str
    published: datetime
    event: Event


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a later report joins an earlier one's story, and why (one test decides)."""

    joins: bool
    reason: str
    similarity: float = 0.0
    shared_places: tuple[str, ...] = ()
    shared_words: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "joins": self.joins, "reason": self.reason, "similarity": round(self.similarity, 3),
            "shared_places": list(self.shared_places), "shared_words": list(self.shared_words),
        }


@dataclass(frozen=True, slots=True)
class StoryRule:
    """The rule with its settings. `broad_places` are the place names too wide to tell two events
    apart (countries: "Ukraine", "Iran"), from the classifier's gazetteer (`broad_places()`)."""

    broad_places: frozenset[str] = field(default_factory=frozenset)
    window: timedelta = STORY_WINDOW
    threshold: float = SIMILARITY
    unplaced: float = UNPLACED_SIMILARITY

    def compare(self, earlier: Report, later: Report) -> Verdict:
        """Whether `later` tells the event `earlier` told (see the module's tests, in order)."""
        gap = abs(later.published - earlier.published)
        if gap > self.window:
            return Verdict(False, f"published {_hours(gap)} apart (window {_hours(self.window)})")
        if not compatible_types(earlier.event.types, later.event.types):
            return Verdict(False, f"different kinds of event ({_listed(earlier.event.types)} / {_listed(later.event.types)})")
        shared_places, place_reason = self._places(earlier.event, later.event)
        if place_reason:
            return Verdict(False, place_reason)
        for report in (earlier, later):
            cue = _ANOTHER_EVENT.search(report.title + " " + _lead(report.summary))
            if cue:
                return Verdict(False, f"a report speaks of another event ('{cue.group(0)}')", shared_places=shared_places)
        names = _name_words(earlier.event) | _name_words(later.event)
        words_a, words_b = distinguishing_words(earlier, names), distinguishing_words(later, names)
        shared = tuple(sorted(words_a & words_b))
        similarity = len(shared) / max(1, min(len(words_a), len(words_b)))
        targets_a, targets_b = targets(earlier), targets(later)
        common = tuple(sorted(targets_a & targets_b))
        if targets_a and targets_b and not common:
            return Verdict(False, f"different targets ({_listed(sorted(targets_a))} / {_listed(sorted(targets_b))})",
                           similarity, shared_places, shared)
        placed = any(p not in self.broad_places for p in shared_places)
        needed = self.threshold if placed else self.unplaced
        if common and ((placed and gap <= CLOSE_WINDOW) or similarity >= (needed * TARGET_SHARE if placed else needed)):
            return Verdict(True, f"same target ({_listed(common)}) {_where(shared_places)}, {_hours(gap)} apart, "
                           f"words overlap {similarity:.2f}", similarity, shared_places, shared)
        referral, definite = _referral(later, earlier)
        anchored = placed or definite and bool(common or _named(earlier.event) & _named(later.event)
                                               or not self._specific(later.event))
        if referral and anchored:
            return Verdict(True, f"{referral} {_where(shared_places)}", similarity, shared_places, shared)
        if is_flash(earlier) or is_flash(later):
            if placed and gap <= FLASH_WINDOW:
                return Verdict(True, f"a flash {_where(shared_places)} within {_hours(FLASH_WINDOW)}",
                               similarity, shared_places, shared)
            return Verdict(False, "a flash, too far apart in time or place to tell", similarity, shared_places, shared)
        if len(shared) >= MANY_SHARED and similarity >= self.threshold:
            return Verdict(True, f"same event {_where(shared_places)}: {len(shared)} words in common ({', '.join(shared)})",
                           similarity, shared_places, shared)
        if len(shared) < MIN_SHARED or similarity < needed:
            return Verdict(False, f"words overlap {similarity:.2f} ({len(shared)} shared; needs {needed:.2f} "
                           f"and {MIN_SHARED}{'' if placed else ' without a shared city'})", similarity, shared_places, shared)
        return Verdict(True, f"same event {_where(shared_places)}: words overlap {similarity:.2f} ({', '.join(shared)})",
                       similarity, shared_places, shared)

    def best(self, later: Report, members: Iterable[Report]) -> Verdict:
        """The verdict of `later` against a story told by `members`: the most similar joining
        member decides; if none joins, the most similar refusal explains why."""
        verdicts = [self.compare(member, later) for member in members]
        if not verdicts:
            return Verdict(False, "no story to join")
        return max(verdicts, key=lambda v: (v.joins, v.similarity))

    def _specific(self, event: Event) -> set[str]:
        return {p for p in event.locations if p not in self.broad_places}

    def _places(self, a: Event, b: Event) -> tuple[tuple[str, ...], str]:
        specific_a = {p for p in a.locations if p not in self.broad_places}
        specific_b = {p for p in b.locations if p not in self.broad_places}
        if specific_a or specific_b:
            shared = tuple(sorted(specific_a & specific_b))
            if shared:
                return shared, ""
            if specific_a and specific_b:
                return (), f"different places ({_listed(sorted(specific_a))} / {_listed(sorted(specific_b))})"
            return (), ""  # one names a city, the other only a country or nothing: the words decide
        broad = tuple(sorted(set(a.locations) & set(b.locations)))
        if a.locations and b.locations and not broad:
            return (), f"different countries ({_listed(a.locations)} / {_listed(b.locations)})"
        return broad, ""


def _referral(follow_up: Report, told: Report) -> tuple[str, bool]:
    """Why `follow_up` refers back to the event `told` reports ("refers back to 'the bombing'"),
    or "" when it does not: it names an event after a word that looks back ("the toll from", "in
    connection with", "Monday's"), and `told` tells that kind of event. The flag says whether the
    reference is definite ("the bombing", "yesterday's attack"), which points at one event known
    to the reader; "a bombing in Kabul" points only with the place. (Places, targets and types
    were compared before: none of them disagrees.)"""
    text = follow_up.title + " " + _lead(follow_up.summary)
    found = _BACK_REFERENCE.search(text)
    if not found or _SERIES_OR_PAST.search(text[found.start():]):
        return "", False
    noun = _plain_words(found.group("noun").casefold())
    kind = next((_REFERRED_KIND[word] for word in noun if word in _REFERRED_KIND), None)
    if kind is not None:
        told_words = {_SYNONYMS.get(word, word) for word in _plain_words(told.title + " " + _lead(told.summary))}
        if not kind & told_words:
            return "", False
    sentence = _SENTENCE_END.split(text[found.start():], maxsplit=1)[0]
    definite = bool(_DEFINITE.search(found.group(0)) or _DAY_NAMED.search(sentence))
    return f"refers back ('{found.group(0)}') to an event told", definite


def _named(event: Event) -> set[str]:
    """The places and actors an event names, countries included."""
    return {*event.locations, *event.actors}


def compatible_types(a: Collection[str], b: Collection[str]) -> bool:
    """Whether two type sets can be one event: they share a kind (violence, threat, ...)."""
    return any(kind & set(a) and kind & set(b) for kind in _KINDS)


def distinguishing_words(report: Report, names: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words of a report's headline and lead that tell its event from others: without filler,
    numbers, the vocabulary every report has, and the place/actor `names` (compared apart)."""
    words = set()
    for word in _plain_words(report.title + " " + _lead(report.summary)):
        word = _SYNONYMS.get(word, word)
        if word in _FILLER or len(word) < 3 or any(word.startswith(name) for name in names):
            continue
        words.add(word)
    return frozenset(words)


@lru_cache(maxsize=8192)
def _plain_words(text: str) -> frozenset[str]:
    words = set()
    for word in _WORD.findall(_VEHICLE_WEAPON.sub(r"\2", text).casefold()):
        word = word.replace("’", "'").removesuffix("'s")
        if len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        words.add(word)
    return frozenset(words)


def _name_words(event: Event) -> frozenset[str]:
    """The words of an event's place and actor names ("gaza", "city", "hezbollah"), and the stems
    their demonyms start with ("russia" for "russian")."""
    words = set()
    for name in (*event.locations, *event.actors):
        for word in _WORD.findall(name.casefold()):
            if len(word) >= 4:
                words.add(word.removesuffix("s"))
    return frozenset(words)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def _lead(summary: str) -> str:
    """The first sentence of a summary: the rest is background, often about other events."""
    return _SENTENCE_END.split(summary.strip(), maxsplit=1)[0][:400]


def targets(report: Report) -> frozenset[str]:
    """What the report says was hit (a school, a hotel, a ship), from its headline when that names
    one (the lead may recall an earlier event: "hours after the mosque attack"), else its lead."""
    for text in (report.title, report.title + " " + _lead(report.summary)):
        found = frozenset(_SYNONYMS.get(word, word) for word in _plain_words(text)) & _TARGETS
        if found:
            return found
    return frozenset()


def is_flash(report: Report) -> bool:
    """A headline that says little more than where: "Explosions reported in Kharkiv"."""
    headline = Report(report.title, "", report.published, report.event)
    if not report.title or targets(headline):
        return False
    return len(distinguishing_words(headline, _name_words(report.event))) < FLASH_WORDS


def _where(places: tuple[str, ...]) -> str:
    return f"at {_listed(places)}" if places else "with no place named"


def _hours(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    return f"{hours:.0f} h" if hours >= 1 else f"{delta.total_seconds() / 60:.0f} min"


def _listed(values: Iterable[str]) -> str:
    return ", ".join(values) or "none"


@lru_cache(maxsize=1)
def broad_places() -> frozenset[str]:
    """The place names of the default classifier's gazetteer that are states (countries)."""
    from bot.classify import default_classifier

    taxonomy = default_classifier().taxonomy
    states = {actor.name for actor in taxonomy.actors if actor.kind == "state"}
    return frozenset(place.name for place in taxonomy.places if place.name in states)
def is_correction(report: Report) -> bool:
    """Whether the report revises a figure downward on purpose."""
    return bool(_CORRECTION.search(report.title + " " + _lead(report.summary)))


def merge_facts(current: Event, report: Report) -> Event:
    """A story's facts once `report` joins it: the union of types, places and actors, the highest
    severity, and the highest toll, which falls only when the report corrects it explicitly
    ("revises the toll down to 11"): a lower figure from a slower outlet is old news, not news."""
    new = report.event
    corrects = is_correction(report)
    return Event(
        types=tuple(t for t in EVENT_TYPES if t in current.types or t in new.types),
        severity=max(current.severity, new.severity),
        killed=_toll(current.killed, new.killed, corrects),
        injured=_toll(current.injured, new.injured, corrects),
        actors=current.actors + tuple(a for a in new.actors if a not in current.actors),
        locations=current.locations + tuple(p for p in new.locations if p not in current.locations),
    )


def facts_changed(before: Event, after: Event) -> bool:
    """Whether a channel showing `before` has something new to show in `after`."""
    return (set(before.types), before.severity, before.killed, before.injured, set(before.locations)) != (
        set(after.types), after.severity, after.killed, after.injured, set(after.locations))


def _toll(current: int | None, new: int | None, corrects: bool) -> int | None:
    if new is None:
        return current
    if current is None or new > current or corrects:
        return new
    return current
