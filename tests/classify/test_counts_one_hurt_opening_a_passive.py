"""A singular passive's subject that opens its sentence with "a" is one person, however he is described, for the hurt
as for the dead, an adverb between the auxiliary and the participle or not ("A night watchman was also wounded" is one
more hurt; docs/taxonomy.md, Counts). Beside each, a near shape with its own count: a relative clause of the subject
opens a clause of its own, and an adverb that denies the harm tells none. The sentences are written for these tests,
not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


@pytest.mark.parametrize(("text", "injured"), [
    ("Gunmen raided a farm near the border and shot dead a herder, police said. A night watchman was wounded.", 1),
    ("Gunmen raided a farm near the border and shot dead a herder, police said. A night watchman was also wounded.", 1),
    ("Gunmen raided a farm near the border and shot dead a herder, police said. A cook was seriously hurt.", 1),
    # near shapes: the harm denied; no hurt told at all
    ("Gunmen raided a farm near the border and shot dead a herder, police said. A cook was nearly hit.", None),
    ("Gunmen raided a farm near the border and shot dead a herder, police said. A cook was narrowly wounded.", None),
    ("Gunmen raided a farm near the border and shot dead a herder, police said.", None),
])
def test_one_hurt_opening_a_passive(rules, text, injured):
    assert_alerts(rules, text, killed=1)
    assert rules.classify(text).injured == injured, text
