"""Follow-ups in the days after an act, where the follow-up is the news (issue 9). By the main clause: when the
sentence's main verb is the follow-up (a rite of mourning, a finding, a repatriation of the dead, a reopening,
a resignation over failures before the act) and the act stands only in its object, its relative clause or participle, or a phrase hung on them, the act is the
follow-up's background, even dated by a recent day: "a vigil for the girl stabbed to death there on Thursday", "the
bodies of four engineers killed in Saturday's attack are flown home", "investigators say the car bomb that exploded
last Wednesday was set off remotely", "schools reopen after a closure that followed the suicide attack". The act
told as the subject of its own verb, or in a clause of its own, stays news and alerts. A claim of responsibility
that counts the act's toll is left as news (readers of the train alarms took such claims for the act's report).
Each quiet case stands beside a violent twin in nearly the same words. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    # a rite paid for the dead its object describes, the act dated by a recent day
    "Hundreds hold a candlelight vigil outside a secondary school in Perth for the 15-year-old boy stabbed to death "
    "there on Friday.",
    "The parliament observes a minute's silence for the four people who died in the knife attack at a fair in "
    "Bremen on Sunday.",
    "Vigils are held in Kathmandu for three Nepali peacekeepers killed in an ambush in South Sudan on Monday.",
    # the dead flown home, described by how they died
    "The bodies of five Korean workers killed in Tuesday's attack on a fuel convoy in Ituri are flown home to "
    "Seoul.",
    "The remains of 12 passengers who died when the airliner was shot down over the sea in May have been returned "
    "to their families.",
    # a finding of how an act dated a week or more back was done
    "Police in Peru say the car bomb that exploded outside the central prison in Lima last Tuesday was set off "
    "remotely with a mobile phone.",
    # a reopening after a measure that followed the act
    "Markets in Quetta reopen after a week-long curfew that followed the suicide attack on the police academy in "
    "which 21 people were killed.",
    # a resignation over failures before the act
    "The police chief resigns, saying he takes responsibility for intelligence failures before the bombing of a "
    "wedding hall in Kano that killed 23.",
])
def test_the_act_behind_a_follow_up_is_its_background(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the act told in a clause of its own before the rite
    ("A 15-year-old boy was stabbed to death outside a secondary school in Perth on Friday; hundreds held a "
     "vigil.", 1),
    ("Four people died in a knife attack at a fair in Bremen on Sunday, and the parliament observes a minute's "
     "silence.", 4),
    # an act told in the rite's own clause of cause, by its own verb and a recent day
    ("Vigils are held in Kathmandu after gunmen ambushed a patrol in South Sudan on Monday, killing three Nepali "
     "peacekeepers.", 3),
    # the dead of the act told before their bodies are flown home
    ("Gunmen attacked a fuel convoy in Ituri on Tuesday, killing five Korean workers; their bodies are flown home "
     "to Seoul.", 5),
    # the act as its own report, with a word of how it was set off
    ("A car bomb that was detonated remotely killed 12 people outside the central prison in Lima on Tuesday.", 12),
    # the act as the subject of its own verb, and a claim that counts the act's toll
    ("A suicide attack on the police academy in Quetta killed 21 people; markets were closed.", 21),
    ("A bomb tore through a wedding hall in Kano, killing 23; the police chief resigns, citing intelligence "
     "failures.", 23),
    ("Gunmen ambushed a patrol near Tillabéri on Thursday, killing 19 soldiers; IS claimed the attack.", 19),
    ("IS claims responsibility for the ambush near Menaka, in which 14 soldiers were killed on Friday; the junta "
     "declares two days of mourning.", 14),
])
def test_the_act_told_as_news_beside_a_follow_up_alerts(rules, text, killed):
    _alert(rules, text, killed)
