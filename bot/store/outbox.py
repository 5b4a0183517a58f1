"""The outbox: one row per (item, channel), written in the transaction that stores the item, so
an alert is never lost; claimed under a lease that names its owner (bot/instance.py) before it
is sent, so two processes never send one row at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, bindparam, exists, func, select, update
from sqlalchemy.orm import aliased

from bot.instance import Instance
from bot.models import ChannelRef
from bot.shards import ShardSet
from bot.store.schema import (
    OPEN_STATES,
    DropReason,
    OutboxRow,
    OutboxState,
    claimed_ids,
    insert_ignoring_duplicates,
)
from bot.store.unit_of_work import Sessions


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """A claimed row."""

    id: int
    item_id: int
    channel: ChannelRef
    mention_role_id: str | None
    #: Attempts to post it so far, and when the last began (None: never attempted).
    attempts: int
    attempted_at: datetime | None
    queued_at: datetime


@dataclass(frozen=True, slots=True)
class Target:
    channel: ChannelRef
    mention_role_id: str | None = None


_outbox = OutboxRow.__table__
#: Built once (executemany): rows are marked sent after every post.
_MARK_SENT = (
    update(_outbox)
    .where(_outbox.c.id == bindparam("b_id"))
    .values(state=OutboxState.SENT, sent_at=bindparam("b_at", type_=_outbox.c.sent_at.type),
            message_id=bindparam("b_message", type_=_outbox.c.message_id.type))
)


class OutboxStore:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    async def enqueue(self, item_id: int, targets: Sequence[Target], at: datetime) -> int:
        """Queue the item for each target; a (item, channel) pair already queued is skipped."""
        if not targets:
            return 0
        rows = [
            {
                "item_id": item_id, "platform": t.channel.platform, "server_id": t.channel.server_id,
                "channel_id": t.channel.channel_id, "mention_role_id": t.mention_role_id, "state": OutboxState.PENDING,
                "attempts": 0, "next_attempt_at": at, "created_at": at,
            }
            for t in targets
        ]
        async with self._sessions.begin() as session:
            # One statement for the whole fan-out; the unique constraint skips repeats.
            statement = insert_ignoring_duplicates(session.bind.dialect.name, OutboxRow).returning(OutboxRow.id)
            result = await session.execute(statement, rows)
            return len(result.all())

    async def claim_due(
        self, owner: str, now: datetime, lease: timedelta, *, queued_since: datetime, limit: int = 100,
        platforms: Sequence[str] | None = None, shards: ShardSet | None = None,
    ) -> list[OutboxEntry]:
        """Take the rows due now for sending, under `owner`'s lease until `now + lease`, and return
        them in queue order. Due are pending rows whose time has come and claims whose lease ran
        out (their process died or stalled), if queued since `queued_since`. Rows another process
        claims at the same moment are left to it: each row goes to one claimant. With `shards`,
        Discord rows only for the guilds on those shards (bot/shards.py).

        A channel's alerts go out in queue order: only a channel's first open row (pending or
        sending) is ever claimed, so a later row waits while an earlier one is sent, waits out its
        back-off after a failed post, or is taken over after its process died. An update thus
        never arrives before the alert it updates. Only that channel waits: the claim takes the
        first row of every channel, so a stuck channel holds no other one. (Claiming one row per
        channel also needs no lock across processes: whatever another claim took meanwhile, a
        channel's later row stays behind an open earlier one.)"""
        earlier = aliased(OutboxRow)
        earlier_waits = (
            exists()
            .where(
                earlier.platform == OutboxRow.platform, earlier.server_id == OutboxRow.server_id,
                earlier.channel_id == OutboxRow.channel_id, earlier.id < OutboxRow.id,
                earlier.state.in_(OPEN_STATES),
            )
            .correlate(OutboxRow)
        )
        due = (
            select(OutboxRow.id)
            .where(
                OutboxRow.state.in_(OPEN_STATES), OutboxRow.next_attempt_at <= now,
                OutboxRow.created_at >= queued_since, ~earlier_waits,
            )
            # Queue order: channels take turns by the age of their first row.
            .order_by(OutboxRow.id)
            .limit(limit)
        )
        if platforms is not None:
            due = due.where(OutboxRow.platform.in_(list(platforms)))
        if shards is not None:
            due = due.where(shards.outbox_filter(OutboxRow.platform, OutboxRow.server_id))
        async with self._sessions.begin() as session:
            rows = await session.scalars(
                update(OutboxRow)
                # The state and time are checked again: on PostgreSQL a row another claim
                # updated meanwhile is re-read here and skipped.
                .where(OutboxRow.id.in_(claimed_ids(due, session.bind.dialect.name)), OutboxRow.state.in_(OPEN_STATES),
                       OutboxRow.next_attempt_at <= now)
                .values(state=OutboxState.SENDING, next_attempt_at=now + lease, lease_owner=owner)
                .returning(OutboxRow),
            )
            claimed = sorted(rows.all(), key=lambda row: row.id)
        return [
            OutboxEntry(
                row.id, row.item_id, ChannelRef(row.platform, row.server_id, row.channel_id),
                row.mention_role_id, row.attempts, row.attempted_at, row.created_at,
            )
            for row in claimed
        ]

    async def begin_attempt(self, entry_id: int, owner: str, at: datetime) -> bool:
        """Record that `owner` is about to post the row (from now on the post may exist);
        False if its lease was taken over meanwhile, and it must not post."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(OutboxRow).where(*_held_by(entry_id, owner)).values(attempts=OutboxRow.attempts + 1, attempted_at=at)
            )
            return bool(result.rowcount)

    async def begin_attempts(self, entry_ids: Sequence[int], owner: str, at: datetime) -> set[int]:
        """`begin_attempt` for a batch about to be posted, in one statement: the ids `owner` still
        holds (and may post)."""
        if not entry_ids:
            return set()
        async with self._sessions.begin() as session:
            rows = await session.scalars(
                update(OutboxRow)
                .where(OutboxRow.id.in_(list(entry_ids)), OutboxRow.state == OutboxState.SENDING,
                       OutboxRow.lease_owner == owner)
                .values(attempts=OutboxRow.attempts + 1, attempted_at=at)
                .returning(OutboxRow.id)
                .execution_options(synchronize_session=False)
            )
            return set(rows.all())

    async def renew(self, owner: str, now: datetime, lease: timedelta) -> int:
        """Extend every lease `owner` holds to `now + lease`: it is still working on them."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(OutboxRow)
                .where(OutboxRow.state == OutboxState.SENDING, OutboxRow.lease_owner == owner)
                .values(next_attempt_at=now + lease)
            )
            return int(result.rowcount or 0)

    async def reclaim_earlier_lives(self, instance: Instance, now: datetime) -> int:
        """End now the leases that an earlier run of this process still holds (it was killed
        mid-send), so they are sent at once instead of after their lease."""
        async with self._sessions.begin() as session:
            held = await session.execute(
                select(OutboxRow.id, OutboxRow.lease_owner).where(
                    OutboxRow.state == OutboxState.SENDING, OutboxRow.next_attempt_at > now,
                    OutboxRow.lease_owner.startswith(instance.owner_prefix, autoescape=True),
                )
            )
            ours = [row_id for row_id, owner in held.all() if owner and instance.is_earlier_life(owner)]
            if ours:
                await session.execute(update(OutboxRow).where(OutboxRow.id.in_(ours)).values(next_attempt_at=now))
            return len(ours)

    async def expire(self, queued_before: datetime, now: datetime) -> int:
        """Drop as expired the rows still waiting that were queued before `queued_before` (rows
        a live process is sending are left to finish)."""
        waiting = (OutboxRow.state == OutboxState.PENDING) | (
            (OutboxRow.state == OutboxState.SENDING) & (OutboxRow.next_attempt_at <= now)
        )
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(OutboxRow)
                .where(OutboxRow.created_at < queued_before, waiting)
                .values(state=OutboxState.DROPPED, drop_reason=DropReason.EXPIRED,
                        last_error=f"still queued at {now:%Y-%m-%d %H:%M} UTC")
            )
            return int(result.rowcount or 0)

    async def mark_sent(self, entry_id: int, message_id: str, at: datetime) -> None:
        await self.mark_sent_many([(entry_id, message_id)], at)

    async def mark_sent_many(self, sent: Sequence[tuple[int, str]], at: datetime) -> None:
        """Mark rows sent, with their message ids, in one statement. Whoever holds the lease: the
        post exists, so the row is sent."""
        if sent:
            async with self._sessions.begin() as session:
                await session.execute(
                    _MARK_SENT, [{"b_id": entry_id, "b_message": message_id[:128], "b_at": at} for entry_id, message_id in sent]
                )

    async def mark_retry(self, entry_id: int, owner: str, error: str, next_attempt_at: datetime) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                update(OutboxRow)
                .where(*_held_by(entry_id, owner))
                .values(state=OutboxState.PENDING, last_error=error[:512], next_attempt_at=next_attempt_at)
            )

    async def mark_dropped(self, entry_id: int, owner: str, reason: DropReason, detail: str | None = None) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                update(OutboxRow)
                .where(*_held_by(entry_id, owner))
                .values(state=OutboxState.DROPPED, drop_reason=reason, last_error=(detail or reason)[:512])
            )

    async def drop_pending_for(self, channel: ChannelRef, reason: str, detail: str | None = None) -> int:
        """Drop every row still waiting for the channel; `reason` is a `DropReason` value."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(OutboxRow)
                .where(*_in_channel(channel), OutboxRow.state.in_(OPEN_STATES))
                .values(state=OutboxState.DROPPED, drop_reason=DropReason(reason), last_error=(detail or reason)[:512])
            )
            return int(result.rowcount or 0)

    async def count(self, state: str, channel: ChannelRef | None = None) -> int:
        query = select(func.count(OutboxRow.id)).where(OutboxRow.state == state)
        if channel is not None:
            query = query.where(*_in_channel(channel))
        async with self._sessions() as session:
            return int(await session.scalar(query) or 0)

    async def dropped_by_reason(self, channel: ChannelRef) -> dict[str, int]:
        """How many of the channel's alerts were dropped, by `DropReason` (rows dropped before
        reasons were recorded count as "other")."""
        query = (
            select(OutboxRow.drop_reason, func.count(OutboxRow.id))
            .where(*_in_channel(channel), OutboxRow.state == OutboxState.DROPPED)
            .group_by(OutboxRow.drop_reason)
        )
        async with self._sessions() as session:
            return {reason or "other": int(count) for reason, count in (await session.execute(query)).all()}


def _in_channel(channel: ChannelRef) -> tuple[ColumnElement[bool], ...]:
    return (
        OutboxRow.platform == channel.platform, OutboxRow.server_id == channel.server_id,
        OutboxRow.channel_id == channel.channel_id,
    )


def _held_by(entry_id: int, owner: str) -> tuple[ColumnElement[bool], ...]:
    # A process whose lease was taken over (it stalled past it) must not undo the new owner's work.
    return OutboxRow.id == entry_id, OutboxRow.state == OutboxState.SENDING, OutboxRow.lease_owner == owner
