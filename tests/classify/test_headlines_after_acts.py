"""A reaction told in a headline (a council session, an envoy summoned, a burial, a truce extended, a
clinic opened) after an act, with a standfirst that tells the act again with its toll: the act is the
reaction's cause, reported before, where the text itself marks it as earlier (a past day, a date, "last
week's", "weeks after", a relative clause of the act named again, the burial of its dead). The same
words with a new act of their own still alert. The sentences are written for these tests (issue 9)."""

from __future__ import annotations

import pytest

from bot.classify import Classifier
from tests.classify.verdicts import ALARMS


def _quiet(rules: Classifier, title: str, summary: str = "") -> None:
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, summary, event.types, event.evidence)
    assert event.killed is None and event.injured is None, (title, summary, event.killed, event.injured)


def _alert(rules: Classifier, title: str, summary: str = "", killed: int | None = None) -> None:
    event = rules.classify(title, summary)
    assert {"strike", "attack"} & set(event.types), (title, summary, event.types)
    if killed is not None:
        assert "casualty" in event.types and event.killed == killed, (title, summary, event.killed)


# a compound act named in the headline ("drone strike") is named again in the standfirst by its head noun
# after a past day's possessive ("Tuesday's strike"): the same act, and the toll of its relative clause is
# its description
@pytest.mark.parametrize(("title", "summary"), [
    ("Regional bloc holds emergency talks after drone strike on river port",
     "Ministers hear a briefing on Sunday's strike, which killed nine dockers and injured 20, but issue no statement."),
    ("Capital summons neighbour's envoy over missile attack that killed three herders",
     "The ministry calls Thursday's attack on a camp near the border 'unacceptable' and demands guarantees."),
])
def test_a_compound_act_named_again_by_its_head_noun_is_no_report(rules, title, summary):
    _quiet(rules, title, summary)


@pytest.mark.parametrize(("title", "summary", "killed"), [
    # the standfirst tells an act of its own, not the headline's again
    ("Regional bloc holds emergency talks after drone strike on river port",
     "Hours later a second drone struck a market in the town, killing nine traders.", 9),
    ("Drone strike on river port kills nine dockers",
     "Sunday's strike, which also injured 20, was the deadliest this year.", 9),
])
def test_a_new_act_beside_a_named_one_still_alerts(rules, title, summary, killed):
    _alert(rules, title, summary, killed)


# a death told as part of an act named by its date or month ("the 4 May blast", "the March raids") is that
# act's, reported before; a year range ("the 2014–15 siege") is one date, not a break of the clause
@pytest.mark.parametrize(("title", "summary"), [
    ("Town buries police officers a week after bomb outside station",
     "Crowds gather for the funerals of three officers and a driver killed in the 4 May explosion, which police blame "
     "on a rebel faction."),
    ("Aid group opens limb clinic for survivors of the war against rebels",
     "The group says the clinic will fit artificial limbs for about 300 people maimed during the 2014–15 battle for "
     "the port or by explosives left in the rubble."),
])
def test_a_toll_of_an_act_named_by_its_date_is_no_report(rules, title, summary):
    _quiet(rules, title, summary)


@pytest.mark.parametrize(("title", "summary", "killed"), [
    # a death told with its own day, or wounds of a dated act that kill now
    ("Car bomb at army checkpoint kills four",
     "Three soldiers and a driver were killed in the explosion at the checkpoint on Tuesday.", 4),
    ("Three soldiers killed in car bomb explosion at checkpoint", "", 3),
    ("Aid group opens limb clinic for survivors of the war against rebels",
     "At least 30 people were wounded during a battle for the port on Sunday, the group said.", None),
])
def test_a_toll_told_with_its_own_act_still_alerts(rules, title, summary, killed):
    _alert(rules, title, summary, killed)


# the toll whose subject is an act already told as past (dated, or set weeks before the reaction) is that act's:
# "where fighting in June 2024 killed 30", "weeks after May clashes in the port left six dead" ("May" after a
# preposition is the month, no modal)
@pytest.mark.parametrize(("title", "summary"), [
    ("Two neighbours extend ceasefire after talks in the capital",
     "Ministers agree to keep monitors along the river, where four days of fighting in June 2024 killed 30 people."),
    ("Government opens massacre sites to UN inquiry",
     "Investigators will visit hamlets where ethnic killings in April 2023 left more than 600 people dead, according "
     "to a national committee."),
    ("Rival militias sign truce in the port city after market clashes",
     "The two sides sign a deal before the UN envoy, weeks after May fighting in the old town left six people dead."),
])
def test_a_toll_whose_subject_is_a_past_act_is_no_report(rules, title, summary):
    _quiet(rules, title, summary)


@pytest.mark.parametrize(("title", "summary", "killed"), [
    # the act is today's: its toll is news
    ("Fighting in the border town kills 30", "Four days of fighting in the town killed 30 people, medics said.", 30),
    ("Ethnic killings in northern hamlets leave 60 dead",
     "Gunmen attacked three hamlets on Sunday night; the killings in the hills left 60 people dead.", 60),
    # a passive toll tells its own dead: the planned attacks are not their killer
    ("Four men planning attacks on the capital are killed in a shootout with police", "", 4),
])
def test_a_toll_of_a_fresh_act_still_alerts(rules, title, summary, killed):
    _alert(rules, title, summary, killed)


# an act named by a time a week or more gone in the possessive ("last week's raid", "last month's violence") is
# done: no thing asked for by a demand before it, and the toll of its relative clause is its description
@pytest.mark.parametrize(("title", "summary"), [
    ("Capital summons neighbour's envoy over deadly raid on border hamlet",
     "The ministry demands an explanation for last week's assault near the river, in which gunmen killed six "
     "herders; the neighbour denies any role."),
    ("President declares gang a terrorist group after prison riot",
     "The decree follows last month's violence at the coastal jail, where officials say 27 inmates died."),
])
def test_a_toll_of_an_act_named_by_a_gone_time_is_no_report(rules, title, summary):
    _quiet(rules, title, summary)


@pytest.mark.parametrize(("title", "summary", "killed"), [
    # the same words with the act today's
    ("Gunmen kill six herders in assault near border hamlet",
     "The ministry demands an explanation for the assault near the river, in which gunmen killed six herders on "
     "Monday.", 6),
    ("Riot at coastal jail leaves 27 inmates dead", "Officials say 27 inmates died in the violence on Sunday.", 27),
])
def test_a_fresh_act_beside_a_demand_still_alerts(rules, title, summary, killed):
    _alert(rules, title, summary, killed)


def test_an_act_to_come_beside_a_gone_one_stays_a_threat(rules):
    # the modal governs an act with no time gone before it
    event = rules.classify("Rebels may attack the capital again, the ministry warns after last week's raid")
    assert "threat" in event.types and not ALARMS & set(event.types), event.types


# an act named as the kind of a drill ("air raid drills", "drone attack drills") is what the drill rehearses
@pytest.mark.parametrize(("title", "summary"), [
    ("Island begins annual war games with first nationwide air raid drills",
     "Residents of two port cities are asked to take cover for 20 minutes as the drills simulate a blockade."),
    ("City stages missile strike drill at the main railway station", ""),
    ("Schools hold drone attack drills before the new term", ""),
])
def test_an_act_named_as_a_drills_kind_is_no_report(rules, title, summary):
    _quiet(rules, title, summary)


@pytest.mark.parametrize(("title", "summary"), [
    # a real raid beside a drill, and an attack on a drill
    ("Air raid on port city during nationwide drills kills four", ""),
    ("Gunmen attack army exercises near the border, killing two soldiers", ""),
])
def test_an_act_beside_or_on_a_drill_still_alerts(rules, title, summary):
    _alert(rules, title, summary)


# the dead a burial, a funeral or prayers are for, described by how they died, died before the rite, which is the
# news; an act dated yesterday or today beside it may be its first report, and a funeral may be an act's place
@pytest.mark.parametrize(("title", "summary"), [
    ("Capital buries trade minister killed in embassy siege",
     "The prime minister leads prayers for the minister, one of six people who died when gunmen stormed the embassy "
     "compound on Thursday."),
    ("Village buries three guards shot dead at a border post", ""),
])
def test_the_dead_of_a_rite_are_no_report(rules, title, summary):
    _quiet(rules, title, summary)


@pytest.mark.parametrize(("title", "summary", "killed"), [
    ("Town buries five children killed in yesterday's air strike",
     "Hundreds gathered for the funeral of the children, who were killed when an air strike hit their home.", 5),
    ("A suicide bomber at the funeral of a tribal elder killed 12 mourners", "", None),
    ("Gunmen shoot dead three guards at a border post", "", 3),
    ("Gunmen storm embassy compound in the capital, killing six people", "", 6),
])
def test_an_act_at_a_rite_or_of_yesterday_still_alerts(rules, title, summary, killed):
    _alert(rules, title, summary, killed)


# the act a relative clause says people fled is how they are known: an act before the news of the camps they live in
@pytest.mark.parametrize(("title", "summary"), [
    ("Aid agency warns of measles outbreak in camps for families who fled rebel raids", ""),
    ("School reopens for children who escaped the shelling of the northern villages", ""),
])
def test_an_act_people_fled_is_no_report(rules, title, summary):
    _quiet(rules, title, summary)


@pytest.mark.parametrize(("title", "summary", "killed"), [
    # people who flee now, witnesses who fled as a report's source, and an act of those who fled
    ("Thousands flee as rebels raid villages in the north", "", None),
    ("Rebels seize two towns and shell a market, according to witnesses who fled the fighting", "", None),
    ("Gunmen who escaped the raid on their hideout killed two guards on Monday", "", 2),
])
def test_an_act_beside_people_who_fled_still_alerts(rules, title, summary, killed):
    _alert(rules, title, summary, killed)


# a court that jails people (present tense, with its object) is a later stage of a case: the act they are jailed
# for, told after it, was reported before
@pytest.mark.parametrize(("title", "summary"), [
    ("City court jails three men who supplied the pistol for the harbour market shooting", ""),
    ("Court imprisons two brothers who drove the gunmen to the stadium attack", ""),
])
def test_an_act_told_after_a_court_jailing_is_no_report(rules, title, summary):
    _quiet(rules, title, summary)


@pytest.mark.parametrize(("title", "summary", "killed"), [
    # prisons named, and a jail's own act
    ("Gunmen attack two jails in the north, killing four guards", "", 4),
    ("Inmates in overcrowded jails riot as guards shoot dead three prisoners", "", 3),
])
def test_an_act_beside_prisons_still_alerts(rules, title, summary, killed):
    _alert(rules, title, summary, killed)
