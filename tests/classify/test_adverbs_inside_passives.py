"""An adverb of manner, time or report between a passive's auxiliary and its participle of harm ("were reportedly
shot", "was later shot", "were all killed") leaves the passive what it is: it alerts and counts as the passive
without it (issue 9). Its twins keep their old result: an adverb that denies the act ("nearly", "narrowly") or a
negation tells no harm, a word the vocabulary reads itself keeps its own reading ("is fatally shot" is a death),
the same passive with no adverb counts as before, and a set of people described by a relative clause ("the 31
people who were killed") is still a set known before. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_quiet as _quiet


def _counts(rules, text: str) -> tuple[bool, int | None, int | None]:
    event = rules.classify("", text)
    return bool(event.types), event.killed, event.injured


@pytest.mark.parametrize("text, counts", [
    ("Two guards were reportedly shot outside the ministry.", (True, 0, 2)),
    ("Three workers were also shot outside the factory on Monday.", (True, 0, 3)),
    ("A man was later shot and stabbed and died in hospital.", (True, 1, None)),
    # a counted set named with "the" as the passive's subject: news of the set, as without the adverb
    ("Two gunmen fired at shoppers. The two Kurdish Iraqis were then shot dead by nearby soldiers.", (True, 2, None)),
    ("Two gunmen fired at shoppers. The two Kurdish Iraqis were shot dead by nearby soldiers.", (True, 2, None)),
])
def test_an_adverb_inside_a_passive_leaves_the_passive(rules, text, counts):
    assert _counts(rules, text) == counts


@pytest.mark.parametrize("text, counts", [
    # the same passives with no adverb
    ("Two guards were shot outside the ministry.", (True, 0, 2)),
    ("A man was shot and stabbed and died in hospital.", (True, 1, None)),
    # a word the vocabulary reads itself keeps its reading: a shot told fatal is a death
    ("A teenager is fatally shot outside a school.", (True, 1, None)),
])
def test_the_passive_without_an_adverb_or_with_its_own_word_keeps_its_count(rules, text, counts):
    assert _counts(rules, text) == counts


@pytest.mark.parametrize("text", [
    "Two guards were nearly shot outside the ministry.",
    "Two guards were narrowly shot at but escaped unhurt.",
    "The guard was not shot, the ministry said.",
    # a relative clause describes a set known before: the news is the memorial
    "A memorial lists the 31 people who were killed in the 2009 bombing.",
])
def test_an_adverb_that_denies_the_act_or_a_set_described_tells_no_harm(rules, text):
    _quiet(rules, text)
