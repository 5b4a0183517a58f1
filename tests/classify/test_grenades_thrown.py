"""A grenade or an explosive thrown at a place or at people is a bombing of its own, however few it hurts (issue
9): "a hand grenade was thrown at the entrance of a restaurant, shattering windows" alerts as an attack, as "a
bomb exploded outside the restaurant" does. Thrown in a drill, told as the act a court tried, or a football
"bomb" thrown by a quarterback, it is no news of violence. Stones thrown tell no act alone (see
test_assaults_with_objects.py). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A hand grenade was thrown at the entrance of a restaurant in the city centre early on Sunday, shattering "
    "windows, police said. No one was injured.",
    "Attackers threw a grenade at a police station in the border town overnight.",
    "Grenade thrown at nightclub in the port city; two bouncers hurt",
    "Unknown assailants hurled an explosive device at the mayor's house late on Tuesday.",
    # (a crowd of spectators or a festival is the target here, no game)
    "A man throws a grenade to spectators of a village festival, wounding 41 people.",
])
def test_a_grenade_thrown_is_an_attack(rules, text):
    _alert(rules, text)
    assert "attack" in rules.classify(text).types


@pytest.mark.parametrize("text", [
    # a drill's grenade that goes off early is a mishap
    "Soldiers threw grenades during a training exercise, and one went off early, injuring two.",
    # the act a court tried, years ago, is the case's matter
    "The court jailed a man who threw a grenade at a bar in 2019.",
    # a long pass in American football
    "The quarterback threw a bomb to the end zone in the final minute.",
])
def test_a_grenade_in_a_drill_a_case_or_a_game_is_no_attack(rules, text):
    _quiet(rules, text)
