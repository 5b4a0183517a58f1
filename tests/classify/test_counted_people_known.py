"""A counted set of people named with "the" and then by what befell them ("the nine people killed
during the raid", "the 53 passengers taken hostage") is a set known and counted before: the news is
what is said of them (issue 9). A count of its own ("nine people killed in the raid"), and a definite
subject whose verb takes an object ("the two gunmen killed a guard"), still report the act. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "Crowds welcome the ship back, draped with a banner showing the faces of the nine people killed during the raid.",
    "The 53 Americans taken hostage in the embassy will receive compensation from the government.",
    "The three soldiers killed in an ambush near the border are buried with full honours.",
    "A charity opens a clinic for the hundreds of veterans wounded in the war.",
])
def test_a_counted_set_of_people_known_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Nine people were killed during the raid on the camp, officials said.", 9),
    ("Nine people killed in a raid on the camp, officials say.", 9),
    ("The two gunmen killed a guard at the gate before fleeing.", 1),
    ("Gunmen kill the two men guarding the bank.", 2),
    # a report told first, then its dead described: the report alerts with its own count
    ("A bomb killed 12 people at a market. The 12 people killed in the blast included three children.", 12),
])
def test_a_count_told_as_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
