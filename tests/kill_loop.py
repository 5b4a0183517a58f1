"""The kill loop: a real `sitrep run` process (real discord.py and slack-bolt adapters, pointed at
the loopback fakes) polls a loopback feed that keeps gaining items, and is killed with SIGKILL at
random points of ingest and delivery, then restarted on the same database, again and again.
Afterwards every alert the items call for must have been posted exactly once on each platform.

Used by tests/test_kill_loop.py (six kills) and bench/kill_bench.py (more, with a table).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import re
import signal
import socket
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from bot.matching import subscription_wants
from bot.models import ChannelRef, Subscription
from bot.store import Store
from bot.store.schema import ItemRow, OutboxRow, OutboxState
from tests.fakes.discord_server import CHANNEL_ID, GUILD_ID, FakeDiscord
from tests.fakes.feed_server import FeedServer
from tests.fakes.slack_server import TEAM_ID, FakeSlack

SLACK_CHANNEL = "C111"
SLACK_SIGNING_SECRET = "kill-loop-signing-secret"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
#: Item links carry their number: how a post at a fake is traced back to its item.
LINK = "https://news.example/k/{n}"
LINK_NUMBER = re.compile(r"news\.example/k/(\d+)")
#: Headlines the feed cycles through: most are escalations, some are not.
HEADLINES = (
    "Airstrike kills {k} in Kharkiv, report {n}",
    "Drone attack on Belgorod injures {k}, report {n}",
    "City council approves new budget, report {n}",
    "Missile strike hits Odesa port, {k} killed, report {n}",
    "Shelling kills {k} civilians in Donetsk, report {n}",
    "Local team wins the cup final, report {n}",
)
#: The feed keeps this many newest items (more than a restart's gap can add).
FEED_WINDOW = 400
#: Where in its work a process is killed.
KILL_POINTS = (
    "during an ingest", "just after a Discord post", "just after a Slack post", "just after an ingest", "any moment",
)
#: Items published at once before a kill "during an ingest", so that there is a long one to hit.
BURST = 80
#: The restarted process must catch up within this (it is also the lease, so a restart that
#: waited for its predecessor's leases instead of taking them back would exceed it).
LEASE_SECONDS = 60.0


@dataclass
class KillReport:
    database: str
    kills: int = 0
    items: int = 0
    alerts_expected: int = 0
    sent: int = 0
    lost: int = 0
    duplicated: int = 0
    #: Expected alerts whose outbox row is missing, or not in state sent, at the end.
    rows_missing: int = 0
    rows_unsent: int = 0
    kill_points: Counter[str] = field(default_factory=Counter)
    #: Second attempts the platforms' checks turned into no post: Discord answering a repeated
    #: nonce with the first message, Slack's history showing the first post.
    discord_nonce_repeats: int = 0
    slack_found_in_history: int = 0
    #: Restarts that took back their predecessor's claims at once.
    reclaims: int = 0
    #: Seconds from a restart to the post, for alerts still to send when their process was killed.
    delays_after_restart: list[float] = field(default_factory=list)
    first_posts: list[float] = field(default_factory=list)

    @property
    def first_post_after_restart(self) -> float:
        """The median, over restarts, of the time to a restart's first post: the process's own
        start (imports, Discord login and ready, Slack auth), the floor of every delay above."""
        firsts = sorted(self.first_posts)
        return firsts[len(firsts) // 2] if firsts else 0.0

    @property
    def p99_delay_after_restart(self) -> float:
        delays = sorted(self.delays_after_restart)
        return delays[min(len(delays) - 1, int(len(delays) * 0.99))] if delays else 0.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Feed:
    """The feed that keeps gaining items, with when each was published on it."""

    def __init__(self, server: FeedServer) -> None:
        self.served = server.feed("wire")
        self.entries = self.served.entries
        self.url = server.url("wire")
        self.added_at: dict[int, float] = {}
        self.titles: dict[int, str] = {}

    def add(self, count: int) -> None:
        from tests.fakes.feed_server import FeedEntry

        for _ in range(count):
            n = len(self.titles) + 1
            title = HEADLINES[n % len(HEADLINES)].format(n=n, k=2 + n % 7)
            self.entries.append(FeedEntry(f"k-{n}", title, "", LINK.format(n=n)))
            self.titles[n] = title
            self.added_at[n] = time.monotonic()
        del self.entries[:-FEED_WINDOW]

    async def grow(self, per_tick: int, tick: float) -> None:
        while True:
            self.add(per_tick)
            await asyncio.sleep(tick)


class Bot:
    """One `sitrep run` process and the log lines it wrote."""

    def __init__(self, process: asyncio.subprocess.Process, started: float) -> None:
        self.process = process
        self.started = started
        self.lines: list[str] = []
        self.new_line = asyncio.Event()
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process.stderr is not None
        async for raw in self.process.stderr:
            self.lines.append(raw.decode(errors="replace"))
            self.new_line.set()

    async def wait_for_line(self, text: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        seen = len(self.lines) if text == "feed.new_items" else 0  # a new ingest, not an old one
        while time.monotonic() < deadline:
            if any(text in line for line in self.lines[seen:]):
                return True
            if self.process.returncode is not None:
                return False
            self.new_line.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.new_line.wait(), deadline - time.monotonic())
        return False

    async def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(signal.SIGKILL)
        await self.process.wait()
        await self._reader

    async def stop(self) -> int:
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(self.process.wait(), timeout=15)
        await self._reader
        return code


def bot_environment(db_url: str, feed_url: str, discord: FakeDiscord, slack: FakeSlack, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SITREP_", "SLACK_", "DISCORD_"))}
    env.update({
        "DISCORD_TOKEN": discord.token, "DISCORD_API_URL": discord.rest_base, "DISCORD_GATEWAY_URL": discord.gateway_url,
        "SLACK_BOT_TOKEN": slack.bot_token, "SLACK_SIGNING_SECRET": SLACK_SIGNING_SECRET, "SLACK_API_URL": slack.url,
        "SITREP_HTTP_PORT": str(port), "SITREP_DB_URL": db_url, "SITREP_FEEDS": feed_url,
        "SITREP_ALLOW_PRIVATE_FEEDS": "true", "SITREP_POLL_SECONDS": "1", "SITREP_DELIVERY_SECONDS": "0.5",
        "SITREP_FIRST_POLL_ALERT_NEWEST": "100000", "SITREP_STORY_WINDOW_HOURS": "0",
        "SITREP_LEASE_SECONDS": str(LEASE_SECONDS), "SITREP_INSTANCE_ID": "kill-loop",
        "PYTHONUNBUFFERED": "1",
    })
    return env


@contextlib.asynccontextmanager
async def loopback() -> AsyncIterator[tuple[FakeDiscord, FakeSlack, FeedServer]]:
    discord, slack, feeds = FakeDiscord(), FakeSlack(), FeedServer()
    await discord.start()
    await slack.start()
    await feeds.start()
    try:
        yield discord, slack, feeds
    finally:
        await feeds.stop()
        await slack.close()
        await discord.stop()


async def kill_loop(
    db_url: str, kills: int, workdir: Path, *, seed: int = 0, per_tick: int = 2, tick: float = 0.25,
    catch_up_seconds: float = 120.0, database: str = "",
) -> KillReport:
    """Run, kill and restart `sitrep run` `kills` times, then once more to the end; report."""
    from bot.classify import classify

    rng = random.Random(seed)
    report = KillReport(database or db_url.split(":", 1)[0])
    subscriptions = [Subscription(ChannelRef("discord", GUILD_ID, CHANNEL_ID)),
                     Subscription(ChannelRef("slack", TEAM_ID, SLACK_CHANNEL))]
    store = await Store.open(db_url)
    for subscription in subscriptions:
        await store.subscriptions.upsert(subscription)
    async with loopback() as (discord, slack, feeds):
        feed = Feed(feeds)
        env = bot_environment(db_url, feed.url, discord, slack, free_port())
        spawned: list[float] = []

        async def spawn() -> Bot:
            started = time.monotonic()
            spawned.append(started)
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", env=env, cwd=workdir, stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
            )
            return Bot(process, started)

        bots: list[Bot] = []
        try:
            growing = asyncio.create_task(feed.grow(per_tick, tick))
            try:
                for kill in range(kills):
                    bot = await spawn()
                    bots.append(bot)
                    await bot.wait_for_line("runtime.started", timeout=30)
                    point = KILL_POINTS[kill % len(KILL_POINTS)]  # each point in turn, at a random moment
                    await asyncio.sleep(rng.uniform(0, 1.0))
                    if point == "any moment":
                        await asyncio.sleep(rng.uniform(0, 1.5))
                    elif point == "during an ingest":
                        feed.add(BURST)
                        fetches, deadline = feed.served.requests, time.monotonic() + 10
                        while feed.served.requests == fetches and time.monotonic() < deadline:
                            await asyncio.sleep(0.005)
                        await asyncio.sleep(rng.uniform(0, 0.4))  # parsing, classifying, storing
                    elif point == "just after an ingest":
                        await bot.wait_for_line("feed.new_items", timeout=10)
                    else:
                        platform_posts = (
                            (lambda: len(discord.posted)) if "Discord" in point else (lambda: len(slack.created()))
                        )
                        before, deadline = platform_posts(), time.monotonic() + 10
                        while platform_posts() == before and time.monotonic() < deadline:
                            await asyncio.sleep(0.005)
                    await bot.kill()
                    report.kills += 1
                    report.kill_points[point] += 1
            finally:
                growing.cancel()
            # The last run: nothing new arrives; it must catch up with everything and stop cleanly.
            bot = await spawn()
            bots.append(bot)
            # (a SIGTERM that lands before the interpreter has even imported the bot kills it with the
            # default action: on a loaded machine the catch-up below can be over before that)
            assert await bot.wait_for_line("runtime.started", timeout=30), "".join(bot.lines)[-3000:]
            expected = expected_alerts(feed, subscriptions, classify)
            deadline = time.monotonic() + catch_up_seconds
            while time.monotonic() < deadline and not set(expected) <= {key for key, _ in posted(discord, slack)}:
                await asyncio.sleep(0.2)
            await asyncio.sleep(2 * 0.5 + 1)  # a repeat, if there were one, would arrive now
            code = await bot.stop()
            assert code == 0, "".join(bot.lines)[-3000:]

            posts = posted(discord, slack)
            counts = Counter(key for key, _ in posts)
            first_post = {}
            for key, at in posts:
                first_post.setdefault(key, at)
            report.items = len(feed.titles)
            report.alerts_expected = len(expected)
            report.sent = sum(1 for key in expected if counts[key])
            report.lost = report.alerts_expected - report.sent
            report.duplicated = sum(count - 1 for count in counts.values() if count > 1)
            firsts: dict[float, float] = {}
            for key in expected:
                if key not in first_post:
                    continue
                started = max(s for s in spawned if s <= first_post[key])
                if started != spawned[0] and feed.added_at[key[1]] < started:
                    report.delays_after_restart.append(first_post[key] - started)
                    firsts[started] = min(firsts.get(started, 1e9), first_post[key] - started)
            report.first_posts = list(firsts.values())
            report.rows_missing, report.rows_unsent = await outbox_gaps(store, expected)
            report.discord_nonce_repeats = sum(1 for message in discord.posted if message.repeat_of_nonce)
            lines = [line for each in bots for line in each.lines]
            report.slack_found_in_history = sum(1 for line in lines if "slack.already_posted" in line)
            report.reclaims = sum(1 for line in lines if "delivery.reclaimed" in line)
        finally:
            for each in bots:  # a failed trial leaves no bot running
                if each.process.returncode is None:
                    await each.kill()
    await store.close()
    return report


def expected_alerts(
    feed: Feed, subscriptions: list[Subscription], classify: Callable[[str, str], object]
) -> list[tuple[str, int]]:
    """(platform, item number) for every item a subscription wants, by the classifier the bot runs."""
    from bot.models import utcnow

    wanted = []
    for n, title in feed.titles.items():
        event = classify(title, "")
        for subscription in subscriptions:
            if subscription_wants(subscription, event, utcnow()):  # type: ignore[arg-type]
                wanted.append((subscription.channel.platform, n))
    return wanted


def posted(discord: FakeDiscord, slack: FakeSlack) -> list[tuple[tuple[str, int], float]]:
    """Every message the platforms created, as ((platform, item number), when)."""
    found = []
    for message in discord.delivered(CHANNEL_ID):
        if match := LINK_NUMBER.search(str(message.body)):
            found.append((("discord", int(match.group(1))), message.at))
    for message in slack.created(SLACK_CHANNEL):
        if match := LINK_NUMBER.search(str(message)):
            found.append((("slack", int(match.group(1))), slack.created_at[message["ts"]]))
    return found


async def outbox_gaps(store: Store, expected: list[tuple[str, int]]) -> tuple[int, int]:
    """How many expected alerts have no outbox row, and how many rows are not sent."""
    async with store.engine.connect() as connection:
        rows = await connection.execute(
            select(ItemRow.url, OutboxRow.platform, OutboxRow.state).join(OutboxRow, OutboxRow.item_id == ItemRow.id)
        )
        states = {}
        for url, platform, state in rows.all():
            if match := LINK_NUMBER.search(url):
                states[(platform, int(match.group(1)))] = state
    missing = sum(1 for key in expected if key not in states)
    unsent = sum(1 for key in expected if key in states and states[key] != OutboxState.SENT)
    return missing, unsent
