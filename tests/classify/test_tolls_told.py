"""Tolls as news summaries tell them (issue 9, counts): a toll "put at" a number, bodies a hospital
receives, people "among the dead", "all N on board", a person named or described with an age, the others
harmed "along with" that person or "also hit", attackers named inside a subject. Ages, dates, times,
calibres and street numbers beside a toll never become a count and never hide it. The sentences are
written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.classify.numbers import number_to_words
from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


def _counts(rules, text: str) -> tuple[int | None, int | None]:
    event = rules.classify(text)
    assert {"strike", "attack"} & set(event.types), (text, event.types)
    return event.killed, event.injured


# a toll put at a number is that number; a toll has no age ("at 41" after a toll is no death at 41)
@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen raid a farming village overnight, burning homes; the state police put the death toll at 41.", 41),
    ("Gunmen attack a market town; the governor puts the toll at 88.", 88),
    ("Militants attack an army post; officials put the death toll at 23 on Sunday.", 23),
])
def test_a_toll_put_at_a_number_is_that_number(rules, text, killed):
    _alert(rules, text, killed)


# a life's end told with its age stays an obituary
@pytest.mark.parametrize("text", [
    "A war veteran who fought in the landings dies at 99.",
    "A retired general who led the defence of the city dies at 91.",
])
def test_a_death_told_with_its_age_stays_quiet(rules, text):
    _quiet(rules, text)


# bodies and wounded a hospital or a morgue receives are the event's dead and wounded, each apart
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Rebels and the army fight for the town; the district hospital reports receiving 12 bodies and 40 wounded.",
     12, 40),
    ("Shelling hits the market; the city morgue says it has received nine bodies.", 9, None),
])
def test_bodies_a_hospital_receives_are_the_dead(rules, text, killed, injured):
    assert _counts(rules, text) == (killed, injured)


# the dead handed over are no deaths told
@pytest.mark.parametrize("text", [
    "The country receives the bodies of 300 soldiers from its neighbour in an exchange.",
    "The two sides swap the remains of fallen fighters at the border crossing.",
])
def test_bodies_handed_over_stay_quiet(rules, text):
    _quiet(rules, text)


# people counted as a part of the dead: at least that many, the count where no whole toll is told
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Jets bomb hideouts in the mountains; the local council says 11 civilians are among the dead.", 11, None),
    ("Jets bomb hideouts in the mountains, killing 40 people; the council says 11 civilians are among the dead.",
     40, None),
    ("A car bomb explodes outside a school; a teacher is among the dead.", 1, None),
    ("A bomb explodes at a bus stop, wounding 25; six children are among the wounded.", 0, 25),
])
def test_people_among_the_dead_are_a_part_of_the_toll(rules, text, killed, injured):
    assert _counts(rules, text) == (killed, injured)


# "all N" of a list is N; "all but" names who was spared
@pytest.mark.parametrize(("text", "killed"), [
    ("A missile brings down a cargo plane near the airport, killing all 9 people on board.", 9),
    ("Rebels shoot down an army helicopter, killing all three crew members.", 3),
    ("A roadside bomb hits a minibus, killing all twelve passengers and the driver.", 13),
])
def test_all_of_a_number_is_that_number(rules, text, killed):
    _alert(rules, text, killed)


def test_all_but_one_counts_no_number(rules):
    assert _counts(rules, "A gunman opens fire on a family at home, killing all but the eldest son.")[0] is None


# "the police officer" is one person; "the police" are no number
@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen attack a vaccination team, killing the police officer guarding the nurses.", 1),
    ("A sniper shoots dead the police chief of the district.", 1),
])
def test_the_police_officer_is_one(rules, text, killed):
    _alert(rules, text, killed)


def test_the_police_officers_are_no_one_person(rules):
    assert _counts(rules, "Gunmen attack a vaccination team, killing the police officers guarding it.")[0] is None


# the attackers named inside a subject are left out of its toll, as after the verb
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A suicide bomber strikes a party meeting; officials say 21 people, including the bomber, are killed and 50 "
     "injured.", 20, 50),
    ("Gunmen storm a hotel; 14 people, among them the two attackers, were killed.", 12, None),
    ("A bomb explodes at a rally; 14 people, including the mayor, were killed.", 14, None),
])
def test_attackers_in_a_subject_are_left_out(rules, text, killed, injured):
    assert _counts(rules, text) == (killed, injured)


# one person named as the subject, before a singular auxiliary, is one harmed; with others "along with"
# or "also hit"
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Local radio host Maria Gomez is shot dead by a gunman on a motorcycle while on her way to work.", 1, None),
    ("Maria Gomez, a candidate for mayor of Springfield, Ohio, is shot dead during a rally in the square "
     "along with two of her supporters.", 3, None),
    ("Club defender Luis Ortega, 27, is shot in the leg during a robbery in the capital.", 0, 1),
    ("Opposition candidate Pedro Ruiz is wounded by gunfire while addressing a crowd; two of his bodyguards are "
     "also hit.", 0, 3),
    ("A tribal elder, Omar Hassan Ali, is shot dead along with his two sons and a nephew outside his home.", 4, None),
    ("A reporter, Anna Berg, is killed along with six others by a shell in the city.", 7, None),
])
def test_one_person_named_is_one(rules, text, killed, injured):
    assert _counts(rules, text) == (killed, injured)


# a number of people "along with" others is left as it is: the others may be the other side
def test_along_with_after_a_number_adds_no_one(rules):
    text = "Militants attack a border post; 20 soldiers and four civilians die, along with 30 raiders."
    assert _counts(rules, text)[0] == 24


# things hit, not people, count no one
def test_things_also_hit_count_no_one(rules):
    assert _counts(rules, "A gunman wounds a guard at the gate; two parked cars are also hit.") == (0, 1)


# --- property tests: ages, dates, times, calibres and street numbers beside a toll ---

ages = st.integers(min_value=16, max_value=89)
small_counts = st.integers(min_value=2, max_value=19)
hours = st.integers(min_value=1, max_value=12)
minutes = st.integers(min_value=10, max_value=59)
streets = st.integers(min_value=2, max_value=400)
calibres = st.sampled_from([60, 82, 120, 152])


@settings(max_examples=40, deadline=None)
@given(victims=small_counts, wounded=small_counts, first=ages, second=ages, street=streets, hour=hours,
       minute=minutes)
def test_ages_in_a_list_never_become_counts(rules, victims, wounded, first, second, street, hour, minute):
    text = (f"Gunmen open fire at a bar on {street} Harbour Street at {hour}:{minute} p.m.; police say "
            f"{number_to_words(victims)} men, aged {first} and {second}, are killed and {wounded} others wounded.")
    event = rules.classify(text)
    assert (event.killed, event.injured) == (victims, wounded), (text, event.killed, event.injured)


@settings(max_examples=40, deadline=None)
@given(victims=small_counts, low=st.integers(min_value=16, max_value=30), high=st.integers(min_value=31, max_value=60))
def test_an_age_range_never_becomes_a_count(rules, victims, low, high):
    text = f"Gunmen storm a village; {number_to_words(victims)} men aged between {low} and {high} are shot dead."
    event = rules.classify(text)
    assert event.killed == victims, (text, event.killed)


@settings(max_examples=40, deadline=None)
@given(toll=st.integers(min_value=2, max_value=300), day=st.integers(min_value=1, max_value=28),
       calibre=calibres)
def test_a_toll_put_at_a_number_beside_a_date_and_a_calibre(rules, toll, day, calibre):
    text = (f"Rebels shell a market with {calibre} mm mortars on {day} May; the governor puts the death toll "
            f"at {toll}.")
    event = rules.classify(text)
    assert event.killed == toll, (text, event.killed)


@settings(max_examples=40, deadline=None)
@given(age=ages, street=streets, hour=hours, minute=minutes)
def test_one_named_person_with_an_age_is_one(rules, age, street, hour, minute):
    text = (f"Shop owner Karim Mansour, {age}, is shot dead outside his store on {street} Market Road at "
            f"{hour}:{minute} a.m.")
    event = rules.classify(text)
    assert (event.killed, event.injured) == (1, None), (text, event.killed, event.injured)


@settings(max_examples=40, deadline=None)
@given(aboard=st.integers(min_value=2, max_value=400), flight=st.integers(min_value=100, max_value=9999),
       year=st.integers(min_value=1990, max_value=2029))
def test_all_aboard_beside_a_flight_number_and_a_year(rules, aboard, flight, year):
    text = f"A missile downs Flight {flight} in March {year}, killing all {aboard} people on board."
    event = rules.classify(text)
    assert event.killed == aboard, (text, event.killed)


@settings(max_examples=40, deadline=None)
@given(part=small_counts, bodies=st.integers(min_value=2, max_value=90), wounded=st.integers(min_value=2, max_value=90),
       hour=hours)
def test_bodies_and_wounded_and_a_part_of_the_dead(rules, part, bodies, wounded, hour):
    text = (f"Fighting rages for the town since {hour} a.m.; the hospital reports receiving {bodies} bodies and "
            f"{wounded} wounded.")
    event = rules.classify(text)
    assert (event.killed, event.injured) == (bodies, wounded), (text, event.killed, event.injured)
    text = f"Jets bomb a camp at {hour} a.m.; medics say {number_to_words(part)} children are among the dead."
    assert rules.classify(text).killed == part, text
