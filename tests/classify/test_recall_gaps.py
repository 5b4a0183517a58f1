"""Recall gaps closed by principle: acts told beside a charge, "executed" with people as its object,
lives claimed, and weapons that crash into their target. Each principle is shown on sentences written
for the purpose, the quiet ones beside violent ones of the same shape."""

from __future__ import annotations

import pytest

from bot.classify import Classifier
from tests.classify.verdicts import assert_alerts, assert_quiet


# A legal frame covers the act of its own clause ("charged with murder"), not a later act told with a
# verb of its own after a charge named by a bare noun.
@pytest.mark.parametrize(("text", "killed"), [
    ("A man charged with bank fraud shot dead three security guards outside the courthouse", 3),
    ("A prisoner convicted of burglary killed two fellow inmates in a fight over a cell", 2),
    ("A man suspected of arson was shot dead by police at a roadblock", 1),
    ("A youth wanted for car theft stabbed two officers during his arrest", None),
])
def test_an_act_told_after_a_charge_is_asserted(rules: Classifier, text: str, killed: int | None) -> None:
    assert_alerts(rules, text, killed)


@pytest.mark.parametrize("text", [
    "A man charged with murder appeared before magistrates on Tuesday",
    "A man charged with first-degree murder was denied bail",
    "A woman accused of fraud and murder pleaded not guilty",
    "Two men accused of involvement in the bombing were remanded in custody",
    "Three men charged with plotting to kill a judge appeared in court",
    "A man convicted of having shot two guards was sentenced to life",
])
def test_the_charge_itself_stays_in_the_case(rules: Classifier, text: str) -> None:
    assert_quiet(rules, text)


# "executed" is a killing where people are its object, not where a plan, an order or a contract is.
@pytest.mark.parametrize(("text", "killed"), [
    ("Insurgents executed 9 captured policemen near the dam", 9),
    ("The gang stopped a minibus and executed four passengers", 4),
    ("Rebels executed two soldiers and a driver at a roadblock", 3),
    ("Jihadists said they had executed a kidnapped pilot", 1),
    ("Six villagers were executed by the militia overnight", None),
])
def test_executed_with_people_as_object_is_a_killing(rules: Classifier, text: str, killed: int | None) -> None:
    assert_alerts(rules, text, killed)


@pytest.mark.parametrize("text", [
    "The board executed a plan to sell two factories",
    "Officers executed a search warrant at the mayor's office",
    "The two firms executed the merger contract on Monday",
    "The striker executed a perfect free kick in the final minute",
    # a sentence carried out by a state or its justice is a punishment, not a killing by an armed side
    "Singapore executes two men convicted of drug trafficking",
    "A convicted killer is executed by lethal injection in Ohio",
    "Doctors took organs from executed prisoners, a report says",
])
def test_executed_without_people_or_under_a_sentence_is_quiet(rules: Classifier, text: str) -> None:
    assert_quiet(rules, text)


# Lives claimed and counted are people killed: "claimed 15 lives", "claims the lives of 15 people".
@pytest.mark.parametrize(("text", "killed"), [
    ("A roadside bomb near the bridge claimed 7 lives on Friday", 7),
    ("The truck bombing claimed at least twenty lives, officials said", 20),
    ("A mortar barrage on the camp claims the lives of 6 refugees", 6),
    ("Sniper fire claimed the life of a young volunteer medic", 1),
])
def test_lives_claimed_by_violence_are_killed(classifier: Classifier, text: str, killed: int) -> None:
    assert_alerts(classifier, text, killed)


@pytest.mark.parametrize("text", [
    # the same words with an illness, a disaster or an accident as the subject stay no casualty of violence
    "The cholera outbreak claimed 40 lives in the province",
    "Floods claimed 12 lives across the valley this week",
    "The coach crash claims the lives of 9 pilgrims",
    # and "claimed" with no lives counted is a claim
    "The minister claimed 15 seats were won by fraud",
    "The party claims the lives of ordinary voters have got worse",
])
def test_lives_claimed_by_no_violence_or_no_lives_stay_quiet(rules: Classifier, text: str) -> None:
    assert_quiet(rules, text)


# A vehicle made a weapon (packed with explosives, explosive-laden, rigged, kamikaze) that crashes into
# something has hit its target: an attack, where an aircraft or a drone crashing by itself is an accident.
@pytest.mark.parametrize(("text", "killed"), [
    ("A drone laden with explosives crashed into a radar station near the coast", None),
    ("An explosives-laden speedboat crashed into a tanker moored off the port", None),
    ("A small plane rigged with explosives crashed into a police headquarters, killing 4 officers", 4),
    ("A kamikaze drone crashed into a fuel depot on the outskirts of the city", None),
    ("A fishing boat, packed with explosives, crashed into the side of a destroyer", None),
])
def test_a_loaded_vehicle_crashing_into_a_target_is_an_attack(rules: Classifier, text: str,
                                                             killed: int | None) -> None:
    assert_alerts(rules, text, killed)


@pytest.mark.parametrize("text", [
    "A surveillance drone crashed in a field near the village",
    "A light plane crashed into a warehouse after engine failure, killing the pilot",
    "A cargo plane loaded with flowers crashed into a hangar on landing",
    "A drone packed with cameras crashed into the crowd at a music festival",
])
def test_a_vehicle_crashing_by_itself_stays_an_accident(rules: Classifier, text: str) -> None:
    assert_quiet(rules, text)
