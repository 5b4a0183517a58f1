"""A bare singular person noun before a figure that counts no one (a distance, a date, a time) is one person, as it
is before a preposition: "Gunmen kill farmer 2 km from village" is killed 1, as "... farmer near village" is. Beside
each, a twin that keeps its count: a plural bare noun is still counted by no one, and a figure before the noun still
counts. The sentences are written for these tests, not taken from any set.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen kill farmer 2 km from village", 1),
    ("Gunmen kill farmer 20 miles from the border", 1),
    ("Sniper kills soldier two km from the front line", 1),
    ("Gunmen kill civilian 10 days after truce", 1),
    # twins: the bare noun before a preposition, a plural noun, and a figure that counts the people
    ("Gunmen kill farmer near village", 1),
    ("Gunmen kill farmers 2 km from village", None),
    ("Gunmen kill two farmers 2 km from village", 2),
])
def test_a_bare_victim_before_a_measure_is_one(rules, text, killed):
    event = rules.classify(text)
    assert "attack" in event.types and event.killed == killed, (text, event.killed)
