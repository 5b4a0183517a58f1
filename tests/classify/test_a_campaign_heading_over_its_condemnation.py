"""A heading that names a campaign over a summary that condemns it (docs/taxonomy.md, `attack`, "it is not": a war
named by a story's label): a condemnation is a reaction, and the forces a sentence it opens names ("calls on the
neighbour to withdraw its troops") are what the reaction asks of them, no fighting told under the name, as in a
sentence a "reaction" word opens. The summary's own act, told in a clause of its own, still alerts, and so do forces
that move under the name with no reaction. The sentences are written for these tests, not taken from any labelled
set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS


@pytest.mark.parametrize(("title", "summary"), [
    ("Northern army offensive in the valley",
     "The African Union condemns the offensive and calls on the army to withdraw its troops."),
    ("Invasion of the island", "The council denounces the invasion and demands that the occupying forces leave."),
    ("Border offensive", "Neighbouring states deplore the offensive, urging both armies to pull back their troops."),
])
def test_a_campaign_heading_over_its_condemnation_is_a_topic(rules, title, summary):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, event.types, event.evidence)


@pytest.mark.parametrize(("title", "summary", "killed"), [
    # the summary's own act
    ("Northern army offensive in the valley",
     "The African Union condemns the offensive as army troops shell the town, killing 12.", 12),
    ("Northern army offensive in the valley", "Army troops shell the town, killing 12.", 12),
    # forces moving under the name with no reaction
    ("Northern army offensive in the valley", "Army troops advance on the regional capital.", None),
])
def test_a_campaigns_fighting_told_under_its_heading_still_alerts(rules, title, summary, killed):
    event = rules.classify(title, summary)
    assert ALARMS & set(event.types), (title, event.types)
    assert event.killed == killed, (title, event.killed)
