"""A launch of arms told as a mistake, its object the arms themselves and no target after them ("the navy mistakenly
launches a missile"), is arms let go by mishap, as "accidentally fires a missile" is: no strike, and the forces named
are the arms' keepers. "Mistakenly" elsewhere tells a wrong target, still an act: a missile fired by mistake at a
boat, a strike that mistakenly hits an outpost, an attack launched by mistake. Each quiet case stands beside a
violent twin in nearly the same words that must still alert. The sentences are written for these tests, not taken
from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# Arms let go by mistake...
@pytest.mark.parametrize("text", [
    "A destroyer mistakenly launched an anti-ship missile during a routine check, killing a fisherman offshore",
    "The army inadvertently fires two rockets from a depot near the border, injuring three farmers",
])
def test_a_launch_told_as_a_mistake_is_a_mishap(rules, text):
    _quiet(rules, text)


# ...but the same launch not told a mistake, or a wrong target told, is an act.
@pytest.mark.parametrize(("text", "killed"), [
    ("A destroyer launched an anti-ship missile during a routine patrol, killing a fisherman offshore", 1),
    ("A destroyer mistakenly launched an anti-ship missile at a fishing boat, killing a fisherman", 1),
    ("The army mistakenly launched an attack on a village near the border, killing three farmers", 3),
])
def test_a_launch_not_told_a_mistake_or_at_a_wrong_target_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
