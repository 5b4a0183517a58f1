"""A figure after the noun of a case about people and "of" ("the trial of four gang members") counts the people the
case is of, the object of a preposition, never the subject of the verb after it: "A witness in the trial of four gang
members was shot dead" is one dead, as after the noun of an act ("the killing of three reporters"; docs/taxonomy.md,
Counts). Beside each, a near shape where the figure is the subject. The sentences are written for these tests, not
taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


@pytest.mark.parametrize(("text", "killed"), [
    ("A key witness in the trial of four alleged gang members was shot dead outside his home on Saturday, police said.",
     1),
    ("A prosecutor handling the extradition of two cartel bosses was shot dead in his car on Monday, police said.", 1),
    # near shapes: the figure opens the subject; the figure after an act's noun
    ("Four alleged gang members were shot dead outside the court on Saturday, police said.", 4),
    ("A witness in the trial over the killing of three reporters was shot dead on Saturday, police said.", 1),
])
def test_a_figure_a_case_is_of_counts_no_dead(rules, text, killed):
    assert_alerts(rules, text, killed=killed)
