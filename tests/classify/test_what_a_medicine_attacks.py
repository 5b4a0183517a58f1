"""What a medicine attacks or kills, the medicine the subject of the act's verb (a drug, a therapy, a vaccine, an
antibiotic, after an article or opening a relative clause of "that" or "which"), is a disease or its cause, no
person, whatever the thing attacked is called (docs/taxonomy.md, attack: "what a drug, germs or cells attack or
kill"). Each quiet case stands beside a violent twin whose subject is no medicine, or whose act has a doer of its
own, and must still alert. (Sentences written for these tests, none copied from a data set.)"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "Regulators approve Zentrix, an arthritis drug that attacks inflamed tissue in the joints.",
    "A phage therapy that attacks and kills drug-resistant Pseudomonas saves a patient in Brussels.",
    "The new antiviral attacks the liver's hepatitis reservoir, a trial finds.",
    "An experimental vaccine that attacks nerve plaques slows memory loss in a small study.",
    "A drug that attacks scar tissue in the heart wins approval in Europe.",
    "Doctors say the therapy attacks leukaemia in the bone marrow of children.",
    "The antibiotic kills a hospital strain of Serratia marcescens in a trial in Lyon",
])
def test_what_a_medicine_attacks_or_kills_is_no_one(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a gang named by the trade it runs is no medicine: the subject's head is the gang
    ("A drug gang attacks a police post in Culiacan, killing three officers", 3),
    # a medicine after a preposition is no subject: the war on drugs is fought by people
    ("The war on drugs kills 40 people in a week as gunmen attack two villages", None),
    # a cartel that trades in drugs is the subject, not the drugs it trades
    ("A cartel that smuggles drugs attacks a village, killing five farmers", 5),
    # the medicine is what the gunmen's target carried: the act has its own doer
    ("Gunmen attack a vaccine team in Karachi, killing two health workers", 2),
])
def test_an_act_whose_subject_is_no_medicine_still_alerts(rules, text, killed):
    _alert(rules, text, killed=killed)
