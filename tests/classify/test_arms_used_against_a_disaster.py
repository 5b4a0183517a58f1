"""Arms used against a disaster, the act's purpose in its own clause an infinitive whose object is the disaster
("bombers drop bombs on ice jams to relieve flooding"), are a tool of relief, no strike, where the sentence names no
one harmed, no armed side, no target of war and no other act (issue 9). Each quiet case stands beside a violent twin
in the same words that must still alert. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "Air force bombers drop bombs on an ice jam on the river to ease the flooding downstream",
    "Military helicopters drop bombs on the ice to stop a flood in the town",
])
def test_arms_used_against_a_disaster_are_no_strike(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Air force bombers drop bombs on rebel positions on the river to ease the siege of the town", None),
    ("Air force bombers drop bombs on a village on the river, killing four, to ease the flooding downstream", 4),
])
def test_arms_used_in_war_beside_a_disaster_still_alert(rules, text, killed):
    _alert(rules, text, killed)
