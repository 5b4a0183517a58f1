"""The outbox: one row per (item, channel), written before anything is sent, so an alert is
neither lost nor sent twice across restarts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.models import ChannelRef
from bot.store.schema import OutboxRow, insert_ignoring_duplicates


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    id: int
    item_id: int
    channel: ChannelRef
    mention_role_id: str | None
    attempts: int


@dataclass(frozen=True, slots=True)
class Target:
    channel: ChannelRef
    mention_role_id: str | None = None


class OutboxStore:
    def __init__(self, sessions: async_sessionmaker) -> None:
        self._sessions = sessions

    async def enqueue(self, item_id: int, targets: Sequence[Target], at: datetime) -> int:
        """Queue the item for each target; a (item, channel) pair already queued is skipped."""
        if not targets:
            return 0
        rows = [
            {
                "item_id": item_id, "platform": t.channel.platform, "server_id": t.channel.server_id,
                "channel_id": t.channel.channel_id, "mention_role_id": t.mention_role_id, "state": "pending",
                "attempts": 0, "next_attempt_at": at, "created_at": at,
            }
            for t in targets
        ]
        async with self._sessions.begin() as session:
            # One statement for the whole fan-out; the unique constraint skips repeats.
            statement = insert_ignoring_duplicates(session.bind.dialect.name, OutboxRow).returning(OutboxRow.id)
            result = await session.execute(statement, rows)
            return len(result.all())

    async def channels_of(self, item_ids: Sequence[int]) -> set[ChannelRef]:
        """The channels these items were queued for (whatever became of the rows)."""
        if not item_ids:
            return set()
        query = select(OutboxRow.platform, OutboxRow.server_id, OutboxRow.channel_id).where(
            OutboxRow.item_id.in_(list(item_ids))
        )
        async with self._sessions() as session:
            return {ChannelRef(*row) for row in (await session.execute(query)).all()}

    async def due(self, now: datetime, limit: int = 100, platforms: Sequence[str] | None = None) -> list[OutboxEntry]:
        """Rows to send now: pending ones whose time has come, and claims whose lease ran out
        (a process died mid-send)."""
        query = (
            select(OutboxRow)
            .where(OutboxRow.state.in_(("pending", "sending")), OutboxRow.next_attempt_at <= now)
            .order_by(OutboxRow.next_attempt_at, OutboxRow.id)
            .limit(limit)
        )
        if platforms is not None:
            query = query.where(OutboxRow.platform.in_(list(platforms)))
        async with self._sessions() as session:
            return [
                OutboxEntry(
                    row.id, row.item_id, ChannelRef(row.platform, row.server_id, row.channel_id),
                    row.mention_role_id, row.attempts,
                )
                for row in await session.scalars(query)
            ]

    async def claim(self, entry_ids: Sequence[int], now: datetime, lease: timedelta) -> set[int]:
        """Take rows for sending; returns those this caller got (another delivery may have taken
        some first). Two processes on one database (worker and web) thus never send the same
        row; a claim never completed expires after `lease` and its row is sent again."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(OutboxRow)
                .where(
                    OutboxRow.id.in_(list(entry_ids)),
                    OutboxRow.state.in_(("pending", "sending")),
                    OutboxRow.next_attempt_at <= now,
                )
                .values(state="sending", next_attempt_at=now + lease)
                .returning(OutboxRow.id)
            )
            return set(result.scalars())

    async def mark_sent(self, entry_id: int, message_id: str, at: datetime) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                update(OutboxRow)
                .where(OutboxRow.id == entry_id)
                .values(state="sent", sent_at=at, message_id=message_id[:128], attempts=OutboxRow.attempts + 1)
            )

    async def mark_retry(self, entry_id: int, error: str, next_attempt_at: datetime) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                update(OutboxRow)
                .where(OutboxRow.id == entry_id)
                .values(
                    state="pending", last_error=error[:512], next_attempt_at=next_attempt_at,
                    attempts=OutboxRow.attempts + 1,
                )
            )

    async def mark_dropped(self, entry_id: int, error: str) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                update(OutboxRow)
                .where(OutboxRow.id == entry_id)
                .values(state="dropped", last_error=error[:512], attempts=OutboxRow.attempts + 1)
            )

    async def drop_pending_for(self, channel: ChannelRef, reason: str) -> int:
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(OutboxRow)
                .where(
                    OutboxRow.platform == channel.platform, OutboxRow.server_id == channel.server_id,
                    OutboxRow.channel_id == channel.channel_id, OutboxRow.state.in_(("pending", "sending")),
                )
                .values(state="dropped", last_error=reason[:512])
            )
            return int(result.rowcount or 0)

    async def count(self, state: str, channel: ChannelRef | None = None) -> int:
        query = select(func.count(OutboxRow.id)).where(OutboxRow.state == state)
        if channel is not None:
            query = query.where(
                OutboxRow.platform == channel.platform, OutboxRow.server_id == channel.server_id,
                OutboxRow.channel_id == channel.channel_id,
            )
        async with self._sessions() as session:
            return int(await session.scalar(query) or 0)
