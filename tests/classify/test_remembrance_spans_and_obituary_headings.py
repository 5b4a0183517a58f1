"""Two principles of acts told as the past of other news, each quiet case beside a twin that differs by the principle
and must still alert as it did. The sentences are written for these tests, not taken from any set.

1. A sentence that marks a span of years since an act ("marking 60 years since the bombing") is an anniversary told
   by its span: what the rest of it says of that act in a clause its time noun or a relative word opens ("as a bell
   rings at the minute the bomb went off") recalls the act remembered, as an anniversary's sentence does (a clock's
   colon, "at 8:15", breaks no clause). An act told by its own subject and verb in a clause of "as" is news.
2. A heading that names one person's death ("Death of ...") over a summary that tells that life's end with its age
   ("dies at her home aged 88") names the same death, an obituary: what the summary says of the life (a guerrilla
   once, a prisoner of a military regime) is no cause of it. A summary that tells a violent death keeps it.
"""

from __future__ import annotations

import pytest

from bot.classify import Classifier
from tests.classify.verdicts import ALARMS
from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "Thousands gather in the port city marking 60 years since the bombing of its harbour, as a siren sounds at "
    "9:40 a.m., the minute the first bomb exploded.",
    "Veterans attend a service commemorating 30 years since the siege of the town, as bells ring at the hour "
    "when the shelling began.",
    "Survivors mark 25 years since the massacre at the school, as a bell tolls at 11:05, the moment the gunman "
    "opened fire.",
])
def test_a_marked_span_recalls_the_act_its_clause_describes(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Thousands gather in the port city marking 60 years since the bombing of its harbour, as a bomb explodes at "
     "9:40 a.m. near the quay, killing four.", 4),
    ("Veterans mark 30 years since the siege of the town, as militants shell the market at noon, killing six.", 6),
])
def test_an_act_told_by_its_own_verb_in_the_as_clause_alerts(rules, text, killed):
    _alert(rules, text, killed)


def _quiet_item(rules: Classifier, title: str, summary: str) -> None:
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, event.types, event.evidence)


@pytest.mark.parametrize(("title", "summary"), [
    ("Death of Ana Ruiz", "Former senator Ana Ruiz, a one-time guerrilla held for nine years by the army during the "
     "dictatorship, dies at her home in the capital aged 88."),
    ("Death of Tomas Berg", "Tomas Berg, a former rebel commander who later led the army, dies in hospital aged 91. "
     "The government declares two days of mourning."),
])
def test_a_death_heading_over_a_lifes_end_is_an_obituary(rules, title, summary):
    _quiet_item(rules, title, summary)


@pytest.mark.parametrize(("title", "summary"), [
    ("Death of Ana Ruiz", "Former senator Ana Ruiz, a one-time guerrilla, is shot dead outside her home in the "
     "capital by gunmen on a motorbike."),
    ("Death of Tomas Berg", "Tomas Berg, a former rebel commander, dies aged 61 of wounds he suffered when a bomb "
     "exploded under his car on Monday."),
])
def test_a_death_heading_over_a_violent_death_alerts(rules, title, summary):
    event = rules.classify(title, summary)
    assert {"attack", "casualty"} & set(event.types), (title, event.types)
