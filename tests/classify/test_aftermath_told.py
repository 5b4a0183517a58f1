"""The aftermath of an act told before is no report of it (issue 9): a claim of responsibility for an act
named as known, a rite paid to its dead, a measure taken days after it. Its violent twins still alert: an
act told in its own clause beside the aftermath, an act named for the first time by its claim or with its
toll, an act a day old, the deaths of the wounded. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# a claim or a denial of responsibility for an act named as known (definite, recent, or set back by a date)
@pytest.mark.parametrize("text", [
    "The Taliban claims responsibility for the attack.",
    "A little-known militant group claims responsibility for the bombings in the port city.",
    "The group claims responsibility for a recent bombing of a gas pipeline.",
    "The group claims responsibility for two bombings of a gas pipeline on 4 March.",
    "The separatist front claims the responsibility for the attack on the railway station.",
    "The rebel group claims responsibility for the raid on the town, in which an unknown number of villagers died.",
    "The group claims credit for the knife attack in the old town.",
])
def test_a_claim_of_a_known_act_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the act named for the first time by its claim, or with its toll
    ("The Taliban claims responsibility for a suicide bombing at a market in Kabul that killed 12 people.", 12),
    ("The Taliban claims responsibility for the bombing in the capital that killed 54 people on Sunday.", 54),
    # a day's possessive: the first report of a digest
    ("The militia claims responsibility for yesterday's attack on a police post that killed 14 people.", 14),
    # the item told the act first: the attack claimed is that one
    ("Gunmen kill 12 at a market; the Taliban claims responsibility for the attack.", 12),
    ("A gunman shoots dead a police officer outside his home. The group claims responsibility for the attack.", 1),
])
def test_a_claim_of_an_act_told_as_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# a rite paid to the dead of an event: its object is those dead, known by how they died
@pytest.mark.parametrize("text", [
    "Thousands gather in the capital to pay their respects to those killed in Saturday's bombings.",
    "Supporters pay silent tribute to three men shot dead at a protest a week ago.",
    "Veterans pay homage to the soldiers killed in the ambush on the mountain road.",
])
def test_a_rite_for_the_dead_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the act told before the rite, or against those who pay it
    ("A bomb killed 30 people at a market in the capital; the government declared three days of mourning.", 30),
    ("A suicide bomber attacked mourners paying tribute to a slain commander, killing 15.", 15),
    ("Gunmen opened fire on people paying their respects at a shrine, killing five.", 5),
])
def test_an_act_beside_a_rite_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# a measure taken two days or more after the act: the act is its background
@pytest.mark.parametrize("text", [
    "The UN withdraws its observers from the border three days after four of them were killed by a bomb.",
    "The group names a new leader six days after its chief was killed in a drone strike.",
    "The president replaces top security officials, two days after a suicide bombing at the airport killed 35.",
])
def test_a_measure_days_after_the_act_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a lag of one day may be the first report
    ("Police sealed off the square a day after a car bomb killed 12 there.", 12),
    # the main clause tells violence or harm of its own
    ("Gunmen killed five police officers in the city two days after a bombing killed 12 at a market.", 5),
    ("Three more soldiers died of their wounds two days after a bombing at a base.", 3),
    ("Two days after the bombing, gunmen killed four people at a checkpoint.", 4),
])
def test_an_act_of_the_main_clause_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# a confirmation of an act that a calendar date sets back
@pytest.mark.parametrize("text", [
    "The Pentagon confirms that the group's leader was killed in an airstrike on September 1.",
    "The group confirms the death of its leader in a drone strike in November.",
])
def test_a_confirmation_of_a_dated_act_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # an act of a weekday, an undated one, or one whose dead it counts may be the first report
    ("The Pentagon confirms that an airstrike killed the group's leader on Monday.", 1),
    ("The ministry confirms that 30 people were killed in an airstrike on the market on 3 May.", 30),
    ("The group confirms that its deputy was killed in a drone strike.", None),
    # the date is another act's, or the death confirmed came after the act
    ("Officials confirm that three contract workers kidnapped on August 21 have been executed.", None),
    ("The ministry confirms that a man has died in hospital after being shot in the head at a protest on August 11.", 1),
])
def test_a_confirmation_of_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
