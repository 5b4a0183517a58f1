"""The full stop of an abbreviation or an initial ("U.S.", "U.N.", "No.") ends no list of victims, as it ends no
sentence: the list goes on past it, and a teller after the list's comma is no victim (docs/taxonomy.md, Counts).
Each case stands beside a near shape with its own right count. The sentences are written for these tests, not taken
from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Two rockets hit the airfield on Monday, wounding three contractors and a guard, a U.S. defence official said.",
     0, 4),
    ("A car bomb exploded near the convoy, killing two U.S. soldiers and an interpreter, and one U.K. medic.", 4, None),
    # near shapes: no abbreviation; a full stop that ends the sentence does end the list
    ("Two rockets hit the airfield on Monday, wounding three contractors and a guard, a defence official said.", 0, 4),
    ("A car bomb exploded near the convoy, killing two soldiers. A medic was also killed.", 3, None),
])
def test_an_abbreviations_stop_ends_no_list(rules, text, killed, injured):
    event = rules.classify(text)
    assert_alerts(rules, text, killed=killed)
    assert event.injured == injured, (text, event.injured)
