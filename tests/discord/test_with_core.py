"""The Discord adapter with the real core on a real SQLite database: slash commands change the
store, the pipeline queues alerts, the delivery job posts them through discord.py to the fake.
Only the classifier is fixed, so these tests do not depend on its judgement."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from adapters.discord_bot import DiscordAdapter
from bot.commands import CommandHandler
from bot.delivery import Deliverer
from bot.models import ChannelRef, Event, NewsItem
from bot.pipeline import Pipeline
from bot.settings import Settings
from bot.store import Store
from tests.discord.helpers import discord_settings, running
from tests.fakes.discord_server import (
    CHANNEL_ID,
    GUILD_ID,
    MANAGE_CHANNELS_BIT,
    ROLE_ID,
    VIEW_SEND_EMBED,
    FakeDiscord,
    InteractionResponse,
    option,
    role_resolved,
    subcommand,
)

FEED_URL = "https://news.example/rss"
#: Items must be recent: the pipeline never alerts items older than the retention window.
NOW = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=1)
HERE = ChannelRef("discord", GUILD_ID, CHANNEL_ID)
STRIKE = Event(types=("strike", "casualty"), severity=4, killed=3, actors=("US forces",), locations=("Iraq",))


def fixed_classify(title: str, summary: str) -> Event:
    return STRIKE if "strike" in f"{title} {summary}".lower() else Event()


TOWNS = ["Mosul", "Basra", "Erbil", "Samarra", "Baghdad"]


def news(n: int, title: str | None = None) -> NewsItem:
    # (a town per item: one headline under two URLs would be one story, alerted once)
    title = title or f"US strike kills 3 in {TOWNS[n % len(TOWNS)]}"
    return NewsItem(guid=f"guid-{n}", url=f"https://news.example/{n}", title=title,
                    summary="Officials said three people were killed.",
                    published=NOW + timedelta(minutes=n), feed_url=FEED_URL,
                    source="Example Wire")


@dataclass
class Core:
    settings: Settings
    store: Store
    commands: CommandHandler
    pipeline: Pipeline

    def adapter(self, fake: FakeDiscord) -> DiscordAdapter:
        return DiscordAdapter(discord_settings(fake, db_url=self.settings.db_url), self.commands,
                              guild_ready_timeout=0.05)

    def deliverer(self, adapter: DiscordAdapter) -> Deliverer:
        return Deliverer(self.store, {"discord": adapter}, self.settings)


async def open_core(db_url: str) -> Core:
    settings = Settings(db_url=db_url)
    store = await Store.open(db_url)
    await store.feeds.sync_configured([(FEED_URL, "Example Wire", None, None)])
    return Core(settings, store, CommandHandler(store, settings, classify=fixed_classify),
                Pipeline(store, settings, classify=fixed_classify))


@pytest.fixture
async def core(tmp_path: Path) -> AsyncIterator[Core]:
    opened = await open_core(f"sqlite+aiosqlite:///{tmp_path / 'sitrep.db'}")
    yield opened
    await opened.store.close()


@pytest.fixture
async def bot(fake: FakeDiscord, core: Core) -> AsyncIterator[DiscordAdapter]:
    async with running(core.adapter(fake)) as adapter:
        yield adapter


async def command(fake: FakeDiscord, name: str, options: list[dict[str, Any]] | None = None,
                  **interaction: Any) -> InteractionResponse:
    return await fake.final_response(await fake.slash_command(name, options, **interaction))


async def test_subscribe_then_an_alert_reaches_the_channel_without_pings(
    fake: FakeDiscord, bot: DiscordAdapter, core: Core
) -> None:
    reply = await command(fake, "subscribe", [option("type", "strike"), option("min_severity", 3, 4)])
    assert reply.ephemeral and reply.data["content"].startswith("Subscribed this channel: strike")
    await core.pipeline.ingest(FEED_URL, [news(1, "@everyone US strike kills 3 @here")])
    assert await core.deliverer(bot).deliver_due() == 1
    [posted] = fake.delivered(CHANNEL_ID)
    assert posted.body["allowed_mentions"] == {"parse": []}
    [embed] = posted.body["embeds"]
    assert embed["url"] == "https://news.example/1" and "@everyone" not in embed["title"]
    status = await command(fake, "status")
    assert "1 to this channel" in status.data["content"]


async def test_a_member_without_manage_server_is_refused(
    fake: FakeDiscord, bot: DiscordAdapter, core: Core
) -> None:
    # default_member_permissions only hides commands; a server can re-enable them for anyone.
    refused = await command(fake, "subscribe", permissions=VIEW_SEND_EMBED)
    assert refused.ephemeral and "Manage Server or Manage Channels" in refused.data["content"]
    assert await core.store.subscriptions.get(HERE) is None
    # Manage Channels is enough for this channel's subscription, not for server-wide keywords.
    allowed = await command(fake, "subscribe", permissions=VIEW_SEND_EMBED | MANAGE_CHANNELS_BIT)
    assert allowed.data["content"].startswith("Subscribed")
    refused = await command(fake, "keywords", [subcommand("add", option("terms", "iraq"))],
                            permissions=VIEW_SEND_EMBED | MANAGE_CHANNELS_BIT)
    assert refused.ephemeral and "Manage Server" in refused.data["content"]
    assert (await core.store.servers.settings("discord", GUILD_ID)).include_keywords == ()
    # Reading is for anyone.
    listed = await command(fake, "keywords", [subcommand("list")], permissions=VIEW_SEND_EMBED)
    assert listed.data["content"].startswith("No keywords")


async def test_out_of_range_and_malformed_options_get_a_clear_message(
    fake: FakeDiscord, bot: DiscordAdapter, core: Core
) -> None:
    # Discord's client enforces min/max, but a payload can still carry anything.
    too_many = await command(fake, "latest", [option("count", 50, 4)])
    assert too_many.ephemeral and "1 to 20" in too_many.data["content"]
    bad_duration = await command(fake, "mute", [option("duration", "forever")])
    assert bad_duration.ephemeral and "'forever'" in bad_duration.data["content"]  # names the bad value
    assert not bad_duration.data["content"].startswith("Muted")


async def test_latest_lists_stored_items_as_embeds(fake: FakeDiscord, bot: DiscordAdapter, core: Core) -> None:
    await core.pipeline.ingest(FEED_URL, [news(n) for n in range(3)])
    reply = await command(fake, "latest", [option("count", 2, 4)])
    embeds = reply.data["embeds"]
    assert [e["url"] for e in embeds] == ["https://news.example/2", "https://news.example/1"]


async def test_a_deleted_channel_breaks_the_subscription_and_status_says_so(
    fake: FakeDiscord, bot: DiscordAdapter, core: Core
) -> None:
    await command(fake, "subscribe")
    fake.broken_channels[CHANNEL_ID] = "unknown_channel"
    await core.pipeline.ingest(FEED_URL, [news(1), news(2)])
    deliverer = core.deliverer(bot)
    assert await deliverer.deliver_due() == 0
    assert [p.status for p in fake.posted] == [404]  # the second alert was not even tried
    assert await deliverer.deliver_due() == 0 and len(fake.posted) == 1  # and is never retried
    subscription = await core.store.subscriptions.get(HERE)
    assert subscription is not None and "channel not found" in (subscription.broken_reason or "")
    status = await command(fake, "status")
    assert "BROKEN: channel not found" in status.data["content"]


async def test_a_restart_sends_nothing_twice(fake: FakeDiscord, core: Core, tmp_path: Path) -> None:
    async with running(core.adapter(fake)) as adapter:
        await command(fake, "subscribe")
        await core.pipeline.ingest(FEED_URL, [news(1)])
        assert await core.deliverer(adapter).deliver_due() == 1
    await core.store.close()

    reopened = await open_core(core.settings.db_url)
    try:
        async with running(reopened.adapter(fake)) as adapter:
            assert len(fake.identifies) == 2  # really a new gateway session
            await reopened.pipeline.ingest(FEED_URL, [news(1), news(2)])  # 1 is a re-poll
            assert await reopened.deliverer(adapter).deliver_due() == 1
    finally:
        await reopened.store.close()
    assert [p.body["embeds"][0]["url"] for p in fake.delivered()] == [
        "https://news.example/1", "https://news.example/2"]


async def test_removal_from_a_guild_cleans_up_its_state(fake: FakeDiscord, bot: DiscordAdapter, core: Core) -> None:
    await command(fake, "subscribe")
    await command(fake, "keywords", [subcommand("add", option("terms", "iraq"))])
    assert await core.store.subscriptions.get(HERE) is not None
    await fake.remove_guild(GUILD_ID)
    for _ in range(200):
        if await core.store.subscriptions.get(HERE) is None:
            break
        await asyncio.sleep(0.01)
    assert await core.store.subscriptions.get(HERE) is None
    assert (await core.store.servers.settings("discord", GUILD_ID)).include_keywords == ()


async def test_subscribing_again_after_a_fix_resumes_alerts(fake: FakeDiscord, bot: DiscordAdapter, core: Core) -> None:
    await command(fake, "subscribe")
    fake.broken_channels[CHANNEL_ID] = "missing_permissions"
    await core.pipeline.ingest(FEED_URL, [news(1)])
    deliverer = core.deliverer(bot)
    await deliverer.deliver_due()
    assert "BROKEN: missing permission" in (await command(fake, "status")).data["content"]
    del fake.broken_channels[CHANNEL_ID]  # an admin restored the bot's permissions
    await command(fake, "subscribe")
    assert "BROKEN" not in (await command(fake, "status")).data["content"]
    await core.pipeline.ingest(FEED_URL, [news(2)])
    assert await deliverer.deliver_due() == 1
    assert [p.body["embeds"][0]["url"] for p in fake.delivered()] == ["https://news.example/2"]


async def test_a_subscribed_role_is_pinged_only_from_its_severity(
    fake: FakeDiscord, bot: DiscordAdapter, core: Core
) -> None:
    reply = await command(fake, "subscribe", [option("type", "strike"), option("type2", "threat"),
                                              option("mention", ROLE_ID, 8), option("mention_severity", 4, 4)],
                          resolved=role_resolved())
    assert "role is mentioned for severity >= 4" in reply.data["content"]
    core.pipeline.classify = lambda title, summary: (
        STRIKE if "strike" in title else Event(types=("threat",), severity=2))
    await core.pipeline.ingest(FEED_URL, [news(1), news(2, "Militia threatens @everyone")])
    assert await core.deliverer(bot).deliver_due() == 2
    pinged, quiet = fake.delivered(CHANNEL_ID)
    assert pinged.body["content"] == f"<@&{ROLE_ID}>"
    assert pinged.body["allowed_mentions"] == {"parse": [], "roles": [int(ROLE_ID)]}
    assert not quiet.body.get("content") and quiet.body["allowed_mentions"] == {"parse": []}
