"""Single persons set off in commas, opened and closed, between a subject's figure of people and its passive (or its
death), as many as the figure counts, are who its people were, no more of them (docs/taxonomy.md, Counts): "Two
bystanders, a woman aged 62 and a boy of 11, were wounded" is injured 2, the ages no count. Beside each, a near shape
with its own count. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Gunmen shot dead a shop owner on Friday night, police said. Two customers, a man aged 40 and a girl of 9, were "
     "wounded.", 1, 2),
    ("A bomb tore through a minibus on Monday. Three passengers, a driver, a nurse and her son, were killed.", 3, None),
    ("A bomb tore through a minibus on Monday. Two passengers, a nurse and her son, died in hospital.", 2, None),
    # near shapes: no closing comma lists more people; a figure other than the persons set off is left as it was read
    ("A bomb tore through a minibus on Monday. Two soldiers, a nurse and her son were killed.", 4, None),
    ("Gunmen shot dead a shop owner on Friday night, police said. Two customers were wounded.", 1, 2),
])
def test_persons_set_off_in_a_subject_are_its_figures_people(rules, text, killed, injured):
    event = rules.classify(text)
    assert {"strike", "attack"} & set(event.types), (text, event.types)
    assert (event.killed, event.injured) == (killed, injured), text


def test_the_doers_set_off_before_an_active_verb_are_no_dead(rules):
    # the figure's people are the doers of an active verb, never its harmed
    event = rules.classify("Two men, a father and his son, shot dead three neighbours on Monday, police said.")
    assert "attack" in event.types and event.killed == 3, event.killed
