"""A sentence that counts years since an act (an anniversary, "marks 80 years since the bombing") recalls the act in
what describes it; after a semicolon its clause is its own and may tell news, but a noun of the act's time there ("the
minute the bomb exploded", "the moment the shells fell") still names the moment of the act remembered, told beside a
rite (docs/taxonomy.md, `attack`, "it is not": an act counted by an anniversary). An act told by its own subject and
verb after the break stays news, and so does one a time clause runs on into ("the moment the ceremony began a bomb
exploded"). The sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "The city marks 70 years since the bombing of its harbour; a siren sounds at 9:40 a.m., the minute the bomb exploded.",
    "The village marks 30 years since the massacre; bells ring at noon, the moment the shelling began, and wreaths are laid.",
])
def test_the_moment_of_the_remembered_act_after_a_break_is_recalled(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "The city marks 70 years since the bombing of its harbour; a bomb exploded at 9:40 a.m., the minute the siren sounded.",
    "The village marks 30 years since the massacre; at noon, the moment the bells rang, a bomb exploded near the square.",
    "The city marks 70 years since the bombing of its harbour; gunmen opened fire on the crowd at the memorial.",
    # a time clause that runs on into another clause's verb: that verb is news
    "The town marks 10 years since the bombing, but at the moment the ceremony began a bomb exploded near the square.",
    "The town marks 10 years since the bombing; at the moment the ceremony began gunmen opened fire on the crowd.",
])
def test_an_act_of_its_own_after_the_break_is_news(rules, text):
    _alert(rules, text)
