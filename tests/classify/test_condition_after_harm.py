"""One person whose state after violence is told is one hurt (issue 9, docs/taxonomy.md: Counts). A person named by
an article, an age or a role who is "in a critical (serious, stable) condition" or "in hospital" after being shot or
stabbed, who "was taken to hospital with injuries", who "survived with a wound", or whom a bullet grazed ("fired at
officers, grazing one", "was grazed by a bullet") is one injured; one who "has died after being stabbed" is one
killed. A state after no violence names no one hurt: a fall or an operation is no casualty ("in a critical condition
after a fall", "stable after surgery"), cattle grazing a field wound no one, and the noun "wound" of one who died of
it, or one he gave himself, is no injury. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


def _tolls(rules, text):
    event = rules.classify(text)
    return event.killed, event.injured


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # in a condition, or in hospital, after the harm
    ("A man in his 30s is in a critical condition in hospital after being shot in the Kensington area of Leeds on "
     "Friday night.", 0, 1),
    ("A woman, 41, is in a stable condition after she was stabbed in an alley off King Street on Tuesday.", 0, 1),
    ("A 19-year-old remains in a serious but stable condition after being shot outside a bar in Cork.", 0, 1),
    # taken to hospital with injuries, beside one killed
    ("A 16-year-old boy has died after being stabbed in Croydon on Monday. Police said a second boy was taken to "
     "hospital with injuries that are not life-threatening.", 1, 1),
    # survived with a wound
    ("Gunmen shot dead three members of one family at their farm near Mthatha on Friday. A fourth relative, a boy of "
     "7, survived with a wound to the leg.", 3, 1),
    # grazed by a bullet, or grazing one
    ("A guard was shot dead in a bank robbery in Monterrey on Monday. The robbers fled, firing at pursuing police and "
     "grazing one.", 1, 1),
    ("Gunmen opened fire on a police patrol in Culiacan on Friday. One officer was grazed by a bullet.", 0, 1),
    # the present of wounding with a bare count as its object
    ("Gunmen kill two, wound three near a market in Kano on Sunday.", 2, 3),
])
def test_a_person_told_hurt_by_his_state(rules, text, killed, injured):
    _alert(rules, text)
    assert _tolls(rules, text) == (killed, injured)


@pytest.mark.parametrize("text", [
    # twins: the same states after no violence
    "A man in his 30s is in a critical condition in hospital after a fall from scaffolding in Leeds on Friday.",
    "A woman, 41, is in a stable condition after surgery at a hospital in Dublin on Tuesday.",
    "The patient is in a stable condition after an operation on his heart, doctors said.",
    # cattle that graze, and a wound that is no survivor's
    "Cattle were grazing the hills near the border on Monday, farmers said.",
    "The singer was found dead at his home of a self-inflicted gunshot wound, police said.",
])
def test_a_state_after_no_violence_names_no_one_hurt(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "injured"), [
    # twin: the attacker shot by police is no victim
    ("A gunman who opened fire at a school in Ohio is in a critical condition after being shot by police.", None),
    # twin: a figure told stays as told
    ("Two men are in a critical condition in hospital after being shot in the Kensington area of Leeds.", 2),
])
def test_the_count_of_others_in_a_condition(rules, text, injured):
    _alert(rules, text)
    assert rules.classify(text).injured == injured
