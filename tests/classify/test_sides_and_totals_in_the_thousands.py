"""Running totals told with no war named, each quiet case beside a twin that differs by the principle and must
still alert (and count) as it did. The sentences are written for these tests, not taken from any set.

1. A side described in a relative clause by the dead it has left in the tens of thousands ("the regime that has
   killed 380,000 people") is told who it is: its running total, no act of the news. A side's clause that counts
   tens, or an act told by its own verb and day, is news.
2. People counted dead "so far" or "to date" in the thousands ("with 2,400 people dead so far") are a running
   total beside other news; a toll of tens so far, beside a bombing, is the act's.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "The minister says the neighbours back a government that has killed 250,000 of its own citizens",
    "Talks open with the junta, which has already killed more than 40,000 people, the envoy says",
])
def test_a_side_described_by_its_dead_in_the_tens_of_thousands(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("The militia that has killed 12 villagers stormed another town on Sunday", 12),
    ("Government troops, which have been accused of abuses, killed 30 protesters on Sunday", 30),
])
def test_a_sides_clause_of_tens_or_its_own_act_still_counts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "With 3,100 people dead so far, the president says the campaign against the cartels will go on",
    "The governor, with some 5,000 killed to date in the crackdown, defends the policy in parliament",
])
def test_a_total_so_far_in_the_thousands_is_background(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("With 12 people dead so far, rescuers search the rubble of the bombed market", 12),
    ("Gunmen attacked the village on Monday; 40 people were killed so far, officials say", 40),
])
def test_a_days_toll_so_far_still_counts(rules, text, killed):
    _alert(rules, text, killed)
