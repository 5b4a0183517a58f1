"""Count shapes of wire reports taught by wire_news_fresh24 (issue 9; docs/taxonomy.md "Counts"): a later item of a
counted list told by an age is one person, as a first one is; a toll a whole war owns ("the war's overall toll") is
a running total, the background of the day's toll beside it, and stands only where the item tells none of its own;
burns suffered and a stray bullet that hit people are wounds; a heading's "gunman killed" is the attacker's own death;
a part of the hurt told dead after "of whom" moves to the dead; a figure before an act's verb is that act's; arms
that rupture what they hit do an act.
Each shape beside its twin where the principle does not apply. The sentences are written for these tests, not taken
from any set."""

from __future__ import annotations

import pytest


def _counts(rules, title: str, summary: str = "") -> tuple[int | None, int | None]:
    event = rules.classify(title, summary)
    assert {"attack", "strike"} & set(event.types), (title, event.types)
    return event.killed, event.injured


# An age in a later item names one person; a figure that is no age still ends the list ("on January 1, 1990").
@pytest.mark.parametrize(("summary", "killed"), [
    ("Gunmen on motorbikes opened fire on a farmhouse on Tuesday, killing a shepherd and his 9-year-old nephew.", 2),
    ("Gunmen on motorbikes opened fire on a farmhouse on Tuesday, killing a shepherd, his wife and their "
     "15-year-old daughter.", 3),
    ("Gunmen on motorbikes opened fire on a farmhouse on Tuesday, killing a shepherd and three of his cousins.", 4),
    ("Gunmen on motorbikes opened fire on a farmhouse on Tuesday, killing a 70-year-old shepherd.", 1),
])
def test_a_person_told_by_an_age_in_a_list_is_one(rules, summary, killed):
    assert _counts(rules, "Gunmen attack farmhouse", summary)[0] == killed, summary


# The war's own toll after a day's toll is its background; alone, it is what the item tells.
@pytest.mark.parametrize(("summary", "killed"), [
    ("Army shelling killed 14 civilians in the market on Monday, medics said. The health office said the war's "
     "total death toll had risen above 35,000.", 14),
    ("Army shelling killed 14 civilians in the market on Monday, medics said. The conflict's toll now stands at "
     "9,200, the UN said.", 14),
    ("Army shelling killed 14 civilians in the market on Monday, medics said. The health office said the day's "
     "death toll had risen to 19.", 19),
])
def test_a_wars_running_toll_is_background(rules, summary, killed):
    assert _counts(rules, "Shelling hits market", summary)[0] == killed, summary


# The harm named by what it did to the body (burns suffered, a stray bullet that hit people) is an injury; the
# same act with its people told unharmed, or a bullet that hit a thing, counts none hurt.
@pytest.mark.parametrize(("title", "summary", "injured"), [
    ("Drones hit tanker off coast", "Naval drones hit a tanker off the coast on Friday, the navy said. One sailor "
     "suffered burns and 20 crew were evacuated.", 1),
    ("Drones hit tanker off coast", "Naval drones hit a tanker off the coast on Friday, the navy said. The 20 crew "
     "were evacuated unharmed.", None),
    ("Gang clash in capital", "Police and gang members exchanged fire in the district on Monday, killing four gunmen. "
     "Three passers-by were hit by stray bullets.", 3),
    ("Gang clash in capital", "Police and gang members exchanged fire in the district on Monday, killing four gunmen. "
     "A stray bullet hit the window of a school.", None),
])
def test_burns_and_stray_bullets_are_wounds(rules, title, summary, injured):
    assert _counts(rules, title, summary)[1] == injured, summary


# A heading's participle with no object after its attacker is his own death ("gunman killed"), kept apart from the
# toll: the wounded counted and no victim dead is none killed; a victim's death told beside it is counted.
@pytest.mark.parametrize(("title", "more", "killed"), [
    ("Two guards shot at warehouse; gunman killed", "", 0),
    ("Two guards shot at warehouse; gunman killed by police", "", 0),
    ("Two guards shot at warehouse; gunman killed", " A customer was killed.", 1),
])
def test_a_headings_attacker_killed_is_no_victim(rules, title, more, killed):
    summary = "Two security guards were shot and wounded during a robbery at a warehouse on Tuesday, police said." + more
    assert _counts(rules, title, summary)[0] == killed, title


# A part of the hurt told dead after "of whom" moves to the dead (the struck, "were stabbed", name their dead among
# them; the wounded do not); a part told otherwise ("two of whom were children") is no death.
@pytest.mark.parametrize(("summary", "killed", "injured"), [
    ("Four people were stabbed at a shopping centre on Sunday, one of whom later died in hospital, police said.", 1, 3),
    ("Gunmen fired on a minibus on Sunday, wounding six passengers, two of whom later died.", 2, 4),
    ("Gunmen fired on a minibus on Sunday, killing six passengers, two of whom were children.", 6, None),
])
def test_the_hurt_of_whom_some_died(rules, summary, killed, injured):
    assert _counts(rules, "Attack on travellers", summary) == (killed, injured), summary


# A figure before an act's verb in a heading is that act's, no item of a list with the dead after it (the figures of
# one harm still make a list: "two soldiers and three civilians were killed").
@pytest.mark.parametrize(("title", "killed"), [
    ("Four stabbed at shopping centre, one dies", 1),
    ("Four stabbed in shopping centre attack, one dies", 1),
    ("Two guards and one shopper dead in shopping centre attack", 3),
])
def test_a_figure_before_an_acts_verb_is_its_own(rules, title, killed):
    assert _counts(rules, title)[0] == killed, title


# A breach torn by arms in what they hit is an act ("a bomb ruptured the pipeline"); a thing that ruptures by
# itself, with no object, is a mishap, whatever the thing is called.
def test_a_bomb_that_ruptured_a_pipeline_is_an_attack(rules):
    event = rules.classify("Blast halts oil flow", "A bomb planted by suspected guerrillas ruptured a crude pipeline "
                           "near the border on Tuesday, the state oil firm said. No one was hurt.")
    assert "attack" in event.types, event.types


@pytest.mark.parametrize("text", [
    "A storage tank ruptured at the fertiliser plant on Tuesday, spilling ammonia; three workers were killed.",
    "A water main ruptured under the avenue on Tuesday, flooding the metro station.",
])
def test_a_thing_that_ruptured_by_itself_is_no_act(rules, text):
    event = rules.classify(text)
    assert not {"attack", "strike"} & set(event.types), (text, event.types)
