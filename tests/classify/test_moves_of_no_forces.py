"""A mobilization is a move of forces or arms (docs/taxonomy.md, mobilization: troops, ships, aircraft or weapons
moved, deployed or put on alert). A bare move word ("deployed", "deploying", "on alert", "reinforced",
"stationed") in an item that names no forces and no arms moves none: an airbag, software, a satellite, a drilling
rig, or a region on alert for a storm. Each quiet case stands beside a twin of the same shape whose item names the
forces or arms moved, and must still be a mobilization. The sentences are written for these tests, not taken from
any set.
"""

from __future__ import annotations

import pytest


def _types(rules, text: str) -> tuple[str, ...]:
    return rules.classify("", text).types


@pytest.mark.parametrize("text", [
    "A carmaker recalls 90,000 hatchbacks over a fault that can stop airbags from deploying.",
    "A bank loses millions in an hour after the faulty deployment of trading software.",
    "The space agency deploys a weather satellite from the orbiting station.",
    "Three coastal provinces are placed on high alert ahead of the typhoon.",
    "A mining firm is deploying a drilling rig in the disputed bay.",
])
def test_moves_of_no_forces_are_no_mobilization(rules, text):
    assert "mobilization" not in _types(rules, text)


@pytest.mark.parametrize("text", [
    "A carmaker's home state sees 900 troops deploying to the border.",
    "The deployment of 600 soldiers is approved. It follows a surge of clashes.",
    "The navy deploys a frigate to the disputed bay.",
    "The army is placed on high alert ahead of the launch.",
    # (the forces named in the sentence before: "This deployment")
    "The first of 70 British military personnel arrive in the capital. This deployment is the largest in years.",
    # (a word that names forces by itself needs no more)
    "Authorities in the breakaway region declare full mobilisation.",
])
def test_moves_of_forces_or_arms_stay_mobilization(rules, text):
    assert "mobilization" in _types(rules, text)
