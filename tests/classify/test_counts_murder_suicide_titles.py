"""A murder-suicide's doer is apart from the toll (docs/taxonomy.md, Counts): a title's toll one more than its
summary's, where the summary tells the doer took his own life, counts him, and the summary's victims are the toll.
Each case stands beside a twin that differs by the principle and must still count as it does. The sentences are
written for these tests, not taken from any set.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "summary", "killed"), [
    ("Murder-suicide leaves four dead in Ohio town",
     "A man shot dead his wife and two daughters at their home on Sunday before turning the gun on himself, police said.",
     3),
    ("Four dead in shooting at Alabama farm",
     "Police said a farmhand killed three co-workers with a rifle on Saturday and then took his own life.", 3),
    ("Three dead after man shoots ex-partner and her father",
     "The man shot dead his former partner and her father in Leeds before he committed suicide, police said.", 2),
    # twins: a summary that tells no own end leaves the title's larger toll; a title that counts only the victims
    # stands
    ("Four dead in shooting at Alabama farm",
     "Police said a farmhand killed three co-workers with a rifle on Saturday. A fourth was found dead later.", 4),
    ("Three dead in shooting at Alabama farm",
     "Police said a farmhand killed three co-workers with a rifle on Saturday and then took his own life.", 3),
])
def test_a_titles_toll_that_counts_the_doer_who_killed_himself_is_the_summarys(rules, title, summary, killed):
    event = rules.classify(title, summary)
    assert {"strike", "attack"} & set(event.types), (title, event.types)
    assert event.killed == killed, (title, event.killed)
