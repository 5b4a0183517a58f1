"""Two principles of acts not done as news, each quiet case beside a twin that differs by the principle and must
still alert (and count) as it did. The sentences are written for these tests, not taken from any set.

1. An act named as what an alternative is to ("was offered an alternative to attacking the country", "seeks
   alternatives to air strikes") is an option weighed, not an act done; an act told by its own verb after the
   alternative is news.
2. A ranking of sides or places by their dead over a whole year ("was the world's deadliest militant group in
   2019, responsible for 5,200 deaths") is a tally of that year, a statistic (docs/taxonomy.md: a report's tally
   over a whole year); an act ranked ("killed 60 in the deadliest attack in 2019") or a day named is news.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "Papers show the premier was offered an alternative to attacking the neighbouring state at a secret meeting",
    "The council seeks alternatives to air strikes on the rebel-held province",
])
def test_an_act_an_alternative_is_to_is_an_option(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("The premier rejected an alternative plan, and jets struck the neighbouring state, killing 14", 14),
    ("Jets struck the rebel-held province overnight, killing nine, as the council sought alternatives", 9),
])
def test_an_act_told_by_its_own_verb_still_counts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "The insurgents were the world's deadliest militant group in 2019, being responsible for 5,200 deaths",
    "The province was the deadliest region for aid workers in 2018, with 85 killed, the index says",
])
def test_a_ranking_over_a_whole_year_is_a_tally(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A suicide bomber killed 60 people at a market in the deadliest attack in 2019", 60),
    ("Gunmen killed 12 aid workers on Sunday in the province, which was the deadliest region in 2019", 12),
])
def test_an_act_ranked_or_dated_by_a_day_still_counts(rules, text, killed):
    _alert(rules, text, killed)
