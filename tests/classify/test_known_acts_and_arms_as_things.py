"""Ordinary news in the words of violence that the rules read as new acts (issue 9, ordinary_news_fresh70):
a rite paid in a clause of accompanying time, arms cleared or handled as things or named in a firm's name, a
mishap told as a blast's cause against arms denied, a side's spokesman telling an accident, people hurt in an
act of a month gone, an act supposed by a modal that weighs it, and a relative clause whose subject joins two
groups of the dead. Each quiet case stands beside a twin that differs by the principle and must still alert.
The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# A rite of mourning in a clause of accompanying time after a main clause of other news still answers the act
# it follows ...
@pytest.mark.parametrize("text", [
    "Neighbouring states send messages of sympathy to the capital as the country observes a day of mourning "
    "following three bombings in Peshawar which killed 27 people.",
    "Parliament suspends its sitting while the province mourns the 14 miners killed in an ambush on their bus.",
])
def test_a_rite_in_a_clause_of_accompanying_time_answers_its_act(rules, text):
    _quiet(rules, text)


# ... but a clause that opens the sentence leaves the main clause after it, and an act with its own clause is news.
@pytest.mark.parametrize(("text", "killed"), [
    ("As mourners held a vigil for flood victims in the square, a bomb exploded, killing three.", 3),
    ("Ministers meet in Lahore as the country observes a day of mourning, while gunmen storm a village, "
     "killing 20.", 20),
])
def test_an_act_beside_the_rite_stays_news(rules, text, killed):
    _alert(rules, text, killed)


# Arms cleared, removed or handled as things are no arms fired; a firm named after arms is no weapon.
@pytest.mark.parametrize("text", [
    "Japan gives $15 million to clear unexploded bombs, shells and rockets from farmland in southern Lebanon.",
    "Engineers begin removing old shells and mortars from a disused quarry near the border.",
    "An explosion at a fireworks plant kills five workers handling shells for a festival display.",
    "A blast in the packing shed of an arms factory kills six; Rocket Systems Limited orders an inquiry.",
])
def test_arms_handled_as_things_are_no_arms_fired(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Army shells hit a village near the border, killing four farmers.", 4),
    ("Rebels fire shells and rockets at the airport, killing two guards.", 2),
])
def test_shells_fired_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# A mishap told as a blast's cause against arms denied rules the act out, as "rule out" does.
@pytest.mark.parametrize("text", [
    "A blast tears through a block of flats in Odesa, killing three; officials say a faulty boiler, not a "
    "missile, caused the explosion.",
    "An explosion wrecks a shop in Kharkiv, killing two; the blast was caused by a gas cylinder, not a drone, "
    "police say.",
])
def test_a_mishap_set_against_arms_denied_is_an_accident(rules, text):
    _quiet(rules, text)


def test_arms_set_against_a_mishap_denied_still_alert(rules):
    _alert(rules, "An explosion destroys a house in Kharkiv, killing two; officials say a drone, not a gas leak, "
                  "caused the blast.", 2)


# A side's spokesman tells the report of an accident; he names no doer.
def test_a_sides_spokesman_telling_an_accident_names_no_doer(rules):
    _quiet(rules, "A fuel pipeline explodes during repairs near Kirkuk, killing three workers; a spokesman for the "
                  "Peshmerga brigade that guards the road says an excavator cut the pipe.")


def test_a_sides_fighters_named_as_doers_still_alert(rules):
    _alert(rules, "A fuel pipeline explodes near Kirkuk, killing three workers; a spokesman for the army says "
                  "Islamic State militants planted a bomb under it.", 3)


# People described as hurt in an act of a month gone, under other news, are its background; and a relative
# clause's subject may join two groups of the dead.
@pytest.mark.parametrize("text", [
    "A charity flies blood and medicines to the city's main hospital, which is still treating people wounded "
    "in March's shelling of the market.",
    "The World Bank funds prosthetics for children maimed in last year's bombing of the school.",
    "Ministers meet in Amman over last week's drone strike on a convoy, in which four drivers and a Jordanian "
    "border officer were killed.",
])
def test_the_hurt_of_a_known_act_under_other_news_are_background(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Rebels shell the city, hitting a hospital treating people wounded in March's fighting, and killing two "
     "nurses.", None),
    ("Officials say four drivers and a border officer were killed in a drone strike on a convoy on Sunday.", 5),
])
def test_new_harm_beside_a_known_act_stays_news(rules, text, killed):
    # (the shelling's count is left to counts.py: what is asked here is that the new act still alerts)
    _alert(rules, text, killed)


# An act named with "a", "an" or "any" as the subject of a modal that weighs it is a case supposed.
@pytest.mark.parametrize("text", [
    "Seoul summons the envoy over a minister's remark that a naval blockade or invasion of the islands could "
    "amount to an act of war.",
    "The treaty's text says any missile strike on a member would constitute an attack on all.",
])
def test_an_act_supposed_by_a_modal_is_no_act(rules, text):
    _quiet(rules, text)


def test_an_act_done_weighed_by_a_modal_still_alerts(rules):
    _alert(rules, "Warplanes bombed the port on Sunday, killing 12; officials say the strike could lead to a "
                  "wider war.", 12)
