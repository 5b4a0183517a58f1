"""Stores of arms that blow up by themselves are mishaps, no attack and no casualty (issue 9): arms a fire that
burns sets off, arms told as a store holds them (in bulk, in crates, stored, handled as cargo), an armoury, and a
blast told hitting such a store all name the store going off, used by no one. A side named only as the holder
of the place ("rebel-held") is no doer of the blast; a firearm that discharges fires by itself as one that goes
off does; arms people found lying go off by their finders' handling; an act a drill plays ("a mock attack") is
the time of a drill; an act an authority rules out as the cause, or finds no evidence of, is denied. Each quiet case stands beside a violent twin in
nearly the same words that must still alert. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# A fire that burns by itself and reaches stored arms sets them off: the store's goods, not arms used...
@pytest.mark.parametrize("text", [
    "A brush fire reached the army's ammunition dump and set off shells, killing two conscripts",
    "Rockets at the air base were set off by a scrub fire, injuring four guards",
    "Munitions went off in the blaze at the barracks, killing a sentry",
    "A wildfire crossed the firing range and detonated old shells, injuring three soldiers",
])
def test_arms_a_fire_sets_off_are_a_stores_goods(rules, text):
    _quiet(rules, text)


# ...but fire of arms, or a fire someone set, is an act whose arms went off.
@pytest.mark.parametrize(("text", "killed"), [
    ("Artillery fire set off shells at the army's ammunition dump, killing two conscripts", 2),
    ("Insurgents set fire to the barracks, setting off rockets and killing a sentry", 1),
    ("Heavy fire from rebel positions set off shells at the base, killing two conscripts", 2),
])
def test_fire_of_arms_or_arson_setting_off_arms_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# Arms told as a store holds them: in bulk blowing up, in crates, stored, or handled as cargo...
@pytest.mark.parametrize("text", [
    "Exploding munitions at a burning depot kill 30 villagers",
    "Explosions of ammunition at the naval yard kill three sailors",
    "Crates of ammunition blew up in a warehouse at the port, killing four dockers",
    "Stored rockets blew up at an air base after a power cut, killing three airmen",
    "Ammunition being unloaded from a freighter blew up at the quay, killing 30 dockers",
    "Containers of gunpowder blew up at a naval base, killing 13 sailors",
    "An explosion at the police academy's armoury kills two cadets",
])
def test_arms_told_as_a_stores_goods_blow_up_by_themselves(rules, text):
    _quiet(rules, text)


# ...but arms fired, or a store blown up by a side named, are violence.
@pytest.mark.parametrize(("text", "killed"), [
    ("Exploding shells fired by the army kill 30 villagers", 30),
    ("Militants blew up crates of ammunition at the port, killing four dockers", 4),
    ("Rockets fired at an air base killed three airmen", 3),
    ("A bomb hidden in a freighter blew up at the quay, killing 30 dockers", 30),
    ("Gunmen stormed the police academy's armoury, killing two cadets", 2),
])
def test_arms_fired_or_a_store_attacked_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A blast told hitting a store is that store's blast, and a side that holds the place is no doer of it...
@pytest.mark.parametrize("text", [
    "A series of blasts hit a weapons depot outside the capital overnight, injuring six guards",
    "Several blasts strike an arms warehouse in the Hezbollah-controlled valley",
    "An explosion at an ammunition depot in a rebel-held town injures five people",
])
def test_a_blast_hitting_a_store_or_in_a_held_place_is_a_mishap(rules, text):
    _quiet(rules, text)


# ...but arms that hit the store, or a side that blew it up, are the act.
@pytest.mark.parametrize(("text", "killed"), [
    ("Missiles hit a weapons depot outside the capital overnight, killing six guards", 6),
    ("Rebels blew up an ammunition depot in a government-held town, killing five people", 5),
    ("Hezbollah fighters blew up an arms warehouse in the valley, killing two guards", 2),
])
def test_arms_hitting_a_store_or_a_side_blowing_it_up_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A firearm that discharges by itself, as one that goes off, was fired by no one...
@pytest.mark.parametrize("text", [
    "A guard died when his rifle discharged as he cleaned it",
    "A hunter's gun discharges in his truck, wounding his son",
])
def test_a_firearm_that_discharges_by_itself_is_a_mishap(rules, text):
    _quiet(rules, text)


# ...but one a person fires at another is a shooting.
@pytest.mark.parametrize(("text", "killed"), [
    ("A guard died when an intruder fired a rifle at him", 1),
    ("A hunter shot dead his neighbour in a dispute over land", 1),
])
def test_a_firearm_fired_at_people_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# An act ruled out as the cause of a blast is no act told...
@pytest.mark.parametrize("text", [
    "A gas blast wrecks an apartment block in the city, killing four; officials rule out a missile strike",
    "Officials ruled out a drone attack after an explosion at a boiler room killed two",
])
def test_an_act_ruled_out_as_a_blasts_cause_is_none(rules, text):
    _quiet(rules, text)


# ...but the act told, with another cause ruled out, is violence.
@pytest.mark.parametrize(("text", "killed"), [
    ("A missile strike wrecks an apartment block in the city, killing four; officials rule out a gas blast", 4),
    ("A drone attack killed two at a boiler room; officials ruled out a gas leak", 2),
])
def test_an_act_told_with_another_cause_ruled_out_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# Arms that people found lying and handled went off by the handling, as unexploded arms do; and ammunition told
# "detonating" is its own blast, as "exploding munitions" is...
@pytest.mark.parametrize("text", [
    "Two boys are killed when a grenade they found in a ditch explodes",
    "A mortar round the shepherds had picked up goes off in their hut, injuring three",
    "Detonating ammunition at a burning barracks injures eleven soldiers",
])
def test_arms_found_by_their_finders_or_ammunition_detonating_are_a_mishap(rules, text):
    _quiet(rules, text)


# ...but a bomb others found planted, or a side detonating arms, is violence.
@pytest.mark.parametrize(("text", "killed"), [
    ("A bomb police found outside the court exploded as they tried to defuse it, killing two officers", 2),
    ("Militants detonating explosives at a checkpoint killed four soldiers", 4),
    ("Two boys are killed when a grenade thrown by a gunman explodes in a ditch", 2),
])
def test_a_planted_bomb_found_or_arms_detonated_by_a_side_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# An act a drill plays ("a mock attack") is the time of a drill: arms that go off in it went off in their own
# forces' hands, as during an exercise; and a bomb there is no evidence of is ruled out...
@pytest.mark.parametrize("text", [
    "A navy helicopter taking part in a mock attack on the range mistakenly fired on an observation post; "
    "the four officers inside were unhurt",
    "A dummy bombing run over the bay went wrong when a jet released a practice bomb near a ferry",
    "Inspectors say no evidence has been found that a bomb caused the blast at the grain silo that killed six",
    "A blast at the grain silo killed six; police ruled out a bomb",
])
def test_an_act_a_drill_plays_or_a_bomb_ruled_out_is_none(rules, text):
    _quiet(rules, text)


# ...but an attack on the drill, and a bomb not ruled out, are acts.
@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen attacked soldiers taking part in a mock attack on the range, killing four officers", 4),
    ("A bomb blast at the grain silo killed six; police cannot rule out a second device", 6),
    ("A blast at the grain silo killed six; police did not rule out a bomb", None),
])
def test_an_attack_on_a_drill_or_a_bomb_not_ruled_out_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
