"""Principles found on ordinary_news_fresh71 (wire-style disasters and diplomacy after violence): a link to a war's side
that an authority rules out is no doer, and a cause named with every other set aside rules an act out; stores of gas
are stores in the plural too, and arms told by how badly they were kept are a store's; war arms that go off as their
handlers break them up are a leftover's mishap; a side's ruling body that tells a report through a body of its own
("the X administration's disaster ministry said") is its teller; a toll in a relative clause of an act named by a
day gone runs on through "and" (the people it tells, "12 guests and staff"; its second part, "and four were
wounded"). Each quiet case has a violent twin that differs by the principle and still alerts. (Sentences written
for these tests, not copied from any set.)"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts, assert_quiet


@pytest.mark.parametrize(("quiet", "violent"), [
    # a link to the insurgency or its fighters ruled out: the blast is no act of that war
    ("A gas bottle blew up at a tea shop in Narathiwat, killing three customers; police ruled out any link to the "
     "insurgency",
     "A bomb blew up at a tea shop in Narathiwat, killing three customers; police blamed the insurgency"),
    ("An explosion at a roadside cafe in Pattani killed four diners; police ruled out any connection with separatist "
     "militants",
     "An explosion at a roadside cafe in Pattani killed four diners; police blamed separatist militants"),
    # (a link that cannot be ruled out is still open)
    ("A kitchen boiler exploded at a hotel in Sukkur, killing two cooks; officials ruled out any links to militants",
     "An explosion at a hotel in Sukkur killed two cooks; officials said they could not rule out a link to militants"),
    # a cause named and every other set aside
    ("An explosion tore through a bakery in Kohat, killing two; police blamed a leaking heater and said no other motive "
     "was being investigated",
     "An explosion tore through a bakery in Kohat, killing two; police said gunmen planted a bomb and no other motive "
     "was being investigated"),
])
def test_an_act_ruled_out_by_a_link_or_a_cause_leaves_a_mishap(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)


@pytest.mark.parametrize(("quiet", "violent"), [
    # gas tanks, in the plural, are stores of gas, not armour
    ("A kiln exploded at a cement works in Gresik, killing eight, after hot ash ignited gas tanks nearby",
     "Army tanks shelled a cement works in Gresik, killing eight"),
    # arms told by how badly they were kept are a store's goods
    ("Blasts shook a disused depot near Homs after a brush fire spread there, killing two guards; the ministry "
     "blamed poorly kept munitions",
     "Blasts shook a depot near Homs as drones struck it, killing two guards, the ministry said"),
])
def test_stores_named_in_the_plural_or_by_their_keeping_blow_up_by_themselves(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)


@pytest.mark.parametrize(("quiet", "violent"), [
    ("An old mortar round went off as two scrap collectors tried to saw it open in Maiduguri, killing both",
     "A mortar round fired by insurgents hit a scrap market in Maiduguri, killing two collectors"),
    ("A rusted shell exploded while a farmer was hammering it in his yard near Kharkiv, killing him",
     "A shell fired by Russian forces exploded in a farmer's yard near Kharkiv, killing him"),
])
def test_war_arms_that_go_off_as_handlers_break_them_up_are_a_mishap(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)


def test_a_parcel_opened_by_its_victim_is_still_a_bomb(rules):
    assert_alerts(rules, "A bomb exploded as a shopkeeper tried to open it at his home in Multan, killing him")


@pytest.mark.parametrize(("quiet", "violent"), [
    ("A landslide buried a village in Nuristan on Tuesday, destroying 40 homes and killing 31 people, the Taliban "
     "administration's disaster ministry said",
     "Taliban fighters stormed a village in Nuristan on Tuesday, destroying 40 homes and killing 31 people, "
     "residents said"),
])
def test_a_side_that_tells_a_report_through_a_body_of_its_rule_is_no_doer(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)


@pytest.mark.parametrize(("quiet", "violent"), [
    # the people of a toll joined by "and"
    ("Uganda sends condolences to Kenya over last Sunday's attack on a bus near Mandera, in which nine passengers "
     "and crew were killed",
     "Gunmen attacked a bus near Mandera on Sunday, and nine passengers and crew were killed"),
    # the second part of a toll joined by "and"
    ("Thailand summons Myanmar's envoy over Tuesday's shooting off Ranong, in which one fisherman was killed and "
     "three were wounded",
     "Myanmar's navy opened fire on a Thai trawler off Ranong on Tuesday; one fisherman was killed and three were "
     "wounded"),
])
def test_a_toll_in_a_relative_clause_of_a_gone_days_act_runs_on_through_and(rules, quiet, violent):
    assert_quiet(rules, quiet)
    assert_alerts(rules, violent)
