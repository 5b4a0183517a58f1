"""An earlier act named as a dated past event inside news whose own act is something else (a session, a
protest, sanctions, a resignation, a finding, a work of art) is that news's object, reported before
(issue 9): "the March strikes on the port", "last Thursday's drone strike", "the bombing of a mosque in
the old town, which killed 40", an act in a relative clause dated by a month and a year. A fresh report
dates its act by a day, or names no date, and still alerts. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# a month's name alone between "the" and the event noun names the act of that month
@pytest.mark.parametrize("text", [
    "The bloc freezes the assets of four arms dealers over the supply of rockets used in the March strikes on "
    "the port.",
    "Parliament holds a day of debate on the February suicide bombing at a bus depot.",
    "A watchdog attributes the January drone strike on a fuel depot to the air force.",
])
def test_an_act_named_by_its_month_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a month as the date of a fresh act, not its name
    ("Drone strikes on the port killed nine dockers on 3 March, officials said.", 9),
    ("A suicide bomber struck a bus depot in the capital in February, killing 14 people.", 14),
    # a capitalised word after the month names something else
    ("Troops opened fire on the May Day march in the capital, killing four people.", 4),
])
def test_an_act_dated_by_a_month_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# a weekday a week or more gone, in the possessive, names the act
@pytest.mark.parametrize("text", [
    "The council holds an emergency session on last Thursday's drone strike on a wedding party in the hills.",
    "Lawmakers hold a closed session on last weekend's shelling of a border post.",
])
def test_an_act_named_by_a_past_weekday_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a bare weekday may be this week's news
    ("Thursday's drone strike on a wedding party in the hills killed 31 guests, officials said.", 31),
    # only the named act is the past: the main clause's own act is news
    ("Soldiers searching for the gunmen behind last Friday's market bombing shoot dead three militants at a farm.",
     3),
])
def test_an_act_of_a_bare_weekday_or_beside_a_named_one_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# the toll of a named past act, told in a relative clause after its target and its place (with "a", and
# the place's region and country after commas)
@pytest.mark.parametrize("text", [
    "The ministry summons the envoy over last week's bombing of an army convoy in Dara, Upper Province, "
    "which killed 12 soldiers.",
    "A panel finds that chlorine was used in the 2024 attack on a village near Sahel, North Region, that "
    "killed 12 people.",
    "The premier resigns after a committee blames the police for the February bombing of a mosque in the old "
    "town that killed 40 worshippers.",
    "The bloc imposes sanctions over the March strikes on Port Amber, Coastal Region, that killed 19 civilians.",
    "The council meets over last Sunday's bombing at a market in Kesh, which left 12 people dead and 30 injured.",
])
def test_a_toll_told_of_a_named_past_act_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the same words told as news
    ("A bombing of an army convoy in Dara, Upper Province, killed 12 soldiers on Monday.", 12),
    ("A suicide bomber attacked a village near Sahel, North Region, on Friday, killing 12 people.", 12),
    ("Gunmen bombed a mosque in the old town on Friday, which killed 40 worshippers.", 40),
    ("Drone strikes on Port Amber, Coastal Region, killed 19 civilians overnight.", 19),
    ("A bomb at a market in Kesh left 12 people dead and 30 injured on Sunday.", 12),
])
def test_the_same_toll_told_as_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# an act named by a full date after "of", or told in a relative clause that a month and a year date, or a
# participle of that dated clause; and what an investigation team concludes
@pytest.mark.parametrize("text", [
    "A film on the harbour massacre of 4 June 2019, in which 80 fishermen were killed, opens a festival.",
    "A sculpture made from the doors of the old school, where a rocket strike killed 14 pupils in May 2023, "
    "wins a prize.",
    "The security service says it has identified the unit that fired the rocket at a bus station in March 2024, "
    "killing 11 people.",
    "An international investigation team led by two states concludes that a missile fired from a rebel post "
    "brought down the airliner, killing all 40 people on board.",
])
def test_an_act_dated_in_a_dependent_clause_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the same acts told as news
    ("Gunmen killed 80 fishermen in a massacre at the harbour on Tuesday, officials said.", 80),
    ("A rocket strike killed 14 pupils at the old school on Monday.", 14),
    ("A unit fired a rocket at a bus station on Sunday, killing 11 people.", 11),
    # (the count of "all 40 people on board" is no matter of these tests)
    ("A missile fired from a rebel post brought down the airliner on Friday, killing all 40 people on board.", None),
    # a verb of saying opens a clause that may report news
    ("The army said that its unit fired rockets at a rebel camp, killing 11 fighters.", 11),
    # a casualty verb after a year is the clause's own, no name the year gives
    ("Two engineers who were kidnapped in May 2019 were killed during a rescue attempt by troops.", 2),
])
def test_the_same_acts_told_as_news_still_alert(rules, text, killed):
    _alert(rules, text, killed)
