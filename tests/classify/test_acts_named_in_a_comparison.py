"""An act named as what something is compared or likened to, or as the thing a comparison weighs, is a likeness that
names a known kind of deed, not an act done (docs/taxonomy.md, `attack`, "it is not"). An act told by its own verb
beside the comparison still alerts. Every quiet case sits beside a violent twin. The sentences are written for these
tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts, assert_quiet


@pytest.mark.parametrize("text", [
    "Addressing the parliament in Tokyo, the president compares the invasion of his country to the nuclear bombing of "
    "Nagasaki.",
    "The union leader likens the pension cuts to a massacre of the working class.",
    "The novelist compared the closure of the village school to a slow killing of the valley.",
])
def test_an_act_named_in_a_comparison_is_quiet(rules, text):
    assert_quiet(rules, text)


@pytest.mark.parametrize("text", [
    "The president compares the protests to a coup, and then troops shoot dead four protesters in the square.",
    "Rebels compare the ceasefire to a surrender and shell the town, killing three.",
    "Comparing the raid to a war crime, villagers say soldiers killed six people in the village on Sunday.",
])
def test_an_act_told_beside_a_comparison_still_alerts(rules, text):
    assert_alerts(rules, text)
