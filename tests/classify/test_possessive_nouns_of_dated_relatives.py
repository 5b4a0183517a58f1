"""An act in a relative clause of a noun a possessive names, dated by a year gone, beside a twin that differs by the
principle and must still count as it did. The sentences are written for these tests, not taken from any set.

"his rifle that killed eight people on 22 July 2011" is dated by its year as "the rifle that killed eight ...
in 2011" is (docs/taxonomy.md: what a since- or relative clause tells dated by a year): history, the
background of the news (footage published, a book released). A relative clause dated by a recent day is news.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A broadcaster airs for the first time footage of the extremist loading his rifle that killed eight people at "
    "the camp on 22 July 2011",
    "The museum displays her rifle that wounded three officers during the siege in March 1998",
])
def test_a_possessive_nouns_relative_dated_by_a_year_is_history(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("An extremist drove his truck bomb into the square, and it killed eight people in the capital on Sunday", 8),
    ("A man detonated his car bomb that killed eight people in the market on Sunday", 8),
])
def test_a_relative_of_a_recent_day_still_counts(rules, text, killed):
    _alert(rules, text, killed)
