"""A killing dated by a month gone in the summary under a heading of a reaction to it, each case beside a twin that
must still alert. The sentences are written for these tests, not taken from any set.

A heading that tells a reaction to an act it names after the reaction's word (an arrest or a stage of a case, an
inquiry or a trial, a funeral or tributes for its dead, its anniversary) is about that act, and the summary's main
clause that dates the act by a bare month gone ("in March") tells it as the reaction's background: no new escalation.
A near day ("on Monday", "last night") keeps it news: a funeral or an inquiry may come within the day.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts, assert_quiet


@pytest.mark.parametrize("title", [
    "Hundreds attend funeral of slain nurse",
    "Inquiry opens into nurse's killing",
    "Trial opens over nurse's killing",
    "Town marks anniversary of nurse's killing",
    "Police arrest two men over nurse's killing",
])
def test_a_killing_dated_by_a_month_gone_under_a_reaction_is_its_background(rules, title):
    event = rules.classify(title, "The nurse was shot dead in March in the district.")
    assert not {"strike", "attack", "casualty"} & set(event.types), (title, event.types)


@pytest.mark.parametrize("title", [
    "Hundreds attend funeral of slain nurse",
    "Inquiry opens into nurse's killing",
    "Town marks anniversary of nurse's killing",
])
def test_a_killing_dated_by_a_near_day_under_a_reaction_is_news(rules, title):
    event = rules.classify(title, "The nurse was shot dead on Monday in the district.")
    assert {"attack"} <= set(event.types) and event.killed == 1, (title, event.types, event.killed)


def test_the_killing_alone_still_alerts_and_a_reaction_alone_is_quiet(rules):
    assert_alerts(rules, "The nurse was shot dead in March in the district.", 1)
    assert_quiet(rules, "Hundreds attend funeral of nurse in the district.")
