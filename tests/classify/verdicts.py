"""Assertions shared by the principle tests: an item that must stay quiet, one that must alert."""

from __future__ import annotations

from bot.classify import Classifier

#: The types that make an alarm of ordinary news.
ALARMS = frozenset({"strike", "attack", "casualty"})


def assert_quiet(rules: Classifier, text: str) -> None:
    event = rules.classify(text)
    assert not ALARMS & set(event.types), (text, event.types, event.evidence)
    assert event.killed is None and event.injured is None, (text, event.killed, event.injured)


def assert_alerts(rules: Classifier, text: str, killed: int | None = None) -> None:
    event = rules.classify(text)
    assert {"strike", "attack"} & set(event.types), (text, event.types)
    if killed is not None:
        assert "casualty" in event.types and event.killed == killed, (text, event.killed)
