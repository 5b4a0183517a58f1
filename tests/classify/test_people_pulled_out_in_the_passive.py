"""A withdrawing verb in the passive takes away its subject, as an active takes its object: where the sentence names no
force before it, the people or things pulled out are no forces withdrawn ("all 41 trapped miners are pulled out
through a shaft"), no de-escalation (issue 9, a stray type shown in an alert's tags). Each quiet case stands beside a
twin that must still be a de-escalation: forces named as the subject, or a withdrawal from ground. The sentences are
written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "All 12 miners trapped for nine days in the flooded shaft near Hunan, China, are pulled out through a bore hole",
    "Two climbers buried by the avalanche were pulled out alive by rescue teams",
])
def test_people_pulled_out_in_the_passive_are_no_withdrawal(rules, text):
    assert "deescalation" not in rules.classify(text).types


@pytest.mark.parametrize("text", [
    "All 1,200 soldiers posted near the shaft in Hunan are pulled out under the deal",
    "The last 300 are pulled out of the town under the ceasefire deal",
])
def test_forces_or_ground_pulled_out_in_the_passive_are_still_a_withdrawal(rules, text):
    assert "deescalation" in rules.classify(text).types
