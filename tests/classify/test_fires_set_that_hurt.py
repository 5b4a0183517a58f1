"""A fire set that hurts people by its own harm is an arson attack (issue 9; docs/taxonomy.md: arson that kills or
hurts), whatever was set burning and in a riot too, as a stone or a petrol bomb that hurts in a riot is. Each case
stands beside a twin of the same words that must stay as it was: bedding, tyres or waste burnt with no one hurt by
the fire are no assault. The sentences are written for these tests, not taken from any set.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS


@pytest.mark.parametrize(("text", "injured"), [
    ("Prisoners set their mattresses on fire during a riot over food on Sunday, and six wardens were treated for "
     "smoke inhalation.", 6),
    ("Detainees set bedding alight in a protest at the centre, and four officers suffered burns.", 4),
    ("Men set a house on fire on the edge of the town, and three residents were treated for smoke inhalation.", 3),
])
def test_a_fire_set_that_hurts_is_an_attack(rules, text, injured):
    event = rules.classify(text)
    assert "attack" in event.types and event.injured == injured, (text, event.types, event.injured)


@pytest.mark.parametrize("text", [
    "Prisoners set their mattresses on fire during a riot over food on Sunday; no one was hurt.",
    "Protesters set tyres on fire during a rally against the pension reform.",
    "Farmers set their stubble alight across the plain, and smoke covered the city for days.",
])
def test_things_burnt_with_no_one_hurt_by_the_fire_stay_quiet(rules, text):
    event = rules.classify(text)
    assert not ALARMS & set(event.types), (text, event.types)
