"""Three readings of who is counted (docs/taxonomy.md, Counts): persons each named with "a" joined by "and" before a
plural passive are each one hurt ("A soldier and a village official were wounded" is 2), a group no figure counts left
uncounted; the pronoun subject of a death in a clause of time after the act is its doer, his end apart ("wounding
three officers before he was shot dead" is killed 0); and fighters told trying to do the act are its attackers
("police shot dead six militants who tried to storm the court" counts them apart). Each stands beside a near shape
with its own count. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


@pytest.mark.parametrize(("text", "injured"), [
    ("Rebels ambushed an army patrol on Friday, killing two soldiers. A soldier and a village official were wounded.",
     2),
    ("Rebels ambushed an army patrol on Friday, killing two soldiers. A medic and his driver were also wounded.", 2),
    # near shapes: a group no figure counts beside the one person; one person alone
    ("Rebels ambushed an army patrol on Friday, killing two soldiers. Police and a medic were wounded.", None),
    ("Rebels ambushed an army patrol on Friday, killing two soldiers. A medic was wounded.", 1),
])
def test_persons_joined_before_a_plural_passive(rules, text, injured):
    assert_alerts(rules, text, killed=2)
    assert rules.classify(text).injured == injured, text


@pytest.mark.parametrize(("text", "killed"), [
    ("A gunman opened fire on officers serving a warrant on Tuesday, wounding three of them before he was shot dead.",
     0),
    ("A man stabbed two shoppers at a market on Friday until he was shot dead by a guard.", 0),
    ("Police shot dead six militants who tried to storm a court complex on Monday, but not before the attackers "
     "killed a guard and a clerk.", 2),
    # near shapes: a victim told dead in a sentence of his own; fighters killed in a raid of the forces
    ("A gunman opened fire on officers serving a warrant on Tuesday, wounding three. A passer-by was shot dead.", 1),
    ("Police shot dead six militants in a raid on a hideout in the hills on Monday.", 6),
])
def test_doers_stopped_are_counted_apart(rules, text, killed):
    assert_alerts(rules, text, killed=killed)
