"""Ordinary news in the portal's terse style that recalls acts (issue 9), found on ordinary_news_fresh73: the rest of a
sentence that marks "the (Nth) anniversary of" an act and describes that act or its dead (a relative clause, a noun
of the act's time, a participle after the people) recalls it; a heading named by the act's date ("March 4 attacks")
holds no count; a funeral's place may stand before its "of"; the bare noun that repeats an event named by its proper
name ("the Battle of X ... the battle") names it again; a barrage or a volley of words or of a game's blows is no
fire. Each quiet case stands beside a twin that differs by the principle and still alerts. The sentences are written
for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS


def _quiet(rules, title, summary):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, summary, event.types, event.evidence)
    assert event.killed is None and event.injured is None, (title, summary, event.killed, event.injured)


def _alerts(rules, title, summary, types, killed=None):
    event = rules.classify(title, summary)
    assert set(types) <= set(event.types), (title, summary, event.types)
    assert event.killed == killed, (title, summary, event.killed)


@pytest.mark.parametrize(("title", "summary"), [
    # the dead a rite is paid for, told by a participle after them
    ("Remembrance in Ostrava", "Townspeople hold a vigil on the 15th anniversary of the 2011 mine siege, lighting "
                               "212 candles for the miners killed, 40 of them apprentices."),
    # the dead described by a participle with its agent and its month and year
    ("Remembrance in Kuvari", "Families gather on the 20th anniversary of the massacre to rebury four victims, "
                              "among the 600 villagers killed by militia fighters in May 2006."),
    # a relative clause of who died, after an accompanying "while" clause
    ("Remembrance in Lindau", "Mourners gather at the harbour on the 30th anniversary of the ferry bombing, while a "
                              "college holds a service for its 12 students who died."),
    # a noun of the act's time before its clause
    ("Remembrance in Tarvik", "Church bells ring on the tenth anniversary of the attacks, at the hour the gunmen "
                              "stormed the concert hall."),
])
def test_what_an_anniversary_describes_of_its_act_is_recalled(rules, title, summary):
    _quiet(rules, title, summary)


@pytest.mark.parametrize(("title", "summary", "killed"), [
    # an act told by its subject and its own verb falls on the date: news
    ("Attack in Kuvari", "On the 20th anniversary of the massacre, militia fighters killed six villagers at a "
                         "market.", 6),
    # an act in the present
    ("Attack in Tarvik", "Mourners gather on the tenth anniversary of the attacks, as a car bomb kills four people "
                         "near the hall.", 4),
    # a clause of its own after a semicolon, though a relative clause opens it
    ("Attack in Lindau", "Families gather on the 30th anniversary of the ferry bombing; gunmen who stormed the "
                         "harbour killed three guards.", 3),
])
def test_an_act_of_its_own_on_an_anniversary_still_alerts(rules, title, summary, killed):
    _alerts(rules, title, summary, {"attack", "casualty"}, killed)


@pytest.mark.parametrize(("title", "summary"), [
    # a heading that names the act by its date holds no count
    ("March 4 attacks", "Survivors read the names of the victims at the memorial on the 20th anniversary of the "
                        "attacks."),
    ("22 July attacks", "The prime minister lays a wreath on the 15th anniversary of the attacks."),
    # a side in the relative clause that describes the remembered act is no fighting now
    ("Harbour mosque shootings", "Families gather at the mosque on the fifth anniversary of the 2021 shootings, in "
                                 "which a gunman killed 31 worshippers."),
])
def test_a_heading_named_by_its_date_over_an_anniversary_is_a_topic(rules, title, summary):
    _quiet(rules, title, summary)


@pytest.mark.parametrize(("title", "summary", "killed"), [
    # a count in the heading is a toll; an act of the summary's own is news under the name
    ("Gunmen kill 4 at mosque", "Families gather at the mosque, where a gunman killed four worshippers on Friday.", 4),
    ("March 4 attacks", "Gunmen kill five people at a bus station in the capital.", 5),
])
def test_a_toll_in_a_heading_or_an_act_under_it_still_alerts(rules, title, summary, killed):
    _alerts(rules, title, summary, {"attack", "casualty"}, killed)


def test_a_funerals_place_before_its_of_keeps_the_dead_described(rules):
    _quiet(rules, "Funeral in Oruro", "Hundreds attend the funeral in Oruro, Bolivia, of radio host Marta Quispe, "
                                      "who was killed in last Friday's bombing of her studio.")


def test_a_killing_at_a_funeral_still_alerts(rules):
    _alerts(rules, "Attack in Oruro", "Gunmen opened fire at the funeral in Oruro, Bolivia, of a radio host, "
                                      "killing three mourners.", {"attack", "casualty"}, 3)


def test_the_bare_noun_of_a_named_battle_names_it_again(rules):
    _quiet(rules, "A new history of the Battle of Kursk",
           "Historian Ana Berg publishes a history of the Battle of Kursk which argues that German losses in the "
           "battle were overstated.")


def test_a_battle_told_with_its_own_toll_still_alerts(rules):
    _alerts(rules, "Fighting in the east", "A history of the Battle of Kursk is published as a battle near the "
                                           "river kills 14 soldiers.", {"attack", "casualty"}, 14)


@pytest.mark.parametrize(("title", "summary"), [
    ("Boxing", "Lina Ortiz stops Kate Moor in the sixth round in Manila, landing a barrage of head shots before "
               "the referee waves the fight off."),
    ("Minister grilled", "The finance minister faces a volley of questions from reporters over the budget."),
])
def test_a_barrage_of_blows_or_words_is_no_fire(rules, title, summary):
    _quiet(rules, title, summary)


@pytest.mark.parametrize(("title", "summary"), [
    ("Shelling in the east", "Separatists fire a barrage of rockets at the town of Marinka overnight."),
    ("Shelling in the east", "A barrage hit the town of Marinka overnight, damaging a school."),
])
def test_a_barrage_of_arms_or_of_nothing_named_still_alerts(rules, title, summary):
    _alerts(rules, title, summary, {"attack"})
