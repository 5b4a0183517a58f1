"""Two principles of who did the harm in news of disasters and accidents, each quiet case beside a twin that differs by
the principle and must still alert. The sentences are written for these tests, not taken from any set.

1. A participle after its main clause takes that clause's subject: "Torrential rain flooded the camps, destroying
   3,000 shelters" tells the rain destroying them, whatever armed side the rest of the sentence names as the
   background of the people there; the participle after a main clause whose subject is arms ("jets pounded the
   valley, destroying ...") is still their act.
2. A blast or a fire told not done on purpose ("there was no indication the blast was deliberate", "the explosion
   was not intentional") rules an act out as "sabotage was ruled out" does: what blew up is a mishap. A blast told
   deliberate, or with its doer named, is still an act.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "Torrential rain flooded two camps outside the city on Monday, destroying 900 tents housing families displaced "
    "by years of fighting with Boko Haram",
    "Heavy snow buried the mountain villages overnight, destroying 40 homes near the front line held by rebels",
])
def test_a_participle_of_a_disaster_subject_is_the_disasters(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Jets pounded the valley on Monday, destroying 40 homes near the front line held by rebels",
    "Torrential rain slowed the offensive, while jets pounded rebel positions, destroying 30 bunkers",
])
def test_a_participle_after_arms_is_their_act(rules, text):
    _alert(rules, text)


@pytest.mark.parametrize("text", [
    "A truck carrying blasting explosives to a quarry caught fire and blew up after a collision on the highway, "
    "killing three people. Police said there was no indication the blast was deliberate.",
    "A lorry loaded with mining explosives blew up at a depot on Friday, killing two workers. Officials said the "
    "explosion was not intentional.",
])
def test_a_blast_told_not_deliberate_is_a_mishap(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A car bomb blew up outside a police station on Friday, killing three people. Police said the blast was "
     "deliberate.", 3),
    ("Gunmen set off a bomb at a crowded market, killing three people; the group said the attack was deliberate.", 3),
])
def test_a_blast_told_deliberate_or_by_a_doer_is_an_act(rules, text, killed):
    _alert(rules, text, killed)
