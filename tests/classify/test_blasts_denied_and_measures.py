"""Principles of blasts told as mishaps and of harm told as a statistic, each quiet case beside a twin that differs by
the principle and must still alert as it did. The sentences are written for these tests, not taken from any set.

1. An act an authority says it does not suspect ("sabotage is not suspected", "no crime is suspected", "police do not
   suspect foul play") is ruled out as a blast's cause, as one who says "rule out" rules it out; so is an explosive
   device set against the mishap named as the cause ("a gas leak, not an explosive device, caused the blast"). An act
   that is suspected, or that is not suspected "by" someone, is no denial.
2. Harm named in the subject of a measure that rises or falls is a statistic: its subject may run on through a few
   phrases before the verb moved by a share ("admissions for assaults with a blade or a bottle among teenagers in
   Wales fall 6%"), and harm that names the kind of a measure's noun needs no share ("stabbing injury admissions
   fall", "gun death rates rise"). An act whose own verb comes first, or harm that names no measure, still alerts.
3. An act a place's relative clause says its people have fled ("a camp where thousands have fled fighting") is how
   the place is known, as "families who fled militia raids" are; a clause's act of its own still alerts.
4. Arms the sea washed ashore ("mines, thought to have drifted from the north, wash ashore") were found lying where no
   one aimed them, as arms people found are: their blast is a mishap; mines someone laid on a shore are not.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "Blasts at a chemical works near the river injured nine workers. The company says sabotage is not suspected.",
    "A blast tore through a bakery in the old town, injuring five. Police say no crime is suspected.",
    "An explosion flattened a two-storey house, killing an elderly couple; investigators do not suspect foul play.",
    "A boiler room explosion at the school injured 11 pupils, and officials said terrorism was not being suspected.",
    "An explosion wrecked a block of flats, injuring eight; fire officials said a gas leak, not an explosive device, "
    "caused the blast.",
])
def test_an_act_not_suspected_leaves_a_blast_a_mishap(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Blasts at a chemical works near the river killed nine workers. The company says sabotage is suspected.", 9),
    ("A blast tore through a bakery in the old town, killing five. Police say a bomb is suspected.", 5),
    ("A bomb exploded at a market, killing four; police say the bomber was not suspected by his family.", 4),
    ("An explosive device went off at a bus stop, killing two; police said gas was not the cause.", 2),
])
def test_a_suspected_act_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "Admissions for assaults with a blade or a broken bottle among teenagers in Wales fall 6% on the year, health "
    "data show.",
    "Shootings involving handguns in the northern suburbs of the city rose 12 per cent last year, police figures show.",
    "Stabbing injury admissions fall in London hospitals",
    "Gun death rates rise across rural counties, a study finds",
])
def test_harm_in_a_measures_subject_is_a_statistic(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A man with a blade attacked teenagers in Wales, killing one; bus fares fall 6% on the year.", 1),
    ("Shootings in the northern suburbs killed three on Sunday, as crime rates fall 12 per cent.", 3),
    ("Stabbing at a London hospital kills one as admissions fall", 1),
    ("Gunman kills two as death rates rise in rural counties", 2),
])
def test_an_act_beside_a_measure_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "Measles spreads through a settlement in the north where tens of thousands have fled clashes between two militias.",
    "Aid agencies run short of water at a camp where 8,000 families had fled the fighting near the border.",
])
def test_what_a_places_people_have_fled_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Militia fighters shell a settlement where tens of thousands have fled, killing seven.", 7),
    ("Clashes between two militias kill 12 near a camp where families have fled.", 12),
])
def test_an_act_at_a_place_people_fled_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "Two drifting sea mines, thought to have broken loose from a minefield, wash ashore on a fishing beach and kill "
    "two children.",
    "An artillery shell that washed up near the harbour exploded as a man dragged it from the surf, killing him.",
])
def test_arms_washed_ashore_are_a_mishap(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Rebels laid mines on a fishing beach, killing two children as the tide washed the sand.", 2),
    ("An artillery shell fired by rebels hit the harbour, killing a man whose boat had washed ashore.", 1),
])
def test_arms_laid_or_fired_on_a_shore_still_alert(rules, text, killed):
    _alert(rules, text, killed)
