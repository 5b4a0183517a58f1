"""A heading that opens with a bare "Deaths", a list's label ("Deaths in 2025"), over a summary that tells a life's end
with the age it came at (docs/taxonomy.md, Counts: a death told with its age is an obituary) names that death among a
period's, as "Death of ..." names one: no toll, and whatever war the life saw is no cause of it. A summary that tells
a cause of the death, or a death with no age, keeps its reading. The sentences are written for these tests, not taken
from any labelled set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS


@pytest.mark.parametrize(("title", "summary"), [
    ("Deaths in 2025", "A retired general of the army who led brigades during the civil war dies in the capital aged 91."),
    ("Deaths in March 2024", "Ana Ruiz, a former commander of the air force, dies at her home at the age of 88."),
    ("Deaths", "A former army colonel who fought in the border war dies in hospital aged 79."),
])
def test_a_deaths_list_heading_over_a_lifes_end_is_an_obituary(rules, title, summary):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, event.types, event.evidence)


@pytest.mark.parametrize(("title", "summary", "killed"), [
    # a cause told
    ("Deaths in 2025", "A retired general of the army who led brigades during the civil war is shot dead in the capital aged 91.", None),
    ("Deaths in March 2024", "Ana Ruiz, a former commander of the air force, is killed by a car bomb at her home at the age of 88.", None),
    # no age told: a soldier's death, read as before
    ("Deaths in 2025", "A former general of the army dies in the capital.", None),
])
def test_a_death_with_a_cause_or_no_age_keeps_its_reading(rules, title, summary, killed):
    event = rules.classify(title, summary)
    assert ALARMS & set(event.types), (title, event.types)
    if killed is not None:
        assert event.killed == killed, (title, event.killed)
