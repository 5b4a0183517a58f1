"""A report, a finding or a proof of an act done before tells the act as its matter: the finding or the proof is
the news, not the act (issue 9). scope.told_in_a_finding reads a finding in the perfect or -ing form of its verb with
"that" ("has found that", "concluding that"; only the present reads as one without it: "found" alone is also a
discovery, and the simple past, "inspectors concluded that chlorine was used", reads as the act's report), whose subject may run to seven words before the act; and a use of weapons as the object of a
word of proof or confirmation ("confirms the use of", "evidence indicates the use of", "reports continued use
of"). A monitor or a source telling an act with its day or its toll tells news of the act and still alerts, as
does a discovery. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# a finding in a perfect or -ing form of its verb, with "that", and a long subject
@pytest.mark.parametrize("text", [
    "A rights group has found that border guards deliberately shot migrants crossing the river.",
    "The ombudsman published a report concluding that the militia used chemical weapons in the valley.",
    "The commission has concluded that the airliner from the capital to Ankara was shot down by a missile.",
    "The watchdog establishes and concludes that the interior minister’s special police units have used "
    "chemical weapons.",
])
def test_a_finding_in_any_form_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a source telling a fresh act with its toll and day: no finding verb
    ("A rights group says border guards shot dead 12 migrants crossing the river on Tuesday.", 12),
    # the simple past of a finding verb tells the act (test_wire_phrasings.py)
    ("Inspectors concluded that chlorine was used as a weapon in the town.", None),
    # "found" with no "that" is a discovery
    ("Police found the bodies of two men who were shot near the river.", None),
    # the monitor's usual report of a new act
    ("The monitor says airstrikes killed 12 people in the northern province on Tuesday.", 12),
])
def test_a_source_telling_a_fresh_act_alerts(rules, text, killed):
    _alert(rules, text, killed)


# a use of weapons established after the fact: the object of a word of proof or confirmation
@pytest.mark.parametrize("text", [
    "A newspaper reports continued use of chemical weapons by the army in the east.",
    "The envoy says evidence taken out of the country indicates the use of chemical weapons in the war.",
    "The foreign minister claims to hold documentation of the use of chemical weapons in the civil war.",
    "Inspectors confirm the use of chemical weapons in the siege of the old city.",
])
def test_a_use_of_weapons_established_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the same words with the day of the act
    ("A monitor reports the use of chemical weapons in the eastern town on Tuesday.", None),
    # ... or with its toll
    ("Inspectors confirm the use of chemical weapons in the eastern town, killing 12 people.", 12),
    ("A monitor reports the use of chemical weapons in an attack on the town that killed 30 people.", 30),
    # a use told plainly, with no word of proof before it
    ("Government forces used chemical weapons in the eastern town, a monitor says.", None),
])
def test_a_use_of_weapons_told_as_news_alerts(rules, text, killed):
    _alert(rules, text, killed)
