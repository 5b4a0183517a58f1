"""Fire opened is a shooting in every tense: the portal tells its news in the present ("a gunman opens fire at a
plant, killing three"), and "opens fire" names the gun as "opened fire" does, so a shooting at a place whose name is
also a site of accidents (a plant, a mine, a warehouse) is an attack there in the present as in the past. A blast
or a fire at the same place told with no act of arms stays an accident. Each quiet case stands beside a violent
twin in nearly the same words. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize(("violent", "killed", "quiet"), [
    ("A dismissed employee opens fire at a bottling plant in Ohio, killing two colleagues.", 2,
     "A fire at a bottling plant in Ohio kills two employees."),
    ("A guard opens fire at a gold mine, killing four miners.", 4,
     "A gas blast at a gold mine kills four miners."),
    ("A man opens fire at a warehouse near the port, killing three workers.", 3,
     "A blaze at a warehouse near the port kills three workers."),
])
def test_fire_opened_in_the_present_at_a_site_is_an_attack(rules, violent, killed, quiet):
    _alert(rules, violent, killed)
    _quiet(rules, quiet)

