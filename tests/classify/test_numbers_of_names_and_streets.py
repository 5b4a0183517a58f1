"""Numbers that name and numbers that count, each case beside a twin that must keep its count. The sentences are
written for these tests, not taken from any set.

1. A number in digits right after a name word (a capital among words in lower case) that a count or an article opens
   is the name's, no count: "Fourteen Barrio 18 members were killed" is killed 14, "the Apollo 11 crew" counts no
   one. An address is a number before its street word ("5 Main Street"), and a count stands before the name it
   counts, never inside it.
2. A street word right after a number, before a plural of people, names what those people are ("18 street
   children", as "3 street vendors"): they are counted.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert


@pytest.mark.parametrize(("text", "killed"), [
    # the number of a name, a count before it
    ("Fourteen Barrio 18 members were killed in a prison riot.", 14),
    ("Two Barrio 18 gang members were shot dead outside a bakery.", 2),
    ("Police said 3 Apollo 11 fans were killed when gunmen opened fire on the museum.", 3),
    # twins: a count with no name between, and a name with no count before it
    ("Fourteen gang members were killed in a prison riot.", 14),
    ("Gunmen shot dead 5 members of the Barrio 18 street gang.", 5),
    ("In Kabul 18 people were killed by a suicide bomber.", 18),
])
def test_a_number_after_a_name_word_names(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen killed 18 street children in Honduras.", 18),
    # twins: people before a street word, and an address after the count
    ("Gunmen killed 18 street vendors in Honduras.", 18),
    ("Gunmen killed 3 people at 5 Main Street.", 3),
])
def test_a_street_word_before_people_counts_them(rules, text, killed):
    _alert(rules, text, killed)
