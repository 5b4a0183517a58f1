"""Military mishaps are no attack and no casualty (issue 9): an aircraft or a ship that blows up by itself is
the accident's object, not a weapon used; a gun that goes off by itself was fired by no one; target practice
is a drill. Each quiet case stands beside a violent twin in the same words that must still alert. The
sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# An aircraft or a ship that is itself what explodes, with no one firing at it, is what the accident befell...
@pytest.mark.parametrize("text", [
    "A military helicopter explodes shortly after touching down at an airbase, killing three crew",
    "An air force transport aircraft exploded on the runway, injuring six mechanics",
    "A navy warship exploded while docked for repairs, killing nine sailors",
])
def test_an_aircraft_or_ship_that_blows_up_by_itself_is_a_mishap(rules, text):
    _quiet(rules, text)


# ...but one hit by a missile, shot down, or blown up by someone is a weapon's target, and a drone that
# explodes, or a mine that "anti-tank" names, is arms going off.
@pytest.mark.parametrize(("text", "killed"), [
    ("A military helicopter explodes after being hit by a missile at an airbase, killing three crew", 3),
    ("Rebels shoot down a military helicopter near an airbase, killing three crew", 3),
    ("Insurgents blew up a military helicopter at an airbase, killing three crew", 3),
    ("A navy warship exploded after a missile struck it while docked, killing nine sailors", 9),
    ("A drone exploded over a market, killing three shoppers", 3),
    ("An anti-tank mine exploded under an army truck at an airbase, killing three crew", 3),
])
def test_an_aircraft_or_ship_fired_at_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A gun that goes off by itself was fired by no one...
@pytest.mark.parametrize("text", [
    "A gun goes off in a school canteen, wounding two pupils",
    "A hunter's rifle went off in a parked car, killing his brother",
    "A clerk drops a pistol, which went off and injured a customer",
])
def test_a_gun_that_goes_off_by_itself_is_a_mishap(rules, text):
    _quiet(rules, text)


# ...but a gunman who fires it, a bomb that goes off, or a person shot by someone (even by accident) is
# violence in this project.
@pytest.mark.parametrize(("text", "killed"), [
    ("A gunman opens fire in a school canteen, killing two pupils", 2),
    ("A bomb goes off in a school canteen, killing two pupils", 2),
    ("A hunter accidentally shoots dead his brother in a parked car", 1),
])
def test_a_gun_fired_or_a_bomb_going_off_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# Target practice is a drill: "target" after a preposition is a noun, no one targeting anything, and arms
# that go off at practice went off in their own forces' hands...
@pytest.mark.parametrize("text", [
    "A cadet is killed when a rifle misfires during target practice at an army range",
    "A conscript is wounded by a ricochet at target practice near the barracks",
    "Two reservists die when a mortar round explodes on a firing practice",
])
def test_arms_going_off_at_target_practice_are_a_mishap(rules, text):
    _quiet(rules, text)


# ...but fire on forces at practice, or people used as targets, is violence.
@pytest.mark.parametrize(("text", "killed"), [
    ("Militants shell an army range during target practice, killing a cadet", 1),
    ("A sniper shoots dead a conscript at target practice near the barracks", 1),
    ("Drones target an army range during the night, killing two reservists", 2),
])
def test_fire_on_forces_at_target_practice_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
