"""Counts of the act an item tells as news (issue 9; docs/taxonomy.md "Counts"): the toll of the main clause's
act is not lost to a reason told before it, a running body count is not added to the toll that describes its act,
and the dead a reaction is over are the toll of the act the item tells as news (never none). The sentences are
written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert


# A participle after a reason or after-clause that names a known act tells the result of the main clause's act:
# the deaths in the reason phrase are another event, the participle's are the news.
@pytest.mark.parametrize(("text", "killed"), [
    ("Warplanes bombed a rebel depot in retaliation for the deaths of six sentries, killing 25 fighters", 25),
    ("Artillery shelled the ridge in response to the ambush on the convoy, killing 14 insurgents", 14),
    ("Drones struck a training site in revenge for the killing of two officers, killing 11 recruits", 11),
])
def test_a_participle_after_the_reason_counts_the_main_act(rules, text, killed):
    _alert(rules, text, killed)


# ...but a participle after a relative clause of the reason may still tell the reason's act, and a reason's toll
# told by a verb of its own stays the reason's: the main act's toll is not stated.
@pytest.mark.parametrize("text", [
    "Warplanes bombed a rebel depot in response to a raid that hit a border post, killing six sentries",
    "Artillery shelled the ridge in retaliation for an ambush that killed nine soldiers",
])
def test_the_reasons_own_toll_is_not_the_main_acts(rules, text):
    event = rules.classify(text)
    assert {"strike", "attack"} & set(event.types), (text, event.types)
    assert event.killed is None, (text, event.killed)


# Bodies recovered from an act that a relative clause describes by its toll are among that toll.
def test_bodies_recovered_are_within_the_toll_that_describes_their_act(rules):
    _alert(rules, "Crews recover nine more bodies from the debris of the hotel hit by the missile strike that killed 33",
           33)


# ...while bodies counted beside deaths that are no toll of the act add to them.
def test_bodies_and_more_deaths_told_apart_add_up(rules):
    _alert(rules, "Bandits raided a farming village overnight, killing 20 people. Police said 14 bodies were "
                  "recovered at dawn and six more victims died in hospital.", 20)


# The dead a reaction (an arrest) is over, in a sentence dated days ago at most, are the toll of the act the item
# tells as news; never none.
def test_the_dead_an_arrest_is_over_are_the_news_acts_toll(rules):
    _alert(rules, "Police said on Tuesday they had detained three men over the killing of four people at a nightclub "
                  "late on Monday. Two other guests were wounded when a gunman opened fire on the dance floor.", 4)


# ...but an act of weeks or more before is another event: its dead are not the news act's.
def test_the_dead_of_an_act_long_gone_are_not_the_news_acts(rules):
    _alert(rules, "Police detained three men over last month's killing of four people at a nightclub. On Monday a "
                  "gunman opened fire at a cafe, wounding two guests.", 0)


# ...and a protest over a killing is news of its own: its own violence is another act than the killing it is over.
def test_the_dead_a_protest_is_over_are_not_the_protests_toll(rules):
    _alert(rules, "Crowds marched in the port city over the killing of three fishermen by coast guards on Friday. "
                  "Police fired rubber bullets at the march, wounding nine people.", 0)
