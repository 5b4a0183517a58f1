"""The object of a case or a reaction may be a noun that names no act (a scandal, an affair, a crackdown, incidents):
a clause of "in which" or "during which" after it tells the act the case or the reaction is about, known before, as
the same clause after an act's own noun does ("over the raid, in which 30 were killed"). Each quiet case stands beside
a twin that must still alert: a recent day in the clause tells news, and a clause of "in which" after a noun no
reaction or case takes is the sentence's own. The sentences are written for these tests, not taken from any set.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A special court charges six former police commanders in the 'night visits' affair, in which students were "
    "tortured and killed to extract confessions.",
    "The bloc sanctions four generals over the crackdown, during which soldiers shot dozens of marchers dead.",
    "Prosecutors indict a former minister over the scandal in which 14 detainees died in custody.",
    "Police arrest nine men over three incidents in which two villagers were killed and a mosque was burnt.",
])
def test_the_clause_of_a_reactions_object_tells_its_known_act(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("The bloc sanctions four generals over the crackdown, during which soldiers shot 30 marchers dead on Sunday.",
     30),
    ("Police arrest nine men over three incidents in which two villagers were killed on Tuesday.", 2),
    ("Crowds gather in the square, in which gunmen killed 12 protesters.", 12),
])
def test_a_recent_day_or_no_reaction_keeps_the_act(rules, text, killed):
    _alert(rules, text, killed)
