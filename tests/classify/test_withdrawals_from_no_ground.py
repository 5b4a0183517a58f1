"""A withdrawal is a de-escalation where it is of forces or from ground (docs/taxonomy.md, deescalation). A
withdrawal from a race, a contest, a body, a pact or a coalition, and the withdrawal of a thing or of people who
are no force, ends no fighting. Each quiet case stands beside a twin of the same shape whose withdrawal is from a
place or a post of war, or of a side's forces, and must still be a de-escalation. The sentences are written for
these tests, not taken from any set.
"""

from __future__ import annotations

import pytest


def _types(rules, text: str) -> tuple[str, ...]:
    return rules.classify("", text).types


@pytest.mark.parametrize("text", [
    "Three opposition candidates withdraw from the presidential race.",
    "Norway announces that it will withdraw from the fisheries convention.",
    "The junior partner pulled out of the ruling coalition on Monday.",
    "The champion decides to pull out of the Winter Games.",
    "The cabinet falls after the withdrawal of the Farmers' Party.",
    "Chile announces its withdrawal from the regional trade bloc.",
])
def test_withdrawals_from_no_ground_and_of_no_force_are_no_deescalation(rules, text):
    assert "deescalation" not in _types(rules, text)


@pytest.mark.parametrize("text", [
    "Three rebel brigades withdraw from the border town.",
    "Norway announces that it will withdraw from Afghanistan.",
    "The army pulled out of the city on Monday.",
    "Militants withdrew from their last strongholds in the valley.",
    "The cabinet meets after the withdrawal of the troops from the buffer zone.",
    # (a preposition left at the end of its clause names its ground before it)
    "Rebels retake the village, which they withdrew from in May.",
])
def test_withdrawals_from_ground_or_of_forces_stay_deescalation(rules, text):
    assert "deescalation" in _types(rules, text)
