"""Four principles of news told after an act, each quiet case beside a twin that differs by the principle and must
still alert as it did. The sentences are written for these tests, not taken from any set.

1. A heading that names an act as the modifier of what others did after it ("... attack reactions", "... bombing
   funerals", "... shooting arrests") names the topic of its summary, as "... attack aftermath" does: the summary
   tells the news, and an act only where it reports one.
2. A counted set of people named with "the" and then by what befell them is known, however many words say who they
   are ("the seven Irish charity workers killed in the ambush"): the news is what is said of them.
3. The dead brought home with their bodies between the verb and "home" ("to bring their bodies home") are
   repatriated, as "the bodies are flown home" are: no deaths told.
4. A battle, a war or a fight a verb of framing makes a likeness stays a figure of speech however long the object
   it frames ("casts the row over the new dam on the upper river as a battle for the region"); a noun followed by
   its own verb ("voters cast ballots as a battle rages") is the subject of a clause of time, no likeness.
5. The bodies a verb of identifying takes, of an act named by a day gone in the possessive ("identify the bodies of the
   victims in Sunday's bombing"), are the known dead of a known act: whose they are is the news.
6. A response named as a noun ("its response to the attack") is a reaction, as "a reaction to" is: the act it
   answers is its topic; acts done "in response to" an attack still tell both.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS
from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize(("title", "summary"), [
    ("Harbour attack reactions", "The bishop says he is praying for the families, and the mayor orders flags lowered."),
    ("Bus station attack funerals", "Thousands follow the coffins through the old town."),
    ("Checkpoint attack arrests", "Police detain four men and seize two phones."),
    ("Convoy strike fallout", "The defence minister faces a vote of no confidence."),
    ("Embassy attack condolences", "Leaders of the region send messages to the president."),
])
def test_a_heading_named_by_what_came_after_an_act_is_a_topic(rules, title, summary):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, event.types, event.evidence)


@pytest.mark.parametrize(("title", "summary", "killed"), [
    ("Harbour attack reactions", "Gunmen attacked the harbour on Tuesday, killing four dockers.", 4),
    ("Gunmen attack harbour", "Gunmen attacked the harbour, killing four dockers.", 4),
    ("Bus station attacked", "A bomb went off at the bus station, killing six.", 6),
])
def test_an_act_told_under_such_a_heading_or_as_its_verb_still_alerts(rules, title, summary, killed):
    event = rules.classify(title, summary)
    assert {"attack", "strike"} & set(event.types) and event.killed == killed, (title, event.types, event.killed)


@pytest.mark.parametrize("text", [
    "The foreign ministry names the seven Irish charity workers killed in Friday's ambush near the border.",
    "A fund is set up for the families of the three young Chilean volunteers killed in Monday's shelling.",
    "The embassy confirms the identities of the four Korean construction engineers abducted last week.",
])
def test_a_counted_set_named_by_many_words_is_known(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen killed seven Irish charity workers in an ambush near the border on Friday.", 7),
    ("Shelling killed three young Chilean volunteers in the town on Monday.", 3),
    ("Seven Irish charity workers were killed in an ambush near the border on Friday.", 7),
])
def test_the_same_people_told_harmed_as_news_still_count(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "The ministry says it is working with the host country to bring their bodies home for burial after the raid.",
    "The airline offers to fly the remains home free of charge after last week's ambush.",
])
def test_the_dead_brought_home_with_bodies_between_are_repatriated(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen ambushed a bus on Monday, killing nine pilgrims; the ministry works to bring their bodies home.", 9),
])
def test_an_act_told_beside_a_repatriation_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "The premier casts the row over the new $4 billion dam on the upper river as a battle for the region's future.",
    "The union framed the long dispute over pensions for retired miners in the coalfields as a war on workers.",
])
def test_a_contest_framed_of_a_long_object_is_a_likeness(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Voters cast ballots in the northern provinces of the country as a battle rages near the capital.",
    "Voters cast ballots as a battle raged near the capital.",
])
def test_a_contest_with_its_own_verb_after_as_is_told(rules, text):
    event = rules.classify(text)
    assert "attack" in event.types, (text, event.types)


@pytest.mark.parametrize("text", [
    "Coroners continue to identify the bodies of the victims in Tuesday's bombing at the bus depot.",
    "Forensic teams identify the remains of the victims in Saturday's shelling of the market.",
])
def test_bodies_identified_of_a_dated_act_are_known_dead(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Coroners identify the bodies of four men shot dead overnight near the bus depot.", 4),
    ("Gunmen killed four men at the bus depot on Tuesday; coroners are identifying the bodies.", 4),
])
def test_bodies_of_an_act_told_as_news_still_count(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "The cabinet debates its response to the attack on the consulate.",
    "Opposition leaders criticise the government's slow response to the bombing of the ferry terminal.",
])
def test_a_response_named_as_a_noun_is_a_reaction(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Jets strike militant camps in response to the attack on the consulate.",
    "Gunmen attacked the consulate on Sunday; the cabinet debates its response to the attack.",
])
def test_acts_in_response_or_told_beside_a_response_still_alert(rules, text):
    event = rules.classify(text)
    assert {"strike", "attack"} & set(event.types), (text, event.types)
