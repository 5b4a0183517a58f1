"""Three shapes of news (issue 9): a year that dates an event named by a lower-case modifier ("the 2005 metro
attacks") is a date, never a toll; a verb of gunfire with its object shot dead ("a drifter shoots two hikers dead")
or the present of "gunned down" ("guns down three neighbours") is an attack whoever the doer is, as the joined
"shoots dead two hikers" is; and a verb of its own after the phrase of a sentence served ("an inmate serving a life
sentence for robbery kills three guards") is a new act, not what the sentence was for. Each quiet case stands beside
a violent twin that differs by the principle. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet

# --- a year before the event it dates, after a modifier in lower case, is no count


@settings(max_examples=60, deadline=None)
@given(year=st.integers(min_value=1900, max_value=2029),
       event=st.sampled_from(["metro attacks", "train bombing", "school siege", "car bomb", "church massacre",
                              "nightclub shooting", "terror attacks", "suicide bombing", "border clashes"]))
def test_a_year_before_a_modified_event_is_no_count(classifier, year, event):
    text = f"The organiser of the {year} {event} is killed in a prison riot"
    assert classifier.classify(text).killed in (1, None), text


@pytest.mark.parametrize(("text", "killed"), [
    # a count of people ends its noun phrase before any event noun: a preposition stands between
    ("Government troops killed 2000 in raids on the rebel villages.", 2000),
    ("Government troops killed 1999 villagers in raids on the valley.", 1999),
])
def test_a_count_before_an_event_noun_still_counts(rules, text, killed):
    _alert(rules, text, killed)


# --- a person shooting people dead is an attack, whoever the doer


@pytest.mark.parametrize(("text", "killed"), [
    ("A drifter shoots two hikers dead in a national park.", 2),
    ("A pensioner shot three neighbours dead after a dispute over a fence.", 3),
    ("A man shoots his wife and two children dead at their farm.", 3),
    ("A farmer guns down four neighbours in a village in the north.", 4),
    ("A teenager guns down his teacher and two classmates at a school.", 3),
])
def test_shooting_people_dead_is_an_attack_whoever_the_doer(classifier, text, killed):
    _alert(classifier, text, killed)


@pytest.mark.parametrize("text", [
    # an animal shot dead is no person killed
    "Rangers shoot two bears dead after they wander into a campsite.",
    # a death by one's own hand is no attack
    "A retired general shoots himself dead at his home.",
    # a film shot, birds found dead: no shooting of people
    "A director shot two dead birds for the closing scene of her film.",
    # guns laid down, carried down a street
    "The rebels lay their guns down the next day and march to the capital.",
])
def test_no_person_shot_dead_is_no_attack(rules, text):
    _quiet(rules, text)


# --- a sentence served names its act in its own phrase; a main verb after it is a new act


@pytest.mark.parametrize(("text", "killed"), [
    ("An inmate serving a life sentence for robbery kills three guards in an escape attempt.", 3),
    ("An inmate serving a life sentence for fraud stabs two guards to death in a canteen.", 2),
    ("A convict serving a ten-year term for arson killed two warders on Monday.", 2),
])
def test_a_verb_after_a_sentence_served_is_a_new_act(classifier, text, killed):
    _alert(classifier, text, killed)


@pytest.mark.parametrize("text", [
    # what the sentence is for, in its own phrase
    "An inmate serving a life sentence for killing three guards is moved to another prison.",
    # the act the charge is for, told in a clause of cause
    "A student faces two counts of assault after he stabs two classmates at a party, a court hears.",
    # the dead a vigil is for, with the time they died
    "A vigil is held for the villagers killed two weeks ago in the valley.",
])
def test_the_act_a_sentence_or_a_rite_is_for_stays_known(rules, text):
    _quiet(rules, text)
