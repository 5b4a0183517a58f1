"""A shooting told in the passive that its clause places "in" an accident ("a hunter is shot dead in a hunting
accident") is the harm of that accident, in any tense of the passive, as "was shot dead in a hunting accident" is:
no attack, no casualty of violence (issue 9). Each quiet case stands beside a violent twin in the same words that
must still alert: a doer named after "by", no accident told, or "accident" told as what it was not. The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A hunter is shot dead in a hunting accident in the Jura, the fourth death of the season",
    "Two beaters are shot in a shooting accident on an estate in Perthshire",
    "A hunter was shot dead in a hunting accident in the Jura",
])
def test_a_passive_shooting_in_an_accident_is_the_accidents(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A hunter is shot dead by poachers in the Jura, the fourth death of the season", 1),
    ("A hunter is shot dead in the Jura in what police say was no accident", 1),
    ("A driver is shot dead in a road rage attack after an accident on the motorway", 1),
    ("Gunmen shot dead two beaters on an estate; police ruled out a shooting accident", 2),
])
def test_a_passive_shooting_with_no_accident_of_its_own_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
