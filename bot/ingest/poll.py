"""Polling one feed: fetch -> parse -> pipeline, with back-off for a failing feed."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.ingest.fetch import FeedFetcher, FetchError
from bot.ingest.parse import FeedParseError, parse_feed
from bot.models import utcnow
from bot.pipeline import Pipeline
from bot.settings import Settings
from bot.store import FeedState, Store

log = logging.getLogger("sitrep.poll")


@dataclass(frozen=True, slots=True)
class PollOutcome:
    feed_url: str
    ok: bool
    new_items: int = 0
    not_modified: bool = False
    skipped: bool = False
    error: str | None = None


def backoff_seconds(failures: int, interval: float, cap: float) -> float:
    """interval, 2x, 4x, ... up to `cap`, with ±10 % jitter so failing feeds don't retry in step."""
    base = min(cap, interval * 2 ** max(0, failures - 1))
    return base * random.uniform(0.9, 1.1)


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

    async def poll(self, feed: FeedState, force: bool = False) -> PollOutcome:
        now = self.clock()
        if not force and feed.failures and feed.next_poll_at and feed.next_poll_at > now:
            return PollOutcome(feed.url, ok=False, skipped=True)
        try:
            result = await self.fetcher.fetch(feed.url, feed.etag, feed.last_modified)
            if result.not_modified:
                await self._succeeded(feed, now, feed.etag, feed.last_modified, None)
                return PollOutcome(feed.url, ok=True, not_modified=True)
            assert result.body is not None
            parsed = parse_feed(result.body, feed.url, now)
        except (FetchError, FeedParseError) as exc:
            return await self._failed(feed, now, str(exc))
        first_poll = feed.last_success_at is None
        alert_newest = feed.alert_newest if feed.alert_newest is not None else self.settings.first_poll_alert_newest
        try:
            new_ids = await self.pipeline.ingest(feed, parsed.items, alert=not first_poll, alert_newest=alert_newest)
        except Exception as exc:  # noqa: BLE001 - one bad item or bug must not stop the other feeds
            log.exception("feed.ingest_crashed url=%s", feed.url)
            return await self._failed(feed, now, f"internal error: {type(exc).__name__}")
        await self._succeeded(feed, now, result.etag, result.last_modified, parsed.title)
        if first_poll:
            log.info("feed.first_poll url=%s items=%d recorded_without_alert=%d", feed.url, len(parsed.items),
                     max(0, len(new_ids) - alert_newest))
        elif new_ids:
            log.info("feed.new_items url=%s new=%d", feed.url, len(new_ids))
        return PollOutcome(feed.url, ok=True, new_items=len(new_ids))

    async def _succeeded(
        self, feed: FeedState, now: datetime, etag: str | None, last_modified: str | None, title: str | None
    ) -> None:
        if feed.failures:
            log.info("feed.recovered url=%s after_failures=%d", feed.url, feed.failures)
        await self.store.feeds.record_success(
            feed.id, at=now, next_poll_at=now + timedelta(seconds=self.interval(feed)),
            etag=etag, last_modified=last_modified, title=title,
        )

    async def _failed(self, feed: FeedState, now: datetime, error: str) -> PollOutcome:
        failures = feed.failures + 1
        delay = backoff_seconds(failures, self.interval(feed), self.settings.backoff_max_seconds)
        await self.store.feeds.record_failure(
            feed.id, at=now, error=error, failing_after=self.settings.feed_failing_after,
            next_poll_at=now + timedelta(seconds=delay),
        )
        # One clear warning when a feed starts failing and when it is marked failing; the
        # retries in between are routine.
        if failures == 1 or failures == self.settings.feed_failing_after:
            log.warning("feed.failed url=%s failures=%d retry_in=%.0fs error=%s", feed.url, failures, delay, error)
        else:
            log.info("feed.failed url=%s failures=%d retry_in=%.0fs error=%s", feed.url, failures, delay, error)
        return PollOutcome(feed.url, ok=False, error=error)
