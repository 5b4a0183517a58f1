"""International relations and politics that refer to violence without reporting it (issue 9), by the
rules alone (no topic gate): each quiet case, where the sentence's main event is diplomatic or political
and the violence is its topic, cause, history or a figure of speech, stands beside violence asserted as
news in the same words, which must still alert. The sentences are written for these tests, not taken
from any labelled set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# An after/following clause that opens with a definite event noun names an event known before, whose
# toll it tells again as its description; fronted before a main clause with no violence it is
# background too. An event told as new (an actor and its verb, an indefinite act) stays news.
@pytest.mark.parametrize("text", [
    "The two governments suspend border talks following the bombing of the customs post that killed nine guards",
    "Following the shelling of the consulate, the neighbours recall their ambassadors",
    "The cabinet meets in emergency session after yesterday's ambush in the valley, which left six soldiers dead",
    "Following the death of the king and the shooting of two guards, the palace cancels the parade",
])
def test_a_known_event_after_political_news_is_background(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("The two governments suspend border talks after militants bombed the customs post, killing nine guards", 9),
    ("After the talks collapsed, artillery shelled the consulate, killing two", 2),
    ("Following the shelling of the consulate, rebels stormed the embassy and killed three guards", 3),
])
def test_an_event_told_as_new_beside_politics_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A year at the head of a title, or after "the" before plain words, names a dated event; a report of
# violence under such a title still alerts.
@pytest.mark.parametrize("text", [
    "2021 Riverside market attack\nThe city council approves a fund for the families",
    "Ministers review port security a year on from the 2019 harbour bombings",
    "Trade relations, March 2020 Delta ferry attacks\nThe two states sign a new fishing agreement",
])
def test_a_year_names_a_dated_event(rules, text):
    _quiet(rules, text)


def test_violence_reported_under_a_dated_title_still_alerts(rules):
    _alert(rules, "2021 Riverside market attack\nGunmen opened fire on shoppers at the market, killing six", 6)


# An attack verb whose object is given a reason, a judgement, or is a decision or a policy is
# criticism; arms or a toll in its clause make it an attack.
@pytest.mark.parametrize("text", [
    "The foreign minister attacks the neighbouring government over its decision to close the border",
    "The opposition leader blasts the president over his handling of the fuel crisis",
    "The ministry has attacked the repeated incursions as provocative",
    "The bishop attacks the government's approach to the refugee question",
])
def test_an_attack_with_a_reason_or_a_judgement_is_criticism(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Militants attack the border post over its role in the blockade, killing two soldiers", 2),
    ("Gunmen attacked the minister's convoy as it left the capital, killing his driver", 1),
])
def test_an_armed_attack_with_a_reason_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# Apologies, talks, visits, concern and rows are reactions: violence that is their object, or the
# object of over/about, is their topic, told before. A quantity or a time after "over" is no topic.
@pytest.mark.parametrize("text", [
    "The prime minister apologises to the islanders for the shelling of the harbour",
    "Envoys of the two states hold talks on the bombing of the consulate",
    "The president visits the site of the market massacre",
    "Ministers voice concern over rising civilian casualties in the province",
    "Tensions rise between the neighbours over the shooting of a fisherman",
    "Parliament holds a vote on a resolution about the killing of the journalist",
])
def test_violence_that_is_the_topic_of_diplomacy_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Envoys held talks as rebels shelled the harbour, killing three", 3),
    ("Over 40 people were killed in the shelling of the harbour", 40),
    ("The president visited the market hours before a bomb exploded there, killing eleven", 11),
])
def test_violence_beside_diplomacy_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


def test_an_attack_over_the_weekend_is_no_topic(rules):
    _alert(rules, "Rebels attacked the garrison town over the weekend")


# Defence, deterrence, preparations and aims name an attack that may come, not one that came.
@pytest.mark.parametrize("text", [
    "The navy deploys new interceptors to defend itself from attack by its neighbour",
    "The general orders preparations for rocket strikes on the enemy capital",
    "The alliance stations missiles on the border to deter a ground assault",
    "The interior ministry says the group is planning a bombing campaign in the capital",
])
def test_defence_and_preparation_are_no_attack(rules, text):
    _quiet(rules, text)


def test_the_strikes_once_launched_alert(rules):
    _alert(rules, "The general's forces launched rocket strikes on the enemy capital, killing five", 5)


# A toll counted since a year is a running total of the past; one counted since a day is news.
def test_a_toll_counted_since_a_year_is_a_past_total(rules):
    _quiet(rules, "Thousands march against the gang war, in which 4,000 people have died since 2009")


def test_a_toll_counted_since_a_day_is_news(rules):
    _alert(rules, "At least 50 people have been killed in fighting in the north since Sunday", 50)


# A denied claim denies its whole that-clause, whoever made it.
def test_a_denied_claim_by_a_neighbour_is_no_report(rules):
    _quiet(rules, "The republic denies claims by its neighbour that one of its jets crossed the border and "
                  "bombed a village, killing three")


def test_the_same_bombing_reported_alerts(rules):
    _alert(rules, "One of the republic's jets crossed the border and bombed a village, killing three", 3)


# An event named again with a definite article, after the item told it as a reaction's topic, is that
# same event; after a report of it, its toll is news.
def test_the_event_named_again_after_a_reaction_is_the_same_topic(rules):
    _quiet(rules, "The ministers meet over the shelling of the port. The shelling was the third this month.")


def test_the_event_named_again_after_a_report_tells_its_toll(rules):
    _alert(rules, "Artillery shelled the port on Monday. The shelling killed four dockers.", 4)


# Other senses: a death by one's own hand, institutions called bodies, a capture word describing
# captives whose release is the news, the Nazi era.
@pytest.mark.parametrize("text", [
    "A monk sets himself on fire and dies in protest against the new law",
    "Thousands of officials in the army, the courts and other state bodies are suspended",
    "Two kidnapped aid workers from the relief mission are released in the north",
    "The village museum honours the Jews killed by the Nazis in the valley",
])
def test_other_senses_are_no_violence(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Police find 12 bodies in a mass grave near the border", 12),
    ("A neo-Nazi gunman killed three people at a mosque", 3),
])
def test_the_violent_senses_still_alert(rules, text, killed):
    _alert(rules, text, killed)


def test_a_kidnapping_told_as_news_beside_a_release_alerts(rules):
    _alert(rules, "Gunmen kidnapped two aid workers in the north and released one of them")


# An event noun that is the subject of what it caused in politics (prompted, dominated, overshadowed)
# is the cause of that news; its own toll told as a verb stays news.
def test_an_event_that_prompted_politics_is_its_cause(rules):
    _quiet(rules, "A weekend stabbing in the capital has prompted the embassy to issue a travel advisory")


def test_an_event_with_its_toll_that_prompted_politics_alerts(rules):
    _alert(rules, "Gunmen stabbed two tourists to death in the capital and prompted the embassy to issue an advisory")


# A killing word used as an adjective after a determiner, a possessive or "of" describes a person by an
# earlier death; the same word as a verb reports one.
@pytest.mark.parametrize("text", [
    "The son of the country's murdered former premier launches his party's campaign",
    "Envoys are refused visas for the funeral of slain opposition leader Ivanov",
])
def test_a_person_described_by_an_earlier_death_is_no_report(rules, text):
    _quiet(rules, text)


def test_a_murder_told_by_its_verb_alerts(rules):
    _alert(rules, "Gunmen murdered the country's former premier outside his home")


# In running text names and demonyms before the event word make it a reaction's object; a day is no
# name of it, and an event told by a verb is news.
def test_a_named_object_of_a_reaction_is_its_topic(rules):
    _quiet(rules, "The council meets to discuss Northern Alliance air strikes on the valley")


def test_a_day_before_the_event_is_no_object(rules):
    _alert(rules, "At a protest Monday police killed two students", 2)


# People who march, rally or demonstrate against an event, or hold a vigil for its victims, react to
# it: the event is the gathering's cause, told before. Violence done to such a gathering, or by the
# people it gathers, is news of its own.
@pytest.mark.parametrize("text", [
    "Students hold a march against the recent stabbings of reporters in the capital",
    "Thousands rally against the bombing of the old mosque",
    "Villagers demonstrate against the killings of three farmers last month",
    "Hundreds hold a vigil for the victims of the school shooting",
    "The interior minister resigns amid criticism over his handling of a wave of bomb attacks",
])
def test_a_gathering_against_an_event_reacts_to_it(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A bomb explodes at a rally against the government, killing five", 5),
    ("Gunmen open fire on a vigil for the victims, killing two", 2),
    ("Police shoot dead three people demonstrating against the new tax", None),
    ("Students march against the reform; police shoot dead two of them", None),
])
def test_violence_at_a_gathering_against_an_event_alerts(rules, text, killed):
    _alert(rules, text, killed)


# An event told as the verb of a relative clause that a word of earlier time dates says who someone
# is or what a place is, when the main clause reports no violence of its own. A day keeps it news,
# and so does violence in the main clause or a relative clause that is no verb's own.
@pytest.mark.parametrize("text", [
    "The court halts her deportation to the country where a well-known activist was murdered earlier this week",
    "The minister denies that the soldier who recently shot two fishermen dead is a diplomat",
    "The union demands the release of a teacher whom rebels kidnapped two weeks ago",
    "Crowds gather at the shrine, which was torched by rioters last month",
])
def test_an_event_in_an_earlier_relative_clause_describes(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen murdered a well-known activist in the capital earlier this week", 1),
    ("Soldiers shot two fishermen dead at the harbour", 2),
    ("Police kill a gunman who recently shot two officers", 1),
    ("A man who recently returned from abroad shot dead three people at a market", 3),
    ("Rioters torched the shrine, which was rebuilt last month, killing two monks", 2),
])
def test_an_event_beside_an_earlier_relative_clause_alerts(rules, text, killed):
    _alert(rules, text, killed)
