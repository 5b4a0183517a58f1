"""Two kinds of statement made after acts, on the withheld shapes of international news (issue 9):
- a rights group's or a UN body's report of a side's conduct in a war (scope.told_in_a_monitors_report);
- a side's admission of an act (scope.admits_an_act).
Both tell acts known before; the report or the admission is the news. Where the same statement counts a toll of
its own or dates the act by a near day, it may be the act's first report, and it still alerts. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# a monitor's report of conduct, with no toll and no near day
@pytest.mark.parametrize("text", [
    "Human Rights Watch says the army has used cluster munitions in farming villages during its offensive in the "
    "north.",
    "UN investigators say government forces continue to bomb clinics and massacre villagers in rebel-held "
    "provinces.",
    "Human Rights Watch says rebel fighters have attacked aid convoys and abducted relief workers in the south.",
    "A report from Refugees International blames the coalition's air strikes and night raids for the flight of "
    "thousands from the valley.",
    "The UN Office for the Coordination of Humanitarian Affairs reports that intensified air strikes have forced "
    "aid agencies to halt deliveries in the east.",
])
def test_a_monitors_report_of_conduct_is_no_report_of_an_act(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the same monitors counting a toll of their own
    ("Human Rights Watch says the army killed 35 villagers in raids on farming villages in the north.", 35),
    ("Amnesty International says soldiers shot dead a teenager at a checkpoint outside the port.", 1),
    ("UNICEF says dozens of children were killed when shells hit a school in the east.", None),
    # or dating the act by a near day or a day of a month
    ("UN investigators say government jets bombed a clinic in the rebel-held province on Tuesday.", None),
    ("UN investigators say government jets bombed a clinic in the rebel-held province on 3 May.", None),
    # or telling one act, named with "a" or a count or done to a target so named
    ("The UN refugee agency UNHCR says gunmen attacked a refugee camp in the west.", None),
    ("OCHA says air strikes hit two hospitals in the northern province.", None),
    ("UNICEF says a school in the east was shelled, the third this month.", None),
    # a monitor that is no teller of its sentence: an act told in a clause of its own
    ("Rebels shelled a camp run by the UN refugee agency UNHCR, killing four people.", 4),
])
def test_a_monitors_toll_or_near_day_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# a side's admission of an act, with no toll and no near day
@pytest.mark.parametrize("text", [
    "The army acknowledges that its raids on militant camps in the hills may have killed civilians.",
    "The president admits that a bomb planted by militants destroyed the airliner over the desert.",
    "The defence ministry acknowledges its part in the air raid on the desert garrison and offers its condolences.",
    "The commander admits his unit shelled the village by mistake during the offensive.",
    "The interior minister acknowledges that militants carried out the bombing of the pipeline.",
])
def test_an_admission_of_an_act_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # an admission that counts a toll
    ("The army admits its jets killed 18 civilians in a strike on a wedding party.", 18),
    ("The ministry acknowledges that its warplanes may have hit an allied position, killing more than 40 troops.",
     40),
    # or dates the act by a near day
    ("The army admits soldiers opened fire on protesters in the capital on Friday.", None),
    # "admitted to" is a plea or a patient, no admission of an act told after it
    ("Gunmen stormed the clinic on Sunday and two wounded guards were admitted to hospital; three nurses were "
     "killed.", 3),
])
def test_an_admission_with_a_toll_or_a_near_day_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# an act in the question an inquiry asks (scope.under_inquiry): whether it happened, or the charge that it did
@pytest.mark.parametrize("text", [
    "The army says it is investigating whether its soldiers killed two farmers during a night raid in the valley.",
    "Military police are investigating allegations that a sergeant shot a wounded prisoner at the camp.",
    "Federal agents probe for evidence that the engineering student took part in the hotel bombings.",
    "The ministry is looking into reports that militiamen abducted aid workers near the border.",
])
def test_an_act_under_inquiry_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a charge under inquiry that dates its act by a near day
    ("The army is investigating reports that troops killed ten villagers on Sunday.", 10),
    # an act the sentence tells before its inquiry
    ("Gunmen killed four guards at the mine, and police are investigating whether a rival gang was behind it.", 4),
    # an inquiry's participle that describes people of the main clause, whose verb comes after the question
    ("Detectives investigating whether the fire was arson were shot at by gunmen.", None),
])
def test_an_act_beside_an_inquiry_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
