"""Assaults with arms held in the hand or thrown (issue 9): people attacked, pelted or hit with petrol bombs,
Molotov cocktails, stones, bricks, acid, knives, machetes, axes, bats or clubs, or who have such things thrown at
them, are assaulted with a weapon, and the people hurt by it are casualties of violence. A riot or a protest
names no arms, and fireworks or bats are no mishap or animal there: where the crowd's missiles hurt people, or
the assault's own verb tells it, the item alerts. Quiet: a protest where no one attacks or is hurt, police
firing tear gas, arrests alone, a plan attacked in words, things pelted with no one hurt and no assault told,
and rocks that fall by themselves. Each quiet case stands beside a violent twin in nearly the same words. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from bot.classify import Classifier
from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    # a protest, tear gas and arrests, with no one attacking or hurt
    "Hundreds of protesters marched through the old town on Friday night. Four men were arrested.",
    "Police fired tear gas at protesters outside the parliament in the capital.",
    "Riot police were deployed overnight in the north of the city; six people were arrested.",
    # a plan attacked in words
    "The opposition leader attacked the housing plan in parliament on Wednesday.",
    # a convoy pelted, no one hurt and no assault told
    "The mayor's car was pelted with stones as he left the town hall.",
    # rocks that fall by themselves
    "A hiker was hit by falling rocks on a mountain path and taken to hospital.",
])
def test_protests_words_and_falling_rocks_are_quiet(rules: Classifier, text: str) -> None:
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    # the twins: the crowd's missiles hurt people, or the assault is told by its verb
    "Hundreds of rioters attacked police with petrol bombs in the old town on Friday night. Four men were arrested.",
    "Nine officers were injured after they were attacked with petrol bombs, bricks and fireworks during a night of "
    "rioting in the north of the city. Six people were arrested.",
    "Protesters threw Molotov cocktails at police outside the parliament, injuring three officers.",
    "Rioters hurled bricks at officers in the north of the city; six officers were hurt.",
    "The mayor was pelted with stones as he left the town hall, leaving him injured.",
    "An officer was injured after being struck in the head by a brick during unrest in the port.",
    "Police officers were injured by stones thrown by demonstrators during rioting in the capital.",
    # arms held in the hand, with or without a crowd
    "A man attacked his neighbour with an axe in a village in the south.",
    "Masked men attacked worshippers with machetes and clubs as they left a shrine.",
    "Two students were attacked with acid outside their school.",
    "A gang set upon a shopkeeper with baseball bats, leaving him in hospital.",
])
def test_assaults_with_objects_alert(rules: Classifier, text: str) -> None:
    _alert(rules, text)


def test_officers_injured_in_the_attack_are_counted(rules: Classifier) -> None:
    event = rules.classify("Nine police officers were injured after they were attacked with petrol bombs, bricks "
                           "and fireworks during a night of rioting. Six men were arrested.")
    assert {"attack", "casualty"} <= set(event.types), event.types
    assert event.injured == 9, event.injured


def test_a_blow_with_a_brick_is_an_assault_not_a_strike(rules: Classifier) -> None:
    event = rules.classify("An officer was injured after being struck in the head by a brick.")
    assert "attack" in event.types and "strike" not in event.types, event.types
