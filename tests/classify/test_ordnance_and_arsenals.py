"""Ordnance a war left behind and arsenals that blow up by themselves are mishaps, no attack and no casualty
(issue 9). Arms told as left over, left behind or dating from a war say by those words that the war is over
where they lie, however the war is named ("the civil war", a name written with a dash); unexploded arms that
go off in the hands of the people handling them went off by the handling; and munitions told worn or decaying
("the instability of ageing munitions"), even in the sentence after the blast, name the cause of an arsenal's
explosion as a store's, not a weapon's. Each quiet case stands beside a violent twin in nearly the same words
that must still alert. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# A leftover outlasts what it is left over from: a war named by its kind, not its name, is past too...
@pytest.mark.parametrize("text", [
    "A landmine left over from the civil war explodes under a rice harvester, killing two farm workers",
    "An artillery shell left behind by the war explodes in a schoolyard, injuring three pupils",
    "A grenade dating from the 1975-1990 conflict goes off in a bonfire, killing a shepherd",
    "An unexploded rocket from the civil war explodes under a plough, injuring a farmer",
])
def test_arms_left_over_from_a_war_named_by_its_kind_are_a_mishap(rules, text):
    _quiet(rules, text)


# ...but a mine planted now, or arms left over from fighting of days ago, are the war's own.
@pytest.mark.parametrize(("text", "killed"), [
    ("A landmine planted by rebels blows up under a rice harvester, killing two farm workers", 2),
    ("An artillery shell fired by the army explodes in a schoolyard, killing three pupils", 3),
    ("A mortar round left over from last week's fighting explodes in a schoolyard, killing three pupils", 3),
])
def test_arms_planted_or_fired_now_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# A war's name written with a dash ("Iran–Iraq", "Iran‑Iraq") is a name as one with a hyphen is, and arms
# "from" a war named as past are its leftovers...
@pytest.mark.parametrize("text", [
    "A mortar shell left over from the Iran–Iraq War goes off in a scrapyard near the border, killing three",
    "A landmine laid in the Iran‑Iraq War kills two shepherds near the border",
    "A cluster bomblet from the Vietnam War explodes in a rice paddy, injuring a boy",
    "A mine from the Soviet era explodes under a tractor, killing its driver",
])
def test_a_war_named_with_a_dash_or_as_past_is_a_past_war(rules, text):
    _quiet(rules, text)


# ...but shells fired across that border now, or rockets from a war zone, are fire.
@pytest.mark.parametrize(("text", "killed"), [
    ("Iranian artillery shells a scrapyard near the Iraqi border, killing three", 3),
    ("A rocket from a war zone explodes in a rice paddy, killing a boy", 1),
])
def test_fire_across_the_border_now_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# Unexploded arms that go off while people handle them went off by the handling...
@pytest.mark.parametrize("text", [
    "Three boys are hurt after playing with an unexploded cluster bomb near their village",
    "Two deminers are killed when they tried to defuse unexploded ordnance in a field",
    "A scrap dealer dies while dismantling an unexploded artillery shell in his yard",
])
def test_unexploded_arms_handled_are_a_mishap(rules, text):
    _quiet(rules, text)


# ...but a bomb planted to kill that goes off as it is defused, or a second bomb after one was defused, is
# an attack.
@pytest.mark.parametrize(("text", "killed"), [
    ("Two policemen are killed while trying to defuse a bomb planted outside a mosque", 2),
    ("Hours after police defused an unexploded device, a second bomb killed four people at the bus station", 4),
    ("A bomb explodes at a bus station, killing four; police defuse an unexploded second device nearby", 4),
])
def test_bombs_planted_or_set_off_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# Munitions told worn or decaying are a store that blows up by itself, in the sentence after the blast too...
@pytest.mark.parametrize("text", [
    "Explosions at an army arsenal kill six people and damage a hundred homes. Officials blame heat and the "
    "instability of ageing munitions.",
    "Blasts at a military depot outside the capital kill four soldiers. The army says expired shells caught fire.",
    "A series of explosions at a barracks kills three conscripts; poorly stored explosives are blamed.",
])
def test_an_arsenal_blamed_on_worn_munitions_is_a_mishap(rules, text):
    _quiet(rules, text)


# ...but an arsenal blamed on a drone, or blown up by attackers, is an attack, and worn arms fired are fire.
@pytest.mark.parametrize(("text", "killed"), [
    ("Explosions at an army arsenal kill six people and damage a hundred homes. Officials blame a drone attack "
     "by rebels.", 6),
    ("Unknown attackers blew up an army arsenal, killing six people", 6),
    ("Rebels fire ageing rockets at a barracks, killing three conscripts", 3),
])
def test_an_arsenal_attacked_or_worn_arms_fired_still_alert(rules, text, killed):
    _alert(rules, text, killed)
