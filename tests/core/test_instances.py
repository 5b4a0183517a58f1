"""Several live `sitrep run` processes on one PostgreSQL database share the feeds and the
deliveries: each feed is polled once per interval between them, each alert is sent once, and
when one is killed with SIGKILL the others take over its feeds and alerts (nothing lost; on the
console, whose stream cannot be checked for an earlier post, the one line in flight may repeat)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import time
from pathlib import Path

import pytest

from bot.models import CONSOLE_CHANNEL, Subscription
from bot.store import Store
from tests.core.conftest import POSTGRES_SKIP, POSTGRES_URL, reset_postgres
from tests.fakes.feed_server import FeedServer

pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason=POSTGRES_SKIP)

SITREP = Path(sys.executable).with_name("sitrep")
INTERVAL = 2.0
LEASE = 10.0
FEEDS = 24
HEADLINE = "Air strike hits rebel positions near Kherson, killing {n}"


class LiveInstance:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.alerts: list[str] = []
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process.stdout is not None
        while line := await self.process.stdout.readline():
            payload = json.loads(line)
            if payload.get("kind") == "alert":
                self.alerts.append(payload["url"])


async def start(env: dict[str, str], log: Path) -> LiveInstance:
    process = await asyncio.create_subprocess_exec(
        str(SITREP), "run", "--console", "--jsonl", env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=log.open("ab"),
    )
    return LiveInstance(process)


@pytest.mark.parametrize("count", [2, 3])
async def test_instances_share_feeds_and_alerts_even_when_one_is_killed(
    count: int, feed_server: FeedServer, tmp_path: Path
) -> None:
    assert POSTGRES_URL is not None
    await reset_postgres(POSTGRES_URL)
    store = await Store.open(POSTGRES_URL)
    await store.subscriptions.upsert(Subscription(CONSOLE_CHANNEL))
    await store.close()
    names = [f"f{n}" for n in range(FEEDS)]
    for name in names:
        feed_server.feed(name).add(f"{name}-old", "Markets calm")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SITREP_", "DISCORD_", "SLACK_"))}
    env.update(
        SITREP_DB_URL=POSTGRES_URL, SITREP_FEEDS=",".join(feed_server.url(name) for name in names),
        SITREP_POLL_SECONDS=str(INTERVAL), SITREP_LEASE_SECONDS=str(LEASE), SITREP_ALLOW_PRIVATE_FEEDS="1",
        SITREP_FETCH_PER_HOST_LIMIT="32",
        SITREP_DELIVERY_SECONDS="0.5", SITREP_STORY_WINDOW_HOURS="0", SITREP_LOG_LEVEL="WARNING",
    )
    log = tmp_path / "instances.log"
    instances = [await start(env, log) for _ in range(count)]
    try:
        # Items published before a feed's first good poll are recorded without alerting.
        store = await Store.open(POSTGRES_URL)
        deadline = time.monotonic() + 60
        while (polled := [f for f in await store.feeds.active() if f.last_success_at]) and len(polled) < FEEDS or not polled:
            assert time.monotonic() < deadline, "every feed polled once within a minute"
            await asyncio.sleep(0.2)
        await store.close()
        published: list[str] = []
        for second in range(8):
            for k in range(3):
                name = names[(second * 3 + k) % FEEDS]
                link = f"https://news.example/{name}/{second}"
                feed_server.feeds[name].add(f"{name}-{second}", HEADLINE.format(n=second + 2) + f" ({name})", link=link)
                published.append(link)
            if second == 4:
                instances[0].process.send_signal(signal.SIGKILL)
            await asyncio.sleep(1)
        survivors = instances[1:]
        deadline = time.monotonic() + LEASE + 4 * INTERVAL + 10
        while time.monotonic() < deadline:
            if len({url for i in instances for url in i.alerts}) >= len(published):
                break
            await asyncio.sleep(0.2)
        await asyncio.sleep(INTERVAL)  # a late duplicate would show up now
    finally:
        for instance in instances:
            if instance.process.returncode is None:
                instance.process.send_signal(signal.SIGTERM)
        for instance in instances:
            await asyncio.wait_for(instance.process.wait(), 15)
            await instance.reader
    assert all(i.process.returncode == 0 for i in survivors), log.read_text()[-2000:]
    sent = [url for instance in instances for url in instance.alerts]
    assert sorted(set(sent)) == sorted(published), "every alert delivered (none lost)"
    # The console writes to a stream that cannot be searched (README: what remains at least once):
    # a line the killed process printed just before SIGKILL, before it recorded the row as sent,
    # is printed again by the survivor that takes the row over. That is the only repeat allowed:
    # one alert at most (one channel's rows are sent one at a time), printed by the killed process
    # and once by a survivor. A survivor never prints an alert twice or one another survivor did.
    survivor_sent = [url for instance in survivors for url in instance.alerts]
    assert len(survivor_sent) == len(set(survivor_sent)), "no alert sent twice by the survivors"
    repeated = set(instances[0].alerts) & set(survivor_sent)
    assert len(instances[0].alerts) == len(set(instances[0].alerts)), "the killed process sent none twice"
    assert len(repeated) <= 1, f"only the row in flight at the kill may repeat: {sorted(repeated)}"
    assert len(sent) == len(published) + len(repeated)
    for name in names:
        times = feed_server.feeds[name].request_times
        gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
        # (a poll's time is set when it starts; its request may wait for a connection slot, so two
        # requests of one feed can be a little closer than 0.9 interval, never half of it)
        assert min(gaps) >= 0.5 * INTERVAL, f"{name} polled twice within an interval: {gaps}"
    errors = [line for line in log.read_text().splitlines() if "Traceback" in line or "ERROR" in line]
    assert not errors, errors[:5]
