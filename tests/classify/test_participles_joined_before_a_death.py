"""Participles of harm joined by "and" under one auxiliary share its subject, and a death joined after them by "and"
with no subject of its own tells the same people dead: "a policeman was shot and stabbed and died" is killed 1, not
injured 1, as "two guards were shot and later died" is killed 2. Beside them, twins that keep their counts: no death
joined, or a death with a subject of its own (other people, the gunman). The sentences are written for these tests,
not taken from any set.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A policeman was shot and stabbed and died of his injuries in hospital.", 1, None),
    ("Two guards were shot and beaten and later died.", 2, None),
    ("A shopkeeper was stabbed and robbed and was killed by the gang.", 1, None),
    ("A policeman was shot and rushed to hospital and died.", 1, None),
    # twins: one participle before the death as before, no death joined, a death of others or of the gunman
    ("Two guards were shot and later died.", 2, None),
    ("A policeman was shot and stabbed at a checkpoint.", 0, 1),
    ("A policeman was shot and stabbed and two others died.", 2, 1),
    ("A policeman was shot and stabbed and the gunman died.", 0, 1),
])
def test_a_death_joined_after_participles_tells_their_people_dead(rules, text, killed, injured):
    event = rules.classify(text)
    assert "attack" in event.types and (event.killed, event.injured) == (killed, injured), (
        text, event.killed, event.injured)
