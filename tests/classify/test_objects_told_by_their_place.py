"""One person an act takes as its object by his place after a counted group ("stabbed two guards and wounded a
third", "... and wounded another") is one more than the group, in its own sentence as in a later one. Beside each, a
twin that keeps its count: an ordinal counts from those the act took ("stabbed two guards, seriously wounding a
second" is still 2), and a person with no place may be one of them ("stabbed two guards, seriously wounding one" is
2). The sentences are written for these tests, not taken from any set.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "injured"), [
    # one more, told by his place, as the object of a second verb of harm
    ("A man stabbed two guards and wounded a third at the prison on Monday.", 3),
    ("A man stabbed two guards and wounded another at the prison.", 3),
    ("A man stabbed two guards and wounded another guard.", 3),
    ("Attacker stabs two, wounds a third", 3),
    ("A man stabbed two guards. He wounded a third.", 3),
    # (an all-capitals text reads as its lower case: the place told in the next sentence)
    ("A MAN STABBED A COMMUTER ON THE PLATFORM. A SECOND MAN ALSO RECEIVED STAB WOUNDS", 2),
    # twins: a place or a person among those the act took
    ("A man stabbed two guards, seriously wounding a second.", 2),
    ("A man stabbed two guards, seriously wounding one.", 2),
    ("A man stabbed two guards at the prison on Monday.", 2),
    # (an ordinal before "of" is a part of a group, no person told by his place)
    ("A man stabbed two guards and wounded a third of the crowd.", 2),
])
def test_an_object_told_by_his_place_is_one_more(rules, text, injured):
    event = rules.classify(text)
    assert "attack" in event.types and event.injured == injured, (text, event.injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # the dead told by his place after the stabbed are one more, none of those the stabbing took
    ("A man stabbed two guards and killed a third at the prison.", 1, 2),
    ("A man stabbed two guards and killed another.", 1, 2),
    # twins: the dead among those the stabbing took
    ("A man stabbed two guards, killing one.", 1, 1),
    ("A man stabbed four people at a bus stop, killing one.", 1, 3),
])
def test_the_dead_told_by_his_place_are_none_of_the_stabbed(rules, text, killed, injured):
    event = rules.classify(text)
    assert "attack" in event.types and (event.killed, event.injured) == (killed, injured), (
        text, event.killed, event.injured)
