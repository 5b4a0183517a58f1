"""Arms people play with went off in the players' hands: taken for a toy, they were found lying or taken from a
store, and no one aimed them, so their blast is a mishap, no attack and no casualty of violence ("four children were
killed while playing with a grenade", "a grenade they were playing with exploded"), as arms people found are. A
blast beside people playing at something else, or arms thrown at them, is still an act. Each quiet case stands
beside a violent twin in nearly the same words that must still alert. The sentences are written for these tests,
not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# Arms as the object of play, or played with in a relative clause...
@pytest.mark.parametrize("text", [
    "Three brothers were killed while playing with a hand grenade behind their house",
    "A mortar round the boys had been playing with blew up in the courtyard, wounding five",
    "Two girls are injured after playing with an old rocket near the riverbank",
])
def test_arms_played_with_go_off_by_mishap(rules, text):
    _quiet(rules, text)


# ...but play beside a blast, or arms thrown at the players, is an act.
@pytest.mark.parametrize(("text", "killed"), [
    ("Three brothers were killed while playing behind their house when a hand grenade exploded", 3),
    ("A mortar round fired at the boys blew up in the courtyard, killing five", 5),
    ("Two girls playing near the riverbank were killed by a rocket", 2),
])
def test_a_blast_beside_play_or_arms_aimed_at_players_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
