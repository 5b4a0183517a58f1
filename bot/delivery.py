"""The delivery job: claims due outbox rows under this process's lease (bot/instance.py) and
hands each to its platform's adapter, with what the adapter needs to post it at most once
(`Delivery`: the row's key, and whether an earlier attempt may have reached the platform)."""

from __future__ import annotations

import asyncio
import logging
import random
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot import metrics
from bot.digests import QuietHours
from bot.instance import Instance, this_process
from bot.models import Alert, ChannelRef, Delivery, Subscription, utcnow
from bot.settings import Settings
from bot.store import OutboxEntry, Store
from bot.store.schema import DropReason
from bot.store.stories import StoryMessage
from bot.stories import facts_changed

if TYPE_CHECKING:
    from adapters.base import Adapter

log = logging.getLogger("sitrep.delivery")

#: Rows claimed at a time: small enough that channels take turns and that a process killed
#: mid-batch leaves few rows to wait for, large enough to keep queries per alert low.
CLAIM_BATCH = 100
#: How often rows queued too long are dropped as expired (the claim never takes them meanwhile;
#: one still open holds its channel's later rows that long at most).
EXPIRE_EVERY = timedelta(minutes=1)
#: How many times per lease a delivering process renews its leases (a missed renewal or two
#: still leaves the lease alive).
LEASE_RENEWALS = 3
#: The message id recorded for a row whose story quiet hours held (it is released in a digest).
HELD = "held:quiet-hours"
#: The top of the severity scale (TAXONOMY.md): a story reaching it always notifies its channels.
MAX_SEVERITY = 5


@dataclass(frozen=True, slots=True)
class Posted:
    """A row whose post (or edit) the platform took, to record."""

    entry: OutboxEntry
    alert: Alert
    message_id: str
    #: The story whose message in the channel this is, to remember (None: nothing to remember).
    story_id: int | None


class ChannelBroken(Exception):
    """The channel is gone, archived or not writable: stop sending there until re-subscribed."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def severity_jumped(shown: int, now: int, subscription: Subscription) -> bool:
    """Whether a story's severity rose to the level that must notify the channel: the severity
    its role is mentioned at (when it has a role), else the highest, 5."""
    threshold = subscription.mention_min_severity if subscription.mention_role_id else MAX_SEVERITY
    return shown < threshold <= now


def retry_delay(attempts: int, cap_seconds: float = 3600.0) -> float:
    """Exponential back-off with ±20 % jitter: 5 s, 10 s, 20 s, ... up to the cap."""
    base = min(cap_seconds, 5.0 * 2 ** max(0, attempts - 1))
    return base * random.uniform(0.8, 1.2)


class Deliverer:
    def __init__(
        self,
        store: Store,
        adapters: Mapping[str, Adapter],
        settings: Settings,
        clock: Callable[[], datetime] = utcnow,
        concurrency: int | None = None,
        instance: Instance | None = None,
    ) -> None:
        self.store = store
        self.adapters = adapters
        self.settings = settings
        self.clock = clock
        self.instance = instance or this_process(settings.instance_id)
        self.lease = timedelta(seconds=settings.lease_seconds)
        # SQLite has one writer: parallel channels would only queue on its lock (and sleep in its
        # busy handler), so channels go one after another there.
        sqlite = store.engine.dialect.name == "sqlite"
        self._concurrency = concurrency or (1 if sqlite else 8)
        self._lock = asyncio.Lock()
        self._reclaimed = False
        self._expired_at: datetime | None = None

    async def deliver_due(self, batch: int = CLAIM_BATCH) -> int:
        """Send every due row (channels in parallel, each channel in order); returns rows sent."""
        async with self._lock:
            await self._before_sending(self.clock())
            sent = 0
            async with self._renewing_leases():
                while True:
                    now = self.clock()
                    due = await self.store.outbox.claim_due(
                        self.instance.id, now, self.lease, queued_since=now - self._expiry, limit=batch,
                        platforms=list(self.adapters), shards=self.settings.discord_shards(),
                    )
                    if not due:
                        return sent
                    # A claim holds one row per channel (the first): a channel's next row is
                    # claimed once this one is done, until nothing is due.
                    sent += await self._send_batch(due)

    @property
    def _expiry(self) -> timedelta:
        return timedelta(hours=self.settings.alert_expiry_hours)

    async def _before_sending(self, now: datetime) -> None:
        if not self._reclaimed:
            # A restart picks up at once what its killed predecessor was sending.
            reclaimed = await self.store.outbox.reclaim_earlier_lives(self.instance, now)
            if reclaimed:
                log.info("delivery.reclaimed rows=%d instance=%s", reclaimed, self.instance.name)
            self._reclaimed = True
        if self._expired_at is not None and now - self._expired_at < EXPIRE_EVERY:
            return
        self._expired_at = now
        expired = await self.store.outbox.expire(now - self._expiry, now)
        if expired:
            log.warning("delivery.expired rows=%d queued_over_hours=%g", expired, self.settings.alert_expiry_hours)

    @asynccontextmanager
    async def _renewing_leases(self) -> AsyncIterator[None]:
        """Keep this process's leases alive while it sends, so only a dead or stalled process
        loses its rows to another."""

        async def renew() -> None:
            while True:
                await asyncio.sleep(self.lease.total_seconds() / LEASE_RENEWALS)
                try:
                    await self.store.outbox.renew(self.instance.id, self.clock(), self.lease)
                except Exception as exc:  # noqa: BLE001 - the next renewal tries again
                    log.warning("delivery.lease_renewal_failed error=%s", exc)

        renewer = asyncio.create_task(renew())
        try:
            yield
        finally:
            renewer.cancel()

    async def _send_batch(self, due: list[OutboxEntry]) -> int:
        # One query each for the subscriptions and the alerts of the whole batch; only marking
        # a row sent is per row, so a crash never resends what was marked.
        subscriptions = await self.store.subscriptions.get_many(entry.channel for entry in due)
        live = []
        for entry in due:
            subscription = subscriptions.get(entry.channel)
            if subscription is None:
                await self._drop(entry, DropReason.UNSUBSCRIBED, "channel no longer subscribed")
            elif subscription.broken_reason:
                await self._drop(entry, DropReason.CHANNEL_BROKEN, subscription.broken_reason)
            else:
                live.append(entry)
        alerts = await self._alerts([entry.item_id for entry in live])
        by_channel: dict[ChannelRef, list[tuple[OutboxEntry, Alert | None]]] = defaultdict(list)
        for entry in live:
            by_channel[entry.channel].append((entry, alerts.get(entry.item_id)))
        quiet = await self.store.digests.quiet(list(by_channel))
        # One query for the channels' messages of the batch's stories, one statement to begin
        # the batch's attempts (the rows still ours): per row only the post and its record remain.
        messages = await self.store.stories.messages(
            [(int(alert.story_id), entry.channel) for entry in live
             if (alert := alerts.get(entry.item_id)) is not None and alert.story_id is not None]
        )
        begun = await self.store.outbox.begin_attempts([entry.id for entry in live], self.instance.id, self.clock())
        slots = asyncio.Semaphore(self._concurrency)
        return sum(await asyncio.gather(*(
            self._send_channel(rows, subscriptions[channel], quiet.get(channel), slots, messages, begun)
            for channel, rows in by_channel.items()
        )))

    async def _record_posted(self, posted: Posted) -> bool:
        """Record a post at once, in one transaction: the row sent, and the channel's message of
        its story. (At once, not with the batch: a crash between the post and this record repeats
        the post on the next attempt, which a platform that can check for it dedupes, but a
        console cannot.) False when the database failed: the row stays claimed and is tried again
        after its lease, as after a crash here, with the check an earlier attempt needs."""
        now = self.clock()
        try:
            if posted.story_id is None:
                await self.store.outbox.mark_sent_many([(posted.entry.id, posted.message_id)], now)
            else:
                async with self.store.transaction() as tx:
                    await tx.stories.record_messages(
                        [(posted.story_id, posted.entry.channel, posted.message_id, posted.alert)], now
                    )
                    await tx.outbox.mark_sent_many([(posted.entry.id, posted.message_id)], now)
        except Exception as exc:  # noqa: BLE001 - one row's record must not end the batch
            log.warning("delivery.record_failed outbox=%s error=%s", posted.entry.id,
                        f"{type(exc).__name__}: {exc}"[:300])
            return False
        return True

    async def _alerts(self, item_ids: list[int]) -> dict[int, Alert]:
        """What each row shows: its item's story, with the story's current facts and sources (or,
        for an item stored before stories were, the item alone), by item id."""
        story_of = await self.store.stories.story_ids(item_ids)
        stories = await self.store.stories.alerts(sorted(set(story_of.values())))
        alone = await self.store.items.alerts([i for i in item_ids if story_of.get(i) not in stories])
        found = {item_id: stories[story_id] for item_id, story_id in story_of.items() if story_id in stories}
        return {**alone, **found}

    async def _send_channel(self, rows: list[tuple[OutboxEntry, Alert | None]], subscription: Subscription,
                            quiet: QuietHours | None, slots: asyncio.Semaphore,
                            messages: Mapping[tuple[int, ChannelRef], StoryMessage], begun: set[int]) -> int:
        sent = 0
        async with slots:
            for entry, alert in rows:
                if alert is None:
                    await self._drop(entry, DropReason.ITEM_GONE)
                    continue
                alert = replace(alert, mention_role_id=entry.mention_role_id)
                message = messages.get((int(alert.story_id), entry.channel)) if alert.story_id is not None else None
                outcome = await self._send_one(entry, alert, subscription, quiet, message, entry.id in begun)
                metrics.record_delivery(entry.channel.platform, outcome, alert.published, self.clock())
                if outcome == "broken":
                    return sent
                sent += outcome == "sent"
        return sent

    async def _tell(self, entry: OutboxEntry, alert: Alert, subscription: Subscription, quiet: QuietHours | None,
                    delivery: Delivery, message: StoryMessage | None) -> tuple[str, int | None]:
        """Post the story to the channel, or, when the channel has it already (`message`), edit
        that message to the current facts (an edit notifies nobody: a jump in severity adds a
        short follow-up that does). During quiet hours a story below the exception is held instead
        of posted, and no follow-up notifies. Returns the id of the channel's message of the story,
        and the story whose message is to be recorded with the row (None: nothing to record)."""
        adapter = self.adapters[entry.channel.platform]
        if alert.story_id is None:
            return await adapter.deliver(entry.channel, alert, delivery), None
        story_id = int(alert.story_id)
        now = self.clock()
        held = quiet is not None and quiet.holds(now, alert.event.severity)
        if message is None and held:
            await self.store.digests.hold(entry.channel, story_id, now)
            return HELD, None
        if message is None:
            message_id = await adapter.deliver(entry.channel, alert, delivery)
        elif not facts_changed(message.shown, alert.event) and len(alert.sources) == message.sources:
            return message.message_id, None  # this channel shows all of it already
        else:
            update = replace(alert, previous=message.shown, mention_role_id=None)
            message_id = await adapter.update(entry.channel, message.message_id, update, delivery)
            if not held and severity_jumped(message.shown.severity, alert.event.severity, subscription):
                await adapter.follow_up(entry.channel, message_id, replace(update, mention_role_id=alert.mention_role_id),
                                        delivery)
        return message_id, story_id

    async def _send_one(self, entry: OutboxEntry, alert: Alert, subscription: Subscription,
                        quiet: QuietHours | None, message: StoryMessage | None, begun: bool) -> str:
        if not begun:
            log.warning("delivery.lease_lost outbox=%s (another process took it over)", entry.id)
            return "lost"
        delivery = Delivery(entry.id, entry.queued_at, entry.attempted_at)
        try:
            message_id, story_id = await self._tell(entry, alert, subscription, quiet, delivery, message)
        except ChannelBroken as exc:
            log.warning("delivery.channel_broken channel=%s reason=%s", entry.channel.channel_id, exc.reason)
            await self.store.subscriptions.mark_broken(entry.channel, exc.reason)
            await self._drop(entry, DropReason.CHANNEL_BROKEN, exc.reason)
            await self.store.outbox.drop_pending_for(entry.channel, DropReason.CHANNEL_BROKEN, exc.reason)
            return "broken"
        except Exception as exc:  # noqa: BLE001 - any other failure is retried, never fatal
            error = f"{type(exc).__name__}: {exc}"[:300]
            if entry.attempts + 1 >= self.settings.delivery_max_attempts:
                log.error("delivery.gave_up outbox=%s attempts=%s error=%s", entry.id, entry.attempts + 1, error)
                await self._drop(entry, DropReason.GAVE_UP, error)
                return "dropped"
            delay = retry_delay(entry.attempts + 1)
            log.warning("delivery.retry outbox=%s in=%.0fs error=%s", entry.id, delay, error)
            await self.store.outbox.mark_retry(
                entry.id, self.instance.id, error, self.clock() + timedelta(seconds=delay)
            )
            return "retry"
        if not await self._record_posted(Posted(entry, alert, str(message_id), story_id)):
            return "unrecorded"
        return "sent"

    async def _drop(self, entry: OutboxEntry, reason: DropReason, detail: str | None = None) -> None:
        await self.store.outbox.mark_dropped(entry.id, self.instance.id, reason, detail)
