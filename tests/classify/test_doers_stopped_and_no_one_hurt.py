"""Who the dead are where forces stop an attack, and harm told of no one (issue 9). Each counted case stands beside a
twin of the same words that must keep its own count. The sentences are written for these tests, not taken from any
set.

1. A clause of time with its own subject and verb after an object list ("wounding a guard and four civilians before
   police shot ...") ends the list: its last figure is the wounding's, never the subject of the casualty word in that
   clause.
2. The forces that stop an act shoot its doers: the people a pronoun names there ("before police shot both of them
   dead", "before special forces shot him dead") are the doers told before, reported apart; a victim named by his
   noun ("police shot a bystander dead") is a death of its own.
3. A passive joined by "and" to an act on one person named by "a" ("stabbed a guard at a checkpoint on Monday and was
   shot dead by troops") is the doer's own end however long the act's place and time, as with a counted object; a
   heading's "assailant shot dead" is such a passive, its auxiliary dropped.
4. A harm whose object is no one ("exploded, shattering windows but hurting no one", "injuring nobody") tells that the
   act before it hurt no one: killed 0 and injured 0, and no casualty; a harm with people as its object counts them.
   Arms a launch verb sends are such an act ("fire a missile at a tanker, hurting no one").
"""

from __future__ import annotations

import pytest


def _counts(rules, title: str, summary: str = "") -> tuple[int | None, int | None]:
    event = rules.classify(title, summary)
    assert {"strike", "attack"} & set(event.types), (title, summary, event.types)
    return event.killed, event.injured


@pytest.mark.parametrize(("text", "counts"), [
    ("Two gunmen opened fire at the gate of a courthouse, wounding a guard and four civilians before police shot "
     "both of them dead.", (0, 5)),
    ("Two men with knives attacked a checkpoint, injuring an officer and two passers-by before troops shot them dead.",
     (0, 3)),
    ("A man stabbed three guards at a prison before special forces shot him dead.", (0, 3)),
])
def test_the_doers_the_forces_shot_are_apart(rules, text, counts):
    assert _counts(rules, text) == counts


@pytest.mark.parametrize(("text", "counts"), [
    ("Two gunmen opened fire at the gate of a courthouse, wounding a guard and four civilians before police shot "
     "a bystander dead.", (1, 5)),
    ("Two gunmen opened fire at the gate of a courthouse, wounding a guard and killing four civilians.", (4, 1)),
])
def test_a_victim_named_by_his_noun_is_a_death_of_its_own(rules, text, counts):
    assert _counts(rules, text) == counts


@pytest.mark.parametrize(("title", "summary", "counts"), [
    ("", "A man stabbed a guard at the gate of the court on Monday and was shot dead by police.", (0, 1)),
    ("", "An assailant stabbed a soldier, 19, at a junction south of the city on Friday morning and was shot dead "
         "by troops, the army said.", (0, 1)),
    ("Guard wounded in stabbing at checkpoint; assailant shot dead", "", (0, 1)),
])
def test_the_doer_of_an_act_on_one_is_apart(rules, title, summary, counts):
    assert _counts(rules, title, summary) == counts


@pytest.mark.parametrize(("title", "summary"), [
    ("", "A man stabbed a guard at the gate of the court on Monday, and another man was shot dead."),
    ("Guard wounded in stabbing at checkpoint; teenager shot dead", ""),
])
def test_a_death_with_its_own_subject_counts(rules, title, summary):
    assert _counts(rules, title, summary)[0] == 1


@pytest.mark.parametrize("text", [
    "A grenade was thrown at the gate of a police station overnight and exploded, shattering windows but hurting no one.",
    "A bomb planted under a car exploded outside the court, injuring nobody, police said.",
    "Rebels fire an anti-ship missile at a tanker off the coast; damaging its hull but hurting no one.",
])
def test_a_harm_of_no_one_counts_none(rules, text):
    event = rules.classify(text)
    assert "attack" in event.types and "casualty" not in event.types, (text, event.types)
    assert (event.killed, event.injured) == (0, 0), (text, event.killed, event.injured)


@pytest.mark.parametrize(("text", "counts"), [
    ("A grenade was thrown at the gate of a police station overnight and exploded, shattering windows and hurting "
     "two officers.", (0, 2)),
    ("A bomb planted under a car exploded outside the court, injuring three passers-by, police said.", (0, 3)),
    ("Rebels fire an anti-ship missile at a tanker off the coast; damaging its hull and hurting two sailors.", (0, 2)),
])
def test_a_harm_of_people_counts_them(rules, text, counts):
    event = rules.classify(text)
    assert "casualty" in event.types, (text, event.types)
    assert (event.killed, event.injured) == counts, (text, event.killed, event.injured)
