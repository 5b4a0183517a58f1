"""Mishaps with arms in countries at war are no attack and no casualty (issue 9). An army named as the side
that says or finds what happened is no doer; an attack ruled out in the present tense ("investigators rule out
sabotage") is ruled out as in the past; arms told as kept ("shells stored in the open") are a store's goods that
a fire sets off, as a depot's are; and a vehicle carrying arms that catches fire and blows up went off by
itself, as one that crashes does. Each quiet case stands beside a violent twin in nearly the same words that
must still alert. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# An attack ruled out in any tense, and arms told as kept, make a blast at a depot a mishap, even where the
# army is the one that speaks...
@pytest.mark.parametrize("text", [
    "The defence ministry says the blasts at the Kombolcha arms dump were caused by a bush fire, and "
    "inspectors rule out sabotage",
    "Inspectors rule out sabotage after explosions shook an army depot outside Gondar",
    "The army says explosions at its Adigrat base began when a grass fire reached rockets stored in a field",
    "Rockets kept in an open yard went off after a lightning strike, the air force says",
])
def test_a_store_set_off_by_a_fire_is_a_mishap(rules, text):
    _quiet(rules, text)


# ...but a side that says it did the blast, or a weapon that hit the depot, is an attack.
@pytest.mark.parametrize("text", [
    "Insurgents say their drone caused the blasts at the Kombolcha arms dump",
    "Inspectors say a rebel missile set off explosions at an army depot outside Gondar",
    "Rebels shelled the Adigrat base, setting off rockets stored in a field",
])
def test_a_store_hit_by_a_side_is_an_attack(rules, text):
    _alert(rules, text)


# A vehicle carrying arms that catches fire and blows up went off by itself...
@pytest.mark.parametrize("text", [
    "An army truck carrying shells catches fire on a mountain road and explodes, killing its driver",
    "A military lorry loaded with ammunition caught fire near Quetta and blew up, injuring two soldiers",
])
def test_a_carrier_of_arms_that_catches_fire_is_a_mishap(rules, text):
    _quiet(rules, text)


# ...but one fired on, hit by a bomb, or set on fire by someone is a target.
@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen fired a rocket at an army truck carrying shells, which exploded, killing its driver", 1),
    ("An army truck carrying shells catches fire and explodes after being hit by a rocket, killing its driver", 1),
    ("Rebels set an army truck carrying shells on fire; it exploded, killing its driver", 1),
])
def test_a_carrier_of_arms_fired_on_is_an_attack(rules, text, killed):
    _alert(rules, text, killed)


def test_a_carrier_of_arms_hit_by_a_roadside_bomb_is_an_attack(rules):
    _alert(rules, "A military lorry loaded with ammunition blows up after being hit by a roadside bomb")
