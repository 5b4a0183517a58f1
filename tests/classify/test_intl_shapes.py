"""International-relations news that names violence without reporting it as fresh (issue 9), by the
rules alone: each quiet shape stands beside violence of the same shape told as news, which must still
alert. The sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# A shot or a rope turned on oneself is a suicide, and a sentence opening "It follows" recalls the
# earlier events it names; a gunman who shoots others first, or a fresh shooting told as news, alerts.
@pytest.mark.parametrize("text", [
    "A man holding a placard fatally shot himself on the steps of the parliament",
    "A retired officer shot himself in the head at a police station. It follows unrelated shootings at a "
    "bank and a school",
    "A prisoner hanged himself in his cell, the prison service said",
])
def test_a_death_by_ones_own_hand_is_no_attack(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A gunman shot dead two guards at the bank and then shot himself", 2),
    ("Police said a gunman opened fire on a bus, killing four, before shooting himself", 4),
    ("A man shot himself after gunmen killed three villagers in the market", 3),
    ("A pupil shoots himself dead in a classroom after opening fire, leaving two teachers injured", None),
])
def test_a_gunman_who_shoots_others_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
