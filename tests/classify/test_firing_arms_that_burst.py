"""The arms that fire (a gun, a cannon, a howitzer, a launcher) told as what blew up, or a blast told inside one
("in the barrel of their howitzer"), burst by mishap in their own crew's hands: no one fired at anyone, no attack and
no casualty of violence. What such arms fire is the charge, and its blast stays the act ("a rocket explosion", "a
shell exploded"), as does a launcher blown up by a doer. Each quiet case stands beside a violent twin in nearly the
same words that must still alert. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# A firing arm that bursts...
@pytest.mark.parametrize("text", [
    "A multiple rocket launcher explosion at a border post kills three gunners",
    "Five sailors died when a deck gun exploded on board the frigate",
    "Two artillerymen were killed as a round exploded inside the barrel of their howitzer",
])
def test_a_firing_arm_that_bursts_is_a_mishap(rules, text):
    _quiet(rules, text)


# ...but the charge it fires, or a launcher blown up by someone, is an act.
@pytest.mark.parametrize(("text", "killed"), [
    ("A multiple rocket explosion at a border post kills three gunners", 3),
    ("Five sailors died when a shell exploded on board the frigate", 5),
    ("Two artillerymen were killed as a round exploded inside their trench", 2),
    ("Rebels blew up a rocket launcher at a border post, killing three gunners", 3),
])
def test_a_charge_fired_or_a_launcher_blown_up_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
