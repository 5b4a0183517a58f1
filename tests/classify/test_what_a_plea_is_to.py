"""What a plea is to is the charge, a case's matter (docs/taxonomy.md, `attack`, "it is not": a trial ... about an
attack told before): "pleads guilty to murder" frames "murder" as "convicted of" does, however long the description
of the accused before it, which had put the earlier charge ("accused of killing ...") out of the word's reach. An act
told in its own clause beside a plea still alerts. Every quiet case sits beside a violent twin. The sentences are
written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts, assert_quiet


@pytest.mark.parametrize("text", [
    "Maria Lopez, accused of killing the former governor of the province Juan Ortega during a rally in the capital, "
    "pleads guilty to murder at the opening of her trial.",
    "The man accused of shooting two police officers outside a nightclub in the city centre in 2022 pleads not guilty "
    "to attempted murder.",
])
def test_a_plea_to_a_charge_is_quiet(rules, text):
    assert_quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Hours after he pleaded guilty to murder, a prisoner stabs two guards at the court.",
    "Gunmen shoot dead a witness who was due to testify against a man who pleaded not guilty to murder.",
    "A man who pleaded guilty to assault shoots dead two police officers outside the court.",
])
def test_an_act_beside_a_plea_still_alerts(rules, text):
    assert_alerts(rules, text)
