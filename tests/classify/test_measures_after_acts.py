"""Measures and reactions after an act (issue 9): a measure whose cause is an act known before, or a toll told as
a revision of an earlier count, reports no act of its own. Each quiet case stands beside a twin in the same words
that tells an act with its own verb or toll, and must alert. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# a measure "due to" or "because of" an act known before (a definite or recent one) or dated earlier
@pytest.mark.parametrize("text", [
    "The governor imposes a night curfew on the northern city due to recent deadly attacks.",
    "The ministry closes schools across the district because of last week's bombings.",
    "Airlines suspend flights to the capital due to the attack on the airport on Monday.",
])
def test_a_measure_due_to_a_known_act_is_quiet(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the cause told with its own toll is news
    ("The governor imposes a night curfew on the northern city due to the violence there, where gunmen killed 14 "
     "people overnight.", 14),
    # a cause with no mark of being known may last into the news: fighting told now
    ("Thousands flee their homes due to clashes between the army and rebels near the border.", None),
    # the act told in its own clause before the measure
    ("Gunmen kill 12 shoppers in a market. The governor imposes a night curfew on the city due to recent attacks.",
     12),
])
def test_a_measure_due_to_an_act_told_alerts(rules, text, killed):
    _alert(rules, text, killed)


# a toll told as a revision of a count reported before, and the act it counts
@pytest.mark.parametrize("text", [
    "Police revise the death toll from the attack on the bus station down to 41.",
    "The toll of the hotel bombing was lowered to 19 after two bodies were counted twice.",
    "Officials correct the official death toll from 35 to 32, with dozens still in hospital.",
])
def test_a_revised_toll_is_quiet(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the toll told as rising is news of its own
    ("Police say the death toll from the attack on the bus station rises to 41.", 41),
    # an act told in its own clause beside the revision of another's toll keeps its own toll
    ("A bomb kills 12 worshippers at a shrine, and officials revise the toll of yesterday's attack to 17.", 12),
])
def test_a_toll_told_as_news_alerts(rules, text, killed):
    _alert(rules, text, killed)
