"""An act of the past restated beside other news is no report of its own (issue 9): an act named by its
year (or a span of years, a month and a year) whose toll a relative clause tells, a toll reached by a year,
a series of acts since a month or a year and the toll they are the subject of, deaths counted over a span of
years, a report "on" an act, and arms burned by the fighters who hold them. A fresh act told the same way,
dated by a day or with a toll of its own, still alerts. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# an act named by its year, its toll in a relative clause of the name
@pytest.mark.parametrize("text", [
    # a long name, its aim and its place after the year
    "A new film follows two brothers through the 2014–2015 siege to drive the rebels from the old port, "
    "which left hundreds of residents dead.",
    # a toll that others attribute
    "A tribunal found the former interior minister guilty over the 2019 crackdown on striking miners, which UN "
    "rights investigators say left up to 300 dead.",
    # "where" as the relative word, a doer word among the dead
    "A documentary revisits the June 2021 siege of the farmhouse, where two officers and four gunmen were killed.",
    # a toll reached by a year
    "The mayor said the bomb, which killed an estimated 20,000 people by the end of 1944, must never be forgotten.",
])
def test_a_toll_told_in_a_relative_clause_of_a_dated_act_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a fresh act with a relative clause of its toll
    ("Gunmen stormed a farmhouse on Sunday, where two officers and four gunmen were killed.", None),
    ("Troops opened fire on striking miners on Tuesday, which left up to 30 dead.", 30),
    ("Gunmen set fire to a bus near the border, killing 12 passengers.", 12),
])
def test_a_fresh_act_with_its_toll_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# a series of acts since a month or a year, deaths over a span of years, a report on acts
@pytest.mark.parametrize("text", [
    "The minister told the assembly that the raids since October, which the navy says hit traffickers, "
    "killed dozens of fishermen.",
    "A commission of historians estimates that tens of thousands died in the campaign against the "
    "separatists between 1960 and 1972.",
    "Rebels reject a UN report on reprisal killings of former soldiers.",
])
def test_a_series_or_a_span_of_years_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a span of days, and a report dated by its day, are news
    ("Air raids since Monday have killed 40 villagers in the valley.", 40),
    ("A report on Tuesday said gunmen killed five villagers in the valley.", 5),
    ("Gunmen killed 12 people at a market between 2 and 4 pm on Sunday.", 12),
])
def test_a_span_of_days_or_a_dated_report_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# arms burned by the fighters who hold them: a disarmament rite
@pytest.mark.parametrize("text", [
    "Forty rebels set fire to their rifles at a ceremony marking the end of the insurgency.",
    "Militia fighters burn their weapons in a disarmament ceremony near the lake.",
])
def test_arms_burned_by_their_holders_are_no_attack(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Rebels set fire to their weapons and then attacked a village, killing three farmers.", 3),
    ("Militants set fire to a police station, killing two officers.", 2),
])
def test_burning_beside_an_act_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
