"""The classifier: one matcher pass, then per sentence the scope, type and count rules, then the
decisions made on the whole item, with the topic gate beside the rules.

Stages of Classifier._classify, for text = title + "\\n" + summary:
  1. find cues: every phrase, gazetteer name and number (matcher);
  2. scope: per sentence, non-military senses switch words off (scope.sense_blocks) and each event
     word gets its scope (scope.scope_of: negated, modal, past, in a trial...);
  3. decide types: asserted violent words become strike or attack by who did it, hedged ones
     threats; then, on the whole item, mentions with no doer named and casualties with no act
     named are settled, and the topic gate (gate.py) may veto the violence of ordinary news;
  4. counts: the asserted casualty words' counts (counts.read_counts) -> killed and injured totals;
  5. names: actors and places (gazetteer.names_in);
  6. severity (severity.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Set
from dataclasses import dataclass
from itertools import repeat
from operator import attrgetter
from pathlib import Path
from typing import Final, NamedTuple

from bot.classify.counts import (
    MURDER_SUICIDE,
    ROLE_OBJECT,
    STATE_OF_THE_HURT,
    Count,
    casualty_field,
    fatal_act_of_people,
    is_reference,
    leave_out_attackers_restated,
    people_stabbed,
    read_counts,
    tells_victim_deaths,
)
from bot.classify.gate import (
    ACCIDENT_WORDS,
    ARMED,
    DEATHS_ONLY,
    UNARMED,
    GateVerdict,
    Mask,
    TopicGate,
    name_masks,
)
from bot.classify.gazetteer import (
    agent_kind,
    demonym_agent,
    demonym_with_force,
    gazetteer_roles,
    names_in,
    state_named,
)
from bot.classify.lowered import NeedleSets, absent, answer_together, fold, folded, found
from bot.classify.matcher import Hit, PhraseMatcher
from bot.classify.numbers import NUMBER_PATTERN, NUMBER_RE, QUALIFIED_NUMBER_PATTERN
from bot.classify.scope import (
    BACKDROPPED_ACTS,
    CASUALTY_CATEGORIES,
    CUE_CATEGORIES,
    EVENT_CATEGORIES,
    LEADING_ROLE,
    MARKER_CATEGORIES,
    PLACE_NOUNS,
    PLACE_TAKEN_AFTER,
    RAID_VERBS,
    REASON_PHRASES,
    SERVED_ADJECTIVES,
    TEXT_NEEDLES,
    VIOLENT_CATEGORIES,
    WRECK_VERBS,
    TextCues,
    a_share_of_deaths,
    a_toll_as_trend,
    act_of_a_toll_since,
    acted_before_a_case,
    admits_an_act,
    aim_of_a_move,
    aimed_in_a_plot,
    answered_by_a_rite,
    attacker_in_a_case,
    attributes_known_act,
    backdrop_of_diplomacy,
    battles_a_trend,
    called_off_after,
    came_by_act,
    captors_of_freed,
    carries_out_a_sentence,
    caused_other_news,
    claims_known_act,
    confirms_dated_act,
    counted_before,
    counted_over_months,
    counted_since_a_year,
    criticises,
    crosses_clause,
    dated_act_under_other_news,
    dated_by_a_heading_year,
    dated_by_a_month_under_a_reaction,
    dated_by_bare_year,
    dated_in_a_when_clause,
    dated_in_dependent_clause,
    dated_in_reduced_relative,
    dated_to_antiquity,
    dated_years_on,
    dates_the_subjects_description,
    deaths_summed_over_a_war,
    decided_on,
    declared_dead,
    demolishes_homes,
    describes_fighters,
    describes_kin_of_the_dead,
    describes_past_event,
    describes_the_dead,
    describes_the_served_wounded,
    destroys_own_arms,
    died_before_a_rite,
    died_of_age,
    doer_in_dated_relative,
    done_by_a_medicine,
    done_by_whoever,
    done_during_a_year_named_event,
    drove_people_out_in_all,
    fighting_a_place_has_seen,
    fighting_lulls,
    fighting_totalled,
    fled_before,
    freed_captives,
    heading_is_a_topic,
    heading_of_a_lifes_end,
    heading_of_a_reaction,
    hurt_in_an_act_of_a_time_gone,
    identifies_known_attacker,
    in_a_marked_span_since,
    in_a_name,
    in_a_revised_toll,
    in_a_running_toll,
    in_background_clause,
    in_clause_of_a_reactions_object,
    is_a_topic,
    is_death_noun,
    judged_an_attack,
    judged_by_a_copula,
    killed_in_a_stretch_of_a_dated_event,
    killed_in_dated_event,
    killed_in_gone_event,
    killed_in_known_event,
    killed_in_month_named_event,
    killed_in_named_dated_act,
    killed_in_year_dated_act,
    kills_germs_or_cells,
    kin_lost_in_a_year_gone,
    known_attackers_act,
    labels_acts_told,
    launched_at_nothing,
    made_easier_or_harder,
    mourned_in_the_passive,
    named_as_a_likeness,
    named_by_a_past_weekday,
    names_a_case,
    names_a_storys_war,
    names_dated_event,
    names_known_event,
    opened_by_a_remembered_date,
    passed_off_as,
    peacekeeping_in_clause,
    played_in_a_drill,
    quarrels,
    raid_for_arrests,
    raid_of_the_law,
    raid_on_premises,
    reacts_to_event,
    recalled_by_an_anniversary,
    recaptures_escapees,
    remembered_dead,
    scope_of,
    searched_by_the_law,
    seen_on_old_remains,
    sense_blocks,
    stopped_before_the_act,
    subject_of_a_finding,
    supposed_as_a_case,
    taken_in_known_act,
    taken_without_arms,
    tallied_over_a_period,
    text_cues,
    told_as_a_cases_cause,
    told_as_a_span_of_acts,
    told_as_a_works_story,
    told_as_a_yearly_rate,
    told_as_history,
    told_as_record_content,
    told_as_to_come,
    told_in_a_finding,
    told_in_a_monitors_report,
    told_in_earlier_relative,
    told_in_relative_of_a_marker,
    told_of_a_reactions_party,
    told_of_a_series_since,
    told_of_one_who_died_of_age,
    told_of_the_accused,
    told_of_the_one_replaced,
    toll_over_years,
    totals_a_conflict,
    under_inquiry,
    weighed_as_an_alternative,
    words_between,
    wounded_before_recovery,
    wrecks_heritage,
)
from bot.classify.sentences import SENTENCE_BREAK, last_break_before, split_sentences
from bot.classify.severity import severity
from bot.classify.taxonomy import Taxonomy, load_taxonomy
from bot.models import EVENT_TYPES, Event, Evidence

#: The types the topic gate can veto (bot/classify/gate.py).
GATED_TYPES: Final = frozenset({"strike", "attack", "casualty"})
#: Evidence spans kept per type: enough to explain, few enough to read.
MAX_EVIDENCE_PER_TYPE: Final = 3

_FROM_AGENT: Final = re.compile(r"\s+from\s+(?:(?:the|a|an|[\w'’-]+)\s+){0,2}", re.IGNORECASE)
#: (the words between "by" and its doer are the doer's own, "hit by Russian drones"; a place's preposition
#: after them starts a place, "hit by drone off Yemen": a country named where, not who)
_BY_AGENT: Final = re.compile(r"\s+(?:[\w'’-]+\s+)?by\s+(?:(?!(?:off|in|near|at|over|outside|inside|on|across|along|"
                              r"into|north|south|east|west)\s)(?:the|a|an|[\w'’-]+)\s+){0,2}", re.IGNORECASE)
# (a word between a force and the act that makes the force its target: "US forces came under attack",
# "three US troops injured in a drone attack")
# (but not the "of" of a number of acts: "jets carried out a wave of raids")
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_VICTIM_GAP: Final = re.compile(r"\b(?:under|on|against|targeting|targeted|at|(?<!wave\s)(?<!series\s)(?<!string\s)"
                         r"(?<!round\s)(?<!spate\s)of|into|with|for|"
                         r"(?:killed|injured|wounded|hurt|died|dead)\s+(?:in|by))\b")
_TARGET_GAP: Final = re.compile(r"^\s+(?:[\w'’-]+\s+){0,3}?(?:on|against|at|targeting|into)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$",
                         re.IGNORECASE)
_VIOLENT_OR_CASUALTY: Final = VIOLENT_CATEGORIES | CASUALTY_CATEGORIES
_FIRE: Final = frozenset({"fire"})
_MOBILIZATION: Final = frozenset({"mobilization"})
#: Pseudo-category of the names of armed groups (from the gazetteers, not from taxonomy.toml).
NAMED_GROUP: Final = "named_group"
#: The scope of the casualty word of a counted set of people named with "the" (scope.counted_before).
_KNOWN_PEOPLE: Final = "known"
_CAPTURE: Final = "capture"
_PAST_OR_LEGAL: Final = frozenset({"past", "legal", _KNOWN_PEOPLE})
#: A count between an act and its object: "killed 20 jihadists", "wounding dozens of militants".
_COUNTED: Final = frozenset({"number", "vague"})
_SHOWS: Final = frozenset({"foil", "show_of_force"})
_ACTS: Final = frozenset({"killed", "injured", "strike", "strike_ambiguous", "fire", "attack"})
_HEDGES: Final = frozenset({"modality", "threat", "foil", "hypothetical"})
#: The categories for which agent_kind can answer (besides a gazetteer name).
_AGENT_CATEGORIES: Final = frozenset({"armed_group", "state_force"})
#: The perfect of a running total: "have been killed since", "has risen since", "have died since".
_PERFECT: Final = re.compile(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|also\s+)?(?:been|died|risen|climbed|reached)\b",
                             re.IGNORECASE)
#: Acts whose subject is their doer: a name before one of them, in the gap before a later event
#: word, did that event too.
_DOING: Final = frozenset({"strike", "fire", "launch"})
_ATTACK_OR_FIRE: Final = frozenset({"attack", "fire"})
#: The weapon words of the taxonomy: arms named, fired or kept.
_WEAPON_WORDS: Final = frozenset({"weapon", "distance_weapon"})
#: Armed sides named: an armed group or a group by its name.
_ARMED_SIDES: Final = frozenset({"armed_group", NAMED_GROUP})
#: A weapon or an armed actor named: the rules' strongest evidence, which only news that reads as
#: ordinary beyond doubt overrules ("gunmen shoot dead football coach" stays violence).
_ARMS_NAMED: Final = _WEAPON_WORDS | _ARMED_SIDES | {"state_force"}
_ARMS: Final = _WEAPON_WORDS | _ARMED_SIDES | {"fire", "strike"}
#: A weapon or an armed actor named: violence that no accident shares.
_ARMED: Final = _ARMS | {"state_force"}
_ACCIDENT_SHARED: Final = "accident_shared"
#: Aircraft, ships and vehicles (taxonomy.toml's vehicle): in an accident, what crashed.
_VEHICLE: Final = "vehicle"
_CRASH: Final = "crash"
#: Arms that went off by mishap, not used (taxonomy.toml's mishap; see _arms_went_off_by_mishap).
_MISHAP: Final = "mishap"
#: Death words that tell no cause (taxonomy.toml's bare_death).
_BARE_DEATH: Final = "bare_death"
#: What makes a death told without its cause one of violence: arms, fighters, a violent act, a truce,
#: a war or a siege, a protest or riot (where people die in the streets, someone killed them).
_CAUSES_OF_DEATH: Final = _ARMED | VIOLENT_CATEGORIES | {"deescalation", "conflict", "context_protest"}
_FROM_AFAR: Final = frozenset({"distance_weapon", "fire", "strike", "strike_ambiguous"})
#: Words that make the name after them an object: "targeting insurgents", "fighting the Taliban".
_GOVERNED: Final = re.compile(r"\b(?:targeting|targeted|targets|against|fighting|hunting)\s+(?:the\s+)?$", re.IGNORECASE)
_PREPOSITION: Final = re.compile(r"\b(?:by|in|from|during|after|amid|under)\b", re.IGNORECASE)
_URL: Final = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
#: After a denied casualty word, the one group the denial is about: "no casualties among the troops", "no
#: injuries on the Israeli side", "no losses in its ranks" (others, counted apart, may be hurt).
_AMONG_GROUP: Final = re.compile(r"(?:\s+(?:were|was|have\s+been|had\s+been|are)\s+)?(?:\s+(?:reported|recorded|suffered))?"
                                 r"\s+(?:among|on\s+(?:the|our|their|its)\s+(?:[\w-]+\s+)?side|in\s+(?:the|our|their|its)\s+ranks)\b",
                                 re.IGNORECASE)
# ("none of the crew was hurt", "none of the 17 sailors were injured": no one of a group named)
_NO_ONE: Final = re.compile(r"\b(?:no\s+one|nobody|none(?:\s+of\s+(?:the|its|their|his|her|our)(?:\s+[\w'’-]+){1,2})?"
                            r"|no(?:\s+[\w-]+){0,2}|no\s+1|without(?:\s+causing|\s+any)?)"
                            r"\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
#: No one as the object of a harm's verb: "hurting no one", "injuring nobody" ("killing no one but himself" names one).
_NO_ONE_AS_OBJECT: Final = re.compile(r"\s+(?:no(?:\s+|-)one|nobody)\b(?!\s+(?:but|except|other|else|besides)\b)",
                                      re.IGNORECASE)
#: Two casualty words joined, which one denial governs: "no one was killed or injured".
_JOINED_HARM: Final = re.compile(r"\s+(?:or|and|nor)\s+(?:\w+ly\s+)?", re.IGNORECASE)


_hit_start: Final = attrgetter("start")
_hit_categories: Final = attrgetter("categories")

#: Evidence built by tuple.__new__, without the Python-level __new__ of the NamedTuple.
_new_evidence: Final = tuple.__new__


class Classifier:
    """Classifies news items by the vocabulary of one config directory."""

    def __init__(self, taxonomy: Taxonomy, gate: TopicGate | None = None) -> None:
        self.taxonomy = taxonomy
        #: vetoes the strike, attack and casualty of items that are ordinary news (None: rules alone)
        self.gate = gate
        roles = gazetteer_roles(taxonomy)
        # Names of armed groups also get the category NAMED_GROUP, so a sentence's category set tells
        # whether it names one (the sense rules ask this of every sentence).
        categories: dict[str, Iterable[str]] = dict(taxonomy.categories)
        categories[NAMED_GROUP] = tuple(
            alias for alias, alias_roles in roles.items()
            if any(role == "actor" and kind == "group" for role, _, kind, _ in alias_roles)
        )
        self._matcher = PhraseMatcher(categories, roles)

    @classmethod
    def from_config(cls, config_dir: Path, *, with_gate: bool = True) -> Classifier:
        """The classifier of a config directory's vocabulary, with the shipped topic gate unless
        `with_gate` is False."""
        return cls(load_taxonomy(Path(config_dir)), TopicGate.load() if with_gate else None)

    def classify(self, title: str, summary: str = "") -> Event:
        return self.classify_text(*_item_text(title, summary))

    def gate_verdict(self, title: str, summary: str = "") -> GateVerdict | None:
        """Why the topic gate took a strike, an attack or a casualty out of this item's verdict, or
        None where the rules alone say the same (or there is no gate): the readable evidence of a
        decision the model made."""
        if self.gate is None:
            return None
        text, title_end = _item_text(title, summary)
        if self._classify(text, title_end, self.gate).types == self._classify(text, title_end, None).types:
            return None
        return self.gate.verdict(*self.gate_input(text))

    def gate_input(self, text: str) -> GateInput:
        """What the topic gate is given for `text`: the text, the taxonomy categories of the phrases
        found in it, its gazetteer names as the tokens of their roles, and how much the rules'
        evidence of violence says (what bot/classify/train_gate.py trains and calibrates on)."""
        hits = self._find_cues(text)
        present = frozenset().union(*map(_hit_categories, hits))
        return GateInput(text, present, name_masks(hits), _gate_evidence(text, hits, present))

    def classify_text(self, text: str, title_end: int = 0) -> Event:
        """The Event of `text` (a title ending at `title_end`, then its summary)."""
        return self._classify(text, title_end, self.gate)

    def _classify(self, text: str, title_end: int, gate: TopicGate | None) -> Event:
        """The six stages: find cues -> scope -> decide types -> counts -> names -> severity."""
        hits = self._find_cues(text)
        if not hits:
            return Event()
        present = frozenset().union(*map(_hit_categories, hits))
        if not _may_report_event(present):
            # names only (most non-news): no sentence can decide anything, so none is looked at
            actors, places = names_in(text, hits)
            return Event(actors=actors, locations=places)
        findings = _Findings()
        causes = _with_mine_worked(text, present)
        item = _Item(text, title_end, text_cues(text),
                     causes.isdisjoint(_NON_HUMAN_CAUSES) or _names_a_doer(text, hits, present)
                     or (title_end < len(text) and _title_names_an_assault(hits, title_end)), _BLAST_SOURCE in causes,
                     0 < title_end < len(text) and heading_is_a_topic(text, hits, title_end),
                     _summary_sense(text, hits, title_end, present), _may_tell_a_score(text),
                     _title_lent_sense(hits, title_end, present), _sides_only_hold_or_tell(text, hits, present),
                     heading_of_a_lifes_end(text, hits, title_end) if _BARE_DEATH in present and 0 < title_end else -1,
                     next((hit.start for hit in hits if _CYBER <= hit.categories), -1) if _CYBER <= present else -1,
                     heading_of_a_reaction(text, hits, title_end))
        for sentence, sentence_hits, categories in _sentences_with_hits(text, hits, present):
            _read_sentence(item, sentence, sentence_hits, categories, findings)
        _decide_types(text, hits, present, findings, not item.doers_named and (
            findings.accident or _tells_harm_by_itself(causes)))
        killed, injured = findings.totals(0 < title_end < len(text) and _summary_tells_doers_own_end(text, title_end))
        stabbed, stabbed_end = people_stabbed(text, findings.evidence["attack"]) if (
            "attack" in findings.evidence and ("stab" in (lowered := folded(text)) or "shot" in lowered
                                               or "shoots" in lowered)) else (0, 0)
        if killed and (injured or stabbed) and _attackers_alone_dead(text, findings):
            killed = 0  # "stabbed three tourists; one of the assailants was shot dead": the attackers, apart
        if stabbed:
            stabbed = _with_the_hurt_by_place(text, findings, stabbed, stabbed_end)
            killed, injured = _with_the_stabbed(findings, stabbed, killed, injured, stabbed_end)
        types = tuple([kind for kind in EVENT_TYPES if kind in findings.evidence])
        if gate is not None and not GATED_TYPES.isdisjoint(types) and not findings.side_armed and _gate_vetoes(
                gate, text, hits, present if _disaster_context(hits, present, findings) else (
                    present - _DISASTER_CONTEXT)) and not (
                not present.isdisjoint(_NATURE) and _armed_act_beside_nature(text, hits, findings)):
            # ordinary news in words that sound violent (a match, a market, a fire), or deaths and
            # explosions with no arms named in news that does not read as conflict or crime: the
            # topic gate keeps only its threats, deployments and truces
            types = tuple([kind for kind in types if kind not in GATED_TYPES])
            killed = injured = None
            findings.interstate = False
        actors, places = names_in(text, hits)
        return Event(
            types=types,
            severity=severity(set(types), killed, injured, findings.interstate),
            killed=killed,
            injured=injured,
            actors=actors,
            locations=places,
            evidence=tuple([_new_evidence(Evidence, (kind, text[start:end], start, end))
                            for kind in types for start, end in findings.evidence[kind]]),
        )

    def _find_cues(self, text: str) -> list[Hit]:
        """Stage 1: every phrase, name and number of the vocabulary in `text`, in order."""
        hits = self._matcher.find(text)
        if _may_report_event(frozenset().union(*map(_hit_categories, hits))):
            # (the needle sets asked below, and those text_cues asks after, answered in one pass: see _CUE_NEEDLES;
            # an item whose words can report no event asks no text_cues, and its few sets here are cheaper asked
            # one by one)
            answer_together(text, _CUE_NEEDLES)
        if "://" in text or "www." in text:
            # words inside a link are not the story ("...-soldier-killed-two-wounded.html")
            urls = [match.span() for match in _URL.finditer(text)]
            hits = [hit for hit in hits if not any(lo <= hit.start < hi for lo, hi in urls)]
        if "pound" in folded(text):  # (any letter case: "wounded" and "found" need no look at their hits)
            hits = [hit for hit in hits if not _is_weight_or_money(text, hit)]
        if "hell" in text:
            hits = [hit for hit in hits if not _is_ammunition_counted_or_traded(text, hit)]
        if "shot" in text:
            hits = [hit for hit in hits if not _is_a_work_filmed(text, hit)]
            if "shot down" in text:
                hits = [hit for hit in hits if not _a_proposal_shot_down(text, hit)]
            hits = _shots_at_people_told(text, hits)
            if "ccident" in text:
                hits = _shootings_in_an_accident_told(text, hits)
        if "murder" in text or "homicide" in text:
            hits = [hit for hit in hits if not _names_a_case(text, hit)]
        if "self" in text or "own li" in text:
            # (a suicide told by its verb is no casualty, and no accident or disaster either: it makes no other act of
            # its sentence no one's, "killed himself after he stabbed his wife to death")
            hits = [hit for hit in hits if not _SUICIDE_TOLD.fullmatch(hit.text)]
        if "kill" in folded(text) and _MAY_KILL_A_THING.search(folded(text)):
            # (the word is looked at before the call: most hits of a text with "kill" are no killing verb)
            hits = [hit for hit in hits if hit.text.lower() not in _KILLING_FORMS or not _kills_a_thing(text, hit)]
        if "bombed" in text:
            hits = [hit for hit in hits if hit.text.lower() != "bombed" or not _flopped(text, hit)]
        if "ombard" in text:
            hits = [hit for hit in hits if not _bombarded_with_words(text, hit) and not _bombarded_in_play(text, hits, hit)]
        if "xplod" in text or "bomb" in text:
            hits = [hit for hit in hits if not _surged_by_a_measure(text, hit)]
        if "arrage" in text or "alvo" in text or "olley" in text:
            hits = [hit for hit in hits if not _salvo_of_words_or_play(text, hit)]
        if not absent(text, _FRAMING_NEEDLES):
            hits = [hit for hit in hits if not _framed_as_a_contest(text, hit)]
        if not absent(text, _REPAIR_NEEDLES):
            hits = [hit for hit in hits if not _damage_repaired(text, hit)]
        if "toll" in (low := folded(text)) and "bell" in low:
            hits = [hit for hit in hits if hit.text.lower() != "toll" or not _bells_toll(text, hit)]
        if "assassinat" in low and ("haracter" in text or "eputation" in text):
            hits = [hit for hit in hits if not hit.text.lower().startswith("assassinat")
                    or not _assassinates_a_name(text, hit)]
        if "oalition" in text:
            hits = _coalitions_told(text, hits)
        if ("bodies" in text or "remains" in text) and _HANDOVER.search(text):
            hits = _handed_over_dead_dropped(text, hits)
        if not absent(text, _ADJECTIVE_END_NEEDLES):
            hits = _compound_adjectives_dropped(text, hits)
        if not absent(text, _AGAINST_NEEDLES):
            hits = _what_is_opposed_told(text, hits)
        if not absent(text, _WAR_ON_NEEDLES):
            hits = _wars_on_no_side_dropped(text, hits)
        if not absent(text, _WITHDRAWAL_NEEDLES):
            hits = _withdrawals_of_things_dropped(text, hits)
        if not absent(text, _AS_A_SKILL_NEEDLES):
            hits = [hit for hit in hits if not _deescalation_as_a_skill(text, hit)]
        if not absent(text, _TREND_NEEDLES) and _TREND_HINT.search(folded(text)):
            hits = [hit for hit in hits if not _a_trend_of(text, hit)]
        # (the substring tests mapped in C, not by a generator: every item asks these two)
        if any(map(text.__contains__, _SHARE_NEEDLES)):
            hits = [hit for hit in hits if not _a_measure_moved_by_a_share(text, hit)]
        if any(map(text.__contains__, _MEASURE_NEEDLES)):
            hits = [hit for hit in hits if not _names_a_measures_kind(text, hit)]
        # (the hits' categories are asked before the text: most items hold no blast, fire or weapon word
        # for this to take out, and _attack_ruled_out's needles and regexes cost more than the hits' test)
        if not (categories := frozenset().union(*map(_hit_categories, hits))).isdisjoint(_AMBIGUOUS_HARM | {"strike"}) and (
                not _armed_side_told_beside_ruled_out(text, hits, categories) and _attack_ruled_out(text)):
            # "sabotage was ruled out", "no attack was involved", "a WWII bomb went off": the blasts, fires,
            # shells and bombs the item tells went off by themselves (unless it names an armed side as their
            # doer after all: "... ruled out terrorism; now admits an ISIS bomb downed the jet"), and the act
            # ruled out is none ("officials rule out a missile strike")
            ruled_out = _ruled_out_spans(text)
            hits = [hit for hit in hits if _AMBIGUOUS_HARM.isdisjoint(hit.categories)
                    and not any(start <= hit.start < end for start, end in ruled_out)]
        if " over " in text:
            matters = [(hit, over) for hit in hits if hit.text.lower() in _WORDS_OF_CRITICISM
                       and (over := _criticised_over(text, hit)) is not None]
            if matters and not _names_arms_beside_matters(text, hits, [over for _, over in matters]):
                criticised = [hit for hit, _ in matters]
                hits = [hit for hit in hits if hit not in criticised]
        if " by " in text and "ttack" in text:
            hits = _struck_by_another_sense(text, hits)
        if not absent(text, _IN_WORDS_NEEDLES):
            hits = [hit for hit in hits if not _attacked_in_words(text, hits, hit)]
        if "self" in text or "selves" in text:
            hits = _self_harm_told(text, hits)
        if "hostage" in text or "captive" in text:
            hits = _hostages_taken_told(text, hits)
        if not absent(text, _TAKING_NEEDLES):
            hits = _seizures_told(text, hits)
        if "to death" in text:
            hits = _done_to_death_told(text, hits)
        if " dead" in text and ("hoot" in text or "hot " in text):
            hits = _shot_dead_apart_told(text, hits)
        if "uns down" in text or "un down" in text or "unning down" in text:
            hits = _guns_down_told(text, hits)
        if "laughter" in text or "assacr" in text or "utcher" in text:
            hits = _slaughters_told(text, hits)
        if not absent(text, _ARMS_IN_HAND_NEEDLES):
            hits = _arms_in_hand_told(text, hits)
        if " killed" in text and _WOUNDED_THEN_KILLED.search(folded(text)):
            hits = _wounds_ended_in_death_told(text, hits)
        if "fire" in text or "alight" in text or "ablaze" in text or "torched" in text:
            hits = _fires_set_told(text, hits)
            if "alight" in text or "ablaze" in text or "afire" in text:
                hits = _arson_by_a_doer_told(text, hits)
        if _an_event_word_in_a_name(text, hits):
            # an event word inside a title or a name ("Death of a Salesman", "the Battle of Gettysburg")
            # reports nothing (looked for first: most items hold none, and keep their list of hits)
            named = [hit for hit in hits if not _VIOLENT_OR_CASUALTY.isdisjoint(hit.categories) and not hit.names
                     and in_a_name(text, hit.start, hit.end)]
            hits = _named_again_after_its_name(text, [hit for hit in hits if hit not in named], named)
        if "orpedo" in text or "ORPEDO" in text:
            hits = _torpedoes_told(text, hits)
        if "erupt" in text:
            hits = _acts_erupting_told(text, hits)
        # (the categories tested in C, not by a generator: most items hold no armed verb, and every
        # hit of every item is looked at)
        if not all(map(_ARMED_VERBS.isdisjoint, map(_hit_categories, hits))):
            hits = _armed_verbs(text, hits)
        if "ram" in text:
            hits = _collisions_told(text, hits)
        if "xecut" in text or "ecapitat" in text or "eheading" in text:
            hits = _executions_told(text, hits)
        if "wound " in text or "graz" in text:
            hits = _wounds_told(text, hits)
        if " condition" in text:
            hits = _states_of_no_people_dropped(text, hits)
        if "laim" in text:
            hits = _lives_claimed_told(text, hits)
        if "los" in text or "LOS" in text:
            hits = _own_losses_told(text, hits)
        if "tank" in text:
            hits = _stores_told(text, hits)
        if "rash" in text and _LOADED_HINT.search(folded(text)):
            hits = _loaded_crashes_told(text, hits)
        if ", " in text and any(not _NATURE.isdisjoint(hit.categories) for hit in hits):
            hits = _natures_participles(text, hits)
        if not absent(text, _HITTING_NEEDLES):
            hits = _natures_hits(text, _obstacles_hit(text, hits))
            if not absent(text, _TEST_TARGET_NEEDLES):
                hits = _test_targets_hit(text, hits)
        if _names_arms_goods(hits):
            hits = _arms_places_told(text, hits)
        if "xplode" in text or "lew up" in text or "lows up" in text:
            hits = _vehicles_blown_up(text, hits)
        if "off" in text:
            hits = _firearms_gone_off(text, hits)
        if not absent(text, _FIRING_ARM_NEEDLES):
            hits = _firing_arms_blown_up(text, hits)
        if "during" in text or "During" in text or "practice" in text:
            hits = _drills_told(text, hits)
        if not absent(text, _MISTAKE_NEEDLES):
            hits = _launches_by_mistake_told(text, hits)
        if "mock" in text or "imulated" in text or "dummy" in text:
            hits = _mock_acts_told(text, hits)
        if not absent(text, _DRILL_KIND_NEEDLES):
            hits = [hit for hit in hits if _VIOLENT_OR_CASUALTY.isdisjoint(hit.categories)
                    or not _names_a_drills_kind(text, hit)]
        if not absent(text, _SOUND_NEEDLES):
            hits = [hit for hit in hits if _VIOLENT_OR_CASUALTY.isdisjoint(hit.categories) or not _a_drills_sound(text, hit)]
        if '"' in text or "“" in text or "'" in text or "‘" in text:
            # an event word quoted on its own is a word judged or named, not an act told (critics call
            # an exhibition "offensive", a minister calls a speech an "attack")
            hits = [hit for hit in hits if _VIOLENT_OR_CASUALTY.isdisjoint(hit.categories)
                    or not _quoted_alone(text, hit)]
            if "like" in low or "as " in low:
                hits = [hit for hit in hits if _LIKENED.isdisjoint(hit.categories) or not _in_a_quoted_likeness(text, hit)]
            if not absent(text, _FALSITY_NEEDLES) and _CALLED_FALSE.search(text):
                hits = _false_quotes_dropped(text, hits)
        return hits


# (The two scans below ask every hit of every item: plain loops, not generators, as most items hold
# neither and every hit is looked at.)


# "a history of the Battle of Stalingrad which argues that Soviet losses in the battle have been understated",
# "the Siege of Leningrad ... survivors of the siege": the bare noun of an event named by its proper name before
# it, with "the" and no phrase that tells another one ("the battle for the bridge" may), names that event again: a
# name, no report. (A new fight gets words of its own: "fresh fighting", "troops attacked".)
def _named_again_after_its_name(text: str, hits: list[Hit], named: list[Hit]) -> list[Hit]:
    """The hits less the event words that name again, after "the", an event whose name (`named`, words in a name:
    scope.in_a_name) holds the same noun before them."""
    stems = [(hit.end, _event_stem(hit.text)) for hit in named]
    if not stems:
        return hits
    return [hit for hit in hits if not (
        hit.text[:1].islower() and not _VIOLENT_OR_CASUALTY.isdisjoint(hit.categories)
        and any(end <= hit.start and stem == _event_stem(hit.text) for end, stem in stems)
        and _BARE_THE_BEFORE.search(text, max(0, hit.start - 8), hit.start) is not None
        and _WHICH_ACT_AFTER.match(text, hit.end) is None)]


def _an_event_word_in_a_name(text: str, hits: list[Hit]) -> bool:
    """Whether a capitalised event word of `hits` is inside a title or a name (scope.in_a_name)."""
    for hit in hits:
        if (hit.text[:1].isupper() and not hit.names and not _VIOLENT_OR_CASUALTY.isdisjoint(hit.categories)
                and in_a_name(text, hit.start, hit.end)):
            return True
    return False


def _names_arms_goods(hits: list[Hit]) -> bool:
    """Whether a hit is a word of arms as goods (_ARMS_GOODS), which _arms_places_told looks at."""
    for hit in hits:
        if hit.text.lower() in _ARMS_GOODS:
            return True
    return False


#: After a word of violence, maybe past the side it names, a game's score the winner leads: "were massacred 6-0",
#: "City destroyed United 5-0", "hammered the visitors 4–1". (A range of a count climbs and counts
#: something, "killed 12-15 soldiers"; a score the winner tells first does not.)
_SCORE_AFTER: Final = re.compile(
    r"(?:\s+(?:by\s+)?(?:the\s+)?(?:[A-Z][\w'’.-]*|visitors|hosts|champions|holders|home\s+side|opponents|"
    r"rivals)){0,3}\s+(?P<won>\d{1,2})\s*[-–]\s*(?P<lost>\d{1,2})"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:by|in|at|against|on|to|after|with|and|as|over|away|at\s+home)\b)")
_SCORE_REACH: Final = 48
#: Two numbers joined by a dash, which a score needs (looked for first, in the reach of a score).
_A_SCORE: Final = re.compile(r"\d\s*[-–]\s*\d")


def _may_tell_a_score(text: str) -> bool:
    """Whether `text` holds two numbers joined by a dash (_A_SCORE), which _scored needs: asked once per
    text, where a look after each violent word costs more (most texts hold no score, and many no dash)."""
    return ("-" in text or "–" in text) and found(text, _A_SCORE)


def _scored(text: str, hit: Hit) -> bool:
    """Whether a word of violence is a game's result, a score right after it or after the side it
    names ("the Gunners were massacred 6-0 by City"): a figure of a heavy defeat, no act. (Asked of
    the violent words of a text that holds a score somewhere: _may_tell_a_score.)"""
    end = min(len(text), hit.end + _SCORE_REACH)
    if _A_SCORE.search(text, hit.end, end) is None:
        return False  # (the usual violent word: no pair of numbers after it to read)
    match = _SCORE_AFTER.match(text, hit.end, end)
    return match is not None and int(match.group("won")) >= int(match.group("lost"))


#: Between a ram and the vehicle it rams: "rams into a", "rammed the stationary", "rams a" (one or two
#: describing words at most).
_RAMMED_VEHICLE: Final = re.compile(r"\s+(?:(?:into|onto|against|with)\s+)?(?:(?:a|an|the|another|two)\s+)?"
                                    r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
#: Between the vehicle that rams and its ram: "a train rams", "the ferry then rammed".
_RAMMER: Final = re.compile(r"\s+(?:[\w'’-]+\s+)?", re.IGNORECASE)
#: After a vehicle named, what makes it no vehicle rammed: a place where people wait for it or the
#: people it carries ("rams into a bus stop"), or a target it is rammed into, as the ram's instrument
#: ("rams his car into a crowd").
_WAITING_PLACE: Final = re.compile(r"[\s-]+(?:stops?|stations?|shelters?|queues?|terminals?|passengers?|riders?|"
                                   r"(?:[\w'’-]+\s+){0,3}?(?:into|through|onto)\b)", re.IGNORECASE)
_INTENT: Final = "intent"
_COLLISION: Final = frozenset({"vehicle_motion"})


def _collisions_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each ram of a vehicle by a vehicle ("a passenger train rams into a
    goods train", "a bus rammed a lorry") told as what a vehicle does (vehicle_motion), not intent: a
    vehicle ramming a vehicle is a collision, an accident unless a doer is named; a person ramming
    ("a man rams a police car with a van"), a vehicle rammed into people or a place ("a lorry rammed
    worshippers", "rams into a bus stop") or a vehicle used to ram ("rammed his car into a crowd")
    stays intent, unless the vehicle is told out of control (_ram_out_of_control)."""
    told = list(hits)
    for index in range(1, len(hits) - 1):
        hit = hits[index]
        if _INTENT not in hit.categories or not hit.text.lower().startswith("ram"):
            continue
        rammer, rammed = hits[index - 1], hits[index + 1]
        if ("road_vehicle" in rammer.categories and _RAMMER.fullmatch(text, rammer.end, hit.start)
                and "road_vehicle" in rammed.categories and _RAMMED_VEHICLE.fullmatch(text, hit.end, rammed.start)
                and not _WAITING_PLACE.match(text, rammed.end)):
            told[index] = hit.with_categories(hit.categories - {_INTENT} | _COLLISION)
        elif _ram_out_of_control(text, hits, index):
            # (rammed into people or a place, the ram is their harm's act: out of control, it is the crash's)
            told[index] = hit.with_categories(_COLLISION)
    return told


#: The words of a vehicle out of its driver's control (taxonomy.toml's vehicle_motion): "lost control", "its brakes
#: failed", "an out-of-control lorry".
_CONTROL_LOST: Final = frozenset({"lost control", "loses control", "brakes fail", "brakes failed", "brake failure",
                                  "out of control", "out-of-control"})


def _ram_out_of_control(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the ram `hits[index]` is done by a road vehicle named before it in its sentence that the sentence tells
    out of control ("a truck rammed into a market after its brakes failed", "a bus lost control and rammed into a
    crowd"): a crash, no one's aim, where the sentence names no other intent or anyone armed ("a man rammed his car
    into a crowd and then lost control" tells the man's aim by his own verb first, so a vehicle must be the rammer)."""
    start = max((match.end() for match in _SENTENCE_MARK.finditer(text, 0, hits[index].start)), default=0)
    end = next((match.start() for match in _SENTENCE_MARK.finditer(text, hits[index].end)), len(text))
    sentence = [hit for hit in hits if start <= hit.start < end]
    before = [hit for hit in sentence if hit.start < hits[index].start and not hit.categories <= _COLLISION]
    return bool(before) and "road_vehicle" in before[0].categories and any(
        hit.text.lower() in _CONTROL_LOST for hit in sentence) and all(
        hit is hits[index] or (_INTENT not in hit.categories and _ARMED.isdisjoint(hit.categories)) for hit in sentence)


_EXECUTE_VERB: Final = "execute_verb"
_KILLED: Final = frozenset({"killed"})
#: People as the object of "executed": a count, a determiner or a possessive, up to two describing words,
#: then a noun of people ("executed 11 hostages", "execute the captured pilot", "executed dozens of
#: prisoners of war", "executes two teenage girls").
_PEOPLE_NOUNS: Final = (
    "people", "persons", "person", "men", "man", "women", "woman", "children", "child", "boys", "boy", "girls", "girl",
    "hostages?", "prisoners?", "captives?", "detainees?", "soldiers?", "troops", "servicemen", "civilians?",
    "villagers?", "residents?", "passengers?", "fighters?", "militants?", "rebels?", "insurgents?", "policemen",
    "policeman", "police officers?", "officers?", "guards?", "journalists?", "reporters?", "aid workers?", "workers?",
    "pilots?", "farmers?", "students?", "teachers?", "spies", "spy", "collaborators?", "informants?", "informers?",
    "deserters?", "defectors?", "tribesmen", "members?", "Christians?", "Muslims?", "Shiites?", "Sunnis?",
    "Yazidis?", "Kurds?", "peshmerga", "nationals?", "citizens?", "suspects?", "herders?", "shepherds?", "drivers?",
    "traders?", "merchants?", "doctors?", "nurses?", "priests?", "monks?", "engineers?", "tourists?", "pilgrims?",
    "worshippers?", "miners?", "fishermen", "hunters?", "officials?", "leaders?", "commanders?", "chiefs?", "elders?",
    "clerics?", "imams?", "teenagers?", "youths?", "sons?", "daughters?", "wives", "wife", "husbands?", "brothers?",
)
_PEOPLE_OBJECT: Final = re.compile(
    rf"\s+(?:(?:{QUALIFIED_NUMBER_PATTERN}|dozens|hundreds|scores|several|many|some|all|more|a|an|the|their|his|her|"
    r"its|two\s+of\s+the|one\s+of\s+the)\s+(?:of\s+(?:the\s+|their\s+)?)?)?(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{'|'.join(_PEOPLE_NOUNS)})\b", re.IGNORECASE)
#: A person by name as the object: "militants executed John Doe" (capitalised words that name no day, month
#: or plan: "executed Operation Dawn" is a plan).
_NAMED_OBJECT: Final = re.compile(
    r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Operation|Plan|Order|Project|Phase|Article|The|A|An|It|This|"
    r"That|On|In|At|Last|Its|Their|His|Her)\b)[A-Z][\w'’.-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+|van\s+)?[A-Z][\w'’.-]+)+")
#: People before a passive "executed by": "eleven hostages executed by militants".
_PEOPLE_BEFORE_BY: Final = re.compile(rf"\b(?:{'|'.join(_PEOPLE_NOUNS)})\s+$", re.IGNORECASE)
_BY_AFTER: Final = re.compile(r"\s+by\b", re.IGNORECASE)
#: An execution carried out under a sentence: a court's, the death penalty's ("executed by lethal
#: injection", "executes six people for drug trafficking", "convicted murderers"): a punishment, told
#: by its words of justice, not a killing by an armed side.
_JUDICIAL: Final = re.compile(
    r"\b(?:convict(?:ed|s)?|court|courts|death\s+row|death\s+penalty|death\s+sentences?|sentenced|lethal\s+injection|"
    r"by\s+hanging|hanged|gallows|firing\s+squad|judiciary|judicial|clemency|murderers?|for\s+(?:drug|murder|"
    r"smuggling|trafficking|rape|treason|espionage|corruption|blasphemy|adultery|terrorism|crimes?|offen[cs]es?)|"
    r"on\s+(?:[\w-]+\s+)?charges)\b", re.IGNORECASE)
#: How far around the verb the words of justice are looked for.
_EXECUTION_REACH: Final = 120
#: A government as the doer: "the government executes 20 people", "authorities have executed two men".
_GOVERNMENT_BEFORE: Final = re.compile(r"\b(?:government|authorities|state|kingdom|judiciary)\s+(?:(?:has|have|had)\s+)?$",
                                       re.IGNORECASE)
#: Before the verb, what makes it a modifier of the noun after it: "organs of executed prisoners", "the
#: executed men", "17 decapitated soldiers".
_MODIFIER_BEFORE: Final = re.compile(rf"(?:\b(?:the|a|an|of|from|for|to|with|about|among|whose|their|its)|"
                                     rf"(?<![\w-])(?:{NUMBER_PATTERN}))\s+$", re.IGNORECASE)


def _executions_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with each active "executed" whose object is people ("militants executed 11 hostages",
    "executes a captured pilot", "executed John Doe"), or whose people stand before a passive "executed
    by", made a killed word; each other one ("executed a plan", "execute an order", "executed the
    contract") dropped. A punishment carried out under a sentence, told by its words of justice nearby
    ("executed by lethal injection", "for drug trafficking"), is no killing by an armed side: dropped too."""
    return _verbs_of_people_told(text, hits, _EXECUTE_VERB, _KILLED, _executes_people)


def _executes_people(text: str, told: list[Hit], hit: Hit) -> bool:
    """Whether the "executed" hit kills people by an armed side's hand (see _executions_told); `told`, the hits
    before it as read so far."""
    return not _punished_by_a_state(text, told, hit) and (
        _PEOPLE_OBJECT.match(text, hit.end) is not None or _NAMED_OBJECT.match(text, hit.end) is not None
        or (_BY_AFTER.match(text, hit.end) is not None
            and _PEOPLE_BEFORE_BY.search(text, max(0, hit.start - 40), hit.start) is not None)) and not _JUDICIAL.search(
        text, max(0, hit.start - _EXECUTION_REACH), hit.end + _EXECUTION_REACH)


def _verbs_of_people_told(text: str, hits: list[Hit], verb: str, as_categories: frozenset[str],
                          takes_people: Callable[[str, list[Hit], Hit], bool]) -> list[Hit]:
    """The hits with each hit of the category `verb` that is no modifier of a noun after it ("the executed men",
    "a head wound") and `takes_people` (its object is people) read as `as_categories` (a killing, a wounding);
    each other one dropped, its other senses kept ("decapitated bodies" is the mark of violence on the dead).
    The verbs whose sense is told by their object: "executed", "wound"."""
    told: list[Hit] = []
    for hit in hits:
        if verb not in hit.categories:
            told.append(hit)
            continue
        others = hit.categories - {verb}
        if not _MODIFIER_BEFORE.search(text, max(0, hit.start - 16), hit.start) and takes_people(text, told, hit):
            told.append(hit.with_categories(others | as_categories))
        elif others:
            told.append(hit.with_categories(others))
    return told


#: A vehicle made a weapon by what it carries or what it is for: "packed with explosives", "laden with
#: bombs", "explosive-laden", "rigged with explosives", "booby-trapped", "a kamikaze drone", "a suicide
#: boat" (what the words before a crash say of the thing that crashed).
_LOADED: Final = re.compile(
    r"\b(?:(?:packed|laden|loaded|rigged|stuffed|filled|fitted|armed)\s+with\s+(?:(?:an?|the|[\w-]+)\s+){0,2}?"
    r"(?:explosives?|bombs?|TNT|dynamite|grenades?|warheads?|munitions|IEDs?)|(?:explosives?|bombs?|TNT|munitions?)"
    r"[\s-]+(?:laden|packed|loaded|rigged|filled)|booby[\s-]+trapped|kamikaze|suicide|one-way\s+attack)\b",
    re.IGNORECASE)
#: The words _LOADED needs, looked for once per item before any crash is read (in the folded text, as _TREND_HINT).
_LOADED_HINT: Final = re.compile(r"laden|packed|loaded|rigged|stuffed|filled|fitted|armed|trapped|kamikaze|suicide|"
                                 r"one-way")
#: A crash into something: "crashed into a base", "slammed into the gate", "crashes onto the deck".
_INTO_AFTER: Final = re.compile(r"\s+(?:into|onto|against)\b", re.IGNORECASE)
#: How far before the crash its loaded vehicle is looked for (in the same clause).
_LOADED_REACH: Final = 80


def _loaded_crashes_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with each crash into something done by a vehicle made a weapon ("a drone packed with
    explosives crashed into a base", "an explosive-laden boat crashed into the frigate") told as an
    attack: what a weapon crashes into is its target. A crash with no loaded vehicle before it ("a plane
    crashed into a building") or into no target ("a drone packed with explosives crashed in a field")
    stays what it is."""
    told = list(hits)
    for index, hit in enumerate(hits):
        if _CRASH not in hit.categories or not _INTO_AFTER.match(text, hit.end):
            continue
        # (the last loaded vehicle before the crash, in its clause)
        loaded = [match.end() for match in _LOADED.finditer(text, max(0, hit.start - _LOADED_REACH), hit.start)]
        # (an apposition closed by a comma is no new clause: "a drone, packed with explosives, crashed into")
        if loaded and (not crosses_clause(text, loaded[-1], hit.start) or not text[loaded[-1]:hit.start].strip(", ")):
            told[index] = hit.with_categories(_ASSAULT)
    return told


_CLAIM_VERB: Final = "claim_verb"
#: Counted lives as the object of "claimed": "claimed 15 lives", "claims at least 30 more lives", "claimed
#: two civilian lives".
_LIVES_COUNTED: Final = re.compile(
    rf"\s+(?:{QUALIFIED_NUMBER_PATTERN})\s+(?:(?:more|other|further|civilian|innocent|young|human)\s+)?lives\b",
    re.IGNORECASE)


#: What can claim lives by violence, before "claimed" in its sentence: a violent act, a weapon, fighting,
#: an armed side, or a blast (which the rules and the gate weigh as any blast).
_TAKERS_OF_LIVES: Final = VIOLENT_CATEGORIES | {"weapon", "distance_weapon", "conflict", "conflict_state",
                                                "armed_group", "state_force", NAMED_GROUP, _ACCIDENT_SHARED}
_SENTENCE_ENDS: Final = ".!?\n"


_WOUND_VERB: Final = "wound_verb"
_INJURED: Final = frozenset({"injured"})
#: One more person as the object by an ordinal, after others counted before it: "shot dead four miners and
#: wound a fifth" (not "a fifth of the crew", "a third time", "a second day": a share or a time).
_ONE_MORE_OBJECT: Final = re.compile(
    r"\s+(?:a|an|another)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
    r"(?=\s*(?:[,;.)]|$)|\s+(?:in|at|on|near|during|as|and|before|after|when|while)\b)", re.IGNORECASE)
#: Counted others as the object: "kill four and wound two others", "wound 12 more".
_OTHERS_OBJECT: Final = re.compile(rf"\s+(?:{QUALIFIED_NUMBER_PATTERN})\s+(?:others|more)\b", re.IGNORECASE)
#: A bare count as the whole object, a pronoun for people named before: "fired at pursuing officers, grazing one",
#: "kill four, wound two near a market" (the clause ends after it, or a place or a time follows).
_COUNT_ALONE_OBJECT: Final = re.compile(
    rf"\s+(?:{QUALIFIED_NUMBER_PATTERN})(?=\s*(?:[,;.)]|$)|\s+(?:in|at|on|near|during|as|and|before|after|when|"
    r"while)\b)", re.IGNORECASE)
#: What hits a person in the passive: "was grazed by a bullet", "grazed by shrapnel".
_BY_A_MISSILE: Final = re.compile(r"\s+by\s+(?:an?\s+|the\s+)?(?:stray\s+|ricocheting\s+)?(?:bullets?|shrapnel|"
                                  r"pellets?|gunfire|shots?|rounds?)\b", re.IGNORECASE)
#: A survivor who bears the noun: "a girl of 9 survived with a wound to the arm", "was treated for a stab wound"
#: (not "died of a gunshot wound", nor one the dead inflicted on himself).
_WOUND_BORNE_BEFORE: Final = re.compile(
    r"\b(?:surviv(?:ed|es|ing)\s+with|treated\s+for|hospitali[sz]ed\s+with|admitted\s+with)\s+(?:an?\s+)?"
    r"(?:(?!self)[\w-]+\s+)?$", re.IGNORECASE)


def _wounds_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with each "wound" whose object is people ("wound two civilians", "and wound a fifth",
    "wound three others", "wound the mayor": a person named by role) made an injured word, each other one (the
    noun, "a head wound", "wound care"; the past of winding, "the talks wound up") dropped: the present of
    wounding is told by its object, as "executed" is (_executions_told). So is a graze ("grazing one", "was grazed by
    a bullet"; not "cattle graze the hills"); and the noun a survivor bears is an injury ("survived with a wound")."""
    borne = [hit.with_categories(hit.categories - {_WOUND_VERB} | _INJURED) if _borne_wound(text, hit) else hit
             for hit in hits]
    return _verbs_of_people_told(text, borne, _WOUND_VERB, _INJURED, _wounds_people)


def _borne_wound(text: str, hit: Hit) -> bool:
    """Whether `hit` is the noun "wound" borne by a survivor: "survived with a wound to the arm" (_WOUND_BORNE_BEFORE)."""
    return _WOUND_VERB in hit.categories and hit.text.lower() == "wound" and _WOUND_BORNE_BEFORE.search(
        text, max(0, hit.start - 40), hit.start) is not None


def _wounds_people(text: str, told: list[Hit], hit: Hit) -> bool:
    """Whether the "wound" hit has people as its object (see _wounds_told)."""
    return (_PEOPLE_OBJECT.match(text, hit.end) is not None or _ONE_MORE_OBJECT.match(text, hit.end) is not None
            or _OTHERS_OBJECT.match(text, hit.end) is not None or ROLE_OBJECT.match(text, hit.end) is not None
            or _COUNT_ALONE_OBJECT.match(text, hit.end) is not None
            or (hit.text.lower().startswith("graz") and _BY_A_MISSILE.match(text, hit.end) is not None))


# "two others remain in a serious condition", "three people are in a critical condition": a state of the hurt told of
# people names them hurt; told of a place or a thing it is a figure ("the cities are in critical condition after
# weeks of shelling", "the economy remains in a serious condition"). The subject is people where the words just
# before the state count them or name them as people.
_PEOPLE_IN_A_STATE_BEFORE: Final = re.compile(
    r"(?:\b(?:others|people|persons|men|women|children|boys|girls|victims|survivors|wounded|injured|they|both|"
    r"officers|soldiers|civilians|passengers|patients|pupils|students|workers|staff|guards|policemen|troops)"
    r"|(?<![\w,.])\d{1,4}|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|several|many|some))"
    r"(?:\s+(?:still|also|now))?\s+$", re.IGNORECASE)


def _states_of_no_people_dropped(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits less each state of the hurt (see STATE_OF_THE_HURT) whose subject is not people (see
    _PEOPLE_IN_A_STATE_BEFORE)."""
    return [hit for hit in hits if STATE_OF_THE_HURT.search(hit.text) is None or _PEOPLE_IN_A_STATE_BEFORE.search(
        text, max(0, hit.start - 30), hit.start) is not None]


def _lives_claimed_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with each "claimed" whose object is counted lives ("the blast claimed 15 lives") made a
    killed word, whose count is read after it as after "killed"; each other one ("claimed responsibility",
    "claims the vote was rigged") dropped. Lives claimed, counted or "the lives of", are deaths only where
    something that takes lives by violence comes before in the sentence ("the party claims the lives of
    voters got worse" is a claim); an illness or a disaster beside it is then left to the rules for any
    death ("the flu claimed 15 lives" is no violence)."""
    told: list[Hit] = []
    for index, hit in enumerate(hits):
        claim = _CLAIM_VERB in hit.categories
        if not claim and not (hit.text[:5].lower() == "claim" and "killed" in hit.categories):
            told.append(hit)
            continue
        if claim and not _LIVES_COUNTED.match(text, hit.end):
            continue
        sentence_start = max(map(text.rfind, _SENTENCE_ENDS, repeat(0), repeat(hit.start)))
        if any(before.start > sentence_start and not _TAKERS_OF_LIVES.isdisjoint(before.categories)
               for before in hits[:index]):
            told.append(hit.with_categories(hit.categories - {_CLAIM_VERB} | _KILLED))
    return told


_LOSS_VERB: Final = "loss_verb"
#: Counted fighters as the object of "lost": "losing four men", "lost 12 soldiers", "lost two of its
#: officers" (a side's own dead in a fight, as military reports write them).
_FIGHTERS_COUNTED: Final = re.compile(
    rf"\s+(?:{QUALIFIED_NUMBER_PATTERN})\s+(?:of\s+(?:its|their|his)\s+)?(?:[\w'’-]+\s+)?"
    r"(?:men|soldiers|troops|servicemen|fighters|officers|policemen|police\s+officers|personnel|commandos|marines|"
    r"paratroopers|guards|gendarmes|militiamen|troopers|peacekeepers)\b",
    re.IGNORECASE)
#: What tells a fight in the sentence before "lost": a violent act, fire, fighting or an armed side.
_FIGHTS: Final = VIOLENT_CATEGORIES | {"conflict", "conflict_state", "armed_group", "state_force", NAMED_GROUP}


def _own_losses_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with each "lost" whose object is counted fighters ("repelled the assault, losing four
    men") made a killed word, whose count is read after it as after "killing", where a fight or an armed
    side comes before it in its sentence; each other one ("lost the vote", "lost two seats", "the team
    lost four players to injury") dropped."""
    told: list[Hit] = []
    for index, hit in enumerate(hits):
        if _LOSS_VERB not in hit.categories:
            told.append(hit)
            continue
        if not _FIGHTERS_COUNTED.match(text, hit.end):
            continue
        sentence_start = max(map(text.rfind, _SENTENCE_ENDS, repeat(0), repeat(hit.start)))
        if any(before.start > sentence_start and not _FIGHTS.isdisjoint(before.categories) for before in hits[:index]):
            told.append(hit.with_categories(hit.categories - {_LOSS_VERB} | _KILLED))
    return told


def _punished_by_a_state(text: str, before: list[Hit], verb: Hit) -> bool:
    """Whether the subject right before the verb of executing is a state by its name ("Japan executes
    three men") or its government ("the government executed 20 people"): a sentence carried out, not a
    killing by an armed side ("Syrian troops executed 20 prisoners" names a force, and stays one)."""
    if _GOVERNMENT_BEFORE.search(text, max(0, verb.start - 30), verb.start):
        return True
    if not before:
        return False
    subject = before[-1]
    return (_RAMMER.fullmatch(text, subject.end, verb.start) is not None and any(
        role == "actor" and kind == "state" and not demonym for role, _name, kind, demonym in subject.names))




#: After an obstacle's word, what makes it the whole object, not a word that tells a place hit ("struck a tree,
#: killing two"; but "struck a mountain village", "hit the ground forces", "the walls of the fortress").
_WHOLE_OBJECT_END: Final = (r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|near|off|at|and|while|during|after|before|shortly|soon|"
                            r"killing|injuring|head-on|hard|with)\b)")
#: What a vehicle out of control runs into: things that stand in its way, which no one aims at ("the
#: plane hit an airport wall", "the helicopter struck power lines", "a jet hit the ground"; but "the
#: walls of the fortress" are a part of a target named).
_OBSTACLE_AFTER: Final = re.compile(
    r"\s+(?:(?:a|an|the|its|some)\s+)?(?:[\w'’-]+\s+){0,2}?(?:walls?|trees?|the\s+ground|ground|poles?|"
    r"power\s*lines?|pylons?|mountains?|mountainside|hillside|hill|cliff|fence|embankment|terrain|lamp\s*posts?|"
    r"guard\s*rail|barrier)\b" + _WHOLE_OBJECT_END, re.IGNORECASE)
#: What a ship, a barge or a lorry strikes on its course that stands in the way of traffic, built where it passes:
#: a bridge, a pier, a quay ("a tanker struck a bridge", "the freighter hit the pier"; not "the bridge of the
#: ship", a part named). Only a civil carrier's hit of one is a crash: "warplanes struck a bridge" hit a target.
_STRUCTURE_AFTER: Final = re.compile(
    r"\s+(?:(?:a|an|the|its|one)\s+)?(?:[\w'’-]+\s+){0,2}?(?:bridges?|piers?|jett(?:y|ies)|quays?|wharfs?|wharves|"
    r"docks?|breakwaters?|overpass(?:es)?|flyovers?|underpass(?:es)?|viaducts?)\b(?!\s+of\b|[-'’])", re.IGNORECASE)
#: A civil carrier the vocabulary names as a store of fuel, not a vehicle (taxonomy.toml's blast_source), right
#: before the verb: "an oil tanker struck", "a bulk carrier hit".
_CARRIER_BEFORE: Final = re.compile(r"\b(?:tankers?|supertankers?|(?:bulk|car|ore|LNG|gas)\s+carriers?|"
                                    r"container\s+ships?)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
_STRIKE_AMBIGUOUS: Final = frozenset({"strike_ambiguous"})
#: The verbs of hitting a vehicle may do to an obstacle, or a disaster to a place (taxonomy.toml's
#: strike_ambiguous), and the letters one of them holds (see bot.classify.lowered.absent).
_HITTING: Final = frozenset({"hit", "hits", "struck", "strikes", "striking"})
_HITTING_NEEDLES: Final = frozenset({"hit", "struck", "strik"})
_VEHICLES: Final = frozenset({_VEHICLE, "road_vehicle"})
#: A vehicle that hits an obstacle crashes: the vehicle's motion and a crash, an accident as "crashed" is
#: (_sense_context then reads the aircraft and ships of its sentence as what crashed, not arms used).
_CRASHED: Final = frozenset({"vehicle_motion", _CRASH, "context_disaster"})


#: What a ship or a plane runs onto, which lies in its way by nature: no one aims arms at a reef, rocks, an
#: iceberg, a sandbank or the side of a mountain ("an oil tanker ruptured its hull after striking rocks"; not
#: "was struck by rocks", whose agent follows, nor "the rocks of the coast", a place named).
_HAZARD_AFTER: Final = re.compile(
    r"\s+(?:(?:a|an|the|some|submerged|underwater|hidden|jagged|coral)\s+){0,2}(?:rocks|a\s+rock|reefs?|"
    r"icebergs?|sandbanks?|sandbars?|shoals?|rocky\s+outcrops?)\b(?!\s+of\b)|"
    # (the side of a mountain, only as the whole object: "a mountain village" or "a hillside town" is a place hit)
    r"\s+(?:(?:a|an|the)\s+)?(?:mountainside|mountain|hillside|cliff|cliffside|cliff\s+face)" + _WHOLE_OBJECT_END,
    re.IGNORECASE)
#: Before the verb in its sentence, what makes the hit of a hazard a weapon's miss, no vehicle's course ("a
#: missile struck rocks near the tanker").
_ARMS_BEFORE_HAZARD: Final = _WEAPON_WORDS | {"strike", "fire"}


def _hazard_hit(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the verb of hitting hits[index] has a hazard of the way as its object (_HAZARD_AFTER) and no
    weapon or fire named before it in its sentence: what runs onto rocks or a reef is a vessel or a vehicle
    out of its course, whether or not the words know it ("the MV Orion struck a reef"), an accident."""
    hit = hits[index]
    if hit.text.lower() not in _HITTING or _HAZARD_AFTER.match(text, hit.end) is None:
        return False
    return _no_arms_before(text, hits, index)


def _carrier_hit_a_structure(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the verb of hitting hits[index] tells a civil carrier (a road vehicle, a ship of goods) running into
    a structure in its way (_STRUCTURE_AFTER): a crash, whatever force the sentence names beside it."""
    hit = hits[index]
    if hit.text.lower() not in _HITTING or _STRUCTURE_AFTER.match(text, hit.end) is None:
        return False
    if index > 0 and "road_vehicle" in hits[index - 1].categories and _RAMMER.fullmatch(
            text, hits[index - 1].end, hit.start):
        return True
    return _CARRIER_BEFORE.search(text, max(0, hit.start - 40), hit.start) is not None and _no_arms_before(
        text, hits, index)


def _sentence_start(text: str, offset: int) -> int:
    """Where the sentence that holds `offset` starts: after the last sentence break before it, or at 0."""
    return max((match.end() for match in SENTENCE_BREAK.finditer(text, 0, offset)), default=0)


def _no_arms_before(text: str, hits: list[Hit], index: int) -> bool:
    """Whether no weapon or fire is named before hits[index] in its sentence ("a missile fired at the tanker
    struck the pier" is a weapon's hit)."""
    sentence = _sentence_start(text, hits[index].start)
    return all(_ARMS_BEFORE_HAZARD.isdisjoint(other.categories) for other in hits[:index] if other.start >= sentence)


def _obstacles_hit(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each vehicle hitting an obstacle ("the turboprop aircraft hit an
    airport wall", "a helicopter struck power lines") told as what a vehicle does (vehicle_motion),
    not a strike: a wall, a tree or the ground is what a plane or a car runs into when it crashes,
    no target of arms (but "jets hit militant positions", "warplanes struck a bridge" hit targets,
    and "a missile hit a wall of the school" is a weapon's hit, no vehicle's); and so is each hit of
    a hazard of the way, rocks or a reef, with or without a vehicle named (_hazard_hit)."""
    told = hits
    for index in range(len(hits)):
        hit = hits[index]
        if "strike_ambiguous" not in hit.categories:
            continue
        if _hazard_hit(text, hits, index) or (
                index > 0 and not _VEHICLES.isdisjoint(hits[index - 1].categories)
                and hit.text.lower() in _HITTING and _RAMMER.fullmatch(text, hits[index - 1].end, hit.start)
                and _OBSTACLE_AFTER.match(text, hit.end)) or _carrier_hit_a_structure(text, hits, index):
            if told is hits:
                told = list(hits)  # (copied only where a hit is told anew: most texts keep theirs)
            told[index] = hit.with_categories(hit.categories - _STRIKE_AMBIGUOUS | _CRASHED)
    return told


#: The verbs of a thing blowing up by itself, as an aircraft or a ship does in an accident (taxonomy.toml's
#: accident_shared; "blew up" only where nothing is its object, see _sets_off).
_BLOWING_UP: Final = frozenset({"explodes", "exploded", "explode", "blew up", "blows up"})
#: Aircraft that are arms themselves: a drone that blows up went off as a weapon does, no accident told.
_FLYING_ARMS: Final = frozenset({"drone", "drones"})
#: Before a vehicle's name, what makes it the target a weapon is made for, no vehicle: "an anti-tank mine
#: explodes", "anti-aircraft fire".
_ANTI_BEFORE: Final = re.compile(r"\banti[\s-]?$", re.IGNORECASE)
#: What a verb of blowing up is read as where a vehicle is its subject: what "crashes" is (taxonomy.toml's
#: crash and context_disaster), no act.
_CRASH_ACCIDENT: Final = frozenset({_CRASH, "context_disaster"})


def _vehicles_blown_up(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each aircraft, ship or military vehicle that blows up by itself ("a
    helicopter explodes just after landing", "the frigate exploded in port") told as crashing: the
    vehicle is the accident's object, no weapon used (_sense_context then leaves it out of the
    sentence's sense, as for "a helicopter crashed"). A vehicle blown up by someone ("was blown up",
    "blew up the convoy"), or hit by a weapon named beside it ("explodes after being hit by a
    missile"), keeps that weapon's act; a drone that explodes is arms going off, and so is the mine an
    "anti-tank" names."""
    told = hits
    for index in range(1, len(hits)):
        hit, subject = hits[index], hits[index - 1]
        if (hit.text.lower() in _BLOWING_UP and _VEHICLE in subject.categories
                and subject.text.lower() not in _FLYING_ARMS and not _sets_off(text, hit)
                and _ANTI_BEFORE.search(text, max(0, subject.start - 5), subject.start) is None
                and _RAMMER.fullmatch(text, subject.end, hit.start)):
            if told is hits:
                told = list(hits)  # (copied only where a hit is told anew: most texts keep theirs)
            told[index] = hit.with_categories(_CRASH_ACCIDENT)
    return told


#: A firearm that goes off by itself, its subject ("a gun went off", "the rifle, which went off", "a pistol
#: accidentally went off"): no one fired it (a gunman who fires one is named by his act: "opened fire").
_FIREARM_BEFORE: Final = re.compile(
    r"\b(?:guns?|rifles?|pistols?|handguns?|shotguns?|revolvers?|firearms?|weapons?)(?:,?\s+(?:which|that))?"
    r"(?:\s+[\w'’-]+)?\s+$", re.IGNORECASE)
#: The going off of a firearm, as "goes off" is read there: a mishap that is an accident itself.
_GONE_OFF: Final = frozenset({"goes off", "went off"})
_FIREARM_MISHAP: Final = frozenset({_MISHAP, "context_disaster"})
#: How far before "goes off" its firearm is looked for.
_FIREARM_SPAN: Final = 40


def _firearms_gone_off(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each "goes off" / "went off" whose subject is a firearm ("a gun goes off
    in a school cafeteria, wounding three") told as arms going off by mishap (see _arms_went_off_by_mishap),
    not a vehicle's motion: a gun that goes off by itself was fired by no one. (A person shot by someone,
    even by accident, is still named by the act: "accidentally shoots dead three relatives".)"""
    told = hits
    for index, hit in enumerate(hits):
        if hit.text.lower() in _GONE_OFF and _FIREARM_BEFORE.search(
                text, max(0, hit.start - _FIREARM_SPAN), hit.start) is not None:
            if told is hits:
                told = list(hits)
            told[index] = hit.with_categories(_FIREARM_MISHAP)
    return told


#: The arms that fire, told as what blew up, right before its blast ("a rocket launcher explosion", "their artillery gun
#: exploded"), or a blast told inside one ("a shell exploded in the barrel of their howitzer"): a gun or a launcher
#: bursts only by mishap, in its own crew's hands; what is fired at people is its charge ("a rocket explosion", "a
#: shell exploded" stay the act).
_FIRING_ARM_BEFORE: Final = re.compile(r"\b(?:guns?|cannons?|howitzers?|launchers?)\s+$", re.IGNORECASE)
_IN_A_FIRING_ARM_AFTER: Final = re.compile(
    r"\s+(?:in|inside)\s+(?:the|its|their|his|an?)\s+(?:[\w'’-]+\s+)?(?:barrels?|breech|guns?|cannons?|howitzers?|"
    r"launchers?)\b", re.IGNORECASE)
#: The words of a blast such arms may tell.
_BLAST_WORDS: Final = frozenset({"explosion", "explosions", "exploded", "explodes", "blast", "blew up", "blows up"})
#: How far before the blast its firing arm is looked for: the one space between.
_FIRING_ARM_SPAN: Final = len(" howitzers ")
#: What _firing_arms_blown_up needs somewhere in the text (most items name no firing arm).
_FIRING_ARM_NEEDLES: Final = frozenset({"gun", "cannon", "howitzer", "launcher", "barrel"})


def _firing_arms_blown_up(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each blast of the arms that fire (_FIRING_ARM_BEFORE, _IN_A_FIRING_ARM_AFTER) told as
    arms going off by mishap, as a firearm that goes off by itself is (_firearms_gone_off): no one fired at anyone."""
    told = hits
    for index, hit in enumerate(hits):
        if hit.text.lower() in _BLAST_WORDS and (_FIRING_ARM_BEFORE.search(
                text, max(0, hit.start - _FIRING_ARM_SPAN), hit.start) is not None or _IN_A_FIRING_ARM_AFTER.match(
                text, hit.end) is not None):
            if told is hits:
                told = list(hits)
            told[index] = hit.with_categories(_FIREARM_MISHAP)
    return told


#: A launch of arms told as a mistake, its object the arms themselves and no target after them: "the navy mistakenly
#: launches a supersonic missile towards China" (arms let go by mishap, as "accidentally fires a missile" is; a wrong
#: target is what "mistakenly" tells elsewhere, still an act: "mistakenly fired a missile at a fishing boat", "a
#: strike mistakenly hits an outpost", "mistakenly launched an attack on a village").
_LAUNCHED_BY_MISTAKE: Final = re.compile(
    r"\b(?:mistakenly|inadvertently|erroneously)\s+(?:launch(?:es|ed|ing)?|fir(?:es|ed|ing|e))\s+(?:an?|the|its|their|one|"
    r"two|three|several)\s+(?:[\w'’-]+\s+){0,5}?(?:missiles?|rockets?|torpedo(?:es)?|shells?|rounds?)\b"
    r"(?!\s+(?:at|on|into|against)\b)", re.IGNORECASE)
#: Pseudo-category of a launch by mistake: a mishap of an accident itself (_ACCIDENT_ITSELF), whose forces are the
#: arms' keepers; unlike a disaster word, it switches no other violence of the sentence off.
_MISTAKE: Final = "mistake"
#: What _LAUNCHED_BY_MISTAKE needs somewhere in the text (most items tell no mistake).
_MISTAKE_NEEDLES: Final = frozenset({"mistaken", "inadvertent", "erroneous"})
_LAUNCH_MISHAP: Final = frozenset({_MISHAP, _MISTAKE})


def _launches_by_mistake_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each launch by mistake (_LAUNCHED_BY_MISTAKE) added as a mishap, as _drills_told adds
    the time of a drill: _arms_went_off_by_mishap then reads the launch's arms as let go, not fired at anyone."""
    added = [Hit(match.start(), match.end(), match.group(), _LAUNCH_MISHAP) for match in _LAUNCHED_BY_MISTAKE.finditer(text)]
    return sorted(hits + added, key=_hit_start) if added else hits


#: The target a weapons test sets itself: "hit its designated point in the sea", "struck the intended target
#: area", "hits a mock target". (A set target named in war news, "strikes hit all designated targets", is a
#: strike's: the rule reads it only in an item that tells a test: _test_targets_hit.)
_TEST_TARGET_AFTER: Final = re.compile(
    r"\s+(?:all\s+)?(?:its|their|the|a|an)\s+(?:(?:pre-?)?(?:designated|assigned|intended|planned|pre-?set|"
    r"simulated|mock|dummy|practice|training|notional)\s+(?:[\w-]+\s+)?(?:targets?|points?|areas?|zones?|marks?|"
    r"spots?|coordinates)|targets?\s+(?:areas?|zones?|points?))\b", re.IGNORECASE)
#: What _TEST_TARGET_AFTER needs somewhere in the text (asked before the scan: most items hold none).
_TEST_TARGET_NEEDLES: Final = frozenset({"designated", "assigned", "intended", "planned", "preset", "pre-set",
                                         "simulated", "mock", "dummy", "practice", "training", "notional", "target"})


def _test_targets_hit(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` less each verb of hitting whose object is the target a test sets itself (see
    _TEST_TARGET_AFTER), in an item that tells a weapons test, a training launch or a launch into the sea
    (show_of_force): "conducts a training launch of a cruise missile, saying it hit its designated point in
    the sea" tells how the test went, no strike (a missile test beside "missiles hit an apartment block" leaves
    that hit to tell its strike)."""
    if all(map(_SHOW_OF_FORCE.isdisjoint, map(_hit_categories, hits))):
        return hits
    return [hit for hit in hits if "strike_ambiguous" not in hit.categories or hit.text.lower() not in _HITTING
            or _TEST_TARGET_AFTER.match(text, hit.end) is None]


_SHOW_OF_FORCE: Final = frozenset({"show_of_force"})


#: What a disaster word is when it is the doer of a hit: nature's, an accident's.
_NATURE: Final = frozenset({"context_disaster", "natural_cause"})
_DISASTER_CONTEXT_ONLY: Final = frozenset({"context_disaster"})
#: Between a disaster word and the verb it does: nothing, what it is of ("an outbreak of typhoid hits"), the
#: relative word of a clause it is the subject of ("the earthquake that struck the province": the quake does the
#: verb as in a main clause) or an adverb ("the epidemic again hits").
_NATURE_DOES: Final = re.compile(r"\s+(?:of\s+(?:[\w'’-]+\s+){1,2}?)?(?:(?:that|which)\s+)?"
                                 r"(?:(?:again|also|then|now|first|later|suddenly)\s+)?",
                                 re.IGNORECASE)


#: After a verb of hitting, its agent told as a thing that fell by itself: "hit by falling trees", "struck by a
#: falling branch", "hit by a toppled wall" (the thing's noun in the group "thing"; a few words of its kind between).
_BY_A_FALL_AFTER: Final = re.compile(
    r"\s+by\s+(?:(?:an?|the|some)\s+)?(?:falling|fallen|collapsing|collapsed|toppling|toppled|uprooted)\s+"
    r"(?P<thing>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\b", re.IGNORECASE)
#: A falling thing named as a piece of something else, which may be arms shot down ("hit by falling debris from an
#: intercepted drone", "falling shrapnel"): no fall of its own told.
_PIECES: Final = re.compile(r"\b(?:debris|shrapnel|fragments?|pieces?|parts?|wreckage|remains)\b", re.IGNORECASE)


def _hit_by_a_fall(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the verb of hitting hits[index] has as its agent after "by" a thing that fell by itself, no arms and
    no piece of something ("two people were killed when hit by falling trees"): the fall of a tree, a wall or a
    rock is nature's or an accident's, whatever else the sentence names ("hit by falling shells" falls as arms do;
    "hit by falling debris from a drone" is a piece of what was shot down)."""
    hit = hits[index]
    fall = _BY_A_FALL_AFTER.match(text, hit.end) if hit.text.lower() in _HITTING else None
    if fall is None or _PIECES.search(fall.group("thing")) is not None:
        return False
    return not any(fall.start("thing") <= other.start < fall.end() and not other.categories.isdisjoint(_ARMS_BEFORE_HAZARD)
                   for other in hits[index + 1:])


def _natures_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each verb of hitting done by a disaster word right before it ("an outbreak
    of cholera hits a refugee camp", "Ebola strikes a village near the rebel-held town", "the quake
    struck the province where troops fight rebels", "the quake that struck the province") told as the disaster's, no strike: a disease, a
    quake or a storm is the doer, whatever arms the rest of the sentence names (but "the quake zone was
    hit by shelling" has its doer after "by", and "jets hit positions after the quake" have theirs)."""
    told = hits
    for index in range(1, len(hits)):
        hit = hits[index]
        if "strike_ambiguous" not in hit.categories or hit.text.lower() not in _HITTING:
            continue
        if _hit_by_a_fall(text, hits, index):
            if told is hits:
                told = list(hits)
            told[index] = hit.with_categories(hit.categories - _STRIKE_AMBIGUOUS | _DISASTER_CONTEXT_ONLY)
            continue
        doer = hits[index - 1]
        # (a name's hit has no categories of its own: "Kiev forces shell the town" is no disaster's)
        if (doer.categories and not doer.names and doer.categories <= _NATURE
                and _NATURE_DOES.fullmatch(text, doer.end, hit.start)
                and _PASSIVE_AFTER.match(folded(text), hit.end) is None):
            if told is hits:
                told = list(hits)
            told[index] = hit.with_categories(hit.categories - _STRIKE_AMBIGUOUS | _DISASTER_CONTEXT_ONLY)
    return told


#: How many words may open a sentence before the disaster word that is its subject: "Torrential rain", "Days of
#: heavy rain".
_NATURE_SUBJECT_WORDS: Final = 3


def _natures_participles(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each participle of hitting or wrecking after a comma ("..., destroying 3,000
    shelters") whose main clause opens with a disaster word as its subject ("Torrential rain flooded three camps on
    Tuesday, destroying ...") told as the disaster's, no strike: a participle after its main clause takes that
    clause's subject, and the rain destroyed them, whatever arms the rest of the sentence names ("shelters housing
    families displaced by years of fighting with Boko Haram"). An act word between them tells a doer of its own
    ("rain fell as militants attacked, destroying ...")."""
    told = hits
    for index, hit in enumerate(hits):
        if "strike_ambiguous" not in hit.categories or not hit.text.lower().endswith("ing") or not text.endswith(
                ", ", 0, hit.start):
            continue
        sentence = _sentence_start(text, hit.start)
        opening = [other for other in told[:index] if other.start >= sentence]
        if not opening or not (doer := opening[0]).categories or doer.names or not doer.categories <= _NATURE or (
                words_between(text, sentence, doer.start) >= _NATURE_SUBJECT_WORDS):
            continue
        if any(not VIOLENT_CATEGORIES.isdisjoint(other.categories) or not _ARMED_SIDES.isdisjoint(other.categories)
               for other in opening[1:]):
            continue
        if told is hits:
            told = list(hits)
        told[index] = hit.with_categories(hit.categories - _STRIKE_AMBIGUOUS | _DISASTER_CONTEXT_ONLY)
    return told


#: What opens a clause of its own joined to another: "rain fell as militants attacked", "while gunmen stormed".
_CLAUSE_OPENER: Final = re.compile(r"(?:^|[\s,;])(?:as|while|when|and|but)\s+(?:the\s+|some\s+)?$", re.IGNORECASE)
#: How far back from an armed subject a clause's opener may stand (its subject's own words: "as the militants").
_OPENER_REACH: Final = 16


def _armed_act_beside_nature(text: str, hits: list[Hit], findings: _Findings) -> bool:
    """Whether an assault the item tells has its own armed doer as the subject of its own clause, beside
    weather or a disaster told in another ("heavy rain fell as militants attacked, destroying 30 homes"): the
    weather is the act's setting, not its cause, and the topic gate, which reads the disaster's words as the
    news, does not veto it. (A storm that batters a coast has no armed doer: "as storms battered the coast".)"""
    acts = {start for kind in ("attack", "strike") for start, _ in findings.evidence.get(kind, ())}
    for index, hit in enumerate(hits):
        if hit.start not in acts or index == 0 or VIOLENT_CATEGORIES.isdisjoint(hit.categories):
            continue
        doer = hits[index - 1]
        if _ARMED_SIDES.isdisjoint(doer.categories) and "state_force" not in doer.categories:
            continue
        if words_between(text, doer.end, hit.start) > 1 or crosses_clause(text, doer.end, hit.start):
            continue
        sentence = _sentence_start(text, doer.start)
        if _CLAUSE_OPENER.search(text[max(sentence, doer.start - _OPENER_REACH):doer.start]) is None:
            continue
        if any(not _NATURE.isdisjoint(other.categories) for other in hits[:index - 1] if other.start >= sentence):
            return True
    return False


#: Arms named as goods: what a depot keeps or a plant makes, as well as what is fired.
_ARMS_GOODS: Final = frozenset({"ammunition", "munitions", "weapons", "weapon", "explosives", "rocket", "rockets",
                                "missile", "missiles", "gunpowder", "ordnance", "shells", "artillery"})
#: After arms goods, the place that keeps or makes them, maybe past what is done there: "an ammunition
#: warehouse", "a munitions plant", "a rocket engine testing facility", "a missile production plant".
_ARMS_PLACE_AFTER: Final = re.compile(
    r"[\s-]+(?:(?:engine|engines|production|manufacturing|assembly|storage|testing|test|research|repair|supply)"
    r"[\s-]+){0,2}(?:depots?|warehouses?|stores?|storage|stockpiles?|arsenals?|dumps?|magazines?|factory|"
    r"factories|plants?|facility|facilities|works|workshops?|production)\b", re.IGNORECASE)
#: Before arms goods, what tells them worn or decaying as goods kept too long blow up by themselves: "the
#: instability of ageing munitions", "expired shells", "poorly stored explosives", "poorly kept shells" (arms named by their state
#: as a store's are, not as a weapon's: "fires old rockets" keeps its fire), or kept in store: "stored rockets exploded".
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_WORN_BEFORE: Final = re.compile(
    r"\b(?:(?:ageing|aging|obsolete|expired|outdated|out-of-date|decaying|deteriorating|degraded|degrading|unstable|"
    r"decommissioned|(?:(?:poorly|badly|improperly|wrongly)\s+)?(?:stored|stockpiled|warehoused)|"
    # (arms told by how badly they were kept or looked after are a store's too: "poorly kept munitions",
    # "badly maintained shells"; "kept" alone is no state of theirs)
    r"(?:poorly|badly|improperly|wrongly|carelessly|unsafely)\s+(?:kept|maintained|secured|managed|handled))\s+"
    r"(?:[\w'’-]+\s+)?|"
    r"(?:instability|decay|"
    r"deterioration|degradation)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?)$")
_WORN_SPAN: Final = 50
#: Arms named in bulk, as a store holds them, never as what is fired at a target ("shells" and "rockets" are
#: fired and explode where they land; "ammunition" and "munitions" in bulk go off where they are kept).
_ARMS_IN_BULK: Final = frozenset({"ammunition", "munitions", "ordnance", "gunpowder"})
#: Before arms in bulk, their own blowing up as the news: "explosions of ammunition", "the detonation of the
#: munitions", "exploding munitions" (arms in bulk are told exploding where they are kept, not fired).
_BULK_BLOWN_BEFORE: Final = re.compile(
    r"\b(?:(?:explosions?|detonations?|blasts?)\s+of\s+(?:(?:the|its|their|some)\s+)?|exploding\s+|detonating\s+)"
    r"(?:[\w'’-]+\s+)?$", re.IGNORECASE)
#: Before arms in bulk, the containers that hold them as goods: "crates of ammunition", "containers of gunpowder".
_BULK_HELD_BEFORE: Final = re.compile(
    r"\b(?:containers?|crates?|boxes|cases|stocks?|stockpiles?|sacks?|barrels?|drums?|piles?|cartons?)\s+of\s+"
    r"(?:[\w'’-]+\s+)?$", re.IGNORECASE)
_BULK_SPAN: Final = 40
#: Before arms goods, a place that makes or keeps them: "a plant producing explosives", "a factory that
#: makes rocket fuel", "a depot storing shells".
_PLACE_MAKING_BEFORE: Final = re.compile(
    r"\b(?:plants?|factory|factories|facility|facilities|works|workshops?|depots?|warehouses?)\s+(?:that\s+|which\s+)?"
    r"(?:produc|manufactur|mak|build|assembl|stor|kept|keep|hold)\w*\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_MAKING_SPAN: Final = 60
#: Before arms goods, a vehicle that carries them as its load: "two trucks carrying explosives", "a train
#: loaded with ammunition".
_CARRIERS: Final = r"(?:trucks?|lorry|lorries|tankers?|trains?|wagons?|vans?|ships?|vessels?|boats?|barges?)"
_CARRIED_BEFORE: Final = re.compile(
    rf"\b{_CARRIERS}\s+"
    r"(?:carrying|loaded\s+with|laden\s+with|transporting|hauling|full\s+of)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: After arms goods, the vehicle they name the load of as the first word of its compound: "a munitions ship", "an
#: ammunition truck" (as "a ship carrying munitions" is; then "collided with", "caught fire" after the vehicle).
_CARRIER_OF_THEM_AFTER: Final = re.compile(rf"\s+{_CARRIERS}\b", re.IGNORECASE)
#: After arms carried, the crash of their vehicle in the same clause: "crashing in the city", "collided with a
#: bus", "derailed" (but "crashed into the gate" is how a truck bomb is driven at its target); or the vehicle
#: catching fire by itself ("an army lorry carrying ammunition catches fire and explodes": a load that burns
#: goes off as a depot's does; "set on fire" or "hit by a rocket" is someone's act, and no match here).
_CARRIER_CRASHED_AFTER: Final = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:crash|crashes|crashed|crashing|collide|collided|collides|colliding|derailed|derails|"
    r"overturned|overturns|capsized|capsizes|(?:catches|caught|catching|catch)\s+fire)\b(?!\s+(?:into|through)\b)",
    re.IGNORECASE)
#: After arms goods, a participle that tells them kept as a store's goods: "shells stored in the open", "rockets
#: kept in a hangar", "munitions stockpiled at the base" (a grass fire that reaches them sets off a store; but
#: "militants stored explosives in the school" tells a doer before the verb, and no match here).
#: Or one that tells them handled as cargo when they went off: "ammunition being unloaded from a ship", "shells that
#: were being moved".
_STORED_AFTER: Final = re.compile(r"\s+(?:(?:that|which)\s+(?:were|was|had\s+been|have\s+been)\s+)?(?:stored|kept|"
                                  r"stockpiled|warehoused|piled|stacked|being\s+(?:unloaded|loaded|transported|moved|"
                                  r"handled|dismantled|disposed\s+of))\b", re.IGNORECASE)
#: Explosives told by the civil work they are for, right after them: "a truck carrying explosives for a gold mine",
#: "explosives bound for a quarry", "explosives used to blast rock" (a trade's goods, no weapon: they blow up by
#: themselves as a store's do; "a truck carrying explosives exploded at a checkpoint" tells no such work).
_CIVIL_EXPLOSIVES: Final = frozenset({"explosives", "gunpowder"})
_CIVIL_USE_AFTER: Final = re.compile(
    r"\s+(?:(?:(?:that|which)\s+(?:were|was)\s+)?(?:bound|destined|meant|intended|used|kept|headed)\s+)?(?:for|to)\s+"
    r"(?:(?:an?|the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:mines?|mining|quarr(?:y|ies|ying)|construction|blasting|"
    r"demolition|tunnell?ing|excavation|blast\s+(?:rock|stone))\b", re.IGNORECASE)
#: A fire by its name as a thing that burns, not fire of arms: "a grass fire", "the blaze", "flames", "a
#: wildfire" (whether it is fire of arms or arson is told by the words before it: _NOT_A_FIRE_THAT_BURNS).
_FIRE_THAT_BURNS: Final = (r"(?:(?:grass|forest|bush|brush|field|scrub|wild|peat|stubble)[\s-]?)?"
                           r"(?:fires?|blazes?|flames)\b")
#: Verbs of a fire setting arms off: "set off", "detonated", "ignited", "triggered", "touched off".
_SETS_OFF_ARMS: Final = (r"(?:set(?:s|ting)?\s+off|touch(?:ed|es|ing)\s+off|detonat(?:ed|es|ing)|ignit(?:ed|es|ing)|"
                         r"trigger(?:ed|s|ing)?)")
#: Before arms goods, a fire as the subject of a verb that sets them off, in the same clause: "a grass fire
#: spread to the depot and set off shells", "the blaze detonated stored ammunition" (a few words of the
#: fire's course between; a few of the arms' kind or amount after the verb).
_FIRE_SETS_OFF_BEFORE: Final = re.compile(
    rf"\b(?P<fire>{_FIRE_THAT_BURNS})(?:\s+[\w'’-]+){{0,8}}?\s+{_SETS_OFF_ARMS}(?:\s+[\w'’-]+){{0,3}}?\s+$",
    re.IGNORECASE)
#: After arms goods, a fire told as what set them off: "shells were set off by a grass fire", "ammunition
#: exploded in the blaze", "munitions went off as flames reached the store".
_SET_OFF_BY_FIRE_AFTER: Final = re.compile(
    rf"(?:\s+[\w'’-]+){{0,4}}?\s+(?:(?:(?:were|was|had\s+been|have\s+been|being)\s+)?{_SETS_OFF_ARMS}\s+by|"
    r"(?:explod(?:ed|es|ing)|explode|detonated|went\s+off|go(?:es)?\s+off|going\s+off|blew\s+up|cook(?:ed)?\s+off)"
    r"\s+(?:in|after|when|as|because\s+of|due\s+to|amid|during))\s+(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+)?"
    rf"(?P<fire>{_FIRE_THAT_BURNS})", re.IGNORECASE)
#: Before the fire's noun, words that make it fire of arms or a fire someone set: "heavy fire", "artillery fire",
#: "insurgents set fire", "arsonists started a blaze" (then the arms it set off are used, or their store attacked).
_NOT_A_FIRE_THAT_BURNS: Final = re.compile(
    r"\b(?:artillery|rocket|mortar|tank|cannon|naval|anti-aircraft|machine\s+gun|set|sets|setting|started|starting|"
    r"start|starts|lit|lighting|lights)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)
_FIRE_SPAN: Final = 120
#: How far before a fire's noun the words of arms fire or arson are looked for.
_FIRE_KIND_SPAN: Final = 30


def _a_fire_that_burns(text: str, start: int) -> bool:
    """Whether the fire named at `start` is one that burns by itself, not fire of arms ("under heavy fire",
    "artillery fire") or a fire someone set ("militants set fire to the depot")."""
    window = max(0, start - _FIRE_KIND_SPAN)
    return (_ARMS_FIRE_BEFORE.search(text, window, start) is None
            and _NOT_A_FIRE_THAT_BURNS.search(text, window, start) is None)


def _set_off_by_a_fire(text: str, hit: Hit) -> bool:
    """Whether the arms goods `hit` are told set off by a fire that burns ("a grass fire spread to the depot
    and set off shells", "ammunition exploded in the blaze"): arms a fire reaches go off as a store's goods do,
    used by no one (an arson or fire of arms named before the fire is someone's act: _a_fire_that_burns)."""
    before = _FIRE_SETS_OFF_BEFORE.search(text, max(0, hit.start - _FIRE_SPAN), hit.start)
    if before is not None and not _SENTENCE_MARK.search(text, before.start(), hit.start) and _a_fire_that_burns(
            text, before.start("fire")):
        return True
    after = _SET_OFF_BY_FIRE_AFTER.match(text, hit.end)
    return after is not None and not _SENTENCE_MARK.search(text, hit.end, after.end()) and _a_fire_that_burns(
        text, after.start("fire"))


#: Before arms goods, the work of people who clear, remove or handle them as things, maybe past other arms of one
#: list and a word of their kind or state: "to clear unexploded bombs, shells and missiles from the rubble",
#: "workers handling artillery shells", "teams removing old rockets" (arms handled as things are no arms fired; a
#: blast among them goes off as a store's goods do. "unexploded" alone is not enough: "an unexploded shell kills
#: three children" may be a stray of a war going on, and kills as a weapon).
_HANDLED_AS_THINGS_BEFORE: Final = re.compile(
    r"\b(?:clear(?:s|ed|ing)?|remov(?:e|es|ed|ing)|dispos(?:e|es|ed|ing)\s+of|handl(?:e|es|ed|ing)|"
    r"collect(?:s|ed|ing)?|defus(?:e|es|ed|ing)|dismantl(?:e|es|ed|ing)|destroy(?:s|ed|ing)?\s+(?:the\s+)?(?:unexploded|"
    r"undetonated|leftover|left-over))\s+"
    r"(?:(?:the|of|all|any|some|unexploded|undetonated|leftover|left-over|abandoned|old|live|stray)\s+)*"
    r"(?:(?:[\w'’-]+\s+)?(?:bombs?|bomblets?|shells?|mines?|landmines?|(?:sub)?munitions?|ordnance|grenades?|rockets?|"
    r"mortars?|missiles?|explosives?|projectiles?|ammunition),?\s+(?:(?:and|or)\s+)?){0,3}(?:[\w'’-]+\s+)?$",
    re.IGNORECASE)
_HANDLED_SPAN: Final = 90


def _handled_as_things(text: str, hit: Hit) -> bool:
    """Whether the arms goods `hit` are told cleared, removed or handled as things (_HANDLED_AS_THINGS_BEFORE)."""
    before = _HANDLED_AS_THINGS_BEFORE.search(text, max(0, hit.start - _HANDLED_SPAN), hit.start)
    return before is not None and not _SENTENCE_MARK.search(text, before.start(), hit.start)


#: After a capitalised arms word, the rest of a firm's name: "Munitions India Limited", "Ordnance Systems Inc",
#: "Rocket Lab Corporation" (a firm that makes arms is a place that makes them, no arms used).
_FIRMS_NAME_AFTER: Final = re.compile(
    r"(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){0,3}\s+(?:Limited|Ltd\.?|Inc\.?|Incorporated|Corporation|Corp\.?|Company|"
    r"plc|PLC|LLC|Industries|Holdings|Group)\b")


def _in_a_firms_name(text: str, hit: Hit) -> bool:
    """Whether the arms goods `hit` are a capitalised word of a firm's name (_FIRMS_NAME_AFTER)."""
    return hit.text[:1].isupper() and _FIRMS_NAME_AFTER.match(text, hit.end) is not None


#: What arms told as goods are not: a weapon used, or the verb "shell" ("forces shell the town").
_GOODS_NOT: Final = _WEAPON_WORDS | {"strike_ambiguous"}


def _arms_places_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with arms named as what a place keeps or makes ("an explosion at an
    ammunition warehouse", "a blast at a munitions plant", "a plant producing explosives") told as
    that place, a blast source, not as arms used: a noun before a place noun says what kind of place
    it is, and arms stored or made blow up by themselves as gas and fireworks do ("missiles hit the
    depot" names the missiles as the doer, not a kind of depot; a strike or an attacker named beside
    it is still violence). Arms that are the load of a vehicle told crashing are goods too
    (_carried_in_a_crash), and so are arms told worn or decaying (_WORN_BEFORE: "the army blames the
    instability of ageing munitions" names the blast's cause, a store's), and so are arms a fire that burns
    sets off (_set_off_by_a_fire: "a grass fire spread to the depot and set off shells") and arms in bulk told
    blowing up or held in containers ("explosions of ammunition", "exploding munitions", "crates of ammunition":
    _BULK_BLOWN_BEFORE, _BULK_HELD_BEFORE), and explosives told by the civil work they are for ("explosives for a gold
    mine": _CIVIL_USE_AFTER)."""
    told = list(hits)
    for index, hit in enumerate(hits):
        if hit.text.lower() in _ARMS_GOODS and (_ARMS_PLACE_AFTER.match(text, hit.end) or _PLACE_MAKING_BEFORE.search(
                text, max(0, hit.start - _MAKING_SPAN), hit.start) or _carried_in_a_crash(text, hit)
                or _WORN_BEFORE.search(folded(text), max(0, hit.start - _WORN_SPAN), hit.start)
                or _STORED_AFTER.match(text, hit.end) or _set_off_by_a_fire(text, hit) or _handled_as_things(text, hit)
                or _in_a_firms_name(text, hit)
                or (hit.text.lower() in _CIVIL_EXPLOSIVES and _CIVIL_USE_AFTER.match(text, hit.end))
                or (hit.text.lower() in _ARMS_IN_BULK and (_BULK_BLOWN_BEFORE.search(
                    text, max(0, hit.start - _BULK_SPAN), hit.start) or _BULK_HELD_BEFORE.search(
                    text, max(0, hit.start - _BULK_SPAN), hit.start)))):
            # (goods are a noun: "shells" kept or set off is no verb of shelling whose doer a force beside it is)
            told[index] = hit.with_categories(hit.categories - _GOODS_NOT | _BLAST_SOURCES)
    return told


#: What makes "coalition" an armed one: who leads it or what kind it is before it ("the Saudi-led coalition",
#: "the Arab coalition", "the international coalition against ISIL"), its arms or acts after it ("coalition
#: forces", "coalition airstrikes", "a coalition spokesman said the jets...").
_ARMED_COALITION_BEFORE: Final = re.compile(
    r"(?:-led|\b(?:arab|international|military|global|allied|western|nato|anti-[\w-]+))\s+$", re.IGNORECASE)
_ARMED_COALITION_AFTER: Final = re.compile(
    r"\s+(?:forces|troops|soldiers|jets|warplanes|aircraft|planes|air|airstrikes?|air\s+strikes?|strikes?|bombing|"
    r"bombardment|raids?|helicopters|warships|navy|spokesman|command|operations?)\b", re.IGNORECASE)
_STATE_FORCE: Final = "state_force"
#: Arms or armed people named, or fire or a strike that only arms make ("bombed", "shelled", "struck"): the
#: coalition is an armed one.
_ARMS_OR_FIRE: Final = _ARMS_NAMED | {"fire", "armed_fire", "strike", "strike_ambiguous"}


def _coalitions_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with "coalition" read as a coalition of parties where nothing makes it an armed
    one (see _ARMED_COALITION_BEFORE/_AFTER) and the item names no other arms or armed people: "the German
    coalition is in a war of words over pensions", but "the coalition bombed the airport" (fire only arms make)."""
    bare = [index for index, hit in enumerate(hits) if hit.text.lower() == "coalition" and (
        _STATE_FORCE in hit.categories) and _ARMED_COALITION_BEFORE.search(text, max(0, hit.start - 30), hit.start) is None
        and _ARMED_COALITION_AFTER.match(text, hit.end) is None]
    if not bare or any(not _ARMS_OR_FIRE.isdisjoint(hit.categories) for index, hit in enumerate(hits) if index not in bare):
        return hits
    told = list(hits)
    for index in bare:
        told[index] = hits[index].with_categories(hits[index].categories - {_STATE_FORCE})
    return told


#: The dead handed over, received or exchanged: a repatriation of remains, not deaths told ("Ukraine
#: receives 1,000 soldiers' bodies in repatriation with Russia").
#: (and the dead sent back: "24 bodies of its soldiers were sent back")
_HANDOVER: Final = re.compile(r"\b(?:repatriat\w*|hand(?:ed|s|ing)?\s+over|handover|exchang\w*|swap\w*|return(?:ed|s|ing)?|"
                              r"sen(?:t|ds?|ding)\s+(?:back|home)|"
                              # (and the dead brought home: "the bodies of two soldiers are flown home")
                              r"(?:flown|fl(?:y|ies|ying)|brought|bring(?:s|ing)?)\s+(?:back|home)|journey\s+home|"
                              # (the dead between the verb and "home": "to bring their bodies home")
                              r"(?:fl(?:y|ies|ying|ew)|brought|bring(?:s|ing)?|sen(?:t|ds?|ding))\s+(?:(?:the|their|its|"
                              r"his|her)\s+)?(?:bodies|remains)\s+(?:back|home)|"
                              r"receiv(?:ed|es|ing)|receive|transfer(?:red|s)?)\b", re.IGNORECASE)
#: How near a word of handing over stands to the bodies it is said of.
_HANDOVER_REACH: Final = 100
#: How far after the bodies their predicate may stand, in their sentence: the bodies as the subject, described by
#: how and where those dead died, before the verb that brings them home ("the bodies of four engineers killed in
#: Saturday's attack on a mining convoy in the east are flown home": the repatriation is the main clause's news).
_HANDOVER_PREDICATE_REACH: Final = 180
_SENTENCE_MARK: Final = re.compile(r"[.;:!?]\s")
#: A hospital or a morgue as the one that receives: the dead and wounded of the event brought in, counted
#: ("the hospital reports receiving 18 bodies and 64 wounded"), no dead of earlier fighting handed over.
_BROUGHT_IN: Final = re.compile(r"\b(?:hospitals?|morgues?|mortuar(?:y|ies)|clinics?|medics|doctors)\b[^;.]{0,30}?$",
                                re.IGNORECASE)


#: Between the bodies or remains and the casualty word that says how those dead died: "the bodies of 1,000
#: soldiers killed at the front", "the remains of soldiers who were killed in the war", "the bodies of those
#: who died" (a count, a few words of who they were and the name of where they came from, maybe a relative word; no
#: verb of its own).
_DEAD_DESCRIBED_GAP: Final = re.compile(
    r"(?:\s+of)?\s+(?:(?:the|all|some|about|nearly|almost|around|over|more\s+than|at\s+least)\s+)*"
    r"(?:(?!(?:and|or|but|was|were|is|are|has|have|had|to)\b)[\w'’,.-]+\s+){0,3}?"
    # (and where they came from, which says who they were: "the bodies of five labourers from Punjab killed in")
    r"(?:from\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*\s+){1,3})?(?:(?:who|that|which)\s+)?",
    re.IGNORECASE)
#: Between the words of how the dead died: "war dead killed abroad", "killed in earlier fighting", "killed during
#: an air strike" (nothing, or a preposition of the act and a few words of it).
#: (or a when-clause that tells it: "victims who died when the flight was shot down")
_HOW_THEY_DIED_GAP: Final = re.compile(
    r"\s+(?:(?:in|during|by|at)\s+(?:(?:the|a|an|their|its)\s+)?(?:(?!(?:and|or|but|was|were|is|are)\b)[\w'’-]+\s+)"
    r"{0,3}?|when\s+(?:(?:the|a|an|their|its)\s+)?(?:(?!(?:and|or|but|was|were|is|are)\b)[\w'’-]+\s+){0,2}?)?",
    re.IGNORECASE)


def _handover_reach_end(text: str, bodies: Hit) -> int:
    """Where a word of handing over said of `bodies` may end: _HANDOVER_REACH after them, or as far as their
    predicate may stand in their sentence (_HANDOVER_PREDICATE_REACH)."""
    end = min(len(text), bodies.end + _HANDOVER_PREDICATE_REACH)
    mark = _SENTENCE_MARK.search(text, bodies.end, end)
    return max(min(len(text), bodies.end + _HANDOVER_REACH), mark.start() if mark is not None else end)


def _handed_over_dead_dropped(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` less the bodies or remains handed over, received or exchanged in their sentence
    (see _HANDOVER), and the words right after them that say how those dead died (see _DEAD_DESCRIBED_GAP and
    _HOW_THEY_DIED_GAP): "receives the bodies of 1,000 soldiers killed in earlier fighting" returns the dead of
    earlier fighting, no deaths told (a clause of its own, "and said troops killed five more", still tells its
    news). Bodies received by a hospital or a morgue (_BROUGHT_IN) are the event's dead."""
    kept = []
    handed_over_end = -1
    described_end = -1
    for hit in hits:
        word = hit.text.lower()
        if ("bodies" in word or "remains" in word) and any(
                not (match.group().lower().startswith("receiv") and _BROUGHT_IN.search(
                    text, max(0, match.start() - 40), match.start()))
                for match in _HANDOVER.finditer(text, max(0, hit.start - _HANDOVER_REACH), _handover_reach_end(text, hit))):
            handed_over_end = hit.end
            described_end = -1
            continue
        if not _VIOLENT_OR_CASUALTY.isdisjoint(hit.categories) and (handed_over_end >= 0 or described_end >= 0):
            if (described_end >= 0 and _HOW_THEY_DIED_GAP.fullmatch(text, described_end, hit.start)) or (
                    handed_over_end >= 0 and not CASUALTY_CATEGORIES.isdisjoint(hit.categories)
                    and _DEAD_DESCRIBED_GAP.fullmatch(text, handed_over_end, hit.start)):
                handed_over_end = -1
                described_end = hit.end
                continue
            handed_over_end = described_end = -1
        kept.append(hit)
    return kept


#: Killings told as a rate that rises or falls: "a feud that has driven up killings", "a surge in
#: homicides" (no event, and no count of one).
_TREND_WORDS: Final = (r"\b(?:driv(?:en|es|ing)\s+up|push(?:ed|es|ing)?\s+up|(?:rise|surge|spike|increase|fall|drop|"
                      r"decline|jump)s?\s+in|rising|soaring|falling)")
#: (_TREND_HINT and the other whole-text searches below that say so read the folded text, in lower case, as
#: re.IGNORECASE would read the text: see bot.classify.lowered. Case-sensitive, the regex engine tells their
#: alternatives apart by the first letter, and the search costs half as much.)
_TREND_HINT: Final = re.compile(_TREND_WORDS + r"\b")
#: What _TREND_HINT needs somewhere in the text (asked before it: most items hold none).
_TREND_NEEDLES: Final = frozenset({"driv", "push", "rise", "rising", "surge", "spike", "increase", "fall", "drop", "declin",
                                   "jump", "soaring"})
_TREND_BEFORE: Final = re.compile(_TREND_WORDS + r"\s+(?:the\s+)?(?:number\s+of\s+)?$", re.IGNORECASE)
_RATE_NOUNS: Final = frozenset({"killings", "homicides", "murders", "deaths", "violence", "attacks", "shootings"})


def _a_trend_of(text: str, hit: Hit) -> bool:
    """Whether the plural act noun `hit` is told as a rate that rises or falls (see _TREND_BEFORE)."""
    return hit.text.lower() in _RATE_NOUNS and _TREND_BEFORE.search(text, max(0, hit.start - 40), hit.start) is not None


#: A measure's verb of rising or falling.
_MEASURE_MOVES: Final = (r"(?:falls?|fell|falling|rises?|rose|rising|risen|drops?|dropped|dropping|declines?|declined|"
                         r"declining|climbs?|climbed|jumps?|jumped|increases?|increased|decreases?|decreased|dips?|dipped|"
                         r"plunges?|plunged|surges?|surged|soars?|soared)")
#: The nouns of a measure that counts many cases: harm that names their kind is no act ("knife injury admissions").
_MEASURE_NOUNS: Final = r"(?:admissions|rates?|figures|statistics)"
# "Knife injury admissions fall", "gun death rates rise", "stabbing injury admissions fall": harm that names the kind of a measure, the noun of the
# subject whose verb rises or falls, is a statistic with no share told (a measure's noun says it counts many cases).
_MEASURE_OF_HARM_AFTER: Final = re.compile(rf"(?:\s+[\w'’-]+)?\s+{_MEASURE_NOUNS}\s+{_MEASURE_MOVES}\b", re.IGNORECASE)
_MEASURE_NEEDLES: Final = ("admissions", "rate", "figures", "statistics")


def _names_a_measures_kind(text: str, hit: Hit) -> bool:
    """Whether the violent or casualty word `hit` names the kind of a measure that rises or falls
    (_MEASURE_OF_HARM_AFTER)."""
    return not _VIOLENT_OR_CASUALTY.isdisjoint(hit.categories) and _MEASURE_OF_HARM_AFTER.match(
        text, hit.end) is not None


# "Hospital admissions for knife wounds fall 8%", "shootings in the city drop by a third", "drone attacks on the
# region rose 40 per cent last month": harm named as the subject of a measure that rises or falls by a share (a per
# cent, a fraction, a fold) is a statistic of many acts, no act (as a rate a year is: taxonomy.md). A toll that
# rises to a figure is news ("the death toll rises to 40"): only a share, a measure of change, makes it one.
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_MOVED_BY_A_SHARE_AFTER: Final = re.compile(
    # (the subject may go on in a few phrases after a preposition, each maybe of two nouns joined, "shootings in the
    # city", "assaults with a knife or sharp object among under-25s in England"; a verb of its own between tells the act, "an attack sees shipping
    # costs rise 20%"; or the harm may name the kind of a measure that heads it, "knife injury admissions fall 9%",
    # though not of any noun: "the strike oil prices rose 5% on" is no subject)
    rf"(?:\s+{_MEASURE_NOUNS})?"
    r"(?:\s+(?:in|on|for|of|against|by|across|among|with|involving)(?:\s+[\w'’-]+){1,3}?"
    r"(?:\s+(?:or|and)(?:\s+[\w'’-]+){1,3}?)?){0,3}?\s+"
    rf"{_MEASURE_MOVES}\s+(?:by\s+)?(?:(?:more\s+than|nearly|almost|some|about|around|over|just\s+over|up\s+to)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b|-?fold\b)|a\s+(?:third|quarter|half|fifth|tenth)\b|"
    r"(?:two|three|four|five|ten)[\s-]?fold\b)")
#: What a share needs in the text (asked before the regex: most items tell none).
_SHARE_NEEDLES: Final = ("%", "cent", "third", "quarter", "half", "fifth", "tenth", "fold")


def _a_measure_moved_by_a_share(text: str, hit: Hit) -> bool:
    """Whether the violent or casualty word `hit` heads the subject of a measure that rises or falls by a share (see
    _MOVED_BY_A_SHARE_AFTER): a statistic."""
    return not _VIOLENT_OR_CASUALTY.isdisjoint(hit.categories) and _MOVED_BY_A_SHARE_AFTER.match(
        folded(text), hit.end) is not None


#: An attack said not to have been one: "sabotage ruled out", "no attack was involved", "no evidence of
#: sabotage", "police ruled out foul play", "not being treated as terrorism".
#: The acts an authority may rule out as a blast's cause: sabotage, an attack, arson, and in a war a strike
#: from afar ("officials rule out a missile strike": a gas explosion in a city under fire is still gas).
#: A link to a war's side or its fighting, as an authority rules it out: "ruled out any link to the insurgency",
#: "rules out a connection with militants" (the blast's cause is then no act of that war: a side named only
#: as what the blast is not linked to is no doer of it).
_RULED_OUT_LINK: Final = (r"(?:links?|connections?|ties)\s+(?:to|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}"
                          r"(?:insurgency|insurgents?|militancy|militants?|rebels?|rebellion|separatists?|"
                          r"terrorists?|extremists?|the\s+conflict|unrest)")
_RULED_OUT_ACT: Final = (r"(?:sabotage|foul\s+play|terrorism|arson|shelling|an?\s+(?:terror(?:ist)?\s+)?attack|"
                         r"(?:an?\s+)?(?:(?:missile|drone|rocket|air|artillery)\s+)?(?:strike|attack)s?|"
                         rf"(?:an?\s+)?bomb(?:\s+blast)?s?|{_RULED_OUT_LINK})")
#: A mishap told as a blast's cause against arms or an act denied it: "a gas leak, not a drone, caused the blast",
#: "the explosion was caused by a boiler, not a missile" (the teller rules the act out as one who says "rule out"
#: does; "not only a drone" or "not just a missile" adds the arms, and is no match).
_DENIED_ARMS: Final = (r"(?:an?\s+|the\s+)?(?:(?:missile|drone|rocket|air|artillery)\s+)?(?:strike|attack)s?|"
                       r"(?:an?\s+|the\s+)?(?:drones?|missiles?|rockets?|shells?|bombs?|shelling|sabotage|arson|"
                       r"(?:improvised\s+)?explosives?(?:\s+devices?)?)")
_CAUSE_SET_AGAINST_ARMS: Final = (
    rf",\s+not\s+(?:by\s+)?(?:{_DENIED_ARMS}),\s+(?:caused|triggered|set\s+off|sparked|was\s+behind|was\s+to\s+blame)"
    rf"|\b(?:caused|triggered|set\s+off|sparked)\s+by\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+,?\s+"
    rf"(?:and\s+)?not\s+(?:by\s+)?(?:{_DENIED_ARMS})")
#: An act told as no suspicion of the teller's, as one who rules it out tells it: "sabotage is not suspected", "no crime
#: is suspected", "police do not suspect foul play" (a crime ruled out of a blast leaves it a mishap; "is not yet
#: suspected" or "not suspected by" is no such word, and "is suspected" alone names the act).
_SUSPECTED_ACT: Final = rf"(?:{_RULED_OUT_ACT}|crime|criminal\s+(?:act|activity|intent))"
_ACT_NOT_SUSPECTED: Final = (
    rf"{_SUSPECTED_ACT}\s+(?:is|was|are|were)\s+not\s+(?:being\s+)?suspected(?!\s+(?:by|of)\b)"
    rf"|no\s+{_SUSPECTED_ACT}\s+(?:is|was|are|were)\s+(?:being\s+)?suspected"
    rf"|(?:do|does|did)\s+not\s+suspect\s+(?:any\s+)?{_SUSPECTED_ACT}")
#: A blast or a fire told not done on purpose, as one who rules out an act tells it: "there was no indication the blast
#: was deliberate", "no evidence that the fire was started deliberately", "the explosion was not intentional" (intent
#: denied leaves what blew up a mishap; "not yet known whether it was deliberate" denies nothing).
_INTENT_DENIED: Final = (
    r"no\s+(?:sign|signs|evidence|indication|suggestion)\s+(?:that\s+)?(?:the|a|an|its|it)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:was|were|had\s+been|has\s+been)\s+(?:(?:started|set|caused|carried\s+out)\s+)?"
    r"(?:deliberate(?:ly)?|intentional(?:ly)?|on\s+purpose)"
    r"|(?:was|were)\s+not\s+(?:deliberate|intentional)")
#: (Reads the folded text, as _TREND_HINT does.)
#: (Every alternative starts a word or is a comma after one: tested once in front, the regex engine leaves at once
#: the ends of words, instead of trying each alternative at them; and "rul" is asked before the negations that may
#: stand before it, which most words start without: a third fewer instructions in its whole-text search.)
_ATTACK_RULED_OUT: Final = re.compile(
    rf"\b(?=[\w,])(?:{_RULED_OUT_ACT}\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?ruled\s+out|"
    rf"rul(?<!not\srul)(?<!n't\srul)(?<!n’t\srul)(?<!cannot\srul)(?<!never\srul)(?:e|ed|es|ing)\s+out\s+(?:any\s+)?{_RULED_OUT_ACT}|no\s+(?:sign|signs|evidence|indication|suggestion)\s+"
    # ("no evidence of sabotage", "no evidence has yet been found that a bomb caused the blast")
    r"(?:(?:has|have|had|was|were)\s+(?:yet\s+)?(?:been\s+)?(?:found|seen|uncovered)\s+)?(?:of|that)\s+"
    rf"{_RULED_OUT_ACT}|no\s+attack\s+was\s+involved|"
    # (a cause named and every other set aside: "police said the leak caused the blast and that no other motive was
    # being investigated"; the "other" says the mishap named is the one cause held)
    r"no\s+other\s+(?:motive|cause|explanation|line\s+of\s+(?:inquiry|enquiry|investigation))|"
    r"not\s+(?:being\s+)?treated\s+as\s+(?:terrorism|"
    rf"terror-related|an?\s+attack)|{_CAUSE_SET_AGAINST_ARMS}|{_ACT_NOT_SUSPECTED}|{_INTENT_DENIED})\b")
#: Arms as things left lying: a bomb, a shell, a mine, a munition or a grenade.
_ORDNANCE: Final = (r"(?:bombs?|bomblets?|shells?|mines?|landmines?|(?:sub)?munitions?|ordnance|grenades?|rockets?|"
                    r"mortars?|missiles?|explosives?|projectiles?|devices?|rounds?)")
#: A war told as past: named as one of history ("the Vietnam War", "the Iran-Iraq War"), as a war (not "the
#: war" or "the fighting", which may still go on), as past, earlier or old, dated by a year or a decade ("the
#: 1980s war"), or as an era.
_PAST_WAR: Final = (r"(?:the\s+)?(?:(?-i:(?:[A-Z][\w'’‐‑–-]*\s+){1,3}Wars?)\b|an?\s+(?:[\w'’-]+\s+){0,2}?wars?\b|"
                    r"(?:past|previous|earlier|former|old|long-ended|(?:1[0-9]|20)\d0s|(?:1[0-9]|20)\d\d)\s+"
                    r"(?:[\w'’-]+\s+){0,2}?(?:wars?|conflicts?|fighting)\b|decades\s+of\s+(?:war|conflict|fighting)\b|"
                    r"(?:[\w'’-]+\s+){0,3}?era\b)")
#: Any war or conflict, however named ("the civil war", "the 1975-1990 conflict"): where arms are told as left
#: over, left behind or dating from it, those words themselves say it is over where they lie (a leftover
#: outlasts what it is left over from; "unexploded ... from the war" is one that did not go off then), so it
#: need not be named as past as _PAST_WAR must. (Not "the fighting": arms left over from fighting are the
#: strays of days or weeks ago, in a war that may still be going on.)
_ANY_WAR: Final = r"(?:(?:the|a|an)\s+)?(?:[\w'’‐‑–-]+\s+){0,3}?(?:wars?|conflicts?)\b"
#: A war long over: "a Second World War bomb went off at a building site"; and arms told as the leftovers of
#: any past war (see _PAST_WAR): "a cluster submunition left over from the Vietnam War goes off", "a bomblet
#: dropped during the Vietnam War explodes" (_LEFT_BY_A_WAR), "a grenade
#: left over from a war in the 1970s", "a landmine left over from the civil war" (_ANY_WAR), "a Korean War-era
#: shell", "an unexploded bomb from the 1991 war", "a shell left over from the Iran–Iraq War", "a mine from
#: the Soviet era" (but a landmine merely "from the civil war" may be a stray of one going on, and one laid
#: "during the war" may be one of a war still going on and still kills as a weapon, as may a landmine merely
#: unexploded: "an unexploded mine kills 10 girls"; fired arms told unexploded are a dud's, _UNEXPLODED_GOES_OFF).
#: How a past war left arms lying where they go off now: "a bomblet dropped during the Vietnam War", "mines laid
#: in the 1980s war" (the time named must be a past war's: "a mine laid during the war" may be of this one; and
#: arms fired or used are the act itself, not a leftover).
_LEFT_BY_A_WAR: Final = r"dropped|laid|planted|buried|scattered|abandoned"
#: Unexploded arms that go off in the hands of the people handling them, told as the time of the blast:
#: "children were hurt after playing with an unexploded cluster bomb", "killed when police tried to defuse
#: unexploded ordnance" ("unexploded" names a leftover of earlier fire, and the handling, going on as it went
#: off, its cause; but "after police defused an unexploded bomb, a second one exploded" tells the handling
#: done, and "died trying to defuse a bomb" one planted that went off as set to).
_HANDLING_UNEXPLODED: Final = (
    r"\b(?:when|while|as|after|by)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:try|tries|tried|trying|attempt|attempts|attempted|"
    r"attempting)\s+to\s+(?:defuse|disarm|dismantle|open|move|lift|take\s+apart|remove)|(?:playing|tampering|toying|"
    r"tinkering)\s+with|defusing|disarming|dismantling|handling|moving|opening|lifting|touching|collecting|removing)\s+"
    r"(?:(?:an?|the|some|an\s+old|a\s+piece\s+of)\s+)?unexploded\b")
#: Arms that people found, picked up or dug up, as the subject of their blast: "a shell the boys found near their
#: home exploded", "a grenade he had picked up went off", "a hand grenade that two brothers found in a field explodes"
#: (what was found lying had not gone off where it fell: a leftover, set off by its finders' handling). The finders
#: are people of everyday life, counted, named with an article or a possessive, or kin ("his son", "two brothers");
#: a bomb the police or troops found is a planted one, and names no finder here.
_FINDERS: Final = (r"(?:children|child|boys?|girls?|kids|villagers|farmers?|shepherds?|herders?|teenagers?|brothers?|"
                   r"sisters?|sons?|daughters?|cousins?|friends?|pupils?|students?|residents?|locals|men|man|women|"
                   r"woman|fisherm[ae]n|labourers?|laborers?|workers?|scavengers?|family)")
_FOUND_BY_FINDERS: Final = (
    rf"\b{_ORDNANCE}\s+(?:(?:that|which)\s+)?(?:they|he|she|(?:(?:the|a|an|his|her|their|some|two|three|four|five|"
    rf"six|\d+)\s+)?{_FINDERS})\s+(?:had\s+|have\s+|has\s+)?(?:found|picked\s+up|"
    r"collected|dug\s+up|discovered|brought\s+home|(?:were\s+|was\s+|had\s+been\s+)?playing\s+with|played\s+with)\b")
#: Arms people play with, as the object of their play: "four children were killed while playing with a grenade" (arms
#: taken for a toy were found lying or taken from a store, and went off in the players' hands: no one aimed them).
_PLAYED_WITH: Final = rf"\bplay(?:ing|ed)\s+with\s+(?:an?|the|some|their|his|her|an\s+old)\s+(?:[\w'’-]+\s+){{0,2}}?{_ORDNANCE}\b"
#: Arms of war that go off as the people handling them break them up, the arms themselves the pronoun the handling is
#: done to: "an old shell exploded as scrap dealers tried to cut it open", "a mortar round went off while a man was
#: sawing it apart" (salvage of a leftover, set off by its handlers; not a bomb, a device or explosives, which may be
#: one planted and opened by its victim, nor defusing, which may meet one set to go off).
_WAR_ARMS_HANDLED: Final = (r"(?:shells?|mortars?|(?:mortar\s+)?rounds?|rockets?|missiles?|grenades?|projectiles?|ordnance|"
                            r"munitions?|(?:land)?mines?)")
_BROKEN_UP_AS_IT_WENT_OFF: Final = (
    rf"\b{_WAR_ARMS_HANDLED}\s+(?:exploded|explodes|went\s+off|goes\s+off|blew\s+up|blows\s+up|detonated)\s+"
    r"(?:as|when|while)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:try|tries|tried|trying|attempt|attempts|attempted|attempting)"
    r"\s+to\s+|(?:was|were)\s+)?(?:cut|cutting|saw|sawing|break|breaking|hammer|hammering|strip|stripping|melt|"
    r"melting|salvage|salvaging|open|opening|prise|prising|pry|prying)\s+(?:it|them)\b")
#: Arms the sea brought ashore, as the subject of washing up, maybe past a phrase on where they came from: "mines,
#: suspected to come from the north, wash ashore and kill a man", "a shell washed up on the beach exploded" (drifting
#: arms were found lying where no one aimed them, as arms people found are).
_WASHED_ASHORE: Final = (rf"\b{_ORDNANCE}(?:,?\s+[\w'’-]+){{0,9}}?,?\s+(?:(?:that|which)\s+)?(?:(?:had|have|has)\s+)?"
                         r"(?:wash|washes|washed|washing)\s+(?:up|ashore)\b")
#: Arms that go off when fired or dropped (not a mine or a planted device, which lie unexploded by design until
#: someone sets them off, and may be of a war still going on: "an unexploded mine killed three shepherds near the
#: front line" is a live war's weapon).
_FIRED_ARMS: Final = (r"(?:bombs?|bomblets?|shells?|(?:sub)?munitions?|ordnance|grenades?|rockets?|mortars?|missiles?|"
                      r"projectiles?|rounds?)")
#: Fired arms told unexploded as the subject of their own blast or harm: "an unexploded shell went off in a field,
#: killing two", "an unexploded cluster bomb wounds three boys" ("unexploded" says they did not go off when they were
#: fired, so what they do now is a dud's mishap, whatever war left them; "a shell went off in a field" names no dud,
#: and a second device found "unexploded" after a bombing goes off in no clause of its own).
_UNEXPLODED_GOES_OFF: Final = (
    rf"\bunexploded\s+(?:[\w'’-]+\s+){{0,2}}?{_FIRED_ARMS}\s+(?:(?:that|which)\s+)?(?:has\s+|have\s+|had\s+)?"
    r"(?:explod(?:es|ed|ing)|went\s+off|goes\s+off|blew\s+up|blows\s+up|detonat(?:es|ed)|kill(?:s|ed|ing)|"
    r"injur(?:es|ed|ing)|wound(?:s|ed|ing)|maim(?:s|ed|ing)|hurt(?:s|ing)?)\b")
_OLD_ORDNANCE: Final = re.compile(
    r"\b(?:world\s+war\s+(?:ii|two|2|i|one|1)|(?:first|second)\s+world\s+war|wwii|ww2|wwi|ww1)\b"
    rf"|\b{_ORDNANCE}(?:\s+[\w'’-]+){{0,2}}?,?\s+(?:left\s+(?:over|behind)|dating\s+(?:back\s+)?(?:from|to))\s+"
    rf"(?:from\s+|by\s+)?(?:{_PAST_WAR}|{_ANY_WAR})"
    # ("left" alone says it as well, with what it is left from or by: "a cluster bomblet left from the Vietnam War",
    # "a mine left by the civil war")
    rf"|\b{_ORDNANCE}(?:\s+[\w'’-]+){{0,2}}?,?\s+left\s+(?:from|by)\s+(?:{_PAST_WAR}|{_ANY_WAR})"
    rf"|\bwar-era\s+(?:[\w'’-]+\s+){{0,2}}?{_ORDNANCE}\b"
    rf"|\bunexploded\s+(?:[\w'’-]+\s+){{0,2}}?{_ORDNANCE}\s+(?:from|of)\s+(?:{_PAST_WAR}|{_ANY_WAR})"
    rf"|\b{_ORDNANCE},?\s+(?:{_LEFT_BY_A_WAR})\s+(?:during|in)\s+{_PAST_WAR}"
    rf"|\b{_ORDNANCE}\s+from\s+{_PAST_WAR}(?!\s+zones?\b)"
    rf"|{_HANDLING_UNEXPLODED}"
    rf"|{_UNEXPLODED_GOES_OFF}"
    rf"|{_FOUND_BY_FINDERS}"
    rf"|{_PLAYED_WITH}"
    rf"|{_BROKEN_UP_AS_IT_WENT_OFF}"
    rf"|{_WASHED_ASHORE}",
    re.IGNORECASE)
#: The violent words an accident shares, or whose doer and kind other words must tell, and the arms named:
#: the ones an attack ruled out leaves to mishaps.
_AMBIGUOUS_HARM: Final = _WEAPON_WORDS | {_ACCIDENT_SHARED, "strike_ambiguous", "fire"}
#: The participles that end a compound adjective of harm ("famine-hit", "hunger-striking", "war-ravaged"; a
#: noun such as "counter-attack" or "petrol-bomb attack" stays an act).
_ADJECTIVE_ENDS: Final = frozenset({"hit", "struck", "striking", "stricken", "ravaged", "battered", "torn", "wracked"})
_ADJECTIVE_END_NEEDLES: Final = frozenset("-" + end for end in _ADJECTIVE_ENDS)


#: What _ATTACK_RULED_OUT and _OLD_ORDNANCE each need somewhere in the text: most items hold none, and their
#: regexes would otherwise be tried at every position of every item.
#: (single words: the regexes allow any run of spaces between theirs)
_RULED_OUT_NEEDLES: Final = frozenset({"rul", "sign", "evidence", "indicat", "suggest", "involved", "treated",
                                       "other", "not", "suspected"})
_OLD_WAR_NEEDLES: Final = frozenset({"world", "wwi", "ww1", "ww2", "left", "dating", "-era", "unexploded", "dropped",
                                     "laid", "planted", "buried", "scattered", "abandoned", "found", "picked",
                                     "collected", "dug", "discovered", "brought", "play", "cut", "saw", "break", "hammer",
                                     "strip", "melt", "salvag", "open", "pry", "pri", "wash"})
#: Arms "from" a past war ("a mine from the Vietnam War", "a bomb from the Soviet era"): "from"
#: alone is in most items, so a war's word must be there beside it (_PAST_WAR_NEEDLES).
_ORDNANCE_FROM_NEEDLES: Final = frozenset({"from"})
_PAST_WAR_NEEDLES: Final = frozenset({"war", "era", "conflict", "fighting"})


def _ruled_out_spans(text: str) -> list[tuple[int, int]]:
    """Where the item names an act as ruled out ("officials rule out a missile strike"): the act there is denied."""
    if absent(text, _RULED_OUT_NEEDLES):
        return []
    return [match.span() for match in _ATTACK_RULED_OUT.finditer(folded(text))]


def _armed_side_told_beside_ruled_out(text: str, hits: list[Hit], categories: frozenset[str]) -> bool:
    """Whether the hits of `text` (whose categories are `categories`) name an armed side outside each act the item
    rules out: a side named only as what an authority rules out a link to ("police ruled out any link to
    militants") is no doer of the blast, but one named elsewhere may be ("... now admits militants planted it")."""
    if categories.isdisjoint(_ARMED_SIDES):
        return False
    ruled_out = _ruled_out_spans(text)
    return any(not _ARMED_SIDES.isdisjoint(hit.categories) and not any(start <= hit.start < end for start, end in ruled_out)
               for hit in hits)


def _attack_ruled_out(text: str) -> bool:
    """Whether the item says no attack was done (see _ATTACK_RULED_OUT), or tells of old ordnance
    (_OLD_ORDNANCE): its blasts and deaths are mishaps."""
    return (not absent(text, _RULED_OUT_NEEDLES) and _ATTACK_RULED_OUT.search(folded(text)) is not None) or (
        not (absent(text, _OLD_WAR_NEEDLES) and (absent(text, _ORDNANCE_FROM_NEEDLES) or absent(text, _PAST_WAR_NEEDLES)))
        and _OLD_ORDNANCE.search(text) is not None)


def _compound_adjectives_dropped(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` less the violent words that end a compound adjective whose first part names no
    weapon ("famine-hit areas", "storm-struck towns", "crisis-hit banks"; but "a missile-hit block" tells
    the missile that hit it)."""
    kept: list[Hit] = []
    for hit in hits:
        start = hit.start
        if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha() and hit.text.lower() in _ADJECTIVE_ENDS and not (
                kept and kept[-1].end == start - 1 and not _WEAPON_WORDS.isdisjoint(kept[-1].categories)):
            continue
        kept.append(hit)
    return kept


#: A tank as a store, not armour: the word itself, where a fuel or gas named just before it says what it holds.
_TANK_WORDS: Final = frozenset({"tank", "tanks"})
#: What may stand between the stored fuel and "tank": a space or a hyphen ("liquefied gas tank", "LPG-tank").
_BETWEEN_STORE_AND_TANK: Final = re.compile(r"[\s-]*")


def _stores_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each "tank" that a fuel or a gas names right before it ("a liquefied gas
    tank exploded", "a diesel tank blew up") read as what it is, a store that blows up by itself
    (blast_source), not the armour the word alone is: the vocabulary's "gas tank" and "fuel tank" are
    that too, but the longest phrase at an earlier start ("liquefied gas", "LPG") takes the fuel's word
    and leaves "tank" alone."""
    told = list(hits)
    for index in range(1, len(hits)):
        hit, before = hits[index], hits[index - 1]
        if (hit.text.lower() in _TANK_WORDS and _BLAST_SOURCE in before.categories
                and _BETWEEN_STORE_AND_TANK.fullmatch(text, before.end, hit.start)):
            told[index] = hit.with_categories(_BLAST_SOURCES)
    return told


#: "anti" joined by a hyphen to the word after it ("anti-ship", "Anti‑tank"), which names what a weapon, a
#: stance or a defence is against.
_AGAINST_PREFIX: Final = re.compile(r"(?<![\w-])anti[-‐‑–]$")
_AGAINST_PREFIX_LENGTH: Final = len("anti-")
#: The prefix with each hyphen _AGAINST_PREFIX takes (looked for once per item: most hold none).
_AGAINST_NEEDLES: Final = frozenset({"anti-", "anti‐", "anti‑", "anti–"})
#: What a vehicle's word is (a thing that moves, crashes, collides or blows up by itself): after "anti-" it
#: names none.
_VEHICLE_KINDS: Final = frozenset({"vehicle", "road_vehicle", "blast_source"})


def _what_is_opposed_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each vehicle named after "anti-" told as the kind of thing a weapon or a
    defence is against, not as one that is there: "anti-ship missiles" name no ship to crash, collide or
    be hit, "anti-tank mines" no tank. The word keeps the arms it names ("anti-aircraft guns", "anti-tank
    weapons" are arms, fired or bought); a vehicle's word and nothing else is dropped. (A side or a war
    after "anti-" is one in the world, opposed: "an anti-militia protest" names the militia.)"""
    told = hits
    for index, hit in enumerate(hits):
        start = hit.start
        if start < _AGAINST_PREFIX_LENGTH or _VEHICLE_KINDS.isdisjoint(hit.categories) or not _AGAINST_PREFIX.search(
                folded(text), start - _AGAINST_PREFIX_LENGTH - 1, start):
            continue
        if told is hits:
            told = list(hits)  # (copied only where a vehicle is opposed: most texts keep their hits)
        told[index] = hit.with_categories(hit.categories - _VEHICLE_KINDS)
    return [hit for hit in told if hit.categories or hit.names] if told is not hits else hits


#: A war declared, vowed or waged "on" or "against" something, the words of its object after it (a closing quote may
#: stand between: "'declared war' on the bush"). (Lower case, read in the folded text: bot.classify.lowered.)
_WAR_ON: Final = re.compile(r"\bwars?['’\"”]?\s+(?:on|against)\s+")
_WAR_ON_NEEDLES: Final = frozenset({"war on ", "war against ", "wars on ", "wars against ",
                                    "war' on ", "war’ on ", "war\" on ", "war” on "})
#: How far the object of a war "on" something reaches: a few words, up to its clause's end.
_WAR_OBJECT_REACH: Final = 48
_WAR_OBJECT_END: Final = re.compile(r"[.;:!?(\n]|,\s|\s(?:and|but|as|while|after|at|in|over|with|by|for)\s")


def _object_end(text: str, start: int) -> int:
    """Where the object that starts at `start` ends: at its clause's end or the first word that opens another
    phrase, within _WAR_OBJECT_REACH ("war on drugs and crime" ends at "and")."""
    return start + len(_WAR_OBJECT_END.split(text[start:start + _WAR_OBJECT_REACH], 1)[0].rstrip())


#: What makes a war's object a side: a state's or an armed group's force, or terror, which only armed men wage.
_SIDE_OF_A_WAR: Final = frozenset({"armed_group", "state_force", NAMED_GROUP, "intent"})
#: An object that is a proper name alone (after an article): a state, a people or a group the gazetteer lacks ("the
#: West"); a name that modifies a common noun names a thing ("the WikiLeaks website").
_PROPER_OBJECT: Final = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+")


def _wars_on_no_side_dropped(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits less the war words of a war on something that is no side (docs/taxonomy.md, threat): "vows war on
    hunger", "declares war on corruption", "accuses the party of declaring war on the bush" wage a campaign, a figure
    of speech; a war on a state, a people or an armed side keeps its war ("declares war on Ukraine", "vows war on
    the cartels", "on the West")."""
    low = folded(text)
    dropped = []
    for hit in hits:
        word = hit.text.lower()
        if not (word.endswith("war") or word.endswith("wars")) or ("conflict" not in hit.categories
                                                                    and "threat" not in hit.categories):
            continue
        on = _WAR_ON.match(low, low.rfind("war", hit.start, hit.end))
        if on is None:
            continue
        end = _object_end(text, on.end())
        if _PROPER_OBJECT.fullmatch(text, on.end(), end) or any(
                on.end() <= other.start < end and (not _SIDE_OF_A_WAR.isdisjoint(other.categories) or any(
                    role == "actor" or role == "place" for role, *_ in other.names)) for other in hits):
            continue
        dropped.append(hit)
    return [hit for hit in hits if hit not in dropped] if dropped else hits


#: The verbs of a withdrawal that may take a direct object: forces withdrawn, or a thing or people taken away.
_WITHDRAWING_VERBS: Final = frozenset({"withdrew", "withdraw", "withdrawing", "pulled out", "pull out"})
_WITHDRAWAL_NEEDLES: Final = frozenset({"withdr", "pull out", "pulled out"})
#: A direct object opening after the verb: a determiner or a count ("withdrew a television advert", "pull out 19
#: survivors"); a preposition opens none ("withdrew from the town", "pulled out of the talks").
_DIRECT_OBJECT: Final = re.compile(rf"\s+(?:a|an|the|its|his|her|their|our|this|that|these|those|some|all|"
                                   rf"{NUMBER_PATTERN})\s", re.IGNORECASE)
#: What a withdrawal's object is where it ends a conflict: forces, arms, a side, a post of war.
_FORCES_WITHDRAWN: Final = frozenset({"state_force", "armed_group", NAMED_GROUP, "weapon", "distance_weapon",
                                      "military_place", "mobilization"})


def _withdrawals_of_things_dropped(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits less the withdrawals whose direct object is no force (docs/taxonomy.md, deescalation: a withdrawal
    is of forces): "withdrew a television advert", "help pull out 19 survivors" take a thing or people away;
    "withdrew 500 troops", "pull out all its fighters", "withdrew from the town" keep theirs."""
    dropped = []
    for hit in hits:
        if "deescalation" in hit.categories and (_withdrawn_from_no_ground(text, hits, hit) or _no_force_withdrawn_in_the_passive(
                text, hits, hit)):
            dropped.append(hit)
            continue
        if "deescalation" not in hit.categories or hit.text.lower() not in _WITHDRAWING_VERBS or not _DIRECT_OBJECT.match(
                text, hit.end):
            continue
        end = hit.end + len(_WAR_OBJECT_END.split(text[hit.end:hit.end + _WAR_OBJECT_REACH], 1)[0])
        if not any(hit.end <= other.start < end and (not _FORCES_WITHDRAWN.isdisjoint(other.categories) or any(
                role == "actor" for role, *_ in other.names)) for other in hits):
            dropped.append(hit)
    return [hit for hit in hits if hit not in dropped] if dropped else hits


#: The withdrawing verbs that are past participles, the passive's ("are pulled out"; "is withdrawing" is active).
_WITHDRAWN_PARTICIPLES: Final = frozenset({"pulled out"})


def _no_force_withdrawn_in_the_passive(text: str, hits: list[Hit], hit: Hit) -> bool:
    """Whether the withdrawing verb `hit` is a passive after its auxiliary whose sentence names no force before it,
    its subject: what the passive takes away is its subject, as an active's is its object ("all 41 workers trapped
    in the tunnel are pulled out through a pipe", as "help pull out 19 survivors"; "Russian troops are pulled out"
    keeps the forces' withdrawal, and so does one from ground, "the last 500 are pulled out of the town")."""
    if hit.text.lower() not in _WITHDRAWN_PARTICIPLES or _PASSIVE_OR_AUXILIARY_BEFORE.search(
            text, max(0, hit.start - _AUXILIARY_SPAN), hit.start) is None:
        return False
    away = _PULLED_OUT_OF.match(text, hit.end)  # (every participle of _WITHDRAWN_PARTICIPLES is a "pulled out")
    if away is not None and (_BARE_NAME.match(text, away.end()) or _GROUND_NOUNS.search(
            text, away.end(), _object_end(text, away.end() - 1))):
        return False  # (from ground: "the last 500 are pulled out of the town", "... out of Qusayr")
    sentence = _sentence_start(text, hit.start)
    return not any(sentence <= other.start < hit.start and (not _FORCES_WITHDRAWN.isdisjoint(other.categories)
                                                            or "conflict" in other.categories) for other in hits)


#: The withdrawal words, verbs and nouns, and what they are from: "withdraws from the race", "the withdrawal of the
#: party from the coalition", "pulled out of the talks".
_WITHDRAWALS: Final = _WITHDRAWING_VERBS | {"withdrawal", "pullout"}
_WITHDRAWN_FROM: Final = re.compile(r"\s+(?:from|out\s+of)\s+", re.IGNORECASE)
_PULLED_OUT_OF: Final = re.compile(r"\s+(?:of|from)\s+", re.IGNORECASE)
_BARE_NAME: Final = re.compile(r"[A-Z]")
#: Ground named by a common noun: "pulled out of the city", "withdrew from their positions".
_GROUND_NOUNS: Final = re.compile(
    r"\b(?:towns?|city|cities|villages?|regions?|areas?|zones?|borders?|bases?|country|countries|territor(?:y|ies)|"
    r"provinces?|districts?|islands?|enclaves?|strip|bank|heights|valley|front(?:\s+line)?s?|positions?|posts?|camps?|"
    r"capital|ports?|airports?|outposts?|checkpoints?|hills?|mountains?|neighbou?rhoods?|suburbs?|streets?|peninsula|"
    r"strongholds?|bastions?|embass(?:y|ies)|compounds?)\b",
    re.IGNORECASE)
_WITHDRAWAL_OF: Final = re.compile(r"\s+of\s+(?:(?:the|its|his|her|their)\s+)?", re.IGNORECASE)
#: What is withdrawn from where the withdrawal ends a conflict: ground (a place, a post of war) or a side's forces.
_GROUND_OR_FORCES: Final = _FORCES_WITHDRAWN | {"conflict"}


def _withdrawn_from_no_ground(text: str, hits: list[Hit], hit: Hit) -> bool:
    """Whether the withdrawal `hit` is from what is no ground and no force (docs/taxonomy.md, deescalation: a
    withdrawal is of forces or from ground): a race, a contest, a body, a pact or a coalition ("withdraws from the
    presidential race", "pulled out of the Winter Games", "the withdrawal of the party from the coalition"); a
    withdrawal from a place ("withdrew from the town", "from Afghanistan"), or of a side's forces or a side ("the
    withdrawal of its troops", "the withdrawal of Hezbollah") keeps it."""
    if hit.text.lower() not in _WITHDRAWALS:
        return False
    position = hit.end
    of = _WITHDRAWAL_OF.match(text, position) if hit.text.lower() in ("withdrawal", "pullout") else None
    if of is not None:
        end = _object_end(text, of.end())
        if any(of.end() <= other.start < end and (not _GROUND_OR_FORCES.isdisjoint(other.categories) or any(
                role in ("actor", "place") for role, *_ in other.names)) for other in hits):
            return False
        # (what is withdrawn is no force: a thing or people, "the withdrawal of emergency workers"; from where, ground
        # may still tell a side's pullout)
        position = end
        if _WITHDRAWN_FROM.match(text, position) is None:
            return True
    away = (_PULLED_OUT_OF if hit.text.lower() in ("pull out", "pulled out") else _WITHDRAWN_FROM).match(text, position)
    if away is None or _BARE_NAME.match(text, away.end()):
        return False  # (a bare name is a place or a side: "withdraw from Tuz Khurmato")
    end = _object_end(text, away.end() - 1)
    if end <= away.end() or _GROUND_NOUNS.search(text, away.end(), end):
        return False  # (a preposition left at the end of its clause names its ground before: "the town it withdrew from")
    return not any(away.end() <= other.start < end and (not _GROUND_OR_FORCES.isdisjoint(other.categories) or any(
        role == "place" for role, *_ in other.names)) for other in hits)


#: De-escalation named as a skill taught or a way of working ("better de-escalation training", "de-escalation
#: techniques"): a word of policing and care, no end of a conflict.
_DEESCALATION_AS_A_SKILL: Final = re.compile(
    r"\s+(?:training|trainings|techniques?|tactics|skills?|courses?|methods?|strateg(?:y|ies)|protocols?|policy|policies)\b",
    re.IGNORECASE)
_AS_A_SKILL_NEEDLES: Final = frozenset({"escalation "})


def _deescalation_as_a_skill(text: str, hit: Hit) -> bool:
    """Whether the de-escalation word `hit` modifies a skill or a way of working (_DEESCALATION_AS_A_SKILL)."""
    return "escalat" in hit.text.lower() and _DEESCALATION_AS_A_SKILL.match(text, hit.end) is not None


def _carried_in_a_crash(text: str, hit: Hit) -> bool:
    """Whether the arms goods `hit` are the load of a vehicle told crashing ("two trucks carrying
    explosives crashing in the city", "a train loaded with ammunition derailed"): a load that blows up
    in a crash is a blast source as a depot's is, no weapon used. The load named as the first word of its
    vehicle's compound is the same load ("the munitions ship collided with a steamer and blew up", "an ammunition
    truck overturned and exploded"; "an ammunition truck crashed into the gate" drives its load at a target)."""
    if _CARRIED_BEFORE.search(text, max(0, hit.start - _MAKING_SPAN), hit.start) is not None:
        return _CARRIER_CRASHED_AFTER.match(text, hit.end) is not None
    carrier = _CARRIER_OF_THEM_AFTER.match(text, hit.end)
    return carrier is not None and _CARRIER_CRASHED_AFTER.match(text, carrier.end()) is not None


#: The time of a drill, whatever kind: "during naval drills", "during a missile exercise", "during an air
#: defence drill", "during routine training", "during firing practice"; and a test of arms is one ("during a failed
#: missile test", "during a test launch"; a bare "test" may be a school's).
#: Practice with arms is a drill told by "at", "in" or "on" as well ("at target practice", "on a shooting
#: practice"): the kind of practice named, since a bare "in practice" means "in fact".
_DURING_DRILL: Final = re.compile(
    r"\b[Dd]uring\s+(?:(?:a|an|the|their|its|routine|joint|annual|live-fire|military|naval)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:exercises?|drills?|training|manoeuvres?|maneuvers?|practices?|(?:missile|rocket|weapons?|launch|firing)\s+tests?|"
    r"test[\s-]launch(?:es)?|test[\s-]firings?)\b"
    r"|\b(?:at|in|on)\s+(?:(?:a|an|the|their|its|routine)\s+)?(?:target|firing|shooting|gunnery|rifle|live-fire|"
    r"weapons?|marksmanship)\s+practices?\b", re.IGNORECASE)
#: Pseudo-category of the time of a drill: a mishap in it is told as an accident (_arms_went_off_by_mishap),
#: but, unlike a disaster word, it switches no violence off by itself ("during drills, troops clashed
#: with protesters" is still a clash).
_DRILL: Final = "drill"
_DRILL_MISHAP: Final = frozenset({"mishap", _DRILL})


# "first city-wide air raid drills", "a school's active shooter drill", "a bombing exercise": an act named as the
# kind of a drill is what the drill rehearses, no act told. (Only a noun: a compound, or a word in -ing or -er;
# a bare "attack" or "strike" may be the verb of an act on the drill: "gunmen attack exercises of the army".)
# (a practice is a drill too: "city-wide air-raid practice"; and so is the ground it is practised on, named by the
# act as a drill is: "could have come from a shooting range", "a bombing range"; "a shooting at the range" is an act)
_KIND_OF_DRILL_AFTER: Final = re.compile(r"[\s-]+(?:drills?|exercises?|rehearsals?|simulations?|practices?|ranges?)\b",
                                         re.IGNORECASE)
_DRILL_KIND_NEEDLES: Final = frozenset({"drill", "exercise", "rehearsal", "simulation", "practice", "range"})
#: A word joined by a hyphen before the act word makes it a compound noun: "air-raid", "car-bomb".
_HYPHENED_BEFORE: Final = re.compile(r"[A-Za-z]-$")


def _names_a_drills_kind(text: str, hit: Hit) -> bool:
    """Whether the violent word `hit` is a noun that names the kind of a drill after it (see _KIND_OF_DRILL_AFTER)."""
    word = hit.text.lower()
    return (" " in word or word.endswith(("ing", "er")) or _HYPHENED_BEFORE.search(text, max(0, hit.start - 2), hit.start)
            is not None) and _KIND_OF_DRILL_AFTER.match(text, hit.end) is not None


def _drills_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each time of a drill ("during naval drills", "during a missile
    exercise", "during training") told as a drill mishap: arms that go off during a drill went off in
    their own forces' hands. A phrase of the vocabulary at the same place gets the drill's categories."""
    told = list(hits)
    starts = {hit.start: index for index, hit in enumerate(hits)}
    added = []
    for match in _DURING_DRILL.finditer(text):
        index = starts.get(match.start())
        if index is None:
            added.append(Hit(match.start(), match.end(), match.group(), _DRILL_MISHAP))
        else:
            hit = told[index]
            told[index] = hit.with_categories(hit.categories | _DRILL_MISHAP)
    return sorted(told + added, key=_hit_start) if added else told


#: Before an act, the words that make it one a drill plays: "a mock attack", "a simulated air raid", "a dummy
#: bombing run" (what forces rehearse, with arms that go off in their own hands if any do).
_MOCK_BEFORE: Final = re.compile(r"\b(?:mock|simulated|dummy)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_MOCK_SPAN: Final = 24


def _mock_acts_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each act played in a drill ("taking part in a mock attack on the island") told as
    the time of a drill, as "during an exercise" is (_drills_told): no act, and arms that go off in it went off
    in their own forces' hands ("a jet taking part in a mock attack mistakenly opened fire on a control tower")."""
    told = hits
    for index, hit in enumerate(hits):
        if not VIOLENT_CATEGORIES.isdisjoint(hit.categories) and _MOCK_BEFORE.search(
                text, max(0, hit.start - _MOCK_SPAN), hit.start) is not None:
            if told is hits:
                told = list(hits)
            told[index] = hit.with_categories(_DRILL_MISHAP)
    return told


#: A pound measured: after a number in digits or words ("a 17-pound lobster", "500 pounds of", "a
#: multi-billion-pound hole in the finances", "five million pounds"), or before "of" or "sterling" ("a pound
#: of flour").
_MEASURED_BEFORE: Final = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|"
                                     r"thousand|million|billion|trillion))(?:\s*-\s*|\s+)$", re.IGNORECASE)
#: How far before "pound" its number may start ("billion-" is the longest).
_MEASURED_REACH: Final = len("thousand - ")
_MEASURED_AFTER: Final = re.compile(r"\s+(?:of|sterling)\b", re.IGNORECASE)


#: Verbs that are an assault only where an armed actor or a weapon does them (taxonomy.toml's
#: armed_verb): "gunmen storm a hotel", "drones target a refinery", but "a storm hits the coast",
#: "the new tax targets landlords".
_ARMED_VERB: Final = "armed_verb"
#: Verbs of fire from afar of the same kind (taxonomy.toml's armed_fire), whose doer may also be a
#: state or a group by its name: "Israel bombs a Beirut suburb", "the coalition bombs the airport".
_ARMED_FIRE: Final = "armed_fire"
#: Verbs of taking a vessel (taxonomy.toml's ship_taking): an assault on shipping only where an armed side takes
#: a vessel ("pirates seize a Panamanian-flagged tanker"), not where customs or a coast guard seize one.
_SHIP_TAKING: Final = "ship_taking"
_ARMED_VERBS: Final = frozenset({_ARMED_VERB, _ARMED_FIRE, _SHIP_TAKING})
_ARMED_DOERS: Final = frozenset({"armed_group", "state_force", "weapon", "distance_weapon", NAMED_GROUP})
#: Who takes a vessel by force: an armed group, a named one, or a state's forces (no weapon: "a missile found on
#: board" is cargo, and no state by its name alone: "Vietnam seizes a fishing boat" enforces its waters).
_SHIP_TAKERS: Final = frozenset({"armed_group", "state_force", NAMED_GROUP})
_VESSEL_NOUNS: Final = (r"(?:ships?|tankers?|supertankers?|vessels?|boats?|yachts?|freighters?|carriers?|trawlers?|"
                        r"dhows?|barges?|tugs?|tugboats?|ferry|ferries|frigates?|warships?|destroyers?|schooners?)")
#: A vessel as the object of a ship-taking verb: maybe "control of", an article or a count, up to four modifiers
#: that are no preposition, conjunction or relative ("a Panamanian-flagged chemical tanker", "two ships"; but "a
#: cache of weapons from a fishing vessel", "28 pirates on a fishing vessel" take no vessel).
#: What a vessel noun may be the modifier of, a place or a firm, no vessel taken: "seized a ferry checkpoint".
_VESSEL_AS_MODIFIER: Final = (r"(?!\s+(?:checkpoints?|terminals?|ports?|crossings?|stations?|piers?|docks?|yards?|"
                              r"compan(?:y|ies)|firms?|operators?|lines?|routes?|services?|industry|tickets?)\b)")
_VESSEL_TAKEN_AFTER: Final = re.compile(
    r"\s+(?:control\s+of\s+)?(?:(?:a|an|the|two|three|four|five|several|\d+)\s+)?"
    r"(?:(?!(?:of|from|on|in|at|with|for|to|by|and|or|after|off|near|who|which|that|while|as)\b)[\w'’.-]+\s+){0,4}?"
    rf"{_VESSEL_NOUNS}\b{_VESSEL_AS_MODIFIER}", re.IGNORECASE)
#: A vessel named as the subject of a ship-taking verb in the passive: "a cargo vessel with 24 crew is seized".
_VESSEL_BEFORE_PASSIVE: Final = re.compile(
    rf"\b{_VESSEL_NOUNS}\b[^.;:!?]{{0,60}}?\s(?:is|was|are|were|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: The words of the agent after "by" in the passive: "by suspected Somali pirates".
_MAX_AGENT_WORDS: Final = 3
_ASSAULT: Final = frozenset({"attack"})
#: What arms are fired at ("positions", "targets"): a weapon word, but no doer of an armed verb.
_MILITARY_TARGET: Final = "military_target"
#: What the verb's other senses bring with them: the weather's storm, the noun "targets".
_OTHER_SENSES_OF_ARMED_VERBS: Final = frozenset({"context_disaster", "weapon", _ARMED_VERB, _ARMED_FIRE, _SHIP_TAKING})
#: The words of a subject: as many as "Attackers armed with knives and guns storm" needs.
_MAX_SUBJECT_WORDS: Final = 6
#: Before the verb, what makes it a noun ("a storm", "its targets", "the army's targets"; a preposition too:
#: "during target practice" is a drill, no one targeting anything).
_NOUN_BEFORE: Final = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|our|new|possible|potential|legitimate|military|"
                                 r"at|on|of|for|to|against|as|into|during|in|amid|from|with|without|"
                                 r"two|three|four|five|several|\d+)"
                                 r"|['’]s?)\s*$", re.IGNORECASE)
_BOMBERS: Final = frozenset({"state_force", "armed_group", NAMED_GROUP, "vehicle"})
#: After the verb, what makes it passive ("militants targeted by the army": they are its object).
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_PASSIVE_AFTER: Final = re.compile(r"\s+by\b")
#: "Target" is a noun as well, a figure aimed at, where other nouns modify it and no object follows it: "Airbus
#: cut its aircraft delivery target for 2024", "the missile maker keeps its production target", "the army
#: recruitment target was missed" (but "drones from Yemen target a tanker", "Hamas police target smugglers").
_TARGET: Final = "target"
#: Between an armed doer and "target", what makes "target" the head of a noun compound: a possessive or
#: lower-case words only, none a preposition, a relative, a conjunction or an adverb (between a subject and its
#: verb stand those: "drones from Yemen target", "militants again target", "jets and drones target").
_COMPOUND_BETWEEN: Final = re.compile(
    r"(?:['’]s?)?(?:\s+(?!(?:in|on|at|from|with|without|of|near|across|inside|outside|along|by|into|over|under|"
    r"to|for|and|or|who|which|that|again|also|now|still|then|once|twice|often|\w+ly)\b)[a-z][a-z-]*)+\s+")
#: After "target", what shows it takes no object: a stop, a preposition or an auxiliary ("target for 2024",
#: "target is within reach", "target despite shortages").
_NO_OBJECT_AFTER: Final = re.compile(
    r"\s*(?:[^\w\s]|$)|\s+(?:for|of|to|by|in|on|at|is|was|were|are|has|had|will|would|despite|as|after|amid|"
    r"this|next|last)\b", re.IGNORECASE)


def _armed_verbs(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with each armed verb done by an armed actor or a weapon made an attack (who did it
    makes it a strike or an attack later, as for any attack word), and each other one left as it is."""
    changed = list(hits)
    for index, hit in enumerate(hits):
        if _ARMED_VERBS.isdisjoint(hit.categories):
            continue
        if _SHIP_TAKING in hit.categories:
            if not _ship_taken_by_arms(text, hits, index):
                continue
        elif not _done_by_arms(text, hits, index):
            continue
        act = _FIRE if _ARMED_FIRE in hit.categories else _ASSAULT
        changed[index] = hit.with_categories((hit.categories - _OTHER_SENSES_OF_ARMED_VERBS) | act)
    return changed


#: The torpedo's words (taxonomy.toml's vessel_fire).
_VESSEL_FIRE: Final = "vessel_fire"
#: What a torpedo is as a noun: a weapon fired from afar.
_TORPEDO_NOUN: Final = frozenset({"weapon", "distance_weapon"})
#: The object right after a verb ("torpedoes a deal", "torpedoed the talks", "torpedo its chances"): the word before
#: it a verb, not the noun of "fired two torpedoes at the frigate" or "a torpedo struck the ship".
_OBJECT_AFTER_VERB: Final = re.compile(r"\s+(?:a|an|the|this|that|these|those|its|his|her|their|our|any|all|every|"
                                       r"plans?|hopes?|talks|efforts?|chances?|deals?|reforms?|bills?)\b", re.IGNORECASE)


def _torpedoes_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with each torpedo word read by its part of speech: a noun is a weapon fired from afar ("a torpedo
    struck the warship"); a verb is fire where a vessel is its object or its subject in the passive ("a submarine
    torpedoed a cargo ship", "a freighter was torpedoed off the coast"), and no arms at all where anything else is
    ("the party torpedoes a budget deal", "threatens to torpedo the talks", "the deal was torpedoed")."""
    changed = list(hits)
    for index, hit in enumerate(hits):
        if _VESSEL_FIRE not in hit.categories:
            continue
        word = hit.text.lower()
        rest = hit.categories - _TORPEDO_NOUN - {_VESSEL_FIRE}
        passive = _PASSIVE_OR_AUXILIARY_BEFORE.search(text, max(0, hit.start - 20), hit.start) is not None
        if not word.endswith(("ed", "ing")) and _OBJECT_AFTER_VERB.match(text, hit.end) is None:
            changed[index] = hit.with_categories(rest | _TORPEDO_NOUN)  # the noun: a weapon
        elif _VESSEL_TAKEN_AFTER.match(text, hit.end) is not None or (passive and _VESSEL_BEFORE_PASSIVE.search(
                text, max(0, hit.start - 100), hit.start) is not None):
            changed[index] = hit.with_categories(rest | _FIRE)  # a vessel fired at
        else:
            changed[index] = hit.with_categories(rest)  # "torpedoes a budget deal": no arms
    return changed


#: How far before a participle its auxiliary is looked for ("is", "were", "is reportedly").
_AUXILIARY_SPAN: Final = 20
#: An auxiliary right before a participle, its passive: "a cargo ship was torpedoed".
_PASSIVE_OR_AUXILIARY_BEFORE: Final = re.compile(r"\b(?:is|was|are|were|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _ship_taken_by_arms(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the ship-taking verb hits[index] takes a vessel by force: a vessel its object and an armed side its
    subject ("Somali pirates seize a Panamanian-flagged chemical tanker"), or, in the passive, a vessel its subject
    and an armed side after "by" ("a cargo vessel is seized by Somali pirates")."""
    verb = hits[index]
    if (by := _PASSIVE_AFTER.match(folded(text), verb.end)) is not None:
        if _VESSEL_BEFORE_PASSIVE.search(text, max(0, verb.start - 100), verb.start) is None:
            return False
        by_end = by.end()  # (the match's own end: "BY" in a title in capitals is "by" too)
        return any(not _SHIP_TAKERS.isdisjoint(agent.categories) for agent in hits[index + 1:]
                   if words_between(text, by_end, agent.start) <= _MAX_AGENT_WORDS
                   and not crosses_clause(text, by_end, agent.start))
    if _VESSEL_TAKEN_AFTER.match(text, verb.end) is None:
        return False
    return _done_by_arms(text, hits, index, _SHIP_TAKERS)


def _done_by_arms(text: str, hits: list[Hit], index: int, doers: frozenset[str] = _ARMED_DOERS) -> bool:
    """Whether the armed verb hits[index] is a verb whose subject, in its clause before it, names an
    armed actor or a weapon, with no other act between them."""
    verb = hits[index]
    if _NOUN_BEFORE.search(text, max(0, verb.start - 16), verb.start) or _PASSIVE_AFTER.match(folded(text), verb.end):
        return False
    # (the noun "bombs" has words before it that a verb does not: "drop several unarmed bombs", so
    # fire's doer stands right before it)
    reach = 0 if _ARMED_FIRE in verb.categories else _MAX_SUBJECT_WORDS
    for back in range(index - 1, -1, -1):
        doer = hits[back]
        # (a subject stands in its verb's sentence: "Ryanair trims its forecast over aircraft delays\nRyanair cut
        # its passenger target" has no armed doer)
        if words_between(text, doer.end, verb.start) > reach or crosses_clause(text, doer.end, verb.start) or (
                SENTENCE_BREAK.search(text, doer.end, verb.start) is not None):
            return False
        if not _VIOLENT_OR_CASUALTY.isdisjoint(doer.categories) or "launch" in doer.categories:
            return False  # "jets struck targets": the act is the other word's
        if _ARMED_FIRE not in verb.categories:
            if not doers.isdisjoint(doer.categories) and _MILITARY_TARGET not in doer.categories:
                return not (verb.text.lower() == _TARGET and _NO_OBJECT_AFTER.match(text, verb.end) is not None
                            and _COMPOUND_BETWEEN.fullmatch(text, doer.end, verb.start) is not None)
            continue
        # fire's doer is a force, a group, an aircraft, or a state or group by its name ("Israel bombs a
        # suburb"), not a weapon ("an explosive bomb" is the weapon)
        return not _BOMBERS.isdisjoint(doer.categories) or any(
            role == "actor" and not demonym for role, _name, _kind, demonym in doer.names)
    return False


_OPENING_QUOTES: Final = frozenset('"“‘\'')
_CLOSING_QUOTES: Final = frozenset('"”’\'')


def _quoted_alone(text: str, hit: Hit) -> bool:
    """Whether a hit is all that stands between a pair of quotes, double or single ("offensive", 'attack')."""
    return (hit.start > 0 and text[hit.start - 1] in _OPENING_QUOTES
            and hit.end < len(text) and text[hit.end] in _CLOSING_QUOTES)


#: What a quoted likeness may name that a sentence would otherwise read as arms, an armed side or an act.
_LIKENED: Final = _VIOLENT_OR_CASUALTY | _ARMS_NAMED
# "vowed to 'shoot down' the budget 'like a drone'": arms or an act named in a likeness that opens a quote are the
# speaker's figure for what is done, no arms of the sentence (unquoted, "like" may list arms of a kind: "weapons like
# a drone").
_QUOTED_LIKENESS_BEFORE: Final = re.compile(
    r"(?:^|\s)[\"“‘']\s*(?:just\s+)?(?:like|as)\s+(?:(?:an?|the|some)\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_LIKENESS_REACH: Final = 40


def _in_a_quoted_likeness(text: str, hit: Hit) -> bool:
    """Whether `hit` ends a quote that opens with a likeness (_QUOTED_LIKENESS_BEFORE: "'like a drone'")."""
    return text[hit.end:hit.end + 1] in _CLOSING_QUOTES and _QUOTED_LIKENESS_BEFORE.search(
        text, max(0, hit.start - _LIKENESS_REACH), hit.start) is not None


def _is_weight_or_money(text: str, hit: Hit) -> bool:
    """Whether a hit is "pound(s)" as a unit of weight or money, not the verb of shelling ("jets
    pound the town"): a number just before it, or "of" after it."""
    if not hit.text[:5].lower() == "pound" or len(hit.text) > 6:
        return False
    return (_MEASURED_BEFORE.search(text, max(0, hit.start - _MEASURED_REACH), hit.start) is not None
            or _MEASURED_AFTER.match(text, hit.end) is not None)


#: "shells" as the ammunition, not the verb of shelling ("artillery shells the town"): after a number,
#: an amount, "of", "for", "with", "and" (a list of goods) or a verb of making, buying or giving ("a
#: million artillery shells", "the maker of tank shells", "orders for 155mm shells", "supplies shells
#: to Kyiv"), with at most the ammunition's kind between. A verb of shelling has its doer there instead
#: ("Russian artillery shells Kharkiv").
_AMMUNITION_KIND: Final = (r"(?:artillery|tank|anti-tank|mortar|howitzer|naval|aerial|\d+\s*-?\s*mm|\d+\s*-?\s*millimet(?:er|re)|"
                           # (a size in inches, or a range of them: "2½ to 5 inch aerial shells")
                           r"(?:[\d½¼¾.]+\s+to\s+)?[\d½¼¾.]+\s*-?\s*inch|"
                           r"calibre|caliber|high-explosive|explosive|cluster|ammunition)")
_AMMUNITION_COUNTED_OR_TRADED: Final = re.compile(
    r"(?:(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|hundreds|thousand|thousands|"
    r"million|millions|more|of|for|with|make|makes|made|making|produce|produces|produced|producing|"
    r"production|supply|supplies|supplied|supplying|deliver|delivers|delivered|delivering|buy|buys|bought|"
    r"buying|order|orders|ordered|ordering|send|sends|sent|sending|ship|ships|shipped|shipping|donate|"
    r"donates|donated|pledge|pledges|pledged|pledging|stockpile|stockpiles|stocks))"
    rf"(?:\s+{_AMMUNITION_KIND}){{0,2}}"
    # (after "and" only with the kind named: "vehicles and artillery shells", but "attack and shell the city")
    rf"|\band(?:\s+{_AMMUNITION_KIND}){{1,2}})\s+$",
    re.IGNORECASE,
)
#: How far back the amount or the verb of trade is looked for.
_AMMUNITION_REACH: Final = 48
#: Shells fired are shelling however they are counted ("tanks fired four shells at the town").
_FIRED_BEFORE: Final = re.compile(r"\b(?:fire|fires|fired|firing|launch|launches|launched|launching|lob|lobs|lobbed|"
                                  r"lobbing|rain|rains|rained|raining)\b", re.IGNORECASE)


def _is_ammunition_counted_or_traded(text: str, hit: Hit) -> bool:
    """Whether a hit is the noun "shells" counted, made or traded, not fired (no shelling told by it)."""
    if hit.text.lower() not in ("shell", "shells"):
        return False
    start = max(0, hit.start - _AMMUNITION_REACH)
    return (_AMMUNITION_COUNTED_OR_TRADED.search(text, start, hit.start) is not None
            and _FIRED_BEFORE.search(text, start, hit.start) is None)


#: The longest apposition after a work's word (see _WORK_BEFORE).
MAX_WORK_APPOSITION_CHARS: Final = 60
#: A work that is shot is filmed: "the documentary was shot in Jordan", "scenes were shot at night". The work is
#: the subject right before the verb, or before an apposition in commas that names or describes it ("a feature
#: film, called Blue Ice, is shot in Greenland"; but in "a film director, Jane Roe, is shot" the work word is no
#: head of the subject, and the person is shot).
_WORK_BEFORE: Final = re.compile(
    r"\b(?:film|films|movie|movies|documentary|documentaries|scene|scenes|video|videos|footage|episode|episodes|"
    r"series|photo|photos|photograph|photographs|picture|pictures|commercial|advert|sequel|pilot episode)"
    rf"(?:\s*,\s+[^,;:.\n]{{1,{MAX_WORK_APPOSITION_CHARS}}},)?\s+$",
    re.IGNORECASE,
)
_SHOT_AS_PASSIVE: Final = frozenset({"was shot", "were shot", "being shot", "is shot", "are shot"})
#: How far before the verb the work word may sit: the longest work word, an apposition and their spaces.
_WORK_REACH: Final = 24 + MAX_WORK_APPOSITION_CHARS + 6


def _is_a_work_filmed(text: str, hit: Hit) -> bool:
    """Whether a hit is "was/were/is/are shot" with a film, a scene, a video or a photo as its subject."""
    return hit.text.lower() in _SHOT_AS_PASSIVE and _WORK_BEFORE.search(
        text, max(0, hit.start - _WORK_REACH), hit.start) is not None


#: What is "shot down" as a proposal is turned down (taxonomy.toml's sense_block holds the active forms, "shot
#: down the plan"): the passive's subject, right before its auxiliary ("the plan is shot down", "his bill was
#: shot down"; "the plane is shot down" is fire).
_PROPOSAL_ENDS: Final = re.compile(
    r"\b(?:plans?|proposals?|bills?|motions?|ideas?|amendments?|offers?|bids?|requests?|resolutions?|"
    r"initiatives?|reforms?|schemes?|suggestions?|budgets?|deals?)$", re.IGNORECASE)
#: How far before "shot down" a proposal's word may end: its auxiliary and an adverb.
_PROPOSAL_REACH: Final = 40


def _a_proposal_shot_down(text: str, hit: Hit) -> bool:
    """Whether a hit is "shot down" (or "was shot down") with a proposal as its passive subject."""
    lowered = hit.text.lower()
    if not lowered.endswith("shot down"):
        return False
    if lowered == "shot down":
        passive = _PASSIVE_BEFORE.search(text, max(0, hit.start - _PROPOSAL_REACH), hit.start)
        subject_end = passive.start() if passive is not None else -1
    else:
        subject_end = hit.start if _PASSIVE_OF.fullmatch(f" {lowered.split()[0]} ") else -1  # ("was shot down")
    if subject_end < 0:
        return False
    subject = text[max(0, subject_end - _PROPOSAL_REACH):subject_end].rstrip()
    return _PROPOSAL_ENDS.search(subject) is not None


#: "a murder investigation", "the homicide case", "a murder suspect": a killing word before the noun of a
#: case names the kind of case, not a killing told (the killing, where the item reports it, has words of its own).
_MURDER_WORDS: Final = frozenset({"murder", "murders", "homicide", "homicides"})
_CASE_NOUN_AFTER: Final = re.compile(
    r"\s+(?:investigations?|inquiry|inquiries|inquests?|probes?|cases?|trials?|charges?|suspects?|convictions?|"
    r"investigators?|detectives?|squads?|units?|hearings?|verdicts?|rates?)\b", re.IGNORECASE)


def _names_a_case(text: str, hit: Hit) -> bool:
    """Whether a hit is a killing word that says what kind of case the noun after it is ("a murder inquiry")."""
    return hit.text.lower() in _MURDER_WORDS and _CASE_NOUN_AFTER.match(text, hit.end) is not None


#: "trying to kill the reform", "the senate killed the bill", "killing the deal": a killing verb whose object is
#: a plan, a law or a deal ends it in a figure of speech; no one is killed.
_KILLING_VERBS: Final = frozenset({"kill", "kills", "killed", "killing"})
_THING_KILLED_AFTER: Final = re.compile(
    r"\s+(?:off\s+)?(?:(?:the|a|an|his|her|its|their|this|that|any|our|my|your)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:bills?|reforms?|deals?|plans?|proposals?|measures?|legislation|laws?|amendments?|projects?|ideas?|talks|"
    r"negotiations|momentum|motions?|treat(?:y|ies)|agreements?|mergers?|rumou?rs?|chances|hopes|debate|"
    r"initiatives?|budgets?|schemes?|programm?es?|polic(?:y|ies)|jobs|demand|growth|competition|innovation|"
    r"investment|the\s+mood|conversation)"
    # (the thing ends its phrase: "killed the bill collector" kills a person)
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|by|for|to|from|with|that|which|and|or|but|after|before|as|this|last|next|"
    r"over|because|until|when|while|amid|despite|outright|altogether|off)\b)", re.IGNORECASE)


# "says new levies are 'killing small businesses'", "a rule that kills jobs", "accused of killing the deal": a verb
# of killing whose object is a firm, a trade, a measure or a market is a likeness, no death (living things that are
# no people are the victims category's: "warm seas are killing coral").
# (its modifiers are few and named, so "killed shoppers at the market" kills people)
_TRADE_KILLED_AFTER: Final = re.compile(
    r"[\"'’”]?\s+(?:(?:off|the|our|their|its|his|her|this|that|local|small|many|thousands\s+of|millions\s+of|"
    r"[a-z]+-?[a-z]*(?:al|ic|ive|ed|ing|ern|ish|ese|an)|[a-z]+(?=\s+(?:businesses|jobs|industry|industries|firms)))\s+){0,3}"
    r"(?:businesses|business|jobs|firms|companies|industry|industries|economy|economies|trade|growth|investment|"
    r"tourism|competition|innovation|demand|sales|market|markets|deal|bill|plan|proposal|project|reform|reforms|"
    r"the\s+mood|momentum|hopes?|chances|dreams?|careers?|livelihoods|farming|agriculture|manufacturing)\b"
    # (the thing ends the object: "killed the market traders" kills people)
    r"(?=\s*(?:[.,;:!?\"'’”)]|$)|\s+(?:in|and|or|with|by|for|to|as|of|across|that|which|while|at|on|off)\b)",
    re.IGNORECASE)


#: The same things as the subject of a killing verb in the passive: "the minister's career was killed off".
_THING_BEFORE_PASSIVE: Final = re.compile(
    r"\b(?:careers?|bills?|reforms?|deals?|plans?|proposals?|measures?|legislation|amendments?|projects?|ideas?|"
    r"talks|negotiations|motions?|treat(?:y|ies)|agreements?|mergers?|initiatives?|budgets?|schemes?|"
    r"programm?es?|polic(?:y|ies)|hopes|chances|campaigns?|candidac(?:y|ies)|bids?)\s+(?:was|were|has\s+been|"
    r"have\s+been|had\s+been|is|are|being|got|gets)\s+$", re.IGNORECASE)
_PASSIVE_KILLING: Final = frozenset({"was killed", "were killed", "been killed", "is killed", "are killed", "killed"})
_KILLING_FORMS: Final = _KILLING_VERBS | _PASSIVE_KILLING
#: What _kills_a_thing needs somewhere in the folded text, in one regex that opens with the literal "kill" (found
#: by a fast scan): a thing within a few words after a killing verb, or "killed off" or "killed by the".
_MAY_KILL_A_THING: Final = re.compile(
    r"kill(?:ed\s+(?:off\b|by\s+(?:the|an?|its|his|her|their)\s)|(?:s|ed|ing)?[\"'’”]?\s+(?:off\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:bill|reform|deal|plan|proposal|measure|legislation|law|amendment|project|idea|talks|negotiations|momentum|"
    r"motion|treat|agreement|merger|rumo|chances|hopes|debate|initiative|budget|scheme|program|polic|jobs|demand|"
    r"growth|competition|innovation|investment|mood|conversation|"
    # (_TRADE_KILLED_AFTER's things)
    r"business|firm|compan|industr|econom|trade|tourism|sales|market|dream|career|livelihood|farming|agricultur|"
    r"manufacturing))")
_KILLED_OFF_OR_BY_A_THING: Final = re.compile(r"\s+(?:off\b|by\s+(?:the|a|an|its|his|her|their)\s+)", re.IGNORECASE)


def _kills_a_thing(text: str, hit: Hit) -> bool:
    """Whether a hit is a killing verb whose object is a plan, a law or a deal (see _THING_KILLED_AFTER) or a
    firm, a trade or a market (_TRADE_KILLED_AFTER),
    or that such a thing is the subject of in the passive (see _THING_BEFORE_PASSIVE)."""
    word = hit.text.lower()
    if word in _KILLING_VERBS and (_THING_KILLED_AFTER.match(text, hit.end) is not None
                                   or _TRADE_KILLED_AFTER.match(text, hit.end) is not None):
        return True
    if word not in _PASSIVE_KILLING or _KILLED_OFF_OR_BY_A_THING.match(text, hit.end) is None:
        return False
    start = hit.start + len(hit.text) - len("killed")
    return _THING_BEFORE_PASSIVE.search(text, max(0, start - 40), start) is not None


#: "bells toll across the city", "church bells will toll at noon", "the cathedral tolls its bell", "to toll the
#: bells 77 times": "toll" is a verb there, the sound of a bell rung for the dead, not a death toll. The bell is
#: its subject right before it (maybe past a place it rings in, a modal or an adverb: "bells across the city
#: toll", "bells will slowly toll"), or its object right after it ("toll the bells"). (A noun "toll" has a
#: determiner or an adjective before it: "bells rang as the toll rose" keeps its toll.)
_BELL_BEFORE_TOLL: Final = re.compile(
    r"\b(?:bells?|chimes?|carillons?)"
    r"(?:\s+(?:across|in|of|at|throughout|around|from|on|over|all\s+over)(?:\s+[\w'’.-]+){1,4}?)?"
    r"(?:\s+(?:will|would|shall|to|again|also|then|once|\w+ly|(?:were|was|are|is)\s+(?:set|due)\s+to))?"
    r"(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bits)(?<!\btheir)(?<!\bdeath)\s+$", re.IGNORECASE)
_BELL_AFTER_TOLL: Final = re.compile(
    r"\s+(?:(?:the|a|its|their|his|her|church|chapel|cathedral|temple|funeral|memorial|[\w-]+['’]s)\s+){0,2}"
    r"(?:bells?|knells?|chimes?)\b", re.IGNORECASE)


def _bells_toll(text: str, hit: Hit) -> bool:
    """Whether the hit "toll" is the verb of a bell rung (see _BELL_BEFORE_TOLL)."""
    return (_BELL_AFTER_TOLL.match(text, hit.end) is not None
            or _BELL_BEFORE_TOLL.search(text, max(0, hit.start - 60), hit.start) is not None)


#: "a political assassination of my character", "the character assassination of a rival", "assassinating his
#: reputation": an assassination whose object is a person's character, reputation or good name is a figure
#: of speech for a smear; no one is harmed. ("the assassination of his brother" stays an act.)
_NAME_ASSASSINATED_AFTER: Final = re.compile(
    r"\s+(?:of\s+)?(?:(?:my|his|her|their|our|your|its|the|a|one['’]s|[\w-]+['’]s?)\s+)?(?:[\w-]+\s+)?"
    r"(?:character|reputation|good\s+name)\b", re.IGNORECASE)
_CHARACTER_BEFORE: Final = re.compile(r"\b(?:character|reputational)[\s-]+$", re.IGNORECASE)


def _assassinates_a_name(text: str, hit: Hit) -> bool:
    """Whether the assassination word `hit` is a smear of a character or a reputation (see
    _NAME_ASSASSINATED_AFTER): "character assassination", "the assassination of her reputation"."""
    return (_CHARACTER_BEFORE.search(text, max(0, hit.start - 20), hit.start) is not None
            or _NAME_ASSASSINATED_AFTER.match(text, hit.end) is not None)


#: "the president bombed in the televised debate", "the film bombed at the box office": "bombed" with no object,
#: in or at a performance, is a flop.
_FLOPPED_AFTER: Final = re.compile(
    r"\s+(?:badly\s+|again\s+)?(?:in|at|on)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:debates?|interviews?|show|polls?|box\s+office|exams?|auditions?|premiere|primary|primaries|ratings|charts?|"
    r"caucus(?:es)?|hustings|press\s+conference|audience)\b", re.IGNORECASE)


def _flopped(text: str, hit: Hit) -> bool:
    """Whether a hit is "bombed" told of a performance that failed (see _FLOPPED_AFTER)."""
    return hit.text.lower() == "bombed" and _FLOPPED_AFTER.match(text, hit.end) is not None


#: Words, messages and requests, and the balls, moves and blows of a game: what a bombardment or a barrage of
#: them is made of, no fire (_BOMBARDED_WITH_WORDS_AFTER, _SALVO_OF_WORDS_OR_PLAY_AFTER).
_WORDS_OR_PLAY: Final = (
    r"(?:(?:phone|telephone|text|nuisance|sales|marketing|robo)[\s-]?)?(?:calls?|messages?|e-?mails?|texts?|letters?|"
    r"questions?|queries|complaints?|requests?|demands?|reminders?|notifications?|adverts?|ads|advertisements?|"
    r"offers?|spam|leaflets?|flyers?|mail|information|data|criticism|abuse|insults?|praise|tweets?|posts?|"
    r"comments?|petitions?|applications?|claims?|invitations?|images?|slogans?|propaganda|noise|music|"
    # the things of a game: "bowlers bombarding the batsmen with short-pitched deliveries", "the keeper was
    # bombarded with crosses" (a match's balls and moves are no fire), and a boxer's blows ("a barrage of body
    # shots", "a volley of jabs")
    r"balls?|deliver(?:y|ies)|bouncers?|yorkers?|crosses|corners|free[\s-]kicks?|serves?|passes|headers?|"
    r"shots\s+on\s+(?:goal|target)|goals|three-pointers|aces|punches|jabs|uppercuts|(?:body|head)\s+shots|"
    r"combinations)\b")


# "fined for bombarding customers with calls", "voters are bombarded with adverts": what one is bombarded
# with names the bombardment's kind, and words, messages and requests are no fire. (With no "with", or with
# shells, rockets or fire, the verb keeps its sense: "the army bombarded the town with artillery".)
_BOMBARDED_WITH_WORDS_AFTER: Final = re.compile(
    r"(?:\s+(?!(?:and|but|while|as|after|when|killing|wounding|injuring)\s)[\w'’.-]+){0,8}?\s+with\s+"
    r"(?:(?:up\s+to|more\s+than|at\s+least|dozens\s+of|hundreds\s+of|thousands\s+of|millions\s+of|scores\s+of|"
    r"a\s+(?:flood|stream|barrage|torrent|deluge|volley)\s+of|\d[\d,]*|[\w-]+)\s+){0,3}?"
    rf"{_WORDS_OR_PLAY}",
    re.IGNORECASE)
#: The words _attacked_in_words needs (its tone adjectives and its manners of words): most items hold none.
_IN_WORDS_NEEDLES: Final = frozenset({"verbal", "rhetoric", "words", "on air", "social media", "online", "speech",
                                      "interview", "statement", "tweet", "post", "reply", "sharp", "scathing",
                                      "blistering", "withering", "stinging", "barbed", "vitriolic", "caustic",
                                      "acerbic", "veiled", "personal", "heated"})
#: The words _framed_as_a_contest and _damage_repaired need: most items hold none.
_FRAMING_NEEDLES: Final = frozenset({"cast", "fram", "portray", "paint", "bill", "characteri", "pitch", "present",
                                     "sold", "sell", "styl"})
_REPAIR_NEEDLES: Final = frozenset({"repair", "rebuil", "restor", "reconstruct", "renovat", "fix", "mend"})
_BOMBARD_FORMS: Final = frozenset({"bombard", "bombards", "bombarded", "bombarding"})


def _bombarded_with_words(text: str, hit: Hit) -> bool:
    """Whether a hit is a form of "bombard" whose "with" names words, messages or requests, not fire (see
    _BOMBARDED_WITH_WORDS_AFTER)."""
    return hit.text.lower() in _BOMBARD_FORMS and _BOMBARDED_WITH_WORDS_AFTER.match(text, hit.end) is not None


# "England bowlers bombard Australia's top order", "the strikers bombarded the goalkeeper": a bombardment whose doer
# or target is a game's side or players (a word of a game right before the verb, or its object after it) is play,
# as one "with short deliveries" is, where its sentence names no arms, armed side, force or harm. ("Shelling bombards
# the stadium before the match", "rebels bombard the football ground" keep their sense.)
_GAME_SIDE_BEFORE: Final = re.compile(r"^(?:\s*['’]s)?\s+(?:[A-Z][\w'’-]*\s+|[\w-]+ly\s+)?$")
_GAME_SIDE_AFTER: Final = re.compile(r"^\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:[A-Z][\w'’-]*(?:['’]s)?\s+){0,2}$")
#: A game's players, as a bombardment's target (not a club, a team or a ground, which arms may hit too).
_PLAYERS: Final = frozenset({"top order", "middle order", "goalkeeper", "keeper", "batsmen", "batters", "batter",
                             "bowler", "bowlers", "striker", "strikers", "midfielder", "pitcher", "quarterback",
                             "boxer", "referee", "champion", "champions", "seamers"})
#: Harm told in the sentence: then a bombardment is no play, whatever its doer.
_HARM_TOLD: Final = frozenset({"killed", "injured", "toll"})


def _bombarded_in_play(text: str, hits: list[Hit], hit: Hit) -> bool:
    """Whether a hit is a form of "bombard" done by or to a game's side (see _GAME_SIDE_BEFORE and
    _GAME_SIDE_AFTER) in a sentence that names no arms, armed side, force or harm."""
    if hit.text.lower() not in _BOMBARD_FORMS:
        return False
    start, end = next(((lo, hi) for lo, hi in split_sentences(text) if lo <= hit.start < hi), (0, len(text)))
    told = [other for other in hits if start <= other.start < end]
    games = [other for other in told if "context_sports" in other.categories]
    if not games or _names_arms(told) or any(not _HARM_TOLD.isdisjoint(other.categories) for other in told):
        return False
    return any(_GAME_SIDE_BEFORE.match(text[game.end:hit.start]) is not None if game.end <= hit.start
               else game.text.lower() in _PLAYERS and _GAME_SIDE_AFTER.match(text[hit.end:game.start]) is not None
               for game in games)


# "landing a barrage of body shots before the referee stops the fight", "faces a barrage of questions", "a volley of
# criticism": a barrage, a salvo or a volley "of" words or of a game's balls and blows is made of them, no fire.
# (Of arms, or of nothing named, it keeps its sense: "a barrage of rockets", "a barrage hit the city".)
_SALVO_WORDS: Final = frozenset({"barrage", "barrages", "salvo", "salvos", "salvoes", "volley", "volleys"})
_SALVO_OF_WORDS_OR_PLAY_AFTER: Final = re.compile(
    rf"\s+of\s+(?:(?!(?:rockets?|missiles?|shells?|drones?|mortars?|bombs?|artillery|gunfire|fire|bullets?)\b)"
    rf"[\w'’-]+\s+){{0,2}}?{_WORDS_OR_PLAY}", re.IGNORECASE)


def _salvo_of_words_or_play(text: str, hit: Hit) -> bool:
    """Whether a hit is a barrage, a salvo or a volley made of words or of a game's balls and blows (see
    _SALVO_OF_WORDS_OR_PLAY_AFTER)."""
    return hit.text.lower() in _SALVO_WORDS and _SALVO_OF_WORDS_OR_PLAY_AFTER.match(text, hit.end) is not None


# "shares exploded 70% higher on their debut", "sales explode by a third", "the app exploded in popularity",
# "shares bombed 31% after a profit warning": a blast word whose next words tell how far or which way a measure
# went is its sudden move (a bomb goes off, it does not go up or down by a figure, higher or in value). (With no
# such measure it keeps its sense: "a car bomb exploded near the market"; "exploded 20 metres from the gate" tells
# a distance, not a rise; a share "of" a thing is the part of it hit: "jets bombed 40% of the town".)
_SURGED_BY_A_MEASURE_AFTER: Final = re.compile(
    r"\s+(?:(?:by\s+)?(?:(?:more\s+than|nearly|almost|some|about|around|over|up\s+to)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b|-?fold\b)|a\s+(?:third|quarter|half|fifth)\b|"
    r"(?:two|three|four|five|ten)[\s-]?fold\b)(?!\s+of\b)(?:\s+(?:higher|lower|up|down))?|higher|upwards?|skywards?|"
    r"in\s+(?:popularity|value|price|size|demand|numbers?|volume|sales|use|interest)\b|"
    r"(?:onto|on\s+to)\s+the\s+(?:scene|market|charts?)\b)", re.IGNORECASE)
_BLAST_VERB_FORMS: Final = frozenset({"explode", "explodes", "exploded", "exploding", "bomb", "bombs", "bombed",
                                      "bombing"})


def _surged_by_a_measure(text: str, hit: Hit) -> bool:
    """Whether a hit is a form of "explode" or "bomb" told of a measure that moved (see _SURGED_BY_A_MEASURE_AFTER)."""
    return hit.text.lower() in _BLAST_VERB_FORMS and _SURGED_BY_A_MEASURE_AFTER.match(text, hit.end) is not None


# "the party had cast the campaign as a battle to defend the island", "framed the vote as a war on the elite":
# a battle, a war or a fight that a verb of framing makes the likeness of something (cast, framed, portrayed,
# billed as), however long the object it frames, is a figure of speech, no fighting; the object is one noun phrase,
# with no clause of its own opened in it. (An "attack" so called may be real, "police described the blast
# as an attack": only the nouns of a contest are read so.)
_FRAMED_AS_BEFORE: Final = re.compile(
    r"\b(?:cast|casts|casting|framed|frames|framing|portrayed|portrays|portraying|painted|paints|painting|billed|"
    r"bills|billing|characteri[sz](?:ed|es|ing)|pitched|pitches|pitching|presented|presents|presenting|sold|sells|"
    r"selling|styled|styles|styling)\s+(?:(?!(?:as|while|when|after|before|because|which|who|that)\b)"
    r"[\w'’$.–-]+\s+){0,15}?as\s+(?:a|an|the|one)\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE)
#: A verb right after the noun: "as" opened a clause of time whose subject the noun is ("voters cast ballots as a
#: battle rages near the capital"), no likeness.
_CLAUSE_VERB_AFTER: Final = re.compile(
    r"\s+(?:is|was|has|had|will|would|may|might|could|can|[a-z]+ed|"
    r"(?!(?:this|thus|plus|its|towards|afterwards)\b)[a-z]*[^\Ws]s)\b")
_CONTEST_NOUNS: Final = frozenset({"battle", "battles", "war", "wars", "fight", "fights", "crusade", "struggle"})
#: How far before the noun its verb of framing may stand (an object of up to 15 words, its phrases of what it is
#: over or about told with it, "the fight over a $16 billion tunnel under the delta", and "as a").
MAX_FRAMED_AS_CHARS: Final = 130


def _framed_as_a_contest(text: str, hit: Hit) -> bool:
    """Whether the hit is a noun of a contest that a verb of framing makes a likeness (see _FRAMED_AS_BEFORE)."""
    return hit.text.lower() in _CONTEST_NOUNS and _FRAMED_AS_BEFORE.search(
        text, max(0, hit.start - MAX_FRAMED_AS_CHARS), hit.start) is not None and _CLAUSE_VERB_AFTER.match(
        text, hit.end) is None


# "pledges funds to repair Ukraine's bombed power grid", "to rebuild shelled schools": a participle of harm that
# describes the thing a repair is for tells damage done before; the repair is the news. (A verb of harm after the
# thing, "the grid Russia bombed on Monday", is left to tell its own act.)
_REPAIRED_BEFORE: Final = re.compile(
    r"\b(?:repair|repairs|repaired|repairing|rebuild|rebuilds|rebuilt|rebuilding|restore|restores|restored|restoring|"
    r"reconstruct|reconstructs|reconstructed|reconstructing|renovate|renovates|renovating|fix|fixes|fixing|mend|"
    r"mends|mending)\s+(?:(?:the|a|an|its|their|his|her|[A-Z][\w'’.-]*['’]s?)\s+)?(?:[\w-]+\s+)?$")
#: How far before the participle its verb of repair may stand.
MAX_REPAIRED_CHARS: Final = 50


def _damage_repaired(text: str, hit: Hit) -> bool:
    """Whether the hit is a participle in -ed before the thing a verb of repair takes (see _REPAIRED_BEFORE)."""
    word = hit.text.lower()
    return " " not in word and word.endswith("ed") and _REPAIRED_BEFORE.search(
        text, max(0, hit.start - MAX_REPAIRED_CHARS), hit.start) is not None and _NOUN_AFTER.match(
        text, hit.end) is not None


#: A noun right after a participle (no preposition, no "by" of its doer): "bombed power grid", "shelled schools".
_NOUN_AFTER: Final = re.compile(r"[\s-]+(?!(?:by|in|on|at|with|and|or|overnight|again|last|this|during)\b)[a-z][\w-]*",
                                re.IGNORECASE)


#: The verb forms of "attack" and "clash": "Conservatives attack government over welfare U-turn", "coalition
#: partners clashed publicly on Tuesday over a pension package".
_ATTACK_VERBS: Final = frozenset({"attack", "attacks", "attacked", "attacking", "counterattack", "counterattacks",
                                  "counterattacked", "counter-attack", "counter-attacks", "counter-attacked"})
_CLASH_VERBS: Final = frozenset({"clash", "clashes", "clashed", "clashing"})
_WORDS_OF_CRITICISM: Final = _ATTACK_VERBS | _CLASH_VERBS
#: Words up to "over" and its matter (not a time or a place: "over the weekend", "over the border"): an
#: object or a time with no preposition of place or target among them ("attacks the government over rents").
#: One attacks a person or a body, or clashes with them, *over* an issue in words; arms attack *on*, *in* or
#: *at* a place.
_OVER_A_MATTER: Final = re.compile(
    r"\s+(?:(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?!(?:on|in|at|near|against|across|inside|outside|"
    r"from|with|amid|after|during|following|despite|since|as|when|while|by)\b)[\w'’.-]+)\s+){0,4}?over\s+"
    r"(?!(?:the\s+|a\s+)?(?:past|last|next|recent|previous|weekend|night|nights|border|borders|frontier|area|region|"
    r"city|town|village|capital|skies|sea|\d))", re.IGNORECASE)


def _names_arms(hits: list[Hit]) -> bool:
    """Whether any hit names a weapon or armed people."""
    return not all(map(_ARMS_NAMED.isdisjoint, map(_hit_categories, hits)))


#: Who attacks with hands and stones, not words, and whom: "a mob attacked a man over a rumour", "rioters
#: attacked shops over the verdict" tell violence whatever the matter.
_CROWD_BEFORE: Final = re.compile(r"\b(?:mobs?|crowds?|rioters|protesters|demonstrators|gangs?|thugs|villagers|"
                                  r"youths|men|assailants?|farmers|herders|herdsmen|tribesmen|tribes|clans?|"
                                  r"communities|residents|fans|supporters|inmates|prisoners)\b[^,;.]{0,30}$", re.IGNORECASE)
_PRIVATE_PEOPLE: Final = re.compile(r"\b(?:man|men|woman|women|boy|boys|girl|girls|child|children|family|families|"
                                    r"couple|youths?|students?|worshippers|shops?|homes?|houses?|mosques?|churches|"
                                    r"temples?|shrines?)\b", re.IGNORECASE)


def _criticised_over(text: str, hit: Hit) -> int | None:
    """Where "over" starts, when the verb "attack" at `hit` takes an object and then the matter it is
    attacked over (see _OVER_A_MATTER), or the noun "attack" falls on a speaker's office and then on the
    matter (see _ON_AN_OFFICE_OVER): words of criticism (unless arms are named beside the matter:
    _names_arms_beside_matters); not where a crowd attacks, or private people or buildings are attacked."""
    over = _OVER_A_MATTER.match(text, hit.end)
    # ("attacks over the last 24 hours" is the noun: the verb "attack" takes its object first)
    if over is None or not (over.end() - hit.end > len(" over ") or hit.text.lower() in _CLASH_VERBS):
        over = _ON_AN_OFFICE_OVER.match(text, hit.end) if hit.text.lower() in _ATTACK_NOUNS else None
    if over is None or _PRIVATE_PEOPLE.search(text, hit.end, over.end()) is not None or (
            _CROWD_BEFORE.search(text, max(0, hit.start - 50), hit.start) is not None):
        return None
    return over.end() - len("over ")


# "diplomats clashed verbally at the assembly", "the two leaders traded scathing attacks": an attack or a clash
# told in a manner of words (an adverb or a phrase of words after it) or by a tone only words have (an adjective
# of tone before it) is criticism, no act of arms. (A sharp or bitter fight of arms is told with its arms, its
# toll or its place: those words still report it.)
_IN_WORDS_AFTER: Final = re.compile(
    r"\s+(?:(?:each\s+other|one\s+another)\s+)?(?:verbally|rhetorically|in\s+words|on\s+air|on\s+social\s+media|"
    r"online|in\s+(?:a|an|their|his|her)\s+(?:[\w-]+\s+)?(?:speech|speeches|interview|statement|tweets?|post|"
    r"war\s+of\s+words|exchange\s+of\s+words|rights?\s+of\s+reply))\b", re.IGNORECASE)
_TONE_BEFORE: Final = re.compile(
    r"\b(?:sharp|scathing|blistering|withering|stinging|barbed|vitriolic|caustic|acerbic|thinly[\s-]veiled|"
    r"personal|verbal|rhetorical|heated)\s+$", re.IGNORECASE)


def _attacked_in_words(text: str, hits: list[Hit], hit: Hit) -> bool:
    """Whether the attack or clash word `hit` is told in a manner of words or by a tone of words (see
    _IN_WORDS_AFTER and _TONE_BEFORE), in a sentence that names no arms and no armed side ("rebels launched a
    sharp attack on the garrison" is an assault)."""
    if hit.text.lower() not in _WORDS_OF_CRITICISM or (
            _IN_WORDS_AFTER.match(text, hit.end) is None
            and _TONE_BEFORE.search(text, max(0, hit.start - 24), hit.start) is None):
        return False
    start, end = next(((lo, hi) for lo, hi in split_sentences(text) if lo <= hit.start < hi), (0, len(text)))
    told = [other for other in hits if start <= other.start < end]
    if "accus" not in text:
        return not _names_arms(told)
    return not _names_arms_beside_matters(text, told, [match.end() for match in _ACCUSED_OF.finditer(text, start, end)])


#: "traded scathing attacks, accusing each other of sheltering extremists": what a side is accused of is the
#: matter of the words, and the arms or armed people named there are what the quarrel is about, as in a
#: criticism's "over" (_names_arms_beside_matters), not the attack's means. (Its object is one to four words:
#: "accused the rebels of", "accuse each other of".)
_ACCUSED_OF: Final = re.compile(r"\baccus(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,4}?of\s", re.IGNORECASE)


#: The noun "attack" (the verb's forms are read by _OVER_A_MATTER).
_ATTACK_NOUNS: Final = frozenset({"attack", "attacks"})
#: "a blistering attack on Prime Minister Jane Doe over delays", "an attack on the government over rents": the
#: noun "attack" on an office of speech and politics (a leader, a minister, a government, a party, its critics),
#: maybe named after it, then "over" its matter is criticism. (An attack on a place, a convoy, a state or
#: "government buildings" is left to arms: nothing but a name may stand between the office and "over".)
_ON_AN_OFFICE_OVER: Final = re.compile(
    r"\s+on\s+(?:(?:the|his|her|their|its|[A-Z][\w'’.-]*['’]s)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:prime\s+minister|premier|president|chancellor|ministers?|government|administration|cabinet|leaders?|"
    r"leadership|opposition|party|parties|rivals?|critics|mayor|governor|senators?|lawmakers|speaker|chairman|"
    r"chairwoman|ceo|regulators?|judges?|media|press)(?:['’]s)?(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3}\s+over\s+"
    r"(?!(?:the\s+|a\s+)?(?:past|last|next|recent|previous|weekend|night|nights|border|borders|frontier|area|region|"
    r"city|town|village|capital|skies|sea|\d))", re.IGNORECASE)


def _names_arms_beside_matters(text: str, hits: list[Hit], overs: list[int]) -> bool:
    """Whether a hit names a weapon or armed people (_names_arms) other than in the matter of a criticism (from
    its "over", at an offset of `overs`, to the end of that clause) or in quoted words: "attacks the
    government over the loss of aircraft in the war" names arms only as what the quarrel is about, and
    'accusing him of "leaving the army without shells"' only in the words of the criticism; "militants
    attacked the convoy with rockets over a land dispute" name them as the attack's means."""
    if not _names_arms(hits):
        return False
    quoted = [match.span() for match in _QUOTED.finditer(text)] if '"' in text or "“" in text else []
    for hit in hits:
        if _ARMS_NAMED.isdisjoint(hit.categories):
            continue
        if any(over < hit.start and not crosses_clause(text, over, hit.start) for over in overs):
            continue
        if any(lo <= hit.start < hi for lo, hi in quoted):
            continue
        return True
    return False


#: "a hacked account falsely reports the president's death in messages saying \"the president was shot\"", "a
#: hoax message read \"bomb attack on the palace\"": where the item calls a report false, the words it quotes of
#: that report are the false claim, no act told.
_FALSITY_NEEDLES: Final = frozenset({"falsely", "hoax", "fake", "fabricated", "bogus", "false report"})
_CALLED_FALSE: Final = re.compile(r"\b(?:falsely|hoax(?:es)?|fake|faked|fabricated|bogus|false\s+reports?)\b",
                                  re.IGNORECASE)
_QUOTED: Final = re.compile(r'"[^"\n]{1,300}"|“[^”\n]{1,300}”')


def _false_quotes_dropped(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` less its violent and casualty words inside double quotes (in an item that calls a
    report false: see _CALLED_FALSE)."""
    # (a quote's opening mark starts no hit: a hit inside starts after it)
    return _violence_outside(hits, [match.span() for match in _QUOTED.finditer(text)])


#: An eruption's verb: a volcano's (taxonomy.toml's context_disaster), or an act breaking out.
_ERUPTS: Final = frozenset({"erupts", "erupted"})
#: Between an act and the verb of its breaking out: its sides or its place, no clause break ("clashes between
#: herders and farmers erupted").
_ACT_TO_ITS_VERB: Final = re.compile(r"[^.;:!?]{0,80}", re.IGNORECASE)


def _acts_erupting_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` less each verb of erupting whose subject is an act named before it in its clause ("a
    gunfight erupts between soldiers", "clashes between two communities erupted"): the act breaks out, no volcano, so
    the verb lends no disaster context to the toll it leaves ("... leaving two dead")."""
    kept = []
    for index, hit in enumerate(hits):
        if index and hit.text.lower() in _ERUPTS and hit.categories <= _DISASTER_CONTEXT_ONLY:
            subject = next((other for other in reversed(hits[:index]) if other.categories and not other.names
                            and "number" not in other.categories and "state_force" not in other.categories), None)
            if subject is not None and not VIOLENT_CATEGORIES.isdisjoint(subject.categories) and (
                    _ACT_TO_ITS_VERB.fullmatch(text, subject.end, hit.start)):
                continue
        kept.append(hit)
    return kept


#: A death by one's own hand told by its verb, subject the dead ("kills himself", "took her own life"; and the
#: reflexive after a passive, "before being killed himself", which only stresses that its subject too was killed by
#: others): no casualty of violence, and no disaster that makes other acts of its sentence no one's.
_SUICIDE_TOLD: Final = re.compile(r"(?:kill|kills|killed|killing)\s+(?:himself|herself|themselves)|"
                                  r"(?:take|takes|took|taking)\s+(?:his|her|their)\s+own\s+lives?", re.IGNORECASE)


#: A shot, a stab or a rope turned on oneself, with the words that tell its end: "fatally shot himself",
#: "shoots herself dead", "hanged himself" (but "shot himself and two others" harms others too).
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_SELF_HARM: Final = re.compile(
    r"\b(?:fatally\s+)?(?:shot|shoots|shoot|shooting|stabbed|stabs|stabbing|hanged|hangs|hanging)\s+"
    r"(?:him|her|them)sel(?:f|ves)\b(?!\s+and\b)(?:\s+(?:dead|to\s+death))?")


#: The doer's own death by his hand, told by any of its phrases: "killed himself", "took his own life", "shot himself",
#: "turned the gun on himself", "committed suicide", "a murder-suicide" (counts.MURDER_SUICIDE, which the toll of the
#: dead so named leaves the doer out of).
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_DOERS_OWN_END: Final = re.compile(
    _SUICIDE_TOLD.pattern.lower() + "|" + _SELF_HARM.pattern
    + r"|\bturn(?:ed|s|ing)?\s+(?:the|his|her|a)\s+(?:gun|weapon|rifle|pistol|knife)\s+on\s+(?:him|her|them)sel(?:f|ves)\b"
    r"|\b(?:take|takes|took|taking)\s+(?:his|her|their)\s+own\s+life\b|\bcommit(?:ted|s|ting)?\s+suicide\b|"
    + MURDER_SUICIDE.pattern)
#: The words one of those phrases holds, looked for before the regex is searched.
_OWN_END_NEEDLES: Final = ("self", "selves", "own li", "suicide")


def _summary_tells_doers_own_end(text: str, title_end: int) -> bool:
    """Whether the summary of `text` (after `title_end`) tells a doer's death by his own hand (_DOERS_OWN_END)."""
    summary = folded(text)[title_end:]
    return any(map(summary.__contains__, _OWN_END_NEEDLES)) and _DOERS_OWN_END.search(summary) is not None


def _self_harm_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` without the violent and casualty words of a harm done to oneself (_SELF_HARM):
    a suicide is no casualty of violence, while the people a gunman shot before he shot himself, told by
    words of their own, still count."""
    return _violence_outside(hits, [match.span() for match in _SELF_HARM.finditer(folded(text))])


#: People named as a group: a noun of people, or a number or a count before any noun ("29 workers", "thirty
#: children", "dozens of villagers").
_PEOPLE: Final = (
    r"(?:crew(?:\s+members)?|crewmen|crewmembers|sailors|seafarers|fishermen|passengers|people|persons|tourists|"
    r"visitors|workers|staff|employees|students|pupils|schoolchildren|schoolgirls|schoolboys|children|girls|boys|"
    r"teachers|patients|doctors|nurses|villagers|civilians|soldiers|troops|officers|policemen|guards|worshippers|"
    r"pilgrims|customers|shoppers|guests|residents|farmers|miners|engineers|contractors|journalists|nationals|"
    r"foreigners|monks|priests|nuns|officials|diplomats|peacekeepers|men|women|hostages|"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|dozens|scores|hundreds|thousands)\s+(?:of\s+)?[\w'’-]+)")
#: People taken or held hostage, with who they are between the verb and "hostage": "take its 21 crew members
#: hostage", "took five bank customers hostage", "holding 30 passengers hostage" (the vocabulary has the
#: phrases without a gap, "took hostages", "held hostage"). Hostages are people: a number, a count or a noun
#: of people names them ("held the budget hostage" is a figure of speech), maybe two joined by "and"
#: ("holding thirty pupils and teachers hostage").
#: (Reads the folded text, as _TREND_HINT does.)
_TAKEN_HOSTAGE: Final = re.compile(
    r"\b(?:take|takes|took|taking|taken|hold|holds|held|holding)\s+(?:[\w'’,-]+\s+){0,4}?"
    rf"{_PEOPLE}(?:\s+and\s+(?:[\w'’-]+\s+)?{_PEOPLE})?\s+(?:as\s+)?(?:hostages?|captives?)\b")
#: What people taken hostage are read as: an assault and a capture (as the vocabulary's "took hostage").
_HOSTAGE_TAKING: Final = frozenset({"attack", "capture"})


def _hostages_taken_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each taking of people hostage told in words of its own (_TAKEN_HOSTAGE:
    "armed men seize the ship and take its 21 crew members hostage") read as the vocabulary's "took
    hostage" is: one hit over the phrase, in place of the count and the "hostage" inside it (hits do not
    overlap), or over its verb alone where a name inside it is kept ("took two French nationals hostage").
    A phrase of the vocabulary inside it ("held hostage") is left as it is."""
    for match in _TAKEN_HOSTAGE.finditer(folded(text)):
        start, end = match.span()
        inside = [hit for hit in hits if start <= hit.start < end]
        if any("attack" in hit.categories for hit in inside):
            continue
        if any(hit.names for hit in inside):
            end = start + len(match.group().split(None, 1)[0])
            inside = []
        hits = _one_hit_over(text, hits, inside, start, end, _HOSTAGE_TAKING)
    return hits


def _one_hit_over(text: str, hits: list[Hit], inside: list[Hit], start: int, end: int,
                  categories: frozenset[str]) -> list[Hit]:
    """`hits` with those `inside` a phrase read as one hit over it, text[start:end], of `categories` (hits do not
    overlap: the phrase's own words give way to what the phrase as a whole tells)."""
    return sorted([hit for hit in hits if hit not in inside] + [Hit(start, end, text[start:end], categories)],
                  key=_hit_start)


#: Where a verb of taking may stand (lower case): most texts hold none, and keep their hits.
_TAKING_NEEDLES: Final = frozenset({"captur", "seiz", "control of", "control over", "overr", "took", "take",
                                    "detain"})
#: A verb of taking with a place as its object, or with "control of" before whatever it is ("rebels capture
#: the town of", "militants seize control of the district", "troops take control of the airport", "fighters
#: overrun an army base"; "take" and "took" only with a place: "took office", "take part" take none).
_TAKES_A_PLACE: Final = re.compile(
    # (no infinitive: "drills test the ability to seize control of key areas", "plans to capture the city")
    r"(?<!\bto\s)\b(?P<verb>captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|take|takes|took|taken|taking|"
    r"overrun|overruns|overran|overrunning)"
    # ("control of" a place too, a noun of one or a name: "take control of the town", "seize control of Tripoli";
    # "took control of the government", "take control of its airspace" take none)
    rf"(?:\s+(?:(?:full|complete|total|effective)\s+)?control\s+(?:of|over)(?={PLACE_TAKEN_AFTER.pattern}"
    rf"|\s+(?:the\s+)?(?-i:[A-Z]))|(?={PLACE_TAKEN_AFTER.pattern}))",
    re.IGNORECASE)
#: A place named before a verb of taking in the passive, by whom ("the airport is captured by militias", "a
#: base seized by the rebels"): the verb, found after the place's noun or name.
_PLACE_TAKEN_BY: Final = re.compile(
    r"\s+(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been|being)\s+)?"
    r"(?P<verb>captured|seized|overrun|taken)(?:\s+(?:control\s+of\s+)?)?(?=\s+by\b)", re.IGNORECASE)
_PLACE_NOUN_BEFORE: Final = re.compile(rf"\b{PLACE_NOUNS}")  # (reads the folded text, as _TREND_HINT does)
#: A verb of taking in the passive before "by", which _PLACE_TAKEN_BY and _SEIZED_BY both need (reads the folded
#: text, as _TREND_HINT does).
_TAKEN_BY: Final = re.compile(r"\b(?:captured|seized|overrun|taken|detained)\s+(?:control\s+of\s+)?by\b")
#: People seized by an armed side: a verb of seizing with people as its object ("militants captured 29
#: workers", "rebels seize two engineers"), or in the passive by whom ("captured by armed men", "detained by
#: 30 armed fighters"; the side is looked for in the hits).
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_SEIZES_PEOPLE: Final = re.compile(
    rf"\b(?P<verb>captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing))\s+(?:(?:the|a|an|at\s+least|some|about|nearly|more"
    rf"\s+than|up\s+to)\s+)?(?:[\w'’-]+\s+){{0,2}}?{_PEOPLE}\b")
#: A participle in "-ed" after a word that can be neither its subject nor an auxiliary or adverb is an adjective
#: of the people after it ("militants parade captured soldiers", "swap seized fighters"), no act: the word before
#: it is lower case and none of a subject's pronoun, an auxiliary, an adverb in "-ly", "then", "also" or "and".
_PARTICIPLE_AS_ADJECTIVE: Final = re.compile(
    r"\b(?-i:(?!(?:it|they|he|she|we|who|which|that|have|has|had|was|were|is|are|been|then|also|and|later|"
    r"reportedly|allegedly|[a-z]+ly)\b)[a-z]+)\s+(?:captured|seized)$", re.IGNORECASE)
#: Goods or measures counted after the verb are no people ("seized 2 tonnes", "seize 300 rifles").
_GOODS_COUNTED: Final = re.compile(
    r"\b(?:tonnes?|tons?|kg|kilos?|kilograms?|grams?|pounds?|litres?|liters?|barrels?|rounds?|weapons?|rifles?|"
    r"guns?|cars?|vehicles?|trucks?|boats?|ships?|vessels?|packages?|bags?|doses?|pills?|tablets?|million|billion)$",
    re.IGNORECASE)
#: (with its auxiliary: a bare participle describes people by their capture, "the aid worker, seized by gunmen in
#: May, is freed", as "kidnapped" does)
_SEIZED_BY: Final = re.compile(r"\b(?:is|are|was|were|been|being|get|gets|got)\s+(?:reportedly\s+)?"
                               r"(?P<verb>captured|seized|detained)\s+by\s+", re.IGNORECASE)
#: Words between "by" and the armed side that did it: "by 30 armed fighters", "by Libyan rebels".
_MAX_AGENT_WORDS: Final = 3
#: What a place taken by force is read as: an assault (as the vocabulary's "retook", "overran").
_PLACE_TAKING: Final = frozenset({"attack"})


def _seizures_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each verb of taking that takes a place (_TAKES_A_PLACE, _PLACE_TAKEN_BY) read as
    an assault, as "retook" is (scope.taken_without_arms then asks the sentence for an armed side or a fight),
    and each verb of seizing that takes people and has an armed side, not a state's force, as its doer
    (_SEIZES_PEOPLE with the side as its subject, _SEIZED_BY with the side after "by") read as people taken
    hostage are: "police seize drugs", "the navy captures 28 pirates" take no place and are an arrest."""
    taken: list[tuple[int, int, frozenset[str]]] = []
    for match in _TAKES_A_PLACE.finditer(text):
        taken.append((*match.span("verb"), _PLACE_TAKING))
    if _TAKEN_BY.search(folded(text)) is not None:  # (most texts with "by" take nothing by anyone: no place to look for)
        places = [(match.end(), match.end()) for match in _PLACE_NOUN_BEFORE.finditer(folded(text))] + [
            (hit.end, hit.end) for hit in hits if any(role == "place" for role, *_ in hit.names)]
        for _, end in places:
            match = _PLACE_TAKEN_BY.match(text, end)
            if match is not None:
                taken.append((*match.span("verb"), _PLACE_TAKING))
        for match in _SEIZED_BY.finditer(text):
            if _armed_side_after(text, hits, match.end()):
                taken.append((*match.span("verb"), _HOSTAGE_TAKING))
    for match in _SEIZES_PEOPLE.finditer(folded(text)):
        if _PARTICIPLE_AS_ADJECTIVE.search(text, max(0, match.start() - 30), match.end("verb")) is not None:
            continue  # "militants parade captured soldiers": people described by their capture, told before
        # (what the match holds is read in the text: a character may fold to another)
        if _GOODS_COUNTED.search(text[match.start():match.end()]) is None and _armed_side_before(text, hits, match.start()):
            taken.append((*match.span("verb"), _HOSTAGE_TAKING))
    told = hits
    for start, end, categories in taken:
        over = [hit for hit in told if hit.start < end and start < hit.end]
        if any(not EVENT_CATEGORIES.isdisjoint(hit.categories) or hit.names for hit in over):
            continue  # (a phrase of the vocabulary there already tells what it is: "took hostages", "overran")
        # (a word of no event there is read anew: "detained" is the arrest after an act, but not by fighters)
        told = _one_hit_over(text, told, over, start, end, categories)
    return told


def _armed_side_after(text: str, hits: list[Hit], start: int) -> bool:
    """Whether the first hit from `start` on, within a few words, is an armed side (a group, a named one: no
    state's force, whose capture of people is an arrest)."""
    for hit in hits:
        if hit.start >= start and not hit.categories <= _COUNTED:  # (a count of the side: "by 30 armed fighters")
            return words_between(text, start, hit.start) <= _MAX_AGENT_WORDS and not _ARMED_SIDES.isdisjoint(
                hit.categories)
    return False


def _armed_side_before(text: str, hits: list[Hit], verb_start: int) -> bool:
    """Whether the verb at verb_start has an armed side as its doer: the nearest hit before it in its clause,
    within a subject's words, is an armed side (a group, a named one), or, where no doer is found there, its
    sentence tells a fight ("the movement says it captured 29 workers following a clash"). A state's force
    found there is an arrest's doer ("the navy captures 28 pirates after a firefight")."""
    for hit in reversed(hits):
        if hit.end > verb_start:
            continue
        if words_between(text, hit.end, verb_start) > _MAX_SUBJECT_WORDS or crosses_clause(text, hit.end, verb_start):
            break
        if not _ARMED_SIDES.isdisjoint(hit.categories):
            return True
        if "state_force" in hit.categories or not _VIOLENT_OR_CASUALTY.isdisjoint(hit.categories):
            return False
    start = text.rfind(". ", 0, verb_start) + 1
    end = text.find(". ", verb_start)
    end = len(text) if end < 0 else end
    return any(start <= hit.start < end and "attack" in hit.categories for hit in hits)


#: A verb of blows with its object done to death: "a mob beat two suspects to death", "villagers stoned a
#: woman to death", "clubbed three men to death" (the active of the vocabulary's "beaten to death"; a fire
#: or a crush that kills "to death" is no blow: "burned to death", "crushed to death" are left as they are).
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_BLOWS_TO_DEATH: Final = re.compile(
    r"\b(?:beat|beats|beating|club|clubs|clubbed|clubbing|stone|stones|stoned|stoning|kick|kicks|kicked|kicking|"
    r"hack|hacks|hacked|hacking|bludgeon|bludgeons|bludgeoned|bludgeoning|batter|batters|battered|battering)"
    # (not a death named as a threat or a sentence: "hacked the site to death threats")
    r"(?=\s+(?:[\w'’-]+\s+){1,5}?to\s+death\b(?!\s+(?:threats?|sentences?|penalty|penalties|row|tolls?)\b))")
#: What a verb of blows that does someone to death is read as: an assault ("stabbed 12 people to death" is).
_ASSAULT: Final = frozenset({"attack"})
#: The other senses of those verbs, which a victim done to death rules out ("hacked" an account).
_NOT_BLOWS: Final = frozenset({"context_cyber", "context_sports"})


def _done_to_death_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each verb of blows whose object is done to death (_BLOWS_TO_DEATH: "a mob
    beat two suspects to death") read as an assault, as "stabbed" is before the same words: the death
    after it is dealt by hand, as the passive "beaten to death" of the vocabulary tells."""
    for match in _BLOWS_TO_DEATH.finditer(folded(text)):
        start, end = match.span()
        inside = [hit for hit in hits if start <= hit.start < end]
        if any("attack" in hit.categories for hit in inside):
            continue
        categories = frozenset().union(*(hit.categories for hit in inside)) - _NOT_BLOWS | _ASSAULT
        hits = _one_hit_over(text, hits, inside, start, end, categories)
    return hits


#: Words that end an object before it is done: a preposition, a verb or a relative word ("shot at the crowd,
#: leaving three dead", "shot the scene where two lay dead": the dead are no object of the shot).
_NO_OBJECT_WORDS: Final = (
    r"at|in|into|on|onto|to|from|by|of|over|with|where|who|which|that|it|its|leaving|left|leave|leaves|lay|lying|"
    r"lie|lies|was|were|is|are|be|been|found|as|after|before|when|while|than|then|and\s+(?:left|leaving|lay)"
)
#: A verb of gunfire with its object shot dead, the active "shot dead" with its object inside ("a drifter shoots
#: two hikers dead", "shot his wife and two children dead", "shot him dead outside a bar"): the object's words
#: and "dead" at the end of the phrase (a noun after it, "two dead birds", is no death told).
_SHOT_DEAD_APART: Final = re.compile(
    rf"\b(?P<verb>shoot|shoots|shooting|shot)(?P<object>(?:\s+(?!(?:{_NO_OBJECT_WORDS})\b)[\w'’-]+){{1,6}}?)\s+dead\b"
    r"(?=\s*(?:[,;.:)!?]|$)|\s+(?:in|at|on|near|outside|inside|after|before|during|as|and|while|when|with|for|"
    r"from|behind|following|overnight|yesterday|today|late|early|last|this)\b|\s+(?-i:[A-Z]))",
    re.IGNORECASE)
#: An object that is the doer himself: "shoots himself dead" is a death by his own hand (no attack; one with
#: others, "shot his wife and himself dead", still shot them).
_REFLEXIVE_ALONE: Final = frozenset({"himself", "herself", "themselves", "itself", "myself"})
#: What a shot that leaves its object dead adds to the object's death: an act of gunfire ("shot dead" is both).
_GUNFIRE: Final = frozenset({"attack", "weapon"})


def _shot_dead_apart_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each verb of gunfire whose object is shot dead (_SHOT_DEAD_APART: "a drifter shoots
    two hikers dead") read as the gunfire "shot dead" is, whoever the doer: the death after it (the "dead" hit,
    which holds its count) is dealt by a gun. An animal shot dead ("rangers shot the bear dead", a cull) is no
    person killed: left as it is."""
    for match in _SHOT_DEAD_APART.finditer(text):
        (verb_start, verb_end), object_end = match.span("verb"), match.end("object")
        if match["object"].strip().lower() in _REFLEXIVE_ALONE or any(
                verb_end <= hit.start < object_end and _ANIMAL in hit.categories for hit in hits):
            continue
        verb = [hit for hit in hits if verb_start <= hit.start < verb_end]
        if any("attack" in hit.categories for hit in verb):
            continue
        categories = frozenset().union(*(hit.categories for hit in verb)) | _GUNFIRE
        hits = _one_hit_over(text, hits, verb, verb_start, verb_end, categories)
    return hits


#: The present of "gunned down": "a farmer guns down three neighbours", "gunning down a guard" (its sense told
#: by its object: "put their guns down", "guns down the street").
_GUNS_DOWN: Final = re.compile(r"\b(?:gun|guns|gunning)\s+down\b", re.IGNORECASE)
#: People as the object of a verb of killing, by a count or a pronoun: "three neighbours", "him", "them".
_COUNTED_OR_OBJECT_NAMING_NO_MORE: Final = re.compile(rf"\s+(?:(?:{QUALIFIED_NUMBER_PATTERN})\s+(?!(?:of|in|at|on|to|from|"
                                               r"times?|rounds?|shots?|bullets?)\b)[\w'’-]+|him|her|them)\b",
                                               re.IGNORECASE)
#: What the present of "gunned down" is read as, with people as its object: the vocabulary's "gunned down".
_GUNNED_DOWN: Final = frozenset({"attack", "killed", "weapon"})


def _guns_down_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each present of "gunned down" whose object is people (_GUNS_DOWN: "a farmer guns
    down three neighbours", "gunning down the mayor") read as "gunned down" is, whoever the doer; guns put down, or
    carried down a street, stay the weapon they name."""
    for match in _GUNS_DOWN.finditer(text):
        start, end = match.span()
        if not (_COUNTED_OR_OBJECT_NAMING_NO_MORE.match(text, end) or _COUNT_ALONE_OBJECT.match(text, end)
                or _PEOPLE_OBJECT.match(text, end)
                or ROLE_OBJECT.match(text, end) or _NAMED_OBJECT.match(text, end)):
            continue
        inside = [hit for hit in hits if start <= hit.start < end]
        if any("killed" in hit.categories for hit in inside):
            continue
        categories = frozenset().union(*(hit.categories for hit in inside)) | _GUNNED_DOWN
        hits = _one_hit_over(text, hits, inside, start, end, categories)
    return hits


_SLAUGHTER_VERB: Final = "slaughter_verb"
#: People before a passive of such a verb: "30 villagers were massacred", "a family of five was butchered".
_PEOPLE_BEFORE_PASSIVE: Final = re.compile(rf"\b(?:{'|'.join(_PEOPLE_NOUNS)}|famil(?:y|ies)(?:\s+of\s+[\w-]+)?)\s+"
                                           r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+"
                                           r"(?:\w+ly\s+)?$", re.IGNORECASE)
#: A family as the object: "massacred a family of five", "butchered his family".
_FAMILY_OBJECT: Final = re.compile(r"\s+(?:a|an|the|his|her|their|its|two|three|four|five|\d+)\s+(?:[\w'’-]+\s+)?"
                                   r"famil(?:y|ies)\b", re.IGNORECASE)
#: How far before the passive its people may stand.
_PEOPLE_BEFORE_PASSIVE_REACH: Final = 60
#: What such a verb is read as, with people as its object or its subject in the passive: a killing by an assault.
_SLAUGHTERED: Final = frozenset({"attack", "killed"})


def _slaughters_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with each verb of killing many by hand whose object is people ("troops massacred 30 villagers",
    "massacred 30 on Monday") or whose subject in its passive is people ("30 villagers were massacred") read as a
    killing, its people counted as the dead of "killed" are: "massacred N" is N killed. Animals slaughtered, a film
    butchered by critics or a side massacred 6-0 take no people: their hits keep their other senses ("massacred"
    stays an act), as "executed" is told by its object (_executions_told)."""
    return _verbs_of_people_told(text, hits, _SLAUGHTER_VERB, _SLAUGHTERED, _slaughters_people)


def _slaughters_people(text: str, told: list[Hit], hit: Hit) -> bool:
    """Whether the verb of slaughter `hit` has people as its object or as its passive's subject (_slaughters_told)."""
    return (_PEOPLE_OBJECT.match(text, hit.end) is not None or _COUNT_ALONE_OBJECT.match(text, hit.end) is not None
            or _FAMILY_OBJECT.match(text, hit.end) is not None
            or _PEOPLE_BEFORE_PASSIVE.search(text, max(0, hit.start - _PEOPLE_BEFORE_PASSIVE_REACH), hit.start) is not None)


#: A past "shot" with a counted person as its object, after a doer: "an assailant shot six pilgrims", "a teenager
#: had shot two classmates" (not the passive "six were shot", told by the vocabulary; not "shot a film", "shot a
#: video", "shot 68 in the final round": no person is its object).
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered. "shot" is
#: asked before the look-behinds of the words before it, not they at every character of the text.)
_SHOT_COUNTED_PEOPLE: Final = re.compile(
    r"\bshot(?<!\bwere\sshot)(?<!\bwas\sshot)(?<!\bbeen\sshot)(?<!\bbeing\sshot)(?<!\bget\sshot)(?<!\bgot\sshot)"
    r"(?<=[\w'’]\sshot)"
    rf"(?=\s+(?:{QUALIFIED_NUMBER_PATTERN})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{'|'.join(_PEOPLE_NOUNS).lower()})\b(?![-'’]))")
#: What such a shot is read as: gunfire at people, an assault whoever fired it.
_SHOT_AT_PEOPLE: Final = frozenset({"attack", "weapon"})


def _shots_at_people_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each past "shot" whose object is counted people after a doer (_SHOT_COUNTED_PEOPLE)
    read as gunfire at them, whoever the doer: the verb's object tells its sense, as "guns down" is told."""
    for match in _SHOT_COUNTED_PEOPLE.finditer(folded(text)):
        start, end = match.span()
        inside = [hit for hit in hits if start <= hit.start < end]
        if any("attack" in hit.categories for hit in inside):
            continue
        categories = frozenset().union(*(hit.categories for hit in inside)) | _SHOT_AT_PEOPLE
        hits = _one_hit_over(text, hits, inside, start, end, categories)
    return hits


#: After a shooting, the accident it is told suffered in, as its event: "in a hunting accident", "in an accident at
#: the range" (a few words of the accident's kind between; "in what police say was no accident" tells none).
_IN_AN_ACCIDENT_AFTER: Final = re.compile(r"\s+in\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?accident\b", re.IGNORECASE)


#: A phrase of the vocabulary that holds its auxiliary ("are shot", "is stabbed").
_AUXILIARY_OPENS: Final = re.compile(r"(?:is|are|was|were|being)\s", re.IGNORECASE)
#: After an act's noun, the accident it names the kind of: "a shooting accident" (as "a hunting accident").
_KIND_OF_ACCIDENT_AFTER: Final = re.compile(r"\s+accidents?\b", re.IGNORECASE)


def _shootings_in_an_accident_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each shooting in the passive, after its auxiliary in any tense, that its clause tells
    suffered in an accident ("a hunter is shot dead in a hunting accident") read as the harm alone, as "was shot
    dead" is (a phrase that holds its auxiliary names no weapon): the person it fell on is told, and the event he
    fell in is an accident, no act of arms ("a hunter is shot dead by poachers" names no accident and keeps its
    act; so does an active "a hunter shoots his brother dead", whoever's mishap it was). A shooting's noun before
    "accident" names the accident's kind, no act ("a shooting accident", as "a hunting accident")."""
    told = hits
    for index, hit in enumerate(hits):
        if ("attack" in hit.categories and _FIREARM_OR_BLADE_ACT.match(hit.text) is not None
                and _KIND_OF_ACCIDENT_AFTER.match(text, hit.end) is not None) or _SHOOTING <= hit.categories and (
                _FIREARM_OR_BLADE_ACT.search(hit.text) is not None and (
                    _AUXILIARY_OPENS.match(hit.text) is not None or _PASSIVE_OR_AUXILIARY_BEFORE.search(
                        text, max(0, hit.start - _AUXILIARY_SPAN), hit.start) is not None)
                and _IN_AN_ACCIDENT_AFTER.match(text, hit.end) is not None):
            if told is hits:
                told = list(hits)  # (copied only where a hit is told anew: most texts keep theirs)
            told[index] = hit.with_categories(hit.categories - _SHOOTING)
    return told


#: A verb of hitting in the passive whose agent follows: "struck by massive DDoS attacks", "hit by a heart attack"
#: (the agent's words up to the hit that names it).
_STRUCK_BY: Final = re.compile(r"\s+by\s+(?:(?:a|an|the|two|several|repeated|multiple)\s+)?(?:[\w'’-]+\s+){0,2}?$",
                               re.IGNORECASE)
#: The verbs of hitting whose agent may be told after "by".
_STRUCK_FORMS: Final = frozenset({"struck", "hit"})
#: An attack named as its agent that is one of another sense (taxonomy.toml's sense_block: "DDoS attacks", "a heart
#: attack"): the noun it ends in.
_ATTACK_NOUN_END: Final = re.compile(r"attacks?$", re.IGNORECASE)


def _struck_by_another_sense(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` without each "struck" or "hit" whose agent after "by" is an attack of another sense than
    arms ("Feedly is struck by massive DDoS attacks", "struck by a heart attack"): what struck is named, and it is
    no strike, whatever doer ("the perpetrator" of the extortion) the sentence names beside it."""
    dropped = [hit for index, hit in enumerate(hits[:-1])
               if "strike_ambiguous" in hit.categories and hit.text.lower() in _STRUCK_FORMS
               and "sense_block" in (agent := hits[index + 1]).categories and _ATTACK_NOUN_END.search(agent.text)
               and _STRUCK_BY.fullmatch(text, hit.end, agent.start) is not None]
    return [hit for hit in hits if hit not in dropped] if dropped else hits


#: Arms held in the hand or thrown, which the vocabulary leaves as plain words (a stone, a bat, acid): named as
#: what people are attacked, pelted or hit with, or what is thrown at them, they are the weapon of an assault.
_ARMS_IN_HAND: Final = (
    r"(?:petrol[\s-]+bombs?|molotov(?:\s+cocktails?)?|fire[\s-]?bombs?|incendiary\s+(?:bottles|devices)|acid|"
    r"stones?|rocks?|bricks?|knife|knives|machetes?|axes?|hatchets?|(?:baseball\s+|cricket\s+)?bats?|clubs?|"
    r"cudgels?|(?:iron|metal)\s+(?:bars?|rods?|pipes?)|hammers?|swords?)")
#: The other things a crowd throws, named in one list with those arms ("petrol bombs, bricks and fireworks").
_THROWN_BESIDE: Final = r"(?:fireworks?|firecrackers?|flares|bottles|eggs|cans|missiles|objects|projectiles|sticks|debris)"
_THROWN_ITEM: Final = (r"(?:(?:a|an|the|large|heavy|small|crude|homemade|home-made|kitchen|wooden|paving|glass|"
                       rf"burning|flaming)\s+){{0,2}}(?:{_ARMS_IN_HAND}|{_THROWN_BESIDE})\b")
_THROWN_LIST: Final = rf"(?P<arms>{_THROWN_ITEM}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+){_THROWN_ITEM})*)"
#: The words a list of such things may stand in: "attacked (them) with stones", "pelted officers with bricks",
#: "hit him with a bat", "beat a man with iron bars", "a convoy attacked by stones and bottles", "an officer
#: struck in the head by a brick". (A stone or a rock hits by falling too: after "by" it takes a verb of assault,
#: and a falling one is no item of the list.)
#: (This and _ARMS_THROWN_AT read the folded text, in lower case, as re.IGNORECASE would read the text: see
#: bot.classify.lowered. Case-sensitive, the regex engine tells the verbs apart by their first letter; their
#: search of the whole text cost twice as much.)
_STRUCK_WITH_ARMS: Final = re.compile(
    r"\b(?:(?P<assault>attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|pelt(?:s|ed|ing)?|(?P<beat>beat(?:s|en|ing)?|"
    r"set\s+upon))"
    r"|(?P<blow>hit|hits|hitting|struck|injured|wounded|hurt))"
    r"(?:\s+(?!(?:with|by|using)\b)[\w'’-]+){0,5}?\s+(?P<means>with|by|using)\s+"
    rf"{_THROWN_LIST}")
#: The same thrown at someone: "threw petrol bombs at police", "hurled acid in her face"; and things fired at them
#: before "and" and the throw, one volley at the same people: "fire fireworks and throw stones at police" (the fired
#: things are thrown arms too, no blast of their own).
_ARMS_THROWN_AT: Final = re.compile(
    r"\b(?:(?:fire|fires|fired|firing|launch|launches|launched|launching|shoot|shoots|shooting|shot)\s+"
    rf"(?P<fired>{_THROWN_ITEM}(?:(?:\s*,\s*|\s+and\s+){_THROWN_ITEM})*)\s+and\s+)?"
    r"(?:threw|throw|throws|throwing|hurled|hurl|hurls|hurling|lobbed|lob|lobs|lobbing|flung|fling|flinging)"
    rf"(?:\s+[\w'’-]+){{0,2}}?\s+{_THROWN_LIST}(?=\s+(?:at|towards?|in(?:to)?\s+(?:the|his|her|their)\s+faces?)\b)")
_ARMS_IN_HAND_RE: Final = re.compile(rf"\b{_ARMS_IN_HAND}\b", re.IGNORECASE)
_FALLEN_BY_THEMSELVES: Final = re.compile(r"^(?:(?:a|an|the|large|heavy|small)\s+)*(?:stones?|rocks?)\b", re.IGNORECASE)
#: Where such arms may be named (lower case): most texts name none, and keep their hits.
_ARMS_IN_HAND_NEEDLES: Final = frozenset({"bomb", "molotov", "incendiary", "acid", "stone", "rock", "brick", "knife",
                                          "knives", "machete", "axe", "hatchet", " bat", "club", "cudgel", " bars",
                                          " bar ", " rod", " pipe", "hammer", "sword"})
#: What the list of arms is read as: a weapon named, used on purpose (whatever else its words say: "bats" are no
#: animals there, nor "fireworks" a mishap).
_ARMS_USED: Final = frozenset({"weapon", "intent"})
#: The sense of "struck" and "hit" that a blow with such arms rules out.
_STRIKE_WORD: Final = frozenset({"strike_ambiguous"})


def _arms_in_hand_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each list of arms held or thrown that people are attacked, pelted or hit with, or
    that is thrown at them (_STRUCK_WITH_ARMS, _ARMS_THROWN_AT), read as one weapon hit: "rioters attacked police with petrol
    bombs, bricks and fireworks" names arms, so neither the riot (a protest names none) nor the fireworks (a
    blast of its own) make the attack or the officers it injured ordinary news. Named alone ("pelted with
    stones") the weapon is no act: only the assault's own verb, or people hurt, tell one."""
    low = folded(text)
    for match in [*_STRUCK_WITH_ARMS.finditer(low), *_ARMS_THROWN_AT.finditer(low)]:
        start, end = match.span("arms")
        if _ARMS_IN_HAND_RE.search(text, start, end) is None:
            continue  # (eggs and bottles alone are thrown in protest)
        if match.re is _STRUCK_WITH_ARMS and match.group("blow") and match.group("means") == "by" and (
                _FALLEN_BY_THEMSELVES.match(
                text, start, end)):
            continue  # "a car was hit by rocks" may be a rockfall
        inside = [hit for hit in hits if start <= hit.start < end]
        if any(hit.end > end or hit.names for hit in inside):
            continue  # (a name or a longer phrase across the list's end is left as it is)
        hits = _one_hit_over(text, hits, inside, start, end, _ARMS_USED)
        if match.re is _ARMS_THROWN_AT and match.group("fired"):
            fired_start, fired_end = match.span("fired")
            fired = [hit for hit in hits if fired_start <= hit.start < fired_end]
            if not any(hit.end > fired_end or hit.names for hit in fired):
                hits = _one_hit_over(text, hits, fired, fired_start, fired_end, _ARMS_USED)
        if match.re is _STRUCK_WITH_ARMS and match.group("beat") and not any(
                hit.start == match.start() and "attack" in hit.categories for hit in hits):
            # "beat him with iron bars", "set upon a man with bats": blows, an assault by its own verb (as
            # "attacked with" is; "pelted with stones" alone tells no harm)
            verb = [hit for hit in hits if match.start() <= hit.start < match.end("beat")]
            if all(hit.end <= match.end("beat") for hit in verb):  # ("beaten to death" keeps its phrase)
                hits = _one_hit_over(text, hits, verb, match.start(), match.end("beat"), _ASSAULT)
        elif match.re is _STRUCK_WITH_ARMS and match.group("blow"):
            # a blow dealt with a brick or a bat is an assault by hand, no strike from afar: "struck in the
            # head by a brick"
            hits = [hit.with_categories(hit.categories - _STRIKE_WORD | _ASSAULT)
                    if hit.start == match.start() and "strike_ambiguous" in hit.categories else hit for hit in hits]
    return hits


#: A wound and a death told as two participles with no word between ("a family of four is shot killed", "was
#: stabbed killed"): the second tells how the first ended, one act whose victims died, as "shot dead" does.
#: (reads the folded text, as _TREND_HINT does)
_WOUNDED_THEN_KILLED: Final = re.compile(r"\b(?:shot|stabbed)\s+killed\b")
_WOUND_PARTICIPLES: Final = ("shot", "stabbed")
#: What the wound of such a pair is read as no more: the dead are not hurt ones too.
_NOT_WOUNDED: Final = frozenset({"injured"})


def _wounds_ended_in_death_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each wound participle followed at once by a killing participle (see
    _WOUNDED_THEN_KILLED) joined to it in one killed hit: its count is the dead, not the wounded."""
    told: list[Hit] = []
    for hit in hits:
        if told and hit.text.lower() == "killed" and "injured" in told[-1].categories and (
                told[-1].text.lower().endswith(_WOUND_PARTICIPLES)) and not text[told[-1].end:hit.start].strip():
            wound = told.pop()
            categories = (wound.categories | hit.categories) - _NOT_WOUNDED
            told.append(Hit(wound.start, hit.end, text[wound.start:hit.end], categories))
            continue
        told.append(hit)
    return told


#: A fire set by someone, told with what was set burning between the verb and its end: "set it alight",
#: "set the house ablaze", "sets two cars on fire" (not a fire set on oneself, "set himself alight": a
#: suicide, told by taxonomy.toml's disaster words; "set fire to" is a phrase of the vocabulary). A
#: participle of result after a comma tells what the act before it did, no act of its own ("drones hit a
#: refinery, setting a unit ablaze").
_SET_BURNING: Final = re.compile(
    r"(?<!,\s)\b(?:set|sets|(?<!,\s)setting)\s+(?!(?:him|her|them|it|your|my|our)sel(?:f|ves)\b)"
    r"(?:[\w'’-]+\s+){1,4}?(?:alight|ablaze|afire|on\s+fire)\b", re.IGNORECASE)
#: The vocabulary's phrases of a fire set (taxonomy.toml's attack), told by its verb; not "arson attack".
#: (in the present too, as the portal tells its news: "a mob sets fire to 15 houses")
_FIRE_SET_VERBS: Final = frozenset({"set fire", "sets fire", "set on fire", "sets on fire", "torched"})
#: The vocabulary's phrases of a fire set on purpose, by its verb or by its noun.
_ARSON_PHRASES: Final = _FIRE_SET_VERBS | {"arson attack"}
#: What is burnt on purpose with no one's harm meant: fields, stubble and waste, tyres in a protest, an
#: effigy, a flag or one's bedding ("farmers set their stubble alight", "protesters set tyres on fire").
_BURNT_AS_NO_ASSAULT: Final = re.compile(
    r"\b(?:stubble|crops?|fields?|grass|straw|rubbish|garbage|trash|waste|tyres?|tires?|effig(?:y|ies)|flags?|"
    r"bonfires?|bedding|mattress(?:es)?)\b", re.IGNORECASE)
#: Things that set fires by themselves, right before the verb: "sparklers set fire to the ceiling",
#: "fireworks set the roof ablaze", "a short circuit set the ward on fire".
_SET_BY_A_THING: Final = re.compile(
    r"\b(?:sparklers?|fireworks?|firecrackers?|pyrotechnics?|flares?|candles?|cigarettes?|sparks?|lightning|"
    r"short[\s-]circuits?|(?:electrical|wiring)\s+faults?|faulty\s+wiring|heaters?|stoves?|lamps?|"
    r"explosions?|blasts?|gas\s+leaks?)(?:\s+[\w'’-]+){0,3}?\s+$", re.IGNORECASE)
#: The bare nouns of a fire, which a disaster's fire and a fire set share ("two die in the blaze"): where the
#: item tells a fire set and people harmed, they are that fire, no disaster's. (Phrases that tell a fire
#: starting by itself, "a fire broke out", "caught fire", keep their sense.)
_FIRE_NOUNS: Final = frozenset({"fire", "fires", "the fire", "a fire", "blaze", "blazes", "a blaze", "the blaze",
                                "flames", "inferno", "fire in", "fire at"})
#: What a fire noun loses where the item tells the fire set.
_FIRE_AS_DISASTER: Final = frozenset({"context_disaster", "natural_cause"})
#: The harm a fire does to the body by itself: smoke breathed, burns ("treated for smoke inhalation", "suffered burns").
_HARM_OF_A_FIRE: Final = re.compile(r"\bsmoke\s+inhalation\b|\b(?:suffer(?:ed|s|ing)?|treated\s+for|sustain(?:ed|s|ing)?)\s+"
                                    r"(?:(?:severe|serious|minor|critical|\w+-degree)\s+)?burns\b", re.IGNORECASE)
#: What a fire set is read as: an assault (as the vocabulary's "set fire" is).
_ARSON: Final = frozenset({"attack"})
#: The harm a fire set must be told with for its fire to be read as arson: people killed or hurt.
_COUNTED_HARM: Final = frozenset({"killed", "injured"})


def _fires_set_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with its arson told, where the item tells people killed or hurt and no mishap: a
    fire someone set ("three men poured petrol into the bar and set it alight", "a man set fire to the
    house") is an assault, and the bare fire nouns of the item ("two people die in the blaze") are that
    fire, not a disaster's (which would switch the assault off). A fire set by a thing ("sparklers set fire
    to the ceiling", "fireworks set the roof ablaze") is no arson; nor are fields, waste, tyres, effigies,
    flags or bedding burnt. (With no one harmed the vocabulary's "set fire" keeps its reading, and a team
    that "sets the stadium alight" with its play sets no fire.)"""
    categories = frozenset().union(*map(_hit_categories, hits))
    if _COUNTED_HARM.isdisjoint(categories) or "mishap" in categories:
        return hits

    # (a fire that hurt people by its own harm is an assault whatever was set burning: "inmates set mattresses on fire,
    # and nine guards were treated for smoke inhalation")
    hurt_by_the_fire = _HARM_OF_A_FIRE.search(text) is not None

    def set_by_people(start: int, end: int) -> bool:
        return (hurt_by_the_fire or _BURNT_AS_NO_ASSAULT.search(text, start, min(len(text), end + 30)) is None) and (
            _SET_BY_A_THING.search(text, max(0, start - 40), start) is None)

    arson = [hit for hit in hits if hit.text.lower() in _ARSON_PHRASES and set_by_people(hit.start, hit.end)]
    added: list[Hit] = []
    lowered = folded(text)
    if "alight" in lowered or "ablaze" in lowered or "afire" in lowered or "on fire" in lowered:
        starts = {hit.start for hit in hits}
        added = [Hit(match.start(), match.end(), match.group(), _ARSON) for match in _SET_BURNING.finditer(text)
                 if match.start() not in starts and set_by_people(match.start(), match.end())]
    if not arson and not added:
        return hits
    told = [hit.with_categories(hit.categories - _FIRE_AS_DISASTER) if hit.text.lower() in _FIRE_NOUNS
            and not _FIRE_AS_DISASTER.isdisjoint(hit.categories) else hit for hit in hits]
    return sorted(told + added, key=_hit_start) if added else told


#: A fire set, active or passive, with what was set burning between the verb and its end or after it: "set the
#: homes alight", "set alight the homes", "were set ablaze", "are set ablaze" (not a fire set on oneself, nor a
#: participle of result after a comma: _SET_BURNING).
_SET_BURNING_EITHER_WAY: Final = re.compile(
    r"(?<!,\s)\b(?:set|sets|(?<!,\s)setting)\s+(?!(?:him|her|them|it|your|my|our)sel(?:f|ves)\b)"
    r"(?:[\w'’-]+\s+){0,4}?(?:alight|ablaze|afire)\b", re.IGNORECASE)
#: A passive's auxiliary right before "set": "the homes were set alight", "buses are set ablaze".
_AUXILIARY_BEFORE_SET: Final = re.compile(r"\b(?:is|was|are|were|been|being|be|get|got|gets)\s+(?:\w+ly\s+)?$",
                                          re.IGNORECASE)
#: Who sets a fire as an act against others: an armed side, a force, a named group or one of intent ("a mob",
#: "arsonists", "attackers"); not a crowd in a protest ("buses are set ablaze by protesters" stays quiet: its wcep
#: items are not read yet).
_ARSONISTS: Final = frozenset({"armed_group", "state_force", NAMED_GROUP, "intent"})
#: The words of the doer after "by" in the passive: "by a mob", "by suspected militiamen".
_MAX_ARSONIST_WORDS: Final = 3


def _set_by_a_hostile_doer(text: str, hits: list[Hit], start: int, end: int) -> bool:
    """Whether the fire set at text[start:end] ("set the homes alight", "torched", "were set ablaze") has an armed or
    hostile doer (_ARSONISTS): its subject, in its clause before it, or in the passive the agent after "by" ("the
    homes were set alight by militiamen"). Fields, waste, tyres, effigies, flags or bedding burnt are no act against
    anyone (_BURNT_AS_NO_ASSAULT)."""
    if _BURNT_AS_NO_ASSAULT.search(text, start, min(len(text), end + 30)):
        return False
    if (by := _PASSIVE_AFTER.match(folded(text), end)) is not None or (
            _AUXILIARY_BEFORE_SET.search(text, max(0, start - 20), start) is not None):
        return by is not None and any(
            not _ARSONISTS.isdisjoint(hit.categories) for hit in hits if hit.start >= by.end()
            and words_between(text, by.end(), hit.start) <= _MAX_ARSONIST_WORDS
            and not crosses_clause(text, by.end(), hit.start))
    return any(not _ARSONISTS.isdisjoint(hit.categories) for hit in hits if hit.end <= start
               and words_between(text, hit.end, start) <= _MAX_SUBJECT_WORDS
               and not crosses_clause(text, hit.end, start) and SENTENCE_BREAK.search(text, hit.end, start) is None)


def _arson_by_a_doer_told(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of `text` with each fire set "alight", "ablaze" or "afire", active or passive, by an armed or hostile
    doer told as an attack (_set_by_a_hostile_doer): "militiamen set alight the homes of villagers", "the homes were
    set alight by militiamen". A fire whose setter is unstated ("a house was set alight", "a house fire") or one set by
    anyone else ("farmers set their stubble alight", "the team set the stadium alight") is no attack by this."""
    starts = {hit.start for hit in hits}
    added = [Hit(match.start(), match.end(), match.group(), _ARSON) for match in _SET_BURNING_EITHER_WAY.finditer(text)
             if match.start() not in starts and _set_by_a_hostile_doer(text, hits, match.start(), match.end())]
    return sorted(hits + added, key=_hit_start) if added else hits


def _violence_outside(hits: list[Hit], spans: list[tuple[int, int]]) -> list[Hit]:
    """The hits less the violent and casualty words that start inside one of `spans`."""
    if not spans:
        return hits
    return [hit for hit in hits if _VIOLENT_OR_CASUALTY.isdisjoint(hit.categories)
            or not any(start <= hit.start < end for start, end in spans)]


def _item_text(title: str, summary: str) -> tuple[str, int]:
    """The text classified for a title and a summary ("title\nsummary"), and where its title ends."""
    title, summary = title or "", summary or ""
    if title and summary:
        return f"{title}\n{summary}", len(title)
    return (title, len(title)) if title else (summary, 0)


class GateInput(NamedTuple):
    """The arguments of TopicGate.verdict for one item (Classifier.gate_input)."""

    text: str
    categories: frozenset[str]
    masks: list[Mask]
    evidence: str


# (slots, not a NamedTuple, as scope.TextCues: every event word reads its fields)
@dataclass(slots=True)
class _Item:
    """What every sentence of one item reads: its text and what was told once of the whole."""

    text: str
    title_end: int
    #: which checks of the event words can fire in the text (scope.text_cues)
    cues: TextCues
    #: whether the item names no non-human cause of harm, or names a doer anywhere (_names_a_doer):
    #: then no sentence of it is read as an accident for its cause (_harm_without_doer)
    doers_named: bool = False
    #: whether the item names what blew up by itself anywhere ("a gas leak is suspected")
    source_named: bool = False
    #: whether the title is a topic's name, over a summary (scope.heading_is_a_topic): its event words
    #: report nothing
    topic_title: bool = False
    #: the ordinary sense its summary sets for its title (_summary_sense)
    title_sense: frozenset[str] = frozenset()
    #: whether the text holds two numbers joined by a dash, which a game's score needs (_may_tell_a_score)
    score: bool = False
    #: the ordinary sense its title sets for its summary (_title_lent_sense)
    summary_sense: frozenset[str] = frozenset()
    #: whether the armed sides the item names are only holders of a place or tellers of a report, and it names
    #: no other doer of harm (_sides_only_hold_or_tell)
    sides_only_tell: bool = False
    #: where the title's death of one person starts, whose summary tells a life's end with its age
    #: (scope.heading_of_a_lifes_end; -1: none): the heading names that death, an obituary
    lifes_end_heading: int = -1
    #: where the item first names computers or an attack on them (context_cyber; -1: nowhere): the sense a later
    #: sentence's "the attack" names again (_only_the_attack_named_again)
    cyber_named_at: int = -1
    #: whether the heading tells a reaction to an act, an arrest, a case, an inquiry, a rite or an anniversary
    #: (scope.heading_of_a_reaction): the summary's act dated by a month gone is that reaction's background
    reaction_heading: bool = False


class _Findings:
    """What the sentences of one item found, gathered for the decisions made on the whole item."""

    __slots__ = ("evidence", "counts", "zero", "interceptions", "unsettled", "weapons", "interstate", "counted",
                 "caused", "past_events", "topic_events", "accident", "victims_killed", "zero_among", "history",
                 "reaction_tolls",
                 "side_armed", "not_disasters")

    def __init__(self) -> None:
        #: type -> evidence spans (Evidence objects are built at the end, for the types kept)
        self.evidence: dict[str, list[tuple[int, int]]] = {}
        #: per part of the item (0 title, 1 summary): field -> counts
        self.counts: list[dict[str, list[Count]]] = [{"killed": [], "injured": []}, {"killed": [], "injured": []}]
        #: fields the text states as zero ("no one was injured")
        self.zero = {"killed": False, "injured": False}
        #: whether the text denies casualties among one group only ("no casualties among the troops"):
        #: nobody hurt only where the item counts no one of its own
        self.zero_among = False
        #: "shot down", "intercepted": (kind, exchange, start, end)
        self.interceptions: list[tuple[str, bool, int, int]] = []
        #: "missiles hit", "was struck", "a roadside bomb" with no doer named: (kind by default, how sure
        #: that default is (_ASSAULT_UNNAMED or _OPEN), start, end)
        self.unsettled: list[tuple[str, str, int, int]] = []
        #: (sentence hits, index) of the weapons fired from afar
        self.weapons: list[tuple[list[Hit], int]] = []
        #: whether two states' forces fight each other
        self.interstate = False
        #: whether any sentence was read for counts (if not, there is no total to compute)
        self.counted = False
        #: whether a sentence reports someone killed other than the attackers (counts.tells_victim_deaths)
        self.victims_killed = False
        #: the killed counts of the act a reaction is over ("arrested two suspects over the killing of three people"):
        #: that act's toll where the item tells the act as news and counts no dead of its own
        self.reaction_tolls: list[Count] = []
        #: whether an asserted casualty word names its cause ("killed", "wounded"), not a bare death
        self.caused = False
        #: the stems of the event words found to be history, a reaction's topic or a trial's ("attac",
        #: "shell"): "the attack" told again later in the item is that same event
        self.past_events: set[str] = set()
        #: the stems of the event words of a title that is a topic's name: "the shooting" in the summary
        #: is the topic's event, but "last night's shooting" may be a new one of the kind the topic names
        #: ("School shootings in ...")
        self.topic_events: set[str] = set()
        #: the starts of the violent and casualty words told as history ("during the 1999 bombing raids"):
        #: no cause of a death the item tells without one (_death_context)
        self.history: set[int] = set()
        #: whether a sentence was read as an accident for the non-human cause it tells doing harm
        #: (_harm_without_doer: "a car hits a bus stop")
        self.accident = False
        #: whether a side named (a state or an armed group, by its name or demonym) did an asserted violent
        #: act with arms named in its sentence (_act_of_a_named_side): evidence the topic gate does not veto
        self.side_armed = False
        #: the starts of the disaster words that are no disaster context of the item: the animals that only describe
        #: the one a passive harms ("a ranger, who looked after the elephants, was shot dead",
        #: _animals_describe_the_harmed), and the places where a sentence tells people shot or stabbed ("two guards
        #: were shot dead at a power plant": the place of an act of arms, _read_sentence)
        self.not_disasters: set[int] = set()

    def note(self, kind: str, start: int, end: int) -> None:
        spans = self.evidence.get(kind)
        if spans is None:
            self.evidence[kind] = [(start, end)]
        elif len(spans) < MAX_EVIDENCE_PER_TYPE:
            for seen, _ in spans:
                if seen == start:
                    return
            spans.append((start, end))

    def violent(self) -> bool:
        return "strike" in self.evidence or "attack" in self.evidence

    def totals(self, doers_own_end: bool = False) -> tuple[int | None, int | None]:
        """Stage 4: the killed and injured totals of the counts read (None: the text states none). `doers_own_end`:
        the summary tells the doer took his own life (_summary_tells_doers_own_end)."""
        counts, zero = self.counts, self.zero
        if self.zero_among and not any(not count.perpetrators for part in counts for field in ("killed", "injured")
                                       for count in part[field]):
            # "no casualties among the troops" of an item that counts no victim of its own: nobody hurt
            zero = {"killed": True, "injured": True}
        leave_out_attackers_restated(counts[0]["killed"], counts[1]["killed"])
        if doers_own_end and counts[0]["killed"] and counts[1]["killed"]:
            # "Murder-suicide leaves four dead | A man shot dead his wife and two sons before killing himself": the
            # title's toll one more than the summary's counts the doer, whom the toll leaves apart
            title, summary = _total([counts[0]["killed"], []], False), _total([[], counts[1]["killed"]], False)
            if title is not None and summary is not None and title == summary + 1:
                counts = [{**counts[0], "killed": []}, counts[1]]
        killed = _total([counts[0]["killed"], counts[1]["killed"]], zero["killed"]) if (
            self.counted or zero["killed"]) else None
        died_later = [_deaths_of_the_wounded(part) for part in counts]
        if not died_later[0]:
            # "Shooting kills five, wounds three" / "... One of the wounded died": a title restates the wounded first
            # told, whom the summary's later deaths leave as they leave its own
            died_later[0] = died_later[1]
        injured = _total([counts[0]["injured"], counts[1]["injured"]], zero["injured"], died_later) if (
            self.counted or zero["injured"]) else None
        if killed is None and self.reaction_tolls and self.violent():
            # "Police arrested two suspects over the killing of three people at a bar late on Sunday. Four other patrons
            # were wounded when gunmen opened fire": the arrest is the aftermath, the act it is over the one told as
            # news, whose dead are those the reaction names (never none)
            killed = _total([self.reaction_tolls, []], False)
        if killed is None and injured and not self.victims_killed:
            killed = 0  # the injured counted and no victim's death told: none killed
        return killed, injured


#: Words of a fight between two sides, whose fighters are no attackers reported apart (docs/taxonomy.md, Counts).
_A_CLASH: Final = re.compile(r"\b(?:clash(?:es|ed)?|firefights?|gunfights?|gun\s*battles?|shoot-?outs?|skirmish(?:es)?|"
                             r"exchanges?\s+of\s+fire|exchanged\s+fire)\b")


def _attackers_alone_dead(text: str, findings: _Findings) -> bool:
    """Whether every dead the item counts is named an attacker and no victim's death is told: with victims hurt, the
    toll of the dead is none ("two deputies shot; gunman killed" is killed 0), the attackers reported apart. (One told
    an attacker only for forces killing him, "a man was shot dead by police", may as well be a victim.)"""
    lowered = folded(text)
    if "strike" in findings.evidence or findings.accident or _A_CLASH.search(lowered):
        # (the fighters a strike hits are its dead, whatever the text calls them; so are those of an accident, as
        # _blast_told_accidental reads "four militants were killed in an accidental explosion"; and the fighters of a side in
        # a clash are summed with the other's: "a gunman is killed and four more wounded in a firefight")
        return False
    dead = [count for part in findings.counts for count in part["killed"]]
    return bool(dead) and not findings.victims_killed and all(count.perpetrators and not count.stopped for count in dead)


def _with_the_hurt_by_place(text: str, findings: _Findings, stabbed: int, stabbed_end: int) -> int:
    """The people an active stabbing names as its object (`stabbed`, its object ending at stabbed_end) with the hurt
    told by their place after them (Count.place), in a later sentence or as a later verb's object: "A man stabbed a
    commuter. A second man also received stab wounds" is two, "... Another man was injured" one more, "stabbed two
    guards and wounded a third" three; "stabbed two people. A second victim" is still two (the place counts from
    those the stabbing took)."""
    people = stabbed
    for part in findings.counts:
        for count in part["injured"]:
            if count.place is not None and count.start >= stabbed_end:
                people = people + 1 if count.place == 0 else max(people, count.place)
            elif count.value and _AND_RIGHT_AFTER.fullmatch(text, stabbed_end, count.start) and (
                    _OBJECT_NAMING_NO_MORE.match(text, count.start) is None):
                # "stabbed a woman and wounded her son": a wounding verb joined to the stabbed's object by "and", with
                # an object of its own (no pronoun that names the stabbed again), hurts more people
                people += count.value
    return people


#: Only "and" between the stabbed's object and the verb of a later wounding.
_AND_RIGHT_AFTER: Final = re.compile(r"\s*,?\s*and\s+(?:then\s+|also\s+)?", re.IGNORECASE)
#: A wounding verb whose object is a pronoun alone, the stabbed named again ("and wounded her"), or a part of a group
#: and no person ("and wounded a third of the crowd").
_OBJECT_NAMING_NO_MORE: Final = re.compile(r"[\w'’-]+\s+(?:(?:him|her|them)\b(?!['’]|\s+[a-z])|(?:[\w'’-]+\s+){1,2}of\b)",
                                    re.IGNORECASE)


def _with_the_stabbed(findings: _Findings, stabbed: int, killed: int | None,
                      injured: int | None, stabbed_end: int) -> tuple[int | None, int | None]:
    """The totals with the people an active stabbing names as its object (`stabbed`, counts.people_stabbed) counted hurt
    ("a man stabbed two people, seriously wounding a woman": the woman is one of the two): the stabbed less the dead
    the item tells, where more than the hurt it counts ("stabbed three, killing one" is 2 hurt; "stabbed 3 ... 9 others
    were wounded" stays 9)."""
    dead = killed or 0
    # (the dead an act takes as its object by his place after the stabbed are more people, none of them: "stabbed two
    # guards and killed a third" leaves the two hurt)
    among = dead - sum(count.value or 0 for part in findings.counts for count in part["killed"]
                       if count.place is not None and count.start >= stabbed_end)
    if stabbed - among <= (injured or 0):
        return killed, injured
    for start, end in findings.evidence["attack"]:
        findings.note("casualty", start, end)  # (the hurt are casualties as a wounding's are)
    return dead, stabbed - max(among, 0)


def _may_report_event(categories: frozenset[str]) -> bool:
    """Whether hits of these categories can make an event: an event word, or a launch or send verb
    (which make the weapons and forces after them one)."""
    return not EVENT_CATEGORIES.isdisjoint(categories) or "launch" in categories or "send" in categories


def _sentences_with_hits(
    text: str, hits: list[Hit], present: frozenset[str]
) -> Iterator[tuple[tuple[int, int], list[Hit], frozenset[str]]]:
    """The sentences that hold hits: (sentence span, its hits, their categories). Hits are in order:
    each goes to the last sentence starting at or before it."""
    sentences = split_sentences(text)
    if len(sentences) == 1:
        yield sentences[0], hits, present
        return
    # (the sentences cover the text without gaps: a sentence's hits run up to the first hit at or
    # after the next sentence's start, found by bisection)
    first = 0
    for number, sentence in enumerate(sentences, 1):
        end = bisect_left(hits, sentences[number][0], first, key=_hit_start) if number < len(sentences) else len(hits)
        if end > first:
            bucket = hits[first:end]
            yield sentence, bucket, frozenset().union(*map(_hit_categories, bucket))
            first = end


def _read_sentence(item: _Item, sentence: tuple[int, int], hits: list[Hit], categories: frozenset[str],
                   findings: _Findings) -> None:
    """Stages 2 and 3 for one sentence: the scope of each event word, then what it makes (a strike
    or an attack by who did it, a threat, a deployment, a truce), and the counts of its asserted
    casualty words."""
    text = item.text
    launches = "launch" in categories and "distance_weapon" in categories
    sends = "send" in categories and "state_force" in categories
    if EVENT_CATEGORIES.isdisjoint(categories) and not launches and not sends:
        return  # names only: nothing to decide here
    sense = _sense_context(hits, categories)
    armed_group_named = NAMED_GROUP in categories and not item.sides_only_tell
    if not item.doers_named and (item.source_named or not categories.isdisjoint(_NON_HUMAN_CAUSES)) and (
            _harm_without_doer(text, hits, categories | _BLAST_SOURCES if item.source_named else categories)):
        # (a side named only as the holder of the place is no armed side of the accident: "a blast at an arms
        # store in the Hezbollah-controlled valley"; _names_a_doer left it out of the doers too)
        held_out = _holders_left_out(text, hits)
        sense = (sense & held_out) | _DISASTER_CONTEXT
        findings.accident = True
        armed_group_named = NAMED_GROUP in held_out
    elif _MISHAP in categories and not _VIOLENT_OR_CASUALTY.isdisjoint(categories) and _arms_went_off_by_mishap(
            text, sentence[1], hits, categories):
        # (a mishap told harms someone or something; arms fired in a drill that harms no one are still
        # the drill's show of force: "warships fire missiles during exercises")
        sense = (sense - _WEAPON_WORDS) | _DISASTER_CONTEXT
        launches = False  # (a missile fired by mishap is no fire at anyone: "accidentally fires a missile")
    elif _ANIMAL in categories and _animals_describe_the_harmed(text, hits, sentence[0]):
        # (the animals are neither harmed nor doers: "a ranger, who looked after the elephants, was shot dead")
        if all(_ANIMAL in hit.categories for hit in hits if "context_disaster" in hit.categories):
            sense = sense - _DISASTER_CONTEXT
            findings.not_disasters.update(hit.start for hit in hits if _ANIMAL in hit.categories)
    elif _ANIMAL in categories and _harm_only_to_animals(text, hits):
        sense = (sense - _WEAPON) | _DISASTER_CONTEXT
    if _MISHAP in categories and _ACCIDENT_SHARED in categories and _blast_told_accidental(text, hits):
        findings.accident = True  # "four militants were killed in an accidental explosion": no act of theirs went off
    if item.title_sense and sentence[0] < item.title_end:
        sense = sense | item.title_sense  # "United attack fails to break down Burnley's defence | ... their strikers"
    elif item.summary_sense and sentence[0] >= item.title_end:
        sense = sense | item.summary_sense  # "Cycling star attacks on final climb | A solo attack six km from the summit"
    if 0 <= item.cyber_named_at < sentence[0] and _only_the_attack_named_again(text, hits, categories):
        sense = sense | _CYBER  # "Feedly is hit by DDoS attacks. The attack lasted three hours"
    if ("context_disaster" in sense or ("context_sports" in sense and "number" in categories and not item.score)) and not findings.accident and _MISHAP not in categories and (
            _ANIMAL not in categories) and _TOLD_AS_NEWS_ONLY.isdisjoint(categories) and (
            not _HARM_TO_PEOPLE.isdisjoint(categories)) and (
            _NON_DISASTER_SENSES.isdisjoint(sense)) and _WEAPON.isdisjoint(sense) and any(
            _FIREARM_OR_BLADE_ACT.search(text, hit.start, hit.end) and (
                "attack" in hit.categories or (not _HARM_TO_PEOPLE.isdisjoint(hit.categories)
                                               and _disaster_words_are_places(text, hits))) for hit in hits):
        # a shooting or a stabbing names its weapon in its own word: a person who shoots or stabs at a "plant", a
        # "depot" or a "warehouse" attacks there, and the place word alone makes no accident of it (a place lends
        # the disaster sense only where no act of arms is told; an act under a cue or a marker, a court case, a reaction
        # or a past rite is left as its scope reads it; so is one whose sentence tells no one killed or hurt); a
        # game's place or club lends no sport's sense to a shooting that counts the people it killed or hurt ("a
        # shooting outside a youth club leaves three dead"; a sentence that counts no one, or an item that tells a
        # score, still reads its game). A word of the harm that names its weapon tells the act as well ("two guards
        # were shot dead at a power plant", "was stabbed to death at a depot"), where each disaster word of its
        # sentence is told as a place (none the accident itself: "shot dead in a hunting accident"); the place then
        # lends the item no disaster either (_decide_types keeps its casualties, the topic gate reads no accident)
        sense = sense | _WEAPON
        findings.not_disasters.update(hit.start for hit in hits if "context_disaster" in hit.categories)
    blocked = sense_blocks(sense, armed_group_named)
    background = ("background" in categories and _is_background(text, hits, sentence[0])) or (
        "conflict" in categories and "killed" in categories and _war_total(text, hits, sentence))
    casualty_indexes: list[int] = []
    markers = [hit for hit in hits if not MARKER_CATEGORIES.isdisjoint(hit.categories)] if (
        not MARKER_CATEGORIES.isdisjoint(categories)) else []
    # scope_of finds a scope only through a cue word or a marker of this sentence; most sentences
    # hold neither, and then every event word in them is asserted (no walk back)
    cued = bool(markers) or not CUE_CATEGORIES.isdisjoint(categories)
    # the last event word of this sentence found to be history or in a trial: where it ends, which
    past_end, past_scope = -1, "past"
    # where the last such word that was found so by itself (not in the clause of another) ends: "last week's
    # assault, in which gunmen killed seven" tells "killed" in the assault's clause, past "gunmen"
    head_end = -1
    # the last death noun of this sentence in a scope ("revenge for the killing of"): where it ends, which
    death_end, death_scope = -1, "past"
    # the starts of this sentence's violent and casualty words found to be history or a reaction's topic
    # so far (hedged ones still tell of the sentence's event: "ten feared dead after a bomb explodes")
    quiet: set[int] = set()
    # the starts of this sentence's violent and casualty words found to be the matter of a case ("arrest a suspect
    # in the killing of"): no news of the main clause either, for a relative clause after it that a month dates
    cased: set[int] = set()
    # (where the sentence tallies acts over months or years: the starts of its perfects, whose clauses tell the tally)
    tally = _tallied_over_a_span(text, sentence) if "background" in categories else []
    # (where the sentence's own act is told before a phrase of its reason: where that phrase starts, whose toll is
    # the reason's, history; its act words keep the scope the rules of earlier acts give them)
    reason_start = _reason_after_own_act(text, hits) if "background" in categories else -1
    for index, hit in enumerate(hits):
        if "distance_weapon" in hit.categories:
            findings.weapons.append((hits, index))
        if EVENT_CATEGORIES.isdisjoint(hit.categories) and not launches and not sends:
            continue  # a name, a weapon, a number: context for the rules, no event itself
        events = (hit.categories & EVENT_CATEGORIES) - blocked
        if not events and _ATTACK <= blocked and _a_fire_set(hit) and (_HARM_OF_A_FIRE.search(text) or (
                _set_by_a_hostile_doer(text, hits, hit.start, hit.end))):
            # "inmates set mattresses on fire during a riot, and nine guards were treated for smoke inhalation": a fire
            # set that hurts people is an assault in a riot too, as a stone or a petrol bomb that hurts is; and so is
            # one its doer sets against others ("the homes were set alight by militiamen"; not "protesters burn tyres")
            events = _ATTACK
        if launches and "distance_weapon" in hit.categories and _launched(text, hits, index):
            events = events | _launch_event(text, hits, index, sentence[1])  # "fired dozens of rockets at the town"
        if sends and "send" in hit.categories and _sends_forces(text, hits, index):
            events = events | _MOBILIZATION  # "sent around 1,000 additional soldiers"
        if "attack" in events and (criticises(text, hits, index, categories) or quarrels(text, hits, index)
                                   or judged_an_attack(text, hits, index) or battles_a_trend(text, hits, index)
                                   or (hit.text.lower() in RAID_VERBS
                                       and searched_by_the_law(text, hits, index, categories))
                                   or raid_of_the_law(text, hits, index, categories, sentence)
                                   or raid_on_premises(text, hits, index)
                                   or raid_for_arrests(text, hits, index, sentence)
                                   or recaptures_escapees(text, hits, index, sentence)
                                   or describes_fighters(text, hits, index)
                                   or taken_without_arms(hits, index, categories)):
            # "the minister attacks the neighbours over their decision": criticism; "coalition parties
            # clash over the raid": a quarrel; "the mayor calls the ruling an attack on the city": a judgement;
            # "the city battles a surge in cases": a struggle against a trend; "police investigating the
            # fraud raid 11 offices": a search; "arms the rebels fighting in the north": who the fighters are
            events = events - _ATTACK
        if "killed" in events and kills_germs_or_cells(text, hits, index):
            continue  # "kills cancer cells": no one
        if not events.isdisjoint(_ATTACK | _KILLED) and done_by_a_medicine(text, hits, index):
            continue  # "a drug that attacks amyloid plaques": what a medicine attacks is a disease
        # (asked once here, not by each rule below)
        harm = not events.isdisjoint(_VIOLENT_OR_CASUALTY)
        if harm and item.cues.destroying and (destroys_own_arms(text, hits, index) or demolishes_homes(text, hits, index)):
            continue  # "the state destroys its chemical arsenal": disarmament; "the homes of the gunmen": a demolition
        if "killed" in events and carries_out_a_sentence(text, hits, index, sentence):
            continue  # "the execution of a maid who was beheaded": capital punishment, no armed violence
        if harm and ((item.score and _scored(text, hit))
                     or (hit.text.lower() in WRECK_VERBS and wrecks_heritage(text, hits, index))):
            # "the Gunners were massacred 6-0 by City": a game's result; "militants blew up the ancient
            # temple": heritage destroyed, no assault on people
            continue
        if not events:
            continue
        scope = scope_of(text, hits, index, markers, item.title_end) if cued else None
        if scope is None and harm and not events.isdisjoint(CASUALTY_CATEGORIES) and _NO_ONE_AS_OBJECT.match(
                text, hit.end) and _act_told_before(hits, index, quiet):
            scope = "negated"  # "the grenade exploded, hurting no one": the act before it hurt no one
        chained = False  # (whether the word is past for the clause of an earlier one: describes_past_event)
        if scope is None and item.cues.drill_content and not events.isdisjoint(VIOLENT_CATEGORIES) and (
                played_in_a_drill(text, hit.start, sentence[0])):
            scope = "hypothetical"  # "war games featuring helicopter assaults": a part of the drill, played
        if scope is None and item.cues.stopped and not events.isdisjoint(VIOLENT_CATEGORIES):
            # "police defuse a car bomb", "a suicide bomber is arrested on his way to the city": foiled; "the
            # gunman is arrested": a person caught
            scope = stopped_before_the_act(text, hit.start, hit.end)
        if scope is None and item.cues.to_come and not events.isdisjoint(VIOLENT_CATEGORIES) and told_as_to_come(
                text, hit.end, sentence[1]):
            scope = "modal"  # "further attacks are imminent", "a strike on the country may come within days"
        if scope is None and not events.isdisjoint(VIOLENT_CATEGORIES) and supposed_as_a_case(
                text, hit.start, hit.end, sentence):
            scope = "hypothetical"  # "an attack on the island could amount to a threat to its survival"
        if scope is None and not events.isdisjoint(VIOLENT_CATEGORIES) and weighed_as_an_alternative(
                text, hit.start, sentence[0]):
            scope = "hypothetical"  # "was offered an alternative to attacking Iraq": an option weighed
        if scope is None and not events.isdisjoint(_VIOLENT_OR_CASUALTY) and named_as_a_likeness(
                text, hit.start, sentence[0]):
            scope = "past"  # "comparing the invasion to the nuclear bombing of Hiroshima": a likeness
        if scope is None and not events.isdisjoint(VIOLENT_CATEGORIES) and made_easier_or_harder(
                text, hit.start, hit.end, sentence):
            scope = "hypothetical"  # "as the weather warms, making travel and fighting easier": a prospect
        if scope is None and harm and aimed_in_a_plot(text, hit.start):
            scope = "modal"  # "a plot among officers to kill the president", "a threat by the group to attack malls"
        if scope is None and not events.isdisjoint(VIOLENT_CATEGORIES):
            # "sends forces to help local troops fight the militants", "troops arrive to start a new offensive": an aim
            scope = aim_of_a_move(text, hit.start, hit.end)
        if scope is None and harm and text.endswith(_RELATIVE_WORDS, 0, hit.start) and done_by_whoever(
                text, hit.start, hit.end, sentence[1]):
            scope = "hypothetical"  # "terrorists who kill civilians will be hunted down": whoever does it
        if scope is None and harm and text.endswith(_TO_BE, 0, hit.start) and _asked_for_before(text, hits, index):
            scope = "hypothetical"  # "calling for the journalist to be stoned to death": what is asked for
        if scope is None and harm:
            if past_end >= 0 and (describes_past_event(text, past_end, hit.start) or (
                    0 <= head_end != past_end and describes_past_event(text, head_end, hit.start))):
                scope = past_scope  # "the massacre in which 300 people died"
                chained = True
            elif death_end >= 0 and came_by_act(text, death_end, hit.start, hit.end):
                scope = death_scope  # "vows revenge for the killing of its general in a drone strike"
            elif markers and told_in_relative_of_a_marker(text, markers, hit.start):
                scope = "past"  # "marks the anniversary of the genocide in which 800,000 were killed"
            elif 0 <= reason_start < hit.start and not events.isdisjoint(CASUALTY_CATEGORIES) and not (
                    text.endswith(", ", 0, hit.start) and hit.text.split(maxsplit=1)[0].endswith("ing")
                    and _reason_closed_before(text, hits, index, reason_start)):
                # "Turkey bombards targets in response to a shelling that killed five": the reason's toll; (a
                # participle after a comma tells the result of the main clause's act: "jets strike camps in
                # retaliation for the raid, killing 40 fighters")
                scope = "past"
            elif _told_before(item, hits, index, sentence, events, categories, quiet, cased):
                scope = "past"
            elif item.cues.claimed and not findings.evidence and not findings.counted and not events.isdisjoint(
                    VIOLENT_CATEGORIES) and claims_known_act(text, hit.start, hit.text, sentence[1]):
                # "claims responsibility for the attack": a claim of an act known before; (but where the item
                # has told an act or a toll of its own, "the attack" it claims is that one, told as news)
                scope = "past"
            elif item.cues.attribution and not findings.violent() and "casualty" not in findings.evidence and (
                    not findings.counted) and not events.isdisjoint(VIOLENT_CATEGORIES) and (
                    attributes_known_act(text, hit.start, sentence[1], sentence[0] in (0, item.title_end + 1))):
                # "blames the rebels for the attack", "says the army was behind recent shelling": who did an act
                # known before (but an act the item has told as news is that one, its doer news with it)
                scope = "past"
            elif item.cues.attacker and not findings.violent() and "casualty" not in findings.evidence and (
                    not findings.counted) and identifies_known_attacker(text, hit.start, hit.end, sentence[1]):
                # "the attacker who killed eight people at the base was a triple agent": who a known attacker was
                scope = "past"
            elif item.cues.definite_count and (not events.isdisjoint(CASUALTY_CATEGORIES) or _CAPTURE in hit.categories) and (
                    counted_before(text, hit.start, hit.end, sentence[0])):
                # "the nine people killed during the raid": people known, and what befell them told again;
                # still dead people of the main clause, whose death an after-clause may tell ("were buried
                # after shelling resumed" reports the shelling), so not quiet
                scope = _KNOWN_PEOPLE
            elif item.topic_title and hit.start < item.title_end:
                # a title that is a topic's name ("Assassination of ...", "School shootings in ...") names
                # what its summary is about, reported there or not at all
                scope = _TOPIC
                findings.topic_events.add(_event_stem(hit.text))
            elif tally and any((start <= hit.start and not crosses_clause(text, start, hit.start))
                               or _subject_of_a_tally(text, hit, start) for start in tally):
                scope = "past"  # "Russia has launched thousands of drones at Ukrainian cities this year"
            elif item.cues.called_off and events & VIOLENT_CATEGORIES and called_off_after(text, hit.end, sentence[1]):
                scope = "modal"  # "a retaliatory strike was called off": threatened, not done
            elif findings.past_events and ((_event_stem(hit.text) in findings.past_events and _DEFINITE_BEFORE.search(
                    text, max(0, hit.start - 40), hit.start)) or (
                    not findings.evidence and not findings.counted and _names_the_event_again(text, hit))):
                # "Ministers meet over the shelling of the port. The shelling was the third this year": the
                # same event, named again with a definite article; or by a general word for it where the
                # item has reported no act or casualty of its own so far ("protests against the drone
                # strikes. It says the attacks are unacceptable")
                scope = "past"
            elif findings.topic_events and _event_stem(hit.text) in findings.topic_events and _THE_BEFORE.search(
                    text, max(0, hit.start - 40), hit.start):
                scope = "past"  # "Orlando nightclub shooting" / "the gunman in the nightclub shooting"
        if item.cues.case_stage and _planned_or_threatened(events, scope) and told_as_a_cases_cause(
                text, hits, index, sentence, quiet, hit.start < item.title_end):
            scope = "legal"  # "sentenced to 27 years for plotting a coup": the plot is the case's matter, no threat
        if harm and scope is not None:
            if not events.isdisjoint(CASUALTY_CATEGORIES) and is_death_noun(hit.text):
                death_end, death_scope = hit.end, scope
            if scope in _PAST_OR_LEGAL:
                past_end, past_scope = hit.end, scope
                if not chained:
                    head_end = hit.end
                findings.past_events.add(_event_stem(hit.text))
                if not events.isdisjoint(VIOLENT_CATEGORIES):
                    # ("over drone strike on the airport | ... on Tuesday's strike": a compound act is known
                    # again by its head noun)
                    findings.past_events.add(_head_stem(hit.text))
            elif scope == "hypothetical" and _repetition_supposed(text, hit, sentence[1]):
                # "strikes if the shelling of the island is repeated": the shelling happened, and is
                # the one named again after ("The shelling was a reply to the drills")
                findings.past_events.add(_event_stem(hit.text))
            if scope == "past":
                quiet.add(hit.start)
                findings.history.add(hit.start)
            elif scope == "legal":
                cased.add(hit.start)
        if events & CASUALTY_CATEGORIES:
            if scope is None and not is_reference(text, hit, sentence[0]):
                casualty_indexes.append(index)
            elif scope == "past" and not chained and _toll_of_a_reactions_object(text, hits, index, sentence, categories):
                # (the people after the killing word: those before it are the reaction's, "two suspects", "officers")
                findings.reaction_tolls.extend(count for count in read_counts(text, hits, [index], sentence, False)
                                               if not count.perpetrators and count.start >= hit.start)
            elif scope == "negated" and (_no_one_harmed(text, hits, index, sentence[0])
                                         or _NO_ONE_AS_OBJECT.match(text, hit.end) is not None):
                if _AMONG_GROUP.match(text, hit.end, sentence[1]):
                    findings.zero_among = True
                elif casualty_field(hit) == "injured":
                    # "no casualties", "no one was injured": nobody either way (the dead were hurt too)
                    findings.zero["killed"] = findings.zero["injured"] = True
                else:
                    findings.zero[casualty_field(hit)] = True
        elif "attack" in events and scope in (None, "past") and fatal_act_of_people(text, hit):
            # "the fatal stabbing of two women": the act's people are its dead, counted as a casualty word's (and
            # as the dead a case is opened over: "arrested a man over the fatal shooting of two teenagers")
            if scope is None:
                casualty_indexes.append(index)
            elif not chained and _toll_of_a_reactions_object(text, hits, index, sentence, categories):
                findings.reaction_tolls.extend(count for count in read_counts(text, hits, [index], sentence, False)
                                               if not count.perpetrators and count.start >= hit.start)
        _note_event(text, hits, index, events, scope, categories, findings, hit.start < item.title_end)
    if casualty_indexes:
        _read_counts(item, sentence, hits, categories, casualty_indexes, background, findings)


#: The first steps of a case after an act, which the item tells with the act itself: an arrest, a charge, an inquiry.
#: (A protest, a condemnation or a sanction over a killing is news of its own, its own violence another act:
#: "protested over the killing of two teenagers; officers fired tear gas, injuring 12".)
_CASE_OPENED: Final = re.compile(r"\b(?:arrest|detain|charg|investigat|probe|probing|inquir|question)", re.IGNORECASE)
#: A date of weeks or more before the news: the act a reaction is over is then not the one an item tells as news.
_LONG_GONE: Final = re.compile(r"\b(?:last|previous|past|earlier\s+this)\s+(?:week|month|year)|\b(?:weeks|months|years)\s+"
                              r"(?:ago|earlier|before)|\b(?:19|20)\d\d\b", re.IGNORECASE)


#: The scopes in which an act word tells a plan, a threat or a foiled act, and the events that tell one by themselves.
_PLANNED_SCOPES: Final = frozenset({"modal", "foiled"})
_PLAN_EVENTS: Final = frozenset({"threat", "foil", "show_of_force"})


def _planned_or_threatened(events: frozenset[str], scope: str | None) -> bool:
    """Whether an event word in `scope` tells a threat or a plan (a threat word, a foil, or an act hedged by a plan or
    a foil): what a later stage of a case may be for, as an act is (told_as_a_cases_cause)."""
    return (scope is None and not events.isdisjoint(_PLAN_EVENTS)) or (
        scope in _PLANNED_SCOPES and not events.isdisjoint(VIOLENT_CATEGORIES))


def _toll_of_a_reactions_object(text: str, hits: list[Hit], index: int, sentence: tuple[int, int],
                                categories: frozenset[str]) -> bool:
    """Whether the killing word hits[index], found past, is the object of a reaction of its clause that opens a case
    ("arrested two suspects over the killing of three people in a shooting late on Sunday") in a sentence that dates
    nothing weeks or more gone: its count is a toll of an act the item may tell as news (Findings.reaction_tolls)."""
    return (casualty_field(hits[index]) == "killed" and not _REACTION_OR_PAST.isdisjoint(categories)
            and _CASE_OPENED.search(text, sentence[0], hits[index].start) is not None
            and _LONG_GONE.search(text, sentence[0], sentence[1]) is None and reacts_to_event(text, hits, index))


#: Besides an act's words, the arms a launch verb sends: "fire a missile at a ship, hurting no one" tells the
#: missile's result as "fired rockets at the town, hurting no one" does.
_LAUNCHED_ARMS: Final = frozenset({"distance_weapon"})


def _act_told_before(hits: list[Hit], index: int, quiet: Set[int]) -> bool:
    """Whether the sentence tells a violent act of its own before hits[index]: the act whose result a harm with no one
    as its object tells ("exploded, hurting no one"), or arms launched ("fire a missile at"); where no act is told,
    the harm word is left as it reads."""
    return any(hit.start not in quiet and (not VIOLENT_CATEGORIES.isdisjoint(hit.categories) or (
        position and not _LAUNCHED_ARMS.isdisjoint(hit.categories) and "launch" in hits[position - 1].categories))
        for position, hit in enumerate(hits[:index]))


def _no_one_harmed(text: str, hits: list[Hit], index: int, sentence_start: int) -> bool:
    """Whether the denied casualty word hits[index] has no one as its subject ("no one was injured", "none of
    the crew was hurt"); a word joined to the casualty word before it shares that word's subject: "none of the
    crew was killed or injured" is no one injured too."""
    start = hits[index].start
    if index and not CASUALTY_CATEGORIES.isdisjoint(hits[index - 1].categories) and _JOINED_HARM.fullmatch(
            text, hits[index - 1].end, start):
        start = hits[index - 1].start
    return _NO_ONE.search(text, max(sentence_start, start - 40), start) is not None


#: A definite event word then its repetition in a condition: "if the shelling of the island is repeated",
#: "should the raids happen again" (a repetition supposes the event has happened once).
_REPEATED_AFTER: Final = re.compile(r"(?:\s+(?!(?:and|but|or)\s)[\w'’.-]+){0,6}?\s+(?:(?:is|are|be|were|was|gets?)\s+"
                                    r"repeated|repeats?|recurs?|(?:happens?|occurs?|takes?\s+place)\s+again)\b",
                                    re.IGNORECASE)
_DEFINITE_ARTICLE_BEFORE: Final = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[\w'’.-]+\s+)?$")


_TO_BE: Final = ("to be ", "To be ")


def _asked_for_before(text: str, hits: list[Hit], index: int) -> bool:
    """Whether a word of asking or wanting (taxonomy.toml's hypothetical: "calling for", "demanded",
    "urged") stands before the event word hits[index] in its clause: the act after "to be" is what is
    asked for ("the first journalist to be killed this year" asks nothing, and was killed)."""
    for back in range(index - 1, -1, -1):
        cue = hits[back]
        if crosses_clause(text, cue.end, hits[index].start):
            return False
        if "hypothetical" in cue.categories:
            return True
    return False


def _repetition_supposed(text: str, hit: Hit, sentence_end: int) -> bool:
    """Whether the hypothetical event word `hit` is a definite event whose repetition its condition
    supposes (see _REPEATED_AFTER)."""
    return _DEFINITE_ARTICLE_BEFORE.search(text, max(0, hit.start - 30), hit.start) is not None and (
        _REPEATED_AFTER.match(text, hit.end, sentence_end) is not None)


#: How far into its sentence an event word of a story's label may stand (three names before it).
MAX_STORY_LABEL_CHARS: Final = 40


def _told_before(item: _Item, hits: list[Hit], index: int, sentence: tuple[int, int], events: frozenset[str],
                 categories: frozenset[str], quiet: set[int], cased: Set[int] = frozenset()) -> bool:
    """Whether the asserted violent or casualty word hits[index] tells an event of the past: the
    background of other news, an event named by its date or its name, history (an act of an age long gone
    too), a rate a year (a statistic), a reaction's or a
    topic's object, the cause of other news, how people now described died, a war's running total, an
    act told of the subject of a later stage of a case or of a party to a reaction, a record's content or a
    work's story, an attacker in a case and the act he is known by, a life's end told with its age (an
    obituary) and the acts of that life, an act whose planning or worth is found, a death declared by a legal act, a toll named as rising
    with no count (a trend), fighting as the backdrop of diplomacy, or the act that people described by
    their capture were taken in, the death of people a burial, a funeral or prayers are for, the act a rite of
    mourning or remembrance answers, or the act people
    described fled, an act named by a day gone under other news (and its toll in a relative clause), or a
    war named by a story's label. Only the checks the text holds
    the words of are asked (scope.text_cues), the cheapest first."""
    text, cues, hit = item.text, item.cues, hits[index]
    casualty = not events.isdisjoint(CASUALTY_CATEGORIES)
    return (cues.background_clause and in_background_clause(text, hits, index, sentence[0], quiet)) or (
        cues.rite and answered_by_a_rite(text, hits, index, sentence)) or (
        recalled_by_an_anniversary(text, hits, index, sentence)) or (
        cues.confirmed and confirms_dated_act(text, hit.start, sentence)) or (
        cues.admitted and admits_an_act(text, hit.start, sentence)) or (
        cues.dated_name and names_dated_event(text, hit.start, sentence[0])
    ) or (item.reaction_heading and (cues.dated_name or cues.earlier) and dated_by_a_month_under_a_reaction(
        text, hits, index, sentence, quiet, item.title_end)
    ) or (cues.earlier and named_by_a_past_weekday(text, hits, index, sentence[0])) or (
        cues.day_gone and dated_act_under_other_news(text, hits, index, sentence, quiet)) or (
        casualty and hurt_in_an_act_of_a_time_gone(text, hits, index, sentence, quiet)) or (
        hit.start - sentence[0] < MAX_STORY_LABEL_CHARS and names_a_storys_war(text, hit.start, hit.end, sentence[0])
    ) or (
        cues.known_event and hit.text[:1].islower() and names_known_event(text, hits, index, sentence[0])) or (
        cues.year and (hit.start < item.title_end and dated_by_a_heading_year(text, hits, index, item.title_end)
                       or killed_in_a_stretch_of_a_dated_event(text, hits, index, sentence[1])
                       or done_during_a_year_named_event(text, hit.end, sentence[1])
                       or dated_in_reduced_relative(text, hits, index, sentence))
    ) or (casualty and deaths_summed_over_a_war(text, hit.start, hit.end, sentence[1])
    ) or (passed_off_as(text, hit.start, hit.end, sentence[0])
    ) or (
        cues.year and not events.isdisjoint(VIOLENT_CATEGORIES) and (
            dated_by_bare_year(text, hit.end, sentence[1])
            or dated_in_dependent_clause(text, hit.start, hit.end, sentence)
            or dated_in_a_when_clause(text, hit.start, hit.end, sentence))
    ) or (
        not _REACTION_OR_PAST.isdisjoint(categories) and reacts_to_event(text, hits, index)
    ) or (
        "reaction" in categories and in_clause_of_a_reactions_object(text, hits, index, sentence)
    ) or (cues.history and (told_as_history(text, hit.start, sentence[0])
                            or in_a_marked_span_since(text, hit.start, sentence[0])
                            or dated_years_on(text, hit.end, sentence[1])
                            or fighting_a_place_has_seen(text, hit.start, sentence[0])
                            or told_as_a_span_of_acts(text, hit.start, hit.end, sentence[0])
                            or (casualty and remembered_dead(text, hit.start, sentence[0])))) or (
        cues.antiquity and dated_to_antiquity(text, hit.start, hit.end, sentence)) or (
        cues.remains and seen_on_old_remains(text, hit.start, sentence[0])) or (
        cues.rate and told_as_a_yearly_rate(text, hit.start, hit.end, sentence)) or (
        "capture" in hit.categories and freed_captives(text, hits, index, sentence[1], quiet)
    ) or (hit.text[:4].lower() == "gunm" and captors_of_freed(text, hits, index, sentence[1])) or (
        cues.year and "armed_group" in hit.categories and doer_in_dated_relative(text, hit.start, sentence)
    ) or (cues.since and (told_of_a_series_since(text, hits, index, sentence)
                          or not casualty and act_of_a_toll_since(text, hits, index, sentence))) or (casualty and (
        (cues.since and counted_since_a_year(text, hit.end, sentence[1]))
        or (cues.year and (killed_in_dated_event(text, hits, index, sentence)
                           or toll_over_years(text, hit.end, sentence[1])
                           or killed_in_year_dated_act(text, hits, index, sentence)
                           or dated_in_dependent_clause(text, hit.start, hit.end, sentence)
                           or dated_in_a_when_clause(text, hit.start, hit.end, sentence)))
        or (cues.known_event and killed_in_known_event(text, hit.end, sentence[1]))
        or (cues.dated_name and (killed_in_named_dated_act(text, hits, index, sentence)
                                 or killed_in_month_named_event(text, hit.start, sentence[0])))
        or (cues.earlier and killed_in_gone_event(text, hit.start, sentence[0]))
        or (cues.mourned and (died_before_a_rite(text, hit.start, hit.end, sentence)
                              or mourned_in_the_passive(text, hit.start, sentence)))
        or (cues.recovery and wounded_before_recovery(text, hits, index, sentence, quiet))
        or (cues.share and a_share_of_deaths(text, hit.start, hit.end)))) or (
        quiet and labels_acts_told(text, hit.start, sentence[0])) or (
        cues.topic and is_a_topic(text, hit.start, sentence[0])
    ) or (cues.caused and caused_other_news(text, hit.end, sentence[1])) or (
        cues.described_dead and describes_the_dead(text, hit.start, hit.end)) or (
        casualty and hit.text.lower() in SERVED_ADJECTIVES and describes_the_served_wounded(text, hit.start, hit.end)
    ) or (
        cues.kin and describes_kin_of_the_dead(text, hit.start, sentence[0], casualty or _CAPTURE in hit.categories)) or (
        cues.year and kin_lost_in_a_year_gone(text, hit.start, hit.end, sentence)) or (
        cues.conflict and (totals_a_conflict(text, hit.start, sentence[0]) if casualty
                           else hit.text.lower() == "fighting" and fighting_totalled(text, hit.start, hit.end,
                                                                                     sentence[0]))) or (
        (cues.earlier or cues.dated_name) and told_in_earlier_relative(text, hits, index, sentence,
                                                                        _known_in_main_clause(quiet, cased))) or (
        cues.case_stage and (acted_before_a_case(text, hits, index, sentence, quiet)
                             or told_as_a_cases_cause(text, hits, index, sentence, quiet, hit.start < item.title_end)
                             or names_a_case(text, hit.start, hit.end)
                             or told_of_the_accused(text, hits, index, sentence, item.title_end))) or (
        cues.record and told_as_record_content(text, hits, index, sentence)) or (
        cues.work and told_as_a_works_story(text, hit.start, sentence[0])) or (
        "reaction" in categories and cues.relative and told_of_a_reactions_party(text, hits, index, sentence, quiet)) or (
        "armed_group" in hit.categories and attacker_in_a_case(text, hit.start, hit.end)) or (
        cues.attacker and known_attackers_act(text, hit.start, hit.end, sentence[0])) or (
        cues.age and (casualty and died_of_age(text, hits, index, sentence[1])
                      or hit.start == item.lifes_end_heading
                      or ("bare_death" in categories and told_of_one_who_died_of_age(text, hits, index, sentence)))) or (
        text.startswith(_DATE_OPENERS, sentence[0]) and opened_by_a_remembered_date(text, hit.start, sentence[0])) or (
        cues.succession and told_of_the_one_replaced(text, hits, index, sentence, quiet)) or (
        text.startswith(_BEFORE_A_COPULA, hit.end) and judged_by_a_copula(text, hit.start, hit.end)) or (
        not BACKDROPPED_ACTS.isdisjoint(categories) and backdrop_of_diplomacy(text, hits, index, sentence)) or (
        cues.finding and told_in_a_finding(text, hits, index, sentence, hit.start < item.title_end, quiet)) or (
        cues.monitor and told_in_a_monitors_report(text, hit.start, sentence)) or (
        cues.inquiry and under_inquiry(text, hits, index, sentence, quiet)) or (
        not casualty and (subject_of_a_finding(text, hit.start, hit.end, sentence[1])
                          or (cues.months_span and counted_over_months(text, hit.start, hit.end, sentence[1]))
                          or (cues.decided and decided_on(text, hits, index, sentence[0]))
                          or (cues.fled and fled_before(text, hit.start, sentence[0]))
                          or drove_people_out_in_all(text, hit)
                          or fighting_lulls(text, hit, sentence[1])
                          or (cues.taken and taken_in_known_act(text, hit.start, sentence[0])))) or (
        casualty and ((cues.declared and declared_dead(text, hit.start, hit.end, sentence[0]))
                      or ("toll" in hit.categories and a_toll_as_trend(text, hit.start, hit.end))
                      or _IN_EARLIER_EVENT_AFTER.match(folded(text), hit.end, sentence[1]) is not None)) or (
        cues.running_toll and in_a_running_toll(text, hit.start, hit.end, sentence)) or (
        tallied_over_a_period(text, hit.start, sentence)) or (
        cues.revision and in_a_revised_toll(text, hit.start, hit.end, sentence))


def _known_in_main_clause(quiet: set[int], cased: Set[int]) -> Set[int]:
    """The starts of a sentence's event words that tell no news of its main clause, for a relative clause after
    them dated earlier (told_in_earlier_relative): those told before, and those a case is about ("police arrest a
    fourth suspect in the killing of the chairman, who was shot dead outside his home in March": the arrest is
    the news, and the killing the clause tells is the case's, months old)."""
    return quiet | cased if cased else quiet


#: People killed "in earlier fighting", "during previous clashes": the dead of an event before the news.
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_IN_EARLIER_EVENT_AFTER: Final = re.compile(
    r"\s+(?:in|during)\s+(?:the\s+)?(?:earlier|previous|past|former)\s+(?:[\w-]+\s+)?(?:fighting|clashes|battles?|wars?|"
    r"attacks?|offensives?|strikes|raids|bombings|shelling|violence|conflicts?|hostilities)\b")


#: What the cheapest guards of the rules below look for right before an event word or at a sentence's start (each
#: rule tells the same by itself; the guard only spares the call): a relative word ("terrorists who kill"), a
#: date's opening word ("On March 17, 2002, ...").
_RELATIVE_WORDS: Final = ("who ", "that ")
_DATE_OPENERS: Final = ("On ", "In ", "By ")
#: What follows an event word judged by a copula: the copula, or a phrase of place or target before it.
_BEFORE_A_COPULA: Final = (" is ", " are ", " was ", " were ", " has ", " have ", " had ", " in ", " on ")


#: A definite article or demonstrative before an event word, maybe past a name or a word that tells
#: which ("the recent Paris attacks", "the mosque shootings"; but not one that tells a new event: "the new
#: attacks"): it names an event told before. A day's possessive names one as "the" does, "Sunday's
#: bombings in the capital", where the event is known as one of the past (_DEFINITE_BEFORE); the topic a
#: title names is told again by an article alone, where a day ("last night's shooting") may tell a new
#: event of the kind it names ("School shootings in ...": _THE_BEFORE).
_WHICH_WORDS: Final = (r"(?:(?:[A-Z][\w'’.-]*|(?!(?:new|fresh|renewed|further|second|third|fourth|more|other|next|"
                       r"another)\b)[a-z][\w'’-]*)\s+){0,2}$")
_THE_BEFORE: Final = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Tt]hat)\s+" + _WHICH_WORDS)
_DEFINITE_BEFORE: Final = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Tt]hat|\w+day['’]s|[Ll]ast\s+\w+['’]s)\s+" + _WHICH_WORDS)


# "the attacks", "the raid", "the incident": a general word for an act with only "the" before it, and no
# phrase after it that tells which act ("the attack on the market", "the raid in the north", "the attacks
# of Monday"), names again an act the item told before. (A new act gets a word of its own, "the new
# attacks", or a description.)
_GENERAL_EVENT_NOUNS: Final = frozenset({"attack", "attacks", "strike", "strikes", "raid", "raids", "assault",
                                         "assaults", "incident", "bombing", "bombings", "shelling", "killing",
                                         "killings"})
# "the fighting" names again a battle told before as well ("a Bronze Age battle ..., suggesting the fighting
# involved thousands"), where the item told no act of its own; it names no side, so it gives no act a kind
# (_GENERAL_EVENT_NOUNS do: "US air strikes killed 38 in one of the deadliest raids").
_NAMED_AGAIN_NOUNS: Final = _GENERAL_EVENT_NOUNS | {"fighting"}
_BARE_THE_BEFORE: Final = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat)\s+$")
# ("at the time" tells when an act named again was done, not which: "the group claimed the attack at the time"; and
# "on both sides" counts its sides, not a target or a place: "losses in the battle on both sides", where "on both
# sides of the river" places one)
_WHICH_ACT_AFTER: Final = re.compile(r"\s+(?:on(?!\s+(?:both|either|each|all)\s+sides?\b(?!\s+of\b))|in|"
                                     r"at(?!\s+(?:the|that)\s+time\b)|against|of|near|by|across|from|"
                                     r"along|inside|targeting)\b", re.IGNORECASE)


def _names_the_event_again(text: str, hit: Hit) -> bool:
    """Whether the event word `hit` is a general word for an act told before in the item (see
    _GENERAL_EVENT_NOUNS, _NAMED_AGAIN_NOUNS)."""
    return (hit.text.lower() in _NAMED_AGAIN_NOUNS
            and _BARE_THE_BEFORE.search(text, max(0, hit.start - 8), hit.start) is not None
            and _WHICH_ACT_AFTER.match(text, hit.end) is None)


def _event_stem(phrase: str) -> str:
    """The stem an event word is known by when it is told again ("attacks" -> "attac", "the death of"
    -> "death")."""
    words = phrase.lower().split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return words[0][:5] if words else ""


#: Words that may end an event phrase after its head noun ("strike on", "attack against").
_AFTER_HEAD: Final = frozenset({"on", "of", "in", "at", "against", "near", "by"})


def _head_stem(phrase: str) -> str:
    """The stem of the head noun of a compound event phrase, its last word before a preposition ("drone
    strike" -> "strik", "car bomb attack on" -> "attac"): told again, the act drops its modifiers
    ("Tuesday's strike")."""
    words = [word for word in phrase.lower().split() if word not in _AFTER_HEAD]
    return words[-1][:5] if words else ""


#: A reaction word, or a marker of the past (some are reactions: "condemns", "investigation into").
_REACTION_OR_PAST: Final = frozenset({"reaction", "past"})
#: The scope of an event word in a title that is a topic's name: no report, no event of the past either.
_TOPIC: Final = "topic"
_THREAT: Final = frozenset({"threat"})
_ATTACK: Final = frozenset({"attack"})


def _launch_event(text: str, hits: list[Hit], index: int, sentence_end: int) -> frozenset[str]:
    """What a launched weapon makes: fire, or a threat where it was launched at nothing named by a
    state or an unnamed launcher ("North Korea fires two ballistic missiles off its coast": a test;
    an armed group's rockets fired from a town are aimed at someone even where the target goes
    unnamed)."""
    if launched_at_nothing(text, hits, index, sentence_end) and _agent(text, hits, index)[0] != "group":
        return _THREAT
    return _FIRE


#: The words of a show of force or of a foiled act that name their arms or their act themselves ("missile test",
#: "test-fires", "live-fire drill", "bomb plot", "planned attack"); a bare marker ("disrupted", "a test of", "into the
#: water") names them only through its sentence.
_ARMS_IN_A_MARKER: Final = re.compile(r"missil|weapon|bomb|terror|plot|attack|kill|assassin|fire|firing|launch|kidnap",
                                      re.IGNORECASE)
#: A show marker that tells only when something happened after its launch ("after launch", "after its launch", "after
#: liftoff"): the launch of anything, a space rocket's, an airliner's or a campaign's.
_AFTER_A_LAUNCH: Final = re.compile(r"after\s", re.IGNORECASE)


def _marker_names_arms(marker: Hit) -> bool:
    """Whether a foil or show marker names arms or an armed act in its own words ("missile test", "foiled a bomb
    plot", "test-fires"); one that only times a launch ("shortly after launch") names arms only where its sentence
    names them ("a missile exploded shortly after launch"; "satellites fail to reach orbit after launch", "a rocket
    booster falls on a village shortly after launch" name none)."""
    return _ARMS_IN_A_MARKER.search(marker.text) is not None and _AFTER_A_LAUNCH.match(marker.text) is None


#: What a sentence names arms or an armed act by: a foil or a show marks these, or nothing.
_ARMS_OR_ACTS: Final = VIOLENT_CATEGORIES | {"weapon", "distance_weapon", "intercept", "military_target"}
#: An armed act a foiling verb takes as its object ("foiled a coup attempt", "foil a ship hijack attempt"), or as the
#: subject of its passive ("a plot to kill the king was foiled"), within a few words of it.
_FOILED_ACT: Final = re.compile(r"\b(?:coups?|hijack\w*|plots?|plotted|attacks?|bomb\w*|kill\w*|assassin\w*|kidnap\w*|"
                                r"massacres?|raids?|invasions?|incursions?|uprisings?|mutin\w+|insurrections?|overthrow\w*|terror\w*)\b",
                         re.IGNORECASE)
_FOILED_REACH: Final = 100
_CLAUSE_END: Final = re.compile(r"[.;:!?]|,\s|\s(?:and|but|as|while|after)\s")


#: After an act word, the words of the noun it is the modifier of, alone or joined to another modifier by "and" or
#: "or" ("air-raid and disaster alert systems").
_MODIFIER_OF_A_NOUN_AFTER: Final = re.compile(r"\s+(?:(?:and|or)\s+)?[a-z][\w-]*\s+[a-z]", re.IGNORECASE)


def _names_a_things_kind(text: str, hit: Hit) -> bool:
    """Whether the act word `hit` is joined by a hyphen as the modifier of a noun after it, the kind of a thing and no
    act ("a test of air-raid and disaster alert systems", as "air-raid sirens" are: docs/taxonomy.md, attack)."""
    return VIOLENT_CATEGORIES.isdisjoint(hit.categories) is False and _HYPHENED_BEFORE.search(
        text, max(0, hit.start - 2), hit.start) is not None and _MODIFIER_OF_A_NOUN_AFTER.match(text, hit.end) is not None


#: What a craft or its force is named by: an aircraft or a ship (a vehicle), or a state's force ("Air Force").
_CRAFT_OR_FORCE: Final = frozenset({_VEHICLE, "state_force"})


def _where_a_crash_came_down(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the show-of-force marker hits[index] ("into the sea") is where a crash right before it came down, in an
    item that tells no launch and names no arms but craft and forces ("a navy helicopter crashes into the sea during a
    training flight"): the place a craft fell in an accident, no arms fired to show force ("fires a missile that
    crashes into the sea" tells its launch, "a missile crashed into the sea" names the arms)."""
    if index == 0 or _CRASH not in hits[index - 1].categories or text[hits[index - 1].end:hits[index].start].strip():
        return False
    return not any("launch" in other.categories or (
        not _WEAPON_WORDS.isdisjoint(other.categories) and _CRAFT_OR_FORCE.isdisjoint(other.categories))
                   for other in hits)


def _shows_arms(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the foil or show-of-force marker hits[index] marks arms or an armed act: by its own words, by a weapon,
    an act or another such marker its sentence names, or by the act it foils. A bare marker alone is a word of ordinary
    news ("a cyber attack that disrupted blood tests", "sirens sound in a test of the warning system", "a landslide
    swept workers into the water")."""
    marker = hits[index]
    if _where_a_crash_came_down(text, hits, index):
        return False
    if any((other.categories & _ARMS_OR_ACTS and not _names_a_things_kind(text, other)) or (
            other.categories & _SHOWS and _marker_names_arms(other)) for other in hits):
        return True
    if "foil" not in marker.categories:
        return False
    if _FOILED_ACT.search(_CLAUSE_END.split(text[marker.end:marker.end + _FOILED_REACH], 1)[0]):
        return True
    before = text[max(0, marker.start - _FOILED_REACH):marker.start]
    return _PASSIVE_BEFORE.search(before) is not None and _FOILED_ACT.search(before) is not None


#: What names a drill a routine one, held on a calendar and announced long before (docs/taxonomy.md, mobilization:
#: "routine exercises announced long in advance"): "annual live-fire drills", "its regular exercises".
_ROUTINE: Final = r"(?:annual|yearly|twice-yearly|biannual|routine|regular|regularly\s+scheduled|long-planned|pre-planned)"
#: A routine word in the drill's own words, a few before its noun: "annual live-fire drills", "its annual exercises".
_ROUTINE_BEFORE: Final = re.compile(rf"\b{_ROUTINE}\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE)
_ROUTINE_BEFORE_REACH: Final = 60
#: After the drill's noun, what tells it routine: the routine exercise it is a part of ("in a live-fire drill during its
#: annual Han Kuang exercises") or its calendar ("the drills, held every July", "which are held annually").
_ROUTINE_AFTER: Final = re.compile(
    rf"\s+(?:during|as\s+part\s+of|in|of)\s+(?:(?:its|the|their|a|an|this\s+year['’]s)\s+)?{_ROUTINE}\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:drills?|exercises?|war\s+games|manoeuvres|maneuvers)\b"
    r"|,?\s+(?:(?:which|that)\s+(?:is|are|were|was)\s+)?(?:held|staged|conducted)\s+(?:every|each|annually|yearly)\b",
    re.IGNORECASE)
_ROUTINE_AFTER_REACH: Final = 90
#: A show-of-force word that names a drill (no test or launch into the sea): "live-fire drills", "live-fire exercise".
_DRILL_MARKER: Final = re.compile(r"drill|exercise", re.IGNORECASE)


def _told_routine(text: str, marker: Hit) -> bool:
    """Whether the drill `marker` is told routine in its own words (_ROUTINE_BEFORE, _ROUTINE_AFTER), or, in a title,
    where the summary tells the same drill so ("Taiwan fires rockets in a live-fire drill | ... during its annual
    exercises"): a heading names its summary's drill."""
    if _ROUTINE_BEFORE.search(text, max(0, marker.start - _ROUTINE_BEFORE_REACH), marker.start) or _ROUTINE_AFTER.match(
            text[:marker.end + _ROUTINE_AFTER_REACH], marker.end):
        return True
    title_end = text.find("\n")
    if not 0 < marker.end <= title_end:
        return False
    noun = marker.text.lower().rstrip("s")
    summary = text.lower()
    at = summary.find(noun, title_end)
    while at >= 0:
        if _told_routine(text, Hit(at, at + len(noun), text[at:at + len(noun)], marker.categories)):
            return True
        at = summary.find(noun, at + len(noun))
    return False


def _played_in_a_routine_drill(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the show-of-force word or the fire it scoped, hits[index], is of a routine drill: every show or foil word
    of its clause names a drill told routine (_told_routine). Forces' fire in their own yearly exercises shows no force
    at anyone; a launch beside another side's annual drills, in a clause of its own, still does ("North Korea fires
    missiles as the allies hold annual live-fire drills")."""
    hit = hits[index]
    markers = [other for other in hits if not other.categories.isdisjoint(_SHOWS) and not crosses_clause(
        text, min(hit.start, other.start), max(hit.end, other.end) - 1)]
    return bool(markers) and all(_DRILL_MARKER.search(other.text) and _told_routine(text, other) for other in markers)


def _beside_a_routine_drill(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the launch hits[index], scoped by a show-of-force word, is told beside routine drills in a clause of its
    own, none of the show words of its sentence in its clause and all of them routine drills: a launch of its own, at
    no one, a threat as any launch at nothing is ("North Korea fires missiles as the allies hold annual live-fire
    drills")."""
    hit = hits[index]
    markers = [other for other in hits if not other.categories.isdisjoint(_SHOWS)]
    return bool(markers) and all(
        crosses_clause(text, min(hit.start, other.start), max(hit.end, other.end) - 1)
        and _DRILL_MARKER.search(other.text) and _told_routine(text, other) for other in markers)


def _hedged_by_a_notice_of_a_sound(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the act word hits[index] is hedged by a warning that is a notice of a drill's sound ("residents warned
    of gunfire noise as annual drills begin": _notice_of_a_drills_sound)."""
    start = _cue_start(hits, index, text)
    return start != hits[index].start and any(
        other.start == start and _notice_of_a_drills_sound(text, other) for other in hits[:index])


#: The threat words that say force by themselves ("ultimatum", "retaliate", "declared war", "legitimate targets"): the
#: rest ("warns", "threatens to", "vows") say only that something is to come, of force or not.
_WEAK_THREATS: Final = frozenset({
    "threatened", "threatens", "threaten", "threatening", "warned", "warns", "vowed", "vows", "vow", "threatened to",
    "threatens to", "threaten to", "vowed to", "vows to", "vow to", "swore to", "would respond", "will respond"})
#: What a sentence names force by: an armed act (hedged or not), arms, forces, an armed side, a deployment.
_FORCE: Final = _ARMS_OR_ACTS | {"state_force", "armed_group", NAMED_GROUP, "mobilization"}
#: Force named by a noun no category holds: "to expel the foreigners by force", "warns of a military response",
#: "threatens the final destruction of".
_FORCE_WORDS: Final = re.compile(r"\b(?:force|military|destruction|destroy|retaliat\w*|revenge|crush\w*|gunpoint|arsenals?|"
                                 r"(?:harsh|tough|strong|stronger|forceful|decisive|swift|severe|crushing)\s+response)\b",
                                 re.IGNORECASE)
#: A side a threat is made against: "threatened further action against Russia".
_AGAINST: Final = re.compile(r"\bagainst\s+(?:the\s+)?$", re.IGNORECASE)
_FORCE_REACH: Final = 160
_SENTENCE_END: Final = re.compile(r"[.;!?]\s")
#: Who a demonym names where it describes one who seeks power or stands against it ("a Brazilian candidate", "the
#: Bolivian presidential hopeful", "a Russian opposition leader"): a person of the state's politics, who holds none of
#: its force, not the state.
_SEEKS_OR_OPPOSES_POWER: Final = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:candidates?|hopefuls?|aspirants?|contenders?|challengers?|opposition|dissidents?|"
    r"activists?|campaigners?)\b", re.IGNORECASE)
#: A bare "strike", which a labour dispute's sentence reads as a walkout.
_LABOUR_STRIKE: Final = frozenset({"strike_ambiguous"})
#: The sense of a clause whose threat is no one's force: a hazard, a labour dispute, a match.
_NO_FORCE_SENSES: Final = frozenset({"context_disaster", "natural_cause", "context_labour", "context_sports"})


#: A warning whose matter is a sound to be heard, a notice of a nuisance to the people warned ("residents warned of
#: gunfire noise", "warned residents around the range to expect the sound of artillery fire"): no threat at anyone.
_NOTICE_OF_A_SOUND: Final = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,5}?(?:of|about|to\s+expect|to\s+hear)\s+(?:(?:the|loud|heavy|more)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:noises?|sounds?|bangs?)\b", re.IGNORECASE)


#: The words of a drill, in the sentence of a notice of a sound.
_DRILL_WORDS: Final = re.compile(r"\b(?:drills?|exercises?|live[- ]fir\w*|war\s+games|manoeuvres|maneuvers)\b", re.IGNORECASE)
_NOTICE_REACH: Final = 300


def _notice_of_a_drills_sound(text: str, warning: Hit) -> bool:
    """Whether the weak threat word `warning` is a notice of the sound of a drill its sentence tells (_NOTICE_OF_A_SOUND:
    "residents warned of gunfire noise as annual live-fire drills begin"); a warning to expect the sound of strikes
    with no drill told is one of force ("warned residents to expect the sound of heavy strikes on the city")."""
    if warning.text.lower() not in _WEAK_THREATS:
        return False
    notice = _NOTICE_OF_A_SOUND.match(text, warning.end)
    if notice is None or _SENTENCE_END.search(text, warning.end, notice.end()):
        return False
    before = _SENTENCE_END.split(text[max(0, warning.start - _NOTICE_REACH):warning.start])[-1]
    after = _SENTENCE_END.split(text[warning.end:warning.end + _NOTICE_REACH], 1)[0]
    return _DRILL_WORDS.search(before) is not None or _DRILL_WORDS.search(after) is not None


# "residents were told to expect the sound of tank and mortar fire as the army's annual exercises began": fire named
# as what a sound is of, in a sentence that tells a drill, is the drill's own fire, heard: no assault. (With no drill
# the sound tells the fire: "residents heard the sound of mortar fire as rebels advanced" reports it.)
_SOUND_NEEDLES: Final = frozenset({"sound", "noise", "bang", "boom", "rumbl"})
_SOUND_OF_BEFORE: Final = re.compile(
    r"\b(?:sounds?|noises?|bangs?|booms?|rumbl\w*)\s+of\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
_SOUND_REACH: Final = 60


def _a_drills_sound(text: str, hit: Hit) -> bool:
    """Whether the act word `hit` names what a sound is of (_SOUND_OF_BEFORE) in a sentence that tells a drill
    (_DRILL_WORDS)."""
    if _SOUND_OF_BEFORE.search(text, max(0, hit.start - _SOUND_REACH), hit.start) is None:
        return False
    before = _SENTENCE_END.split(text[max(0, hit.start - _NOTICE_REACH):hit.start])[-1]
    after = _SENTENCE_END.split(text[hit.end:hit.end + _NOTICE_REACH], 1)[0]
    return _DRILL_WORDS.search(before) is not None or _DRILL_WORDS.search(after) is not None


def _threat_of_force(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the threat word hits[index] threatens force (docs/taxonomy.md, threat: "threats, warnings or ultimatums
    of force or retaliation"): it says force itself, or its sentence names force (a war, not a fight against a
    ruling), or a state or an armed side before it threatens in a clause of no hazard, labour or sport ("Iran
    threatens to close the strait"). A storm that threatens gusts, a union that threatens walkouts, a minister who
    threatens to resign, a firm that warns of lower profits threaten no one's force."""
    hit = hits[index]
    if hit.text.lower() not in _WEAK_THREATS:
        return True
    if _notice_of_a_drills_sound(text, hit):
        return False
    clause_start = last_break_before(text, hit.start)
    actor_before = False
    labour = any("context_labour" in other.categories for other in hits)
    for position, other in enumerate(hits):
        if position == index:
            continue
        categories = other.categories
        if labour and categories & _FORCE == _LABOUR_STRIKE:
            continue  # (a strike in a labour dispute is a walkout: "dockworkers begin a 48-hour strike")
        if categories & _FORCE or ("conflict" in categories and "armed_verb" not in categories) or (
                "threat" in categories and other.text.lower() not in _WEAK_THREATS) or (
                categories & _SHOWS and _marker_names_arms(other)):
            return True  # (another weak threat word says no more of force than this one)
        if other.start > hit.end and other.names and _AGAINST.search(text, max(hit.end, other.start - 12), other.start) and any(
                role == "actor" for role, *_ in other.names):
            return True
        if other.end <= hit.start:
            if categories & _NO_FORCE_SENSES and other.start >= clause_start:
                return False
            actor_before = actor_before or bool(categories & _AGENT_CATEGORIES) or any(
                role == "actor" and not (demonym and _SEEKS_OR_OPPOSES_POWER.match(text, other.end))
                for role, _, _, demonym in other.names)
    if actor_before and _not_its_makers_act(text, hits, hit):
        actor_before = False
    return actor_before or _FORCE_WORDS.search(_SENTENCE_END.split(text[hit.end:hit.end + _FORCE_REACH], 1)[0]) is not None


#: A weak threat word in the passive ("more towns are threatened", "was intercepted and threatened by a fighter
#: jet"): who is named before it is the one threatened, and its maker, if told, is the agent after "by".
_PASSIVE_BEFORE: Final = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|not|also|now|and|[\w-]+ed\s+and)\s+)*$",
                                    re.IGNORECASE)
_AGENT_AFTER: Final = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?by\s+(?:(?:a|an|the)\s+)?", re.IGNORECASE)
#: A vow or a promise: it threatens only where its matter is force ("vows to storm the town"); what a state vows to
#: do of no force ("vows to improve relations", "vows to veto the bill") is a pledge, no threat.
_VOWS: Final = frozenset({"vowed", "vows", "vow", "vowed to", "vows to", "vow to", "swore to"})
#: A state's force named as the one who vows, by a noun no category holds ("Iranian police vow to deal decisively
#: with further protests"): its vow is of its force.
_A_FORCE_MAKES_IT: Final = re.compile(r"\b(?:police|policemen|army|troops|soldiers|security\s+forces|armed\s+forces|"
                                      r"military|militias?|militants|rebels|guerrillas)\b", re.IGNORECASE)
_WARNS: Final = frozenset({"warned", "warns"})
#: A warning whose matter is a clause of another subject, what the warner foresees of others or of things ("warns
#: that the economy is on the brink", "warns the U.S. that a renegotiation of the treaty may lead to ..."): a
#: forecast, no threat of the warner's own act; "warns that it will respond" (it, he, they, we: the warner or
#: his side) tells his own act.
_WARNS_THAT: Final = re.compile(r"(?:\s+(?!that\b)[\w'’.-]+){0,6}?\s+that\s+(?!(?:it|he|she|they|we|i|its|his|her|their|our)\b)",
                                re.IGNORECASE)
_AGENT_REACH: Final = 60


def _not_its_makers_act(text: str, hits: list[Hit], hit: Hit) -> bool:
    """Whether the weak threat word `hit`, with no force named in its sentence, tells no act of the state or side
    named before it (docs/taxonomy.md, threat: a bare threat word is one where a state or an armed side makes
    it): a vow, which is a pledge (_VOWS); a warning whose matter is a clause of another subject, a forecast
    (_WARNS_THAT); a passive, whose subject is the one threatened, unless an actor is its agent after "by"."""
    word = hit.text.lower()
    if word in _VOWS:
        sentence = _SENTENCE_END.split(text[max(0, hit.start - _FORCE_REACH):hit.start])[-1]
        return _A_FORCE_MAKES_IT.search(sentence) is None
    if word in _WARNS:
        matter = _WARNS_THAT.match(text, hit.end)
        if matter is not None and not crosses_clause(text, hit.end, matter.end()) and not _SENTENCE_END.search(
                text, hit.end, matter.end()):
            return True
    if not word.endswith("ed") or _PASSIVE_BEFORE.search(text, max(0, hit.start - 40), hit.start) is None:
        return False
    agent = _AGENT_AFTER.match(text, hit.end)
    if agent is None or crosses_clause(text, hit.end, agent.end()):
        return True
    return not any(other.start >= agent.end() and other.start <= agent.end() + _AGENT_REACH and any(
        role == "actor" for role, *_ in other.names) and not crosses_clause(text, agent.end(), other.start)
        for other in hits)


#: A year or a span of years that dates the noun after it, a word or two between ("the 2001-2021 Afghanistan
#: deployment", "a planned 2021 drug raid", "the 2017 bombing").
_YEAR_DATED_NOUN: Final = re.compile(r"(?<![\w,.$£€])(?:1[89]|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+(?:[\w'’-]+\s+){0,2}$")
_YEAR_DATED_REACH: Final = 48
#: A clause dated by a span gone before the news ("months after the two states initialled a peace treaty").
_SPAN_AFTER: Final = re.compile(r"\b(?:weeks|months|years|decades)\s+after\b", re.IGNORECASE)
_SPAN_AFTER_REACH: Final = 100


#: The words of a move that name no forces by themselves: what is deployed, reinforced, stationed or on alert may
#: be an airbag, software, concrete, a ministry or a satellite.
_BARE_MOVES: Final = frozenset({
    "deployed", "deploy", "deploys", "deploying", "deployment", "deployments", "redeployed", "on alert", "high alert",
    "on high alert", "put on alert", "reinforced", "stationed"})
#: What forces and arms are named by where no category holds them.
_FORCES_NAMED: Final = re.compile(
    r"\b(?:troops?|soldiers?|army|armies|military|militar\w+|navy|naval|air\s+force|forces?|police|policemen|guards?|"
    r"gendarmes?|gendarmerie|agents|officers|law\s+enforcement|borders?|ships|vessels|(?:strategic\s+)?assets|carriers|"
    r"guardsmen|marines|battalions?|brigades?|divisions?|regiments?|units?|personnel|fleet|warships?|destroyers?|"
    r"frigates?|submarines?|jets?|fighters?|bombers?|aircraft|planes?|helicopters?|drones?|missiles?|rockets?|"
    r"batter(?:y|ies)|launchers?|tanks?|artillery|weapons?|arms|nuclear|interceptors?|defen[cs]e\s+systems?|THAAD|"
    r"S-[34]00|Patriot|Iskander|reservists|militias?|militants|rebels|peacekeepers)\b", re.IGNORECASE)


def _forces_in_the_move(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the move word hits[index] moves forces or arms (docs/taxonomy.md, mobilization: troops, ships,
    aircraft or weapons moved): a word that names them itself ("send troops", "aircraft carrier"), or a bare move
    word ("deployed", "on alert") whose item names them ("police are deployed", "deploys missiles"); "airbags
    deploying", "the deployment of software", "reinforced concrete", "a state of high alert for radiation" move none."""
    hit = hits[index]
    if hit.text.lower() not in _BARE_MOVES:
        return True
    # (the whole item: "This deployment" names again the troops of the sentence before)
    if _FORCES_NAMED.search(text):
        return True
    return any(other is not hit and not other.categories.isdisjoint(_FORCE - _MOBILIZATION) for other in hits)


#: After a move of forces, a "to" that may open its purpose: "to help fight bushfires", "to rescue residents".
_TO_VERB_AFTER: Final = re.compile(r"\bto\s+(?P<verb>[a-z]+)\b")
#: After "to", the words that open a noun, no verb: the move's destination or what it answers ("to the province",
#: "in response to its"); a capitalised word is a name ("to Yunnan", "to Russian exercises").
_NO_VERBS: Final = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
                              "some", "all", "both", "each", "every", "other", "several", "many"})
#: How far after the move its purpose is looked for ("dispatches 2,500 soldiers to the province to search for").
_PURPOSE_REACH: Final = 120
#: Verbs of relief: forces sent to do them are sent to help, whatever their object ("to rescue residents", "to
#: search for the missing", "to help cope with the floods").
_RELIEF_VERBS: Final = frozenset({"help", "assist", "aid", "rescue", "evacuate", "search", "reach", "supply", "deliver",
                                  "distribute", "rebuild", "feed", "shelter"})
#: The words at most between a purpose's verb and the disaster that is its object ("to tackle forest fires", "to
#: combat the outbreak", "to fight the spreading wildfires").
_PURPOSE_OBJECT_WORDS: Final = 3
#: What names a move's sentence armed, whatever its purpose: an act of arms, arms, an armed side, fighting, captives.
_ARMED_BESIDE_A_MOVE: Final = VIOLENT_CATEGORIES | _WEAPON_WORDS | _ARMED_SIDES | {"conflict", "conflict_state",
                                                                                 "captive"}


def _purposes_after(text: str, hits: list[Hit], index: int) -> Iterator[tuple[str, bool]]:
    """Each purpose infinitive after hits[index] in its clause ("to help fight bushfires", "to relieve flooding"):
    its verb, and whether a disaster is its object (a drill is none, whatever its mishaps: "in response to military
    exercises"). A "to" before a noun's opening word or a name is where the move goes, no purpose ("to the
    province", "to Yunnan")."""
    act = hits[index]
    disasters = [other for other in hits[index + 1:] if not _NATURE.isdisjoint(other.categories)
                 and not _DRILL_MARKER.search(other.text)]
    for purpose in _TO_VERB_AFTER.finditer(text, act.end, act.end + _PURPOSE_REACH):
        if crosses_clause(text, act.end, purpose.start()):
            return
        verb = purpose.group("verb")
        if verb in _NO_VERBS:
            continue
        yield verb, any(other.start >= purpose.end() and words_between(
            text, purpose.end(), other.start) <= _PURPOSE_OBJECT_WORDS and not crosses_clause(
            text, purpose.end(), other.start) for other in disasters)


def _move_for_a_disaster(text: str, hits: list[Hit], index: int, categories: frozenset[str]) -> bool:
    """Whether the move of forces hits[index] is sent against a disaster, its purpose in its own clause an
    infinitive of relief in a sentence that names a disaster ("reservists are called out to help fight
    bushfires", "the navy deploys boats to rescue residents" after floods) or one whose object is the disaster
    ("troops are mobilised to tackle forest fires"): a civil task, no move for war (docs/taxonomy.md, mobilization),
    as troops sent to keep a peace are; an act of arms, arms, an armed side, fighting or captives named in the
    sentence keep the move ("sends troops to the quake-hit region to fight rebels", "to rescue hostages")."""
    if not categories.isdisjoint(_ARMED_BESIDE_A_MOVE):
        return False
    named = any(not _NATURE.isdisjoint(hit.categories) and not _DRILL_MARKER.search(hit.text) for hit in hits)
    return named and any((verb in _RELIEF_VERBS) or against for verb, against in _purposes_after(text, hits, index))


#: What makes an act of arms one of war, whatever its purpose: people harmed, an armed side, a target of war,
#: fighting, captives, another act.
_WAR_BESIDE_ARMS: Final = CASUALTY_CATEGORIES | _ARMED_SIDES | VIOLENT_CATEGORIES | {
    "military_target", "conflict", "conflict_state", "captive"}


def _arms_against_a_disaster(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the act of arms hits[index] is done against a disaster, its purpose in its own clause an infinitive
    whose object is the disaster ("bombers drop bombs on ice jams to relieve flooding"): arms used as a tool of
    relief, no strike, where its sentence names no one harmed, no armed side, no target of war and no other act
    ("jets bomb rebel positions to relieve the besieged town"; "..., killing two, to relieve flooding")."""
    others = frozenset().union(*[hit.categories for position, hit in enumerate(hits) if position != index])
    return others.isdisjoint(_WAR_BESIDE_ARMS) and any(against for _verb, against in _purposes_after(text, hits, index))


def _told_as_history(text: str, hit: Hit) -> bool:
    """Whether the move, truce or plan `hit` is told dated before the news: by a year before its noun, or in a clause
    a span of weeks or more "after" it opens. A museum's gallery on "the 2001-2021 deployment", a border commission
    meeting "months after the ministers initialled a peace treaty", an officer fined for leaking "a planned 2021
    raid" tell of history; the move or the truce of the news is told with no such date ("troops are deployed to the
    border", "a ceasefire takes effect")."""
    if _YEAR_DATED_NOUN.search(text, max(0, hit.start - _YEAR_DATED_REACH), hit.start):
        return True
    spans = list(_SPAN_AFTER.finditer(text, max(0, hit.start - _SPAN_AFTER_REACH), hit.start))
    return bool(spans) and not crosses_clause(text, spans[-1].end(), hit.start)


def _note_event(text: str, hits: list[Hit], index: int, events: frozenset[str], scope: str | None,
                categories: frozenset[str], findings: _Findings, in_heading: bool) -> None:
    """Stage 3 for one event word in its scope (`in_heading`: in the item's title): the types it makes."""
    hit = hits[index]
    note = findings.note
    if events & VIOLENT_CATEGORIES and not (scope is None and _arms_against_a_disaster(text, hits, index)):
        if scope is None:
            kind, exchange, certainty = _violent_type(text, hits, index, in_heading)
            if "intercept" in hit.categories:
                findings.interceptions.append((kind, exchange, hit.start, hit.end))
            elif certainty != _NAMED:
                findings.unsettled.append((kind, certainty, hit.start, hit.end))
            else:
                findings.interstate = findings.interstate or exchange
                note(kind, hit.start, hit.end)
                if not findings.side_armed and not _WEAPON_WORDS.isdisjoint(categories):
                    findings.side_armed = _act_of_a_named_side(text, hits, index)
        elif scope in ("modal", "foiled") and not _told_as_history(text, hit) and not (
                scope == "foiled" and "show_of_force" in categories and _played_in_a_routine_drill(text, hits, index)
        ) and not (scope == "modal" and _hedged_by_a_notice_of_a_sound(text, hits, index)):
            note("threat", _cue_start(hits, index, text), hit.end)
    if "threat" in events and scope == "foiled" and not events & VIOLENT_CATEGORIES and _beside_a_routine_drill(
            text, hits, index):
        note("threat", hit.start, hit.end)  # "North Korea fires missiles as the allies hold annual live-fire drills"
    if "threat" in events and scope in (None, "modal") and not events & VIOLENT_CATEGORIES and not (
        hit.start > 0 and text[hit.start - 1] in "-‐‑"
    ) and _threat_of_force(text, hits, index):
        # (a threat word inside a compound modifier, "its long-threatened invasion", is no threat)
        note("threat", hit.start, hit.end)
    if not hit.categories.isdisjoint(_SHOWS) and scope is None and _shows_arms(text, hits, index) and not (
            _played_in_a_routine_drill(text, hits, index)):
        note("threat", hit.start, hit.end)  # "police foiled a bomb plot", "test-fires missiles"
    if "mobilization" in events and scope not in ("negated", "legal") and not (
        "context_peacekeeping" in categories and peacekeeping_in_clause(text, hits, index)
    ) and not _told_as_history(text, hit) and _forces_in_the_move(text, hits, index) and not _move_for_a_disaster(
            text, hits, index, categories):
        note("mobilization", hit.start, hit.end)
    if "deescalation" in events and scope not in ("negated", "legal") and not _told_as_history(text, hit):
        note("deescalation", hit.start, hit.end)
    if "release" in events and scope is None and "captive" in categories and _frees_captives(text, hits, index):
        note("deescalation", hit.start, hit.end)


#: One event among several the item tells, picked out as the worst: "the deadliest blast hit a market, killing
#: 34" after "a series of bombings killed 113". Its count is a part of the toll told, counted only where the
#: item states no other (as a running total is). (A superlative over time, "the deadliest attack in years",
#: names the one event, and is no part.)
_DEADLIEST_PART: Final = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?:single\s+)?(?:deadliest|most\s+deadly)\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?"
    r"(?:attacks?|blasts?|explosions?|bombings?|strikes?|raids?|incidents?|shootings?)\b"
    r"(?!\s+(?:[\w'’-]+\s+){0,3}?(?:in|since|of\s+(?:the|this|its)|ever|on\s+record|so\s+far|to\s+date)\b)")

#: A toll a whole war owns ("the war's overall death toll had passed 61,000", "the conflict's toll", "the death toll of
#: the war now stands at 90,000"): a running total over the war, the background of a day's news, not its own toll.
#: (Lower case, read in the folded text: bot.classify.lowered.)
_WARS_TOLL: Final = re.compile(r"\b(?:war|conflict|insurgency)['’]s\s+(?:[\w-]+\s+){0,3}?(?:toll|tally)\b"
                               r"|\b(?:death\s+)?(?:toll|tally)\s+(?:of|in|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:war|conflict|insurgency)\b(?!['’-]|\s+zones?\b)")

#: The news counted as one of a series of acts in its sentence ("It was the second mass shooting in the city in a week,
#: after an attack on a pool hall on Monday left 11 dead", "the third such attack this month"): the acts before it
#: that the sentence goes on to tell are its background, their tolls no part of the news's toll, counted only where
#: the item states none of its own. (Lower case, read in the folded text: bot.classify.lowered.)
_ONE_OF_A_SERIES: Final = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|latest)\s+(?:such\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:attack|shooting|bombing|stabbing|strike|killing|massacre|ambush|raid|blast|explosion|incident)s?\b"
    r"[^;:]{0,40}?\b(?:in|this|of|since|within)\b")


def _read_counts(item: _Item, sentence: tuple[int, int], hits: list[Hit], categories: frozenset[str],
                 casualty_indexes: list[int], background: bool, findings: _Findings) -> None:
    """Stage 4 for one sentence: the counts around its asserted casualty words."""
    text = item.text
    findings.counted = True
    if not findings.caused:
        findings.caused = any(_BARE_DEATH not in hits[index].categories for index in casualty_indexes)
    part = 0 if sentence[0] < item.title_end else 1
    found = read_counts(text, hits, casualty_indexes, sentence, background)
    cumulative = ("background" in categories and _PERFECT.search(text, sentence[0], sentence[1]) is not None) or (
        "deadl" in folded(text)[sentence[0]:sentence[1]] and _DEADLIEST_PART.search(text, sentence[0], sentence[1]) is not None)
    if not background and not findings.victims_killed:
        findings.victims_killed = tells_victim_deaths(text, hits, casualty_indexes, found, sentence[0])
    wars_toll = _WARS_TOLL.search(folded(text), sentence[0], sentence[1]) if found else None
    # (a later sentence's only: the item's opening sentence tells the news itself, "A second blast hit the town")
    series = _ONE_OF_A_SERIES.search(folded(text), sentence[0], sentence[1]) if found and sentence[0] > 0 else None
    for count in found:
        if wars_toll is not None and wars_toll.start() <= count.start:
            count.cumulative = True  # (the running total of a war after its day's toll)
        elif series is not None and series.end() <= count.start and "." not in text[series.end():count.start]:
            # (the toll of another act of a series, told after its noun; a full stop missed by the splitter ends it:
            # "... a second blast hit a cafe.In the 2 attacks, 40 people were killed" sums them)
            count.cumulative = True
        elif "total" in categories and _has_total_cue(text, hits, count):
            count.is_total = True
        count.cumulative = count.cumulative or cumulative  # (read_counts marks other sources' estimates)
        findings.counts[part][count.field].append(count)
        if count.value != 0:
            findings.note("casualty", count.start, count.end)
    if not background:
        for index in casualty_indexes:
            findings.note("casualty", hits[index].start, hits[index].end)


def _decide_types(text: str, hits: list[Hit], present: frozenset[str], findings: _Findings,
                  cause_without_doer: bool) -> None:
    """Stage 3 for the whole item: the mentions whose kind only the other mentions tell, and the
    casualties whose act the text does not name. `cause_without_doer`: the item names no doer
    anywhere (_Item.doers_named) and a cause that harms by itself, or a sentence of it was read as an
    accident."""
    note = findings.note
    if findings.unsettled:
        # a title and its summary tell one event: a mention whose doer is not named takes the
        # kind of the mentions whose doer is ("Russian missile hits Odesa" / "The missile struck";
        # "US air strikes killed 38 ... in one of the deadliest raids"); where no doer is named, an act
        # told again is an attack, and the mentions of open kind follow it
        named = [kind for kind in ("strike", "attack") if kind in findings.evidence] or sorted(
            {kind for kind, certainty, _, _ in findings.unsettled if certainty == _ASSAULT_UNNAMED})
        for kind, _, start, end in findings.unsettled:
            note(named[0] if len(named) == 1 else kind, start, end)
    if findings.interceptions and not findings.violent():
        # a missile shot down was still fired; where the item reports the launch itself, the
        # interception is part of that event, not a second one ("air defences shot down most")
        for kind, exchange, start, end in findings.interceptions:
            findings.interstate = findings.interstate or exchange
            note(kind, start, end)
    if "casualty" not in findings.evidence or findings.violent():
        return
    if _disaster_context(hits, present, findings) or cause_without_doer or (
            not _armed_side_told_beside_ruled_out(text, hits, present) and _attack_ruled_out(text)) or _deaths_without_cause(
            text, hits, findings, present) or (
        present.isdisjoint(_ARMS) and (
            "context_sports" in present or ("context_protest" in present and "killed" not in present))
    ):
        # a death with no violent act named in an item about an illness or an accident ("a
        # military helicopter crashes, killing four"), or in one that names a non-human cause and no
        # doer ("a lift fell 18 floors; eight were killed", "an aftershock hits; 1,500 are injured"),
        # or with no weapon or armed group either in
        # one about a match ("striker dies after collapsing on pitch"), or people hurt and none
        # killed in a protest with no weapon named (scuffles, stones and tear gas: "dozens hurt as
        # police and demonstrators clash"), is no casualty (one in
        # news the topic gate does not lean to read as conflict, "six workers die when scaffolding
        # collapsed", is vetoed with the explosions and fires that name no arms: _classify)
        del findings.evidence["casualty"]
        findings.counts = [{"killed": [], "injured": []}, {"killed": [], "injured": []}]
        findings.zero = {"killed": False, "injured": False}
        findings.zero_among = False
        findings.counted = False
        return
    # people killed or wounded with no act named: by a state's weapon fired from afar a strike
    # ("Russian ballistic missiles kill 35"), else an attack by an unknown side
    state_weapon = any(_agent(text, hits, index)[0] == "state" for hits, index in findings.weapons)
    for start, end in findings.evidence["casualty"]:
        note("strike" if state_weapon else "attack", start, end)


def _disaster_context(hits: list[Hit], present: frozenset[str], findings: _Findings) -> bool:
    """Whether the item names a disaster, an accident or an animal as the context of its deaths, leaving out the
    animals that only describe the one a passive harms and the places of an act of arms (_Findings.not_disasters)."""
    if "context_disaster" not in present:
        return False
    return not findings.not_disasters or any(
        "context_disaster" in hit.categories and hit.start not in findings.not_disasters for hit in hits)


#: The ordinary senses a summary lends its title: a game, words, computers, a protest, a market, a walkout.
_LENT_SENSES: Final = frozenset({"context_sports", "context_verbal", "context_cyber", "context_protest",
                                 "context_business", "context_labour", "context_science"})
#: A summary with any of these tells of violence, arms, forces or harm itself: it lends no ordinary sense.
_SUMMARY_OF_VIOLENCE: Final = EVENT_CATEGORIES | {"weapon", "military_place", "distance_weapon", "state_force",
                                                  "armed_group", "conflict", "conflict_state", NAMED_GROUP}


#: "Under fire" is a figure for criticism ("the minister came under fire") and no word of the taxonomy,
#: but it may be shooting ("the bus came under fire"): a summary that says it lends no ordinary sense.
_UNDER_FIRE: Final = re.compile(r"\bunder\s+(?:[\w-]+\s+)?fire\b", re.IGNORECASE)


def _summary_sense(text: str, hits: list[Hit], title_end: int, present: frozenset[str]) -> frozenset[str]:
    """The ordinary sense a summary sets for its title: a headline is a few words cut short ("United
    attack fails to break down Burnley"), and its summary says what they are about. Where the summary
    names a game, a market, a walkout, words, computers or a protest, and nothing of violence, arms,
    forces or harm, the title's words are read in that sense (a title that names arms keeps its own:
    sense_blocks). A summary of a real attack tells of it in its own words, and lends nothing.
    `present`: the categories of the whole item's hits."""
    if not title_end or present.isdisjoint(_LENT_SENSES):
        return frozenset()  # (most items: no ordinary sense named anywhere, so none in the summary)
    summary = frozenset().union(*[hit.categories for hit in hits if hit.start > title_end])
    if not summary.isdisjoint(_SUMMARY_OF_VIOLENCE) or _UNDER_FIRE.search(text, title_end) is not None:
        return frozenset()
    return summary & _LENT_SENSES


#: The ordinary senses a title lends its summary: a game, words, computers, cells and germs. (Not a protest,
#: a market or a walkout: "2019 Hong Kong protests | a man attacks a crowd with a knife", "Oil prices climb
#: after drones hit a refinery | five people were injured" tell violence under titles of those.)
_TITLE_LENT_SENSES: Final = frozenset({"context_sports", "context_verbal", "context_cyber", "context_science"})
#: A title with any of these tells of arms, forces, a war or harm: it lends no ordinary sense.
_TITLE_OF_VIOLENCE: Final = frozenset({"weapon", "military_place", "distance_weapon", "state_force", "armed_group",
                                       "conflict", "conflict_state", NAMED_GROUP, "killed", "injured", "toll"})


_CYBER: Final = frozenset({"context_cyber"})
#: "The attack" named again: a determiner that points back to an attack told before, and the noun.
_THE_ATTACK: Final = re.compile(r"(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _only_the_attack_named_again(text: str, hits: list[Hit], categories: frozenset[str]) -> bool:
    """Whether a sentence's only violence is an attack named again by "the" ("The attack lasted three hours"),
    with no arms, forces, war or harm of its own: it is the attack an earlier sentence told, in that one's sense
    (a cyber attack named before is the attack named again)."""
    if not categories.isdisjoint(_TITLE_OF_VIOLENCE):
        return False
    violent = [hit for hit in hits if not VIOLENT_CATEGORIES.isdisjoint(hit.categories)]
    return bool(violent) and all(
        hit.categories & VIOLENT_CATEGORIES == {"attack"} and _ATTACK_NOUN_END.search(hit.text)
        and _THE_ATTACK.search(text, max(0, hit.start - 24), hit.start) is not None for hit in violent)


def _title_lent_sense(hits: list[Hit], title_end: int, present: frozenset[str]) -> frozenset[str]:
    """The ordinary sense a title sets for its summary: a title that names a game, words, computers or
    cells and germs (_TITLE_LENT_SENSES), and no arms, forces, war or harm ("Cycling star attacks on final
    climb to seize yellow jersey"), says what its summary's bare war words are about ("A solo attack six
    kilometres from the summit"), where the summary tells no harm, arms, forces or war of its own either;
    `present`: the categories of the whole item's hits."""
    if not title_end or present.isdisjoint(_LENT_SENSES):
        return frozenset()
    title = frozenset().union(*[hit.categories for hit in hits if hit.start < title_end])
    if title.isdisjoint(_TITLE_LENT_SENSES) or not title.isdisjoint(_TITLE_OF_VIOLENCE):
        return frozenset()
    # (nor does a title lend its sense to a summary that tells harm or arms of its own: "Football fans attacked
    # after derby | men armed with knives stabbed three supporters")
    told = [hit for hit in hits if hit.start > title_end]
    if not frozenset().union(*[hit.categories for hit in told]).isdisjoint(_TITLE_OF_VIOLENCE) or any(
            _DEALT.search(hit.text) for hit in told if not VIOLENT_CATEGORIES.isdisjoint(hit.categories)):
        return frozenset()
    return title & _TITLE_LENT_SENSES


def _sense_context(hits: list[Hit], categories: frozenset[str]) -> frozenset[str]:
    """The categories that tell a sentence's sense: all of them, but in a sentence where something
    crashed or sank the aircraft, ships and vehicles are what crashed, not arms used ("a military
    helicopter crashed during a training flight, killing four crew"), so they are left out of it (the
    fire that brought one down is not: "rebels shot down a helicopter"; nor are warplanes that strike
    a fuel depot, where nothing crashed)."""
    if _CRASH not in categories or _VEHICLE not in categories:
        return categories
    return frozenset().union(*[hit.categories for hit in hits if _VEHICLE not in hit.categories])


#: What can hurt people with no one doing it (taxonomy.toml's accident categories): a vehicle, a thing
#: that blows up by itself, an animal, the weather or a poison.
_NON_HUMAN_CAUSES: Final = frozenset({"road_vehicle", "blast_source", "nonhuman_doer", "natural_cause"})
#: A weapon, an armed actor, intent, a war or a protest named: a doer, so no harm in the item is an accident by its cause.
_DOERS_NAMED: Final = _ARMS | {"intent", "conflict", "context_protest"}
_DISASTER_CONTEXT: Final = frozenset({"context_disaster"})
_BLAST_SOURCE: Final = "blast_source"
_BLAST_SOURCES: Final = frozenset({_BLAST_SOURCE})
#: Causes that harm by themselves wherever they are named: the weather, poisons, animals, what blows up.
_HARMFUL_BY_ITSELF: Final = frozenset({"natural_cause", "nonhuman_doer", _BLAST_SOURCE})
#: What a vehicle does when it harms people by itself (a vehicle merely named harms no one: "the
#: coast guard stopped a vessel, killing its captain").
_VEHICLE_HARMS: Final = frozenset({"vehicle_motion", _CRASH})


#: A mine named as a place people work in, not a weapon met: "at the Red Hill Mine", "in a mine",
#: "through the Ridge mine" (a landmine is met on a road, stepped on or hit, and is no place: "a mine
#: blast", "in a mine field" are not the works).
_MINE_WORKED: Final = re.compile(
    r"\b(?:at|in|inside|into|through|beneath|under)\s+(?:an?|the|its)\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?i:mines?)\b"
    r"(?![\s-]*(?:blasts?|explosions?|fields?|attacks?|resistant|clearance|clearing)\b)")


def _with_mine_worked(text: str, present: frozenset[str]) -> frozenset[str]:
    """The categories of an item's phrases (`present`), with blast_source where it names a mine as the
    place it tells of ("an explosion at the Red Hill Mine", "twelve killed in a mine"): a mine's gas,
    dust and fire blow up by themselves as a coal mine's do. A mine worked has no phrase of its own,
    since "mine" alone is also the weapon, so this is the rules' reading of the causes named; the
    topic gate reads the phrases' categories only."""
    if _BLAST_SOURCE not in present and ("mine" in text or "Mine" in text) and _MINE_WORKED.search(text):
        return present | _BLAST_SOURCES
    return present


def _tells_harm_by_itself(present: frozenset[str]) -> bool:
    """Whether an item names a cause of harm that needs no doer: the weather, a poison, an animal,
    something that blows up, or a vehicle running into something, falling or crashing."""
    return not present.isdisjoint(_HARMFUL_BY_ITSELF) or (
        "road_vehicle" in present and not present.isdisjoint(_VEHICLE_HARMS))


#: Blasts that name someone setting them off: "detonated", "was blown up", "blew up the depot" (but
#: "the store blew up on Monday" tells the store's own blast).
_SET_OFF: Final = re.compile(r"detonat|blown", re.IGNORECASE)
_BLEW_UP: Final = re.compile(r"blew|blowing", re.IGNORECASE)
#: What follows an intransitive "blew up": a clause break, a preposition, a time or a participle.
_NO_OBJECT: Final = re.compile(r"\s*(?:[,;:.!?)\n—–-]|$|(?:on|in|at|near|behind|beside|inside|outside|under|"
                               r"during|after|before|as|while|when|and|but|"
                               r"early|late|overnight|yesterday|today|again|killing|injuring|wounding|"
                               r"leaving|causing|sending)\b)", re.IGNORECASE)


_WEAPON: Final = frozenset({"weapon"})
# the word of an attack that names the weapon it is done with: a gun ("shooting", "shot dead", "gunfire", "gunmen")
# or a blade ("stabbing", "stabs"); "attack" or "assault" alone names none
_FIREARM_OR_BLADE_ACT: Final = re.compile(r"shoot|shot|stab|gun", re.IGNORECASE)
_HARM_TO_PEOPLE: Final = frozenset({"killed", "injured", "execute_verb"})
_TOLD_AS_NEWS_ONLY: Final = CUE_CATEGORIES | MARKER_CATEGORIES | {"reaction", "background"}
_NON_DISASTER_SENSES: Final = frozenset({"context_verbal", "context_cyber", "context_protest",
                                         "context_science", "context_business"})

#: The words at most between a place preposition and the disaster word it places ("at the Zaporizhzhia power plant").
_PLACE_REACH: Final = 3
#: A disaster word told as the place of what the sentence tells: after "at", "near", "outside" or "inside" (and no
#: "in", which also tells the event itself: "shot dead in a hunting accident").
_PLACED: Final = re.compile(rf"\b(?:at|near|outside|inside)\s+(?:[\w'’-]+\s+){{0,{_PLACE_REACH}}}$", re.IGNORECASE)
#: How far back from a disaster word its place preposition is looked for.
_PLACED_LOOKBACK: Final = 60


def _disaster_words_are_places(text: str, hits: list[Hit]) -> bool:
    """Whether each disaster word of a sentence names the place of what it tells ("two guards were shot dead at a
    power plant"), none the accident, the blast or the death itself ("shot dead in a hunting accident", "killed at a
    power plant after a gas leak")."""
    return all(_PLACED.search(text[max(0, hit.start - _PLACED_LOOKBACK):hit.start]) is not None
               for hit in hits if "context_disaster" in hit.categories)


#: The words at most between a blast and the mishap word that tells it accidental ("an accidental explosion",
#: "accidentally detonated", "detonated accidentally", "an accidental gas explosion").
_ACCIDENTAL_REACH: Final = 1


def _blast_told_accidental(text: str, hits: list[Hit]) -> bool:
    """Whether a sentence tells a blast an accident by the mishap word that qualifies it, one that is an accident
    itself ("accidental", "accidentally": also a disaster word), right beside a word of the blasts an accident shares
    ("an accidental explosion", "the bomb accidentally detonated"): an accident, whoever the sentence names beside it
    (the fighters a blast of their own arms kills are its dead, no attackers reported apart)."""
    for first, second in zip(hits, hits[1:], strict=False):
        for mishap, blast in ((first, second), (second, first)):
            if _MISHAP in mishap.categories and "context_disaster" in mishap.categories and (
                    _ACCIDENT_SHARED in blast.categories) and words_between(
                    text, first.end, second.start) <= _ACCIDENTAL_REACH and not crosses_clause(text, first.end, second.start):
                return True
    return False


#: What names an attacker or an act of arms whatever the mishap told: a force or an armed actor (the
#: users of the arms named: "troops bomb fuel storage tanks"), a weapon fired, intent, a war.
_NO_MISHAP: Final = _ARMED - _WEAPON | {"intent", "conflict", "attack"}
#: The same, where the mishap is told as an accident: forces named may be its victims, and a missile or a
#: rocket named is the arms that went off ("a rocket fired during an exercise hits a house").
_NO_MISHAP_BY_ACCIDENT: Final = _NO_MISHAP - {"attack", "state_force", "distance_weapon"}
#: A weapon whose name alone tells an attack ("an explosive device", "an IED"): where the mishap is told as an
#: accident, the thing that went off, no act.
_ARMS_AS_A_THING: Final = frozenset({"weapon", "attack"})
#: A shooting's verb: an act named with its weapon ("shoots dead", "shot").
_SHOOTING: Final = frozenset({"weapon", "attack"})
#: What makes a mishap word one of an accident itself: a disaster word too, the time of a drill, a launch by mistake.
_ACCIDENT_ITSELF: Final = frozenset({"context_disaster", _DRILL, _MISTAKE})


#: Most characters between a mishap adverb and the shooting verb it qualifies: the one space of "accidentally shoots".
_ADVERB_GAP: Final = 1
#: A celebration the shooter fires in, after his shot: "while celebrating", "in celebration", "to celebrate a goal".
_CELEBRATING_AFTER: Final = re.compile(r"\b(?:while|as|when|in|to)\s+celebrat(?:ing|ion|e)\b", re.IGNORECASE)


def _shots_told_accidental(text: str, sentence_end: int, hits: list[Hit]) -> list[Hit]:
    """The shootings of a sentence whose verb an adverb of an accident itself qualifies, right before it, fired in
    a celebration told after it ("a bridegroom accidentally shoots dead three relatives while celebrating at his
    wedding"): celebratory fire that came down on bystanders, as "celebratory gunfire" is (taxonomy.toml's
    context_disaster), no shot aimed. (A shot told accidental alone is still someone's act on the person shot: "a
    hunter accidentally shoots dead his brother"; and _arms_went_off_by_mishap takes it for a mishap only where the
    sentence names no one armed.)"""
    if "elebrat" not in text:
        return []
    return [shot for mishap, shot in zip(hits, hits[1:], strict=False)
            if _MISHAP in mishap.categories and "context_disaster" in mishap.categories
            and _SHOOTING <= shot.categories and shot.start - mishap.end <= _ADVERB_GAP
            and _FIREARM_OR_BLADE_ACT.match(shot.text) is not None
            and _CELEBRATING_AFTER.search(text, shot.end, sentence_end) is not None]


def _arms_went_off_by_mishap(text: str, sentence_end: int, hits: list[Hit], categories: frozenset[str]) -> bool:
    """Whether a sentence tells arms going off by mishap, not used: a mishap word ("accidentally",
    "mishandled", "stored") beside weapons named as things ("explosives", "a grenade") and no act
    of arms, attacker or intent ("mishandled explosives blew up in a quarry", "a guard accidentally
    set off a grenade"; but "troops mistakenly opened fire", "jets accidentally bombed a village"
    and "militants stored explosives in the school they attacked" name the act). Where the mishap
    word is one of an accident itself (it is also a disaster word: "accidentally", "during a training
    exercise"), forces named are its victims or the arms' keepers, not users ("seven marines are
    killed when a mortar explodes during a training exercise")."""
    strong = any(_MISHAP in hit.categories and not _ACCIDENT_ITSELF.isdisjoint(hit.categories) for hit in hits)
    shots = _shots_told_accidental(text, sentence_end, hits) if strong else []
    if shots:
        # (the shot's own words name the weapon and its aim; whoever else the sentence names must be no one armed)
        categories = frozenset().union(*[hit.categories for hit in hits if hit not in shots])
        if not categories.isdisjoint(_NO_MISHAP):
            return False
    if not categories.isdisjoint(_NO_MISHAP_BY_ACCIDENT if strong else _NO_MISHAP - {"attack"}):
        return False
    for hit in hits:
        if (strong and _ARMS_AS_A_THING == hit.categories) or hit in shots:
            continue  # "the accidental detonation of an explosive device": the device named, not used
        if "attack" in hit.categories and _ACCIDENT_SHARED not in hit.categories:
            return False  # a shooting, a bombing, a raid: an act, not a blast
        if "weapon" in hit.categories and not _ACTS.isdisjoint(hit.categories):
            return False  # "opened fire", "shot dead", "car bomb": weapons named by their use
    return True


def _names_a_doer(text: str, hits: list[Hit], present: frozenset[str]) -> bool:
    """Whether an item names someone doing harm anywhere: a weapon, an armed actor, intent, a war or a
    protest, a death dealt by hand ("the driver was shot dead by police"), or fire of arms ("a
    minibus came under heavy fire"). A side named only as the holder of a place is no doer of what is
    done there ("a blast at an arms store in the rebel-held north": _holders_left_out)."""
    if not present.isdisjoint(_DOERS_NAMED) and any(
            not _DOERS_NAMED.isdisjoint(hit.categories) and not _holds_or_tells(text, hit, hits) for hit in hits):
        return True
    if "natural_cause" in present and _fire_of_arms(text, hits, present):
        return True
    return any(not CASUALTY_CATEGORIES.isdisjoint(hit.categories) and _DEALT.search(hit.text) for hit in hits)


def _sides_only_hold_or_tell(text: str, hits: list[Hit], present: frozenset[str]) -> bool:
    """Whether the item names an armed side only as the holder of a place or the teller of a report
    (_holders_left_out) and no other doer of harm anywhere (_names_a_doer): then the side arms no sentence of it,
    whose ordinary sense stands ("the death toll from the earthquake rises to 41, the Taliban government says;
    2,000 homes are destroyed": the quake's; but where the item tells a strike, the toll the side tells is the
    strike's, and the side's name keeps the sentence armed)."""
    return NAMED_GROUP in present and not _names_a_doer(text, hits, present)


def _holders_left_out(text: str, hits: list[Hit]) -> frozenset[str]:
    """The categories of an item's hits less those of a side fused to a participle of holding ("Hezbollah-
    controlled", "rebel-held": _HELD_BY), which says whose a place is, not who did what is told there, and
    of a side named only as the teller of a report (_tells_the_report)."""
    return frozenset().union(*[hit.categories for hit in hits if not _holds_or_tells(text, hit, hits)])


def _holds_or_tells(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """Whether the name `hit` is a side fused to a participle of holding (_HELD_BY), named only as the teller
    of a report (_tells_the_report) or as the subject of a telling that names no act or harm (_says_nothing_of_harm):
    what _holders_left_out leaves out (_names_a_doer asks it only of the hits of a doer's categories)."""
    return (text.startswith("-", hit.end) and _HELD_BY.match(text, hit.end) is not None) or _tells_the_report(
        text, hit) or _says_nothing_of_harm(text, hit, hits)


#: After a side's name, the body of its rule that tells a report: "the Taliban government says", "the Houthi
#: health ministry said", "Hamas officials report"; maybe a body of that rule's own, in the possessive: "the Taliban
#: administration's disaster ministry said", "the Taliban's health ministry said".
#: (Reads the folded text, in lower case, as re.IGNORECASE would read the text: see bot.classify.lowered.)
_RULING_BODY_TELLS_AFTER: Final = re.compile(
    r"(?:['’]s)?\s+(?:(?:government|administration|authorities|regime)['’]s?\s+)?(?:government|administration|authorities|officials|spokesman|spokesperson|(?:[\w-]+\s+)?ministry|"
    r"(?:[\w-]+\s+)?department|(?:[\w-]+\s+)?office)\s+(?:says|said|reports|reported|announces|announced|"
    r"confirms|confirmed|states|stated)\b")
#: Before a side's name, the words that make it a report's source: "according to the Taliban".
_ACCORDING_TO_BEFORE: Final = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
#: Before a side's name, its speaker that tells the report: "a spokesman for the Popular Mobilization Forces unit
#: that guards the site says", "a spokeswoman for the Houthi-run ministry said" (the speaker tells; a doer's own
#: claim names its act with a verb of its own, "the group's spokesman says its fighters attacked the post").
_SPEAKER_FOR_BEFORE: Final = re.compile(r"\b(?:an?|the)\s+(?:spokes(?:man|woman|person)|press\s+officer)\s+(?:for|of)\s+"
                                        r"(?:the\s+)?$", re.IGNORECASE)


def _tells_the_report(text: str, hit: Hit) -> bool:
    """Whether the name `hit` is a side named only as the teller of a report, by its government or a body of
    its rule ("the death toll from the earthquake rises to 41, the Taliban government says", "according to the
    Houthi-run ministry"): the side tells what befell people, and is no doer of it (nor arms the sentence), as
    a side that holds the place is none (_HELD_BY). (A doer's own claim, "the Taliban say they attacked the
    post", names its act with a verb of its own, and keeps it.)"""
    return _RULING_BODY_TELLS_AFTER.match(folded(text), hit.end) is not None or (
        _ACCORDING_TO_BEFORE.search(text, max(0, hit.start - 20), hit.start) is not None) or (
        _SPEAKER_FOR_BEFORE.search(text, max(0, hit.start - 30), hit.start) is not None)


#: Right after a side's name, its own verb of telling: "the Uganda People's Defence Force says an investigation is
#: under way". (Reads the folded text, in lower case.)
_SIDE_SAYS_AFTER: Final = re.compile(r"\s+(?:says|said|reports|reported|announces|announced|confirms|confirmed|states|"
                                     r"stated)\b")
#: Where the clause a side tells ends: what it says runs to the sentence's or the clause's end.
_TOLD_CLAUSE_END: Final = re.compile(r"[.!?;\n]")


def _says_nothing_of_harm(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """Whether the name `hit` is a side that is the subject of a verb of telling whose clause names no act and no
    harm ("an explosion at an army armoury kills two soldiers; the People's Defence Force says an investigation is
    under way"): the side speaks of what befell its own, and is no doer of it, as the teller of a report is none
    (_tells_the_report). A side that says what it did or what befell people ("the Taliban say they attacked the
    post", "the army says two soldiers were killed by a bomb") names an act, or a toll, in its clause, and stays."""
    said = _SIDE_SAYS_AFTER.match(folded(text), hit.end)
    if said is None:
        return False
    end = _TOLD_CLAUSE_END.search(text, said.end())
    end_at = len(text) if end is None else end.start()
    return not any(said.end() <= other.start < end_at and not _VIOLENT_OR_CASUALTY.isdisjoint(other.categories)
                   for other in hits)


#: A title that names an animal or the weather tells who attacked: no person ("Wolves attack shepherds").
_NOT_BY_PEOPLE: Final = frozenset({"nonhuman_doer", "natural_cause"})


def _title_names_an_assault(hits: list[Hit], title_end: int) -> bool:
    """Whether the title of an item with a summary names an assault that no accident shares ("Nice
    truck attack", "market shooting") and no animal or weather doing it: the harm its summary tells is
    that assault, even where the summary tells only a truck driving into a crowd (and even where the
    title is only the name of the story)."""
    assault = False
    for hit in hits:
        if hit.start >= title_end:
            break
        if not _NOT_BY_PEOPLE.isdisjoint(hit.categories):
            return False
        assault = assault or ("attack" in hit.categories and _ACCIDENT_SHARED not in hit.categories)
    return assault


def _harm_without_doer(text: str, hits: list[Hit], categories: frozenset[str]) -> bool:
    """Whether a sentence that names a non-human cause tells harm that cause did by itself, so it
    reads as an accident (its deaths are no casualties): the cause is told doing the harm and each
    violent word is one it does. A vehicle hits, strikes, drives into or runs over ("a car hits
    pedestrians", "a truck drives into a market, killing seven"), but an explosion on a bus is not
    told by the bus; a gas tank, a mine or an arms depot blows up ("an explosion at a munitions depot
    kills 20"), but hits nothing; an animal named before the harm or as its agent attacks, strikes and
    kills ("bears attack a village", "killed by a shark"); the weather and poisons strike and kill
    ("a windstorm strikes", "killed by toxic alcohol"). A shooting, a stabbing, a raid or a ramming is someone's act whatever the cause
    named beside it; so is a hit on a vehicle by a side named as its doer ("US forces strike a boat")."""
    animal = "nonhuman_doer" in categories and _animal_is_doer(text, hits)
    nature = "natural_cause" in categories and not _fire_of_arms(text, hits, categories)
    vehicle = "road_vehicle" in categories
    source = _BLAST_SOURCE in categories
    told = animal or nature or (vehicle and ("vehicle_motion" in categories or _CRASH in categories))
    for index, hit in enumerate(hits):
        if VIOLENT_CATEGORIES.isdisjoint(hit.categories):
            continue
        hits_something = "strike_ambiguous" in hit.categories
        blows_up = _ACCIDENT_SHARED in hit.categories and not hits_something and not _sets_off(text, hit)
        if animal and (hits_something or blows_up or hit.text.lower().startswith("attack")):
            continue
        if nature and (hits_something or blows_up):
            continue
        if (vehicle and hits_something and _a_vehicles_hit(text, hits, index)) or (source and (
                blows_up or _wrecks(hit) or (hits_something and _a_blasts_hit(text, hits, index)))):
            # (what blew up by itself also wrecks what stood near it: "the blast destroyed three shops", and a
            # blast told hitting the store is that blast: "several blasts strike an arms stockpile")
            told = True
            continue
        return False
    return told


_FIRE_WORDS: Final = frozenset({"fire", "fires"})
#: How many words may stand between a blast and the verb of hitting it is the subject of: "blasts strike",
#: "explosions have hit", "a blast today hit".
_BLAST_TO_HIT_WORDS: Final = 1


def _a_blasts_hit(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the verb of hitting hits[index] has a blast as its subject right before it ("several blasts
    strike an arms stockpile", "an explosion hit the gas depot"): the blast's own course, not a strike on
    the place (a blast someone set off names its doer: "detonated", _sets_off)."""
    if index == 0:
        return False
    blast = hits[index - 1]
    return (_ACCIDENT_SHARED in blast.categories and "strike_ambiguous" not in blast.categories
            and not _sets_off(text, blast) and words_between(text, blast.end, hits[index].start) <= _BLAST_TO_HIT_WORDS
            and not crosses_clause(text, blast.end, hits[index].start))


def _wrecks(hit: Hit) -> bool:
    """Whether a violent word is one of destruction an accident shares ("destroyed", "destroying"),
    not of hitting ("hit", "struck"), which names a target."""
    return _ACCIDENT_SHARED in hit.categories and hit.text[:5].lower() == "destr"


#: Words before "fire" that make it fire of arms, received or returned: "came under heavy fire".
_ARMS_FIRE_BEFORE: Final = re.compile(r"\b(?:under|heavy|intense|sustained|open|opened|opens|return|returned|cross|"
                                      r"cross-border|incoming|sniper|"
                                      r"enemy|friendly|hostile|small-arms|automatic|machine-gun|gun)\s+$", re.IGNORECASE)


#: After "fire", what makes it fire of arms by the force named next: "fire from army positions".
_FIRE_FROM_FORCE: Final = re.compile(r"\s+(?:from|by)\b", re.IGNORECASE)


def _fire_of_arms(text: str, hits: list[Hit], categories: frozenset[str]) -> bool:
    """Whether the natural cause a sentence names is only a fire that is fire of arms: one a force
    named before it fires ("troops fire on the crowd"), one from a force ("fire from army positions")
    or one received or returned ("a bus came under heavy fire"), not a blaze, the weather or a poison
    ("fire and explosions at an army depot": the force after the fire is the owner of the place)."""
    fires = [hit for hit in hits if "natural_cause" in hit.categories]
    if not all(hit.text.lower() in _FIRE_WORDS for hit in fires):
        return False
    if "state_force" in categories and not _BY.search(text, max(0, fires[0].start - _BY_SPAN), fires[0].start) and any(
            "state_force" in hit.categories and hit.start < fires[0].start for hit in hits):
        # (the force is the fire's subject; "fire at an army depot" is a blaze where it stands, and a fire that is
        # the agent of a passive is no force's: "shells at an army depot were set off by a grass fire")
        return True
    return any(_ARMS_FIRE_BEFORE.search(text, max(0, hit.start - 24), hit.start)
               or _FIRE_FROM_FORCE.match(text, hit.end) for hit in fires)


_ANIMAL: Final = "nonhuman_doer"
#: Between an act and its object: an article, a possessive or one describing word ("shot dead the
#: escaped tiger").
_TO_OBJECT: Final = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her|two|three|several)\s+)?(?:[\w'’-]+\s+)?$",
                               re.IGNORECASE)


#: Between a subject and its passive act: "is", "were", "has been", "had to be" ("a bear was shot dead").
_PASSIVE_OF: Final = re.compile(r"\s+(?:(?:later|then|eventually|finally)\s+)?(?:is|are|was|were|has\s+been|"
                                r"have\s+been|had\s+been|had\s+to\s+be|being)\s+", re.IGNORECASE)
#: The same words ending right before an act: "the plan | is | shot down".
_PASSIVE_BEFORE: Final = re.compile(_PASSIVE_OF.pattern + "$", re.IGNORECASE)


def _passive_of(text: str, subject: Hit, act: Hit) -> bool:
    """Whether `act` is told in the passive of `subject`: an auxiliary between them ("a bear | was |
    shot"), or right after it where the act's phrase holds its own auxiliary ("a bear | was shot dead")."""
    if _PASSIVE_OF.fullmatch(text, subject.end, act.start):
        return True
    return not text[subject.end:act.start].strip() and _PASSIVE_OF.fullmatch(f" {act.text.split()[0]} ") is not None


def _harm_only_to_animals(text: str, hits: list[Hit]) -> bool:
    """Whether each violent or casualty word of a sentence has an animal as its object ("keepers
    shot dead a tiger that escaped", "rangers killed two crocodiles") or as the subject of its passive
    ("a lion was shot dead by keepers", "before it is shot dead", with an animal named before), or
    has the animal as its doer right before it, maybe in a relative clause ("a tiger that had killed
    two villagers"), or goes on from such an act ("a leopard attacks villagers, injuring six"):
    violence and casualties are of people, and an animal's harm is no one's act, so the sentence tells
    none (but "a gunman shot a farmer and his dogs" does)."""
    acts = 0
    animal_seen = by_animal = False
    for index, hit in enumerate(hits):
        if _ANIMAL in hit.categories:
            animal_seen = True
        if _VIOLENT_OR_CASUALTY.isdisjoint(hit.categories):
            continue
        after = index + 1
        while after < len(hits) and "number" in hits[after].categories:
            after += 1  # (a count is part of the object: "shot dead 18 lions")
        following = hits[after] if after < len(hits) else None
        preceding = hits[index - 1] if index > 0 else hit
        animal_before = preceding is not hit and _ANIMAL in preceding.categories and not _OWNED_BY.search(
            text, max(0, preceding.start - _OWNED_SPAN), preceding.start)
        if following is not None and _ANIMAL in following.categories and _TO_OBJECT.fullmatch(
                text, hit.end, following.start):
            acts += 1
        elif animal_before and _passive_of(text, preceding, hit):
            acts += 1  # the animal is the subject of the passive: "a lion is shot dead by keepers"
        elif _described_animals_passive(text, hits, index):
            acts += 1  # "a red deer believed to be the oldest in England is shot dead": described, still the subject
        elif animal_seen and _PRONOUN_PASSIVE.search(text, max(0, hit.start - _PRONOUN_SPAN), hit.start):
            acts += 1  # "... before it is shot dead": the animal named before
        elif animal_before and _ANIMAL_DOES.fullmatch(text, preceding.end, hit.start):
            acts += 1  # "a tiger that had killed two villagers", "a leopard attacks villagers"
            by_animal = True
        elif by_animal and hit.text.lower().endswith("ing"):
            acts += 1  # "..., injuring six": the animal's act goes on
        else:
            return False
    return acts > 0


# "a red deer believed to be the largest in England is shot dead", "the Emperor, a red deer thought to be Britain's
# largest wild animal, is shot": an animal described by a participle of what it is held, known or named to be is
# still the subject of the passive that follows the phrase, the one harmed.
_DESCRIBED_BEFORE_PASSIVE: Final = re.compile(
    r"\s+(?:believed|thought|said|known|reputed|considered|described|named|called|nicknamed|dubbed)\b[^,;:.!?()]{1,80}?"
    r",?" + _PASSIVE_OF.pattern, re.IGNORECASE)
#: Before the animal, the opening of the noun phrase it heads: an article and at most two words of its kind ("a red
#: deer", "the old bull elephant"; not the object of a preposition after it: "a herder known for his cattle").
_HEADED_BY_ARTICLE_BEFORE: Final = re.compile(r"\b(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _described_animals_passive(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the act hits[index] is the passive of an animal named before it and described in between (see
    _DESCRIBED_BEFORE_PASSIVE), no other act word between them."""
    for back in range(index - 1, -1, -1):
        other = hits[back]
        if not _VIOLENT_OR_CASUALTY.isdisjoint(other.categories):
            return False
        if _ANIMAL in other.categories:
            window = max(0, other.start - _OWNED_SPAN)
            return _OWNED_BY.search(text, window, other.start) is None and _HEADED_BY_ARTICLE_BEFORE.search(
                text, window, other.start) is not None and (
                _DESCRIBED_BEFORE_PASSIVE.fullmatch(text, other.end, hits[index].start) is not None)
    return False


#: Before an animal's noun phrase, a preposition that makes it the complement in a description of someone, not
#: the head of the subject: "a farmer known for his cattle", "a ranger who looked after the elephants" ("by" names
#: the animal as a doer, "a man attacked by a bull"; "of" and "with" may count or hold it, "two of the elephants").
_ANIMAL_IN_DESCRIPTION: Final = re.compile(
    r"\b(?:after|for|about|from|to|towards|on|at|in|into|over|near|like|against|without)\s+"
    r"(?:(?:a|an|the|his|her|their|its|our|my|your|two|three|several|many|some)\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)
#: A relative pronoun that only a person takes: the clause it opens describes the person, whatever animal it names.
_PERSON_RELATIVE: Final = re.compile(r"\bwho(?:m|se)?\b", re.IGNORECASE)
#: Between an animal and a later act, a relative pronoun that can make the animal the act's subject ("the elephant
#: that was shot dead").
_ANIMAL_RELATIVE: Final = re.compile(r"\b(?:which|that)\b", re.IGNORECASE)


def _animals_describe_the_harmed(text: str, hits: list[Hit], start: int) -> bool:
    """Whether the first violent or casualty word of a sentence is a passive whose subject is someone every animal
    named before it only describes: each animal is the complement of a preposition (_ANIMAL_IN_DESCRIPTION) or inside
    a clause of "who" (_PERSON_RELATIVE), and none is named after the act, where it may be its agent or its object.
    The animal must head the subject's noun phrase to be the one harmed: "a ranger, who looked after the elephants for
    years, was shot dead" and "a farmer known for his cattle is shot dead" tell a person's harm, unlike "a deer that
    strayed into the town was shot dead"."""
    acts = [hit for hit in hits if not _VIOLENT_OR_CASUALTY.isdisjoint(hit.categories)]
    animals = [hit for hit in hits if _ANIMAL in hit.categories]
    if not acts or not animals or any(hit.start > acts[0].start for hit in animals):
        return False
    act = acts[0]
    if not (_PASSIVE_BEFORE.search(text, max(start, act.start - 24), act.start)
            or _PASSIVE_OF.fullmatch(f" {act.text.split()[0]} ")):
        return False
    for animal in animals:
        described = _ANIMAL_IN_DESCRIPTION.search(text, max(start, animal.start - _OWNED_SPAN), animal.start) or (
            _PERSON_RELATIVE.search(text, start, animal.start))
        if described is None or _ANIMAL_RELATIVE.search(text, animal.end, act.start):
            return False
    return True


#: Before an animal, what makes it the complement of another noun, not the subject: "the owner of a dog".
_OWNED_BY: Final = re.compile(r"\b(?:of|with)\s+(?:(?:a|an|the|his|her|their|its|two|three)\s+)?(?:[\w'’-]+\s+)?$",
                              re.IGNORECASE)
_OWNED_SPAN: Final = 30
#: Between an animal and the act it does: nothing, a relative pronoun, an auxiliary or an adverb.
_ANIMAL_DOES: Final = re.compile(r"\s+(?:(?:that|which|who)\s+)?(?:(?:had|has|have|later|then|also|reportedly)\s+)?",
                                 re.IGNORECASE)
#: The pronoun of an animal as the subject of a passive just before an act: "before it is shot dead"
#: ("they" may be people: "villagers who fed the dogs say they were attacked").
_PRONOUN_PASSIVE: Final = re.compile(r"\bit(?:\s+(?:is|was|had\s+to\s+be|has\s+been|was\s+later))?\s+$",
                                     re.IGNORECASE)
_PRONOUN_SPAN: Final = 24


#: After "detonating", arms in bulk it describes: "detonating ammunition at a burning base" is the ammunition's own
#: blast, told by a participle as "exploding munitions" is (_ARMS_IN_BULK), not someone detonating it.
_BULK_DETONATING: Final = re.compile(r"\s+(?:[\w'’-]+\s+)?(?:ammunition|munitions|ordnance|gunpowder)\b", re.IGNORECASE)


def _sets_off(text: str, hit: Hit) -> bool:
    """Whether a blast word names someone setting the blast off ("detonated", "blew up the bridge"; not the
    participle of arms in bulk going off: "detonating ammunition", _BULK_DETONATING)."""
    if _SET_OFF.match(hit.text):
        return not (hit.text.lower() == "detonating" and _BULK_DETONATING.match(text, hit.end))
    return _BLEW_UP.match(hit.text) is not None and _NO_OBJECT.match(text, hit.end) is None


_BY: Final = re.compile(r"\bby\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)
_BY_SPAN: Final = 30


#: Words of a clause before an act that name no doer of it: articles and the like, the conjunctions and
#: relative words that open a clause ("a strike on a boat", "and strikes on fishing boats").
_NO_DOER_WORDS: Final = frozenset({"a", "an", "the", "this", "that", "these", "those", "another", "new", "fresh",
                                   "further", "renewed", "overnight", "and", "but", "or", "as", "when", "while",
                                   "after", "before", "which", "who", "where", "then"})
_CLAUSE_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")


def _a_vehicles_hit(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the hit hits[index] is a vehicle's, in a sentence that names one: a vehicle is named doing it,
    before it as its subject ("a ship strikes a reef", "a tanker striking another", "four die when a car hits
    them") or after it as its agent ("was struck by a ferry"); or it has a subject the words do not know and
    no side is named doing it ("the MV Orion strikes a fishing boat": a vessel not in the vocabulary). A
    vehicle that is only what is hit is the target of a side named ("US forces strike a boat, killing four"),
    of a strike told as a noun ("a strike on a boat killed three") or of the violence right before the
    verb ("strikes hit two boats")."""
    act = hits[index]
    for hit in hits:
        if "road_vehicle" in hit.categories and (
                hit.start < act.start or _BY.search(text, max(act.end, hit.start - 20), hit.start)):
            return True
    if _agent(text, hits, index)[0] is not None:
        return False
    if index > 0 and not VIOLENT_CATEGORIES.isdisjoint(hits[index - 1].categories) and _RAMMER.fullmatch(
            text, hits[index - 1].end, act.start):
        return False  # ("strikes hit two boats": the strikes hit them)
    clause = text[max(0, last_break_before(text, act.start)):act.start]
    return any(word.lower() not in _NO_DOER_WORDS for word in _CLAUSE_WORD.findall(clause))


def _animal_is_doer(text: str, hits: list[Hit]) -> bool:
    """Whether an animal is named as the doer of the sentence's harm: before
    its first violent or casualty word ("a bear attacked hikers"), or as its agent ("killed by a
    shark"), not as its object ("a gunman shot four people and two dogs")."""
    first_harm = next((hit.start for hit in hits if not _VIOLENT_OR_CASUALTY.isdisjoint(hit.categories)), -1)
    for hit in hits:
        if "nonhuman_doer" in hit.categories:
            if hit.start < first_harm or _BY.search(text, max(0, hit.start - 20), hit.start):
                return True
    return False


def _deaths_without_cause(text: str, hits: list[Hit], findings: _Findings, present: frozenset[str]) -> bool:
    """Whether the item's deaths are told without a cause ("a singer dies in Paris", "the death of
    the king", "28 bodies found off the coast") and it names no weapon, armed actor, force, violent
    act (in any scope or sense), truce, war or protest either: illness, age and mishaps kill that way too, so
    nothing says these were casualties of violence (but "two soldiers died", "militants left 28
    dead", "five dead as police launch an assault on protesters" and "deaths shake the truce" do).
    Where one person died, an armed actor named only as what that person led names no cause
    (_death_context)."""
    if findings.caused:
        return False  # (most items with deaths: their context is not looked at)
    context = _death_context(text, hits, present, findings.history if "toll" not in present else _NO_HISTORY) if (
        findings.totals()[0] or 0) <= 1 else present
    return context.isdisjoint(_CAUSES_OF_DEATH)


# "The leader of a former rebel group dies in the capital", "the founder of the militia has died": an
# armed actor named as what a person led or founded says who the person was, not who died fighting (but
# "two rebels die", "a rebel commander and four fighters died" name the dead as fighters; and more than one
# dead are no single person's death: "the rebel leader and two of his guards died").
_LED_BY_ROLE_BEFORE: Final = re.compile(
    rf"\b{LEADING_ROLE}s?\s+of\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}$", re.IGNORECASE)
#: Lower-case words one of which _LED_BY_ROLE_BEFORE must match (see bot.classify.lowered.absent).
_LED_BY_ROLE_NEEDLES: Final = frozenset({"leader", "founder", "head", "chief", "chairman", "ideologue", "spokes"})


# "Tomas Reyes, leader of the militia behind the 2013 standoff, dies in the capital", "Ana Ruiz, a former
# guerrilla commander, dies in Lima": the apposition between the commas after a person's name tells who the
# person was, not how the person died; the wars it names and the armed groups it says the person once
# belonged to are no cause of the death told after it. (One that tells a violent act or a wound tells the
# cause: "a guard, shot by gunmen on Monday, dies in hospital"; and one that names the dead a soldier or an
# officer names them as "two soldiers died" does: a casualty.)
_APPOSITION_BEFORE_DEATH: Final = re.compile(
    r"(?:^|(?<=[.\n])\s*)(?-i:[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,4}?,\s+(?P<apposition>[^,;:.\n]+),\s+(?:has\s+)?$")
_DEATH_AFTER_COMMA: Final = (", die", ", has die")
MAX_APPOSITION_CHARS: Final = 200


def _described_in_apposition(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of an apposition that describes the person whose bare death follows it (see
    _APPOSITION_BEFORE_DEATH), where it tells no violent act or wound."""
    for hit in hits:
        if _BARE_DEATH not in hit.categories:
            continue
        match = _APPOSITION_BEFORE_DEATH.search(text, max(0, hit.start - MAX_APPOSITION_CHARS), hit.start)
        if match is None:
            continue
        start, end = match.span("apposition")
        described = [other for other in hits if start <= other.start < end]
        if _KNOWN_SUSPECT_APPOSITION.match(text, start, end):
            return described  # "X, the suspect in the mass shooting at ..., dies": his case's act, no cause of his death
        if all(_VIOLENT_OR_CASUALTY.isdisjoint(other.categories) for other in described):
            return [other for other in described if _CONFLICT in other.categories or (
                not _ARMED.isdisjoint(other.categories)
                and _FORMER_BEFORE.search(text, max(start, other.start - 30), other.start) is not None)]
    return []


#: An apposition that names the person as the known suspect of a case ("the suspect in the mass shooting at the mall",
#: "the prime suspect in the killing of"): the act it names is the case's matter, known before, and the bare death told
#: after it is the suspect's own, news of the case and no new act (one told with its own cause, "is shot dead by
#: police", is no bare death; a victim of the act, "the victim of the shooting", dies of it).
_KNOWN_SUSPECT_APPOSITION: Final = re.compile(
    r"(?:the|its|their)\s+(?:(?:prime|main|chief|lead|key|lone|alleged|accused|sole|only)\s+)*suspects?\s+(?:in|of)\b",
    re.IGNORECASE)
_CONFLICT: Final = "conflict"
#: A role once held: "a former guerrilla commander", "an ex-militia leader".
_FORMER_BEFORE: Final = re.compile(r"\b(?:former|ex-|one-time|onetime|retired)(?:\s*[\w'’-]+){0,2}?\s*$", re.IGNORECASE)


#: No violent word told as history (the `history` of _death_context in an item that counts a toll).
_NO_HISTORY: Final[set[int]] = set()


def _death_context(text: str, hits: list[Hit], present: frozenset[str], history: set[int]) -> frozenset[str]:
    """The item's categories less the armed actors named only as what a person led (see
    _LED_BY_ROLE_BEFORE), the words of an apposition that says who the dead person was (see
    _described_in_apposition) and the violent words told as history (`history`: "his grandfather, who
    sheltered the family during the 1999 bombing raids, dies"): what may tell that a death with no cause
    named was one of violence. A war or a raid of the past is no cause of a person's death told today, as
    the rest of a person's past is no cause of it; a violent word told as news still is ("dies after the
    raid"), and so is a known event whose toll the item counts ("the death toll from the 2010 bombing
    reaches 17": the caller passes no history there)."""
    if present.isdisjoint(_CAUSES_OF_DEATH):
        return present
    described = _described_in_apposition(text, hits) if _BARE_DEATH in present and any(
        map(text.__contains__, _DEATH_AFTER_COMMA)) else []
    if present.isdisjoint(_ARMED) or absent(text, _LED_BY_ROLE_NEEDLES):
        led = []
    else:
        led = [hit for hit in hits if not _ARMED.isdisjoint(hit.categories)
               and _LED_BY_ROLE_BEFORE.search(text, max(0, hit.start - 60), hit.start) is not None]
    if not led and not described and not history:
        return present
    return frozenset().union(*(_hit_categories(hit) for hit in hits
                               if hit not in led and hit not in described and hit.start not in history))


def _gate_vetoes(gate: TopicGate, text: str, hits: list[Hit], present: frozenset[str]) -> bool:
    """Whether the topic gate takes the strike, attack and casualty out of this item: news that reads
    as ordinary, by a margin that grows with the rules' own evidence of violence. (It is not asked where
    a side named did an armed act told as news, _Findings.side_armed: evidence above its levels.)"""
    return gate.vetoes(gate.score(text, present, name_masks(hits)), _gate_evidence(text, hits, present))




#: Words of an armed conflict's course (taxonomy.toml's conflict_state: "truce", "escalation", "siege").
_CONFLICT_STATE: Final = "conflict_state"
#: People killed or hurt "by a mine" met the weapon (taxonomy.toml's weapon has "stepped on a mine"):
#: a coal or gold mine kills people in it, by its collapse, its gas, its fire or its flood. (Reads the folded text, as
#: _TREND_HINT does.)
_MET_A_MINE: Final = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|wounds|injured|injuring|injures|maimed|hurt|dead|died|dies)"
    r"\s+by\s+(?:an?\s+)?mines?\b(?![\s-]+(?:collapse|explosion|blast|fire|flood|gas|cave|accident|disaster|shaft))")
#: Talks for a truce: where an item tells them, the truce is what is sought, not what holds.
_TALKS: Final = re.compile(r"\b(?:talks|negotiat\w*|mediat\w*|summit|meet|meets|meeting|envoys?|diplomats?|"
                          r"(?:ceasefire|cease-fire|truce|peace)\s+(?:plan|proposal|deal|agreement|accord))\b",
                          re.IGNORECASE)


def _gate_evidence(text: str, hits: list[Hit], present: frozenset[str]) -> str:
    """How much the rules' own evidence of violence says (gate.EVIDENCE): the veto threshold of
    the topic gate depends on it. Deaths or a blast told beside a truce, an escalation or a siege are
    the fighting's: evidence of an assault whose arms go unnamed, not words an illness or a gas leak
    shares ("two dead as the truce frays"); but not in news of talks for a truce ("envoys meet to
    seek a ceasefire in a war that has killed thousands"), whose subject the truce is, not the state
    on the ground: there the topic decides. People killed "by a mine" met a weapon (_MET_A_MINE)."""
    if not present.isdisjoint(_ARMS_NAMED) or _MET_A_MINE.search(folded(text)) or _act_of_a_side(text, hits):
        return ARMED
    in_conflict = _CONFLICT_STATE in present and not _TALKS.search(text)
    if not in_conflict and _rests_on_accident_words(hits, present) and not _DEALT_BY_POLICE.search(text):
        return ACCIDENT_WORDS if not VIOLENT_CATEGORIES.isdisjoint(present) else DEATHS_ONLY
    return UNARMED


def _act_of_a_named_side(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the asserted violent act hits[index] was done with arms by a side named: a state or an
    armed group by its name or by its demonym, whose arms are the act's own (_arms_of_the_act): "Iran
    launches a wave of missiles at ...", "Hezbollah fired rockets at ...", "Israeli warplanes struck
    ...", "an Iranian missile slammed into ...". A named side's armed act told as news (not a test or
    a drill, which are threats and plays; not a plan, a trial or history, which have their scope) is
    the rules' strongest evidence, above any generic armed actor ("gunmen", "troops", "militants"):
    the topic gate, whose words of a strike ("hits", "injuring", "according to") are those of accidents
    and sport too, does not veto it. (A bare noun of an act, "Russian bombing of rebel-held areas" as
    the backdrop of talks, and arms named elsewhere in the sentence, "is ready to attack Iran to stop
    its nuclear weapons", are left to the gate.)"""
    doer_kind, doer = _agent(text, hits, index)
    if doer is None:
        return False
    place = bisect_left(hits, doer.start, key=_hit_start)
    if not _named_actor(doer):
        # (a force or a weapon right after the demonym or name of its side: "Israeli warplanes")
        before = hits[place - 1] if place > 0 else None
        if before is None or not _named_actor(before) or words_between(text, before.end, doer.start) > 1 or (
                crosses_clause(text, before.end, doer.start)):
            return False
    return doer_kind is not None and _arms_of_the_act(text, hits, place, index)


#: Between an act and the arms it was done with: "struck the port with drones", "hit the base using missiles".
_WITH_ARMS: Final = re.compile(r"\b(?:with|using)\b", re.IGNORECASE)
#: Between a salvo and the arms it is made of: "a barrage of rockets", "a volley of ballistic missiles".
_OF_ARMS: Final = re.compile(r"\s+of\s+(?:[\w'’-]+\s+)?", re.IGNORECASE)


def _arms_of_the_act(text: str, hits: list[Hit], doer: int, index: int) -> bool:
    """Whether the act hits[index], whose doer is hits[doer], names its own arms: it is a weapon fired
    ("fired rockets at the town"), a weapon is its subject, at most a word before it ("warplanes struck",
    "a missile slammed into", "drones overnight hit"), it is a salvo of arms ("a barrage of rockets"), or it
    was done "with" or "using" arms in its clause ("shelled the port with artillery"). (Arms told beside the act are not its own: "a tank" of a "main
    battle tank", "nuclear weapons" a strike would stop, "Air Force" that "confirms the explosion".)"""
    act = hits[index]
    if not _WEAPON_WORDS.isdisjoint(act.categories):
        return True
    for back in range(index - 1, doer - 1, -1):
        arm = hits[back]
        if not _WEAPON_WORDS.isdisjoint(arm.categories):
            return words_between(text, arm.end, act.start) <= 1 and not crosses_clause(text, arm.end, act.start)
    for after in hits[index + 1:index + 4]:
        if not _WEAPON_WORDS.isdisjoint(after.categories):
            return _OF_ARMS.fullmatch(text, act.end, after.start) is not None or (
                words_between(text, act.end, after.start) <= 6 and _WITH_ARMS.search(text, act.end, after.start)
                is not None and not crosses_clause(text, act.end, after.start))
    return False


def _named_actor(hit: Hit) -> bool:
    """Whether a hit names a state or an armed group (a gazetteer actor, by its name or demonym)."""
    for role, _, _, _ in hit.names:
        if role == "actor":
            return True
    return False


def _act_of_a_side(text: str, hits: list[Hit]) -> bool:
    """Whether a violent word has a state or an armed group named right before it as its doer ("an
    Israeli strike", "Russian shelling"): an act of an armed side, as strong as its arms named."""
    for index in range(len(hits) - 1):
        if hits[index].names and not VIOLENT_CATEGORIES.isdisjoint(hits[index + 1].categories) and demonym_agent(
                text, hits[index], hits[index + 1].start):
            return True
    return False


#: Police as the doer of a killing or a shooting ("police kill two protesters", "police opened fire
#: on the crowd, killing four"): deaths dealt by an armed force, not deaths alone (police are no
#: state_force in the taxonomy: most news of them is arrests and inquiries).
_DEALT_BY_POLICE: Final = re.compile(
    r"\b(?:police|policemen|police\s+officers|riot\s+police)\s+(?:[a-z]+ly\s+|reportedly\s+|allegedly\s+)?"
    r"(?:kill|kills|killed|killing|shoot|shoots|shot|shooting|open\s+fire|opens\s+fire|opened\s+fire|"
    r"fire\s+on|fires\s+on|fired\s+on|gun\s+down|guns\s+down|gunned\s+down|beat|beats)\b",
    re.IGNORECASE)
#: Deaths and wounds that name how they were dealt, which no accident does ("was shot dead",
#: "stabbed to death", "gunned down", "murdered"): violence by themselves.
_DEALT: Final = re.compile(r"\b(?:shot|stabbed|gunned|beheaded|lynched|hacked|executed|murder\w*|beaten)\b",
                           re.IGNORECASE)


#: Where people gather to pray, marry, mourn or vote (taxonomy.toml's gathering_target).
_GATHERING_TARGET: Final = "gathering_target"
#: Buses that carry people (taxonomy.toml's passenger_transport).
_PASSENGER_TRANSPORT: Final = "passenger_transport"
#: What names a mishap as the cause of a blast on a bus: a source that blows up by itself
#: (a gas cylinder, a fuel tank), a fire, a crash, a vehicle out of control, an accident or a disaster.
_MISHAP_NAMED: Final = frozenset({"blast_source", "natural_cause", "crash", "vehicle_motion", "mishap",
                                  "context_disaster"})


def _rests_on_accident_words(hits: list[Hit], present: frozenset[str]) -> bool:
    """Whether the item names no weapon or armed actor and no death dealt by someone, and each of its
    violent words is one an accident shares ("an explosion", "the fire destroyed", "a storm hit"),
    or it has none (deaths alone): then only the topic can tell a bomb from a gas leak. A blast where
    people gather to pray, marry, mourn or vote (taxonomy.toml's gathering_target) is no such word:
    there a bomb, not a gas leak, is what goes off ("an explosion in a cathedral kills 27"); nor is a
    blast on a bus full of passengers that names no mishap (no gas cylinder, fuel tank, fire or
    crash): buses do not blow up by themselves as often as bombs go off on them."""
    if not present.isdisjoint(_ARMED):
        return False
    target = _GATHERING_TARGET in present or (_PASSENGER_TRANSPORT in present and present.isdisjoint(_MISHAP_NAMED))
    for hit in hits:
        if not VIOLENT_CATEGORIES.isdisjoint(hit.categories):
            if _ACCIDENT_SHARED not in hit.categories or (target and "attack" in hit.categories):
                return False
        elif not CASUALTY_CATEGORIES.isdisjoint(hit.categories) and _DEALT.search(hit.text):
            return False
    return True


def _is_background(text: str, hits: list[Hit], sentence_start: int) -> bool:
    """A sentence that opens with "Since ..." or speaks of "this year"/"so far": a background total; or one whose
    phrase of the reason for a measure ("in retaliation for", "to avenge", "revenge for") names an earlier act and
    its toll ("vows revenge for the attack that killed 12 soldiers"). (Where an act or a toll is told before the
    reason's phrase, the main clause tells news of its own, and the phrase only its reason: "rebels killed five
    policemen in retaliation for the arrest of their leader".)"""
    reason_start = _reason_after_own_act(text, hits)
    for hit in hits:
        if "background" in hit.categories:
            if hit.start == reason_start:
                continue
            if hit.text.lower().endswith("this year") and _ORDINAL_OF_A_SERIES.search(
                    text, max(sentence_start, hit.start - 80), hit.start):
                continue  # "shot dead on Monday, the fifth journalist killed this year": the act placed in its series
            if _ends_a_subjects_description(text, hits, hit):
                continue  # "a man who pleaded guilty to assault last year shoots dead two": the time is the case's
            if hit.text.lower() != "since" or hit.start - sentence_start <= 3:
                return True
    return False


def _ends_a_subjects_description(text: str, hits: list[Hit], time: Hit) -> bool:
    """Whether the time `time` ends the description of a subject that opens its sentence, the subject's own violent
    verb right after it (scope.dates_the_subjects_description): it dates that description, no total of the
    sentence's."""
    after = next((hit for hit in hits if hit.start > time.start), None)
    return after is not None and not text[time.end:after.start].strip() and dates_the_subjects_description(
        text, time, after)


def _reason_after_own_act(text: str, hits: list[Hit]) -> int:
    """Where the first phrase of a reason (scope.REASON_PHRASES: "in response to", "to avenge") starts that follows
    an act or a toll of the sentence's own (hits: the sentence's), or -1. (A doer's noun tells no act, "gunmen vow
    revenge for the raid that killed 12", nor an infinitive, an aim: "urges them to kill soldiers in retaliation
    for the killing of civilians".)"""
    for position, hit in enumerate(hits):
        if "background" in hit.categories and hit.text.lower() in REASON_PHRASES and any(
                not _VIOLENT_OR_CASUALTY.isdisjoint(other.categories) and "armed_group" not in other.categories
                and not text.endswith(_INFINITIVE_MARK, 0, other.start) for other in hits[:position]):
            return hit.start
    return -1


_INFINITIVE_MARK: Final = ("to ", "To ")
#: A relative word: a participle after its clause may go on telling the clause's act ("in response to a shelling
#: that hit the town, killing five": the shelling's toll).
_RELATIVE_WORD: Final = re.compile(r"\b(?:that|which|who|where|when)\b", re.IGNORECASE)


def _reason_closed_before(text: str, hits: list[Hit], index: int, reason_start: int) -> bool:
    """Whether the phrase of a reason that starts at `reason_start` is done before the participle hits[index] after
    its comma, which then tells the main clause's act: it holds no relative clause ("in retaliation for the raid,
    killing 40"), or its relative clause told its own harm already ("in retaliation for an ambush that killed four
    guards, killing 30 militants": the relative's act has its toll, and the participle is the main act's). A relative
    that tells no harm ("in response to a shelling that hit the town, killing five") takes the participle as its
    act's result."""
    relative = _RELATIVE_WORD.search(text, reason_start, hits[index].start)
    if relative is None:
        return True
    return any(relative.end() <= other.start and not CASUALTY_CATEGORIES.isdisjoint(other.categories)
               for other in hits[:index])


#: An ordinal that places an act in a series over a span, in the clause before "this year": "the fifth journalist
#: killed in Mexico this year", "the third such attack this year" (the act is news; the span is its series').
_ORDINAL_OF_A_SERIES: Final = re.compile(
    r"\b(?:the|a|its|their)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d{1,3}(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){0,7}?(?:so\s+far\s+)?$",
    re.IGNORECASE)


#: The words of a whole war, whose toll is a running total ("the war has killed 40,000"), not of a
#: day's violence ("violence killed 12 on Sunday").
_WHOLE_WARS: Final = frozenset({"war", "wars", "civil war", "conflict", "conflicts", "insurgency"})
#: From a war to the killing it is the doer of: where it was fought or between whom, a relative word,
#: a perfect ("the war between the army and the RSF has killed", "a conflict that killed", "the
#: two-year war killed"); not a passive with its own subject ("in the war, two soldiers were killed")
#: nor a noun ("war planes killed").
_WAR_AS_DOER_GAP: Final = re.compile(
    r"(?:\s+(?:in|between|of|against|with|on)\s+(?:[\w'’.-]+\s+){0,6}?)?\s*,?\s*(?:(?:that|which)\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:(?:already|now|so\s+far|also|alone)\s+)?",
    re.IGNORECASE,
)
_MONTHS: Final = "january|february|march|april|may|june|july|august|september|october|november|december"
#: A toll counted from a war's start, a month or a year ("since the war began", "since Russia's
#: invasion", "since April 2023", "since 2011"), not from a day ("since Monday", "since May 19").
_SINCE_A_WAR_OR_MONTHS: Final = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|outbreak)\s+of\b"
    r"|(?:the\s+|[\w'’.-]+['’]s\s+)(?:[\w'’-]+\s+){0,2}?(?:war|conflict|invasion|fighting|insurgency|uprising|"
    r"revolution|coup)\b"
    # (a month with its day is a date, days or weeks back: "missing since May 19")
    rf"|(?:{_MONTHS})\b(?!\s+\d{{1,2}}\b)|(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


#: A perfect ("has launched", "have attacked", "has carried out", "have been killed").
_PERFECT_VERB: Final = re.compile(r"\b(?:has|have)\s+(?:(?:now|already|so\s+far|also)\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b",
                                  re.IGNORECASE)
#: A span of months or years: from a war's start, a month or a year, or "this year", "in recent months".
_LONG_SPAN: Final = re.compile(
    rf"{_SINCE_A_WAR_OR_MONTHS.pattern}|\b(?:so\s+far\s+)?this\s+year\b|\blast\s+year\b"
    r"|\bin\s+(?:recent|the\s+past|the\s+last)\s+(?:months|years|decade)\b"
    r"|\bover\s+the\s+(?:years|past\s+year|(?:past|last)\s+decade)\b",
    re.IGNORECASE,
)
#: A span of hours or days, or a comparison with the span ("the largest attack this year"): news.
_SHORT_SPAN_OR_COMPARED: Final = re.compile(
    r"\b(?:overnight|today|tonight|yesterday|this\s+morning|last\s+night|on\s+(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|since\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|dawn|"
    r"the\s+morning|morning|midnight|last\s+night|the\s+weekend))\b"
    r"|\b(?:[a-z]+est|first|most|worst|biggest)\s+(?:[\w'’-]+\s+){0,4}?(?:this\s+year|since)\b",
    re.IGNORECASE,
)
#: An amount of acts or of people ("thousands of drones", "more than 100 ships").
_AMOUNT: Final = re.compile(r"\d|\b(?:dozens|scores|hundreds|thousands|millions|more\s+than)\b", re.IGNORECASE)


def _tallied_over_a_span(text: str, sentence: tuple[int, int]) -> list[int]:
    """Where a sentence tallies acts over months or years (a perfect, an amount and a long span, and
    no span of hours or days): the starts of its perfects, each beginning the clause of a tally
    ("Russia has launched thousands of drones at Ukrainian cities this year", "the rebels have
    attacked more than 100 ships since November"); else none. A tally is the background of the news
    it stands in (a visit, a plea for arms), not an event; "Russia has fired 90 missiles at Kyiv since
    Sunday", "the largest attack this year", and acts told before the perfect's clause are news."""
    start, end = sentence
    if (_AMOUNT.search(text, start, end) is None or _LONG_SPAN.search(text, start, end) is None
            or _SHORT_SPAN_OR_COMPARED.search(text, start, end) is not None):
        return []
    return [match.start() for match in _PERFECT_VERB.finditer(text, start, end)]


#: How far before a tally's perfect its subject, the acts tallied, may stand.
MAX_TALLY_SUBJECT_CHARS: Final = 100


def _subject_of_a_tally(text: str, hit: Hit, perfect_start: int) -> bool:
    """Whether the act noun `hit` is the subject of the tally's perfect at perfect_start, counted from the long span
    between them, in one clause ("strikes on boats in the sea since September have killed more than 80 people",
    "attacks on shipping since November have sunk two ships"): the acts tallied. (An act told by a verb of its
    own before the perfect, "gunmen killed five on Sunday; attacks have killed 200 since May", is news.)"""
    return (hit.end < perfect_start <= hit.end + MAX_TALLY_SUBJECT_CHARS and not hit.text.lower().endswith("ed")
            and not crosses_clause(text, hit.end, perfect_start)
            and _LONG_SPAN.search(text, hit.end, perfect_start) is not None)


def _war_total(text: str, hits: list[Hit], sentence: tuple[int, int]) -> bool:
    """Whether a sentence that names no violent act tells its toll as a whole war's: with the war as the
    doer of the killing ("the war has killed 40,000", "a conflict that killed 220,000") or counted from
    its start, a month or a year ("40,000 have been killed since the war began"). That is a running
    total, the background of the news (a peace talk, a visit), not an event; a sentence that names the
    act ("strikes killed 40 on Tuesday, bringing the toll since the war began to 40,000") is news."""
    if not all(map(VIOLENT_CATEGORIES.isdisjoint, map(_hit_categories, hits))):
        return False
    since = _SINCE_A_WAR_OR_MONTHS.search(text, sentence[0], sentence[1])
    for index, hit in enumerate(hits):
        if "killed" not in hit.categories:
            continue
        if since is not None and hit.end <= since.start():
            return True
        for back in range(index - 1, -1, -1):
            war = hits[back]
            if war.text.lower() in _WHOLE_WARS:
                if _WAR_AS_DOER_GAP.fullmatch(text, war.end, hit.start) is not None:
                    return True
                break
            if not _VIOLENT_OR_CASUALTY.isdisjoint(war.categories):
                break
    return False


def _has_total_cue(text: str, hits: list[Hit], count: Count) -> bool:
    if count.is_total:
        return True
    return any("total" in hit.categories and count.start - 25 <= hit.end <= count.start for hit in hits)


def _deaths_of_the_wounded(part: dict[str, list[Count]]) -> int:
    """How many of the wounded counted in a part of the item died later ("wounding six passengers. One of the
    wounded died in hospital": one): deaths told after a count of the injured, which they leave."""
    injured = [count.start for count in part["injured"] if count.value and not count.cumulative]
    if not injured:
        return 0
    return sum(count.value or 0 for count in part["killed"]
               if count.of_wounded and not count.cumulative and count.start > min(injured))


def _total(parts: list[list[Count]], stated_zero: bool, died_later: list[int] | None = None) -> int | None:
    """Sum the counts of each part (a stated total overrides the sum), and take the larger of title
    and summary: a headline restates the story, it does not add to it. A running total ("have been
    killed since ...") counts only where the item states no count of its own event. Deaths among the
    wounded counted before ("one of the wounded died") add to the dead where no toll is stated, and
    `died_later` (per part, for the injured) takes them from the wounded."""
    if not parts[0] and not parts[1]:
        return 0 if stated_zero else None
    if any(count.cumulative for part in parts for count in part) and any(
        not count.cumulative and count.value is not None for part in parts for count in part
    ):
        parts = [[count for count in part if not count.cumulative] for part in parts]
    if any(count.perpetrators for part in parts for count in part) and any(
            not count.perpetrators and count.value is not None for part in parts for count in part):
        # "Police kill four gunmen who attacked a court | ... one policeman was killed": the attackers a title counts
        # are reported apart from the victims its summary counts, as within one part
        parts = [[count for count in part if not count.perpetrators] for part in parts]
    values: list[int] = []
    for number, part in enumerate(parts):
        less = died_later[number] if died_later else 0
        if len(part) < 2:
            # (the usual part: no count, or one, whose value is the part's total; no lists built)
            if part and part[0].value is not None:
                values.append(part[0].value - less if part[0].value >= less else part[0].value)
            continue
        victims = [count for count in part if not count.perpetrators]
        if victims:
            # attackers killed are reported apart from the toll ("5 attackers were also killed")
            part = victims
        for count in part:
            if count.place == 0 and any(before.start < count.start for before in part):
                count.joined = True  # "injures one. Another man was injured": one more than the hurt told before
        # (the wounded who died later are more dead, not the toll restated: "killing the driver ... one of the
        # wounded died" is two)
        numbers = [count.value for count in part if count.value is not None and not count.of_wounded and not count.joined]
        # the same number twice is one toll restated ("346 killed ... killing nearly 346 civilians"); people told by
        # verbs joined with "and" are more people ("wounding a woman and injuring a man" is two)
        numbers = list(dict.fromkeys(numbers)) + [
            count.value for count in part if (count.of_wounded or count.joined) and count.value is not None]
        if not numbers:
            continue
        totals = [count.value for count in part if count.is_total and count.value is not None]
        if totals:
            value = max(totals)  # (a toll told counts the later deaths)
        elif len(numbers) > 2 and any(2 * number == sum(numbers) for number in numbers):
            # "62 killed ... killing 20 soldiers ... killed 42 civilians": a total, then its parts (a later
            # death among the wounded one of them: "killing 8 ... one of the wounded died ... 9 dead in all")
            value = max(numbers)
        else:
            value = sum(numbers)
        values.append(value - less if value >= less else value)
    if values:
        return max(values)
    return 0 if stated_zero else None


#: The words between a launch verb and its weapon: a salvo counted and its kinds ("launched more than
#: 40 cruise and ballistic missiles"), with no preposition or clause of its own ("launched an appeal to
#: ban drones" launches no drone; "launches its long-range rocket" counts none: a test or a launch into
#: space, which the short reach leaves to the show-of-force rules).
MAX_LAUNCH_GAP_WORDS: Final = 7
_NOT_A_WEAPON_PHRASE: Final = re.compile(r"(?<!\bup\s)\b(?:to|into|for|against|with|about|from|by|in|on|that|which|"
                                         r"who|when|after|before|over)\b", re.IGNORECASE)
#: A weapon followed by its launch in the passive, aimed or sent from somewhere: "rockets fired from
#: across the border", "a missile launched by the Houthis", "drones were launched at the base".
_PASSIVE_LAUNCH: Final = re.compile(r"\s+(?:(?:was|were|had\s+been|have\s+been|being)\s+)?(?:fired|launched|lobbed|"
                                    r"unleashed)\s+(?:(?:overnight|earlier|today|yesterday|late|early)\s+)?"
                                    r"(?:by|from|at|on|towards?|across|against)\b", re.IGNORECASE)


#: What is fired, as against what flies: an interception of one is of fire.
_MUNITION: Final = re.compile(r"missile|rocket|drone|shell|mortar|projectile", re.IGNORECASE)


def _counts_a_salvo(text: str, between: list[Hit], start: int, end: int) -> bool:
    """Whether the words between a launch verb and its weapon open with their count: a number ("more
    than 40 cruise and ballistic missiles"), a vague amount ("dozens of") or a salvo's noun ("a wave
    of", "a fresh barrage of"), not a model's number ("launches an Atlas V 401 rocket")."""
    first = end - len(text[start:end].lstrip())  # (where the first word after the verb starts)
    if between and between[0].start == first and not _COUNTED.isdisjoint(between[0].categories):
        return True
    return NUMBER_RE.match(text, first, end) is not None or _SALVO.match(text, first, end) is not None


#: A salvo counted by its noun, which fire is told in ("launched a wave of ballistic missiles", "fired
#: another barrage of rockets"): the weapons after it are what was fired, as after a number.
_SALVO: Final = re.compile(r"(?:an?|another|(?:the|its)\s+(?:first|second|third|latest))\s+(?:(?:new|fresh|large|"
                           r"massive|huge|major|heavy|renewed|overnight)\s+)?(?:waves?|barrages?|salvos?|salvoes|"
                           r"volleys?|swarms?)\s+of\b", re.IGNORECASE)


def _launched(text: str, hits: list[Hit], index: int) -> bool:
    """A launch verb shortly before this weapon word, in its clause ("launched a barrage of drones"),
    or its launch told in the passive right after it ("missiles fired by the militia")."""
    weapon = hits[index]
    if _PASSIVE_LAUNCH.match(text, weapon.end):
        return True
    for back in range(index - 1, max(-1, index - 4), -1):
        verb = hits[back]
        if "launch" in verb.categories:
            if verb.text[:9].lower() == "intercept" and not _MUNITION.search(weapon.text):
                return False  # "jets intercept a reconnaissance plane": an escort, nothing fired
            gap = words_between(text, verb.end, weapon.start)
            return (gap <= 3 or (gap <= MAX_LAUNCH_GAP_WORDS and _counts_a_salvo(text, hits[back + 1:index], verb.end, weapon.start)
                                 and not _NOT_A_WEAPON_PHRASE.search(text, verb.end, weapon.start))
                    ) and not crosses_clause(text, verb.end, weapon.start)
        if not (verb.names or verb.categories & {"vague", "number", "distance_weapon", "weapon"}):
            return False  # (a name may stand before the weapon: "intercept a Houthi missile")
    return False


_BETWEEN_SEND_AND_FORCES: Final = frozenset({"number", "vague", "weapon", "distance_weapon"})
#: What ends the reach of a send verb: a clause break other than a comma (lists of forces have commas).
#: (a preposition too: "sent a letter to the army chief" sends no army)
_HARD_BREAK: Final = re.compile(r"[;:()\[\]—–.]|\b(?:but|while|after|when|because|although|which|who|to|of|for|with|"
                                r"from|in|into|at|on|by|about|over)\b", re.IGNORECASE)


def _may_be_governed(before: str) -> bool:
    """False when `before` (folded) holds none of the words _GOVERNED needs."""
    return "target" in before or "against" in before or "fighting" in before or "hunting" in before


def _sends_forces(text: str, hits: list[Hit], index: int) -> bool:
    """A send verb with state forces shortly after it, past numbers, weapons and names: "India sent
    5,000 troops", "Russia has moved tanks, artillery and several thousand troops"."""
    verb = hits[index]
    for after in hits[index + 1:index + 7]:
        if "state_force" in after.categories:
            return words_between(text, verb.end, after.start) <= 8 and not _HARD_BREAK.search(text, verb.end, after.start)
        if not (after.names or not after.categories.isdisjoint(_BETWEEN_SEND_AND_FORCES)):
            return False
    return False


_BETWEEN_RELEASE_AND_CAPTIVES: Final = frozenset({"number", "vague", "weapon", "state_force", "armed_group"})


def _frees_captives(text: str, hits: list[Hit], index: int) -> bool:
    """A release verb with captives shortly after it ("releases 90 Palestinian prisoners") or just
    before it ("190 prisoners of war were swapped"), in its clause."""
    verb = hits[index]
    for after in hits[index + 1:index + 5]:
        if "captive" in after.categories:
            return words_between(text, verb.end, after.start) <= 4 and not crosses_clause(text, verb.end, after.start)
        if not (after.names or not after.categories.isdisjoint(_BETWEEN_RELEASE_AND_CAPTIVES)):
            break
    for back in range(index - 1, max(-1, index - 3), -1):
        before = hits[back]
        if "captive" in before.categories:
            return words_between(text, before.end, verb.start) <= 3 and not crosses_clause(text, before.end, verb.start)
    return False


def _cue_start(hits: list[Hit], index: int, text: str) -> int:
    """Start of the cue that hedged hits[index], so threat evidence reads "threatened to strike"."""
    start = hits[index].start
    last_break = last_break_before(text, start)
    for back in range(index - 1, -1, -1):
        if hits[back].end < start and last_break >= hits[back].end:
            break  # a clause break between them
        if not _HEDGES.isdisjoint(hits[back].categories):
            return hits[back].start
    return hits[index].start


def _agent(text: str, hits: list[Hit], index: int) -> tuple[str | None, Hit | None]:
    """Who carried out the violent act at hits[index]: ("state" | "group" | None, the hit naming it)."""
    event = hits[index]
    following = hits[index + 1:index + 4]
    # (a passive agent, "killed by Hamas", needs a "by" after the event word: most have none, and
    # then the words after it are not asked who they name; fire comes "from" its doer too: "artillery
    # fire from army positions")
    if following and ("by" in (between := text[event.end:following[-1].start].lower()) or (
            "from" in between and "fire" in event.categories)):
        for after in following:
            kind = agent_kind(text, after) or demonym_with_force(text, after)  # "hit by Russian drones"
            if kind is not None:
                if _BY_AGENT.fullmatch(text, event.end, after.start) or (
                        "fire" in event.categories and _FROM_AGENT.fullmatch(text, event.end, after.start)):
                    return kind, after
                break
    # The walk back stops at the first word with a clause break between it and the event word. Only
    # words that agent_kind can answer for are looked at: hits do not overlap, so a break after a
    # skipped word also lies after every word before it, and the next such word stops the walk.
    # (the break is looked up at the first such word: most event words have none before them)
    last_break = None
    for back in range(index - 1, -1, -1):
        cue = hits[back]
        if not cue.names and _AGENT_CATEGORIES.isdisjoint(cue.categories):
            continue  # (agent_kind would say None)
        if last_break is None:
            last_break = last_break_before(text, event.start)
        if cue.end < event.start and last_break >= cue.end:
            break  # a clause break between them (crosses_clause, asked once for all)
        if back > 0 and _LAUNCH in hits[back - 1].categories and cue.start - hits[back - 1].end <= 1:
            continue  # "the RSF fired artillery shells": arms fired are no doer; who fired them comes before
        if cue.names and _PLACE_NOUN_AFTER.match(text, cue.end):
            continue  # "Damascus church bombing", "a Kabul hotel attack": a name before a place says where
        if text.startswith("-", cue.end) and _HELD_BY.match(text, cue.end):
            continue  # "the Houthi-run health ministry said the strikes killed six": whose a thing is, not who acted
        kind = agent_kind(text, cue) or demonym_agent(text, cue, event.start) or _demonym_with_arms(text, hits, back)
        if kind is None:
            continue
        if kind == "state" and back > 0 and _group_named_before(text, hits, back):
            kind = "group"  # "Houthi forces", "Hamas fighters": the forces of an armed group are the group's
        if _may_be_governed(folded(text)[max(0, cue.start - 16):cue.start]) and _GOVERNED.search(
            text, max(0, cue.start - 16), cue.start
        ):
            continue  # "an army drone targeting insurgents hit a wedding": the insurgents are its object
        if _VICTIM_GAP.search(folded(text), cue.end, event.start) and not any(
            not _DOING.isdisjoint(hits[between].categories) for between in range(back + 1, index)
        ):
            # "US forces ... under attack": the forces are the target (but in "Russia fired missiles
            # at Kyiv in one of the largest attacks" Russia did the firing that the attack names)
            continue
        act = back - 1
        if act > 0 and not _COUNTED.isdisjoint(hits[act].categories):
            act -= 1  # "French forces kill 20 jihadists in an air operation": the count is the object's
        if act >= 0 and not _ACTS.isdisjoint(hits[act].categories) and words_between(
            text, hits[act].end, cue.start
        ) <= 2 and not _PREPOSITION.search(text, hits[act].end, cue.start) and not crosses_clause(
            text, hits[act].end, cue.start
        ):
            # "it killed a senior Hamas commander in a Gaza strike": Hamas is the object (but in
            # "were killed by Russian shelling" the preposition makes Russian the shelling's doer)
            continue
        return kind, cue
    return None, None


_LAUNCH: Final = "launch"
#: A place noun right after a name: the name says where ("the Damascus church bombing"), not who.
_PLACE_NOUN_AFTER: Final = re.compile(
    r"\s+(?:church|mosque|synagogue|temple|shrine|cathedral|hotel|market|bazaar|hospital|clinic|school|university|"
    r"airport|port|station|mall|stadium|embassy|consulate|prison|jail|checkpoint|cafe|café|restaurant|nightclub|"
    r"club|bar|theatre|theater|concert|parade|rally|festival|village|district|suburb|neighbourhood|neighborhood|"
    r"apartment|apartments|residential|metro|subway|bus|train|office|offices|headquarters|court|courthouse)\b",
    re.IGNORECASE)


#: A side fused to the participle of holding a thing: "Houthi-run", "Hamas-controlled", "rebel-held". The
#: side runs or holds what follows (a ministry, a town); it does not do the act told after it.
_HELD_BY: Final = re.compile(
    r"-(?:run|controlled|held|administered|governed|ruled|owned|operated|occupied|dominated|appointed)\b",
    re.IGNORECASE)


def _group_named_before(text: str, hits: list[Hit], index: int) -> bool:
    """Whether an armed group's name stands right before the force word hits[index] ("Houthi forces")."""
    before = hits[index - 1]
    return before.end + 1 >= hits[index].start and any(
        role == "actor" and kind == "group" for role, _name, kind, _demonym in before.names)


_ARMS_OF_A_SIDE: Final = frozenset({"state_force", "distance_weapon"})


def _demonym_with_arms(text: str, hits: list[Hit], index: int) -> str | None:
    """The kind of actor a demonym names where arms of a side follow it at once, whatever act
    follows them further on: "Russian bombers unleash cruise missiles" (a demonym before officials
    or a city is no doer)."""
    if index + 1 >= len(hits) or _ARMS_OF_A_SIDE.isdisjoint(hits[index + 1].categories):
        return None
    if not _DEMONYM_GAP.fullmatch(text, hits[index].end, hits[index + 1].start):
        return None
    for role, _name, kind, demonym in hits[index].names:
        if role == "actor" and demonym:
            return kind
    return None


#: Between a demonym and its arms: a space, or one word ("Russian strategic bombers").
_DEMONYM_GAP: Final = re.compile(r"\s+(?:[\w-]+\s+)?")


#: How sure the kind _violent_type gives is: its doer is named (or no other mention can tell it); it is a
#: general word for an act told again ("the raids": an attack unless the item names whose act it is); or
#: it is open (shelling, missile fire, "struck", an explosion with no doer: a strike or an attack alike).
_NAMED: Final = "named"
_ASSAULT_UNNAMED: Final = "assault_unnamed"
_OPEN: Final = "open"


#: Arms that militias fire as states' forces do (a jet, a warplane or a warship is a state's): a hit by one of
#: them with no side named has an unclear doer, which docs/taxonomy.md reads as an attack.
_ARMS_OF_ANY_SIDE: Final = frozenset({"missile", "missiles", "rocket", "rockets", "drone", "drones", "projectile",
                                      "projectiles", "mortar", "mortars", "shell", "shells"})


def _struck_by_arms_of_any_side(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the verb of hitting hits[index] has as its agent after "by" arms any side fires ("a cargo ship
    struck by a projectile off the coast", "the tanker was hit by a drone"): a hit by missile or drone with no
    side named is an attack (shelling and missiles by an unnamed side are `attack`), where the bare "struck"
    with no arms named stays open. (Who fired them, named after them in their clause, keeps the kind of that
    side; named elsewhere in the item, it still decides: the kind is the open one.)"""
    after = hits[index + 1] if index + 1 < len(hits) else None
    if (after is None or after.text.lower() not in _ARMS_OF_ANY_SIDE
            or _BY_AGENT.fullmatch(text, hits[index].end, after.start) is None):
        return False
    # (a side named after the arms in their clause tells whose they are: "struck by a rocket belonging to the
    # forces of the regime", "by a missile fired by Iranian forces")
    return not any((agent_kind(text, later) or demonym_with_force(text, later))
                   and _WHERE_BEFORE.search(text, max(0, later.start - _WHERE_SPAN), later.start) is None
                   for later in hits[index + 2:] if not crosses_clause(text, after.end, later.start))


#: A preposition of place right before a name: the name says where ("hit by a projectile off Yemen"), not who.
_WHERE_BEFORE: Final = re.compile(r"\b(?:off|in|near|at|over|outside|inside|across|along|into|of\s+the\s+coast\s+of|"
                                  r"(?:north|south|east|west)\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_WHERE_SPAN: Final = 24


def _violent_type(text: str, hits: list[Hit], index: int, in_heading: bool = False) -> tuple[str, bool, str]:
    """("strike" | "attack", whether this is an exchange between two states' forces, how sure the
    kind is: _NAMED, or a default that the item's mentions whose doer is named may decide). `in_heading`:
    the word is in the item's title, which names the act its summary tells."""
    event = hits[index]
    agent, agent_hit = _agent(text, hits, index)
    categories = event.categories
    certainty = _NAMED
    if "strike" in categories:
        kind = "attack" if agent == "group" else "strike"
    elif "strike_ambiguous" in categories:
        if agent is None:
            # "the first attack struck close to a restaurant": with no one named, "struck" takes the
            # kind of the other violence in the sentence
            others = any(hit.categories & _ATTACK_OR_FIRE for hit in hits if hit is not event)
            kind = "attack" if others or _struck_by_arms_of_any_side(text, hits, index) else "strike"
            certainty = _OPEN
        else:
            kind = "attack" if agent == "group" else "strike"
    elif "fire" in categories:
        # an exchange of fire is a clash, both sides firing: an attack, as a gunbattle is ("its forces
        # exchanged fire with gunmen"), unless both sides are states' forces ("Indian and Pakistani troops
        # exchanged fire": each side's fire a strike)
        kind = "strike" if agent == "state" and (not _an_exchange(event) or _states_exchange(text, hits)) else "attack"
        certainty = _NAMED if agent is not None or _assault_on_forces(text, hits, index) else _OPEN
    elif agent == "state" and _distance_weapon_in_clause(text, hits, index):
        kind = "strike"
    elif agent == "state" and event.text.lower().startswith("target"):
        # "the army said it had targeted a militant cell": aiming at names no act of its own; it is the
        # strike or the raid the item tells
        kind, certainty = "attack", _OPEN
    else:
        kind = "attack"
        # an explosion or a blast with no doer names no side: it takes the kind of the item's act whose
        # doer is named ("Israel hit targets in Iran; media reported explosions in Isfahan"); so does a
        # general word for an act with a definite article, which names again the act told ("US air strikes
        # killed 38 ... in one of the deadliest raids of the campaign"), or in a title, which names the act
        # its summary tells ("Guided bomb attack kills 3" / "Russian forces dropped two guided bombs on ..."),
        # but is an attack where no doer is
        # named at all (not one on a state's forces, bases or people: the other side's act, "the attacks on
        # US forces", "the rocket attack on Al-Asad Air Base")
        if agent is None:
            if _ACCIDENT_SHARED in categories or _a_fire_set(event):
                # (so does a fire set with no one named to set it: "a drone strike set two fuel tanks ablaze";
                # with no doer anywhere it is arson, an attack)
                certainty = _OPEN
            elif (_names_an_act_again(text, event) or (in_heading and event.text.lower() in _GENERAL_EVENT_NOUNS)) and (
                    not _assault_on_forces(text, hits, index)):
                certainty = _ASSAULT_UNNAMED
    exchange = kind == "strike" and agent_hit is not None and _state_target(text, hits, index, agent_hit)
    if _an_exchange(event):
        # "Syrian army and Turkish forces exchange fire": two states' forces fighting each other
        exchange = exchange or _states_exchange(text, hits)
    return kind, exchange, certainty


def _an_exchange(event: Hit) -> bool:
    """Whether `event` is an exchange of fire: "exchanged fire", "traded fire", "an exchange of fire"."""
    return "exchang" in (word := fold(event.text)) or "trade" in word


def _states_exchange(text: str, hits: list[Hit]) -> bool:
    """Whether the item names two states, the sides of an exchange of fire between their forces (the
    demonyms of one force word count each: "Cambodian and Thai troops")."""
    states = {name for hit in hits if (name := state_named(text, hit))}
    for first, second in zip(hits, hits[1:], strict=False):
        if len(states) >= 2:
            break
        if _AND.fullmatch(text, first.end, second.start) and (name := state_named(text, second)):
            states.update(state for role, state, kind, demonym in first.names
                          if role == "actor" and kind == "state" and demonym and state != name)
    return len(states) >= 2


_AND: Final = re.compile(r"\s+and\s+", re.IGNORECASE)




def _a_fire_set(event: Hit) -> bool:
    """Whether `event` tells a fire set by its verb: "set fire to", "torched", "set two fuel tanks ablaze"
    (_fires_set_told)."""
    return event.categories == _ARSON and (
        event.text.lower() in _FIRE_SET_VERBS or _SET_BURNING.fullmatch(event.text) is not None
        or _SET_BURNING_EITHER_WAY.fullmatch(event.text) is not None)


#: Before an assault's target: "attacks on", "an attack against".
_ON_TARGET: Final = re.compile(r"\s+(?:on|against)\s", re.IGNORECASE)
#: What a target of a state's names: its forces or bases.
_FORCES_OR_BASES: Final = frozenset({"state_force", "military_place"})
#: A base by its name ("Al-Asad Air Base", "Camp Taji", "Tower 22 outpost").
_BASE_NAMED: Final = re.compile(r"\b(?:air\s*base|airbase|base|airfield|camp|garrison|outpost)\b", re.IGNORECASE)
#: How many words after an assault its target may be named in ("attacks against US and coalition personnel"),
#: and before "under attack" its subject ("US forces in Iraq and Syria have been under attack").
_TARGET_REACH: Final = 4
_SUBJECT_REACH: Final = 8


#: A definite article (and a word or two that tell which) before a general word for an act: "the attack",
#: "one of the deadliest raids", "these overnight strikes" (not "a new attack", "another raid").
_DEFINITE_ACT_BEFORE: Final = re.compile(
    r"\b(?:the|this|these|those|such)\s+(?:(?!new\b|fresh\b|renewed\b|further\b|second\b|another\b|separate\b|"
    r"other\b)[a-z][\w-]*\s+){0,2}$", re.IGNORECASE)


def _names_an_act_again(text: str, event: Hit) -> bool:
    """Whether `event` is a general word for an act with a definite article before it (see
    _DEFINITE_ACT_BEFORE): "killed in the raids", "nobody was hurt in the attack"."""
    return event.text.lower() in _GENERAL_EVENT_NOUNS and _DEFINITE_ACT_BEFORE.search(
        text, max(0, event.start - 40), event.start) is not None


def _assault_on_forces(text: str, hits: list[Hit], index: int) -> bool:
    """Whether the assault word hits[index] has for its target a state, its forces or its bases ("attacks
    on US forces", "an attack against US and coalition personnel", "a rocket attack on Al-Asad Air Base",
    "US forces have been under attack")."""
    event = hits[index]
    if text.endswith("under ", max(0, event.start - 6), event.start):
        targets = [hit for hit in hits[max(0, index - 3):index] if words_between(text, hit.end, event.start) <= (
            _SUBJECT_REACH) and not crosses_clause(text, hit.end, event.start)]
    elif _ON_TARGET.match(text, event.end):
        targets = [hit for hit in hits[index + 1:index + 4] if words_between(text, event.end, hit.start) <= (
            _TARGET_REACH) and not crosses_clause(text, event.end, hit.start)]
    else:
        return False
    return any(not _FORCES_OR_BASES.isdisjoint(hit.categories) or state_named(text, hit)
               or (hit.names and _BASE_NAMED.search(hit.text)) for hit in targets)


def _distance_weapon_in_clause(text: str, hits: list[Hit], index: int) -> bool:
    """A weapon fired from afar, the firing itself ("fired missiles at", "shelling") or a strike
    ("Russia hits the grid in a massive attack") in the clause of hits[index]: a state's attack
    with it is that strike."""
    event = hits[index]
    for hit in hits:
        if not _FROM_AFAR.isdisjoint(hit.categories) and not ("fire" in hit.categories and _an_exchange(hit)):
            # (an exchange of fire is a clash, no fire from afar)
            lo, hi = (hit.end, event.start) if hit.end <= event.start else (event.end, hit.start)
            if not crosses_clause(text, lo, hi):
                return True
    return False


def _state_target(text: str, hits: list[Hit], index: int, agent_hit: Hit) -> bool:
    """A strike by one state's forces on another state's forces or territory: "Israeli jets struck
    Syrian army positions"."""
    agent_name = state_named(text, agent_hit)
    if agent_name is None:
        # "Russian jets": the demonym just before the force word names the state
        position = hits.index(agent_hit)
        if position > 0 and agent_hit.start - hits[position - 1].end <= 1:
            agent_name = state_named(text, hits[position - 1])
    if agent_name is None:
        return False
    event = hits[index]
    for after in hits[index + 1:index + 5]:
        name = state_named(text, after)
        if name and name != agent_name and _TARGET_GAP.match(text[event.end:after.start]):
            return True
    return False


#: The needle sets _find_cues asks of every item, answered together with those text_cues asks after it
#: (scope.TEXT_NEEDLES) by one pass over the text (bot.classify.lowered.answer_together): a substring test per
#: needle scans the text once for each of the hundred or so needles below, where a set more in the one pass costs
#: little. (Defined last: the sets are defined all over this module. A set left out is still answered, by absent
#: itself.)
_CUE_NEEDLES: Final = NeedleSets((
    _FRAMING_NEEDLES, _REPAIR_NEEDLES, _ADJECTIVE_END_NEEDLES, _AGAINST_NEEDLES, _WAR_ON_NEEDLES, _WITHDRAWAL_NEEDLES, _AS_A_SKILL_NEEDLES, _TREND_NEEDLES, _IN_WORDS_NEEDLES,
    _TAKING_NEEDLES, _ARMS_IN_HAND_NEEDLES, _HITTING_NEEDLES, _TEST_TARGET_NEEDLES, _DRILL_KIND_NEEDLES, _SOUND_NEEDLES,
    _FALSITY_NEEDLES, _RULED_OUT_NEEDLES, _OLD_WAR_NEEDLES, _ORDNANCE_FROM_NEEDLES, _PAST_WAR_NEEDLES,
    *TEXT_NEEDLES.sets))
