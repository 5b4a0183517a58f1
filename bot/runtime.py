"""Assembles the running bot: store, fetcher, pipeline, poller, delivery, commands, schedule.

Adapters are handed in from outside (the CLI picks them), so the core never imports a platform.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot import metrics
from bot.commands import CommandHandler
from bot.delivery import LEASE_RENEWALS, Deliverer
from bot.digest_delivery import DigestSender
from bot.ingest.fetch import FeedFetcher, FetchLimits
from bot.ingest.poll import FeedPoller, PollOutcome
from bot.instance import this_process
from bot.models import CONSOLE_CHANNEL, Subscription, iso_utc, utcnow
from bot.pipeline import Pipeline
from bot.scheduler import Scheduler, wait_cancelled
from bot.settings import Settings
from bot.store import FeedState, PoolLimits, Store
from bot.store.feeds import PollSuccess
from bot.supervisor import AdapterStatus, AdapterSupervisor, PlatformConfigError

if TYPE_CHECKING:
    from adapters.base import Adapter

log = logging.getLogger("sitrep.runtime")
#: SIGTERM/SIGINT stop the bot within 5 s (DESIGN.md), on a loaded machine too: this long for a
#: delivery in flight (one stuck on a platform's rate limit is left to the outbox's retry),
STOP_JOBS_SECONDS = 1.0
#: this long for the adapters (all at once), leaving time to close the store and exit.
STOP_TIMEOUT_SECONDS = 1.5
#: How long start() lets the adapters' first connection attempts run before polling begins anyway.
ADAPTER_START_GRACE_SECONDS = 5.0
#: bot_state name: when the console channel was first subscribed on this database.
CONSOLE_SET_UP = "console.set_up_at"


def pool_limits(settings: Settings) -> PoolLimits:
    return PoolLimits(settings.db_pool_size, settings.db_max_overflow, settings.db_pool_timeout_seconds)


def fetch_limits(settings: Settings) -> FetchLimits:
    return FetchLimits.of(settings)


class Runtime:
    def __init__(self, settings: Settings, store: Store, clock: Callable[[], datetime] = utcnow) -> None:
        self.settings = settings
        self.store = store
        self.clock = clock
        self.fetcher = FeedFetcher(fetch_limits(settings))
        self.pipeline = Pipeline(store, settings, clock=clock)
        self.poller = FeedPoller(store, self.fetcher, self.pipeline, settings, clock)
        #: Who this process is in the leases on feeds and alerts (bot/instance.py).
        self.instance = this_process(settings.instance_id)
        self.lease = timedelta(seconds=settings.lease_seconds)
        self.commands = CommandHandler(
            store, settings, on_feeds_changed=self._feeds_changed, clock=clock, fetcher=self.fetcher,
            adapter_statuses=self.adapter_statuses,
        )
        self.adapters: dict[str, Adapter] = {}
        #: The adapters that are connected: delivery only hands rows to these (the rest wait).
        self.connected: dict[str, Adapter] = {}
        self.supervisors: dict[str, AdapterSupervisor] = {}
        #: Set when a platform refused the configuration: the bot cannot run as configured.
        self.refused: PlatformConfigError | None = None
        self.refused_event = asyncio.Event()
        self.deliverer = Deliverer(store, self.connected, settings, clock, instance=self.instance)
        self.digests = DigestSender(store, self.connected, settings, clock)
        self.scheduler = Scheduler(
            claim=self._claim_feeds,
            next_due=lambda: store.feeds.next_due_at(self.clock()),
            poll=self._poll_claimed,
            deliver=self.deliver,
            prune=self.prune,
            digests=self.send_digests,
            renew=lambda: store.feeds.renew(self.instance.id, self.clock(), self.lease),
            renew_seconds=settings.lease_seconds / LEASE_RENEWALS,
            poll_workers=settings.poll_workers,
            delivery_seconds=settings.delivery_seconds,
            clock=clock,
        )
        self._running: set[asyncio.Task[object]] = set()
        self._stopped = False
        #: Good polls not recorded yet: the next claim records them (and releases their leases).
        self._finished: list[PollSuccess] = []
        #: The feeds this process is polling now (released at a stop if still unfinished).
        self._polling: set[int] = set()

    @classmethod
    async def open(cls, settings: Settings, clock: Callable[[], datetime] = utcnow) -> Runtime:
        return cls(settings, await Store.open(settings.db_url, pool=pool_limits(settings)), clock)

    def attach(self, adapters: Sequence[Adapter]) -> None:
        for adapter in adapters:
            self.adapters[adapter.platform] = adapter

    async def start(self) -> None:
        await self.prepare()
        # Feeds an earlier run of this process held when it died are polled at once, not after
        # their lease.
        await self.store.feeds.reclaim_earlier_lives(self.instance, self.clock())
        await self.scheduler.start()
        log.info("runtime.started adapters=%s feeds=%d", ",".join(self.adapters), len(self.settings.feeds))

    async def prepare(self) -> None:
        """Everything but the schedule: feeds synced, console subscribed, adapters starting.

        Each adapter connects in its own task (bot.supervisor); this waits a little for the first
        attempts so a quick platform is up before the first poll, but never for an unreachable one.
        """
        await self.store.feeds.sync_configured(
            (feed.url, feed.title, feed.interval, feed.alert_newest) for feed in self.settings.feeds
        )
        if "console" in self.adapters and await self.store.state.get(CONSOLE_SET_UP) is None:
            # Subscribed once, the first time the console runs on this database; after that its
            # subscription is what its commands made it (an `unsubscribe` stays).
            if await self.store.subscriptions.get(CONSOLE_CHANNEL) is None:
                await self.store.subscriptions.upsert(Subscription(CONSOLE_CHANNEL))
            await self.store.state.set(CONSOLE_SET_UP, iso_utc(self.clock()))
        for adapter in self.adapters.values():
            supervisor = AdapterSupervisor(adapter, self._adapter_connected, self._adapter_refused, self.clock)
            self.supervisors[adapter.platform] = supervisor
            supervisor.start()
        if self.supervisors:
            first_attempts = [asyncio.ensure_future(s.first_attempt_done.wait()) for s in self.supervisors.values()]
            _, pending = await asyncio.wait(first_attempts, timeout=ADAPTER_START_GRACE_SECONDS)
            for waiter in pending:
                waiter.cancel()

    def _adapter_connected(self, adapter: Adapter) -> None:
        self.connected[adapter.platform] = adapter

    def _adapter_refused(self, error: PlatformConfigError) -> None:
        if self.refused is None:
            self.refused = error
        self.refused_event.set()

    def adapter_statuses(self) -> list[AdapterStatus]:
        return [supervisor.status for supervisor in self.supervisors.values()]

    async def stop(self) -> None:
        """Stop polling, let a job in flight finish (bounded, then it is cut off), then close everything."""
        if self._stopped:
            return
        self._stopped = True
        await self.scheduler.stop()
        if self._running:
            await asyncio.wait(self._running, timeout=STOP_JOBS_SECONDS)
        await self._release_feeds()
        # A poll or delivery still running is cut off now rather than left to run on against a
        # closed store (its transaction rolls back; the feed was released, the outbox row retries).
        unfinished = [task for task in self._running if not task.done()]
        for task in unfinished:
            task.cancel()
        await wait_cancelled(unfinished)
        self.connected.clear()
        if self.supervisors:
            await asyncio.wait([asyncio.ensure_future(s.stop(STOP_TIMEOUT_SECONDS)) for s in self.supervisors.values()],
                               timeout=STOP_TIMEOUT_SECONDS + 0.5)
        await self.fetcher.aclose()
        await self.store.close()
        log.info("runtime.stopped")

    # --- jobs ---------------------------------------------------------------------------
    async def poll_feed(self, feed_id: int) -> PollOutcome | None:
        """Poll one feed now (outside the claim loop), then deliver what it queued."""
        feed = await self.store.feeds.get(feed_id)
        if feed is None:
            return None
        outcome = await self._poll(feed)
        if outcome.new_items:
            await self.deliver()
        return outcome

    async def _claim_feeds(self, limit: int) -> list[FeedState]:
        # (One list for the life of the runtime: polls in flight append to it.)
        finished = self._finished[:]
        self._finished.clear()
        try:
            return await self.store.feeds.claim_due(self.instance.id, self.clock(), self.lease, limit, finished,
                                                    interval=timedelta(seconds=self.settings.poll_seconds))
        except BaseException:
            self._finished[:0] = finished  # recorded with the next claim that works
            raise

    async def _poll_claimed(self, feed: FeedState) -> PollOutcome:
        # The claim loop runs each poll in a task of its own and never cancels it: stop() waits
        # for that task as for any job, with no second task to shield it.
        task = asyncio.current_task()
        self._polling.add(feed.id)
        if task is not None:
            self._running.add(task)
        try:
            # (force: the claim found the feed due; the poll time it returns is the claim's own)
            outcome = await self.poller.poll(feed, force=True, finished=self._finished)
        finally:
            self._polling.discard(feed.id)
            if task is not None:
                self._running.discard(task)
        metrics.record_poll(outcome)
        if outcome.new_items:
            # Deliver at once rather than at the next delivery tick: alerts are about speed.
            self.scheduler.deliveries.wake()
        return outcome

    async def _release_feeds(self) -> None:
        """At a stop: record the polls done, and give up the feeds still being polled, so another
        instance (or the next start) polls them at once rather than after their lease."""
        finished = self._finished[:]
        self._finished.clear()
        try:
            await self.store.feeds.record_successes(finished)
            released = await self.store.feeds.release(
                self.instance.id, self._polling - {success.feed_id for success in finished}
            )
        except Exception as exc:  # noqa: BLE001 - the leases then simply run out
            log.warning("runtime.release_failed error=%s", f"{type(exc).__name__}: {exc}"[:300])
            return
        if released:
            log.info("runtime.released_feeds feeds=%d", released)

    async def _poll(self, feed: FeedState) -> PollOutcome:
        outcome: PollOutcome = await self._tracked(self.poller.poll(feed))
        metrics.record_poll(outcome)
        return outcome

    async def deliver(self) -> int:
        if not self.adapters:
            return 0
        return await self._tracked(self.deliverer.deliver_due())

    async def send_digests(self) -> int:
        if not self.adapters:
            return 0
        return await self._tracked(self.digests.run())

    async def prune(self) -> int:
        cutoff = self.clock() - timedelta(days=self.settings.retention_days)
        removed = await self.store.items.prune(cutoff)
        stories = await self.store.stories.prune() + await self.store.digests.prune(cutoff)
        if removed or stories:
            log.info("retention.pruned items=%d stories=%d", removed, stories)
        return removed

    async def _feeds_changed(self) -> None:
        self.scheduler.polls.wake()

    async def _tracked(self, work):  # type: ignore[no-untyped-def]
        # Jobs are tracked so stop() can wait for a delivery in flight instead of cutting it off.
        task = asyncio.ensure_future(work)
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        # A cancelled caller (the delivery loop at a stop) ends as asked; the shielded work goes
        # on and stop() waits for it. Swallowing the cancel here kept a stopped loop running.
        return await asyncio.shield(task)
