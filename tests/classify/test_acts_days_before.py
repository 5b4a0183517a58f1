"""An act the item tells as done days or more before its news is that news's background, no report of its
own (issue 9): an act set two days or more before an after-word ("three days after gunmen killed 12"), an act
dated by a full date in a clause that describes a reaction's party, a finding's matter or the dead a funeral is
for, people wounded or seized before who now recover or are freed, and acts counted over months or a whole war.
Hours or one day after, an act dated by a weekday, an act told by a main clause of its own, and a toll that rises
stay news. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# 1. a span of two days or more before "after": the act was done that long before the news
@pytest.mark.parametrize("text", [
    "The president orders the army chief to move to the province three days after gunmen killed 40 farmers.",
    "The group's spokesman issues a warning in a video, a fortnight after one of its bombers killed nine cadets.",
    "The ministry freezes the assets of two settlers, weeks after settlers burned houses in the village on 2 May, "
    "where a teenager was shot dead.",
    "Rebel commanders order a lockdown in the town, weeks after rebels attacked a minibus on the highway, killing "
    "five passengers.",
    "The governor places three districts under emergency rule, four days after a riot between gangs at the city jail "
    "left 20 inmates dead on 9 November.",
    "The two sides agree to swap detainees, a year after the rebels' seizure of the port, which left 900 people "
    "dead.",
])
def test_an_act_days_before_the_news_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # hours after, or one day after (yesterday's act may be first reported today), the act is news
    ("The president orders the army chief to move to the province hours after gunmen killed 40 farmers.", 40),
    ("The president orders the army chief to move to the province a day after gunmen killed 40 farmers.", 40),
    ("The president orders the army chief to move to the province one day after gunmen killed 40 farmers.", 40),
    # the main clause tells its own act, or its own dead
    ("Gunmen killed 12 people at a market three days after the army left the town.", 12),
    ("A second wounded villager died on Monday, three days after gunmen attacked the market.", 1),
    # an after-clause of no act leaves a participle after its comma to the main clause's act
    ("Fighting flared again weeks after a truce was signed, leaving eight civilians dead.", 8),
    # a toll that rises is news
    ("The death toll from the market attack rose to 40, three days after gunmen stormed the town.", 40),
])
def test_an_act_hours_or_a_day_before_or_of_the_main_clause_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# 2. an act dated by a full date in a clause that describes a reaction's party, a finding's matter or the dead
# a funeral is for
@pytest.mark.parametrize("text", [
    "The ministry hands the envoy a protest note saying the suicide bombers who killed 12 soldiers at the base on "
    "4 March trained abroad.",
    "The prosecutor's office files homicide and organised-crime charges over the ambush on a police convoy outside "
    "Tarn, Vale, on 9 February that killed eight officers.",
    "A rights commission finds that soldiers killed at least 30 villagers in house searches in late January.",
    "Rights group finds army jet hit village wedding",
    "The monitor says an air strike that killed 12 guests at a wedding on 14 February was aimed at rebel "
    "commanders.",
    "The general presides over a state funeral in Tarn for troops killed when fighters overran the base on 11 May.",
    "A plaque is set into the pavement where a lorry killed nine shoppers on 3 June 2019, part of an attack that "
    "claimed 11 lives.",
])
def test_an_act_dated_in_a_clause_of_the_news_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a weekday may date the act's first report
    ("The ministry hands the envoy a protest note saying the suicide bombers who killed 12 soldiers at the base on "
     "Sunday trained abroad.", 12),
    ("The ministry protests to the envoy, saying gunmen who killed 12 soldiers on Sunday came from across the "
     "border.", 12),
    # a main clause of its own with its date is a fresh report
    ("Gunmen ambushed a police convoy outside the city on 9 February, killing eight officers, police said.", 8),
    ("Bombers who killed 12 soldiers at the base on 4 March trained abroad, the ministry said.", 12),
])
def test_an_act_dated_by_a_weekday_or_in_its_own_clause_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


def test_explosive_charges_are_no_charges_of_a_case(rules):
    _alert(rules, "Rebels dropped explosive charges from drones onto an army base on Sunday, killing two soldiers.", 2)


# 3. people wounded or seized before, who now recover, are sent home or are freed; the dead sent back
@pytest.mark.parametrize(("title", "summary"), [
    ("Hospital discharges last patient hurt when rocket hit its wing", ""),
    ("All seven soldiers hurt in the rocket attack on the base are back on duty", ""),
    ("", "The soldiers treated for brain injuries after the rocket attack on the base have returned to their units."),
    ("Aid worker freed after a year in captivity",
     "The aid worker, seized by gunmen from her home in January 2025, is handed to mediators at the border."),
    ("Both sides hand over their dead", "The ministry says the other side handed over the remains it identifies as "
                                        "its own troops, while 30 bodies of enemy soldiers were sent back."),
    ("Poet wins prize", "The jury cites poems written during the war, many of them elegies for relatives killed in an "
                        "air strike in 2023."),
    ("Government says all abducted Tarn schoolboys are free", ""),
])
def test_people_hurt_or_seized_before_who_recover_are_no_report(rules, title, summary):
    event = rules.classify(title, summary)
    assert not {"strike", "attack"} & set(event.types), (title, summary, event.types, event.evidence)
    assert event.killed is None and event.injured is None, (event.killed, event.injured)


@pytest.mark.parametrize(("text", "killed"), [
    # the act first in its sentence, then the recovery: the act is news
    ("A rocket hit the hospital wing on Sunday, wounding 71 people; most were sent home by evening.", None),
    ("Seven soldiers were hurt in a rocket attack on the base on Monday and are back on duty.", None),
    # a wounded man who dies is no recovery
    ("Two soldiers wounded in the ambush died in hospital on Monday.", None),
    # a capture dated by a weekday may be news
    ("The aid worker, seized by gunmen from her home on Sunday, was found dead.", None),
])
def test_an_act_told_before_its_recovery_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# 4. acts counted over months or a whole war; deaths as a share of all
@pytest.mark.parametrize("text", [
    "The envoy tells delegates that strikes on fishing boats in the gulf since March have killed more than 50 people.",
    "Lawmakers approve the treaty, closing a conflict whose 1994 war alone killed about 20,000 soldiers.",
    "The report documents 14 strikes on the town between January and May that killed 62 civilians, and calls them "
    "\"indiscriminate attacks\".",
    "Monitors say explosive weapons caused the majority of civilian deaths in the region.",
])
def test_acts_counted_over_months_or_a_war_are_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a span of days, or a day, dates news
    ("The army launched 14 strikes on the town between Monday and Wednesday, killing 62 civilians.", 62),
    ("Strikes on fishing boats in the gulf killed three people on Sunday.", 3),
    # the label of a single act reacted to is left to the act's own rules
    ("Jets hit the market on Sunday, killing 40; the mayor called them \"cowardly attacks\".", 40),
])
def test_acts_of_a_day_still_alert(rules, text, killed):
    _alert(rules, text, killed)
