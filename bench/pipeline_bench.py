"""Benchmark: polling scale and alert fan-out, on loopback and a real SQLite file.

    .venv/bin/python bench/pipeline_bench.py [--feeds 200] [--items 30] [--channels 1000] [--alerts 50]

Polling: --feeds feeds of --items items each, served by a local aiohttp server, fetched, parsed,
classified and stored by the real poller (first poll, then a second poll with one new item per
feed). Fan-out: --channels subscribed channels, --alerts escalation items queued to all of them
and handed to a no-op adapter by the real delivery job. Prints the numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.delivery import Deliverer  # noqa: E402
from bot.ingest.fetch import FeedFetcher  # noqa: E402
from bot.ingest.poll import FeedPoller  # noqa: E402
from bot.models import Alert, ChannelRef, Delivery, NewsItem, Subscription, utcnow  # noqa: E402
from bot.pipeline import Pipeline  # noqa: E402
from bot.runtime import fetch_limits  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from bot.store import Store  # noqa: E402
from tests.fakes.feed_server import FeedServer  # noqa: E402

HEADLINES = [
    "Militants attack army base in the north, killing {n} soldiers",
    "Central bank holds rates steady as inflation cools",
    "Air strikes hit rebel positions near the border, {n} dead",
    "Football club signs striker in record deal",
    "Drone attack on oil facility sparks fire, no casualties reported",
]


class NullAdapter:
    platform = "bench"

    async def start(self) -> None: ...
    async def stop(self) -> None: ...

    async def deliver(self, channel: ChannelRef, alert: Alert, delivery: Delivery) -> str:
        return "ok"


async def bench_polling(store: Store, settings, feeds: int, items: int) -> None:  # type: ignore[no-untyped-def]
    server = FeedServer()
    await server.start()
    for f in range(feeds):
        feed = server.feed(f"f{f}")
        for i in range(items):
            feed.add(f"f{f}-{i}", HEADLINES[i % len(HEADLINES)].format(n=i % 9 + 2), summary="Officials said. " * 10)
    urls = [server.url(f"f{f}") for f in range(feeds)]
    await store.feeds.sync_configured((url, None, None, None) for url in urls)
    # (configured feeds: the operator's exemption from the address guard covers them)
    fetcher = FeedFetcher(replace(fetch_limits(settings), operator_feeds=frozenset(urls)))
    poller = FeedPoller(store, fetcher, Pipeline(store, settings), settings)
    try:
        for round_name in ("first poll", "second poll (+1 item per feed)"):
            states = await store.feeds.active()
            started = time.perf_counter()
            outcomes = await asyncio.gather(*(poller.poll(feed, force=True) for feed in states))
            elapsed = time.perf_counter() - started
            stored = sum(o.new_items for o in outcomes)
            print(f"polling, {round_name}: {len(states)} feeds in {elapsed:.2f} s "
                  f"({len(states) / elapsed:.0f} feeds/s, {stored} new items stored, "
                  f"{sum(not o.ok for o in outcomes)} failed)")
            for f in range(feeds):
                server.feeds[f"f{f}"].add(f"f{f}-new", "Rocket attack on base wounds 3 soldiers")
    finally:
        await fetcher.aclose()
        await server.stop()


async def bench_fanout(store: Store, settings, channels: int, alerts: int) -> None:  # type: ignore[no-untyped-def]
    for c in range(channels):
        await store.subscriptions.upsert(Subscription(ChannelRef("bench", f"s{c % 50}", f"c{c}")))
    pipeline = Pipeline(store, settings)
    items = [
        NewsItem(f"fan-{i}", f"https://fan.example/{i}", f"Air strikes hit militia depots in sector {i}, killing {i % 7 + 2}", "",
                 utcnow(), "https://fan.example/rss")
        for i in range(alerts)
    ]
    feed = await store.feeds.get_or_create("https://fan.example/rss")
    await store.feeds.sync_configured([(feed.url, None, None, None)])
    feed = await store.feeds.by_url(feed.url)
    started = time.perf_counter()
    await pipeline.ingest(feed, items)  # type: ignore[arg-type]
    queued_s = time.perf_counter() - started
    rows = await store.outbox.count("pending")
    print(f"fan-out: {alerts} alerts x {channels} channels = {rows} outbox rows queued in {queued_s:.2f} s "
          f"({rows / queued_s:.0f} rows/s)")
    started = time.perf_counter()
    sent = await Deliverer(store, {"bench": NullAdapter()}, settings).deliver_due()
    elapsed = time.perf_counter() - started
    print(f"delivery: {sent} rows through a no-op adapter in {elapsed:.2f} s ({sent / elapsed:.0f} rows/s)")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--channels", type=int, default=1000)
    parser.add_argument("--alerts", type=int, default=50)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        settings = load_settings(db_url=f"sqlite+aiosqlite:///{folder}/bench.db", feeds=[], allow_private_feeds=True,
                                 fetch_per_host_limit=16)
        store = await Store.open(settings.db_url)
        try:
            await bench_polling(store, settings, options.feeds, options.items)
            await bench_fanout(store, settings, options.channels, options.alerts)
        finally:
            await store.close()


if __name__ == "__main__":
    asyncio.run(main())
