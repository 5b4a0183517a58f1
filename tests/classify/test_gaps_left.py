"""Gaps the rules left in recall and in counts (issue 9), each closed by its principle.

- A torpedo is a weapon fired from afar at a ship: a torpedo that struck a vessel, or a vessel torpedoed, is fire
  (a strike by a state's navy, else an attack); a torpedo tested, sold or built is a weapon named, no act, and
  "torpedoes a deal" is no weapon at all.
- An arrest or a charge "in" an act named as a known thing (by its victim after "of", or by its day in the
  possessive) is a case after that act, no new attack; an arrest "in clashes" is made during them.
- A group of people named by a plural with no figure ("his bodyguards", "several civilians") is counted by no
  one, so the total of its list is not stated; a bare plural after a figure is counted by it ("17 guards and
  drivers").
- People told after "leaving", "of whom" or "of them" with a figure no larger than a count of the same harm
  before them are a part of those people, not more of them.
- "alleged" in a phrase of the subject that names the target of the act ("a strike on an alleged drug boat")
  describes that target; the clause's own verb after it is told, with its toll.

Each quiet case stands beside a violent twin in nearly the same words. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    # a torpedo tested, sold or built is a weapon named, no act
    "The navy carried out a torpedo test off the southern coast on Thursday.",
    "The shipyard sold forty heavyweight torpedoes to a South American navy.",
    "A state-owned plant will build a new torpedo for the fleet's submarines.",
    # the verb's other sense names no arms at all
    "The junior coalition partner torpedoes a deal on the regional budget.",
    "Opposition senators threatened to torpedo the pension reform.",
    "The farm bill was torpedoed by a late amendment in the lower house.",
])
def test_a_torpedo_tested_sold_or_figurative_is_no_attack(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the twins: a torpedo fired at a ship, a ship torpedoed
    ("A patrol boat blew up and went down after a torpedo struck it off the southern coast.", None),
    ("A submarine torpedoed a grain freighter off the southern coast, killing five crew members.", 5),
    ("A fuel tanker was torpedoed by an unidentified submarine near the strait.", None),
    ("The submarine fired two torpedoes at the corvette, which sank within minutes.", None),
])
def test_a_torpedo_at_a_ship_is_an_attack(rules, text, killed):
    _alert(rules, text, killed)


def test_a_ship_torpedoed_by_a_states_navy_is_a_strike(rules):
    event = rules.classify("A Ukrainian navy submarine torpedoed a Russian landing ship, killing nine sailors.")
    assert "strike" in event.types and event.killed == 9, (event.types, event.killed)


@pytest.mark.parametrize("text", [
    # an arrest or a charge in an act named by its day, or by its victim
    "Three teenagers arrested in Saturday's shooting at a shopping centre.",
    "Police arrest a man in last night's stabbing outside a nightclub.",
    "Woman arrested in killing of pensioner in the old town.",
    "Two brothers are charged in the murder of a taxi driver.",
])
def test_an_arrest_in_a_known_act_is_a_case(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    # the twins: the act itself, and arrests made during clashes
    "Three teenagers are shot on Saturday at a shopping centre.",
    "A man is stabbed last night outside a nightclub.",
    "Gunmen kill a pensioner in the old town.",
    "Dozens arrested in clashes in the capital.",
])
def test_the_act_itself_or_an_arrest_during_clashes_alerts(rules, text):
    _alert(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a group named by a plural with no figure: the total is not stated
    ("Gunmen kill the governor and his bodyguards in an ambush on the highway.", None),
    ("A car bomb kills two police officers and several civilians at a checkpoint.", None),
    ("Militants killed a district chief and other officials in a raid on his office.", None),
    # the twins: every group has a figure, in words or digits
    ("Gunmen kill the governor and his bodyguard in an ambush on the highway.", 2),
    ("A car bomb kills two police officers and three civilians at a checkpoint.", 5),
    ("Militants killed a district chief and four officials in a raid on his office.", 5),
    # a bare plural after a figure is counted by it
    ("Rebels kill 14 security guards and drivers in an attack on a supply convoy.", 14),
])
def test_a_group_without_a_figure_gives_no_count(rules, text, killed):
    event = rules.classify(text)
    assert {"strike", "attack"} & set(event.types), (text, event.types)
    assert event.killed == killed, (text, event.killed)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a part of the people counted before, told after "leaving", "of whom", "of them"
    ("Five customers are shot at a bar, leaving three critically injured.", 0, 5),
    ("Gunmen opened fire on a minibus, wounding seven people and leaving two in critical condition.", 0, 7),
    ("A grenade wounded nine people at a market, of whom four were seriously injured.", 0, 9),
    ("A grenade wounded nine people at a market, four of them seriously injured.", 0, 9),
    # the twins: another harm, or more people, told after "leaving"
    ("A grenade killed two people at a market, leaving five injured.", 2, 5),
    ("Five customers are shot at a bar, leaving one dead and four injured.", 1, 4),
])
def test_a_part_told_after_the_count_is_not_added(rules, text, killed, injured):
    event = rules.classify(text)
    assert {"strike", "attack"} & set(event.types), (text, event.types)
    assert (event.killed, event.injured) == (killed, injured), (text, event.killed, event.injured)


@pytest.mark.parametrize(("text", "killed"), [
    # "alleged" describes the target in the subject's phrase: the clause's own verb is told
    ("US strike on alleged drug boat in the Caribbean kills four.", 4),
    ("A raid on an alleged smugglers' camp in the hills killed three people.", 3),
    ("A drone strike on an alleged weapons depot near the border kills two guards.", 2),
])
def test_an_alleged_target_leaves_the_act_told(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    # the twins: "alleged" describes the act itself, or a plot
    "Rights groups document alleged killings by soldiers near the border.",
    "An alleged plot to kill the governor was uncovered by the police.",
])
def test_an_alleged_act_is_no_report(rules, text):
    _quiet(rules, text)
