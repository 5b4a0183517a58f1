"""What an act named as known is called (docs/taxonomy.md, `attack`, "it is not"): a verb of judging (call,
describe, term, brand, label, dub) whose object is an act named with "the", followed by its judgement (a
quotation, "as", "a" or "an"), tells what is said of an act known before, as an attribution of who did it does.
So does the act named with "the" as the subject of a copula before a judgement ("was a legitimate military
action", "was staged", "was an act of terrorism").
An act whose toll the judgement counts, one named first with "a", and one the item told before still alert. The
sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    'The foreign ministry calls the attacks on the embassy "unacceptable".',
    'The minister described the shelling of the consulate as "a terrorist act".',
    "The president terms the killing a crime against humanity.",
    'The envoy brands the raids on the border villages "collective punishment".',
])
def test_what_a_known_act_is_called_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a known act whose toll the judgement counts
    ('The president calls the attack that killed 12 people "barbaric".', 12),
    # an act named first
    ('The president calls an attack on a market that killed 12 "barbaric".', 12),
    # an act the item told before the judgement
    ('Gunmen kill 12 at a market. The president calls the attack "barbaric".', 12),
    ("Militants call the bombing of the base a success, saying it killed 30 soldiers.", 30),
])
def test_a_judged_act_told_as_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# What a known act is said to be: the act named with "the" as the subject of a copula before a judgement of it (or
# what it was found to be), in the opening sentence, with no toll counted.
@pytest.mark.parametrize("text", [
    "The coalition says the air strike on the school bus was a legitimate military action.",
    "The foreign ministry says the attack on the convoy was staged by foreign agents.",
    "Police say the stabbing at the station was an act of terrorism.",
    "The Minister Says The Raid On The Border Post Was Illegal",
])
def test_what_a_known_act_is_said_to_be_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a known act whose toll the sentence counts
    ("The air strike on the school bus, which killed 40 children, was a legitimate military action, the coalition "
     "says.", 40),
    # an act the item told before
    ("Gunmen attack a hotel in the capital. The attack was an act of terrorism, police say.", None),
    # a predicate that judges nothing
    ("The attack on the hotel was the third this year.", None),
])
def test_an_act_said_to_be_something_told_as_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
