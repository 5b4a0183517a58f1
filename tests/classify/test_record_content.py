"""A record (a report, footage, photos, documents, a book) whose content a relative clause or a
participle tells is what the main clause is about: it is condemned, confirmed, released or judged, and
the acts it shows are told as its content, not as news (issue 9). A record that is the subject of a
verb of its own tells its content as the news, and a toll counted in the content, or people it shows
being killed, told by a verb, are news of their own.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A newspaper defends its decision to print pictures showing troops shelling a village.",
    "A former commando's memoir describing the raid on the compound is a bestseller.",
    "Rights groups publish documents detailing air strikes on hospitals in the province.",
    "An envoy says experts have confirmed that video footage showing killings of prisoners by the army is authentic.",
])
def test_acts_told_as_a_records_content_are_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the record is the subject of its own verb: its content is the news
    ("A UN report says 30 civilians were killed in air strikes on the town.", 30),
    ("Reports of heavy fighting in the north as rebels attack the town.", None),
    # a toll counted in the content is news of its own
    ("Footage showing the moment a car bomb exploded outside the embassy, killing five, was shared online.", 5),
    # people the record shows being killed, told by a verb: it may be how the killing is first known
    ("A militant group releases a video showing a kidnapped aid worker being beheaded.", None),
    ("A spokesman confirms that a video showing a captured reporter being killed is authentic.", None),
    # a report told beside the record
    ("Jets bombed a hospital in the province, killing 12, rights groups said in a report that details the raid.", 12),
])
def test_a_report_through_a_record_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
