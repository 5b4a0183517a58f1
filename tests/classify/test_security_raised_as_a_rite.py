"""Security raised after a known act, told with "raise", beside a twin that differs by the principle and must still
alert (and count) as it did. The sentences are written for these tests, not taken from any set.

Security raised where people gather answers a known act as a rite does (docs/taxonomy.md: "tighten security around
churches following a bombing that killed 23"), whatever verb raises it: "raises security at its bases due to a
recent shooting" tells the measure as news, the shooting as its cause. An act told by its doer and its own verb, or
by a recent day, is news; and "security concerns" raised are no measure.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "The ministry raises security at its bases due to a growing threat and a recent shooting near a depot",
    "Police raise security around synagogues following a bombing that killed 23",
])
def test_security_raised_after_a_known_act_is_the_news(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Police raise security around synagogues after gunmen killed 23 worshippers on Sunday", 23),
    ("The bombing, which killed 23 at a market on Sunday, raises security concerns in the capital", 23),
])
def test_an_act_told_by_its_doer_or_its_day_still_counts(rules, text, killed):
    _alert(rules, text, killed)
