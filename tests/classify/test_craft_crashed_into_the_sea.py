"""The sea a craft crashes into, where the item tells no launch and names no arms but craft and forces ("an army
helicopter crashes into the sea during an exercise"), is where an accident came down: no arms fired into the sea as
a show of force, no threat (issue 9, a stray type shown in an alert's tags). Each quiet case stands beside a twin
that must still be a threat: a launch told, or a missile named. The sentences are written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "An army helicopter crashes into the sea off the northern cape during a night exercise, killing three airmen",
    "An Air Force transport helicopter crashed into the sea near the island on a training flight",
])
def test_a_craft_that_crashes_into_the_sea_is_no_threat(rules, text):
    assert "threat" not in rules.classify(text).types


@pytest.mark.parametrize("text", [
    "The regime fires a ballistic missile that crashes into the sea off the northern cape",
    "A ballistic missile crashed into the sea near the island, the coast guard says",
])
def test_arms_that_come_down_in_the_sea_are_still_a_threat(rules, text):
    assert "threat" in rules.classify(text).types
