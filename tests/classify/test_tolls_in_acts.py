"""Tolls told inside the act (issue 9, counts): the harm verbs whose other sense is a noun ("wound",
"beheading") count their people object, and only it; an ordinal after others counted ("and wound a
fifth") is one more; "both" as the whole object is two; a verb of blows whose object is done to death is
an assault with that toll; a headline's people named by role are one each; one person who "suffered"
injuries is one injured. Dates, ages, times, unit and route numbers beside these tolls never count. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


def _counts(rules, text: str) -> tuple[int | None, int | None]:
    event = rules.classify(text)
    assert {"strike", "attack"} & set(event.types), (text, event.types)
    return event.killed, event.injured


# "wound" is the present of wounding where people are its object; an ordinal after a count is one more
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Rebels shoot dead three guards at a depot in Sector 4 on 12 May and wound a fourth, police say.", 3, 1),
    ("Gunmen kill two policemen near Route 9 at 10 pm and wound a third, aged 41, officials say.", 2, 1),
    ("Rebels kill four villagers in 2024's worst raid and wound two others, police say.", 4, 2),
    ("Militants kill six farmers at 6:30 am and wound 11 more near Unit 731's old camp.", 6, 11),
    ("Gunmen kill two soldiers of the 5th Brigade and wound three civilians, aged 8, 9 and 40.", 2, 3),
])
def test_wound_with_people_as_object_counts_them(rules, text, killed, injured):
    assert _counts(rules, text) == (killed, injured), text


# the noun and the past of winding count no one, beside the same toll
@pytest.mark.parametrize(("text", "killed"), [
    ("Rebels shoot dead three guards at a depot on 12 May; one had a head wound from 2019, police say.", 3),
    ("Gunmen kill two policemen near Route 9 at 10 pm; talks on the attack wound up at 11 pm.", 2),
    ("Gunmen kill two policemen and wound a fifth of the town's 40 patrol cars with gunfire.", 2),
])
def test_wound_without_people_counts_no_injured(rules, text, killed):
    assert _counts(rules, text) == (killed, None), text


# "beheading" with people as its object is a killing; the noun is none
def test_beheading_people_counts_them(rules):
    text = "Insurgents raid a town of 12,000 on 3 June, beheading five civilians aged 20 to 60, residents say."
    assert _counts(rules, text) == (5, None)
    _quiet(rules, "Police say a beheading video posted on 3 June was filmed in 2019 with 12 actors.")
    _alert(rules, "Militants posted a video on 3 June showing them beheading two soldiers of the 12th Regiment.",
           killed=2)


# "both" as the whole object is two people; a list after it is read as the list; "both sides" is no count
@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen attacked two men outside Gate 3 at 9 pm on Friday, killing both.", 2),
    ("Gunmen ambushed two guards of the 4th Battalion on 2 March, killing both of them.", 2),
    ("A bomb hit a car on Route 66 at 7 am, killing both the driver and a passenger aged 70.", 2),
    ("A bomb hit a car on Route 66 at 7 am, killing both the driver, 52, and three passengers.", 4),
])
def test_both_as_object_is_two(rules, text, killed):
    assert _counts(rules, text)[0] == killed, text


# a verb of blows with its object done to death is an assault with that toll ("beaten to death" is)
@pytest.mark.parametrize(("text", "killed"), [
    ("A mob beat two suspects to death outside the Ward 7 police post at 11 pm on 4 April.", 2),
    ("Villagers clubbed a 60-year-old man to death at 9 pm on Sunday, police said.", 1),
    ("Residents stoned three men to death near Kilometre 40 on Sunday, aged 19, 22 and 30.", 3),
])
def test_blows_to_death_are_an_assault_with_their_toll(rules, text, killed):
    _alert(rules, text, killed=killed)


@pytest.mark.parametrize("text", [
    "Hackers hacked the council's site on 4 April and sent two officials to death threats by email.",
    "The champions beat the visitors 3-1 on 4 April; fans were bored to death by the 2nd half.",
])
def test_death_not_dealt_by_blows_stays_quiet(rules, text):
    _quiet(rules, text)


# a headline names its people by role: each is one; one person who suffered injuries is one injured
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Gunman wounds deputy and prosecutor in Courtroom 4 at 10 am", 0, 2),
    ("Gunman wounds officer, guard and inmate at jail's Block 9", 0, 3),
    ("Inmate attacks guards at Block 9 | A 45-year-old prison officer suffered serious head injuries at 8 pm on "
     "Monday.", 0, 1),
    ("Two soldiers of the 3rd Corps suffered serious injuries in the 6 am attack on Post 12.", 0, 2),
])
def test_people_named_by_role_are_one_each(rules, text, killed, injured):
    assert _counts(rules, text) == (killed, injured), text


# numbers beside the people of a list: a day before "May" is its date (no modal over the verb after it); an age
# set off by commas is the person's before it, and bare figures after a counted group are its ages
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Rebels shot dead three guards on 12 May and injured two others, police say.", 3, 2),
    ("A bomb hit a car on Route 66 at 7 am, killing the driver, 52, and three passengers.", 4, None),
    ("A bomb hit a car on Route 66 at 7 am, killing the driver, 52, and a boy, 9.", 2, None),
    ("Gunmen killed two farmers, 40 and 52, near Kilometre 12 on Tuesday.", 2, None),
    ("Gunmen killed 2 soldiers, 3 civilians and 4 police at Checkpoint 7 on 1 May.", 9, None),
])
def test_numbers_beside_the_people_count_no_one(rules, text, killed, injured):
    assert _counts(rules, text) == (killed, injured), text


def test_may_without_a_day_stays_a_modal(rules):
    event = rules.classify("Officials warn that gunmen May attack the 12 polling stations on Route 9.")
    assert "threat" in event.types and event.killed is None, event.types
