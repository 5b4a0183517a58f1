"""A thing carried or held, joined by "and" to a weapon in the words of a passive's subject ("Two men carrying knives
and a meat cleaver are shot"), is another thing in their hands, no person: the count is the figure's people (issue 9).
Its twins keep their old result: a person joined by "and" to the people counted ("Two men and a woman are shot",
"Two soldiers and a medic were killed") is still one more. The sentences are written for these tests."""

from __future__ import annotations

import pytest


def _counts(rules, text: str) -> tuple[bool, int | None, int | None]:
    event = rules.classify("", text)
    return bool(event.types), event.killed, event.injured


@pytest.mark.parametrize("text, counts", [
    ("Two men carrying knives and an axe were shot by officers outside the station.", (True, 0, 2)),
    ("Three youths holding rifles and a grenade were killed at the checkpoint.", (True, 3, None)),
])
def test_a_thing_joined_to_a_weapon_is_no_person(rules, text, counts):
    assert _counts(rules, text) == counts


@pytest.mark.parametrize("text, counts", [
    ("Two men and a woman were shot by officers outside the station.", (True, 0, 3)),
    ("Three youths and a soldier were killed at the checkpoint.", (True, 4, None)),
])
def test_a_person_joined_to_the_people_counted_is_one_more(rules, text, counts):
    assert _counts(rules, text) == counts
