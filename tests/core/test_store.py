"""The store on SQLite, and on PostgreSQL when SITREP_TEST_POSTGRES_URL is set."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from alembic.script import ScriptDirectory

from bot.models import ChannelRef, Event, NewsItem, Subscription
from bot.store import OutboxEntry, Store, Target
from bot.store.db import alembic_config, current_revision

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
STRIKE = Event(types=("strike",), severity=3, actors=("United States",), locations=("Iraq",))
CHANNEL = ChannelRef("slack", "T1", "C1")


def item(guid: str, url: str = "", title: str = "t", published: datetime = T0) -> NewsItem:
    return NewsItem(guid, url, title, "", published, "https://wire.example/rss")


async def test_migrated_to_head(store: Store) -> None:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None and await current_revision(store.engine) == head


async def test_items_dedupe_on_guid_per_feed_and_on_url_everywhere(store: Store) -> None:
    feed_a = await store.feeds.get_or_create("https://a.example/rss")
    feed_b = await store.feeds.get_or_create("https://b.example/rss")
    first = await store.items.add_new(feed_a.id, [(item("1", "https://x.example/1"), STRIKE), (item("2"), STRIKE)])
    assert [s.item.guid for s in first] == ["1", "2"]
    again = await store.items.add_new(feed_a.id, [(item("1", "https://x.example/1"), STRIKE), (item("3"), STRIKE)])
    assert [s.item.guid for s in again] == ["3"]
    other_feed = await store.items.add_new(
        feed_b.id, [(item("1"), STRIKE), (item("9", "https://x.example/1"), STRIKE), (item("9b", "https://x.example/1"), STRIKE)]
    )
    assert [s.item.guid for s in other_feed] == ["1"], "same guid elsewhere is new; same URL anywhere is not"
    assert await store.items.count() == 4


async def test_alert_round_trip_keeps_the_classification(store: Store) -> None:
    feed = await store.feeds.get_or_create("https://a.example/rss")
    (stored,) = await store.items.add_new(feed.id, [(item("1", title="Strike", published=T0), STRIKE)])
    alert = await store.items.alert(stored.id, mention_role_id="42")
    assert alert is not None and alert.event == STRIKE and alert.published == T0 and alert.mention_role_id == "42"
    latest = await store.items.latest(5, ("strike",))
    assert [a.item_id for a in latest] == [str(stored.id)]
    assert await store.items.latest(5, ("attack",)) == []


async def test_outbox_is_unique_per_item_and_channel(store: Store) -> None:
    feed = await store.feeds.get_or_create("https://a.example/rss")
    (stored,) = await store.items.add_new(feed.id, [(item("1"), STRIKE)])
    assert await store.outbox.enqueue(stored.id, [Target(CHANNEL), Target(CHANNEL)], T0) == 1
    assert await store.outbox.enqueue(stored.id, [Target(CHANNEL)], T0) == 0
    lease, owner = timedelta(seconds=30), "host/1/abc"

    async def claim(at: datetime) -> list[OutboxEntry]:
        return await store.outbox.claim_due(owner, at, lease, queued_since=T0)

    (due,) = await claim(T0)
    assert due.attempts == 0 and await store.outbox.begin_attempt(due.id, owner, T0)
    await store.outbox.mark_retry(due.id, owner, "boom", T0 + timedelta(seconds=30))
    assert await claim(T0 + timedelta(seconds=10)) == []
    (due,) = await claim(T0 + timedelta(seconds=31))
    assert due.attempts == 1
    await store.outbox.mark_sent(due.id, "msg-1", T0)
    assert await claim(T0 + timedelta(days=1)) == []
    assert await store.outbox.count("sent", CHANNEL) == 1


async def test_subscriptions_mute_and_broken(store: Store) -> None:
    assert await store.subscriptions.upsert(Subscription(CHANNEL, types=("attack",), min_severity=3))
    assert not await store.subscriptions.upsert(Subscription(CHANNEL, types=("strike",), min_severity=4))
    assert await store.subscriptions.set_muted_until(CHANNEL, T0)
    await store.subscriptions.mark_broken(CHANNEL, "channel_not_found")
    sub = await store.subscriptions.get(CHANNEL)
    assert sub is not None and sub.types == ("strike",) and sub.muted_until == T0 and sub.broken_reason
    assert await store.subscriptions.all_active() == []
    await store.subscriptions.upsert(Subscription(CHANNEL))
    assert len(await store.subscriptions.all_active()) == 1, "subscribing again clears the broken mark"
    assert await store.subscriptions.remove(CHANNEL)
    assert not await store.subscriptions.remove(CHANNEL)


async def test_keywords_and_server_feeds(store: Store) -> None:
    await store.servers.set_keywords("slack", "T1", ["gaza", "red sea"], "include")
    await store.servers.set_keywords("slack", "T1", ["gaza"], "exclude")
    settings = await store.servers.settings("slack", "T1")
    assert settings.include_keywords == ("red sea",) and settings.exclude_keywords == ("gaza",)
    assert set(await store.servers.all_keyword_settings()) == {("slack", "T1")}
    feed = await store.feeds.get_or_create("https://a.example/rss")
    assert await store.servers.add_feed("slack", "T1", feed)
    assert not await store.servers.add_feed("slack", "T1", feed)
    assert [f.url for f in await store.feeds.active()] == ["https://a.example/rss"]
    assert await store.servers.servers_for_feed(feed.id) == {("slack", "T1"): None}
    assert await store.servers.add_feed("slack", "T1", feed, "C9"), "rebound to one channel"
    assert await store.servers.servers_for_feed(feed.id) == {("slack", "T1"): "C9"}
    assert await store.servers.forget("slack", "T1") == [feed.id]
    await store.feeds.delete_if_unused(feed.id)
    assert await store.feeds.active() == []


async def test_feed_state_and_configured_sync(store: Store) -> None:
    await store.feeds.sync_configured([("https://a.example/rss", "A", 60.0, 3)])
    (feed,) = await store.feeds.active()
    assert feed.configured and feed.state == "new" and feed.interval == 60.0 and feed.alert_newest == 3
    assert await store.feeds.record_failure(feed.id, at=T0, error="HTTP 500", next_poll_at=T0) == 1
    assert (await store.feeds.get(feed.id)).state == "failing", "failing from the first failure"  # type: ignore[union-attr]
    assert await store.feeds.record_failure(feed.id, at=T0, error="HTTP 500", next_poll_at=T0) == 2
    await store.feeds.record_success(feed.id, at=T0, next_poll_at=T0, etag='"e"', last_modified=None, title="Alpha")
    state = await store.feeds.get(feed.id)
    assert state is not None and state.state == "ok" and state.failures == 0 and state.etag == '"e"'
    await store.feeds.sync_configured([])
    assert await store.feeds.active() == [], "a feed dropped from the configuration stops being polled"


async def test_prune_keeps_items_with_pending_alerts(store: Store) -> None:
    feed = await store.feeds.get_or_create("https://a.example/rss")
    stored = await store.items.add_new(feed.id, [(item("1"), STRIKE), (item("2"), STRIKE)])
    await store.outbox.enqueue(stored[0].id, [Target(CHANNEL)], T0)
    removed = await store.items.prune(datetime.now(UTC) + timedelta(days=1))
    assert removed == 1 and await store.items.count() == 1


async def test_a_storys_later_item_is_queued_for_every_channel_and_delivery_decides(store: Store, make_settings) -> None:  # type: ignore[no-untyped-def]
    from bot.pipeline import Pipeline

    hit = Event(types=("strike", "casualty"), severity=4, killed=3, locations=("Gaza",))
    pipeline = Pipeline(store, make_settings(), classify=lambda title, summary: hit)
    early, late = ChannelRef("slack", "T1", "early"), ChannelRef("slack", "T1", "late")
    await store.subscriptions.upsert(Subscription(early))
    await store.feeds.sync_configured([("https://one.example/rss", None, None, None),
                                       ("https://two.example/rss", None, None, None)])
    wire = "Israeli strike on Gaza school kills 3, civil defence says"
    now = datetime.now(UTC)
    await pipeline.ingest("https://one.example/rss", [NewsItem("a", "https://one.example/a", wire, "", now, "")])
    await store.subscriptions.upsert(Subscription(late))  # subscribed after the first copy went out
    await pipeline.ingest("https://two.example/rss",
                          [NewsItem("b", "https://two.example/b", wire + " | Reuters", "", now, "")])
    # The channel that has the story gets its message brought up to date (or left as it is),
    # the later one gets the story posted: the delivery tells the two apart.
    assert await store.outbox.count("pending", early) == 2
    assert await store.outbox.count("pending", late) == 1


async def test_instances_that_set_one_fact_together_do_not_fail(store_url: str) -> None:
    # Instances starting together on one database each note that the console was set up; the
    # second write must replace the first's row, not fail on its key (it stopped an instance).
    stores = [await Store.open(store_url) for _ in range(3)]
    try:
        for attempt in range(5):
            name = f"race.{attempt}"
            await asyncio.gather(*(each.state.set(name, f"value {n}") for n, each in enumerate(stores)))
            assert await stores[0].state.get(name) in {f"value {n}" for n in range(len(stores))}
    finally:
        for each in stores:
            await each.close()


async def test_instances_that_subscribe_one_channel_together_make_one_subscription(store_url: str) -> None:
    stores = [await Store.open(store_url) for _ in range(3)]
    channel = ChannelRef("console", "local", "race")
    try:
        created = await asyncio.gather(*(each.subscriptions.upsert(Subscription(channel, min_severity=n + 2))
                                         for n, each in enumerate(stores)))
        assert created.count(True) == 1, created
        subscription = await stores[0].subscriptions.get(channel)
        assert subscription is not None and subscription.min_severity in {2, 3, 4}
        assert not await stores[0].subscriptions.upsert(Subscription(channel, min_severity=5))
        assert (await stores[0].subscriptions.get(channel)).min_severity == 5
    finally:
        for each in stores:
            await each.close()
