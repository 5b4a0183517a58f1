"""The acts a drill is said to include ("war games featuring helicopter assaults", "exercises involving
simulated air strikes") are its parts, played by its own forces at no one (issue 9). A clause of its
own after the drill (an auxiliary, a subordinator) tells a real act, and so does an act whose doer is
named before the drill. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "The army stages war games featuring beach landings, helicopter assaults and tank battles along the coast.",
    "The navy holds exercises involving air strikes and raids on the coast, state media says.",
    "Two fleets begin joint drills near the strait, including missile strikes and bombing runs.",
])
def test_acts_a_drill_includes_are_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Troops on exercises involving live ammunition were attacked by militants near the border.",
    "The army held drills including live fire, as militants attacked a base in the north.",
    "Drills featuring tanks were cut short when rebels shelled the camp.",
    "Rebels attacked troops on exercises near the border, including two tank crews.",
])
def test_a_real_act_beside_a_drill_still_alerts(rules, text):
    _alert(rules, text)
