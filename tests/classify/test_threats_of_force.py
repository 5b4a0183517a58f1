"""Two principles of what a threat is (docs/taxonomy.md, `threat`: threats, warnings or ultimatums of force or
retaliation; foiled attacks). Each quiet case sits beside a twin in the same words that must still be a threat.
The sentences are written for these tests, not taken from any set.

1. A word of threat or warning that says only that something is to come ("warns", "threatens to", "vows") is a
   threat of force only where its sentence names force (arms, an armed act even as planned, forces, an armed side,
   a war, "by force", a harsh response), where a state or an armed side before it makes it in a clause of no hazard,
   labour dispute or match ("Iran threatens to close the strait"), or where it is made against a state. A storm that
   threatens gusts, a union that threatens walkouts, a minister who threatens to resign, a firm that warns of lower
   profits threaten no one's force.
2. A marker of a foiled act or a show of force ("disrupted", "foiled", "a test of", "into the water") is a threat only
   where it marks arms or an armed act: by its own words ("missile test", "bomb plot"), by a weapon or an act its
   sentence names, or by the act it foils ("foiled a coup attempt", "a plot to kill the king was foiled").
"""

from __future__ import annotations

import pytest

THREAT = "threat"


def _threat(rules, text: str) -> bool:
    return THREAT in rules.classify(text).types


@pytest.mark.parametrize("text", [
    "A storm threatened the northern coast with gusts of 90 mph on Friday, forecasters warned",
    "Port workers threaten further walkouts over the pension plan",
    "The health minister threatened to resign over cuts to the hospital budget",
    "The carmaker warns that profits will fall sharply this year",
    "The visitors rarely threatened after the interval and lost 3-0",
    "The opposition leader vowed to keep campaigning until the election",
])
def test_a_threat_of_no_force_is_no_threat(rules, text):
    assert not _threat(rules, text)


@pytest.mark.parametrize("text", [
    "Iran threatens to close the Strait of Hormuz if the sanctions stay",
    "The rebels threatened to storm the capital within a week",
    "The militia warns that it will attack convoys on the highway",
    "The president threatened further action against Russia",
    "Villagers threatened to drive the settlers out by force",
    "The prime minister vowed a harsh response after the ambush",
])
def test_a_threat_of_force_stays_a_threat(rules, text):
    assert _threat(rules, text)


@pytest.mark.parametrize("text", [
    "Sirens sounded across the region at noon in a test of the public warning system",
    "A data breach disrupted appointments at three clinics last month",
    "A mudslide swept a dozen workers into the water at the quarry",
    "The new border rules disrupted traffic at two crossings for a week",
])
def test_a_bare_marker_of_a_foil_or_a_show_is_no_threat(rules, text):
    assert not _threat(rules, text)


@pytest.mark.parametrize("text", [
    "The navy fired two cruise missiles into the water off the coast in a test of its new launcher",
    "Security services foiled a coup attempt against the president, the government said",
    "A plot to kill the king was foiled by police in the capital",
    "Police disrupted a plan to attack a synagogue, officials said",
    "The country test-fires a new ballistic missile",
])
def test_a_marker_of_arms_or_an_armed_act_stays_a_threat(rules, text):
    assert _threat(rules, text)
