"""One person told by his place after others ("a third victim", "a fourth man"), described in commas, is one more than
the toll told before, among the dead as among the hurt; one told with no place ("One victim, a woman,") may be a part of
the toll told and adds no one. Each case beside a twin in nearly the same words. The sentences are written for these
tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


@pytest.mark.parametrize(("text", "killed"), [
    ("Two people were killed in a shooting at a bar in Ghent. A third victim, a woman, was also killed.", 3),
    ("Three guards were shot dead at the border post. A fourth man, a driver, was killed later in the attack.", 4),
    # twins: the same person with no comma still one more, and one with no place a part of the toll
    ("Two people were killed in a shooting at a bar in Ghent. A third victim was also killed.", 3),
    ("Two people were killed in a shooting at a bar in Ghent. One victim, a woman, was killed at the door.", 2),
])
def test_one_told_by_his_place_is_one_more_dead(rules, text, killed):
    assert_alerts(rules, text, killed=killed)


@pytest.mark.parametrize(("text", "injured"), [
    ("Two guards were wounded in a gun attack on a bank in Lyon. A third victim, a cashier, was also wounded.", 3),
    ("Two guards were wounded in a gun attack on a bank in Lyon. A third man was also wounded.", 3),
])
def test_one_told_by_his_place_is_one_more_hurt(rules, text, injured):
    event = rules.classify(text)
    assert {"attack", "strike"} & set(event.types), (text, event.types)
    assert event.injured == injured, (text, event.injured)

