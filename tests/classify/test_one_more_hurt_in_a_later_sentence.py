"""A person told hurt by his place after others in a later sentence ("a second man", "a third", "another man") is
one more than those the act took before, never one of them restated: "A man stabbed a commuter. A second man also
received stab wounds" is injured 2, "... injures one. Another man was injured" is 2. An ordinal counts from those
the act took ("stabbed two commuters. A second victim ..." is still 2, "a third man" is 3), and "another" is one more
only after a count of the hurt told before it. The sentences are written for these tests, not taken from any set.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "injured"), [
    ("A man stabbed a commuter on the platform. A second man also received stab wounds", 2),
    ("A man stabbed a commuter on the platform. Another man was injured", 2),
    ("A man stabbed two shoppers at the market. A third man was also hurt", 3),
    ("A man stabbed four people at a bus stop, killing one. Another man was injured", 4),
    ("Knife attack on a train injures one || A knife attack on a train injures one. Another man was injured.", 2),
    ("Two people were injured in a shooting outside a bar. Another man was injured", 3),
])
def test_one_more_hurt_told_by_his_place_is_counted(rules, text, injured):
    title, _, summary = text.partition(" || ")
    event = rules.classify(title, summary)
    assert "attack" in event.types and event.injured == injured, (text, event.injured)


@pytest.mark.parametrize(("text", "injured"), [
    ("A man stabbed two shoppers at the market. A second victim remains in hospital", 2),
    ("A man stabbed two people, seriously wounding a woman and lightly injuring a man", 2),
    ("One person is killed and another wounded in a shooting at a block of flats. A man is in serious condition "
     "after being shot nearby", 1),
])
def test_a_place_among_those_counted_restates_them(rules, text, injured):
    event = rules.classify(text)
    assert "attack" in event.types and event.injured == injured, (text, event.injured)
