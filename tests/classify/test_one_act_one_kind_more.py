"""One act told in several words gets one kind, decided by its doer (issue 9): a state's forces firing
from a distance strike; a ground raid, a clash or a non-state doer attack. A second kind comes only with
a second act by another doer. Four ways one act was read as two: a side fused to "-run" or "-held" names
who runs a ministry or holds a town, not who acted ("the Houthi-run health ministry said the strikes
killed six"); a place after a passive's "by" is where, not who ("hit by drone off Yemen"); a fire set
with no one named to set it is the work of the act the item tells ("a drone strike set two tanks
ablaze"); and an exchange of fire is a clash, an attack, unless both sides are states' forces. Found on
the tuning sets written in December 2026 (wire_news_fresh17, mixed_news_fresh37 and 39); the sentences
here are written for these tests."""

from __future__ import annotations

import pytest


def _kinds(rules, text: str, summary: str | None = None) -> set[str]:
    event = rules.classify(text, summary) if summary is not None else rules.classify(text)
    return {"strike", "attack"} & set(event.types)


@pytest.mark.parametrize(("text", "kinds"), [
    # a side fused to a participle of holding names whose a thing is
    ("Saudi jets bombed rebel positions near Marib, and the Houthi-run health ministry said the raids killed "
     "nine people", {"strike"}),
    ("A hospital in the rebel-held town of Kafr Nabl was hit by airstrikes, killing 14", {"strike"}),
    # the twin: the side itself before the act did it
    ("Saudi jets bombed rebel positions near Marib, and Houthi fighters attacked a border post in Jizan",
     {"strike", "attack"}),
    ("Houthi fighters stormed a government post near Marib, killing nine soldiers", {"attack"}),
    ("A hospital in Kafr Nabl was hit by a rebel rocket attack, killing 14", {"attack"}),
])
def test_a_side_that_runs_or_holds_a_thing_is_no_doer(rules, text, kinds):
    assert _kinds(rules, text) == kinds, text


@pytest.mark.parametrize(("title", "summary", "kinds"), [
    # a place after the passive's "by": the country is where, and the doer is named later
    ("Tanker hit by drone off Oman", "The tanker was struck before dawn, a maritime agency said. A militia in "
     "Iraq later said it had targeted the ship.", {"attack"}),
    # the twin: a state's arms after "by" name the doer
    ("Tanker hit by Iranian drone in the Gulf", "The tanker was struck before dawn, a maritime agency said.",
     {"strike"}),
])
def test_a_place_after_by_is_no_doer(rules, title, summary, kinds):
    assert _kinds(rules, title, summary) == kinds, (title, summary)


@pytest.mark.parametrize(("text", "kinds"), [
    # a fire set with no one named to set it is the strike's own work
    ("A Russian missile strike on a grain terminal in Izmail set three warehouses ablaze; two workers were "
     "injured, the governor said", {"strike"}),
    # with no doer anywhere, a fire set is arson: an attack
    ("Someone set three warehouses ablaze at a grain terminal in Izmail; two workers were injured, the "
     "governor said", {"attack"}),
    # a fire set by a named side is that side's act
    ("Gunmen set fire to a school in Borno state, injuring two guards", {"attack"}),
])
def test_a_fire_set_is_the_work_of_the_act_told(rules, text, kinds):
    assert _kinds(rules, text) == kinds, text


@pytest.mark.parametrize(("text", "kinds"), [
    # an exchange of fire between forces and an armed group is a clash
    ("Indian soldiers exchanged fire with militants in Kupwara on Tuesday, killing two of them", {"attack"}),
    ("Colombian troops traded fire with rebels near the border; one soldier was wounded", {"attack"}),
    # between two states' forces it is each state's fire
    ("Indian and Pakistani soldiers exchanged fire across the Line of Control, killing two", {"strike"}),
    ("Armenian forces exchanged fire with Azerbaijani troops along the border on Tuesday", {"strike"}),
    # the state's own fire from afar stays a strike
    ("Indian artillery shelled militant hideouts in Kupwara on Tuesday, killing two", {"strike"}),
])
def test_an_exchange_of_fire_is_a_clash_unless_between_states(rules, text, kinds):
    assert _kinds(rules, text) == kinds, text


def test_a_clash_and_a_strike_told_apart_are_two_acts(rules):
    # the second kind is a second act by another doer
    text = ("Two soldiers were killed when gunmen ambushed a patrol near the border, and the army said its "
            "jets later bombed the militants' camp")
    assert _kinds(rules, text) == {"strike", "attack"}, text
