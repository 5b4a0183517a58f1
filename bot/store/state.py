"""Named facts about the installation itself, kept in the database like the rest of its state."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.store.schema import BotStateRow


class StateStore:
    def __init__(self, sessions: async_sessionmaker) -> None:
        self._sessions = sessions

    async def get(self, name: str) -> str | None:
        async with self._sessions() as session:
            return await session.scalar(select(BotStateRow.value).where(BotStateRow.name == name))

    async def set(self, name: str, value: str) -> None:
        async with self._sessions() as session, session.begin():
            await session.merge(BotStateRow(name=name, value=value))
