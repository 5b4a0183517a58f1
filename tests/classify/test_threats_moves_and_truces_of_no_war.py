"""Five principles of the threat, mobilization and deescalation types on ordinary news, each quiet case beside a
twin of the same wording that must keep its type. The sentences are written for these tests, not taken from any set.

1. A war declared, vowed or waged "on" or "against" something that is no state, people or armed side is a campaign,
   a figure of speech ("vows war on hunger"); on a state or an armed side it is a threat ("declares war on ...").
   A demonym that describes one who seeks power or opposes it ("a Peruvian candidate") is not the state threatening.
2. A withdrawal is of forces: one whose direct object is a thing or people taken away ("withdrew its advert",
   "pulled out 12 survivors") is none; de-escalation named as a skill taught ("de-escalation training") is none.
3. A move of forces, a truce or a planned or foiled act dated before the news (by a year before its noun, or in a
   clause that a span of weeks or more "after" opens) is history, not a new move, truce or threat.
4. A bare "strike" in a labour dispute's sentence is a walkout: it names no force for a weak threat word.
"""

from __future__ import annotations

import pytest


def _types(rules, text: str) -> set[str]:
    return set(rules.classify(text).types)


@pytest.mark.parametrize("text", [
    "Peruvian candidate vows 'war on poverty' at closing rally",
    "Mayor declares war on potholes as road budget doubles",
    "Senator accuses ministers of declaring war on farmers over water rules",
    "Regulator declares war on the Acme Bank website's hidden fees",
])
def test_a_war_on_no_side_threatens_no_one(rules, text):
    assert "threat" not in _types(rules, text), text


@pytest.mark.parametrize("text", [
    "Russia declares war on Ukraine",
    "The militia vows war on the army after the raid on its camp",
    "Iran warns it will declare war on Israel",
    "The president declares war on the West in a televised address",
])
def test_a_war_on_a_state_or_an_armed_side_is_a_threat(rules, text):
    assert "threat" in _types(rules, text), text


@pytest.mark.parametrize(("text", "kind"), [
    ("A campaign group withdrew its advert after complaints from families", "deescalation"),
    ("Rescuers pulled out 12 survivors from the collapsed mine", "deescalation"),
    ("The inquest found the death could have been avoided with better de-escalation training", "deescalation"),
])
def test_a_withdrawal_of_no_force_is_no_truce(rules, text, kind):
    assert kind not in _types(rules, text), text


@pytest.mark.parametrize("text", [
    "Russia withdrew 5,500 troops from the border region",
    "The rebels pulled out their fighters from the town",
    "Both sides agree to de-escalation talks after the border clash",
    "The army pulled out of the town overnight",
])
def test_a_withdrawal_of_forces_is_still_a_deescalation(rules, text):
    assert "deescalation" in _types(rules, text), text


@pytest.mark.parametrize(("text", "kind"), [
    ("A museum opens a gallery on the 2003-2011 Iraq deployment", "mobilization"),
    ("Officials of the two states open a border commission months after they initialled a peace treaty",
     "deescalation"),
    ("A former detective was fined for leaking details of a planned 2019 drug raid", "threat"),
    ("The inquiry finds the agency might have prevented the 2015 bombing at the stadium", "threat"),
])
def test_a_move_truce_or_plan_dated_before_the_news_is_history(rules, text, kind):
    assert kind not in _types(rules, text), text


@pytest.mark.parametrize(("text", "kind"), [
    ("A museum says troops were deployed to the border overnight", "mobilization"),
    ("Officials of the two states sign a peace treaty at the border", "deescalation"),
    ("A ceasefire takes effect in Gaza at dawn", "deescalation"),
    ("Police foiled a bomb plot against the stadium", "threat"),
])
def test_a_move_truce_or_plan_of_the_news_keeps_its_type(rules, text, kind):
    assert kind in _types(rules, text), text


def test_a_labour_strike_names_no_force_for_a_threat(rules):
    text = "Dockworkers begin a 48-hour strike over pensions as unions threaten further walkouts"
    assert "threat" not in _types(rules, text), text


@pytest.mark.parametrize("text", [
    "Dockworkers strike over pensions as Iran threatens to close the strait",
    "The army threatens a strike on rebel camps as workers protest",
])
def test_a_threat_of_force_beside_a_labour_dispute_stays(rules, text):
    assert "threat" in _types(rules, text), text
