"""A rocket named as a firework ("a firework rocket", "a bottle rocket") is a firework, no weapon, as "fireworks"
are: where it hurts people at a show or a party, the harm is a mishap, no attack and no casualty of violence. A
rocket not so named, or one fired at a crowd that watches fireworks, is a weapon. Each quiet case stands beside a
violent twin in nearly the same words that must still alert. The sentences are written for these tests, not taken
from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# A rocket named as a firework...
@pytest.mark.parametrize("text", [
    "A firework rocket hit the crowd at the harbour festival, injuring 14 spectators",
    "Two boys were hurt when a bottle rocket struck them at a street party",
    "Stray fireworks rockets hit a packed stand at the derby, injuring nine fans",
])
def test_a_rocket_named_as_a_firework_is_no_weapon(rules, text):
    _quiet(rules, text)


# ...but a rocket not so named, or one fired at people watching fireworks, is a weapon.
@pytest.mark.parametrize(("text", "killed"), [
    ("A rocket hit the crowd at the harbour festival, killing 14 spectators", 14),
    ("Militants fired a rocket at a crowd watching the fireworks, killing four", 4),
])
def test_a_rocket_not_named_as_a_firework_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
