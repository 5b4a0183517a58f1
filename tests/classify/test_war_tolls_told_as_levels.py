"""A war's running toll told as a level, each quiet case beside a twin that differs by the principle and must
still alert (and count) as it did. The sentences are written for these tests, not taken from any set.

1. A whole war's toll put at a level, whatever verb puts it there ("placing the toll of the conflict at 90,000"),
   and a with-phrase after a war's level that counts more of its dead in the thousands ("reaches 4,100, with over
   70,000 people killed overall") are the war's running total, the background of the news (docs/taxonomy.md: a
   level a war's toll has reached). A toll of the conflict revised ("rises to 40") and a day's toll beside the
   war's stay news.
2. The dead of a side's forces told as a level in the thousands ("the death toll of coalition troops reaches
   2,000") are what its war has cost it, with no war named; a force's toll of tens, or one named with its act,
   is news.
3. Killings summed over a whole war, as its deaths are ("forgive the other side for killings during the civil
   war"), name no act of the news; an act told by its own verb and day beside them is news.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A leaked ministry tally puts the probable death toll of the eight-year insurgency at around 90,000 deaths",
    "The study, released in the capital, places the toll of the civil war at more than 300,000",
    "The child death toll of the civil war reaches 4,100, with over 70,000 people killed overall",
    "The death toll of the conflict has now passed 12,000, with some 40,000 people dead in all",
])
def test_a_whole_wars_toll_at_a_level_is_background(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Shelling killed 14 in the port on Sunday; the death toll of the war now stands at 90,000", 14),
    ("The death toll in the conflict rose to 40 after militants stormed the border post", 40),
    ("Rebels attacked the convoy, with 23 soldiers killed in the ambush", 23),
])
def test_a_days_toll_beside_the_wars_still_counts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "An agency estimates that the death toll of coalition forces reaches 2,000",
    "The campaign enters its ninth year, with the death toll among allied personnel reaching 2,450",
    "The toll among the country's troops has now passed 5,000, the defence ministry says",
])
def test_a_forces_toll_in_the_thousands_is_a_wars_cost(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Militants stormed the base; the death toll among the soldiers reaches 40", 40),
    ("Insurgents ambushed a column, and the toll among the troops reached 1,200 in the attack", 1200),
])
def test_a_forces_toll_of_an_act_still_counts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "The president asks the nation to forgive the rebels for killings during the civil war",
    "A commission will hear families of victims of killings in the war, the ministry says",
])
def test_killings_summed_over_a_war_are_its_toll(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Killings in the war in the east go on: gunmen killed 12 villagers on Monday", 12),
    ("Militias stormed three villages on Sunday, killing 40, in the worst killings of the war", 40),
])
def test_a_killing_told_by_its_verb_beside_them_still_counts(rules, text, killed):
    _alert(rules, text, killed)
