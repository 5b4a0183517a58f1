"""Five principles of arts, science and history in the news (issue 9), each quiet case beside a twin in the same
words that reports new violence and must still alert. The sentences are written for these tests, not taken from any
set.

1. "On both sides" counts a battle's sides, not a target or a place: the bare noun that names again a battle named
   before by its proper name stays a name with it ("losses in the battle on both sides"); "on both sides of the
   river" places a fight.
2. The dead named with "the" in an item that counts years since an act are that act's dead, remembered, in a later
   sentence of the rite as in the sentence that counts the years.
3. A death told by its manner, "died peacefully", is an obituary's natural end, no casualty.
4. The harm old remains show ("skulls show blunt-force injuries") and the act it came from are read off the dead of
   long ago: a find, no one hurt in the news.
5. A bombardment done by a game's side or to its players ("bowlers bombard the top order") is play, where the
   sentence names no arms, armed side, force or harm.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS
from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A new history retells the Battle of Kursk from tank crews' diaries. Critics praise its account of the losses in "
    "the battle on both sides.",
    "The museum's show on the Siege of Sarajevo recalls the hunger in the siege on either side of the lines.",
])
def test_a_named_battle_told_again_with_its_sides_is_a_name(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Rebels launched an offensive on the river port on Monday. Fresh fighting on both sides of the river killed 14 "
    "people.",
    "Militants attacked two villages on both sides of the border on Sunday, killing nine.",
])
def test_fighting_placed_on_both_sides_of_a_place_still_alerts(rules, text):
    _alert(rules, text)


@pytest.mark.parametrize(("title", "summary"), [
    ("City remembers market bombing victims 15 years on",
     "The city marks 15 years since the market bombing with a ceremony in the square. Wreaths are laid as the names "
     "of the 64 people who died are read out."),
    ("Ferry town marks anniversary of the harbour massacre",
     "Residents gathered on the anniversary of the massacre at the harbour. A choir sang as the names of the 31 "
     "people who were killed were read aloud."),
])
def test_the_dead_named_in_a_later_sentence_of_a_remembrance_are_known(rules, title, summary):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types) and event.killed is None, (title, event.types, event.killed)


@pytest.mark.parametrize(("title", "summary", "killed"), [
    ("Bomb hits remembrance ceremony",
     "The city marks 15 years since the market bombing. A bomb exploded at the ceremony on Sunday, killing 12 people.",
     12),
    ("Gunmen attack anniversary crowd",
     "Crowds gathered on the anniversary of the massacre. Gunmen opened fire on them, killing seven.", 7),
])
def test_a_new_act_at_a_remembrance_still_alerts(rules, title, summary, killed):
    event = rules.classify(title, summary)
    assert {"attack", "strike"} & set(event.types) and event.killed == killed, (title, event.types, event.killed)


@pytest.mark.parametrize(("title", "summary"), [
    ("Cameraman who filmed Beirut's war dies at 91",
     "Jean Morel, whose footage of the 1975 fighting in Beirut won awards, has died in Paris aged 91. His son said he "
     "died peacefully at home on Friday."),
    ("Sculptor of the war memorial dies",
     "The sculptor, whose memorial honours soldiers killed in the 1916 offensive, died peacefully in a care home on "
     "Sunday, her family said."),
])
def test_a_death_told_peacefully_is_an_obituary(rules, title, summary):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types) and event.killed is None, (title, event.types, event.killed)


@pytest.mark.parametrize("text", [
    "A war cameraman was shot by gunmen in Beirut on Thursday. He died of his wounds in hospital on Friday.",
    "Gunmen shot dead a novelist at her home on Friday, police said.",
])
def test_a_death_by_a_hand_still_alerts(rules, text):
    _alert(rules, text)


@pytest.mark.parametrize("text", [
    "Skulls from an Iron Age pit near the river show sword injuries, archaeologists report.",
    "Analysis of 25 skeletons from a 1644 battlefield shows several men had healed wounds from earlier fighting, "
    "researchers say.",
    "The bones bear cut marks and fractures from the fighting, the museum's team found.",
])
def test_harm_that_old_remains_show_is_a_find(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Gunmen attacked archaeologists excavating skeletons near the river on Monday, injuring three.",
    "The skulls show old injuries, the team said, but militants raided the dig on Tuesday, wounding two diggers.",
    "A roadside bomb hit a convoy carrying the remains to the capital, injuring four soldiers.",
])
def test_harm_done_around_remains_still_alerts(rules, text):
    _alert(rules, text)


@pytest.mark.parametrize("text", [
    "Pakistan's seamers bombard the New Zealand top order on a green pitch in Wellington",
    "City's strikers bombarded the keeper for an hour before the equaliser",
    "Quick bowlers bombard the batsmen as the hosts slump to 60 for 5",
])
def test_a_bombardment_by_or_of_a_games_players_is_play(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Rebels bombard the football stadium in the provincial capital",
    "Artillery bombards the team hotel before the match, injuring two players",
    "Russia bombards the football club's training ground in Kharkiv",
    "Troops bombard the town as players flee the cup match",
])
def test_a_bombardment_near_a_game_still_alerts(rules, text):
    _alert(rules, text)
