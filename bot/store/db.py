"""Engine creation and migrations: SQLite by default, PostgreSQL (asyncpg) for scale."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@dataclass(frozen=True, slots=True)
class PoolLimits:
    """The connection pool: `size` kept open, `overflow` more under load, and a caller waits up to
    `timeout_seconds` for a free one (work queues behind the pool rather than failing at once)."""

    size: int = 20
    overflow: int = 0
    timeout_seconds: float = 120.0


def create_engine(db_url: str, pool: PoolLimits | None = None) -> AsyncEngine:
    """An async engine for the URL; creates the folder of a SQLite file so a first run just works."""
    url = make_url(db_url)
    pool = pool or PoolLimits()
    sizing = {"pool_size": pool.size, "max_overflow": pool.overflow, "pool_timeout": pool.timeout_seconds}
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        in_memory = not database or database == ":memory:" or "mode=memory" in database
        if not in_memory and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # An in-memory database lives in one connection (SQLAlchemy's StaticPool): nothing to size.
        engine = create_async_engine(url, connect_args={"timeout": 30}, **({} if in_memory else sizing))
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    # No ping before each checkout: it is a round trip per query (a tenth of a poll's CPU). A
    # connection the server dropped fails its query once, SQLAlchemy then discards the pool's
    # connections, and the loops retry.
    return create_async_engine(url, **sizing)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # WAL lets the poller write while commands read; foreign keys make ON DELETE CASCADE real.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL still never corrupts; it only skips an fsync per commit, which the
    # outbox's many small commits need to stay fast.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


async def migrate(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the schema up to `revision` (Alembic), inside one transaction."""

    def upgrade(connection: Connection) -> None:
        command.upgrade(alembic_config(connection), revision)

    async with engine.begin() as conn:
        await conn.run_sync(upgrade)


async def current_revision(engine: AsyncEngine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    async with engine.connect() as conn:
        return await conn.run_sync(lambda c: MigrationContext.configure(c).get_current_revision())
