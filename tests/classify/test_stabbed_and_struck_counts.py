"""Principles of counting the hurt of an act on the body, each beside a twin that differs by the principle
and must still count as it did. The sentences are written for these tests, not taken from any set.

1. The people an active stabbing takes as its counted object are hurt, as a wounding's are ("a man stabbed two
   commuters" is injured 2), less the dead the item tells; people the item counts hurt beyond them stand, and an
   object told dead ("stabbed two women to death", "stabbed a student and killed her") is no one hurt.
2. A heading's bare participle of being struck is its passive: "Six shot, one fatally" counts six struck, the
   dead among them (killed 1, injured 5), as "six were shot, one fatally" does.
3. A death told of a part of the victims counted hurt before ("two were stabbed. One of the victims died") is a
   death among the hurt, which leaves them: the dead cannot die again.
4. and 5. below: the toll of an act named as what people are behind; harms joined by "and".
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert


def _tolls(rules, title, summary=""):
    event = rules.classify(title, summary)
    return event.killed, event.injured


@pytest.mark.parametrize(("title", "summary", "killed", "injured"), [
    ("", "A man stabbed three commuters at a tram stop in Graz on Monday, police said.", 0, 3),
    ("Teenager stabs two classmates at Leeds college", "", 0, 2),
    ("", "A man stabbed two shoppers in a market on Friday, badly wounding a pensioner and lightly injuring a trader.",
     0, 2),
    ("", "An attacker stabbed four worshippers outside a temple, killing one, police said.", 1, 3),
    ("", "A knifeman stabbed a guard at the museum entrance on Sunday.", 0, 1),
])
def test_the_counted_object_of_a_stabbing_is_hurt(rules, title, summary, killed, injured):
    _alert(rules, title + " " + summary if title and summary else title or summary)
    assert _tolls(rules, title, summary) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # twins: the object told dead is counted as dead, not hurt
    ("A man stabbed two women to death in a park in Lyon on Tuesday.", 2, None),
    ("A man stabbed a nurse outside the hospital and killed her, police said.", 1, None),
    # twin: more people counted hurt than the stabbing names stand as told
    ("A man stabbed two people on the pier and then attacked others. One man was killed and eight were wounded.", 1, 8),
])
def test_the_stabbed_told_dead_or_counted_otherwise_stand(rules, text, killed, injured):
    _alert(rules, text)
    assert _tolls(rules, text) == (killed, injured)


@pytest.mark.parametrize(("title", "killed", "injured"), [
    ("Six shot, one fatally, outside a Chicago nightclub", 1, 5),
    ("Three people stabbed, two fatally, in Glasgow street fight", 2, 1),
])
def test_a_headings_struck_count_holds_its_dead(rules, title, killed, injured):
    _alert(rules, title)
    assert _tolls(rules, title) == (killed, injured)


def test_the_passive_twin_of_a_struck_heading_counts_the_same(rules):
    assert _tolls(rules, "", "Six people were shot, one fatally, outside a Chicago nightclub.") == (1, 5)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Two students were stabbed near the campus on Friday. One of the victims died in hospital.", 1, 1),
    ("A gunman wounded five people at a bus stop. Two of the victims later died.", 2, 3),
    # twin: a part of the victims told by who they were is no death
    ("A gunman killed three people at a bus stop. One of the victims was a teacher.", 3, None),
])
def test_a_death_among_the_victims_counted_hurt_leaves_them(rules, text, killed, injured):
    _alert(rules, text)
    assert _tolls(rules, text) == (killed, injured)


# 4. People named by an act they are behind, its toll in a relative clause, are the news's target or quarry: that
#    toll is the earlier act's, counted only where the item states none of its own.
@pytest.mark.parametrize(("text", "killed"), [
    ("Government jets bombed camps in the hills overnight, killing 22 fighters. The army said it hit rebels behind a "
     "raid that killed nine police officers last week.", 22),
    ("Troops raided a village at dawn, killing four gunmen they said belonged to the gang behind an attack which killed "
     "11 farmers on Sunday.", 4),
    # twins: the act's own toll, with no other told, still counts; an attribution by a copula is read apart
    ("Police are hunting the gunmen behind an attack that killed 11 farmers near Jos on Sunday.", 11),
    ("The rebels are behind an attack on a market that killed 14 shoppers, the army said.", 14),
])
def test_the_toll_of_an_act_its_doers_are_behind(rules, text, killed):
    _alert(rules, text, killed)


# 5. People told by verbs of one harm joined with "and" are more people, never one count restated: "wounding a
#    woman and injuring a man" is two, as "wounding two and injuring three" is five.
@pytest.mark.parametrize(("text", "injured"), [
    ("A gunman opened fire at a bus stop, badly wounding a student and slightly injuring a driver.", 2),
    ("Militants shelled the market, killing a vendor and wounding a boy, and injuring a woman.", 2),
    # twins: a toll told again in another sentence is that toll restated; different figures add as before
    ("A gunman wounded two people at a bus stop. Police said he wounded two people before fleeing.", 2),
    ("A gunman opened fire at a bus stop, wounding two students and injuring three drivers.", 5),
])
def test_harms_joined_by_and_count_more_people(rules, text, injured):
    _alert(rules, text)
    assert rules.classify(text).injured == injured
