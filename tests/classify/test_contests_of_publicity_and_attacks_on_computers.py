"""Two figurative senses of fighting words (issue 9, wcep train alarms read `figurative`), each quiet case beside a twin
of the same wording that must still alert. The sentences are written for these tests, not taken from any set.

1. A battle or a war named by an arena of publicity (public relations, propaganda, the media, ratings) is a contest of
   words and images, as a "legal battle" is one of courts: no fighting.
2. An attack named by its means on computers (a hack attack, a DDoS attack, an SQL injection attack, malware,
   phishing), in the singular or the plural, is a cyber attack: no armed act.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A PR battle rages over the leaked photographs of the minister",
    "The summit has turned into a public relations battle between the two capitals",
    "Both parties wage a propaganda war ahead of the referendum",
    "A ratings war between the two breakfast shows heats up",
])
def test_a_contest_of_publicity_is_no_fighting(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A battle rages over the border town, killing 14 soldiers", 14),
    ("Amid a propaganda war, troops battled rebels in the town on Monday, killing 12", 12),
])
def test_a_battle_with_arms_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "Customer card data was stolen in a hack attack on the retailer's network",
    "Thousands of shop websites were infected by an SQL injection attack spread since Monday",
    "The airline's booking site went down after repeated DDoS attacks",
    "The council's email system was hit by malware attacks for a week",
])
def test_an_attack_by_computer_means_is_no_armed_act(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Hackers claimed a DDoS attack on the ministry's website as gunmen attacked the building, killing two guards", 2),
    ("Gunmen attacked the data centre of the bank, killing three guards", 3),
])
def test_armed_attacks_beside_computer_ones_still_alert(rules, text, killed):
    _alert(rules, text, killed)
