"""The toll is the victims' (docs/taxonomy.md, Counts): a title's bare toll of the same figure as the summary's toll
before the attackers it names were taken out restates that toll ("nine dead" over "killing nine people including the
bomber" is 8), and a plural reflexive in a toll ("including themselves") names the attackers its sentence counted
before it. Beside each, a near shape with its own count. The sentences are written for these tests, not taken from
any set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "summary", "killed"), [
    ("Suicide bomber hits army post, six dead",
     "A suicide bomber drove a truck into an army post near the border on Tuesday, killing six people including the "
     "bomber and wounding 11, an official said.", 5),
    # near shapes: a title that counts the victims already; a title whose figure is another than the summary's
    ("Suicide bomber kills five at army post",
     "A suicide bomber drove a truck into an army post near the border on Tuesday, killing six people including the "
     "bomber and wounding 11, an official said.", 5),
    ("Suicide bomber hits army post, six dead",
     "A suicide bomber drove a truck into an army post near the border on Tuesday, killing six soldiers and "
     "wounding 11, an official said.", 6),
])
def test_a_titles_toll_restating_the_summarys_counts_the_victims(rules, title, summary, killed):
    event = rules.classify(title, summary)
    assert "attack" in event.types and event.killed == killed, (title, event.killed)


@pytest.mark.parametrize(("text", "killed"), [
    ("Three gunmen opened fire on a wedding party in the village on Sunday before blowing themselves up, killing "
     "eleven people including themselves, police said.", 8),
    ("Two suicide bombers blew themselves up at a bus station on Friday, killing 14 people including themselves and "
     "wounding 30, officials said.", 12),
    # near shapes: one bomber ("including the bomber"); attackers told with no figure leave the toll as it is
    ("A suicide bomber blew himself up at a bus station on Friday, killing 14 people including the bomber and "
     "wounding 30, officials said.", 13),
    ("Suicide bombers blew themselves up at a bus station on Friday, killing 14 people including themselves and "
     "wounding 30, officials said.", 14),
])
def test_a_plural_reflexive_in_a_toll_names_the_attackers_counted_before(rules, text, killed):
    event = rules.classify(text)
    assert "attack" in event.types and event.killed == killed, (text, event.killed)
