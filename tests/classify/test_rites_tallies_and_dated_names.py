"""Five principles of acts named in ordinary news (issue 9, a broadcaster's world feed), each quiet case beside a
twin that differs by the principle and must still alert as it did. The sentences are written for these tests, not
taken from any set.

1. A funeral is a rite of mourning, as a vigil is: the act that describes the dead it is held for is its cause,
   known before ("funerals in the city for market bombing victims"); and people who gather at a rite attend it,
   so "at" is no place of an act there (an act at the rite is told before it, "gunmen opened fire at a vigil").
2. Acts whose doers follow them after "by" are still the subject of a perfect that tallies the people they have
   driven from their homes in all ("attacks by armed groups have driven 2 million from their homes").
3. The dead whose bodies are brought home may be described by where they came from ("the bodies of six workers
   from Sindh killed in Monday's attack"): the description is who they were, and their death known.
4. A clause of "when" dated by a month with its year tells an act gone, as a full date does ("closed when fighting
   reached the province in March 2024"); the act of a main clause it dates keeps its reading.
5. An act named by "of" and its month (or day and month) and year names a dated past act, as "the massacre of
   1915" does: "the tank battle of July 1943".
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize(("title", "summary"), [
    ("Crowds attend funerals in Quetta for market bombing victims", ""),
    ("Funerals held for bus ambush victims", ""),
    ("Mourners gather at vigil in Leeds for stabbed teenager", ""),
    ("Students gathered at a vigil in the square for the shot taxi driver", ""),
])
def test_a_rite_for_the_dead_of_a_known_act_is_quiet(rules, title, summary):
    _quiet(rules, f"{title}. {summary}" if summary else title)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen open fire at vigil in Leeds for stabbed teenager, killing two", 2),
    ("Suicide bomber kills 11 at funeral for slain tribal elder", 11),
    ("At a funeral for a slain commander, a bomber killed 12 mourners", 12),
    ("Bomb explodes at funerals in Quetta for market bombing victims, killing 9", 9),
    ("Mourners gathered at a vigil for the slain elder when a bomb exploded, killing four", 4),
])
def test_an_act_at_a_rite_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "Attacks by armed groups have driven more than 2 million people from their homes in the east, the agency says",
    "Raids by militias have displaced 300,000 in the province this year, aid groups said",
])
def test_acts_by_their_doers_that_have_driven_people_out_in_all_are_a_tally(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Attacks by armed groups drove 3,000 people from their homes on Sunday, killing 12", 12),
    ("Attacks by armed groups killed 12 villagers on Sunday", 12),
])
def test_acts_by_their_doers_told_as_news_still_alert(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "The bodies of six workers from Sindh killed in Monday's attack in the north were flown home on Wednesday",
    "The bodies of four drivers from Kandahar Province killed in last week's ambush were brought home",
])
def test_the_dead_brought_home_described_by_where_they_came_from_are_quiet(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen killed six workers from Sindh in the north on Monday, and their bodies were flown home on Wednesday", 6),
    ("Militants shot dead four drivers from Kandahar on Tuesday; the bodies were brought home", 4),
])
def test_the_dead_of_a_new_act_told_by_its_verb_still_alert(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "The charity reopens the children's ward of the city hospital, which closed when fighting reached the province "
    "in March 2024",
    "The bakery reopened on Monday; it shut its doors when militants stormed the town in early May 2023",
])
def test_a_when_clause_dated_by_a_month_and_its_year_is_history(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Two soldiers were killed when militants attacked their post in December 2023", 2),
    ("The hospital closed when militants attacked the town on Sunday, killing four", 4),
])
def test_a_main_clause_or_a_recent_day_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "A historian wins a prize for a new account that reassesses the tank battle of July 1943 and its commanders",
    "The museum opens an exhibition on the massacre of 4 June 1989 and its survivors",
])
def test_an_act_named_by_its_month_and_year_after_of_is_history(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A tank battle raged near the city as troops advanced, killing 40", 40),
    ("Soldiers killed 30 villagers in the massacre of 4 June, survivors said", 30),
])
def test_an_act_of_the_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
