"""Count shapes of wire reports (issue 9; docs/taxonomy.md "Counts"): an act on people told fatal counts its people
after "of" as its dead, a figure right before the next casualty word is that word's subject, smoke inhalation after a
fire set is an injury, and a participle after a reason whose relative clause told its own harm is the main act's. The
sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert


# "the fatal <act> of N": the act's people are its dead, and the act keeps its kind (an attack); the same act not told
# fatal counts no one dead.
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("The fatal stabbing of two pensioners by a knifeman in Derby left a third man wounded, police said", 2, 1),
    ("The deadly shooting of four teenagers at a barbecue in Memphis left two others wounded", 4, 2),
    ("Detectives arrested a man on Tuesday over the fatal stabbing of a taxi driver in Luton; a passenger was injured",
     1, 1),
])
def test_a_fatal_act_counts_its_people_as_dead(rules, text, killed, injured):
    event = rules.classify(text)
    assert "attack" in event.types, (text, event.types)
    assert (event.killed, event.injured) == (killed, injured), (text, event.killed, event.injured)


@pytest.mark.parametrize("text", [
    "The shooting of two teenagers at a barbecue in Memphis left a third wounded",
    "The stabbing of two pensioners by a knifeman in Derby left a third man wounded",
])
def test_an_act_not_told_fatal_counts_no_dead(rules, text):
    event = rules.classify(text)
    assert "attack" in event.types, (text, event.types)
    assert event.killed in (None, 0), (text, event.killed)


# A figure right before the next casualty word is its subject; one after a list word is a further item of the list.
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Gunmen killed five villagers near the market and left three others wounded", 5, 3),
    ("Shelling killed a shepherd and his two daughters and wounded six people in the valley", 3, 6),
    ("Rebels killed 12 soldiers in two ambushes and wounded nine more", 12, 9),
])
def test_a_figure_before_the_next_casualty_word_is_its_subject(rules, text, killed, injured):
    event = rules.classify(text)
    assert (event.killed, event.injured) == (killed, injured), (text, event.killed, event.injured)


# The people treated for smoke inhalation after a fire set on purpose are its injured.
@pytest.mark.parametrize(("text", "injured"), [
    ("Arsonists set fire to a synagogue in Leipzig overnight. Three residents were treated for smoke inhalation", 3),
    ("Arsonists torched a shop in Naples on Sunday; a neighbour was treated in hospital for smoke inhalation", 1),
])
def test_smoke_inhalation_after_arson_is_an_injury(rules, text, injured):
    event = rules.classify(text)
    assert "attack" in event.types, (text, event.types)
    assert event.injured == injured, (text, event.injured)


# A participle after a reason whose relative clause told its own harm tells the main act's result; a relative that told
# no harm takes the participle as its own act's (tests/classify/test_counts_of_the_news_act.py).
@pytest.mark.parametrize(("text", "killed"), [
    ("Helicopters struck a rebel base in revenge for a raid that killed six police officers, killing 22 fighters", 22),
    ("Artillery pounded the hills in response to the 11 soldiers who were killed in an ambush, killing 35 insurgents",
     35),
])
def test_a_participle_after_a_reason_with_its_own_toll_is_the_main_acts(rules, text, killed):
    _alert(rules, text, killed)


def test_a_participle_after_a_relative_telling_no_harm_is_the_reasons(rules):
    event = rules.classify("Howitzers shelled the ridge in response to a rocket that hit a border village, killing two")
    assert {"strike", "attack"} & set(event.types), event.types
    assert event.killed is None, event.killed


# Two tellers set against each other in one sentence tell two estimates of one toll: the larger stands. A side that
# tells its own kills, or a later teller who names other dead, tells more dead, added.
@pytest.mark.parametrize(("text", "killed"), [
    ("Militia fighters shelled the market in Kadugli. Officials say 40 civilians were killed, while hospital staff say "
     "at least 25 people died", 40),
    ("Artillery hit a school in Idlib; according to state media 18 are dead, while monitors report 31 deaths", 31),
    ("Troops fought rebels near the border. The army claims to have killed 60 rebels while the rebels claim to have "
     "killed nine soldiers", 69),
])
def test_two_tellers_estimates_of_one_toll(rules, text, killed):
    _alert(rules, text, killed)


# "N of which" is a part of the count before it; a perfect over a span of days reaching back is a running total.
@pytest.mark.parametrize(("text", "killed"), [
    ("Soldiers shot dead 44 protesters across the country on Friday, 30 of which were killed in the capital", 44),
    ("Car bombs killed 27 people in Baghdad on Sunday. More than 250 people have been killed in the past eight days",
     27),
])
def test_a_part_or_a_running_total_is_not_added(rules, text, killed):
    _alert(rules, text, killed)


# How badly some of those counted are hurt is no more hurt; "with" and a figure with no degree is more people.
@pytest.mark.parametrize(("text", "injured"), [
    ("A man with a machete attacked shoppers in Lyon and wounded seven, with two critically injured", 7),
    ("Five guards were stabbed by inmates at a prison in Marseille. Three of the guards suffered serious wounds", 5),
    ("A mortar attack killed three soldiers with eight wounded", 8),
])
def test_a_degree_of_harm_tells_a_part(rules, text, injured):
    event = rules.classify(text)
    assert "attack" in event.types or "strike" in event.types, (text, event.types)
    assert event.injured == injured, (text, event.injured)
