"""Three principles of who did what, each quiet or other-kind case beside a twin that differs by the principle
and must still alert as it did. The sentences are written for these tests, not taken from any set.

1. What a ship or a plane runs onto (rocks, a reef, an iceberg, a sandbank, the side of a mountain) lies in its
   way by nature: no one aims arms at it, so hitting it is an accident (docs/taxonomy.md: accidents are no
   casualty and no attack); a weapon told hitting it, or a vessel hit by a weapon, is still an act.
2. A shot, a missile or a drone by no side named is an attack (shelling and missiles by an unnamed side are
   `attack`): "struck by a projectile" with no doer is one; a state's forces named as whose the arms were keep
   it a strike.
3. A passive joined by "and" to an act on a counted object has the act's doer as its subject: "a man stabbed two
   passengers and was shot dead" tells the attacker's own end, reported apart, not two dead.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A chemical tanker tore open its hull after striking rocks in the channel, killing three crew",
    "The ferry struck a submerged reef near the islands, injuring 14 passengers",
    "A trawler hit an iceberg in the northern sea and sank; two fishermen died",
    "A bulk carrier struck a sandbank in the estuary, injuring two deckhands",
    "The airliner struck a mountainside shortly after take-off, killing 61",
])
def test_a_hazard_of_the_way_hit_is_an_accident(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A missile struck the chemical tanker in the channel, killing three crew", 3),
    ("The ferry was struck by a drone near the islands, killing two passengers", 2),
    ("A car bomb struck the checkpoint on the coast road, killing nine soldiers", 9),
    ("Warplanes struck a mountain village, killing 12", 12),
])
def test_arms_hitting_a_vessel_or_a_place_still_alert(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "Container ship struck by projectile in the Gulf of Aden",
    "A tanker was hit by a drone off the coast, the maritime agency said; no one was hurt",
    "A fishing vessel was struck by a missile near the port, injuring two crew",
])
def test_arms_of_no_named_side_are_an_attack(rules, text):
    event = rules.classify(text)
    assert "attack" in event.types and "strike" not in event.types, (text, event.types)


@pytest.mark.parametrize("text", [
    "A container ship was struck by a missile fired by Russian forces in the port",
    "An apartment block was struck by a rocket of the army, killing four",
    "A village was struck by jets overnight, killing four",
])
def test_arms_a_states_forces_fired_stay_a_strike(rules, text):
    event = rules.classify(text)
    assert "strike" in event.types, (text, event.types)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # (the stabbed are hurt, as the wounded guards are: tests/classify/test_stabbed_and_struck_counts.py)
    ("A man stabbed three commuters on a tram and was shot dead by officers", 0, 3),
    ("A teenager attacked two shoppers at a market and was shot dead by police", None, None),
    ("A man wounded two guards at the gate and was shot dead by soldiers", 0, 2),
])
def test_the_attackers_own_end_joined_by_and_is_apart(rules, text, killed, injured):
    event = rules.classify(text)
    assert "attack" in event.types, (text, event.types)
    assert (event.killed, event.injured) == (killed, injured), (text, event.killed, event.injured)


@pytest.mark.parametrize(("text", "killed"), [
    ("A man stabbed three commuters to death on a tram and was shot dead by officers", 3),
    ("A man stabbed a guard on a tram, and three commuters were killed", 3),
])
def test_the_victims_told_dead_still_count(rules, text, killed):
    _alert(rules, text, killed)
