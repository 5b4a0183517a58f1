"""Shells named by their kind among goods, beside a twin that differs by the principle and must still alert as it
did. The sentences are written for these tests, not taken from any set.

Shells counted, listed, weighed or traded are ammunition, goods ("a million artillery shells", "vehicles and
artillery shells"); so are shells of any kind named before them, anti-tank or aerial or by their size in inches
("a boat loaded with rifles and anti-tank shells", "400 pounds of 3 to 6 inch aerial shells stolen from a train").
Shells fired, or a verb of shelling after its doer, are shelling.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A fishing boat loaded with weapons, including rifles and anti-tank shells, is seized by customs in the port",
    "Police search for 400 pounds of 3 to 6 inch aerial shells stolen from a freight train",
])
def test_shells_of_a_kind_as_goods_are_no_shelling(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Rebels fired rockets and anti-tank shells at the convoy, killing four", 4),
    ("Rebel tanks and anti-tank units shell the town, killing four", 4),
])
def test_shells_fired_or_a_verb_of_shelling_still_count(rules, text, killed):
    _alert(rules, text, killed)
