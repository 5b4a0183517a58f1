"""A report of who did an act known before, or of who its known attacker was, is told after that act: the
attribution or the identity is the news, not the act (issue 9). An act the attribution names for the first time
("blames rebels for an attack on a market"), a known one whose toll it counts with no word that sets it back, an
act the item itself told, and an attacker whose clause tells violence of its own or dates his act by a near day
still alert. (What an inquiry finds is scope.told_in_a_finding's: tests/classify/test_acts_days_before.py.) The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# who is responsible for, behind, to blame for an act named as known
@pytest.mark.parametrize("text", [
    "The opposition alliance blames the president and his security chiefs for the attack.",
    "The interior minister says a separatist cell was responsible for the bombing of the bus depot on March 3.",
    "The governor says a rival militia is behind recent rocket attacks on the border villages that killed 14 people.",
    "Prosecutors say a cell in the port city is behind the bombings at this month's peace march that killed 40.",
    "The president says his government will track down the perpetrators of the deadly bombings in the northern city.",
    "Investigators say two cousins were responsible for yesterday's bombing of the ferry terminal.",
    "The navy says it will act against those responsible for the May 4 missile attack on one of its frigates.",
])
def test_an_attribution_of_a_known_act_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # an act the attribution names for the first time
    ("Officials say rebels are behind a bomb attack on a market in the capital that killed 12 people.", 12),
    # a known act whose toll the attribution counts, with no word that sets it back
    ("Officials say the rebels were responsible for the bombing in the capital that killed 12 people.", 12),
    # an act the item told before the attribution
    ("Gunmen killed 12 people in a raid on a village on Tuesday. Officials blame a rival militia for the attack.", 12),
    ("Air defences engaged hostile drones over the port city overnight. State media says a neighbour is behind "
     "the attacks.", None),
    # a source telling a fresh act and its toll
    ("Officials say gunmen killed 12 people in a raid on a village on Tuesday.", 12),
    ("The ministry says air strikes killed 30 people overnight.", 30),
])
def test_an_act_named_first_or_told_by_the_item_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# who a known attacker was
@pytest.mark.parametrize("text", [
    "State television reports that the attacker who killed six soldiers at the airbase was a former army cook.",
    "An official says the two suicide bombers who killed 30 people and wounded 90 others were foreign nationals.",
    "Police say there is no sign the young gunman, who killed five people and then himself, had links to any group.",
    "The minister says yesterday's suicide bomber had registered with the migration office.",
])
def test_the_identity_of_a_known_attacker_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the attacker's clause tells violence of its own
    ("The gunman who killed five people at the college was shot dead by police.", None),
    # a near day dates the act in the relative clause: maybe its first report
    ("The gunman who killed five people at the college on Tuesday was a former student.", 5),
    # the item told the act before the attacker's identity
    ("A gunman killed five people at the college on Tuesday; the gunman was a former student.", 5),
])
def test_an_attacker_with_violence_of_his_own_or_a_fresh_act_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


