"""A verb of erupting whose subject is an act named before it in its clause ("a gunfight erupts between soldiers",
"clashes between two clans erupted") tells the act breaking out, no volcano: it lends no disaster context to the toll
the act leaves (issue 9: real clashes read quiet). Its twins keep their old quiet: a volcano that erupts, whatever it
kills. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A gunfight erupts between police and smugglers near the border, leaving two officers dead.",
    "Clashes between two clans erupted in the district after the vote, leaving four dead and nine injured.",
])
def test_an_act_that_erupts_leaves_its_toll(rules, text):
    _alert(rules, text)


@pytest.mark.parametrize("text", [
    "A volcano erupted near the border, leaving two hikers dead.",
    "Mount Sinabung erupts again, killing 14 villagers.",
])
def test_a_volcano_that_erupts_stays_quiet(rules, text):
    _quiet(rules, text)
