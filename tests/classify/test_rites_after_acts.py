"""Rites and measures of mourning for the dead of an earlier act (issue 9): a main clause that pays a rite of
mourning or remembrance (a day of mourning, a minute of silence, a vigil, a wreath, flags at half-mast, a
commemoration, a memorial service, a tribute) answers deaths already known, so the act told in its
after/following-clause, in its object, or in the relative clause or participle that describes that object is the
rite's cause, and the rite is the news. Still news, and alerting: the act told in a sentence or a clause of its own,
an act at the rite (told before it, or taking it as its place), an act told by its doer and its own verb (unless
a word of earlier time dates it), an act dated by a recent day, and an act told in the present tense. Each quiet
case stands beside a violent twin in nearly the same words. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    # the act in the rite's after-clause, named by a noun and its toll
    "A day of mourning was held in the capital following two car bombings which killed 31 people.",
    "Flags fly at half-mast across the province after the bombing of a bus station that killed 18.",
    # the act in the rite's object, the dead described by how they died
    "The country observes a minute of silence for the 22 tourists killed at a beach resort a week ago.",
    "Students hold a candlelight vigil for the three classmates who were stabbed to death at a party.",
    "The prime minister lays a wreath for the victims of the hotel siege that left 20 dead.",
    "The football league pays tribute to the 14 fans killed in the stadium shooting.",
    # the act in an after-clause that opens the sentence, before a main clause that pays the rite
    "Following the ambush near the border, the government declares three days of mourning for the 12 soldiers "
    "killed in the ambush.",
    # an act told by its doer, dated earlier
    "The town holds a memorial service for the 9 villagers killed when militants raided the market a week ago.",
])
def test_the_act_a_rite_answers_is_its_cause(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the act told as its own sentence or clause
    ("Two car bombings killed 31 people in the capital on Friday; the government declared a day of mourning.", 31),
    ("A vigil was held for the flood victims, and police shot dead two protesters near the square.", 2),
    # an act at the rite: told before it, or taking it as its place
    ("Gunmen opened fire at a vigil for the flood victims, killing three.", 3),
    ("A man stabbed three students to death at a candlelight vigil for a classmate.", 3),
    ("A suicide bomber struck a memorial service for a tribal elder, killing 15.", 15),
    # an act dated by a recent day, or told in the present tense
    ("The government declares three days of mourning after a bomb killed 12 soldiers near the border on Sunday.", 12),
    ("A day of mourning is declared after a car bomb kills 31 people at a market in the capital.", 31),
    # an act told by its doer and its own verb
    ("The town holds a memorial service after militants raided the market, killing 9 villagers.", 9),
])
def test_an_act_told_as_news_beside_a_rite_alerts(rules, text, killed):
    _alert(rules, text, killed)
