"""What an act named as known is called (docs/taxonomy.md, `attack`, "it is not"): a verb of judging (call,
describe, term, brand, label, dub) whose object is an act named with "the", followed by its judgement (a
quotation, "as", "a" or "an"), tells what is said of an act known before, as an attribution of who did it does.
An act whose toll the judgement counts, one named first with "a", and one the item told before still alert. The
sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    'The foreign ministry calls the attacks on the embassy "unacceptable".',
    'The minister described the shelling of the consulate as "a terrorist act".',
    "The president terms the killing a crime against humanity.",
    'The envoy brands the raids on the border villages "collective punishment".',
])
def test_what_a_known_act_is_called_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a known act whose toll the judgement counts
    ('The president calls the attack that killed 12 people "barbaric".', 12),
    # an act named first
    ('The president calls an attack on a market that killed 12 "barbaric".', 12),
    # an act the item told before the judgement
    ('Gunmen kill 12 at a market. The president calls the attack "barbaric".', 12),
    ("Militants call the bombing of the base a success, saying it killed 30 soldiers.", 30),
])
def test_a_judged_act_told_as_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
