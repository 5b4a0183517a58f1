"""A death named by the act that dealt it ("the shooting deaths of two guards", "a stabbing death") is one act with
it, a compound (issue 9): the frame of the act frames the deaths. A known suspect ("the suspect in") is known by his
case, whose deaths are its matter, as the act is; a denial denies them. Their twins still alert and count: a suspect
sought or unnamed ("a manhunt for a suspect in the shooting deaths of"), where the deaths may be the first news, and
a known suspect's own new act. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS
from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# the known suspect in a case named by its deaths: what is said of him is the news
@pytest.mark.parametrize("text", [
    "The main suspect in the shooting deaths of three guards is a former sailor.",
    "Officials say the lone suspect in the stabbing deaths of a couple in their home had worked as their gardener.",
    "The alleged suspect in the shooting death of a shopkeeper is a former soldier, his lawyer says.",
])
def test_a_known_suspects_deaths_are_the_cases_matter(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a suspect sought or unnamed: the deaths may be told for the first time
    ("Police are searching for a suspect in the shooting deaths of three guards.", 3),
    ("A suspect in the stabbing deaths of two neighbours is on the run, police say.", 2),
    # a known suspect's own act, told by its own verb
    ("The main suspect in the shooting deaths of three guards shot dead a police officer on Sunday.", 1),
])
def test_deaths_named_by_their_act_outside_a_known_case_still_count(rules, text, killed):
    _alert(rules, text, killed)


# a denial of the act denies the deaths it dealt
def test_deaths_named_by_their_act_are_denied_with_it(rules):
    event = rules.classify("Police say no shooting deaths were reported during the night of protests.")
    assert not ALARMS & set(event.types), event.types


def test_deaths_told_beside_a_denial_still_count(rules):
    _alert(rules, "Police say no shots were fired by officers, but the shooting deaths of two men are being probed.", 2)
