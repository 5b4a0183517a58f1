"""Disasters, obituaries and sport told in words of violence (docs/taxonomy.md: deaths from
accidents are no casualty, and history is no news). Each quiet shape has a violent one of the same
shape beside it that must still alert: the rules alone (no topic gate) tell them apart."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts, assert_quiet


# A death told without its cause, where the only violence named is history: a life's past, no cause of
# the death. The same death beside violence told as news is still a casualty.
@pytest.mark.parametrize("text", [
    "The actor, who sheltered neighbours in his flat during the 1999 NATO bombing raids, dies.",
    "The cellist, whose village was razed during the 1944 German offensive, has died in Vienna.",
])
def test_a_death_beside_history_only_is_no_casualty(rules, text):
    assert_quiet(rules, text)


@pytest.mark.parametrize("text", [
    "The novelist, whose family hid in a cellar during the shelling of Sarajevo on Tuesday, dies.",
    "A soldier wounded in yesterday's bombing of the base dies in hospital.",
])
def test_a_death_beside_violence_told_as_news_alerts(rules, text):
    event = rules.classify(text)
    assert {"attack", "strike"} & set(event.types) and "casualty" in event.types, (text, event.types)


# A vehicle that hits an obstacle (a wall, a tree, power lines, the ground) is crashing: no target of arms.
@pytest.mark.parametrize("text", [
    "A border guard plane crashes near the capital. The twin-engine aircraft hit a perimeter wall and sank in a pond.",
    "A military helicopter struck power lines and came down in a field, killing four crew.",
    "A fighter jet hit a hillside during a training flight.",
])
def test_a_vehicle_hitting_an_obstacle_is_no_strike(rules, text):
    assert_quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Fighter jets hit rebel positions on the hillside.",
    "Military helicopters struck militant positions near the base, killing four fighters.",
    "Russian jets struck the walls of the old fortress.",
])
def test_vehicles_hitting_targets_still_strike(rules, text):
    assert_alerts(rules, text)
