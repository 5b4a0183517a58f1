"""A ram done by a road vehicle that its sentence tells out of control ("a truck rammed into a market after its
brakes failed", "a bus lost control and rammed into a crowd", "an out-of-control lorry") is a crash, no one's aim:
an accident, no attack and no casualty of violence, where the sentence names no other intent and no one armed. The
same ram with no loss of control told, with intent told, or by someone armed, stays an attack. Each quiet case stands
beside a violent twin in nearly the same words that must still alert. The sentences are written for these tests,
not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# A vehicle out of control...
@pytest.mark.parametrize("text", [
    "A cement lorry rammed into a roadside market after its brakes failed, killing seven shoppers",
    "A minibus lost control on the hill and rammed into a wedding party, killing five guests",
    "An out-of-control lorry rammed into a crowd of pilgrims at a shrine, killing 12",
])
def test_a_ram_by_a_vehicle_out_of_control_is_a_crash(rules, text):
    _quiet(rules, text)


# ...but a ram with no loss of control told, with intent told, or by someone armed, is an attack.
@pytest.mark.parametrize(("text", "killed"), [
    ("A cement lorry rammed into a roadside market, killing seven shoppers", 7),
    ("A lorry rammed into a crowd of pilgrims at a shrine, killing 12", 12),
    ("A minibus deliberately rammed into a wedding party after its brakes failed, killing five guests", 5),
    ("Gunmen in a tanker truck rammed into a checkpoint after its brakes failed, killing four guards", 4),
])
def test_a_ram_not_out_of_control_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
