"""Three principles of who tells what about acts, each quiet case beside a twin that differs by the principle and
must still alert as it did. The sentences are written for these tests, not taken from any set.

1. An attack told in a tone only words have ("traded scathing attacks") stays words where the arms or armed people
   its sentence names are only what a side is accused of ("accusing each other of sheltering militants"), as they
   are in a criticism's "over": the quarrel's matter, not the attack's means. Arms named outside the accusation
   (its doer, or whom it accuses) keep the attack an assault.
2. A rights group's or a UN body's report of a side's conduct is a finding after the acts; a day in the monitor's
   own words or right after its verb ("said on Thursday that") dates the report, not the acts. A day told in the
   reported clause, or a toll, still makes it news.
3. A count, maybe with its noun, then "in" or "over" before an act ("police arrest two in killing of a shopkeeper")
   counts the people a case is against, not the act's toll: the arrest is the news, as it is with no count. A
   toll told by its own word ("kill two in shooting") stays the act's.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "The two envoys traded sharp attacks at the council, accusing each other of arming militants",
    "Rival ambassadors traded scathing attacks at the summit, accusing one another of harbouring insurgents",
    "The minister launched a blistering attack on her rival at the rally, accusing him of courting armed groups",
])
def test_arms_only_in_an_accusation_leave_an_attack_in_words(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Militants launched a sharp attack on the garrison, accusing troops of abuses",
    "Insurgents mounted a fierce attack on the border post, accusing the army of raids on villages",
    "Rebels launched a heated attack on the base, accusing soldiers of shelling their villages",
])
def test_an_armed_side_outside_the_accusation_keeps_the_assault(rules, text):
    _alert(rules, text)


@pytest.mark.parametrize("text", [
    "Amnesty International said on Thursday that the army had used cluster munitions during its counter-offensive "
    "in the north",
    "Human Rights Watch on Monday said government forces had used incendiary weapons during the offensive",
    "Amnesty International said yesterday that the military had used banned munitions in its counter-offensive",
])
def test_the_day_a_monitor_tells_dates_its_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Amnesty International said on Thursday that the army shelled a village on Tuesday during its "
     "counter-offensive, killing four", 4),
    ("Human Rights Watch said on Monday that soldiers shot dead a boy during the offensive", 1),
    ("Amnesty International said on Thursday that the army had used cluster munitions in an attack on Tuesday", None),
    ("Amnesty International said Monday's shelling by the army during its counter-offensive hit a school", None),
])
def test_a_day_or_a_toll_in_the_reported_clause_keeps_the_news(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "Police arrest two in killing of polio worker",
    "Police arrest three men in killing of taxi driver",
    "Police arrest two in killing of vaccinator || Police said they had arrested two men in the killing of the "
    "vaccinator, who was shot dead in March",
])
def test_a_count_before_a_cases_preposition_counts_the_accused(rules, text):
    title, _, summary = text.partition(" || ")
    event = rules.classify(title, summary)
    assert not {"strike", "attack", "casualty"} & set(event.types), (text, event.types)
    assert event.killed is None, (text, event.killed)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen kill two in shooting at market", 2),
    ("Strike leaves two dead in attack on convoy", 2),
    ("Two killed in shooting of taxi driver's family", 2),
])
def test_a_toll_told_by_its_word_stays_the_acts(rules, text, killed):
    _alert(rules, text, killed)
