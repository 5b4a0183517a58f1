"""Violent words that report no new act of armed violence (issue 9): an attack in words "over" a matter whose
only arms are that matter or the critic's quoted words; a missile test that hits the target it set itself; an
attack planned or plotted; killings as the topic of a session or a hearing; the dead handed over, told with how
they died; the leftovers of a past war going off by mishap. Each beside its violent twin in the same words,
which still alerts. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# criticism "over" a matter: the arms it names are the matter, or in the critic's words
@pytest.mark.parametrize("text", [
    "The opposition leader attacked the government over the loss of two fighter jets.",
    "In parliament, the party's leader launches a scathing attack on Prime Minister John Hale over delays to a "
    "frigate order, accusing him of \"leaving the navy without missiles\".",
    "A senator attacks the defence minister over the cost of new tanks.",
])
def test_criticism_whose_arms_are_its_matter_is_no_attack(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    # arms named as the attack's means, before "over"
    "Militants attacked a police convoy with rockets over the arrest of their commander.",
    "Gunmen launched an attack on the mayor over a land dispute.",
    # an attack on a place or a state is no criticism, whatever it is over
    "Drones attacked an oil depot over the weekend, officials said.",
    "Two men armed with knives attacked their neighbour over a debt, stabbing him twice.",
])
def test_attacks_with_arms_named_as_their_means_still_alert(rules, text):
    _alert(rules, text)


# a weapons test that hits the target it set itself
@pytest.mark.parametrize("text", [
    "The navy conducts a training launch of a new anti-ship missile, saying it hit its designated point at sea.",
    "The army test-fired a short-range ballistic missile from a launch site in the northern desert on Tuesday, "
    "saying it struck the intended target area.",
    "The air force conducts a trial launch of a new cruise missile from a base in the south, and says it hit a "
    "mock target off the coast.",
])
def test_a_test_hitting_its_set_target_is_no_strike(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A cruise missile hit an apartment block in the city overnight, killing four residents.", 4),
    # a test named beside a real strike leaves the strike news
    ("The army test-fired a new rocket on Monday; in the east, missiles hit a rail depot, killing two workers.", 2),
    ("Russian missiles hit all designated targets in the region overnight, the defence ministry said.", None),
])
def test_a_missile_hitting_a_target_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# an attack planned or plotted, and not carried out
@pytest.mark.parametrize("text", [
    "Police say the man paid two gang members to plan an attack on a synagogue; no attack took place.",
    "Prosecutors say the student plots an attack on a concert hall from his bedroom.",
])
def test_an_attack_planned_is_no_attack(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Gunmen carried out an attack on a synagogue on Friday, police said.",
    "Gang members who met to plan an attack on a rival opened fire on police, killing two officers.",
])
def test_an_attack_carried_out_still_alerts(rules, text):
    _alert(rules, text)


# killings as the topic of a session or a hearing
@pytest.mark.parametrize("text", [
    "The council holds an emergency session in New York on reports of mass killings in the region.",
    "A parliamentary committee holds a hearing in the capital on reports of killings of protesters by soldiers.",
])
def test_killings_as_a_sessions_topic_are_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen stormed a session of the regional assembly, killing three lawmakers.", 3),
    ("Mass killings were reported in the region after militiamen took the town, killing at least 40 people.", 40),
])
def test_killings_reported_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# the dead handed over, with how they died
@pytest.mark.parametrize("text", [
    "The country receives the bodies of 800 soldiers killed at the front in an exchange mediated by the Red Cross.",
    "The two sides exchanged the bodies of 40 soldiers killed in the fighting for the town.",
    "The army handed over the bodies of 12 fighters killed during an offensive in the north.",
])
def test_the_dead_handed_over_are_no_deaths_told(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a clause of its own after the handover tells its news
    ("The army handed over the bodies of two fighters and said troops killed five more in a raid.", 5),
    # bodies recovered, not handed over, tell the deaths
    ("Rescuers recovered the bodies of 30 soldiers killed when a missile hit their barracks.", 30),
])
def test_deaths_beside_a_handover_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# the leftovers of a past war go off by mishap
@pytest.mark.parametrize("text", [
    "A mortar round left over from the Korean War goes off while farmers clear a field, killing one man.",
    "A grenade left over from a war in the 1970s exploded at a scrapyard, killing two workers.",
    "A Vietnam War-era bomb exploded as villagers burned brush, killing two children.",
    "An unexploded shell from the 1991 war blew up in a schoolyard, wounding three pupils.",
])
def test_a_past_wars_leftovers_go_off_by_mishap(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A roadside bomb exploded as villagers passed, killing two children.", 2),
    ("An unexploded mine killed three shepherds near the front line.", 3),
    ("A boy stepped on a mine left over from the fighting; four children were killed.", 4),
    ("Militants set off a bomb at a scrapyard, killing two workers.", 2),
])
def test_a_fresh_bomb_or_a_live_war_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
