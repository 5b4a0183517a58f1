"""A plan, a plot or a threat carries to every act of its list and to the act or arms it names as the object of
its act; plotting and conspiring in every form are planning; and the aim of a move of forces is no act told
(issue 9). Each quiet sentence stands beside a violent twin in the same words, which must still alert. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts, assert_quiet


# 1. A list under a cue of what is to be done: every member is as threatened or as planned as the first, though a
# comma stands between the cue and the member (infinitives in a row, or nouns of acts with their own modifiers).
@pytest.mark.parametrize("quiet, violent", [
    ("The militia threatens to target ministries, assassinate officials or kidnap foreigners.",
     "The militia's gunmen target ministries, assassinate officials and kidnap foreigners."),
    ("A rebel faction vows to seize the airport, abduct the governor and burn the archives.",
     "A rebel faction seized the airport, abducted the governor and burned the archives."),
    ("Two men are held for planning car bombings and suicide attacks on army checkpoints.",
     "Car bombings and suicide attacks on army checkpoints shake the province."),
    ("A video shows the group threatening to carry out stabbings, shootings and grenade attacks in the port.",
     "The group carried out stabbings, shootings and grenade attacks in the port."),
])
def test_a_list_is_planned_as_its_first_member(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert "threat" in rules.classify(quiet).types, quiet
    assert_alerts(rules, violent)


# A list ends where a clause of its own begins: a verb in the past, a subject, or a headline's verbs in a row.
@pytest.mark.parametrize("text", [
    "Rebels threatened to shell the town, and gunmen attacked the market on Friday.",
    "The warlord vows to fight on, kidnaps two aid workers",
    "An airstrike meant to kill militant commanders wrongly kills 14 villagers.",
])
def test_an_act_after_the_list_is_told(rules, text):
    assert_alerts(rules, text)


# 2. Plotting and conspiring in every form, and the act or arms named as the object of a planned act.
@pytest.mark.parametrize("quiet, violent", [
    ("Detectives say three brothers plot to kidnap the mayor of the river town.",
     "Three brothers kidnap the mayor of the river town, detectives say."),
    ("Police say two men are conspiring to kidnap a judge in the capital.",
     "Police say two men kidnapped a judge in the capital."),
    ("A student who conspired to attack a synagogue is sentenced.",
     "A student attacked a synagogue, police say."),
    ("Police arrest a man for plotting to detonate a 500 lb (227 kg) truck bomb outside the courthouse.",
     "A man detonated a 500 lb (227 kg) truck bomb outside the courthouse."),
    ("The cell threatened to set off a car bomb near the stadium.",
     "The cell set off a car bomb near the stadium."),
])
def test_plotting_and_its_objects_are_planned(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert "threat" in rules.classify(quiet).types, quiet
    assert_alerts(rules, violent)


# 3. The aim of a move: an act to be started, joined or backed by the forces moved is not told by the move; an act
# told by its own verb, or a toll, still is.
@pytest.mark.parametrize("quiet, violent", [
    ("Thousands of marines arrive on the island to start a new offensive against the rebels.",
     "Thousands of marines on the island start a new offensive against the rebels."),
    ("The government sends more tanks to the north to reinforce the offensive against the separatists.",
     "The offensive against the separatists in the north intensifies as tanks shell their positions."),
    ("The army deploys two brigades to the valley to continue its assault on the rebel stronghold.",
     "The army continues its assault on the rebel stronghold in the valley."),
])
def test_the_aim_of_a_move_is_no_act(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)


def test_a_toll_beside_the_aim_of_a_move_is_told(rules):
    assert_alerts(rules, "The army sends more tanks to reinforce an offensive that has killed 40 civilians.",
                  killed=40)
