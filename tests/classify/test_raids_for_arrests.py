"""A raid whose only outcome told is people arrested, people a state's force seizes, or a search for people is
an arrest or a search, as a raid by the police is (docs/taxonomy.md: people seized by a state's force are
arrested, no attack). Each quiet case stands beside a twin of the same wording that tells force on people, a
toll, shots, an armed side as the raider, or a capture by one, and must still alert. The sentences are written
for these tests, not taken from any set.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "Soldiers raid four villages in the hills, arresting eleven people in one and six in another.",
    "Army troops raid a seminary in the northern province and detain 14 suspected militants.",
    "Marines capture three suspected smugglers in a raid on a coastal town.",
    "The army seizes the deputy governor in a raid on his farm at dawn.",
    "Government troops raid districts of the port city searching for opposition organisers.",
    "Special forces take a suspected financier of the insurgency into custody during a night raid in the valley.",
])
def test_a_raid_that_only_arrests_is_quiet(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Soldiers raid four villages in the hills, arresting eleven people and killing two.", 2),
    ("Army troops raid a seminary in the northern province, detaining 14 and shooting dead a guard.", 1),
    ("Marines capture three suspected smugglers in a raid on a coastal town; four people die in the fighting.", 4),
    ("Government troops raid districts of the port city searching for organisers, beating dozens of residents.", None),
    ("Soldiers raid a militant hideout and arrest three.", None),
    ("Rebel fighters raid an army post, capturing 12 soldiers.", None),
    ("Gunmen raid a village in the north and seize the mayor.", None),
])
def test_a_raid_with_force_an_armed_raider_or_hostages_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    # (an arrest of people a relative clause ties to a raid of its own tells nothing of that raid's outcome)
    "Intelligence agents arrest informants who helped in the raid on the compound where the leader was killed.",
])
def test_an_arrest_tied_to_another_raid_by_a_relative_clause_leaves_it(rules, text):
    event = rules.classify(text)
    assert {"attack", "casualty"} & set(event.types), (text, event.types)
