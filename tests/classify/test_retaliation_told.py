"""Retaliation told as news (issue 9): "jets bombed two rebel bases in response to last week's attack on a
convoy" tells the bombing, the act of the main clause's own verb with its doer; the earlier act named in its phrase
of reason ("in response to", "in retaliation for", "to avenge", "revenge for") is only the reason. A rule about
that earlier act (a time gone in the possessive, "last week's", dates it; the reason's phrase names it and its
toll) silences only that act's words and toll, never the act told before the phrase, nor that act's own toll.
Quiet: a main clause that tells no violence of its own (a condemnation, a recall, a resignation, a vow, an
infinitive's aim) under such a phrase, and the toll of the earlier act. Each quiet case stands beside a violent
twin in nearly the same words. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "The union condemns last week's attack on an aid convoy near the border.",
    "Ghana recalls its envoy in response to last week's bombing of its embassy.",
    "The interior minister resigns in response to last month's bombing that killed 14 pilgrims.",
    "Farmers block the highway in retaliation for last Tuesday's raid on their village.",
    "The rebel commander vows revenge for the ambush that killed nine of his fighters.",
    "The preacher urges followers to kill officials in retaliation for the killing of three students.",
])
def test_a_reaction_that_tells_no_violence_is_quiet(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Air force jets pound an insurgent camp in response to last week's attack on an aid convoy.", None),
    ("Ghana bombs rebel positions in response to last week's bombing of its embassy.", None),
    ("Warplanes struck three villages in response to last month's bombing that killed 14 pilgrims.", None),
    ("Soldiers raided two villages in retaliation for last Tuesday's raid on their outpost.", None),
    ("Government troops shelled the hills in retaliation for last month's ambush of a patrol.", None),
    ("Militants stormed a police post to avenge last week's arrest of their leader.", None),
    # the main clause's own toll counts; the reason's toll does not
    ("Rebels killed six policemen in retaliation for the arrest of their commander.", 6),
    ("Artillery shelling killed 11 fighters in response to a rocket attack that killed three soldiers.", 11),
])
def test_an_act_told_before_its_reason_alerts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "Troops shell border posts in response to a mortar barrage that hit the town, killing four residents.",
])
def test_the_reasons_toll_is_not_counted(rules, text):
    # ("in response to a barrage that hit the town, killing four": the participle goes on with the relative clause)
    event = rules.classify(text)
    assert {"strike", "attack"} & set(event.types) and event.killed is None, (text, event.types, event.killed)
