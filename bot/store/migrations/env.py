"""Alembic environment: runs on the connection sitrep hands in (see bot.store.db.migrate)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from bot.store.schema import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # Stand-alone use (`alembic` itself): a synchronous URL in sqlalchemy.url.
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("sitrep migrations run online only: use `sitrep db upgrade`")
run_migrations_online()
