"""A rights group's report that counts people treated for their wounds tells a toll of its own, as one that counts
the killed or the wounded does: its sentence is news, not a finding about a side's conduct (docs/taxonomy.md, Types:
a report of conduct "with no toll of its own"). Beside it, a report of conduct with no toll stays no count. The
sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


@pytest.mark.parametrize(("text", "injured"), [
    ("Police fired live rounds at marchers in the capital on Monday, killing three men. Amnesty International said at "
     "least 40 other people were treated for gunshot wounds.", 40),
    ("Police fired live rounds at marchers in the capital on Monday, killing three men. Human Rights Watch said 12 "
     "people were hospitalised with gunshot wounds.", 12),
    # near shape: the report tells the conduct, with no toll of its own
    ("Police fired live rounds at marchers in the capital on Monday, killing three men. Amnesty International said "
     "police routinely use live rounds against protesters.", None),
])
def test_a_monitors_count_of_the_treated_is_a_toll(rules, text, injured):
    assert_alerts(rules, text, killed=3)
    assert rules.classify(text).injured == injured, text
