"""A pronoun of one person that opens an object list is one of the dead where the people after it are counted, by a
figure or one by one ("killing him, his driver and a guard" is 3), never where a group no figure counts follows
("killing him and his family": no count; docs/taxonomy.md, Counts). The sentences are written for these tests, not
taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


@pytest.mark.parametrize(("text", "killed"), [
    ("A roadside bomb hit the car of a provincial lawmaker on Monday, killing him, his driver and a guard.", 3),
    ("A roadside bomb hit the car of a provincial lawmaker on Monday, killing him and his driver.", 2),
    ("A roadside bomb hit the car of a provincial lawmaker on Monday, killing him and two of his guards.", 3),
    # near shapes: a group no figure counts; a description of him in commas; the pronoun alone
    ("A roadside bomb hit the car of a provincial lawmaker on Monday, killing him and his family.", None),
    ("A roadside bomb hit the car of a provincial lawmaker on Monday, killing him, a retired judge, and his driver.",
     None),
])
def test_a_pronoun_before_people_counted_one_by_one(rules, text, killed):
    assert_alerts(rules, text)
    assert rules.classify(text).killed == killed, text
