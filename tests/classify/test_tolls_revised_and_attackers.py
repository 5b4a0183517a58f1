"""Whole tolls told in wire shapes (issue 9, docs/taxonomy.md Counts).

- The toll is the victims': an attacker named as a part of it is taken out however the part is told, by a
  participle's object ("killing nine people including the bomber and wounding 14": the "and" goes on with the
  sentence, not with the list of the included), or named before the word that makes it a part ("killing seven,
  the gunman among them"). A person of the attacker's ("the bomber's brother") is a victim.
- An ordinal places the act in a series ("the fifth journalist killed in Mexico this year"): the series' span
  makes no background total of the sentence, and the ordinal counts no one.
- A place set beside a victim names where he was ("the mayor of Jama, a town in Manabi province"): no second
  victim, and the list goes on past it.
- A raised toll counts its new figure: "raising the toll from two to three" is three, "rose from 9 to 12" is
  12, and "an earlier toll of 13" is the one the news replaced, counted only where the item states no other.

Each quiet case stands beside a violent twin in nearly the same words. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # an attacker inside a toll told by a participle, and the sentence goes on
    ("A suicide bomber blew himself up at a checkpoint in Kandahar on Monday, killing eleven people including "
     "the bomber and wounding 20.", 10, 20),
    ("A car bomb exploded at a bus station in Quetta, killing six people including the bomber and injuring 9, "
     "police said.", 5, 9),
    # the same, with the part named before the word that makes it one
    ("A gunman opened fire in a shopping street in Malmo on Saturday, killing five, the gunman among them.", 4, None),
    ("Gunmen stormed a guesthouse in Kismayo overnight, killing twelve people, the three attackers among them, "
     "and wounding 30.", 9, 30),
    ("A bomb went off at a wedding hall in Kunduz. Eight people died, the bomber among them.", 7, None),
    # a person of the attacker's, or one more victim after "and", is a victim
    ("A suicide bomber struck a wedding in Kunduz on Monday, killing nine people including the bomber's "
     "brother.", 9, None),
    ("Gunmen stormed a hotel in Bamako, killing eight people, a police officer among them.", 8, None),
    # an ordinal places the act in its series
    ("Two gunmen on a motorbike shot dead the mayor of Tolu, a port on the Caribbean coast, as he left his "
     "office on Tuesday. He is the fourth mayor killed in the country this year.", 1, None),
    ("A radio reporter was shot dead outside his home in Culiacan on Sunday, the sixth journalist killed in "
     "Mexico this year.", 1, None),
    # a place set beside a victim, and the list going on past it
    ("Gunmen shot dead the mayor of Tolu, a port on the Caribbean coast, and his driver on Monday.", 2, None),
    ("A drone strike killed 14 people in Saada, a city near the border, the health ministry said.", 14, None),
    # a raised toll
    ("A missile strike on the centre of Kharkiv killed at least 21 people, officials said on Monday evening, "
     "raising an earlier toll of 15. Sixty others were wounded.", 21, 60),
    ("A gunman shot dead three people and wounded two at a bar in Lille on Friday. A fourth victim died in "
     "hospital hours later, raising the toll from three to four.", 4, 2),
    ("The death toll from the market bombing in Maiduguri rose from 9 to 12 on Friday.", 12, None),
    ("A man died of his injuries on Friday, raising the death toll from Tuesday's bombing of the market from "
     "9 to 11.", 11, None),
])
def test_the_count_of_a_whole_toll(rules, text, killed, injured):
    event = rules.classify(text)
    assert {"strike", "attack", "casualty"} & set(event.types), (text, event.types)
    assert (event.killed, event.injured) == (killed, injured), (text, event.killed, event.injured)


@pytest.mark.parametrize("text", [
    "Nine people, including the bomber's brother, were questioned by police in Kunduz on Monday.",
    "Five journalists have been killed in Mexico this year, the press freedom group said.",
    "He is the fourth mayor to resign in the country this year.",
    "The mayor of Tolu, a port on the Caribbean coast, opened a new fish market on Wednesday.",
    "Drivers complained after the toll on the motorway bridge was raised from two to three euros on Monday.",
    "The storm killed nine people, raising an earlier toll of six, officials said.",
])
def test_no_violence_told(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A suicide bomber struck a checkpoint in Kunduz on Monday, killing nine people including the bomber's "
     "brother.", 9),
    ("A radio reporter was shot dead outside his home in Culiacan on Sunday, the sixth journalist killed in "
     "Mexico this year.", 1),
    ("Gunmen shot dead the fourth mayor to resign in the country this year outside his home on Sunday.", 1),
    ("Gunmen shot dead the mayor of Tolu, a port on the Caribbean coast, outside a new fish market on "
     "Wednesday.", 1),
    ("A rocket hit a motorway toll booth on Monday, killing three people.", 3),
    ("The bombing killed nine people, raising an earlier toll of six, officials said.", 9),
])
def test_the_violent_twins_alert(rules, text, killed):
    _alert(rules, text, killed)
