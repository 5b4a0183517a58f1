"""A fire set is arson in every tense: the portal tells its news in the present ("a mob sets fire to 15 houses"),
and "sets fire" names who set it as "set fire" does, so the dead of the blaze a hostile doer set are its toll. A fire
that spread by itself, or one a thing set ("a short circuit sets fire to a ward"), stays a disaster. Each quiet case
stands beside a violent twin in nearly the same words. The sentences are written for these tests, not taken from any
set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize(("violent", "killed", "quiet"), [
    ("A mob sets fire to 20 homes in a hill village; three elderly residents die in the blaze.", 3,
     "A fire spreads to 20 homes in a hill village; three elderly residents die in the blaze."),
    ("Militiamen set fire to a clinic in the valley, killing two nurses.", 2,
     "A short circuit sets fire to a clinic in the valley, killing two nurses."),
])
def test_a_fire_set_in_the_present_by_a_hostile_doer_is_arson(rules, violent, killed, quiet):
    _alert(rules, violent, killed)
    _quiet(rules, quiet)
