"""A date, a year, a time, an age, a calibre, a sum of money, an address or a unit, route or flight number never
becomes a count: property tests put them before, inside and after real casualty phrases and check
that the toll is the number the phrase states."""

from __future__ import annotations

import calendar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.classify.numbers import number_to_words

MONTHS = list(calendar.month_name)[1:]
MONTH_ABBREVIATIONS = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

days = st.integers(min_value=1, max_value=28)
years = st.integers(min_value=1990, max_value=2029)
months = st.sampled_from(MONTHS + MONTH_ABBREVIATIONS)


@st.composite
def dates(draw) -> str:
    """A date in one of the forms news writes."""
    day, month, year = draw(days), draw(months), draw(years)
    number = MONTHS.index(month) + 1 if month in MONTHS else 5
    return draw(st.sampled_from([
        f"{day} {month} {year}", f"{month} {day}, {year}", f"{month} {day}", f"{day} {month}",
        f"{year}-{number:02d}-{day:02d}", f"{day}/{number}/{year}", f"{month} {year}", f"the {day}th of {month}",
    ]))


@st.composite
def labels(draw) -> str:
    """A phrase with a number that counts no one, to stand beside a casualty phrase."""
    small, year = draw(st.integers(min_value=1, max_value=999)), draw(years)
    return draw(st.sampled_from([
        f"in {year}", f"at {draw(st.integers(0, 23))}:{draw(st.integers(10, 59))}",
        f"at {draw(st.integers(1, 12))} p.m.", f"with {draw(st.sampled_from([60, 82, 120, 152]))} mm mortars",
        f"near Route {small}", f"on Highway {small}", f"aboard Flight {small}", f"at {small} Main Street",
        f"{small} km from the border", f"over the past {draw(st.integers(2, 72))} hours",
        f"{small} times overnight", f"near checkpoint {small}", f"by the {small}th Brigade",
        f"after a ${small} million settlement", f"with ${small} thousand in aid",
    ]))


#: (template, whether the count is read as the killed or the injured toll)
PHRASES = [
    ("{n} soldiers were killed", "killed"),
    ("gunmen killed {n} villagers", "killed"),
    ("a roadside bomb killed {n} police officers", "killed"),
    ("{n} civilians were wounded in shelling", "injured"),
    ("militants attacked a convoy, injuring {n} people", "injured"),
]


def _count(classifier, text: str, field: str) -> int | None:
    return getattr(classifier.classify(text), field)


@settings(max_examples=300, deadline=None)
@given(date=dates(), value=st.integers(min_value=1, max_value=60), phrase=st.sampled_from(PHRASES),
       words=st.booleans())
def test_a_leading_date_is_no_part_of_the_toll(classifier, date, value, phrase, words):
    template, field = phrase
    n = number_to_words(value) if words else str(value)
    text = f"On {date}, " + template.format(n=n) + "."
    assert _count(classifier, text, field) == value, text


@settings(max_examples=300, deadline=None)
@given(date=dates(), value=st.integers(min_value=1, max_value=60), phrase=st.sampled_from(PHRASES))
def test_a_trailing_date_is_no_part_of_the_toll(classifier, date, value, phrase):
    template, field = phrase
    text = template.format(n=value)[0].upper() + template.format(n=value)[1:] + f" on {date}."
    assert _count(classifier, text, field) == value, text


@settings(max_examples=300, deadline=None)
@given(label=labels(), value=st.integers(min_value=1, max_value=60), phrase=st.sampled_from(PHRASES),
       before=st.booleans())
def test_labels_times_and_measures_are_no_count(classifier, label, value, phrase, before):
    template, field = phrase
    sentence = template.format(n=value)
    text = f"{label[0].upper()}{label[1:]}, {sentence}." if before else f"{sentence[0].upper()}{sentence[1:]} {label}."
    assert _count(classifier, text, field) == value, text


@st.composite
def labels_after_harm(draw) -> str:
    """A phrase that may stand right after a verb of harm and opens with (or holds) a number that counts
    no one: a distance, a span of time, a frequency, a date, an address."""
    small = draw(st.integers(min_value=2, max_value=99))
    # (not "in 1990": a year gone right after the verb dates the act into history, no alarm and no count at all)
    return draw(st.one_of(labels().filter(lambda label: not label.startswith("in ")), st.sampled_from([
        f"{small} km from the border", f"{small} miles from his home", f"{small} metres from a school",
        f"{small} days after the truce", f"{small} hours after his release", f"{small} years after the war",
        f"{small} times in the street", f"{small} minutes before the vote",
    ])))


#: (template, the toll's field, the people it counts where "{n}" is absent) of a harm told with its
#: people before the verb: a heading's bare participle or a sentence's passive.
HARMED_BEFORE = [
    ("{n} farmers killed", "killed", None),
    ("{n} soldiers wounded", "injured", None),
    ("{n} policemen shot dead", "killed", None),
    ("{n} civilians were killed", "killed", None),
    ("{n} people were injured", "injured", None),
    ("farmer killed", "killed", 1),
    ("a soldier was wounded", "injured", 1),
]


# "Farmer killed 2 km from his home", "Two soldiers wounded 10 km from the front": the number right after
# the verb opens no object (it measures where or when), and the toll is the subject's
@settings(max_examples=300, deadline=None)
@given(label=labels_after_harm(), value=st.integers(min_value=2, max_value=60), harmed=st.sampled_from(HARMED_BEFORE),
       words=st.booleans(), heading=st.booleans())
def test_a_label_right_after_the_verb_of_harm_is_no_count(rules, label, value, harmed, words, heading):
    # (the rules alone: a farmer killed with no arms named is for the topic gate to weigh, not the count)
    template, field, one = harmed
    phrase = template.format(n=number_to_words(value) if words else value)
    text = f"{phrase[0].upper()}{phrase[1:]} {label}"
    event = rules.classify(text) if heading else rules.classify("", text + ".")
    assert getattr(event, field) == (one or value), text


@settings(max_examples=200, deadline=None)
@given(age=st.integers(min_value=16, max_value=90), name=st.sampled_from(["John Smith", "Ahmed Ali", "Olena Koval"]))
def test_an_age_in_commas_is_no_count(classifier, age, name):
    text = f"{name}, {age}, was shot dead by gunmen in the town."
    assert _count(classifier, text, "killed") in (1, None), text


@pytest.mark.parametrize(("text", "killed"), [
    ("On 6 May 2020, 2 militants were killed", 2),
    ("On May 6 gunmen killed 4 soldiers", 4),
    ("Militants killed 2 soldiers on 2020-05-06.", 2),
    ("A 25-year-old man was among 3 people killed by gunmen", 3),
    ("82mm mortar rounds killed 4 soldiers", 4),
    ("UPDATE 2-Gunmen kill 5 at a checkpoint", 5),
    ("Kiev forces shell the town 25 times, killing five people", 5),
    ("Gunmen killed 3 people; 2 may die of their wounds", 3),  # the modal "may" is no month
])
def test_examples_from_the_issue(classifier, text, killed):
    assert classifier.classify(text).killed == killed


@pytest.mark.parametrize("heading_end", ["apartment block", "police checkpoint", "bus station", "army post",
                                         "refugee camp", "Route", "the building"])
@pytest.mark.parametrize("words", [True, False])
def test_a_word_ending_the_heading_labels_no_number_of_the_summary(classifier, heading_end, words):
    # "Missile hits apartment block / Two people were killed": the heading's last word and the
    # summary's first number only meet across the line break the two are joined with
    n = "Two" if words else "2"
    event = classifier.classify(f"Missile hits {heading_end}",
                                f"{n} people were killed and 18 wounded when the missile hit, officials said.")
    assert (event.killed, event.injured) == (2, 18)


@pytest.mark.parametrize("text", ["The convoy was hit near block 2 and 3 soldiers were killed.",
                                  "Gunmen attacked checkpoint 4, where 3 soldiers were killed."])
def test_a_label_word_on_the_same_line_still_labels_its_number(classifier, text):
    assert classifier.classify("", text).killed == 3


@given(age=st.integers(min_value=2, max_value=95),
       verb=st.sampled_from(["kills", "killed", "killing"]),
       person=st.sampled_from(["woman", "man", "student", "boy", "farmer"]),
       written=st.sampled_from(["{age}-year-old", "{age} year old", "{age}-years-old"]))
@settings(max_examples=40)
def test_an_age_that_opens_an_object_is_one_person(classifier, age, verb, person, written):
    # a headline drops the article: "Shelling kills 64-year-old woman" is one death, not 64 (found
    # on a wire set written in December 2026, where the age was read as the toll)
    text = f"Russian shelling {verb} {written.format(age=age)} {person} in Kherson"
    assert classifier.classify(text).killed == 1, text


def test_an_age_later_in_an_object_list_still_ends_it(classifier):
    assert classifier.classify("Gunmen killed 3 soldiers and a 19-year-old student in the raid").killed == 4


@given(age=st.integers(min_value=16, max_value=95))
@settings(max_examples=20)
def test_an_age_that_ends_a_heading_is_no_count(classifier, age):
    # "Russian shelling kills man, wounds woman, 77": the age in a heading has no comma after it
    event = classifier.classify(f"Shelling kills man, wounds woman, {age}",
                                f"A man was killed and a {age}-year-old woman was injured when shells hit the district.")
    assert (event.killed, event.injured) == (1, 1), age


def test_a_strike_told_beside_rescue_teams_alerts(classifier):
    # "teams" names a game's sides; "rescue teams" search rubble after a strike
    event = classifier.classify("60 dead after Israeli strike on apartments",
                                "An Israeli strike flattened a residential building, killing at least 60 people, state "
                                "television reported. Rescue teams were still searching the rubble.")
    assert "strike" in event.types and event.killed == 60


# A year before the event it dates ("the 2019 massacre", "the 1976 Gypsy Hill killings") is a date, never a
# count, whatever the casualty word after it (found on wire_news_fresh10: "Ex-sergeant on trial over 2019
# massacre stabbed to death in prison" counted 2019 dead).
@settings(max_examples=100, deadline=None)
@given(year=years, event=st.sampled_from(["massacre", "bombing", "attacks", "Kabul bombing", "war"]))
def test_a_year_that_dates_an_event_is_no_count(classifier, year, event):
    text = f"Former officer on trial over {year} {event} stabbed to death in prison"
    assert classifier.classify(text).killed in (1, None), text


def test_a_sum_in_millions_is_no_toll(classifier):
    # ("$6 million" is one number, a sum: its scale word alone was once read as a million dead)
    event = classifier.classify("Shooting of a boy in Ohio", "The city agrees to pay $6 million to settle a wrongful "
                                "death lawsuit filed by the family of the boy.")
    assert event.killed in (None, 0)
    assert classifier.classify("Shelling has killed 2 million people over the course of the war").killed in (None, 2_000_000)
