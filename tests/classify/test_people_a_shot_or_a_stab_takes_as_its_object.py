"""A past active "shot" with counted people as its object after a doer hurts them: they are counted injured, as a
stabbing's object is ("gunmen shot two guards and wounded a third" is injured 3), and a wounding verb joined by "and"
to a stabbing's object, with an object of its own, hurts more people ("stabbed a woman and wounded her son" is
injured 2) (issue 9). Its twins keep their old result: shots told dead, shots "at" people, a pronoun that names the
stabbed again, a part of a group, and "shot" with a work as its object. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_quiet as _quiet


def _counts(rules, text: str) -> tuple[bool, int | None, int | None]:
    event = rules.classify("", text)
    return "casualty" in event.types, event.killed, event.injured


@pytest.mark.parametrize("text, counts", [
    ("Gunmen shot two guards and wounded a third.", (True, 0, 3)),
    ("Police say an intruder shot two nurses at the gate of the hospital.", (True, 0, 2)),
    ("A man stabbed a woman and wounded her son.", (True, 0, 2)),
    ("A man stabbed a cashier and injured two customers in the shop.", (True, 0, 3)),
])
def test_the_people_shot_or_wounded_after_a_stabbing_are_counted(rules, text, counts):
    assert _counts(rules, text) == counts


@pytest.mark.parametrize("text, counts", [
    ("Gunmen shot two guards dead.", (True, 2, None)),
    ("A gunman shot at two guards.", (False, None, None)),
    ("A man stabbed a woman and wounded her.", (True, 0, 1)),
    ("A man stabbed two guards and wounded a third of the crowd.", (True, 0, 2)),
    ("A man stabbed two commuters and wounded a third.", (True, 0, 3)),
])
def test_shots_told_otherwise_and_the_stabbed_named_again_keep_their_count(rules, text, counts):
    assert _counts(rules, text) == counts


def test_shot_with_a_work_as_its_object_is_no_act(rules):
    _quiet(rules, "The director shot two films about the guards.")
