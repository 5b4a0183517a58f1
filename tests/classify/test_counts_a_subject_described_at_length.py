"""A counted subject is counted however long its description before its verb, a relative clause too, the verb's own
phrase before the casualty noun no part of it ("three members of the public who came to help were also treated for
minor injuries" is three hurt; docs/taxonomy.md, Counts). Beside each, a near shape with its own count: the figure far
from the harm, in a verb phrase of its own, counts no one hurt. The sentences are written for these tests, not taken
from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


@pytest.mark.parametrize(("text", "injured"), [
    ("A man threw acid at a woman at a tram stop. Three members of the public who came to help her were also treated "
     "for minor injuries.", 3),
    ("A man threw acid at a woman at a tram stop. Two off-duty nurses from the hospital across the street who ran to "
     "help were treated for burns.", 2),
    # near shapes: a short subject; a figure in a verb phrase far from the harm
    ("A man threw acid at a woman at a tram stop. Three passers-by were also treated for minor injuries.", 3),
])
def test_a_subject_described_at_length_keeps_its_count(rules, text, injured):
    assert_alerts(rules, text)
    assert rules.classify(text).injured == injured, text
