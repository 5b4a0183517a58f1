"""Fired arms told unexploded that go off or harm as the subject of their own clause are duds: they did not go
off when they were fired or dropped, so what they do now is a leftover's mishap, whatever war left them, and no
attack. A mine or a device is laid to lie unexploded until someone sets it off, so "unexploded" tells no dud
of it. Each quiet case stands beside a violent twin in nearly the same words that must still alert. The
sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# A dud that goes off, or harms, by its own verb...
@pytest.mark.parametrize("text", [
    "An unexploded mortar round blew up in a vegetable plot, killing two brothers",
    "An unexploded cluster bomb wounds three boys herding goats on the hillside",
    "An unexploded artillery shell exploded in the orchard, injuring a farmer",
    "Two cousins are killed as an unexploded rocket goes off beside their school",
])
def test_a_dud_that_goes_off_is_a_mishap(rules, text):
    _quiet(rules, text)


# ...while the same arms not told unexploded were fired at someone, and a mine or a device told unexploded was laid.
@pytest.mark.parametrize(("text", "killed"), [
    ("A mortar round blew up in a vegetable plot, killing two brothers", 2),
    ("A cluster bomb killed three boys herding goats on the hillside", 3),
    ("Two cousins are killed as a rocket goes off beside their school", 2),
    ("An unexploded landmine killed three shepherds crossing the ridge", 3),
    ("An unexploded device left by the insurgents killed two soldiers on patrol", 2),
])
def test_fired_arms_not_told_duds_and_laid_arms_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# A second device found unexploded after a bombing goes off in no clause of its own: the bombing is the news.
def test_an_unexploded_second_device_leaves_the_bombing_news(rules):
    _alert(rules, "A car bomb killed six at the market and police found an unexploded shell in a second car", 6)
