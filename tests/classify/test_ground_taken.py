"""Ground and people taken by arms (issue 9): a place captured, seized, taken, overrun or taken control of is an
attack where the sentence names an armed side or a fight, and a seat, a market or a match won is none; people
seized by a non-state armed side are taken hostage (an attack), by a state's force they are arrested (quiet);
hostages are named in more ways; and a capture dated by a month and a year in a clause of time ("before ...
in February 2024") is history. Each quiet sentence stands beside a violent twin in the same words, which must still
alert. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts, assert_quiet


# 1. A place taken: an assault only where an armed side takes it; a seat, a market, a match or a firm is won.
@pytest.mark.parametrize("quiet, violent", [
    ("The Democrats capture the House after a close count in the suburbs.",
     "Rebels capture the town of Koloma after a close fight in the suburbs."),
    ("The company seizes control of the market for cheap batteries in the region.",
     "Militants seize control of the district of Lower Basra in the region."),
    ("The home team takes control of the match in the second half.",
     "Insurgent fighters take control of the airport in the second half of the day."),
    ("Fans overrun the pitch after the final whistle.",
     "Fighters overrun an army base after the evening call to prayer."),
    ("The state bank takes control of Banco Meridional in a rescue deal.",
     "Armed militias take control of Port Meridional in a dawn offensive."),
])
def test_a_place_is_taken_by_arms_only_by_an_armed_side(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)


# 2. The place before the passive, its taker after "by".
@pytest.mark.parametrize("quiet, violent", [
    ("The city council is captured by the opposition bloc in Sunday's vote.",
     "The border town is captured by rebel fighters after a day of shelling."),
])
def test_a_place_taken_in_the_passive(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)


# 3. People seized: by a non-state armed side they are hostages, by a state's force they are arrested.
@pytest.mark.parametrize("quiet, violent", [
    ("Police seize drugs and detain 30 protesters outside the ministry.",
     "Gunmen seize 30 villagers outside the ministry's depot."),
    ("Authorities seize a ship's cargo of cigarettes at the port.",
     "Rebels seize two engineers at the port's oil terminal."),
    ("The navy captures 28 pirates in the Gulf of Aden.",
     "Militants captured 29 workers following a clash in the Gulf province."),
    ("Police detain 30 protesters near the parliament.",
     "Thirty aid workers were detained by armed fighters near the border."),
    ("Militants parade captured soldiers on a television channel.",
     "Militants captured soldiers on a television channel's premises."),
])
def test_people_seized_by_an_armed_side_are_hostages(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)


# 4. Hostages named more ways: two kinds of people joined by "and"; a budget held hostage is a figure of speech.
@pytest.mark.parametrize("quiet, violent", [
    ("The opposition holds the budget and the reform hostage in the senate.",
     "Gunmen hold thirty children and teachers hostage in a school."),
])
def test_hostages_named_more_ways(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)


# 5. A capture in a clause of time dated by a month and a year is history (a film's story, a life's backdrop).
@pytest.mark.parametrize("quiet, violent", [
    ("The documentary follows a family in the months before enemy troops captured the city in March 2022.",
     "Enemy troops captured the city on Tuesday, a family told reporters."),
    ("The family ran a bakery there until rebel fighters seized the town in May 2019.",
     "Rebel fighters seized the town on Monday, residents said."),
])
def test_a_capture_in_a_dated_clause_of_time_is_history(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)
