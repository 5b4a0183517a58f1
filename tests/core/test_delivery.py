"""The outbox delivery job with a recording adapter: retries, broken channels, at most once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from bot.delivery import ChannelBroken, Deliverer
from bot.instance import Instance
from bot.models import Alert, ChannelRef, Delivery, Event, NewsItem, Subscription
from bot.store import Store, Target

T0 = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
CHANNEL = ChannelRef("test", "S1", "C1")
STRIKE = Event(types=("strike",), severity=3)


class RecordingAdapter:
    platform = "test"

    def __init__(self) -> None:
        self.sent: list[tuple[ChannelRef, Alert]] = []
        self.deliveries: list[Delivery] = []
        self.failures: list[Exception] = []
        self.delay = 0.0

    async def start(self) -> None: ...
    async def stop(self) -> None: ...

    async def deliver(self, channel: ChannelRef, alert: Alert, delivery: Delivery) -> str:
        self.deliveries.append(delivery)
        await asyncio.sleep(self.delay)
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((channel, alert))
        return f"m{len(self.sent)}"


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def queued(make_settings):  # type: ignore[no-untyped-def]
    settings = make_settings(delivery_max_attempts=3)
    store = await Store.open(settings.db_url)
    await store.subscriptions.upsert(Subscription(CHANNEL))
    feed = await store.feeds.get_or_create("https://wire.example/rss")
    items = [(NewsItem(f"g{i}", "", f"item {i}", "", T0, feed.url), STRIKE) for i in range(3)]
    for stored in await store.items.add_new(feed.id, items):
        await store.outbox.enqueue(stored.id, [Target(CHANNEL)], T0)
    yield settings, store
    await store.close()


async def test_sends_in_order_and_records_message_ids(queued) -> None:  # type: ignore[no-untyped-def]
    settings, store = queued
    adapter, clock = RecordingAdapter(), Clock()
    assert await Deliverer(store, {"test": adapter}, settings, clock).deliver_due() == 3
    assert [alert.title for _, alert in adapter.sent] == ["item 0", "item 1", "item 2"]
    assert await Deliverer(store, {"test": adapter}, settings, clock).deliver_due() == 0
    assert await store.outbox.count("sent", CHANNEL) == 3


async def test_failures_retry_with_backoff_then_give_up(queued) -> None:  # type: ignore[no-untyped-def]
    settings, store = queued
    adapter, clock = RecordingAdapter(), Clock()
    adapter.failures = [RuntimeError("503")]
    deliverer = Deliverer(store, {"test": adapter}, settings, clock)
    await deliverer.deliver_due()  # the first row fails; the channel's later rows wait behind it
    assert adapter.sent == [] and len(adapter.deliveries) == 1 and await store.outbox.count("pending") == 3
    assert await deliverer.deliver_due() == 0, "still in its back-off"
    clock.now += timedelta(seconds=7)  # first retry after about 5 s (±20 %)
    assert await deliverer.deliver_due() == 3
    assert [alert.title for _, alert in adapter.sent] == ["item 0", "item 1", "item 2"]
    # A failed attempt (a timeout, say) may still have reached the platform: the retry checks.
    assert [delivery.may_have_posted for delivery in adapter.deliveries] == [False, True, False, False]
    adapter.failures = [RuntimeError("503")] * 10
    other = ChannelRef("test", "S1", "C2")
    await store.subscriptions.upsert(Subscription(other))
    newest = int((await store.items.latest(1))[0].item_id)
    await store.outbox.enqueue(newest, [Target(other)], clock.now)
    for _ in range(3):
        await deliverer.deliver_due()
        clock.now += timedelta(hours=2)
    assert await store.outbox.count("dropped") == 1, "given up after delivery_max_attempts"


async def test_broken_channel_marks_the_subscription_and_stops(queued) -> None:  # type: ignore[no-untyped-def]
    settings, store = queued
    adapter = RecordingAdapter()
    adapter.failures = [ChannelBroken("missing access")]
    assert await Deliverer(store, {"test": adapter}, settings, Clock()).deliver_due() == 0
    sub = await store.subscriptions.get(CHANNEL)
    assert sub is not None and sub.broken_reason == "missing access"
    assert await store.outbox.count("dropped", CHANNEL) == 3 and adapter.sent == []


async def test_two_deliverers_on_one_database_send_each_row_once(queued) -> None:  # type: ignore[no-untyped-def]
    settings, store = queued
    adapter, clock = RecordingAdapter(), Clock()
    adapter.delay = 0.05
    second_store = await Store.open(settings.db_url)
    try:
        await asyncio.gather(
            Deliverer(store, {"test": adapter}, settings, clock).deliver_due(),
            Deliverer(second_store, {"test": adapter}, settings, clock).deliver_due(),
        )
    finally:
        await second_store.close()
    # Each row once, and in the channel's order although two processes shared the rows.
    assert [alert.title for _, alert in adapter.sent] == ["item 0", "item 1", "item 2"]


class FailingChannelAdapter(RecordingAdapter):
    """Fails the posts to one channel while `failing` holds."""

    def __init__(self, channel: ChannelRef) -> None:
        super().__init__()
        self.failing_channel = channel
        self.failing = True

    async def deliver(self, channel: ChannelRef, alert: Alert, delivery: Delivery) -> str:
        if channel == self.failing_channel and self.failing:
            self.deliveries.append(delivery)
            raise RuntimeError("503 Service Unavailable")
        return await super().deliver(channel, alert, delivery)


async def test_a_channel_keeps_its_order_across_a_failed_post_and_holds_no_other_channel(queued) -> None:  # type: ignore[no-untyped-def]
    settings, store = queued
    other = ChannelRef("test", "S1", "C2")
    await store.subscriptions.upsert(Subscription(other))
    for latest in reversed(await store.items.latest(3)):
        await store.outbox.enqueue(int(latest.item_id), [Target(other)], T0)
    adapter, clock = FailingChannelAdapter(CHANNEL), Clock()
    deliverer = Deliverer(store, {"test": adapter}, settings, clock)
    assert await deliverer.deliver_due() == 3, "the other channel gets all of its alerts meanwhile"
    assert [(channel, alert.title) for channel, alert in adapter.sent] == [(other, f"item {n}") for n in range(3)]
    clock.now += timedelta(seconds=7)
    assert await deliverer.deliver_due() == 0 and await store.outbox.count("pending", CHANNEL) == 3, (
        "C1's later alerts never overtake its first, failing again"
    )
    adapter.failing = False
    clock.now += timedelta(seconds=15)
    assert await deliverer.deliver_due() == 3
    assert [alert.title for channel, alert in adapter.sent if channel == CHANNEL] == ["item 0", "item 1", "item 2"]


async def test_a_claim_that_never_completes_is_sent_after_its_lease(queued) -> None:  # type: ignore[no-untyped-def]
    settings, store = queued
    clock = Clock()
    lease = timedelta(seconds=settings.lease_seconds)
    dead = Instance("other-host", 1, "dead")
    claimed = await store.outbox.claim_due(dead.id, clock.now, lease, queued_since=T0)
    assert len(claimed) == 1, "the channel's first row; the two after it wait for it"
    assert await store.outbox.begin_attempt(claimed[0].id, dead.id, clock.now)  # then it "dies" posting
    assert await store.outbox.claim_due("x/1/y", clock.now, lease, queued_since=T0) == [], "a claim is exclusive"
    adapter = RecordingAdapter()
    assert await Deliverer(store, {"test": adapter}, settings, clock).deliver_due() == 0
    clock.now += lease + timedelta(seconds=1)
    assert await Deliverer(store, {"test": adapter}, settings, clock).deliver_due() == 3
    # The first may have been posted before the process died: the adapter is told to check
    # (since that attempt began); the two it never began need no check.
    assert [delivery.earlier_attempt_at for delivery in adapter.deliveries] == [T0, None, None]
    assert len({delivery.key for delivery in adapter.deliveries}) == 3


async def test_a_channels_later_alerts_wait_while_another_process_sends_an_earlier_one(store: Store) -> None:
    await store.subscriptions.upsert(Subscription(CHANNEL))
    other = ChannelRef("test", "S1", "C2")
    await store.subscriptions.upsert(Subscription(other))
    feed = await store.feeds.get_or_create("https://wire.example/rss")
    stored = await store.items.add_new(feed.id, [(NewsItem(f"g{i}", "", f"item {i}", "", T0, feed.url), STRIKE)
                                                 for i in range(2)])
    await store.outbox.enqueue(stored[0].id, [Target(CHANNEL)], T0)
    lease, since = timedelta(seconds=30), T0 - timedelta(days=1)
    (first,) = await store.outbox.claim_due("a/1/x", T0, lease, queued_since=since)
    await store.outbox.enqueue(stored[1].id, [Target(CHANNEL), Target(other)], T0)
    taken = await store.outbox.claim_due("b/2/y", T0 + timedelta(seconds=1), lease, queued_since=since)
    assert [entry.channel for entry in taken] == [other], "C1's second alert waits for its first"
    await store.outbox.mark_sent(first.id, "m1", T0 + timedelta(seconds=2))
    (second,) = await store.outbox.claim_due("b/2/y", T0 + timedelta(seconds=2), lease, queued_since=since)
    assert second.channel == CHANNEL and second.item_id == stored[1].id
    # A retried row due again comes before the later rows of its channel, even in a small batch.
    await store.outbox.mark_retry(second.id, "b/2/y", "503", T0 + timedelta(seconds=10))
    feed_items = await store.items.add_new(feed.id, [(NewsItem("g9", "", "item 9", "", T0, feed.url), STRIKE)])
    await store.outbox.enqueue(feed_items[0].id, [Target(CHANNEL)], T0)
    heads = await store.outbox.claim_due("c/3/z", T0 + timedelta(seconds=11), lease, queued_since=since, limit=1)
    assert [head.id for head in heads] == [second.id], "one row (a limit holds on PostgreSQL too), the earlier"
