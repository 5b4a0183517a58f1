"""Arms that go off during a test of them ("a missile fell on a village during a failed missile test", "during a test
launch") went off in their own forces' hands, as arms during a drill do: a mishap, no strike and no attack. An act
of its own told beside a test, the same fall with no test told, or a test not of arms (a school's), is still
violence. Each quiet case stands beside a violent twin in nearly the same words that must still alert. The sentences
are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# Arms gone astray in their own test...
@pytest.mark.parametrize("text", [
    "A cruise missile veered off course and hit a farm during a missile test, killing two farmhands",
    "An artillery rocket exploded over a village during a failed test launch, injuring six residents",
])
def test_arms_going_off_during_a_test_are_a_mishap(rules, text):
    _quiet(rules, text)


# ...but the same fall with no test, or fire at people beside a test, is violence.
@pytest.mark.parametrize(("text", "killed"), [
    ("A cruise missile veered off course and hit a farm, killing two farmhands", 2),
    ("An artillery rocket exploded over a village, killing six residents", 6),
    ("A student was stabbed to death during a test at the school", 1),
])
def test_arms_with_no_test_or_an_act_beside_a_test_still_alert(rules, text, killed):
    _alert(rules, text, killed)
