"""A reflexive pronoun told with a passive of harm to one person ("the guard was then shot dead himself", "was himself
shot dead") stresses that he too got the harm he did: a passive takes no object, so he is the doer of the act told
before, his death reported apart from its toll (issue 9). Its twins keep their old result: a person shot dead with no
reflexive after an act is one more dead, and the act's toll still counts. The sentences are written for these
tests."""

from __future__ import annotations

import pytest


def _counts(rules, text: str) -> tuple[bool, int | None, int | None]:
    event = rules.classify("", text)
    return bool(event.types), event.killed, event.injured


@pytest.mark.parametrize("text, counts", [
    ("A guard kills seven people in a shooting spree at a barracks. The guard was then shot dead himself.",
     (True, 7, None)),
    ("A guard kills seven people in a shooting spree at a barracks. The guard was shot dead himself.",
     (True, 7, None)),
])
def test_a_reflexive_passive_tells_the_doers_own_end(rules, text, counts):
    assert _counts(rules, text) == counts


@pytest.mark.parametrize("text, counts", [
    ("A guard kills five people in a shooting spree at a depot near the port. A driver was then shot dead.",
     (True, 6, None)),
    ("A guard kills seven people in a shooting spree at a barracks.", (True, 7, None)),
    # the reflexive before the participle was read right before, and stays so
    ("A guard kills five people in a shooting spree at a depot near the port. The guard was himself shot dead.",
     (True, 5, None)),
])
def test_a_passive_with_no_reflexive_is_one_more(rules, text, counts):
    assert _counts(rules, text) == counts
