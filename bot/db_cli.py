"""`sitrep db upgrade` and `sitrep db current`: the schema's migrations, from the command line."""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.settings import Settings
from bot.startup import EXIT_CONFIG, describe_db_error
from bot.store.db import create_engine, current_revision, migrate

NO_REVISION = "(none)"


async def upgrade(settings: Settings) -> int:
    async def work(engine: AsyncEngine) -> int:
        before = await current_revision(engine)
        await migrate(engine)
        after = await current_revision(engine)
        if before == after:
            print(f"database at revision {after}: already up to date, nothing applied")
        else:
            print(f"database at revision {after}: applied the migrations from {before or NO_REVISION} to {after}")
        return 0

    return await _with_engine(settings, work)


async def show_current(settings: Settings) -> int:
    missing = sqlite_file_missing(settings.db_url)
    if missing is not None:
        # Only reporting: a query must not leave a new database (or its folder) behind.
        print(f"no database at {missing} yet: `sitrep db upgrade` or `sitrep run` creates it")
        return 1

    async def work(engine: AsyncEngine) -> int:
        print(f"database at revision {await current_revision(engine) or NO_REVISION}")
        return 0

    return await _with_engine(settings, work)


def sqlite_file_missing(db_url: str) -> Path | None:
    """The SQLite file the URL names when it does not exist yet; None otherwise."""
    url = make_url(db_url)
    database = url.database or ""
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
        return None
    path = Path(database).expanduser()
    return None if path.exists() else path


async def _with_engine(settings: Settings, work: Callable[[AsyncEngine], Awaitable[int]]) -> int:
    try:
        engine = create_engine(settings.db_url)
        try:
            return await work(engine)
        finally:
            await engine.dispose()
    except (OSError, SQLAlchemyError) as exc:
        print(f"sitrep: {describe_db_error(settings.db_url, exc)}", file=sys.stderr)
        return EXIT_CONFIG
