"""Acts told in the present tense of verbs the vocabulary knew only in other forms (issue 9), by the rules alone.

News is told in the present: "the air force shoots down a drone" is the same fire from afar as "shot down",
and "helicopters destroy a convoy" the same armed hit as "warplanes destroyed a depot". The present forms
keep the needs of the forms they join: a proposal shot down is a vote, and a thing destroyed with no
weapon or force named is no act. Each quiet case stands beside violence in the same words that must still
alert. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# Fire told in the present brings an aircraft, a drone or a missile down...
@pytest.mark.parametrize("text", [
    "The navy shoots down two drones launched toward the port city",
    "Government troops shoot down a surveillance aircraft over the northern province",
])
def test_present_fire_that_brings_aircraft_down_alerts(rules, text):
    _alert(rules, text)


# ...but a proposal, a bill or a plan shot down in the present is still a vote or a refusal.
@pytest.mark.parametrize("text", [
    "The senate shoots down the proposal to extend the fishing season",
    "The council shoots down a proposal for a new ring road",
])
def test_present_shooting_down_of_a_proposal_is_quiet(rules, text):
    _quiet(rules, text)


# An armed force or a weapon that destroys in the present tense makes an armed hit...
@pytest.mark.parametrize("text", [
    "Army helicopters destroy a convoy of insurgent supply trucks near the border",
    "Warplanes destroy two bridges used by the militia south of the capital",
])
def test_arms_that_destroy_alert(rules, text):
    _alert(rules, text)


# ...but things that destroy in the present with no arms named are no act.
@pytest.mark.parametrize("text", [
    "Floods destroy two bridges south of the capital",
    "Termites destroy the wooden carts kept in the old museum",
])
def test_destroying_without_arms_is_quiet(rules, text):
    _quiet(rules, text)
