"""The dead told as a part of the counted object of an active "shot" or "stabbed" move from the hurt to the dead
however long where and when the people were struck ("stabbed three people at a bus stop in the city centre on Tuesday
night, one of whom later died" is killed 1, injured 2; docs/taxonomy.md, Counts). Beside each, a near shape with its
own count. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A man stabbed three people at a bus stop in the old town centre on Tuesday night, one of whom later died in "
     "hospital, police said.", 1, 2),
    ("A gunman shot four guards outside the gates of a power plant near the river late on Friday, two of whom later "
     "died, officials said.", 2, 2),
    # near shapes: a short place; no one told dead
    ("A man stabbed three people at a bus stop, one of whom later died in hospital, police said.", 1, 2),
    ("A man stabbed three people at a bus stop in the old town centre on Tuesday night, police said.", 0, 3),
])
def test_the_dead_among_the_struck_told_at_length(rules, text, killed, injured):
    assert_alerts(rules, text, killed=killed)
    assert rules.classify(text).injured == injured, text
