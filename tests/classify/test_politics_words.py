"""Words of violence in other senses, and acts told as a case's cause (issue 9): bells that toll ring for
the dead and count none; an assassination of a character or a reputation is a smear; "the May attack"
names a month, not a modal threat; a charge confirmed or a conviction upheld is a later stage of a case,
whose matter, told in a relative clause, was known before. Beside each, the same words telling a real
toll, a real assassination, a modal threat or an act done now still alert. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# "toll" as the verb of a bell: no death toll (and the named event's toll in its relative clause stays history)
@pytest.mark.parametrize("text", [
    "Church bells toll across the old town as the city marks ten years since the 2016 harbour bombing, "
    "which killed 86 people.",
    "Bells toll across the city as it marks a year since the bombing of the railway station, which killed 40 people.",
    "Church bells toll at noon as the town remembers the 2012 ambush on a wedding convoy, in which 23 guests were "
    "killed.",
    "The cathedral will toll its bells 31 times, once for each of the miners who died in the 1986 pit disaster.",
    "Bells across the capital solemnly toll as the nation marks the anniversary of the 2004 school siege, "
    "in which 334 hostages were killed.",
])
def test_bells_that_toll_count_no_dead(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a toll as a noun, even beside bells, stays a toll
    ("A car bomb kills 14 people outside a market, and bells ring out as the toll rises through the night.", 14),
    ("Bells rang across the town as the death toll from Tuesday's bombing of the bus station rose to 30.", 30),
    ("Gunmen shot dead eight worshippers at a church on Sunday; the toll may rise, police said.", 8),
])
def test_a_toll_beside_bells_still_counts(rules, text, killed):
    _alert(rules, text, killed)


# an assassination of a character, a reputation or a good name is a figure of speech
@pytest.mark.parametrize("text", [
    'A mayoral candidate calls the leak of his emails "a brutal assassination of my character" and plans to sue.',
    "The minister denounces what she calls a character assassination campaign by two tabloid papers.",
    "Critics say the committee's report amounts to the assassination of his reputation.",
    "The senator accuses rivals of character assassination after an anonymous dossier is published.",
])
def test_a_character_assassinated_is_a_smear(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Gunmen assassinate a mayoral candidate outside his campaign office in the north of the country.",
    "A journalist known for her character sketches of politicians is assassinated by gunmen outside her office.",
    "The assassination of the opposition leader by two gunmen outside his home sparks protests in the capital.",
])
def test_an_assassination_of_a_person_still_alerts(rules, text):
    _alert(rules, text)


# "May" after a determiner or a preposition of time is the month, not the modal
@pytest.mark.parametrize("text", [
    "Officials say after the May attack on the port that the border crossing will stay closed.",
    "Ministers meet the families of the soldiers wounded in a May ambush near the border.",
    "The inquiry into the mid-May raid on the refugee camp publishes its findings.",
])
def test_the_month_may_is_no_threat(rules, text):
    event = rules.classify(text)
    assert "threat" not in event.types, (text, event.types, event.evidence)


@pytest.mark.parametrize("text", [
    # a month possessive names the month's event, known before
    "The opposition demands the interior minister resign over failures before April's bombing of the cathedral.",
    "A parliamentary committee questions the defence minister about his role in May's naval raid on the aid convoy.",
])
def test_a_months_event_in_the_possessive_is_no_report(rules, text):
    _quiet(rules, text)


def test_the_may_attack_told_with_its_toll_is_no_threat(rules):
    event = rules.classify("The May rocket attack on the market killed 12 people, the report says.")
    assert "threat" not in event.types, (event.types, event.evidence)


@pytest.mark.parametrize("text", [
    "Militants may attack the base before the election, officials warn.",
    "Insurgents May Attack Border Posts, Army Warns",
    "Police say gunmen may attack polling stations in mid-May.",
])
def test_the_modal_may_stays_a_threat(rules, text):
    event = rules.classify(text)
    assert "threat" in event.types, (text, event.types, event.evidence)


# a charge confirmed, a conviction upheld: a later stage of a case, whose matter the relative clause tells
@pytest.mark.parametrize("text", [
    "Judges at an international tribunal confirm charges of war crimes against a former army chief over a "
    "counterinsurgency campaign, during which soldiers killed hundreds of villagers.",
    "An appeals court upholds the conviction of a militia leader over the siege of the town, in which his "
    "fighters killed 40 civilians.",
    "An appeals court upholds the sentence of a former police chief over a crackdown in which officers shot dead "
    "60 protesters.",
])
def test_a_charge_confirmed_tells_its_matter_as_known(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a clause of its own after the case tells news
    ("Judges confirm charges against a rebel commander, as his fighters killed 20 villagers in an attack on "
     "Monday.", 20),
    ("Prosecutors file charges against the gunman; separately, a car bomb killed 14 people at a checkpoint on "
     "Tuesday.", 14),
    # "confirms" of a report, not of a charge
    ("The army confirms its soldiers killed 12 militants in a raid on a hideout on Sunday.", 12),
])
def test_an_act_beside_a_confirmed_charge_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
