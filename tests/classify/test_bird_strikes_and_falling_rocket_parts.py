"""A bird that hits an aircraft strikes it as lightning does ("a bird strike brought down the jet"), and a rocket's
part that falls is a space launcher's ("a rocket booster fell on a house"), as a space rocket is: no strike, no
weapon, and the harm a mishap. A strike by arms, or a rocket not named as a launcher's part, is still violence.
Each quiet case stands beside a violent twin in nearly the same words that must still alert. The sentences are
written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# A bird's strike, a launcher's falling part...
@pytest.mark.parametrize("text", [
    "A bird strike brought down an air force trainer near the coast, killing both pilots",
    "A spent rocket booster hit a farmhouse in the hills, injuring three villagers",
    "The rocket stage fell on a school yard after the launch, wounding two pupils",
])
def test_a_bird_strike_or_a_falling_rocket_part_is_a_mishap(rules, text):
    _quiet(rules, text)


# ...but a strike by arms, or a rocket not so named, is violence.
@pytest.mark.parametrize(("text", "killed"), [
    ("A missile strike brought down an air force trainer near the coast, killing both pilots", 2),
    ("A rocket hit a farmhouse in the hills, killing three villagers", 3),
])
def test_a_strike_by_arms_or_a_rocket_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
