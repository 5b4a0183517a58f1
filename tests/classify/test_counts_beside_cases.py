"""Counts of new violence told beside a case (issue 9): an attack on a court, a witness shot, a shooting at a hearing,
with an older case's toll, its people and its year in the same sentence. Each counted case stands beside a twin that
differs by the principle and must keep its count or its quiet. The sentences are written for these tests, not taken
from any set.

1. The attackers killed are reported apart from the toll (docs/taxonomy.md, Counts) across a title and its summary too:
   a title that counts only the gunmen police killed gives way to the victims its summary counts.
2. A figure after the noun of an act on people and "of" ("the killing of four farmers") counts that act's people: the
   object of a preposition, never the subject of the verb after it.
3. A singular passive ("was shot dead") whose subject opens its sentence with "a" is one person, however long the
   phrase that describes him (with no clause of its own in it); "along with his driver" is one more.
4. A participle after the comma that closes a dated act's relative clause which told its own toll ("a 2019 dispute
   that left three people dead, killing a lawyer") tells the main clause's act, dated by a recent day.
5. A passive whose subject opens the sentence with a case in its description ("a man due to testify at a murder trial
   was shot dead") tells that subject's harm as news, not the case's matter; what a court hears stays the case's.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


def _counts(rules, title: str, summary: str = "") -> tuple[int | None, int | None]:
    event = rules.classify(title, summary)
    assert {"strike", "attack"} & set(event.types), (title, event.types)
    return event.killed, event.injured


@pytest.mark.parametrize(("title", "summary", "killed", "injured"), [
    ("Police kill three gunmen who stormed a courthouse",
     "Police shot dead three gunmen who attacked a courthouse in the capital on Monday, the ministry said, adding that "
     "one guard was killed and four were wounded in the attack.", 1, 4),
    # (twins: the victims counted in the title stand; with no victim dead, the attackers alone dead are none)
    ("Gunmen kill three guards at courthouse",
     "Gunmen killed three guards at a courthouse on Monday before police shot dead two of the attackers, the ministry "
     "said.", 3, None),
    ("Police kill three gunmen who stormed a courthouse",
     "Police shot dead three gunmen who attacked a courthouse in the capital on Monday; four guards were wounded.", 0, 4),
])
def test_attackers_a_title_counts_are_apart_from_the_summarys_victims(rules, title, summary, killed, injured):
    assert _counts(rules, title, summary) == (killed, injured)


@pytest.mark.parametrize(("text", "killed"), [
    ("A witness in the trial over the killing of four farmers was shot dead on Monday", 1),
    ("A lawyer for the families in the case over the murders of two journalists was shot dead on Friday", 1),
    # (twins: the figure that is the subject counts; a group of people before "of" too)
    ("Four farmers were shot dead on Monday", 4),
    ("Four members of one family were shot dead on Monday", 4),
])
def test_a_figure_after_an_acts_of_counts_that_act(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize(("text", "killed"), [
    ("A judge handling corruption cases in the northern province was shot dead outside his home on Friday", 1),
    ("A magistrate hearing gang cases was shot dead along with his driver on Monday", 2),
    # (twins: a figure after "along with" adds its people)
    ("A magistrate hearing gang cases was shot dead along with two bodyguards on Monday", 3),
])
def test_a_long_described_singular_subject_is_one_person(rules, text, killed):
    _alert(rules, text, killed)


def test_a_subject_with_a_clause_of_its_own_is_no_described_person(rules):
    # (the attacker's own end, reported apart: his victims are the hurt)
    assert _counts(rules, "A man stabbed two passengers on a train on Friday and was shot dead by police") == (0, 2)


def test_a_participle_after_a_dated_acts_told_toll_is_the_main_acts(rules):
    text = ("A man opened fire in a courtroom on Tuesday during a hearing over a 2019 dispute that left three people "
            "dead, killing a lawyer and wounding a guard")
    assert _counts(rules, text) == (1, 1)


def test_a_participle_after_a_dated_acts_toll_with_no_new_act_stays_the_cases(rules):
    _quiet(rules, "He was sentenced over a 2019 feud that left three people dead, wounding two more")


def test_a_passive_whose_subject_holds_a_case_is_news(rules):
    _alert(rules, "A man due to testify at a murder trial in the capital was shot dead on Sunday", 1)


@pytest.mark.parametrize("text", [
    "The trial heard a man was shot dead by his brother in 2019",
    "The court heard the man was shot dead by his brother",
])
def test_what_a_case_hears_stays_the_cases(rules, text):
    _quiet(rules, text)
