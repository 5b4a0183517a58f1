"""Recall gaps closed by principle: acts told beside a charge, "executed" with people as its object,
lives claimed, and weapons that crash into their target. Each principle is shown on sentences written
for the purpose, the quiet ones beside violent ones of the same shape."""

from __future__ import annotations

import pytest

from bot.classify import Classifier
from tests.classify.verdicts import assert_alerts, assert_quiet


# A legal frame covers the act of its own clause ("charged with murder"), not a later act told with a
# verb of its own after a charge named by a bare noun.
@pytest.mark.parametrize(("text", "killed"), [
    ("A man charged with bank fraud shot dead three security guards outside the courthouse", 3),
    ("A prisoner convicted of burglary killed two fellow inmates in a fight over a cell", 2),
    ("A man suspected of arson was shot dead by police at a roadblock", 1),
    ("A youth wanted for car theft stabbed two officers during his arrest", None),
])
def test_an_act_told_after_a_charge_is_asserted(rules: Classifier, text: str, killed: int | None) -> None:
    assert_alerts(rules, text, killed)


@pytest.mark.parametrize("text", [
    "A man charged with murder appeared before magistrates on Tuesday",
    "A man charged with first-degree murder was denied bail",
    "A woman accused of fraud and murder pleaded not guilty",
    "Two men accused of involvement in the bombing were remanded in custody",
    "Three men charged with plotting to kill a judge appeared in court",
    "A man convicted of having shot two guards was sentenced to life",
])
def test_the_charge_itself_stays_in_the_case(rules: Classifier, text: str) -> None:
    assert_quiet(rules, text)
