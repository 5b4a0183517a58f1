"""One person told as one more than those a sentence counted before ("while another victim was injured", "and a
third man was wounded") is more people, never that count restated; "another" with any noun, or none, names one
person. Each case beside a twin whose people are the same ones told again, which must keep its count. The
sentences are written for these tests, not taken from any set.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A shooting at a village fair kills one and injures one while another victim was injured by a knife", 1, 2),
    ("Gunmen wounded a guard at the gate, and another guard was wounded inside the depot", None, 2),
    ("Three people are killed at the market and another is injured", 3, 1),
    ("A gunman injured one man while another two were injured by flying glass", None, 3),
])
def test_one_more_person_adds_to_the_count(rules, text, killed, injured):
    event = rules.classify(text)
    assert event.injured == injured, (text, event.killed, event.injured)
    if killed is not None:
        assert event.killed == killed, (text, event.killed, event.injured)


@pytest.mark.parametrize(("text", "injured"), [
    ("A shooting at a village fair injures one man; the man was injured in the leg", 1),
    ("Gunmen wounded a guard at the gate. The guard was wounded in the arm", 1),
])
def test_the_same_person_told_again_is_no_more(rules, text, injured):
    event = rules.classify(text)
    assert event.injured == injured, (text, event.killed, event.injured)
