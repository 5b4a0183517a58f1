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
