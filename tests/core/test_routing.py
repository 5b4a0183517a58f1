"""Per-channel routing: `feeds add <url> here` binds a server's feed to the channel it was typed in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.commands import CommandHandler, Request
from bot.ingest.fetch import FeedFetcher, FetchLimits
from bot.models import ChannelRef, Event, NewsItem, Subscription
from bot.pipeline import Pipeline
from bot.settings import Settings
from bot.store import Store
from tests.fakes.feed_server import FeedServer
from tests.fakes.internet import FakeInternet

EAST, WEST = ChannelRef("discord", "G1", "east"), ChannelRef("discord", "G1", "west")
ADMIN = frozenset({"manage_server"})
HIT = Event(types=("strike",), severity=3, locations=("Kharkiv",))


async def test_a_feed_added_here_alerts_only_this_channel_and_re_adding_it_rebinds(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    settings = Settings(db_url=f"sqlite+aiosqlite:///{tmp_path}/r.db")
    store = await Store.open(settings.db_url)
    for channel in (EAST, WEST):
        await store.subscriptions.upsert(Subscription(channel))
    internet = FakeInternet()  # east.example is served by the loopback feed server
    internet.host("east.example", feed_server.port)
    feed_server.feed("rss", title="East Desk").add("e0", "A headline")
    fetcher = FeedFetcher(FetchLimits.of(settings), resolver=internet.resolve, network=internet)
    handler = CommandHandler(store, settings, fetcher=fetcher)
    pipeline = Pipeline(store, settings, classify=lambda title, summary: HIT)
    url = "http://east.example/rss"

    async def command(channel: ChannelRef, text: str) -> str:
        reply = await handler.handle(Request(channel, "u", text, ADMIN))
        assert reply.ok, reply.text
        return reply.text

    assert "(East Desk) for this channel only" in await command(EAST, f"feeds add {url} here")
    feed = await store.feeds.by_url(url)
    assert feed is not None

    async def queued_after(n: int) -> tuple[int, int]:
        """Rows queued for east and west after the feed's n-th item."""
        item = NewsItem(f"g{n}", f"http://east.example/{n}", f"Missile strike on Kharkiv depot number {n}", "",
                        datetime.now(UTC) - timedelta(minutes=n), url)
        await pipeline.ingest(feed, [item])  # type: ignore[arg-type]
        return await store.outbox.count("pending", EAST), await store.outbox.count("pending", WEST)

    assert await queued_after(1) == (1, 0)
    assert "now alerts every subscribed channel" in await command(WEST, f"feeds add {url}")
    assert await queued_after(2) == (2, 1)
    refused = await handler.handle(Request(EAST, "u", f"feeds add {url} there", ADMIN))
    assert not refused.ok and "feeds add <url> [here]" in refused.text
    await fetcher.aclose()
    await store.close()


async def test_a_channels_own_keywords_replace_the_servers_there(tmp_path: Path) -> None:
    settings = Settings(db_url=f"sqlite+aiosqlite:///{tmp_path}/k.db", feeds=[])
    store = await Store.open(settings.db_url)
    await store.feeds.sync_configured([("https://wire.example/rss", "Wire", None, None)])
    for channel in (EAST, WEST):
        await store.subscriptions.upsert(Subscription(channel))
    handler = CommandHandler(store, settings)
    pipeline = Pipeline(store, settings, classify=lambda title, summary: HIT)

    async def command(channel: ChannelRef, text: str, permissions: frozenset[str] = ADMIN) -> str:
        reply = await handler.handle(Request(channel, "u", text, permissions))
        assert reply.ok, reply.text
        return reply.text

    await command(EAST, "keywords add gaza")  # the server's: only Gaza
    assert "here: kharkiv" in await command(EAST, "keywords here add kharkiv", frozenset({"manage_channels"}))
    assert "the server's do not apply here" in await command(EAST, "keywords here list")
    assert "no keywords of its own" in await command(WEST, "keywords here list")
    assert (await store.servers.settings("discord", "G1")).include_keywords == ("gaza",)

    async def queued_after(n: int) -> tuple[int, int]:
        item = NewsItem(f"k{n}", f"https://wire.example/{n}", f"Missile strike on Kharkiv depot number {n}", "",
                        datetime.now(UTC) - timedelta(minutes=n), "https://wire.example/rss")
        await pipeline.ingest("https://wire.example/rss", [item])
        return await store.outbox.count("pending", EAST), await store.outbox.count("pending", WEST)

    assert await queued_after(1) == (1, 0), "east takes Kharkiv by its own terms; west keeps the server's"
    assert "Cleared 1 keyword(s) of this channel" in await command(EAST, "keywords here clear")
    assert await queued_after(2) == (1, 0), "without its own terms, east is back to the server's"
    refused = await handler.handle(Request(EAST, "u", "keywords add x", frozenset({"manage_channels"})))
    assert not refused.ok and "Manage Server" in refused.text, "the server's terms stay with server managers"
    await store.close()
