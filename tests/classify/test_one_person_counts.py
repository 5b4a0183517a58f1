"""One person named with a harm and no figure is a count of one (issue 9, docs/taxonomy.md: Counts). A person told
by his place in a count ("a third was wounded", "A fourth man, shot in the leg,"), by his age alone ("a 17-year-old
injured"), by a noun of kin, friends, staff or customers ("his cousin", "a cashier"), described in commas ("A second
man, a waiter, was hurt") or hurt with an adverb and no auxiliary after "and" ("his brother badly injured") is one
more hurt; "both" before a wound is two. A figure after "of" that follows people counts the group they belong to,
not them: "four members of one family were killed" is four, "a mother of two was shot dead" is one. People named
after "the dead were" are the dead ("The dead were a guard and a driver" is two), and "the five bodies" found after
a toll told restates it (a killer who turned the gun on himself among them), where the item tells one. A trial "on
Monday" is when a court sat, not the matter of a case: a grenade thrown during it is news. Twins keep the count they
had. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


def _tolls(rules, text):
    event = rules.classify(text)
    return event.killed, event.injured


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # one more person told by his place in the count
    ("Two men were shot dead and a third was wounded outside a nightclub in Leeds on Friday, police said.", 2, 1),
    ("Two men were shot dead outside a nightclub in Leeds on Friday. A third man, shot in the arm, is in hospital.",
     2, 1),
    # told by his age alone, or by a noun of kin, staff or customers
    ("A 40-year-old man was stabbed to death and a 17-year-old injured at a bus station in Lyon on Sunday.", 1, 1),
    ("A shop owner was shot dead and a cashier wounded in a robbery in Recife on Monday, police said.", 1, 1),
    ("A taxi driver was stabbed to death and his brother badly injured in a brawl in Essen on Saturday.", 1, 1),
    # described in commas
    ("A gunman killed two guards at a hotel in Lagos on Tuesday. A second man, a waiter, was hurt by a stray bullet.",
     2, 1),
    ("A man shot dead two neighbours in Patras on Friday, police said. A cousin, 30, was slightly hurt.", 2, 1),
    # twins: a person named with the figure of his group keeps that figure; a comma before an -ing form is no
    # subject of it
    ("Two men were shot dead and three were wounded outside a nightclub in Leeds on Friday, police said.", 2, 3),
    ("A gunman killed two guards at a hotel in Lagos on Tuesday. Two waiters were hurt by stray bullets.", 2, 2),
])
def test_one_person_hurt_is_one(rules, text, killed, injured):
    _alert(rules, text, killed)
    assert _tolls(rules, text) == (killed, injured)


@pytest.mark.parametrize(("text", "injured"), [
    ("A man who stabbed two guards outside a station in Lille was shot dead by police. Both injured guards were "
     "taken to hospital.", 2),
    ("Gunmen opened fire on two policemen at a checkpoint near Kano on Sunday. Both were wounded.", 2),
    # twin: a figure told stays as told
    ("Gunmen opened fire on a patrol at a checkpoint near Kano on Sunday. Three policemen were wounded.", 3),
])
def test_both_hurt_are_two(rules, text, injured):
    _alert(rules, text)
    assert rules.classify(text).injured == injured


@pytest.mark.parametrize(("text", "killed"), [
    ("Four members of one family were shot dead at their farm near Pretoria on Thursday, police said.", 4),
    ("A mother of two was shot dead in her car in Marseille on Tuesday evening, prosecutors said.", 1),
    # twins: a collective noun is the people it counts, a total of is its figure
    ("A family of five was shot dead at their farm near Pretoria on Thursday, police said.", 5),
    ("A total of 6 people were shot dead at a farm near Pretoria on Thursday, police said.", 6),
])
def test_a_figure_after_people_of_counts_their_group(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen opened fire at a funeral in Kirkuk province on Sunday. The dead were a tribal elder, 60, and his son, 31.",
     2),
    # twins: who the dead were restates a toll told; the dead buried name no one
    ("Gunmen opened fire at a funeral in Kirkuk province on Sunday, killing three. The dead were a tribal elder and "
     "his son.", 3),
])
def test_the_dead_named_after_the_copula(rules, text, killed):
    _alert(rules, text, killed)


def test_the_dead_buried_count_no_one(rules):
    text = "Gunmen opened fire at a funeral in Kirkuk province on Sunday. The dead were buried on Monday."
    _alert(rules, text)
    assert rules.classify(text).killed is None


@pytest.mark.parametrize(("text", "killed"), [
    ("A man shot dead his wife and their two daughters at a house in Perth before turning the gun on himself. Police "
     "found the four bodies on Saturday morning.", 3),
    # twin: the bodies found are the count where no toll is told before
    ("Gunmen stormed a house in Perth overnight, police said. Officers found the four bodies on Saturday morning.", 4),
])
def test_the_bodies_found_restate_a_toll(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "A man threw a grenade into a courtroom in Goma during a gang leader's trial on Tuesday, killing a guard and "
    "wounding five people, officials said.",
    # twin: no day after the trial
    "A man threw a grenade into a courtroom in Goma during a gang leader's trial, killing a guard and wounding five "
    "people, officials said.",
])
def test_an_attack_during_a_trial_on_a_day_is_news(rules, text):
    _alert(rules, text, 1)
    assert rules.classify(text).injured == 5


@pytest.mark.parametrize("text", [
    # quiet twins: the trial of the act, or its charges, frame it as before
    "A court in Goma on Tuesday opened the trial of a gang leader who threw a grenade into a courtroom, killing a "
    "guard.",
    "The trial on charges that he threw a grenade into a courtroom in Goma, killing a guard, opened on Tuesday.",
])
def test_an_attack_a_trial_is_about_stays_quiet(rules, text):
    _quiet(rules, text)
