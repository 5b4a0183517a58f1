"""People hit by a thing that fell by itself, its fall told after "by" ("hit by falling trees", "struck by a toppled
wall"), were hit by nature or an accident, no strike, whatever else the sentence names (issue 9). Each quiet case
stands beside a violent twin that must still alert: arms that fall, or a piece of something shot down. The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A bomb cyclone lashes the coast, cutting power to 90,000 homes and killing three people hit by falling trees",
    "Two shoppers were struck by a toppled wall as gales swept the market town",
])
def test_a_hit_by_a_thing_that_fell_is_no_strike(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Artillery pounded the market town, and two shoppers were hit by falling shells",
    "Drones attacked the capital overnight; two shoppers were hit by falling debris from a downed drone",
])
def test_falling_arms_or_pieces_of_them_still_alert(rules, text):
    _alert(rules, text)
