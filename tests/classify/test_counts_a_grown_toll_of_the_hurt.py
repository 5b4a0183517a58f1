"""The number of the hurt told as a toll that has grown is the injured toll, as the number of the dead is the killed
(docs/taxonomy.md, Counts): "the number of injured had risen to 28 from the 12 reported earlier" is injured 28.
Beside each, a near shape with its own count. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Missiles struck a housing estate in the city on Monday, killing four people, the governor said. By nightfall the "
     "number of injured had risen to 35 from the 20 reported in the morning.", 4, 35),
    ("Shelling hit a market in the town on Saturday, killing two people. The number of people wounded now stands at "
     "17, medics said.", 2, 17),
    # near shapes: the hurt counted by their verb; a number of them told with no figure counts none
    ("Missiles struck a housing estate in the city on Monday, killing four people and injuring 35, the governor "
     "said.", 4, 35),
    ("Shelling hit a market in the town on Saturday, killing two people. A number of people were wounded, medics "
     "said.", 2, None),
])
def test_a_grown_number_of_the_hurt_is_the_injured_toll(rules, text, killed, injured):
    event = rules.classify(text)
    assert {"strike", "attack"} & set(event.types), (text, event.types)
    assert (event.killed, event.injured) == (killed, injured), text
