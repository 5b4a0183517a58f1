"""Count principles of whose harm a toll is, each case beside a twin that differs by the principle and must keep
its count. The sentences are written for these tests, not taken from any set.

1. The attackers killed in their own attack are reported apart from its toll (docs/taxonomy.md, Counts), and so
   where they are the only dead an item counts beside victims hurt: "stabbed three tourists; one of the assailants
   was shot dead" is killed 0. The fighters a strike hits, the dead of an accidental blast, and one told only as
   killed by the forces ("a man was shot dead by police") stay the dead.
2. "The driver" of a vehicle told ramming is its attacker: "a car rammed the gates and exploded, killing the
   driver" counts him apart; a driver killed beside a blast he did not drive stays a victim.
3. One of a pair whose other the sentence tells doing a doer's act ("one of them was shot dead and the other
   detonated the bombs") is one of the attackers; one of two whose other was only hurt may be a victim.
4. The wounds of one person are no count of people, a vague amount ("multiple stab wounds") as a figure; a person
   described by a clause in commas who received them is one hurt, and one told by his place after others ("a
   second woman") is one more, not the one before restated.
5. A killing verb whose object is a pronoun alone, joined by "and" to an act on people in its clause, names the
   act's people again as the dead: "stabbed a student on a tram and killed her" is killed 1; a pronoun that does
   not agree with the act's count, or one beside more people, counts nothing of its own.
"""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert


def _counts(rules, text):
    event = rules.classify(text)
    assert {"strike", "attack"} & set(event.types), (text, event.types)
    return event.killed, event.injured


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Two gunmen burst into a cafe, wounding four customers. One of the gunmen was shot dead by officers.", 0, 4),
    ("Two attackers stormed a resort, stabbing 2 guests. One of the attackers was killed and the other fled.", 0, 2),
    ("A gunman opened fire at a depot and injured six workers before the shooter was killed by guards.", 0, 6),
])
def test_attackers_alone_dead_beside_victims_hurt_are_apart(rules, text, killed, injured):
    assert _counts(rules, text) == (killed, injured)


@pytest.mark.parametrize(("text", "killed"), [
    # victims dead as well: the attackers apart, the victims counted
    ("Two gunmen burst into a cafe, killing two customers and wounding four. One of the gunmen was shot dead.", 2),
    # one told dead only for the forces' shot: he may be a victim
    ("Police opened fire on a crowd of marchers, wounding six. A protester was shot dead by police.", 1),
    # the fighters a strike hits are its dead
    ("An air strike hit a camp of insurgents, leaving 30 militants killed and 12 others wounded.", 30),
    # the dead of an accidental blast are its dead
    ("Four perpetrators were killed and 6 others injured in an accidental explosion of a bomb being assembled by rebels "
     "near a police post.", 4),
])
def test_victims_and_the_struck_keep_their_dead(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A van rammed into the checkpoint and exploded, killing the driver and injuring five guards.", 0, 5),
    ("A truck smashed through the barrier and blew up, killing the driver and wounding 2 soldiers.", 0, 2),
])
def test_the_driver_of_a_ramming_vehicle_is_its_attacker(rules, text, killed, injured):
    assert _counts(rules, text) == (killed, injured)


@pytest.mark.parametrize(("text", "killed"), [
    ("A car bomb exploded beside a minibus, killing the driver and injuring five passengers.", 1),
    ("Gunmen ambushed a lorry on the highway, killing the driver and wounding two passengers.", 1),
    ("A van rammed into a market stall and exploded, killing the driver of a taxi parked nearby.", 1),
])
def test_a_driver_the_act_struck_is_a_victim(rules, text, killed):
    _alert(rules, text, killed)


def test_one_of_a_pair_whose_other_detonated_is_an_attacker(rules):
    text = ("Two men fired on a patrol. One of them was shot dead by soldiers and the other detonated a bomb, "
            "injuring a soldier and two passers-by.")
    assert _counts(rules, text) == (0, 3)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen ambushed two guards at the gate. One of them was shot dead and the other was wounded.", 1),
    ("Militants attacked two farmers in a field. One of them was killed and the other escaped.", 1),
])
def test_one_of_a_pair_whose_other_was_hurt_or_fled_is_counted(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize(("text", "injured"), [
    ("A man attacked commuters with a knife, wounding a student in the arm. A second man, who tried to help, also "
     "received multiple stab wounds.", 2),
    ("A man stabbed a teacher, wounding her in the arm. A second woman also suffered stab wounds.", 2),
])
def test_wounds_of_one_person_count_one(rules, text, injured):
    assert _counts(rules, text)[1] == injured


@pytest.mark.parametrize(("text", "injured"), [
    # a figure of people hurt stays a count of people
    ("A bomb exploded at a market, and 14 people suffered shrapnel injuries.", 14),
    ("A gunman opened fire on a bus; dozens were wounded.", None),
])
def test_people_counted_hurt_stay_counted(rules, text, injured):
    assert _counts(rules, text)[1] == injured


@pytest.mark.parametrize(("text", "killed"), [
    ("A man stabbed a nurse outside the clinic and killed her.", 1),
    ("Gunmen abducted three herders near the river and then killed them.", 3),
    ("A militant shot a shopkeeper in the market and killed him.", 1),
])
def test_the_people_an_act_took_then_killed_are_the_dead(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    # the pronoun does not agree with the act's count: no count of its own
    "A man stabbed a nurse outside the clinic and killed them.",
    # no act on people before the pronoun
    "Gunmen stormed the village at dawn and killed them.",
])
def test_a_pronoun_with_no_act_on_people_counts_no_one(rules, text):
    assert rules.classify(text).killed is None, text


def test_the_fighters_of_a_side_in_a_clash_are_summed_not_set_apart(classifier):
    # (docs/taxonomy.md: "the fighters of a side in a clash are no attackers of that kind")
    event = classifier.classify("One gunman is killed and four more are wounded in a firefight with troops near the border.")
    assert event.killed == 1
