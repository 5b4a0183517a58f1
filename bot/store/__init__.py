"""Persistence: SQLAlchemy 2 async over SQLite (default) or PostgreSQL, migrated by Alembic.

`Store` bundles one small query class per table group; callers use `store.feeds`,
`store.items`, `store.stories`, `store.subscriptions`, `store.servers` and `store.outbox`. Each
call is its own transaction, except inside `async with store.transaction() as tx:`, where every
call made through `tx` is part of one transaction (all or nothing).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from bot.models import ChannelRef
from bot.store.db import PoolLimits, create_engine, migrate
from bot.store.digests import DigestStore
from bot.store.feeds import FeedState, FeedStore
from bot.store.items import ItemStore, StoredItem
from bot.store.outbox import OutboxEntry, OutboxStore, Target
from bot.store.servers import ServerStore
from bot.store.state import StateStore
from bot.store.stories import StoryStore
from bot.store.subscriptions import SubscriptionStore
from bot.store.unit_of_work import OneSession, Sessions

__all__ = ["FeedState", "OutboxEntry", "PoolLimits", "Store", "StoredItem", "Target"]


class Store:
    def __init__(self, engine: AsyncEngine, sessions: Sessions | None = None) -> None:
        self.engine = engine
        self._sessions = sessions or async_sessionmaker(engine, expire_on_commit=False)
        self.feeds = FeedStore(self._sessions)
        self.items = ItemStore(self._sessions)
        self.subscriptions = SubscriptionStore(self._sessions)
        self.servers = ServerStore(self._sessions)
        self.outbox = OutboxStore(self._sessions)
        self.stories = StoryStore(self._sessions)
        self.digests = DigestStore(self._sessions)
        self.state = StateStore(self._sessions)

    @classmethod
    async def open(cls, db_url: str, *, upgrade: bool = True, pool: PoolLimits | None = None) -> Store:
        """Connect and (by default) migrate the schema to the newest revision."""
        engine = create_engine(db_url, pool)
        if upgrade:
            await migrate(engine)
        return cls(engine)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Store]:
        """A store whose every call runs in one transaction, committed when the block ends and
        rolled back if it raises (or if the process dies before)."""
        if isinstance(self._sessions, OneSession):  # already inside one: join it
            yield self
            return
        async with self._sessions.begin() as session:
            if self.engine.dialect.name == "sqlite":
                # Take SQLite's write lock now. Python's sqlite3 would otherwise start the
                # transaction only at the first INSERT, and a SAVEPOINT issued before that opens
                # (and its RELEASE commits) a transaction of its own; reads followed by writes
                # in a deferred transaction could also fail with SQLITE_BUSY instead of waiting.
                await session.execute(text("BEGIN IMMEDIATE"))
            yield Store(self.engine, OneSession(session))

    async def visible_feed_ids(self, channel: ChannelRef) -> list[int]:
        """The feeds a channel's server sees: the configured ones and those the server added."""
        feeds = await self.feeds.active()
        own = set((await self.servers.settings(channel.platform, channel.server_id)).extra_feeds)
        return [f.id for f in feeds if f.configured or f.url in own]

    async def close(self) -> None:
        await self.engine.dispose()
