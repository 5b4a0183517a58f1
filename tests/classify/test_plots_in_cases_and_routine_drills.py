"""Three principles of the threat type on ordinary news, each quiet case beside a twin of the same wording that must
keep its type. The sentences are written for these tests, not taken from any set.

1. A plan, a plot or a threat that a later stage of a case is for (a verdict, a sentence, a charge, a plea) is the
   case's matter, as an act is: the case is the news, not a threat ("jailed for plotting to bomb a stadium"). A plot
   or a threat told for itself, beside no case or after a case's clause has closed, is one.
2. A drill told routine (annual, yearly, regular; "during its annual exercises", "held every spring") shows no force,
   nor does the fire its own clause tells; a launch beside another side's annual drills, in a clause of its own, is a
   threat still. A warning whose matter is a drill's sound is a notice to the people warned.
3. An act word joined by a hyphen as a noun's modifier in a test's object ("a test of air-raid and flood alert
   systems") names the kind of a thing, no arms: a test of it is no show of force.
"""

from __future__ import annotations

import pytest


def _types(rules, title: str, summary: str = "") -> set[str]:
    return set(rules.classify(title, summary).types)


@pytest.mark.parametrize("text", [
    "A court in Lyon sentences three brothers to 14 years in prison for plotting to bomb a football stadium",
    "An appeals court upheld the convictions of two women found guilty of plotting to attack a synagogue",
    "A jury convicted a 22-year-old of supporting the group, in a case prosecutors said involved plans to attack "
    "a concert with knives",
    "The former general pleads guilty to plotting a coup against the elected government",
    "Two men are jailed for planning an attack on a shopping centre",
])
def test_a_plot_a_case_is_for_is_the_cases_matter(rules, text):
    assert "threat" not in _types(rules, text), text


@pytest.mark.parametrize("text", [
    "Three brothers plotted to bomb a football stadium, police say",
    "The militant group is plotting to attack a synagogue in the capital, officials warn",
    "Police say a 22-year-old had plans to attack a concert with knives",
    "The general, jailed in 2019 for fraud, threatened to storm the parliament with his troops",
])
def test_a_plot_told_for_itself_is_a_threat(rules, text):
    assert "threat" in _types(rules, text), text


@pytest.mark.parametrize(("title", "summary"), [
    ("Navy fires missiles at floating targets in a live-fire exercise during its annual spring manoeuvres", ""),
    ("Army holds its yearly live-fire drills on the moor", ""),
    ("Coast guard fires cannon in live-fire drill",
     "The coast guard fired deck cannon at targets at sea on Tuesday in a live-fire drill during its annual summer "
     "exercises, officials said."),
    ("Villagers warned of artillery noise as annual live-fire drills start",
     "The army warned villagers near the range to expect the sound of tank and mortar fire for two weeks as its "
     "annual exercises began."),
])
def test_a_routine_drill_shows_no_force(rules, title, summary):
    assert "threat" not in _types(rules, title, summary), (title, summary)


@pytest.mark.parametrize(("title", "summary"), [
    ("Navy fires missiles at floating targets in a live-fire exercise near the disputed islands", ""),
    ("China begins live-fire drills around Taiwan", ""),
    ("North Korea fires ballistic missiles as the allies hold annual live-fire drills", ""),
    ("North Korea fires missiles into the sea as the allies hold annual drills", ""),
    ("Israel warned residents of the city to expect the sound of heavy strikes overnight", ""),
])
def test_a_drill_of_no_routine_or_a_launch_beside_one_is_a_threat(rules, title, summary):
    assert "threat" in _types(rules, title, summary), (title, summary)


def test_a_test_of_alert_systems_named_for_raids_shows_no_arms(rules):
    text = "Sirens sound nationwide in a test of air-raid and flood alert systems"
    assert "threat" not in _types(rules, text), text


def test_a_test_of_arms_is_a_show_of_force(rules):
    text = "North Korea conducts a test of air-launched cruise missiles"
    assert "threat" in _types(rules, text), text
