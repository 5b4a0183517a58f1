"""An act named as what a state of things makes easier, harder, likelier or possible, beside a twin that differs by
the principle and must still alert (and count) as it did. The sentences are written for these tests, not taken
from any set.

"as the snow melts, making both travel and fighting easier", "a new fence makes attacks on the border posts
harder": the act is a prospect the state of things bears on, not an act done (docs/taxonomy.md: a threat or a
case supposed is no attack). An act told by its own verb in the sentence is news.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "The rebels say they will resume operations as the snow melts in the passes, making both travel and fighting "
    "easier",
    "A new fence makes attacks on the border posts harder, officials say",
    "Analysts say the collapse of the talks makes further clashes more likely",
])
def test_an_act_a_state_of_things_makes_easier_is_a_prospect(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Rebels stormed the town as the snow melted in the passes, killing 12, and made travel harder", 12),
    ("Gunmen attacked the border posts on Sunday, killing four guards, despite a new fence", 4),
])
def test_an_act_told_by_its_own_verb_still_counts(rules, text, killed):
    _alert(rules, text, killed)
