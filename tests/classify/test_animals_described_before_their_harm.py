"""An animal described by a participle of what it is held, known or named to be ("a red deer believed to be the
oldest in England", "a bull elephant known to tourists across Kenya") is still the subject of the passive after the
phrase: the harm is to the animal, no casualty of violence (issue 9). Its twins still alert: a person whose
description names an animal only as what he owns or is known for, the animal not the head of the subject. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A red deer thought to be the oldest in England is shot dead.",
    "Big Ben, a bull elephant known to tourists across Kenya, is shot dead by poachers.",
    "A bear named Bruno by villagers in Bavaria is shot dead.",
])
def test_a_described_animal_is_the_one_harmed(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    # the animal after "the owner of": the complement of another noun, not the subject
    "A herder named by villagers as the owner of the elephant is shot dead.",
    # the animal the object of a preposition in the person's description, a clause of its own after it
    "A guide known to tourists across Kenya for the elephant he tamed is shot dead.",
])
def test_a_person_described_by_an_animal_still_alerts(rules, text):
    _alert(rules, text)
