"""Stories in the store (SQLite, and PostgreSQL when SITREP_TEST_POSTGRES_URL is set): items join
stories by the rule, the facts only grow (a toll falls only on an explicit correction), `latest`
lists stories, and each channel's message of a story is remembered."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.models import ChannelRef, Event, NewsItem
from bot.store import Store
from bot.stories import StoryRule

T0 = datetime(2026, 3, 3, 6, 0, tzinfo=UTC)
RULE = StoryRule(broad_places=frozenset({"Russia", "Ukraine"}))
CHANNEL = ChannelRef("discord", "1", "2")
CONFIGURED = ("https://reuters.example/rss", "https://ap.example/rss", "https://a.example/rss")


def strike(killed: int | None, places: tuple[str, ...] = ("Kharkiv",), severity: int = 3) -> Event:
    return Event(types=("strike", "casualty") if killed else ("strike",), severity=severity, killed=killed,
                 actors=("Russia",), locations=places)


async def tell(store: Store, feed_url: str, guid: str, title: str, minutes: int, event: Event) -> tuple[int, object]:
    if await store.feeds.by_url(feed_url) is None:  # the operator's feeds (a server's are separate)
        await store.feeds.sync_configured([(url, None, None, None) for url in {feed_url, *CONFIGURED}])
    feed = await store.feeds.get_or_create(feed_url)
    item = NewsItem(guid, f"{feed_url}/{guid}", title, "", T0 + timedelta(minutes=minutes), feed_url)
    async with store.transaction() as tx:
        [stored] = await tx.items.add_new(feed.id, [(item, event)])
        link = await tx.stories.attach(stored.id, RULE)
    return stored.id, link


async def test_a_story_told_by_four_items_keeps_its_current_facts_and_sources(store: Store) -> None:
    reuters, ap = "https://reuters.example/rss", "https://ap.example/rss"
    first, link = await tell(store, reuters, "1", "Russian missile strike on Kharkiv apartment block kills at least 5", 0, strike(5))
    assert link.is_new and link.changed
    _, link = await tell(store, ap, "2", "Death toll from Kharkiv apartment block strike rises to 12", 300, strike(12))
    assert not link.is_new and link.changed and (link.before.killed, link.after.killed) == (5, 12)
    assert link.reason.startswith("joined story") and "same target (block) at Kharkiv" in link.reason
    _, link = await tell(store, ap, "3", "Missile strike on Kharkiv apartment block kills 5, officials say", 320, strike(5))
    assert not link.changed and link.after.killed == 12, "a lower toll from a slower outlet is old news"
    last, link = await tell(store, reuters, "4", "Kharkiv revises apartment block strike toll down to 11", 900, strike(11))
    assert link.changed and link.after.killed == 11
    other, link = await tell(store, reuters, "5", "Russian drones hit Kharkiv power plant", 120, strike(None))
    assert link.is_new and "different targets" in link.reason

    stories = await store.stories.latest(10)
    assert [s.story_id for s in stories] == [str(await story_of(store, last)), str(await story_of(store, other))]
    story = stories[0]
    assert story.event.killed == 11 and story.title.startswith("Kharkiv revises")
    assert [s.url for s in story.sources] == [f"{reuters}/1", f"{ap}/2", f"{ap}/3", f"{reuters}/4"]
    assert len(await store.stories.latest(10, ("casualty",))) == 1 and await store.stories.latest(10, ("threat",)) == []
    assert await store.stories.latest(10, feed_ids=[]) == []
    explained = await store.stories.explain(first)
    assert explained is not None and "new story" in explained
    # Retention: a story goes with the last of its items.
    assert await store.stories.prune() == 0
    await store.items.prune(datetime.now(UTC) + timedelta(days=1))
    assert await store.stories.prune() == 2 and await store.stories.latest(10) == []


async def story_of(store: Store, item_id: int) -> int:
    explained = await store.stories.explain(item_id)
    assert explained is not None
    return int(explained.split("story ")[1].split()[0].rstrip(":"))


async def test_a_channels_story_message_is_remembered_with_what_it_shows(store: Store) -> None:
    item_id, link = await tell(store, "https://a.example/rss", "1", "Missile strike on Kharkiv apartment block kills 5", 0, strike(5))
    assert await store.stories.message(link.story_id, CHANNEL) is None
    [story] = (await store.stories.alerts([link.story_id])).values()
    await store.stories.record_message(link.story_id, CHANNEL, "m1", story, T0)
    await store.stories.record_message(link.story_id, CHANNEL, "m1", story, T0)  # again: still one row
    message = await store.stories.message(link.story_id, CHANNEL)
    assert message is not None and message.message_id == "m1" and message.shown.killed == 5 and message.sources == 1
    await store.stories.record_message(link.story_id, CHANNEL, "m2", story, T0)  # posted anew after a deletion
    assert (await store.stories.message(link.story_id, CHANNEL)).message_id == "m2"  # type: ignore[union-attr]


async def test_a_rolled_back_transaction_leaves_no_story(store: Store) -> None:
    feed = await store.feeds.get_or_create("https://a.example/rss")
    item = NewsItem("1", "https://a.example/1", "Missile strike on Kharkiv apartment block kills 5", "", T0, feed.url)
    try:
        async with store.transaction() as tx:
            [stored] = await tx.items.add_new(feed.id, [(item, strike(5))])
            await tx.stories.attach(stored.id, RULE)
            raise RuntimeError("crash before commit")
    except RuntimeError:
        pass
    assert await store.stories.latest(5) == [] and await store.items.count() == 0


async def test_a_feed_a_server_added_never_joins_another_feeds_story(store: Store) -> None:
    _, operator = await tell(store, "https://reuters.example/rss", "1",
                             "Russian missile strike on Kharkiv apartment block kills at least 5", 0, strike(5))
    private = await store.feeds.get_or_create("https://private.example/rss")
    item = NewsItem("p1", "https://private.example/p1", "Death toll from Kharkiv apartment block strike rises to 12",
                    "", T0 + timedelta(minutes=30), private.url)
    async with store.transaction() as tx:
        [stored] = await tx.items.add_new(private.id, [(item, strike(12))])
        link = await tx.stories.attach(stored.id, RULE)
    assert link.is_new and link.story_id != operator.story_id  # type: ignore[attr-defined]
    [public] = await store.stories.latest(5, feed_ids=[(await store.feeds.by_url("https://reuters.example/rss")).id])  # type: ignore[union-attr]
    assert public.event.killed == 5 and [s.url for s in public.sources] == ["https://reuters.example/rss/1"]


async def test_two_instances_telling_one_event_at_once_open_one_story(store: Store) -> None:
    # (On PostgreSQL story matching takes a lock per scope; SQLite's second writer waits anyway.)
    reuters, ap = "https://reuters.example/rss", "https://ap.example/rss"
    await store.feeds.sync_configured([(url, None, None, None) for url in CONFIGURED])
    other_instance = await Store.open(store.engine.url.render_as_string(hide_password=False))
    try:
        feeds = [await store.feeds.get_or_create(url) for url in (reuters, ap)]
        reports = [NewsItem(f"g{n}", f"https://news.example/{n}", title, "", T0 + timedelta(minutes=n), feed.url)
                   for n, (feed, title) in enumerate(zip(feeds, [
                       "Russian missile strike on Kharkiv apartment block kills at least 5",
                       "Missile strike on Kharkiv apartment block kills 5, officials say"], strict=True))]
        async with store.transaction() as first:
            [one] = await first.items.add_new(feeds[0].id, [(reports[0], strike(5))])
            assert (await first.stories.attach(one.id, RULE)).is_new

            async def second_instance() -> object:
                async with other_instance.transaction() as second:
                    [two] = await second.items.add_new(feeds[1].id, [(reports[1], strike(5))])
                    return await second.stories.attach(two.id, RULE)

            racing = asyncio.ensure_future(second_instance())
            await asyncio.sleep(0.5)  # it matches now, while the first story is not committed yet
            assert not racing.done(), "story matching waits for the other instance's transaction"
        link = await racing
        assert not link.is_new and link.story_id == (await story_of(store, one.id)), "one story, not two"
    finally:
        await other_instance.close()
