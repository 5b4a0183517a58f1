"""Forces sent against a disaster, their purpose an infinitive of relief ("to help", "to rescue", "to search for") in a
sentence that names the disaster, or a purpose whose object is the disaster ("to tackle forest fires"), do a civil
task: no mobilization, as troops sent to keep a peace are none (issue 9, a stray type shown in an alert's tags). Each
quiet case stands beside a twin that must still be a mobilization: the same move with arms, an armed side, fighting
or captives in its sentence, or with no purpose of relief. The sentences are written for these tests."""

from __future__ import annotations

import pytest


def _types(rules, text: str) -> tuple[str, ...]:
    return rules.classify(text).types


@pytest.mark.parametrize("text", [
    "The government calls up 2,000 reservists to help fight the wildfires raging across the north",
    "After floods swamp the delta, the navy deploys 40 boats to rescue stranded villagers",
    "Thousands of soldiers are mobilised to tackle the forest fires spreading through Siberia",
    "The army sends 800 troops to the province to search for people missing after the earthquake",
])
def test_forces_sent_against_a_disaster_are_no_mobilization(rules, text):
    assert "mobilization" not in _types(rules, text)


@pytest.mark.parametrize("text", [
    "The government calls up 2,000 reservists to help fight the rebels raging across the north",
    "After the earthquake, the army deploys special forces to rescue hostages held by militants",
    "The army sends 800 troops to the quake-hit province to fight insurgents",
    "The army sends 800 troops to the border as floods swamp the delta",
    "The alliance steps up its deployment on the border in response to large military exercises near it",
])
def test_a_move_for_war_or_with_no_relief_is_still_a_mobilization(rules, text):
    assert "mobilization" in _types(rules, text)
