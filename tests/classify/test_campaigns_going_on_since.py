"""A campaign told as going on since a month or a year, beside a twin that differs by the principle and must still
alert (and count) as it did. The sentences are written for these tests, not taken from any set.

"its bombing campaign has been in progress since late September" names a series of acts over months, as "strikes
since September" does (docs/taxonomy.md: a "since October" background total): the news is what the sentence
tells beside it (a deployment, a visit). A campaign told by its acts with a day, or a toll, is news.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "The country sends air defence systems to its ally, where its bombing campaign against the rebels has been in "
    "progress since late September",
    "Envoys meet in the capital as the army's offensive in the hills has continued since March",
])
def test_a_campaign_going_on_since_a_month_is_a_series(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("The air campaign, which has been under way since March, killed 40 villagers on Sunday", 40),
    ("Jets pounded the city on Sunday, killing 12; the bombing campaign has gone on since May", 12),
])
def test_a_campaigns_act_with_its_day_still_counts(rules, text, killed):
    _alert(rules, text, killed)
