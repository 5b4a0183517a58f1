"""Edges of the rules on later stages of a case (issue 9): a stage told with "being" ("after being convicted
of"), a stage told in apposition after a comma ("Smith, found guilty of the murders, is sentenced"), and a
connected act whose place is named in full, commas and all. Each quiet case stands beside a violent twin in the
same words: an act told for itself (a main verb after the apposition closes, a clause after "as" or a
semicolon, an act of the clause's own) still alerts. An arrest may come within the hour: "is arrested and
charged with murder after stabbing two women" stays news. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    # the stage after "being": the act, told with its toll in a relative clause, is what the conviction was for
    "A farmer is given a life sentence after being convicted of murder and attempted murder over a shooting that "
    "broke out at a fair in Tulsa, which killed one man and wounded eight others.",
    # the stage in apposition
    "The farmer, found guilty of the home invasion murders of two neighbours, is sentenced to life.",
    # a stage after a comma with its auxiliary is no apposition: the act told after a comma stays the case's
    "A farmer, 54, is sentenced to death for a March 3 attack on a fair, wounding three visitors.",
])
def test_a_stage_told_in_other_forms_is_the_news(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a clause of its own after the stage
    ("A farmer is given a life sentence after being convicted of murder and attempted murder over a shooting that "
     "broke out at a fair in Tulsa; inmates then riot and kill two guards.", 2),
    # an arrest, even with a charge, may come within the hour of the act
    ("A 16-year-old is arrested and charged with first-degree murder after stabbing two shoppers, one of them "
     "fatally, at a mall in Ottawa.", None),
    # a clause of its own after the case's act
    ("A farmer, 54, is sentenced to death for a March 3 attack on a fair, wounding three visitors, as gunmen kill "
     "two guards outside the court.", 2),
    # the apposition has closed: the main clause's own act
    ("The farmer, found guilty of the home invasion murders of two neighbours, is stabbed to death by an inmate.", 1),
    ("The farmer, found guilty of the home invasion murders of two neighbours, shot dead a guard in prison.", 1),
    # an arrest with no later stage leaves the act news: a relative clause of today
    ("Police arrest a gunman who killed three people on Sunday.", 3),
])
def test_an_act_told_for_itself_beside_a_stage_alerts(rules, text, killed):
    _alert(rules, text, killed=killed)


@pytest.mark.parametrize("text", [
    "A 15-year-old boy is arrested in connection with the March 3 Cedar Falls, Iowa, United States, stabbing of his cousin.",
    "Police detain three men in connection with the May 2 Leeds, England, car bombing.",
])
def test_a_connected_act_named_with_its_place_in_full_is_the_matter(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the place's commas end no clause, but a clause word still does
    ("A man is arrested in connection with the Tuesday robbery in Dayton, Ohio, United States, as gunmen shoot dead "
     "two guards.", 2),
    ("A man is held in connection with the robbery in Dayton, Ohio, where gunmen shot dead two guards on Friday.", 2),
])
def test_an_act_after_the_connected_place_alerts(rules, text, killed):
    _alert(rules, text, killed=killed)
