"""The act of a case told again, and the dead and wounded cared for or brought home (issue 9). Under a heading or
in a sentence that tells a later stage of a case (jailed, sentenced, convicted, on trial), the act told with the
accused's possessive or as the object of a judge's or a prosecutor's words is the case's act, known before; a
wound cared for ("surgery for injuries sustained in a blast") and the dead flown home are the aftermath of an act
told before. Each quiet item stands beside a violent twin in the same words, which must still alert. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from bot.classify import Classifier
from tests.classify.verdicts import ALARMS, assert_alerts, assert_quiet


def _quiet_item(rules: Classifier, title: str, summary: str) -> None:
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, summary, event.types, event.evidence)


def _alerting_item(rules: Classifier, title: str, summary: str) -> None:
    event = rules.classify(title, summary)
    assert {"strike", "attack"} & set(event.types), (title, summary, event.types)


# 1. The accused's act under a case's heading: told with the accused's possessive, or as the object of the court's
# words. With no case it is the day's news; an act the accused launches, or a second act, is news of its own.
@pytest.mark.parametrize("title, quiet, violent", [
    ("Woman jailed for 30 years over riverside stabbings",
     "A judge at the crown court called her attack on two joggers 'cold and deliberate'.",
     "Hours after the verdict, a man launched his attack on two joggers by the river."),
    ("Court jails man for life over market knife rampage",
     "The judge said his assault on the stallholders had left a town in fear.",
     "Witnesses said a second man began his assault on the stallholders at noon."),
    ("Man goes on trial over synagogue shooting",
     "His shooting of the worshippers lasted four minutes, prosecutors say.",
     "Outside the court on Friday, a gunman opened fire on the worshippers."),
])
def test_the_accuseds_act_under_a_case_is_told_before(rules, title, quiet, violent):
    _quiet_item(rules, title, quiet)
    _alerting_item(rules, title, violent)


@pytest.mark.parametrize("quiet, violent", [
    ("A judge jailed the bomber for life, calling his bombing of the rail station an act of pure hatred.",
     "The bomber struck at dawn, and his bombing of the rail station killed eleven commuters."),
    ("The former guard was convicted of murder; the court heard his shooting of the two inmates was planned.",
     "The former guard opened fire in the yard; his shooting of the two inmates left both dead."),
])
def test_the_accuseds_act_in_a_sentence_of_the_case(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)


def test_a_possessive_act_with_no_case_is_news(rules):
    _alerting_item(rules, "Man attacks shoppers in city centre",
                   "His attack on the Saturday shoppers left three people dead, police said.")
    _alerting_item(rules, "Sect leader jailed in capital",
                   "His followers launched their attack on a police station at dawn, killing two officers.")


# 2. Wounds cared for and the dead brought home: the aftermath of an act told before; the act told first in its
# sentence is news.
@pytest.mark.parametrize("quiet, violent", [
    ("The mayor undergoes surgery in the capital for injuries sustained in a grenade attack.",
     "A grenade attack wounds the mayor, who undergoes surgery in the capital for his injuries."),
    ("The governor is treated for wounds sustained in a roadside bombing and later discharged from hospital.",
     "A roadside bombing wounded the governor, who was treated and later discharged from hospital."),
    ("The bodies of three marines killed in a mortar attack are flown home to their families.",
     "A mortar attack killed three marines, and their bodies are flown home to their families."),
    ("The bodies of four engineers killed in a rocket attack on a convoy in the north begin their journey home.",
     "A rocket attack on a convoy in the north killed four engineers, whose bodies begin their journey home."),
    ("The bodies of two peacekeepers killed in an ambush are brought home on Tuesday.",
     "Rebels killed two peacekeepers in an ambush, and their bodies are brought home on Tuesday."),
])
def test_wounds_cared_for_and_dead_brought_home_are_aftermath(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)
