"""Ordinary news in war words that tells no new act (issue 9): a campaign's heading over a summary whose
forces are only the dead or what people are, acts named as the source of lessons, air-raid sirens and
alerts, a warning in a participle, fighting told as a span a place has seen, an act listed after a past
one, and the matter of a hearing past the place where it sits. Each beside a twin that differs by the
principle and still alerts. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS
from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize(("title", "summary"), [
    ("Battle of the Somme", "A visitor centre opens near Thiepval with a hall on the 1916 battle in which British and "
                            "French soldiers died in their thousands."),
    ("Russian invasion of Ukraine", "The remains of 200 people Kyiv believes to be Ukrainian soldiers are handed back "
                                    "in a swap brokered by Turkey."),
])
def test_a_campaign_heading_over_forces_named_as_the_dead_is_a_topic(rules, title, summary):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, event.types, event.evidence)


@pytest.mark.parametrize(("title", "summary"), [
    ("Battle of Bakhmut", "Russian soldiers advance into the eastern districts of the city, the army says."),
    ("War in Donbas", "Ukrainian soldiers were killed on Sunday when a shell hit their trench, the army says."),
])
def test_a_campaign_heading_over_forces_that_act_or_fall_still_alerts(rules, title, summary):
    event = rules.classify(title, summary)
    assert ALARMS & set(event.types), (title, event.types)


@pytest.mark.parametrize("text", [
    "The bill draws on lessons from the missile strikes on cities in the neighbouring country.",
    "Officers study lessons learned from drone attacks on fuel depots.",
    "Schools teach pupils what to do when air-raid sirens sound.",
    "The city tests its air raid alarms on Saturday and asks residents not to worry.",
    "The embassy raises its travel advice, warning of abductions and bomb attacks in the capital.",
    "Floods cut the road to the district, which has seen years of fighting between the army and separatists.",
    "The valley has seen decades of clashes between the army and rebels, but officials say the drought is the bigger "
    "danger now.",
    "Spain marks ten years since Juan Carlos Ortega's bombing of the finance ministry in Madrid and the shooting at "
    "the youth camp, which killed 41 people.",
    "An inquest in Derry into the deaths of three men shot by an army patrol in 1981 heard on Tuesday from an officer "
    "who said his unit had opened fire.",
])
def test_backdrops_lessons_alarms_and_hearings_are_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Missile strikes on cities in the neighbouring country killed four people overnight.", 4),
    ("Jets carried out an air raid on the port on Monday, officials said.", None),
    ("Militants carried out bomb attacks in the capital on Friday, the embassy says.", None),
    ("Floods cut the road to the district, where the army and separatists clashed on Sunday.", None),
    ("Spain marks ten years since Juan Carlos Ortega's bombing of the finance ministry in Madrid. On Sunday gunmen "
     "shot dead four people at the youth camp.", 4),
    ("An army patrol in Derry opened fire on a car on Tuesday, wounding three men.", None),
])
def test_the_acts_those_principles_leave_still_alert(rules, text, killed):
    _alert(rules, text, killed)
