"""The delivery job's outcomes as metrics: sent (with its latency), retried, dropped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot import metrics
from bot.delivery import ChannelBroken, Deliverer
from bot.models import Alert, ChannelRef, Delivery, Event, NewsItem, Subscription
from bot.settings import load_settings
from bot.store import Store, Target

PUBLISHED = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
DELIVERED = PUBLISHED + timedelta(seconds=90)
CHANNEL = ChannelRef("metered", "S1", "C1")


class ScriptedAdapter:
    """Answers each send with the next scripted outcome: an exception to raise, or None to post."""

    platform = "metered"
    is_connected = True

    def __init__(self, script: list[Exception | None]) -> None:
        self.script = script

    async def start(self) -> None: ...
    async def stop(self) -> None: ...

    async def deliver(self, channel: ChannelRef, alert: Alert, delivery: Delivery) -> str:
        outcome = self.script.pop(0)
        if outcome is not None:
            raise outcome
        return "posted"


def sample(name: str, **labels: str) -> float:
    return metrics.REGISTRY.get_sample_value(name, labels) or 0.0


async def test_each_send_outcome_is_counted_and_a_sent_alert_times_its_delivery(tmp_path: Path) -> None:
    settings = load_settings(db_url=f"sqlite+aiosqlite:///{tmp_path}/metrics.db", feeds=[])
    store = await Store.open(settings.db_url)
    try:
        # Three channels, one alert each (a channel's later alerts would wait behind a failed one).
        channels = [CHANNEL, ChannelRef("metered", "S1", "C2"), ChannelRef("metered", "S1", "C3")]
        for channel in channels:
            await store.subscriptions.upsert(Subscription(channel))
        feed = await store.feeds.get_or_create("https://wire.example/rss")
        items = [(NewsItem(f"g{i}", "", f"item {i}", "", PUBLISHED, feed.url), Event(("strike",), 3)) for i in range(3)]
        for stored, channel in zip(await store.items.add_new(feed.id, items), channels, strict=True):
            await store.outbox.enqueue(stored.id, [Target(channel)], PUBLISHED)
        adapter = ScriptedAdapter([RuntimeError("platform hiccup"), None, ChannelBroken("channel deleted")])
        before = {
            name: sample(f"sitrep_alerts_{name}_total", platform="metered") for name in ("sent", "retried", "dropped")
        }
        within_two_minutes = sample("sitrep_publish_to_delivery_seconds_bucket", platform="metered", le="120.0")
        await Deliverer(store, {adapter.platform: adapter}, settings, clock=lambda: DELIVERED).deliver_due()
        after = {
            name: sample(f"sitrep_alerts_{name}_total", platform="metered") for name in ("sent", "retried", "dropped")
        }
        assert {name: after[name] - before[name] for name in after} == {"sent": 1, "retried": 1, "dropped": 1}
        assert sample("sitrep_publish_to_delivery_seconds_bucket", platform="metered", le="120.0") == within_two_minutes + 1
        assert sample("sitrep_publish_to_delivery_seconds_bucket", platform="metered", le="60.0") == 0

        await metrics.refresh_from_store(store, DELIVERED)
        # The retried row waits for its next attempt; the broken channel's row is dropped.
        assert sample("sitrep_delivery_queue_depth") == 1
        assert [sample("sitrep_outbox_rows", state=state) for state in ("pending", "sent", "dropped")] == [1, 1, 1]
    finally:
        await store.close()
