"""An act planned, plotted, stopped before it was done, helped with or still to come is no act reported: a plot
or its authors arrested, a bomb defused, an attacker caught on his way, forces sent to help others fight, an
attack said to be imminent (taxonomy: foiled or disrupted attacks and warnings are threats; a deployment is a
mobilization). The act that did happen beside them stays an act (issue 9). The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from bot.classify import Classifier
from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


def _threat(rules: Classifier, text: str) -> None:
    _quiet(rules, text)
    assert "threat" in rules.classify(text).types, text


# a plan or a plot, its authors arrested or charged: the compound act ("a car bomb attack") planned as a whole,
# planning with a bare object, an act named as a plot's kind, the aim of a plot with its authors named
@pytest.mark.parametrize("text", [
    "Police detain three men planning a car bomb attack on a stadium in the capital.",
    "Police say the student was plotting a bombing attack on a music festival.",
    "Intelligence chiefs say militants are planning attacks on railway stations this winter.",
    "The two brothers had been planning shootings at their former school, police say.",
    "Detectives uncover a bombing plot against a regional airport and search for a third suspect.",
    "A threat by the separatist group to attack ferry terminals is taken seriously, the minister warns.",
    "Three men suspected of driving across the border on behalf of the cartel to attack a rival's ranch are arrested.",
])
def test_a_plan_or_a_plot_is_a_threat(rules, text):
    _threat(rules, text)


@pytest.mark.parametrize("text", [
    "A plot among palace guards to kill the king is alleged by a newspaper.",
])
def test_a_plot_with_its_authors_named_is_no_killing(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the plotters carried it out: a car bomb attack that killed
    ("Militants who had been planning for months detonate a car bomb outside a stadium, killing 7.", 7),
    ("The plotters detonated the bomb at a checkpoint, killing 3.", 3),
    # an air strike kills a man who planned bombings: the strike is told, the bombings are his plan
    ("An air strike kills a militant commander who was planning suicide bombings.", 1),
    # alleged airstrikes that hit: the verb after the noun is no compound
    ("Alleged Israeli airstrikes hit a militia convoy near the border.", None),
])
def test_the_act_of_the_plotters_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# stopped before it was done: a bomb defused, an act that failed to happen, an attacker stopped on his way
@pytest.mark.parametrize("text", [
    "Army engineers defuse a car bomb parked outside the provincial governor's office.",
    "A teenage suicide bomber fails to detonate his explosive vest at a border crossing.",
    "A suicide bomber is arrested at a checkpoint on his way to the city centre.",
    "Guards at the consulate stopped a suicide bomber from entering the crowded lobby.",
])
def test_an_act_stopped_before_it_was_done_is_a_threat(rules, text):
    _threat(rules, text)


@pytest.mark.parametrize("text", [
    # an attacker caught with no act told: a person named
    "Marines arrest five gunmen suspected of taking part in the massacre of 40 villagers last year.",
])
def test_an_attacker_caught_is_a_person_named(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a bomb that went off while it was being defused
    ("Two soldiers are killed when a roadside bomb explodes as they try to defuse it.", 2),
    # the attacker acted before he was caught
    ("A gunman shoots dead three shoppers at a mall and is later arrested by police.", 3),
    ("Police arrest the gunmen who stormed a bank and killed two guards.", 2),
    # forces overpowered BY gunmen: the gunmen are the doers
    ("Soldiers come under attack and are overpowered by cartel gunmen in the city.", None),
    # one attack foiled, a second carried out
    ("Police foiled one attack, but a second bomb killed 12 people at the market.", 12),
])
def test_the_act_that_happened_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# a raid of the law that ends in arrests or finds is a search
@pytest.mark.parametrize("text", [
    "Police arrest 23 suspected smugglers in dawn raids across the port city.",
    "Counter-terrorism police say they found bomb-making chemicals in a raid on a flat.",
    "House raids result in the arrest of four people in the port city.",
])
def test_a_raid_of_the_law_for_arrests_is_a_search(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Police kill two suspects in a dawn raid on a flat, and arrest a third.", 2),
    # (troops' raids that only arrest are arrests too: test_raids_for_arrests; an armed side's seizure is hostage-taking)
    ("Militiamen raid a village and seize 20 men.", None),
    ("Soldiers raid a village, arresting 20 men and wounding two.", None),
])
def test_a_raid_with_a_toll_force_or_an_armed_raider_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# forces sent to help others fight: an aim, the deployment the news
@pytest.mark.parametrize("text", [
    "The government will send special forces to help local militias fight the insurgents.",
    "Foreign advisers are in the port city helping army units fight the rebels, officials say.",
    "The neighbouring army crosses the border to assist in fighting against the insurgents.",
])
def test_forces_helping_others_fight_are_no_fight(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Special forces sent to help local militias fight the insurgents killed 14 fighters in a night raid.", 14),
    ("Foreign special forces fought beside army troops against the rebels in the port city.", None),
])
def test_forces_that_fought_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# an act still to come
@pytest.mark.parametrize("text", [
    "The government raises the alert level, warning that further attacks are imminent.",
    "Officials said a missile strike on the capital may come within days.",
    "Troops mass for a spring offensive along the border.",
    "Fearing an air raid, the president ran for cover during a television interview.",
    "Soldiers are given permission to shoot to kill rioters in the capital.",
    "The embassy closes its doors because of intelligence of a bombing against its staff.",
    "The rebel leader releases a video vowing to continue fighting until the last man.",
])
def test_an_act_still_to_come_is_no_act(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A missile strike hit the depot overnight, and officials said more strikes may come.", None),
    ("Troops massed on the border shelled the town, killing 5.", 5),
])
def test_an_act_told_beside_what_may_come_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
