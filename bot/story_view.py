"""What a story message says, as plain text pieces every adapter renders in its own markup:
the toll against what the channel saw before ("12 killed, up from 5"), the sources ("Reuters, AP
+2"), when it was updated. Pure functions: no platform, no markup, no escaping (adapters escape)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from bot.models import Alert, Event, Source

#: How many sources a message names before "+N".
SOURCES_NAMED = 2


def count_text(count: int, was: int | None, word: str = "") -> str:
    """"12 killed, up from 5" ("12, up from 5" without a word); just "12 killed" when unchanged."""
    text = f"{count} {word}".strip()
    if was is not None and was != count:
        text += f", {'up' if count > was else 'corrected'} from {was}"
    return text


def toll_parts(event: Event, previous: Event | None = None) -> list[str]:
    """["12 killed, up from 5", "37 injured"]: each count, and where it changed, what it was."""
    return [
        count_text(count, was, word)
        for count, was, word in ((event.killed, previous.killed if previous else None, "killed"),
                                 (event.injured, previous.injured if previous else None, "injured"))
        if count is not None
    ]


def toll_text(event: Event, previous: Event | None = None) -> str:
    return "; ".join(toll_parts(event, previous))


def named_sources(sources: Sequence[Source], named: int = SOURCES_NAMED) -> tuple[list[Source], int]:
    """The first source of each of the first `named` outlets, and how many other items there are:
    ([Reuters, AP], 2) for "Reuters, AP +2"."""
    shown: list[Source] = []
    outlets: set[str] = set()
    for source in sources:
        if source.source not in outlets and len(shown) < named:
            outlets.add(source.source)
            shown.append(source)
    return shown, len(sources) - len(shown)


def sources_text(sources: Sequence[Source]) -> str:
    """"Reuters, AP +2" (plain text)."""
    shown, more = named_sources(sources)
    return ", ".join(s.source for s in shown) + (f" +{more}" if more else "")


def updated_text(moment: datetime) -> str:
    """"updated 14:05 UTC"."""
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    return f"updated {moment.astimezone(UTC):%H:%M} UTC"


def is_update(alert: Alert) -> bool:
    """Whether the alert edits a message the channel already has (it carries what that showed)."""
    return alert.previous is not None


def follow_up_text(alert: Alert) -> str:
    """The short message that notifies a channel of a severity jump in a story it has."""
    was = alert.previous.severity if alert.previous is not None else 0
    facts = [f"severity {was} → {alert.event.severity}"] + toll_parts(alert.event, alert.previous)
    return f"Story update: {'; '.join(facts)}. {alert.title}"


def story_facts_line(alert: Alert) -> str:
    """"strike, casualty · severity 5 · 21 killed; 30 injured · 4 sources" (a digest's line)."""
    parts = [", ".join(alert.event.types), f"severity {alert.event.severity}"]
    if toll := toll_text(alert.event):
        parts.append(toll)
    if len(alert.sources) > 1:
        parts.append(f"{len(alert.sources)} sources")
    return " · ".join(parts)


def period_text(start: datetime, end: datetime) -> str:
    """"2026-03-03 08:00 – 2026-03-04 08:00 UTC"."""
    start, end = (m.replace(tzinfo=UTC) if m.tzinfo is None else m for m in (start, end))
    return f"{start.astimezone(UTC):%Y-%m-%d %H:%M} – {end.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
