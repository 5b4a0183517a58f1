"""Ordinary news in blast and fire words that tells no new act (issue 9): a measure that "explodes" by a figure
or higher, a bombardment with a game's balls, arms "left from" a past war that go off, and what a proceeding
hears with its "that" dropped, as headlines drop it. Each beside a twin that differs by the principle and
still alerts. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize(("quiet", "violent"), [
    ("Shares in the missile maker exploded 40% higher after it won a navy contract.",
     "A missile exploded near the navy base after it was fired from the coast."),
    ("Drone delivery orders explode threefold in a year, the courier says.",
     "A drone exploded over the depot in the night, the governor says."),
    ("Demand for the rocket-shaped toy exploded in popularity before Christmas.",
     "A rocket exploded in the square before Christmas, killing two people."),
    ("Stock in the arms firm explodes higher on its first day of trading.",
     "A car bomb explodes outside the arms firm's offices, killing a guard."),
])
def test_a_measure_that_explodes_by_a_figure_or_higher_is_growth(rules, quiet, violent):
    _quiet(rules, quiet)
    _alert(rules, violent)


@pytest.mark.parametrize(("quiet", "violent"), [
    ("The visitors' quick bowlers bombarded the opening pair with short-pitched deliveries all morning.",
     "Rebel gunners bombarded the army's positions with mortars all morning."),
    ("The keeper was bombarded with crosses in the second half but kept a clean sheet.",
     "The border town was bombarded with artillery shells in the second half of the night."),
])
def test_a_bombardment_with_a_games_balls_is_no_fire(rules, quiet, violent):
    _quiet(rules, quiet)
    _alert(rules, violent)


@pytest.mark.parametrize(("quiet", "violent"), [
    ("A boy was killed in Quang Tri when a mortar round left from the Vietnam War went off as he dug a well.",
     "A boy was killed in the town when a mortar round fired by the rebels went off as he dug a well."),
    ("Two shepherds were hurt when a mine left by the 1990s war exploded under their flock.",
     "Two shepherds were hurt when a mine planted by militants last night exploded under their flock."),
])
def test_arms_left_from_a_past_war_going_off_are_a_mishap(rules, quiet, violent):
    _quiet(rules, quiet)
    _alert(rules, violent)


@pytest.mark.parametrize(("quiet", "violent"), [
    ("Inquest hears man stabbed outside a nightclub had called police twice",
     "Man stabbed outside a nightclub had called police twice, friends say"),
    ("Court told pensioner shot dead on his doorstep had received threats",
     "Pensioner shot dead on his doorstep by a masked gunman"),
])
def test_what_a_proceeding_hears_is_its_matter_with_that_dropped(rules, quiet, violent):
    _quiet(rules, quiet)
    _alert(rules, violent)
