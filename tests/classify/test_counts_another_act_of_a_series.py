"""The toll of another act of a series, which a later sentence names by its place in it ("the second", "the latest")
and tells after that noun, adds nothing to the news's toll where the item counts one of its own (docs/taxonomy.md,
Counts): "killing seven people. It was the second mass shooting in the city in a week, after an attack on a pool hall
on Monday left 11 dead" is 7. Beside each, a near shape with its own count. The sentences are written for these tests,
not taken from any set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen opened fire in a cafe in the port city on Friday night, killing five people, police said. It was the third "
     "such attack in the city this month, after a shooting at a nightclub on Sunday left eight dead.", 5),
    ("A car bomb killed 14 people at a market in the north on Tuesday, officials said. A second blast near a police "
     "station in the same town killed three and wounded six.", 14),
    # near shapes: the series named with no toll of its own; a series sentence that alone tells the toll
    ("Gunmen opened fire in a cafe in the port city on Friday night, killing five people, police said. It was the third "
     "such attack in the city this month.", 5),
    ("Gunmen opened fire in a cafe in the port city on Friday night. It was the third such attack in the city this "
     "month, and five people were killed.", 5),
])
def test_another_acts_toll_in_a_series_adds_none(rules, text, killed):
    event = rules.classify(text)
    assert "attack" in event.types and event.killed == killed, (text, event.killed)
