"""Principles found on mixed_news_fresh69 (a broadcaster's top stories): a force named only as the holder of a place
is no doer; harm that a measure counts, moving by a share, is a statistic; the hurt told by their state, by what
the act did to their body or "after being stabbed" are counted, a state a part of a toll of the hurt told beside it.
Each quiet case has a violent twin that differs by the principle and still alerts. (Sentences written for these
tests, not copied from any set.)"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts, assert_quiet


@pytest.mark.parametrize(("quiet", "violent"), [
    # a force before a noun of a place names the place, the target: the rite's cause is told before it
    ("Mali declares two days of mourning after an attack on an army base which killed 19 soldiers",
     "Mali declares two days of mourning after army troops killed 19 villagers at a market, witnesses say"),
    ("Chad holds a day of national mourning following a raid on a military post which killed 11 soldiers",
     "Chad holds a day of national mourning as militants storm a military post, killing 11 soldiers"),
    # and so is a force as the object of an act's "on"
    ("Burkina Faso declares three days of mourning after an ambush on an army convoy which killed 20 soldiers",
     "Burkina Faso declares three days of mourning after army troops killed 20 villagers"),
])
def test_a_force_that_only_names_a_place_is_no_doer(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)


@pytest.mark.parametrize(("quiet", "violent"), [
    # harm as the subject of a measure that moves by a share: a statistic of many acts
    ("Admissions for knife injuries fall 12%", "Knife injuries: two men hurt in a street fight in the city centre"),
    ("Drone attacks on the province rose 40 per cent in the spring, a monitoring group says",
     "Drone attacks on the province kill four farmers, a monitoring group says"),
])
def test_harm_a_measure_counts_moving_by_a_share_is_a_statistic(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)


def test_a_toll_that_rises_to_a_figure_is_no_share(rules):
    event = rules.classify("Gunmen attack a bus station; the death toll rises to 14")
    assert "attack" in event.types and event.killed == 14


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # (a count of the hurt alone states that none died: killed 0)
    # people told in the state of the hurt are hurt, where no toll of the hurt is told beside them
    ("A gunman opened fire at a bar on Saturday, killing three men; two others remain in a critical condition", 3, 2),
    # ... and are a part of such a toll where one is ("how badly", as "with one severely wounded" is)
    ("A gunman opened fire at a bar on Saturday, killing three men and injuring nine; four remain in a critical "
     "condition", 3, 9),
    # what the act did to the body, suffered or treated for, names one hurt
    ("A man suffered burns to his neck after a chemical was thrown at him at a bus stop", 0, 1),
    ("A shopkeeper was stabbed to death in a robbery and his son was treated for cuts to his arms", 1, 1),
    # one stabbed whose state after it is told is hurt, as one shot is
    ("A 19-year-old man is in a serious condition after being stabbed outside a nightclub", 0, 1),
])
def test_the_hurt_told_by_their_state_or_their_wounds_are_counted(rules, text, killed, injured):
    event = rules.classify(text)
    assert {"attack", "casualty"} <= set(event.types), (text, event.types)
    assert (event.killed, event.injured) == (killed, injured), text


@pytest.mark.parametrize("text", [
    # a state told of places or things is a figure, no one hurt
    "The towns on the river remain in a critical condition after weeks of shelling cut water supplies",
    # a budget's cuts are no body's
    "The council suffered cuts to its budget as the police force fights a rise in burglaries",
])
def test_states_and_cuts_of_no_people_count_no_one(rules, text):
    assert rules.classify(text).injured is None, text


def test_after_being_stabbed_to_death_keeps_the_death(rules):
    event = rules.classify("A teenager died in hospital after being stabbed to death in a park")
    assert event.killed == 1 and event.injured is None
