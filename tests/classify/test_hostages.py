"""Hostages: taking them is an attack; releasing or talking about them is not."""

from __future__ import annotations

import pytest

from bot.classify import classify


@pytest.mark.parametrize(
    "text",
    [
        "Militants seized hostages at a school in the north",
        "Gunmen stormed a hotel and took dozens of guests hostage",
        "Three aid workers were taken hostage near the border",
    ],
)
def test_taking_hostages_is_an_attack(text: str) -> None:
    assert "attack" in classify(text).types


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed to extend the truce, allowing the release of more hostages and prisoners",
        "Families of hostages rallied outside parliament on Saturday",
        "Negotiators met in Doha to discuss a hostage deal",
    ],
)
def test_hostages_in_talks_and_releases_are_no_attack(text: str) -> None:
    assert not {"attack", "strike"} & set(classify(text).types)
