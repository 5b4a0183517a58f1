"""Polling one feed: fetch -> parse -> pipeline, with back-off for a failing feed."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.ingest.fetch import FeedFetcher, FetchError
from bot.ingest.parse import FeedParseError, entry_guid, items_of, read_feed
from bot.models import utcnow
from bot.pipeline import Pipeline
from bot.settings import Settings
from bot.store import FeedState, Store
from bot.store.feeds import PollSuccess

log = logging.getLogger("sitrep.poll")


@dataclass(frozen=True, slots=True)
class PollOutcome:
    feed_url: str
    ok: bool
    new_items: int = 0
    not_modified: bool = False
    #: The body was the one parsed last time (a server without ETag support): nothing was parsed.
    unchanged: bool = False
    skipped: bool = False
    error: str | None = None


def backoff_seconds(failures: int, interval: float, cap: float) -> float:
    """interval, 2x, 4x, ... up to `cap`, with ±10 % jitter so failing feeds don't retry in step."""
    base = min(cap, interval * 2 ** max(0, failures - 1))
    return base * random.uniform(0.9, 1.1)


def next_poll_delay(interval: float) -> float:
    """The interval less up to 10 % jitter: many feeds spread out, and none waits longer than its
    interval (so an item is alerted within one interval of its publication)."""
    return interval * random.uniform(0.9, 1.0)


class FeedPoller:
    def __init__(
        self,
        store: Store,
        fetcher: FeedFetcher,
        pipeline: Pipeline,
        settings: Settings,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.fetcher = fetcher
        self.pipeline = pipeline
        self.settings = settings
        self.clock = clock

    def interval(self, feed: FeedState) -> float:
        return feed.interval or self.settings.poll_seconds

    async def poll(self, feed: FeedState, force: bool = False, finished: list[PollSuccess] | None = None) -> PollOutcome:
        """Fetch the feed, store what is new and queue its alerts, and record the poll. With
        `finished`, a good poll that found nothing new is appended there for the caller to record
        with its next claim (the claim loop writes a batch of them in one statement)."""
        now = self.clock()
        if not force and feed.failures and feed.next_poll_at and feed.next_poll_at > now:
            return PollOutcome(feed.url, ok=False, skipped=True)
        first_poll = feed.last_success_at is None
        try:
            result = await self.fetcher.fetch(feed.url, feed.etag, feed.last_modified)
            if result.not_modified:
                await self._succeeded(feed, now, feed.etag, feed.last_modified, None, None, finished)
                return PollOutcome(feed.url, ok=True, not_modified=True)
            assert result.body is not None
            body_hash = hashlib.sha1(result.body).hexdigest()
            if body_hash == feed.body_hash and not first_poll:
                await self._succeeded(feed, now, result.etag, result.last_modified, None, None, finished)
                return PollOutcome(feed.url, ok=True, unchanged=True)
            # feedparser on a big body takes long enough to stall every other poll and delivery:
            # it runs in a worker thread, as does the HTML cleaning of the entries not seen before.
            document = await asyncio.to_thread(read_feed, result.body, self.settings.max_items_per_poll)
        except (FetchError, FeedParseError) as exc:
            return await self._failed(feed, now, str(exc))
        alert_newest = feed.alert_newest if feed.alert_newest is not None else self.settings.first_poll_alert_newest
        try:
            # (A first poll has stored nothing yet, but after a crash mid-poll: the store skips
            # those again.)
            seen = set() if first_poll else await self.store.items.seen_guids(
                feed.id, [guid for entry in document.entries if (guid := entry_guid(entry))]
            )
            items = await asyncio.to_thread(items_of, document, feed.url, now, frozenset(seen))
            new_ids = await self.pipeline.ingest(feed, items, alert=not first_poll, alert_newest=alert_newest)
        except Exception as exc:  # noqa: BLE001 - one bad item or bug must not stop the other feeds
            log.exception("feed.ingest_crashed url=%s", feed.url)
            return await self._failed(feed, now, f"internal error: {type(exc).__name__}")
        await self._succeeded(feed, now, result.etag, result.last_modified, document.title, body_hash, finished)
        if first_poll:
            log.info("feed.first_poll url=%s items=%d recorded_without_alert=%d", feed.url, len(items),
                     max(0, len(new_ids) - alert_newest))
        elif new_ids:
            log.info("feed.new_items url=%s new=%d", feed.url, len(new_ids))
        return PollOutcome(feed.url, ok=True, new_items=len(new_ids))

    async def _succeeded(
        self, feed: FeedState, now: datetime, etag: str | None, last_modified: str | None, title: str | None,
        body_hash: str | None, finished: list[PollSuccess] | None,
    ) -> None:
        if feed.failures:
            log.info("feed.recovered url=%s after_failures=%d", feed.url, feed.failures)
        success = PollSuccess(feed.id, now, now + timedelta(seconds=next_poll_delay(self.interval(feed))), etag,
                              last_modified, title, body_hash)
        if finished is not None and body_hash is None:
            # Nothing new (a 304, the same body): recorded with the next claim. A poll that read a
            # body is recorded at once, so its feed's title and state show with its items.
            finished.append(success)
        else:
            await self.store.feeds.record_successes([success])

    async def _failed(self, feed: FeedState, now: datetime, error: str) -> PollOutcome:
        failures = feed.failures + 1
        delay = backoff_seconds(failures, self.interval(feed), self.settings.backoff_max_seconds)
        await self.store.feeds.record_failure(feed.id, at=now, error=error, next_poll_at=now + timedelta(seconds=delay))
        # One clear warning when a feed starts failing and when it has failed `feed_failing_after`
        # times in a row; the retries in between are routine.
        if failures == 1 or failures == self.settings.feed_failing_after:
            log.warning("feed.failed url=%s failures=%d retry_in=%.0fs error=%s", feed.url, failures, delay, error)
        else:
            log.info("feed.failed url=%s failures=%d retry_in=%.0fs error=%s", feed.url, failures, delay, error)
        return PollOutcome(feed.url, ok=False, error=error)
