"""/healthz, /readyz and /metrics: scraped from a running `sitrep run`, and the not-ready cases."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
import time
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.ext.asyncio import create_async_engine

from adapters.console import ConsoleAdapter
from bot.health import HttpPortError, HttpServer, health_routes
from bot.models import utcnow
from bot.paths import PROJECT_ROOT
from bot.settings import load_settings
from bot.store import Store

#: A loopback port nothing listens on: connecting to it is refused at once.
REFUSED_URL = "postgresql+asyncpg://sitrep@127.0.0.1:1/sitrep"
SAMPLE_FEED = (PROJECT_ROOT / "config" / "samples" / "sample-feed.xml").as_uri()
#: A feed that fails at every poll: it shows in the metrics and does not make the bot unready.
MISSING_FEED = (PROJECT_ROOT / "config" / "samples" / "no-such-feed.xml").as_uri()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def sample_value(page: str, name: str, **labels: str) -> float | None:
    """The value of one sample of a Prometheus text page, or None when it is absent."""
    for family in text_string_to_metric_families(page):
        for sample in family.samples:
            if sample.name == name and sample.labels == labels:
                return float(sample.value)
    return None


async def get(session: aiohttp.ClientSession, url: str) -> tuple[int, str]:
    async with session.get(url) as response:
        return response.status, await response.text()


async def test_a_running_bot_serves_health_readiness_and_metrics(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SITREP_", "DISCORD_", "SLACK_"))}
    env.update(
        SITREP_HTTP_PORT=str(port), SITREP_DB_URL=f"sqlite+aiosqlite:///{tmp_path}/health.db",
        SITREP_FEEDS=f"{SAMPLE_FEED},{MISSING_FEED}", SITREP_FIRST_POLL_ALERT_NEWEST="50",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", "--console", "--jsonl", cwd=PROJECT_ROOT, env=env,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as session:
            deadline = time.monotonic() + 30
            page = ""
            # The sample feed alerts on the console: wait until its alerts are all sent.
            while time.monotonic() < deadline:
                try:
                    status, page = await get(session, f"{base}/metrics")
                    sent = sample_value(page, "sitrep_alerts_sent_total", platform="console") or 0
                    if status == 200 and sent > 0 and sample_value(page, "sitrep_delivery_queue_depth") == 0:
                        break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.2)
            health = await get(session, f"{base}/healthz")
            ready = await get(session, f"{base}/readyz")
            async with session.get(f"{base}/metrics") as response:
                content_type = response.headers["Content-Type"]
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 10)
    assert process.returncode == 0, stderr.decode()[-2000:]
    assert health[0] == 200
    assert ready[0] == 200 and json.loads(ready[1]) == {"ready": True, "reasons": []}
    assert content_type.startswith("text/plain")
    assert {"sitrep_feed_polls", "sitrep_publish_to_delivery_seconds"} <= {
        family.name for family in text_string_to_metric_families(page)
    }, "the page parses as Prometheus text"
    sent = sample_value(page, "sitrep_alerts_sent_total", platform="console")
    assert sent and sent >= 3, page
    assert (sample_value(page, "sitrep_feed_polls_total", outcome="ok") or 0) >= 1
    assert (sample_value(page, "sitrep_feed_polls_total", outcome="failed") or 0) >= 1
    assert (sample_value(page, "sitrep_items_stored_total") or 0) >= 8  # the sample feed's items
    assert (sample_value(page, "sitrep_alerts_queued_total") or 0) >= sent
    assert sample_value(page, "sitrep_publish_to_delivery_seconds_count", platform="console") == sent
    assert sample_value(page, "sitrep_outbox_rows", state="sent") == sent
    assert sample_value(page, "sitrep_delivery_queue_depth") == 0
    assert sample_value(page, "sitrep_feed_lag_seconds") is not None
    assert sample_value(page, "sitrep_feeds", state="ok") == 1, "the sample feed, polled"
    assert sample_value(page, "sitrep_alerts_dropped_total", platform="console") in (None, 0.0)


@pytest.fixture
async def serve():  # type: ignore[no-untyped-def]
    servers: list[HttpServer] = []

    async def start(store: Store, adapters: dict, port: int = 0) -> str:  # type: ignore[type-arg]
        app = web.Application()
        app.add_routes(health_routes(store, adapters, utcnow))
        server = HttpServer(app, "127.0.0.1", port)
        servers.append(server)
        await server.start()
        return f"http://127.0.0.1:{server.port}"

    yield start
    for server in servers:
        await server.stop()


async def test_not_ready_until_every_adapter_is_connected(tmp_path: Path, serve) -> None:  # type: ignore[no-untyped-def]
    store = await Store.open(f"sqlite+aiosqlite:///{tmp_path}/ready.db")
    settings = load_settings(db_url=f"sqlite+aiosqlite:///{tmp_path}/ready.db", feeds=[])
    console = ConsoleAdapter(settings, None, jsonl=True, stdin=open(os.devnull))  # type: ignore[arg-type]
    try:
        base = await serve(store, {"console": console})
        async with aiohttp.ClientSession() as session:
            before = await get(session, f"{base}/readyz")
            await console.start()
            after = await get(session, f"{base}/readyz")
            alive = await get(session, f"{base}/healthz")
    finally:
        await console.stop()
        await store.close()
    assert before[0] == 503 and json.loads(before[1]) == {"ready": False, "reasons": ["console: not connected"]}
    assert after[0] == 200 and alive[0] == 200


async def test_not_ready_when_the_database_does_not_answer(serve) -> None:  # type: ignore[no-untyped-def]
    store = Store(create_async_engine(REFUSED_URL))
    try:
        base = await serve(store, {})
        async with aiohttp.ClientSession() as session:
            ready = await get(session, f"{base}/readyz")
            alive = await get(session, f"{base}/healthz")
            scraped = await get(session, f"{base}/metrics")
    finally:
        await store.close()
    body = json.loads(ready[1])
    assert ready[0] == 503 and body["ready"] is False
    assert len(body["reasons"]) == 1 and body["reasons"][0].startswith("database: ")
    assert "sitrep" not in body["reasons"][0], "the database URL (and any password in it) is never shown"
    assert alive[0] == 200, "alive even when not ready"
    assert scraped[0] == 200 and "sitrep_feed_polls_total" in scraped[1], "counters are served without the database"


async def test_a_port_in_use_is_one_clear_error(tmp_path: Path, serve) -> None:  # type: ignore[no-untyped-def]
    store = await Store.open(f"sqlite+aiosqlite:///{tmp_path}/port.db")
    try:
        base = await serve(store, {})
        taken = int(base.rsplit(":", 1)[1])
        with pytest.raises(HttpPortError, match=rf"SITREP_HTTP_PORT={taken}: cannot listen on 127.0.0.1:{taken}"):
            await serve(store, {}, taken)
    finally:
        await store.close()
