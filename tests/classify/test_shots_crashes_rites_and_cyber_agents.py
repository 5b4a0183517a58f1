"""Five principles of who does what to whom, each case beside a twin that differs by the principle and must keep
its verdict. The sentences are written for these tests, not taken from any set.

1. A past "shot" with counted people as its object, after a doer, is gunfire at them: an attack, whoever fired
   ("an assailant shot six pilgrims"); "shot" with a work, a video or a score as its object is no act.
2. A civil carrier (a road vehicle, a tanker, a freighter) that strikes a structure in its way (a bridge, a pier,
   a quay) crashed, whatever force the sentence names beside it; a missile or a drone that strikes a bridge, and
   warplanes that do, hit a target.
3. The dead described by how they died, as the subject of a rite's passive ("those killed in the massacre were
   remembered"), died before the rite, which is the news; the act told by its own subject and verb is news.
4. A "struck by" or "hit by" whose agent is an attack of another sense (a DDoS attack, a heart attack) is no
   strike, whatever doer the sentence names; a cyber sense named in one sentence is the sense of "the attack" in
   the next of the same item, where that sentence names no arms, forces or harm of its own.
5. An act named by its year with its doer after "by" ("the 1988 downing of a passenger jet by a warship") is one
   event named, and the toll its relative clause tells is its history.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "An assailant shot six pilgrims at a shrine near the old city",
    "A teenager shot three students at a school in the suburbs",
    "Police say an intruder shot two guards at the gate of the factory",
])
def test_shot_counted_people_after_a_doer_is_an_attack(rules, text):
    assert "attack" in rules.classify(text).types, text


@pytest.mark.parametrize("text", [
    "The director shot six films at a studio near the old city",
    "The champion shot 68 in the final round to win by two strokes",
    "A tourist shot two videos at the shrine near the old city",
])
def test_shot_a_work_or_a_score_is_no_act(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "A Liberian-flagged tanker struck a bridge in the harbour, the navy said",
    "An oil tanker struck a bridge near the naval base overnight",
    "A lorry struck a railway bridge near the army barracks",
])
def test_a_carrier_striking_a_structure_crashed(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "A drone struck a bridge in the harbour, the navy said",
    "Warplanes struck a bridge near the naval base overnight",
    "A missile fired at the tanker struck the pier near the naval base",
])
def test_arms_striking_a_structure_still_alert(rules, text):
    _alert(rules, text)


@pytest.mark.parametrize("text", [
    "Those killed in the massacre were remembered at a ceremony in the town",
    "The villagers who died in the raid were honoured at a service in the valley",
    "Those shot at the checkpoint were buried with honours in the capital",
])
def test_the_dead_as_a_rites_subject_died_before_it(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen killed 12 villagers in a massacre; the dead were buried in the town", 12),
    ("Those killed in the massacre were remembered as gunmen opened fire on the crowd, killing three", 3),
])
def test_an_act_told_by_its_own_verb_beside_a_rite_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize(("title", "summary"), [
    ("The news app is struck by massive DDoS attacks, with the perpetrator demanding money to stop them", ""),
    ("The lender's website was hit by a cyber attack, the army said", ""),
    ("News app struck by massive DDoS attacks", "The attack knocked the service offline for hours."),
    ("", "The bank's site was hit by DDoS attacks on Monday. The attack lasted three hours, the company said."),
])
def test_an_attack_of_another_sense_strikes_nothing(rules, title, summary):
    event = rules.classify(title, summary)
    assert not {"strike", "attack", "casualty"} & set(event.types), (title, summary, event.types)


@pytest.mark.parametrize(("title", "summary"), [
    ("The convoy was struck by a rocket attack, the army said", ""),
    ("The base was hit by a drone attack near the border", ""),
    ("", "Hackers knocked the bank's site offline on Monday. The attack on the border post killed two soldiers."),
    ("News app struck by massive DDoS attacks", "Gunmen attacked its office on Monday, killing two guards."),
])
def test_an_armed_attack_beside_a_cyber_one_still_alerts(rules, title, summary):
    event = rules.classify(title, summary)
    assert {"strike", "attack"} & set(event.types), (title, summary, event.types)


@pytest.mark.parametrize("text", [
    "The president apologises for the 1988 downing of a passenger jet by a navy warship, which killed 290 people",
    "The minister apologised for the 1972 shooting of marchers by paratroopers, which killed 14 people",
])
def test_a_dated_act_with_its_doer_is_history(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A navy warship shot down a passenger jet on Sunday, which killed 290 people", 290),
    ("Paratroopers opened fire on marchers on Sunday, killing 14 people", 14),
])
def test_the_same_act_told_as_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
