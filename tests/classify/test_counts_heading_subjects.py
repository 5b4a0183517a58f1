"""A heading drops the article and the auxiliary of a passive: its subject opening it with a person's noun in the
singular, however long his description ("Key witness in gang murder trial shot dead outside court"), is one person,
as "A witness ... was shot dead" is; each case stands beside a twin that differs by the principle and must still count
as it does. The sentences are written for these tests, not taken from any set.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts


@pytest.mark.parametrize(("title", "summary", "killed"), [
    ("Key witness in drug trafficking trial shot dead in Durban",
     "The man, due to give evidence next month against a cartel boss, was gunned down by two attackers outside his home "
     "on Sunday, police said.", 1),
    ("Defendant in fraud case shot dead outside courthouse",
     "The businessman was hit several times by a gunman who fled on foot, police said.", 1),
    ("Ex-sergeant stabbed to death in prison yard",
     "The former soldier was attacked by another inmate during exercise on Tuesday and died before reaching hospital.", 1),
    ("Prosecutor investigating cartel killed in car bomb in Sinaloa", "", 1),
    # twins: the sentence's own article and auxiliary tell the same one; a figure or a plural counts as it says
    ("", "A key witness in a drug trafficking trial was shot dead in Durban on Sunday, police said.", 1),
    ("Two guards at drug trafficking trial shot dead in Durban", "", 2),
])
def test_a_headings_singular_subject_is_one_person(rules, title, summary, killed):
    event = rules.classify(title, summary)
    assert {"strike", "attack"} & set(event.types), (title, event.types)
    assert event.killed == killed, (title, event.killed)


@pytest.mark.parametrize("title", [
    # twin: an object after the participle is the act's people, counted by it
    "Gunman shot dead two guards at drug trafficking trial in Durban",
])
def test_an_object_after_the_participle_is_counted_by_it(rules, title):
    assert_alerts(rules, title, killed=2)
