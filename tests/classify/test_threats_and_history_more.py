"""What a side announces or a tally sums up is no act of the news (issue 9): an offensive its side announces is
declared, a fight to come (taxonomy: threat); forces sent under a campaign's name are a mobilization, not its next
move of fighting; a toll told as a level a war has reached, or summed over months, years or a decade, is its
running total, the background (taxonomy: historical totals). Each quiet case stands beside a twin in nearly the
same words that tells the act itself and must still alert. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS
from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# an offensive announced by its side is declared, not fought
@pytest.mark.parametrize("text", [
    "The rebel army announces its annual summer offensive, to be called Operation Dawn.",
    "The insurgents announce the start of their spring offensive and warn they would attack army bases.",
])
def test_an_offensive_announced_is_no_act(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("The insurgents launched their spring offensive on Sunday with attacks on three checkpoints, killing 9.", 9),
    ("The insurgents announce the start of their spring offensive, killing 9 soldiers in attacks on three checkpoints.",
     9),
])
def test_an_offensive_fought_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# under a campaign's name, forces sent or massed tell a mobilization
def test_forces_sent_under_a_campaigns_name_are_no_fight(rules):
    event = rules.classify("Battle of Harran",
                           "The alliance dispatches troops to Harran to help the army combat rebel fighters.")
    assert not ALARMS & set(event.types), event.evidence


def test_a_sides_move_under_a_campaigns_name_still_alerts(rules):
    event = rules.classify("Battle of Harran", "Rebel fighters retake the city centre from the army.")
    assert {"attack"} & set(event.types), event.evidence


# a war's running total: a level reached ("doubled to", "stands at" in a report of today), a sum over years
@pytest.mark.parametrize("text", [
    "Monitors estimate that the death toll of the civil war has doubled to at least 90,000 in the past year.",
    "Prosecutors say more than 300 people were killed over a period of five years in the province.",
    "Monitors say 300 civilians were killed in the past year in the province.",
    "As of May 1, the total death toll of the war stands at 4,120, according to a report released today.",
])
def test_a_running_total_is_no_act(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # one act's toll raised
    ("The death toll from the market bombing has doubled to 40, police say.", 40),
    # a superlative's or an ordinal's span dates a series, not the toll
    ("Gunmen killed 12 people at a market in the deadliest attack in the past year.", 12),
    ("A reporter is killed in the capital, the 9th journalist shot in the past two years.", 1),
    # a toll of a day
    ("The death toll of Monday's bombing stands at 31, according to a report released today.", 31),
])
def test_an_acts_toll_beside_a_span_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
