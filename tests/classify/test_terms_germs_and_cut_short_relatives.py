"""Three principles found on ordinary_news_fresh72 (a broadcaster's domestic feeds): a sentence's term between the
case word and the act it is for is part of the case's frame; what a drug, germs or cells attack or kill is no person;
a participle cut short of its relative word, after a noun that hangs from a preposition of other news and dated by a
year gone, says who someone is, history. Each quiet case stands beside a violent twin that differs by the principle
and must still alert. (Sentences written for these tests, none copied from a data set.)"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS
from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# the term of a sentence ("for 18 years", "to life in prison") between the case word and "over"/"for" and the act
@pytest.mark.parametrize("title", [
    "Man jailed for 18 years over 2023 Geelong petrol station stabbing",
    "Woman sentenced to life in prison for the 2019 Hobart motorway shooting",
    "Teenager jailed for nine years over Darwin bus interchange machete attack",
])
def test_an_act_a_sentence_with_its_term_is_for_is_no_news(rules, title):
    _quiet(rules, title)


def test_a_new_act_after_a_sentence_s_term_still_alerts(rules):
    # (the one jailed does a new act: a verb of its own, with its toll)
    _alert(rules, "Man jailed for 18 years over fraud stabs two guards to death in Geelong prison", killed=2)


def test_an_act_named_far_after_a_term_with_no_case_still_alerts(rules):
    _alert(rules, "Gunman kills three at a Geelong petrol station after an 18-year feud with neighbours", killed=3)


# what a drug, germs or cells attack or kill
@pytest.mark.parametrize(("title", "summary"), [
    ("Experimental antibiotic attacks hospital superbug in mice",
     "Researchers in Adelaide said the molecule killed golden staph that resists every current drug."),
    ("Melanoma vaccine trial shows promise", "The vaccine trains immune cells that kill cancer cells in nine of ten patients."),
])
def test_what_a_drug_or_cells_attack_or_kill_is_no_one(rules, title, summary):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, event.types, event.evidence)
    assert event.killed is None and event.injured is None


def test_people_killed_at_a_clinic_still_alert(rules):
    _alert(rules, "Gunman killed two nurses at a clinic treating superbug infections in Adelaide on Tuesday", killed=2)


# a participle cut short of "who was", after a noun of a preposition, dated by a year gone
@pytest.mark.parametrize("title", [
    "Queensland passes knife law named after schoolboy killed in 2022",
    "Council opens a scholarship for a nurse shot dead in 2019 by her former partner",
])
def test_a_person_killed_in_a_year_gone_named_by_other_news_is_history(rules, title):
    _quiet(rules, title)


def test_a_heading_s_own_participle_and_a_fresh_day_still_alert(rules):
    _alert(rules, "Protests after schoolboy stabbed to death with a knife at Brisbane station on Sunday")
