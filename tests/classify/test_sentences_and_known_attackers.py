"""Court and police shapes of news about an act told before (issue 9): a sentence passed or served told by its
noun ("a life sentence ... for two murders", "serving life imprisonment on three counts of murder"), an execution
halted or carried out for a crime ("halts the execution of a farmer for a double murder", "beheaded for killing his
employer": capital punishment, no armed doer), a warrant's grounds ("wanted for the murders of"), the act in the
phrase that says which known attacker stands in a case or an identification ("the gunman in the cathedral shootings
is sentenced", "identifies the deceased attacker of five shoppers as"), and a heading that names a case by its
victim ("Death of ..."). Each quiet case stands beside a violent twin that differs by the principle: an act told
for itself in a clause of its own, an armed doer, the attacker's own fate, an act of the summary's own. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    # a sentence passed, told by its noun, what it is for a few words on
    "A former soldier is given a life sentence and more for three murders in the state of Victoria.",
    # a sentence served, on counts of a charge
    "A man already serving life imprisonment on three counts of murder is given a further ten-year term.",
    # an execution halted, with what it was for
    "A state court halts the execution of a farmer for a double murder while it reviews his appeal.",
    # what a warrant is out for
    "Police arrest a drifter wanted for the murders of two hikers and for shooting a ranger in Montana.",
])
def test_a_sentence_or_a_warrant_names_its_act_as_known(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # an act of its own in a clause after the sentence's
    ("A man already serving life imprisonment on three counts of murder kills two guards in an escape.", 2),
    ("A man already serving life imprisonment for fraud is given a further ten-year term; inmates then kill two "
     "guards in a riot.", 2),
    ("A state court halts the execution of a farmer for a double murder as gunmen kill two guards outside the "
     "prison.", 2),
    # an execution halted by arms is an assault
    ("Gunmen halt the execution of a farmer for a double murder, storming the prison and killing two guards.", 2),
    # one wanted for another crime, whose act is told by its own verb
    ("A drifter wanted for robbery kills two hikers in Montana.", 2),
    ("Police arrest a drifter wanted for robbery after he kills two hikers in Montana.", 2),
])
def test_an_act_told_for_itself_beside_a_sentence_alerts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "A man is beheaded in Riyadh for killing his employer.",
    "A woman is beheaded on charges of witchcraft in the south of the kingdom.",
])
def test_a_beheading_for_a_crime_is_a_sentence_carried_out(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # an armed doer: a killing, whatever it is said to punish
    ("Militants behead a man in the desert for killing one of their fighters.", 1),
    ("A woman is beheaded on charges of witchcraft in the south of the kingdom by gunmen.", 1),
])
def test_a_beheading_by_armed_men_alerts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "The lone gunman in the cathedral shootings is sentenced to life without parole.",
    "The suspected gunman in the June 4 spree killing in Davis, California, is named as a local man.",
    "Police identify the deceased attacker of five shoppers at the mall as a 24-year-old student.",
    "A dock worker, the last surviving gunman from the harbour attacks, launches an appeal against his sentence.",
])
def test_the_act_a_known_attacker_in_a_case_is_known_by_is_told_before(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # an attacker not known: the act is told
    ("A gunman in a red jacket opens fire at the cathedral, killing four.", 4),
    # the act told in a clause of its own after the identification
    ("Police identify the attacker as a student after he stabs five shoppers to death at the mall.", 5),
    ("The deceased attacker of five shoppers at the mall is named as a student; two of the shoppers were killed.", 2),
    # a relative clause opens no phrase of which act: it tells one
    ("The gunman in the cathedral shootings, who shot dead a guard as he fled, is named as a local man.", 1),
])
def test_an_act_told_beside_a_known_attacker_alerts(rules, text, killed):
    _alert(rules, text, killed)


def test_the_attackers_own_fate_is_news(rules):
    # the attacker named as known is shot: no case, the shooting is the news
    _alert(rules, "The gunman in the cathedral shootings is shot dead by police.")


@pytest.mark.parametrize(("title", "summary"), [
    ("Death of Marcus Hale", "A jury acquits two officers of manslaughter."),
    ("Death of Marcus Hale", "An officer waives his right to a jury trial on charges of second-degree assault."),
])
def test_a_heading_naming_a_case_by_its_victim_is_a_topic(rules, title, summary):
    event = rules.classify(title, summary)
    assert not {"strike", "attack", "casualty"} & set(event.types), event.evidence
    assert event.killed is None


def test_a_summary_that_tells_the_act_under_such_a_heading_alerts(rules):
    event = rules.classify("Death of Marcus Hale", "Two officers shoot dead a courier, Marcus Hale, at a traffic "
                                                   "stop in Leeds.")
    assert {"attack", "casualty"} <= set(event.types) and event.killed == 1
