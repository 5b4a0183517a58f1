"""Per-channel routing: `feeds add <url> here` binds a server's feed to the channel it was typed in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.commands import CommandHandler, Request
from bot.models import ChannelRef, Event, NewsItem, Subscription
from bot.pipeline import Pipeline
from bot.settings import Settings
from bot.store import Store

EAST, WEST = ChannelRef("discord", "G1", "east"), ChannelRef("discord", "G1", "west")
ADMIN = frozenset({"manage_server"})
HIT = Event(types=("strike",), severity=3, locations=("Kharkiv",))


async def test_a_feed_added_here_alerts_only_this_channel_and_re_adding_it_rebinds(tmp_path: Path) -> None:
    settings = Settings(db_url=f"sqlite+aiosqlite:///{tmp_path}/r.db", allow_private_feeds=True)
    store = await Store.open(settings.db_url)
    for channel in (EAST, WEST):
        await store.subscriptions.upsert(Subscription(channel))
    handler = CommandHandler(store, settings)
    pipeline = Pipeline(store, settings, classify=lambda title, summary: HIT)
    url = "https://east.example/rss"

    async def command(channel: ChannelRef, text: str) -> str:
        reply = await handler.handle(Request(channel, "u", text, ADMIN))
        assert reply.ok, reply.text
        return reply.text

    assert "for this channel only" in await command(EAST, f"feeds add {url} here")
    feed = await store.feeds.by_url(url)
    assert feed is not None

    async def queued_after(n: int) -> tuple[int, int]:
        """Rows queued for east and west after the feed's n-th item."""
        item = NewsItem(f"g{n}", f"https://east.example/{n}", f"Missile strike on Kharkiv depot number {n}", "",
                        datetime.now(UTC) - timedelta(minutes=n), url)
        await pipeline.ingest(feed, [item])  # type: ignore[arg-type]
        return await store.outbox.count("pending", EAST), await store.outbox.count("pending", WEST)

    assert await queued_after(1) == (1, 0)
    assert "every subscribed channel" in await command(WEST, f"feeds add {url}")
    assert await queued_after(2) == (2, 1)
    refused = await handler.handle(Request(EAST, "u", f"feeds add {url} there", ADMIN))
    assert not refused.ok and "feeds add <url> [here]" in refused.text
    await store.close()
