"""An index (a report's figures that rank places or sides) that counts a year's dead is a tally of that year, a
statistic (docs/taxonomy.md, `casualty`: a report's tally over a whole year), as a ranking by a report or figures is:
"the index names the country the most affected by terrorism in 2023, with 1,907 deaths attributed to attacks". An act
told with a day beside the index is news. The sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A global peace index names the country the most affected by terrorism in 2022, with 2,300 deaths attributed to attacks there",
    "The country falls to last place in the annual peace index for 2021, with 1,400 people killed in attacks by armed groups",
])
def test_an_index_of_a_years_dead_is_a_tally(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen killed 40 villagers in the north on Sunday, days after an index named the country the most affected by terrorism in 2022", 40),
    ("Attacks by armed groups killed 14 people on Monday, as the country fell to last place in the peace index for 2021", 14),
])
def test_an_act_of_a_day_beside_an_index_is_news(rules, text, killed):
    _alert(rules, text, killed)
