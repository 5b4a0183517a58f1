"""Digest settings per channel, and digest runs: one row per (channel, due time), made once when
it falls due (or on the first start after it fell due) and marked sent after the platform took it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy import delete, select, update

from bot.digests import DigestSchedule, Period
from bot.models import ChannelRef
from bot.store.schema import DigestRow, DigestRunRow, insert_ignoring_duplicates
from bot.store.unit_of_work import Sessions


@dataclass(frozen=True, slots=True)
class DigestRun:
    id: int
    channel: ChannelRef
    period_start: datetime
    period_end: datetime
    min_severity: int
    attempts: int
    created_at: datetime


def _schedule(row: DigestRow) -> DigestSchedule:
    hours, minutes = row.at.split(":")
    period: Period = "hourly" if row.period == "hourly" else "daily"
    return DigestSchedule(period, time(int(hours), int(minutes)), row.tz, row.min_severity)


def _channel(row: DigestRow | DigestRunRow) -> ChannelRef:
    return ChannelRef(row.platform, row.server_id, row.channel_id)


class DigestStore:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    async def set(self, channel: ChannelRef, schedule: DigestSchedule, now: datetime) -> None:
        """Schedule (or reschedule) the channel's digest: the first one is the next due after now."""
        async with self._sessions.begin() as session:
            row = await session.scalar(select(DigestRow).where(*_of(DigestRow, channel)))
            if row is None:
                row = DigestRow(platform=channel.platform, server_id=channel.server_id, channel_id=channel.channel_id)
                session.add(row)
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
        """A run for every digest that fell due since its last one (once, however long the bot was
        down: the period then reaches back to the last run)."""
        made = 0
        async with self._sessions.begin() as session:
            for row in list(await session.scalars(select(DigestRow))):
                due = _schedule(row).last_due(now)
                if due <= row.last_due:
                    continue
                statement = insert_ignoring_duplicates(session.bind.dialect.name, DigestRunRow)
                await session.execute(statement, [{
                    "platform": row.platform, "server_id": row.server_id, "channel_id": row.channel_id,
                    "period_start": row.last_due, "period_end": due, "min_severity": row.min_severity,
                    "state": "pending", "attempts": 0, "created_at": now,
                }])
                row.last_due = due
                made += 1
        return made

    async def pending(self, platforms: list[str]) -> list[DigestRun]:
        async with self._sessions() as session:
            rows = await session.scalars(
                select(DigestRunRow).where(DigestRunRow.state == "pending", DigestRunRow.platform.in_(platforms))
                .order_by(DigestRunRow.id)
            )
            return [DigestRun(r.id, _channel(r), r.period_start, r.period_end, r.min_severity, r.attempts, r.created_at)
                    for r in rows]

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


def _of(table: type[DigestRow], channel: ChannelRef) -> tuple[object, ...]:
    return (table.platform == channel.platform, table.server_id == channel.server_id,
            table.channel_id == channel.channel_id)
