"""Accidents told in the words of arms are no attack and no casualty (issue 9): a cause named that is an
accident (a fuel's tank, a boiler, a generator, a gas canister, a fault, a drill's practice) or arms a past
war left lying make the blast a mishap. Each quiet case stands beside a violent twin in the same words
that must still alert. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS
from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# A tank named by the fuel or gas it holds is a store that blows up by itself, even where the fuel's
# name is a phrase of its own ("liquefied gas", "LPG") and leaves "tank" alone...
@pytest.mark.parametrize("text", [
    "A liquefied gas tank blew up behind a noodle shop, injuring nine customers",
    "An LPG tank exploded at a roadside diner, killing two cooks",
    "A diesel tank exploded at the bus depot, injuring four mechanics",
])
def test_a_tank_named_by_its_fuel_is_a_store(rules, text):
    _quiet(rules, text)


# ...while a tank that fires, or one hit by a weapon, is armour in a fight.
@pytest.mark.parametrize(("text", "killed"), [
    ("A tank shelled a roadside diner, killing two cooks", 2),
    ("A missile hit a liquefied gas tank behind a noodle shop, killing nine customers", 9),
])
def test_a_tank_in_a_fight_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


def test_a_heading_of_a_gas_blast_over_its_tank_is_a_mishap(rules):
    event = rules.classify("Gas blast at a hotel bakery kills three",
                           "A liquefied gas tank exploded in the kitchen before dawn, injuring eleven guests.")
    assert not ALARMS & set(event.types), event.evidence


def test_a_heading_of_a_bomb_over_a_gas_tank_still_alerts(rules):
    event = rules.classify("Bomb at a hotel bakery kills three",
                           "A liquefied gas tank exploded after the bomb went off in the kitchen, injuring eleven.")
    assert {"attack", "strike"} & set(event.types), event.types


# A boiler, a generator or a gas canister blows up by itself...
@pytest.mark.parametrize("text", [
    "Eight people die after a gas canister blows up in a basement workshop",
    "An explosion, probably caused by a generator, kills five at a wedding hall",
    "A blast rocks a school basement; no one is hurt and a boiler is blamed",
])
def test_a_boiler_generator_or_canister_is_a_mishap(rules, text):
    _quiet(rules, text)


# ...but a bomb first taken for one, or a drone's blast, is an attack.
@pytest.mark.parametrize(("text", "killed"), [
    ("A bomb hidden beside a generator explodes at a wedding hall, killing five", 5),
    ("An explosion at a wedding hall, first blamed on a gas canister, was caused by a bomb, killing five", 5),
    ("An explosion caused by a drone kills five beside a generator at a wedding hall", 5),
])
def test_a_bomb_or_drone_beside_a_generator_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# Arms that go off in their own gunners' hands in firing practice, or through a fault, went off by mishap...
@pytest.mark.parametrize("text", [
    "Four marines are injured when a shell explodes in a mortar tube during gunnery practice",
    "Three gunners are hurt as a round explodes inside a field gun, the navy says, blaming a defective fuse",
    "Two soldiers die when a grenade launcher misfires at a range during live-fire practice",
])
def test_arms_going_off_in_practice_or_by_fault_are_a_mishap(rules, text):
    _quiet(rules, text)


# ...but arms fired at people, or forces attacked during practice, are violence.
@pytest.mark.parametrize(("text", "killed"), [
    ("Insurgents shell a base during target practice, killing four marines", 4),
    ("A gunman opens fire on soldiers during firing practice, killing three", 3),
])
def test_arms_used_on_people_during_practice_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# Ordnance dropped, laid or buried in a past war that goes off now is old ordnance (_OLD_ORDNANCE)...
@pytest.mark.parametrize("text", [
    "A bomb dropped during the Korean War explodes at a building site, injuring two workers",
    "A landmine laid in the Iran-Iraq War kills a shepherd near the border",
    "Mortar rounds buried during the Second Indochina War go off under a farmer's plough, killing him",
])
def test_ordnance_a_past_war_left_is_old_ordnance(rules, text):
    _quiet(rules, text)


# ...but bombs dropped now, or in the war going on, are strikes.
@pytest.mark.parametrize(("text", "killed"), [
    ("A bomb dropped by a warplane explodes at a building site, killing two workers", 2),
    ("Cluster bombs dropped on the village kill a shepherd and his son", 2),
])
def test_bombs_dropped_now_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# A device that goes off by accident is the thing that went off, not an act of its makers...
def test_a_device_gone_off_by_accident_is_a_mishap(rules):
    _quiet(rules, "The accidental explosion of an explosive device kills four guards at a police armoury")


# ...but the same device set off by militants, or with no accident told, is an attack.
@pytest.mark.parametrize(("text", "killed"), [
    ("An explosive device explodes at a police armoury, killing four guards", 4),
    ("Militants accidentally set off an explosive device at a police armoury, killing four guards", 4),
])
def test_a_device_with_no_accident_or_with_its_makers_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
