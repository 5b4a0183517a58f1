"""A person's age in commas after the noun that names him, in a singular subject that opens its sentence with "a",
is a part of his description, no clause of its own (docs/taxonomy.md, Counts): "A court clerk, 54, was shot in the
leg" is one hurt, as "A court clerk was shot in the leg" is. Beside each, a near shape with its own count. The
sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Gunmen stormed a town hall on Monday, killing a guard. A records clerk, 47, was shot in the arm.", 1, 1),
    ("A kiosk owner, 58, was shot dead outside his kiosk on Sunday night, police said.", 1, None),
    ("A market porter, aged 33, was stabbed outside the station on Friday, police said.", 0, 1),
    # near shapes: the same subject with no age; two people counted before the commas
    ("Gunmen stormed a town hall on Monday, killing a guard. A records clerk was shot in the arm.", 1, 1),
    ("Two market porters, aged 33 and 41, were stabbed outside the station on Friday, police said.", 0, 2),
])
def test_an_age_in_commas_leaves_one_person_the_subject(rules, text, killed, injured):
    event = rules.classify(text)
    assert "attack" in event.types, (text, event.types)
    assert (event.killed, event.injured) == (killed, injured), text
