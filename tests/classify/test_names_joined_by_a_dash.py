"""A dash between two names of two capitalized words or more inside a clause in lower case ("the joint European
Union - African Union mission", "a United States–North Korea summit") joins them into one name: it ends no
sentence and breaks no clause, so the captives a capture word describes before it are the ones whose release the
sentence tells (issue 9). Its twins still alert: a capture told by its own verb beside such a name, and a dash that
parts a heading in capitals or names of one word, a break kept. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from bot.classify.sentences import clause_break_starts, split_sentences
from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "Three kidnapped aid workers of the European Union - African Union mission in Mali are freed.",
    "Two kidnapped nurses from the joint World Health - Red Cross team in Darfur are released unharmed.",
])
def test_captives_described_before_a_joined_name_are_freed(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the capture told by its own verb beside the joined name
    ("Gunmen kidnap two engineers from the joint European Union - African Union mission in Mali.", None),
    # a heading in capitals parted by a dash: its second part is news of its own
    ("Kidnapped Aid Workers Freed In Burkina Faso - Gunmen Attack Convoy", None),
    # a name of one word a side: the break is kept
    ("Three kidnapped aid workers are freed in Mali - Gunmen kill two guards at a checkpoint.", 2),
])
def test_an_act_beside_a_dash_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


def test_a_dash_joining_names_is_no_break():
    text = "Envoys meet at a United States – North Korea summit in Hanoi"
    assert split_sentences(text) == [(0, len(text))]
    assert clause_break_starts(text) == []


def test_a_dash_parting_a_heading_is_a_break():
    text = "Nigeria News - Boko Haram kills 20"
    assert len(split_sentences(text)) == 2
