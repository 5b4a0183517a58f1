"""Aftermath told in shapes the rules missed (issue 9): what something is done "in connection with" is its
matter, known before (unless its victims are counted: a toll), and a confession owns to an act done before, as a
plea of guilty does. Each quiet case stands beside a twin in the same words that tells an act of its own, with its own verb
or toll, and must alert. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# the act as the matter of an arrest, a custody or a charge "in connection with" or "in relation to" it
@pytest.mark.parametrize("text", [
    "Police detain nine people, including two prison guards, in connection with a series of deadly attacks on "
    "checkpoints in the south.",
    "A man arrested in connection with almost 30 stabbings across four cities agrees to face trial.",
    "A court rules that a man held in connection with the 1974 Oak Street and Elm Street bombings will not be "
    "tried.",
    "A teenager is arrested in connection to the March 3 stabbing of his cousin in Pine Hills.",
    "The former minister remains in custody in relation to the militia murder of a journalist.",
])
def test_an_act_connected_to_is_a_topic(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # an act told for itself beside the arrest, in its own clause
    ("Police detain nine people in connection with a series of attacks on checkpoints, as gunmen kill four "
     "guards in the south.", 4),
    ("Police arrest a man in connection with the stabbings; hours later his brother shoots dead two officers.", 2),
    # the connected act's victims counted: a toll the connection may be the first to report
    ("A soldier is in custody in connection with the shooting deaths of two comrades at a base.", 2),
    # the act told first, with its toll, and the connection after it
    ("Gunmen killed five villagers in a raid that police linked to the land dispute.", 5),
])
def test_an_act_beside_a_connection_alerts(rules, text, killed):
    _alert(rules, text, killed)


# a confession owns to an act done before, as a plea of guilty does
@pytest.mark.parametrize("text", [
    "A farmer confesses to killing his neighbour over a boundary dispute.",
    "A man who surrendered to police confessed to killing four and wounding two in separate attacks.",
    "An alleged serial killer confesses to 31 murders in the capital.",
    "The former guard admits to stabbing the mayor, citing a feud.",
])
def test_an_act_confessed_is_known_before(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the act told by its own verb after the confession is news
    ("A farmer confesses to the theft of a tractor, then shoots dead two policemen at the station.", 2),
    ("A man who confessed to a robbery was stabbed to death in his cell on Monday.", 1),
    # "admitted to" hospital takes in the wounded: no confession
    ("Gunmen shot dead three men at a bar, and two others who were wounded were admitted to hospital.", 3),
    # the act first, with its toll, then the confession
    ("A gunman killed three people at a market on Friday and later confessed to police.", 3),
])
def test_an_act_beside_a_confession_alerts(rules, text, killed):
    _alert(rules, text, killed)
