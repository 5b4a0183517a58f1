"""A recognition of what a known act was ("recognises the shelling of the convoy as an act of genocide") is a judgement
of it, as "calls" or "describes ... as" is (docs/taxonomy.md, `attack`, "it is not": what an act named as known is
called): the act is the judgement's object, known before. An act told by its own verb beside it still alerts. Every
quiet case sits beside a violent twin. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts, assert_quiet


@pytest.mark.parametrize("text", [
    "The senate recognises the shelling of the refugee convoy as an act of genocide.",
    "The parliament in Kyiv formally recognised the deportations and the bombing of the peninsula as genocide.",
])
def test_a_recognised_act_is_quiet(rules, text):
    assert_quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Rebels shell the refugee convoy, killing nine; the president recognises the shelling as an act of terror.",
    "The parliament recognises the bombing of the old town as a war crime as jets bomb the city again, killing 12.",
])
def test_an_act_told_beside_a_recognition_still_alerts(rules, text):
    assert_alerts(rules, text)
