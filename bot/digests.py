"""Digests: when a channel's scheduled summary is due, and what it lists. Pure: no store, no
platform. A digest lists the period's stories, most severe first, grouped by place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.models import DEFAULT_MIN_SEVERITY, Alert, ChannelRef
from bot.story_view import period_text

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
    """One summary for one channel: the stories of (period_start, period_end] — updated then, for
    a scheduled digest; held then, for the end of quiet hours (`held`)."""

    channel: ChannelRef
    period_start: datetime
    period_end: datetime
    stories: tuple[Alert, ...]
    held: bool = False

    def by_place(self) -> list[tuple[str, list[Alert]]]:
        return group_by_place(self.stories)

    def title(self) -> str:
        """"Digest · 2026-03-03 08:00 – 2026-03-04 08:00 UTC" (or "Held during quiet hours · ...")."""
        kind = "Held during quiet hours" if self.held else "Digest"
        return f"{kind} · {period_text(self.period_start, self.period_end)}"


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


#: The severity held alerts must stay below by default: only a mass-casualty story gets through.
DEFAULT_QUIET_EXCEPT = 5


@dataclass(frozen=True, slots=True)
class QuietHours:
    """`quiet 22:00-07:00 tz:Europe/Berlin except_severity:5`: alerts below `except_severity` are
    held from `start` to `end` (local time; the window may cross midnight) and released as one
    digest when it ends."""

    start: time
    end: time
    tz: str = "UTC"
    except_severity: int = DEFAULT_QUIET_EXCEPT

    def __post_init__(self) -> None:
        if self.start == self.end:
            raise ScheduleError("Quiet hours must start and end at different times, like 22:00-07:00.")

    def holds(self, now: datetime, severity: int) -> bool:
        """Whether an alert of this severity is held at `now`."""
        return severity < self.except_severity and self.window_around(now) is not None

    def window_around(self, now: datetime) -> tuple[datetime, datetime] | None:
        """The quiet window (UTC start, end) that contains `now`, if any."""
        local = now.astimezone(ZoneInfo(self.tz))
        for days_back in (0, 1):
            start, end = self._window(local.date() - timedelta(days=days_back))
            if start <= now < end:
                return start, end
        return None

    def last_end(self, now: datetime) -> tuple[datetime, datetime]:
        """The latest window (UTC start, end) that ended at or before `now`."""
        local = now.astimezone(ZoneInfo(self.tz))
        for days_back in (0, 1, 2):
            start, end = self._window(local.date() - timedelta(days=days_back))
            if end <= now:
                return start, end
        raise AssertionError("a daily window always ended within two days")

    def _window(self, day: date) -> tuple[datetime, datetime]:
        zone = ZoneInfo(self.tz)
        start = datetime.combine(day, self.start, tzinfo=zone)
        end_day = day + timedelta(days=1) if self.end <= self.start else day
        return start.astimezone(UTC), datetime.combine(end_day, self.end, tzinfo=zone).astimezone(UTC)

    def describe(self) -> str:
        return (f"quiet {self.start:%H:%M}-{self.end:%H:%M} {self.tz}: alerts below severity "
                f"{self.except_severity} are held and sent as one digest when it ends")
