"""APScheduler jobs: one poll job per feed, the delivery job, retention, digests, and a reconcile
job that adds and removes poll jobs as servers add and remove feeds."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.models import utcnow
from bot.store import FeedState

log = logging.getLogger("sitrep.scheduler")

POLL_PREFIX = "poll:"
#: How often due digests are looked for (a digest is due on the minute: 08:00, every hour).
DIGEST_SECONDS = 60


def poll_trigger(interval: float) -> IntervalTrigger:
    # Jitter of at most 10 % of the interval spreads many feeds over time (DESIGN.md).
    return IntervalTrigger(seconds=interval, jitter=interval * 0.1 if interval >= 2 else None)


class Scheduler:
    def __init__(
        self,
        *,
        active_feeds: Callable[[], Awaitable[list[FeedState]]],
        poll: Callable[[int], Awaitable[object]],
        deliver: Callable[[], Awaitable[object]],
        prune: Callable[[], Awaitable[object]],
        poll_seconds: float,
        digests: Callable[[], Awaitable[object]] | None = None,
        delivery_seconds: float,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._active_feeds = active_feeds
        self._poll = poll
        self._poll_seconds = poll_seconds
        self._clock = clock
        self._intervals: dict[int, float] = {}
        self.aps = AsyncIOScheduler(timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1,
                                                                 "misfire_grace_time": None})
        self.aps.add_job(deliver, IntervalTrigger(seconds=delivery_seconds), id="deliver", next_run_time=clock())
        self.aps.add_job(prune, IntervalTrigger(hours=6), id="retention", next_run_time=clock() + timedelta(minutes=1))
        self.aps.add_job(self.reconcile, IntervalTrigger(seconds=30), id="reconcile")
        if digests is not None:
            # Every minute, and at once on start: a digest that fell due while the bot was down
            # is made then (once: the store remembers the last due time it made).
            self.aps.add_job(digests, IntervalTrigger(seconds=DIGEST_SECONDS), id="digests", next_run_time=clock())

    async def start(self) -> None:
        await self.reconcile()
        self.aps.start()

    def stop(self) -> None:
        if self.aps.running:
            self.aps.shutdown(wait=False)

    async def reconcile(self) -> None:
        """Make the poll jobs match the active feeds (new feeds are polled at once)."""
        feeds = {feed.id: feed for feed in await self._active_feeds()}
        for feed_id in list(self._intervals):
            if feed_id not in feeds:
                self.aps.remove_job(f"{POLL_PREFIX}{feed_id}")
                del self._intervals[feed_id]
        for feed_id, feed in feeds.items():
            interval = feed.interval or self._poll_seconds
            if self._intervals.get(feed_id) == interval:
                continue
            self.aps.add_job(
                self._poll, poll_trigger(interval), args=[feed_id], id=f"{POLL_PREFIX}{feed_id}",
                replace_existing=True, next_run_time=self._clock(),
            )
            self._intervals[feed_id] = interval
            log.info("scheduler.feed_scheduled feed=%s interval=%.0fs", feed.url, interval)

    def poll_job_ids(self) -> list[str]:
        return sorted(job.id for job in self.aps.get_jobs() if job.id.startswith(POLL_PREFIX))
