"""Killings a written record names, each quiet case beside a twin that differs by the principle and must still
alert (and count) as it did. The sentences are written for these tests, not taken from any set.

A written record (documents, a report, cables) released or leaked that details or highlights killings named by a
noun, their victims counted after "of" or not ("files detailing the killings of hundreds of villagers", "a report
highlighting the deaths of civilians"), tells them as its content: acts done before it was written, no act of the
news (docs/taxonomy.md: a record's content). A verb of the act with its toll ("a report says troops killed 30"),
a day named, or a video showing a killing (how it may first be known) stay news.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A whistleblower site publishes 40,000 documents detailing unreported killings of hundreds of villagers",
    "The UN mission releases a report highlighting the deaths of civilians in the northern provinces",
    "A newspaper obtains cables detailing the killing of dozens of prisoners by guards",
])
def test_killings_a_written_record_details_are_its_content(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("The UN mission releases a report saying troops killed 30 villagers in the northern provinces", 30),
    ("Footage shows the moment a car bomb exploded at the checkpoint, killing five", 5),
    ("The monitor releases a report detailing the deaths of 14 civilians in shelling of the town on Tuesday", 14),
])
def test_acts_told_by_their_verbs_or_their_day_still_count(rules, text, killed):
    _alert(rules, text, killed)
