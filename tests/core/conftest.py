"""Fixtures for the core: settings on a temporary SQLite file, the store on SQLite and (when
SITREP_TEST_POSTGRES_URL is set) PostgreSQL, a loopback feed server, a runtime on the console."""

from __future__ import annotations

import asyncio
import io
import json
import os
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from adapters.console import ConsoleAdapter
from bot.runtime import Runtime
from bot.settings import Settings, load_settings
from bot.store import Store
from bot.store.schema import Base
from tests.fakes.feed_server import FeedServer

POSTGRES_URL = os.environ.get("SITREP_TEST_POSTGRES_URL")
POSTGRES_SKIP = "SITREP_TEST_POSTGRES_URL is not set (no PostgreSQL server to test against)"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # The environment wins over test overrides: make sure a developer's own variables don't leak in.
    for name in list(os.environ):
        if name.startswith(("SITREP_", "DISCORD_", "SLACK_")) and name != "SITREP_TEST_POSTGRES_URL":
            monkeypatch.delenv(name)


@pytest.fixture
def make_settings(tmp_path) -> Callable[..., Settings]:  # type: ignore[no-untyped-def]
    def build(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "db_url": f"sqlite+aiosqlite:///{tmp_path}/sitrep.db",
            "feeds": [],
            "allow_private_feeds": True,
            "fetch_timeout_seconds": 1.0,
            "delivery_seconds": 0.2,
        }
        values.update(overrides)
        return load_settings(**values)

    return build


async def reset_postgres(url: str) -> None:
    from sqlalchemy import text

    from bot.store.db import create_engine

    engine = create_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.drop_all)
        await conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    await engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
async def store_url(request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path}/store.db"
    if not POSTGRES_URL:
        pytest.skip(POSTGRES_SKIP)
    await reset_postgres(POSTGRES_URL)
    return POSTGRES_URL


@pytest.fixture
async def store(store_url: str) -> AsyncIterator[Store]:
    opened = await Store.open(store_url)
    yield opened
    await opened.close()


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    server = FeedServer()
    await server.start()
    yield server
    await server.stop()


class ConsoleCapture:
    """The real console adapter in --jsonl mode, writing into memory."""

    def __init__(self, adapter: ConsoleAdapter, out: io.StringIO) -> None:
        self.adapter = adapter
        self.out = out

    def lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.out.getvalue().splitlines() if line.strip()]

    def alerts(self) -> list[dict[str, Any]]:
        return [line for line in self.lines() if line["kind"] == "alert"]


@pytest.fixture
async def console_runtime(make_settings) -> AsyncIterator[Callable[..., Any]]:  # type: ignore[no-untyped-def]
    """Builds a Runtime with the console adapter; runtimes are stopped at the end."""
    opened: list[Runtime] = []

    async def build(settings: Settings | None = None, start: bool = False) -> tuple[Runtime, ConsoleCapture]:
        runtime = await Runtime.open(settings or make_settings())
        out = io.StringIO()
        adapter = ConsoleAdapter(runtime.settings, runtime.commands, jsonl=True, stdin=io.StringIO(""), stdout=out)
        runtime.attach([adapter])
        opened.append(runtime)
        if start:
            await runtime.start()
        return runtime, ConsoleCapture(adapter, out)

    yield build
    for runtime in opened:
        await runtime.stop()
    left = await own_tasks_left_running()
    assert not left, f"still running after the stop: {left}"


OWN_CODE = tuple(str(Path(__file__).resolve().parents[2] / folder) for folder in ("bot", "adapters"))


async def own_tasks_left_running() -> list[str]:
    """Tasks running sitrep's own code that have not ended a moment after a stop (a cancelled
    task ends at its next await). One left would run on against a closed store, and the event
    loop's teardown would wait for it, forever if it swallowed its cancel."""
    current = asyncio.current_task()
    own = [task for task in asyncio.all_tasks()
           if task is not current and getattr(task.get_coro(), "cr_code", None) is not None
           and task.get_coro().cr_code.co_filename.startswith(OWN_CODE)]  # type: ignore[union-attr]
    if own:
        await asyncio.wait(own, timeout=1.0)
    left = [task for task in own if not task.done()]
    for task in left:
        # (printed now: if the task also outlives the teardown's cancel, the timeout's report of
        # a hung test shows this output)
        task.print_stack(file=sys.stderr)
    return [f"{task.get_name()} {task.get_coro().__qualname__}" for task in left]  # type: ignore[union-attr]
