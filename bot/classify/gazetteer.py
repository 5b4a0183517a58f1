"""Actors and places: gazetteer names as matcher roles, and which hits name an actor or a place.

A country is both a place and an actor. "airstrikes in Iraq" makes Iraq a place, not an actor: a
name after a locative preposition is only a place. A demonym ("Iranian") names an actor only when a
force or official word follows ("Iranian troops"); "Iranian-backed militias" names no Iranian actor.
"""

from __future__ import annotations

import re
from typing import Final

from bot.classify.lowered import folded
from bot.classify.matcher import Hit
from bot.classify.taxonomy import Taxonomy

Role = tuple[str, str, str, bool]  # ("actor", name, kind, is_demonym) | ("place", name, "", False)

_LOCATIONAL: Final = ("in", "into", "at", "near", "across", "inside", "outside", "from", "to", "on", "over", "around", "of")
# (The regexes of words read the folded text, in lower case, as re.IGNORECASE would read the text:
# see bot.classify.lowered. Case-sensitive, the regex engine tells most alternatives apart by their
# first letter without entering them; these run for every name of every item.)
_LOCATIVE_BEFORE: Final = re.compile(rf"\b(?:{'|'.join(_LOCATIONAL)})\s+(?:the\s+)?$")
_COMPOUND_AFTER: Final = re.compile(r"[-‐‑](?:backed|affiliated|linked|aligned|allied|based|sponsored|supported)\b")
#: What a compound modifier starts with ("Iranian-backed"): _COMPOUND_AFTER is tried only after one.
_HYPHENS: Final = frozenset("-‐‑")
_JOINED: Final = re.compile(r"\s*(?:,|\s+and|\s+or|,\s*and)\s+")
_FORCE_AFTER: Final = re.compile(
    r"[’']?s?\s+(?:[\w-]+\s+)?(?:government|officials?|forces|troops|army|military|police|jets|warplanes|navy|"
    r"air\s+force|soldiers?|president|prime\s+minister|authorities|artillery|drones?|missiles?|aircraft|"
    r"helicopters?|tanks?|marines|servicemen|security|defen[cs]e|commanders?|officers?|"
    # the act names its doer too: "Israeli strikes kill 20", "a Russian missile attack"
    r"(?:air\s*|drone\s+|missile\s+)?strikes?|airstrikes?|raids?|shelling|bombardment|offensive|attacks?)\b"
)


def locative_before(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ends with a locative preposition, white space, maybe "the" and white
    space ("in ", "from the ")."""
    return _LOCATIVE_BEFORE.search(folded(text), lo, hi) is not None


def _compound_after(text: str, end: int) -> bool:
    """Whether the name ending at `end` starts a compound modifier ("Iranian-backed")."""
    return text[end:end + 1] in _HYPHENS and _COMPOUND_AFTER.match(folded(text), end) is not None


def _force_after(text: str, end: int) -> bool:
    """Whether a force, official or act word follows the name ending at `end` ("Israeli troops")."""
    return _FORCE_AFTER.match(folded(text), end) is not None


def gazetteer_roles(taxonomy: Taxonomy) -> dict[str, list[Role]]:
    """alias -> roles, for the matcher."""
    roles: dict[str, list[Role]] = {}
    for actor in taxonomy.actors:
        for alias in actor.aliases:
            roles.setdefault(alias, []).append(("actor", actor.name, actor.kind, False))
        for demonym in actor.demonyms:
            roles.setdefault(demonym, []).append(("actor", actor.name, actor.kind, True))
    for place in taxonomy.places:
        for alias in place.aliases:
            roles.setdefault(alias, []).append(("place", place.name, "", False))
    return roles


def state_named(text: str, hit: Hit) -> str | None:
    """The state a hit names as a party ("Israel", "Syrian army" via its demonym), else None."""
    if _compound_after(text, hit.end):
        return None
    for role, name, kind, demonym in hit.names:
        if role == "actor" and kind == "state" and (not demonym or _force_after(text, hit.end)):
            return name
    return None


def agent_kind(text: str, hit: Hit) -> str | None:
    """"state" or "group" when this hit can be the one who carries out an attack."""
    if "armed_group" in hit.categories:
        return "group"
    if "state_force" in hit.categories:
        return "state"
    for role, _name, kind, demonym in hit.names:
        if role == "actor" and not demonym and not _compound_after(text, hit.end):
            # "citizens of Israel", "a jet that took off from Libya": a place, not a party
            if locative_before(text, max(0, hit.start - 12), hit.start):
                return None
            return kind
    return None


_DEMONYM_GAP: Final = re.compile(r"\s+(?:[\w-]+\s+)?")


def demonym_with_force(text: str, hit: Hit) -> str | None:
    """The kind of actor a demonym names when a force or weapon word follows it ("Russian drones",
    "Israeli troops"), else None."""
    for role, _name, kind, demonym in hit.names:
        if role == "actor" and demonym:
            return kind if _force_after(text, hit.end) else None
    return None


def demonym_agent(text: str, hit: Hit, event_start: int) -> str | None:
    """ "a Russian missile attack", "Israeli strikes": a demonym right before the act (a weapon word
    may sit between) names who carried it out. Elsewhere a demonym is no agent ("Russian officials
    said the attack ...")."""
    if not _DEMONYM_GAP.fullmatch(text, hit.end, event_start):
        return None
    for role, _name, kind, demonym in hit.names:
        if role == "actor" and demonym:
            return kind
    return None


def names_in(text: str, hits: list[Hit]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(actors, places) named in the text, each in order of first mention."""
    actors: dict[str, None] = {}
    places: dict[str, None] = {}
    previous_locative_end = -1
    for hit in hits:
        if not hit.names:
            continue
        compound = _compound_after(text, hit.end)
        has_place = False
        for names_role in hit.names:
            if names_role[0] == "place":
                has_place = True
                break
        # (only a place can be locative: the look-back is skipped for other names)
        locative = has_place and (
            locative_before(text, max(0, hit.start - 12), hit.start)
            # "in Iraq and Syria": the second name shares the preposition
            or (previous_locative_end >= 0 and _JOINED.fullmatch(text, previous_locative_end, hit.start) is not None)
        )
        previous_locative_end = hit.end if locative else -1
        for role, name, _kind, demonym in hit.names:
            if role == "place":
                if not compound:
                    places.setdefault(name, None)
            elif demonym:
                if not compound and _force_after(text, hit.end):
                    actors.setdefault(name, None)
            elif not compound and not locative:
                actors.setdefault(name, None)
    return tuple(actors), tuple(places)
