"""Arms named as the first word of a vehicle's name ("a munitions ship", "an ammunition truck") are its load, as "a
ship carrying munitions" is: where the vehicle crashes, overturns or catches fire and blows up, its load went off in
an accident, no weapon used (issue 9). Each quiet case stands beside a violent twin in the same words that must still
alert: the loaded vehicle driven into a target, or hit by a weapon. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "The munitions ship Aurora collided with a ferry and blew up in the harbour, killing 40 dockers",
    "An ammunition truck overturned on the mountain road and exploded, killing three villagers",
    "An explosives lorry caught fire at a roadside stop and blew up, injuring six drivers",
])
def test_a_vehicle_named_by_its_arms_load_that_crashes_is_an_accident(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("An ammunition truck crashed into the gate of the army base and exploded, killing six soldiers", 6),
    ("Rebels fired a rocket at the munitions ship Aurora, which blew up in the harbour, killing 40 dockers", 40),
])
def test_a_loaded_vehicle_driven_at_a_target_or_hit_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


def test_the_same_load_after_carrying_reads_the_same(rules):
    # (the older reading of the same load, kept: "carrying" before the arms)
    _quiet(rules, "A ship carrying munitions collided with a ferry and blew up in the harbour, killing 40 dockers")
