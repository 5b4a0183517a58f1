"""Digests: when a channel's scheduled summary is due, and what it lists. Pure: no store, no
platform. A digest lists the period's stories, most severe first, grouped by place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.models import DEFAULT_MIN_SEVERITY, Alert, ChannelRef

Period = Literal["daily", "hourly"]
#: The most stories one digest lists (the most severe); a busy war's day has more.
DIGEST_STORIES = 25
NO_PLACE = "Elsewhere"


class ScheduleError(ValueError):
    """A digest or quiet-hours setting that cannot be used; the message says what to type."""


@dataclass(frozen=True, slots=True)
class DigestSchedule:
    period: Period
    #: Local time of day of a daily digest (ignored for hourly ones).
    at: time = time(8, 0)
    tz: str = "UTC"
    min_severity: int = DEFAULT_MIN_SEVERITY

    def last_due(self, now: datetime) -> datetime:
        """The latest moment at or before `now` a digest was due (UTC)."""
        if self.period == "hourly":
            return now.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
        zone = ZoneInfo(self.tz)
        local = now.astimezone(zone)
        due = datetime.combine(local.date(), self.at, tzinfo=zone)
        if due > local:
            due = datetime.combine(local.date() - timedelta(days=1), self.at, tzinfo=zone)
        return due.astimezone(UTC)

    def length(self) -> timedelta:
        return timedelta(hours=1) if self.period == "hourly" else timedelta(days=1)

    def describe(self) -> str:
        when = "every hour" if self.period == "hourly" else f"every day at {self.at:%H:%M} {self.tz}"
        return f"{when}, stories of severity >= {self.min_severity}"


@dataclass(frozen=True, slots=True)
class Digest:
    """One scheduled summary for one channel: the stories updated in (period_start, period_end]."""

    channel: ChannelRef
    period_start: datetime
    period_end: datetime
    stories: tuple[Alert, ...]

    def by_place(self) -> list[tuple[str, list[Alert]]]:
        return group_by_place(self.stories)


def group_by_place(stories: Sequence[Alert]) -> list[tuple[str, list[Alert]]]:
    """The stories grouped by their first place, the group with the most severe story first, and
    within a group the most severe (then the latest) first."""
    groups: dict[str, list[Alert]] = {}
    ordered = sorted(stories, key=lambda s: (-s.event.severity, -(s.updated or s.published).timestamp()))
    for story in ordered:
        groups.setdefault(story.event.locations[0] if story.event.locations else NO_PLACE, []).append(story)
    return list(groups.items())


def zone(name: str) -> str:
    """The IANA time zone name as given ("Europe/Berlin"), or ScheduleError with what to type."""
    cleaned = name.strip()
    if cleaned.upper() == "UTC":
        return "UTC"
    try:
        ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(f"Unknown time zone '{cleaned[:40]}': use an Area/City name like Europe/Berlin or UTC.") from None
    return cleaned


def clock_time(text: str) -> time:
    """"08:00" -> time(8, 0), or ScheduleError."""
    try:
        hours, minutes = text.strip().split(":")
        if len(minutes) != 2:
            raise ValueError
        return time(int(hours), int(minutes))
    except ValueError:
        raise ScheduleError(f"'{text[:20]}' is not a time of day: use HH:MM, like 08:00 or 22:30.") from None


def zone_names(prefix: str, limit: int = 25) -> list[str]:
    """Time zone names containing `prefix` (case-insensitive), for autocomplete."""
    wanted = prefix.strip().casefold()
    return sorted(name for name in available_timezones() if wanted in name.casefold())[:limit]
