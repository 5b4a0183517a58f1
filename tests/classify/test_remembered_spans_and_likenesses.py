"""Ordinary news of remembrance, cases and politics that names violence it does not report (issue 9), by the
rules alone, as found on ordinary_news_fresh68: the clause after "to mark N years since", the dead a
remembrance honours, a year that names an act in a heading that drops its articles, a stretch of a war named by
its year, an act done during an event "a" and a year name, deaths summed over a war, acts told as years of
them, a firm or a trade "killed", and what the dead were passed off as. Each quiet case stands beside violence
in the same words that must still alert. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# A span of months or more that a remembrance counts since an act opens a clause that runs on through its lists,
# participles and joined verbs: all of it is the remembered act...
@pytest.mark.parametrize("text", [
    "Miners' families laid flowers at the pit head on Saturday to mark 25 years since soldiers fired on the "
    "strikers, a union hall and a clinic in the valley, killing 34 workers.",
    "Students held a silent march on Monday to mark 30 years since rebels seized the radio station and the "
    "guard stormed it to recapture the building.",
    "It has been ten years since gunmen attacked the stadium, killing 52 fans.",
])
def test_the_clause_of_a_marked_span_since_an_act_is_history(rules, text):
    _quiet(rules, text)


# ...but an act fronted after the span, or told in a clause of contrast after the remembrance, is news.
@pytest.mark.parametrize(("text", "killed"), [
    ("Ten years since the uprising, gunmen attacked a village on Saturday, killing 34 people.", 34),
    ("Families gathered on Monday to mark five years since the flood, but gunmen attacked the ceremony, "
     "killing four.", 4),
])
def test_an_act_outside_the_marked_span_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# The dead a remembrance honours, described by how they died, died before it...
@pytest.mark.parametrize("text", [
    "Thousands gathered in the square on Friday to remember the nearly 2,000 farmers killed by a militia "
    "in October 1983.",
    "The province honours the teachers who were shot by insurgents during the 1990s.",
])
def test_the_dead_a_remembrance_honours_died_before_it(rules, text):
    _quiet(rules, text)


# ...but a killing at the remembrance, or an honour killing, is news.
@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen who attacked a ceremony to remember the victims killed 9 people on Friday.", 9),
    ("Police said an honour killing in the village left a teenage girl dead on Sunday.", None),
])
def test_a_killing_beside_a_remembrance_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A heading drops its articles: a year after a preposition names the act after it, and the dead "killed in" it
# are its dead...
@pytest.mark.parametrize("text", [
    "Town remembers pupils killed in 2009 college attack",
    "Nation honours journalists killed in 1992 war",
    "Families demand answers over 2016 market bombing",
])
def test_an_act_a_heading_names_by_its_year_is_history(rules, text):
    _quiet(rules, text)


# ...but a heading that tells what befell someone after naming an old case, or a fresh attack, alerts.
@pytest.mark.parametrize("text", [
    "Gunmen attack college in the capital, killing 12",
    "Police reopen 2016 case as gunmen shoot dead shopkeeper",
])
def test_a_fresh_act_in_a_heading_still_alerts(rules, text):
    _alert(rules, text)


# A toll told as part of a stretch of an event named by its year, and an act done during an event that "a" and
# a year name, are history; so are deaths summed over a whole war...
@pytest.mark.parametrize("text", [
    "The museum honours the poets abducted and killed in the last days of the 1974 war.",
    "A judge ruled that guards who opened fire on inmates during a June 2019 prison riot had acted unlawfully.",
    "Historians put deaths in the Biafran war at more than a million.",
    "A study found that 200,000 people died of disease, hunger and cold during the 1992-1995 war.",
])
def test_acts_and_tolls_of_dated_events_and_wars_are_history(rules, text):
    _quiet(rules, text)


# ...where the same acts told of today still alert.
@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen abducted and killed five poets in the capital in the last days of the campaign.", 5),
    ("Guards opened fire on inmates during a prison riot on Sunday, killing three.", 3),
    ("Shelling killed 20 people in the city on Monday, officials said.", 20),
])
def test_the_acts_told_as_news_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# Acts told as a span of months or more are a state of things that lasted, the background of what is said...
@pytest.mark.parametrize("text", [
    "The rebels behind years of attacks in the north have named a new leader.",
    "The new governor inherits a province scarred by years of attacks on its schools.",
])
def test_acts_told_as_a_span_of_months_or_more_are_background(rules, text):
    _quiet(rules, text)


# ...but an act of the span's own, told by its own words, is news.
@pytest.mark.parametrize(("text", "killed"), [
    ("Rebels attacked a village in the north on Monday, killing seven, after years of attacks in the region.", 7),
])
def test_an_act_beside_a_span_of_acts_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A verb of killing whose object is a firm, a trade or a measure is a likeness...
@pytest.mark.parametrize("text", [
    "The finance minister said new levies were 'killing small businesses'.",
    "Farmers say cheap imports are killing local agriculture.",
])
def test_a_firm_or_a_trade_killed_is_a_likeness(rules, text):
    _quiet(rules, text)


# ...but people killed at a business or a market are news.
@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen stormed a business park on Monday, killing 12 workers.", 12),
    ("Gunmen killed the market traders in the town on Monday.", None),
])
def test_people_killed_at_a_business_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# What the dead were passed off as is a false likeness, no act (the act it hides is a case's matter)...
@pytest.mark.parametrize("text", [
    "A tribunal charged a retired major on Monday over the deaths of 14 farmers between 2004 and 2007 who were "
    "passed off as rebels killed in combat.",
])
def test_what_the_dead_were_passed_off_as_is_no_act(rules, text):
    _quiet(rules, text)


# ...but doers disguised as others act.
@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen disguised as police kill 14 farmers in the town.", 14),
])
def test_doers_disguised_as_others_still_alert(rules, text, killed):
    _alert(rules, text, killed)
