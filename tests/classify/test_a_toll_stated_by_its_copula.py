"""A death toll stated by a copula, its circumstances between ("The death toll from the attacks is seven"), is the
toll, as one that "rises to" or "stands at" a figure (issue 9): read, it is the count beside attackers counted
apart. Its twins keep their old result: the toll that rises to a figure, and a toll named with no figure stated,
which counts no one. The sentences are written for these tests."""

from __future__ import annotations

import pytest


def _counts(rules, text: str) -> tuple[bool, int | None, int | None]:
    event = rules.classify("", text)
    return bool(event.types), event.killed, event.injured


@pytest.mark.parametrize("text, counts", [
    ("The death toll from the bombings in the market is nine, with at least 30 injured.", (True, 9, 30)),
    ("The death toll from the bombings in the market is nine, with at least 30 injured. Police say that the two "
     "attackers were killed by the police.", (True, 9, 30)),
])
def test_a_toll_stated_by_a_copula_is_the_toll(rules, text, counts):
    assert _counts(rules, text) == counts


@pytest.mark.parametrize("text, counts", [
    ("The death toll from the bombings in the market rises to nine, with at least 30 injured.", (True, 9, 30)),
    ("The death toll from the bombings in the market is expected to rise, with at least 30 injured.",
     (True, None, 30)),
])
def test_a_toll_that_rises_or_states_no_figure_keeps_its_count(rules, text, counts):
    assert _counts(rules, text) == counts
