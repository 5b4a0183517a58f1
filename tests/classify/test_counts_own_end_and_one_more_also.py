"""Principles of counting beside a doer's own end and a victim added by "also", each beside a twin that differs by
the principle and must still count as it did. The sentences are written for these tests, not taken from any set.

1. The doer's own end after a list of his victims ("before killing himself") ends the list but takes none of its
   people as its subject: "shot dead his wife and her partner before killing himself" is killed 2, as the list with
   no such end is.
2. One person told new by "a" and added by "also" to the hurt told before ("A passer-by was also injured") is one
   more, as "another" is; "the" names one who may have been told already.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


@pytest.mark.parametrize(("text", "killed"), [
    ("A man shot dead his estranged wife and her new partner at a flat in Lyon on Sunday before killing himself.", 2),
    ("A farmer shot dead his brother and a neighbour in a row over land before shooting himself, police said.", 2),
    # twins: the same list with no own end after it, and a victim's death after it that still ends the list
    ("A man shot dead his estranged wife and her new partner at a flat in Lyon on Sunday.", 2),
    ("A man shot dead his estranged wife and her new partner at a flat in Lyon on Sunday and wounded a neighbour.", 2),
])
def test_the_doers_own_end_takes_no_victim_of_the_list(rules, text, killed):
    assert_alerts(rules, text, killed=killed)


@pytest.mark.parametrize(("text", "injured"), [
    ("A man stabbed two women on a tram in Graz on Monday. A passer-by was also injured, police said.", 3),
    ("A gunman shot two guards outside a bank in Lagos. A cashier was also wounded.", 3),
    # twin: a person named by "the" may be one told already, and leaves the hurt as told
    ("A man stabbed two women on a tram in Graz on Monday. The driver was also injured, police said.", 2),
])
def test_one_told_new_and_added_by_also_is_one_more(rules, text, injured):
    assert_alerts(rules, text)
    assert rules.classify(text).injured == injured, text
