"""A case or a time told in the description of a subject that opens its sentence frames nothing of the subject's
own verb after it: a clause of "who" describes as a participle does ("a man who pleaded guilty to burglary shoots
dead two neighbours" tells a new act, as "a man convicted of burglary shoots dead" did). And a time that ends the description of a subject opening its sentence (a clause of "who" with its own verb, or a
participle after the subject's noun) dates that description: the case or the life it tells. The subject's own
violent verb right after it, with its object, is a new act in any tense, no past one (docs/taxonomy.md, attack: "nor
a time that ends such a description"). Each alerting case stands beside a quiet twin where the time dates the act
itself, and must stay quiet. (Sentences written for these tests, none copied from a data set.)"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize(("text", "killed"), [
    ("A driver who lost his licence for dangerous driving last month shoots dead two passengers at a depot", 2),
    ("A man who pleaded guilty to burglary last year shoots dead his two neighbours in Ohio", 2),
    ("A farmer fined for assault last year shoots dead three hikers on his land", 3),
    ("A teenager who was released from a youth prison last week stabs four shoppers at a mall", None),
])
def test_the_subjects_own_act_after_a_dated_description_alerts(rules, text, killed):
    _alert(rules, text, killed=killed)


@pytest.mark.parametrize("text", [
    # the time opens the sentence: it dates the act of the main clause
    "Last year a driver shot dead two passengers at a depot in Leeds",
    # the act is the relative's own, dated inside it; the main verb is the case
    "The man who last year shot dead his two neighbours in Ohio is jailed for life",
    # the act is the charge of the description, the main verb no act
    "A farmer who pleaded guilty to the murder of three hikers last year is freed on appeal",
])
def test_an_act_the_time_dates_itself_stays_quiet(rules, text):
    _quiet(rules, text)


# a case in a clause of "who" describing the subject, as a participle's does
@pytest.mark.parametrize(("text", "killed"), [
    ("A man who pleaded guilty to burglary shoots dead two neighbours in Ohio", 2),
    ("A woman who is on bail for fraud stabs two nurses to death at a clinic in Lyon", 2),
])
def test_the_subjects_own_act_after_a_case_in_a_who_clause_alerts(rules, text, killed):
    _alert(rules, text, killed=killed)


@pytest.mark.parametrize("text", [
    # the act is the plea's charge, the main verb no act
    "A man who pleaded guilty to shooting dead two neighbours in Ohio is freed on parole",
    # the act is told in a clause of its own inside the description: the charge's, no verb of the subject's
    "A man who pleaded guilty to a charge that he shot dead two neighbours in Ohio is jailed for life",
])
def test_the_act_the_who_clause_tells_as_its_case_stays_quiet(rules, text):
    _quiet(rules, text)
