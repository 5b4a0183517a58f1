"""War words in their ordinary senses (issue 9). A target that is a figure aimed at is a noun: other nouns
modify it and no object follows it ("Airbus cut its aircraft delivery target for 2024"), and an armed doer
in another sentence is no subject of it ("... over aircraft delays" in a title, "Ryanair cut its passenger
target" in the summary). What is said, promised or written (a pledge, a plan, a budget, a bill) is attacked
only in words, and an order, a ruling or a law is fought in court; a pound joined to a number is money ("a
multi-billion-pound hole in the finances"), no shelling that a modal makes a threat. Each quiet case stands
beside a violent twin in nearly the same words, which still alerts. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "Airbus cut its aircraft delivery target for next year by forty jets.",
    "Boeing says its jet delivery target is still within reach despite engine shortages.",
    "The missile maker keeps its production target despite a shortage of parts.",
    "The army recruitment target was missed for a third year.",
    "Lockheed raised its missile production target to 500 a year.",
])
def test_a_target_aimed_at_is_no_attack(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Ukrainian drones target an aircraft factory in the Russian city of Kazan.",
    "Drones from Yemen target a tanker off the port of Hodeidah.",
    "Israeli jets again target a missile production site near Damascus.",
    "Gunmen on motorbikes target an army recruitment centre in the north.",
])
def test_a_target_attacked_alerts(rules, text):
    _alert(rules, text)


def test_an_armed_doer_in_another_sentence_is_no_subject(rules):
    event = rules.classify("Airline trims its forecast over late aircraft deliveries",
                           "The airline cut its passenger target for next year by two million on Monday.")
    assert not {"strike", "attack", "casualty"} & set(event.types), event.evidence
    _alert(rules, "Rebels report late aircraft deliveries. Rebel drones target the airport.")


@pytest.mark.parametrize("text", [
    "The chancellor attacked the opposition's pledge to abolish stamp duty, saying it would blow a "
    "multi-billion-pound hole in the public finances.",
    "The opposition leader attacks the government's budget as a raid on pensioners.",
    "The senator attacked the bill, calling it a giveaway to oil firms.",
    "The mayor attacked the ruling on Monday.",
    "Two betting firms are fighting New York's cease-and-desist order in court.",
    "The mining company fights the export ban, saying it will cost 3,000 jobs.",
])
def test_a_thing_said_or_written_is_attacked_in_words(rules, text):
    _quiet(rules, text)
    assert "threat" not in rules.classify(text).types, text


@pytest.mark.parametrize("text", [
    "Gunmen attacked a bus carrying law students near the university, killing three.",
    "Rebels attacked the budget office in the capital on Monday.",
    "Militants attacked the opposition's rally with grenades, wounding twelve.",
    "Troops were fighting in order to retake the town.",
    "Rebels fighting the army near the border killed five soldiers.",
])
def test_an_armed_attack_on_people_or_a_building_alerts(rules, text):
    _alert(rules, text)


def test_a_shelling_threat_still_alerts_as_a_threat(rules):
    assert "threat" in rules.classify("Artillery would pound the town, the rebels warned.").types
