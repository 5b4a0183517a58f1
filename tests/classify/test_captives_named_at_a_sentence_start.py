"""A capture word that opens its sentence before a noun is an adjective that describes the people held (a verb
with no subject cannot open a sentence): "Kidnapped British engineer is found safe" tells their return, as
"two kidnapped engineers are found safe" does (docs/taxonomy.md: a release or a return to safety is the news).
Each quiet case stands beside a twin of the same wording that tells a capture by its doer or harm to the captives,
and must still alert. The sentences are written for these tests, not taken from any set.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "Kidnapped Italian surveyor is found safe in the desert near the border.",
    "Abducted aid workers are released in the north after talks with elders.",
    "Flood relief resumes. Kidnapped Danish nurse returns home after four months.",
])
def test_captives_named_by_an_opening_adjective_returned_are_quiet(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen kidnap an Italian surveyor in the desert near the border.", None),
    ("Gunmen abducted two aid workers in the north and freed one after talks with elders.", None),
    ("A kidnapped Italian surveyor is found shot dead in the desert near the border.", 1),
    ("Kidnapped Italian surveyor is found shot dead in the desert near the border.", None),
])
def test_a_capture_told_by_its_doer_or_harm_to_captives_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
