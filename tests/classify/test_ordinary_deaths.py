"""Deaths and damage that are no armed violence (docs/taxonomy.md): accidents of vehicles and buildings,
the weather, fires, natural and self-inflicted deaths, and the aftermath of an earlier event. The rules
alone (no topic gate) must tell them, and the same words with arms named must still be violence."""

from __future__ import annotations

import pytest

from bot.classify import Classifier
from bot.paths import PROJECT_ROOT

ALARMS = {"strike", "attack", "casualty"}


@pytest.fixture(scope="module")
def rules() -> Classifier:
    return Classifier.from_config(PROJECT_ROOT / "config", with_gate=False)


@pytest.mark.parametrize("text", [
    # vehicles and buildings, in each verb form
    "Nine people die after a lorry collides with a minibus on the coast road",
    "A four-storey hostel collapses in the old town, killing six",
    "Two freight trains collided at the junction, and seven crew members are injured",
    "Fourteen are killed as a van falls into an irrigation canal",
    # the weather and the earth
    "Torrential rains kill 40 people in the southern provinces",
    "Freezing temperatures hit the capital and three people are killed",
    "The volcano erupts again, injuring two hikers",
    "Four campers are killed by carbon monoxide from a generator left running in their tent",
    "Nine revellers are crushed to death at the entrance of a packed hall",
    # illness by its name
    "Yellow fever kills 12 in two border districts",
    # a fire that happens, not a weapon fired
    "Eight residents are killed in a fire in a care home overnight",
    # natural and self-inflicted deaths
    "The former finance minister dies aged 91",
    "The jazz pianist dies at age 88 in her home town",
    "The senator killed himself at his farm, his party says",
    # "lives" that are lived, not lost
    "The new mayor, who lives in the suburbs, names her cabinet",
    "The charity says its clinics saved thousands of lives across the region",
])
def test_no_armed_violence_is_no_alarm(rules, text):
    event = rules.classify(text)
    assert not ALARMS & set(event.types), (text, event.types)
    assert event.killed is None and event.injured is None


@pytest.mark.parametrize("text", [
    "Militants ambush a minibus on the coast road, killing nine",
    "Gunmen storm a hostel in the old town, killing six",
    "Rebels shell the capital and three people are killed",
    "An air strike hits a care home, killing eight residents",
])
def test_the_same_scenes_with_arms_named_are_violence(rules, text):
    event = rules.classify(text)
    assert {"strike", "attack"} & set(event.types), (text, event.types)
    assert "casualty" in event.types


def test_explosions_set_off_together_are_bombs_even_beside_an_accident_word(rules):
    event = rules.classify("Twin blasts kill 12 worshippers at a shrine; part of the old wall collapsed")
    assert "attack" in event.types and event.killed == 12


def test_lives_lost_are_still_counted(rules):
    event = rules.classify("A rocket attack on the market claimed 12 civilian lives")
    assert "casualty" in event.types


@pytest.mark.parametrize("text", [
    "The defence minister apologises for the raid on the aid convoy",
    "Parliament opens an inquiry into the massacre at the border village",
    "Survivors of the ambush return to the city",
])
def test_the_aftermath_of_an_earlier_event_is_no_new_attack(rules, text):
    assert not {"strike", "attack"} & set(rules.classify(text).types), text


def test_people_hurt_in_a_protest_with_no_weapon_are_no_casualty(rules):
    quiet = rules.classify("Dozens are hurt as demonstrators and riot police scuffle outside parliament")
    assert not ALARMS & set(quiet.types) and quiet.injured is None
    # a death, or a weapon, makes it violence whatever the setting
    assert "casualty" in rules.classify("Two demonstrators are killed as police disperse the protest").types
    armed = rules.classify("Police fire live rounds at protesters, wounding 12")
    assert "casualty" in armed.types or {"strike", "attack"} & set(armed.types)


@pytest.mark.parametrize("text", [
    "The two ministers avoid a diplomatic clash over the fishing quota",
    "The activist begins a new legal battle over the election ban",
    "The state removes the battle flag from its seal",
    "The government orders four attack helicopters from a European maker",
    "The mayor vows to keep up her battle against the new motorway",
])
def test_quarrels_and_weapon_names_are_no_attack(rules, text):
    assert not {"strike", "attack"} & set(rules.classify(text).types), text


def test_a_weapon_named_by_attack_still_strikes(rules):
    assert {"strike", "attack"} & set(rules.classify("Army attack helicopters struck rebel positions").types)


@pytest.mark.parametrize("text", [
    "The North fires two short-range missiles into the Pacific from its east coast",
    "Three ballistic missiles are fired into its eastern waters, the defence ministry says",
])
def test_missiles_fired_into_the_open_sea_are_a_show_of_force(rules, text):
    event = rules.classify(text)
    assert "threat" in event.types and not {"strike", "attack"} & set(event.types), text


def test_missiles_fired_into_a_city_still_strike(rules):
    assert "strike" in rules.classify("The army fired missiles into the city centre").types
