"""A toll that opens its sentence as its subject, in a sentence that calls the deaths a murder-suicide, holds the doer
who took his own life: he is counted apart, as a toll "including the gunman" leaves him out (docs/taxonomy.md, Counts).
Each case stands beside a twin in nearly the same words: no murder-suicide told, or the victims told as an active
verb's object, counted whole. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


@pytest.mark.parametrize(("text", "killed"), [
    ("Four people were found shot dead in a flat in Graz in what police called a murder-suicide.", 3),
    ("Three people were killed in a murder-suicide at a farm near Leeds on Sunday, police said.", 2),
    # twins: no murder-suicide told; the victims as an active verb's object; a doer named apart already
    ("Four people were found shot dead in a flat in Graz, police said.", 4),
    ("A man shot dead his wife and two sons in a flat in Graz in what police called a murder-suicide.", 3),
    ("Three people were killed in a shooting at a farm near Leeds on Sunday, police said.", 3),
])
def test_a_murder_suicides_toll_leaves_out_its_doer(rules, text, killed):
    assert_alerts(rules, text, killed=killed)
