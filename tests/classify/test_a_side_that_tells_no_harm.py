"""A side named only as the subject of a verb of telling whose clause names no act and no harm ("the People's Defence
Force says an investigation is under way") speaks of what befell its own and is no doer of it, as the teller of a
report by its government is none: a blast at its armoury, depot or arsenal with no doer named stays a mishap. A side
that says what it did, or says the blast was a bomb, names an act in its clause and arms the item. Each quiet case
stands beside a violent twin in nearly the same words. The sentences are written for these tests, not taken from any
set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize(("quiet", "violent", "killed"), [
    ("An explosion at an army armoury in Gulu kills three soldiers; the People's Defence Force says an inquiry has "
     "begun.",
     "An explosion at an army armoury in Gulu kills three soldiers; the Lord's Resistance Army says its fighters "
     "attacked it.", 3),
    ("A blast at an arms depot near Kandahar kills four guards; the Taliban says an investigation is under way.",
     "A blast at an arms depot near Kandahar kills four guards; the Taliban says a suicide bomber struck the gate.", 4),
])
def test_a_side_that_tells_no_harm_is_no_doer(rules, quiet, violent, killed):
    _quiet(rules, quiet)
    _alert(rules, violent, killed)
