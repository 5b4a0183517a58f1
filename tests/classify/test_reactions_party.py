"""An act told in a relative clause on a party to a reaction (a blame, a meeting, a case, a sanction)
says who that party is, by an act known before: the reaction is the news (issue 9). An arrest may come
within the hour of the act; a relative clause after an after-, as- or when-clause, under a violent main
clause, or with no reaction before it, tells news. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    "Senegal cuts ties with Iran, accusing it of supplying arms to anti-government rebels that killed ten soldiers.",
    "Ministers discuss sanctions on the regime, which shelled the border town of Kessab.",
    "Cables show pressure to stop prosecutors from indicting the agents who kidnapped a cleric in the city.",
])
def test_an_act_told_of_a_reactions_party_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Police arrest two gunmen who killed 12 worshippers at a mosque on Friday.", 12),
    ("Tensions rise after troops who crossed the border shot dead two farmers.", 2),
    ("Protests erupt after police who raided a mosque killed three worshippers.", 3),
    ("Leaders hold talks in the capital, as rebels who stormed a town kill 20.", 20),
    ("Gunmen who stormed a hotel in the capital killed 12 guests.", 12),
])
def test_an_act_in_a_relative_clause_told_as_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A general word for an act with only "the" before it ("the attacks", "the raid") names again an act the
# item told before as a reaction's topic; a new act, or one described by where it struck, or one after an
# act the item reported, still alerts.
def test_a_general_word_for_an_act_told_before_is_no_new_report(rules):
    _quiet(rules, 'The ministry again protests against the drone strikes, calling them unlawful. '
                  'It says the attacks are "unacceptable".')


@pytest.mark.parametrize(("text", "killed"), [
    ("Ministers meet over the shelling of the port. The new attacks killed five people in the north.", 5),
    ("Ministers meet over the shelling of the port. The attack on the market killed five people.", 5),
    ("Ministers meet over the shelling of the port. Militants attacked a base in the north, killing five.", 5),
    ("A police officer is killed by a man with a knife outside his home. A militant group claims the attack.", 1),
])
def test_a_new_act_after_a_reaction_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
