"""Ordinary world news in wire style that uses the words of attacks (issue 9), the principles found on
tests/classify/data/ordinary_news_fresh61.jsonl: a clash or attack told in words or in a tone of words, a
bombardment of calls or messages, a battle a campaign is cast as, a practice that plays an air raid, damage a
repair is for, a span of years counted on from an act ("12 years on"), the dead named with "the" in a sentence
that counts years since their act, and the dead a vigil is for described with their age. Each quiet case stands
beside a violent twin that differs by the principle and must still alert. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize(("quiet", "violent"), [
    # an attack or a clash in a manner of words, or in a tone only words have
    ("Greek and Turkish ministers clashed verbally at the NATO summit in Vilnius on Tuesday.",
     "Greek and Turkish border guards clashed near the Evros river on Tuesday, leaving two wounded."),
    ("Brazil and Argentina trade scathing attacks at trade talks over beef quotas",
     "Gunmen launch attacks on two police posts in northern Mexico"),
    # (a tone of words names no weapon: with arms or an armed side in the sentence the attack is one of arms)
    ("The union leader launched a sharp attack on the airline's pay offer on Wednesday.",
     "Rebels launched a sharp attack on the army garrison on Wednesday."),
    ("The two candidates attacked each other rhetorically in the final debate in Lima.",
     "The two gangs attacked each other with machetes in a market in Lima, killing four."),
])
def test_attacks_in_words(rules, quiet, violent):
    _quiet(rules, quiet)
    _alert(rules, violent)


@pytest.mark.parametrize(("quiet", "violent"), [
    ("Telecom fined for bombarding pensioners with sales calls and text messages",
     "Artillery bombarded the town with shells overnight, killing three"),
    ("Voters in the swing state are bombarded with adverts in the last week of the race.",
     "Government forces bombarded rebel positions near the airport on Thursday."),
])
def test_bombarded_with_words(rules, quiet, violent):
    _quiet(rules, quiet)
    _alert(rules, violent)


@pytest.mark.parametrize(("quiet", "violent"), [
    ("The mayor, who had framed the referendum as a battle for the city's future, conceded defeat on Sunday.",
     "The mayor conceded that a battle for the city's airport raged on Sunday between troops and rebels."),
    ("Ministers portrayed the new tax as a war on the middle class, the opposition leader said.",
     "Ministers said troops fought a battle with rebels on the eastern front on Sunday, killing 40."),
])
def test_a_contest_a_verb_of_framing_makes_a_likeness(rules, quiet, violent):
    _quiet(rules, quiet)
    _alert(rules, violent)


@pytest.mark.parametrize(("quiet", "violent"), [
    ("Seoul to hold nationwide air-raid practice next month, with traffic halted for 20 minutes",
     "Seoul reports air-raid on border town, two killed"),
])
def test_a_practice_plays_a_raid(rules, quiet, violent):
    _quiet(rules, quiet)
    _alert(rules, violent)


@pytest.mark.parametrize(("quiet", "violent"), [
    ("Japan gives 50 million dollars to rebuild Sudan's shelled hospitals before the rainy season",
     "Rebels shelled hospitals in Sudan's capital on Monday, killing six patients"),
    ("The council will repair the city's bombed library with money from a lottery fund.",
     "Jets bombed the city's library on Monday, the council said."),
])
def test_damage_a_repair_is_for(rules, quiet, violent):
    _quiet(rules, quiet)
    _alert(rules, violent)


@pytest.mark.parametrize(("quiet", "violent"), [
    ("Spain remembers train bombing victims 20 years on",
     "Gunmen kill five villagers in Nigeria, 20 years on from massacre"),
    ("Survivors of the hotel siege meet in Mumbai, a decade later, to open a museum.",
     "Gunmen besieged a hotel in Mumbai on Friday, killing 11 guests."),
])
def test_a_span_of_years_counted_on_from_an_act(rules, quiet, violent):
    _quiet(rules, quiet)
    _alert(rules, violent)


@pytest.mark.parametrize(("quiet", "violent", "killed"), [
    ("Hundreds gathered in Madrid on Monday for a ceremony marking 20 years since the train bombings, laying "
     "roses for the 191 people who were killed.",
     "Hundreds gathered in Madrid on Monday for a ceremony marking 20 years since the train bombings, when a bomb "
     "went off in a crowd and killed 14 people.", 14),
])
def test_the_dead_of_an_act_years_gone(rules, quiet, violent, killed):
    _quiet(rules, quiet)
    _alert(rules, violent, killed)


@pytest.mark.parametrize(("quiet", "violent", "killed"), [
    ("Mourners lit candles at a vigil for a 15-year-old boy stabbed to death on Friday, as police appealed for "
     "witnesses.",
     "Mourners lit candles at a vigil on Friday as a 15-year-old boy was stabbed to death nearby.", 1),
])
def test_a_person_described_by_age_at_a_vigil(rules, quiet, violent, killed):
    _quiet(rules, quiet)
    _alert(rules, violent, killed)
