"""People told shot or stabbed in the passive ("were shot dead", "was stabbed to death", "were shot and wounded",
"gunned down") at a place whose name is also a site of accidents (a plant, a station, a warehouse, a depot, a mine)
are an attack there, as the noun "shooting" is (test_shootings_at_workplaces_named_as_sites): the harm's own word
names its weapon, and the place word alone makes no accident of it. Each quiet twin keeps its old result: an animal
shot, a shot told accidental, a hunting accident, a blast or a fire at the same place with no act of arms. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize(("violent", "killed", "quiet"), [
    # a blast or a fire at the place, with no act of arms
    ("Three night watchmen were shot dead at a fuel depot on the edge of town.", 3,
     "Three night watchmen were killed in a blast at a fuel depot on the edge of town."),
    ("A taxi driver was shot dead at a filling station late on Sunday.", 1,
     "A taxi driver died in a fire at a filling station late on Sunday."),
    # an animal shot at the place
    ("Two security guards were shot dead near the coal mine overnight.", 2,
     "Two stray elephants were shot dead near the coal mine overnight."),
    # a shot told accidental, or a hunting accident
    ("A trade unionist was shot dead outside the steel plant on Monday.", 1,
     "A trade unionist was accidentally shot outside the steel plant on Monday."),
    ("Two brothers were shot dead at a gold mine in the hills.", 2,
     "Two brothers were shot dead in a hunting accident in the hills."),
])
def test_people_shot_dead_at_a_site_are_an_attack(rules, violent, killed, quiet):
    _alert(rules, violent, killed)
    _quiet(rules, quiet)


@pytest.mark.parametrize(("violent", "quiet"), [
    ("A cashier was stabbed to death inside a warehouse, police said.",
     "A cashier was crushed to death inside a warehouse, police said."),
    ("Four miners were shot and wounded at the copper mine on Friday.",
     "Four miners were hurt in a collapse at the copper mine on Friday."),
    ("A manager was gunned down at the power station where he worked.",
     "A manager was electrocuted at the power station where he worked."),
])
def test_other_passive_harms_naming_a_weapon_at_a_site_are_an_attack(rules, violent, quiet):
    _alert(rules, violent)
    _quiet(rules, quiet)
