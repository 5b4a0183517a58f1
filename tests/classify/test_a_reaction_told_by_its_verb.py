"""A reaction told by its verb (docs/taxonomy.md, `attack`, "it is not": an act told as the background of other
news): "reacts to" names its cause as its object, as the noun "reaction to" does, so an act in that object is what
the reaction is about. An act told in a clause of its own beside the reaction, and the act of those who react
by their own arms, still report it. The sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "The president reacts to the deaths of nine civilians in an air strike.",
    "The foreign ministry reacted to the shelling of the consulate with a formal protest.",
    "Neighbouring states are reacting to the bombing of the pipeline.",
])
def test_an_act_a_reaction_verb_takes_is_its_cause(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the act in a clause of its own
    ("The president reacts as an air strike kills nine civilians.", 9),
    ("The foreign ministry reacted after artillery shelled the consulate, killing two guards.", 2),
    # those who react by their own arms
    ("Troops reacted to the ambush by returning fire, killing two attackers.", 2),
])
def test_an_act_told_beside_a_reaction_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
