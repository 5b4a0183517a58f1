"""What follows an act of violence told before: an arrest or a charge in relation to it, a charge that names
it, a suspect of it, a doer it is laid on with a hedge. The act is the case's matter, known before, and
the case is the news (issue 9). The act told in a clause of its own beside the case, an act told after an
arrest ("arrested after he shot"), and an act of the suspect himself still alert. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# an arrest or a charge in relation to an act, and the act's toll in a relative clause after its place and day
@pytest.mark.parametrize("text", [
    "Police arrest three men in relation to the stabbing of a shopkeeper in the old town.",
    "A teenager is arrested in connection to the stabbing of a taxi driver.",
    "Prosecutors charge two brothers relating to the arson attack on a mosque.",
    "A man is arrested in connection with a shooting in Denver, Colorado, U.S., on June 4 that injured six people.",
    "Police detain a man in relation to a shooting outside a bar, which wounded four people.",
])
def test_an_act_an_arrest_is_in_relation_to_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # an arrest after the act may come within the hour: the act stays news
    ("Police arrest three men after they stabbed a shopkeeper to death in the old town.", 1),
    ("A gunman opened fire in Denver, Colorado, U.S., on June 4, injuring six people before police arrested him.",
     None),
    # an act in a clause of its own beside the arrest
    ("Police arrest two men in relation to the stabbing as gunmen kill three guards at a checkpoint.", 3),
])
def test_an_act_beside_or_before_an_arrest_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# the charge named in the case's own phrase: the act inside it is what the case is about
@pytest.mark.parametrize("text", [
    "A provincial court charges 14 villagers with murder over a land dispute.",
    "Prosecutors charge the former mayor, a retired colonel, with incitement to kill journalists.",
    "A jury finds the businessman, the former owner of a shipping firm, guilty of murder.",
    "A court convicts the preacher (also known as the Sheikh of the Hills) of two counts of murder.",
    "A pop singer surrenders to police to face assault charges.",
    "The opposition leader is freed on bail on charges of conspiracy to murder.",
    "Prosecutors drop the charge against the drummer of attempting to procure a murder.",
    "An appeals court dismisses charges against a former rebel commander, a man accused of the torture, rape and "
    "murder of villagers.",
])
def test_an_act_named_as_a_charge_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a charge "at" people is a rush on them, and the act told after it is news
    ("Police charged at the crowd, killing two with assault rifles.", 2),
    # an act in a clause of its own beside the charge
    ("The court charges 14 villagers with murder as gunmen kill three police officers outside the courthouse.", 3),
    # a case word as a noun before the act's verb
    ("Four convicts killed as shells hit the jail.", 4),
])
def test_an_act_beside_a_charge_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# the suspect of an act, involvement in it, and an act laid on a doer with a hedge
@pytest.mark.parametrize("text", [
    "The suspect of a mass shooting that killed nine at a nightclub makes his first court appearance.",
    "A man is arrested in the port city for involvement in a string of murders.",
    "Separatist rebels are believed to be responsible for both attacks.",
    "The militia is suspected to be behind the bombings of two police stations.",
])
def test_an_act_a_suspect_is_known_by_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the act told in its own clause, and the attribution after it
    ("A car bomb killed 12 people at a market in the capital; militants are believed to be behind the attack.", 12),
    # the suspect's own act, after a charge told as a bare noun
    ("The suspect of a fraud shot dead two police officers during a raid on his hideout.", 2),
    ("A man wanted for involvement in a robbery shot dead two police officers.", 2),
])
def test_an_act_beside_a_suspect_or_an_attribution_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
