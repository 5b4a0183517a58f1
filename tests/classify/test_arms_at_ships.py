"""Arms used at ships, boats and vessels are violence, by principle (issue 9), by the rules alone.

A vessel is a vehicle: where it does the hitting (it strikes a reef, hits a pier, strikes another ship in a
collision) the harm is an accident. Where it is only what is hit, by a state's forces or an armed side
("forces strike a boat"), the hit is theirs: a strike or an attack. A word after "anti-" names the kind of
thing a weapon or a defence is against ("anti-ship missiles" name no ship): the missiles are still fired, and
a defence bought or a protest against war still fires nothing. Each quiet case stands beside violence in the
same words that must still alert. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# A vessel that does the hitting is in an accident...
@pytest.mark.parametrize("text", [
    "A fishing trawler strikes a reef off the northern cape, killing three crew",
    "A ferry hits the pier at the island harbour, injuring eleven passengers",
    "A container ship striking a smaller tanker in the fog killed two sailors",
    "Two deckhands died when their launch was struck by a passing ferry in the estuary",
    # (a hitter the words do not know as a vessel, and no side named doing it: still a collision)
    "A pilot cutter strikes a fishing boat in thick fog, killing two fishermen",
    # (a state's ship doing the hitting is in a collision too)
    "A Navy supply ship strikes a fishing boat in thick fog, killing two fishermen",
])
def test_a_vessel_that_hits_is_in_an_accident(rules, text):
    _quiet(rules, text)


# ...but a vessel that forces or an armed side strike is their target.
@pytest.mark.parametrize(("text", "killed"), [
    ("Navy forces strike a fishing trawler off the northern cape, killing three crew", 3),
    ("US forces strike a speedboat near the island harbour, killing all five men aboard", 5),
    ("Coalition troops struck a smuggling vessel in the gulf, killing two sailors", 2),
    ("French forces hit a small boat off the coast, killing four people on board", 4),
    ("Navy forces strike a fishing boat in thick fog, killing two fishermen", 2),
    ("Russia strikes a grain ship at the river port, killing one sailor", 1),
    # (a strike told as a noun, or strikes as the subject, have the boat for their target)
    ("A strike on a fishing boat in thick fog killed two fishermen", 2),
    ("Strikes hit two fishing boats in thick fog, killing two fishermen", 2),
])
def test_forces_striking_a_vessel_alert(rules, text, killed):
    _alert(rules, text, killed)


# A word after "anti-" is what a weapon or a defence is for: a defence bought fires nothing...
@pytest.mark.parametrize("text", [
    "The navy buys anti-ship missiles and anti-aircraft guns from a European maker",
    "Parliament approves the purchase of anti-missile defences for the capital",
    "Thousands join anti-war protests outside the parliament in the capital",
    "The ministry orders anti-tank weapons for the border brigades",
])
def test_anti_words_bought_or_marched_against_are_quiet(rules, text):
    _quiet(rules, text)


# ...but the same weapons fired at something are weapons fired.
@pytest.mark.parametrize("text", [
    "Rebel forces fire two anti-ship missiles at a grain freighter in the strait",
    "Militants fire anti-tank missiles at an army convoy near the border",
    "Insurgents fire anti-aircraft guns at a transport helicopter over the valley",
    "Houthi fighters launch three anti-ship missiles at a container ship off the coast",
])
def test_anti_weapons_fired_at_something_alert(rules, text):
    _alert(rules, text)

