"""A verb of killing many by hand ("massacred", "slaughtered", "butchered", "gunned down") with people as its object,
or as the subject of its passive, is a killing whose people are counted as those of "killed" are: "troops massacred
30 villagers" is killed 30, as "troops killed 30 villagers" is. Animals slaughtered, a film butchered by critics or
a side massacred 6-0 take no people and tell no act. The sentences are written for these tests, not taken from any
set.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize(("text", "killed"), [
    ("Troops massacred 30 villagers on 4 June", 30),
    ("Militiamen slaughtered 14 herders near the river on Monday", 14),
    ("Rebels butchered 20 villagers in a night raid", 20),
    ("Gunmen gunned down five farmers on Monday", 5),
    ("Gunmen massacred a family of five in their home", 5),
    ("Troops massacred 30 on Monday, witnesses said", 30),
    ("Thirty villagers were massacred by soldiers on Monday", 30),
    ("Eleven prisoners were butchered in their cells by the militia", 11),
])
def test_a_verb_of_slaughter_counts_its_people(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "Villagers slaughtered 300 sheep for the feast",
    "Thousands of cattle were slaughtered after the outbreak of foot-and-mouth disease",
    "Critics slaughtered the new film at the festival",
    "Liverpool massacred Norwich 6-0 on Saturday",
])
def test_a_verb_of_slaughter_with_no_people_tells_no_act(rules, text):
    _quiet(rules, text)
