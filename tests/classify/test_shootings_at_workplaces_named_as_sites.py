"""A shooting or a stabbing at a place whose name is also a site of accidents (a "plant", a "warehouse", a
"depot", a "mine") is an attack (issue 9: such items read quiet, as industrial accidents): the act's own word
names its weapon, a gun or a blade, and a place word alone makes no accident of it. Each beside a twin that keeps
its old result: a blast or a fire at the same kind of place, told with no act of arms, stays an accident. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize(("violent", "killed", "quiet"), [
    ("A man kills three co-workers in a shooting at a meat packing plant in Ohio.", 3,
     "A man kills three co-workers in an explosion at a meat packing plant in Ohio."),
    ("Two guards are killed in a shooting outside a steel plant, police say.", 2,
     "Two guards are killed in a fire outside a steel plant, police say."),
    ("Twelve people are killed in a shootout at a warehouse near the port.", 12,
     "A blaze kills 12 workers at a warehouse near the port."),
    ("A new shooting at a gold mine wounds at least five miners.", None,
     "A new collapse at a gold mine wounds at least five miners."),
])
def test_a_shooting_at_a_site_is_an_attack(rules, violent, killed, quiet):
    _alert(rules, violent, killed)
    _quiet(rules, quiet)


def test_a_stabbing_at_a_warehouse_is_an_attack(rules):
    _alert(rules, "A worker goes on a rampage in a warehouse, killing one colleague and stabbing another.")


@pytest.mark.parametrize("text", [
    # the animal shot at a site keeps its quiet: no person is harmed
    "Rangers shot dead a tiger that escaped its enclosure at the zoo during the storm.",
    # a shot fired by mishap at a plant is still an accident
    "A guard accidentally shot himself while cleaning his rifle at the power plant.",
])
def test_shots_at_animals_or_by_mishap_stay_quiet(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("violent", "quiet"), [
    # a game's place or club lends no sport's sense to a shooting that counts the people it harmed
    ("A drive-by shooting outside a youth football club leaves two people dead and three injured.",
     "The youth football club's shooting drills leave the coach pleased with his strikers."),
])
def test_a_shooting_at_a_games_place_that_counts_its_harmed_is_an_attack(rules, violent, quiet):
    _alert(rules, violent)
    _quiet(rules, quiet)
