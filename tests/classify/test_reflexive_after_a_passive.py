"""A death word with a reflexive pronoun told in the passive ("before being killed himself") is no suicide: the
passive takes no object, so the pronoun only stresses that the attacker too was killed, by others; the act he did to
others before is the news, his own death apart from the toll (issue 9: real attacks read quiet). Its twins keep their
old quiet: the reflexive as the object of an active verb is a death by one's own hand. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A policeman opens fire on colleagues at a checkpoint, killing three and wounding another, before being killed "
    "himself.",
    "A recruit turned his rifle on instructors at the academy, killing two, and was then killed himself.",
])
def test_an_attacker_killed_himself_in_the_passive_still_did_his_act(rules, text):
    _alert(rules, text)


@pytest.mark.parametrize("text", [
    "A policeman killed himself at a checkpoint.",
    "A recruit at the academy kills himself with his rifle.",
])
def test_a_death_by_ones_own_hand_stays_quiet(rules, text):
    _quiet(rules, text)
