"""World news told around acts that are not its report: a place known by damage dated earlier in a long war, a
plan or a purpose of forces moved (issue 9). Each quiet sentence has a violent twin in the same words that must
still alert. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from bot.classify import Classifier
from tests.classify.verdicts import assert_alerts, assert_quiet


# a time earlier within a long-running period ("earlier in the war") places the act before the news, as "last
# month" does: a place described by damage so dated is its state, background to a visit or a pledge
@pytest.mark.parametrize("quiet, violent", [
    ("The trade minister tours a library damaged by shelling earlier in the war and promises books for its pupils.",
     "The trade minister tours a library damaged by shelling overnight and promises books for its pupils."),
    ("A bridge destroyed by missile strikes early in the conflict reopens to traffic after repairs.",
     "A bridge destroyed by missile strikes on Tuesday is closed to traffic, officials say."),
    ("The envoy visits a clinic that was hit by artillery earlier in the war and opens a new ward.",
     "The envoy visits a clinic that was hit by artillery earlier in the day, killing two nurses."),
])
def test_damage_dated_earlier_in_a_war_is_background(rules: Classifier, quiet: str, violent: str) -> None:
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)


def test_an_act_after_the_dated_damage_still_alerts(rules: Classifier) -> None:
    # the dating governs its own clause only
    assert_alerts(rules, "Shelling damaged the station earlier in the war, and on Sunday a drone struck the depot,"
                         " killing four workers.", killed=4)


# fighting named as the backdrop of a deployment (an as- or amid-clause, or the place it goes to named "the scene
# of" it) is a state of affairs, as it is for diplomacy: the forces moved are no doers of it; a toll, a strike or
# a doer in the backdrop still reports an act
@pytest.mark.parametrize("quiet, violent", [
    ("The government deploys two more brigades to the northern province as fighting intensifies.",
     "The government deploys two more brigades to the northern province as fighting kills nine civilians."),
    ("Neighbouring states deploy troops along the frontier amid renewed clashes.",
     "Neighbouring states deploy troops along the frontier amid renewed clashes that left six soldiers dead."),
    ("Reinforcements are deployed to the river port, the scene of heavy fighting last weekend.",
     "Reinforcements are deployed to the river port as rebels shell the harbour."),
])
def test_fighting_as_the_backdrop_of_a_deployment(rules: Classifier, quiet: str, violent: str) -> None:
    assert_quiet(rules, quiet)
    assert "mobilization" in rules.classify(quiet).types, quiet
    assert_alerts(rules, violent)
