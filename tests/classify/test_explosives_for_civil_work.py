"""Explosives told by the civil work they are for, right after them ("explosives for a gold mine", "explosives bound
for a quarry", "explosives used to blast rock"), are a trade's goods, no weapon: they blow up by themselves as a
store's do, a mishap, no attack and no casualty of violence. The same explosives with no such work told, or used by
armed men, are still arms. Each quiet case stands beside a violent twin in nearly the same words that must still
alert. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# Explosives for a trade's work...
@pytest.mark.parametrize("text", [
    "A lorry carrying explosives for a copper mine blew up on the highway, killing nine villagers",
    "A van with explosives bound for a limestone quarry exploded near the market, injuring 20",
    "Two labourers died when explosives used to blast rock for a new road went off",
])
def test_explosives_for_civil_work_are_goods(rules, text):
    _quiet(rules, text)


# ...but explosives with no such work told, or used by armed men, are arms.
@pytest.mark.parametrize(("text", "killed"), [
    ("A lorry carrying explosives blew up on the highway, killing nine villagers", 9),
    ("A van with explosives exploded near the market, killing 20", 20),
    ("Gunmen used explosives to blast open the mine gate, killing two guards", 2),
])
def test_explosives_with_no_civil_work_still_alert(rules, text, killed):
    _alert(rules, text, killed)
