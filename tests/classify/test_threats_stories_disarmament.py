"""International relations and politics that name violence which did not happen as news (issue 9), by
the rules alone (no topic gate): arms destroyed by their owner, a fight before judges, a possibility,
a story or a joke. Each quiet case stands beside violence asserted as news in the same words, which
must still alert. The sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# Arms destroyed by their owner ("its", "their own", or arms "to be destroyed") are disarmament; a
# sentence that tells a strike or a toll beside them is still a strike.
@pytest.mark.parametrize("text", [
    "The army depot destroys its last nerve gas shells under a disarmament treaty",
    "Inspectors confirm the republic has destroyed its entire chemical arsenal",
    "Students protest a plan for the country's chemical weapons stockpile to be destroyed in their port",
])
def test_arms_destroyed_by_their_owner_are_disarmament(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Warplanes struck the rebel camp, destroying their weapons and killing four fighters", 4),
    ("Warplanes destroyed a rebel arms depot near the border", None),
])
def test_arms_destroyed_in_a_strike_alert(rules, text, killed):
    _alert(rules, text, killed)


# A battle fought in court is a lawsuit; one fought in the streets is a battle.
def test_a_battle_in_court_is_a_lawsuit(rules):
    _quiet(rules, "The ministry and the state battle in federal court over the new law")


def test_a_battle_in_the_streets_alerts(rules):
    _alert(rules, "Rebels and the army battle in the streets of the capital")


# Clashes that may come are a possibility; clashes that kill are news.
def test_the_possibility_of_clashes_is_no_report(rules):
    _quiet(rules, "Rival parties call rallies, raising the possibility of clashes in the capital")


def test_clashes_that_kill_alert(rules):
    _alert(rules, "Rival parties hold rallies, and clashes in the capital kill two", 2)


# A deed in a game, a film or a joke is no report of one.
@pytest.mark.parametrize("text", [
    "A website criticises a video game in which soldiers try to murder the president",
    "The candidate jokes about a nurse being robbed and murdered",
])
def test_a_story_or_a_joke_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Soldiers try to murder the president in an ambush on his convoy",
    "A nurse is robbed and murdered in the city",
])
def test_the_same_deeds_told_as_news_alert(rules, text):
    _alert(rules, text)


# An ultimatum names the attack that comes if it is refused: a threat, not an attack.
def test_an_ultimatum_is_a_threat(rules):
    event = rules.classify("The militia issues an ultimatum: leave the city by Friday or face attack")
    assert "threat" in event.types and not {"strike", "attack", "casualty"} & set(event.types)


def test_the_attack_after_the_ultimatum_alerts(rules):
    _alert(rules, "The militia issued an ultimatum, then attacked the city on Friday")


# A missile that blows up as it leaves or comes down in a state's sea zone is a test, a show of force.
def test_a_missile_that_fails_or_lands_in_a_sea_zone_is_a_test(rules):
    _quiet(rules, "The North fires two ballistic missiles, one of which explodes shortly after launch while "
                  "the other lands in the economic zone")


def test_missiles_fired_at_a_town_alert(rules):
    _alert(rules, "The North fires two ballistic missiles at a border town, killing three", 3)


# Parties, ministers and a governing coalition that clash over a topic quarrel; the topic may be an
# armed raid. Armed sides, or a toll, make a clash.
@pytest.mark.parametrize("text", [
    "Coalition parties clash over the army raid on the aid convoy",
    "The two ministers clash over the shooting of a student by police",
    "The party leader attacks the Liberals and the Greens for cuts to public services",
])
def test_politicians_who_clash_over_a_topic_quarrel(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Militias clash over the oil field near the port", None),
    ("Two clans clash over grazing land, killing five", 5),
    ("Rebels clash with troops over the weekend in the north", None),
    ("Coalition jets struck the depot, killing four", 4),
])
def test_armed_sides_that_clash_alert(rules, text, killed):
    _alert(rules, text, killed)


# A toll told as part of an event named by its year, or dated by a bare year in a since- or relative
# clause, is history; the same toll dated by a day, or in a main clause, is news.
@pytest.mark.parametrize("text", [
    "The queen visits the stadium where soldiers killed 14 people in the massacre of 1921",
    "The new leader replaces the general who was killed in the 1998 uprising",
    "Relations have soured since the navy killed nine sailors in international waters in 2011",
    "The family of a man who was shot dead by police in the capital in 2006 writes to the prime minister",
])
def test_a_toll_of_a_dated_event_is_history(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Soldiers killed 14 people in the massacre at the stadium on Sunday", 14),
    ("Relations soured after the navy killed nine sailors in international waters on Tuesday", 9),
    ("A man who was shot dead by police in the capital on Monday is named by his family", 1),
    ("Two soldiers were killed in the east in 2016", 2),
    ("Gunmen killed five people in a town of 1500 residents", 5),
])
def test_a_toll_dated_as_news_alerts(rules, text, killed):
    _alert(rules, text, killed)


# People named by their kin or their funeral, then by how they died, are described by an earlier death;
# so is a captive named by his capture, and a toll told as part of attacks known by name. The deaths
# told by a verb of their own are news.
@pytest.mark.parametrize("text", [
    "A court rejects a bid by the son of a man killed in a drone strike to force the ministry to disclose its role",
    "Thousands gather for the funeral of the party founder, who was killed in the capital on 9 March",
    "The mediator says the group agreed to deliver a letter from abducted sergeant Tomas Berg to his family",
    "The government pays $20,000 for every villager murdered during the Riverside massacre",
    "Riverside bombings: the council approves a fund for the families",
])
def test_people_described_by_an_earlier_death_or_capture_are_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A drone strike killed the son of a tribal elder on Monday", 1),
    ("Gunmen abducted sergeant Tomas Berg near the border", None),
    ("Gunmen murdered 12 villagers during a massacre in Riverside", 12),
    ("Riverside bombings kill 12 in the market", 12),
])
def test_the_deaths_told_by_their_verb_alert(rules, text, killed):
    _alert(rules, text, killed)


def test_a_father_killed_is_news(rules):
    _alert(rules, "A father of three was shot dead by gunmen in the market")


# A place of worship, a base or a vehicle before the event noun is its modifier: "after the Riverside
# church shooting" names a known event; "after a shooting at a church" may be news.
def test_a_modified_known_event_is_background(rules):
    _quiet(rules, "Following public outcry after the Riverside church shooting, the state lowers the old flag")


# A programme of killings is a policy, not an act of one.
def test_a_killing_programme_is_a_policy(rules):
    _quiet(rules, "A judge is asked to dismiss a lawsuit that challenges the government's targeted killing program")


def test_a_targeted_killing_alerts(rules):
    _alert(rules, "A targeted killing in the capital leaves a militant commander dead", 1)


# A relative clause that tells the toll of an event named by its year is that event's history.
@pytest.mark.parametrize("text", [
    "Lawmakers dedicate a session to the genocide of 1915, in which a million people were killed",
    "The council denounces crimes during the 2011 uprising in the south, which killed over 4,000 people",
])
def test_the_toll_of_a_dated_event_in_a_relative_clause_is_history(rules, text):
    _quiet(rules, text)


def test_a_toll_in_a_relative_clause_of_news_alerts(rules):
    _alert(rules, "The bombing, which killed 12 people, was the worst since 2011", 12)
