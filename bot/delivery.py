"""The delivery job: hands due outbox rows to their platform's adapter, at most once each."""

from __future__ import annotations

import asyncio
import logging
import random
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot import metrics
from bot.models import Alert, ChannelRef, utcnow
from bot.settings import Settings
from bot.store import OutboxEntry, Store

if TYPE_CHECKING:
    from adapters.base import Adapter

log = logging.getLogger("sitrep.delivery")

#: How long a claimed row stays with the process that claimed it before it is sent again.
SEND_LEASE = timedelta(minutes=5)


class ChannelBroken(Exception):
    """The channel is gone, archived or not writable: stop sending there until re-subscribed."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


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
    ) -> None:
        self.store = store
        self.adapters = adapters
        self.settings = settings
        self.clock = clock
        # SQLite has one writer: parallel channels would only queue on its lock (and sleep in its
        # busy handler), so channels go one after another there.
        sqlite = store.engine.dialect.name == "sqlite"
        self._concurrency = concurrency or (1 if sqlite else 8)
        self._lock = asyncio.Lock()

    async def deliver_due(self, batch: int = 500) -> int:
        """Send every due row (channels in parallel, each channel in order); returns rows sent."""
        async with self._lock:
            sent = 0
            while True:
                due = await self.store.outbox.due(self.clock(), limit=batch, platforms=list(self.adapters))
                if not due:
                    return sent
                results = await self._send_batch(due)
                sent += results
                if len(due) < batch or not results:
                    return sent

    async def _send_batch(self, due: list[OutboxEntry]) -> int:
        # One query each for the subscriptions, the claim and the alerts of the whole batch;
        # only marking a row sent is per row, so a crash never resends what was marked.
        subscriptions = await self.store.subscriptions.get_many(entry.channel for entry in due)
        live, gone = [], []
        for entry in due:
            subscription = subscriptions.get(entry.channel)
            (live if subscription is not None and not subscription.broken_reason else gone).append(entry)
        for entry in gone:
            await self.store.outbox.mark_dropped(entry.id, "channel no longer subscribed")
        claimed = await self.store.outbox.claim([entry.id for entry in live], self.clock(), SEND_LEASE)
        alerts = await self.store.items.alerts([entry.item_id for entry in live])
        by_channel: dict[ChannelRef, list[tuple[OutboxEntry, Alert | None]]] = defaultdict(list)
        for entry in live:
            if entry.id in claimed:  # else another delivery process took it
                by_channel[entry.channel].append((entry, alerts.get(entry.item_id)))
        slots = asyncio.Semaphore(self._concurrency)
        return sum(await asyncio.gather(*(self._send_channel(rows, slots) for rows in by_channel.values())))

    async def _send_channel(self, rows: list[tuple[OutboxEntry, Alert | None]], slots: asyncio.Semaphore) -> int:
        sent = 0
        async with slots:
            for entry, alert in rows:
                if alert is None:
                    await self.store.outbox.mark_dropped(entry.id, "item no longer stored")
                    continue
                outcome = await self._send_one(entry, replace(alert, mention_role_id=entry.mention_role_id))
                metrics.record_delivery(entry.channel.platform, outcome, alert.published, self.clock())
                if outcome == "broken":
                    return sent
                sent += outcome == "sent"
        return sent

    async def _send_one(self, entry: OutboxEntry, alert: Alert) -> str:
        adapter = self.adapters[entry.channel.platform]
        try:
            message_id = await adapter.deliver(entry.channel, alert)
        except ChannelBroken as exc:
            log.warning("delivery.channel_broken channel=%s reason=%s", entry.channel.channel_id, exc.reason)
            await self.store.subscriptions.mark_broken(entry.channel, exc.reason)
            await self.store.outbox.mark_dropped(entry.id, exc.reason)
            await self.store.outbox.drop_pending_for(entry.channel, exc.reason)
            return "broken"
        except Exception as exc:  # noqa: BLE001 - any other failure is retried, never fatal
            error = f"{type(exc).__name__}: {exc}"[:300]
            if entry.attempts + 1 >= self.settings.delivery_max_attempts:
                log.error("delivery.gave_up outbox=%s attempts=%s error=%s", entry.id, entry.attempts + 1, error)
                await self.store.outbox.mark_dropped(entry.id, error)
                return "dropped"
            delay = retry_delay(entry.attempts + 1)
            log.warning("delivery.retry outbox=%s in=%.0fs error=%s", entry.id, delay, error)
            await self.store.outbox.mark_retry(entry.id, error, self.clock() + timedelta(seconds=delay))
            return "retry"
        await self.store.outbox.mark_sent(entry.id, str(message_id), self.clock())
        return "sent"
