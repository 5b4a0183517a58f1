"""The present passive of shooting and stabbing (issue 9): news portals and headlines tell a shooting as "a
teenager is shot outside a school", "two officers are shot during an arrest", "a minister is stabbed". These
alert as "was shot" and "were stabbed" do, with their counts. A longer phrase after the auxiliary keeps its
own reading ("is shot dead" is "shot dead", "is stabbed to death" is "stabbed to death"); the people shot are
all those hit, so the dead told after them are not hurt ones too ("six are shot, two fatally": two dead, four
hurt). Quiet: a work that is
shot is filmed (named right before the verb or before an apposition that names it), a plan that is shot down
is turned down, and a ball shot wide is a game. Each quiet case stands beside a violent twin in the same words.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    # a work as the subject: filmed
    "The documentary is shot in a small fishing village on the northern coast.",
    "Most scenes of the series are shot at night in the old harbour.",
    "A low-budget horror film, called Cold Harbour, is shot in Iceland over six weeks.",
    "The music video, a tribute to the band's late drummer, is shot in a disused factory.",
    # a proposal shot down is rejected
    "The government's housing plan is shot down in parliament after a late-night debate.",
    "Her amendment was shot down by the committee on Tuesday.",
    # a ball shot wide is a game
    "The striker shot wide twice before the break as the visitors held on for a draw.",
])
def test_a_work_a_plan_or_a_ball_shot_is_no_violence(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the twins: a person shot where the work was filmed, an aircraft shot down
    ("A fisherman is shot in a small fishing village on the northern coast.", None),
    ("A film director, Tom Baxter, is shot in Iceland outside his hotel.", None),
    ("A military transport plane is shot down over the border.", None),
    ("The striker is shot outside his home after the match.", None),
    # the present passive of a shooting or a stabbing alone
    ("A teenager is shot outside a school in the east of the city.", None),
    ("Two police officers are shot during an arrest in the port.", None),
    ("A regional minister is stabbed at a market in the capital.", None),
    # the killing told after the auxiliary keeps its own phrase and its count
    ("Three suspected cattle raiders are shot dead by rangers near the park.", 3),
    ("A local reporter is shot dead outside a petrol station.", 1),
    ("Two guards are shot and killed and a third is wounded at a bank.", 2),
    ("Five children are stabbed to death at a nursery in the north.", 5),
    # a wound and a death told as two participles are one killing
    ("A farming family of five is shot killed by gunmen on their land.", 5),
])
def test_the_present_passive_of_a_shooting_alerts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Four guards are shot at a border post.", 0, 4),
    # two verbs of one field share its number (as "killed or wounded 30" shares it between two fields)
    ("Seven commuters are stabbed and wounded at a station.", 0, 7),
    ("Twelve commuters were killed or wounded at a station.", None, None),
    ("Six shoppers are stabbed at a mall; two of them die in hospital.", 2, None),
    # the people shot are all those hit, the dead among them: the hurt are the rest
    ("Four officers are shot during a raid, with two killed.", 2, 2),
    ("Six shoppers are shot, two fatally, outside a cinema.", 2, 4),
    # the parts told after it tell the whole
    ("Five guests are shot at a wedding, one dead and four injured.", 1, 4),
])
def test_the_present_passive_counts(rules, text, killed, injured):
    event = rules.classify(text)
    assert event.killed == killed, (text, event.killed, event.injured)
    if injured is not None:
        assert event.injured == injured, (text, event.killed, event.injured)
