"""A launch told only as the time of what happened after it ("shortly after launch", "after liftoff") names no arms by
itself: where the sentence names none, it is a space rocket's or any launch's mishap, no show of force, no threat
(issue 9, a stray type shown in an alert's tags). Each quiet case stands beside a twin that must still be a threat:
the same time after a missile's launch. The sentences are written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Two weather satellites fail to reach orbit shortly after launch from the cosmodrome",
    "A spent rocket booster crashes into a field near the county town shortly after launch",
])
def test_a_launch_told_as_a_time_is_no_threat(rules, text):
    assert "threat" not in rules.classify(text).types


@pytest.mark.parametrize("text", [
    "Two ballistic missiles fail to reach their target shortly after launch from the peninsula",
    "A cruise missile crashes into a field near the county town shortly after launch",
])
def test_a_missile_after_its_launch_is_still_a_threat(rules, text):
    assert "threat" in rules.classify(text).types
