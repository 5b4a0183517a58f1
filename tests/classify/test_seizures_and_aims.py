"""A vessel seized, hijacked or boarded by an armed side is an attack on shipping, and one seized by customs or
a port authority is the law enforced; what an armed side destroys is its act; and an act in the infinitive that an
order, an authorisation, a vow or a plan governs past its object, or an ability in the present, is no act told (a
threat) (issue 9). Each quiet sentence stands beside a violent twin in the same words, which must still alert. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts, assert_quiet


# 1. A vessel taken: its taker is the subject (or the agent after "by" in the passive), and its object a vessel,
# whatever words describe it; arms named after the seizure are its cargo, not its taker.
@pytest.mark.parametrize("quiet, violent", [
    ("Port authorities seize a Liberian-flagged bulk carrier with 21 crew off the Horn of Africa.",
     "Armed pirates seize a Liberian-flagged bulk carrier with 21 crew off the Horn of Africa."),
    ("A Greek-owned oil tanker is boarded by customs inspectors in the Gulf of Guinea.",
     "A Greek-owned oil tanker is boarded by pirates in the Gulf of Guinea."),
    ("Customs officers seized a ship after a missile was found on board, the agency said.",
     "Navy commandos seized a ship after a missile was found on board, the agency said."),
    ("The navy captures 12 suspected pirates on a fishing vessel near the strait.",
     "Suspected pirates capture a fishing vessel with 12 crew near the strait."),
    ("The coast guard seizes a rusting cargo ship carrying smuggled diesel.",
     "Militants seize a rusting cargo ship carrying smuggled diesel."),
])
def test_a_vessel_is_taken_by_arms_only_by_an_armed_side(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)


# 2. An act in the infinitive governed by an order, an authorisation, a vow or a plan past its object or a time, or
# by an ability in the present, is to come: a threat. (An aim "in order to" and an ability in the past tell the act.)
@pytest.mark.parametrize("quiet, violent", [
    ("Parliament authorizes the army to strike militant camps in the north.",
     "Parliament says the army struck militant camps in the north."),
    ("The president orders troops to attack the rebel-held town at dawn.",
     "The president's troops attack the rebel-held town at dawn."),
    ("The rebels vowed on Sunday to storm the provincial prison.",
     "The rebels on Sunday stormed the provincial prison."),
])
def test_an_act_ordered_or_vowed_is_a_threat(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert "threat" in rules.classify(quiet).types, quiet
    assert_alerts(rules, violent)


# (an ability is a capability, no act; an armed verb in the infinitive is no act of the forces before it)
@pytest.mark.parametrize("quiet, violent", [
    ("The army is now able to hit targets across the border.",
     "The army was able to hit targets across the border before dawn."),
    ("The commander orders rebel forces to destroy an army depot near the capital.",
     "Rebel forces destroy an army depot near the capital."),
])
def test_an_act_within_reach_or_ordered_is_no_act(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)


def test_an_aim_in_order_to_is_told(rules):
    assert_alerts(rules, "Troops launch an offensive in order to retake the town from the rebels.")


# 3. "destroy" is an armed verb: an act where an armed side or arms destroy, no act where nature or an owner does.
@pytest.mark.parametrize("quiet, violent", [
    ("Floods destroy a Saudi warship moored in the harbour.",
     "Yemeni forces destroy a Saudi warship moored in the harbour."),
    ("Floods destroy a bridge near the capital, cutting the main road.",
     "Militants destroy a bridge near the capital, cutting the main road."),
])
def test_what_an_armed_side_destroys_is_its_act(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)


# A title in capitals tells the same seizure: "BY" is "by" (the passive's agent was once looked for in the
# text's own case, and such a title raised an error instead of an alert).
@pytest.mark.parametrize("text", [
    "A CARGO VESSEL IS SEIZED BY SOMALI PIRATES",
    "A cargo vessel is seized By Somali pirates off the coast",
])
def test_a_seizure_in_capitals_is_read_as_in_lower_case(rules, text):
    assert_alerts(rules, text)
