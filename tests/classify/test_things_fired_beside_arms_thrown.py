"""Things fired at people joined by "and" to arms thrown at them ("fire fireworks and throw stones at police") are
missiles of one assault, no blast of their own: where people are hurt, it is an attack in a riot (docs/taxonomy.md,
the attack row). Each quiet case stands beside a twin in nearly the same words that must alert. The sentences are
written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts, assert_quiet


@pytest.mark.parametrize("text", [
    "Rioters fire fireworks and throw stones at police in the port city, injuring 15 officers.",
    "Youths fired flares and hurled bricks at riot police outside the stadium, injuring six officers.",
    "Masked men launched fireworks and threw rocks at a police patrol on Saturday night, injuring two.",
    # twin: the throw alone, as before
    "Rioters throw stones at police in the port city, injuring 15 officers.",
])
def test_things_fired_with_arms_thrown_at_people_who_are_hurt_alert(rules, text):
    assert_alerts(rules, text)


@pytest.mark.parametrize("text", [
    # twins: no one hurt, and a show of fireworks that hurt spectators by mishap
    "Fans fire fireworks and throw streamers at the team bus outside the stadium.",
    "A fireworks display went wrong in the port city, injuring 15 spectators.",
])
def test_fireworks_with_no_arms_thrown_or_no_one_hurt_stay_quiet(rules, text):
    assert_quiet(rules, text)
