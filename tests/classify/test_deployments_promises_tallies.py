"""Threat and history news that names violence without reporting it (issue 9): fighting named as what a
deployment answers or is sent to do; "attack" or "offensive" naming a kind of weapon; an act promised; a
report's tally over a whole year or month. Beside each quiet sentence, one of the same shape that reports
fresh violence still alerts. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# fighting as a deployment's reason or task, its sides named as the noun's complement
@pytest.mark.parametrize("text", [
    "The government deploys two hundred soldiers to the northern town due to local clashes.",
    "The army moves two brigades to the frontier to deal with fierce fighting in the hills.",
    "The navy sends a frigate to the gulf to monitor the southern offensive.",
    "The ministry sends more troops to the valley to reinforce police units who are facing sustained attacks.",
    "Observers say the army is massing near the river, amid fighting with tribal militias in the region.",
    "Some 800 marines deploy to the port, which has been the scene of heavy fighting between rebels and the army.",
])
def test_fighting_a_deployment_answers_is_no_act(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the fighting told by its own toll or verb
    ("The government sends two hundred police officers to the town after clashes killed nine people.", 9),
    ("The army moves two brigades to the frontier as rebels shell the border posts, killing four.", 4),
    ("Rebels killed six soldiers in sustained attacks on the valley's police posts.", 6),
    # a verb of sending with no forces near it is no deployment: rebels moving into a town fight there
    ("Rebels moved into the town amid heavy fighting with the army, killing 12 soldiers.", 12),
])
def test_fighting_told_beside_a_deployment_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# "attack" or "offensive" naming a kind of weapon by its role
@pytest.mark.parametrize("text", [
    "The air force deploys eight ground-attack planes to the northern air base.",
    "The minister says the shipment of offensive weapons to the region is a grave concern.",
])
def test_a_weapons_role_is_no_act(rules, text):
    _quiet(rules, text)


def test_ground_attack_planes_that_bomb_still_alert(rules):
    _alert(rules, "Ground-attack planes of the air force bombed the rebel camp, killing 14 fighters.", 14)


# an act promised is vowed: a threat, no act yet
@pytest.mark.parametrize("text", [
    "The prime minister promises air strikes against the smugglers' camps.",
    "The president gives a speech promising more military and economic aid including drone strikes.",
])
def test_an_act_promised_is_a_threat(rules, text):
    event = rules.classify(text)
    assert "threat" in event.types and not {"strike", "attack", "casualty"} & set(event.types), (text, event.types)


def test_strikes_beside_a_promise_still_alert(rules):
    _alert(rules, "The prime minister keeps his word as jets strike the smugglers' camps, killing 11.", 11)


# a report's tally over a whole year or month is a statistic of the period
@pytest.mark.parametrize("text", [
    "The rights group's annual report says that in 2019, 214 people were killed by police in the province.",
    "Ministry figures show more than 600 people died in attacks in the region during the month of June.",
    "A report by the monitors indicates that at least 45 people were killed in the border district in October.",
    "The agency reports that civilian casualties reached a record in 2020; 1,200 were killed and 3,100 injured.",
])
def test_a_reports_tally_over_a_period_is_no_act(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a day named tells an act
    ("A report by the monitors says gunmen killed 12 villagers in the border district on Monday.", 12),
    # reports "of" gunfire are word of it, and a month "back in" it dates another thing
    ("Seven soldiers are killed in clashes in the capital, with reports of gunfire, despite a truce reached back "
     "in April.", 7),
    # no report's word: an act dated by its month is left to the other rules
    ("Gunmen killed 12 villagers in the border district in a raid at dawn.", 12),
])
def test_a_toll_beside_a_report_or_a_month_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# a toll since an event a year dates is a running total, however many words name the event
def test_a_toll_since_an_event_a_year_dates_is_no_act(rules):
    _quiet(rules, "The ministry says 40 of its police officers have been killed since the army's large operation "
                  "against the cartel in March 2019.")


def test_a_toll_since_a_day_still_alerts(rules):
    _alert(rules, "The ministry says 40 of its police officers have been killed in the state since the army's "
                  "operation against the cartel began on Monday.", 40)
