"""Subscriptions: which channel receives which alerts, and whether it is muted or broken."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, select, tuple_
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.models import ChannelRef, Subscription, utcnow
from bot.store.schema import SubscriptionRow, insert_ignoring_duplicates


def _subscription_of(row: SubscriptionRow) -> Subscription:
    return Subscription(
        channel=ChannelRef(row.platform, row.server_id, row.channel_id),
        types=tuple(row.types.split()),
        min_severity=row.min_severity,
        muted_until=row.muted_until,
        mention_role_id=row.mention_role_id,
        mention_min_severity=row.mention_min_severity,
        broken_reason=row.broken_reason,
    )


def _where(channel: ChannelRef):  # type: ignore[no-untyped-def]
    return (
        SubscriptionRow.platform == channel.platform,
        SubscriptionRow.server_id == channel.server_id,
        SubscriptionRow.channel_id == channel.channel_id,
    )


class SubscriptionStore:
    def __init__(self, sessions: async_sessionmaker) -> None:
        self._sessions = sessions

    async def upsert(self, subscription: Subscription) -> bool:
        """Subscribe the channel (or replace its settings, clearing a broken mark); True if new."""
        channel = subscription.channel
        settings = {
            "types": " ".join(subscription.types), "min_severity": subscription.min_severity,
            "mention_role_id": subscription.mention_role_id,
            "mention_min_severity": subscription.mention_min_severity, "broken_reason": None,
        }
        async with self._sessions.begin() as session:
            # INSERT ... ON CONFLICT DO NOTHING, then the settings: two instances that subscribe one
            # channel at once (the console, set up by each at its first start) must not fail on each
            # other's row, as a read then an insert does
            inserted = await session.execute(insert_ignoring_duplicates(session.bind.dialect.name, SubscriptionRow).values(
                platform=channel.platform, server_id=channel.server_id, channel_id=channel.channel_id,
                created_at=utcnow(), **settings,
            ))
            row = await session.scalar(select(SubscriptionRow).where(*_where(channel)))
            for column, value in settings.items():
                setattr(row, column, value)
            return inserted.rowcount == 1

    async def get(self, channel: ChannelRef) -> Subscription | None:
        async with self._sessions() as session:
            row = await session.scalar(select(SubscriptionRow).where(*_where(channel)))
            return None if row is None else _subscription_of(row)

    async def get_many(self, channels: Iterable[ChannelRef]) -> dict[ChannelRef, Subscription]:
        keys = list({(c.platform, c.server_id, c.channel_id) for c in channels})
        if not keys:
            return {}
        columns = tuple_(SubscriptionRow.platform, SubscriptionRow.server_id, SubscriptionRow.channel_id)
        async with self._sessions() as session:
            rows = await session.scalars(select(SubscriptionRow).where(columns.in_(keys)))
            found = [_subscription_of(row) for row in rows]
        return {sub.channel: sub for sub in found}

    async def remove(self, channel: ChannelRef) -> bool:
        async with self._sessions.begin() as session:
            result = await session.execute(delete(SubscriptionRow).where(*_where(channel)))
            return bool(result.rowcount)

    async def set_muted_until(self, channel: ChannelRef, until: datetime | None) -> bool:
        async with self._sessions.begin() as session:
            row = await session.scalar(select(SubscriptionRow).where(*_where(channel)))
            if row is None:
                return False
            row.muted_until = until
            return True

    async def mark_broken(self, channel: ChannelRef, reason: str) -> None:
        async with self._sessions.begin() as session:
            row = await session.scalar(select(SubscriptionRow).where(*_where(channel)))
            if row is not None:
                row.broken_reason = reason[:256]

    async def all_active(self) -> list[Subscription]:
        """Subscriptions that can receive alerts now or later (broken ones are skipped)."""
        async with self._sessions() as session:
            rows = await session.scalars(select(SubscriptionRow).where(SubscriptionRow.broken_reason.is_(None)))
            return [_subscription_of(row) for row in rows]

    async def for_server(self, platform: str, server_id: str) -> list[Subscription]:
        async with self._sessions() as session:
            rows = await session.scalars(
                select(SubscriptionRow).where(SubscriptionRow.platform == platform, SubscriptionRow.server_id == server_id)
            )
            return [_subscription_of(row) for row in rows]
