"""The one orchestrator of an item's way: parsed items -> classify -> store -> match -> outbox."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot import metrics
from bot.matching import targets_for
from bot.models import Event, NewsItem, ServerSettings, Subscription, utcnow
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


@dataclass(frozen=True, slots=True)
class Audience:
    """Who may receive a feed's alerts: the subscriptions, each server's keywords, and (for a feed
    a server added) the servers that added it."""

    subscriptions: list[Subscription]
    keywords: dict[tuple[str, str], ServerSettings]
    servers: set[tuple[str, str]] | None

    @classmethod
    async def load(cls, store: Store, feed: FeedState) -> Audience:
        return cls(
            await store.subscriptions.all_active(),
            await store.servers.all_keyword_settings(),
            None if feed.configured else await store.servers.servers_for_feed(feed.id),
        )

    def targets(self, stored: StoredItem, now: datetime) -> list[Target]:
        return targets_for(stored.item, stored.event, self.subscriptions, self.keywords, now, self.servers)


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
        # Only what is new is classified; the store checks again inside the transaction, in
        # case another poll stored some of these meanwhile.
        fresh = await self.store.items.unseen(feed.id, items)
        if not fresh:
            return []
        entries = [(item, self.classify(item.title, item.summary)) for item in fresh]
        now = self.clock()
        # One transaction: the items, their story links and their outbox rows are stored together
        # or not at all, so a crash can never leave an item "seen" without its alerts.
        queued = 0
        async with self.store.transaction() as tx:
            stored = await tx.items.add_new(feed.id, entries)
            to_alert = self._to_alert(stored, alert, alert_newest, now)
            if to_alert:
                audience = await Audience.load(tx, feed)
                # Oldest first, so a channel reads a burst in the order it happened.
                for stored_item in sorted(to_alert, key=lambda s: (s.item.published or now, s.id)):
                    targets = audience.targets(stored_item, now)
                    if targets and self.settings.story_window_hours > 0:
                        targets = await self._without_copies(tx, stored_item, targets, now)
                    # (Story links, issue 10, belong here: written in this same transaction.)
                    queued += await tx.outbox.enqueue(stored_item.id, targets, now)
        metrics.ITEMS_STORED.inc(len(stored))
        metrics.ALERTS_QUEUED.inc(queued)
        return [str(s.id) for s in stored]

    def _to_alert(
        self, stored: list[StoredItem], alert: bool, alert_newest: int | None, now: datetime
    ) -> list[StoredItem]:
        """The newly stored items that may alert: escalations, and on a first poll only the newest."""
        if not alert:
            newest = sorted(stored, key=lambda s: s.item.published or datetime.min.replace(tzinfo=UTC), reverse=True)
            return [s for s in newest[: alert_newest or 0] if s.event.is_escalation]
        # Items older than the retention window were pruned from memory; when a feed still
        # carries them they look new again, and must not alert a second time. (A first poll's
        # "alert the newest N" is the operator's explicit wish, whatever the items' age.)
        oldest = now - timedelta(days=self.settings.retention_days)
        return [s for s in stored if s.event.is_escalation and (s.item.published or now) >= oldest]

    async def _without_copies(self, tx: Store, stored: StoredItem, targets: list[Target], now: datetime) -> list[Target]:
        """The targets that have not had this story already, from another feed or under another URL."""
        since = now - timedelta(hours=self.settings.story_window_hours)
        story = Story(stored.id, stored.item.title, stored.event)
        candidates = await tx.items.same_facts_since(since, stored.event, exclude_id=stored.id)
        copies = [other.item_id for other in candidates if same_story(story, other)]
        if not copies:
            return targets
        had = await tx.outbox.channels_of(copies)
        kept = [target for target in targets if target.channel not in had]
        if len(kept) < len(targets):
            log.info("story.repeat_skipped item=%d same_as=%d channels=%d", stored.id, copies[0], len(targets) - len(kept))
        return kept
