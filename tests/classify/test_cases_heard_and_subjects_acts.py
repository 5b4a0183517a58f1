"""What a proceeding is told, and a case that only describes the one who acts (issue 9). Each quiet case stands beside
a twin of the same words that must still alert or count. The sentences are written for these tests, not taken from
any set.

1. What a jury, jurors, a court or an inquest is told or hears is the case's matter, known before: "a jury was told the
   victim was stabbed", and so with the proceeding named with its matter first ("the inquest into the death of a man
   was told he was stabbed"). An act done at or beside the proceeding is still news.
2. A case told in the description of a subject that opens the sentence ("an inmate jailed in 2016", "a prisoner serving
   25 years for killing three people in 2016") ends where that subject's own verb comes, a past form with its object
   after it: "stabbed two guards to death and wounded a third" is the news, with its counts (a year right before such a
   verb names no event either). The charge the case gives ("jailed for having stabbed two guards") and a victim
   described by her wounds ("the murder of a woman stabbed 20 times") stay the case's.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "A jury was told the victim was stabbed 20 times in the stairwell of his block.",
    "Jurors heard that the shopkeeper was shot twice during the robbery.",
    "The inquest into the death of a man in the harbour was told he was stabbed before he fell.",
    "The trial of a former guard heard he beat a prisoner to death in 2019.",
])
def test_what_a_proceeding_is_told_is_the_cases_matter(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A juror was stabbed outside the court on Monday, police said.", 0),
    ("A man was stabbed to death outside the court where a jury was told of the robbery on Monday.", 1),
    ("The inquest into the death of a man was adjourned after a witness was shot dead outside the building.", 1),
])
def test_an_act_at_the_proceeding_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("An inmate serving 25 years for killing three people in 2016 stabbed two guards to death and wounded a third "
     "at a prison camp on Monday.", 2, 1),
    ("A prisoner jailed in 2018 stabbed two wardens to death and wounded a third at the jail on Sunday.", 2, 1),
    ("A convict serving life for murder shot dead a guard and wounded a nurse at a prison hospital on Friday.", 1, 1),
])
def test_the_own_act_of_a_subject_a_case_describes_counts(rules, text, killed, injured):
    event = rules.classify(text)
    assert "attack" in event.types, (text, event.types)
    assert (event.killed, event.injured) == (killed, injured), (text, event.killed, event.injured)


@pytest.mark.parametrize("text", [
    "A man jailed in 2016 for having stabbed two guards was freed on Monday.",
    "A man serving a life sentence for the murder of a woman stabbed 20 times was freed on Monday.",
    "The inmate serving 25 years for killing three people in 2016 was moved to another prison on Monday.",
])
def test_the_charge_of_a_subjects_case_stays_quiet(rules, text):
    _quiet(rules, text)
