"""Tolls told as lists and revisions (issue 9, counts): victims named one by one by their role and summed
with the numbers beside them, a list item that holds a proper name or ends in a relative clause, an
attacker described inside the toll, a toll that has risen (its figure far after it, the earlier figure no
toll), a side's own losses, deaths in hospital added and the wounded still treated. Numbers near a toll
(an age, a time, a route, a calibre, a unit) never count. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


def _counts(rules, text: str) -> tuple[int | None, int | None]:
    event = rules.classify(text)
    assert {"strike", "attack"} & set(event.types), (text, event.types)
    return event.killed, event.injured


# each person named one by one before a number is one more of the dead
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A medic, a guard and three engineers were shot dead when gunmen stormed the mining camp.", 5, None),
    ("The commander, his driver and two bodyguards were killed in an ambush on the highway.", 4, None),
    ("Roadside bomb leaves farmer and three sons wounded", 0, 4),
    ("Gunmen shot at the car, leaving a teacher and her three pupils, aged 7, 8 and 10, injured.", 0, 4),
    # (a wedding is no person: the two guests alone were killed)
    ("Gunmen attacked a wedding and two guests were killed.", 2, None),
])
def test_persons_named_before_a_number_are_summed(rules, text, killed, injured):
    assert _counts(rules, text) == (killed, injured), text


# a later item of an object list: a proper name in it counts as one word; a relative clause ends it
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Militants ambushed a patrol, killing two soldiers and a member of the Civil Guard of the Northern Frontier "
     "and wounding four others.", 3, 4),
    ("Gunmen raided the clinic, killing 6 patients and a nurse who tried to shield them; 9 others were hurt.", 7, 9),
    ("A shell hit the stop, killing an elderly man and a woman waiting for the No. 12 tram and wounding five "
     "other people.", 2, 5),
])
def test_a_later_list_item_is_one_person(rules, text, killed, injured):
    assert _counts(rules, text) == (killed, injured), text


def test_a_part_of_the_count_in_a_relative_clause_adds_no_one(rules):
    # ("3 of whom" are among the 8, no fourth item)
    assert _counts(rules, "Troops killed 8 fighters, 3 of whom were commanders, in a raid on the camp.")[0] == 8


# an attacker described inside the toll is left out of it, as "the gunman" is
@pytest.mark.parametrize(("text", "killed"), [
    ("Four people died, including the 17-year-old attacker, when a pupil stabbed classmates at a school.", 3),
    ("A shooting at a shopping centre killed five people, including the lone gunman.", 4),
])
def test_an_attacker_described_in_the_toll_is_left_out(rules, text, killed):
    assert rules.classify(text).killed == killed, text


# a toll that has risen: its new figure, however far after it; the earlier figure is no toll
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("The death toll from Sunday's car bomb outside the central bus station in the northern city has risen to "
     "27, up from 19 given a day earlier.", 27, None),
    ("The number of people killed when gunmen opened fire on a crowded market in the river town on Friday rose "
     "to 15 after three of the wounded died; 20 others remain under treatment.", 15, 20),
    ("The death toll from the bombing at 10:40 on Highway 5 has risen to 11.", 11, None),
])
def test_a_risen_toll_is_its_new_figure(rules, text, killed, injured):
    event = rules.classify(text)
    assert event.killed == killed and event.injured == injured, (text, event.killed, event.injured)


def test_a_toll_over_weeks_is_no_count_of_the_strike_told(rules):
    text = "Jets struck the district, killing 12 people, as the death toll from a month of bombardment reached 600."
    assert rules.classify(text).killed == 12


# a side's own losses in a fight are its dead; "with N wounded" is the wounded's own count
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Troops fought off an overnight raid on their base, losing three soldiers with eight wounded.", 3, 8),
    ("The army said it lost 6 soldiers when rebels attacked the outpost.", 6, None),
    ("Troops repelled the assault on Hill 203, losing two men with 4 wounded.", 2, 4),
    ("A bomb tore through a bus, killing nine people with 14 wounded.", 9, 14),
])
def test_losses_of_a_side_and_the_wounded_with_them(rules, text, killed, injured):
    event = rules.classify(text)
    assert event.killed == killed and event.injured == injured, (text, event.killed, event.injured)


@pytest.mark.parametrize("text", [
    "The ruling party lost 14 seats in the election.",
    "The club lost three players to injury before the final.",
    "The firm is losing 200 workers a year to its rivals.",
])
def test_things_lost_outside_a_fight_are_no_dead(rules, text):
    _quiet(rules, text)


# deaths in hospital are added; the wounded still treated are the injured
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Gunmen shot at a minibus, killing four passengers on the spot; two more died at the Memorial Hospital "
     "and five others are being treated.", 6, 5),
    ("Gunmen opened fire on the convoy; a guard, sitting in the back seat, was wounded.", 0, 1),
])
def test_deaths_in_hospital_and_the_wounded_treated(rules, text, killed, injured):
    event = rules.classify(text)
    assert event.killed == killed and event.injured == injured, (text, event.killed, event.injured)


@pytest.mark.parametrize("text", [
    "Three pupils are being treated for food poisoning after a school lunch.",
    "The patient is being treated at the Memorial Hospital for a rare virus.",
])
def test_people_treated_for_an_illness_are_no_casualties(rules, text):
    _quiet(rules, text)


# numbers near a toll (an age, a time, a route, a calibre, a unit) count no one
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Shelling hit a bus on Route 9 at 14:30, killing a 70-year-old woman and two men and wounding six.", 3, 6),
    ("Gunmen armed with 9mm pistols shot dead three guards of the 2nd Brigade headquarters.", 3, None),
    ("A rocket hit the No. 4 bus depot, killing two drivers and wounding 7 mechanics.", 2, 7),
])
def test_numbers_near_a_toll_count_no_one(rules, text, killed, injured):
    event = rules.classify(text)
    assert event.killed == killed and event.injured == injured, (text, event.killed, event.injured)


# a kidnapping by armed men, told in a headline's present tense, is an attack; a threat or plan of one is not
@pytest.mark.parametrize("text", [
    "Armed men kidnap 9 farm workers in the north",
    "Rebels abduct two engineers from an oil field",
])
def test_a_kidnapping_told_in_the_present_alerts(rules, text):
    _alert(rules, text)


@pytest.mark.parametrize("text", [
    "Rebels threaten to kill or kidnap foreign aid workers in the region.",
    "Police say the gang was plotting to abduct and murder a judge.",
])
def test_a_threat_or_plot_to_kidnap_is_no_report(rules, text):
    _quiet(rules, text)
