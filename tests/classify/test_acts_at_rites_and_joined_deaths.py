"""Acts at rites and people counted once (issue 9): an act told by its own subject and verb at a memorial, a vigil or
a ceremony (however the rite is described: "for victims of the war") is news, not the act remembered; people harmed in
a passive and then told killed by a verb joined with "and" are the dead, counted once; a figure in the main clause is
no count of the casualty word of a clause that opens with its own subject ("200 students protest after a teacher was
stabbed to death"); a figure that is the object of an act's verb is no part of a later passive's subject. Each quiet
or recounted case stands beside a twin that differs by the principle. The sentences are written for these tests, not
taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS


def _quiet(rules, title, summary=""):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, summary, event.types, event.evidence)


def _alerts(rules, title, summary, types, killed=None, injured=None):
    event = rules.classify(title, summary)
    assert set(types) <= set(event.types), (title, summary, event.types)
    assert (event.killed, event.injured) == (killed, injured), (title, summary, event.killed, event.injured)


@pytest.mark.parametrize(("title", "killed"), [
    # an act with its own subject and verb at the remembrance's place, on its anniversary
    ("Militiamen kill four farmers at the memorial on the twentieth anniversary of the siege", 4),
    # at a rite described by the remembered dead
    ("A suicide bomber killed 9 worshippers at a memorial ceremony for victims of the war.", 9),
    ("A grenade killed three mourners during a vigil for victims of last year's bombing.", 3),
    # the twin away from any rite
    ("Militiamen kill four farmers at a well on the twentieth anniversary of the siege", 4),
])
def test_an_act_at_a_rite_is_news(rules, title, killed):
    _alerts(rules, title, "", {"attack", "casualty"}, killed=killed)


@pytest.mark.parametrize("title", [
    # a doer noun and its past verb with an object: a clause of its own, on the date or at the rite
    "Two gunmen shot six pilgrims on the anniversary of the bombing.",
    "Militiamen opened fire on mourners at the memorial.",
    # the memorial the act's own object
    "Gunmen torched the memorial on the anniversary of the uprising.",
])
def test_a_doers_own_past_verb_at_a_rite_is_news(rules, title):
    event = rules.classify(title, "")
    assert "attack" in event.types, (title, event.types, event.evidence)


@pytest.mark.parametrize("title", [
    # the remembered dead, told by a participle at the rite: no act of its own
    "Relatives lay flowers at the memorial for the farmers killed in the siege.",
    "The names of the 31 killed are read aloud at the memorial.",
    # the twin of the doer's own verb: the dead described, their act remembered
    "Families of the 40 pilgrims killed in the bombing gather on its anniversary.",
])
def test_the_dead_a_rite_remembers_stay_history(rules, title):
    _quiet(rules, title)


@pytest.mark.parametrize(("title", "killed", "injured"), [
    ("Three hikers were stabbed on a trail and were killed.", 3, None),
    ("Two cyclists were shot near the bridge and later died.", 2, None),
    ("Two clerks were stabbed and killed at a kiosk.", 2, None),
    # the twin: a death with a subject of its own is a part of the hurt, moved to the dead
    ("Three hikers were stabbed on a trail and one was killed.", 1, 2),
    # the twin: a harm joined to another harm stays hurt
    ("Three hikers were stabbed on a trail and were injured.", None, 3),
])
def test_harmed_then_killed_are_the_dead(rules, title, killed, injured):
    event = rules.classify(title, "")
    assert "casualty" in event.types, (title, event.types)
    if killed is not None:
        assert event.killed == killed, (title, event.killed)
    if injured is not None:
        assert event.injured == injured, (title, event.injured)


@pytest.mark.parametrize(("title", "killed"), [
    # the figure or the vague amount is the protest's, the dead one the subject of the "after" clause
    ("300 nurses march after a colleague was stabbed to death.", 1),
    ("Hundreds rally in the port after a fisherman was shot dead.", 1),
    # the twin: the clause's own subject is counted where it has a figure
    ("Hundreds rally in the port after two fishermen were shot dead.", 2),
])
def test_a_figure_of_the_main_clause_counts_no_dead_of_a_clause_of_its_own(rules, title, killed):
    _alerts(rules, title, "", {"attack", "casualty"}, killed=killed)


@pytest.mark.parametrize(("title", "killed"), [
    # the stabbing's object is no part of the subject of "were killed"
    ("A man stabbed three shoppers at the mall, and two others were killed.", 2),
    # the twin: a list of subjects is summed
    ("Three shoppers at the mall, and two others were killed.", 5),
])
def test_an_acts_object_is_no_part_of_a_later_subject(rules, title, killed):
    event = rules.classify(title, "")
    assert event.killed == killed, (title, event.killed)
