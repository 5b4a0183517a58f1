"""Named facts about the installation itself, kept in the database like the rest of its state."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.store.schema import BotStateRow, insert_updating_duplicates


class StateStore:
    def __init__(self, sessions: async_sessionmaker) -> None:
        self._sessions = sessions

    async def get(self, name: str) -> str | None:
        async with self._sessions() as session:
            return await session.scalar(select(BotStateRow.value).where(BotStateRow.name == name))

    async def set(self, name: str, value: str) -> None:
        # One statement, not a read then an insert (session.merge): instances that start together on
        # one database each set the same fact, and the second insert must not fail on the first's row.
        async with self._sessions() as session, session.begin():
            statement = insert_updating_duplicates(session.bind.dialect.name, BotStateRow, ["name"], ["value"])
            await session.execute(statement.values(name=name, value=value))
