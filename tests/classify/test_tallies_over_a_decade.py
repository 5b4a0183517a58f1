"""A tally over a decade, beside a twin that differs by the principle and must still count as it did. The
sentences are written for these tests, not taken from any set.

A span of a decade gone ("in the past decade", "over the last decade") tallies what a perfect before it counts,
as "in recent years" does (docs/taxonomy.md: a background total): "there have been 40 murders of reporters in
the past decade" tells no act of the news. An act told in a sentence of its own, with its day, is news.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A press freedom group says there have been 40 murders of reporters in the past decade",
    "Militias have killed more than 300 aid workers in the region over the last decade, the charity says",
])
def test_a_tally_over_a_decade_is_background(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen shot dead two reporters in the port on Sunday. Militias have killed 40 reporters in the past decade", 2),
    ("Militias killed 30 aid workers in an ambush in the region, the charity says", 30),
])
def test_an_act_told_apart_from_the_decade_still_counts(rules, text, killed):
    _alert(rules, text, killed)
