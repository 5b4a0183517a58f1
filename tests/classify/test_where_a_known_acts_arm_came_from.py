"""Where a known act's arm came from or whose it was (docs/taxonomy.md, `attack`, "it is not"): an arm named with
"the" (a missile, a rocket, a shell, a bomb, a drone), its act told in a relative clause of it, whose predicate
tells who fired it, where from or whose it was, is known by that act, as a known attacker whose predicate tells who
he was is: the origin is the news. A relative clause dated by a near day may be the act's first report, and an arm
that does its act in its own clause is news. The sentences are written for these tests, not taken from any
labelled set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "The government says the missile that killed two farmers near the border was probably fired by air defences.",
    "The president says the missile that downed the airliner came from rebel territory.",
    "The army withdraws its claim that the mortar shell that killed a boy was fired from a school.",
    "The drone that struck the tanker belonged to the militia, the navy says.",
])
def test_where_a_known_acts_arm_came_from_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the act dated by a near day in the arm's relative clause
    ("The government says the missile that killed two farmers near the border on Tuesday was fired by air defences.",
     2),
    # the arm doing its act in its own clause
    ("A missile fired by air defences kills two farmers near the border.", 2),
    ("A mortar shell fired from a school kills a boy.", 1),
    ("The drone struck the tanker, killing two sailors, the navy says.", 2),
])
def test_an_arms_act_told_as_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
