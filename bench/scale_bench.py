"""Benchmark: K live `sitrep run` processes sharing N loopback feeds and one database.

    .venv/bin/python bench/scale_bench.py --feeds 1000 --instances 1 --db sqlite
    .venv/bin/python bench/scale_bench.py --feeds 5000 --instances 1,2,3 --db postgresql \\
        --postgres-url postgresql+asyncpg://postgres@127.0.0.1:5432/sitrep_bench --interval 120 --duration 300

Everything stays on 127.0.0.1. This process serves N RSS feeds (ETag/304; every `--interval / 2`
seconds a `--share` of the feeds gains one escalation item with a unique link) and starts K
instances of `sitrep run --console --jsonl` on one database, with M subscribed console channels
(the console adapter prints one JSON line per delivered alert, so the bench sees every delivery).
With `--kill` each configuration runs a second time and one instance is killed with SIGKILL in the
middle of the run (a single instance is restarted after 2 s; with more, the others take over).

Printed per configuration: the first full poll cycle (every feed fetched once), the longest gap
between two polls of one feed afterwards, polls/s, polls closer together than half the interval
(double polls), CPU seconds and peak RSS per instance, CPU per poll, publish-to-delivery latency
p50/p99, alerts expected, sent, sent twice and lost, and error lines in the instances' logs.
"Steady" CPU counts only what was spent after every feed's first poll. `--bare` first runs the
baseline the issue compares against: a bare asyncio poller (httpx + feedparser + a keyword regex,
one channel) on the same feeds. It asserts nothing: it prints what it measured.

`--kill-only` runs only the configurations with one instance killed. `--profile FILE` runs the
first instance under cProfile counting CPU time (not wall time, which a shared machine inflates)
over its steady state (`--env BENCH_PROFILE_PHASE=first`: over its first cycle); read FILE with
`python -m pstats`. Under the profiler everything is several times slower and code made of many
small calls (httpcore's pool) looks bigger than it is: compare shares, not milliseconds.
`--fanout CHANNELS` instead queues alerts to that many Discord channels through the real pipeline
and delivers them through discord.py to the fake Discord (429s included), checking each channel's
order.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fakes.feed_server import FakeFeed  # noqa: E402

SITREP = ROOT / ".venv" / "bin" / "sitrep"
#: Headlines the classifier calls strike/attack/casualty at severity >= 2 (the default subscription).
ESCALATIONS = [
    "Air strike hits rebel positions near Kherson, killing {n}",
    "Militants attack army base in Mali, killing {n} soldiers",
    "Drone strike on convoy in Idlib kills {n} fighters",
    "Gunmen attack police station in Kano, {n} officers killed",
]
QUIET = ["Central bank holds rates steady as inflation cools", "Football club signs striker in record deal"]
#: Log lines that mean something went wrong in an instance.
ERROR_MARKERS = ("Traceback", "QueuePool limit", "feed.ingest_crashed", "maximum number of running instances")
SETTLE_SECONDS = 15.0


@dataclass
class BenchFeeds:
    """N feeds served from memory; every request is logged with its time."""

    count: int
    items: int
    feeds: list[FakeFeed] = field(default_factory=list)
    bodies: list[bytes | None] = field(default_factory=list)
    requests: dict[int, list[float]] = field(default_factory=lambda: defaultdict(list))
    #: link -> monotonic time it was published
    published: dict[str, float] = field(default_factory=dict)
    not_modified: int = 0

    def __post_init__(self) -> None:
        for f in range(self.count):
            feed = FakeFeed(title=f"Bench wire {f}")
            for i in range(self.items):
                feed.add(f"f{f}-old-{i}", QUIET[i % len(QUIET)] + f" ({f}.{i})", summary="Officials said. " * 20,
                         link=f"https://bench.example/{f}/old/{i}")
            self.feeds.append(feed)
            self.bodies.append(None)

    def publish(self, f: int, serial: int) -> None:
        link = f"https://bench.example/{f}/new/{serial}"
        title = ESCALATIONS[serial % len(ESCALATIONS)].format(n=serial % 9 + 2) + f" (report {f}-{serial})"
        self.feeds[f].add(f"f{f}-new-{serial}", title, summary="Officials said. " * 20, link=link)
        self.bodies[f] = None
        self.published[link] = time.monotonic()

    async def serve(self, request: web.Request) -> web.Response:
        f = int(request.match_info["n"])
        self.requests[f].append(time.monotonic())
        feed = self.feeds[f]
        etag = feed.etag()
        if request.headers.get("If-None-Match") == etag:
            self.not_modified += 1
            return web.Response(status=304)
        if self.bodies[f] is None:
            self.bodies[f] = feed.render()
        return web.Response(body=self.bodies[f], content_type="application/rss+xml", headers={"ETag": etag})


@dataclass
class Instance:
    index: int
    process: asyncio.subprocess.Process
    log_path: Path
    reader: asyncio.Task[None] | None = None
    cpu_seconds: float = 0.0
    #: CPU seconds when every feed had had its first poll (the start of the steady state)
    cpu_at_steady: float | None = None
    peak_rss_mb: float = 0.0
    killed: bool = False

    def sample(self) -> None:
        """CPU time and peak RSS from /proc (read while the process is alive)."""
        try:
            stat = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
            self.cpu_seconds = (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")
            for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    self.peak_rss_mb = int(line.split()[1]) / 1024
        except (OSError, IndexError, ValueError):
            pass


@dataclass
class Deliveries:
    #: link -> delivery times (monotonic), one per channel that received it
    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))

    async def read(self, stream: asyncio.StreamReader) -> None:
        while line := await stream.readline():
            try:
                payload = json.loads(line)
            except ValueError:
                continue
            if payload.get("kind") == "alert":
                self.times[payload["url"]].append(time.monotonic())


def write_config(folder: Path, port: int, options: argparse.Namespace) -> Path:
    lines = [f"poll_seconds = {options.interval}", "first_poll_alert_newest = 0", "allow_private_feeds = true",
             "story_window_hours = 0", "delivery_seconds = 1", 'log_level = "WARNING"',
             "fetch_per_host_limit = 64", "fetch_timeout_seconds = 10", ""]
    for f in range(options.feeds):
        lines += ["[[feeds]]", f'url = "http://127.0.0.1:{port}/feed/{f}"', ""]
    # SITREP_CONFIG names the whole config folder (taxonomy, gazetteers): link the bundled files.
    config = folder / "config"
    config.mkdir()
    for bundled in (ROOT / "config").iterdir():
        if bundled.name != "default.toml":
            (config / bundled.name).symlink_to(bundled)
    path = config / "default.toml"
    path.write_text("\n".join(lines))
    return path


async def prepare_database(db_url: str, channels: int) -> None:
    from sqlalchemy import text

    from bot.models import CONSOLE_CHANNEL, ChannelRef, Subscription
    from bot.store import Store
    from bot.store.db import create_engine
    from bot.store.schema import Base

    if db_url.startswith("postgresql"):
        engine = create_engine(db_url)
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.drop_all)
            await conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        await engine.dispose()
    store = await Store.open(db_url)
    try:
        # The console adapter delivers every console-platform row; each channel is one subscriber
        # (the console's own channel is the first).
        await store.subscriptions.upsert(Subscription(CONSOLE_CHANNEL))
        for c in range(1, channels):
            await store.subscriptions.upsert(Subscription(ChannelRef("console", "console", f"bench-{c}")))
    finally:
        await store.close()


async def start_instance(index: int, env: dict[str, str], folder: Path, bare: bool = False,
                         profile: Path | None = None) -> Instance:
    log_path = folder / f"instance-{index}-{time.monotonic_ns()}.log"
    command = [sys.executable, __file__, "--as-bare-poller"] if bare else [str(SITREP), "run", "--console", "--jsonl"]
    if profile is not None and not bare:
        command = [sys.executable, __file__, "--as-profiled", str(profile), env.get("BENCH_PROFILE_PHASE", "steady")]
    process = await asyncio.create_subprocess_exec(
        *command, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=log_path.open("wb"), limit=1 << 20,
    )
    return Instance(index, process, log_path)


def check_alive(running: list[Instance]) -> None:
    for instance in running:
        instance.sample()
        if instance.process.returncode is not None:
            raise SystemExit(f"instance {instance.index} exited with {instance.process.returncode}:\n"
                             + instance.log_path.read_text(errors="replace")[-3000:])


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def run_configuration(
    options: argparse.Namespace, db: str, instances: int, kill: bool, bare: bool = False
) -> dict[str, object]:
    feeds = BenchFeeds(options.feeds, options.items)
    app = web.Application()
    app.router.add_get("/feed/{n}", feeds.serve)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=4096)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    deliveries = Deliveries()
    running: list[Instance] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db_url = f"sqlite+aiosqlite:///{folder}/bench.db" if db == "sqlite" else options.postgres_url
        if not bare:
            await prepare_database(db_url, options.channels)
        env = {key: value for key, value in os.environ.items() if not key.startswith(("SITREP_", "DISCORD_", "SLACK_"))}
        env.update(SITREP_CONFIG=str(write_config(folder, port, options)), SITREP_DB_URL=db_url,
                   PYTHONUNBUFFERED="1")
        env.update(dict(pair.split("=", 1) for pair in options.env))
        started = time.monotonic()
        for i in range(instances):
            profile = Path(options.profile) if options.profile and i == 0 else None
            instance = await start_instance(i, env, folder, bare, profile)
            instance.reader = asyncio.create_task(deliveries.read(instance.process.stdout))  # type: ignore[arg-type]
            running.append(instance)
        everyone = list(running)
        # Publishing starts once every feed has had its first (recording) poll, and stops one
        # interval before the end, so every item published has had its chance to be polled.
        first_cycle = await wait_first_cycle(feeds, started, options.duration, running)
        for instance in running:
            instance.sample()
            instance.cpu_at_steady = instance.cpu_seconds
        if options.profile:
            running[0].process.send_signal(signal.SIGUSR1)  # the first cycle ends, the steady state begins
        steady_polls_from = sum(len(times) for times in feeds.requests.values())
        publish_until = started + options.duration - options.interval - SETTLE_SECONDS
        kill_at = started + first_cycle + (publish_until - started - first_cycle) / 2 if kill else None
        serial = 0
        rounds = 0
        next_round = time.monotonic()
        while time.monotonic() < started + options.duration:
            now = time.monotonic()
            if now >= next_round and now < publish_until:
                count = max(1, int(options.feeds * options.share))
                for k in range(count):
                    feeds.publish((rounds * count + k) % options.feeds, serial)
                    serial += 1
                rounds += 1
                next_round = now + options.interval / 2
            if kill_at is not None and now >= kill_at:
                kill_at = None
                victim = running[0]
                victim.sample()
                victim.process.send_signal(signal.SIGKILL)
                victim.killed = True
                print(f"  killed instance {victim.index} (pid {victim.process.pid}) at {now - started:.0f} s",
                      flush=True)
                if instances == 1:
                    await asyncio.sleep(2)
                    replacement = await start_instance(1, env, folder)
                    replacement.reader = asyncio.create_task(deliveries.read(replacement.process.stdout))  # type: ignore[arg-type]
                    running.append(replacement)
                    everyone.append(replacement)
                running.remove(victim)
            check_alive(running)
            await asyncio.sleep(0.5)
        for instance in running:
            instance.sample()
            instance.process.send_signal(signal.SIGTERM)
        for instance in everyone:
            try:
                await asyncio.wait_for(instance.process.wait(), 15)
            except TimeoutError:
                instance.process.kill()
            if instance.reader is not None:
                await instance.reader
        errors = Counter()
        for instance in everyone:
            text = instance.log_path.read_text(errors="replace")
            for marker in ERROR_MARKERS:
                errors[marker] += text.count(marker)
            if "Traceback" in text and not errors.get("shown"):
                errors["shown"] = 1
                start = text.index("Traceback")
                print("  first error in an instance's log:\n  " + text[max(0, start - 300):start + 2500].replace("\n", "\n  "))
        await runner.cleanup()
    return summarise(options, "bare poller" if bare else db, instances, kill, feeds, deliveries, everyone,
                     first_cycle, dict(errors), steady_polls_from, 1 if bare else options.channels)


async def wait_first_cycle(feeds: BenchFeeds, started: float, limit: float, running: list[Instance]) -> float:
    while time.monotonic() - started < limit:
        check_alive(running)
        if len(feeds.requests) == feeds.count:
            return max(times[0] for times in feeds.requests.values()) - started
        await asyncio.sleep(0.2)
    return float("nan")


def summarise(options, db, instances, kill, feeds, deliveries, everyone, first_cycle, errors, steady_polls_from, expected):  # type: ignore[no-untyped-def]
    all_requests = sorted(t for times in feeds.requests.values() for t in times)
    polls = len(all_requests)
    span = (all_requests[-1] - all_requests[0]) if polls > 1 else float("nan")
    steady_from = all_requests[0] + first_cycle if polls else 0.0
    gaps = [b - a for times in feeds.requests.values() for a, b in zip(times, times[1:], strict=False)
            if a >= steady_from]
    doubles = sum(gap < options.interval / 2 for gap in gaps)
    latencies, twice, lost, sent = [], 0, 0, 0
    for link, published in feeds.published.items():
        got = deliveries.times.get(link, [])
        sent += len(got)
        twice += max(0, len(got) - expected)
        lost += max(0, expected - len(got))
        latencies += [t - published for t in got]
    cpu = sum(i.cpu_seconds for i in everyone)
    steady_cpu = sum(i.cpu_seconds - (i.cpu_at_steady or 0.0) for i in everyone)
    steady_polls = polls - steady_polls_from
    return {
        "db": db, "instances": instances, "kill": kill, "feeds": options.feeds,
        "first_cycle_s": first_cycle, "max_gap_s": max(gaps) if gaps else float("nan"),
        "polls": polls, "polls_per_s": polls / span if span else float("nan"), "not_modified": feeds.not_modified,
        "double_polls": doubles,
        "cpu_s": [round(i.cpu_seconds, 1) for i in everyone], "peak_rss_mb": [round(i.peak_rss_mb) for i in everyone],
        "cpu_ms_per_poll": 1000 * cpu / polls if polls else float("nan"),
        "steady_cpu_ms_per_poll": 1000 * steady_cpu / steady_polls if steady_polls > 0 else float("nan"),
        "latency_p50_s": percentile(latencies, 0.5), "latency_p99_s": percentile(latencies, 0.99),
        "alerts_expected": len(feeds.published) * expected, "alerts_sent": sent, "sent_twice": twice, "lost": lost,
        "errors": {k: v for k, v in errors.items() if v and k != "shown"},
    }


def print_row(row: dict[str, object]) -> None:
    def num(value: object, spec: str = ".1f") -> str:
        return format(value, spec) if isinstance(value, float) else str(value)

    print(
        f"| {row['db']} | {row['instances']}{' (kill -9 one)' if row['kill'] else ''} | {row['feeds']} "
        f"| {num(row['first_cycle_s'])} | {num(row['max_gap_s'])} | {num(row['polls_per_s'])} | {row['double_polls']} "
        f"| {row['cpu_s']} | {num(row['cpu_ms_per_poll'])} | {num(row['steady_cpu_ms_per_poll'])} | {row['peak_rss_mb']} "
        f"| {num(row['latency_p50_s'])} / {num(row['latency_p99_s'])} "
        f"| {row['alerts_expected']} | {row['alerts_sent']} | {row['sent_twice']} | {row['lost']} | {row['errors'] or '-'} |",
        flush=True,
    )


HEADER = (
    "| db | instances | feeds | first cycle s | max gap after it s | polls/s | double polls | CPU s per instance "
    "| CPU ms/poll | steady CPU ms/poll | peak RSS MB per instance | latency p50 / p99 s | alerts expected | sent "
    "| sent twice | lost | errors |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
)


class LoopLag:
    """The longest the event loop was late for a 10 ms timer while it ran."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _tick(self) -> None:
        while True:
            before = time.perf_counter()
            await asyncio.sleep(0.01)
            self.worst = max(self.worst, time.perf_counter() - before - 0.01)

    async def __aenter__(self) -> LoopLag:
        self._task = asyncio.create_task(self._tick())
        await asyncio.sleep(0.02)
        return self

    async def __aexit__(self, *_exc: object) -> None:
        assert self._task is not None
        await asyncio.sleep(0.02)  # let the timer see a stall that just ended
        self._task.cancel()


async def big_feed(entries: int) -> None:
    """One feed of `entries` items through the real poller (SQLite, loopback): the first poll, the
    same body again without ETag support, and one new item; with the event loop's worst lag."""
    from bot.ingest.fetch import FeedFetcher
    from bot.ingest.parse import parse_feed
    from bot.ingest.poll import FeedPoller
    from bot.pipeline import Pipeline
    from bot.runtime import fetch_limits
    from bot.settings import load_settings
    from bot.store import Store
    from tests.fakes.feed_server import FeedServer

    server = FeedServer()
    await server.start()
    wire = server.feed("big", etag_enabled=False)
    for n in range(entries):
        wire.add(f"e{n}", f"Item {n}")
    body = wire.render()
    # Rendering 100,000 entries takes the server seconds; serve it ready-made so the lag measured
    # is sitrep's, not the bench server's.
    wire.render = lambda: body  # type: ignore[method-assign]
    async with LoopLag() as lag:
        started = time.process_time()
        parse_feed(body, "https://big.example/")
        inline_cpu = time.process_time() - started
    print(f"{entries} entries, {len(body) / 1e6:.1f} MB: feedparser and items inline on the loop: "
          f"{inline_cpu:.1f} s CPU, loop lag {lag.worst * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as folder:
        settings = load_settings(db_url=f"sqlite+aiosqlite:///{folder}/big.db", feeds=[], allow_private_feeds=True,
                                 fetch_max_bytes=50_000_000)
        store = await Store.open(settings.db_url)
        await store.feeds.sync_configured([(server.url("big"), None, None, None)])
        fetcher = FeedFetcher(fetch_limits(settings))
        poller = FeedPoller(store, fetcher, Pipeline(store, settings), settings)
        for step in ("first poll", "same body again", "one new item"):
            if step == "one new item":
                wire.add("fresh", "Air strike hits rebel positions near Kherson, killing 4")
                fresh = FakeFeed.render(wire)
                wire.render = lambda fresh=fresh: fresh  # type: ignore[method-assign]
            (feed,) = await store.feeds.active()
            async with LoopLag() as lag:
                wall, cpu = time.perf_counter(), time.process_time()
                outcome = await poller.poll(feed, force=True)
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            print(f"  {step}: {wall:.1f} s, {cpu:.1f} s CPU, loop lag {lag.worst * 1000:.0f} ms, "
                  f"{outcome.new_items} new items stored (cap {settings.max_items_per_poll}), unchanged={outcome.unchanged}")
        await fetcher.aclose()
        await store.close()
    await server.stop()


async def fanout(channels: int, alerts: int, rate_limited: int) -> None:
    """`alerts` escalation items to `channels` Discord channels: the time to queue them (the real
    pipeline), then the real delivery job through the real discord.py client to the loopback fake
    Discord, which answers `rate_limited` posts with 429; checks every channel's order."""
    from adapters.discord_bot import DiscordAdapter
    from bot.delivery import Deliverer
    from bot.models import ChannelRef, NewsItem, Subscription, utcnow
    from bot.pipeline import Pipeline
    from bot.settings import load_settings
    from bot.store import Store
    from tests.discord.helpers import RecordingCommands
    from tests.fakes.discord_server import GUILD_ID, FakeDiscord

    fake = FakeDiscord()
    await fake.start()
    with tempfile.TemporaryDirectory() as folder:
        settings = load_settings(
            db_url=f"sqlite+aiosqlite:///{folder}/fanout.db", feeds=[], story_window_hours=0,
            discord_token=fake.token, discord_api_url=fake.rest_base, discord_gateway_url=fake.gateway_url,
        )
        store = await Store.open(settings.db_url)
        channel_ids = [str(900000000000000000 + n) for n in range(channels)]
        for channel_id in channel_ids:
            await store.subscriptions.upsert(Subscription(ChannelRef("discord", GUILD_ID, channel_id)))
        feed = await store.feeds.get_or_create("https://fan.example/rss")
        await store.feeds.sync_configured([(feed.url, None, None, None)])
        feed = await store.feeds.by_url(feed.url)
        pipeline = Pipeline(store, settings)
        pipeline.classify("warm up", "")  # the classifier loads once per process: not part of a fan-out
        titles = [ESCALATIONS[n % len(ESCALATIONS)].format(n=n + 2) + f" (fan-out {n})" for n in range(alerts)]
        queue_times = []
        for n, title in enumerate(titles):
            item = NewsItem(f"fan-{n}", f"https://fan.example/{n}", title, "", utcnow(), feed.url)  # type: ignore[union-attr]
            started = time.perf_counter()
            await pipeline.ingest(feed, [item])  # type: ignore[arg-type]
            queue_times.append(time.perf_counter() - started)
        adapter = DiscordAdapter(settings, RecordingCommands(), guild_ready_timeout=0.05)  # type: ignore[arg-type]
        await adapter.start()
        fake.ratelimit_next = rate_limited
        deliverer = Deliverer(store, {"discord": adapter}, settings)
        started = time.perf_counter()
        sent = await deliverer.deliver_due()
        # Posts discord.py gave up on after its own retries are retried by sitrep after a back-off.
        while await store.outbox.count("pending") and time.perf_counter() - started < 120:
            await asyncio.sleep(0.5)
            sent += await deliverer.deliver_due()
        elapsed = time.perf_counter() - started
        await adapter.stop()
        await store.close()
    await fake.stop()
    accepted = [p for p in fake.posted if p.status == 200]
    marks = [f"(fan-out {n})" for n in range(alerts)]
    by_channel: dict[str, list[int]] = defaultdict(list)
    for post in accepted:
        text = json.dumps(post.body, ensure_ascii=False)
        by_channel[post.channel_id] += [n for n, mark in enumerate(marks) if mark in text]
    in_order = all(order == list(range(alerts)) for order in by_channel.values())
    if os.environ.get("FANOUT_DEBUG"):
        print({c: o for c, o in by_channel.items() if o != list(range(alerts))})
    print(f"fan-out: 1 alert to {channels} channels queued in {queue_times[0] * 1000:.0f} ms "
          f"(each of {alerts} alerts: max {max(queue_times) * 1000:.0f} ms)")
    print(f"delivery: {sent} posts in {elapsed:.1f} s ({sent / elapsed:.0f}/s) through discord.py to the fake, "
          f"{sum(p.status == 429 for p in fake.posted)} answered 429 and retried; "
          f"{len(accepted)} accepted, {len(by_channel)} channels, every channel in order: {in_order}")


def bare_poller() -> None:
    """The baseline of issue 13: a bare asyncio poller (httpx + feedparser + a keyword regex) with
    ETags, polling the same feeds at the same interval and printing alerts as the console does."""
    import re

    import feedparser
    import httpx

    config = Path(os.environ["SITREP_CONFIG"]).read_text()
    urls = re.findall(r'url = "(.+?)"', config)
    interval = float(re.search(r"poll_seconds = ([0-9.]+)", config).group(1))  # type: ignore[union-attr]
    pattern = re.compile(r"\b(strike|attack|killed|killing|kills)\b", re.IGNORECASE)
    seen: set[str] = set()
    etags: dict[str, str] = {}

    async def poll(client: httpx.AsyncClient, slots: asyncio.Semaphore, url: str, first: bool) -> None:
        async with slots:
            response = await client.get(url, headers={"If-None-Match": etags[url]} if url in etags else {})
        if response.status_code != 200:
            return
        etags[url] = response.headers.get("ETag", "")
        for entry in feedparser.parse(response.content).entries:
            key = entry.get("id") or entry.get("link")
            if key in seen:
                continue
            seen.add(key)
            if not first and pattern.search(entry.get("title", "")):
                print(json.dumps({"kind": "alert", "url": entry.get("link"), "title": entry.get("title")}), flush=True)

    async def forever(client: httpx.AsyncClient, slots: asyncio.Semaphore, url: str) -> None:
        first = True
        while True:
            await poll(client, slots, url, first)
            first = False
            await asyncio.sleep(interval)

    async def run() -> None:
        async with httpx.AsyncClient(timeout=10) as client:
            slots = asyncio.Semaphore(32)
            await asyncio.gather(*(forever(client, slots, url) for url in urls))

    asyncio.run(run())


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=20, help="items in each feed at the start")
    parser.add_argument("--channels", type=int, default=10, help="subscribed console channels (M)")
    parser.add_argument("--instances", default="1", help="comma-separated K values, e.g. 1,2,3")
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--postgres-url", default=os.environ.get("SITREP_BENCH_POSTGRES_URL"))
    parser.add_argument("--interval", type=float, default=30.0, help="poll interval, seconds")
    parser.add_argument("--duration", type=float, default=120.0, help="seconds per configuration")
    parser.add_argument("--share", type=float, default=0.02, help="share of feeds gaining an item each half interval")
    parser.add_argument("--kill", action="store_true", help="also run each configuration with one instance killed")
    parser.add_argument("--kill-only", action="store_true", help="run each configuration with one instance killed only")
    parser.add_argument("--env", action="append", default=[], help="extra NAME=VALUE for the instances")
    parser.add_argument("--profile", metavar="FILE",
                        help="run the first instance under cProfile (CPU time), writing FILE: its steady state, "
                             "or its first cycle with --env BENCH_PROFILE_PHASE=first")
    parser.add_argument("--bare", action="store_true", help="first run the bare poller on the same feeds (baseline)")
    parser.add_argument("--big-feed", type=int, metavar="ENTRIES",
                        help="instead: poll one feed of this many entries and print time, CPU and loop lag")
    parser.add_argument("--fanout", type=int, metavar="CHANNELS",
                        help="instead: queue alerts to this many Discord channels and deliver them to the fake Discord")
    parser.add_argument("--fanout-alerts", type=int, default=3)
    parser.add_argument("--fanout-429s", type=int, default=50)
    options = parser.parse_args()
    if options.fanout:
        await fanout(options.fanout, options.fanout_alerts, options.fanout_429s)
        return
    if options.big_feed:
        await big_feed(options.big_feed)
        return
    if options.db == "postgresql" and not options.postgres_url:
        parser.error("--db postgresql needs --postgres-url (or SITREP_BENCH_POSTGRES_URL); the bench drops its tables")
    if options.duration < options.interval + SETTLE_SECONDS + 10:
        parser.error("--duration must leave at least one interval + 25 s")
    print(f"# {options.feeds} feeds x {options.items} items, {options.channels} channels, interval {options.interval:.0f} s, "
          f"{options.duration:.0f} s per run, {options.share:.0%} of feeds gain an item every {options.interval / 2:.0f} s")
    print(HEADER, flush=True)
    if options.bare:
        print_row(await run_configuration(options, options.db, 1, False, bare=True))
    for instances in (int(k) for k in options.instances.split(",")):
        for kill in (True,) if options.kill_only else (False, True) if options.kill else (False,):
            print_row(await run_configuration(options, options.db, instances, kill))


def profiled_sitrep(path: str, phase: str) -> None:
    """`sitrep run --console --jsonl` under cProfile counting CPU time (not wall time, which a
    shared machine inflates), in the steady state (from SIGUSR1, which the bench sends when every
    feed had its first poll, to the end) or in the first cycle (until SIGUSR1); to `path`."""
    import cProfile

    from bot.cli import main as sitrep

    profiler = cProfile.Profile(time.process_time)
    signal.signal(signal.SIGUSR1, lambda *_: profiler.enable() if phase == "steady" else profiler.disable())
    if phase == "first":
        profiler.enable()
    try:
        sitrep(["run", "--console", "--jsonl"])
    finally:
        profiler.disable()
        profiler.dump_stats(path)


if __name__ == "__main__":
    if sys.argv[1:] == ["--as-bare-poller"]:
        bare_poller()
    elif sys.argv[1:2] == ["--as-profiled"]:
        profiled_sitrep(sys.argv[2], sys.argv[3])
    else:
        asyncio.run(main())
