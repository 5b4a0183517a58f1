"""The dead told as a part of the struck by their own intransitive verb right after their figure, as a heading tells
it in the present ("Man stabs three at a bus stop, one dies"), are a part of the struck, as "one fatally" and "one of
whom died" are (docs/taxonomy.md, Counts): killed 1, injured 2. Beside each, a near shape with its own count. The
sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Teenager stabs three outside a nightclub, one dies", 1, 2),
    ("Gunman shoots five at a petrol station, two die", 2, 3),
    ("Man stabs four on a tram, one later dies", 1, 3),
    # near shapes: the part told with "fatally" or "of whom"; the dead told by a verb of killing
    ("Teenager stabs three outside a nightclub, one fatally", 1, 2),
    ("A teenager stabbed three people outside a nightclub, one of whom died.", 1, 2),
    ("Teenager stabs three outside a nightclub, kills one", 1, 2),
])
def test_a_part_of_the_struck_told_dead_by_its_own_verb(rules, text, killed, injured):
    event = rules.classify(text)
    assert "attack" in event.types, (text, event.types)
    assert (event.killed, event.injured) == (killed, injured), text
