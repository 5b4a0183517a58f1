"""The driver of a vehicle told driven into people is its attacker, as the driver of a ramming vehicle is: his death
at the hands of the forces that stopped him is reported apart from the toll, told in the sentence of the act or in a
later one of the item ("drove his car into soldiers, wounding four. Troops shot the driver dead" counts no dead;
docs/taxonomy.md, Counts). Beside each, a near shape: a driver of a vehicle nobody drove into anyone is a victim. The
sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


@pytest.mark.parametrize(("text", "killed"), [
    ("A man drove his van into a group of soldiers at a checkpoint, wounding three of them. Troops shot the driver "
     "dead at the scene.", 0),
    ("A man drove his car into a crowd at a bus stop, killing two people. Police shot the driver dead.", 2),
    ("A man drove his car into a crowd at a bus stop, killing two people. The driver was shot dead.", 2),
    # near shapes: the driver of a vehicle that was attacked is a victim
    ("Gunmen fired on a minibus at a checkpoint, wounding three passengers. The driver was shot dead.", 1),
    ("A man drove his car to a bus stop where gunmen opened fire, killing two people and the driver.", 3),
])
def test_the_driver_who_drove_into_people_is_the_attacker(rules, text, killed):
    assert_alerts(rules, text, killed=killed)
