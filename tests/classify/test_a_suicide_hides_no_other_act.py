"""A death by one's own hand told by its verb ("kills himself", "took his own life") is no casualty of violence, but
no accident or disaster either: it makes no other act of its sentence no one's, so the people the man harmed before
are still an attack's ("then kills himself", "before he killed himself"); and a reflexive after a passive ("before
being killed himself") is no suicide at all (issue 9: real attacks read quiet). Its twins keep their old quiet: a
suicide alone, by either verb. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A man killed himself after he stabbed his wife to death.",
    "A shop clerk shoots and kills two co-workers, then kills himself, at the store.",
    "A driver rams a van into a market crowd, killing three. The driver then shoots and kills himself.",
])
def test_the_acts_before_a_suicide_still_alert(rules, text):
    _alert(rules, text)


@pytest.mark.parametrize("text", [
    "A depot clerk killed himself at the warehouse.",
    "A guard at the depot took his own life on Monday.",
])
def test_a_suicide_alone_stays_quiet(rules, text):
    _quiet(rules, text)
