"""Reactions to an act named by a day gone (issue 9): an act named by the possessive of a day, a week, a weekend,
a month or a night gone ("yesterday's strike", "Monday's gang assault", "last week's ambush", "Sunday night's drone
strikes") is an act reported before. Where it is no subject (the object of the main verb, or in its after-, on- or
over-phrase) and the main clause before it tells no violence of its own (a closure, a rebuttal, aid pledged, a
debate, a dismissal, a censure), the act is that news's background, and its toll told in a relative clause ("that
killed 19", "in which 16 were killed") is its known toll, no news. The act as the subject of a clause stays news
("Yesterday's strike killed 19", "officials say Sunday's bombing killed 40"), and
so does a claim of it and a main clause of violence or harm of its own. Beside it: a story's label that names a war
("Russian invasion of Ukraine: ...") tells no act itself; an air-raid shelter or warning system is no raid; and the
known toll of a dated act does not make an appeal for captives' release an act. Each quiet case stands beside a
violent twin in nearly the same words. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    # the act as the object of the main verb, or in its after-, on-, over- or before-phrase
    "The Council of Europe closes its office in Kramatorsk after yesterday's rocket strike on the train station that "
    "killed 30 people.",
    "Togo shuts its northern border posts for 48 hours after Tuesday's jihadist assault on the town of Dapaong, in "
    "which 11 people were killed.",
    "Afghanistan rejects Pakistan's accusation that Afghan-based fighters carried out Friday's attack on a police van "
    "in Peshawar that killed six officers.",
    "Canada pledges $10 million in aid to Odesa after Sunday's glide-bomb strike on an apartment block in the city "
    "that killed eight people.",
    "Nigeria's Senate holds an emergency debate on Tuesday's bandit attack on a market in Zamfara that killed 14 "
    "traders.",
    "The president sacks the army chief after criticism of the response during Friday's raid on a barracks in Niamey "
    "that killed 12 soldiers.",
    "Chile's Senate censures the security minister over the police response to Monday's attack on a bank in "
    "Santiago, in which two guards died.",
    "The junta suspends the mayor of Kaya and blames him for warning the rebels before Thursday's attack on a convoy "
    "that killed 15 soldiers.",
    "Qatar suspends its mediation in protest at last night's strike on a school in Rafah that killed 18 people.",
    "The Pope prays for the victims of last month's attack on a mosque in Kano, in which 20 worshippers were "
    "killed, and appeals for the release of those abducted.",
    # a story's label naming a war, and things named after air raids
    "Russian invasion of Ukraine: Latvia hosts a conference on reconstruction aid in Riga.",
    "Officials criticise the air-raid warning system in Kherson after a false alarm.",
])
def test_a_reaction_to_an_act_named_by_a_day_gone_is_no_attack(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the dated act as the subject of its own verb
    ("Yesterday's rocket strike on a train station in Kramatorsk killed 30 people, officials said.", 30),
    ("Officials say Sunday's drone strike on an apartment block in Odesa killed eight people.", 8),
    ("Tuesday's jihadist assault on the town of Dapaong killed 11 people, and Togo shut its northern border posts.",
     11),
    # the act told by its own verbs, then the reaction
    ("Gunmen attacked a police van in Peshawar on Friday, killing six officers; Afghanistan rejected Pakistan's claim.",
     6),
    # a claim of the act, which a digest may give first
    ("The group claims responsibility for Thursday's attack on a convoy that killed 15 soldiers.", 15),
    # a main clause of violence of its own
    ("Troops kill four militants blamed for Tuesday's bandit attack on a market in Zamfara that killed 14 traders.",
     None),
    ("Jets bomb two rebel bases in response to Saturday's attack on a barracks in Niamey that killed 12 soldiers.",
     None),
    # the label's war and the act told after it
    ("Russian invasion of Ukraine: Russian missiles kill nine people in Kharkiv.", 9),
    ("Officials criticise the warning system after an air raid on Kherson kills three.", 3),
    # captives taken in an act told as news
    ("Gunmen attack a mosque in Kano, killing 20 worshippers; the Pope appeals for the release of those abducted.",
     20),
])
def test_the_dated_act_as_its_own_subject_or_beside_violence_alerts(rules, text, killed):
    _alert(rules, text, killed)
