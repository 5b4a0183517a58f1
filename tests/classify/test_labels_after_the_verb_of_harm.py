"""Numbers that label, measure or date are never a count, wherever a rule reads them (docs/taxonomy.md, Counts).
Each case stands beside a twin of the same wording whose number does count. The sentences are written for these
tests, not taken from any set.

1. A measure, a span or a frequency right after the verb of harm opens no object: "Farmer killed 2 km from his
   home" is one dead (the subject), as "Gunmen killed 2 farmers" is two (the object).
2. A measure is one in any spelling: "2 miles", "3 kilometres", "40 metres", "5 mins" as "2 km".
3. The words between a street's number and the street are its name: "5 Main Street" is an address, but a phrase end
   between ("20 people in Tahrir Square") ends the number's phrase first, and the 20 are people; so does a plural
   right after the street word ("4 road workers").
4. "along with" a measure adds no one to the one harmed ("along with 20 years of savings").
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "field", "count"), [
    ("Farmer killed 2 km from his home", "killed", 1),
    ("Two farmers killed 3 km from the border", "killed", 2),
    ("Soldier shot dead 5 km from checkpoint", "killed", 1),
    ("Two soldiers wounded 10 miles from the front", "injured", 2),
    ("Policeman killed 20 years after his father", "killed", 1),
    ("Three villagers wounded 40 metres from the school", "injured", 3),
    ("Shepherd shot dead 3 kilometres from the camp", "killed", 1),
])
def test_a_measure_after_the_verb_opens_no_object(rules, text, field, count):
    event = rules.classify(text)
    assert "casualty" in event.types and getattr(event, field) == count, (text, event.killed, event.injured)


@pytest.mark.parametrize(("text", "field", "count"), [
    ("Gunmen killed 2 farmers near his home", "killed", 2),
    ("Shelling kills 3 near the border", "killed", 3),
    ("Gunmen shot dead 5 at a checkpoint", "killed", 5),
    ("Mortar fire wounded 10 soldiers at the front", "injured", 10),
    ("Sniper kills 20 in the old town", "killed", 20),
])
def test_a_count_after_the_verb_is_still_its_object(rules, text, field, count):
    event = rules.classify(text)
    assert "casualty" in event.types and getattr(event, field) == count, (text, event.killed, event.injured)


@pytest.mark.parametrize(("text", "field", "count"), [
    ("A man was stabbed 5 times in the street.", "injured", 1),
    ("A farmer was shot dead 2 miles from his home.", "killed", 1),
    ("Four soldiers were wounded 15 mins after the truce began.", "injured", 4),
])
def test_a_measure_in_the_sentence_is_no_count(rules, text, field, count):
    event = rules.classify("", text)
    assert getattr(event, field) == count, (text, event.killed, event.injured)


@pytest.mark.parametrize(("text", "killed"), [
    ("Two policemen were shot dead at 5 Main Street.", 2),
    ("Gunmen killed three guards at 10 Baker Street.", 3),
])
def test_a_street_number_is_no_count(rules, text, killed):
    assert rules.classify("", text).killed == killed


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A suicide bomber killed at least 20 people in Tahrir Square.", 20, None),
    ("At least 21 people were killed and 70 injured in street battles in the capital.", 21, 70),
    ("Two soldiers were killed and one injured in a drive-by shooting.", 2, 1),
    ("Police shot dead 4 protesters near Liberty Square.", 4, None),
    ("A roadside bomb killed 4 road workers and wounded 3 street vendors.", 4, 3),
])
def test_people_before_a_street_word_still_count(rules, text, killed, injured):
    event = rules.classify("", text)
    assert (event.killed, event.injured) == (killed, injured), text


def test_along_with_a_measure_adds_no_one(rules):
    assert rules.classify("Shopkeeper shot dead along with 20 years of savings lost in the raid").killed == 1
    # (the twin: people along with him are counted)
    assert rules.classify("", "A shopkeeper was shot dead along with two of his sons in the raid.").killed == 3
