"""The digest job: makes the runs that fell due (once each, also for a digest due while the bot
was down) and hands each to its platform's adapter with the period's stories."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from bot.delivery import ChannelBroken
from bot.digests import DIGEST_STORIES, Digest
from bot.models import EVENT_TYPES, Delivery, utcnow
from bot.settings import Settings
from bot.store import Store
from bot.store.digests import DigestRun

if TYPE_CHECKING:
    from adapters.base import Adapter

log = logging.getLogger("sitrep.digests")


class DigestSender:
    def __init__(self, store: Store, adapters: Mapping[str, Adapter], settings: Settings,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.adapters = adapters
        self.settings = settings
        self.clock = clock

    async def run(self) -> int:
        """Make the due runs, then send every pending one; returns how many were sent."""
        made = await self.store.digests.make_due_runs(self.clock())
        if made:
            log.info("digests.due runs=%d", made)
        sent = 0
        for run in await self.store.digests.pending(list(self.adapters)):
            sent += await self._send(run)
        return sent

    async def digest(self, run: DigestRun) -> Digest:
        if run.kind == "quiet":  # what the quiet hours held, with the stories' current facts
            held = await self.store.digests.held(run.channel, run.period_start, run.period_end)
            stories = await self.store.stories.alerts(held)
            listed = sorted(stories.values(), key=lambda s: -s.event.severity)[:DIGEST_STORIES]
            return Digest(run.channel, run.period_start, run.period_end, tuple(listed), held=True)
        subscription = await self.store.subscriptions.get(run.channel)
        types = subscription.types if subscription is not None else EVENT_TYPES
        stories = await self.store.stories.updated_between(
            run.period_start, run.period_end, run.min_severity, types,
            await self.store.visible_feed_ids(run.channel), DIGEST_STORIES,
        )
        return Digest(run.channel, run.period_start, run.period_end, tuple(stories))

    async def _send(self, run: DigestRun) -> int:
        adapter = self.adapters[run.channel.platform]
        # A run tried before may have been posted since it was made: look from then on.
        delivery = Delivery(run.id, run.created_at, run.created_at if run.attempts else None, scope="d")
        try:
            message_id = await adapter.deliver_digest(run.channel, await self.digest(run), delivery)
        except ChannelBroken as exc:
            log.warning("digests.channel_broken channel=%s reason=%s", run.channel.channel_id, exc.reason)
            await self.store.digests.mark(run.id, "dropped", self.clock(), error=exc.reason)
            return 0
        except Exception as exc:  # noqa: BLE001 - retried at the next tick, never fatal
            error = f"{type(exc).__name__}: {exc}"[:300]
            gave_up = run.attempts + 1 >= self.settings.delivery_max_attempts
            log.warning("digests.%s run=%s error=%s", "gave_up" if gave_up else "retry", run.id, error)
            await self.store.digests.mark(run.id, "dropped" if gave_up else "pending", self.clock(), error=error)
            return 0
        await self.store.digests.mark(run.id, "sent", self.clock(), message_id=message_id)
        return 1
