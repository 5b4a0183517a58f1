"""People counted where no plain "N killed" tells them (issue 9). A verb of doing to death takes its object after
it, alone or joined to another verb before "to death" ("hacked and shot to death 14 farmers"), unless an auxiliary
makes it a passive, whose count is its subject ("were shot to death two days ago" counts no two). One person named
as a subject is one, whatever describes him: an age in commas ("the mayor, 61,") or "in his 30s" is no count, and
"two gunshot wounds" are the wounds of one body, no people ("a guard hospitalised with three stab wounds" is one
hurt). The wounded who die later move to the dead: "wounding nine ... one of the wounded died" is one more killed
and eight wounded (docs/taxonomy.md: later deaths of the wounded). "None of the crew was killed or injured" denies
both, as "no one was hurt" does. Quiet twins: the same words with no violence stay quiet. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


def _tolls(rules, text):
    event = rules.classify(text)
    return event.killed, event.injured


@pytest.mark.parametrize(("text", "killed"), [
    # two verbs joined before "to death" share the object after it
    ("Raiders hacked and shot to death 14 farmers at a cattle market before dawn, a local official said.", 14),
    ("Gunmen shot to death 9 miners at a camp near the border on Saturday.", 9),
    ("A mob beat and stabbed to death two traders outside the bus station, police said.", 2),
    ("Militants burned to death six villagers inside a church in the east, witnesses said.", 6),
    # twins: the object before "to death" counts as it did
    ("Gunmen shot 14 farmers to death at a cattle market before dawn, a local official said.", 14),
])
def test_a_verb_of_doing_to_death_counts_its_object(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize(("text", "killed"), [
    # a passive: the subject is the count, not the figure after it
    ("Three shepherds were shot to death two days ago in the hills, police said.", 3),
    ("Four guards were hacked to death 30 km from the capital, the army said.", 4),
    ("Two men were burned to death 5 km outside the town in a raid by gunmen.", 2),
])
def test_a_passive_of_doing_to_death_counts_its_subject(rules, text, killed):
    _alert(rules, text, killed)


def test_a_passive_of_wounding_counts_its_subject(rules):
    assert _tolls(rules, "Gunmen opened fire on a bus; three passengers were wounded 20 km from the city.") == (0, 3)
    # twin: the active form counts its object
    assert _tolls(rules, "Gunmen opened fire on a bus, wounding 20 passengers near the city.") == (0, 20)


@pytest.mark.parametrize(("text", "counts"), [
    # an age in commas and "in his 20s" describe one person
    ("A gunman shot a village mayor on Monday; the mayor, 61, was killed at once and his guard was wounded.", (1, 1)),
    ("A teenager was stabbed to death and a man in his 30s was seriously injured in a brawl outside a bar.", (1, 1)),
    ("A woman in her late forties was critically injured when a gunman fired at a queue outside a bank.", (0, 1)),
    # twins: a number of people counts them
    ("A gunman opened fire on a village; two chiefs were killed at once and three guards were wounded.", (2, 3)),
    ("A teenager was stabbed to death and two men were seriously injured in a brawl outside a bar.", (1, 2)),
])
def test_one_person_described_by_an_age_is_one(rules, text, counts):
    assert _tolls(rules, text) == counts


@pytest.mark.parametrize(("text", "counts"), [
    # wounds of a kind counted are one body's
    ("A gunman shot a judge dead and her driver was hospitalised with two gunshot wounds, police said.", (1, 1)),
    ("A prison guard suffered three stab wounds when an inmate attacked him in the yard.", (0, 1)),
    # twins: people with the wounds are counted
    ("A gunman opened fire in a market and 12 people were hospitalised with gunshot wounds, police said.", (0, 12)),
    ("A gunman shot a judge dead and two of her guards were wounded, police said.", (1, 2)),
])
def test_wounds_of_one_person_are_no_count_of_people(rules, text, counts):
    assert _tolls(rules, text) == counts


@pytest.mark.parametrize(("text", "counts"), [
    # a later death among the wounded: one more dead, one wounded fewer
    ("A rocket hit a market, killing a vendor and wounding nine shoppers. One of the wounded died overnight.", (2, 8)),
    ("A rocket hit a market, killing a vendor and wounding nine shoppers. One of the wounded, an elderly man, "
     "died overnight.", (2, 8)),
    # with the toll told, the toll stands
    ("A rocket hit a market, killing a vendor and wounding nine shoppers. One of the wounded died overnight, "
     "raising the toll to two.", (2, 8)),
    # twins: wounded moved elsewhere have not died
    ("A rocket hit a market, killing a vendor and wounding nine shoppers. One of the wounded was flown to the "
     "capital overnight.", (1, 9)),
    # and the dead told as a part of the dead move no one
    ("A rocket hit a market, killing four vendors and wounding nine shoppers. Two of the dead were children.", (4, 9)),
])
def test_a_later_death_of_the_wounded_moves_to_the_dead(rules, text, counts):
    assert _tolls(rules, text) == counts


@pytest.mark.parametrize(("text", "counts"), [
    ("Pirates boarded a tanker off the coast and held its crew for hours. None of the crew was killed or injured.",
     (0, 0)),
    ("Pirates boarded a tanker off the coast and held its crew for hours. None of the sailors were hurt.", (0, 0)),
    ("Pirates boarded a tanker off the coast and held its crew for hours. No one was killed or injured.", (0, 0)),
    # twin: some of the crew hurt are counted
    ("Pirates boarded a tanker off the coast and held its crew for hours. Two of the crew were injured.", (0, 2)),
])
def test_none_of_a_group_harmed_is_zero_both_ways(rules, text, counts):
    assert _tolls(rules, text) == counts


@pytest.mark.parametrize("text", [
    # the same shapes with no violence stay quiet
    "The mayor, 61, was hospitalised with two broken ribs after a fall at his home, his office said.",
    "A man in his 30s was rescued from the river after his canoe overturned near the weir.",
    "None of the crew was on board when the tanker broke its moorings in the storm.",
])
def test_the_same_shapes_without_violence_are_quiet(rules, text):
    _quiet(rules, text)
