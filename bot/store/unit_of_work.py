"""One session shared by every query class, so several store calls form one transaction."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager, nullcontext
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession


class Sessions(Protocol):
    """What the query classes use to reach the database: an `async_sessionmaker`, or `OneSession`."""

    def __call__(self) -> AbstractAsyncContextManager[AsyncSession]: ...

    def begin(self) -> AbstractAsyncContextManager[AsyncSession]: ...


class OneSession:
    """Stands in for an `async_sessionmaker` inside `Store.transaction()`: `()` and `.begin()`
    both hand out the transaction's session and leave committing to the transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def __call__(self) -> AbstractAsyncContextManager[AsyncSession]:
        return nullcontext(self._session)

    def begin(self) -> AbstractAsyncContextManager[AsyncSession]:
        return nullcontext(self._session)
