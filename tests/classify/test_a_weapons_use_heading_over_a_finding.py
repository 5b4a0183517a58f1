"""Two shapes of a heading that names an act as a topic (docs/taxonomy.md, `attack`, "it is not": a war named by a
story's label):
1. An event phrase whose first word takes "of" ("Use of chemical weapons in the civil war") is that word's noun
   phrase, a name, not a verb with its subject dropped, whatever preposition follows it.
2. A side in the summary that stands in the clause of a finding ("a report concluding that an air force helicopter
   dropped a chlorine cylinder ... in 2018") is the finding's matter, an act known before: it tells no fighting
   under the name now. A side that acts in the summary's own clause still makes the heading's act news.
The sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS


@pytest.mark.parametrize(("title", "summary"), [
    ("Use of chemical weapons in the civil war",
     "The watchdog publishes a report concluding that an air force helicopter dropped a chlorine cylinder on a block "
     "of flats in 2019."),
    ("Use of chemical weapons in the civil war", "Foreign ministers meet in Geneva to discuss a new inspection regime."),
    ("Use of cluster munitions in the border war",
     "A rights group finds that army artillery fired cluster shells at the villages in 2022."),
])
def test_a_weapons_use_heading_over_a_finding_is_a_topic(rules, title, summary):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, event.types, event.evidence)


@pytest.mark.parametrize(("title", "summary"), [
    ("Use of chemical weapons in the civil war",
     "An air force helicopter drops a chlorine cylinder on a block of flats in the town, activists say."),
    ("Use of cluster munitions in the border war", "Army artillery fires cluster shells at the villages."),
    ("Use of chemical weapons in the civil war",
     "An air force helicopter drops a chlorine cylinder on a block of flats, killing 12."),
])
def test_a_sides_act_under_the_heading_still_alerts(rules, title, summary):
    event = rules.classify(title, summary)
    assert ALARMS & set(event.types), (title, event.types)
