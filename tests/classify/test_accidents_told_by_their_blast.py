"""The accident a sentence tells by its blast, each case beside a twin that must keep its count. The sentences are
written for these tests, not taken from any set.

A blast the sentence calls accidental ("an accidental explosion", "the bomb accidentally detonated") is an accident:
the fighters it kills are its dead, no attackers reported apart (docs/taxonomy.md, Counts). The word "accident"
elsewhere in the item tells no accident: "the accident and emergency department" is a place, and "police said it was
no accident" denies one, so attackers killed beside victims hurt there are still reported apart (killed 0).
"""

from __future__ import annotations

import pytest


def _counts(rules, text):
    event = rules.classify(text)
    assert {"strike", "attack"} & set(event.types), (text, event.types)
    return event.killed, event.injured


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # the blast told accidental: its dead are the dead
    ("Four perpetrators were killed and 6 others injured when their bomb accidentally detonated.", 4, 6),
    ("Three attackers were killed and 9 others injured in an accidental explosion at their hideout.", 3, 9),
    # "accident" that tells no accident: the attackers killed are apart
    ("Two gunmen were shot dead by police after they wounded six people outside the accident and emergency department.",
     0, 6),
    ("Two attackers were killed and six people wounded in the bombing, which police said was no accident.", 0, 6),
])
def test_a_blast_told_accidental_is_an_accident_and_no_other_accident_word_is(rules, text, killed, injured):
    assert _counts(rules, text) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # twins: no accident named, the attackers apart as before
    ("Two gunmen were shot dead by police after they wounded six people outside the hospital.", 0, 6),
    ("Three attackers were killed and 9 others injured in an explosion at a checkpoint.", 0, 9),
])
def test_attackers_beside_victims_hurt_stay_apart(rules, text, killed, injured):
    assert _counts(rules, text) == (killed, injured)
