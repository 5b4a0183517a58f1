"""Durability: an item and its alerts are stored together or not at all; only new items are
classified; leases name their owner (a restart takes its own back at once, a live process keeps
its own, a dead one's expire); alerts queued too long expire with a reason `status` shows."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from bot.delivery import Deliverer
from bot.instance import Instance, this_process
from bot.models import Alert, ChannelRef, Delivery, Event, NewsItem, Subscription, utcnow
from bot.pipeline import Pipeline
from bot.settings import Settings
from bot.status import status_text
from bot.store import Store, Target
from bot.store.schema import DropReason

T0 = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
WIRE, OTHER = "https://wire.example/rss", "https://other.example/rss"
CHANNEL = ChannelRef("test", "S1", "C1")
STRIKE = Event(types=("strike",), severity=3)
NOTHING = Event()


class RecordingAdapter:
    platform = "test"

    def __init__(self, delay: float = 0.0) -> None:
        self.sent: list[tuple[Alert, Delivery]] = []
        self.delay = delay

    async def start(self) -> None: ...
    async def stop(self) -> None: ...

    async def deliver(self, channel: ChannelRef, alert: Alert, delivery: Delivery) -> str:
        await asyncio.sleep(self.delay)
        self.sent.append((alert, delivery))
        return f"m{len(self.sent)}"


class Clock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def news(n: int) -> NewsItem:
    return NewsItem(f"g{n}", f"https://news.example/{n}", f"Missile strike number {n}", "", T0, WIRE)


def a_dead_pid() -> int:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(finished.stdout)


@pytest.fixture
async def subscribed(store: Store) -> Store:
    """A channel subscribed to strikes, and two configured feeds (which alert every subscriber)."""
    await store.subscriptions.upsert(Subscription(CHANNEL, types=("strike",), min_severity=1))
    await store.feeds.sync_configured([(WIRE, None, None, None), (OTHER, None, None, None)])
    return store


def pipeline(store: Store, settings: Settings, classified: list[str] | None = None, clock: Clock | None = None) -> Pipeline:
    def classify(title: str, summary: str) -> Event:
        if classified is not None:
            classified.append(title)
        return STRIKE if "strike" in title else NOTHING

    return Pipeline(store, settings, classify=classify, clock=clock or Clock())


async def fail_outbox_inserts(store: Store, failing: bool) -> None:
    """A real database failure on the outbox (a trigger that aborts inserts), switched on or off."""
    async with store.engine.begin() as conn:
        if store.engine.dialect.name == "sqlite":
            statements = (
                ["CREATE TRIGGER outbox_full BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END"]
                if failing else ["DROP TRIGGER outbox_full"]
            )
        else:
            statements = (
                [
                    "CREATE OR REPLACE FUNCTION outbox_full() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; "
                    "END $$ LANGUAGE plpgsql",
                    "CREATE TRIGGER outbox_full BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION outbox_full()",
                ]
                if failing else ["DROP TRIGGER outbox_full ON outbox"]
            )
        for statement in statements:
            await conn.execute(text(statement))


# ---- atomic ingest ------------------------------------------------------------------------------
async def test_an_item_is_never_stored_without_its_alerts(subscribed: Store, make_settings) -> None:  # type: ignore[no-untyped-def]
    store, settings = subscribed, make_settings(story_window_hours=0)
    await fail_outbox_inserts(store, failing=True)
    with pytest.raises(Exception, match="disk full"):
        await pipeline(store, settings).ingest(WIRE, [news(1), news(2)])
    assert await store.items.count() == 0, "the items went with their failed outbox rows"
    await fail_outbox_inserts(store, failing=False)
    stored = await pipeline(store, settings).ingest(WIRE, [news(1), news(2)])
    assert len(stored) == 2 and await store.outbox.count("pending", CHANNEL) == 2


async def test_a_transaction_is_all_or_nothing_even_with_savepoints(store: Store) -> None:
    feed = await store.feeds.get_or_create(WIRE)
    with pytest.raises(RuntimeError):
        async with store.transaction() as tx:
            # add_new takes a savepoint per item; on SQLite a savepoint outside BEGIN would commit.
            assert len(await tx.items.add_new(feed.id, [(news(1), STRIKE), (news(2), STRIKE)])) == 2
            raise RuntimeError("killed")
    assert await store.items.count() == 0


async def test_only_new_items_are_classified(subscribed: Store, make_settings) -> None:  # type: ignore[no-untyped-def]
    store, classified = subscribed, []
    ingest = pipeline(store, make_settings(story_window_hours=0), classified).ingest
    assert len(await ingest(WIRE, [news(1), news(2), news(1)])) == 2
    assert len(await ingest(WIRE, [news(1), news(2), news(3)])) == 1
    moved = NewsItem("g9", news(2).url, "Missile strike number 2, updated", "", T0, OTHER)
    assert await ingest(OTHER, [moved]) == [], "the same URL from another feed is seen"
    assert classified == ["Missile strike number 1", "Missile strike number 2", "Missile strike number 3"]
    assert await store.outbox.count("pending", CHANNEL) == 3


# ---- leases ---------------------------------------------------------------------------------------
def test_instance_ids_tell_earlier_lives_from_live_siblings() -> None:
    me = this_process("worker-1")
    assert me == this_process("worker-1") and me.id.startswith("worker-1/")
    assert me.is_earlier_life(f"worker-1/{a_dead_pid()}/0ld")
    assert me.is_earlier_life(f"worker-1/{os.getpid()}/0ld"), "our own pid with another token: a restarted container"
    assert not me.is_earlier_life(f"worker-1/{os.getppid()}/0ld"), "a live process of the same name"
    assert not me.is_earlier_life(me.id)
    assert not me.is_earlier_life(f"worker-10/{a_dead_pid()}/0ld") and not me.is_earlier_life("other/1/x")


async def queue(store: Store, count: int, at: datetime = T0, channel: ChannelRef = CHANNEL) -> None:
    feed = await store.feeds.get_or_create(WIRE)
    for stored in await store.items.add_new(feed.id, [(news(n), STRIKE) for n in range(count)]):
        await store.outbox.enqueue(stored.id, [Target(channel)], at)


async def test_a_restart_takes_back_its_own_claims_at_once(subscribed: Store, make_settings) -> None:  # type: ignore[no-untyped-def]
    store, settings, clock = subscribed, make_settings(instance_id="worker-1"), Clock()
    await queue(store, 3)
    killed = Instance("worker-1", a_dead_pid(), "0ld")
    claimed = await store.outbox.claim_due(killed.id, T0, timedelta(seconds=30), queued_since=T0)
    assert len(claimed) == 1, "a channel's first row only: the others wait behind it"
    assert await store.outbox.begin_attempt(claimed[0].id, killed.id, T0)
    adapter = RecordingAdapter()
    restarted = Deliverer(store, {"test": adapter}, settings, clock)  # same name, this process
    assert await restarted.deliver_due() == 3, "no wait for the lease"
    assert [delivery.may_have_posted for _, delivery in adapter.sent] == [True, False, False], "the first may be posted"


async def test_a_live_sibling_keeps_its_claims_until_its_lease_ends(subscribed: Store, make_settings) -> None:  # type: ignore[no-untyped-def]
    store, settings, clock = subscribed, make_settings(instance_id="worker-1", lease_seconds=30), Clock()
    await queue(store, 2)
    sibling = Instance("worker-1", os.getppid(), "sib")
    assert len(await store.outbox.claim_due(sibling.id, T0, timedelta(seconds=30), queued_since=T0)) == 1
    adapter = RecordingAdapter()
    deliverer = Deliverer(store, {"test": adapter}, settings, clock)
    assert await deliverer.deliver_due() == 0
    clock.now += timedelta(seconds=31)  # it stopped renewing: dead or stalled
    assert await deliverer.deliver_due() == 2


async def test_a_stalled_owner_cannot_undo_the_new_owners_claim(subscribed: Store) -> None:
    store = subscribed
    await queue(store, 1)
    lease = timedelta(seconds=30)
    (stalled,) = await store.outbox.claim_due("a/1/x", T0, lease, queued_since=T0)
    assert await store.outbox.begin_attempt(stalled.id, "a/1/x", T0)
    (taken,) = await store.outbox.claim_due("b/2/y", T0 + lease, lease, queued_since=T0)
    assert taken.id == stalled.id and (taken.attempts, taken.attempted_at) == (1, T0)
    assert not await store.outbox.begin_attempt(stalled.id, "a/1/x", T0 + lease), "it must not post now"
    await store.outbox.mark_retry(stalled.id, "a/1/x", "timeout", T0)
    await store.outbox.mark_dropped(stalled.id, "a/1/x", DropReason.GAVE_UP)
    assert await store.outbox.claim_due("c/3/z", T0 + lease, lease, queued_since=T0) == [], "still b's"
    assert await store.outbox.count("sending") == 1


async def test_leases_are_renewed_while_a_slow_delivery_goes_on(subscribed: Store, make_settings) -> None:  # type: ignore[no-untyped-def]
    store, settings = subscribed, make_settings(lease_seconds=3)
    await queue(store, 2, at=utcnow())
    slow, eager = RecordingAdapter(delay=2.5), RecordingAdapter()
    first = Deliverer(store, {"test": slow}, settings, instance=Instance("a", os.getpid(), "a"))
    other = Deliverer(store, {"test": eager}, settings, instance=Instance("b", os.getpid(), "b"))
    sending = asyncio.create_task(first.deliver_due())
    await asyncio.sleep(0.5)  # it has claimed both and is sending the first
    while not sending.done():  # 5 s of sending: longer than the 3 s lease
        await other.deliver_due()
        await asyncio.sleep(0.3)
    assert await sending == 2 and eager.sent == []


# ---- expiry ---------------------------------------------------------------------------------------
async def test_alerts_queued_too_long_expire_and_status_says_so(subscribed: Store, make_settings) -> None:  # type: ignore[no-untyped-def]
    store, settings = subscribed, make_settings(alert_expiry_hours=24)
    slack = ChannelRef("slack", "T1", "C9")
    await store.subscriptions.upsert(Subscription(slack))
    await queue(store, 2, at=T0)  # for a platform that is running, but late
    feed = await store.feeds.get_or_create(WIRE)
    (late,) = await store.items.add_new(feed.id, [(news(7), STRIKE)])
    await store.outbox.enqueue(late.id, [Target(slack)], T0)  # for a platform that is not running
    (fresh,) = await store.items.add_new(feed.id, [(news(8), STRIKE)])
    await store.outbox.enqueue(fresh.id, [Target(CHANNEL)], T0 + timedelta(hours=20))
    adapter, clock = RecordingAdapter(), Clock(T0 + timedelta(hours=25))
    assert await Deliverer(store, {"test": adapter}, settings, clock).deliver_due() == 1
    assert [alert.title for alert, _ in adapter.sent] == ["Missile strike number 8"]
    assert await store.outbox.count("dropped") == 3 and await store.outbox.count("pending") == 0
    assert "Alerts dropped here: 2 expired" in await status_text(store, CHANNEL, clock.now)
    assert "Alerts dropped here: 1 expired" in await status_text(store, slack, clock.now)
