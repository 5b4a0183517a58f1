"""The one orchestrator of an item's way: parsed items -> classify -> store -> match -> outbox."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot import metrics
from bot.matching import targets_for
from bot.models import ChannelRef, Event, NewsItem, ServerSettings, Subscription, utcnow
from bot.settings import Settings
from bot.store import FeedState, Store
from bot.store.items import StoredItem
from bot.store.outbox import Target
from bot.stories import StoryRule, broad_places

log = logging.getLogger("sitrep.pipeline")

Classify = Callable[[str, str], Event]


def _default_classify(title: str, summary: str) -> Event:
    from bot.classify import classify

    return classify(title, summary)


@dataclass(frozen=True, slots=True)
class Audience:
    """Who may receive a feed's alerts: the subscriptions, each server's (and channel's own)
    keywords, and (for a feed a server added) the servers that added it."""

    subscriptions: list[Subscription]
    keywords: dict[tuple[str, str], ServerSettings]
    servers: dict[tuple[str, str], str | None] | None
    channel_keywords: dict[ChannelRef, ServerSettings]

    @classmethod
    async def load(cls, store: Store, feed: FeedState) -> Audience:
        return cls(
            await store.subscriptions.all_active(),
            await store.servers.all_keyword_settings(),
            None if feed.configured else await store.servers.servers_for_feed(feed.id),
            await store.servers.all_channel_keyword_settings(),
        )

    def targets(self, stored: StoredItem, now: datetime) -> list[Target]:
        return targets_for(stored.item, stored.event, self.subscriptions, self.keywords, now, self.servers,
                           self.channel_keywords)


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
        self._story_rule: StoryRule | None = None

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
            to_alert = {s.id for s in self._to_alert(stored, alert, alert_newest, now)}
            audience = await Audience.load(tx, feed) if to_alert else None
            # Oldest first: a story grows in the order it was told, a channel reads a burst so.
            for stored_item in sorted(stored, key=lambda s: (s.item.published or now, s.id)):
                if not stored_item.event.is_escalation:
                    continue
                # Every escalation joins a story or starts one (first polls too, for `latest`); a
                # channel that has the story gets its message edited, others a new one (delivery).
                await tx.stories.attach(stored_item.id, self.story_rule)
                if audience is not None and stored_item.id in to_alert:
                    queued += await tx.outbox.enqueue(stored_item.id, audience.targets(stored_item, now), now)
        metrics.ITEMS_STORED.inc(len(stored))
        metrics.ALERTS_QUEUED.inc(queued)
        return [str(s.id) for s in stored]

    @property
    def story_rule(self) -> StoryRule:
        """The story rule with the configured window and the gazetteer's countries (read once)."""
        if self._story_rule is None:
            window = timedelta(hours=self.settings.story_window_hours)
            self._story_rule = StoryRule(broad_places=broad_places(), window=window)
        return self._story_rule

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
