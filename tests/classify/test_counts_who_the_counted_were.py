"""Single persons set off by a comma after a figure of people named by a general noun ("people", "of them", "others"),
as many as it counts, say who they were and are no more people ("killing two of them, a girl and a man" is 2), while
a figure with a noun of its own before them lists more ("killing two soldiers, a policeman and a child" is 4;
docs/taxonomy.md, Counts). The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


@pytest.mark.parametrize(("text", "killed"), [
    ("A man attacked passengers on a night bus with a knife, killing two of them, a 20-year-old student and a "
     "retired nurse, police said.", 2),
    ("A shell hit the crowded market on Saturday, killing two people, a woman and her son, and wounding five.", 2),
    # near shapes: a figure with a noun of its own lists more; more single persons than the figure counts
    ("A shell hit the crowded market on Saturday, killing two soldiers, a policeman and a child.", 4),
    ("A shell hit the crowded market on Saturday, killing two people, a woman, her son and a trader.", 5),
])
def test_who_the_counted_were_restates_the_count(rules, text, killed):
    assert_alerts(rules, text, killed=killed)
