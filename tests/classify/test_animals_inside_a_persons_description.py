"""An animal that only describes the person a passive harms, as the complement of a preposition in the person's
description or inside a clause of "who" ("a ranger, who looked after the elephants for years, was shot dead", "a
farmer known across England for his cattle is shot dead"), is neither the one harmed nor the doer: the animal must
head the subject's noun phrase for the harm to be its own (issue 9). Its twins keep their old result: an animal that
heads the subject, or one counted "of" a group, is still the one harmed, and one named as the agent after the act
still did it. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A ranger, who looked after the elephants for years, was shot dead.",
    "A ranger who looked after the elephants was shot dead near the park gate.",
    "A farmer known across England for his cattle is shot dead.",
    "A vet who treated the rhinos at the reserve has been shot dead.",
])
def test_a_person_described_by_animals_is_the_one_harmed(rules, text):
    _alert(rules, text)


@pytest.mark.parametrize("text", [
    # the animal heads the subject, described after it by a clause of its own
    "An elephant that had strayed into the town was shot dead.",
    # the animals counted "of" their group: the subject is theirs
    "Two of the elephants were shot dead.",
    # the animal named after the act, as its agent: the ranger's death is the animal's doing
    "A ranger who looked after the elephants was killed by a bull.",
    # the animal heads the subject in a description of a place
    "A lion at the zoo was shot dead.",
])
def test_an_animal_heading_the_subject_or_doing_the_harm_stays_quiet(rules, text):
    _quiet(rules, text)
