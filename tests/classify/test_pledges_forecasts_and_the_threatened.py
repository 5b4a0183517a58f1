"""A bare threat word ("vows", "warns", "threatened") with no force named in its sentence is a threat only where the
state or the side named before it makes a threat of its own act (docs/taxonomy.md, threat). A vow of no force is a
pledge; a warning whose matter is a clause of another subject is a forecast; a passive's subject is the one
threatened, its maker the agent after "by". Each quiet case stands beside a twin of the same shape whose threat
is the state's or side's own, or names force, and must still be a threat. The sentences are written for these
tests, not taken from any set.
"""

from __future__ import annotations

import pytest


def _types(rules, text: str) -> tuple[str, ...]:
    return rules.classify("", text).types


@pytest.mark.parametrize("text", [
    # a vow of no force: a pledge
    "Peru's president vows to improve relations with Chile and Bolivia.",
    "Norway vows to continue its seal hunt despite protests.",
    # a warning whose matter is what others or things will do: a forecast
    "Spain's prime minister warns that the economy faces a second recession.",
    "The Danish government warns Brussels that the new fishing rules will ruin coastal towns.",
    # a passive: the named place is the one threatened, by no one's force
    "Rivers rise across Hungary as more villages are threatened.",
    "The Romanian town of Brasov is threatened by a swollen river after days of rain.",
])
def test_pledges_forecasts_and_the_threatened_are_no_threat(rules, text):
    assert "threat" not in _types(rules, text)


@pytest.mark.parametrize("text", [
    # a vow of force, and one whose matter is arms
    "Peru's president vows to retake the border town by force.",
    "Norway's neighbour vows to keep and enlarge its nuclear arsenal.",
    # a vow a state's force makes is of its force
    "Peru's police disperse marchers and vow to deal decisively with further protests.",
    # a warning of the warner's own act: "it", "he", "they", "we" is the warner's side
    "Spain warns that it will respond to any incursion into its waters.",
    "The Danish government warns Brussels it will close the strait.",
    # a threat by a state with no vow, warning or passive: the state's own
    "Hungary threatens to close its border with Serbia.",
    "Romania is threatening to block the strait.",
    # a passive whose agent after "by" is a state's force, or whose means are arms
    "A patrol aircraft was intercepted and threatened by a Russian fighter jet over the Baltic Sea.",
    "The players say they were threatened at gunpoint by security officials.",
])
def test_threats_a_state_or_side_makes_of_its_own_act_or_of_force_stay(rules, text):
    assert "threat" in _types(rules, text)
