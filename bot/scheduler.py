"""The schedule of a running bot.

- One claim loop polls the feeds: it takes due feeds from the database with a lease (as many as it
  has free workers), polls them, and the poll records the next time and releases the lease. Every
  instance on one database runs the same loop, so the feeds are shared between them, and a dead
  instance's feeds are taken over when its leases end. 5,000 feeds are 5,000 rows, not 5,000 jobs.
- One delivery loop sends due alerts: at once when a poll queued some, else every few seconds.
- APScheduler runs the periodic jobs: retention, and the digests (every minute and at once on
  start, so a digest that fell due while the bot was down is made then, once).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Collection
from datetime import datetime, timedelta
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.models import utcnow
from bot.store import FeedState

log = logging.getLogger("sitrep.scheduler")

#: The claim loop looks again at least this often, for feeds whose lease another instance let
#: lapse and for feeds added by another instance.
MAX_IDLE_SECONDS = 5.0
#: ... and waits at least this long between two claims while it has free workers: feeds falling due
#: meanwhile are claimed together in one query instead of one query each (a poll starts at most
#: this much after its time).
MIN_IDLE_SECONDS = 0.5
#: After a failed claim (database unreachable) the loop waits this long before trying again.
CLAIM_RETRY_SECONDS = 5.0
RETENTION_INTERVAL = timedelta(hours=6)
#: How long a stop waits for a cancelled task (a loop, a job) to end: a cancel ends it at its next
#: await, so this is only reached by a task that outlived its cancel.
CANCELLED_TASK_SECONDS = 0.5
#: How often due digests are looked for (a digest is due on the minute: 08:00, every hour).
DIGEST_SECONDS = 60


async def woken_or_timed_out(wake: asyncio.Event, seconds: float) -> None:
    """Wait until `wake` is set or `seconds` pass. Not asyncio.wait_for: on Python 3.11 it returns
    the result when a cancel and the event come in one turn (a poll finishing as the bot stops),
    swallowing the cancel, and the loop then runs on after its stop."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await wake.wait()


async def wait_cancelled(tasks: Collection[asyncio.Task[Any]]) -> None:
    """Wait (bounded) for cancelled tasks to end. One that outlives its cancel would run on after
    the stop, and the event loop's teardown would wait for it forever: it is named instead."""
    if not tasks:
        return
    _, stuck = await asyncio.wait(tasks, timeout=CANCELLED_TASK_SECONDS)
    for task in stuck:
        log.error("scheduler.task_did_not_stop task=%s", task.get_name())


def ends_quietly_at_shutdown(job: Callable[[], Awaitable[object]]) -> Callable[[], Awaitable[None]]:
    """APScheduler cancels a running job at its shutdown and logs the cancel as a crash with a
    traceback; a stop is no crash (the runtime waits for the work itself)."""

    async def run() -> None:
        with contextlib.suppress(asyncio.CancelledError):
            await job()

    return run


class PollLoop:
    """Claims due feeds while it has free workers, and polls each in its own task. `claim(limit)`
    is also called with 0 when no worker is free: it records the polls finished meanwhile."""

    def __init__(
        self,
        *,
        claim: Callable[[int], Awaitable[list[FeedState]]],
        next_due: Callable[[], Awaitable[datetime | None]],
        poll: Callable[[FeedState], Awaitable[object]],
        workers: int,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._claim = claim
        self._next_due = next_due
        self._poll = poll
        self._workers = workers
        self._clock = clock
        self._wake = asyncio.Event()
        self.in_flight: set[asyncio.Task[object]] = set()

    def wake(self) -> None:
        """Look for due feeds now (a feed was added, or a worker became free)."""
        self._wake.set()

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            self._wake.clear()
            free = self._workers - len(self.in_flight)
            last_claim = loop.time()
            try:
                # Called with no free worker too: a claim also records the polls finished since
                # the last one (one round trip for the batch).
                claimed = await self._claim(max(0, free))
                for feed in claimed:
                    task = asyncio.ensure_future(self._poll(feed))
                    self.in_flight.add(task)
                    task.add_done_callback(self._finished)
                if free > 0 and len(claimed) == free:
                    continue  # more may be due: claim again as soon as a worker is free
                if len(self.in_flight) >= self._workers:
                    delay = MAX_IDLE_SECONDS  # until a worker is free (it wakes the loop)
                elif claimed:
                    delay = MIN_IDLE_SECONDS  # feeds are falling due: look again soon
                else:
                    delay = await self._idle_delay()
            except Exception as exc:  # noqa: BLE001 - a database hiccup must not end polling
                log.warning("scheduler.claim_failed error=%s retry_in=%.0fs", f"{type(exc).__name__}: {exc}"[:300],
                            CLAIM_RETRY_SECONDS)
                delay = CLAIM_RETRY_SECONDS
            await woken_or_timed_out(self._wake, delay)
            # Woken early (a poll finished, a feed was added): still claim at most every
            # MIN_IDLE_SECONDS, so feeds falling due meanwhile share one query.
            await asyncio.sleep(max(0.0, last_claim + MIN_IDLE_SECONDS - loop.time()))

    def _finished(self, task: asyncio.Task[object]) -> None:
        self.in_flight.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("scheduler.poll_crashed error=%r", task.exception())
        # A free worker, and the feed's next poll time is known now.
        self._wake.set()

    async def _idle_delay(self) -> float:
        due = await self._next_due()
        if due is None:
            return MAX_IDLE_SECONDS
        return min(MAX_IDLE_SECONDS, max(MIN_IDLE_SECONDS, (due - self._clock()).total_seconds()))


class DeliveryLoop:
    """Runs the delivery job when woken (a poll queued alerts) or every `every_seconds`."""

    def __init__(self, deliver: Callable[[], Awaitable[object]], every_seconds: float) -> None:
        self._deliver = deliver
        self._every = every_seconds
        self._wake = asyncio.Event()

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        while True:
            await woken_or_timed_out(self._wake, self._every)
            self._wake.clear()
            try:
                await self._deliver()
            except Exception:  # noqa: BLE001 - the next round retries; one failure must not end delivery
                log.exception("scheduler.delivery_failed")


class Scheduler:
    def __init__(
        self,
        *,
        claim: Callable[[int], Awaitable[list[FeedState]]],
        next_due: Callable[[], Awaitable[datetime | None]],
        poll: Callable[[FeedState], Awaitable[object]],
        deliver: Callable[[], Awaitable[object]],
        prune: Callable[[], Awaitable[object]],
        renew: Callable[[], Awaitable[object]],
        renew_seconds: float,
        poll_workers: int,
        digests: Callable[[], Awaitable[object]] | None = None,
        delivery_seconds: float,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.polls = PollLoop(claim=claim, next_due=next_due, poll=poll, workers=poll_workers, clock=clock)
        self.deliveries = DeliveryLoop(deliver, delivery_seconds)
        self._renew = renew
        self._renew_seconds = renew_seconds
        self._tasks: list[asyncio.Task[None]] = []
        self.aps = AsyncIOScheduler(timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1,
                                                                 "misfire_grace_time": None})
        self.aps.add_job(ends_quietly_at_shutdown(prune), IntervalTrigger(seconds=RETENTION_INTERVAL.total_seconds()), id="retention",
                         next_run_time=clock() + timedelta(minutes=1))
        if digests is not None:
            # The store remembers the last due time it made, so a restart makes a missed digest once.
            self.aps.add_job(ends_quietly_at_shutdown(digests), IntervalTrigger(seconds=DIGEST_SECONDS), id="digests", next_run_time=clock())

    async def start(self) -> None:
        self._tasks = [asyncio.create_task(self.polls.run(), name="sitrep-polls"),
                       asyncio.create_task(self.deliveries.run(), name="sitrep-deliveries"),
                       asyncio.create_task(self._renew_leases(), name="sitrep-feed-leases")]
        self.aps.start()

    async def _renew_leases(self) -> None:
        """Keep the leases of the feeds being polled alive, as the delivery job does for its rows:
        only a dead or stalled process loses its feeds to another."""
        while True:
            await asyncio.sleep(self._renew_seconds)
            if not self.polls.in_flight:
                continue
            try:
                await self._renew()
            except Exception as exc:  # noqa: BLE001 - the next renewal tries again
                log.warning("scheduler.lease_renewal_failed error=%s", exc)

    async def stop(self) -> None:
        """Stop claiming and delivering, and wait for the loops to end (bounded); polls in flight
        go on (the runtime waits for them)."""
        for task in self._tasks:
            task.cancel()
        if self.aps.running:
            self.aps.shutdown(wait=False)
        await wait_cancelled(self._tasks)
