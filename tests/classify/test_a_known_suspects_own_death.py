"""A known suspect's own death told by a bare death word after the apposition that names him the suspect in a case
("X, the suspect in the mass shooting at the mall, dies") is news of the case: the act the apposition names is the
case's matter, known before, and no cause of his death, so no new act (issue 9). Its twins keep their alarm: the
suspect's death told with its own violent cause, and a victim of the act who dies of it. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "John Carver, the suspect in the mass shooting at the Eastgate mall, dies.",
    "Mark Olsen, the main suspect in the bombing of the bus station, dies in prison.",
])
def test_a_known_suspects_bare_death_is_news_of_the_case(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    # his death told with its own cause: a new act
    "John Carver, the suspect in the mass shooting at the Eastgate mall, is shot dead by police.",
    # a victim of the act dies of it
    "John Carver, the victim of the mass shooting at the Eastgate mall, dies.",
])
def test_a_death_with_its_own_cause_or_a_victims_still_alerts(rules, text):
    _alert(rules, text)
