"""Armed acts told in plain words the rules once missed (issue 9): a named side's arms hitting a target,
which the topic gate must not veto as ordinary news; a fire set by people that kills; people taken
hostage with who they are told between the verb and "hostage"; a drive-by shooting of a sportsman.
Beside each, the ordinary twin in the same words stays quiet: a missile test, a drill, a fire by
accident or set by a thing, fields burnt, a ship seized by the coast guard, a boxer's bout, a budget
"held hostage". The sentences are written for these tests."""

from __future__ import annotations

import pytest

from bot.classify import Classifier
from bot.classify.gate import EVIDENCE, TopicGate
from bot.classify.taxonomy import load_taxonomy
from bot.paths import PROJECT_ROOT
from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.fixture(scope="module")
def vetoing() -> Classifier:
    """The rules with a topic gate that vetoes every item at every level of evidence: what it still alerts
    on is evidence above the gate's levels."""
    gate = TopicGate({}, -100.0, dict.fromkeys(EVIDENCE, 0.0))
    return Classifier(load_taxonomy(PROJECT_ROOT / "config"), gate)


# a named side's armed act, its arms its own: the strongest evidence, which the topic gate does not veto
@pytest.mark.parametrize(("text", "killed"), [
    ("Iran launches a wave of ballistic missiles at Israel; one hits an apartment block in Haifa, killing four "
     "people and injuring 61, according to the ambulance service.", 4),
    ("A Russian ballistic missile slammed into a shopping centre in Kharkiv, killing nine people, according to "
     "the regional governor.", 9),
    ("Hezbollah fires a barrage of rockets at northern Israel, injuring three, according to the ambulance "
     "service.", None),
    ("Israeli warplanes struck a depot near the port overnight.", None),
])
def test_a_named_sides_armed_act_is_not_vetoed(vetoing, text, killed):
    _alert(vetoing, text, killed)


@pytest.mark.parametrize("text", [
    # arms named beside the act are not its own: a plan in quoted words, a programme criticised
    "The ambassador says the United States \"is ready\" to attack Iran to stop its nuclear weapons programme.",
    "The Iranian army hits back at critics of its missile programme, according to state television.",
    # a bare noun of an act with no arms, as the backdrop of talks
    "Peace talks resume in Geneva as aid reaches Aleppo, which has seen weeks of heavy Russian bombing of "
    "rebel-held districts.",
    # a generic armed actor is evidence the gate may still overrule
    "Gunmen attack a police checkpoint with rifles on the edge of the city.",
])
def test_an_act_without_a_named_sides_own_arms_is_left_to_the_gate(vetoing, rules, text):
    assert {"strike", "attack"} & set(rules.classify(text).types), text  # (the rules alone find an act)
    _quiet(vetoing, text)


@pytest.mark.parametrize("text", [
    # a test or a drill hits no target
    "North Korea test-fires a wave of ballistic missiles into the sea, according to the South Korean military.",
    "Iran fires cruise missiles during naval drills in the Gulf, according to state television.",
])
def test_a_missile_test_or_a_drill_is_no_act(vetoing, text):
    _quiet(vetoing, text)


# a fire set by people that kills is arson, an assault; its blaze is that fire, no disaster
@pytest.mark.parametrize(("text", "killed"), [
    ("Two masked men pour petrol over the door of a kebab shop in Leeds and set it alight; three people die in "
     "the blaze.", 3),
    ("A man set fire to his neighbour's house after a quarrel; two children die in the flames.", 2),
    ("Rioters set the town hall ablaze, killing two clerks trapped inside.", 2),
])
def test_a_fire_set_by_people_that_kills_is_an_attack(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    # a fire by accident, set by a thing, or of fields
    "A candle left burning set the flat alight; two children die in the blaze.",
    "Indoor fireworks set the ceiling of a nightclub ablaze, and the fire kills 12 guests.",
    "A heater accidentally set the kitchen on fire; two people die in the blaze.",
    "Farmers set their stubble alight across the plains; two people die in a crash in the smoke.",
    # no one harmed: play that sets a stadium alight is no fire
    "The striker set the stadium alight with two late goals as the home side won the derby.",
    # a participle of result tells what the strike before it did, no second act
    "Drones hit an oil depot in the port, setting two tanks ablaze; no one was hurt.",
])
def test_a_fire_by_accident_or_set_by_a_thing_is_no_arson(rules, text):
    event = rules.classify(text)
    if "strike" in event.types or "attack" in event.types:
        # (the drone strike itself is an act, but the fire it set is none of its own)
        assert [evidence.text for evidence in event.evidence if evidence.type == "attack"] == ["hit"] or (
            "ablaze" not in " ".join(evidence.text for evidence in event.evidence)), (text, event.evidence)
    else:
        _quiet(rules, text)


# people taken hostage, told with who they are between the verb and "hostage"
@pytest.mark.parametrize("text", [
    "Armed men in three speedboats board a chemical tanker off the coast and take its 18 crew members hostage.",
    "Militants are holding 40 villagers hostage in the hills, the governor says.",
    "A man armed with a knife takes five customers hostage in a bank in the city centre.",
])
def test_people_taken_hostage_are_an_attack(rules, text):
    _alert(rules, text)


@pytest.mark.parametrize("text", [
    # hostages are people: a budget or an economy held hostage is a figure of speech
    "Opposition senators hold the budget hostage in a fight over the debt ceiling.",
    "Critics say the unions are taking the economy hostage with their demands.",
    # a ship seized without arms is the law enforced
    "The coast guard seized a cargo ship carrying two tonnes of cocaine off the coast.",
    "Customs officers seized a vessel smuggling diesel in the Gulf, the agency said.",
])
def test_a_figure_of_speech_or_a_ship_seized_by_the_law_stays_quiet(rules, text):
    _quiet(rules, text)


def test_a_ship_seized_by_a_navy_is_still_an_attack(rules):
    _alert(rules, "The navy seized a tanker in the strait, the ministry said.")


# a drive-by shooting is gunfire, whatever sport its victim played
@pytest.mark.parametrize("text", [
    "Kenyan boxer Peter Otieno, who fought at the Commonwealth Games, is killed in a drive-by shooting in Nairobi.",
    "Former footballer John Mensah, who played for the national team, is shot and killed outside his home in Accra.",
])
def test_a_sportsman_killed_in_a_drive_by_shooting_is_an_attack(rules, text):
    _alert(rules, text)


@pytest.mark.parametrize("text", [
    "Kenyan boxer Peter Otieno, who fought at the Commonwealth Games, wins the national title in Nairobi.",
    "Boxer Peter Otieno fought his rival for the title in Nairobi and lost on points.",
    "Kenya's Mary Wanjiru wins gold in the women's shooting at the Olympics.",
])
def test_a_boxers_bout_and_the_shooting_sport_stay_quiet(rules, text):
    _quiet(rules, text)
