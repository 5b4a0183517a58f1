"""History told in shapes the rules missed (issue 9): an act named by its year with a name or two between ("the
1952 Harbour massacre", "killed in 1961 Allied bombing raids"), a toll counted over a span whose ends are full
dates ("between 3 March 2019 and 14 June 2021"), and a toll in the thousands that has died in "the fighting" (a
war's running total). Each quiet case stands beside a twin in the same words that tells an act of today, with its
own verb, day or small toll, and must alert. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# a year, then a name or two, then the act: the name of a dated act, history
@pytest.mark.parametrize("text", [
    "A museum opens on the site of the 1952 Harbour massacre, and its guide calls the massacre a crime.",
    "The singer, whose uncle was killed in 1961 Allied bombing raids, releases an album of folk songs.",
    "Relatives of victims of the 1982 Delta Bay killings ask the senate to open the archives.",
])
def test_an_act_named_by_its_year_and_a_name_is_history(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # an act of today told with the dated one as its background
    ("Gunmen kill five villagers near the museum of the 1952 Harbour massacre.", 5),
    ("The singer’s uncle is killed in Allied bombing raids on the port.", None),
    ("Relatives of victims of the 1982 Delta Bay killings are attacked by a mob, and two of them are shot dead.", 2),
])
def test_an_act_of_today_beside_a_named_dated_act_alerts(rules, text, killed):
    _alert(rules, text, killed)


# a toll counted between two full dates, or days of months: a total of months or years, history
@pytest.mark.parametrize("text", [
    "A rights group says 4,210 civilians were killed and another 9,377 wounded between 3 March 2019 and 14 June "
    "2021.",
    "The monitors say 812 people were killed and 1,530 injured between 1 February and 30 September 2020.",
    "The ministry says 65 officers were wounded between 4 April 2018 and 30 May 2019.",
])
def test_a_toll_between_full_dates_is_a_total(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a span of hours on one day is an act's own
    ("Gunmen killed 12 people and wounded 30 others between 2 pm and 4 pm on 3 March 2019.", 12),
    ("Militants killed 9 civilians and wounded 20 between dawn and noon on Tuesday.", 9),
])
def test_a_toll_between_hours_is_news(rules, text, killed):
    _alert(rules, text, killed)


# a toll in the thousands that has died in "the fighting": a war's running total
@pytest.mark.parametrize("text", [
    "The monitor estimates that 120,000 people have died in the fighting.",
    "An aid agency says thousands of people have died in the fighting so far.",
])
def test_thousands_died_in_the_fighting_is_a_total(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a battle's toll, or one of a day
    ("The monitor estimates that 120 people have died in the fighting.", 120),
    ("The monitor estimates that 1,200 people have died in the fighting this week.", 1200),
])
def test_a_battles_toll_in_the_fighting_alerts(rules, text, killed):
    _alert(rules, text, killed)
