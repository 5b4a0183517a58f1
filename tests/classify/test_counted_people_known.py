"""A counted set of people named with "the" and then by what befell them ("the nine people killed
during the raid", "the 53 passengers taken hostage") is a set known and counted before: the news is
what is said of them (issue 9). A count of its own ("nine people killed in the raid"), and a definite
subject whose verb takes an object ("the two gunmen killed a guard"), still report the act. So is a
toll counted since a month a total known, as one since a year is. The sentences are written for these
tests."""

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


# A toll counted since a month or the start of the year is a running total over weeks or months, as one
# counted since a year is; a span of days, or a month with its day, may be news.
def test_a_toll_counted_since_a_month_is_a_running_total(rules):
    _quiet(rules, "The government says border troops have killed five of its citizens since January.")
    _quiet(rules, "Insurgents have killed 80 people since the start of the year, police say.")


@pytest.mark.parametrize(("text", "killed"), [
    ("Border troops killed five villagers on Monday, the first deaths there since January.", 5),
    ("Fighting since Monday has killed 40 people in the north.", 40),
    ("Gunmen have killed 12 people since January 5 in attacks on villages.", 12),
    ("Gunmen killed five villagers in an attack on Sunday; 200 have died in the region since January.", 5),
])
def test_a_toll_of_days_or_beside_a_total_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
