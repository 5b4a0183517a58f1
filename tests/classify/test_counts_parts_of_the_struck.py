"""Principles of counting the people an act struck when the text tells a part of them dead, or names one done to
death by whose he was, each beside a twin that differs by the principle and must still count as it did. The
sentences are written for these tests, not taken from any set.

1. The dead told as a part of the counted object of an active "shot" or "stabbed" ("shot two guards, one of whom
   died", "stabbed four people, two of them fatally") are that many of the struck: the part is killed, the rest
   hurt, and people hurt beyond them are more ("... and wounded a third" is injured 2).
2. One person done "to death" named by a possessive and a singular noun ("stabbed his wife to death") is killed 1,
   as "a woman" is; a figure or a list after the possessive counts as it says.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


def _tolls(rules, text):
    event = rules.classify(text)
    return event.killed, event.injured


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A gunman shot two security guards at a bank in Lagos on Monday, one of whom died, and wounded a cashier.", 1, 2),
    ("An attacker stabbed four people at a bus station in Marseille, two of whom later died in hospital.", 2, 2),
    ("Gunmen shot three farmers, one of them fatally, on a road outside the village on Tuesday.", 1, 2),
    ("A man shot two police officers, one fatally, at a traffic stop in Ohio and wounded a passer-by.", 1, 2),
    # twins: the part told hurt leaves the dead as told; the struck told hurt with no part dead stay hurt
    ("A bomb wounded six soldiers on patrol near the border, two of whom later died.", 2, 4),
    ("Six people were shot, one fatally, outside a bar in Memphis on Saturday.", 1, 5),
    ("A gunman shot two security guards at a bank in Lagos on Monday and wounded a cashier.", 0, 3),
])
def test_the_dead_told_as_a_part_of_the_struck_leave_the_rest_hurt(rules, text, killed, injured):
    assert_alerts(rules, text)
    assert _tolls(rules, text) == (killed, injured)


@pytest.mark.parametrize(("text", "killed"), [
    ("A man stabbed his wife to death at their flat in Manchester on Sunday, police said.", 1),
    ("A farmer beat his neighbour to death with an iron bar after a dispute over land.", 1),
    ("A man stabbed his mother to death and then killed himself, police said.", 1),
    # twins: an article names one as well; a figure after the possessive counts its people
    ("A man stabbed a woman to death at their flat in Manchester on Sunday, police said.", 1),
    ("A man stabbed his two sons to death at their flat in Manchester on Sunday, police said.", 2),
])
def test_one_done_to_death_named_by_a_possessive_is_one(rules, text, killed):
    assert_alerts(rules, text, killed=killed)
