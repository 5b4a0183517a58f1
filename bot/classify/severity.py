"""Severity 0-5, exactly as TAXONOMY.md defines it."""

from __future__ import annotations

from typing import Final

MASS_CASUALTY_KILLED: Final = 10


def severity(types: set[str] | frozenset[str], killed: int | None, injured: int | None, interstate: bool) -> int:
    """0 none; 1 de-escalation; 2 threat or mobilization; 3 strike/attack without reported casualties;
    4 strike/attack with casualties; 5 ten or more killed, or states' forces exchanging fire."""
    violent = "strike" in types or "attack" in types
    if violent and ((killed or 0) >= MASS_CASUALTY_KILLED or interstate):
        return 5
    if violent and ("casualty" in types or (killed or 0) > 0 or (injured or 0) > 0):
        return 4
    if violent:
        return 3
    if "threat" in types or "mobilization" in types:
        return 2
    if "deescalation" in types:
        return 1
    return 0
