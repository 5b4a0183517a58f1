"""A side's part in an act named as known (docs/taxonomy.md, `attack`, "it is not"): a verb or a noun of a part
in the act (backed, sponsored, masterminded, orchestrated, carried out, perpetrated; a role, an involvement, a
complicity in it) whose object is an act named with "the" is an attribution of who did it, claimed or denied, as
"responsible for" and "behind" are: the attribution is the news. An act the attribution names for the first time,
a known one whose toll it counts, and the verb as an adjective of the doer ("Chad-backed rebels") still report it.
The sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "The government cuts diplomatic ties with its neighbour, claiming it backed the rebel attack.",
    "The foreign minister says Moscow carried out the nerve agent attack on the defector.",
    "Police raid the offices of a militia in the capital, accusing it of being involved in the kidnapping of ten engineers.",
    "The neighbouring state denies any role in the drone attack on the oil terminal.",
    "Investigators say a foreign intelligence service orchestrated the assassination of the opposition leader.",
])
def test_a_sides_part_in_a_known_act_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # an act the attribution names for the first time
    ("The government cuts diplomatic ties with its neighbour, claiming it backed a rebel attack on a border town.", None),
    ("The foreign minister says militants carried out a nerve agent attack on a market, killing 12.", 12),
    # a side's own report of its act, dated
    ("The command says it carried out an air strike against militants in the mountains on 12 February.", None),
    # a known act whose toll the attribution counts
    ("Investigators say a foreign intelligence service orchestrated the bombing that killed 12 people.", 12),
    # the verb of a part as an adjective of the doer that does the act
    ("Neighbour-backed rebels attack a border town, killing 12.", 12),
    # a noun of a part in another thing, its clause's own act after it
    ("A man protesting against the militia's role in the war is shot dead outside the embassy.", None),
])
def test_an_act_named_first_or_done_by_the_backed_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
