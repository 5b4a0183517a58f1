"""An act that is the purpose of another deed, after "in order to" or "so as to" (docs/taxonomy.md, `attack`, "it is
not"), is aimed at, not told done, as one after "aims to" or "seeks to" is; the deed it is the purpose of, if it is an
act told by its own verb, stays news. The sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "The prime minister cuts short his visit abroad in order to deal with the bombings",
    "The minister proposes sending two more brigades so as to recapture the provincial capital",
    "The summit is moved to the capital in order to avoid the fighting in the north",
])
def test_an_act_as_a_purpose_is_no_act_done(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen stormed the hotel in order to seize foreigners, killing 12 guests", 12),
    ("Army troops recapture the provincial capital from the rebels so as to secure the road", None),
    ("Troops opened fire on the crowd in order to disperse it, killing three", 3),
])
def test_an_act_done_for_a_purpose_is_news(rules, text, killed):
    _alert(rules, text, killed)
