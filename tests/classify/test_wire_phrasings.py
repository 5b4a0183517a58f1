"""Wire phrasings of real violence and deployments, found by principle (an armed actor or a weapon,
a destructive verb, a target; a force moved or massed) rather than by listing these sentences. They
were written for this test; none is in eval/."""

from __future__ import annotations

import pytest

VIOLENT = [
    # (text, the kinds accepted: a state's forces strike, others attack, an unclear side either)
    ("Government warplanes destroyed a rebel ammunition depot near Idlib", {"strike"}),
    ("Army jets pounded militant hideouts, destroying three weapons depots", {"strike"}),
    ("Troops on both sides exchanged fire across the contact line overnight", {"strike", "attack"}),
    ("Separatists fired mortars at army positions near Avdiivka", {"attack"}),
    ("Inspectors concluded that chlorine was used as a weapon in the town", {"attack", "strike"}),
    ("Helicopters dropped barrel bombs on rebel-held districts of the city", {"strike", "attack"}),
]


@pytest.mark.parametrize(("text", "kinds"), VIOLENT)
def test_destructive_acts_with_arms_are_violence(classifier, text, kinds):
    types = set(classifier.classify(text).types)
    assert types & {"strike", "attack"} and types & {"strike", "attack"} <= kinds, types


@pytest.mark.parametrize(("text", "killed"), [
    ("A landmine killed two farmers in the border district", 2),
    ("A roadside mine blast killed four soldiers on patrol", 4),
])
def test_a_mine_that_kills_is_an_attack_with_casualties(classifier, text, killed):
    event = classifier.classify(text)
    assert {"attack", "casualty"} <= set(event.types) and event.killed == killed


@pytest.mark.parametrize("text", [
    "Russia masses 100,000 troops near Ukraine's border",
    "North Korea is massing artillery near the demilitarized zone",
    "China launches large-scale military drills around Taiwan",
])
def test_massing_forces_and_drills_around_a_state_are_mobilization(classifier, text):
    assert classifier.classify(text).types == ("mobilization",)


@pytest.mark.parametrize("text", [
    "A fire destroyed twenty homes in the village overnight",
    "Scientists say turtles evolved a shell far earlier than thought",
    "The rocket carrying the weather satellite blasted off on time",
])
def test_the_same_verbs_without_arms_are_no_violence(classifier, text):
    assert not {"strike", "attack", "casualty"} & set(classifier.classify(text).types)


@pytest.mark.parametrize(("text", "violent"), [
    ("The police return the flag from the September 11 attacks to the memorial.", False),
    ("Britain remembers the 7 July bombings with a minute's silence.", False),
    ("On September 11 gunmen attacked a checkpoint, killing 4.", True),
    ("The bombing on 7 July killed 52 people.", True),
])
def test_a_date_that_names_an_earlier_event_is_history(classifier, text, violent):
    assert bool({"strike", "attack"} & set(classifier.classify(text).types)) == violent


# Coming under fire of a named kind, or where it happened, is shooting; bare "came under fire" with
# what it is over or from is criticism.
@pytest.mark.parametrize("text", [
    "A UN team came under sniper fire near Damascus on Monday.",
    "A patrol came under heavy fire while crossing the river, the army said.",
    "An aid convoy came under fire near the border town.",
])
def test_coming_under_fire_of_arms_is_an_attack(rules, text):
    assert "attack" in rules.classify(text).types, text


@pytest.mark.parametrize("text", [
    "The minister came under fire over the budget.",
    "The airline came under fire from regulators over safety lapses.",
    "The coach came under fire near the end of the season for his tactics.",
])
def test_coming_under_fire_of_critics_is_quiet(rules, text):
    assert not {"strike", "attack", "casualty"} & set(rules.classify(text).types), text


# a counterattack is an assault, and a town retaken is taken in a battle; hijacking a ship or a plane is
# an attack on it (found on the train split's quiet conflict items: "forces re-enter the town after a
# large-scale counterattack", "troops recapture the towns of", "pirates hijack a cargo ship"); a hijack
# of something that is no vehicle is a figure of speech
@pytest.mark.parametrize("text", [
    "Government forces launch a counterattack on rebel positions south of the capital.",
    "The army launched a counter-offensive against rebel positions near the city.",
    "Government troops retake the town of Sadah from the militants.",
    "Rebels recapture two villages on the road to the airport.",
    "Pirates hijack a Greek-owned tanker with 21 crew off the coast of Benin.",
    "Two men hijack an airliner on a domestic flight and force it to land abroad.",
    # a stabbing told in the present, as headlines and the portal tell it
    "A man stabs three commuters on a train outside the capital.",
])
def test_counterattacks_retaken_towns_hijackings_and_stabbings_are_attacks(rules, text):
    assert "attack" in rules.classify(text).types


@pytest.mark.parametrize("text", [
    "The striker scored twice on the counter-attack as United beat Chelsea 3-1.",
    "The party says it will not let extremists hijack the protests over fuel prices.",
    # a counterattack in words, "over" a matter, as an attack in words is
    "The minister counter-attacked the opposition over the budget cuts.",
    # a seat, a title or a lead won back, with no force, arms or war in the sentence
    "The opposition recaptures the Senate in the midterm elections.",
    "The Spaniard recaptured the world number one ranking after his win in Madrid.",
])
def test_counterattacks_in_sport_and_hijacked_debates_are_quiet(rules, text):
    assert not {"strike", "attack", "casualty"} & set(rules.classify(text).types)
