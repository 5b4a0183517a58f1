"""What a case's phrase takes in, and acts dated as gone in a clause of "when". The one found guilty may be told by a
whole clause between commas before "guilty"; the victims of a death a charge names may be described by how they died
("the murder of two cyclists shot dead"); the act a charged verb's object was harmed in follows it after "in" ("for
killing two pupils in the school stabbing"); and a clause of "when" dated by a full date with its year tells the day of
an act gone. Each quiet case stands beside a twin that must still alert: an act in a clause of its own, a verb with an
object of its own, a when-clause dated by a near day, and a main clause's toll the when-clause only dates. The
sentences are written for these tests, not taken from any set.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A jury finds the baker, who told detectives that he had buried his dead brother in the garden, guilty of murder.",
    "A court finds Maria Lenz, the nurse who said she had given the dying patients their usual doses, guilty of "
    "manslaughter.",
])
def test_the_one_found_guilty_may_be_told_by_a_clause(rules, text):
    _quiet(rules, text)


def test_an_act_after_the_verdict_in_its_own_clause_alerts(rules):
    _alert(rules, "A jury finds the baker, who told detectives that he had buried his brother in the garden, guilty of "
                  "murder; hours later a gunman shoots two guards dead outside the court.", 2)


@pytest.mark.parametrize("text", [
    "A lorry driver appears in court charged with the murder of three hikers shot dead near the lake.",
    "A nephew appears in court charged with the murder of two sisters stabbed to death in their flat.",
])
def test_the_victims_of_a_charged_death_described_by_it(rules, text):
    _quiet(rules, text)


def test_a_participle_with_an_object_is_a_verb_of_its_own(rules):
    _alert(rules, "After the killing of the chief the troops shot dead 30 protesters.", 30)


@pytest.mark.parametrize("text", [
    "A teacher is arrested for killing two pupils in the Northfield Academy playground stabbing.",
    "A man is held for murdering four visitors in the Old Town Museum of Art shooting.",
])
def test_the_act_a_charged_verbs_object_was_harmed_in(rules, text):
    _quiet(rules, text)


def test_an_act_of_the_one_charged_told_for_itself_alerts(rules):
    _alert(rules, "A man jailed for killing his neighbour in a row over a fence stabs three inmates to death in the "
                  "prison yard.", 3)


@pytest.mark.parametrize("text", [
    "The city pays $2 million to the family of a student. She was leaving a concert when she was shot dead by a "
    "deputy on March 3, 2019.",
    "A film retells the life of a farmer who was ploughing his field when soldiers shot him on 9 June 2004.",
])
def test_a_when_clause_dated_by_a_full_date_with_its_year(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("The city pays $2 million to the family of a student. She was leaving a concert when she was shot dead by a "
     "deputy on Sunday.", 1),
    ("Three soldiers were killed when a roadside bomb hit their truck on 4 May 2021.", 3),
])
def test_a_near_day_or_a_main_clauses_toll_alerts(rules, text, killed):
    _alert(rules, text, killed)


# Security raised where people gather answers a known act as a rite of mourning does: the act it follows is its cause.
@pytest.mark.parametrize("text", [
    "Police tighten security around churches following a bombing that killed 23 people.",
    "The city steps up security at its markets in the wake of a suicide attack that killed nine shoppers.",
])
def test_security_raised_after_a_known_act(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Police increase security around churches following a bombing in the port on Saturday that killed 23 people.",
     23),
    ("Police tighten security after gunmen stormed a market, killing 12.", 12),
    ("A bomb killed 23 people at a church on Sunday; police tighten security across the city.", 23),
])
def test_a_recent_day_a_doer_or_a_clause_of_its_own_keeps_the_act(rules, text, killed):
    _alert(rules, text, killed)
