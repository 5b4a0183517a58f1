"""The one orchestrator of an item's way: parsed items -> classify -> store -> match -> outbox."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from bot import metrics
from bot.matching import targets_for
from bot.models import Event, NewsItem, utcnow
from bot.settings import Settings
from bot.store import FeedState, Store
from bot.store.items import StoredItem
from bot.store.outbox import Target
from bot.stories import Story, same_story

log = logging.getLogger("sitrep.pipeline")

Classify = Callable[[str, str], Event]


def _default_classify(title: str, summary: str) -> Event:
    from bot.classify import classify

    return classify(title, summary)


class Pipeline:
    def __init__(
        self,
        store: Store,
        settings: Settings,
        classify: Classify = _default_classify,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.settings = settings
        self.classify = classify
        self.clock = clock

    async def ingest(
        self, feed: FeedState | str, items: Sequence[NewsItem], alert: bool = True, alert_newest: int | None = None
    ) -> list[str]:
        """Store the items not seen before and queue alerts for the escalations among them.

        `alert=False` records without alerting (a feed's first poll), except the
        `alert_newest` newest items. Returns the ids of the newly stored items.
        """
        if isinstance(feed, str):
            feed = await self.store.feeds.get_or_create(feed)
        entries = [(item, self.classify(item.title, item.summary)) for item in items]
        stored = await self.store.items.add_new(feed.id, entries)
        metrics.ITEMS_STORED.inc(len(stored))
        if not stored:
            return []
        alerted = stored
        if not alert:
            newest = sorted(stored, key=lambda s: s.item.published or datetime.min.replace(tzinfo=UTC), reverse=True)
            alerted = newest[: alert_newest or 0]
        now = self.clock()
        alerted = [s for s in alerted if s.event.is_escalation]
        if alert:
            # Items older than the retention window were pruned from memory; when a feed still
            # carries them they look new again, and must not alert a second time. (A first poll's
            # "alert the newest N" is the operator's explicit wish, whatever the items' age.)
            oldest = now - timedelta(days=self.settings.retention_days)
            alerted = [s for s in alerted if (s.item.published or now) >= oldest]
        if alerted:
            subscriptions = await self.store.subscriptions.all_active()
            keywords = await self.store.servers.all_keyword_settings()
            servers = None if feed.configured else await self.store.servers.servers_for_feed(feed.id)
            # Oldest first, so a channel reads a burst in the order it happened.
            for stored_item in sorted(alerted, key=lambda s: (s.item.published or now, s.id)):
                targets = targets_for(stored_item.item, stored_item.event, subscriptions, keywords, now, servers)
                if targets and self.settings.story_window_hours > 0:
                    targets = await self._without_copies(stored_item, targets, now)
                if targets:
                    metrics.ALERTS_QUEUED.inc(await self.store.outbox.enqueue(stored_item.id, targets, now))
        return [str(s.id) for s in stored]

    async def _without_copies(self, stored: StoredItem, targets: list[Target], now: datetime) -> list[Target]:
        """The targets that have not had this story already, from another feed or under another URL."""
        since = now - timedelta(hours=self.settings.story_window_hours)
        story = Story(stored.id, stored.item.title, stored.event)
        candidates = await self.store.items.same_facts_since(since, stored.event, exclude_id=stored.id)
        copies = [other.item_id for other in candidates if same_story(story, other)]
        if not copies:
            return targets
        had = await self.store.outbox.channels_of(copies)
        kept = [target for target in targets if target.channel not in had]
        if len(kept) < len(targets):
            log.info("story.repeat_skipped item=%d same_as=%d channels=%d", stored.id, copies[0], len(targets) - len(kept))
        return kept
