"""One person told with the harm the act did to his body after "with", whatever the verb of his escape, rescue or
finding ("a third man escaped with head injuries", "was rescued by firefighters with stab wounds"; burns told by how
bad they are too, "rescued with serious burns"), is one hurt, as one who survived with a wound is (docs/taxonomy.md,
Counts). Beside each, a near shape: a verb of a case before the harm's noun names no one hurt, a building that burns
hurts no one, and the people a count tells stay that count. The sentences are written for these tests, not taken from
any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


@pytest.mark.parametrize(("text", "injured"), [
    ("Villagers beat two men to death near the market on Sunday, police said. A third man escaped with head injuries.",
     1),
    ("Villagers beat two men to death near the market on Sunday, police said. A third man was rescued by officers "
     "with head injuries.", 1),
    ("Bandits shot dead a trader and his son at their shop. His wife was found with gunshot wounds to the leg.", 1),
    ("A man set fire to a clinic on the fourth floor, killing nine people. Two other people were rescued with serious "
     "burns.", 2),
    ("A man set fire to a clinic on the fourth floor, killing nine people. A nurse escaped with severe burns.", 1),
    # near shapes: a counted group told so keeps its count; no one told hurt; a building that burns hurts no one
    ("Villagers beat two men to death near the market on Sunday, police said. Two other men escaped with head "
     "injuries.", 2),
    ("Villagers beat two men to death near the market on Sunday, police said. A third man escaped.", None),
])
def test_one_told_with_his_wounds_is_hurt(rules, text, injured):
    assert_alerts(rules, text)
    assert rules.classify(text).injured == injured, text


def test_a_case_verb_before_the_harm_names_no_one_hurt(rules):
    event = rules.classify("A man was charged with causing injuries to a neighbour during a row over a fence.")
    assert event.injured is None, event


def test_a_building_that_burns_hurts_no_one(rules):
    event = rules.classify("The oldest hotel in the town burns to the ground overnight after a fire in its kitchen.")
    assert event.injured is None and "casualty" not in event.types, event
