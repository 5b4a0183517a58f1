"""Fighting as the subject of a verb of its lessening or its end ("clashes subside", "the fighting has ended",
"the battle for the city has reached its end") tells a lull, the news of a truce or of a war's course, not an act
(docs/taxonomy.md). Each quiet case stands beside a twin of the same wording whose fighting still goes on or whose
act or toll is told in its own words, and must still alert. The sentences are written for these tests, not taken
from any set.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "Clashes between the army and tribal fighters subside as a truce brokered by the elders takes effect.",
    "The government frees forty prisoners of war as border clashes between the two countries seem to abate.",
    "Aid convoys set off for the valley now that the fighting around the dam has ended.",
    "A monitoring group says the battle for the northern city has reached its end with a victory for the army.",
    "Shelling of the eastern suburbs eased overnight as envoys met in the capital.",
])
def test_fighting_told_lessening_or_ended_is_quiet(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Clashes between the army and tribal fighters erupt as a truce brokered by the elders collapses.", None),
    ("Border clashes between the two countries, which killed 12 soldiers, seem to abate.", 12),
    ("Clashes around the dam killed nine and then subsided.", 9),
    ("The fighting eased after shelling killed 12 in the northern city.", 12),
    ("The battle for the northern city ended with 40 dead.", 40),
    # ("the end" of a place or a time is no verb of the fight's)
    ("A battle in the hills near the end of the valley road kills six soldiers.", 6),
])
def test_fighting_that_goes_on_or_tells_its_toll_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
