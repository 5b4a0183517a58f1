"""What follows a toll (issue 9): a role noun after "and" that is the subject of a verb of its own opens a new clause
and is no victim of the toll; one person named by role as the object of "wound" is one injured; an act with its own
verb and toll told on the anniversary of an earlier act is news, the remembrance alone history; "alleged" before the
doers says who they are said to be, and frames no act. Each quiet case stands beside a twin in the same words that
must alert, and each count beside the number traps near it (dates, ages, roles). The sentences are written for these
tests."""

from __future__ import annotations

import itertools

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet

# (the toll told by its verb, as a figure or a word, and the value it counts)
_TOLLS = [("kill 12", 12), ("kill five", 5), ("killed 23", 23), ("shot dead seven", 7)]
# (where the toll fell: nothing, a place, a date, a year; none of them counts anyone)
_PLACES = ["", " in a market", " on 14 March", " in the town on Sunday"]


# a role noun after "and" that is the subject of its own verb is no victim
@pytest.mark.parametrize(("toll", "place", "tail"), list(itertools.product(_TOLLS, _PLACES, [
    " and the mayor resigns", " and the governor imposes a curfew", " and the regional governor declared a curfew",
    " and the police chief resigned", " and the 61-year-old mayor flees the town", " and the army vows revenge",
    " and the president declares a day of mourning",
])))
def test_a_role_with_its_own_verb_after_a_toll_is_no_victim(rules, toll, place, tail):
    words, killed = toll
    _alert(rules, f"Gunmen {words} soldiers{place}{tail}.", killed)


# the same role with no verb of its own is one more victim, and so is a person named by role beside an age
@pytest.mark.parametrize(("toll", "place", "tail"), list(itertools.product(_TOLLS, _PLACES, [
    " and the mayor", " and the regional governor", " and a teacher named Omar", " and a guard stationed at the gate",
])))
def test_a_role_with_no_verb_of_its_own_after_a_toll_is_a_victim(rules, toll, place, tail):
    words, killed = toll
    # (the place is told before the role, so the role is the list's last item)
    _alert(rules, f"Gunmen {words} soldiers{place}{tail}.", killed + 1)


@pytest.mark.parametrize(("text", "killed"), [
    # a role described by a harm participle stays in the list ("and a policeman wounded in the raid")
    ("Gunmen kill 12 soldiers and a policeman in the raid on the base.", 13),
    # a possessive or a plural role after a role is no verb of its own
    ("Gunmen kill 12 villagers and the mayor's driver.", 13),
    ("Gunmen kill 12 villagers and the government forces in the area.", 13),
])
def test_roles_that_stay_in_the_list(rules, text, killed):
    _alert(rules, text, killed)


# one person named by role as the object of "wound" is one injured, as for "injure" and for killing
@pytest.mark.parametrize("verb", ["wound", "injure"])
@pytest.mark.parametrize(("obj", "injured"), [
    ("the mayor", 1), ("a local councillor", 1), ("the town's deputy mayor", 1), ("the mayor's driver", 1),
])
@pytest.mark.parametrize("place", ["", " on 3 June", " in the town square"])
def test_a_role_wounded_is_one_injured(rules, verb, obj, injured, place):
    text = f"Gunmen kill 12{place} and {verb} {obj}."
    _alert(rules, text, 12)
    assert rules.classify(text).injured == injured, text


@pytest.mark.parametrize("text", [
    # "wound" as a noun or the past of winding stays no injuring
    "The mayor's head wound is healing well after surgery, his office says.",
    "The talks wound up late on Sunday without a deal on the budget.",
])
def test_wound_that_is_no_verb_of_harm_is_quiet(rules, text):
    _quiet(rules, text)


# an act with its own verb and toll told on the anniversary of an earlier act is news
@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen kill five villagers on the anniversary of the 2015 massacre.", 5),
    ("Gunmen kill five villagers ahead of the anniversary of the 2015 massacre.", 5),
    ("A car bomb kills nine people on the eve of the tenth anniversary of the uprising.", 9),
    ("Eleven pilgrims were killed by gunmen on the anniversary of the 1999 bombing of the shrine.", 11),
    ("Militants killed 4 soldiers days before the anniversary of the 2014 siege of the town.", 4),
])
def test_an_act_on_an_anniversary_alerts(rules, text, killed):
    _alert(rules, text, killed)


# the remembrance itself, and the dead it remembers, are history
@pytest.mark.parametrize("text", [
    "The village marks the anniversary of the 2015 massacre, in which 40 people were killed.",
    "Villagers remember those killed in the massacre on its tenth anniversary.",
    "Survivors gather on the anniversary of the 1999 bombing of the shrine that killed 60 pilgrims.",
    "The town holds a memorial on the anniversary of the 2014 siege, when militants killed 4 soldiers.",
])
def test_a_remembrance_on_an_anniversary_is_quiet(rules, text):
    _quiet(rules, text)


# "alleged" before the doers says who they are said to be; before the act, it frames the act
@pytest.mark.parametrize(("text", "killed"), [
    ("Alleged drug traffickers shoot and kill 3 policemen at a checkpoint.", 3),
    ("Alleged gang members killed 6 guards during a raid on the prison.", 6),
    ("Alleged cartel gunmen shot dead 4 soldiers on the highway on Friday.", 4),
])
def test_alleged_doers_act_alerts(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    "Police investigate the alleged killing of 3 policemen by drug traffickers at a checkpoint.",
    "Prosecutors list alleged killings of 6 guards by gang members in the prison.",
    "The court hears alleged war crimes, including killings of civilians by the militia.",
    "The inquiry examines alleged army killings of 4 farmers on the highway.",
    # the doer named after "alleged" with no act of its own told
    "A judge enters a plea of not guilty on behalf of the alleged stadium gunman at a hearing on Monday.",
])
def test_alleged_acts_are_quiet(rules, text):
    _quiet(rules, text)
