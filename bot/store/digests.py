"""Digest and quiet-hours settings per channel, the stories quiet hours held, and digest runs: one
row per (channel, due time), made once when it falls due (or on the first start after it fell due)
and marked sent after the platform took it. A quiet window's end makes a run of kind "quiet"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import TypeVar

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.digests import DigestSchedule, Period, QuietHours
from bot.models import ChannelRef
from bot.store.schema import DigestRow, DigestRunRow, QuietHeldRow, QuietRow, insert_ignoring_duplicates
from bot.store.unit_of_work import Sessions

SettingRow = TypeVar("SettingRow", DigestRow, QuietRow)


@dataclass(frozen=True, slots=True)
class DigestRun:
    id: int
    channel: ChannelRef
    period_start: datetime
    period_end: datetime
    min_severity: int
    attempts: int
    created_at: datetime
    #: "digest" or "quiet" (the release of what quiet hours held).
    kind: str = "digest"


def _schedule(row: DigestRow) -> DigestSchedule:
    period: Period = "hourly" if row.period == "hourly" else "daily"
    return DigestSchedule(period, _time(row.at), row.tz, row.min_severity)


def _quiet(row: QuietRow) -> QuietHours:
    return QuietHours(_time(row.start), _time(row.end), row.tz, row.except_severity)


def _time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def _channel(row: DigestRow | DigestRunRow | QuietRow) -> ChannelRef:
    return ChannelRef(row.platform, row.server_id, row.channel_id)


class DigestStore:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    async def set(self, channel: ChannelRef, schedule: DigestSchedule, now: datetime) -> None:
        """Schedule (or reschedule) the channel's digest: the first one is the next due after now."""
        async with self._sessions.begin() as session:
            row = await _row_for(session, DigestRow, channel)
            row.period, row.at, row.tz = schedule.period, f"{schedule.at:%H:%M}", schedule.tz
            row.min_severity, row.last_due = schedule.min_severity, schedule.last_due(now)

    async def get(self, channel: ChannelRef) -> DigestSchedule | None:
        async with self._sessions() as session:
            row = await session.scalar(select(DigestRow).where(*_of(DigestRow, channel)))
        return None if row is None else _schedule(row)

    async def clear(self, channel: ChannelRef) -> bool:
        async with self._sessions.begin() as session:
            result = await session.execute(delete(DigestRow).where(*_of(DigestRow, channel)))
            return bool(result.rowcount)

    async def make_due_runs(self, now: datetime) -> int:
        """A run for every digest that fell due since its last one, and for every quiet window
        that ended since its last release (once, however long the bot was down: the period then
        reaches back to the last run)."""
        made = 0
        async with self._sessions.begin() as session:
            runs = insert_ignoring_duplicates(session.bind.dialect.name, DigestRunRow)
            for row in list(await session.scalars(select(DigestRow))):
                due = _schedule(row).last_due(now)
                if due > row.last_due:
                    await session.execute(runs, [_run(row, row.last_due, due, row.min_severity, "digest", now)])
                    row.last_due, made = due, made + 1
            for quiet in list(await session.scalars(select(QuietRow))):
                _, end = _quiet(quiet).last_end(now)
                if end > quiet.last_release:
                    await session.execute(runs, [_run(quiet, quiet.last_release, end, 0, "quiet", now)])
                    quiet.last_release, made = end, made + 1
        return made

    async def set_quiet(self, channel: ChannelRef, quiet: QuietHours, now: datetime) -> None:
        """Set the channel's quiet hours: the first release is at the end of the next window."""
        async with self._sessions.begin() as session:
            row = await _row_for(session, QuietRow, channel)
            row.start, row.end, row.tz = f"{quiet.start:%H:%M}", f"{quiet.end:%H:%M}", quiet.tz
            row.except_severity, row.last_release = quiet.except_severity, quiet.last_end(now)[1]

    async def quiet(self, channels: list[ChannelRef]) -> dict[ChannelRef, QuietHours]:
        """The quiet hours of those of the channels that have some."""
        if not channels:
            return {}
        servers = {c.server_id for c in channels}
        async with self._sessions() as session:
            rows = await session.scalars(select(QuietRow).where(QuietRow.server_id.in_(servers)))
            found = {_channel(row): _quiet(row) for row in rows}
        return {channel: found[channel] for channel in channels if channel in found}

    async def clear_quiet(self, channel: ChannelRef) -> bool:
        async with self._sessions.begin() as session:
            result = await session.execute(delete(QuietRow).where(*_of(QuietRow, channel)))
            return bool(result.rowcount)

    async def hold(self, channel: ChannelRef, story_id: int, at: datetime) -> None:
        """Remember that quiet hours held the story's alert in the channel."""
        async with self._sessions.begin() as session:
            statement = insert_ignoring_duplicates(session.bind.dialect.name, QuietHeldRow)
            await session.execute(statement, [{"platform": channel.platform, "server_id": channel.server_id,
                                               "channel_id": channel.channel_id, "story_id": story_id, "held_at": at}])

    async def held(self, channel: ChannelRef, start: datetime, end: datetime) -> list[int]:
        """The stories held in the channel in (start, end], each once."""
        async with self._sessions() as session:
            ids = await session.scalars(
                select(QuietHeldRow.story_id).where(*_of(QuietHeldRow, channel), QuietHeldRow.held_at > start,
                                                    QuietHeldRow.held_at <= end).distinct()
            )
            return list(ids)

    async def pending(self, platforms: list[str]) -> list[DigestRun]:
        async with self._sessions() as session:
            rows = await session.scalars(
                select(DigestRunRow).where(DigestRunRow.state == "pending", DigestRunRow.platform.in_(platforms))
                .order_by(DigestRunRow.id)
            )
            return [DigestRun(r.id, _channel(r), r.period_start, r.period_end, r.min_severity, r.attempts,
                              r.created_at, r.kind) for r in rows]

    async def prune(self, before: datetime) -> int:
        """Forget finished runs and held stories older than `before` (the retention window)."""
        async with self._sessions.begin() as session:
            runs = await session.execute(
                delete(DigestRunRow).where(DigestRunRow.state != "pending", DigestRunRow.period_end < before))
            held = await session.execute(delete(QuietHeldRow).where(QuietHeldRow.held_at < before))
            return int(runs.rowcount or 0) + int(held.rowcount or 0)

    async def mark(self, run_id: int, state: str, at: datetime, message_id: str | None = None,
                   error: str | None = None) -> None:
        """"sent" (with the message id), "dropped" (with why), or "pending" again after a failed try."""
        async with self._sessions.begin() as session:
            await session.execute(
                update(DigestRunRow).where(DigestRunRow.id == run_id).values(
                    state=state, attempts=DigestRunRow.attempts + 1, message_id=message_id,
                    last_error=error[:512] if error else None, sent_at=at if state == "sent" else None,
                )
            )


async def _row_for(session: AsyncSession, table: type[SettingRow], channel: ChannelRef) -> SettingRow:
    """The channel's setting row of `table`, added (empty) when it has none yet."""
    row = await session.scalar(select(table).where(*_of(table, channel)))
    if row is None:
        row = table(platform=channel.platform, server_id=channel.server_id, channel_id=channel.channel_id)
        session.add(row)
    return row


def _run(row: DigestRow | QuietRow, start: datetime, end: datetime, min_severity: int, kind: str,
         now: datetime) -> dict[str, object]:
    return {
        "platform": row.platform, "server_id": row.server_id, "channel_id": row.channel_id,
        "period_start": start, "period_end": end, "min_severity": min_severity, "kind": kind,
        "state": "pending", "attempts": 0, "created_at": now,
    }


def _of(table: type[DigestRow] | type[QuietRow] | type[QuietHeldRow], channel: ChannelRef) -> tuple[object, ...]:
    return (table.platform == channel.platform, table.server_id == channel.server_id,
            table.channel_id == channel.channel_id)
