"""An earlier act recalled beside news of diplomacy, law, remembrance or politics is no report of its own (issue 9).
The news is the main clause's verb (a visit, a law passed, hearings opened, a motion rejected, an apology, an
ambassador recalled, a pledge); the act is recalled in a relative clause (where, in which, which) or a participle
of damage whose act is dated before the news: by a month alone or a season gone ("in April", "over the winter"),
by the name of the event ("the October 7 attack", "the January bombing", "a 1947 raid", violence "between 2020
and 2023", "the previous administration's war"), or as the reason a measure cites, or as the finding of an inquiry
about an event named by its month and year. An act told as the news of its own clause, or dated by a day ("on
Sunday night"), still alerts. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# a relative clause of place or event dated by a month alone or a season gone, under a main clause of politics
@pytest.mark.parametrize("text", [
    "The prime minister tours the port town, where gunmen shot dead six dockers at a union meeting in March, and "
    "opens a new police academy.",
    "The finance minister visits the bus station, where a suicide bomber killed 14 travellers in October, and "
    "promises funds for new barriers.",
    "Parliament approves compensation for the families of the valley, where troops killed 11 herders last winter.",
    # a participle of damage, its act dated by a season or a month
    "Norway pledges $30 million to help the country repair bridges damaged in artillery strikes over the summer.",
    "Donors promise funds to rebuild clinics destroyed by shelling in February.",
])
def test_an_act_in_a_relative_clause_dated_by_a_month_or_season_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the same acts as news: no main clause of politics, or dated by a day
    ("Gunmen shot dead six dockers at a union meeting in the port town on Sunday night, police said.", 6),
    ("The prime minister tours the port town, where gunmen shot dead six dockers at a union meeting on Sunday night.", 6),
    ("A suicide bomber killed 14 travellers at the bus station on Monday.", 14),
    ("Workers race to repair a bridge damaged in an artillery strike on Tuesday that killed two engineers.", 2),
    # a main clause that reports an act of its own keeps the relative clause's act news with it
    ("Troops stormed the rebel camp in the hills on Monday, where an air strike killed 30 fighters in April.", 30),
])
def test_the_same_act_told_as_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# a relative clause of an event named as past: by its month (and day), by "a" and its year, by a span of years,
# or as the deed of a government gone
@pytest.mark.parametrize("text", [
    "The senate rejects a censure motion over the failures before the March 9 attack on the ferry, in which 31 "
    "passengers were killed.",
    "Ghana recalls its envoy after the neighbour disputes its account of the August bombing of a market in the "
    "north, which killed nine traders.",
    "Belgium formally apologises for a 1959 raid by colonial troops on a mission school, in which 17 pupils were "
    "shot dead, and offers reparations.",
    "The assembly passes an amnesty covering the unrest between 2018 and 2021, in which scores of students were "
    "killed.",
    "The court opens hearings into the ousted regime's crackdown on the miners, in which 200 workers were killed.",
])
def test_a_toll_in_a_relative_clause_of_a_named_past_event_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A bombing of a market in the north on Monday killed nine traders; Ghana recalled its envoy.", 9),
    ("Colonial troops raided a mission school, where they shot dead 17 pupils.", 17),
    ("Security forces opened fire on striking miners on Friday, killing 200 workers.", 200),
])
def test_the_named_act_told_as_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# an act cited as the reason of a measure; the finding of an inquiry about an event named by its month and year
@pytest.mark.parametrize("text", [
    "The parliament passes a law banning the militia, citing bomb attacks on power pylons.",
    "An inquiry reports that soldiers killed 38 people during the July 2019 protests in the capital and urges "
    "trials.",
])
def test_a_cited_reason_or_a_finding_on_a_dated_event_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Bomb attacks on power pylons cut electricity to the city on Friday, police said.", None),
    ("Soldiers killed 38 people during protests in the capital on Saturday, an inquiry said.", 38),
])
def test_the_cited_act_or_the_finding_told_as_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
