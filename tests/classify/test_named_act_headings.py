"""News that names a known act by a heading or dates it as background (issue 9). Under a heading that names an act
("... bombings", "... massacre"), an attacker of it in the summary is known by it: where his sentence tells a step of
a case, or tells him dead, and no act of its own, the act is over; a side named as the agent of a participle that is
no act ("graves left by the militants") describes a thing, no fighting now. A toll counted since a day with its year
("since March 4, 2019") is a running total as one counted since a year is: the date reads as one unit, its comma no
clause break. The twins, which differ by the principle, still alert. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS


def _quiet(rules, title, summary):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, summary, event.types, event.evidence)
    assert event.killed is None and event.injured is None


def _alerts(rules, title, summary, types, killed=None):
    event = rules.classify(title, summary)
    assert set(types) <= set(event.types), (title, summary, event.types)
    assert event.killed == killed, (title, summary, event.killed)


@pytest.mark.parametrize(("title", "summary"), [
    # the act's attacker in a case: a verdict, an arrest
    ("Harbour stadium bombings", "Harbour stadium bomber Karl Weiss receives a guilty verdict on all counts."),
    ("Lakeside chapel shooting", "Suspected shooter Ray Dunn is arrested at a petrol station outside the town."),
    # the act's attacker told dead: who he was is the news
    ("Norrby school attack", "Police say the deceased attacker was driven by hatred of migrants."),
    # a side as the agent of a participle that is no act
    ("Kocho massacre", "Investigators find three mass graves left by the militants after the 2015 massacre."),
])
def test_a_heading_naming_an_act_over_its_aftermath_is_no_report(rules, title, summary):
    _quiet(rules, title, summary)


@pytest.mark.parametrize(("title", "summary"), [
    # the act's attackers, with no case and alive: the act may go on under its name
    ("Lakeside chapel shooting", "Gunmen are still holed up inside the chapel with the congregation."),
    # the side as a subject, not the agent of what it left
    ("Kocho massacre", "The militants are still in the village, witnesses say."),
])
def test_an_armed_side_under_a_named_act_keeps_it_news(rules, title, summary):
    _alerts(rules, title, summary, {"attack"})


def test_a_case_word_with_an_act_of_its_own_is_news(rules):
    # an attacker arrested after a new act of his own: the summary reports it
    _alerts(rules, "Lakeside chapel shooting", "The gunman shoots dead a guard before he is arrested in the car park.",
            {"attack", "casualty"}, 1)


@pytest.mark.parametrize("summary", [
    "Monitors say the militia has killed 210 people in nine raids since March 4, 2019.",
    "Monitors say the militia has killed 210 people in nine raids across two provinces since 4 March 2019.",
    "The militia has killed 210 people since Sept. 4, 2019, monitors say.",
])
def test_a_toll_since_a_day_of_a_year_gone_is_a_running_total(rules, summary):
    _quiet(rules, "", summary)


@pytest.mark.parametrize(("summary", "killed"), [
    # a day with no year may be days ago: news
    ("Monitors say the militia has killed 21 people in two raids since March 4.", 21),
    # the date of the act itself, not of a span
    ("The militia killed 21 people in two raids on March 4, 2019, monitors say.", 21),
])
def test_a_toll_dated_by_a_day_stays_news(rules, summary, killed):
    _alerts(rules, "", summary, {"attack", "casualty"}, killed)


@pytest.mark.parametrize("summary", [
    "The ministry says 63 of its soldiers have been killed fighting rebels since the offensive began in May 2013.",
    "Monitors say 200 people have died in fighting in the province since 2014.",
])
def test_the_act_a_toll_since_a_year_is_told_with_is_the_totals(rules, summary):
    _quiet(rules, "", summary)


def test_the_act_a_toll_of_a_day_is_told_with_is_news(rules):
    _alerts(rules, "", "Two soldiers were killed fighting rebels near the border on Monday, the ministry says.",
            {"attack", "casualty"}, 2)


@pytest.mark.parametrize("title", ["Harbour stadium attack aftermath", "Lakeside chapel shooting inquiry"])
def test_an_act_named_as_the_modifier_of_its_aftermath_is_a_topic(rules, title):
    _quiet(rules, title, "Officials say a suspect may have crossed the border despite the checks.")


def test_an_act_told_by_a_heading_clause_is_news(rules):
    # the event word as a verb: "Rebels attack ..." reports the act
    _alerts(rules, "Rebels attack border post", "Officials say a suspect may have crossed the border despite the checks.",
            {"attack"})
