"""Persistence: SQLAlchemy 2 async over SQLite (default) or PostgreSQL, migrated by Alembic.

`Store` bundles one small query class per table group; callers use `store.feeds`,
`store.items`, `store.subscriptions`, `store.servers` and `store.outbox`.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from bot.store.db import PoolLimits, create_engine, migrate
from bot.store.feeds import FeedState, FeedStore
from bot.store.items import ItemStore, StoredItem
from bot.store.outbox import OutboxEntry, OutboxStore, Target
from bot.store.servers import ServerStore
from bot.store.subscriptions import SubscriptionStore

__all__ = ["FeedState", "OutboxEntry", "PoolLimits", "Store", "StoredItem", "Target"]


class Store:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        sessions = async_sessionmaker(engine, expire_on_commit=False)
        self.feeds = FeedStore(sessions)
        self.items = ItemStore(sessions)
        self.subscriptions = SubscriptionStore(sessions)
        self.servers = ServerStore(sessions)
        self.outbox = OutboxStore(sessions)

    @classmethod
    async def open(cls, db_url: str, *, upgrade: bool = True, pool: PoolLimits | None = None) -> Store:
        """Connect and (by default) migrate the schema to the newest revision."""
        engine = create_engine(db_url, pool)
        if upgrade:
            await migrate(engine)
        return cls(engine)

    async def close(self) -> None:
        await self.engine.dispose()
