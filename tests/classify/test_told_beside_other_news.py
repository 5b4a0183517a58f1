"""Acts told beside other news, not as news (issue 9): a quake that is the subject of a relative clause does its
verb as in a main clause; a side named only as the teller of a report arms no sentence of an item that names no
doer; a kin of the one in the news lost in a year gone is a life's background; acts in the plural that "have
driven" people from their homes are a running tally of displacement; a raid on a stock exchange is a purchase; the
act a case is about is no news of the main clause, for a relative clause after it that a month dates; "at the
time" tells when an act named again was done, not which. Each quiet case stands beside a violent twin in nearly
the same words that must still alert. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# A quake, a storm or a flood that a relative clause makes the doer of "struck" or "hit" struck as a disaster, and
# a side named only as the teller of its toll ("the Taliban government says") is no doer of it...
@pytest.mark.parametrize("text", [
    "The toll from the magnitude 6.1 earthquake that struck Herat province on Sunday rises to 27, with 90 hurt, "
    "the Taliban government says; 800 homes are destroyed",
    "The number of dead from the cyclone that hit the Saada coast rises to 12, the Houthi health ministry said; "
    "300 houses were destroyed",
    "Aid arrives in villages the earthquake which struck Kunar province on Friday left in ruins, according to the "
    "Taliban",
])
def test_a_disaster_told_by_a_side_stays_a_disaster(rules, text):
    _quiet(rules, text)


# ...but a side that does the harm, or a strike the item tells, is news.
@pytest.mark.parametrize(("text", "killed"), [
    ("Taliban fighters destroyed 20 homes in Herat province on Sunday, killing four, the Taliban government says", 4),
    ("An air strike destroyed a school in Saada, killing 12, the Houthi health ministry said", 12),
])
def test_harm_done_by_a_side_or_a_strike_is_news(rules, text, killed):
    _alert(rules, text, killed)


# A kin of the one in the news ("her father", "his brother") killed in a year gone is who that one is...
@pytest.mark.parametrize("text", [
    "The novelist Marta Quiroga wins the national prize for fiction; her father, a judge, was killed by "
    "paramilitaries in 1989",
    "The new interior minister is sworn in in Bogota; his brother was shot dead by guerrillas in 2001",
])
def test_a_kin_lost_in_a_year_gone_is_background(rules, text):
    _quiet(rules, text)


# ...but one killed on a near day is news, and so is a death told by no one's kin.
@pytest.mark.parametrize("text", [
    "The novelist Marta Quiroga cancels her book tour; her father, a judge, was shot dead by gunmen in Cali on Sunday",
    "A judge was shot dead by gunmen in Cali on Sunday",
])
def test_a_kin_killed_on_a_near_day_is_news(rules, text):
    _alert(rules, text)


# Acts in the plural that "have driven" or "have displaced" people in all tell a running tally of displacement...
@pytest.mark.parametrize("text", [
    "Norway pledges $40 million for food aid in the Sahel, as the UN says militant attacks have driven 2.5 million "
    "people from their homes",
    "The EU opens a humanitarian air bridge to North Kivu, where rebel raids have displaced 700,000",
])
def test_acts_that_have_driven_people_out_in_all_are_a_tally(rules, text):
    _quiet(rules, text)


# ...but acts that drove people out on a day of the news are news.
@pytest.mark.parametrize("text", [
    "Militant attacks drove 4,000 people from their homes in Burkina Faso's north on Saturday",
    "Rebel raids on three villages in North Kivu on Monday killed nine people",
])
def test_acts_that_drove_people_out_are_news(rules, text):
    _alert(rules, text)


# A raid on a stock exchange, with a bidding war or a takeover bid, is buying shares...
@pytest.mark.parametrize("text", [
    "A Brazilian miner takes 22% of a Chilean copper group in a dawn raid on the Santiago stock exchange",
    "The brewer's dawn raid on the Johannesburg stock exchange starts a bidding war for the bottler",
])
def test_a_raid_on_an_exchange_is_a_purchase(rules, text):
    _quiet(rules, text)


# ...but armed men who raid the exchange, or a bomb there, are an attack.
@pytest.mark.parametrize("text", [
    "Gunmen raid the Karachi stock exchange, killing two guards",
    "A suicide bomber attacks the Nairobi stock exchange",
])
def test_an_armed_raid_on_an_exchange_is_an_attack(rules, text):
    _alert(rules, text)


# The act a case is about ("an arrest in the killing of") is no news of the main clause, so a relative clause after
# it that a month gone dates is the case's background...
@pytest.mark.parametrize("text", [
    "Police in Lagos arrest a third suspect in the killing of transport union chairman Tunde Bakare, who was shot "
    "dead outside his office in February",
    "Police in Cebu arrest two men in the killing of provincial radio station host Ramon Dela Cruz, who was shot "
    "dead near his home in June",
])
def test_a_cases_act_dated_by_a_month_is_background(rules, text):
    _quiet(rules, text)


# ...but an arrest of one who has just shot people, or an act dated by a day with no case, is news.
@pytest.mark.parametrize("text", [
    "Police in Lagos arrest a man who shot dead two guards outside a bank on Tuesday",
    "Union leader Tunde Bakare was shot dead outside his office in Lagos on Tuesday",
])
def test_an_act_of_the_news_beside_an_arrest_is_news(rules, text):
    _alert(rules, text)


# "At the time" tells when an act named again was done ("the group claimed the attack at the time")...
@pytest.mark.parametrize("text", [
    "A court in Mombasa jails four men for the 2019 bombing of a nightclub; al-Shabaab claimed the attack at the time",
    "A court in Maiduguri jails two men for the 2021 bombing of a market; Boko Haram claimed the attack at that time",
])
def test_an_act_named_again_at_the_time_is_the_case_s(rules, text):
    _quiet(rules, text)


# ...where a place names another act, which is news.
@pytest.mark.parametrize("text", [
    "A court in Mombasa jails four men for the 2019 bombing of a nightclub; al-Shabaab claimed the attack at a "
    "police post in Lamu on Monday that killed three officers",
])
def test_an_act_named_by_its_place_is_news(rules, text):
    _alert(rules, text)
