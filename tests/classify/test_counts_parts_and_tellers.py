"""Count shapes of wire reports taught by wire_news_fresh22 (issue 9; docs/taxonomy.md "Counts"): a figure before "of
the N" counts a part of the N as news; two tellers set side by side by a semicolon, one side's kills and the other's
losses of the same people, give two estimates of one toll; a title restates the toll first told (its wounded leave
those who died later, its toll "including attackers" is the summary's before they are taken out); a person named
after "including" is a part of the toll before; a pronoun first in a counted list is one person. Each shape beside its
twin where the principle does not apply. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest


def _counts(rules, title: str, summary: str = "") -> tuple[int | None, int | None]:
    event = rules.classify(title, summary)
    assert {"attack", "strike"} & set(event.types), (title, event.types)
    return event.killed, event.injured


# "three of the 22 crew were killed": the part is news; "27 of the 32 people killed ... were identified" is known dead.
@pytest.mark.parametrize(("summary", "killed", "injured"), [
    ("Gunmen in speedboats fired on a tanker off the coast. Two of the 19 sailors were killed and four wounded", 2, 4),
    ("Bandits fired on a bus near the border. One of its 40 passengers was shot in the arm", None, 1),
    ("Bandits fired on a bus near the border. Four of the 40 passengers were killed", 4, None),
])
def test_a_part_of_a_counted_whole_is_the_count(rules, summary, killed, injured):
    got = _counts(rules, "Gunmen attack vessel", summary)
    assert got[1] == injured and (killed is None or got[0] == killed), (summary, got)


def test_a_part_of_dead_known_is_no_new_toll(rules):
    event = rules.classify("Officials say 12 of the 30 people killed in last month's bombing of the bus station have "
                           "been identified, and burials begin on Friday.")
    assert not {"attack", "strike", "casualty"} & set(event.types), event.types


# A semicolon sets two tellers side by side; the same people named by both are one toll (the larger stands), other
# people are other dead (added).
@pytest.mark.parametrize(("summary", "killed"), [
    ("Insurgents overran a border post on Sunday. The insurgents said they had killed 25 guards; the ministry said six "
     "guards were killed", 25),
    ("Insurgents overran a border post on Sunday. The insurgents said they had killed 25 guards; the ministry said six "
     "villagers were killed", 31),
])
def test_two_tellers_of_the_same_people_give_one_toll(rules, summary, killed):
    assert _counts(rules, "Insurgents overrun border post", summary)[0] == killed, summary


# A title restates the toll first told: the summary's later deaths among the wounded leave the title's wounded too.
@pytest.mark.parametrize(("title", "injured"), [
    ("Bar shooting in Memphis kills four, wounds five", 4),
    ("Bar shooting in Memphis kills four", 4),
])
def test_later_deaths_leave_a_titles_wounded(rules, title, injured):
    summary = ("A gunman opened fire in a bar in Memphis on Saturday, killing four people and wounding five, police "
               "said. One of the wounded died on Sunday.")
    assert _counts(rules, title, summary) == (5, injured), title


# A title's toll "including attackers" with no figure is the summary's, whose attackers are taken out.
@pytest.mark.parametrize(("summary", "killed"), [
    ("Militants stormed a guesthouse in the capital on Monday. Officials said 11 people died, among them the three "
     "gunmen, and 15 were hurt.", 8),
    ("Militants stormed a guesthouse in the capital on Monday. Officials said 11 people died and 15 were hurt.", 11),
])
def test_a_titles_toll_with_attackers_is_the_summarys(rules, summary, killed):
    assert _counts(rules, "Militants storm guesthouse; 11 dead including attackers", summary)[0] == killed, summary


# A person named after "including" is one of the toll before, no further person of the next clause.
@pytest.mark.parametrize(("summary", "injured"), [
    ("Drones struck a market in the city. Five people were killed, including a nine-year-old boy, and 14 were injured", 14),
    ("Drones struck a market in the city. Five people were killed. A nine-year-old boy and 14 others were injured", 15),
])
def test_a_person_included_is_of_the_toll_before(rules, summary, injured):
    assert _counts(rules, "Drones hit market", summary)[1] == injured, summary


# "killing him and two of his guards": the pronoun is one person where a figure counts the rest of the list.
@pytest.mark.parametrize(("summary", "killed"), [
    ("Gunmen ambushed the car of a district judge on Friday, killing her and three of her guards", 4),
    ("Gunmen ambushed the car of a district judge on Friday, killing him and two bodyguards", 3),
    ("Gunmen ambushed the car of a district judge on Friday, killing him and several of his guards", None),
])
def test_a_pronoun_first_in_a_counted_list_is_one(rules, summary, killed):
    assert _counts(rules, "Gunmen ambush judge's car", summary)[0] == killed, summary


# A passer-by is a person; people "still being treated" are the injured.
@pytest.mark.parametrize(("summary", "killed", "injured"), [
    ("A drone struck a car on a road near the border, killing three men. A passer-by was slightly wounded", 3, 1),
    ("Gunmen raided a village, killing nine people. Twenty others were still being treated on Wednesday", 9, 20),
])
def test_people_hurt_by_chance_and_still_treated(rules, summary, killed, injured):
    assert _counts(rules, "Attack near border", summary) == (killed, injured), summary
