"""A shooting whose verb an adverb of accident qualifies right before it, fired in a celebration told after it
("accidentally shoots dead two guests while celebrating"), is celebratory fire that came down on bystanders, as
"celebratory gunfire" is: an accident, no attack and no casualty of violence, where its sentence names no one armed.
A shot told accidental alone is still someone's act on the person shot, and so is one by a gunman or a state's
forces, or the same words without the adverb. Each quiet case stands beside a violent twin in nearly the same words
that must still alert. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# Fire in a celebration that hit someone by accident...
@pytest.mark.parametrize("text", [
    "A groom accidentally shoots dead his uncle and wounds two guests while celebrating at the reception",
    "A fan accidentally shot dead a neighbour while celebrating the cup final win with a pistol",
    "A villager accidentally shoots dead two children in celebration of the harvest festival",
])
def test_a_shot_told_accidental_in_a_celebration_is_a_mishap(rules, text):
    _quiet(rules, text)


# ...but the same shot with no adverb, with no celebration, or by someone armed, is an act of arms.
@pytest.mark.parametrize(("text", "killed"), [
    ("A groom shoots dead his uncle and wounds two guests while celebrating at the reception", 1),
    ("A groom accidentally shoots dead his uncle and wounds two guests at the reception", 1),
    ("A gunman accidentally shot dead a waiter while celebrating the release of his brother", 1),
    ("Soldiers accidentally shoot dead two shepherds while celebrating a victory at the border post", 2),
])
def test_a_shot_not_both_accidental_and_celebrating_or_by_someone_armed_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
