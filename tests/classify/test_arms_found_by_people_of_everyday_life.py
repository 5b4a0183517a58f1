"""Arms that people of everyday life found or picked up (kin, pupils, workers, a fisherman, counted or named with an
article or a possessive: "a grenade that two brothers found in a field", "a shell his son had picked up") had lain
where they fell without going off: when they go off in the finders' hands it is a leftover's mishap, as with the
children, farmers and shepherds the rule named before. Arms that someone armed threw or fired, and a bomb the police
found, stay an act. Each quiet case stands beside a violent twin in nearly the same words. The sentences are written
for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize(("quiet", "violent", "killed"), [
    ("A hand grenade that two brothers found in a field explodes as they play with it, killing the younger boy.",
     "A hand grenade that two gunmen threw into a field explodes, killing the younger boy.", 1),
    ("A mortar shell his son had picked up near the river exploded at their home, killing two.",
     "A mortar shell that rebels fired across the river exploded at their home, killing two.", 2),
    ("An old shell a fisherman found in his net blew up on the deck, killing him.",
     "A bomb that the police found under a car blew up as they approached, killing an officer.", 1),
])
def test_arms_found_by_people_of_everyday_life_go_off_by_mishap(rules, quiet, violent, killed):
    _quiet(rules, quiet)
    _alert(rules, violent, killed)
