"""Fires set by an armed or hostile doer, told active or passive, each case beside a twin that must stay quiet. The
sentences are written for these tests, not taken from any set.

A fire set "alight", "ablaze" or "afire" by an armed side, a force, a named group or a doer of intent (a mob,
arsonists, attackers) is an attack, whoever it hurts, whether the doer is its subject ("militiamen set alight the
homes of villagers") or the agent after "by" in the passive ("the homes were set alight by militiamen"). A fire whose
setter is unstated ("a house was set alight", "a house fire"), one set by anyone else ("farmers set their stubble
alight"), and waste, tyres, effigies or flags burnt stay no attack.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts, assert_quiet


@pytest.mark.parametrize("text", [
    "The homes of the villagers were set alight by militiamen on Sunday.",
    "Militiamen set alight the homes of villagers on Sunday.",
    "Three buses were set ablaze by a mob in the capital.",
    "Troops set the village ablaze before withdrawing.",
    "A mob of rioters set the shrine ablaze overnight.",
])
def test_a_fire_an_armed_or_hostile_doer_sets_is_an_attack(rules, text):
    assert_alerts(rules, text)


@pytest.mark.parametrize("text", [
    "A house was set alight on Sunday, and firefighters put out the blaze.",
    "A house fire of unknown cause destroyed a home on Sunday.",
    "Farmers set their stubble alight before the rains.",
    "The striker set the stadium alight with a late goal.",
    "Militants set tyres ablaze at a roadblock before they left.",
])
def test_a_fire_with_no_hostile_doer_stays_quiet(rules, text):
    assert_quiet(rules, text)
