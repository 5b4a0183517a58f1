"""A clause of "when", "while" or "as" with its own subject after a rite's object (a person, a plain noun phrase)
times the rite: what it tells is done at the rite, news. It tells how a death came only after a participle of that
death told after its noun ("an elder killed in the village when gunmen opened fire"), and what it describes only
after a time or an act noun ("the day when", "the massacre when"); a death word before its noun ("a slain elder") is
a label of the person, no clause of how it came. The sentences are written for these tests, not taken from any set.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize(("text", "killed"), [
    ("Mourners gathered at a funeral for a slain elder when gunmen opened fire, killing four", 4),
    ("Mourners gathered at a memorial service for a slain elder when gunmen opened fire, killing four", 4),
    ("Hundreds attended the funeral of the murdered teacher as a bomb exploded, killing six mourners", 6),
    ("Villagers gathered for the burial of a revered chief when militiamen stormed the cemetery, killing three", 3),
])
def test_an_act_timed_by_a_when_clause_at_the_rite_is_news(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "Mourners gathered at the funeral of four men killed in Sunday's attack on the market",
    "Mourners gathered at the funeral of an elder killed in the village when gunmen opened fire on his car",
    "Mourners gathered at the funeral of an elder who was shot dead when gunmen opened fire on his car",
    "Villagers marked the anniversary of the day when gunmen killed 40 people",
    "A memorial service for victims of the massacre when soldiers killed 800 people was held on Sunday",
])
def test_a_rite_for_a_death_told_with_how_it_came_stays_quiet(rules, text):
    _quiet(rules, text)
