"""A span of time told by "a" after a list of the dead, set off by a comma, times the act and names no person: it is no
further item of the list. Each beside a twin that lists one more person in nearly the same words and must count him.
The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen killed 40 villagers on Sunday, a week after an attack on a nearby town.", 40),
    ("Militants killed 12 soldiers at a checkpoint, a day after the army began an offensive in the valley.", 12),
    ("A suicide bomber killed a police officer, an hour after a rally ended in the square.", 1),
    ("Rebels killed 7 farmers in the hills, a month after a truce was signed.", 7),
    # twins: a person after the comma is one more of the list, and a figure before a time unit already counted no one
    ("Gunmen killed 40 villagers on Sunday and a soldier who tried to stop them.", 41),
    ("Militants killed 12 soldiers at a checkpoint, a policeman and a driver.", 14),
    ("Gunmen killed 40 villagers on Sunday, two days after an attack on a nearby town.", 40),
])
def test_a_span_after_the_list_is_no_person(rules, text, killed):
    assert_alerts(rules, text, killed=killed)
