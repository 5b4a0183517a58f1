"""Three senses of violent words in ordinary news (issue 9, ordinary_news_fresh78), each quiet case beside a twin that
differs by the principle and must still alert as it did. The sentences are written for these tests, not taken from any
set.

1. A blast verb whose next words tell how far a measure moved is the measure's sudden move: shares "bombed 31%" fell
   as shares that "exploded 70% higher" rose (a bomb goes off, it does not move by a figure). A share "of" a thing is
   the part of it that was hit.
2. What is killed in an experiment's setting (lab tests, dishes, test tubes, mice) is no person, whatever the germ is
   called; a place ("in the laboratory") is no setting of a test.
3. An act named by its month and year after "of" ("the invasion of February 2022") dates a since- or relative clause
   as "in February 2022" does: what that clause tells is history.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "Shares in the fishing group bombed 28% in Bergen on Tuesday after it cut its outlook",
    "The retailer's stock bombed by a third after a weak Christmas",
    "Shares of the chipmaker bombed 12 per cent lower on the news",
    "Ticket sales exploded 40% higher after the final",
])
def test_a_blast_verb_of_a_measure_moved_is_no_blast(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Jets bombed the fishing port on Tuesday, killing 28", 28),
    ("Warplanes bombed 40% of the town's buildings on Tuesday, killing 12", 12),
    ("Warplanes bombed 40% of the town's buildings on Tuesday", None),
    ("A car bomb exploded 20 metres from the gate, killing four", 4),
])
def test_a_blast_without_a_measure_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "A molecule made by soil microbes killed drug-resistant Klebsiella in mice, researchers say",
    "A peptide from frog skin killed the parasite in test tubes, scientists say",
    "The new antibiotic killed the typhoid germ in mice, scientists report",
    "A compound made by a fungus attacked and killed drug-resistant Klebsiella in lab dishes, researchers say",
])
def test_what_is_killed_in_an_experiment_is_no_one(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen stormed a research centre and killed two guards in the laboratory", 2),
    ("A gunman killed three scientists in a lab at the university on Monday", 3),
    ("Militants killed four villagers in a raid on the farm where mice were bred", 4),
])
def test_killings_in_a_laboratory_still_alert(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "A charity helps people whose homes were destroyed or damaged since the full-scale invasion of March 2022",
    "A fund pays families whose houses were shelled in the attacks of 7 October 2023",
])
def test_an_act_named_by_its_month_and_year_after_of_dates_its_clause(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Residents whose homes were destroyed by shelling on Monday fled the town",
    "Jets destroyed homes in the town on Monday, weeks after the invasion of March 2022 was repelled",
])
def test_a_clause_dated_by_a_recent_day_still_alerts(rules, text):
    _alert(rules, text)
