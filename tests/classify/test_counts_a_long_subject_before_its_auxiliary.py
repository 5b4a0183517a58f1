"""A singular passive's subject that opens its sentence with "a" is one person however long its description
(docs/taxonomy.md, Counts), where the auxiliary stands apart from the participle phrase of death too, as the present of
news summaries tells it ("a former commander critical of the president is shot dead"); a subject of two people joined
by "and", or a plural, is not one. The sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "A former rebel commander critical of the ruling party is shot dead in a car park near the port",
    "A retired police colonel loyal to the old regime is shot dead outside his home in the capital",
    "A local councillor critical of the mayor was shot dead outside the town hall",
])
def test_a_long_singular_subject_is_one_killed(rules, text):
    event = rules.classify(text)
    assert "casualty" in event.types and event.killed == 1, (text, event.types, event.killed)


@pytest.mark.parametrize("text", [
    "A former rebel commander critical of the ruling party and his driver are shot dead in a car park near the port",
    "Two retired police colonels loyal to the old regime are shot dead outside their homes in the capital",
])
def test_two_joined_or_a_plural_are_not_one(rules, text):
    event = rules.classify(text)
    assert "casualty" in event.types and event.killed != 1, (text, event.types, event.killed)
